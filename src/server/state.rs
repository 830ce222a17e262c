use std::path::Path;
use std::sync::{Arc, Mutex};

use std::time::Duration;

use rusqlite::Connection;
use tokio::runtime::Handle;

use super::error::ApiError;
use crate::api::{Problem, ProblemCode, RateLimit};
use crate::store::postgres::PgStore;
use crate::store::{self, Db, Principal, StoreError};

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

/// Where the data lives.
#[derive(Clone)]
enum Backend {
    /// One file, one writer behind a mutex, optional readers.
    Sqlite {
        writer: Arc<Mutex<Connection>>,
        readers: Option<Arc<Readers>>,
        path: Option<String>,
    },
    /// A pool of connections to a database other processes share.
    Postgres(PgStore),
}

/// What every handler shares: the database and how callers are authenticated.
#[derive(Clone)]
pub struct AppState {
    backend: Backend,
    pub auth: AuthMode,
    pub limits: super::ratelimit::TokenLimits,
    pub refused: super::refusals::RefusedCounts,
}

impl AppState {
    /// The database at `path` with `readers` read-only connections beside
    /// the writer (0: reads go through the writer, as the embedded store's do).
    pub fn open(path: &Path, auth: AuthMode, readers: usize) -> Result<AppState, StoreError> {
        let mut state = AppState::new(store::sqlite::open(path)?, auth);
        let reader_pool = if readers > 0 {
            let connections = (0..readers)
                .map(|_| store::sqlite::open_reader(path).map(Mutex::new))
                .collect::<Result<Vec<_>, _>>()?;
            Some(Arc::new(Readers {
                connections,
                next: Default::default(),
            }))
        } else {
            None
        };
        if let Backend::Sqlite {
            readers, path: p, ..
        } = &mut state.backend
        {
            *readers = reader_pool;
            *p = Some(path.display().to_string());
        }
        Ok(state)
    }

    /// The PostgreSQL database at `url`, `pool` connections at most.
    pub async fn connect(url: &str, auth: AuthMode, pool: usize) -> Result<AppState, StoreError> {
        Ok(AppState::with(
            Backend::Postgres(PgStore::connect(url, pool).await?),
            auth,
        ))
    }

    /// The local workspace in the database at `path`, every request made by
    /// its local user (the embedded default).
    pub fn open_local(path: &Path) -> Result<AppState, StoreError> {
        let conn = store::sqlite::open(path)?;
        let principal = store::tokens::local_principal(&conn)?;
        Ok(AppState::new(conn, AuthMode::Local(principal)))
    }

    pub fn new(conn: Connection, auth: AuthMode) -> AppState {
        AppState::with(
            Backend::Sqlite {
                writer: Arc::new(Mutex::new(conn)),
                readers: None,
                path: None,
            },
            auth,
        )
    }

    fn with(backend: Backend, auth: AuthMode) -> AppState {
        AppState {
            backend,
            auth,
            limits: Default::default(),
            refused: Default::default(),
        }
    }

    /// Which store this is, for the log: never a password.
    pub fn describe(&self) -> String {
        match &self.backend {
            Backend::Sqlite { readers, path, .. } => {
                let n = readers.as_ref().map_or(0, |r| r.connections.len());
                format!(
                    "SQLite database {}, {n} reader connection{}",
                    path.as_deref().unwrap_or("in memory"),
                    if n == 1 { "" } else { "s" }
                )
            }
            Backend::Postgres(pg) => format!("PostgreSQL database {}", pg.description),
        }
    }

    /// Counts one request of the token; `Err(wait)` when it is over its limit.
    ///
    /// One SQLite server keeps every token's budget in memory. Servers on
    /// PostgreSQL keep it in the token's row, so that a client spread over
    /// several processes by a load balancer gets the limit it was given,
    /// not that many times it.
    pub async fn check_rate(&self, token_id: i64, limit: RateLimit) -> Result<(), Duration> {
        let Backend::Postgres(pg) = &self.backend else {
            return self.limits.check(token_id, limit);
        };
        let interval = limit.interval().as_secs_f64();
        let per_second = limit.requests.get().div_ceil(limit.per_seconds.get());
        // The same burst as the in-memory limiter: a second's worth, at least 2.
        let shared = store::tokens::SharedLimit {
            interval,
            tolerance: interval * f64::from(per_second.max(2) - 1),
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        let (pg, rt) = (pg.clone(), Handle::current());
        let taken = tokio::task::spawn_blocking(move || {
            pg.single(&rt, |db| {
                store::tokens::take_request(db, token_id, shared, now)
            })
        })
        .await;
        match taken {
            Ok(Ok(Ok(()))) => Ok(()),
            Ok(Ok(Err(wait))) => Err(Duration::from_secs_f64(wait.max(0.001))),
            // The request's own queries will meet the failure and say so.
            Ok(Err(e)) => {
                tracing::warn!(target: "refctl::server", "could not count a request: {e}");
                Ok(())
            }
            Err(_) => Ok(()),
        }
    }

    /// Whether the database answers a query now (for `/v1/ready`).
    pub async fn ready(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Postgres(pg) => pg.ping().await,
            Backend::Sqlite { .. } => self
                .read(|db| {
                    db.query("SELECT 1", &[])?;
                    Ok(())
                })
                .await
                .map_err(|e| StoreError::Unavailable(e.0.detail.clone())),
        }
    }

    /// Runs the read `f` on the blocking pool: on a SQLite reader when there
    /// are any (round robin), else in a transaction on the writer; on
    /// PostgreSQL in a read-only snapshot.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        let backend = self.backend.clone();
        let rt = Handle::current();
        blocking(move || match backend {
            Backend::Postgres(pg) => pg.read(&rt, f),
            Backend::Sqlite {
                readers: Some(readers),
                ..
            } => {
                let i = readers
                    .next
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                    % readers.connections.len();
                let conn = readers.connections[i]
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                f(&*conn)
            }
            Backend::Sqlite { writer, .. } => sqlite_transaction(&writer, f),
        })
        .await
    }

    /// Runs `f` in one transaction on the blocking pool, committing when it
    /// succeeds.
    ///
    /// SQLite has one writer at a time, so one connection behind a mutex costs
    /// nothing in throughput and keeps every request's work atomic. On
    /// PostgreSQL the transaction is serializable and `f` may run again when
    /// a concurrent one got in its way: `f` must only touch the database.
    pub async fn transaction<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: Fn(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        let backend = self.backend.clone();
        let rt = Handle::current();
        blocking(move || match backend {
            Backend::Postgres(pg) => pg.write(&rt, f),
            Backend::Sqlite { writer, .. } => sqlite_transaction(&writer, f),
        })
        .await
    }
}

fn sqlite_transaction<T>(
    writer: &Mutex<Connection>,
    f: impl FnOnce(&dyn Db) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut conn = writer
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let tx = conn.transaction().map_err(StoreError::from)?;
    let value = f(&*tx)?;
    tx.commit().map_err(StoreError::from)?;
    Ok(value)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|_| {
        ApiError::from(Problem::new(
            500,
            ProblemCode::Internal,
            "a request handler failed",
        ))
    })?
}
