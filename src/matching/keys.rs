use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What identifies a lead in a customer row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKey {
    Email,
    /// The lead's own referral code (or a referral link holding it).
    Code,
    /// Your id for the customer: Stripe, CRM or billing id.
    ExternalId,
    Phone,
}

impl MatchKey {
    pub const ALL: [MatchKey; 4] = [
        MatchKey::Email,
        MatchKey::Code,
        MatchKey::ExternalId,
        MatchKey::Phone,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MatchKey::Email => "email",
            MatchKey::Code => "code",
            MatchKey::ExternalId => "external_id",
            MatchKey::Phone => "phone",
        }
    }

    /// The key as `--match` and `--column` spell it (`external-id`).
    pub fn flag(self) -> &'static str {
        match self {
            MatchKey::ExternalId => "external-id",
            k => k.as_str(),
        }
    }
}

impl fmt::Display for MatchKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a match key: use email, code, external-id or phone")]
pub struct UnknownMatchKey(pub String);

impl FromStr for MatchKey {
    type Err = UnknownMatchKey;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "email" => Ok(MatchKey::Email),
            "code" | "referral_code" => Ok(MatchKey::Code),
            "external_id" | "ext" => Ok(MatchKey::ExternalId),
            "phone" => Ok(MatchKey::Phone),
            _ => Err(UnknownMatchKey(s.to_string())),
        }
    }
}
