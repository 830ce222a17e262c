//! `refctl rules apply -f FILE`: make a campaign's rules what a file says.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use serde::Deserialize;

use super::diff;
use crate::api::{NewRule, Rule, RuleSet};
use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::cli::exit::UsageError;
use crate::client::ReferralApi;
use crate::domain::rules::{as_new, same_rule};
use crate::output::confirm;

#[derive(Debug, Args)]
#[command(after_help = "The file lists every rule the campaign should have:

  [[rule]]
  name = \"stripe-spend\"
  event_type = \"charge.succeeded\"
  identity = \"email\"
  identity_path = \"data.email\"
  condition = \"event.data.currency == 'usd'\"
  threshold = { field = \"data.amount\", amount = 50, within_days = 90 }

A rule in the file and in the campaign (by name) is updated in place when
they differ, keeping its id, its history and its threshold progress; rules
missing from the file are deleted (asked first, or --yes); running it twice
changes nothing the second time.")]
pub struct ApplyArgs {
    /// The rules file (TOML)
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// Show the changes; make none
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    rule: Vec<NewRule>,
}

/// One change `rules apply` makes.
enum Change {
    Create(NewRule),
    Update(Rule, NewRule),
    Delete(Rule),
}

pub async fn run(ctx: &Ctx, client: &dyn ReferralApi, a: ApplyArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let text = std::fs::read_to_string(&a.file)
        .with_context(|| format!("could not read {}", a.file.display()))?;
    let wanted: RulesFile =
        toml::from_str(&text).map_err(|e| UsageError(format!("{}: {}", a.file.display(), e)))?;
    // Every rule is checked here, so that a dry run finds what the apply
    // would refuse; the server checks again and applies all or nothing.
    let mut seen = std::collections::HashSet::new();
    for rule in &wanted.rule {
        if !seen.insert(rule.name.trim()) {
            return Err(UsageError(format!(
                "{}: two rules are named '{}'; names are unique in a campaign",
                a.file.display(),
                rule.name
            ))
            .into());
        }
        if let Err(e) = crate::domain::rules::validate(rule) {
            return Err(UsageError(format!(
                "{}: rule '{}': {e}; nothing was changed",
                a.file.display(),
                rule.name
            ))
            .into());
        }
    }
    let existing = client.list_rules(&campaign).await?;
    let mut changes = Vec::new();
    for rule in &wanted.rule {
        match existing.iter().find(|r| r.name == rule.name.trim()) {
            None => changes.push(Change::Create(rule.clone())),
            Some(r) if !same_rule(r, rule) => changes.push(Change::Update(r.clone(), rule.clone())),
            Some(_) => {}
        }
    }
    for r in &existing {
        if !wanted.rule.iter().any(|w| w.name.trim() == r.name) {
            changes.push(Change::Delete(r.clone()));
        }
    }
    ctx.printer.result(&serde_json::json!({
        "campaign": campaign,
        "dry_run": a.dry_run,
        "changes": changes.iter().map(|c| match c {
            Change::Create(r) => serde_json::json!({"change": "create", "rule": r.name}),
            Change::Update(old, new) => serde_json::json!({
                "change": "update", "rule": old.name, "id": old.id, "fields": diff(&as_new(old), new),
            }),
            Change::Delete(old) => serde_json::json!({"change": "delete", "rule": old.name, "id": old.id}),
        }).collect::<Vec<_>>(),
    }))?;
    if changes.is_empty() {
        ctx.printer.status(format!(
            "Campaign '{campaign}' already has exactly the rules of {}; nothing to do",
            a.file.display()
        ));
        return Ok(Exit::Success);
    }
    for c in &changes {
        match c {
            Change::Create(r) => ctx.printer.status(format!("+ create rule '{}'", r.name)),
            Change::Update(old, new) => {
                ctx.printer
                    .status(format!("~ update rule '{}' (id {})", old.name, old.id));
                for line in diff(&as_new(old), new) {
                    ctx.printer.status(format!("    {line}"));
                }
            }
            Change::Delete(old) => ctx
                .printer
                .status(format!("- delete rule '{}' (id {})", old.name, old.id)),
        }
    }
    if a.dry_run {
        ctx.printer.status(format!(
            "Dry run: {}; nothing was made",
            crate::output::count(changes.len() as u64, "change")
        ));
        if !changes.is_empty() {
            ctx.say_how_to_run_for_real();
        }
        return Ok(Exit::Success);
    }
    let deletes = changes
        .iter()
        .filter(|c| matches!(c, Change::Delete(_)))
        .count();
    let deleted: Vec<String> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Delete(old) => Some(format!("'{}'", old.name)),
            _ => None,
        })
        .collect();
    if deletes > 0
        && !confirm(
            &format!(
                "Delete {} {} of campaign '{campaign}' that {} does not list?",
                crate::output::plural(deletes as u64, "rule"),
                deleted.join(", "),
                a.file.display()
            ),
            ctx.global.yes,
        )?
    {
        ctx.printer.status("Nothing changed");
        return Ok(Exit::Declined);
    }
    let total = changes.len();
    let rules = client
        .apply_rules(&campaign, &RuleSet { rules: wanted.rule })
        .await?;
    ctx.printer.status(format!(
        "Made {}: campaign '{campaign}' now has the rules of {}",
        crate::output::count(total as u64, "change"),
        a.file.display()
    ));
    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.list(&rules)?;
    }
    Ok(Exit::Success)
}
