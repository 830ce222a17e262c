//! Resources and requests of the v1 API.
//!
//! These types are the JSON contract: `-o json` prints them as they are, so a
//! field is only ever added, never renamed or removed.

use super::page::Order;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

string_enum!(
    /// Where a campaign is in its life.
    CampaignStatus { Draft => "draft", Active => "active", Paused => "paused", Archived => "archived" }
);
string_enum!(
    /// A lead is pending until it converts; qualifying it is the conversion.
    LeadStatus {
        Pending => "pending",
        Qualified => "qualified",
        // The two below come only from hosted platforms (GrowSurf's
        // `CREDIT_EXPIRED` and `INVITE_SENT`); refctl's own store never has them.
        Expired => "expired",
        Invited => "invited",
        // Qualified with the credit on hold (GrowSurf `delayInDays`): awarded
        // when the hold ends unless taken back before.
        Held => "held",
    }
);
string_enum!(
    /// Which way a qualification change goes.
    QualifyAction { Qualify => "qualify", Unqualify => "unqualify" }
);
string_enum!(
    /// How a qualification change came about.
    QualifyMethod { Manual => "manual", Api => "api", Rule => "rule", CustomerList => "customer_list" }
);
string_enum!(
    /// The result of asking for one lead to change state.
    QualifyOutcome {
        Qualified => "qualified",
        AlreadyQualified => "already_qualified",
        Unqualified => "unqualified",
        AlreadyPending => "already_pending",
        NotFound => "not_found",
        NotALead => "not_a_lead",
        Failed => "failed",
        // The platform's window to credit the referral has passed (GrowSurf).
        Expired => "expired",
        // On one of the campaign's exclude-lists (an existing customer).
        Excluded => "excluded",
    }
);
string_enum!(
    /// What a token may do: `read` can only look.
    Scope { Admin => "admin", Read => "read" }
);

impl QualifyOutcome {
    /// True when the lead is now in the state that was asked for.
    pub fn is_success(self) -> bool {
        !matches!(
            self,
            QualifyOutcome::NotFound
                | QualifyOutcome::NotALead
                | QualifyOutcome::Failed
                | QualifyOutcome::Expired
                | QualifyOutcome::Excluded
        )
    }
}

/// What a hosted platform counts for a campaign or a referrer. refctl's
/// own API leaves them out; each is shown only when the platform gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Counts {
    /// People in the campaign (referrers and leads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u64>,
    /// Leads referred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrals: Option<u64>,
    /// Leads referred and qualified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_referrals: Option<u64>,
    /// Visits of the referral links (the platform's "reach" or impressions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<u64>,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// A referral program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Campaign {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub status: CampaignStatus,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default, flatten, skip_serializing_if = "Counts::is_empty")]
    pub counts: Counts,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct NewCampaign {
    pub name: String,
    /// Short unique handle (letters, digits, `-`, `_`); derived from the name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CampaignStatus>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct CampaignPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CampaignStatus>,
}

/// A person who refers others. Referrers never qualify.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Referrer {
    pub id: i64,
    pub campaign_id: i64,
    pub referral_code: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub external_id: Option<String>,
    pub phone: Option<String>,
    pub created_at: String,
    #[serde(default, flatten, skip_serializing_if = "Counts::is_empty")]
    pub counts: Counts,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct NewReferrer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Generated when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A person referred by a referrer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Lead {
    pub id: i64,
    pub campaign_id: i64,
    pub email: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub external_id: Option<String>,
    /// The lead's own code (a lead can refer others in turn).
    pub referral_code: String,
    /// The referral code of the referrer who brought this lead.
    pub referred_by: String,
    pub referrer_id: i64,
    pub status: LeadStatus,
    pub qualified_at: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct NewLead {
    pub email: String,
    /// The referral code of the referrer who brought this lead.
    pub referred_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The lead's own referral code (default: a new random one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<String>,
}

/// Fields of a lead or a referrer to change; absent fields stay, an empty
/// string clears an optional one (a lead's email cannot be cleared).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PersonPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl PersonPatch {
    pub fn is_empty(&self) -> bool {
        *self == PersonPatch::default()
    }
}

/// How a deletion goes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeleteQuery {
    /// Delete a lead that has qualification history (kept in its change record).
    #[serde(default)]
    pub force: bool,
}

/// One recorded edit or deletion of a lead or a referrer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Change {
    pub id: i64,
    /// `lead` or `referrer`.
    pub subject: String,
    pub subject_id: i64,
    /// `update` or `delete`.
    pub action: String,
    /// The token that made the change.
    pub actor: String,
    /// The resource before (for a deleted lead, with its `history`).
    #[schema(value_type = Object)]
    pub before: serde_json::Value,
    /// The resource after; none for a deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
    /// The change in a line: `email: a@x.com -> b@x.com`, or what was deleted.
    pub summary: String,
    pub created_at: String,
}

impl Change {
    /// The fields that differ between `before` and `after`, as a line.
    pub fn summarize(before: &serde_json::Value, after: Option<&serde_json::Value>) -> String {
        let text = |v: Option<&serde_json::Value>| match v {
            None | Some(serde_json::Value::Null) => "(none)".to_string(),
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        };
        match (before, after) {
            (serde_json::Value::Object(old), Some(serde_json::Value::Object(new))) => old
                .keys()
                .chain(new.keys().filter(|k| !old.contains_key(*k)))
                .filter(|k| old.get(*k) != new.get(*k))
                .map(|k| format!("{k}: {} -> {}", text(old.get(k)), text(new.get(k))))
                .collect::<Vec<_>>()
                .join("; "),
            (old, _) => format!(
                "deleted {}{}",
                text(old.get("email").or(old.get("referral_code"))),
                match old.get("history").and_then(|h| h.as_array()).map(Vec::len) {
                    Some(n) if n > 0 => format!(
                        " with {n} qualification record{}",
                        if n == 1 { "" } else { "s" }
                    ),
                    _ => String::new(),
                }
            ),
        }
    }
}

/// Filters for listing leads.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LeadQuery {
    /// Campaign id or code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LeadStatus>,
    /// RFC 3339 time or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_after: Option<String>,
    /// RFC 3339 time or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_contains: Option<String>,
    /// Only leads of this referrer: their referral code or email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    /// Only leads whose email or name contains this text (any case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// At most this many (default 100, at most 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The field the whole list is ordered by (default, or empty: `id`):
    /// text any case, empty values last; ties in id order. Cursors follow
    /// the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(
        pattern = "^(id|email|name|phone|external_id|referral_code|status|qualified_at|created_at)?$"
    )]
    pub sort: Option<String>,
    /// `asc` (default) or `desc`: the whole order reversed, ties included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(value_type = Option<Order>)]
    pub order: Option<Order>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Comma-separated field names; only these are returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<String>,
}

impl LeadQuery {
    /// The pagination part of the query.
    pub fn page(&self) -> PageQuery {
        PageQuery {
            limit: self.limit,
            cursor: self.cursor.clone(),
            fields: self.fields.clone(),
        }
    }
}

/// Pagination and field selection, shared by every list.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// At most this many (default 100, at most 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Comma-separated field names; only these are returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<String>,
}

/// Find one lead of a campaign by one of its identifiers.
#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LeadLookup {
    pub campaign: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// A way to name a lead in a batch: exactly one key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum LeadRef {
    Id(#[serde(deserialize_with = "super::shape::i64")] i64),
    Email(String),
    Code(String),
    ExternalId(String),
}

impl std::fmt::Display for LeadRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeadRef::Id(id) => write!(f, "{id}"),
            LeadRef::Email(s) | LeadRef::Code(s) | LeadRef::ExternalId(s) => f.write_str(s),
        }
    }
}

/// Qualify or unqualify one lead.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct QualifyRequest {
    /// Required to unqualify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who made the change: `manual` (a person), `api` (the default) or
    /// `customer_list` (an upload); `rule` is refused (only rules record it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<ClaimableMethod>)]
    pub method: Option<QualifyMethod>,
    /// Qualify a lead on an exclude-list too (kept in the history).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub force: bool,
}

string_enum!(
    /// The methods a client may record a change with (`rule` is the rules' own).
    ClaimableMethod { Manual => "manual", Api => "api", CustomerList => "customer_list" }
);

/// Unqualify one lead: the same as [`QualifyRequest`], with a reason required.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct UnqualifyRequest {
    /// Why (a refund, a chargeback): required.
    #[schema(min_length = 1)]
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<ClaimableMethod>)]
    pub method: Option<QualifyMethod>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct QualifyResult {
    pub outcome: QualifyOutcome,
    pub lead: Lead,
}

/// Many leads, one request, one transaction.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BatchQualifyRequest {
    pub action: QualifyAction,
    /// Campaign id or code; required when any item is named by email, code or external id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    /// Required to unqualify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<ClaimableMethod>)]
    pub method: Option<QualifyMethod>,
    #[schema(min_items = 1, max_items = 1000)]
    pub items: Vec<LeadRef>,
    /// Work out every outcome and change nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// Qualify leads on an exclude-list too (a person's decision, kept in the history).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub force: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BatchItemResult {
    /// Position of the item in the request.
    pub index: usize,
    pub reference: LeadRef,
    pub outcome: QualifyOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_id: Option<i64>,
    /// For `failed`: what the platform answered, as it answered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BatchQualifyResponse {
    pub results: Vec<BatchItemResult>,
}

/// One change of a lead's state; the history is append-only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct QualificationRecord {
    pub id: i64,
    pub lead_id: i64,
    pub action: QualifyAction,
    pub method: QualifyMethod,
    /// The name of the token that made the change.
    pub actor: String,
    pub reason: Option<String>,
    pub idempotency_key: Option<String>,
    pub created_at: String,
    /// For changes made by a rule: the rule's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// For changes made by a rule: the id of the event that fired it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// Many creations in one request; each item succeeds or fails on its own.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(bound(deserialize = "T: serde::de::DeserializeOwned"))]
pub struct BulkRequest<T> {
    #[schema(min_items = 1, max_items = 1000)]
    #[serde(deserialize_with = "super::shape::objects")]
    pub items: Vec<T>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BulkItemResult<T> {
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<super::Problem>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BulkResponse<T> {
    pub results: Vec<BulkItemResult<T>>,
}

/// Who is calling: returned by `GET /v1/whoami`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Identity {
    pub workspace: String,
    pub token_name: String,
    pub scope: Scope,
    /// The token's request rate limit, e.g. `600/min`; absent when it has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<String>,
    /// The server's version and commit (`refctl doctor` shows it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
}
