//! One typed client over a transport: HTTP to a server, or the embedded store in-process.

mod embedded;
mod error;
mod http;
mod resources;
mod rules;

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use embedded::EmbeddedTransport;
pub use error::ClientError;
pub use http::{HttpTransport, RetryPolicy};

/// A request as the client builds it, before any transport sees it.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: reqwest::Method,
    /// Path and query, starting with `/v1/`.
    pub path: String,
    pub body: Option<Vec<u8>>,
    pub idempotency_key: Option<String>,
}

/// A response as a transport returns it.
#[derive(Debug, Clone)]
pub struct ApiResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<ApiResponse, ClientError>> + Send + 'a>>;

/// Carries requests to the API and brings back responses.
pub trait Transport: Send + Sync {
    fn send(&self, request: ApiRequest) -> TransportFuture<'_>;
    /// Where requests go, for messages: a URL or the database path.
    fn describe(&self) -> String;
    /// Keeps every later request under `limit`, waiting as needed. The
    /// embedded store has no limit, so by default this does nothing.
    fn limit_rate(&self, _limit: crate::api::RateLimit) {}
}

/// The typed API client. Every mutation carries an idempotency key, so every
/// request it sends is safe to repeat.
pub struct Client {
    transport: Box<dyn Transport>,
}

impl Client {
    pub fn new(transport: Box<dyn Transport>) -> Client {
        Client { transport }
    }

    pub fn describe(&self) -> String {
        self.transport.describe()
    }

    /// Paces every later request to stay under `limit` (HTTP only).
    pub fn limit_rate(&self, limit: crate::api::RateLimit) {
        self.transport.limit_rate(limit);
    }

    async fn call<T: DeserializeOwned>(&self, request: ApiRequest) -> Result<T, ClientError> {
        let response = self.transport.send(request).await?;
        if (200..300).contains(&response.status) {
            serde_json::from_slice(&response.body).map_err(|e| ClientError::Decode(e.to_string()))
        } else {
            Err(ClientError::from_error_response(
                response.status,
                &response.body,
            ))
        }
    }

    async fn get<T: DeserializeOwned>(&self, path: String) -> Result<T, ClientError> {
        self.call(ApiRequest {
            method: reqwest::Method::GET,
            path,
            body: None,
            idempotency_key: None,
        })
        .await
    }

    /// A mutation with a fresh idempotency key.
    async fn write<B: Serialize, T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: String,
        body: &B,
    ) -> Result<T, ClientError> {
        self.write_with_key(method, path, body, new_idempotency_key())
            .await
    }

    /// A mutation with the caller's idempotency key (deterministic keys make
    /// a re-run of the same job replay instead of repeating).
    async fn write_with_key<B: Serialize, T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: String,
        body: &B,
        key: String,
    ) -> Result<T, ClientError> {
        let body = serde_json::to_vec(body).map_err(|e| ClientError::Decode(e.to_string()))?;
        self.call(ApiRequest {
            method,
            path,
            body: Some(body),
            idempotency_key: Some(key),
        })
        .await
    }
}

/// A random idempotency key.
pub fn new_idempotency_key() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    crate::domain::codes::hex(&bytes)
}

/// Percent-encodes one path segment or query value.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
