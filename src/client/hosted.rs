//! What the hosted platforms' clients share: pages served from what a run
//! fetched, refusals as the CLI shows them, and network failures by kind.

use std::time::Duration;

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
