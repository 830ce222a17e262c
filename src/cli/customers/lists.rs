//! `refctl customers lists`: standing customer lists. A kept list goes on
//! qualifying the campaign's leads that appear later (or, an exclude-list,
//! keeps its people from being qualified). Its file is read and matched
//! exactly as `customers upload` does (the same command underneath), and
//! only the SHA-256 of each normalized key leaves this machine.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::keep::KeepList;
use super::upload::{self, UploadArgs};
use crate::api::{CustomerList, ListKind};
use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::exit::{Exit, UsageError};
use crate::matching::{MatchKey, normalize};
use crate::output::{confirm, count};

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl customers lists add customers.csv --campaign spring --name weekly --yes
  refctl customers lists add existing.csv --campaign spring --name existing --exclude --yes
  refctl customers lists replace weekly customers-2026-12.csv --campaign spring --yes
  refctl customers lists replace weekly new-this-week.csv --add --campaign spring --yes
  refctl customers lists replace weekly churned.csv --remove --campaign spring --yes
  refctl customers lists show weekly --campaign spring
  refctl customers lists hash ann@example.com
  refctl customers lists add hashed.csv --hashed --campaign spring --name partner --yes")]
pub enum ListsCommand {
    /// Keep a customer list: its pending leads are qualified now, and leads that appear later as they do
    Add(AddArgs),
    /// Swap a kept list's keys for a file's, or add or remove a file's (matching leads are qualified now)
    Replace(ReplaceArgs),
    /// The campaign's kept lists
    List(CampaignOnly),
    /// One kept list: its keys, expiry, and the leads it matched
    Show(NameArgs),
    /// Forget a kept list and its keys (what it qualified stays qualified)
    Remove(NameArgs),
    /// What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)
    Hash(HashArgs),
    /// Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)
    Sync(SyncArgs),
    /// Delete the keys of the campaign's lists past their expiry
    Purge(CampaignOnly),
    /// Remove people from every kept list of the workspace (an erasure request)
    Forget(HashArgs),
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// Say what would be qualified; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The list's name in the campaign
    #[arg(long)]
    pub name: String,
    /// Existing customers: never qualified by uploads, rules or lists (manual `qualify --force` only)
    #[arg(long)]
    pub exclude: bool,
    /// Forget the list's keys after this long, from 1d to 3650d
    #[arg(long, value_name = "DAYS", default_value = "365d", value_parser = days)]
    pub expires: u32,
    /// The file holds SHA-256 digests of normalized keys (`lists hash` shows
    /// them), not the keys: kept as they are, matched by the server
    #[arg(long)]
    pub hashed: bool,
    #[command(flatten)]
    pub upload: UploadArgs,
}

#[derive(Debug, Args)]
pub struct ReplaceArgs {
    /// The kept list's name
    pub name: String,
    /// The file holds SHA-256 digests of normalized keys, not the keys
    #[arg(long)]
    pub hashed: bool,
    /// Add the file's keys to the list (a delta) instead of swapping them in
    #[arg(long, conflicts_with = "remove")]
    pub add: bool,
    /// Take the file's keys out of the list (people who are no longer customers)
    #[arg(long)]
    pub remove: bool,
    #[command(flatten)]
    pub upload: UploadArgs,
}

#[derive(Debug, Args)]
pub struct CampaignOnly {
    #[command(flatten)]
    pub campaign: CampaignArg,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The kept list's name
    pub name: String,
    #[command(flatten)]
    pub campaign: CampaignArg,
}

#[derive(Debug, Args)]
pub struct HashArgs {
    /// Values to hash
    #[arg(required = true)]
    pub values: Vec<String>,
    /// What they are
    #[arg(long, default_value = "email", value_parser = ["email", "code", "external-id", "phone"])]
    pub kind: String,
}

/// `30d` or `30`: whole days from 1 to 3650.
fn days(s: &str) -> Result<u32, String> {
    let digits = s.trim().strip_suffix('d').unwrap_or(s.trim());
    match digits.parse::<u32>() {
        Ok(n @ 1..=3650) => Ok(n),
        _ => Err(format!("'{s}' is not a number of days from 1d to 3650d")),
    }
}

impl crate::output::Tabular for CustomerList {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("name", "NAME"),
        ("kind", "KIND"),
        ("keys", "KEYS"),
        ("matched", "MATCHED"),
        ("created_by", "BY"),
        ("updated_at", "UPDATED"),
        ("expires_at", "EXPIRES"),
    ];
}

#[derive(Serialize)]
struct Hashed {
    value: String,
    sha256: String,
}

impl crate::output::Tabular for Hashed {
    const COLUMNS: &'static [(&'static str, &'static str)] =
        &[("value", "VALUE"), ("sha256", "SHA-256")];
}

pub async fn run(ctx: &Ctx, command: ListsCommand) -> anyhow::Result<Exit> {
    match command {
        ListsCommand::Add(a) => {
            let keep = KeepList {
                name: a.name.trim().to_string(),
                kind: if a.exclude {
                    ListKind::Exclude
                } else {
                    ListKind::Qualify
                },
                expires_in_days: Some(a.expires),
                replace: false,
                existing: false,
            };
            if a.hashed {
                return super::list_file::keep_hashed(ctx, a.upload, keep).await;
            }
            upload::run_keeping(ctx, a.upload, Some(keep)).await
        }
        ListsCommand::Replace(a) => {
            let client = ctx.client()?;
            let campaign = ctx.campaign(&a.upload.campaign)?;
            let current = client.get_list(&campaign, &a.name).await?;
            if a.remove {
                return super::list_file::remove_from_file(
                    ctx,
                    client.as_ref(),
                    &campaign,
                    &current.name,
                    &a.upload,
                )
                .await;
            }
            let keep = KeepList {
                name: current.name,
                kind: current.kind,
                expires_in_days: None,
                replace: !a.add,
                existing: a.add,
            };
            if a.hashed {
                return super::list_file::keep_hashed(ctx, a.upload, keep).await;
            }
            upload::run_keeping(ctx, a.upload, Some(keep)).await
        }
        ListsCommand::List(a) => {
            let client = ctx.client()?;
            let campaign = ctx.campaign(&a.campaign)?;
            ctx.printer.list(&client.list_lists(&campaign).await?)?;
            Ok(Exit::Success)
        }
        ListsCommand::Show(a) => {
            let client = ctx.client()?;
            let campaign = ctx.campaign(&a.campaign)?;
            let list = client.get_list(&campaign, &a.name).await?;
            ctx.printer.one(&list)?;
            if ctx.printer.format == crate::output::Format::Table && !list.changes.is_empty() {
                ctx.printer.status("Changes:".to_string());
                ctx.printer.list(&list.changes)?;
            }
            Ok(Exit::Success)
        }
        ListsCommand::Remove(a) => {
            let client = ctx.client()?;
            let campaign = ctx.campaign(&a.campaign)?;
            let list = client.get_list(&campaign, &a.name).await?;
            let question = format!(
                "Forget list '{}' ({}) of campaign '{campaign}'? The leads it qualified stay qualified",
                list.name,
                count(list.keys, "key")
            );
            if !confirm(&question, ctx.global.yes)? {
                ctx.printer.status("Nothing was removed");
                return Ok(Exit::Declined);
            }
            let removed = client.delete_list(&campaign, &a.name).await?;
            ctx.printer
                .status(format!("Forgot list '{}'", removed.name));
            ctx.printer.result(&removed)?;
            Ok(Exit::Success)
        }
        ListsCommand::Sync(a) => {
            let client = ctx.paced_client().await?;
            let campaign = ctx.campaign(&a.campaign)?;
            if ctx.settings.provider == crate::config::Provider::Refctl {
                ctx.printer.status(
                    "refctl's own store matches every lead against the kept lists as it is created: nothing to sync",
                );
                return Ok(Exit::Success);
            }
            let results = client.sync_lists(&campaign, a.dry_run).await?.results;
            if !results.is_empty() {
                ctx.printer.list(&results)?;
            }
            let qualified = results
                .iter()
                .filter(|r| r.outcome == crate::api::QualifyOutcome::Qualified)
                .count();
            let failed = results
                .iter()
                .filter(|r| {
                    !r.outcome.is_success() && r.outcome != crate::api::QualifyOutcome::Excluded
                })
                .count();
            ctx.printer.status(format!(
                "{}{} on a kept list {}{}",
                if a.dry_run { "Dry run: " } else { "" },
                count(qualified as u64, "pending lead"),
                if a.dry_run {
                    "would be qualified"
                } else {
                    "qualified"
                },
                match failed {
                    0 => String::new(),
                    n => format!("; {} could not be", count(n as u64, "lead")),
                }
            ));
            if a.dry_run && qualified > 0 {
                ctx.say_how_to_run_for_real();
            }
            Ok(if failed > 0 {
                Exit::Partial
            } else {
                Exit::Success
            })
        }
        ListsCommand::Purge(a) => {
            let client = ctx.client()?;
            let campaign = ctx.campaign(&a.campaign)?;
            let removed = client.purge_lists(&campaign).await?.removed;
            ctx.printer.status(format!(
                "Deleted {} of expired lists in campaign '{campaign}'",
                count(removed, "key")
            ));
            Ok(Exit::Success)
        }
        ListsCommand::Forget(a) => {
            let kind: MatchKey = a
                .kind
                .parse()
                .map_err(|e| UsageError(format!("--kind: {e}")))?;
            let list_kind = super::keep::list_key_kind(kind);
            let mut keys = Vec::new();
            for value in &a.values {
                let Some(sha256) = normalize::list_key(kind, value) else {
                    return Err(UsageError(format!("'{value}' is not a valid {}", a.kind)).into());
                };
                keys.push(crate::api::ListKey {
                    kind: list_kind,
                    sha256,
                    line: 0,
                });
            }
            let client = ctx.client()?;
            let removed = client
                .forget_list_keys(&crate::api::ForgetKeys { keys })
                .await?
                .removed;
            ctx.printer.status(format!(
                "Removed {} from the kept lists",
                count(removed, "key")
            ));
            Ok(Exit::Success)
        }
        ListsCommand::Hash(a) => {
            let kind: MatchKey = a
                .kind
                .parse()
                .map_err(|e| UsageError(format!("--kind: {e}")))?;
            let mut rows = Vec::new();
            for value in a.values {
                let Some(sha256) = normalize::list_key(kind, &value) else {
                    return Err(UsageError(format!("'{value}' is not a valid {}", a.kind)).into());
                };
                rows.push(Hashed { value, sha256 });
            }
            ctx.printer.list(&rows)?;
            Ok(Exit::Success)
        }
    }
}
