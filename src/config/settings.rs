use std::path::PathBuf;

use super::{ConfigError, ConfigFile, CredentialStore, Paths, Provider, TokenSource};

/// What the command line says, before the environment and the config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub api_url: Option<String>,
    pub token: Option<String>,
    pub provider: Option<Provider>,
}

/// Which API the commands talk to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// The local SQLite workspace, through the server's router in-process.
    Embedded {
        db: PathBuf,
    },
    Remote {
        api_url: String,
    },
}

/// Where a setting came from, so `auth status` and `config list` can say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env(&'static str),
    Profile(String),
    ConfigDefault,
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag => f.write_str("from a flag"),
            Origin::Env(var) => write!(f, "from env {var}"),
            Origin::Profile(name) => write!(f, "from profile '{name}'"),
            Origin::ConfigDefault => f.write_str("from default_profile in the config file"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// The settings in effect for one invocation.
#[derive(Debug, Clone)]
pub struct Settings {
    pub paths: Paths,
    pub profile: String,
    pub profile_origin: Origin,
    /// False when the profile was named but is not in the config file.
    pub profile_known: bool,
    pub backend: Backend,
    pub backend_origin: Origin,
    /// The platform the backend is; with a hosted one, the backend is its API.
    pub provider: Provider,
    pub provider_origin: Origin,
    pub campaign: Option<(String, Origin)>,
    pub config: ConfigFile,
}

impl Settings {
    pub fn resolve(overrides: &Overrides) -> Result<Settings, ConfigError> {
        let paths = Paths::from_env()?;
        let config = ConfigFile::load(&paths.config_file())?;

        let (profile, profile_origin) = if let Some(p) = &overrides.profile {
            (p.clone(), Origin::Flag)
        } else if let Some(p) = env("REFCTL_PROFILE") {
            (p, Origin::Env("REFCTL_PROFILE"))
        } else if let Some(p) = &config.default_profile {
            (p.clone(), Origin::ConfigDefault)
        } else {
            ("default".to_string(), Origin::Default)
        };
        let stored = config.profiles.get(&profile).cloned();
        let profile_known = stored.is_some() || profile == "default";
        let stored = stored.unwrap_or_default();

        let (provider, provider_origin) = if let Some(p) = overrides.provider {
            (p, Origin::Flag)
        } else if let Some(p) = env("REFCTL_PROVIDER") {
            (
                p.parse()
                    .map_err(|message| ConfigError::BadProvider { message })?,
                Origin::Env("REFCTL_PROVIDER"),
            )
        } else if let Some(p) = stored.provider {
            (p, Origin::Profile(profile.clone()))
        } else {
            (Provider::Refctl, Origin::Default)
        };
        let (backend, backend_origin) = if let Some(url) = &overrides.api_url {
            (remote(url)?, Origin::Flag)
        } else if let Some(url) = env("REFCTL_API_URL") {
            (remote(&url)?, Origin::Env("REFCTL_API_URL"))
        } else if let Some(url) = &stored.api_url {
            (remote(url)?, Origin::Profile(profile.clone()))
        } else if let Some(url) = provider.default_url() {
            (remote(url)?, Origin::Default)
        } else {
            (
                Backend::Embedded {
                    db: paths.embedded_db(),
                },
                Origin::Default,
            )
        };
        let campaign = stored
            .campaign
            .map(|c| (c, Origin::Profile(profile.clone())));

        Ok(Settings {
            paths,
            profile,
            profile_origin,
            profile_known,
            backend,
            backend_origin,
            provider,
            provider_origin,
            campaign,
            config,
        })
    }

    /// Refuses a profile that was asked for by name but does not exist, so a
    /// typo never silently falls back to the local workspace.
    pub fn require_known_profile(&self) -> Result<(), ConfigError> {
        if self.profile_known {
            return Ok(());
        }
        let known: Vec<_> = self.config.profiles.keys().cloned().collect();
        Err(ConfigError::UnknownProfile {
            name: self.profile.clone(),
            path: self.paths.config_file(),
            known: if known.is_empty() {
                "none".into()
            } else {
                known.join(", ")
            },
        })
    }

    /// The token for the remote backend: flag, then `REFCTL_TOKEN`, then the store.
    pub fn token(
        &self,
        overrides: &Overrides,
        store: &CredentialStore,
    ) -> Result<Option<(String, TokenSource)>, ConfigError> {
        if let Some(t) = &overrides.token {
            return Ok(Some((t.clone(), TokenSource::Flag)));
        }
        if let Some(t) = env("REFCTL_TOKEN") {
            return Ok(Some((t, TokenSource::Env)));
        }
        match &self.backend {
            Backend::Remote { api_url } => store.load(&self.profile, api_url),
            Backend::Embedded { .. } => Ok(None),
        }
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn remote(url: &str) -> Result<Backend, ConfigError> {
    validate_api_url(url)?;
    Ok(Backend::Remote {
        api_url: url.trim_end_matches('/').to_string(),
    })
}

/// An API URL is absolute http(s) with a host, e.g. `http://127.0.0.1:8080`.
pub fn validate_api_url(url: &str) -> Result<(), ConfigError> {
    let bad = |reason: &str| ConfigError::BadUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or_else(|| bad("it must start with http:// or https://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(bad("it has no host"));
    }
    if url.chars().any(char::is_whitespace) {
        return Err(bad("it contains whitespace"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_urls_are_checked() {
        assert!(validate_api_url("http://127.0.0.1:8080").is_ok());
        assert!(validate_api_url("https://referrals.example.com/").is_ok());
        assert!(validate_api_url("127.0.0.1:8080").is_err());
        assert!(validate_api_url("http://").is_err());
        assert!(validate_api_url("http://a b").is_err());
    }
}
