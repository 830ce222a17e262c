//! Persistence in SQLite: the schema lives in migrations, every query here,
//! one module per noun. The store knows rows, not rules: it answers what is
//! there and writes what it is told, with typed errors (no HTTP).
//!
//! Functions take a `&Connection` (often a transaction) so that the caller
//! decides where a transaction starts and ends.

pub mod campaigns;
mod clock;
mod error;
pub mod events;
pub mod idempotency;
pub mod leads;
pub mod match_keys;
pub mod qualifications;
pub mod referrers;
pub mod rules;
pub mod tokens;
pub mod webhooks;

use std::path::Path;

use rusqlite::{Connection, Row};
use rusqlite_migration::{M, Migrations};

pub use clock::now;
pub use error::StoreError;
pub use tokens::Principal;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up(include_str!("migrations/002_token_rate_limits.sql")),
        M::up(include_str!("migrations/003_rules_events.sql")),
        M::up(include_str!("migrations/004_event_times.sql")),
        M::up(include_str!("migrations/005_expiry_and_indexes.sql")),
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
    // The database holds tokens' hashes and webhook secrets: private from
    // its first byte (SQLite gives its -wal and -shm files the same mode).
    crate::private_file::touch(path).map_err(|e| StoreError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
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

/// A read-only connection to the database at `path` (already migrated by
/// [`open`]), for a server's readers.
pub fn open_reader(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
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

/// Runs `f` on each item inside its own savepoint, so that a refused item
/// leaves no trace while the others stay in the enclosing transaction.
pub fn each_in_savepoint<I, T>(
    conn: &Connection,
    items: Vec<I>,
    mut f: impl FnMut(&Connection, I) -> Result<T>,
) -> Result<Vec<Result<T, crate::domain::Refusal>>> {
    let mut results = Vec::with_capacity(items.len());
    for item in items {
        conn.execute_batch("SAVEPOINT item")?;
        match f(conn, item) {
            Ok(created) => {
                conn.execute_batch("RELEASE item")?;
                results.push(Ok(created));
            }
            Err(StoreError::Refused(refusal)) => {
                conn.execute_batch("ROLLBACK TO item; RELEASE item")?;
                results.push(Err(refusal));
            }
            Err(other) => return Err(other),
        }
    }
    Ok(results)
}

/// A text column read as one of the domain's named values; an unknown one
/// is a conversion error, never a silent default.
fn parsed<T>(row: &Row, index: usize) -> rusqlite::Result<T>
where
    T: std::str::FromStr<Err = String>,
{
    let text: String = row.get(index)?;
    text.parse().map_err(|e: String| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, e.into())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
