use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, Transaction};

use super::error::ApiError;
use crate::api::{Problem, ProblemCode};
use crate::store::{self, Principal, StoreError};

/// How the router learns who is calling.
#[derive(Clone, Debug)]
pub enum AuthMode {
    /// A bearer token on every request (the HTTP server).
    Tokens,
    /// Every request is the local user (the embedded store, in-process only).
    Local(Principal),
}

/// Connections that only read, beside the one writer: SQLite in WAL mode
/// lets readers run while the writer writes, so lists never wait behind a
/// change (or each other).
struct Readers {
    connections: Vec<Mutex<Connection>>,
    next: std::sync::atomic::AtomicUsize,
}

/// What every handler shares: the database and how callers are authenticated.
#[derive(Clone)]
pub struct AppState {
    db: Arc<Mutex<Connection>>,
    readers: Option<Arc<Readers>>,
    pub auth: AuthMode,
    pub limits: super::ratelimit::TokenLimits,
    pub refused: super::refusals::RefusedCounts,
}

impl AppState {
    /// The database at `path` with `readers` read-only connections beside
    /// the writer (0: reads go through the writer, as the embedded store's do).
    pub fn open(path: &Path, auth: AuthMode, readers: usize) -> Result<AppState, StoreError> {
        let mut state = AppState::new(store::open(path)?, auth);
        if readers > 0 {
            let connections = (0..readers)
                .map(|_| store::open_reader(path).map(Mutex::new))
                .collect::<Result<Vec<_>, _>>()?;
            state.readers = Some(Arc::new(Readers {
                connections,
                next: Default::default(),
            }));
        }
        Ok(state)
    }

    /// The local workspace in the database at `path`, every request made by
    /// its local user (the embedded default).
    pub fn open_local(path: &Path) -> Result<AppState, StoreError> {
        let conn = store::open(path)?;
        let principal = store::tokens::local_principal(&conn)?;
        Ok(AppState::new(conn, AuthMode::Local(principal)))
    }

    pub fn new(conn: Connection, auth: AuthMode) -> AppState {
        AppState {
            db: Arc::new(Mutex::new(conn)),
            readers: None,
            auth,
            limits: Default::default(),
            refused: Default::default(),
        }
    }

    /// Runs the read `f` on the blocking pool, on a reader when there are
    /// any (round robin), else in a transaction on the writer.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, ApiError> + Send + 'static,
    {
        let Some(readers) = self.readers.clone() else {
            return self.transaction(move |tx| f(tx)).await;
        };
        tokio::task::spawn_blocking(move || {
            let i = readers
                .next
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                % readers.connections.len();
            let conn = readers.connections[i]
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&conn)
        })
        .await
        .map_err(|_| {
            ApiError::from(Problem::new(
                500,
                ProblemCode::Internal,
                "a request handler failed",
            ))
        })?
    }

    /// Runs `f` in one transaction on the blocking pool, committing when it succeeds.
    ///
    /// SQLite has one writer at a time, so one connection behind a mutex costs
    /// nothing in throughput and keeps every request's work atomic.
    pub async fn transaction<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Transaction) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let tx = conn.transaction().map_err(StoreError::from)?;
            let value = f(&tx)?;
            tx.commit().map_err(StoreError::from)?;
            Ok(value)
        })
        .await
        .map_err(|_| {
            ApiError::from(Problem::new(
                500,
                ProblemCode::Internal,
                "a request handler failed",
            ))
        })?
    }
}
