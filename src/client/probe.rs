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

/// Headers whose values say how the platform answered (type, size, pace)
/// and carry nothing of the account's: the only values kept.
const KEPT_HEADERS: &[&str] = &[
    "content-type",
    "content-length",
    "content-encoding",
    "date",
    "server",
    "retry-after",
    "cache-control",
    "vary",
];

/// A header's value is kept only when it is known to hold no secret (an
/// allow-list: a platform's `X-Debug-Token` or a `Location` with a token in
/// it must not land in a report); rate-limit headers are kept too.
pub fn header(name: &str, value: &str) -> (String, String) {
    let lower = name.to_ascii_lowercase();
    let kept = KEPT_HEADERS.contains(&lower.as_str())
        || lower.starts_with("x-ratelimit")
        || lower.starts_with("ratelimit");
    (
        lower,
        if !kept {
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
