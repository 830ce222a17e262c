//! What a platform answered to read-only calls, for `refctl doctor`: status,
//! headers and the shape of each JSON body, with every value redacted, so
//! that a user can attach it to a bug report about an unknown API shape.

use serde::Serialize;
use serde_json::{Map, Value};

/// One read-only call and what came back.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    pub request: String,
    /// `None` when no answer came.
    pub status: Option<u16>,
    pub headers: Vec<(String, String)>,
    /// The body's keys and value types, values redacted.
    pub shape: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Header values that may carry secrets are not kept.
pub fn header(name: &str, value: &str) -> (String, String) {
    let lower = name.to_ascii_lowercase();
    let secret = ["authorization", "cookie", "set-cookie", "x-api-key"].contains(&lower.as_str());
    (
        lower,
        if secret {
            "(redacted)".into()
        } else {
            value.to_string()
        },
    )
}

/// The structure of a JSON value, with every value replaced by its type;
/// an array shows its length and the shape of its first item.
pub fn shape(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), shape(v)))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => serde_json::json!({
            "array_of": items.len(),
            "first": items.first().map(shape),
        }),
        Value::String(_) => Value::String("string".into()),
        Value::Number(_) => Value::String("number".into()),
        Value::Bool(_) => Value::String("bool".into()),
        Value::Null => Value::String("null".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_redacted_and_keys_kept() {
        let v =
            serde_json::json!({"data": [{"email": "a@b.co", "id": 3}], "links": {"next": null}});
        assert_eq!(
            shape(&v),
            serde_json::json!({"data": {"array_of": 1, "first": {"email": "string", "id": "number"}}, "links": {"next": "null"}})
        );
        assert_eq!(header("Authorization", "Bearer x").1, "(redacted)");
        assert_eq!(header("X-RateLimit-Remaining", "5").1, "5");
    }
}
