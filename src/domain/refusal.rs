//! Why the domain says no: typed refusals that the store and the service
//! return, and that only the server turns into HTTP problem details.

/// A request the domain refuses, as it is (not a failure of the machinery).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// What was asked for does not exist (in the caller's workspace):
    /// which kind of thing, when it is one, and the sentence that says so.
    #[error("{detail}")]
    NotFound {
        resource: Option<&'static str>,
        detail: String,
    },
    /// A field of the request is not acceptable.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// Something with the same identity exists already.
    #[error("{detail}")]
    Duplicate {
        detail: String,
        existing_id: Option<i64>,
    },
    /// The current state does not allow it (an archived campaign, an
    /// ambiguous reference).
    #[error("{0}")]
    Conflict(String),
    /// A lead names a referrer the campaign does not have.
    #[error("{detail}")]
    UnknownReferrer { code: String, detail: String },
}

impl Refusal {
    pub fn invalid(field: &str, message: impl Into<String>) -> Refusal {
        Refusal::Invalid {
            field: field.to_string(),
            message: message.into(),
        }
    }

    pub fn not_found(what: impl Into<String>) -> Refusal {
        Refusal::NotFound {
            resource: None,
            detail: what.into(),
        }
    }

    /// A `resource` (`campaign`, `lead`…) that does not exist.
    pub fn missing(resource: &'static str, detail: impl Into<String>) -> Refusal {
        Refusal::NotFound {
            resource: Some(resource),
            detail: detail.into(),
        }
    }

    pub fn conflict(detail: impl Into<String>) -> Refusal {
        Refusal::Conflict(detail.into())
    }

    pub fn duplicate(detail: impl Into<String>, existing_id: Option<i64>) -> Refusal {
        Refusal::Duplicate {
            detail: detail.into(),
            existing_id,
        }
    }
}
