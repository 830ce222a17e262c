use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use super::state::{AppState, AuthMode};
use crate::api::{Problem, ProblemCode, Scope};
use crate::store::{self, Principal};

/// Routes anyone may read without a token.
const PUBLIC: &[&str] = &["/v1/openapi.json", "/v1/health", "/v1/ready"];

/// Authenticates every request once, applies the token's rate limit, and
/// leaves the principal in the request for the `Caller` extractor.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    // Webhooks carry a signature instead of a token; their handlers check it.
    if PUBLIC.contains(&path) || path.starts_with("/v1/hooks/") {
        return next.run(request).await;
    }
    let principal = match &state.auth {
        AuthMode::Local(principal) => principal.clone(),
        AuthMode::Tokens => match principal_of(&state, request.headers()).await {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        },
    };
    if let (Some(token_id), Some(limit)) = (principal.token_id, principal.rate_limit)
        && let Err(wait) = state.check_rate(token_id, limit).await
    {
        let seconds = wait.as_secs_f64().ceil().clamp(1.0, 3600.0) as u32;
        let mut problem = Problem::new(
            429,
            ProblemCode::RateLimited,
            format!(
                "token '{}' is limited to {limit}; retry in {seconds} s",
                principal.actor
            ),
        );
        problem.retry_after = Some(seconds);
        return ApiError::from(problem).into_response();
    }
    request.extensions_mut().insert(principal);
    next.run(request).await
}

async fn principal_of(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Principal, ApiError> {
    let unauthenticated =
        |detail: &str| ApiError::from(Problem::new(401, ProblemCode::Unauthenticated, detail));
    let header = headers.get(AUTHORIZATION).ok_or_else(|| {
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
    // A read: checking a token never waits behind (or holds up) a write.
    state
        .read(move |tx| Ok(store::tokens::authenticate(tx, &token)?))
        .await?
        .ok_or_else(|| unauthenticated("the token is not valid (unknown or revoked)"))
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

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parts
            .extensions
            .get::<Principal>()
            .cloned()
            .map(Caller)
            .ok_or_else(|| {
                ApiError::from(Problem::new(
                    401,
                    ProblemCode::Unauthenticated,
                    "this route needs a token",
                ))
            })
    }
}
