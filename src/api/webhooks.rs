//! Inbound webhooks: their secrets (shown once) and what a workspace has.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

string_enum!(
    /// Which webhook: refctl's own events, or Stripe's.
    SecretKind { Generic => "generic", Stripe => "stripe" }
);

impl SecretKind {
    /// The endpoint's path on the server, for the workspace named `workspace`.
    pub fn endpoint(self, workspace: &str) -> String {
        match self {
            SecretKind::Generic => format!("/v1/hooks/{workspace}/events"),
            SecretKind::Stripe => format!("/v1/hooks/{workspace}/stripe"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NewSecret {
    pub kind: SecretKind,
}

/// A secret, shown once, and where to point the sender.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WebhookSecret {
    pub kind: SecretKind,
    pub secret: String,
    /// The endpoint's path on this server.
    pub endpoint: String,
}

/// A secret made by the sender, e.g. the signing secret Stripe shows for an endpoint.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetSecret {
    pub secret: String,
}

/// Where to point the sender; the secret is not echoed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecretSet {
    pub kind: SecretKind,
    pub endpoint: String,
}

/// A webhook of the workspace, without its secret.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct WebhookInfo {
    /// `generic` or `stripe`.
    pub kind: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotated_at: Option<String>,
    /// Requests refused for a missing, bad or stale signature.
    pub refused: u64,
}
