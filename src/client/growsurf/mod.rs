//! GrowSurf's REST API v2 as a refctl backend.
//!
//! Sources, cited beside each behaviour: GrowSurf's own SDKs, generated from
//! its OpenAPI spec ("TS": growsurf/growsurf-typescript `api.md`,
//! `src/resources/campaign/participant.ts`; "PY": growsurf/growsurf-python
//! `types/campaign/*`), its API reference as kept in growsurf/growsurf-mcp
//! ("REF": `growsurf-docs/rest-api-reference.md`) and its API guidelines
//! ("GUIDE": docs.growsurf.com/api-guidelines).
//!
//! GrowSurf's ids are text (`f8g9nl`); refctl's are numbers. A participant
//! or campaign is shown with a number derived from its id, and its GrowSurf
//! id as its code: `--campaign` and lead references take the GrowSurf id.

mod ops;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;

use super::audit::AuditLog;
use super::{Backend, ClientError};
use crate::api::RateLimit;

/// The number refctl shows for a GrowSurf id: stable, positive, 53 bits (so
/// that JSON readers in any language keep it whole).
pub fn number_of(id: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(id.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    (u64::from_le_bytes(bytes) >> 11) as i64
}

/// One participant (TS `interface Participant`).
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub id: String,
    pub email: String,
    pub first_name: Option<String>,
    /// The referrer's participant id (or email), when referred.
    pub referred_by: Option<String>,
    /// `CREDIT_PENDING`, `CREDIT_AWARDED`, `CREDIT_EXPIRED`, `INVITE_SENT` (PY `referral_status.py`).
    pub referral_status: Option<String>,
    /// Epoch milliseconds (REF examples: `1552404738928`).
    pub created_at: Option<i64>,
}

impl Participant {
    pub fn from_json(v: &Value) -> Option<Participant> {
        let text = |k: &str| v[k].as_str().filter(|s| !s.is_empty()).map(str::to_string);
        Some(Participant {
            id: text("id")?,
            email: text("email").unwrap_or_default().trim().to_lowercase(),
            first_name: text("firstName"),
            // `referredBy` is optional in the SDK type, and REF's examples
            // show only `referrer` (an embedded participant): read either.
            referred_by: text("referredBy")
                .or_else(|| v["referrer"]["id"].as_str().map(str::to_string)),
            referral_status: text("referralStatus"),
            created_at: v["createdAt"].as_i64(),
        })
    }

    /// A participant someone referred is a lead.
    pub fn is_lead(&self) -> bool {
        self.referred_by.is_some()
    }

    pub fn qualified(&self) -> bool {
        self.referral_status.as_deref() == Some("CREDIT_AWARDED")
    }

    pub fn created(&self) -> String {
        self.created_at
            .and_then(|ms| {
                time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
            })
            .map(crate::domain::time::stored)
            .unwrap_or_default()
    }
}

/// The limits a response's headers announce, per policy (GUIDE: headers
/// `GrowSurf-RateLimit-{Second,Minute,Hour}-{Limit,Remaining}` and
/// `GrowSurf-Retry-After-{…}-Milliseconds`).
fn wait_from_headers(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: String| {
        headers
            .get(name.as_str())
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    ["Second", "Minute", "Hour"]
        .iter()
        .filter_map(|policy| {
            let remaining = number(format!("growsurf-ratelimit-{policy}-remaining"));
            let retry = number(format!("growsurf-retry-after-{policy}-milliseconds"));
            match (remaining, retry) {
                (_, Some(ms)) => Some(Duration::from_millis(ms)),
                (Some(0), None) => Some(match *policy {
                    "Second" => Duration::from_secs(1),
                    "Minute" => Duration::from_secs(60),
                    _ => Duration::from_secs(3600),
                }),
                _ => None,
            }
        })
        .max()
}

/// GrowSurf, through its API.
pub struct GrowSurf {
    http: reqwest::Client,
    base_url: String,
    token: String,
    timeout: Duration,
    audit: AuditLog,
    /// When the next request may go: the pace, and any wait the headers asked for.
    next_at: tokio::sync::Mutex<Instant>,
    pace: Mutex<Duration>,
    /// Each campaign's participants, fetched once per run, by GrowSurf id.
    participants: tokio::sync::Mutex<HashMap<String, Vec<Participant>>>,
    campaign_ids: Mutex<HashMap<i64, String>>,
}

/// The pace without `--rate`: 3 a second, under GrowSurf's published
/// 30 per 5 s and 200 per minute (GUIDE; a newer copy says 50 and 400).
pub const DEFAULT_PACE: RateLimit = RateLimit {
    requests: nonzero(180),
    per_seconds: nonzero(60),
};

const fn nonzero(n: u32) -> std::num::NonZeroU32 {
    match std::num::NonZeroU32::new(n) {
        Some(n) => n,
        None => panic!("a rate is never zero"),
    }
}

impl GrowSurf {
    pub fn new(
        base_url: &str,
        token: String,
        timeout: Duration,
        audit: AuditLog,
    ) -> Result<Self, ClientError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5).min(timeout))
            .timeout(timeout)
            .user_agent(concat!("refctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Unreachable {
                target: base_url.into(),
                message: e.to_string(),
                attempts: 0,
            })?;
        Ok(GrowSurf {
            http,
            base_url: base_url.trim_end_matches('/').to_string(),
            token,
            timeout,
            audit,
            next_at: tokio::sync::Mutex::new(Instant::now()),
            pace: Mutex::new(DEFAULT_PACE.interval().mul_f64(1.02)),
            participants: tokio::sync::Mutex::new(HashMap::new()),
            campaign_ids: Mutex::new(HashMap::new()),
        })
    }

    /// One request, paced; a 429 waits what GrowSurf says and tries again
    /// (its limits reset, unlike Referral Factory's IP block), up to 3 times.
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Value, Vec<u8>), ClientError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            {
                // One request at a time (GUIDE: three connections per IP at most).
                let mut next_at = self.next_at.lock().await;
                let now = Instant::now();
                if *next_at > now {
                    let wait = *next_at - now;
                    if wait >= Duration::from_secs(1) {
                        tracing::warn!(target: "refctl::growsurf", "rate limited; waiting {} s", wait.as_secs());
                    }
                    tokio::time::sleep(wait).await;
                }
                *next_at = Instant::now() + *self.pace.lock().unwrap_or_else(|p| p.into_inner());
            }
            let mut request = self
                .http
                .request(method.clone(), format!("{}{path}", self.base_url))
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
            let response = request.send().await.map_err(|e| self.failure(e))?;
            let status = response.status().as_u16();
            let wait = wait_from_headers(response.headers());
            let bytes = response
                .bytes()
                .await
                .map_err(|e| self.failure(e))?
                .to_vec();
            if let Some(wait) = wait {
                let mut next_at = self.next_at.lock().await;
                *next_at = (*next_at).max(Instant::now() + wait);
            }
            if status == 429 {
                if attempt < 4 {
                    continue;
                }
                return Err(ClientError::RateLimited {
                    target: format!("GrowSurf ({})", self.base_url),
                    attempts: attempt,
                    retry_after: wait.map(|w| w.as_secs()),
                });
            }
            let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            return Ok((status, json, bytes));
        }
    }

    fn failure(&self, e: reqwest::Error) -> ClientError {
        super::hosted::transport_failure(e, &self.base_url, self.timeout)
    }
}

/// A non-2xx answer as the CLI shows it; GrowSurf's errors are
/// `{name, code, message, status, errors?}` (REF examples).
fn problem(status: u16, json: &Value, body: &[u8]) -> ClientError {
    use crate::api::{Problem, ProblemCode};
    let message = json["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| super::audit::verbatim(body));
    let code = match status {
        401 => ProblemCode::Unauthenticated,
        403 => ProblemCode::Forbidden,
        404 => ProblemCode::NotFound,
        409 => ProblemCode::Conflict,
        400 | 422 => ProblemCode::Validation,
        _ => ProblemCode::Unknown,
    };
    ClientError::Api(Box::new(Problem::new(
        status,
        code,
        format!("GrowSurf answered {status}: {message}"),
    )))
}

impl Backend for GrowSurf {
    fn name(&self) -> &'static str {
        "GrowSurf"
    }

    fn describe(&self) -> String {
        format!("GrowSurf at {}", self.base_url)
    }

    fn limit_rate(&self, limit: RateLimit) {
        *self.pace.lock().unwrap_or_else(|p| p.into_inner()) = limit.interval().mul_f64(1.02);
    }
}
