//! The client side: one set of referral operations (`backend`), and the
//! backends that carry them out. The first is refctl's own API over a
//! transport: HTTP to a server, or the embedded store in-process.

pub mod audit;
mod backend;
mod embedded;
mod error;
mod growsurf;
mod hosted;
mod http;
pub mod probe;
mod refctl;
mod referral_factory;

use std::future::Future;
use std::pin::Pin;

pub use backend::{
    Backend, CampaignsApi, PeopleApi, QualifyApi, ReferralApi, RulesApi, WebhooksApi,
};
pub use embedded::EmbeddedTransport;
pub use error::ClientError;
pub use growsurf::GrowSurf;
pub use http::{HttpTransport, RetryPolicy};
pub use refctl::RefctlClient;
pub use referral_factory::ReferralFactory;

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
