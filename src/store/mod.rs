//! Persistence in SQLite or PostgreSQL: the schemas live in each backend's
//! migrations, every query here, one module per noun, written once for both
//! (see [`sql`]). The store knows rows, not rules: it answers what is there
//! and writes what it is told, with typed errors (no HTTP).
//!
//! Functions take a `&dyn Db` (often a transaction) so that the caller
//! decides where a transaction starts and ends.

pub mod campaigns;
pub mod changes;
mod clock;
mod engine;
mod error;
pub mod events;
pub mod idempotency;
pub mod leads;
pub mod links;
pub mod lists;
pub mod match_keys;
pub mod mirror;
pub mod outbox;
pub mod postgres;
pub mod qualifications;
pub mod referrers;
pub mod rules;
pub mod sql;
pub mod sqlite;
pub mod tokens;
mod unit;
pub mod webhooks;

pub use clock::now;
pub use engine::{Connections, Store};
pub use error::StoreError;
pub use sql::{Db, Dialect, Optional, Row, Value};
pub use tokens::Principal;
pub use unit::{Gone, Isolation};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Where a database is, as `--db` names it: a SQLite file (a path, or a
/// `sqlite:` URL) or a PostgreSQL database (`postgres://…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(std::path::PathBuf),
    Postgres(String),
}

impl std::str::FromStr for Location {
    type Err = String;

    fn from_str(s: &str) -> Result<Location, String> {
        let s = s.trim();
        if postgres::is_url(s) {
            return Ok(Location::Postgres(s.to_string()));
        }
        let path = s
            .strip_prefix("sqlite://")
            .or_else(|| s.strip_prefix("sqlite:"))
            .unwrap_or(s);
        if path.is_empty() {
            return Err("give a SQLite file's path or a postgres:// URL".into());
        }
        if let Some((scheme, _)) = path.split_once("://") {
            return Err(format!(
                "'{scheme}://' is not a database refctl can use: give a SQLite file's path or a postgres:// URL"
            ));
        }
        Ok(Location::Sqlite(path.into()))
    }
}

/// A key that names a lead or a referrer within a campaign (the same
/// columns in both tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonKey {
    Email,
    Code,
    ExternalId,
}

impl PersonKey {
    pub(crate) fn column(self) -> &'static str {
        match self {
            PersonKey::Email => "email",
            PersonKey::Code => "referral_code",
            PersonKey::ExternalId => "external_id",
        }
    }
}

/// The people of `table` (`leads` or `referrers`) in the campaign whose
/// `key` is one of `values`, as `(value, id)`, one query per thousand.
fn ids_in(
    conn: &dyn Db,
    table: &str,
    campaign_id: i64,
    key: PersonKey,
    values: &[String],
) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for chunk in values.chunks(leads::IN_CHUNK) {
        let (wanted, listed) = sql::any_of(
            conn.dialect(),
            key.column(),
            2,
            chunk.iter().map(|v| Value::Text(v.clone())).collect(),
        );
        let sql = format!(
            "SELECT {col}, id FROM {table} WHERE campaign_id = ?1 AND {wanted}",
            col = key.column()
        );
        let mut args: Vec<Value> = Vec::with_capacity(chunk.len() + 1);
        args.push(campaign_id.into());
        args.extend(listed);
        conn.query_each(&sql, &sql::dynamic(&args), &mut |r| {
            out.push((r.get(0)?, r.get(1)?));
            Ok(())
        })?;
    }
    Ok(out)
}

/// The fields of a lead or a referrer that `update` may change, as the
/// service checked them.
pub struct PersonEdit<'a> {
    pub email: Option<&'a str>,
    pub name: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub external_id: Option<&'a str>,
}
