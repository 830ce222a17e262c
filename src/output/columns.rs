//! Which fields a table shows for each resource. JSON, NDJSON and CSV show every field.

use crate::api::*;

/// A resource that can be shown as a table row: the fields, in order, with their headers.
pub trait Tabular: serde::Serialize {
    const COLUMNS: &'static [(&'static str, &'static str)];
}

impl Tabular for Campaign {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("code", "CODE"),
        ("name", "NAME"),
        ("status", "STATUS"),
        ("created_at", "CREATED"),
    ];
}

impl Tabular for Referrer {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("referral_code", "CODE"),
        ("email", "EMAIL"),
        ("name", "NAME"),
        ("external_id", "EXTERNAL ID"),
    ];
}

impl Tabular for Lead {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("email", "EMAIL"),
        ("name", "NAME"),
        ("status", "STATUS"),
        ("referred_by", "REFERRED BY"),
        ("created_at", "CREATED"),
    ];
}

impl Tabular for QualificationRecord {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("created_at", "WHEN"),
        ("action", "ACTION"),
        ("method", "METHOD"),
        ("actor", "ACTOR"),
        ("reason", "REASON"),
    ];
}

impl Tabular for Change {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("created_at", "WHEN"),
        ("action", "ACTION"),
        ("actor", "ACTOR"),
        ("summary", "WHAT"),
    ];
}

impl Tabular for BatchItemResult {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("reference", "LEAD"),
        ("outcome", "OUTCOME"),
        ("lead_id", "LEAD ID"),
    ];
}

impl Tabular for Identity {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("workspace", "WORKSPACE"),
        ("token_name", "TOKEN"),
        ("scope", "SCOPE"),
    ];
}

impl<T: Tabular> Tabular for &T {
    const COLUMNS: &'static [(&'static str, &'static str)] = T::COLUMNS;
}

impl Tabular for Rule {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("name", "NAME"),
        ("event_type", "EVENT"),
        ("identity_path", "IDENTITY"),
        ("condition", "CONDITION"),
        ("action", "ACTION"),
        ("enabled", "ENABLED"),
    ];
}

impl Tabular for RuleDecision {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("rule", "RULE"),
        ("lead_id", "LEAD"),
        ("condition", "CONDITION"),
        ("threshold_sum", "SUM"),
        ("outcome", "OUTCOME"),
        ("explanation", "WHY"),
    ];
}

impl Tabular for EventRecord {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("type", "TYPE"),
        ("source", "SOURCE"),
        ("received_at", "RECEIVED"),
        ("summary", "WHAT IT DID"),
    ];
}

impl Tabular for WebhookInfo {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("kind", "KIND"),
        ("created_at", "CREATED"),
        ("rotated_at", "ROTATED"),
        ("refused", "REFUSED"),
    ];
}

impl Tabular for OutboxEntry {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("lead_id", "LEAD"),
        ("action", "ACTION"),
        ("state", "STATE"),
        ("attempts", "TRIES"),
        ("answer_status", "HTTP"),
        ("rule", "RULE"),
        ("actor", "BY"),
        ("updated_at", "UPDATED"),
        ("note", "WHY"),
    ];
}

impl Tabular for OutboxCall {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("at", "AT"),
        ("what", "WHAT"),
        ("answer_status", "HTTP"),
        ("answer", "ANSWER"),
    ];
}

impl Tabular for OutboxRetried {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[("retried", "RETRIED")];
}

impl Tabular for LinkStatus {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("provider", "PROVIDER"),
        ("synced_at", "SYNCED"),
        ("sync_age_seconds", "AGE (S)"),
        ("outbox_pending", "PENDING"),
        ("outbox_failed", "FAILED"),
        ("resting_until", "RESTING UNTIL"),
        ("sync_error", "SYNC ERROR"),
        ("delivery_error", "DELIVERY ERROR"),
    ];
}
