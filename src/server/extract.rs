//! Request extractors shared by the handlers.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::auth::Caller;
use super::error::ApiError;
use super::state::AppState;
use crate::api::{IDEMPOTENCY_KEY, Problem, ProblemCode};
use crate::store::idempotency::StoredResponse;
use crate::store::{self, Isolation, Principal};

/// A mutation: an admin caller, an optional idempotency key, and a JSON body.
pub struct Write<T> {
    pub caller: Principal,
    key: Option<String>,
    request_hash: String,
    pub body: T,
    /// How long the replay is kept, when not for ever.
    replay_for: Option<jiff::SignedDuration>,
    isolation: Isolation,
}

/// A body for actions that take none.
#[derive(Clone, serde::Deserialize)]
pub struct Empty {}

impl<T: DeserializeOwned> FromRequest<AppState> for Write<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, ApiError> {
        let (mut parts, body) = request.into_parts();
        let caller = Caller::from_request_parts(&mut parts, state).await?;
        caller.require_admin()?;
        let key = match parts.headers.get(IDEMPOTENCY_KEY) {
            None => None,
            Some(v) => {
                let key = v.to_str().map(str::trim).unwrap_or_default();
                if key.is_empty() || key.len() > 255 {
                    return Err(Problem::validation(
                        IDEMPOTENCY_KEY,
                        "must be 1 to 255 visible ASCII characters",
                    )
                    .into());
                }
                Some(key.to_string())
            }
        };
        let request = Request::from_parts(parts, body);
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        let bytes = read_body(request, state).await?;
        let body = object_body(&bytes)?;
        let mut hasher = Sha256::new();
        hasher.update(method.as_str());
        hasher.update(b" ");
        hasher.update(path.as_bytes());
        hasher.update(b"\n");
        hasher.update(&bytes);
        let request_hash = crate::domain::codes::hex(&hasher.finalize());
        Ok(Write {
            caller: caller.0,
            key,
            request_hash,
            body,
            replay_for: None,
            isolation: Isolation::Serializable,
        })
    }
}

/// What a mutation hands its work: the transaction, the caller and the key.
pub struct WriteContext<'a> {
    pub tx: &'a dyn crate::store::Db,
    pub caller: &'a Principal,
    pub key: Option<&'a str>,
}

impl<T: Clone + Send + 'static> Write<T> {
    /// Keeps the replay of this write only for `minutes`: its response
    /// carries a secret, which must not lie in the database for ever. A
    /// client whose answer was lost has that long to ask again.
    pub fn secret_response(mut self, minutes: i64) -> Self {
        self.replay_for = Some(jiff::SignedDuration::from_mins(minutes));
        self
    }

    /// Runs the mutation at READ COMMITTED: it locks the rows it changes
    /// itself, in ascending id order (see [`Isolation::RowLocked`]).
    pub fn row_locked(mut self) -> Self {
        self.isolation = Isolation::RowLocked;
        self
    }

    /// Runs the mutation in one transaction, or replays the stored response of
    /// an earlier request with the same key. The stored response is written in
    /// the same transaction as the change, so a change and its replay record
    /// land together or not at all.
    pub async fn run<R, F>(
        self,
        state: &AppState,
        status: StatusCode,
        f: F,
    ) -> Result<Response, ApiError>
    where
        R: Serialize,
        F: Fn(&WriteContext, T) -> Result<R, ApiError> + Send + 'static,
    {
        let Write {
            caller,
            key,
            request_hash,
            body,
            replay_for,
            isolation,
        } = self;
        let (status, body, replayed) = state
            .write(isolation, move |tx| {
                if let Some(key) = &key {
                    // Claim the key before anything else: a second request
                    // with it (a client's retry while the first still runs,
                    // on this process or another) waits here, then replays.
                    store::idempotency::claim(tx, caller.workspace_id, key)?;
                }
                if let Some(key) = &key
                    && let Some(stored) = store::idempotency::find_response(tx, caller.workspace_id, key)?
                {
                        if stored.request_hash != request_hash {
                            return Err(Problem::new(
                                422,
                                ProblemCode::IdempotencyMismatch,
                                format!(
                                    "Idempotency-Key '{key}' was already used with a different request; use a new key"
                                ),
                            )
                            .into());
                        }
                        return Ok((stored.status, stored.body, true));
                }
                let ctx = WriteContext {
                    tx,
                    caller: &caller,
                    key: key.as_deref(),
                };
                let value = f(&ctx, body.clone())?;
                let bytes = serde_json::to_vec(&value).map_err(|e| {
                    Problem::new(500, ProblemCode::Internal, format!("could not encode the response: {e}"))
                })?;
                if let Some(key) = &key {
                    store::idempotency::store_response(
                        tx,
                        caller.workspace_id,
                        key,
                        &StoredResponse {
                            request_hash: request_hash.clone(),
                            status: status.as_u16(),
                            body: bytes.clone(),
                            expires_at: replay_for.map(|d| {
                                crate::domain::time::stored(crate::domain::time::plus(jiff::Timestamp::now(), d))
                            }),
                        },
                    )?;
                }
                Ok((status.as_u16(), bytes, false))
            })
            .await?;
        let mut response =
            (StatusCode::from_u16(status).unwrap_or(StatusCode::OK), body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if replayed {
            headers.insert("Idempotent-Replayed", HeaderValue::from_static("true"));
        }
        Ok(response)
    }
}

/// The body's bytes; too large is a 413, unreadable a 400.
async fn read_body<S: Send + Sync>(request: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(request, state).await.map_err(|e| {
        ApiError::from(if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Problem::new(
                413,
                ProblemCode::PayloadTooLarge,
                format!(
                    "the body is larger than {} bytes: send fewer items per request",
                    super::BODY_LIMIT
                ),
            )
        } else {
            Problem::new(
                400,
                ProblemCode::BadRequest,
                format!("could not read the body: {e}"),
            )
        })
    })
}

/// A JSON object as `T`: an empty body is `{}`; anything but an object (an
/// array, which serde would read into a struct field by field, a string) is
/// refused.
fn object_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let text = bytes.trim_ascii();
    let json: &[u8] = if text.is_empty() { b"{}" } else { text };
    if !json.starts_with(b"{") {
        return Err(Problem::new(
            400,
            ProblemCode::BadRequest,
            "the body must be a JSON object ({...})",
        )
        .into());
    }
    let value = serde_json::from_slice(json).map_err(|e| {
        ApiError::from(Problem::new(
            400,
            ProblemCode::BadRequest,
            format!("the JSON body is not valid: {e}"),
        ))
    })?;
    refuse_nul(json)?;
    Ok(value)
}

/// Text with a NUL character is refused, naming the field, before anything
/// is stored: PostgreSQL cannot store it, and no name, code or id needs it.
/// (Raw control characters are not valid JSON; NUL arrives as `\u0000`.)
pub fn refuse_nul(json: &[u8]) -> Result<(), ApiError> {
    if memchr::memmem::find(json, b"\\u0000").is_none() {
        return Ok(());
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) else {
        return Ok(());
    };
    match nul_path(&value, String::new()) {
        Some(field) => Err(Problem::validation(
            if field.is_empty() { "body" } else { &field },
            "must not contain the NUL character (\\u0000)",
        )
        .into()),
        None => Ok(()),
    }
}

/// Where in `value` a string (or an object's key) holds a NUL: `items[3].name`.
fn nul_path(value: &serde_json::Value, at: String) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) if s.contains('\0') => Some(at),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| nul_path(v, format!("{at}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let field = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            if k.contains('\0') {
                return Some(field);
            }
            nul_path(v, field)
        }),
        _ => None,
    }
}

/// A query string or path whose decoded text holds a NUL names nothing
/// that can exist: refused with the parameter's name, on both databases.
fn refuse_nul_in_uri(uri: &axum::http::Uri) -> Result<(), ApiError> {
    let nul = |s: &str| s.contains("%00");
    if nul(uri.path()) {
        return Err(Problem::validation("path", "must not contain the NUL character (%00)").into());
    }
    if let Some(query) = uri.query() {
        for pair in query.split('&') {
            if nul(pair) {
                let name = pair.split('=').next().unwrap_or("query");
                return Err(
                    Problem::validation(name, "must not contain the NUL character (%00)").into(),
                );
            }
        }
    }
    Ok(())
}

/// A JSON object body, for reads that take one (a rules test), answered as
/// problem details when it is not one.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = read_body(request, state).await?;
        object_body(&bytes).map(JsonBody)
    }
}

/// `axum::extract::Query`, with a bad query answered as problem details.
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, ApiError> {
        refuse_nul_in_uri(&parts.uri)?;
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| QueryParams(q.0))
            .map_err(|e| ApiError::from(Problem::new(400, ProblemCode::BadRequest, e.body_text())))
    }
}

/// `axum::extract::Path`, with a bad segment answered as problem details.
pub struct PathParam<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PathParam<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, ApiError> {
        refuse_nul_in_uri(&parts.uri)?;
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| PathParam(p.0))
            .map_err(|e| ApiError::from(Problem::new(400, ProblemCode::BadRequest, e.body_text())))
    }
}
