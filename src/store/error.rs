use std::path::PathBuf;

use crate::domain::Refusal;

/// What the store (and the service above it) can fail with: a refusal the
/// caller should see as it is, or a failure of the database itself. Neither
/// knows HTTP: `server::error` maps them to problem details.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database error: {}", postgres_message(.0))]
    Postgres(#[from] tokio_postgres::Error),
    /// No connection could be had (the database is down or the pool is exhausted).
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// A query that must return a row returned none.
    #[error("the database returned no row where one was expected")]
    NoRow,
    #[error("could not migrate the database schema: {0}")]
    Migration(String),
    #[error("could not create {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A stored value that no version of refctl writes (a damaged database).
    #[error("the database holds a value refctl does not understand: {0}")]
    Corrupt(String),
}

/// tokio-postgres says only "db error"; the server's own words are in the source.
fn postgres_message(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => e.to_string(),
    }
}

impl StoreError {
    /// PostgreSQL gave up on the transaction to keep it serializable (or to
    /// break a deadlock): running it again is the documented answer.
    pub fn is_serialization_failure(&self) -> bool {
        use tokio_postgres::error::SqlState;
        matches!(self, StoreError::Postgres(e)
            if e.code() == Some(&SqlState::T_R_SERIALIZATION_FAILURE)
                || e.code() == Some(&SqlState::T_R_DEADLOCK_DETECTED))
    }
}
