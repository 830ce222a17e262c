//! Hosted referral platforms (Referral Factory, GrowSurf), driven through
//! one engine. Each platform is a folder that implements the small
//! [`Platform`] trait (its campaigns, its people, one qualification call, how
//! to read its answers); [`Hosted`] turns any of them into refctl's
//! operations once: snapshots and one-call lookups, the lifecycle rule,
//! exactly-once changes with read-back, the audit log, batches with an
//! outcome per lead, the pace and what a 429 does. `client::platforms` lists
//! them for `--provider` and makes their clients.

mod aliases;
mod cooldown;
mod engine;
mod known;
mod list_store;
mod lists;
mod people;
mod platform;
mod qualify;
pub mod wire;

use std::path::Path;
use std::time::Duration;

pub use aliases::CodeAliases;
pub use cooldown::Cooldown;
pub use engine::Hosted;
pub use list_store::LocalLists;
pub use platform::{
    HostedCampaign, Key, Lacks, NewPerson, Person, Platform, PlatformInfo, Referrer, Verdict,
    hashed,
};

use super::ReferralApi;
use super::audit::AuditLog;

/// What a client of a hosted platform is made from.
pub struct Connection<'a> {
    pub base_url: &'a str,
    pub token: String,
    pub timeout: Duration,
    /// `REFCTL_HOME`: the audit log, the cool-down and the code aliases live there.
    pub home: &'a Path,
}

/// One entry of the registry.
pub struct Registered {
    pub info: &'static PlatformInfo,
    /// The platform alone, for callers that keep their own record (the
    /// server's bridge).
    pub platform: fn(&Connection<'_>) -> Result<Box<dyn Platform>, super::ClientError>,
}

impl Registered {
    /// The client of refctl's operations on this platform: the engine
    /// around it, with its audit log and aliases under the connection's home.
    pub fn connect(&self, c: &Connection<'_>) -> Result<Box<dyn ReferralApi>, super::ClientError> {
        Ok(engine((self.platform)(c)?, c.home))
    }
}

/// The engine around `platform`, with its audit log and aliases under `home`.
pub fn engine<P: Platform>(platform: P, home: &Path) -> Box<dyn ReferralApi> {
    let id = platform.info().id;
    Box::new(Hosted::new(
        platform,
        AuditLog::new(home, id),
        CodeAliases::new(home, id),
        LocalLists::new(home, id),
    ))
}

use crate::api::{BulkItemResult, DEFAULT_PAGE, Page, Problem};
use crate::client::ClientError;

/// A page of `items` the client holds, behind an offset cursor.
pub fn offset_page<T: Clone>(items: &[T], limit: Option<u32>, cursor: Option<&str>) -> Page<T> {
    let from: usize = cursor.and_then(|c| c.parse().ok()).unwrap_or(0);
    let limit = limit.unwrap_or(DEFAULT_PAGE).max(1) as usize;
    let to = (from + limit).min(items.len());
    Page {
        data: items.get(from..to).map(<[T]>::to_vec).unwrap_or_default(),
        next_cursor: (to < items.len()).then(|| to.to_string()),
    }
}

pub fn not_found(what: String) -> ClientError {
    ClientError::Api(Box::new(Problem::not_found(what)))
}

/// One item of a bulk answer: a refusal stays with its item; failing to
/// reach the platform (or its rate limit) stops the whole import.
pub fn bulk_item<T>(
    index: usize,
    result: Result<T, ClientError>,
) -> Result<BulkItemResult<T>, ClientError> {
    match result {
        Ok(created) => Ok(BulkItemResult {
            index,
            created: Some(created),
            error: None,
        }),
        Err(ClientError::Api(p)) => Ok(BulkItemResult {
            index,
            created: None,
            error: Some(*p),
        }),
        Err(e) => Err(e),
    }
}

/// A request that got no answer, by why: timed out, no connection, or the
/// connection broke (the change may have been made).
pub fn transport_failure(e: reqwest::Error, target: &str, timeout: Duration) -> ClientError {
    let target = target.to_string();
    if e.is_timeout() {
        ClientError::TimedOut {
            target,
            seconds: timeout.as_secs(),
            attempts: 1,
        }
    } else if e.is_connect() {
        ClientError::Unreachable {
            target,
            message: e.to_string(),
            attempts: 1,
        }
    } else {
        ClientError::Broken {
            target,
            message: e.to_string(),
            attempts: 1,
        }
    }
}
