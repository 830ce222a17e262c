use std::io::{IsTerminal, Read};

use anyhow::Context as _;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::context::Ctx;
use super::exit::{Exit, UsageError};

use crate::config::{Backend, StoredIn, mask_token};

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl auth login --api-url https://referrals.example.com
  echo \"$TOKEN\" | refctl auth login --with-token --api-url http://127.0.0.1:8080
  refctl auth status")]
pub enum AuthCommand {
    /// Store a token for the profile's API (checked against the API first)
    Login(LoginArgs),
    /// Forget the profile's stored token
    Logout,
    /// Show which backend, profile and token are in use
    Status,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the token from stdin instead of prompting
    #[arg(long)]
    pub with_token: bool,
}

/// What `auth status` reports.
#[derive(Debug, Serialize)]
struct Status {
    profile: String,
    /// The platform: refctl, referral-factory or growsurf.
    provider: String,
    provider_from: String,
    backend: &'static str,
    target: String,
    target_from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    token_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    workspace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    token_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
}

pub async fn run(ctx: &Ctx, command: AuthCommand) -> anyhow::Result<Exit> {
    let settings = &ctx.settings;
    match command {
        AuthCommand::Login(a) => {
            let Backend::Remote { api_url } = &settings.backend else {
                return Err(UsageError(
                    "auth login needs an API: pass --api-url URL (or set REFCTL_API_URL, or `refctl config set api_url URL`); \
                     the local workspace needs no login"
                        .into(),
                )
                .into());
            };
            // Reach the API before asking for a token, so that a wrong URL
            // is blamed, not the token.
            let probe = crate::client::HttpTransport::new(api_url, None, ctx.retry_policy()?)?;
            probe.reachable().await.with_context(|| {
                format!("{api_url} does not answer; check the URL (--api-url) and that the server is running")
            })?;
            let token = read_token(a.with_token)?;
            let client = ctx.client_for(api_url, token.clone())?;
            let who = client.whoami().await.map_err(|e| match e {
                crate::client::ClientError::Api(_) => {
                    anyhow::Error::new(e).context("the token was not accepted")
                }
                e => anyhow::Error::new(e)
                    .context(format!("{api_url} did not answer the token check")),
            })?;
            let store = ctx.credentials()?;
            let stored = store.save(&settings.profile, api_url, &token)?;
            if ctx.global.api_url.is_some() || ctx.global.provider.is_some() {
                // Remember what the command line said, so later commands need no flag.
                let mut config = settings.config.clone();
                let profile = config.profiles.entry(settings.profile.clone()).or_default();
                if ctx.global.api_url.is_some() && profile.api_url.is_none() {
                    ctx.printer.status(format!(
                        "Profile '{}' used the local workspace; it now points at {api_url}. \
                         `refctl config unset api_url` goes back; --profile NAME keeps both",
                        settings.profile
                    ));
                }
                if ctx.global.api_url.is_some() {
                    profile.api_url = Some(api_url.clone());
                }
                if let Some(provider) = ctx.global.provider {
                    profile.provider = Some(provider);
                }
                config.save(&settings.paths.config_file())?;
            }
            let place = match &stored {
                StoredIn::Keyring => "the OS keyring".to_string(),
                StoredIn::File(path) => {
                    ctx.printer.warn(format!(
                        "no OS keyring is available; the token is stored in {} (mode 0600)",
                        path.display()
                    ));
                    path.display().to_string()
                }
            };
            ctx.printer.status(format!(
                "Logged in to {api_url} as '{}' (workspace {}, scope {}); profile '{}', token in {place}",
                who.token_name, who.workspace, who.scope, settings.profile
            ));
            ctx.printer.result(&serde_json::json!({
                "profile": settings.profile,
                "api_url": api_url,
                "workspace": who.workspace,
                "token_name": who.token_name,
                "scope": who.scope,
                "token_stored_in": place,
            }))?;
        }
        AuthCommand::Logout => {
            let Backend::Remote { api_url } = &settings.backend else {
                ctx.printer
                    .status("The local workspace has no login; nothing to forget");
                ctx.printer.result(&serde_json::json!({
                    "profile": settings.profile,
                    "removed": false,
                }))?;
                return Ok(Exit::Success);
            };
            let removed = ctx.credentials()?.delete(&settings.profile, api_url)?;
            ctx.printer.status(if removed {
                format!(
                    "Forgot the token of profile '{}' for {api_url}",
                    settings.profile
                )
            } else {
                format!(
                    "No stored token for profile '{}' and {api_url}",
                    settings.profile
                )
            });
            if std::env::var_os("REFCTL_TOKEN").is_some() {
                ctx.printer.warn("REFCTL_TOKEN is set and is still used");
            }
            ctx.printer.result(&serde_json::json!({
                "profile": settings.profile,
                "api_url": api_url,
                "removed": removed,
            }))?;
        }
        AuthCommand::Status => {
            let mut status = Status {
                profile: settings.profile.clone(),
                provider: settings.provider.to_string(),
                provider_from: settings.provider_origin.to_string(),
                backend: "embedded",
                target: String::new(),
                target_from: settings.backend_origin.to_string(),
                token: None,
                token_from: None,
                workspace: None,
                token_name: None,
                scope: None,
                problem: None,
            };
            match &settings.backend {
                Backend::Embedded { db } => {
                    status.target = db.display().to_string();
                }
                Backend::Remote { api_url } => {
                    status.backend = "remote";
                    status.target = api_url.clone();
                    let store = ctx.credentials()?;
                    if let Some((token, source)) = settings.token(&ctx.overrides, &store)? {
                        status.token = Some(mask_token(&token));
                        status.token_from = Some(source.to_string());
                    }
                }
            }
            let exit = match ctx.client() {
                Ok(client) => match client.whoami().await {
                    Ok(who) => {
                        status.workspace = Some(who.workspace);
                        status.token_name = Some(who.token_name);
                        status.scope = Some(who.scope.to_string());
                        Exit::Success
                    }
                    Err(e) => {
                        status.problem = Some(e.to_string());
                        super::exit::classify(&anyhow::Error::from(e))
                    }
                },
                Err(e) => {
                    status.problem = Some(e.to_string());
                    super::exit::classify(&e)
                }
            };
            ctx.printer.one(&status)?;
            return Ok(exit);
        }
    }
    Ok(Exit::Success)
}

fn read_token(with_token: bool) -> anyhow::Result<String> {
    let token = if with_token {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("could not read the token from stdin")?;
        s
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new().with_prompt("Token").interact()?
    } else {
        return Err(UsageError(
            "no terminal to ask for the token on: pipe it in with --with-token".into(),
        )
        .into());
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(UsageError("the token is empty".into()).into());
    }
    Ok(token)
}
