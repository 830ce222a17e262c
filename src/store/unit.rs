//! The terms a unit of work runs on, whatever the engine: how it is
//! isolated from concurrent ones, and whether its caller still waits.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Result, StoreError};

/// How a write transaction isolates itself from concurrent ones.
///
/// Only PostgreSQL tells the two apart: SQLite's single writer serializes
/// every transaction already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    /// SERIALIZABLE, retried when PostgreSQL gives it up: for work whose
    /// invariant spans rows (thresholds summed over events, a rule's
    /// progress) and that cannot name its rows up front.
    Serializable,
    /// READ COMMITTED: the work locks the rows it changes itself, in one
    /// global order (ascending id), and rechecks them under the lock, so
    /// overlapping batches queue instead of deadlocking; or it only inserts
    /// rows whose uniqueness the table's constraints keep (a race on a key
    /// runs the transaction again, which then finds the row).
    RowLocked,
}

/// Whether the caller of a unit of work has stopped waiting for it.
#[derive(Clone, Default)]
pub struct Gone(Arc<AtomicBool>);

impl Gone {
    pub(super) fn never() -> Gone {
        Gone::default()
    }

    /// Whether the caller has gone.
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// An error for work whose caller has gone: it rolls back.
    pub fn check(&self) -> Result<()> {
        if self.is_set() {
            return Err(StoreError::Unavailable(
                "the request was abandoned by its client; its work was rolled back".into(),
            ));
        }
        Ok(())
    }

    pub(super) fn on_drop(&self) -> GoneOnDrop {
        GoneOnDrop(Some(self.clone()))
    }
}

/// Sets [`Gone`] when dropped before [`GoneOnDrop::disarm`]: the future that
/// awaited the work was dropped.
pub(super) struct GoneOnDrop(Option<Gone>);

impl GoneOnDrop {
    pub(super) fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for GoneOnDrop {
    fn drop(&mut self) {
        if let Some(gone) = self.0.take() {
            gone.0.store(true, Ordering::Relaxed);
        }
    }
}
