use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use super::error::ApiError;
use super::state::AppState;
use crate::api::{Problem, ProblemCode, Scope};
use crate::store::{self, Principal};

/// How the router learns who is calling.
#[derive(Clone, Debug)]
pub enum AuthMode {
    /// A bearer token on every request (the HTTP server).
    Tokens,
    /// Every request is the local user (the embedded store, in-process only).
    Local(Principal),
}

/// The authenticated caller of a request.
pub struct Caller(pub Principal);

impl Caller {
    /// Refuses callers whose token may only read.
    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.0.scope != Scope::Admin {
            return Err(Problem::new(
                403,
                ProblemCode::Forbidden,
                format!(
                    "token '{}' has read scope and cannot make changes",
                    self.0.actor
                ),
            )
            .into());
        }
        Ok(())
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let AuthMode::Local(principal) = &state.auth {
            return Ok(Caller(principal.clone()));
        }
        let unauthenticated =
            |detail: &str| ApiError(Problem::new(401, ProblemCode::Unauthenticated, detail));
        let header = parts.headers.get(AUTHORIZATION).ok_or_else(|| {
            unauthenticated("missing Authorization header: send 'Authorization: Bearer <token>'")
        })?;
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| unauthenticated("the Authorization header must be 'Bearer <token>'"))?
            .to_string();
        let principal = state
            .transaction(move |tx| Ok(store::authenticate(tx, &token)?))
            .await?
            .ok_or_else(|| unauthenticated("the token is not valid (unknown or revoked)"))?;
        Ok(Caller(principal))
    }
}
