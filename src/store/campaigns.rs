use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, now};
use crate::api::{Campaign, CampaignPatch, CampaignStatus, NewCampaign, Problem, ProblemCode};
use crate::domain::{codes, validate};

const COLUMNS: &str = "id, code, name, status, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Campaign> {
    let status: String = r.get(3)?;
    Ok(Campaign {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        status: status.parse().unwrap_or(CampaignStatus::Draft),
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

pub fn create_campaign(conn: &Connection, workspace_id: i64, new: NewCampaign) -> Result<Campaign> {
    let name = new.name.trim().to_string();
    if name.is_empty() {
        return Err(Problem::validation("name", "must not be empty").into());
    }
    let code = match new.code {
        Some(code) => {
            let code = code.trim().to_string();
            validate::campaign_code(&code).map_err(|m| Problem::validation("code", m))?;
            code
        }
        None => codes::slug(&name),
    };
    if new.status == Some(CampaignStatus::Archived) {
        return Err(Problem::validation("status", "a new campaign cannot be archived").into());
    }
    if let Some(existing) = find_campaign(conn, workspace_id, &code)? {
        let mut p = Problem::new(
            409,
            ProblemCode::Duplicate,
            format!(
                "a campaign with code '{code}' already exists (id {})",
                existing.id
            ),
        );
        p.existing_id = Some(existing.id);
        return Err(p.into());
    }
    let status = new.status.unwrap_or(CampaignStatus::Active);
    let at = now();
    conn.execute(
        "INSERT INTO campaigns (workspace_id, code, name, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![workspace_id, code, name, status.as_str(), at],
    )?;
    get_campaign_by_id(conn, workspace_id, conn.last_insert_rowid())
}

fn get_campaign_by_id(conn: &Connection, workspace_id: i64, id: i64) -> Result<Campaign> {
    Ok(conn.query_row(
        &format!("SELECT {COLUMNS} FROM campaigns WHERE workspace_id = ?1 AND id = ?2"),
        params![workspace_id, id],
        from_row,
    )?)
}

/// A campaign by id (all digits) or code, within the workspace.
pub fn find_campaign(
    conn: &Connection,
    workspace_id: i64,
    reference: &str,
) -> Result<Option<Campaign>> {
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

/// Like [`find_campaign`], but a missing campaign is a 404 naming it.
pub fn get_campaign(conn: &Connection, workspace_id: i64, reference: &str) -> Result<Campaign> {
    find_campaign(conn, workspace_id, reference)?.ok_or_else(|| {
        Problem::not_found(format!("no campaign with id or code '{reference}'")).into()
    })
}

pub fn list_campaigns(
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

pub fn update_campaign(
    conn: &Connection,
    workspace_id: i64,
    reference: &str,
    patch: CampaignPatch,
) -> Result<Campaign> {
    let current = get_campaign(conn, workspace_id, reference)?;
    let name = match patch.name {
        Some(n) if n.trim().is_empty() => {
            return Err(Problem::validation("name", "must not be empty").into());
        }
        Some(n) => n.trim().to_string(),
        None => current.name.clone(),
    };
    let status = match patch.status {
        Some(CampaignStatus::Archived) => {
            return Err(Problem::validation("status", "use the archive action to archive").into());
        }
        Some(s) => s,
        None => current.status,
    };
    conn.execute(
        "UPDATE campaigns SET name = ?1, status = ?2, updated_at = ?3 WHERE id = ?4",
        params![name, status.as_str(), now(), current.id],
    )?;
    get_campaign_by_id(conn, workspace_id, current.id)
}

pub fn archive_campaign(conn: &Connection, workspace_id: i64, reference: &str) -> Result<Campaign> {
    let current = get_campaign(conn, workspace_id, reference)?;
    if current.status != CampaignStatus::Archived {
        conn.execute(
            "UPDATE campaigns SET status = 'archived', updated_at = ?1 WHERE id = ?2",
            params![now(), current.id],
        )?;
    }
    get_campaign_by_id(conn, workspace_id, current.id)
}

/// Refuses changes to the people of an archived campaign.
pub fn ensure_open(campaign: &Campaign) -> Result<()> {
    if campaign.status == CampaignStatus::Archived {
        return Err(Problem::new(
            409,
            ProblemCode::Conflict,
            format!("campaign '{}' is archived", campaign.code),
        )
        .into());
    }
    Ok(())
}

/// The codes and names of the open campaigns of the local workspace in the
/// database at `path`, read-only (for shell completion: it must never create
/// or change anything).
pub fn local_campaign_codes(path: &std::path::Path) -> Result<Vec<(String, String)>> {
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
