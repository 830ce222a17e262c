//! The outbox of a workspace linked to a hosted platform: each qualification
//! change its rules, webhooks, lists or people decided, on its way to the
//! platform, and what the platform answered.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::QualifyAction;

string_enum!(
    /// Where a change is on its way to the platform.
    OutboxState {
        Pending => "pending",
        Sending => "sending",
        Applied => "applied",
        Failed => "failed",
        Skipped => "skipped",
        Discarded => "discarded",
    }
);

impl OutboxState {
    /// True once nothing more will be sent for it (unless retried).
    pub fn settled(self) -> bool {
        !matches!(self, OutboxState::Pending | OutboxState::Sending)
    }
}

/// One change for the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OutboxEntry {
    pub id: i64,
    pub lead_id: i64,
    pub action: QualifyAction,
    /// Who decided it: a person, `rule`, or a customer list.
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The rule that decided it, and the event it decided on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    pub state: OutboxState,
    /// Calls made for it so far.
    pub attempts: u32,
    pub created_at: String,
    pub updated_at: String,
    /// The platform's last answer: its HTTP status and body (or what a
    /// read-back showed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Why it is where it is, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Every call made for it and what the platform answered, oldest first
    /// (shown for one entry, not in lists).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<OutboxCall>,
}

/// One call made for an outbox entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OutboxCall {
    pub at: String,
    /// What was done and what it showed.
    pub what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

/// Why an entry is given up without being sent.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DiscardOutboxEntry {
    pub reason: String,
}

/// How many failed entries went back to the queue.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OutboxRetried {
    pub retried: u64,
}

/// A linked workspace's link: where its program is, how its sync and its
/// deliveries are doing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct LinkStatus {
    pub workspace_id: i64,
    /// The platform's `--provider` id.
    pub provider: String,
    /// When the mirror last synced; `None` before the first sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced_at: Option<String>,
    /// Seconds since then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_age_seconds: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_error: Option<String>,
    /// No call to the platform before this (its last 429).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resting_until: Option<String>,
    /// Entries still to deliver, and entries that failed.
    pub outbox_pending: u64,
    pub outbox_failed: u64,
}
