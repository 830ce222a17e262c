//! The outbox of linked workspaces: each qualification change on its way to
//! the hosted platform, written in the change's own transaction; and every
//! attempt to deliver it, with the platform's answer.

use super::sql::{Db, Optional, Row, Value};
use crate::params;

use super::{Result, now};
use crate::api::{OutboxEntry, OutboxState, QualifyAction};

/// Why a change was made, as the outbox keeps it.
pub struct Cause<'a> {
    pub action: QualifyAction,
    pub actor: &'a str,
    pub reason: Option<&'a str>,
    /// The rule's name and the event's id.
    pub rule: Option<(&'a str, &'a str)>,
}

/// Adds an entry for each of `lead_ids` whose workspace is linked (none
/// when it is not), in the caller's transaction.
pub fn enqueue(conn: &dyn Db, lead_ids: &[i64], cause: &Cause) -> Result<()> {
    if lead_ids.is_empty() || !super::links::any(conn)? {
        return Ok(());
    }
    let at = now();
    let shared = vec![
        Value::Text(cause.action.as_str().into()),
        Value::Text(cause.actor.into()),
        cause.reason.map_or(Value::Null, |r| Value::Text(r.into())),
        cause.rule.map_or(Value::Null, |r| Value::Text(r.0.into())),
        cause.rule.map_or(Value::Null, |r| Value::Text(r.1.into())),
        Value::Text(at),
    ];
    for chunk in lead_ids.chunks(500) {
        let ids = chunk.iter().map(|&id| Value::Integer(id)).collect();
        let (condition, mut args) = super::sql::any_of(conn.dialect(), "l.id", 7, ids);
        let mut all = shared.clone();
        all.append(&mut args);
        conn.execute(
            &format!(
                "INSERT INTO outbox (workspace_id, lead_id, action, actor, reason, rule, event,
                     state, due_at, created_at, updated_at)
                 SELECT c.workspace_id, l.id, ?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?6
                 FROM leads l
                 JOIN campaigns c ON c.id = l.campaign_id
                 JOIN hosted_links h ON h.workspace_id = c.workspace_id
                 WHERE {condition}
                 ORDER BY l.id"
            ),
            &super::sql::dynamic(&all),
        )?;
    }
    Ok(())
}

const COLUMNS: &str = "o.id, o.lead_id, o.action, o.actor, o.reason, o.rule, o.event, o.state,
    o.attempts, o.created_at, o.updated_at, o.answer_status, o.answer, o.note";

fn from_row(r: &Row) -> Result<OutboxEntry> {
    let attempts: i64 = r.get(8)?;
    let status: Option<i64> = r.get(11)?;
    Ok(OutboxEntry {
        id: r.get(0)?,
        lead_id: r.get(1)?,
        action: r.parsed(2)?,
        actor: r.get(3)?,
        reason: r.get(4)?,
        rule: r.get(5)?,
        event: r.get(6)?,
        state: r.parsed(7)?,
        attempts: attempts.clamp(0, i64::from(u32::MAX)) as u32,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        answer_status: status.and_then(|s| u16::try_from(s).ok()),
        answer: r.get(12)?,
        note: r.get(13)?,
        calls: Vec::new(),
    })
}

/// Every call made for the entry, oldest first.
pub fn calls(conn: &dyn Db, id: i64) -> Result<Vec<crate::api::OutboxCall>> {
    conn.query_map(
        "SELECT at, what, answer_status, answer FROM outbox_attempts
         WHERE outbox_id = ?1 ORDER BY id",
        params![id],
        |r| {
            let status: Option<i64> = r.get(2)?;
            Ok(crate::api::OutboxCall {
                at: r.get(0)?,
                what: r.get(1)?,
                answer_status: status.and_then(|s| u16::try_from(s).ok()),
                answer: r.get(3)?,
            })
        },
    )
}

/// A page of the workspace's entries, newest first, in one state or all.
pub fn list(
    conn: &dyn Db,
    workspace_id: i64,
    state: Option<OutboxState>,
    before_id: i64,
    limit: u32,
) -> Result<Vec<OutboxEntry>> {
    conn.query_map(
        &format!(
            "SELECT {COLUMNS} FROM outbox o
             WHERE o.workspace_id = ?1 AND o.state = COALESCE(?2, o.state) AND o.id < ?3
             ORDER BY o.id DESC LIMIT ?4"
        ),
        params![
            workspace_id,
            state.map(|s| s.as_str()),
            before_id,
            i64::from(limit)
        ],
        from_row,
    )
}

pub fn get(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Option<OutboxEntry>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM outbox o WHERE o.workspace_id = ?1 AND o.id = ?2"),
        params![workspace_id, id],
        from_row,
    )
    .optional()
}

/// The entries an event's rules made.
pub fn of_event(conn: &dyn Db, workspace_id: i64, event: &str) -> Result<Vec<OutboxEntry>> {
    conn.query_map(
        &format!(
            "SELECT {COLUMNS} FROM outbox o WHERE o.workspace_id = ?1 AND o.event = ?2
             ORDER BY o.id"
        ),
        params![workspace_id, event],
        from_row,
    )
}

/// An entry to deliver, with what the platform knows its lead by.
#[derive(Debug, Clone)]
pub struct Due {
    pub entry: OutboxEntry,
    /// The lead's platform id and its campaign's, when it is mirrored.
    pub remote: Option<(String, String)>,
    pub email: Option<String>,
    pub code: Option<String>,
}

/// The oldest entry of the workspace to deliver now (`now` in epoch
/// seconds): pending and due, or left `sending` by a process that stopped;
/// never one behind an unsettled entry of the same lead, so that a lead's
/// changes reach the platform in the order they were made.
pub fn next_due(conn: &dyn Db, workspace_id: i64, now: f64) -> Result<Option<Due>> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS}, l.remote_id, c.remote_id, l.email, l.referral_code
             FROM outbox o
             LEFT JOIN leads l ON l.id = o.lead_id
             LEFT JOIN campaigns c ON c.id = l.campaign_id
             WHERE o.workspace_id = ?1 AND o.state IN ('pending', 'sending') AND o.due_at <= ?2
               AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.lead_id = o.lead_id
                   AND e.id < o.id AND e.state IN ('pending', 'sending'))
             ORDER BY o.id LIMIT 1"
        ),
        params![workspace_id, now],
        |r| {
            let lead: Option<String> = r.get(14)?;
            let campaign: Option<String> = r.get(15)?;
            Ok(Due {
                entry: from_row(r)?,
                remote: lead.zip(campaign),
                email: r.get(16)?,
                code: r.get(17)?,
            })
        },
    )
    .optional()
}

/// When the next entry falls due (epoch seconds), if any waits.
pub fn next_due_at(conn: &dyn Db, workspace_id: i64) -> Result<Option<f64>> {
    conn.query_row(
        "SELECT MIN(due_at) FROM outbox WHERE workspace_id = ?1 AND state IN ('pending', 'sending')",
        params![workspace_id],
        |r| r.get(0),
    )
}

/// Marks the entry as being sent (before the call: a process killed during
/// it leaves `sending`, and whoever picks it up reads the lead back first).
pub fn sending(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2
         WHERE id = ?1",
        params![id, now()],
    )?;
    Ok(())
}

/// What the platform said (or a read-back showed).
pub struct Answered<'a> {
    pub status: Option<u16>,
    pub body: Option<&'a str>,
}

/// Appends one attempt to the entry's record.
pub fn attempt(conn: &dyn Db, id: i64, what: &str, answer: &Answered) -> Result<()> {
    conn.execute(
        "INSERT INTO outbox_attempts (outbox_id, at, what, answer_status, answer)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, now(), what, answer.status.map(i64::from), answer.body],
    )?;
    Ok(())
}

/// Settles the entry (`applied`, `skipped`, `failed`) or puts it back
/// (`pending`, due at `due_at`), with the last answer and why.
pub fn set_state(
    conn: &dyn Db,
    id: i64,
    state: OutboxState,
    due_at: f64,
    answer: &Answered,
    note: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET state = ?2, due_at = ?3, answer_status = COALESCE(?4, answer_status),
             answer = COALESCE(?5, answer), note = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            state.as_str(),
            due_at,
            answer.status.map(i64::from),
            answer.body,
            note,
            now()
        ],
    )?;
    Ok(())
}

/// Keeps until when the platform holds the credit of an applied qualify.
pub fn held_until(conn: &dyn Db, id: i64, until: &str) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET hold_until = ?2 WHERE id = ?1",
        params![id, until],
    )?;
    Ok(())
}

/// True when the lead's last delivered change is a qualify whose credit the
/// platform still holds at `now` (a platform that shows a held credit as
/// pending: GrowSurf).
pub fn held(conn: &dyn Db, lead_id: i64, now: &str) -> Result<bool> {
    let last: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT action, hold_until FROM outbox
             WHERE lead_id = ?1 AND state = 'applied' ORDER BY id DESC LIMIT 1",
            params![lead_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(matches!(last, Some((action, Some(until))) if action == "qualify" && until.as_str() > now))
}

/// The leads of the workspace whose credit the platform holds at `now`:
/// qualified here, although the platform shows them pending.
pub fn held_leads(conn: &dyn Db, workspace_id: i64, now: &str) -> Result<Vec<i64>> {
    conn.query_map(
        "SELECT o.lead_id FROM outbox o
         WHERE o.workspace_id = ?1 AND o.state = 'applied' AND o.action = 'qualify'
           AND o.hold_until > ?2
           AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.lead_id = o.lead_id AND e.id > o.id
               AND e.state = 'applied')",
        params![workspace_id, now],
        |r| r.get(0),
    )
}

/// Puts failed entries back in the queue: one (`Some(id)`), or every one.
/// Returns how many.
pub fn retry(conn: &dyn Db, workspace_id: i64, id: Option<i64>) -> Result<u64> {
    let n = conn.execute(
        "UPDATE outbox SET state = 'pending', due_at = 0, attempts = 0, updated_at = ?3,
             note = 'retried by hand'
         WHERE workspace_id = ?1 AND state = 'failed' AND id = COALESCE(?2, id)",
        params![workspace_id, id, now()],
    )?;
    Ok(n as u64)
}

/// Gives up an entry that is pending or failed, with why; false when it
/// is neither.
pub fn discard(
    conn: &dyn Db,
    workspace_id: i64,
    id: i64,
    actor: &str,
    reason: &str,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE outbox SET state = 'discarded', note = ?3, updated_at = ?4
         WHERE workspace_id = ?1 AND id = ?2 AND state IN ('pending', 'failed')",
        params![
            workspace_id,
            id,
            format!("discarded by {actor}: {reason}"),
            now()
        ],
    )?;
    Ok(n == 1)
}

/// The leads of the workspace with a change still on its way: the mirror
/// leaves their status alone.
pub fn unsettled_leads(conn: &dyn Db, workspace_id: i64) -> Result<Vec<i64>> {
    conn.query_map(
        "SELECT DISTINCT lead_id FROM outbox
         WHERE workspace_id = ?1 AND state IN ('pending', 'sending')",
        params![workspace_id],
        |r| r.get(0),
    )
}

/// How many entries are in each state, for `ready` and `doctor`.
pub fn counts(conn: &dyn Db, workspace_id: i64) -> Result<Vec<(OutboxState, u64)>> {
    conn.query_map(
        "SELECT state, COUNT(*) FROM outbox WHERE workspace_id = ?1 GROUP BY state ORDER BY state",
        params![workspace_id],
        |r| {
            let n: i64 = r.get(1)?;
            Ok((r.parsed(0)?, n.max(0) as u64))
        },
    )
}
