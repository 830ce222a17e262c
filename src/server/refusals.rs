//! Refused webhook requests, counted in memory and written to the database
//! at most once a second per webhook: a flood of bad signatures costs no
//! write per request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::api::SecretKind;

/// How often a webhook's count is written at most.
const FLUSH_EVERY: Duration = Duration::from_secs(1);

#[derive(Debug)]
struct Pending {
    count: u64,
    /// When a count was last written; `None`: never.
    written: Option<Instant>,
}

/// Refusals not yet written, per (workspace id, webhook).
#[derive(Clone, Default)]
pub struct RefusedCounts {
    pending: Arc<Mutex<HashMap<(i64, SecretKind), Pending>>>,
}

impl RefusedCounts {
    /// Counts one refusal; answers how many to write now (none until a
    /// second has passed since the last write).
    pub fn count(&self, workspace_id: i64, kind: SecretKind) -> Option<u64> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let entry = pending.entry((workspace_id, kind)).or_insert(Pending {
            count: 0,
            written: None,
        });
        entry.count += 1;
        if entry.written.is_some_and(|at| at.elapsed() < FLUSH_EVERY) {
            return None;
        }
        entry.written = Some(Instant::now());
        Some(std::mem::take(&mut entry.count))
    }

    /// Refusals counted but not yet written, for a listing.
    pub fn unwritten(&self, workspace_id: i64, kind: SecretKind) -> u64 {
        let pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending.get(&(workspace_id, kind)).map_or(0, |p| p.count)
    }

    /// Takes every unwritten count (to write them at shutdown).
    pub fn drain(&self) -> Vec<(i64, SecretKind, u64)> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending
            .drain()
            .filter(|(_, p)| p.count > 0)
            .map(|((ws, kind), p)| (ws, kind, p.count))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_refusals_is_written_once_and_the_rest_kept() {
        let counts = RefusedCounts::default();
        assert_eq!(
            counts.count(1, SecretKind::Stripe),
            Some(1),
            "the first is written"
        );
        for _ in 0..999 {
            assert_eq!(counts.count(1, SecretKind::Stripe), None);
        }
        assert_eq!(counts.unwritten(1, SecretKind::Stripe), 999);
        assert_eq!(counts.unwritten(1, SecretKind::Generic), 0);
        assert_eq!(counts.drain(), vec![(1, SecretKind::Stripe, 999)]);
        assert_eq!(counts.unwritten(1, SecretKind::Stripe), 0);
    }
}
