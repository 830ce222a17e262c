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
