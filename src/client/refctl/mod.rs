//! refctl's own API (`/v1`), the first backend: every operation there is.

mod campaigns;
mod lists;
mod outbox;
mod people;
mod qualify;
mod rules;
mod webhooks;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{ApiRequest, Backend, ClientError, Transport, encode, new_idempotency_key};
use crate::api::RateLimit;

/// refctl's own API, over a transport (HTTP, or the embedded store in-process). Every mutation carries an idempotency key, so every
/// request it sends is safe to repeat.
pub struct RefctlClient {
    transport: Box<dyn Transport>,
}

fn get(path: String) -> ApiRequest {
    ApiRequest {
        method: reqwest::Method::GET,
        path,
        body: None,
        idempotency_key: None,
        signature: None,
    }
}

fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, ClientError> {
    serde_json::from_slice(body).map_err(|e| ClientError::Decode(e.to_string()))
}

impl RefctlClient {
    pub fn new(transport: Box<dyn Transport>) -> RefctlClient {
        RefctlClient { transport }
    }

    /// The response to `request` when it succeeded; the API's error otherwise.
    async fn send(&self, request: ApiRequest) -> Result<super::ApiResponse, ClientError> {
        let response = self.transport.send(request).await?;
        if (200..300).contains(&response.status) {
            Ok(response)
        } else {
            Err(ClientError::from_error_response(
                response.status,
                &response.body,
            ))
        }
    }

    async fn call<T: DeserializeOwned>(&self, request: ApiRequest) -> Result<T, ClientError> {
        decode(&self.send(request).await?.body)
    }

    async fn get<T: DeserializeOwned>(&self, path: String) -> Result<T, ClientError> {
        self.call(get(path)).await
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
            signature: None,
        })
        .await
    }

    /// A body as it is, with a signature header (a webhook delivery).
    async fn signed<T: DeserializeOwned>(
        &self,
        path: String,
        body: Vec<u8>,
        signature: (&'static str, String),
    ) -> Result<T, ClientError> {
        self.call(ApiRequest {
            method: reqwest::Method::POST,
            path,
            body: Some(body),
            idempotency_key: None,
            signature: Some(signature),
        })
        .await
    }
}

impl Backend for RefctlClient {
    fn name(&self) -> &'static str {
        "the refctl API"
    }

    fn describe(&self) -> String {
        self.transport.describe()
    }

    /// Paces every later request to stay under `limit` (HTTP only).
    fn limit_rate(&self, limit: RateLimit) {
        self.transport.limit_rate(limit);
    }
}

/// Appends `key=value` pairs to a path as a query string.
fn with_query<S: serde::Serialize>(path: &str, query: &S) -> String {
    let value = serde_json::to_value(query).unwrap_or_default();
    let mut pairs = Vec::new();
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            let v = match v {
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            pairs.push(format!("{}={}", encode(&k), encode(&v)));
        }
    }
    if pairs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn queries_skip_absent_values_and_encode_the_rest() {
        let q = crate::api::LeadQuery {
            campaign: Some("spring".into()),
            email_contains: Some("a+b@x".into()),
            ..Default::default()
        };
        assert_eq!(
            super::with_query("/v1/leads", &q),
            "/v1/leads?campaign=spring&email_contains=a%2Bb%40x"
        );
    }
}
