//! Qualification changes: a lead's new status and the append-only record of
//! why, written together.

use super::sql::{Db, Row};
use crate::params;

use super::{Result, now};
use crate::api::{LeadStatus, QualificationRecord, QualifyAction, QualifyMethod};

/// One change as it is recorded.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub lead_id: i64,
    pub action: QualifyAction,
    pub new_status: LeadStatus,
    pub method: QualifyMethod,
    pub actor: &'a str,
    pub reason: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    /// For changes made by a rule: the rule's name and the event's id.
    pub rule: Option<(&'a str, &'a str)>,
}

/// Sets the lead's status and appends the record, in the caller's transaction.
pub fn record(conn: &dyn Db, change: &Change) -> Result<()> {
    let at = now();
    super::leads::set_status(conn, change.lead_id, change.new_status, &at)?;
    conn.execute(
        "INSERT INTO qualifications
             (lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            change.lead_id,
            change.action.as_str(),
            change.method.as_str(),
            change.actor,
            change.reason,
            change.idempotency_key,
            at,
            change.rule.map(|r| r.0),
            change.rule.map(|r| r.1),
        ],
    )?;
    Ok(())
}

fn record_from_row(r: &Row) -> Result<QualificationRecord> {
    Ok(QualificationRecord {
        id: r.get(0)?,
        lead_id: r.get(1)?,
        action: r.parsed(2)?,
        method: r.parsed(3)?,
        actor: r.get(4)?,
        reason: r.get(5)?,
        idempotency_key: r.get(6)?,
        created_at: r.get(7)?,
        rule: r.get(8)?,
        event: r.get(9)?,
    })
}

/// Every change of the lead, oldest first.
pub fn history(conn: &dyn Db, lead_id: i64) -> Result<Vec<QualificationRecord>> {
    conn.query_map(
        "SELECT id, lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event
         FROM qualifications WHERE lead_id = ?1 ORDER BY id", params![lead_id], record_from_row)
}
