//! Requests to a hosted platform: a Bearer token, JSON both ways, one pace
//! (`governor`, evenly spaced, a little under the rate asked), the waits a
//! platform's headers ask for, time boxes, and what a 429 does there.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, Quota};
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;

use super::cooldown::Cooldown;
use crate::api::RateLimit;
use crate::client::ClientError;

/// One answer: the status, the headers (values redacted as `doctor` keeps
/// them) and the body as it came.
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

    /// A stand-in for an answer that was lost, once the read-back showed
    /// what happened.
    pub fn read_back(note: &str) -> Answer {
        Answer {
            status: 200,
            body: note.as_bytes().to_vec(),
            headers: Vec::new(),
        }
    }
}

/// What a 429 does on a platform.
#[derive(Debug, Clone, Copy)]
pub enum On429 {
    /// Stop at once and remember it across runs for `cool_down` (Referral
    /// Factory blocks an IP that keeps going over).
    Stop { cool_down: Duration },
    /// Wait what the headers say and try again, up to `tries` times.
    Wait { tries: u32 },
}

/// How a platform is spoken to.
pub struct WireSpec {
    pub title: &'static str,
    pub base_url: String,
    pub token: String,
    pub timeout: Duration,
    pub pace: RateLimit,
    /// Never above this, whatever `--rate` asks.
    pub ceiling: RateLimit,
    pub on_429: On429,
    /// The wait a response's headers ask for, if the platform sends any.
    pub wait_from: fn(&HeaderMap) -> Option<Duration>,
    pub cooldown: Option<Cooldown>,
}

pub struct Wire {
    http: reqwest::Client,
    spec: WireSpec,
    pacer: Mutex<Arc<DefaultDirectRateLimiter>>,
    /// No request before this: the waits the headers asked for.
    not_before: tokio::sync::Mutex<Instant>,
    /// The cool-down of an earlier run was checked (once a run: a 429 in
    /// this one stops it anyway).
    cool_checked: std::sync::atomic::AtomicBool,
}

fn pacer(limit: RateLimit) -> Arc<DefaultDirectRateLimiter> {
    // Evenly spaced, 2% under the pace, no burst: no window ever holds more.
    let quota = Quota::with_period(limit.interval().mul_f64(1.02))
        .unwrap_or_else(|| Quota::per_second(std::num::NonZeroU32::MIN));
    Arc::new(DefaultDirectRateLimiter::direct(quota))
}

impl Wire {
    pub fn new(spec: WireSpec) -> Result<Wire, ClientError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5).min(spec.timeout))
            .timeout(spec.timeout)
            .user_agent(concat!("refctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                target: spec.base_url.clone(),
                message: e.to_string(),
                attempts: 0,
            })?;
        let pace = spec.pace.min(spec.ceiling);
        Ok(Wire {
            http,
            pacer: Mutex::new(pacer(pace)),
            not_before: tokio::sync::Mutex::new(Instant::now()),
            cool_checked: std::sync::atomic::AtomicBool::new(false),
            spec: WireSpec {
                base_url: spec.base_url.trim_end_matches('/').to_string(),
                ..spec
            },
        })
    }

    pub fn base_url(&self) -> &str {
        &self.spec.base_url
    }

    pub fn title(&self) -> &'static str {
        self.spec.title
    }

    /// Keeps every later request under `limit`, and under the platform's ceiling.
    pub fn pace(&self, limit: RateLimit) {
        *self.pacer.lock().unwrap_or_else(|p| p.into_inner()) = pacer(limit.min(self.spec.ceiling));
    }

    /// The full URL of `path` (below the base, or an absolute URL the API gave).
    fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{path}", self.spec.base_url)
        }
    }

    async fn wait_turn(&self) {
        let until = *self.not_before.lock().await;
        let now = Instant::now();
        if until > now {
            let wait = until - now;
            if wait >= Duration::from_secs(1) {
                tracing::warn!(target: "refctl::hosted", "{} asked to slow down; waiting {} s", self.spec.title, wait.as_secs());
            }
            tokio::time::sleep(wait).await;
        }
        let pacer = self.pacer.lock().unwrap_or_else(|p| p.into_inner()).clone();
        pacer.until_ready().await;
    }

    /// One request: paced, time-boxed; a 429 handled as the platform needs.
    /// Any other answer comes back as it is.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Answer, ClientError> {
        if let Some(cooldown) = &self.spec.cooldown
            && !self.cool_checked.load(std::sync::atomic::Ordering::Relaxed)
        {
            cooldown.check(self.spec.title)?;
            self.cool_checked
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.wait_turn().await;
            let (answer, wait) = self.once(method.clone(), path, body).await?;
            if let Some(wait) = wait {
                let mut until = self.not_before.lock().await;
                *until = (*until).max(Instant::now() + wait);
            }
            if answer.status != 429 {
                return Ok(answer);
            }
            match self.spec.on_429 {
                On429::Wait { tries } if attempt <= tries => continue,
                On429::Wait { .. } => {
                    return Err(ClientError::RateLimited {
                        target: format!("{} ({})", self.spec.title, self.spec.base_url),
                        attempts: attempt,
                        retry_after: wait.map(|w| w.as_secs().max(1)),
                    });
                }
                On429::Stop { cool_down } => {
                    let until = self
                        .spec
                        .cooldown
                        .as_ref()
                        .and_then(|c| c.note(cool_down).ok());
                    return Err(ClientError::RateLimited {
                        target: format!(
                            "{} ({}); stopped at once, since repeated excess blocks the IP{}",
                            self.spec.title,
                            self.spec.base_url,
                            until
                                .map(|u| format!(", and refctl will not call it again before {u}"))
                                .unwrap_or_default()
                        ),
                        attempts: 1,
                        retry_after: Some(cool_down.as_secs()),
                    });
                }
            }
        }
    }

    async fn once(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(Answer, Option<Duration>), ClientError> {
        let mut request = self
            .http
            .request(method, self.url(path))
            .header(ACCEPT, "application/json");
        if let Ok(mut value) = HeaderValue::from_str(&format!("Bearer {}", self.spec.token)) {
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        let failure = |e| super::transport_failure(e, &self.spec.base_url, self.spec.timeout);
        let response = request.send().await.map_err(failure)?;
        let status = response.status().as_u16();
        let wait = (self.spec.wait_from)(response.headers());
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| {
                crate::client::probe::header(k.as_str(), v.to_str().unwrap_or("(not text)"))
            })
            .collect();
        let body = response.bytes().await.map_err(failure)?.to_vec();
        Ok((
            Answer {
                status,
                body,
                headers,
            },
            wait,
        ))
    }

    /// A read: retried on a timeout, a broken connection or a 5xx (a read
    /// changes nothing), up to 3 tries at the pace. Any other answer comes
    /// back as it is; a 5xx on the last try is an error.
    pub async fn read(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Answer, ClientError> {
        const TRIES: u32 = 3;
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.send(method.clone(), path, body).await {
                Ok(answer) if answer.status >= 500 && attempt < TRIES => {}
                Ok(answer) if answer.status >= 500 => {
                    return Err(ClientError::ServerFailed {
                        target: format!("{} ({})", self.spec.title, self.spec.base_url),
                        status: answer.status,
                        attempts: attempt,
                        detail: crate::client::audit::verbatim(&answer.body),
                    });
                }
                Ok(answer) => return Ok(answer),
                Err(
                    ClientError::TimedOut { .. }
                    | ClientError::Broken { .. }
                    | ClientError::Unreachable { .. },
                ) if attempt < TRIES => {}
                Err(e) => return Err(e),
            }
            tokio::time::sleep(Duration::from_millis(200 * u64::from(attempt))).await;
        }
    }
}
