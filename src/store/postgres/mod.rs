//! PostgreSQL: one database shared by several server processes.
//!
//! Every write runs in a SERIALIZABLE transaction, retried when PostgreSQL
//! gives it up to stay serializable. So each invariant that SQLite's single
//! writer gives for free (a lead qualifies once, an event is taken once, a
//! threshold sums every match) holds across processes by the database's own
//! guarantee, with the same queries, not by reasoning statement by statement.
//! Reads run in a read-only snapshot, which never has to be retried.
//!
//! The store's queries are synchronous (they run on the blocking pool, as
//! SQLite's do); they reach tokio-postgres through the runtime's handle.

mod migrate;
mod value;

use std::cell::Cell;
use std::str::FromStr;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio::runtime::Handle;
use tokio_postgres::IsolationLevel;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::sql::{Db, Dialect, Row, ToValue, Value, numbered_placeholders};
use super::{Result, StoreError};

pub use migrate::{COPIED_TABLES, copy_from_sqlite};

/// How many times a write is tried before its serialization failure is
/// returned: enough for many clients on the same rows, with backoff.
const ATTEMPTS: u32 = 40;

/// Whether `url` names a PostgreSQL database (and not a SQLite file).
pub fn is_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A pool of connections to one PostgreSQL database.
#[derive(Clone)]
pub struct PgStore {
    pool: Pool,
    /// Where the database is, without its password, for logs.
    pub description: String,
}

impl PgStore {
    /// Connects (`size` connections at most) and brings the schema up to date.
    pub async fn connect(url: &str, size: usize) -> Result<PgStore> {
        let config = tokio_postgres::Config::from_str(url)
            .map_err(|e| StoreError::Unavailable(format!("not a PostgreSQL URL: {e}")))?;
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
            .wait_timeout(Some(Duration::from_secs(30)))
            .create_timeout(Some(Duration::from_secs(10)))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let store = PgStore { pool, description };
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

    /// Runs `f` in a serializable transaction and commits, trying again
    /// (with backoff) when PostgreSQL refuses it as a serialization failure.
    /// Blocking: call it from the blocking pool.
    pub fn write<T, E>(&self, rt: &Handle, f: impl Fn(&dyn Db) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.attempt(rt, IsolationLevel::Serializable, false, &f) {
                Err(Attempt::Conflict(_)) if attempt < ATTEMPTS => {
                    std::thread::sleep(backoff(attempt));
                }
                Err(Attempt::Conflict(_)) => return Err(E::from(too_busy())),
                Err(Attempt::Failed(e)) => return Err(e),
                Ok(value) => return Ok(value),
            }
        }
    }

    /// Runs `f`, one statement that is atomic by itself (an `UPDATE … WHERE`
    /// that row-locks and rechecks), at READ COMMITTED: concurrent ones wait
    /// for each other's row instead of failing to serialize. Blocking.
    pub fn single<T, E>(&self, rt: &Handle, f: impl Fn(&dyn Db) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        match self.attempt(rt, IsolationLevel::ReadCommitted, false, &f) {
            Ok(value) => Ok(value),
            Err(Attempt::Conflict(e)) => Err(E::from(e)),
            Err(Attempt::Failed(e)) => Err(e),
        }
    }

    /// Runs `f` in a read-only snapshot. Blocking, like [`PgStore::write`].
    pub fn read<T, E>(&self, rt: &Handle, f: impl FnOnce(&dyn Db) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        match self.attempt(rt, IsolationLevel::RepeatableRead, true, f) {
            Ok(value) => Ok(value),
            Err(Attempt::Conflict(e)) => Err(E::from(e)),
            Err(Attempt::Failed(e)) => Err(e),
        }
    }

    fn attempt<T, E>(
        &self,
        rt: &Handle,
        isolation: IsolationLevel,
        read_only: bool,
        f: impl FnOnce(&dyn Db) -> Result<T, E>,
    ) -> Result<T, Attempt<E>>
    where
        E: From<StoreError>,
    {
        let failed = |e: StoreError| {
            if e.is_serialization_failure() {
                Attempt::Conflict(e)
            } else {
                Attempt::Failed(E::from(e))
            }
        };
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
        let db = PgDb {
            tx: &tx,
            rt,
            conflict: Cell::new(false),
        };
        match f(&db) {
            Ok(value) => {
                rt.block_on(tx.commit()).map_err(|e| failed(e.into()))?;
                Ok(value)
            }
            // The transaction rolls back when dropped.
            Err(e) if db.conflict.get() => {
                drop(e);
                Err(Attempt::Conflict(too_busy()))
            }
            Err(e) => Err(Attempt::Failed(e)),
        }
    }

    /// Runs `sql` (no parameters) outside any transaction.
    pub async fn batch(&self, sql: &str) -> Result<()> {
        self.client().await?.batch_execute(sql).await?;
        Ok(())
    }
}

fn too_busy() -> StoreError {
    StoreError::Unavailable(format!(
        "the change met concurrent changes {ATTEMPTS} times; try again"
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
    /// A serialization failure: the whole transaction may run again.
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
    /// Whether a query met a serialization failure: the caller's error may
    /// have turned it into something else by the time it returns.
    conflict: Cell<bool>,
}

impl PgDb<'_> {
    fn noted<T>(&self, result: Result<T, tokio_postgres::Error>) -> Result<T> {
        result.map_err(|e| {
            let e = StoreError::from(e);
            if e.is_serialization_failure() {
                self.conflict.set(true);
            }
            e
        })
    }
}

impl Db for PgDb<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize> {
        let sql = numbered_placeholders(sql);
        let values: Vec<Value> = params.iter().map(|p| p.to_value()).collect();
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

    fn batch(&self, sql: &str) -> Result<()> {
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
        let rt = Handle::current();
        tokio::task::spawn_blocking(move || store.write(&rt, f))
            .await
            .map_err(|e| StoreError::Unavailable(format!("a database task failed: {e}")))?
    }
}
