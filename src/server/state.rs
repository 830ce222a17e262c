use std::time::Duration;

use super::error::ApiError;
use crate::api::RateLimit;
use crate::store::{self, Db, Isolation, Principal, Store, StoreError};

/// How the router learns who is calling.
#[derive(Clone, Debug)]
pub enum AuthMode {
    /// A bearer token on every request (the HTTP server).
    Tokens,
    /// Every request is the local user (the embedded store, in-process only).
    Local(Principal),
}

/// What every handler shares: the store and how callers are authenticated.
#[derive(Clone)]
pub struct AppState {
    store: Store,
    pub auth: AuthMode,
    pub limits: super::ratelimit::TokenLimits,
    pub refused: super::refusals::RefusedCounts,
}

impl AppState {
    pub fn new(store: Store, auth: AuthMode) -> AppState {
        AppState {
            store,
            auth,
            limits: Default::default(),
            refused: Default::default(),
        }
    }

    /// The local workspace in the database at `path`, every request made by
    /// its local user (the embedded default).
    pub fn open_local(path: &std::path::Path) -> Result<AppState, StoreError> {
        let conn = store::sqlite::open(path)?;
        let principal = store::tokens::local_principal(&conn)?;
        Ok(AppState::new(
            Store::sqlite(conn),
            AuthMode::Local(principal),
        ))
    }

    /// Which store this is, for the log: never a password.
    pub fn describe(&self) -> String {
        self.store.describe()
    }

    /// Counts one request of the token; `Err(wait)` when it is over its limit.
    ///
    /// One SQLite server keeps every token's budget in memory. Servers on
    /// PostgreSQL keep it in the token's row, so that a client spread over
    /// several processes by a load balancer gets the limit it was given,
    /// not that many times it.
    pub async fn check_rate(&self, token_id: i64, limit: RateLimit) -> Result<(), Duration> {
        let Some(pg) = self.store.postgres() else {
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
        let pg = pg.clone();
        let taken = tokio::task::spawn_blocking(move || {
            pg.single(|db| store::tokens::take_request(db, token_id, shared, now))
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
        self.store.ready().await
    }

    /// Runs the read `f` off the runtime: never behind SQLite's writer when
    /// the server has readers; on PostgreSQL in a read-only snapshot.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        self.store.read(f).await
    }

    /// Runs the read `f`, which may take long, holding up no other read.
    pub async fn read_long<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        self.store.read_long(f).await
    }

    /// Runs `f` in one serializable transaction, committing when it
    /// succeeds. On PostgreSQL `f` may run again when a concurrent
    /// transaction got in its way: `f` must only touch the database.
    pub async fn transaction<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: Fn(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        self.store.write(Isolation::Serializable, f).await
    }

    /// Runs `f` in one transaction at `isolation` (see [`Isolation`]).
    pub async fn write<T, F>(&self, isolation: Isolation, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: Fn(&dyn Db) -> Result<T, ApiError> + Send + 'static,
    {
        self.store.write(isolation, f).await
    }
}
