//! Qualification changes and their append-only history.

use rusqlite::{Connection, Row, params};

use super::{
    Principal, Result, find_lead_by_code, find_lead_by_email, find_lead_in_workspace,
    find_leads_by_external_id, find_referrer_by_code, find_referrer_by_email,
    find_referrer_by_external_id, get_campaign, now, set_lead_status,
};
use crate::api::{
    BatchItemResult, Lead, LeadRef, Problem, ProblemCode, QualificationRecord, QualifyAction,
    QualifyMethod, QualifyOutcome,
};
use crate::domain::lifecycle::transition;

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
    conn: &Connection,
    lead: &Lead,
    action: QualifyAction,
    ctx: &ChangeContext,
) -> Result<QualifyOutcome> {
    let (outcome, new_status) = transition(lead.status, action);
    if ctx.dry_run {
        return Ok(outcome);
    }
    if let Some(status) = new_status {
        let at = now();
        set_lead_status(conn, lead.id, status, &at)?;
        conn.execute(
            "INSERT INTO qualifications
                 (lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                lead.id,
                action.as_str(),
                ctx.method.as_str(),
                ctx.principal.actor,
                ctx.reason,
                ctx.idempotency_key,
                at,
                ctx.rule.map(|r| r.0),
                ctx.rule.map(|r| r.1),
            ],
        )?;
    }
    Ok(outcome)
}

/// Checks that an unqualification carries a reason.
pub fn require_reason(action: QualifyAction, reason: Option<&str>) -> Result<()> {
    if action == QualifyAction::Unqualify && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Problem::validation("reason", "a reason is required to unqualify").into());
    }
    Ok(())
}

/// What a batch reference resolves to.
enum Resolved {
    Lead(Box<Lead>),
    Referrer,
    Missing,
}

/// Applies one action to many leads. The caller runs it in one transaction.
pub fn change_batch(
    conn: &Connection,
    campaign: Option<&str>,
    items: &[LeadRef],
    action: QualifyAction,
    ctx: &ChangeContext,
) -> Result<Vec<BatchItemResult>> {
    require_reason(action, ctx.reason)?;
    let workspace_id = ctx.principal.workspace_id;
    let campaign = match campaign {
        Some(c) => Some(get_campaign(conn, workspace_id, c)?),
        None => None,
    };
    let mut results = Vec::with_capacity(items.len());
    for (index, reference) in items.iter().enumerate() {
        let resolved = match (reference, &campaign) {
            (LeadRef::Id(id), _) => match find_lead_in_workspace(conn, workspace_id, *id)? {
                Some(lead) if campaign.as_ref().is_none_or(|c| c.id == lead.campaign_id) => {
                    Resolved::Lead(Box::new(lead))
                }
                _ => Resolved::Missing,
            },
            (_, None) => {
                return Err(Problem::validation(
                    "campaign",
                    format!(
                        "item {index} is named by {} and needs a campaign",
                        kind(reference)
                    ),
                )
                .into());
            }
            (LeadRef::Email(email), Some(c)) => match find_lead_by_email(conn, c.id, email)? {
                Some(lead) => Resolved::Lead(Box::new(lead)),
                None => match find_referrer_by_email(conn, c.id, &email.trim().to_lowercase())? {
                    Some(_) => Resolved::Referrer,
                    None => Resolved::Missing,
                },
            },
            (LeadRef::Code(code), Some(c)) => match find_lead_by_code(conn, c.id, code)? {
                Some(lead) => Resolved::Lead(Box::new(lead)),
                None => match find_referrer_by_code(conn, c.id, code.trim())? {
                    Some(_) => Resolved::Referrer,
                    None => Resolved::Missing,
                },
            },
            (LeadRef::ExternalId(ext), Some(c)) => {
                let mut leads = find_leads_by_external_id(conn, c.id, ext)?;
                if leads.len() > 1 {
                    return Err(Problem::new(
                        409,
                        ProblemCode::Conflict,
                        format!("item {index}: external id '{ext}' names more than one lead"),
                    )
                    .into());
                }
                match leads.pop() {
                    Some(lead) => Resolved::Lead(Box::new(lead)),
                    None => match find_referrer_by_external_id(conn, c.id, ext.trim())? {
                        Some(_) => Resolved::Referrer,
                        None => Resolved::Missing,
                    },
                }
            }
        };
        let (outcome, lead_id) = match resolved {
            Resolved::Lead(lead) => {
                // Re-read the status: an earlier item of this batch may have named the same lead.
                let current = find_lead_in_workspace(conn, workspace_id, lead.id)?.unwrap_or(*lead);
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
        });
    }
    Ok(results)
}

fn kind(reference: &LeadRef) -> &'static str {
    match reference {
        LeadRef::Id(_) => "id",
        LeadRef::Email(_) => "email",
        LeadRef::Code(_) => "referral code",
        LeadRef::ExternalId(_) => "external id",
    }
}

fn record_from_row(r: &Row) -> rusqlite::Result<QualificationRecord> {
    let action: String = r.get(2)?;
    let method: String = r.get(3)?;
    Ok(QualificationRecord {
        id: r.get(0)?,
        lead_id: r.get(1)?,
        action: action.parse().unwrap_or(QualifyAction::Qualify),
        method: method.parse().unwrap_or(QualifyMethod::Api),
        actor: r.get(4)?,
        reason: r.get(5)?,
        idempotency_key: r.get(6)?,
        created_at: r.get(7)?,
        rule: r.get(8)?,
        event: r.get(9)?,
    })
}

pub fn lead_history(conn: &Connection, lead_id: i64) -> Result<Vec<QualificationRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event
         FROM qualifications WHERE lead_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([lead_id], record_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
