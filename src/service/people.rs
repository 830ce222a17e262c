//! Referrers and leads: adding them to a campaign, with the checks that
//! keep emails and referral codes unique.

use crate::store::Db;

use super::Result;
use crate::api::{Campaign, Lead, NewLead, NewReferrer, PersonPatch, Referrer};
use crate::domain::{Refusal, campaigns, validate};
use crate::store;
use crate::store::changes::NewChange;
use crate::store::leads::LeadRow;
use crate::store::referrers::ReferrerRow;
use crate::store::tokens::Principal;

/// The referral code a new person gets: the one asked for, if it is valid
/// and free in the campaign, else a fresh one.
fn claim_code(conn: &dyn Db, campaign: &Campaign, wanted: Option<String>) -> Result<String> {
    let Some(code) = validate::optional_text(wanted) else {
        return store::referrers::unused_code(conn, campaign.id);
    };
    validate::referral_code(&code).map_err(|m| Refusal::invalid("referral_code", m))?;
    if store::referrers::code_taken(conn, campaign.id, &code)? {
        return Err(Refusal::duplicate(
            format!(
                "referral code '{code}' is already used in campaign '{}'",
                campaign.code
            ),
            None,
        )
        .into());
    }
    Ok(code)
}

pub fn create_referrer(conn: &dyn Db, campaign: &Campaign, new: NewReferrer) -> Result<Referrer> {
    campaigns::ensure_open(campaign)?;
    let email = match validate::optional_text(new.email) {
        Some(e) => Some(validate::canonical_email(&e).map_err(|m| Refusal::invalid("email", m))?),
        None => None,
    };
    let code = claim_code(conn, campaign, new.referral_code)?;
    if let Some(email) = &email
        && let Some(existing) = store::referrers::find_by_email(conn, campaign.id, email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "referrer {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    store::referrers::insert(
        conn,
        campaign.id,
        ReferrerRow {
            referral_code: &code,
            email: email.as_deref(),
            name: validate::optional_text(new.name),
            external_id: validate::optional_text(new.external_id),
            phone: validate::optional_text(new.phone),
        },
    )
}

pub fn create_lead(conn: &dyn Db, campaign: &Campaign, new: NewLead) -> Result<Lead> {
    campaigns::ensure_open(campaign)?;
    let email = validate::canonical_email(&new.email).map_err(|m| Refusal::invalid("email", m))?;
    let code = new.referred_by.trim();
    if code.is_empty() {
        return Err(Refusal::invalid("referred_by", "the referrer's code is required").into());
    }
    let Some(referrer) = store::referrers::find_by_code(conn, campaign.id, code)? else {
        return Err(Refusal::UnknownReferrer {
            code: code.to_string(),
            detail: format!(
                "no referrer with code '{code}' in campaign '{}'",
                campaign.code
            ),
        }
        .into());
    };
    if let Some(existing) = store::leads::find_by_email(conn, campaign.id, &email)? {
        return Err(Refusal::duplicate(
            format!(
                "lead {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let own_code = claim_code(conn, campaign, new.referral_code)?;
    store::leads::insert(
        conn,
        campaign.id,
        LeadRow {
            referrer_id: referrer.id,
            email: &email,
            name: validate::optional_text(new.name),
            phone: validate::optional_text(new.phone),
            external_id: validate::optional_text(new.external_id),
            referral_code: &own_code,
        },
    )
}

/// An optional field as a patch leaves it: absent keeps `current`, an empty
/// string clears it.
fn patched(current: Option<&str>, wanted: Option<String>) -> Option<String> {
    match wanted {
        None => current.map(str::to_string),
        Some(w) => validate::optional_text(Some(w)),
    }
}

fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// Saves an edit of a lead or referrer, and records it when it changed
/// anything.
fn save_edit<T: PartialEq + serde::Serialize>(
    conn: &dyn Db,
    caller: &Principal,
    (subject, id, current): (&str, i64, T),
    edit: store::PersonEdit,
    update: fn(&dyn Db, i64, store::PersonEdit) -> store::Result<()>,
    reload: fn(&dyn Db, i64, i64) -> store::Result<T>,
) -> Result<T> {
    update(conn, id, edit)?;
    let updated = reload(conn, caller.workspace_id, id)?;
    if updated != current {
        record_change(
            conn,
            caller,
            (subject, id),
            "update",
            json(&current),
            Some(json(&updated)),
        )?;
    }
    Ok(updated)
}

/// Records who changed or deleted a lead or referrer, and what it was.
fn record_change(
    conn: &dyn Db,
    caller: &Principal,
    (subject, subject_id): (&str, i64),
    action: &str,
    before: serde_json::Value,
    after: Option<serde_json::Value>,
) -> Result<()> {
    store::changes::record(
        conn,
        NewChange {
            workspace_id: caller.workspace_id,
            subject,
            subject_id,
            action,
            actor: &caller.actor,
            before,
            after,
        },
    )?;
    Ok(())
}

/// Changes a lead's email, name, phone or external id, recording who did
/// and what it was. The email stays unique in the campaign.
pub fn update_lead(conn: &dyn Db, caller: &Principal, id: i64, patch: PersonPatch) -> Result<Lead> {
    let current = store::leads::get_in_workspace(conn, caller.workspace_id, id)?;
    let campaign =
        store::campaigns::get(conn, caller.workspace_id, &current.campaign_id.to_string())?;
    campaigns::ensure_open(&campaign)?;
    let email = match &patch.email {
        Some(e) => validate::canonical_email(e).map_err(|m| Refusal::invalid("email", m))?,
        None => current.email.clone(),
    };
    if email != current.email
        && let Some(existing) = store::leads::find_by_email(conn, campaign.id, &email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "lead {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let name = patched(current.name.as_deref(), patch.name);
    let phone = patched(current.phone.as_deref(), patch.phone);
    let external_id = patched(current.external_id.as_deref(), patch.external_id);
    let edit = store::PersonEdit {
        email: Some(&email),
        name: name.as_deref(),
        phone: phone.as_deref(),
        external_id: external_id.as_deref(),
    };
    save_edit(
        conn,
        caller,
        ("lead", id, current),
        edit,
        store::leads::update,
        store::leads::get_in_workspace,
    )
}

/// Deletes a lead. One with qualification history is refused unless
/// `force`: then its last state and whole history go into the change record.
pub fn delete_lead(conn: &dyn Db, caller: &Principal, id: i64, force: bool) -> Result<Lead> {
    let lead = store::leads::get_in_workspace(conn, caller.workspace_id, id)?;
    let history = store::qualifications::history(conn, id)?;
    if !history.is_empty() && !force {
        return Err(Refusal::Conflict(format!(
            "lead {id} ({}) has {} qualification {}; delete it with force to drop {} too (kept in its change record)",
            lead.email,
            history.len(),
            if history.len() == 1 { "record" } else { "records" },
            if history.len() == 1 { "it" } else { "them" }
        ))
        .into());
    }
    let mut before = json(&lead);
    if let serde_json::Value::Object(map) = &mut before {
        map.insert("history".into(), json(&history));
    }
    record_change(conn, caller, ("lead", id), "delete", before, None)?;
    store::leads::delete(conn, id)?;
    Ok(lead)
}

pub fn update_referrer(
    conn: &dyn Db,
    caller: &Principal,
    id: i64,
    patch: PersonPatch,
) -> Result<Referrer> {
    let current = store::referrers::get_in_workspace(conn, caller.workspace_id, id)?;
    let campaign =
        store::campaigns::get(conn, caller.workspace_id, &current.campaign_id.to_string())?;
    campaigns::ensure_open(&campaign)?;
    let email = match patch.email {
        None => current.email.clone(),
        Some(e) => match validate::optional_text(Some(e)) {
            None => None,
            Some(e) => {
                Some(validate::canonical_email(&e).map_err(|m| Refusal::invalid("email", m))?)
            }
        },
    };
    if email != current.email
        && let Some(email) = &email
        && let Some(existing) = store::referrers::find_by_email(conn, campaign.id, email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "referrer {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let name = patched(current.name.as_deref(), patch.name);
    let phone = patched(current.phone.as_deref(), patch.phone);
    let external_id = patched(current.external_id.as_deref(), patch.external_id);
    if email.is_none() && name.is_none() && external_id.is_none() {
        return Err(Refusal::invalid(
            "email",
            "a referrer keeps an email, a name or an external id",
        )
        .into());
    }
    let edit = store::PersonEdit {
        email: email.as_deref(),
        name: name.as_deref(),
        phone: phone.as_deref(),
        external_id: external_id.as_deref(),
    };
    save_edit(
        conn,
        caller,
        ("referrer", id, current),
        edit,
        store::referrers::update,
        store::referrers::get_in_workspace,
    )
}

/// Deletes a referrer who brought no leads (theirs would lose their referrer).
pub fn delete_referrer(conn: &dyn Db, caller: &Principal, id: i64) -> Result<Referrer> {
    let referrer = store::referrers::get_in_workspace(conn, caller.workspace_id, id)?;
    let leads = store::referrers::lead_count(conn, id)?;
    if leads > 0 {
        return Err(Refusal::Conflict(format!(
            "referrer {id} ({}) brought {leads} {}; delete {} first",
            referrer.referral_code,
            if leads == 1 { "lead" } else { "leads" },
            if leads == 1 { "it" } else { "them" }
        ))
        .into());
    }
    record_change(
        conn,
        caller,
        ("referrer", id),
        "delete",
        json(&referrer),
        None,
    )?;
    store::referrers::delete(conn, id)?;
    Ok(referrer)
}
