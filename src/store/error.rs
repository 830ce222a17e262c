use std::path::PathBuf;

use crate::api::Problem;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A refusal that the caller should see as it is (not found, duplicate, ...).
    #[error(transparent)]
    Refused(Box<Problem>),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("could not migrate the database schema: {0}")]
    Migration(String),
    #[error("could not create {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl From<Problem> for StoreError {
    fn from(p: Problem) -> Self {
        StoreError::Refused(Box::new(p))
    }
}
