//! Qualification rules and events: what a rule listens to, and what each
//! event did, rule by rule.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::{QualifyAction, QualifyOutcome};

string_enum!(
    /// Which of a lead's keys the event carries.
    IdentityKind { Email => "email", Code => "code", ExternalId => "external_id" | "external-id" }
);

/// The sum of a numeric field over a lead's matching events must reach
/// `amount` within `within_days` of the lead's sign-up (Stripe spend rules).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Threshold {
    /// Dotted path to the number in the event, e.g. `data.amount`.
    pub field: String,
    pub amount: f64,
    #[serde(deserialize_with = "super::shape::u32")]
    pub within_days: u32,
}

/// A rule as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Rule {
    pub id: i64,
    pub campaign_id: i64,
    pub name: String,
    /// The event type it listens to, e.g. `payment.succeeded`.
    pub event_type: String,
    pub identity: IdentityKind,
    /// Dotted path to the lead's key in the event, e.g. `data.customer.email`.
    pub identity_path: String,
    /// A CEL expression over `event`; absent means always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Threshold>,
    pub action: QualifyAction,
    pub enabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A rule to create (or, in `rules apply`, the whole wanted state of one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRule {
    pub name: String,
    pub event_type: String,
    pub identity: IdentityKind,
    pub identity_path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::shape::optional_object"
    )]
    pub threshold: Option<Threshold>,
    #[serde(default = "qualify")]
    pub action: QualifyAction,
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn qualify() -> QualifyAction {
    QualifyAction::Qualify
}

fn yes() -> bool {
    true
}

/// Every rule a campaign should have (`PUT /v1/campaigns/{campaign}/rules`):
/// applied whole, in one transaction, or not at all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub rules: Vec<NewRule>,
}

/// Changes to a rule; absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulePatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// An inbound event. `id` makes it idempotent: a redelivered event changes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NewEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Only this campaign's rules; absent means every open campaign's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    /// When it happened (RFC 3339); threshold windows count from it. Absent
    /// means when it is received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<String>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub data: Value,
}

/// Which events to list (besides the page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventQuery {
    /// Only events of this type.
    pub kind: Option<String>,
    /// Only events that reached this lead.
    pub lead: Option<i64>,
}

/// What one rule made of one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RuleDecision {
    pub rule_id: i64,
    pub rule: String,
    pub campaign: String,
    pub type_matched: bool,
    /// The key found at the identity path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_id: Option<i64>,
    /// What the condition evaluated to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<bool>,
    /// The sum so far, against the threshold's amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_sum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_amount: Option<f64>,
    /// What happened (or, in a test, would happen) to the lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<QualifyOutcome>,
    /// The decision in a sentence.
    pub explanation: String,
    /// On a workspace linked to a hosted platform: the change on its way
    /// there, and what the platform answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<super::OutboxEntry>,
}

/// An event as received, with every rule's decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct EventRecord {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub source: String,
    pub received_at: String,
    /// When it happened, as its sender said; else when it was received.
    #[serde(default)]
    pub occurred_at: String,
    /// True when this delivery repeated an event already received.
    #[serde(default)]
    pub redelivered: bool,
    /// What the event did, in a phrase: the leads it changed, or why none.
    #[serde(default)]
    pub summary: String,
    pub decisions: Vec<RuleDecision>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub data: Value,
}

impl EventRecord {
    /// What `decisions` did, in a phrase: the changes made, or why none was.
    pub fn summarize(decisions: &[RuleDecision]) -> String {
        let changes: Vec<String> = decisions
            .iter()
            .filter(|d| {
                matches!(
                    d.outcome,
                    Some(QualifyOutcome::Qualified | QualifyOutcome::Unqualified)
                )
            })
            .map(|d| {
                format!(
                    "{} {} lead {}",
                    d.rule,
                    d.outcome.map(QualifyOutcome::as_str).unwrap_or_default(),
                    d.lead_id.unwrap_or_default()
                )
            })
            .collect();
        if !changes.is_empty() {
            return changes.join("; ");
        }
        // Nothing changed: say why, from the rule that got furthest.
        let furthest = decisions
            .iter()
            .filter(|d| d.type_matched)
            .rev()
            .max_by_key(|d| {
                (
                    d.outcome.is_some(),
                    d.lead_id.is_some(),
                    d.identity.is_some(),
                )
            });
        match furthest {
            Some(d) => format!("nothing changed: {}: {}", d.rule, d.explanation),
            None if decisions.is_empty() => "nothing changed: no enabled rule".to_string(),
            None => "nothing changed: no rule listens to this type".to_string(),
        }
    }
}
