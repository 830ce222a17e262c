//! Campaigns: creating, changing and archiving them.

use crate::store::Db;

use super::Result;
use crate::api::{Campaign, CampaignPatch, CampaignStatus, NewCampaign};
use crate::domain::{Refusal, campaigns};
use crate::store;

pub fn create(conn: &dyn Db, workspace_id: i64, new: NewCampaign) -> Result<Campaign> {
    super::ensure_not_mirrored(conn, workspace_id)?;
    let draft = campaigns::draft(new)?;
    if let Some(existing) = store::campaigns::find(conn, workspace_id, &draft.code)? {
        return Err(Refusal::duplicate(
            format!(
                "a campaign with code '{}' already exists (id {})",
                draft.code, existing.id
            ),
            Some(existing.id),
        )
        .into());
    }
    store::campaigns::insert(conn, workspace_id, &draft)
}

pub fn update(
    conn: &dyn Db,
    workspace_id: i64,
    reference: &str,
    patch: CampaignPatch,
) -> Result<Campaign> {
    super::ensure_not_mirrored(conn, workspace_id)?;
    let current = store::campaigns::get(conn, workspace_id, reference)?;
    let (name, status) = campaigns::patched(&current, patch)?;
    store::campaigns::update(conn, &current, &name, status)
}

/// Archives the campaign; archiving an archived one changes nothing.
pub fn archive(conn: &dyn Db, workspace_id: i64, reference: &str) -> Result<Campaign> {
    super::ensure_not_mirrored(conn, workspace_id)?;
    let current = store::campaigns::get(conn, workspace_id, reference)?;
    if current.status == CampaignStatus::Archived {
        return Ok(current);
    }
    store::campaigns::update(conn, &current, &current.name, CampaignStatus::Archived)
}

/// The campaign whose people may change: it exists and is not archived.
pub fn open(conn: &dyn Db, workspace_id: i64, reference: &str) -> Result<Campaign> {
    let campaign = store::campaigns::get(conn, workspace_id, reference)?;
    campaigns::ensure_open(&campaign)?;
    Ok(campaign)
}

/// The campaigns an event goes to: the one it names (refused when
/// archived), or every campaign of the workspace (the pipeline skips
/// archived ones).
pub fn for_event(
    conn: &dyn Db,
    workspace_id: i64,
    campaign: Option<&str>,
) -> Result<Vec<Campaign>> {
    match campaign {
        Some(c) => Ok(vec![open(conn, workspace_id, c)?]),
        None => store::campaigns::list(conn, workspace_id, 0, u32::MAX),
    }
}
