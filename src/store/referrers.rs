use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, ensure_open, now};
use crate::api::{Campaign, NewReferrer, Problem, ProblemCode, Referrer};
use crate::domain::{codes, validate};

const COLUMNS: &str =
    "r.id, r.campaign_id, r.referral_code, r.email, r.name, r.external_id, r.phone, r.created_at";

fn from_row(r: &Row) -> rusqlite::Result<Referrer> {
    Ok(Referrer {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        referral_code: r.get(2)?,
        email: r.get(3)?,
        name: r.get(4)?,
        external_id: r.get(5)?,
        phone: r.get(6)?,
        created_at: r.get(7)?,
    })
}

/// True when a referrer or a lead of the campaign already holds `code`:
/// codes are unique across both, so that a code always names one person.
pub fn code_taken(conn: &Connection, campaign_id: i64, code: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM referrers WHERE campaign_id = ?1 AND referral_code = ?2)
             OR EXISTS (SELECT 1 FROM leads WHERE campaign_id = ?1 AND referral_code = ?2)",
        params![campaign_id, code],
        |r| r.get(0),
    )?)
}

/// A fresh code no one in the campaign holds.
pub fn unused_code(conn: &Connection, campaign_id: i64) -> Result<String> {
    let mut rng = rand::rng();
    loop {
        let code = codes::new_referral_code(&mut rng);
        if !code_taken(conn, campaign_id, &code)? {
            return Ok(code);
        }
    }
}

pub fn create_referrer(
    conn: &Connection,
    campaign: &Campaign,
    new: NewReferrer,
) -> Result<Referrer> {
    ensure_open(campaign)?;
    let email = match validate::optional_text(new.email) {
        Some(e) => {
            Some(validate::canonical_email(&e).map_err(|m| Problem::validation("email", m))?)
        }
        None => None,
    };
    let code = match validate::optional_text(new.referral_code) {
        Some(code) => {
            validate::referral_code(&code).map_err(|m| Problem::validation("referral_code", m))?;
            if code_taken(conn, campaign.id, &code)? {
                return Err(Problem::new(
                    409,
                    ProblemCode::Duplicate,
                    format!(
                        "referral code '{code}' is already used in campaign '{}'",
                        campaign.code
                    ),
                )
                .into());
            }
            code
        }
        None => unused_code(conn, campaign.id)?,
    };
    if let Some(email) = &email
        && let Some(existing) = find_referrer_by_email(conn, campaign.id, email)?
    {
        let mut p = Problem::new(
            409,
            ProblemCode::Duplicate,
            format!(
                "referrer {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
        );
        p.existing_id = Some(existing.id);
        return Err(p.into());
    }
    conn.execute(
        "INSERT INTO referrers (campaign_id, referral_code, email, name, external_id, phone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            campaign.id,
            code,
            email,
            validate::optional_text(new.name),
            validate::optional_text(new.external_id),
            validate::optional_text(new.phone),
            now()
        ],
    )?;
    get_referrer(conn, campaign.id, conn.last_insert_rowid())
}

fn get_referrer(conn: &Connection, campaign_id: i64, id: i64) -> Result<Referrer> {
    Ok(conn.query_row(
        &format!("SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.id = ?2"),
        params![campaign_id, id],
        from_row,
    )?)
}

/// A referrer by id, within the workspace.
pub fn get_referrer_in_workspace(
    conn: &Connection,
    workspace_id: i64,
    id: i64,
) -> Result<Referrer> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM referrers r JOIN campaigns c ON c.id = r.campaign_id
             WHERE c.workspace_id = ?1 AND r.id = ?2"
        ),
        params![workspace_id, id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Problem::not_found(format!("no referrer with id {id}")).into())
}

pub fn find_referrer_by_code(
    conn: &Connection,
    campaign_id: i64,
    code: &str,
) -> Result<Option<Referrer>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.referral_code = ?2"),
            params![campaign_id, code],
            from_row,
        )
        .optional()?)
}

pub fn find_referrer_by_email(
    conn: &Connection,
    campaign_id: i64,
    email: &str,
) -> Result<Option<Referrer>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.email = ?2"),
            params![campaign_id, email],
            from_row,
        )
        .optional()?)
}

pub fn find_referrer_by_external_id(
    conn: &Connection,
    campaign_id: i64,
    external_id: &str,
) -> Result<Option<Referrer>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.external_id = ?2 LIMIT 1"
            ),
            params![campaign_id, external_id],
            from_row,
        )
        .optional()?)
}

pub fn list_referrers(
    conn: &Connection,
    campaign_id: i64,
    after_id: i64,
    limit: u32,
) -> Result<Vec<Referrer>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM referrers r WHERE r.campaign_id = ?1 AND r.id > ?2 ORDER BY r.id LIMIT ?3"
    ))?;
    let rows = stmt.query_map(params![campaign_id, after_id, limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
