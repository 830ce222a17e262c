//! Match keys: the identifying fields of a campaign's leads and referrers.

use std::borrow::Cow;

use super::sql::{Db, Row};
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
    // Only the wanted columns are read: a column not asked for costs a
    // call per row all the same, even as NULL.
    let wanted = [
        (fields.email, "email"),
        (fields.referral_code, "referral_code"),
        (fields.external_id, "external_id"),
        (fields.phone, "phone"),
    ];
    let mut keys = String::new();
    let mut at = [None; 4];
    let mut next = 1;
    for (i, (want, name)) in wanted.into_iter().enumerate() {
        if want {
            keys.push_str(name);
            keys.push_str(", ");
            at[i] = Some(next);
            next += 1;
        }
    }
    fn text(r: &Row, column: Option<usize>) -> Result<Option<Cow<'_, str>>> {
        match column {
            Some(column) => Ok(r.text(column)?.map(Cow::Borrowed)),
            None => Ok(None),
        }
    }
    let sql = match role {
        MatchRole::Lead => format!(
            "SELECT id, {keys}status = 'qualified',
                    status = 'pending' AND id IN (SELECT q.lead_id FROM qualifications q
                        WHERE q.action = 'unqualify')
             FROM leads WHERE campaign_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
        ),
        MatchRole::Referrer => format!(
            "SELECT id, {keys}0, 0
             FROM referrers WHERE campaign_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
        ),
    };
    conn.query_each(&sql, params![campaign_id, after_id, limit], &mut |r| {
        f(MatchKeysRef {
            id: r.get(0)?,
            email: text(r, at[0])?,
            referral_code: text(r, at[1])?,
            external_id: text(r, at[2])?,
            phone: text(r, at[3])?,
            qualified: r.get(next)?,
            unqualified_before: r.get(next + 1)?,
        });
        Ok(())
    })
}
