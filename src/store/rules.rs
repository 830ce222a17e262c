//! Rules: rows and queries. What a rule means lives in `domain::rules`;
//! checking one before it is saved, in `service::rules`.

use super::sql::{Db, Optional, Row};
use crate::params;

use super::{Result, StoreError, now};
use crate::api::{NewRule, Rule, Threshold};
use crate::domain::Refusal;

const COLUMNS: &str = "id, campaign_id, name, event_type, identity_kind, identity_path, condition,
    threshold_field, threshold_amount, threshold_days, action, enabled, created_at, updated_at";

fn from_row(r: &Row) -> Result<Rule> {
    let field: Option<String> = r.get(7)?;
    Ok(Rule {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        name: r.get(2)?,
        event_type: r.get(3)?,
        identity: r.parsed(4)?,
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
        action: r.parsed(10)?,
        enabled: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

pub fn insert(conn: &dyn Db, campaign_id: i64, rule: &NewRule) -> Result<Rule> {
    let at = now();
    let t = rule.threshold.as_ref();
    let id: i64 = conn.query_row(
        "INSERT INTO rules (campaign_id, name, event_type, identity_kind, identity_path, condition,
             threshold_field, threshold_amount, threshold_days, action, enabled, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12) RETURNING id",
        params![
            campaign_id,
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
        ], |r| r.get(0))?;
    by_id(conn, id)
}

fn by_id(conn: &dyn Db, id: i64) -> Result<Rule> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM rules WHERE id = ?1"),
        params![id],
        from_row,
    )
}

pub fn find_by_name(conn: &dyn Db, campaign_id: i64, name: &str) -> Result<Option<Rule>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM rules WHERE campaign_id = ?1 AND name = ?2"),
        params![campaign_id, name.trim()],
        from_row,
    )
    .optional()
}

/// A rule by id, within the workspace.
pub fn get(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Rule> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM rules WHERE id = ?2
               AND campaign_id IN (SELECT id FROM campaigns WHERE workspace_id = ?1)"
        ),
        params![workspace_id, id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| StoreError::from(Refusal::missing("rule", format!("no rule with id {id}"))))
}

pub fn list(conn: &dyn Db, campaign_id: i64) -> Result<Vec<Rule>> {
    conn.query_map(
        &format!("SELECT {COLUMNS} FROM rules WHERE campaign_id = ?1 ORDER BY id"),
        params![campaign_id],
        from_row,
    )
}

/// Sets whether the rule is enabled and its condition.
pub fn set_enabled_and_condition(
    conn: &dyn Db,
    id: i64,
    enabled: bool,
    condition: Option<&str>,
) -> Result<Rule> {
    conn.execute(
        "UPDATE rules SET enabled = ?2, condition = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, enabled, condition, now()],
    )?;
    by_id(conn, id)
}

/// Makes rule `id` exactly `rule`; with `forget_progress`, the amounts it
/// counted towards thresholds go too.
pub fn replace(conn: &dyn Db, id: i64, rule: &NewRule, forget_progress: bool) -> Result<Rule> {
    if forget_progress {
        conn.execute("DELETE FROM rule_matches WHERE rule_id = ?1", params![id])?;
    }
    let t = rule.threshold.as_ref();
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
    by_id(conn, id)
}

pub fn delete(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM rules WHERE id = ?1", params![id])?;
    Ok(())
}
