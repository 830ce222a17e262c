//! SQLite: the embedded default and one server's database. One writer at a
//! time (WAL lets readers run beside it), so a transaction here is already
//! serialized against every other.

use std::path::Path;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, params_from_iter};
use rusqlite_migration::{M, Migrations};

use super::sql::{Db, Dialect, Row, ToValue, Value};
use super::{Result, StoreError};

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up(include_str!("migrations/002_token_rate_limits.sql")),
        M::up(include_str!("migrations/003_rules_events.sql")),
        M::up(include_str!("migrations/004_event_times.sql")),
        M::up(include_str!("migrations/005_expiry_and_indexes.sql")),
        M::up(include_str!("migrations/006_shared_rate_limits.sql")),
        M::up(include_str!("migrations/007_changes.sql")),
        M::up(include_str!("migrations/008_match_key_index.sql")),
        M::up(include_str!("migrations/009_customer_lists.sql")),
        M::up(include_str!("migrations/010_hosted_links.sql")),
    ])
}

/// Opens (creating when missing) the database at `path` and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::private_file::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
    }
    // The database holds tokens' hashes and webhook secrets: private from
    // its first byte (SQLite gives its -wal and -shm files the same mode).
    crate::private_file::touch(path).map_err(|e| StoreError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let mut conn = Connection::open(path)?;
    // WAL lets readers run while one writer writes; busy_timeout makes a second
    // process wait for the lock instead of failing at once.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    cache_generously(&conn)?;
    migrations()
        .to_latest(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(conn)
}

/// A read-only connection to the database at `path` (already migrated by
/// [`open`]), for a server's readers.
pub fn open_reader(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    cache_generously(&conn)?;
    Ok(conn)
}

/// SQLite's default page cache is 2 MB: a million leads' indexes are a
/// hundred times that, and inserting random referral codes into them read
/// pages back from the kernel one system call at a time (an import slowed
/// fourfold past a few hundred thousand leads). A 64 MB cache and reads
/// through a memory map keep them at memory speed; both are ceilings, not
/// allocations.
///
/// A bulk write dirties pages all over the indexes, and each commit of the
/// default checkpoint (every 4 MB of log) copied them to the database file
/// again; checkpointing every 64 MB writes a page rewritten by many commits
/// once.
fn cache_generously(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.pragma_update(None, "mmap_size", 1_i64 << 30)?;
    conn.pragma_update(None, "wal_autocheckpoint", 16_384)?;
    Ok(())
}

/// An in-memory database with the schema, for tests.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrations()
        .to_latest(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(conn)
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
            // The store's queries bind lists as many parameters on SQLite
            // (`sql::any_of`); one reaching here is a query's mistake.
            Value::List(_) => {
                return Err(rusqlite::Error::ToSqlConversionFailure(
                    "SQLite has no array parameters".into(),
                ));
            }
        }))
    }
}

fn value(v: ValueRef) -> Result<Value> {
    Ok(match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(
            std::str::from_utf8(t)
                .map_err(|e| StoreError::Corrupt(format!("text that is not UTF-8: {e}")))?
                .to_string(),
        ),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    })
}

impl Db for Connection {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize> {
        let mut stmt = self.prepare_cached(sql)?;
        Ok(stmt.execute(params_from_iter(params.iter().map(|p| p.to_value())))?)
    }

    fn query(&self, sql: &str, params: &[&dyn ToValue]) -> Result<Vec<Row>> {
        let mut stmt = self.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(params_from_iter(params.iter().map(|p| p.to_value())))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let values = (0..width)
                .map(|i| value(row.get_ref(i)?))
                .collect::<Result<Vec<_>>>()?;
            out.push(Row(values));
        }
        Ok(out)
    }

    fn query_each(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(params_from_iter(params.iter().map(|p| p.to_value())))?;
        // One row's buffers, refilled: text is copied into the string it
        // replaces, so a long list allocates once, not per row.
        let mut current = Row(vec![Value::Null; width]);
        while let Some(row) = rows.next()? {
            for (i, slot) in current.0.iter_mut().enumerate() {
                match (row.get_ref(i)?, slot) {
                    (ValueRef::Text(t), Value::Text(s)) => {
                        s.clear();
                        s.push_str(std::str::from_utf8(t).map_err(|e| {
                            StoreError::Corrupt(format!("text that is not UTF-8: {e}"))
                        })?);
                    }
                    (v, slot) => *slot = value(v)?,
                }
            }
            f(&current)?;
        }
        Ok(())
    }

    fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.execute_batch(sql)?)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
