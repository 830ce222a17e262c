//! The record of edits and deletions of leads and referrers: who, when, and
//! the whole resource before and after, as JSON. Rows are only ever added.

use super::sql::{Db, Row};
use super::{Result, now};
use crate::api::Change;
use crate::params;

/// One change to record; `before` and `after` are the resource's JSON.
pub struct NewChange<'a> {
    pub workspace_id: i64,
    pub subject: &'a str,
    pub subject_id: i64,
    pub action: &'a str,
    pub actor: &'a str,
    pub before: serde_json::Value,
    pub after: Option<serde_json::Value>,
}

pub fn record(conn: &dyn Db, change: NewChange) -> Result<()> {
    conn.execute(
        "INSERT INTO changes (workspace_id, subject, subject_id, action, actor, before, after, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            change.workspace_id,
            change.subject,
            change.subject_id,
            change.action,
            change.actor,
            change.before.to_string(),
            change.after.map(|a| a.to_string()),
            now()
        ],
    )?;
    Ok(())
}

fn from_row(r: &Row) -> Result<Change> {
    let json = |text: Option<String>| {
        text.map(|t| serde_json::from_str(&t).unwrap_or(serde_json::Value::String(t)))
    };
    let before = json(r.get(5)?).unwrap_or_default();
    let after = json(r.get(6)?);
    Ok(Change {
        id: r.get(0)?,
        subject: r.get(1)?,
        subject_id: r.get(2)?,
        action: r.get(3)?,
        actor: r.get(4)?,
        summary: Change::summarize(&before, after.as_ref()),
        before,
        after,
        created_at: r.get(7)?,
    })
}

/// The changes to one lead or referrer, oldest first.
pub fn of(conn: &dyn Db, workspace_id: i64, subject: &str, subject_id: i64) -> Result<Vec<Change>> {
    conn.query_map(
        "SELECT id, subject, subject_id, action, actor, before, after, created_at FROM changes
         WHERE workspace_id = ?1 AND subject = ?2 AND subject_id = ?3 ORDER BY id",
        params![workspace_id, subject, subject_id],
        from_row,
    )
}
