//! JSON shapes as the schema says them, where serde alone reads otherwise:
//! whole numbers as JSON Schema counts them (`87.0` is an integer as much as
//! `87` is, and some clients send it so), and objects that must be objects
//! (serde reads a struct from an array too, field by field).

use serde::de::{DeserializeOwned, Error};
use serde::{Deserialize, Deserializer};

/// A list of objects, each read as `T`; an array or a string in the list is refused.
pub fn objects<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Vec<T>, D::Error> {
    let items = Vec::<serde_json::Map<String, serde_json::Value>>::deserialize(d)?;
    items
        .into_iter()
        .map(|item| {
            serde_json::from_value(serde_json::Value::Object(item)).map_err(D::Error::custom)
        })
        .collect()
}

/// An optional object read as `T`; an array is refused.
pub fn optional_object<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    d: D,
) -> Result<Option<T>, D::Error> {
    match Option::<serde_json::Map<String, serde_json::Value>>::deserialize(d)? {
        None => Ok(None),
        Some(item) => serde_json::from_value(serde_json::Value::Object(item))
            .map(Some)
            .map_err(D::Error::custom),
    }
}

fn whole<'de, D: Deserializer<'de>>(d: D) -> Result<i128, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    if let Some(i) = n.as_i64() {
        return Ok(i128::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Ok(i128::from(u));
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 1e18 => Ok(f as i128),
        _ => Err(D::Error::custom(format!("{n} is not a whole number"))),
    }
}

pub fn u32<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = whole(d)?;
    u32::try_from(n)
        .map_err(|_| D::Error::custom(format!("{n} is out of range (0 to {})", u32::MAX)))
}

pub fn u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let n = whole(d)?;
    u64::try_from(n).map_err(|_| D::Error::custom(format!("{n} is out of range (0 or more)")))
}

/// An optional whole number from 0 to `u32::MAX`.
pub fn optional_u32<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    match Option::<serde_json::Number>::deserialize(d)? {
        None => Ok(None),
        Some(n) => u32(serde_json::Value::Number(n))
            .map(Some)
            .map_err(D::Error::custom),
    }
}

pub fn i64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let n = whole(d)?;
    i64::try_from(n).map_err(|_| D::Error::custom(format!("{n} is out of range")))
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct T {
        #[serde(deserialize_with = "super::u32")]
        n: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Loose {
        #[allow(dead_code)]
        a: Option<u32>,
    }

    #[derive(Debug, serde::Deserialize)]
    struct List {
        #[serde(deserialize_with = "super::objects")]
        #[allow(dead_code)]
        items: Vec<Loose>,
    }

    #[test]
    fn objects_must_be_objects() {
        assert!(serde_json::from_str::<List>(r#"{"items": [{"a": 1}, {}]}"#).is_ok());
        assert!(serde_json::from_str::<List>(r#"{"items": [[]]}"#).is_err());
        assert!(serde_json::from_str::<List>(r#"{"items": [[1]]}"#).is_err());
    }

    #[test]
    fn integral_floats_are_whole_numbers() {
        let n = |s: &str| serde_json::from_str::<T>(s).map(|t| t.n).ok();
        assert_eq!(n(r#"{"n": 87}"#), Some(87));
        assert_eq!(n(r#"{"n": 87.0}"#), Some(87));
        assert_eq!(n(r#"{"n": 87.5}"#), None);
        assert_eq!(n(r#"{"n": -1}"#), None);
        assert_eq!(n(r#"{"n": "87"}"#), None);
    }
}
