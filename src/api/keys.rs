//! The identifying fields of a campaign's people, fetched in bulk to match
//! customer lists against (`GET /v1/campaigns/{campaign}/match-keys`).

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The largest page of match keys: they are small, and an upload fetches them all.
pub const MAX_KEYS_PAGE: u32 = 10_000;

/// Whose keys to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchRole {
    #[default]
    Lead,
    Referrer,
}

/// Only what identifies a lead or a referrer, and whether the lead is qualified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MatchKeys {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Leads only: true once qualified.
    #[serde(default)]
    pub qualified: bool,
    /// Leads only: pending now, but qualified once and unqualified since.
    #[serde(default)]
    pub unqualified_before: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchKeysQuery {
    /// `lead` (default) or `referrer`.
    #[serde(default)]
    #[param(value_type = Option<MatchRole>)]
    pub role: MatchRole,
    /// At most 10,000 (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}
