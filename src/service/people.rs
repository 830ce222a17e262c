//! Referrers and leads: adding them to a campaign, with the checks that
//! keep emails and referral codes unique.

use crate::store::Db;

use super::Result;
use crate::api::{Campaign, Lead, NewLead, NewReferrer, Referrer};
use crate::domain::{Refusal, campaigns, validate};
use crate::store;
use crate::store::leads::LeadRow;
use crate::store::referrers::ReferrerRow;

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
