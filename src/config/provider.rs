//! Which referral platform the commands drive.

/// A referral platform refctl can drive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    /// refctl's own API: the local workspace, or a `refctl server`
    Refctl,
    /// Referral Factory's API v2
    ReferralFactory,
    /// GrowSurf's API v2
    Growsurf,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Refctl => "refctl",
            Provider::ReferralFactory => "referral-factory",
            Provider::Growsurf => "growsurf",
        }
    }

    /// The platform's name, for messages.
    pub fn title(self) -> &'static str {
        match self {
            Provider::Refctl => "the refctl API",
            Provider::ReferralFactory => "Referral Factory",
            Provider::Growsurf => "GrowSurf",
        }
    }

    /// The API's base URL when none is configured; `None` for refctl, whose
    /// default is the local workspace.
    pub fn default_url(self) -> Option<&'static str> {
        match self {
            Provider::Refctl => None,
            // The portal's OpenAPI `servers.url`; working clients also use
            // https://referral-factory.com/api/v2 (research: providers §1.1 N4).
            Provider::ReferralFactory => Some("https://api.referral-factory.com/api/v2"),
            // growsurf/growsurf-typescript: src/client.ts (baseURL).
            Provider::Growsurf => Some("https://api.growsurf.com/v2"),
        }
    }
}

impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Provider {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "refctl" => Ok(Provider::Refctl),
            "referral-factory" | "referralfactory" | "rf" => Ok(Provider::ReferralFactory),
            "growsurf" => Ok(Provider::Growsurf),
            other => Err(format!(
                "'{other}' is not a provider: use refctl, referral-factory or growsurf"
            )),
        }
    }
}
