//! Qualification changes: a lead's new status and the append-only record of
//! why, written together.

use super::sql::{Db, Row, Value};
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

/// Sets the lead's status and appends the record, in the caller's
/// transaction; on a linked workspace, the change goes to the outbox too.
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
    super::outbox::enqueue(
        conn,
        &[change.lead_id],
        &super::outbox::Cause {
            action: change.action,
            actor: change.actor,
            reason: change.reason,
            rule: change.rule,
        },
    )
}

/// What many leads' changes share: one action by one actor for one reason.
#[derive(Debug, Clone)]
pub struct BatchChange<'a> {
    pub action: QualifyAction,
    pub new_status: LeadStatus,
    pub method: QualifyMethod,
    pub actor: &'a str,
    pub reason: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
}

/// Rows per multi-row INSERT (9 values each).
const RECORDS_PER_INSERT: usize = 500;

/// Sets the status of every lead of `lead_ids` and appends a record for
/// each, in a few statements whatever their number (the caller has locked
/// the rows and decided that each changes).
pub fn record_many(conn: &dyn Db, lead_ids: &[i64], change: &BatchChange) -> Result<()> {
    let at = now();
    super::outbox::enqueue(
        conn,
        lead_ids,
        &super::outbox::Cause {
            action: change.action,
            actor: change.actor,
            reason: change.reason,
            rule: None,
        },
    )?;
    super::leads::set_statuses(conn, lead_ids, change.new_status, &at)?;
    if conn.dialect() == super::Dialect::Postgres {
        conn.execute(
            "INSERT INTO qualifications
                 (lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event)
             SELECT unnest(?7::bigint[]), ?1, ?2, ?3, ?4, ?5, ?6, NULL, NULL",
            params![
                change.action.as_str(),
                change.method.as_str(),
                change.actor,
                change.reason,
                change.idempotency_key,
                at,
                Value::List(lead_ids.iter().map(|&id| Value::Integer(id)).collect()),
            ],
        )?;
        return Ok(());
    }
    for chunk in lead_ids.chunks(RECORDS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO qualifications
                 (lead_id, action, method, actor, reason, idempotency_key, created_at, rule, event)
             VALUES ",
        );
        // The shared values are bound once; each row adds its lead's id.
        let mut args: Vec<Value> = vec![
            Value::Text(change.action.as_str().into()),
            Value::Text(change.method.as_str().into()),
            Value::Text(change.actor.into()),
            change.reason.map_or(Value::Null, |r| Value::Text(r.into())),
            change
                .idempotency_key
                .map_or(Value::Null, |k| Value::Text(k.into())),
            Value::Text(at.clone()),
        ];
        for (i, &id) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            args.push(Value::Integer(id));
            sql.push_str(&format!(
                "(?{}, ?1, ?2, ?3, ?4, ?5, ?6, NULL, NULL)",
                args.len()
            ));
        }
        conn.execute(&sql, &super::sql::dynamic(&args))?;
    }
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
