//! Rules: checked (their condition compiled) before they are saved.

use rusqlite::Connection;

use super::Result;
use crate::api::{Campaign, NewRule, Rule, RulePatch};
use crate::domain::Refusal;
use crate::domain::rules::{self as eval, Condition};
use crate::store;

fn invalid(e: eval::RuleInvalid) -> Refusal {
    Refusal::invalid(e.field, e.message)
}

pub fn create(conn: &Connection, campaign: &Campaign, rule: NewRule) -> Result<Rule> {
    eval::validate(&rule).map_err(invalid)?;
    if store::rules::find_by_name(conn, campaign.id, &rule.name)?.is_some() {
        return Err(Refusal::duplicate(
            format!(
                "campaign '{}' already has a rule named '{}'",
                campaign.code, rule.name
            ),
            None,
        )
        .into());
    }
    store::rules::insert(conn, campaign.id, &rule)
}

pub fn update(conn: &Connection, workspace_id: i64, id: i64, patch: RulePatch) -> Result<Rule> {
    let rule = store::rules::get(conn, workspace_id, id)?;
    if let Some(condition) = &patch.condition {
        Condition::compile(condition).map_err(invalid)?;
    }
    store::rules::set_enabled_and_condition(
        conn,
        id,
        patch.enabled.unwrap_or(rule.enabled),
        patch.condition.or(rule.condition).as_deref(),
    )
}

/// Makes rule `id` exactly `rule`, in place: it keeps its id, and the
/// threshold progress it counted, unless what it counts changed.
pub fn replace(conn: &Connection, workspace_id: i64, id: i64, rule: NewRule) -> Result<Rule> {
    let old = store::rules::get(conn, workspace_id, id)?;
    eval::validate(&rule).map_err(invalid)?;
    if let Some(other) = store::rules::find_by_name(conn, old.campaign_id, &rule.name)?
        && other.id != id
    {
        return Err(Refusal::duplicate(
            format!(
                "rule {} already has the name '{}' in this campaign",
                other.id, other.name
            ),
            None,
        )
        .into());
    }
    store::rules::replace(conn, id, &rule, !eval::counts_the_same(&old, &rule))
}

pub fn delete(conn: &Connection, workspace_id: i64, id: i64) -> Result<Rule> {
    let rule = store::rules::get(conn, workspace_id, id)?;
    store::rules::delete(conn, id)?;
    Ok(rule)
}
