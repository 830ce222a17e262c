use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A stable, machine-readable error code. Scripts match on these; never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    BadRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    Duplicate,
    Validation,
    UnknownReferrer,
    IdempotencyMismatch,
    PayloadTooLarge,
    RateLimited,
    Internal,
    /// The database cannot be reached, or is too busy: try again shortly.
    Unavailable,
    /// A code this client does not know yet (sent by a newer server).
    #[serde(other)]
    Unknown,
}

/// An error body in the shape of RFC 9457 problem details, plus a stable `code`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default)]
    pub detail: String,
    pub code: ProblemCode,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For `duplicate`: the id of the object that already exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_id: Option<i64>,
    /// For `rate_limited`: seconds to wait before the next request (also the `Retry-After` header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u32>,
    /// For `not_found`: what kind of thing was not found (`campaign`,
    /// `lead`, `referrer`, `rule`, `event`), when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

fn about_blank() -> String {
    "about:blank".into()
}

/// What is wrong with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(status: u16, code: ProblemCode, detail: impl Into<String>) -> Problem {
        let title = match status {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            409 => "Conflict",
            413 => "Payload Too Large",
            422 => "Unprocessable Content",
            429 => "Too Many Requests",
            503 => "Service Unavailable",
            _ => "Internal Server Error",
        };
        Problem {
            kind: about_blank(),
            title: title.into(),
            status,
            detail: detail.into(),
            code,
            errors: Vec::new(),
            existing_id: None,
            retry_after: None,
            resource: None,
        }
    }

    pub fn validation(field: &str, message: impl Into<String>) -> Problem {
        let message = message.into();
        let mut p = Problem::new(422, ProblemCode::Validation, format!("{field}: {message}"));
        p.errors.push(FieldError {
            field: field.into(),
            message,
        });
        p
    }

    pub fn not_found(what: impl Into<String>) -> Problem {
        Problem::new(404, ProblemCode::NotFound, what)
    }

    /// A `resource` (`campaign`, `lead`…) that does not exist, said in `detail`.
    pub fn missing(resource: &str, detail: impl Into<String>) -> Problem {
        let mut p = Problem::not_found(detail);
        p.resource = Some(resource.to_string());
        p
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.detail.is_empty() {
            write!(f, "{}", self.title)
        } else {
            write!(f, "{}", self.detail)
        }
    }
}

impl std::error::Error for Problem {}
