use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use super::context::Ctx;
use super::exit::{Exit, UsageError};

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl config set api_url http://127.0.0.1:8080 --profile staging
  refctl config set campaign spring
  refctl config use staging
  refctl config list

Settings come from flags, then REFCTL_* environment variables, then the profile,
then the default (the local workspace).")]
pub enum ConfigCommand {
    /// Show every profile and the settings in effect
    List,
    /// Print one setting of the profile
    Get {
        /// The setting to print
        #[arg(value_enum)]
        key: Key,
    },
    /// Set one setting of the profile (created when missing)
    Set {
        /// The setting to set
        #[arg(value_enum)]
        key: Key,
        /// The new value
        value: String,
    },
    /// Remove one setting of the profile
    Unset {
        /// The setting to remove
        #[arg(value_enum)]
        key: Key,
    },
    /// Make a profile the default
    Use {
        /// The profile's name
        profile: String,
    },
}

/// The settings a profile holds.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Key {
    /// The API's base URL; none means the local workspace
    ApiUrl,
    /// The campaign used when --campaign is not given
    Campaign,
    /// The platform: refctl (default), referral-factory or growsurf
    Provider,
}

#[derive(Debug, Serialize)]
struct ProfileRow {
    profile: String,
    default: bool,
    active: bool,
    api_url: Option<String>,
    campaign: Option<String>,
    provider: Option<String>,
}

impl crate::output::Tabular for ProfileRow {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("profile", "PROFILE"),
        ("active", "ACTIVE"),
        ("default", "DEFAULT"),
        ("provider", "PROVIDER"),
        ("api_url", "API URL"),
        ("campaign", "CAMPAIGN"),
    ];
}

pub fn run(ctx: &Ctx, command: ConfigCommand) -> anyhow::Result<Exit> {
    let settings = &ctx.settings;
    let path = settings.paths.config_file();
    let mut config = settings.config.clone();
    let profile = settings.profile.clone();
    match command {
        ConfigCommand::List => {
            let default = config
                .default_profile
                .clone()
                .unwrap_or_else(|| "default".into());
            let rows: Vec<ProfileRow> = config
                .profiles
                .iter()
                .map(|(name, p)| ProfileRow {
                    profile: name.clone(),
                    default: *name == default,
                    active: *name == profile,
                    api_url: p.api_url.clone(),
                    campaign: p.campaign.clone(),
                    provider: p.provider.map(|p| p.to_string()),
                })
                .collect();
            if ctx.printer.format != crate::output::Format::Table {
                // For scripts: the settings in effect and where each came
                // from, beside the profiles the file holds.
                let (backend, api_url) = match &settings.backend {
                    crate::config::Backend::Embedded { db } => {
                        ("local".to_string(), db.display().to_string())
                    }
                    crate::config::Backend::Remote { api_url } => {
                        ("remote".to_string(), api_url.to_string())
                    }
                };
                let setting = |value: serde_json::Value, origin: String| serde_json::json!({ "value": value, "from": origin });
                ctx.printer.one(&serde_json::json!({
                    "config_file": path.display().to_string(),
                    "in_effect": {
                        "profile": setting(profile.clone().into(), settings.profile_origin.to_string()),
                        "provider": setting(settings.provider.to_string().into(), settings.provider_origin.to_string()),
                        "backend": setting(backend.into(), settings.backend_origin.to_string()),
                        "location": setting(api_url.into(), settings.backend_origin.to_string()),
                        "campaign": match &settings.campaign {
                            Some((c, origin)) => setting(c.clone().into(), origin.to_string()),
                            None => setting(serde_json::Value::Null, "none".into()),
                        },
                    },
                    "profiles": rows,
                }))?;
                return Ok(Exit::Success);
            }
            ctx.printer.list(&rows)?;
            ctx.printer
                .status(format!("config file: {}", path.display()));
            ctx.printer.status(format!(
                "in effect: profile '{profile}' ({})",
                settings.profile_origin
            ));
            ctx.printer.status(format!(
                "provider: {} ({})",
                settings.provider, settings.provider_origin
            ));
            match &settings.backend {
                crate::config::Backend::Embedded { db } => ctx.printer.status(format!(
                    "backend: local workspace {} ({})",
                    db.display(),
                    settings.backend_origin
                )),
                crate::config::Backend::Remote { api_url } => ctx
                    .printer
                    .status(format!("backend: {api_url} ({})", settings.backend_origin)),
            }
        }
        ConfigCommand::Get { key } => {
            let p = config.profiles.get(&profile).cloned().unwrap_or_default();
            let value = match key {
                Key::ApiUrl => p.api_url,
                Key::Campaign => p.campaign,
                Key::Provider => p.provider.map(|p| p.to_string()),
            };
            if ctx.printer.format != crate::output::Format::Table {
                ctx.printer.one(&serde_json::json!({
                    "profile": profile,
                    "key": key_name(key),
                    "value": value,
                }))?;
            } else if let Some(v) = &value {
                ctx.printer.value(v)?;
            }
            if value.is_none() {
                ctx.printer.status(format!(
                    "{} is not set in profile '{profile}'",
                    key_name(key)
                ));
                return Ok(Exit::NotFound);
            }
        }
        ConfigCommand::Set { key, value } => {
            let value = value.trim().to_string();
            if value.is_empty() {
                return Err(UsageError(
                    "the value is empty; use `refctl config unset` to remove a setting".into(),
                )
                .into());
            }
            if let Key::ApiUrl = key {
                crate::config::validate_api_url(&value)?;
            }
            let provider = match key {
                Key::Provider => Some(value.parse().map_err(UsageError)?),
                _ => None,
            };
            let p = config.profiles.entry(profile.clone()).or_default();
            match key {
                Key::ApiUrl => p.api_url = Some(value.clone()),
                Key::Campaign => p.campaign = Some(value.clone()),
                Key::Provider => p.provider = provider,
            }
            config.save(&path)?;
            ctx.printer.status(format!(
                "Set {} = {value} in profile '{profile}'",
                key_name(key)
            ));
            ctx.printer
                .result(&profile_row(&config, &profile, &profile))?;
        }
        ConfigCommand::Unset { key } => {
            if let Some(p) = config.profiles.get_mut(&profile) {
                match key {
                    Key::ApiUrl => p.api_url = None,
                    Key::Campaign => p.campaign = None,
                    Key::Provider => p.provider = None,
                }
                config.save(&path)?;
            }
            ctx.printer
                .status(format!("Unset {} in profile '{profile}'", key_name(key)));
            ctx.printer
                .result(&profile_row(&config, &profile, &profile))?;
        }
        ConfigCommand::Use { profile } => {
            if !config.profiles.contains_key(&profile) && profile != "default" {
                let known: Vec<_> = config.profiles.keys().cloned().collect();
                return Err(UsageError(format!(
                    "no profile '{profile}'; known profiles: {}. Create it with `refctl config set api_url URL --profile {profile}`",
                    if known.is_empty() { "none".into() } else { known.join(", ") }
                ))
                .into());
            }
            config.default_profile = Some(profile.clone());
            config.save(&path)?;
            ctx.printer
                .status(format!("Profile '{profile}' is now the default"));
            ctx.printer
                .result(&profile_row(&config, &profile, &settings.profile))?;
        }
    }
    Ok(Exit::Success)
}

/// One profile as `config list` shows it.
fn profile_row(config: &crate::config::ConfigFile, name: &str, active: &str) -> ProfileRow {
    let p = config.profiles.get(name).cloned().unwrap_or_default();
    ProfileRow {
        profile: name.to_string(),
        default: config.default_profile.as_deref().unwrap_or("default") == name,
        active: name == active,
        api_url: p.api_url,
        campaign: p.campaign,
        provider: p.provider.map(|p| p.to_string()),
    }
}

fn key_name(key: Key) -> &'static str {
    match key {
        Key::ApiUrl => "api_url",
        Key::Campaign => "campaign",
        Key::Provider => "provider",
    }
}
