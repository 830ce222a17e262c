//! The one place where refusals and failures become HTTP problem details.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::api::{FieldError, Problem, ProblemCode};
use crate::domain::Refusal;
use crate::store::StoreError;

/// A handler's failure, answered as problem details.
#[derive(Debug)]
pub struct ApiError(pub Box<Problem>);

impl From<Problem> for ApiError {
    fn from(p: Problem) -> Self {
        ApiError(Box::new(p))
    }
}

/// The problem details of a refusal: its status and stable code.
pub fn problem(refusal: Refusal) -> Problem {
    match refusal {
        Refusal::NotFound {
            resource: Some(resource),
            detail,
        } => Problem::missing(resource, detail),
        Refusal::NotFound {
            resource: None,
            detail,
        } => Problem::not_found(detail),
        Refusal::Invalid { field, message } => Problem::validation(&field, message),
        Refusal::Duplicate {
            detail,
            existing_id,
        } => {
            let mut p = Problem::new(409, ProblemCode::Duplicate, detail);
            p.existing_id = existing_id;
            p
        }
        Refusal::Conflict(detail) => Problem::new(409, ProblemCode::Conflict, detail),
        Refusal::UnknownReferrer { code, detail } => {
            let mut p = Problem::new(422, ProblemCode::UnknownReferrer, detail);
            p.errors.push(FieldError {
                field: "referred_by".into(),
                message: format!("unknown referral code '{code}'"),
            });
            p
        }
    }
}

impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> Self {
        ApiError::from(problem(r))
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        if let StoreError::Refused(r) = e {
            return ApiError::from(r);
        }
        if let Some(cause) = e.outage() {
            // Down, full, read-only, too slow or too busy: the client can
            // retry and the operator can act, so it is a 503 that says which.
            tracing::warn!(target: "refctl::server", "{e}");
            let mut problem = Problem::new(
                503,
                ProblemCode::Unavailable,
                format!(
                    "{cause}; try again shortly (an operator may need to look at the database)"
                ),
            );
            problem.retry_after = Some(1);
            return ApiError::from(problem);
        }
        tracing::error!(target: "refctl::server", "{e}");
        ApiError::from(Problem::new(
            500,
            ProblemCode::Internal,
            "internal error in the store",
        ))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self.0).unwrap_or_default();
        let mut response = (status, body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = self.0.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
