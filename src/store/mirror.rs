//! The mirror of a hosted program in a linked workspace: campaigns,
//! referrers and leads by the platform's ids (`remote_id`). Written only by
//! the bridge's sync, never through the qualification record: what the
//! platform already has is no change to deliver.

use std::collections::HashMap;

use super::sql::{Db, Optional};
use crate::params;

use super::{Result, now};
use crate::api::{CampaignStatus, LeadStatus};

/// A campaign as the platform has it.
pub struct RemoteCampaign<'a> {
    pub remote_id: &'a str,
    pub code: &'a str,
    pub name: &'a str,
    pub status: CampaignStatus,
}

/// The local id of the platform's campaign: found by its id, else adopted
/// by its code, else made; its name and status follow the platform's.
pub fn campaign(conn: &dyn Db, workspace_id: i64, c: &RemoteCampaign) -> Result<i64> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM campaigns WHERE workspace_id = ?1 AND remote_id = ?2",
            params![workspace_id, c.remote_id],
            |r| r.get(0),
        )
        .optional()?;
    let at = now();
    if let Some(id) = found {
        conn.execute(
            "UPDATE campaigns SET name = ?2, status = ?3, updated_at = ?4
             WHERE id = ?1 AND (name <> ?2 OR status <> ?3)",
            params![id, c.name, c.status.as_str(), at],
        )?;
        return Ok(id);
    }
    let adopted = conn.execute(
        "UPDATE campaigns SET remote_id = ?3, name = ?4, status = ?5, updated_at = ?6
         WHERE workspace_id = ?1 AND code = ?2 AND remote_id IS NULL",
        params![
            workspace_id,
            c.code,
            c.remote_id,
            c.name,
            c.status.as_str(),
            at
        ],
    )?;
    if adopted == 0 {
        conn.execute(
            "INSERT INTO campaigns (workspace_id, code, name, status, created_at, updated_at, remote_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
            params![workspace_id, c.code, c.name, c.status.as_str(), at, c.remote_id],
        )?;
    }
    conn.query_row(
        "SELECT id FROM campaigns WHERE workspace_id = ?1 AND remote_id = ?2",
        params![workspace_id, c.remote_id],
        |r| r.get(0),
    )
}

/// A person as the platform has them.
pub struct RemotePerson<'a> {
    pub remote_id: &'a str,
    pub email: &'a str,
    pub name: Option<&'a str>,
    pub code: &'a str,
    pub created_at: &'a str,
}

/// The campaign's mirrored referrers: platform id → local id.
pub fn referrers(conn: &dyn Db, campaign_id: i64) -> Result<HashMap<String, i64>> {
    Ok(conn
        .query_map(
            "SELECT remote_id, id FROM referrers WHERE campaign_id = ?1 AND remote_id IS NOT NULL",
            params![campaign_id],
            |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?)),
        )?
        .into_iter()
        .collect())
}

/// Mirrors a referrer new to the workspace; `None` when a local one holds
/// its code or email already and cannot be adopted.
pub fn add_referrer(conn: &dyn Db, campaign_id: i64, p: &RemotePerson) -> Result<Option<i64>> {
    let email = (!p.email.is_empty()).then(|| p.email.to_lowercase());
    conn.execute(
        "INSERT INTO referrers (campaign_id, referral_code, email, name, created_at, remote_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
        params![
            campaign_id,
            p.code,
            email,
            p.name,
            p.created_at,
            p.remote_id
        ],
    )?;
    conn.execute(
        "UPDATE referrers SET remote_id = ?2
         WHERE campaign_id = ?1 AND remote_id IS NULL AND referral_code = ?3",
        params![campaign_id, p.remote_id, p.code],
    )?;
    conn.query_row(
        "SELECT id FROM referrers WHERE campaign_id = ?1 AND remote_id = ?2",
        params![campaign_id, p.remote_id],
        |r| r.get(0),
    )
    .optional()
}

/// A mirrored lead: its local id and status.
#[derive(Debug, Clone, Copy)]
pub struct MirroredLead {
    pub id: i64,
    pub status: LeadStatus,
}

/// The campaign's mirrored leads by platform id.
pub fn leads(conn: &dyn Db, campaign_id: i64) -> Result<HashMap<String, MirroredLead>> {
    Ok(conn
        .query_map(
            "SELECT remote_id, id, status FROM leads WHERE campaign_id = ?1 AND remote_id IS NOT NULL",
            params![campaign_id],
            |r| {
                Ok((
                    r.get::<String>(0)?,
                    MirroredLead {
                        id: r.get(1)?,
                        status: r.parsed(2)?,
                    },
                ))
            },
        )?
        .into_iter()
        .collect())
}

/// Mirrors a lead new to the workspace with the platform's status;
/// `None` when a local lead holds its email or code already.
pub fn add_lead(
    conn: &dyn Db,
    campaign_id: i64,
    referrer_id: i64,
    p: &RemotePerson,
    status: LeadStatus,
    qualified_at: Option<&str>,
) -> Result<Option<i64>> {
    conn.execute(
        "INSERT INTO leads (campaign_id, referrer_id, email, name, referral_code, status,
             qualified_at, created_at, remote_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
        params![
            campaign_id,
            referrer_id,
            p.email.to_lowercase(),
            p.name,
            p.code,
            status.as_str(),
            qualified_at,
            p.created_at,
            p.remote_id
        ],
    )?;
    conn.query_row(
        "SELECT id FROM leads WHERE campaign_id = ?1 AND remote_id = ?2",
        params![campaign_id, p.remote_id],
        |r| r.get(0),
    )
    .optional()
}

/// Takes the platform's status for a mirrored lead (a change made there,
/// not here: nothing to deliver).
pub fn set_lead_status(
    conn: &dyn Db,
    id: i64,
    status: LeadStatus,
    qualified_at: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE leads SET status = ?2, qualified_at = ?3 WHERE id = ?1",
        params![id, status.as_str(), qualified_at],
    )?;
    Ok(())
}
