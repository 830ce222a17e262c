//! Referral Factory's objects, read leniently (fields the structure pages
//! list; anything else ignored), and as refctl's.

use serde_json::Value;

use crate::api::{CampaignStatus, Counts, LeadStatus};
use crate::client::hosted::{HostedCampaign, Person};

/// A user: "User" structure page (RFN §3, S2).
#[derive(Debug, Clone, PartialEq)]
pub struct RfUser {
    pub id: i64,
    pub campaign_id: i64,
    /// Null for referrers.
    pub referrer_id: Option<i64>,
    pub code: String,
    pub first_name: Option<String>,
    pub email: String,
    /// `person_referring` (a referrer) or `person_invited` (a lead).
    pub kind: String,
    pub signed_up_at: Option<String>,
    /// "null until qualified — this is the only qualification flag" (RFN §3).
    pub qualified_at: Option<String>,
    /// Link visits: `reach` on the user, or in `analytics` with
    /// `with=user.analytics` (RFN §3, S7 [M]).
    pub reach: Option<u64>,
}

/// An integer that may come as a number or as digits in a string.
fn int(v: &Value) -> Option<i64> {
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

/// A count that may come as a number or as digits in a string.
fn count(v: &Value) -> Option<u64> {
    int(v).and_then(|n| u64::try_from(n).ok())
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl RfUser {
    pub fn from_json(v: &Value) -> Option<RfUser> {
        Some(RfUser {
            id: int(&v["id"])?,
            campaign_id: int(&v["campaign_id"]).unwrap_or_default(),
            referrer_id: int(&v["referrer_id"]),
            code: text(&v["code"]).unwrap_or_default(),
            first_name: text(&v["first_name"]),
            email: text(&v["email"]).unwrap_or_default().trim().to_lowercase(),
            kind: text(&v["type"]).unwrap_or_default(),
            signed_up_at: text(&v["signed_up_at"]),
            qualified_at: text(&v["qualified_at"]),
            reach: count(&v["reach"]).or_else(|| count(&v["analytics"]["reach"])),
        })
    }

    /// A Person Invited: a lead (RFN §3 `type`).
    pub fn is_lead(&self) -> bool {
        self.kind == "person_invited" || (self.kind.is_empty() && self.referrer_id.is_some())
    }

    /// As the engine's person.
    pub fn person(&self) -> Person {
        Person {
            id: self.id.to_string(),
            number: self.id,
            campaign: self.campaign_id.to_string(),
            email: self.email.clone(),
            name: self.first_name.clone(),
            code: self.code.clone(),
            referrer: self.referrer_id.map(|r| r.to_string()),
            // "null until qualified — this is the only qualification flag" (RFN §3).
            status: self.is_lead().then(|| {
                if self.qualified_at.is_some() {
                    LeadStatus::Qualified
                } else {
                    LeadStatus::Pending
                }
            }),
            created_at: self.signed_up_at.clone().unwrap_or_default(),
            qualified_at: self.qualified_at.clone(),
            reach: self.reach,
        }
    }
}

/// A campaign: "Campaign" structure page (RFN §3, S3).
#[derive(Debug, Clone, PartialEq)]
pub struct RfCampaign {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// `launched`, `draft` or `paused`.
    pub status: String,
    pub created_at: Option<String>,
    /// With `with=campaign.analytics`: `reach`, `users`, `referrals`,
    /// `qualified_referrals` (RFN §3, S7 [M]).
    pub counts: Counts,
}

impl RfCampaign {
    pub fn from_json(v: &Value) -> Option<RfCampaign> {
        Some(RfCampaign {
            id: int(&v["id"])?,
            code: text(&v["code"]).unwrap_or_default(),
            name: text(&v["name"]).unwrap_or_default(),
            status: text(&v["status"]).unwrap_or_default(),
            created_at: text(&v["created_at"]),
            counts: Counts {
                participants: count(&v["analytics"]["users"]),
                referrals: count(&v["analytics"]["referrals"]),
                qualified_referrals: count(&v["analytics"]["qualified_referrals"]),
                reach: count(&v["analytics"]["reach"]),
            },
        })
    }

    pub fn campaign(&self) -> HostedCampaign {
        HostedCampaign {
            id: self.id.to_string(),
            number: self.id,
            code: self.code.clone(),
            name: self.name.clone(),
            status: match self.status.as_str() {
                "launched" => CampaignStatus::Active,
                "paused" => CampaignStatus::Paused,
                _ => CampaignStatus::Draft,
            },
            created_at: self.created_at.clone().unwrap_or_default(),
            counts: self.counts.clone(),
        }
    }
}

/// The objects of a list answer: `data` holds them (RFN §1 Envelope; N1, N3).
pub fn listed(page: &Value) -> Vec<Value> {
    match &page["data"] {
        Value::Array(items) => items.clone(),
        // Some answers nest once more (`data.data`, N1 reads it so).
        Value::Object(o) => o
            .get("data")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The one object of a single answer: `data` (N3), or the body itself.
pub fn single(body: &Value) -> &Value {
    match &body["data"] {
        Value::Object(_) => &body["data"],
        _ => body,
    }
}

/// The next page: `links.next` (RFN §1 Envelope, "Get the next chunk via the
/// links → next property"); else `meta.current_page` < `meta.last_page`.
pub fn next_page(page: &Value, current: u32) -> Option<String> {
    if let Some(next) = page["links"]["next"].as_str().filter(|n| !n.is_empty()) {
        return Some(next.to_string());
    }
    let last = page["meta"]["last_page"].as_u64()?;
    (u64::from(current) < last).then(|| format!("page={}", current + 1))
}
