//! Qualifying and unqualifying leads, one or many, each change recorded.

use std::collections::{HashMap, HashSet};

use crate::store::Db;

use super::Result;
use crate::api::{
    BatchItemResult, Lead, LeadRef, LeadStatus, QualifyAction, QualifyMethod, QualifyOutcome,
};
use crate::domain::{Refusal, lifecycle, validate};
use crate::store::qualifications::{BatchChange, Change};
use crate::store::{self, PersonKey, Principal};

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
    /// Qualify leads on an exclude-list too (a person's decision).
    pub force: bool,
}

/// Qualifies or unqualifies one lead; a no-op appends nothing.
pub fn change_lead(
    conn: &dyn Db,
    lead: &Lead,
    action: QualifyAction,
    ctx: &ChangeContext,
) -> Result<QualifyOutcome> {
    let (outcome, new_status) = lifecycle::transition(lead.status, action);
    let exclusion = match new_status {
        Some(LeadStatus::Qualified) if store::lists::any(conn, lead.campaign_id)? => {
            super::lists::excluded(conn, &[lead.id])?.remove(&lead.id)
        }
        _ => None,
    };
    if exclusion.is_some() && !ctx.force {
        return Ok(QualifyOutcome::Excluded);
    }
    if ctx.dry_run {
        return Ok(outcome);
    }
    if let Some(new_status) = new_status {
        let forced = exclusion.as_ref().map(|m| forced_reason(m, ctx.reason));
        store::qualifications::record(
            conn,
            &Change {
                lead_id: lead.id,
                action,
                new_status,
                method: ctx.method,
                actor: &ctx.principal.actor,
                reason: forced.as_deref().or(ctx.reason),
                idempotency_key: ctx.idempotency_key,
                rule: ctx.rule,
            },
        )?;
    }
    Ok(outcome)
}

/// The reason kept for a qualification forced past an exclude-list.
fn forced_reason(m: &store::lists::KeyMatch, reason: Option<&str>) -> String {
    let why = format!("forced although {}", super::lists::exclusion_reason(m));
    match reason {
        Some(r) if !r.trim().is_empty() => format!("{why}: {r}"),
        _ => why,
    }
}

/// What a batch reference resolves to.
#[derive(Debug, Clone, Copy)]
enum Resolved {
    Lead(i64),
    Referrer,
    Missing,
}

/// Applies one action to many leads, in one transaction the caller runs at
/// [`Isolation::RowLocked`](crate::store::Isolation::RowLocked).
///
/// Every reference is resolved first, one query per kind of key; then the
/// leads named are locked in ascending id order and their statuses read
/// under the lock; then each item is decided in request order by
/// [`lifecycle::transition`] (a lead named twice changes once), and the
/// changes are written in a few statements. Batches that overlap on many
/// processes queue on the rows they share instead of deadlocking, and a
/// lead another batch took meanwhile is `already_qualified`, not a retry.
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
    if campaign.is_none()
        && let Some((index, reference)) = items
            .iter()
            .enumerate()
            .find(|(_, r)| !matches!(r, LeadRef::Id(_)))
    {
        return Err(Refusal::invalid(
            "campaign",
            format!(
                "item {index} is named by {} and needs a campaign",
                kind(reference)
            ),
        )
        .into());
    }
    let resolved = resolve_all(conn, workspace_id, campaign.as_ref().map(|c| c.id), items)?;

    let mut ids: Vec<i64> = resolved
        .iter()
        .filter_map(|r| match r {
            Resolved::Lead(id) => Some(*id),
            _ => None,
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut status: HashMap<i64, LeadStatus> = store::leads::statuses(conn, &ids, !ctx.dry_run)?
        .into_iter()
        .collect();
    // Leads a qualify would change, checked against the exclude-lists.
    let excluded = if action == QualifyAction::Qualify {
        let pending: Vec<i64> = ids
            .iter()
            .copied()
            .filter(|id| status.get(id) == Some(&LeadStatus::Pending))
            .collect();
        super::lists::excluded(conn, &pending)?
    } else {
        HashMap::new()
    };
    let mut forced = Vec::new();

    let mut changed = Vec::new();
    let mut new_status = None;
    let results = items
        .iter()
        .zip(resolved)
        .enumerate()
        .map(|(index, (reference, resolved))| {
            let (outcome, lead_id) = match resolved {
                Resolved::Lead(id) => match status.get_mut(&id) {
                    Some(current) => {
                        let (outcome, next) = lifecycle::transition(*current, action);
                        match (next, excluded.get(&id)) {
                            (Some(_), Some(m)) if !ctx.force => {
                                let detail = super::lists::exclusion_reason(m);
                                return BatchItemResult {
                                    index,
                                    reference: reference.clone(),
                                    outcome: QualifyOutcome::Excluded,
                                    lead_id: Some(id),
                                    detail: Some(detail),
                                };
                            }
                            (Some(next), Some(m)) => {
                                *current = next;
                                forced.push((id, next, forced_reason(m, ctx.reason)));
                            }
                            (Some(next), None) => {
                                *current = next;
                                new_status = Some(next);
                                changed.push(id);
                            }
                            (None, _) => {}
                        }
                        (outcome, Some(id))
                    }
                    // Deleted since it was resolved.
                    None => (QualifyOutcome::NotFound, None),
                },
                Resolved::Referrer => (QualifyOutcome::NotALead, None),
                Resolved::Missing => (QualifyOutcome::NotFound, None),
            };
            BatchItemResult {
                index,
                reference: reference.clone(),
                outcome,
                lead_id,
                detail: None,
            }
        })
        .collect();
    if !ctx.dry_run {
        // Forced past an exclude-list: each keeps why in its own record.
        for (id, next, reason) in &forced {
            store::qualifications::record(
                conn,
                &Change {
                    lead_id: *id,
                    action,
                    new_status: *next,
                    method: ctx.method,
                    actor: &ctx.principal.actor,
                    reason: Some(reason),
                    idempotency_key: ctx.idempotency_key,
                    rule: None,
                },
            )?;
        }
    }
    if let (false, Some(new_status)) = (ctx.dry_run, new_status) {
        changed.sort_unstable();
        store::qualifications::record_many(
            conn,
            &changed,
            &BatchChange {
                action,
                new_status,
                method: ctx.method,
                actor: &ctx.principal.actor,
                reason: ctx.reason,
                idempotency_key: ctx.idempotency_key,
            },
        )?;
    }
    Ok(results)
}

/// Each reference as a lead of the campaign (or of the workspace, by id),
/// a referrer's key, or nobody: one query per kind of key for the leads,
/// and one for the referrers among what is left.
fn resolve_all(
    conn: &dyn Db,
    workspace_id: i64,
    campaign_id: Option<i64>,
    items: &[LeadRef],
) -> Result<Vec<Resolved>> {
    let mut resolved = vec![Resolved::Missing; items.len()];
    // The stored form of each reference, by kind.
    let mut by_key: [(PersonKey, Vec<(usize, String)>); 3] = [
        (PersonKey::Email, Vec::new()),
        (PersonKey::Code, Vec::new()),
        (PersonKey::ExternalId, Vec::new()),
    ];
    let mut ids = Vec::new();
    for (index, reference) in items.iter().enumerate() {
        match reference {
            LeadRef::Id(id) => ids.push((index, *id)),
            // An address that cannot be one names nobody.
            LeadRef::Email(email) => {
                if let Ok(email) = validate::canonical_email(email) {
                    by_key[0].1.push((index, email));
                }
            }
            LeadRef::Code(code) => by_key[1].1.push((index, code.trim().to_string())),
            LeadRef::ExternalId(ext) => by_key[2].1.push((index, ext.trim().to_string())),
        }
    }

    if !ids.is_empty() {
        let wanted: Vec<i64> = ids.iter().map(|(_, id)| *id).collect();
        let found: HashMap<i64, i64> = store::leads::campaigns_of(conn, workspace_id, &wanted)?
            .into_iter()
            .collect();
        for (index, id) in ids {
            if let Some(&lead_campaign) = found.get(&id)
                && campaign_id.is_none_or(|c| c == lead_campaign)
            {
                resolved[index] = Resolved::Lead(id);
            }
        }
    }
    let Some(campaign_id) = campaign_id else {
        return Ok(resolved);
    };
    for (key, refs) in &by_key {
        if refs.is_empty() {
            continue;
        }
        let mut values: Vec<String> = refs.iter().map(|(_, v)| v.clone()).collect();
        values.sort_unstable();
        values.dedup();
        let mut leads: HashMap<String, Vec<i64>> = HashMap::new();
        for (value, id) in store::leads::ids_by(conn, campaign_id, *key, &values)? {
            leads.entry(value).or_default().push(id);
        }
        let missing: Vec<String> = values
            .into_iter()
            .filter(|v| !leads.contains_key(v))
            .collect();
        let referrers: HashSet<String> =
            store::referrers::ids_by(conn, campaign_id, *key, &missing)?
                .into_iter()
                .map(|(value, _)| value)
                .collect();
        for (index, value) in refs {
            resolved[*index] = match leads.get(value).map(Vec::as_slice) {
                Some([id]) => Resolved::Lead(*id),
                Some(_) => {
                    return Err(Refusal::conflict(format!(
                        "item {index}: external id '{value}' names more than one lead"
                    ))
                    .into());
                }
                None if referrers.contains(value) => Resolved::Referrer,
                None => Resolved::Missing,
            };
        }
    }
    Ok(resolved)
}

fn kind(reference: &LeadRef) -> &'static str {
    match reference {
        LeadRef::Id(_) => "id",
        LeadRef::Email(_) => "email",
        LeadRef::Code(_) => "referral code",
        LeadRef::ExternalId(_) => "external id",
    }
}
