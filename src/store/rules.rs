//! Rules, events, and the pipeline between them: an event is stored once per
//! id, every enabled rule of the campaign(s) looks at it, and each decision
//! (with its explanation) is kept with the event.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::Value;

use super::{ChangeContext, Principal, Result, change_lead, now};
use crate::api::{
    Campaign, EventRecord, IdentityKind, Lead, NewEvent, NewRule, Problem, ProblemCode,
    QualifyAction, QualifyMethod, QualifyOutcome, Rule, RuleDecision, RulePatch, Threshold,
};
use crate::domain::rules::{self as eval, Condition};

const COLUMNS: &str = "id, campaign_id, name, event_type, identity_kind, identity_path, condition,
    threshold_field, threshold_amount, threshold_days, action, enabled, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Rule> {
    let identity: String = r.get(4)?;
    let action: String = r.get(10)?;
    let field: Option<String> = r.get(7)?;
    Ok(Rule {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        name: r.get(2)?,
        event_type: r.get(3)?,
        identity: match identity.as_str() {
            "code" => IdentityKind::Code,
            "external_id" => IdentityKind::ExternalId,
            _ => IdentityKind::Email,
        },
        identity_path: r.get(5)?,
        condition: r.get(6)?,
        threshold: match field {
            Some(field) => Some(Threshold {
                field,
                amount: r.get(8)?,
                within_days: r.get(9)?,
            }),
            None => None,
        },
        action: action.parse().unwrap_or(QualifyAction::Qualify),
        enabled: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

fn refuse(e: eval::RuleInvalid) -> super::StoreError {
    Problem::validation(e.field, e.message).into()
}

pub fn create_rule(conn: &Connection, campaign: &Campaign, rule: NewRule) -> Result<Rule> {
    eval::validate(&rule).map_err(refuse)?;
    if find_rule(conn, campaign.id, &rule.name)?.is_some() {
        return Err(Problem::new(
            409,
            ProblemCode::Duplicate,
            format!(
                "campaign '{}' already has a rule named '{}'",
                campaign.code, rule.name
            ),
        )
        .into());
    }
    let at = now();
    let t = rule.threshold.as_ref();
    conn.execute(
        "INSERT INTO rules (campaign_id, name, event_type, identity_kind, identity_path, condition,
             threshold_field, threshold_amount, threshold_days, action, enabled, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            campaign.id,
            rule.name.trim(),
            rule.event_type.trim(),
            rule.identity.as_str(),
            rule.identity_path,
            rule.condition,
            t.map(|t| &t.field),
            t.map(|t| t.amount),
            t.map(|t| t.within_days),
            rule.action.as_str(),
            rule.enabled,
            at
        ],
    )?;
    let id = conn.last_insert_rowid();
    Ok(conn.query_row(
        &format!("SELECT {COLUMNS} FROM rules WHERE id = ?1"),
        [id],
        from_row,
    )?)
}

pub fn find_rule(conn: &Connection, campaign_id: i64, name: &str) -> Result<Option<Rule>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM rules WHERE campaign_id = ?1 AND name = ?2"),
            params![campaign_id, name.trim()],
            from_row,
        )
        .optional()?)
}

/// A rule by id, within the workspace.
pub fn get_rule(conn: &Connection, workspace_id: i64, id: i64) -> Result<Rule> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM rules WHERE id = ?2
               AND campaign_id IN (SELECT id FROM campaigns WHERE workspace_id = ?1)"
        ),
        params![workspace_id, id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Problem::not_found(format!("no rule with id {id}")).into())
}

pub fn list_rules(conn: &Connection, campaign_id: i64) -> Result<Vec<Rule>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rules WHERE campaign_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([campaign_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn update_rule(
    conn: &Connection,
    workspace_id: i64,
    id: i64,
    patch: RulePatch,
) -> Result<Rule> {
    let rule = get_rule(conn, workspace_id, id)?;
    if let Some(condition) = &patch.condition {
        Condition::compile(condition).map_err(refuse)?;
    }
    conn.execute(
        "UPDATE rules SET enabled = ?2, condition = ?3, updated_at = ?4 WHERE id = ?1",
        params![
            id,
            patch.enabled.unwrap_or(rule.enabled),
            patch.condition.or(rule.condition),
            now()
        ],
    )?;
    get_rule(conn, workspace_id, id)
}

pub fn delete_rule(conn: &Connection, workspace_id: i64, id: i64) -> Result<Rule> {
    let rule = get_rule(conn, workspace_id, id)?;
    conn.execute("DELETE FROM rules WHERE id = ?1", [id])?;
    Ok(rule)
}

/// How an event is being handled: for real, or as a test that changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventMode {
    Record { source: &'static str },
    Test,
}

/// Stores `event` (once per id) and applies every enabled rule that listens
/// to it; with [`EventMode::Test`], explains what would happen and stores nothing.
pub fn process_event(
    conn: &Connection,
    principal: &Principal,
    event: NewEvent,
    campaigns: &[Campaign],
    mode: EventMode,
) -> Result<EventRecord> {
    if event.id.trim().is_empty() {
        return Err(Problem::validation("id", "every event needs an id, to be idempotent").into());
    }
    if event.kind.trim().is_empty() {
        return Err(Problem::validation("type", "every event needs a type").into());
    }
    if let EventMode::Record { .. } = mode
        && let Some(mut stored) = get_event(conn, principal.workspace_id, &event.id)?
    {
        stored.redelivered = true;
        return Ok(stored);
    }
    let received_at = now();
    let event_value = serde_json::json!({
        "id": event.id,
        "type": event.kind,
        "data": event.data,
    });
    let event_row = match mode {
        EventMode::Record { source } => {
            conn.execute(
                "INSERT INTO events (workspace_id, event_key, type, source, payload, decisions, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, '[]', ?6)",
                params![
                    principal.workspace_id,
                    event.id,
                    event.kind,
                    source,
                    event.data.to_string(),
                    received_at
                ],
            )?;
            Some(conn.last_insert_rowid())
        }
        EventMode::Test => None,
    };
    let mut decisions = Vec::new();
    for campaign in campaigns {
        for rule in list_rules(conn, campaign.id)? {
            if !rule.enabled {
                continue;
            }
            decisions.push(decide(
                conn,
                principal,
                campaign,
                &rule,
                &event_value,
                event_row,
                &received_at,
            )?);
        }
    }
    if let Some(row) = event_row {
        conn.execute(
            "UPDATE events SET decisions = ?2 WHERE id = ?1",
            params![row, serde_json::to_string(&decisions).unwrap_or_default()],
        )?;
    }
    Ok(EventRecord {
        id: event.id,
        kind: event.kind,
        source: match mode {
            EventMode::Record { source } => source.to_string(),
            EventMode::Test => "test".to_string(),
        },
        received_at,
        redelivered: false,
        decisions,
        data: event_value["data"].clone(),
    })
}

/// One rule's decision on one event; `event_row` is `None` in a test.
fn decide(
    conn: &Connection,
    principal: &Principal,
    campaign: &Campaign,
    rule: &Rule,
    event: &Value,
    event_row: Option<i64>,
    received_at: &str,
) -> Result<RuleDecision> {
    let mut d = RuleDecision {
        rule_id: rule.id,
        rule: rule.name.clone(),
        campaign: campaign.code.clone(),
        type_matched: event["type"] == rule.event_type.as_str(),
        identity: None,
        lead_id: None,
        condition: None,
        threshold_sum: None,
        threshold_amount: None,
        outcome: None,
        explanation: String::new(),
    };
    if !d.type_matched {
        d.explanation = format!(
            "listens to '{}', not '{}'",
            rule.event_type,
            event["type"].as_str().unwrap_or_default()
        );
        return Ok(d);
    }
    let Some(identity) = eval::text_at(event, &rule.identity_path) else {
        d.explanation = format!(
            "the event has no {} at {}",
            rule.identity.as_str(),
            rule.identity_path
        );
        return Ok(d);
    };
    d.identity = Some(identity.clone());
    let lead = match rule.identity {
        IdentityKind::Email => super::find_lead_by_email(conn, campaign.id, &identity)?,
        IdentityKind::Code => super::find_lead_by_code(conn, campaign.id, &identity)?,
        IdentityKind::ExternalId => {
            let mut leads = super::find_leads_by_external_id(conn, campaign.id, &identity)?;
            if leads.len() > 1 {
                d.explanation =
                    format!("several leads have external id '{identity}'; none was changed");
                return Ok(d);
            }
            leads.pop()
        }
    };
    let Some(lead) = lead else {
        d.explanation = format!(
            "no lead of campaign '{}' has {} '{identity}'",
            campaign.code,
            rule.identity.as_str()
        );
        return Ok(d);
    };
    d.lead_id = Some(lead.id);
    if let Some(source) = &rule.condition {
        let condition =
            Condition::compile(source).map_err(|e| Problem::validation(e.field, e.message))?;
        match condition.evaluate(event) {
            Ok(value) => d.condition = Some(value),
            Err(message) => {
                d.condition = Some(false);
                d.explanation = format!("lead {}: {message}", lead.id);
                return Ok(d);
            }
        }
        if d.condition == Some(false) {
            d.explanation = format!("lead {}: the condition `{source}` is false", lead.id);
            return Ok(d);
        }
    }
    if let Some(t) = &rule.threshold {
        let Some(amount) = eval::number_at(event, &t.field) else {
            d.explanation = format!("lead {}: the event has no number at {}", lead.id, t.field);
            return Ok(d);
        };
        let before = threshold_sum(conn, rule.id, &lead, t)?;
        let sum = before + amount;
        if let Some(row) = event_row {
            conn.execute(
                "INSERT OR IGNORE INTO rule_matches (rule_id, lead_id, event_id, amount, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![rule.id, lead.id, row, amount, received_at],
            )?;
        }
        d.threshold_sum = Some(sum);
        d.threshold_amount = Some(t.amount);
        if !within_window(&lead, t, received_at) {
            d.explanation = format!(
                "lead {}: the event came more than {} days after the lead signed up",
                lead.id, t.within_days
            );
            return Ok(d);
        }
        if sum < t.amount {
            d.explanation = format!(
                "lead {}: {sum:.2} of {:.2} so far within {} days of sign-up",
                lead.id, t.amount, t.within_days
            );
            return Ok(d);
        }
    }
    let reason = format!(
        "rule '{}' on event {}",
        rule.name,
        event["id"].as_str().unwrap_or_default()
    );
    let event_id = event["id"].as_str().unwrap_or_default();
    let outcome = change_lead(
        conn,
        &lead,
        rule.action,
        &ChangeContext {
            principal,
            method: QualifyMethod::Rule,
            reason: Some(&reason),
            idempotency_key: None,
            dry_run: event_row.is_none(),
            rule: Some((&rule.name, event_id)),
        },
    )?;
    d.outcome = Some(outcome);
    d.explanation = match outcome {
        QualifyOutcome::Qualified | QualifyOutcome::Unqualified => {
            format!("lead {}: {}", lead.id, outcome.as_str())
        }
        _ => format!("lead {}: {} (nothing to change)", lead.id, outcome.as_str()),
    };
    Ok(d)
}

/// The sum of the rule's amounts for the lead within the window, before this event.
fn threshold_sum(conn: &Connection, rule_id: i64, lead: &Lead, t: &Threshold) -> Result<f64> {
    let end = window_end(lead, t);
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(amount), 0) FROM rule_matches
         WHERE rule_id = ?1 AND lead_id = ?2 AND at >= ?3 AND at <= ?4",
        params![rule_id, lead.id, lead.created_at, end],
        |r| r.get(0),
    )?)
}

fn within_window(lead: &Lead, t: &Threshold, at: &str) -> bool {
    at >= lead.created_at.as_str() && at <= window_end(lead, t).as_str()
}

/// The last moment of the threshold's window, in the stored time format.
fn window_end(lead: &Lead, t: &Threshold) -> String {
    super::clock::add_days(&lead.created_at, t.within_days)
        .unwrap_or_else(|| lead.created_at.clone())
}

/// An event as stored, with its decisions.
pub fn get_event(conn: &Connection, workspace_id: i64, key: &str) -> Result<Option<EventRecord>> {
    Ok(conn
        .query_row(
            "SELECT event_key, type, source, received_at, decisions, payload FROM events
             WHERE workspace_id = ?1 AND event_key = ?2",
            params![workspace_id, key],
            event_from_row,
        )
        .optional()?)
}

fn event_from_row(r: &Row) -> rusqlite::Result<EventRecord> {
    let decisions: String = r.get(4)?;
    let payload: String = r.get(5)?;
    Ok(EventRecord {
        id: r.get(0)?,
        kind: r.get(1)?,
        source: r.get(2)?,
        received_at: r.get(3)?,
        redelivered: false,
        decisions: serde_json::from_str(&decisions).unwrap_or_default(),
        data: serde_json::from_str(&payload).unwrap_or(Value::Null),
    })
}

/// The most recent events, newest first.
pub fn list_events(conn: &Connection, workspace_id: i64, limit: u32) -> Result<Vec<EventRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT event_key, type, source, received_at, decisions, payload FROM events
         WHERE workspace_id = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![workspace_id, limit], event_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
