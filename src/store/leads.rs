//! Leads: rows and queries.

use super::sql::{Db, Dialect, Optional, Row, Value};
use crate::params;

use super::{Result, StoreError, now};
use crate::api::{Lead, LeadStatus};
use crate::domain::{Refusal, validate};

const SELECT: &str = "SELECT l.id, l.campaign_id, l.email, l.name, l.phone, l.external_id,
    l.referral_code, r.referral_code, l.referrer_id, l.status, l.qualified_at, l.created_at
    FROM leads l JOIN referrers r ON r.id = l.referrer_id";

fn from_row(r: &Row) -> Result<Lead> {
    Ok(Lead {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        email: r.get(2)?,
        name: r.get(3)?,
        phone: r.get(4)?,
        external_id: r.get(5)?,
        referral_code: r.get(6)?,
        referred_by: r.get(7)?,
        referrer_id: r.get(8)?,
        status: r.parsed(9)?,
        qualified_at: r.get(10)?,
        created_at: r.get(11)?,
    })
}

/// A lead's fields as the service checked them.
pub struct LeadRow<'a> {
    pub referrer_id: i64,
    pub email: &'a str,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub external_id: Option<String>,
    pub referral_code: &'a str,
}

pub fn insert(conn: &dyn Db, campaign_id: i64, row: LeadRow) -> Result<Lead> {
    let id: i64 = conn.query_row(
        "INSERT INTO leads (campaign_id, referrer_id, email, name, phone, external_id, referral_code, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        params![
            campaign_id,
            row.referrer_id,
            row.email,
            row.name,
            row.phone,
            row.external_id,
            row.referral_code,
            now()
        ], |r| r.get(0))?;
    get(conn, id)
}

/// A lead by id (the caller knows it exists).
pub fn get(conn: &dyn Db, id: i64) -> Result<Lead> {
    conn.query_row(&format!("{SELECT} WHERE l.id = ?1"), params![id], from_row)
}

/// Rows per multi-row INSERT (6 values each, beside the 2 shared).
const LEADS_PER_INSERT: usize = 1_000;

/// Inserts many leads of one campaign in a few statements; returns their
/// creation time (the same for all) and each new one's `(email, id)` (in no
/// promised order: emails are unique in a campaign). A row whose email the
/// campaign has already is skipped, not an error: it is missing from the
/// answer, and the caller refuses it as a duplicate (one index probe a row,
/// in the insert itself, rather than a lookup of every email first). The
/// caller has checked everything else.
pub fn insert_many(
    conn: &dyn Db,
    campaign_id: i64,
    rows: &[LeadRow],
) -> Result<(String, Vec<(String, i64)>)> {
    let at = now();
    let mut ids = Vec::with_capacity(rows.len());
    let mut keep = |r: &Row| {
        ids.push((r.get(0)?, r.get(1)?));
        Ok(())
    };
    if conn.dialect() == Dialect::Postgres {
        // One array a column: a statement of eight parameters whatever the
        // number of rows.
        let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
        let column = |f: &dyn Fn(&LeadRow) -> Value| Value::List(rows.iter().map(f).collect());
        conn.query_each(
            "INSERT INTO leads (campaign_id, created_at, referrer_id, email, name, phone, external_id, referral_code)
             SELECT ?1, ?2, * FROM unnest(?3::bigint[], ?4::text[], ?5::text[], ?6::text[], ?7::text[], ?8::text[])
             ON CONFLICT (campaign_id, email) DO NOTHING
             RETURNING email, id",
            params![
                campaign_id,
                at,
                column(&|r| Value::Integer(r.referrer_id)),
                column(&|r| Value::Text(r.email.to_string())),
                column(&|r| text(&r.name)),
                column(&|r| text(&r.phone)),
                column(&|r| text(&r.external_id)),
                column(&|r| Value::Text(r.referral_code.to_string())),
            ],
            &mut keep,
        )?;
        return Ok((at, ids));
    }
    for chunk in rows.chunks(LEADS_PER_INSERT) {
        let mut sql = String::with_capacity(100 + chunk.len() * 40);
        sql.push_str(
            "INSERT INTO leads (campaign_id, created_at, referrer_id, email, name, phone, external_id, referral_code) VALUES ",
        );
        let mut args: Vec<Value> = Vec::with_capacity(2 + chunk.len() * 6);
        args.push(campaign_id.into());
        args.push(Value::Text(at.clone()));
        let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
        for (i, row) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let n = args.len();
            sql.push_str(&format!(
                "(?1, ?2, ?{}, ?{}, ?{}, ?{}, ?{}, ?{})",
                n + 1,
                n + 2,
                n + 3,
                n + 4,
                n + 5,
                n + 6
            ));
            args.push(row.referrer_id.into());
            args.push(Value::Text(row.email.to_string()));
            args.push(text(&row.name));
            args.push(text(&row.phone));
            args.push(text(&row.external_id));
            args.push(Value::Text(row.referral_code.to_string()));
        }
        sql.push_str(" ON CONFLICT (campaign_id, email) DO NOTHING RETURNING email, id");
        conn.query_each(&sql, &super::sql::dynamic(&args), &mut keep)?;
    }
    Ok((at, ids))
}

/// A lead by id, within the workspace; refused as not found otherwise.
pub fn get_in_workspace(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Lead> {
    find_in_workspace(conn, workspace_id, id)?
        .ok_or_else(|| StoreError::from(Refusal::missing("lead", format!("no lead with id {id}"))))
}

pub fn find_in_workspace(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Option<Lead>> {
    conn
        .query_row(
            &format!(
                "{SELECT} JOIN campaigns c ON c.id = l.campaign_id WHERE c.workspace_id = ?1 AND l.id = ?2"
            ),
            params![workspace_id, id],
            from_row,
        )
        .optional()
}

pub fn find_by_email(conn: &dyn Db, campaign_id: i64, email: &str) -> Result<Option<Lead>> {
    let Ok(email) = validate::canonical_email(email) else {
        return Ok(None);
    };
    conn.query_row(
        &format!("{SELECT} WHERE l.campaign_id = ?1 AND l.email = ?2"),
        params![campaign_id, email],
        from_row,
    )
    .optional()
}

pub fn find_by_code(conn: &dyn Db, campaign_id: i64, code: &str) -> Result<Option<Lead>> {
    conn.query_row(
        &format!("{SELECT} WHERE l.campaign_id = ?1 AND l.referral_code = ?2"),
        params![campaign_id, code.trim()],
        from_row,
    )
    .optional()
}

/// External ids are not unique: more than one lead with the id is reported as such.
pub fn find_by_external_id(
    conn: &dyn Db,
    campaign_id: i64,
    external_id: &str,
) -> Result<Vec<Lead>> {
    conn.query_map(
        &format!("{SELECT} WHERE l.campaign_id = ?1 AND l.external_id = ?2 ORDER BY l.id LIMIT 2"),
        params![campaign_id, external_id.trim()],
        from_row,
    )
}

/// Filters for [`list`], already resolved (campaign to id, times to stored form).
#[derive(Debug, Default)]
pub struct LeadFilter {
    pub campaign_id: Option<i64>,
    pub status: Option<LeadStatus>,
    pub created_after: Option<String>,
    pub created_before: Option<String>,
    pub email_contains: Option<String>,
    /// A referrer's referral code or email.
    pub referrer: Option<String>,
    /// Text in the email or the name, any case.
    pub search: Option<String>,
}

impl LeadFilter {
    pub fn time(field: &str, value: Option<&str>) -> Result<Option<String>> {
        value
            .filter(|v| !v.is_empty())
            .map(|v| {
                crate::domain::time::parse_time_filter(v)
                    .map_err(|m| StoreError::from(Refusal::invalid(field, m)))
            })
            .transpose()
    }
}

/// The order a list of leads runs in, and where a page of it starts.
#[derive(Debug, Clone, Default)]
pub struct LeadOrder {
    /// A column of [`crate::api::LEAD_SORTS`] other than `id` (checked by
    /// the caller); `None` is id order.
    pub field: Option<&'static str>,
    pub desc: bool,
    /// The key of the last row already seen.
    pub after: Option<SortKey>,
}

/// A lead's place in a sorted list: whether the field is empty (empty
/// sorts last), its text in any case, and the id that breaks ties.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SortKey {
    pub empty: bool,
    pub value: String,
    pub id: i64,
}

/// A page of leads in `order`, each with its key (for the next page's cursor).
pub fn list(
    conn: &dyn Db,
    workspace_id: i64,
    filter: &LeadFilter,
    order: &LeadOrder,
    limit: u32,
) -> Result<Vec<(Lead, SortKey)>> {
    // The key is computed by the database, so that the next page starts
    // exactly where this one ended, whatever `lower` does with the text.
    let (empty, value) = match order.field {
        None => (
            "CAST(0 AS BIGINT)".to_string(),
            "CAST('' AS TEXT)".to_string(),
        ),
        Some(field) => {
            let column = format!("l.{field}");
            let text = match conn.dialect() {
                Dialect::Sqlite => format!("COALESCE(lower({column}), '')"),
                // Byte order, as SQLite and the CLI compare text.
                Dialect::Postgres => format!("COALESCE(lower({column}), '') COLLATE \"C\""),
            };
            (
                format!(
                    "CAST(CASE WHEN {column} IS NULL OR {column} = '' THEN 1 ELSE 0 END AS BIGINT)"
                ),
                text,
            )
        }
    };
    let mut sql = format!(
        "SELECT l.id, l.campaign_id, l.email, l.name, l.phone, l.external_id,
            l.referral_code, r.referral_code, l.referrer_id, l.status, l.qualified_at, l.created_at,
            {empty}, {value}
         FROM leads l JOIN referrers r ON r.id = l.referrer_id
         JOIN campaigns c ON c.id = l.campaign_id WHERE c.workspace_id = ?1"
    );
    let mut args: Vec<Value> = vec![workspace_id.into()];
    let (cmp, direction) = if order.desc {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(after) = &order.after {
        if order.field.is_none() {
            args.push(after.id.into());
            sql.push_str(&format!(" AND l.id {cmp} ?{}", args.len()));
        } else {
            args.extend([
                i64::from(after.empty).into(),
                after.value.clone().into(),
                after.id.into(),
            ]);
            let n = args.len();
            sql.push_str(&format!(
                " AND ({empty}, {value}, l.id) {cmp} (?{}, ?{}, ?{n})",
                n - 2,
                n - 1
            ));
        }
    }
    let mut push = |clause: &str, value: Value| {
        args.push(value);
        sql.push_str(&format!(" AND {clause} ?{}", args.len()));
    };
    if let Some(id) = filter.campaign_id {
        push("l.campaign_id =", id.into());
    }
    if let Some(status) = filter.status {
        push("l.status =", status.as_str().to_string().into());
    }
    if let Some(t) = &filter.created_after {
        push("l.created_at >", t.clone().into());
    }
    if let Some(t) = &filter.created_before {
        push("l.created_at <", t.clone().into());
    }
    if let Some(s) = &filter.email_contains {
        // The position of the text in the address: instr in SQLite, strpos in PostgreSQL.
        let position = match conn.dialect() {
            Dialect::Sqlite => "instr(l.email, lower(",
            Dialect::Postgres => "strpos(l.email, lower(",
        };
        push(position, s.clone().into());
        sql.push_str(")) > 0");
    }
    if let Some(r) = &filter.referrer {
        args.push(r.trim().to_string().into());
        let n = args.len();
        sql.push_str(&format!(
            " AND l.referrer_id IN (SELECT r.id FROM referrers r WHERE r.campaign_id = l.campaign_id
                 AND (r.referral_code = ?{n} OR r.email = lower(?{n})))"
        ));
    }
    if let Some(s) = &filter.search {
        args.push(s.trim().to_lowercase().into());
        let n = args.len();
        let find = match conn.dialect() {
            Dialect::Sqlite => "instr",
            Dialect::Postgres => "strpos",
        };
        sql.push_str(&format!(
            " AND ({find}(l.email, ?{n}) > 0 OR {find}(lower(COALESCE(l.name, '')), ?{n}) > 0)"
        ));
    }
    args.push(i64::from(limit).into());
    if order.field.is_none() {
        sql.push_str(&format!(" ORDER BY l.id {direction}"));
    } else {
        sql.push_str(&format!(
            " ORDER BY {empty} {direction}, {value} {direction}, l.id {direction}"
        ));
    }
    sql.push_str(&format!(" LIMIT ?{}", args.len()));
    conn.query_map(&sql, &super::sql::dynamic(&args), |r| {
        let lead = from_row(r)?;
        let empty: i64 = r.get(12)?;
        let key = SortKey {
            empty: empty != 0,
            value: r.get(13)?,
            id: lead.id,
        };
        Ok((lead, key))
    })
}

/// Sets a lead's status; the caller appends the qualification record.
pub fn set_status(conn: &dyn Db, id: i64, status: LeadStatus, at: &str) -> Result<()> {
    let qualified_at = (status == LeadStatus::Qualified).then_some(at);
    conn.execute(
        "UPDATE leads SET status = ?1, qualified_at = ?2 WHERE id = ?3",
        params![status.as_str(), qualified_at, id],
    )?;
    Ok(())
}

/// Sets a lead's editable fields (its email is never `None`).
pub fn update(conn: &dyn Db, id: i64, edit: super::PersonEdit) -> Result<()> {
    conn.execute(
        "UPDATE leads SET email = ?1, name = ?2, phone = ?3, external_id = ?4 WHERE id = ?5",
        params![edit.email, edit.name, edit.phone, edit.external_id, id],
    )?;
    Ok(())
}

/// Deletes a lead with its qualification history and rule progress; the
/// service has recorded them in `changes` first.
pub fn delete(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM rule_matches WHERE lead_id = ?1", params![id])?;
    conn.execute("DELETE FROM list_matches WHERE lead_id = ?1", params![id])?;
    conn.execute("DELETE FROM qualifications WHERE lead_id = ?1", params![id])?;
    conn.execute("DELETE FROM leads WHERE id = ?1", params![id])?;
    Ok(())
}

/// Most values bound to one `IN (…)` list: well under SQLite's and
/// PostgreSQL's parameter limits, and one round trip for a usual batch.
pub(super) const IN_CHUNK: usize = 1_000;

/// The leads of the campaign whose `key` is one of `values` (as stored:
/// the caller normalizes), as `(value, lead id)`, in one query per
/// thousand values. External ids may name several leads each.
pub fn ids_by(
    conn: &dyn Db,
    campaign_id: i64,
    key: super::PersonKey,
    values: &[String],
) -> Result<Vec<(String, i64)>> {
    super::ids_in(conn, "leads", campaign_id, key, values)
}

/// A lead's keys a customer list may hold: `(id, campaign_id, email,
/// referral_code, external_id, phone)`.
pub type ListKeysRow = (i64, i64, String, String, Option<String>, Option<String>);

/// The keys a customer list may hold of each lead of `ids`.
pub fn keys_of(conn: &dyn Db, ids: &[i64]) -> Result<Vec<ListKeysRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let (wanted, listed) = super::sql::any_of(
            conn.dialect(),
            "id",
            1,
            chunk.iter().map(|&id| Value::Integer(id)).collect(),
        );
        let sql = format!(
            "SELECT id, campaign_id, email, referral_code, external_id, phone FROM leads WHERE {wanted}"
        );
        conn.query_each(&sql, &super::sql::dynamic(&listed), &mut |r| {
            out.push((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ));
            Ok(())
        })?;
    }
    Ok(out)
}

/// Of `ids`, those that are leads of the workspace, with their campaign.
pub fn campaigns_of(conn: &dyn Db, workspace_id: i64, ids: &[i64]) -> Result<Vec<(i64, i64)>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let (wanted, listed) = super::sql::any_of(
            conn.dialect(),
            "l.id",
            2,
            chunk.iter().map(|&id| Value::Integer(id)).collect(),
        );
        let sql = format!(
            "SELECT l.id, l.campaign_id FROM leads l JOIN campaigns c ON c.id = l.campaign_id
             WHERE c.workspace_id = ?1 AND {wanted}"
        );
        let mut args: Vec<Value> = vec![workspace_id.into()];
        args.extend(listed);
        conn.query_each(&sql, &super::sql::dynamic(&args), &mut |r| {
            out.push((r.get(0)?, r.get(1)?));
            Ok(())
        })?;
    }
    Ok(out)
}

/// The status of each lead of `ids` (ascending, without repeats). With
/// `lock`, each row is locked for the rest of the transaction, in ascending
/// id order: every batch takes its locks in the same order, so overlapping
/// batches wait for each other rather than deadlock, and each status is the
/// latest committed one. (SQLite's single writer has locked the database
/// already.) A lead deleted meanwhile is missing from the answer.
pub fn statuses(conn: &dyn Db, ids: &[i64], lock: bool) -> Result<Vec<(i64, LeadStatus)>> {
    debug_assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let lock = if lock && conn.dialect() == Dialect::Postgres {
        " FOR UPDATE"
    } else {
        ""
    };
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(IN_CHUNK) {
        let (wanted, args) = super::sql::any_of(
            conn.dialect(),
            "id",
            1,
            chunk.iter().map(|&id| Value::Integer(id)).collect(),
        );
        let sql = format!("SELECT id, status FROM leads WHERE {wanted} ORDER BY id{lock}");
        conn.query_each(&sql, &super::sql::dynamic(&args), &mut |r| {
            out.push((r.get(0)?, r.parsed(1)?));
            Ok(())
        })?;
    }
    Ok(out)
}

/// Locks one lead's row for the rest of the transaction (PostgreSQL; SQLite's
/// writer holds the database already).
pub fn lock(conn: &dyn Db, id: i64) -> Result<()> {
    if conn.dialect() == Dialect::Postgres {
        conn.query("SELECT id FROM leads WHERE id = ?1 FOR UPDATE", params![id])?;
    }
    Ok(())
}

/// Sets the status of many leads at once; the caller appends their records.
pub fn set_statuses(conn: &dyn Db, ids: &[i64], status: LeadStatus, at: &str) -> Result<()> {
    let qualified_at = (status == LeadStatus::Qualified).then_some(at);
    for chunk in ids.chunks(IN_CHUNK) {
        let (wanted, listed) = super::sql::any_of(
            conn.dialect(),
            "id",
            3,
            chunk.iter().map(|&id| Value::Integer(id)).collect(),
        );
        let sql = format!("UPDATE leads SET status = ?1, qualified_at = ?2 WHERE {wanted}");
        let mut args: Vec<Value> = vec![
            Value::Text(status.as_str().to_string()),
            qualified_at.map_or(Value::Null, |t| Value::Text(t.to_string())),
        ];
        args.extend(listed);
        conn.execute(&sql, &super::sql::dynamic(&args))?;
    }
    Ok(())
}
