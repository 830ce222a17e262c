//! Customer lists: their rows, their keys (digests only, never values), the
//! workspace's secret the digests are made with, and what each list did.

use super::sql::{Db, Optional, Row, Value};
use super::{Result, now};
use crate::api::{CustomerList, ListKind};
use crate::params;

const COLUMNS: &str =
    "l.id, l.campaign_id, l.name, l.kind, l.created_by, l.created_at, l.updated_at, l.expires_at,
    (SELECT COUNT(*) FROM customer_list_keys k WHERE k.list_id = l.id),
    (SELECT COUNT(*) FROM list_matches m WHERE m.list_id = l.id)";

fn from_row(r: &Row) -> Result<CustomerList> {
    Ok(CustomerList {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        name: r.get(2)?,
        kind: r.parsed(3)?,
        created_by: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        expires_at: r.get(7)?,
        changes: Vec::new(),
        keys: r.get::<i64>(8)?.max(0) as u64,
        matched: r.get::<i64>(9)?.max(0) as u64,
    })
}

/// The list secret of the campaign's workspace.
pub fn secret_of_campaign(conn: &dyn Db, campaign_id: i64) -> Result<Vec<u8>> {
    let workspace_id: i64 = conn.query_row(
        "SELECT workspace_id FROM campaigns WHERE id = ?1",
        params![campaign_id],
        |r| r.get(0),
    )?;
    secret(conn, workspace_id)
}

/// The workspace's list secret, made on first use (32 random bytes).
pub fn secret(conn: &dyn Db, workspace_id: i64) -> Result<Vec<u8>> {
    let found: Option<Vec<u8>> = conn
        .query_row(
            "SELECT secret FROM list_secrets WHERE workspace_id = ?1",
            params![workspace_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(secret) = found {
        return Ok(secret);
    }
    use rand::RngCore;
    let mut secret = vec![0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    conn.execute(
        "INSERT INTO list_secrets (workspace_id, secret) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![workspace_id, Value::Blob(secret)],
    )?;
    // Another writer may have made it first: theirs is the one.
    conn.query_row(
        "SELECT secret FROM list_secrets WHERE workspace_id = ?1",
        params![workspace_id],
        |r| r.get(0),
    )
}

pub fn insert(
    conn: &dyn Db,
    campaign_id: i64,
    name: &str,
    kind: ListKind,
    created_by: &str,
    expires_at: Option<&str>,
) -> Result<CustomerList> {
    let at = now();
    let id: i64 = conn.query_row(
        "INSERT INTO customer_lists (campaign_id, name, kind, created_by, created_at, updated_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) RETURNING id",
        params![campaign_id, name, kind.as_str(), created_by, at, expires_at],
        |r| r.get(0),
    )?;
    get(conn, id)
}

pub fn get(conn: &dyn Db, id: i64) -> Result<CustomerList> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM customer_lists l WHERE l.id = ?1"),
        params![id],
        from_row,
    )
}

pub fn find(conn: &dyn Db, campaign_id: i64, name: &str) -> Result<Option<CustomerList>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM customer_lists l WHERE l.campaign_id = ?1 AND l.name = ?2"),
        params![campaign_id, name],
        from_row,
    )
    .optional()
}

pub fn list(conn: &dyn Db, campaign_id: i64) -> Result<Vec<CustomerList>> {
    conn.query(
        &format!("SELECT {COLUMNS} FROM customer_lists l WHERE l.campaign_id = ?1 ORDER BY l.name"),
        params![campaign_id],
    )?
    .iter()
    .map(from_row)
    .collect()
}

/// Whether the campaign keeps any list: one index probe (most campaigns
/// keep none, and every lead created asks).
pub fn any(conn: &dyn Db, campaign_id: i64) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM customer_lists WHERE campaign_id = ?1)",
        params![campaign_id],
        |r| r.get::<i64>(0),
    )
    .map(|n| n != 0)
}

/// Deletes a list with its keys and its match records.
pub fn delete(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM customer_list_keys WHERE list_id = ?1",
        params![id],
    )?;
    conn.execute("DELETE FROM list_matches WHERE list_id = ?1", params![id])?;
    conn.execute("DELETE FROM customer_lists WHERE id = ?1", params![id])?;
    Ok(())
}

pub fn clear_keys(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM customer_list_keys WHERE list_id = ?1",
        params![id],
    )?;
    Ok(())
}

pub fn touch(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE customer_lists SET updated_at = ?2 WHERE id = ?1",
        params![id, now()],
    )?;
    Ok(())
}

/// Rows per multi-row INSERT (5 values each).
const KEYS_PER_INSERT: usize = 500;

/// Adds `(kind, digest, line)` keys; a key the list has already is kept as
/// it was. Returns how many were new.
pub fn add_keys(
    conn: &dyn Db,
    list_id: i64,
    campaign_id: i64,
    keys: &[(&str, Vec<u8>, i64)],
) -> Result<u64> {
    let mut added = 0;
    for chunk in keys.chunks(KEYS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO customer_list_keys (list_id, campaign_id, key_kind, digest, line) VALUES ",
        );
        let mut args: Vec<Value> = vec![list_id.into(), campaign_id.into()];
        for (i, (kind, digest, line)) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let n = args.len();
            sql.push_str(&format!("(?1, ?2, ?{}, ?{}, ?{})", n + 1, n + 2, n + 3));
            args.push(Value::Text(kind.to_string()));
            args.push(Value::Blob(digest.clone()));
            args.push(Value::Integer(*line));
        }
        sql.push_str(" ON CONFLICT DO NOTHING");
        added += conn.execute(&sql, &super::sql::dynamic(&args))? as u64;
    }
    Ok(added)
}

/// A key of a list that a lead's key matched.
#[derive(Debug, Clone)]
pub struct KeyMatch {
    pub list_id: i64,
    pub list_name: String,
    pub kind: ListKind,
    pub key_kind: String,
    pub digest: Vec<u8>,
    pub line: i64,
}

/// Every unexpired list key of the campaign among `digests`.
pub fn matches(conn: &dyn Db, campaign_id: i64, digests: &[Vec<u8>]) -> Result<Vec<KeyMatch>> {
    let mut out = Vec::new();
    if digests.is_empty() {
        return Ok(out);
    }
    let at = now();
    for chunk in digests.chunks(super::leads::IN_CHUNK) {
        let (wanted, listed) = super::sql::any_of(
            conn.dialect(),
            "k.digest",
            3,
            chunk.iter().map(|d| Value::Blob(d.clone())).collect(),
        );
        let sql = format!(
            "SELECT k.list_id, l.name, l.kind, k.key_kind, k.digest, k.line
             FROM customer_list_keys k JOIN customer_lists l ON l.id = k.list_id
             WHERE k.campaign_id = ?1 AND (l.expires_at IS NULL OR l.expires_at > ?2) AND {wanted}
             ORDER BY l.name, k.line"
        );
        let mut args: Vec<Value> = vec![campaign_id.into(), Value::Text(at.clone())];
        args.extend(listed);
        conn.query_each(&sql, &super::sql::dynamic(&args), &mut |r| {
            out.push(KeyMatch {
                list_id: r.get(0)?,
                list_name: r.get(1)?,
                kind: r.parsed(2)?,
                key_kind: r.get(3)?,
                digest: r.get(4)?,
                line: r.get(5)?,
            });
            Ok(())
        })?;
    }
    Ok(out)
}

/// Records what a list did to a lead.
pub fn record_match(conn: &dyn Db, m: &KeyMatch, lead_id: i64, outcome: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO list_matches (list_id, lead_id, key_kind, line, outcome, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![m.list_id, lead_id, m.key_kind, m.line, outcome, now()],
    )?;
    Ok(())
}

/// The lists past their expiry that still hold keys: of one campaign, or
/// of the whole database.
pub fn expired(conn: &dyn Db, campaign_id: Option<i64>) -> Result<Vec<CustomerList>> {
    let ids: Vec<i64> = conn.query_map(
        "SELECT l.id FROM customer_lists l
         WHERE l.expires_at IS NOT NULL AND l.expires_at <= ?1
           AND l.campaign_id = COALESCE(?2, l.campaign_id)
           AND EXISTS (SELECT 1 FROM customer_list_keys k WHERE k.list_id = l.id)
         ORDER BY l.id",
        params![now(), campaign_id],
        |r| r.get(0),
    )?;
    ids.into_iter().map(|id| get(conn, id)).collect()
}

/// The workspace of a campaign.
pub fn workspace_of(conn: &dyn Db, campaign_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT workspace_id FROM campaigns WHERE id = ?1",
        params![campaign_id],
        |r| r.get(0),
    )
}

/// Deletes the keys among `digests` from one list; returns how many.
pub fn remove_keys(conn: &dyn Db, list_id: i64, digests: &[Vec<u8>]) -> Result<u64> {
    delete_digests(conn, "list_id = ?1", list_id, digests)
}

/// Deletes the keys among `digests` that `scope` (a condition on `?1`)
/// selects, a chunk of digests at a time; returns how many.
fn delete_digests(conn: &dyn Db, scope: &str, id: i64, digests: &[Vec<u8>]) -> Result<u64> {
    let mut n = 0;
    for chunk in digests.chunks(super::leads::IN_CHUNK) {
        let (wanted, listed) = super::sql::any_of(
            conn.dialect(),
            "digest",
            2,
            chunk.iter().map(|d| Value::Blob(d.clone())).collect(),
        );
        let sql = format!("DELETE FROM customer_list_keys WHERE {scope} AND {wanted}");
        let mut args: Vec<Value> = vec![id.into()];
        args.extend(listed);
        n += conn.execute(&sql, &super::sql::dynamic(&args))? as u64;
    }
    Ok(n)
}

/// Deletes a list's keys; returns how many.
pub fn clear_keys_counted(conn: &dyn Db, list_id: i64) -> Result<u64> {
    let n = conn.execute(
        "DELETE FROM customer_list_keys WHERE list_id = ?1",
        params![list_id],
    )?;
    Ok(n as u64)
}

/// Deletes every key among `digests` from the workspace's lists (an
/// erasure request); returns how many.
pub fn forget(conn: &dyn Db, workspace_id: i64, digests: &[Vec<u8>]) -> Result<u64> {
    delete_digests(
        conn,
        "campaign_id IN (SELECT id FROM campaigns WHERE workspace_id = ?1)",
        workspace_id,
        digests,
    )
}
