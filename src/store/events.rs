//! Events as received, with the decisions the rules made on them, and the
//! amounts each rule counted towards its threshold.

use super::sql::{Db, Dialect, Optional, Row};
use crate::params;
use serde_json::Value;

use super::{Result, StoreError};
use crate::api::{EventRecord, RuleDecision};

/// An event to keep.
pub struct EventRow<'a> {
    pub workspace_id: i64,
    pub key: &'a str,
    pub kind: &'a str,
    pub source: &'a str,
    pub payload: &'a Value,
    pub received_at: &'a str,
    pub occurred_at: &'a str,
}

/// Stores the event (its decisions come later) and returns its row.
pub fn insert(conn: &dyn Db, event: &EventRow) -> Result<i64> {
    let id: i64 = conn.query_row(
        "INSERT INTO events
             (workspace_id, event_key, type, source, payload, decisions, received_at, occurred_at)
         VALUES (?1, ?2, ?3, ?4, ?5, '[]', ?6, ?7) RETURNING id",
        params![
            event.workspace_id,
            event.key,
            event.kind,
            event.source,
            event.payload.to_string(),
            event.received_at,
            event.occurred_at
        ],
        |r| r.get(0),
    )?;
    Ok(id)
}

pub fn set_decisions(conn: &dyn Db, row: i64, decisions: &[RuleDecision]) -> Result<()> {
    let json = serde_json::to_string(decisions)
        .map_err(|e| StoreError::Corrupt(format!("decisions that do not encode: {e}")))?;
    conn.execute(
        "UPDATE events SET decisions = ?2 WHERE id = ?1",
        params![row, json],
    )?;
    Ok(())
}

/// Counts `amount` for the rule and lead; an event counts once per rule.
pub fn add_match(
    conn: &dyn Db,
    rule_id: i64,
    lead_id: i64,
    event_row: i64,
    amount: f64,
    at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO rule_matches (rule_id, lead_id, event_id, amount, at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
        params![rule_id, lead_id, event_row, amount, at],
    )?;
    Ok(())
}

/// The sum the rule counted for the lead up to `end`, leaving out the rows
/// in `except`.
pub fn matched_sum(
    conn: &dyn Db,
    rule_id: i64,
    lead_id: i64,
    end: &str,
    except: [Option<i64>; 2],
) -> Result<f64> {
    conn.query_row(
        "SELECT COALESCE(SUM(amount), 0) FROM rule_matches
         WHERE rule_id = ?1 AND lead_id = ?2 AND at <= ?3
           AND event_id != ?4 AND event_id != ?5",
        params![
            rule_id,
            lead_id,
            end,
            except[0].unwrap_or(-1),
            except[1].unwrap_or(-1)
        ],
        |r| r.get(0),
    )
}

/// The row of the event with id `key`.
pub fn row_of(conn: &dyn Db, workspace_id: i64, key: &str) -> Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM events WHERE workspace_id = ?1 AND event_key = ?2",
        params![workspace_id, key],
        |r| r.get(0),
    )
    .optional()
}

const COLUMNS: &str = "id, event_key, type, source, received_at, decisions, payload, occurred_at";

fn from_row(r: &Row) -> Result<(i64, EventRecord)> {
    let decisions: String = r.get(5)?;
    let payload: String = r.get(6)?;
    let received_at: String = r.get(4)?;
    let occurred_at: Option<String> = r.get(7)?;
    let json_error = |i, e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    let decisions: Vec<RuleDecision> =
        serde_json::from_str(&decisions).map_err(|e| json_error(5, e))?;
    let data: Value = serde_json::from_str(&payload).map_err(|e| json_error(6, e))?;
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
            data,
        },
    ))
}

/// An event as stored, with its decisions.
pub fn get(conn: &dyn Db, workspace_id: i64, key: &str) -> Result<Option<EventRecord>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM events WHERE workspace_id = ?1 AND event_key = ?2"),
            params![workspace_id, key],
            from_row,
        )
        .optional()?
        .map(|(_, e)| e))
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
pub fn list(
    conn: &dyn Db,
    workspace_id: i64,
    filter: &EventFilter,
    limit: u32,
) -> Result<Vec<(i64, EventRecord)>> {
    // Events that decided something about a lead: the decisions are a JSON
    // array, read with each database's JSON functions.
    let decided_on_lead = match conn.dialect() {
        Dialect::Sqlite => {
            "SELECT 1 FROM json_each(decisions) d WHERE json_extract(d.value, '$.lead_id') = ?4"
        }
        Dialect::Postgres => {
            "SELECT 1 FROM jsonb_array_elements(decisions::jsonb) d
             WHERE (d.value ->> 'lead_id')::bigint = ?4"
        }
    };
    conn.query_map(
        &format!(
            "SELECT {COLUMNS} FROM events
         WHERE workspace_id = ?1 AND (?2 = 0 OR id < ?2) AND (CAST(?3 AS TEXT) IS NULL OR type = ?3)
           AND (CAST(?4 AS BIGINT) IS NULL OR EXISTS ({decided_on_lead}))
         ORDER BY id DESC LIMIT ?5"
        ),
        params![
            workspace_id,
            filter.before_row,
            filter.kind,
            filter.lead_id,
            limit
        ],
        from_row,
    )
}
