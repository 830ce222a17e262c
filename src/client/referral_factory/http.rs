//! Requests to Referral Factory: paced, time-boxed, and stopped at the first
//! 429 (the platform blocks an IP that keeps going over: N7).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota};
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use serde_json::Value;

use super::DEFAULT_PACE;
use crate::api::RateLimit;
use crate::client::ClientError;

/// One answer: the status and the body as it came.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body as JSON (`null` when it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

pub struct RfHttp {
    http: reqwest::Client,
    base_url: String,
    token: String,
    timeout: Duration,
    pacer: Mutex<Arc<DefaultDirectRateLimiter>>,
}

fn pacer(limit: RateLimit) -> Arc<DefaultDirectRateLimiter> {
    // Evenly spaced, 2% under the pace, no burst: no window ever holds more.
    let quota = Quota::with_period(limit.interval().mul_f64(1.02))
        .unwrap_or_else(|| Quota::per_second(std::num::NonZeroU32::MIN));
    Arc::new(DefaultDirectRateLimiter::direct(quota))
}

impl RfHttp {
    pub fn new(base_url: &str, token: String, timeout: Duration) -> Result<RfHttp, ClientError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5).min(timeout))
            // Requests usually answer within a second, but 3 of 40 took over
            // 25 s in one client's measurements (RFN §1, S9): each is time-boxed.
            .timeout(timeout)
            .user_agent(concat!("refctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                target: base_url.into(),
                message: e.to_string(),
                attempts: 0,
            })?;
        Ok(RfHttp {
            http,
            base_url: base_url.trim_end_matches('/').to_string(),
            token,
            timeout,
            pacer: Mutex::new(pacer(DEFAULT_PACE)),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn pace(&self, limit: RateLimit) {
        *self.pacer.lock().unwrap_or_else(|p| p.into_inner()) = pacer(limit);
    }

    /// The full URL of `path` (a path below the base, or an absolute URL the
    /// API gave, such as `links.next`).
    fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{path}", self.base_url)
        }
    }

    /// One request, once: paced, time-boxed. A 429 stops here with
    /// `RateLimited`, never retried (N7: repeated abuse blocks the IP).
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Answer, ClientError> {
        let pacer = self.pacer.lock().unwrap_or_else(|p| p.into_inner()).clone();
        pacer.until_ready().await;
        let mut request = self
            .http
            .request(method, self.url(path))
            // Bearer token, JSON both ways (RFN §1 Authentication; N9).
            .header(ACCEPT, "application/json");
        if let Ok(mut value) = HeaderValue::from_str(&format!("Bearer {}", self.token)) {
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        let failure = |e| crate::client::hosted::transport_failure(e, &self.base_url, self.timeout);
        let response = request.send().await.map_err(failure)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| {
                crate::client::probe::header(k.as_str(), v.to_str().unwrap_or("(not text)"))
            })
            .collect();
        let body = response.bytes().await.map_err(failure)?.to_vec();
        if status == 429 {
            return Err(ClientError::RateLimited {
                target: format!(
                    "Referral Factory ({}); stopped at once, since repeated excess blocks the IP for up to 7 days",
                    self.base_url
                ),
                attempts: 1,
                retry_after: None,
            });
        }
        Ok(Answer {
            status,
            body,
            headers,
        })
    }

    /// A read: retried on a timeout, a broken connection or a 5xx (reads
    /// change nothing), at the pace; a 429 still stops at once.
    pub async fn read(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, ClientError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let answer = match self.send(method.clone(), path, body).await {
                Ok(answer) if answer.status >= 500 && attempt < 3 => continue,
                Ok(answer) => answer,
                Err(ClientError::TimedOut { .. } | ClientError::Broken { .. }) if attempt < 3 => {
                    continue;
                }
                Err(e) => return Err(e),
            };
            if !answer.ok() {
                return Err(problem(&answer));
            }
            return Ok(answer.json());
        }
    }
}

/// A non-2xx answer as the error the CLI shows: the status, and the
/// platform's message verbatim (RFN §1 Error format: `{code, message,
/// errors}`, seen also as `{message}` or `{errors}`).
pub fn problem(answer: &Answer) -> ClientError {
    use crate::api::{Problem, ProblemCode};
    let json = answer.json();
    let message = json["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| crate::client::audit::verbatim(&answer.body));
    let code = match answer.status {
        401 => ProblemCode::Unauthenticated,
        403 => ProblemCode::Forbidden,
        404 => ProblemCode::NotFound,
        422 => ProblemCode::Validation,
        _ => ProblemCode::Unknown,
    };
    let mut p = Problem::new(
        answer.status,
        code,
        format!("Referral Factory answered {}: {message}", answer.status),
    );
    if let Some(errors) = json["errors"].as_object() {
        for (field, list) in errors {
            for e in list.as_array().into_iter().flatten() {
                p.errors.push(crate::api::FieldError {
                    field: field.clone(),
                    message: e["message"].as_str().unwrap_or_default().to_string(),
                });
            }
        }
    }
    ClientError::Api(Box::new(p))
}
