//! Qualifying and unqualifying leads, one or many, each change recorded.

use crate::store::Db;

use super::Result;
use crate::api::{BatchItemResult, Lead, LeadRef, QualifyAction, QualifyMethod, QualifyOutcome};
use crate::domain::{Refusal, lifecycle};
use crate::store::{self, Principal, qualifications::Change};

/// Why a change happens and who makes it.
#[derive(Debug, Clone)]
pub struct ChangeContext<'a> {
    pub principal: &'a Principal,
    pub method: QualifyMethod,
    pub reason: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    /// Report what would happen; write nothing.
    pub dry_run: bool,
    /// For changes made by a rule: the rule's name and the event's id.
    pub rule: Option<(&'a str, &'a str)>,
}

/// Qualifies or unqualifies one lead; a no-op appends nothing.
pub fn change_lead(
    conn: &dyn Db,
    lead: &Lead,
    action: QualifyAction,
    ctx: &ChangeContext,
) -> Result<QualifyOutcome> {
    let (outcome, new_status) = lifecycle::transition(lead.status, action);
    if ctx.dry_run {
        return Ok(outcome);
    }
    if let Some(new_status) = new_status {
        store::qualifications::record(
            conn,
            &Change {
                lead_id: lead.id,
                action,
                new_status,
                method: ctx.method,
                actor: &ctx.principal.actor,
                reason: ctx.reason,
                idempotency_key: ctx.idempotency_key,
                rule: ctx.rule,
            },
        )?;
    }
    Ok(outcome)
}

/// What a batch reference resolves to.
enum Resolved {
    Lead(Box<Lead>),
    Referrer,
    Missing,
}

/// Applies one action to many leads. The caller runs it in one transaction.
pub fn change_batch(
    conn: &dyn Db,
    campaign: Option<&str>,
    items: &[LeadRef],
    action: QualifyAction,
    ctx: &ChangeContext,
) -> Result<Vec<BatchItemResult>> {
    lifecycle::require_reason(action, ctx.reason)?;
    let workspace_id = ctx.principal.workspace_id;
    let campaign = match campaign {
        Some(c) => Some(store::campaigns::get(conn, workspace_id, c)?),
        None => None,
    };
    let mut results = Vec::with_capacity(items.len());
    for (index, reference) in items.iter().enumerate() {
        let resolved = match (reference, &campaign) {
            (LeadRef::Id(id), _) => match store::leads::find_in_workspace(conn, workspace_id, *id)?
            {
                Some(lead) if campaign.as_ref().is_none_or(|c| c.id == lead.campaign_id) => {
                    Resolved::Lead(Box::new(lead))
                }
                _ => Resolved::Missing,
            },
            (_, None) => {
                return Err(Refusal::invalid(
                    "campaign",
                    format!(
                        "item {index} is named by {} and needs a campaign",
                        kind(reference)
                    ),
                )
                .into());
            }
            (_, Some(c)) => resolve(conn, c.id, reference).map_err(|e| match e {
                super::StoreError::Refused(Refusal::Conflict(m)) => {
                    Refusal::conflict(format!("item {index}: {m}")).into()
                }
                other => other,
            })?,
        };
        let (outcome, lead_id) = match resolved {
            Resolved::Lead(lead) => {
                // Re-read the status: an earlier item of this batch may have named the same lead.
                let current =
                    store::leads::find_in_workspace(conn, workspace_id, lead.id)?.unwrap_or(*lead);
                (change_lead(conn, &current, action, ctx)?, Some(current.id))
            }
            Resolved::Referrer => (QualifyOutcome::NotALead, None),
            Resolved::Missing => (QualifyOutcome::NotFound, None),
        };
        results.push(BatchItemResult {
            index,
            reference: reference.clone(),
            outcome,
            lead_id,
            detail: None,
        });
    }
    Ok(results)
}

/// A lead of the campaign by email, code or external id; a referrer with
/// the key is told apart from nobody.
fn resolve(conn: &dyn Db, campaign_id: i64, reference: &LeadRef) -> Result<Resolved> {
    use store::{leads, referrers};
    let (lead, referrer) = match reference {
        LeadRef::Id(_) => return Ok(Resolved::Missing),
        LeadRef::Email(email) => (
            leads::find_by_email(conn, campaign_id, email)?,
            referrers::find_by_email(conn, campaign_id, &email.trim().to_lowercase())?.is_some(),
        ),
        LeadRef::Code(code) => (
            leads::find_by_code(conn, campaign_id, code)?,
            referrers::find_by_code(conn, campaign_id, code.trim())?.is_some(),
        ),
        LeadRef::ExternalId(ext) => {
            let mut found = leads::find_by_external_id(conn, campaign_id, ext)?;
            if found.len() > 1 {
                return Err(Refusal::conflict(format!(
                    "external id '{ext}' names more than one lead"
                ))
                .into());
            }
            (
                found.pop(),
                referrers::find_by_external_id(conn, campaign_id, ext.trim())?.is_some(),
            )
        }
    };
    Ok(match (lead, referrer) {
        (Some(lead), _) => Resolved::Lead(Box::new(lead)),
        (None, true) => Resolved::Referrer,
        (None, false) => Resolved::Missing,
    })
}

fn kind(reference: &LeadRef) -> &'static str {
    match reference {
        LeadRef::Id(_) => "id",
        LeadRef::Email(_) => "email",
        LeadRef::Code(_) => "referral code",
        LeadRef::ExternalId(_) => "external id",
    }
}
