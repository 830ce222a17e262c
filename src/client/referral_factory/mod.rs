//! Referral Factory's API v2 as a refctl backend.
//!
//! Every behaviour here rests on what is publicly known of the API; the
//! source of each is written beside it (see `shared/research`: "RFN" is
//! referral-factory-api.md, "N1"… are providers-and-postgres.md §1.1).
//! Where the contract is unknown, the client does not guess: a 2xx is taken
//! as applied, anything else is recorded as it came.

mod http;
mod model;
mod ops;

use std::collections::HashMap;
use std::sync::Mutex;

pub use http::RfHttp;
use model::{RfCampaign, RfUser};

use super::audit::AuditLog;
use super::{Backend, ClientError};
use crate::api::RateLimit;

/// The most requests a token may make: "Burst limit: 600 API calls per one
/// minute … per access token" (N7, developers.referral-factory.com).
pub const PLATFORM_LIMIT: RateLimit = RateLimit {
    requests: nonzero(600),
    per_seconds: nonzero(60),
};

/// The pace without `--rate`: half the limit, because going over it more
/// than three times earns an IP block of up to 7 days (N7; research §1.3).
pub const DEFAULT_PACE: RateLimit = RateLimit {
    requests: nonzero(5),
    per_seconds: nonzero(1),
};

const fn nonzero(n: u32) -> std::num::NonZeroU32 {
    match std::num::NonZeroU32::new(n) {
        Some(n) => n,
        None => panic!("a rate is never zero"),
    }
}

/// Referral Factory, through its API.
pub struct ReferralFactory {
    http: RfHttp,
    audit: AuditLog,
    /// Every user of the account, fetched once per run (the API ignores a
    /// campaign filter on `GET /users`: RFN §1, N8), by id.
    users: tokio::sync::Mutex<Option<Snapshot>>,
    campaigns: Mutex<HashMap<String, RfCampaign>>,
}

/// The account's users as one run sees them.
#[derive(Default)]
struct Snapshot {
    users: Vec<RfUser>,
    by_id: HashMap<i64, usize>,
}

impl Snapshot {
    fn new(users: Vec<RfUser>) -> Snapshot {
        let by_id = users.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
        Snapshot { users, by_id }
    }

    fn get(&self, id: i64) -> Option<&RfUser> {
        self.by_id.get(&id).map(|i| &self.users[*i])
    }

    /// Keeps a user the run learned of or changed.
    fn put(&mut self, user: RfUser) {
        match self.by_id.get(&user.id) {
            Some(i) => self.users[*i] = user,
            None => {
                self.by_id.insert(user.id, self.users.len());
                self.users.push(user);
            }
        }
    }
}

impl ReferralFactory {
    pub fn new(
        base_url: &str,
        token: String,
        timeout: std::time::Duration,
        audit: AuditLog,
    ) -> Result<Self, ClientError> {
        Ok(ReferralFactory {
            http: RfHttp::new(base_url, token, timeout)?,
            audit,
            users: tokio::sync::Mutex::new(None),
            campaigns: Mutex::new(HashMap::new()),
        })
    }
}

impl Backend for ReferralFactory {
    fn name(&self) -> &'static str {
        "Referral Factory"
    }

    fn describe(&self) -> String {
        format!("Referral Factory at {}", self.http.base_url())
    }

    /// Never above the platform's limit, whatever is asked.
    fn limit_rate(&self, limit: RateLimit) {
        self.http.pace(limit.min(PLATFORM_LIMIT));
    }
}
