//! Match keys: the identifying fields of a campaign's leads and referrers.

use super::sql::Db;
use crate::params;

use super::Result;
use crate::api::{MatchKeys, MatchRole};

/// Up to `limit` rows of `role` in the campaign with ids above `after_id`, by id.
pub fn list(
    conn: &dyn Db,
    campaign_id: i64,
    role: MatchRole,
    after_id: i64,
    limit: u32,
) -> Result<Vec<MatchKeys>> {
    let sql = match role {
        MatchRole::Lead => {
            "SELECT l.id, l.email, l.referral_code, l.external_id, l.phone, l.status = 'qualified',
                    l.status = 'pending' AND l.id IN (SELECT q.lead_id FROM qualifications q
                        WHERE q.action = 'unqualify')
             FROM leads l WHERE l.campaign_id = ?1 AND l.id > ?2 ORDER BY l.id LIMIT ?3"
        }
        MatchRole::Referrer => {
            "SELECT id, email, referral_code, external_id, phone, 0, 0
             FROM referrers WHERE campaign_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"
        }
    };
    conn.query_map_owned(sql, params![campaign_id, after_id, limit], |mut r| {
        Ok(MatchKeys {
            id: r.get(0)?,
            email: r.take(1)?,
            referral_code: r.take(2)?,
            external_id: r.take(3)?,
            phone: r.take(4)?,
            qualified: r.get(5)?,
            unqualified_before: r.get(6)?,
        })
    })
}
