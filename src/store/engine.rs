//! The one place that knows the two databases: which engine a location
//! names, how many connections it gets, and how a unit of work runs on it.
//!
//! SQLite has one writer behind a mutex (WAL lets readers run beside it);
//! PostgreSQL has a pool shared with other server processes. Callers hand a
//! synchronous closure over [`Db`] and await its result: the closure runs on
//! tokio's blocking pool (the synchronous engine wrapped, as pict-rs does),
//! never on a runtime thread.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use tokio::sync::Semaphore;

use super::postgres::PgStore;
use super::unit::{Gone, Isolation};
use super::{Db, Location, Result, StoreError};

/// How many connections a server keeps to its database.
#[derive(Debug, Clone, Copy)]
pub struct Connections {
    /// SQLite: read-only connections beside the writer.
    pub readers: usize,
    /// PostgreSQL: the pool's size.
    pub pool: usize,
}

/// Connections that only read, beside the one writer.
struct Readers {
    connections: Vec<Mutex<Connection>>,
    next: AtomicUsize,
    /// One more, for reads that may take long (rule tests evaluating
    /// conditions): never in the round robin, so no quick read queues
    /// behind a slow one.
    long: Mutex<Connection>,
}

#[derive(Clone)]
enum Engine {
    Sqlite {
        writer: Arc<Mutex<Connection>>,
        readers: Option<Arc<Readers>>,
        path: Option<String>,
    },
    Postgres {
        pg: PgStore,
        /// One permit per pooled connection, taken before a blocking thread
        /// is: requests beyond the pool wait as tasks, not as parked threads.
        permits: Arc<Semaphore>,
    },
}

/// A database and the policy for using it.
#[derive(Clone)]
pub struct Store {
    engine: Engine,
}

impl Store {
    /// The database at `location`, as a server uses it.
    pub async fn open(location: &Location, connections: Connections) -> Result<Store> {
        match location {
            Location::Sqlite(path) => Store::open_sqlite(path, connections.readers),
            Location::Postgres(url) => Store::connect(url, connections.pool).await,
        }
    }

    /// The SQLite file at `path` with `readers` read-only connections beside
    /// the writer (0: reads go through the writer, as the embedded store's do).
    pub fn open_sqlite(path: &Path, readers: usize) -> Result<Store> {
        let writer = super::sqlite::open(path)?;
        let readers = if readers > 0 {
            let connections = (0..readers)
                .map(|_| super::sqlite::open_reader(path).map(Mutex::new))
                .collect::<Result<Vec<_>>>()?;
            Some(Arc::new(Readers {
                connections,
                next: AtomicUsize::new(0),
                long: Mutex::new(super::sqlite::open_reader(path)?),
            }))
        } else {
            None
        };
        Ok(Store {
            engine: Engine::Sqlite {
                writer: Arc::new(Mutex::new(writer)),
                readers,
                path: Some(path.display().to_string()),
            },
        })
    }

    /// One SQLite connection that both reads and writes (the embedded store, tests).
    pub fn sqlite(conn: Connection) -> Store {
        Store {
            engine: Engine::Sqlite {
                writer: Arc::new(Mutex::new(conn)),
                readers: None,
                path: None,
            },
        }
    }

    /// The PostgreSQL database at `url`, `pool` connections at most.
    pub async fn connect(url: &str, pool: usize) -> Result<Store> {
        let pool = pool.max(1);
        Ok(Store {
            engine: Engine::Postgres {
                pg: PgStore::connect(url, pool).await?,
                permits: Arc::new(Semaphore::new(pool)),
            },
        })
    }

    /// The PostgreSQL pool, when this is one (shared rate limits live there).
    pub fn postgres(&self) -> Option<&PgStore> {
        match &self.engine {
            Engine::Postgres { pg, .. } => Some(pg),
            Engine::Sqlite { .. } => None,
        }
    }

    /// Which database this is, for the log: never a password.
    pub fn describe(&self) -> String {
        match &self.engine {
            Engine::Sqlite { readers, path, .. } => {
                let n = readers.as_ref().map_or(0, |r| r.connections.len());
                format!(
                    "SQLite database {}, {n} reader connection{}",
                    path.as_deref().unwrap_or("in memory"),
                    if n == 1 { "" } else { "s" }
                )
            }
            Engine::Postgres { pg, .. } => format!("PostgreSQL database {}", pg.description),
        }
    }

    /// Whether the database answers a query now.
    pub async fn ready(&self) -> Result<()> {
        match &self.engine {
            Engine::Postgres { pg, .. } => pg.ping().await,
            Engine::Sqlite { .. } => {
                self.read(|db| {
                    db.query("SELECT 1", &[])?;
                    Ok::<_, StoreError>(())
                })
                .await
            }
        }
    }

    /// Runs the read `f`: on a SQLite reader when there are any (round
    /// robin), else on the writer; on PostgreSQL in a read-only snapshot.
    /// Never holds SQLite's write lock when readers exist.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&dyn Db) -> Result<T, E> + Send + 'static,
    {
        let _permit = self.permit().await?;
        let engine = self.engine.clone();
        blocking(move || match engine {
            Engine::Postgres { pg, .. } => pg.read(f),
            Engine::Sqlite {
                readers: Some(readers),
                ..
            } => {
                let i = readers.next.fetch_add(1, Ordering::Relaxed) % readers.connections.len();
                let conn = readers.connections[i]
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                f(&*conn)
            }
            Engine::Sqlite { writer, .. } => sqlite_transaction(&writer, &Gone::never(), f),
        })
        .await
    }

    /// Runs the read `f`, which may take long (evaluating rules), where it
    /// holds up no other read: on SQLite on a reader of its own; on
    /// PostgreSQL as any read. The caller bounds how many run at once.
    pub async fn read_long<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&dyn Db) -> Result<T, E> + Send + 'static,
    {
        match &self.engine {
            Engine::Sqlite {
                readers: Some(readers),
                ..
            } => {
                let readers = readers.clone();
                blocking(move || {
                    let conn = readers
                        .long
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner());
                    f(&*conn)
                })
                .await
            }
            _ => self.read(f).await,
        }
    }

    /// Runs `f` in one write transaction and commits when it succeeds.
    ///
    /// On PostgreSQL a `Serializable` transaction may run `f` again when a
    /// concurrent one got in its way (so `f` must only touch the database),
    /// until a deadline well under a client's patience. Every transaction
    /// is bounded (`lock_timeout`, `statement_timeout`), and when the caller
    /// stops waiting (a client that hung up drops this future) the work
    /// stops at its next statement and rolls back.
    pub async fn write<T, E, F>(&self, isolation: Isolation, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: Fn(&dyn Db) -> Result<T, E> + Send + 'static,
    {
        let _permit = self.permit().await?;
        let gone = Gone::default();
        let guard = gone.on_drop();
        let engine = self.engine.clone();
        let result = blocking(move || match engine {
            Engine::Postgres { pg, .. } => pg.write(isolation, &gone, f),
            Engine::Sqlite { writer, .. } => sqlite_transaction(&writer, &gone, f),
        })
        .await;
        guard.disarm();
        result
    }

    /// Runs `f` as one write for a command (not a request): no time bound,
    /// so a large copy is not cut short.
    pub async fn command<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: Fn(&dyn Db) -> Result<T> + Send + 'static,
    {
        match &self.engine {
            Engine::Postgres { pg, .. } => pg.run(f).await,
            Engine::Sqlite { writer, .. } => {
                let writer = writer.clone();
                blocking(move || sqlite_transaction(&writer, &Gone::never(), f)).await
            }
        }
    }

    async fn permit(&self) -> Result<Option<tokio::sync::OwnedSemaphorePermit>> {
        match &self.engine {
            Engine::Postgres { permits, .. } => permits
                .clone()
                .acquire_owned()
                .await
                .map(Some)
                .map_err(|_| StoreError::Unavailable("the server is shutting down".into())),
            Engine::Sqlite { .. } => Ok(None),
        }
    }
}

fn sqlite_transaction<T, E: From<StoreError>>(
    writer: &Mutex<Connection>,
    gone: &Gone,
    f: impl FnOnce(&dyn Db) -> Result<T, E>,
) -> Result<T, E> {
    let mut conn = writer
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // A caller that gave up while waiting for the writer gets nothing done.
    gone.check()?;
    let tx = conn.transaction().map_err(StoreError::from)?;
    let value = f(&*tx)?;
    tx.commit().map_err(StoreError::from)?;
    Ok(value)
}

async fn blocking<T: Send + 'static, E: From<StoreError> + Send + 'static>(
    f: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, E> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        E::from(StoreError::Unavailable(format!(
            "a database task failed: {e}"
        )))
    })?
}
