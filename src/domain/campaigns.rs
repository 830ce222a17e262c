//! What a campaign allows: how a new one is named, what a patch may change,
//! and that an archived one takes no new people.

use super::{Refusal, codes, validate};
use crate::api::{Campaign, CampaignPatch, CampaignStatus, NewCampaign};

/// A new campaign, checked: its trimmed name, its code (given or derived
/// from the name) and its status.
pub struct CampaignDraft {
    pub name: String,
    pub code: String,
    pub status: CampaignStatus,
}

pub fn draft(new: NewCampaign) -> Result<CampaignDraft, Refusal> {
    let Some(name) = validate::bounded_text("name", Some(new.name), validate::MAX_NAME)? else {
        return Err(Refusal::invalid("name", "must not be empty"));
    };
    let code = match new.code {
        Some(code) => {
            let code = code.trim().to_string();
            validate::campaign_code(&code).map_err(|m| Refusal::invalid("code", m))?;
            code
        }
        None => codes::slug(&name),
    };
    if new.status == Some(CampaignStatus::Archived) {
        return Err(Refusal::invalid(
            "status",
            "a new campaign cannot be archived",
        ));
    }
    Ok(CampaignDraft {
        name,
        code,
        status: new.status.unwrap_or(CampaignStatus::Active),
    })
}

/// The name and status `patch` gives `current`.
pub fn patched(
    current: &Campaign,
    patch: CampaignPatch,
) -> Result<(String, CampaignStatus), Refusal> {
    let name = match patch.name {
        Some(n) if n.trim().is_empty() => {
            return Err(Refusal::invalid("name", "must not be empty"));
        }
        Some(n) => n.trim().to_string(),
        None => current.name.clone(),
    };
    let status = match patch.status {
        Some(CampaignStatus::Archived) => {
            return Err(Refusal::invalid(
                "status",
                "use the archive action to archive",
            ));
        }
        Some(s) => s,
        None => current.status,
    };
    Ok((name, status))
}

/// Refuses changes to the people of an archived campaign.
pub fn ensure_open(campaign: &Campaign) -> Result<(), Refusal> {
    if campaign.status == CampaignStatus::Archived {
        return Err(Refusal::conflict(format!(
            "campaign '{}' is archived",
            campaign.code
        )));
    }
    Ok(())
}
