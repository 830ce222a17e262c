//! Match keys: the identifying fields of a campaign's leads and referrers.

use std::borrow::Cow;

use super::sql::Db;
use crate::params;

use super::Result;
use crate::api::{KeyFields, MatchKeysRef, MatchRole};

/// Up to `limit` rows of `role` in the campaign with ids above `after_id`,
/// by id, with only the keys of `fields` (the others read as absent), each
/// handed to `f` as it is read: a page of ten thousand is never held whole.
pub fn each(
    conn: &dyn Db,
    campaign_id: i64,
    role: MatchRole,
    fields: KeyFields,
    after_id: i64,
    limit: u32,
    mut f: impl FnMut(MatchKeysRef<'_>),
) -> Result<()> {
    let column = |wanted: bool, name: &'static str| if wanted { name } else { "NULL" };
    let keys = format!(
        "{}, {}, {}, {}",
        column(fields.email, "email"),
        column(fields.referral_code, "referral_code"),
        column(fields.external_id, "external_id"),
        column(fields.phone, "phone"),
    );
    let sql = match role {
        MatchRole::Lead => format!(
            "SELECT id, {keys}, status = 'qualified',
                    status = 'pending' AND id IN (SELECT q.lead_id FROM qualifications q
                        WHERE q.action = 'unqualify')
             FROM leads WHERE campaign_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
        ),
        MatchRole::Referrer => format!(
            "SELECT id, {keys}, 0, 0
             FROM referrers WHERE campaign_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
        ),
    };
    conn.query_each(&sql, params![campaign_id, after_id, limit], &mut |r| {
        f(MatchKeysRef {
            id: r.get(0)?,
            email: r.text(1)?.map(Cow::Borrowed),
            referral_code: r.text(2)?.map(Cow::Borrowed),
            external_id: r.text(3)?.map(Cow::Borrowed),
            phone: r.text(4)?.map(Cow::Borrowed),
            qualified: r.get(5)?,
            unqualified_before: r.get(6)?,
        });
        Ok(())
    })
}
