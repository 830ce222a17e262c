//! Campaigns: rows and queries.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, StoreError, now};
use crate::api::{Campaign, CampaignStatus};
use crate::domain::Refusal;
use crate::domain::campaigns::CampaignDraft;

const COLUMNS: &str = "id, code, name, status, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Campaign> {
    Ok(Campaign {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        status: super::parsed(r, 3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

/// Inserts a checked draft; the caller has made sure its code is free.
pub fn insert(conn: &Connection, workspace_id: i64, draft: &CampaignDraft) -> Result<Campaign> {
    let at = now();
    conn.execute(
        "INSERT INTO campaigns (workspace_id, code, name, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            workspace_id,
            draft.code,
            draft.name,
            draft.status.as_str(),
            at
        ],
    )?;
    by_id(conn, workspace_id, conn.last_insert_rowid())
}

fn by_id(conn: &Connection, workspace_id: i64, id: i64) -> Result<Campaign> {
    Ok(conn.query_row(
        &format!("SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id = ?2"),
        params![workspace_id, id],
        from_row,
    )?)
}

/// A campaign by id (all digits) or code, within the workspace.
pub fn find(conn: &Connection, workspace_id: i64, reference: &str) -> Result<Option<Campaign>> {
    let reference = reference.trim();
    let found = match reference.parse::<i64>() {
        Ok(id) => conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id = ?2"),
                params![workspace_id, id],
                from_row,
            )
            .optional()?,
        Err(_) => conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND code = ?2"),
                params![workspace_id, reference],
                from_row,
            )
            .optional()?,
    };
    Ok(found)
}

/// Like [`find`], but a missing campaign is refused by name.
pub fn get(conn: &Connection, workspace_id: i64, reference: &str) -> Result<Campaign> {
    find(conn, workspace_id, reference)?.ok_or_else(|| {
        StoreError::from(Refusal::not_found(format!(
            "no campaign with id or code '{reference}'"
        )))
    })
}

pub fn list(
    conn: &Connection,
    workspace_id: i64,
    after_id: i64,
    limit: u32,
) -> Result<Vec<Campaign>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
    ))?;
    let rows = stmt.query_map(params![workspace_id, after_id, limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sets a campaign's name and status.
pub fn update(
    conn: &Connection,
    campaign: &Campaign,
    name: &str,
    status: CampaignStatus,
) -> Result<Campaign> {
    conn.execute(
        "UPDATE campaigns SET name = ?1, status = ?2, updated_at = ?3 WHERE id = ?4",
        params![name, status.as_str(), now(), campaign.id],
    )?;
    let workspace_id: i64 = conn.query_row(
        "SELECT workspace_id FROM campaigns WHERE id = ?1",
        [campaign.id],
        |r| r.get(0),
    )?;
    by_id(conn, workspace_id, campaign.id)
}

/// The codes and names of the open campaigns of the local workspace in the
/// database at `path`, read-only (for shell completion: it must never create
/// or change anything).
pub fn local_codes(path: &std::path::Path) -> Result<Vec<(String, String)>> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let mut stmt = conn.prepare(
        "SELECT c.code, c.name FROM campaigns c JOIN workspaces w ON w.id = c.workspace_id
         WHERE w.name = 'local' AND c.status != 'archived' ORDER BY c.code",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
