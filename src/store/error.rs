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
    /// The whole transaction may run again and likely succeed: PostgreSQL
    /// gave it up to stay serializable, to break a deadlock, or because a
    /// row lock was not had within `lock_timeout`; or, at READ COMMITTED, a
    /// concurrent transaction inserted the same unique key first (the store
    /// checks uniqueness before it inserts, so this is always such a race,
    /// and the next run finds the row and refuses the duplicate).
    pub fn is_retryable(&self) -> bool {
        use tokio_postgres::error::SqlState;
        matches!(self, StoreError::Postgres(e)
            if e.code() == Some(&SqlState::T_R_SERIALIZATION_FAILURE)
                || e.code() == Some(&SqlState::T_R_DEADLOCK_DETECTED)
                || e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE)
                || e.code() == Some(&SqlState::UNIQUE_VIOLATION))
    }

    /// Why the database cannot serve now, in words an operator acts on, when
    /// that is what this failure is (down, full, read-only, too slow); `None`
    /// for a refusal or a defect.
    pub fn outage(&self) -> Option<&'static str> {
        match self {
            StoreError::Unavailable(_) => Some("the database is unavailable or busy"),
            StoreError::Postgres(e) => postgres_outage(e),
            StoreError::Sqlite(e) => sqlite_outage(e),
            _ => None,
        }
    }
}

fn postgres_outage(e: &tokio_postgres::Error) -> Option<&'static str> {
    if e.is_closed() {
        return Some("the connection to the database was lost");
    }
    let Some(code) = e.code() else {
        // No SQLSTATE: the socket or the protocol failed, not the query.
        return e
            .as_db_error()
            .is_none()
            .then_some("the database does not answer");
    };
    let code = code.code();
    Some(match code {
        // Class 08: connection exception; 57P01-03: the server is shutting down or starting.
        _ if code.starts_with("08") => "the database does not answer",
        "57P01" | "57P02" | "57P03" => "the database is restarting",
        "53100" => "the database's disk is full",
        _ if code.starts_with("53") => "the database is out of resources (memory or connections)",
        "25006" => "the database is read-only",
        "57014" => "the database took too long to answer",
        "55P03" | "40001" | "40P01" => "the database is busy with concurrent changes",
        _ => return None,
    })
}

fn sqlite_outage(e: &rusqlite::Error) -> Option<&'static str> {
    use rusqlite::ErrorCode;
    let rusqlite::Error::SqliteFailure(failure, _) = e else {
        return None;
    };
    Some(match failure.code {
        ErrorCode::DiskFull => "the database's disk is full",
        ErrorCode::ReadOnly => "the database is read-only",
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
            "the database is locked by another process"
        }
        ErrorCode::SystemIoFailure | ErrorCode::CannotOpen => {
            "the database file cannot be read or written"
        }
        _ => return None,
    })
}
