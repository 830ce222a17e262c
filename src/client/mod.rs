//! The client side: one set of referral operations (`backend`), and the
//! backends that carry them out. The first is refctl's own API over a
//! transport: HTTP to a server, or the embedded store in-process.

pub mod audit;
mod backend;
mod embedded;
mod error;
mod growsurf;
pub mod hosted;
mod http;
pub mod platforms;
pub mod probe;
mod refctl;
mod referral_factory;

use std::future::Future;
use std::pin::Pin;

pub use backend::{
    Backend, CampaignsApi, KeysPage, ListsApi, OutboxApi, PeopleApi, QualifyApi, ReferralApi,
    RulesApi, WebhooksApi,
};
pub use embedded::EmbeddedTransport;
pub use error::ClientError;
pub use http::{HttpTransport, RetryPolicy};
pub use refctl::RefctlClient;

/// A request as the client builds it, before any transport sees it.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: reqwest::Method,
    /// Path and query, starting with `/v1/`.
    pub path: String,
    pub body: Option<Vec<u8>>,
    pub idempotency_key: Option<String>,
    /// A webhook's signature header (name, value), for a signed delivery.
    pub signature: Option<(&'static str, String)>,
}

/// A response as a transport returns it.
#[derive(Debug, Clone)]
pub struct ApiResponse {
    pub status: u16,
    pub body: Vec<u8>,
    /// The cursor of the next page, when a `Link` header names one.
    pub next_cursor: Option<String>,
}

/// The `cursor` of the URL a `Link` header gives as `rel="next"`.
fn next_cursor(headers: &::http::HeaderMap) -> Option<String> {
    headers
        .get_all(::http::header::LINK)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter(|link| {
            link.split(';')
                .skip(1)
                .any(|p| matches!(p.trim(), "rel=\"next\"" | "rel=next"))
        })
        .find_map(|link| {
            let url = link.split(';').next()?.trim();
            let url = url.strip_prefix('<')?.strip_suffix('>')?;
            let (_, query) = url.split_once('?')?;
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix("cursor="))
                .map(str::to_string)
        })
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_next_cursor_is_the_one_of_the_link_named_next() {
        let mut headers = ::http::HeaderMap::new();
        headers.insert(
            ::http::header::LINK,
            "</v1/x?cursor=A>; rel=\"prev\", </v1/x?role=lead&cursor=B&limit=2>; rel=\"next\""
                .parse()
                .unwrap(),
        );
        assert_eq!(super::next_cursor(&headers).as_deref(), Some("B"));
        headers.insert(
            ::http::header::LINK,
            "</v1/x?cursor=A>; rel=\"prev\"".parse().unwrap(),
        );
        assert_eq!(super::next_cursor(&headers), None);
        assert_eq!(super::next_cursor(&::http::HeaderMap::new()), None);
    }
}
