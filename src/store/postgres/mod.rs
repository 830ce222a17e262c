//! PostgreSQL: one database shared by several server processes.
//!
//! A write runs at one of two isolations ([`Isolation`]). Work that names
//! its rows up front (qualifying a batch of leads) runs at READ COMMITTED
//! and locks those rows in ascending id order, rechecking each under its
//! lock: overlapping batches from many processes queue behind each other
//! and never deadlock. Work whose invariant spans rows it cannot name first
//! (a threshold summed over events) runs SERIALIZABLE and is retried when
//! PostgreSQL gives it up, until a deadline. Every request's transaction is
//! bounded by `lock_timeout` and `statement_timeout`, and stops at its next
//! statement once its client has gone. Reads run in a read-only snapshot.
//!
//! The store's queries are synchronous (they run on the blocking pool, as
//! SQLite's do); they reach tokio-postgres through the runtime's handle,
//! kept with the pool.

mod migrate;
mod password;
mod value;

use std::cell::Cell;
use std::str::FromStr;
use std::time::{Duration, Instant};

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio::runtime::Handle;
use tokio_postgres::IsolationLevel;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::sql::{Db, Dialect, Row, ToValue, Value, numbered_placeholders};
use super::unit::{Gone, Isolation};
use super::{Result, StoreError};

pub use migrate::{COPIED_TABLES, copy_from_sqlite};
pub use password::{PasswordSource, use_password_file};

/// How long a request's write may keep trying (serialization failures, lock
/// waits) before it answers 503: under the 30 s a client waits for an answer,
/// so the client hears "busy, retry" instead of timing out and re-sending
/// while the first attempt still runs.
const WRITE_DEADLINE: Duration = Duration::from_secs(20);

/// Set on each request's transaction: a lock wait longer than this is given
/// up (and retried until the deadline), a statement longer than that fails.
const REQUEST_BOUNDS: &str = "SET LOCAL lock_timeout = '10s'; SET LOCAL statement_timeout = '20s'";

/// Whether `url` names a PostgreSQL database (and not a SQLite file).
pub fn is_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A pool of connections to one PostgreSQL database.
#[derive(Clone)]
pub struct PgStore {
    pool: Pool,
    rt: Handle,
    /// Where the database is, without its password, for logs.
    pub description: String,
}

impl PgStore {
    /// Connects (`size` connections at most) and brings the schema up to date.
    /// A URL without a password takes it from `PGPASSWORD` or the password
    /// file, as libpq does, so that it need not be on a command line.
    pub async fn connect(url: &str, size: usize) -> Result<PgStore> {
        let mut config = tokio_postgres::Config::from_str(url)
            .map_err(|e| StoreError::Unavailable(format!("not a PostgreSQL URL: {e}")))?;
        password::fill(&mut config, &PasswordSource::from_env())?;
        // Plan each execution for its parameters: a statement prepared when a
        // campaign was empty otherwise keeps the sequential scan that suited
        // it (a generic plan), and a million-lead import slowed to seconds a
        // batch as the table grew.
        let options = match config.get_options() {
            Some(theirs) => format!("{theirs} -c plan_cache_mode=force_custom_plan"),
            None => "-c plan_cache_mode=force_custom_plan".to_string(),
        };
        config.options(&options);
        let description = describe(&config);
        let manager = Manager::from_config(
            config,
            tls()?,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(size.max(1))
            .wait_timeout(Some(Duration::from_secs(10)))
            .create_timeout(Some(Duration::from_secs(10)))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let store = PgStore {
            pool,
            rt: Handle::current(),
            description,
        };
        migrate::to_latest(&store).await?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object> {
        self.pool.get().await.map_err(|e| {
            // The cause is at the end of the chain (a refused certificate, a
            // wrong password), not in the pool's own words.
            let mut message = format!("{}: {e}", self.description);
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            if message.contains("certificate") {
                message.push_str(
                    " (refctl checks the certificate of a database that offers TLS: set \
                     PGSSLROOTCERT to its CA's PEM file, or add sslmode=disable to the URL \
                     to connect in plain text)",
                );
            }
            StoreError::Unavailable(message)
        })
    }

    /// Whether the database answers (for `/v1/ready`).
    pub async fn ping(&self) -> Result<()> {
        self.client().await?.simple_query("SELECT 1").await?;
        Ok(())
    }

    /// Runs `f` in a request's transaction at `isolation` and commits.
    /// A serialization failure or a lock wait that timed out runs it again,
    /// with backoff, until a deadline (20 s); a caller that has gone stops
    /// it. Blocking: call it from the blocking pool.
    pub fn write<T, E>(
        &self,
        isolation: Isolation,
        gone: &Gone,
        f: impl Fn(&dyn Db) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let level = match isolation {
            Isolation::Serializable => IsolationLevel::Serializable,
            Isolation::RowLocked => IsolationLevel::ReadCommitted,
        };
        self.retrying(level, Some(REQUEST_BOUNDS), gone, f)
    }

    /// Runs `f` until it commits, again (with backoff) after a serialization
    /// failure or a lock wait given up, until [`WRITE_DEADLINE`] or the
    /// caller has gone.
    fn retrying<T, E>(
        &self,
        level: IsolationLevel,
        bounds: Option<&str>,
        gone: &Gone,
        f: impl Fn(&dyn Db) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            gone.check()?;
            match self.attempt(level, false, bounds, gone, &f) {
                Err(Attempt::Conflict(_)) if started.elapsed() < WRITE_DEADLINE => {
                    std::thread::sleep(backoff(attempt));
                }
                Err(Attempt::Conflict(e)) => return Err(E::from(too_busy(attempt, &e))),
                Err(Attempt::Failed(e)) => return Err(e),
                Ok(value) => return Ok(value),
            }
        }
    }

    /// Runs `f`, one statement that is atomic by itself (an `UPDATE … WHERE`
    /// that row-locks and rechecks), at READ COMMITTED: concurrent ones wait
    /// for each other's row instead of failing to serialize. Blocking.
    pub fn single<T, E>(&self, f: impl Fn(&dyn Db) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        match self.attempt(
            IsolationLevel::ReadCommitted,
            false,
            Some(REQUEST_BOUNDS),
            &Gone::default(),
            &f,
        ) {
            Ok(value) => Ok(value),
            Err(Attempt::Conflict(e)) => Err(E::from(e)),
            Err(Attempt::Failed(e)) => Err(e),
        }
    }

    /// Runs `f` in a read-only snapshot. Blocking, like [`PgStore::write`].
    pub fn read<T, E>(&self, f: impl FnOnce(&dyn Db) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        match self.attempt(
            IsolationLevel::RepeatableRead,
            true,
            None,
            &Gone::default(),
            f,
        ) {
            Ok(value) => Ok(value),
            Err(Attempt::Conflict(e)) => Err(E::from(e)),
            Err(Attempt::Failed(e)) => Err(e),
        }
    }

    fn attempt<T, E>(
        &self,
        isolation: IsolationLevel,
        read_only: bool,
        bounds: Option<&str>,
        gone: &Gone,
        f: impl FnOnce(&dyn Db) -> Result<T, E>,
    ) -> Result<T, Attempt<E>>
    where
        E: From<StoreError>,
    {
        let failed = |e: StoreError| {
            if e.is_retryable() {
                Attempt::Conflict(e)
            } else {
                Attempt::Failed(E::from(e))
            }
        };
        let rt = &self.rt;
        let mut client = rt.block_on(self.client()).map_err(failed)?;
        let tx = rt
            .block_on(
                client
                    .build_transaction()
                    .isolation_level(isolation)
                    .read_only(read_only)
                    .start(),
            )
            .map_err(|e| failed(e.into()))?;
        if let Some(bounds) = bounds {
            rt.block_on(tx.batch_execute(bounds))
                .map_err(|e| failed(e.into()))?;
        }
        let db = PgDb {
            tx: &tx,
            rt,
            gone,
            retryable: Cell::new(None),
        };
        match f(&db) {
            Ok(value) => {
                gone.check().map_err(failed)?;
                rt.block_on(tx.commit()).map_err(|e| failed(e.into()))?;
                Ok(value)
            }
            // The transaction rolls back when dropped.
            Err(e) => match db.retryable.take() {
                Some(cause) => {
                    drop(e);
                    Err(Attempt::Conflict(cause))
                }
                None => Err(Attempt::Failed(e)),
            },
        }
    }

    /// Runs `sql` (no parameters) outside any transaction.
    pub async fn batch(&self, sql: &str) -> Result<()> {
        self.client().await?.batch_execute(sql).await?;
        Ok(())
    }
}

fn too_busy(attempts: u32, last: &StoreError) -> StoreError {
    StoreError::Unavailable(format!(
        "the change met concurrent changes for {} s ({attempts} attempts, last: {last}); try again",
        WRITE_DEADLINE.as_secs()
    ))
}

/// TLS for the database connection, as `sslmode` in the URL asks (`prefer`
/// by default: TLS when the server offers it). Server certificates are
/// always checked, against the public roots plus the PEM file in
/// `PGSSLROOTCERT` (as libpq reads it) for a private CA such as a cloud
/// provider's: unlike libpq's `prefer` and `require`, a certificate that
/// cannot be checked is refused, never trusted blindly.
fn tls() -> Result<MakeRustlsConnect> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;

    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = std::env::var_os("PGSSLROOTCERT").filter(|p| !p.is_empty()) {
        let unreadable = |e: &dyn std::fmt::Display| {
            StoreError::Unavailable(format!(
                "PGSSLROOTCERT {}: not a PEM file of certificates: {e}",
                std::path::Path::new(&path).display()
            ))
        };
        let certs = CertificateDer::pem_file_iter(&path)
            .map_err(|e| unreadable(&e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| unreadable(&e))?;
        if certs.is_empty() {
            return Err(unreadable(&"no certificate in it"));
        }
        for cert in certs {
            roots.add(cert).map_err(|e| unreadable(&e))?;
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| StoreError::Unavailable(format!("TLS: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

enum Attempt<E> {
    /// A serialization failure or a lock wait given up: the whole
    /// transaction may run again.
    Conflict(StoreError),
    Failed(E),
}

/// 2, 4, 8 … ms, at most 100 ms, with jitter so that the clients that
/// collided do not collide again.
fn backoff(attempt: u32) -> Duration {
    use rand::Rng;
    let ceiling = 2u64.saturating_pow(attempt.min(7)).min(100);
    Duration::from_millis(rand::rng().random_range(1..=ceiling))
}

/// The URL for messages: its user, host and database, never its password.
pub fn redacted(url: &str) -> String {
    tokio_postgres::Config::from_str(url)
        .map(|c| describe(&c))
        .unwrap_or_else(|_| "the PostgreSQL database".into())
}

/// `user@host:port/db`, never the password.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "postgres://{}@{host}:{port}/{}",
        config.get_user().unwrap_or(""),
        config.get_dbname().unwrap_or("")
    )
}

/// The values as tokio-postgres takes parameters.
fn bound(values: &[Value]) -> Vec<&(dyn tokio_postgres::types::ToSql + Sync)> {
    values
        .iter()
        .map(|v| v as &(dyn tokio_postgres::types::ToSql + Sync))
        .collect()
}

/// One transaction, as the store's queries see it.
struct PgDb<'a> {
    tx: &'a deadpool_postgres::Transaction<'a>,
    rt: &'a Handle,
    gone: &'a Gone,
    /// The failure that makes the whole transaction worth running again, if
    /// a query met one: the caller's error may have turned it into something
    /// else by the time it returns.
    retryable: Cell<Option<StoreError>>,
}

impl PgDb<'_> {
    fn noted<T>(&self, result: Result<T, tokio_postgres::Error>) -> Result<T> {
        result.map_err(|e| {
            let e = StoreError::from(e);
            if e.is_retryable() {
                self.retryable
                    .set(Some(StoreError::Unavailable(e.to_string())));
            }
            e
        })
    }

    /// Before each statement: the client may have gone, and text with a NUL
    /// (which PostgreSQL cannot store) is refused, not sent.
    fn ready(&self, values: &[Value]) -> Result<()> {
        self.gone.check()?;
        fn nul(v: &Value) -> bool {
            match v {
                Value::Text(t) => t.contains('\0'),
                Value::List(items) => items.iter().any(nul),
                _ => false,
            }
        }
        if values.iter().any(nul) {
            return Err(crate::domain::Refusal::invalid(
                "text",
                "text may not contain the NUL character (\\u0000)",
            )
            .into());
        }
        Ok(())
    }
}

impl Db for PgDb<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize> {
        let sql = numbered_placeholders(sql);
        let values: Vec<Value> = params.iter().map(|p| p.to_value()).collect();
        self.ready(&values)?;
        let refs = bound(&values);
        let n = self.noted(self.rt.block_on(async {
            let stmt = self.tx.prepare_cached(&sql).await?;
            self.tx.execute(&stmt, &refs).await
        }))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn query(&self, sql: &str, params: &[&dyn ToValue]) -> Result<Vec<Row>> {
        let sql = numbered_placeholders(sql);
        let values: Vec<Value> = params.iter().map(|p| p.to_value()).collect();
        self.ready(&values)?;
        let refs = bound(&values);
        let rows = self.noted(self.rt.block_on(async {
            let stmt = self.tx.prepare_cached(&sql).await?;
            self.tx.query(&stmt, &refs).await
        }))?;
        rows.iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| row.try_get::<_, Value>(i).map_err(StoreError::from))
                    .collect::<Result<Vec<_>>>()
                    .map(Row)
            })
            .collect()
    }

    /// Streams the rows as PostgreSQL sends them (a million match keys are
    /// never all in memory at once), one row's values at a time.
    fn query_each(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        use futures_util::StreamExt as _;
        let sql = numbered_placeholders(sql);
        let values: Vec<Value> = params.iter().map(|p| p.to_value()).collect();
        self.ready(&values)?;
        let refs = bound(&values);
        let stream = self.noted(self.rt.block_on(async {
            let stmt = self.tx.prepare_cached(&sql).await?;
            self.tx.query_raw(&stmt, refs.iter().copied()).await
        }))?;
        // Rows come off the socket in runs: take each run whole (up to 512
        // rows) rather than one runtime round trip a row.
        let mut stream = std::pin::pin!(stream.ready_chunks(512));
        let mut row = Row(Vec::new());
        while let Some(run) = self.rt.block_on(stream.next()) {
            for next in run {
                let next = self.noted(next)?;
                row.0.clear();
                for i in 0..next.len() {
                    row.0
                        .push(next.try_get::<_, Value>(i).map_err(StoreError::from)?);
                }
                f(&row)?;
            }
        }
        Ok(())
    }

    fn batch(&self, sql: &str) -> Result<()> {
        self.gone.check()?;
        self.noted(self.rt.block_on(self.tx.batch_execute(sql)))
    }
}

impl PgStore {
    /// Runs `f` as a write on the blocking pool (for commands, not requests).
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl Fn(&dyn Db) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = self.clone();
        // No statement bounds: a command's copy may rightly take long.
        tokio::task::spawn_blocking(move || {
            store.retrying(IsolationLevel::Serializable, None, &Gone::default(), f)
        })
        .await
        .map_err(|e| StoreError::Unavailable(format!("a database task failed: {e}")))?
    }
}
