//! Referrers: rows and queries, and the referral codes shared with leads.

use super::sql::{Db, Optional, Row};
use crate::params;

use super::{Result, StoreError, now};
use crate::api::Referrer;
use crate::domain::{Refusal, codes};

const COLUMNS: &str =
    "r.id, r.campaign_id, r.referral_code, r.email, r.name, r.external_id, r.phone, r.created_at";

fn from_row(r: &Row) -> Result<Referrer> {
    Ok(Referrer {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        referral_code: r.get(2)?,
        email: r.get(3)?,
        name: r.get(4)?,
        external_id: r.get(5)?,
        phone: r.get(6)?,
        created_at: r.get(7)?,
        counts: Default::default(),
    })
}

/// True when a referrer or a lead of the campaign already holds `code`:
/// codes are unique across both, so that a code always names one person.
pub fn code_taken(conn: &dyn Db, campaign_id: i64, code: &str) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM referrers WHERE campaign_id = ?1 AND referral_code = ?2)
             OR EXISTS (SELECT 1 FROM leads WHERE campaign_id = ?1 AND referral_code = ?2)",
        params![campaign_id, code],
        |r| r.get(0),
    )
}

/// A fresh code no one in the campaign holds.
pub fn unused_code(conn: &dyn Db, campaign_id: i64) -> Result<String> {
    let mut rng = rand::rng();
    loop {
        let code = codes::new_referral_code(&mut rng);
        if !code_taken(conn, campaign_id, &code)? {
            return Ok(code);
        }
    }
}

/// A referrer's fields as the service checked them.
pub struct ReferrerRow<'a> {
    pub referral_code: &'a str,
    pub email: Option<&'a str>,
    pub name: Option<String>,
    pub external_id: Option<String>,
    pub phone: Option<String>,
}

pub fn insert(conn: &dyn Db, campaign_id: i64, row: ReferrerRow) -> Result<Referrer> {
    let id: i64 = conn.query_row(
        "INSERT INTO referrers (campaign_id, referral_code, email, name, external_id, phone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![
            campaign_id,
            row.referral_code,
            row.email,
            row.name,
            row.external_id,
            row.phone,
            now()
        ], |r| r.get(0))?;
    by_id(conn, campaign_id, id)
}

fn by_id(conn: &dyn Db, campaign_id: i64, id: i64) -> Result<Referrer> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.id = ?2"),
        params![campaign_id, id],
        from_row,
    )
}

/// A referrer by id, within the workspace.
pub fn get_in_workspace(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Referrer> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM referrers r JOIN campaigns c ON c.id = r.campaign_id
             WHERE c.workspace_id = ?1 AND r.id = ?2"
        ),
        params![workspace_id, id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| {
        StoreError::from(Refusal::missing(
            "referrer",
            format!("no referrer with id {id}"),
        ))
    })
}

pub fn find_by_code(conn: &dyn Db, campaign_id: i64, code: &str) -> Result<Option<Referrer>> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.referral_code = ?2"
        ),
        params![campaign_id, code],
        from_row,
    )
    .optional()
}

pub fn find_by_email(conn: &dyn Db, campaign_id: i64, email: &str) -> Result<Option<Referrer>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.email = ?2"),
        params![campaign_id, email],
        from_row,
    )
    .optional()
}

pub fn find_by_external_id(
    conn: &dyn Db,
    campaign_id: i64,
    external_id: &str,
) -> Result<Option<Referrer>> {
    conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.external_id = ?2 LIMIT 1"
            ),
            params![campaign_id, external_id],
            from_row,
        )
        .optional()
}

pub fn list(conn: &dyn Db, campaign_id: i64, after_id: i64, limit: u32) -> Result<Vec<Referrer>> {
    conn.query_map(&format!(
        "SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.id > ?2 ORDER BY r.id LIMIT ?3"
    ), params![campaign_id, after_id, limit], from_row)
}

pub fn update(conn: &dyn Db, id: i64, edit: super::PersonEdit) -> Result<()> {
    conn.execute(
        "UPDATE referrers SET email = ?1, name = ?2, phone = ?3, external_id = ?4 WHERE id = ?5",
        params![edit.email, edit.name, edit.phone, edit.external_id, id],
    )?;
    Ok(())
}

/// How many leads a referrer brought.
pub fn lead_count(conn: &dyn Db, id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM leads WHERE referrer_id = ?1",
        params![id],
        |r| r.get(0),
    )
}

pub fn delete(conn: &dyn Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM referrers WHERE id = ?1", params![id])?;
    Ok(())
}

/// Of `codes`, those a referrer or a lead of the campaign holds already
/// (codes are unique across both), in one query per thousand.
pub fn codes_taken(
    conn: &dyn Db,
    campaign_id: i64,
    codes: &[String],
) -> Result<std::collections::HashSet<String>> {
    let key = super::PersonKey::Code;
    Ok(ids_by(conn, campaign_id, key, codes)?
        .into_iter()
        .chain(super::leads::ids_by(conn, campaign_id, key, codes)?)
        .map(|(code, _)| code)
        .collect())
}

/// The referrers of the campaign whose `key` is one of `values`, as
/// `(value, id)`, in one query per thousand values.
pub fn ids_by(
    conn: &dyn Db,
    campaign_id: i64,
    key: super::PersonKey,
    values: &[String],
) -> Result<Vec<(String, i64)>> {
    super::ids_in(conn, "referrers", campaign_id, key, values)
}

/// Inserts many referrers of one campaign in a few statements; returns
/// their creation time. The caller has checked every row.
pub fn insert_many(conn: &dyn Db, campaign_id: i64, rows: &[ReferrerRow]) -> Result<String> {
    let at = now();
    if conn.dialect() == super::Dialect::Postgres {
        // One array a column (see `leads::insert_many`).
        let text =
            |v: Option<&str>| v.map_or(super::Value::Null, |t| super::Value::Text(t.to_string()));
        let column = |f: &dyn Fn(&ReferrerRow) -> super::Value| {
            super::Value::List(rows.iter().map(f).collect())
        };
        conn.execute(
            "INSERT INTO referrers (campaign_id, created_at, referral_code, email, name, external_id, phone)
             SELECT ?1, ?2, * FROM unnest(?3::text[], ?4::text[], ?5::text[], ?6::text[], ?7::text[])",
            crate::params![
                campaign_id,
                at,
                column(&|r| super::Value::Text(r.referral_code.to_string())),
                column(&|r| text(r.email)),
                column(&|r| text(r.name.as_deref())),
                column(&|r| text(r.external_id.as_deref())),
                column(&|r| text(r.phone.as_deref())),
            ],
        )?;
        return Ok(at);
    }
    for chunk in rows.chunks(1_000) {
        let mut sql = String::from(
            "INSERT INTO referrers (campaign_id, created_at, referral_code, email, name, external_id, phone) VALUES ",
        );
        let mut args: Vec<super::Value> = Vec::with_capacity(2 + chunk.len() * 5);
        args.push(campaign_id.into());
        args.push(super::Value::Text(at.clone()));
        let text =
            |v: Option<&str>| v.map_or(super::Value::Null, |t| super::Value::Text(t.to_string()));
        for (i, row) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let n = args.len();
            sql.push_str(&format!(
                "(?1, ?2, ?{}, ?{}, ?{}, ?{}, ?{})",
                n + 1,
                n + 2,
                n + 3,
                n + 4,
                n + 5
            ));
            args.push(super::Value::Text(row.referral_code.to_string()));
            args.push(text(row.email));
            args.push(text(row.name.as_deref()));
            args.push(text(row.external_id.as_deref()));
            args.push(text(row.phone.as_deref()));
        }
        conn.execute(&sql, &super::sql::dynamic(&args))?;
    }
    Ok(at)
}
