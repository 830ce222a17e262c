//! The event pipeline: an event is stored once per id, every enabled rule
//! of the campaign(s) looks at it, and each decision (with its explanation)
//! is kept with the event. The decisions themselves are `domain::events`'.

use crate::store::Db;
use serde_json::Value;

use super::Result;
use super::qualify::{ChangeContext, change_lead};
use crate::api::{
    Campaign, CampaignStatus, EventRecord, IdentityKind, NewEvent, QualifyMethod, Rule,
    RuleDecision,
};
use crate::domain::Refusal;
use crate::domain::events::{self as decide, Found};
use crate::domain::rules::Condition;
use crate::store::{self, Principal, now};

/// How an event is being handled: for real, or as a test that changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventMode {
    Record { source: &'static str },
    Test,
}

/// Runs the rules again on an event already received (after a rule was
/// fixed): its decisions are made anew and replace the ones it kept; an
/// amount it brought a threshold is counted once, as before. With
/// `dry_run`, says what would happen and changes nothing.
pub fn replay(
    conn: &dyn Db,
    principal: &Principal,
    id: &str,
    campaigns: &[Campaign],
    dry_run: bool,
) -> Result<EventRecord> {
    let Some(stored) = store::events::get(conn, principal.workspace_id, id)? else {
        return Err(Refusal::not_found(format!("no event with id '{id}'")).into());
    };
    let Some(row) = store::events::row_of(conn, principal.workspace_id, id)? else {
        return Err(Refusal::not_found(format!("no event with id '{id}'")).into());
    };
    let event_value = serde_json::json!({
        "id": stored.id,
        "type": stored.kind,
        "occurred_at": stored.occurred_at,
        "data": stored.data,
    });
    let delivery = Delivery {
        event: &event_value,
        row: (!dry_run).then_some(row),
        earlier_row: dry_run.then_some(row),
        occurred_at: &stored.occurred_at,
    };
    let mut decisions = Vec::new();
    for campaign in campaigns {
        if campaign.status == CampaignStatus::Archived {
            continue;
        }
        for rule in store::rules::list(conn, campaign.id)? {
            if rule.enabled {
                decisions.push(apply(conn, principal, campaign, &rule, &delivery)?);
            }
        }
    }
    if !dry_run {
        store::events::set_decisions(conn, row, &decisions)?;
    }
    let summary = EventRecord::summarize(&decisions);
    Ok(EventRecord {
        summary: if dry_run {
            format!("replayed as a test, nothing changed: {summary}")
        } else {
            format!("replayed: {summary}")
        },
        decisions,
        redelivered: false,
        ..stored
    })
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
pub fn process(
    conn: &dyn Db,
    principal: &Principal,
    event: NewEvent,
    campaigns: &[Campaign],
    mode: EventMode,
) -> Result<EventRecord> {
    if event.id.trim().is_empty() {
        return Err(Refusal::invalid("id", "every event needs an id, to be idempotent").into());
    }
    if event.kind.trim().is_empty() {
        return Err(Refusal::invalid("type", "every event needs a type").into());
    }
    for (field, value) in [("id", &event.id), ("type", &event.kind)] {
        let length = value.chars().count();
        if length > crate::domain::validate::MAX_ID {
            return Err(Refusal::invalid(
                field,
                format!(
                    "is {length} characters long; at most {} are kept",
                    crate::domain::validate::MAX_ID
                ),
            )
            .into());
        }
    }
    let mut event = event;
    match event.data {
        Value::Object(_) => {}
        Value::Null => event.data = Value::Object(Default::default()),
        _ => {
            return Err(Refusal::invalid("data", "must be an object (or absent)").into());
        }
    }
    let earlier = store::events::get(conn, principal.workspace_id, &event.id)?;
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
        Some(at) => crate::domain::time::parse_time_filter(at)
            .map_err(|e| Refusal::invalid("occurred_at", e))?,
        None => received_at.clone(),
    };
    let event_value = serde_json::json!({
        "id": event.id,
        "type": event.kind,
        "occurred_at": occurred_at,
        "data": event.data,
    });
    let row = match mode {
        EventMode::Record { source } => Some(store::events::insert(
            conn,
            &store::events::EventRow {
                workspace_id: principal.workspace_id,
                key: &event.id,
                kind: &event.kind,
                source,
                payload: &event.data,
                received_at: &received_at,
                occurred_at: &occurred_at,
            },
        )?),
        EventMode::Test => None,
    };
    let earlier_row = match (&earlier, mode) {
        (Some(_), EventMode::Test) => {
            store::events::row_of(conn, principal.workspace_id, &event.id)?
        }
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
        for rule in store::rules::list(conn, campaign.id)? {
            if rule.enabled {
                decisions.push(apply(conn, principal, campaign, &rule, &delivery)?);
            }
        }
    }
    if let Some(row) = row {
        store::events::set_decisions(conn, row, &decisions)?;
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

/// One rule's decision on one event, applied (or, in a test, only told).
fn apply(
    conn: &dyn Db,
    principal: &Principal,
    campaign: &Campaign,
    rule: &Rule,
    delivery: &Delivery,
) -> Result<RuleDecision> {
    match steps(conn, principal, campaign, rule, delivery)? {
        Ok(d) | Err(d) => Ok(d),
    }
}

/// Goes on with a step's value, or returns the decision it stopped with.
macro_rules! step {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(done) => return Ok(Err(*done)),
        }
    };
}

/// The steps of [`apply`]; the inner `Err` is a decision that stopped early.
fn steps(
    conn: &dyn Db,
    principal: &Principal,
    campaign: &Campaign,
    rule: &Rule,
    delivery: &Delivery,
) -> Result<Result<RuleDecision, RuleDecision>> {
    let event = delivery.event;
    let testing = delivery.row.is_none();
    let (d, identity) = step!(decide::identify(rule, campaign, event));
    let found = find(conn, campaign.id, rule.identity, &identity)?;
    let (d, lead) = step!(decide::lead(d, campaign, rule.identity, &identity, found));
    // A rule saved before conditions were bounded may hold one that no
    // longer compiles: it decides nothing, and says why.
    let compiled = rule
        .condition
        .as_deref()
        .map(Condition::compile)
        .transpose();
    let compiled = step!(decide::compiled(d.clone(), &lead, compiled));
    let mut d = step!(decide::condition(d, rule, compiled.as_ref(), &lead, event));
    if let Some(t) = &rule.threshold {
        let (next, value) = step!(decide::threshold_amount(d, t, &lead, event));
        // An absurd amount refuses the whole event: counted once, it would
        // swamp the lead's sum for ever.
        let value = crate::domain::rules::check_amount(&t.field, value)
            .map_err(|e| Refusal::invalid(&t.field, e.message))?;
        if let Some(row) = delivery.row {
            store::events::add_match(conn, rule.id, lead.id, row, value, delivery.occurred_at)?;
        }
        // An event can only reach a lead that exists, so events that say they
        // happened before the sign-up (a lead imported late, a backfill) count.
        let end = decide::window_end(&lead, t);
        let before = store::events::matched_sum(
            conn,
            rule.id,
            lead.id,
            &end,
            [delivery.row, delivery.earlier_row],
        )?;
        d = step!(decide::threshold(
            next,
            t,
            &lead,
            value,
            before,
            delivery.occurred_at
        ));
    }
    let reason = decide::reason(rule, event);
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
            dry_run: testing,
            rule: Some((&rule.name, event_id)),
            // A rule never qualifies a lead on an exclude-list.
            force: false,
        },
    )?;
    Ok(Ok(decide::finish(d, rule, &lead, outcome, testing)))
}

/// Who in the campaign has the event's key.
fn find(conn: &dyn Db, campaign_id: i64, kind: IdentityKind, identity: &str) -> Result<Found> {
    use store::{leads, referrers};
    let lead = match kind {
        IdentityKind::Email => leads::find_by_email(conn, campaign_id, identity)?,
        IdentityKind::Code => leads::find_by_code(conn, campaign_id, identity)?,
        IdentityKind::ExternalId => {
            let mut found = leads::find_by_external_id(conn, campaign_id, identity)?;
            if found.len() > 1 {
                return Ok(Found::Several);
            }
            found.pop()
        }
    };
    if let Some(lead) = lead {
        return Ok(Found::Lead(Box::new(lead)));
    }
    let referrer = match kind {
        IdentityKind::Email => {
            referrers::find_by_email(conn, campaign_id, &identity.to_lowercase())?.is_some()
        }
        IdentityKind::Code => referrers::find_by_code(conn, campaign_id, identity)?.is_some(),
        IdentityKind::ExternalId => {
            referrers::find_by_external_id(conn, campaign_id, identity)?.is_some()
        }
    };
    Ok(if referrer {
        Found::Referrer
    } else {
        Found::Nobody
    })
}
