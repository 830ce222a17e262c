//! Rules, events, and the pipeline between them: an event is stored once per
//! id, every enabled rule of the campaign(s) looks at it, and each decision
//! (with its explanation) is kept with the event.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::Value;

use super::{ChangeContext, Principal, Result, change_lead, now};
use crate::api::{
    Campaign, CampaignStatus, EventRecord, IdentityKind, Lead, NewEvent, NewRule, Problem,
    ProblemCode, QualifyAction, QualifyMethod, QualifyOutcome, Rule, RuleDecision, RulePatch,
    Threshold,
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

/// Makes rule `id` exactly `rule`, in place: it keeps its id, and the
/// threshold progress it counted, unless what it counts (the threshold's
/// field or the lead's identity) changed.
pub fn replace_rule(conn: &Connection, workspace_id: i64, id: i64, rule: NewRule) -> Result<Rule> {
    let old = get_rule(conn, workspace_id, id)?;
    eval::validate(&rule).map_err(refuse)?;
    if let Some(other) = find_rule(conn, old.campaign_id, &rule.name)?
        && other.id != id
    {
        return Err(Problem::new(
            409,
            ProblemCode::Duplicate,
            format!(
                "rule {} already has the name '{}' in this campaign",
                other.id, other.name
            ),
        )
        .into());
    }
    let t = rule.threshold.as_ref();
    let counts_the_same = old.identity == rule.identity
        && old.identity_path == rule.identity_path
        && old.threshold.as_ref().map(|t| &t.field) == t.map(|t| &t.field);
    if !counts_the_same {
        conn.execute("DELETE FROM rule_matches WHERE rule_id = ?1", [id])?;
    }
    conn.execute(
        "UPDATE rules SET name = ?2, event_type = ?3, identity_kind = ?4, identity_path = ?5,
             condition = ?6, threshold_field = ?7, threshold_amount = ?8, threshold_days = ?9,
             action = ?10, enabled = ?11, updated_at = ?12
         WHERE id = ?1",
        params![
            id,
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

/// Where an event is in the pipeline, for one rule's decision.
struct Delivery<'a> {
    /// The event as CEL and the paths see it: `{id, type, data}`.
    event: &'a Value,
    /// The event's row; `None` in a test.
    row: Option<i64>,
    /// In a test of an event already received: its row, so it is not counted twice.
    earlier_row: Option<i64>,
    /// When it happened, in the stored form.
    occurred_at: &'a str,
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
    let earlier = get_event(conn, principal.workspace_id, &event.id)?;
    if let (EventMode::Record { .. }, Some(mut stored)) = (mode, earlier.clone()) {
        stored.redelivered = true;
        stored.summary = format!(
            "already received at {}; nothing changed this time",
            stored.received_at
        );
        return Ok(stored);
    }
    let received_at = now();
    let occurred_at = match &event.occurred_at {
        Some(at) => {
            super::parse_time_filter(at).map_err(|e| Problem::validation("occurred_at", e))?
        }
        None => received_at.clone(),
    };
    let event_value = serde_json::json!({
        "id": event.id,
        "type": event.kind,
        "occurred_at": occurred_at,
        "data": event.data,
    });
    let row = match mode {
        EventMode::Record { source } => {
            conn.execute(
                "INSERT INTO events
                     (workspace_id, event_key, type, source, payload, decisions, received_at, occurred_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, '[]', ?6, ?7)",
                params![
                    principal.workspace_id,
                    event.id,
                    event.kind,
                    source,
                    event.data.to_string(),
                    received_at,
                    occurred_at
                ],
            )?;
            Some(conn.last_insert_rowid())
        }
        EventMode::Test => None,
    };
    let earlier_row = match (&earlier, mode) {
        (Some(_), EventMode::Test) => event_row(conn, principal.workspace_id, &event.id)?,
        _ => None,
    };
    let delivery = Delivery {
        event: &event_value,
        row,
        earlier_row,
        occurred_at: &occurred_at,
    };
    let mut decisions = Vec::new();
    for campaign in campaigns {
        if campaign.status == CampaignStatus::Archived {
            continue;
        }
        for rule in list_rules(conn, campaign.id)? {
            if rule.enabled {
                decisions.push(decide(conn, principal, campaign, &rule, &delivery)?);
            }
        }
    }
    if let Some(row) = row {
        conn.execute(
            "UPDATE events SET decisions = ?2 WHERE id = ?1",
            params![row, serde_json::to_string(&decisions).unwrap_or_default()],
        )?;
    }
    let mut summary = EventRecord::summarize(&decisions);
    if let Some(earlier) = &earlier {
        summary = format!(
            "already received at {}: sending it again changes nothing. As a new event: {summary}",
            earlier.received_at
        );
    }
    Ok(EventRecord {
        id: event.id,
        kind: event.kind,
        source: match mode {
            EventMode::Record { source } => source.to_string(),
            EventMode::Test => "test".to_string(),
        },
        received_at,
        occurred_at,
        redelivered: earlier.is_some(),
        summary,
        decisions,
        data: event_value["data"].clone(),
    })
}

/// How a lead is named in explanations.
fn named(lead: &Lead) -> String {
    format!("lead {} ({})", lead.id, lead.email)
}

/// A sum or an amount as explanations show it: two decimals.
fn amount(x: f64) -> String {
    format!("{x:.2}")
}

/// One rule's decision on one event.
fn decide(
    conn: &Connection,
    principal: &Principal,
    campaign: &Campaign,
    rule: &Rule,
    delivery: &Delivery,
) -> Result<RuleDecision> {
    let event = delivery.event;
    let testing = delivery.row.is_none();
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
    let kind = rule.identity.as_str();
    let Some(identity) = eval::text_at(event, &rule.identity_path) else {
        d.explanation = format!(
            "the event has no {kind} at {} (nothing there, or not text)",
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
                d.explanation = format!(
                    "several leads of campaign '{}' have external id '{identity}'; none is changed",
                    campaign.code
                );
                return Ok(d);
            }
            leads.pop()
        }
    };
    let Some(lead) = lead else {
        d.explanation = if is_referrer(conn, campaign.id, rule.identity, &identity)? {
            format!(
                "'{identity}' is a referrer of campaign '{}', not a lead; referrers never qualify",
                campaign.code
            )
        } else {
            format!(
                "no lead of campaign '{}' has {kind} '{identity}'",
                campaign.code
            )
        };
        return Ok(d);
    };
    d.lead_id = Some(lead.id);
    let who = named(&lead);
    if let Some(source) = &rule.condition {
        let condition =
            Condition::compile(source).map_err(|e| Problem::validation(e.field, e.message))?;
        match condition.evaluate(event) {
            Ok(value) => d.condition = Some(value),
            Err(message) => {
                d.condition = Some(false);
                d.explanation = format!("{who}: {message}; counted as false");
                return Ok(d);
            }
        }
        if d.condition == Some(false) {
            d.explanation = format!("{who}: the condition `{source}` is false");
            return Ok(d);
        }
    }
    if let Some(t) = &rule.threshold {
        let Some(value) = eval::number_at(event, &t.field) else {
            d.explanation = format!("{who}: the event has no number at {}", t.field);
            return Ok(d);
        };
        if let Some(row) = delivery.row {
            conn.execute(
                "INSERT OR IGNORE INTO rule_matches (rule_id, lead_id, event_id, amount, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![rule.id, lead.id, row, value, delivery.occurred_at],
            )?;
        }
        let end = window_end(&lead, t);
        let before = threshold_sum(conn, rule.id, &lead, &end, delivery)?;
        d.threshold_amount = Some(t.amount);
        if delivery.occurred_at > end.as_str() {
            d.threshold_sum = Some(tidy(before));
            d.explanation = format!(
                "{who}: the event happened at {}, more than {} days after the lead signed up \
                 ({}); the window closed at {end}, with {} of {}",
                delivery.occurred_at,
                t.within_days,
                lead.created_at,
                amount(before),
                amount(t.amount)
            );
            return Ok(d);
        }
        let sum = tidy(before + value);
        d.threshold_sum = Some(sum);
        if !eval::reached(sum, t.amount) {
            d.explanation = format!(
                "{who}: {} of {} so far within {} days of sign-up (until {}); not reached yet",
                amount(sum),
                amount(t.amount),
                t.within_days,
                end.get(..10).unwrap_or(&end)
            );
            return Ok(d);
        }
    }
    let event_id = event["id"].as_str().unwrap_or_default();
    let reason = format!("rule '{}' on event {event_id}", rule.name);
    let outcome = change_lead(
        conn,
        &lead,
        rule.action,
        &ChangeContext {
            principal,
            method: QualifyMethod::Rule,
            reason: Some(&reason),
            idempotency_key: None,
            dry_run: testing,
            rule: Some((&rule.name, event_id)),
        },
    )?;
    d.outcome = Some(outcome);
    let reached = match (&rule.threshold, d.threshold_sum) {
        (Some(t), Some(sum)) => format!(" ({} of {} reached)", amount(sum), amount(t.amount)),
        _ => String::new(),
    };
    d.explanation = match (outcome, testing) {
        (QualifyOutcome::Qualified | QualifyOutcome::Unqualified, false) => {
            format!("{who}: {}{reached}", outcome.as_str())
        }
        (QualifyOutcome::Qualified | QualifyOutcome::Unqualified, true) => {
            format!("{who}: would be {}{reached}", outcome.as_str())
        }
        (_, false) => format!("{who}: {}; nothing to change", outcome.as_str()),
        (_, true) => format!("{who}: {}; nothing would change", outcome.as_str()),
    };
    Ok(d)
}

/// Whether `identity` names a referrer of the campaign (who never qualifies).
fn is_referrer(
    conn: &Connection,
    campaign_id: i64,
    kind: IdentityKind,
    identity: &str,
) -> Result<bool> {
    Ok(match kind {
        IdentityKind::Email => {
            super::find_referrer_by_email(conn, campaign_id, &identity.to_lowercase())?.is_some()
        }
        IdentityKind::Code => super::find_referrer_by_code(conn, campaign_id, identity)?.is_some(),
        IdentityKind::ExternalId => {
            super::find_referrer_by_external_id(conn, campaign_id, identity)?.is_some()
        }
    })
}

/// Sums keep six decimals, so that 0.1 + 0.2 shows as 0.3.
fn tidy(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// The sum of the rule's amounts for the lead up to the window's end, this
/// event excluded (in a test of an event received before, its earlier row
/// too). An event can only reach a lead that exists, so events that say they
/// happened before the sign-up (a lead imported late, a backfill) count.
fn threshold_sum(
    conn: &Connection,
    rule_id: i64,
    lead: &Lead,
    end: &str,
    delivery: &Delivery,
) -> Result<f64> {
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(amount), 0) FROM rule_matches
         WHERE rule_id = ?1 AND lead_id = ?2 AND at <= ?3
           AND event_id != ?4 AND event_id != ?5",
        params![
            rule_id,
            lead.id,
            end,
            delivery.row.unwrap_or(-1),
            delivery.earlier_row.unwrap_or(-1)
        ],
        |r| r.get(0),
    )?)
}

/// The last moment of the threshold's window, in the stored time format.
fn window_end(lead: &Lead, t: &Threshold) -> String {
    super::clock::add_days(&lead.created_at, t.within_days)
        .unwrap_or_else(|| lead.created_at.clone())
}

fn event_row(conn: &Connection, workspace_id: i64, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM events WHERE workspace_id = ?1 AND event_key = ?2",
            params![workspace_id, key],
            |r| r.get(0),
        )
        .optional()?)
}

/// An event as stored, with its decisions.
pub fn get_event(conn: &Connection, workspace_id: i64, key: &str) -> Result<Option<EventRecord>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {EVENT_COLUMNS} FROM events WHERE workspace_id = ?1 AND event_key = ?2"
            ),
            params![workspace_id, key],
            event_from_row,
        )
        .optional()?
        .map(|(_, e)| e))
}

const EVENT_COLUMNS: &str =
    "id, event_key, type, source, received_at, decisions, payload, occurred_at";

fn event_from_row(r: &Row) -> rusqlite::Result<(i64, EventRecord)> {
    let decisions: String = r.get(5)?;
    let payload: String = r.get(6)?;
    let received_at: String = r.get(4)?;
    let occurred_at: Option<String> = r.get(7)?;
    let decisions: Vec<RuleDecision> = serde_json::from_str(&decisions).unwrap_or_default();
    Ok((
        r.get(0)?,
        EventRecord {
            id: r.get(1)?,
            kind: r.get(2)?,
            source: r.get(3)?,
            occurred_at: occurred_at.unwrap_or_else(|| received_at.clone()),
            received_at,
            redelivered: false,
            summary: EventRecord::summarize(&decisions),
            decisions,
            data: serde_json::from_str(&payload).unwrap_or(Value::Null),
        },
    ))
}

/// Which events to list: newest first, before a position, of a type.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only events stored before this row (the cursor); 0 means from the newest.
    pub before_row: i64,
    pub kind: Option<String>,
    /// Only events whose decisions name this lead.
    pub lead_id: Option<i64>,
}

/// Events newest first, with their rows (for cursors).
pub fn list_events(
    conn: &Connection,
    workspace_id: i64,
    filter: &EventFilter,
    limit: u32,
) -> Result<Vec<(i64, EventRecord)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {EVENT_COLUMNS} FROM events
         WHERE workspace_id = ?1 AND (?2 = 0 OR id < ?2) AND (?3 IS NULL OR type = ?3)
           AND (?4 IS NULL OR EXISTS (SELECT 1 FROM json_each(decisions) d
                                      WHERE json_extract(d.value, '$.lead_id') = ?4))
         ORDER BY id DESC LIMIT ?5"
    ))?;
    let rows = stmt.query_map(
        params![
            workspace_id,
            filter.before_row,
            filter.kind,
            filter.lead_id,
            limit
        ],
        event_from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
