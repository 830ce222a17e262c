//! Persistence in SQLite: the schema lives in migrations, every query here.
//!
//! Functions take a `&Connection` (often a transaction) so that the caller
//! decides where a transaction starts and ends.

mod campaigns;
mod clock;
mod error;
mod idempotency;
mod keys;
mod leads;
mod qualifications;
mod referrers;
mod rules;
mod webhooks;
mod workspaces;

use std::path::Path;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

pub use campaigns::*;
pub use clock::{now, parse_time_filter};
pub use error::StoreError;
pub use idempotency::*;
pub use keys::*;
pub use leads::*;
pub use qualifications::*;
pub use referrers::*;
pub use rules::*;
pub use webhooks::*;
pub use workspaces::*;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up(include_str!("migrations/002_token_rate_limits.sql")),
        M::up(include_str!("migrations/003_rules_events.sql")),
        M::up(include_str!("migrations/004_event_times.sql")),
    ])
}

/// Opens (creating when missing) the database at `path` and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
    }
    let mut conn = Connection::open(path)?;
    // WAL lets readers run while one writer writes; busy_timeout makes a second
    // process wait for the lock instead of failing at once.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    migrations()
        .to_latest(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(conn)
}

/// An in-memory database with the schema, for tests.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrations()
        .to_latest(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(conn)
}

/// Runs `f` on each item inside its own savepoint, so that a failing item
/// leaves no trace while the others stay in the enclosing transaction.
pub fn each_in_savepoint<I, T>(
    conn: &Connection,
    items: Vec<I>,
    mut f: impl FnMut(&Connection, I) -> Result<T>,
) -> Result<crate::api::BulkResponse<T>> {
    let mut results = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        conn.execute_batch("SAVEPOINT item")?;
        match f(conn, item) {
            Ok(created) => {
                conn.execute_batch("RELEASE item")?;
                results.push(crate::api::BulkItemResult {
                    index,
                    created: Some(created),
                    error: None,
                });
            }
            Err(StoreError::Refused(problem)) => {
                conn.execute_batch("ROLLBACK TO item; RELEASE item")?;
                results.push(crate::api::BulkItemResult {
                    index,
                    created: None,
                    error: Some(*problem),
                });
            }
            Err(other) => return Err(other),
        }
    }
    Ok(crate::api::BulkResponse { results })
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
