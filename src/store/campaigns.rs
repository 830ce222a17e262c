//! Campaigns: rows and queries.

use super::sql::{Db, Optional, Row};
use crate::params;

use super::{Result, StoreError, now};
use crate::api::{Campaign, CampaignStatus};
use crate::domain::Refusal;
use crate::domain::campaigns::CampaignDraft;

const COLUMNS: &str = "id, code, name, status, created_at, updated_at";

fn from_row(r: &Row) -> Result<Campaign> {
    Ok(Campaign {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        status: r.parsed(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
        counts: Default::default(),
    })
}

/// Inserts a checked draft; the caller has made sure its code is free.
pub fn insert(conn: &dyn Db, workspace_id: i64, draft: &CampaignDraft) -> Result<Campaign> {
    let at = now();
    let id: i64 = conn.query_row(
        "INSERT INTO campaigns (workspace_id, code, name, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id",
        params![
            workspace_id,
            draft.code,
            draft.name,
            draft.status.as_str(),
            at
        ],
        |r| r.get(0),
    )?;
    by_id(conn, workspace_id, id)
}

fn by_id(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Campaign> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id = ?2"),
        params![workspace_id, id],
        from_row,
    )
}

/// A campaign by id (all digits) or code, within the workspace.
pub fn find(conn: &dyn Db, workspace_id: i64, reference: &str) -> Result<Option<Campaign>> {
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
pub fn get(conn: &dyn Db, workspace_id: i64, reference: &str) -> Result<Campaign> {
    if let Some(c) = find(conn, workspace_id, reference)? {
        return Ok(c);
    }
    let codes: Vec<String> = conn.query_map(
        "SELECT code FROM campaigns WHERE workspace_id = ?1 ORDER BY id",
        params![workspace_id],
        |r| r.get(0),
    )?;
    let hint = crate::domain::suggest::did_you_mean(reference, codes.iter().map(String::as_str));
    Err(StoreError::from(Refusal::missing(
        "campaign",
        format!("no campaign with id or code '{reference}'{hint}"),
    )))
}

pub fn list(conn: &dyn Db, workspace_id: i64, after_id: i64, limit: u32) -> Result<Vec<Campaign>> {
    conn.query_map(&format!(
        "SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
    ), params![workspace_id, after_id, limit], from_row)
}

/// Sets a campaign's name and status.
pub fn update(
    conn: &dyn Db,
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
        params![campaign.id],
        |r| r.get(0),
    )?;
    by_id(conn, workspace_id, campaign.id)
}

/// The codes and names of the open campaigns of the local workspace in the
/// database at `path`, read-only (for shell completion: it must never create
/// or change anything).
pub fn local_codes(path: &std::path::Path) -> Result<Vec<(String, String)>> {
    local_pairs(
        path,
        "SELECT c.code, c.name FROM campaigns c JOIN workspaces w ON w.id = c.workspace_id
         WHERE w.name = 'local' AND c.status != 'archived' ORDER BY c.code",
    )
}

/// The local workspace's rules, `(name, "campaign: event")`, for shell
/// completion: read-only, straight from the file.
pub fn local_rule_names(path: &std::path::Path) -> Result<Vec<(String, String)>> {
    local_pairs(
        path,
        "SELECT r.name, c.code || ': ' || r.event_type FROM rules r
         JOIN campaigns c ON c.id = r.campaign_id JOIN workspaces w ON w.id = c.workspace_id
         WHERE w.name = 'local' ORDER BY r.name",
    )
}

/// Pairs of text a query reads from the database at `path`, opened
/// read-only (completions must never create or change anything).
fn local_pairs(path: &std::path::Path, sql: &str) -> Result<Vec<(String, String)>> {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    (&conn as &dyn Db).query_map(sql, params![], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// What the campaign counts: its people, its referrals and the qualified
/// ones (refctl keeps no visits of referral links).
pub fn counts(conn: &dyn Db, campaign_id: i64) -> Result<crate::api::Counts> {
    conn.query_row(
        "SELECT (SELECT COUNT(*) FROM referrers WHERE campaign_id = ?1),
                (SELECT COUNT(*) FROM leads WHERE campaign_id = ?1),
                (SELECT COUNT(*) FROM leads WHERE campaign_id = ?1 AND status = 'qualified')",
        params![campaign_id],
        |r| {
            let (referrers, leads, qualified): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let n = |v: i64| v.max(0) as u64;
            Ok(crate::api::Counts {
                participants: Some(n(referrers) + n(leads)),
                referrals: Some(n(leads)),
                qualified_referrals: Some(n(qualified)),
                reach: None,
            })
        },
    )
}
