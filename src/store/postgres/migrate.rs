//! PostgreSQL's schema migrations, and the copy of a SQLite workspace into
//! an empty PostgreSQL database.

use rusqlite::Connection;
use tokio_postgres::types::ToSql;

use super::PgStore;
use crate::store::sql::Value;
use crate::store::{Db, Result, StoreError};

/// The schema, in order; each runs once, in its own transaction.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("migrations/001_initial.sql")),
    (2, include_str!("migrations/002_changes.sql")),
    (3, include_str!("migrations/003_match_key_index.sql")),
    (4, include_str!("migrations/004_customer_lists.sql")),
    (5, include_str!("migrations/005_hosted_links.sql")),
];

/// Serializes migrations between server processes starting together.
const MIGRATION_LOCK: i64 = 0x7265_6663_746c; // "refctl"

/// Brings the schema up to date, one migration at a time, under a lock
/// that makes concurrent starts wait rather than race.
pub(super) async fn to_latest(store: &PgStore) -> Result<()> {
    let mut client = store.client().await?;
    for (version, sql) in MIGRATIONS {
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS refctl_schema (
                 version BIGINT PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )
        .await?;
        let applied = tx
            .query_opt(
                "SELECT version FROM refctl_schema WHERE version = $1",
                &[version],
            )
            .await?
            .is_some();
        if !applied {
            tx.batch_execute(sql)
                .await
                .map_err(|e| StoreError::Migration(format!("migration {version}: {e}")))?;
            tx.execute(
                "INSERT INTO refctl_schema (version) VALUES ($1)",
                &[version],
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Every table of a workspace database, parents before children.
pub const COPIED_TABLES: &[&str] = &[
    "workspaces",
    "tokens",
    "campaigns",
    "referrers",
    "leads",
    "qualifications",
    "idempotency_keys",
    "rules",
    "events",
    "rule_matches",
    "webhook_secrets",
    "changes",
    "list_secrets",
    "customer_lists",
    "customer_list_keys",
    "list_matches",
    "hosted_links",
    "outbox",
    "outbox_attempts",
];

/// Rows per INSERT: well under PostgreSQL's 65,535 parameters at the
/// widest table's 15 columns.
const ROWS_PER_INSERT: usize = 1_000;

/// Copies every table of the SQLite database into `target`, in one
/// transaction: all of it or nothing. Refuses a target that holds any row.
/// Returns each table with its row count, checked equal on both sides.
pub async fn copy_from_sqlite(
    source: &Connection,
    target: &PgStore,
) -> Result<Vec<(&'static str, u64)>> {
    let mut client = target.client().await?;
    for table in COPIED_TABLES {
        let n: i64 = client
            .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await?
            .get(0);
        if n > 0 {
            return Err(StoreError::Migration(format!(
                "{}: its table {table} already holds {n} rows; migrate into an empty database",
                target.description
            )));
        }
    }
    let tx = client.transaction().await?;
    let mut counts = Vec::new();
    for table in COPIED_TABLES {
        // A page of rows at a time, by rowid: memory holds one page, not
        // the table (a program's whole history may be millions of rows).
        let mut after = i64::MIN;
        let mut read = 0u64;
        let mut columns = Vec::new();
        loop {
            let page = read_page(source, table, after)?;
            if columns.is_empty() {
                columns = page.columns;
            }
            let Some(&last) = page.rowids.last() else {
                break;
            };
            after = last;
            read += page.rows.len() as u64;
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
            for (r, row) in page.rows.iter().enumerate() {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for (c, value) in row.iter().enumerate() {
                    params.push(value);
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("${}", params.len()));
                }
                sql.push(')');
            }
            tx.execute(&sql, &params).await?;
        }
        if columns.iter().any(|c| c == "id") {
            // Ids were copied as they were: new rows go on after the last.
            tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                                   COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                ),
                &[],
            )
            .await?;
        }
        let copied: i64 = tx
            .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await?
            .get(0);
        if copied != read as i64 {
            return Err(StoreError::Migration(format!(
                "{table}: read {read} rows, the target holds {copied}"
            )));
        }
        counts.push((*table, read));
    }
    tx.commit().await?;
    Ok(counts)
}

/// Up to [`ROWS_PER_INSERT`] rows of a table after `after` (a rowid), with
/// their rowids and the table's columns.
struct Page {
    columns: Vec<String>,
    rowids: Vec<i64>,
    rows: Vec<Vec<Value>>,
}

fn read_page(source: &Connection, table: &str, after: i64) -> Result<Page> {
    let sql = format!(
        "SELECT rowid, * FROM {table} WHERE rowid > ?1 ORDER BY rowid LIMIT {ROWS_PER_INSERT}"
    );
    let mut rows = (source as &dyn Db).query(&sql, crate::params![after])?;
    // The same statement, from SQLite's cache: its column names.
    let columns = source
        .prepare_cached(&sql)?
        .column_names()
        .iter()
        .skip(1)
        .map(|c| c.to_string())
        .collect();
    let mut rowids = Vec::with_capacity(rows.len());
    let rows = rows
        .iter_mut()
        .map(|r| {
            let mut values = std::mem::take(&mut r.0);
            match values.remove(0) {
                Value::Integer(rowid) => rowids.push(rowid),
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "{table}: a rowid that is not an integer: {other:?}"
                    )));
                }
            }
            Ok(values)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Page {
        columns,
        rowids,
        rows,
    })
}
