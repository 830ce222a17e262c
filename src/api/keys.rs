//! The identifying fields of a campaign's people, fetched in bulk to match
//! customer lists against (`GET /v1/campaigns/{campaign}/match-keys`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The largest page of match keys: they are small, and an upload fetches them all.
pub const MAX_KEYS_PAGE: u32 = 10_000;

/// Whose keys to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchRole {
    #[default]
    Lead,
    Referrer,
}

/// Only what identifies a lead or a referrer, and whether the lead is qualified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MatchKeys {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Leads only: true once qualified.
    #[serde(default)]
    pub qualified: bool,
    /// Leads only: pending now, but qualified once and unqualified since.
    #[serde(default)]
    pub unqualified_before: bool,
}

/// [`MatchKeys`] borrowed, the same JSON: what a server writes and a client
/// reads in bulk without a string allocated per key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchKeysRef<'a> {
    pub id: i64,
    #[serde(borrow, default, deserialize_with = "borrowed_text")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed_text")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed_text")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed_text")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Cow<'a, str>>,
    #[serde(default)]
    pub qualified: bool,
    #[serde(default)]
    pub unqualified_before: bool,
}

/// Text borrowed from the input when it holds no escapes, owned otherwise
/// (serde's own `Option<Cow<str>>` always copies).
fn borrowed_text<'de: 'a, 'a, D>(deserializer: D) -> Result<Option<Cow<'a, str>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Text;
    impl<'de> serde::de::Visitor<'de> for Text {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(v)))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v)))
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(Text)
        }
    }
    deserializer.deserialize_option(Text)
}

impl MatchKeysRef<'_> {
    /// Email, referral code, external id and phone, in that order.
    pub fn keys(&self) -> [Option<&str>; 4] {
        [
            self.email.as_deref(),
            self.referral_code.as_deref(),
            self.external_id.as_deref(),
            self.phone.as_deref(),
        ]
    }
}

impl MatchKeys {
    pub fn borrowed(&self) -> MatchKeysRef<'_> {
        MatchKeysRef {
            id: self.id,
            email: self.email.as_deref().map(Cow::Borrowed),
            referral_code: self.referral_code.as_deref().map(Cow::Borrowed),
            external_id: self.external_id.as_deref().map(Cow::Borrowed),
            phone: self.phone.as_deref().map(Cow::Borrowed),
            qualified: self.qualified,
            unqualified_before: self.unqualified_before,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchKeysQuery {
    /// `lead` (default) or `referrer`.
    #[serde(default)]
    #[param(value_type = Option<MatchRole>)]
    pub role: MatchRole,
    /// Only these keys, comma-separated (`email`, `code`, `external_id`,
    /// `phone`): a list matched on email alone needs nothing else. All by
    /// default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(pattern = r"^(email|code|external_id|phone)(,(email|code|external_id|phone))*$")]
    pub keys: Option<String>,
    /// At most 10,000 (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// Which keys a list of match keys carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyFields {
    pub email: bool,
    pub referral_code: bool,
    pub external_id: bool,
    pub phone: bool,
}

impl KeyFields {
    pub const ALL: KeyFields = KeyFields {
        email: true,
        referral_code: true,
        external_id: true,
        phone: true,
    };

    /// `email,code,...` as [`MatchKeysQuery::keys`] spells it; an unknown
    /// name is the error.
    pub fn parse(list: &str) -> Result<KeyFields, String> {
        let mut fields = KeyFields {
            email: false,
            referral_code: false,
            external_id: false,
            phone: false,
        };
        // Exactly as the documented pattern: names, commas, nothing else.
        for name in list.split(',') {
            match name {
                "email" => fields.email = true,
                "code" => fields.referral_code = true,
                "external_id" => fields.external_id = true,
                "phone" => fields.phone = true,
                other => return Err(other.to_string()),
            }
        }
        Ok(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_lists_are_read_exactly_as_documented() {
        let both = KeyFields::parse("email,external_id").unwrap();
        assert!(both.email && both.external_id && !both.referral_code && !both.phone);
        assert_eq!(
            KeyFields::parse("phone,code,email,external_id"),
            Ok(KeyFields::ALL)
        );
        for bad in ["", "email,", "email, code", "Email", "shoe_size"] {
            assert!(KeyFields::parse(bad).is_err(), "{bad:?} was taken");
        }
    }

    #[test]
    fn borrowed_keys_read_what_owned_ones_write_and_borrow_plain_text() {
        let owned = MatchKeys {
            id: 7,
            email: Some("a\"b\\c@x.com".into()),
            referral_code: Some("K7Q2".into()),
            external_id: None,
            phone: None,
            qualified: true,
            unqualified_before: false,
        };
        let json = serde_json::to_string(&owned).unwrap();
        let read: MatchKeysRef<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(read, owned.borrowed());
        assert!(matches!(read.referral_code, Some(Cow::Borrowed("K7Q2"))));
        assert!(
            matches!(read.email, Some(Cow::Owned(_))),
            "escaped text is unescaped"
        );
        let read: MatchKeysRef<'_> = serde_json::from_str(r#"{"id":1,"phone":null}"#).unwrap();
        assert_eq!(
            (read.email, read.phone, read.qualified),
            (None, None, false)
        );
        assert_eq!(serde_json::to_string(&owned.borrowed()).unwrap(), json);
    }
}
