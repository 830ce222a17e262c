//! `refctl server link | unlink | links`: a workspace in front of a program
//! on a hosted platform. The database records where the platform's token is
//! read from (an environment variable of the server's, or a file), never the
//! token itself.

use clap::Args;

use super::DbArg;
use crate::cli::args::GlobalArgs;
use crate::cli::exit::Exit;
use crate::config::Provider;
use crate::store::links::{Link, TokenSource};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  refctl server link --workspace acme --provider referral-factory --token-env RF_TOKEN
  refctl server link --workspace shop --provider growsurf --token-file /etc/refctl/growsurf.token
  RF_TOKEN=... refctl server --db postgres://refctl@db.internal/refctl

The server reads the token when it starts (and when the link changes), so a
dump or a backup of the database carries no platform secret. A linked
workspace's campaigns are the platform's, by the platform's codes; its rules,
webhooks and lists qualify there, each change delivered once from the outbox
(`refctl outbox list`).")]
pub struct LinkArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// The workspace to link (created when missing)
    #[arg(long)]
    pub workspace: String,
    /// The hosted platform
    #[arg(long, value_parser = hosted_provider)]
    pub provider: Provider,
    /// The platform's API (default: its public one)
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
    /// The environment variable of the server's that holds the platform token
    #[arg(
        long,
        value_name = "NAME",
        conflicts_with = "token_file",
        required_unless_present = "token_file"
    )]
    pub token_env: Option<String>,
    /// A file that holds the platform token
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<std::path::PathBuf>,
    /// The pace of calls to the platform, e.g. 5/s (default: the platform's
    /// safe pace; never above its published limit)
    #[arg(long, value_name = "N/UNIT")]
    pub rate: Option<crate::api::RateLimit>,
    /// The rest after the platform answers 429, e.g. 60s, 2m (default: 60s on
    /// Referral Factory, which blocks an IP that keeps going over; 5s elsewhere)
    #[arg(long, value_name = "DURATION", value_parser = seconds)]
    pub cool_down: Option<u64>,
    /// GrowSurf: hold each credit this many days before it is awarded, e.g.
    /// 30d (a refund inside them cancels it; an awarded credit cannot be taken back)
    #[arg(long, value_name = "DAYS", value_parser = days)]
    pub hold: Option<u32>,
}

/// `30d` or `30`: whole days, 1 to 365.
fn days(value: &str) -> Result<u32, String> {
    let n = value.trim().trim_end_matches('d');
    match n.parse::<u32>() {
        Ok(d) if (1..=365).contains(&d) => Ok(d),
        _ => Err(format!(
            "'{value}' is not a hold: give days from 1 to 365, e.g. 30d"
        )),
    }
}

fn hosted_provider(value: &str) -> Result<Provider, String> {
    let p: Provider = value.parse()?;
    if p == Provider::Refctl {
        return Err("link to a hosted platform: referral-factory or growsurf".into());
    }
    Ok(p)
}

/// `30s`, `5m`, `1h`: a whole number and a unit, as seconds.
pub fn seconds(value: &str) -> Result<u64, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (n, unit) = value.split_at(split);
    let wrong = || format!("'{value}' is not a duration: use a number and s, m or h, e.g. 5m");
    let n: u64 = n.parse().map_err(|_| wrong())?;
    match unit {
        "s" => Ok(n),
        "m" => Ok(n * 60),
        "h" => Ok(n * 3600),
        _ => Err(wrong()),
    }
}

/// A link's line in `server links`.
#[derive(Debug, serde::Serialize)]
struct LinkRow {
    workspace: String,
    provider: String,
    api_url: String,
    token: String,
    synced_at: Option<String>,
    sync_error: Option<String>,
    delivery_error: Option<String>,
}

impl From<Link> for LinkRow {
    fn from(l: Link) -> LinkRow {
        LinkRow {
            workspace: l.workspace,
            provider: l.provider,
            api_url: l.api_url,
            token: l.token.to_string(),
            synced_at: l.synced_at,
            sync_error: l.sync_error,
            delivery_error: l.delivery_error,
        }
    }
}

impl crate::output::Tabular for LinkRow {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("workspace", "WORKSPACE"),
        ("provider", "PROVIDER"),
        ("api_url", "API"),
        ("token", "TOKEN FROM"),
        ("synced_at", "SYNCED"),
        ("sync_error", "SYNC ERROR"),
        ("delivery_error", "DELIVERY ERROR"),
    ];
}

pub async fn link(global: &GlobalArgs, a: LinkArgs) -> anyhow::Result<Exit> {
    let token = match (&a.token_env, &a.token_file) {
        (Some(name), _) => TokenSource::Env(name.clone()),
        (None, Some(path)) => {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            TokenSource::File(path.display().to_string())
        }
        (None, None) => anyhow::bail!("give --token-env NAME or --token-file PATH"),
    };
    let api_url = match &a.api_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => a.provider.default_url().unwrap_or_default().to_string(),
    };
    if a.hold.is_some() {
        let info = crate::client::platforms::platform(a.provider.as_str())
            .map(|p| p.info)
            .filter(|i| i.holds_credit);
        if info.is_none() {
            return Err(super::super::exit::UsageError(format!(
                "{} cannot hold a credit before awarding it: drop --hold",
                a.provider.title()
            ))
            .into());
        }
    }
    let cool_down = a.cool_down.unwrap_or(match a.provider {
        Provider::ReferralFactory => 60,
        _ => 5,
    });
    let link = crate::server::link_workspace(
        &a.db.location()?,
        &a.workspace,
        crate::server::LinkRequest {
            provider: a.provider.as_str().to_string(),
            api_url,
            token: token.clone(),
            rate: a.rate.map(|r| (r.requests.get(), r.per_seconds.get())),
            cool_down,
            hold_days: a.hold,
        },
    )
    .await?;
    let printer = global.printer();
    printer.status(format!(
        "Linked workspace '{}' to {} at {}. The server reads the token from {} when it starts; the database keeps only that name.",
        link.workspace,
        a.provider.title(),
        link.api_url,
        token
    ));
    if let Err(why) = crate::bridge::read_token(&token) {
        printer.status(format!("note: here, {why}"));
    }
    printer.result(&LinkRow::from(link))?;
    Ok(Exit::Success)
}

pub async fn unlink(global: &GlobalArgs, db: &DbArg, workspace: &str) -> anyhow::Result<Exit> {
    let printer = global.printer();
    match crate::server::unlink_workspace(&db.location()?, workspace).await? {
        Some(link) => {
            printer.status(format!(
                "Unlinked workspace '{}' from {}: its mirror stays, and nothing more is sent (entries still in its outbox stay there).",
                link.workspace, link.provider
            ));
            printer.result(&LinkRow::from(link))?;
            Ok(Exit::Success)
        }
        None => {
            printer.status(format!(
                "workspace '{workspace}' is not linked: see `refctl server links`"
            ));
            Ok(Exit::NotFound)
        }
    }
}

pub async fn links(global: &GlobalArgs, db: &DbArg) -> anyhow::Result<Exit> {
    let rows: Vec<LinkRow> = crate::server::list_links(&db.location()?)
        .await?
        .into_iter()
        .map(LinkRow::from)
        .collect();
    global.printer().list(&rows)?;
    Ok(Exit::Success)
}
