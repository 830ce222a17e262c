use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota};

use rand::Rng;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use super::{ApiRequest, ApiResponse, ClientError, Transport, TransportFuture};

/// When and how long to wait before sending a request again.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The first backoff; it doubles with each retry, with full jitter.
    pub base_delay: Duration,
    /// No single wait is longer than this, whatever `Retry-After` says.
    pub max_delay: Duration,
    /// How long one request may take, answer included.
    pub timeout: Duration,
    /// How long the whole retry loop of one request may take.
    pub total: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
            timeout: Duration::from_secs(30),
            // A server that accepts and never answers costs one timeout,
            // not several: the whole loop, waits and tries, ends by then.
            total: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `attempt` (1-based): exponential with full
    /// jitter, so that many clients do not retry in step.
    fn backoff(&self, attempt: u32) -> Duration {
        let ceiling = self
            .base_delay
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max_delay);
        let millis = rand::rng().random_range(0..=ceiling.as_millis().max(1) as u64);
        Duration::from_millis(millis)
    }
}

/// HTTP to a refctl server (or any server speaking the same API), with rustls.
pub struct HttpTransport {
    http: reqwest::Client,
    base_url: String,
    token: Option<String>,
    retry: RetryPolicy,
    /// Paces requests when a rate limit is known; none by default.
    pacer: Mutex<Option<Arc<DefaultDirectRateLimiter>>>,
}

impl HttpTransport {
    pub fn new(
        base_url: &str,
        token: Option<String>,
        retry: RetryPolicy,
    ) -> Result<HttpTransport, ClientError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5).min(retry.timeout))
            .timeout(retry.timeout)
            .user_agent(concat!("refctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                target: base_url.into(),
                message: e.to_string(),
                attempts: 0,
            })?;
        Ok(HttpTransport {
            http,
            base_url: base_url.trim_end_matches('/').to_string(),
            token,
            retry,
            pacer: Mutex::new(None),
        })
    }

    async fn attempt(
        &self,
        request: &ApiRequest,
        remaining: Duration,
    ) -> Result<(ApiResponse, Option<u64>), reqwest::Error> {
        let url = format!("{}{}", self.base_url, request.path);
        // No try outlives the loop's bound.
        let mut builder = self.http.request(request.method.clone(), url).timeout(
            self.retry
                .timeout
                .min(remaining.max(Duration::from_secs(1))),
        );
        if let Some(token) = &self.token
            && let Ok(mut value) = HeaderValue::from_str(&format!("Bearer {token}"))
        {
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
        }
        if let Some(key) = &request.idempotency_key {
            builder = builder.header(crate::api::IDEMPOTENCY_KEY, key);
        }
        if let Some((name, value)) = &request.signature {
            builder = builder.header(*name, value);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let response = builder.send().await?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let next_cursor = super::next_cursor(response.headers());
        let body = response.bytes().await?.to_vec();
        Ok((
            ApiResponse {
                status,
                body,
                next_cursor,
            },
            retry_after,
        ))
    }
}

/// How long a request goes unanswered before the wait is said.
const STILL_WAITING: Duration = Duration::from_secs(5);

fn is_retryable_status(status: u16) -> bool {
    status == 429 || (500..600).contains(&status) && status != 501
}

impl Transport for HttpTransport {
    fn send(&self, request: ApiRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            // Only what is safe to repeat is repeated: reads, and mutations
            // that carry an idempotency key (the server replays those).
            let repeatable =
                request.method == reqwest::Method::GET || request.idempotency_key.is_some();
            let pacer = self.pacer.lock().unwrap_or_else(|p| p.into_inner()).clone();
            let started = std::time::Instant::now();
            let mut attempt = 0u32;
            loop {
                attempt += 1;
                if let Some(pacer) = &pacer
                    && let Err(not_until) = pacer.check()
                {
                    use governor::clock::{Clock, DefaultClock};
                    let wait = not_until.wait_time_from(DefaultClock::default().now());
                    if wait >= Duration::from_secs(1) {
                        tracing::warn!(target: "refctl::http", "pacing to the rate limit; waiting {} s", wait.as_secs());
                    }
                    pacer.until_ready().await;
                }
                let remaining = self.retry.total.saturating_sub(started.elapsed());
                let outcome = {
                    // A silent host is named after a few seconds, not only
                    // when the time box runs out.
                    let call = self.attempt(&request, remaining);
                    tokio::pin!(call);
                    tokio::select! {
                        done = &mut call => done,
                        _ = tokio::time::sleep(STILL_WAITING) => {
                            tracing::warn!(
                                target: "refctl::http",
                                "still waiting for {} after {} s (giving up {} s after the start)",
                                self.base_url,
                                started.elapsed().as_secs(),
                                self.retry.total.as_secs()
                            );
                            call.await
                        }
                    }
                };
                let wait = match &outcome {
                    Ok((response, retry_after)) if is_retryable_status(response.status) => {
                        match retry_after {
                            Some(secs) => Duration::from_secs(*secs).min(self.retry.max_delay),
                            None => self.retry.backoff(attempt),
                        }
                    }
                    Ok(_) => Duration::ZERO,
                    Err(_) => self.retry.backoff(attempt),
                };
                // The whole loop stays within its bound, waits included.
                let may_retry = attempt <= self.retry.max_retries
                    && started.elapsed() + wait < self.retry.total;
                let can_retry = repeatable && may_retry;
                match outcome {
                    Ok((response, retry_after)) if is_retryable_status(response.status) => {
                        if !can_retry {
                            return Err(self.gave_up(response, retry_after, attempt));
                        }
                        if wait >= Duration::from_secs(1) {
                            if response.status == 429 {
                                tracing::warn!(target: "refctl::http", "rate limited; waiting {} s", wait.as_secs());
                            } else {
                                tracing::warn!(target: "refctl::http", "HTTP {}; waiting {} s before trying again", response.status, wait.as_secs());
                            }
                        }
                        tokio::time::sleep(wait).await;
                    }
                    Ok((response, _)) => return Ok(response),
                    Err(e) => {
                        let failure = self.failure(&e, attempt);
                        // A request that never reached the server is always
                        // safe to send again; one whose answer was lost is
                        // safe when it is repeatable (the key replays it).
                        if can_retry || (e.is_connect() && may_retry) {
                            tracing::info!(target: "refctl::http", "{failure}; trying again in {:.1}s", wait.as_secs_f64());
                            tokio::time::sleep(wait).await;
                            continue;
                        }
                        return Err(failure);
                    }
                }
            }
        })
    }

    fn describe(&self) -> String {
        self.base_url.clone()
    }

    fn limit_rate(&self, limit: crate::api::RateLimit) {
        // No burst, and 2% under the limit: requests go out evenly spaced, so
        // that no window of the limit's length ever holds more than it allows,
        // whatever the network's jitter.
        let quota = Quota::with_period(limit.interval().mul_f64(1.02))
            .unwrap_or_else(|| Quota::per_second(std::num::NonZeroU32::MAX));
        let pacer = Arc::new(DefaultDirectRateLimiter::direct(quota));
        // The request that told us the limit (or the one just sent) counts too.
        let _ = pacer.check();
        *self.pacer.lock().unwrap_or_else(|p| p.into_inner()) = Some(pacer);
    }
}

impl HttpTransport {
    /// Whether anything answers HTTP at the base URL: one unauthenticated
    /// GET, any status. Tells "could not reach" from "token not accepted"
    /// before a person types a token.
    pub async fn reachable(&self) -> Result<(), ClientError> {
        match self.http.get(&self.base_url).send().await {
            Ok(_) => Ok(()),
            Err(e) => Err(self.failure(&e, 1)),
        }
    }

    /// The error for a request that failed `attempts` times with `e`.
    fn failure(&self, e: &reqwest::Error, attempts: u32) -> ClientError {
        let target = self.base_url.clone();
        if e.is_timeout() {
            ClientError::TimedOut {
                target,
                seconds: self.retry.timeout.as_secs(),
                attempts,
            }
        } else if e.is_connect() {
            ClientError::Unreachable {
                target,
                message: error_chain(e),
                attempts,
            }
        } else {
            ClientError::Broken {
                target,
                message: error_chain(e),
                attempts,
            }
        }
    }

    /// The error for a retryable status that kept coming back.
    fn gave_up(
        &self,
        response: ApiResponse,
        retry_after: Option<u64>,
        attempts: u32,
    ) -> ClientError {
        if response.status == 429 {
            return ClientError::RateLimited {
                target: self.base_url.clone(),
                attempts,
                retry_after,
            };
        }
        let detail = match ClientError::from_error_response(response.status, &response.body) {
            ClientError::Api(p) => p.to_string(),
            other => other.to_string(),
        };
        ClientError::ServerFailed {
            target: self.base_url.clone(),
            status: response.status,
            attempts,
            detail,
        }
    }
}

/// The whole cause chain of a reqwest error: its own message hides the useful part.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}
