//! `refctl rules`: qualification rules as data, tested against sample events,
//! and applied from a file for CI.

mod apply;
mod create;
mod test;
mod update;

use clap::{Subcommand, ValueEnum};

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::exit::Exit;
use crate::api::{IdentityKind, NewRule, QualifyAction, RulePatch};
use crate::domain::rules::as_new;
use crate::output::confirm;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl rules create --campaign spring --name stripe-spend --event-type charge.succeeded \\
      --identity email --identity-path data.email --condition \"event.data.currency == 'usd'\" \\
      --threshold-field data.amount --threshold-amount 50 --within-days 90
  refctl rules test --campaign spring --event examples/events/charge-succeeded-30usd.json
  refctl rules apply -f examples/rules/stripe-spend.toml --campaign spring --dry-run
  refctl rules update 3 --threshold-amount 75
  refctl rules disable 3")]
pub enum RulesCommand {
    /// List a campaign's rules
    List {
        #[command(flatten)]
        campaign: CampaignArg,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one rule
    Show {
        /// Rule id
        id: i64,
    },
    /// Create a rule (its condition is checked as it is saved)
    Create(create::CreateArgs),
    /// Change a rule in place: only the fields given change; it keeps its id and history
    Update(update::UpdateArgs),
    /// Turn a rule on
    Enable {
        /// Rule id
        id: i64,
    },
    /// Turn a rule off; events no longer reach it
    Disable {
        /// Rule id
        id: i64,
    },
    /// Delete a rule
    Delete {
        /// Rule id
        id: i64,
    },
    /// Run every rule of a campaign against a sample event and explain each decision; changes nothing
    Test(test::TestArgs),
    /// Make a campaign's rules match a file (TOML): shows the changes, then makes them
    Apply(apply::ApplyArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum IdentityArg {
    Email,
    Code,
    ExternalId,
}

pub async fn run(ctx: &Ctx, command: RulesCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        RulesCommand::List { campaign, list } => {
            let mut rules = client.list_rules(&ctx.campaign(&campaign)?).await?;
            if !list.all && rules.len() > list.limit as usize {
                rules.truncate(list.limit as usize);
                ctx.printer.status(format!(
                    "showing the first {}; pass --all for every one, or a larger --limit",
                    rules.len()
                ));
            }
            ctx.printer.list(&rules)?;
        }
        RulesCommand::Show { id } => ctx.printer.one(&client.get_rule(id).await?)?,
        RulesCommand::Enable { id } | RulesCommand::Disable { id } => {
            let enabled = matches!(command, RulesCommand::Enable { .. });
            let patch = RulePatch {
                enabled: Some(enabled),
                ..RulePatch::default()
            };
            let rule = client.update_rule(id, &patch).await?;
            ctx.printer.status(format!(
                "Rule {} '{}' is {}",
                rule.id,
                rule.name,
                if enabled { "enabled" } else { "disabled" }
            ));
            ctx.printer.result(&rule)?;
        }
        RulesCommand::Delete { id } => {
            if !confirm(&format!("Delete rule {id}?"), ctx.global.yes)? {
                ctx.printer.status("Nothing deleted");
                return Ok(Exit::Failure);
            }
            let rule = client.delete_rule(id).await?;
            ctx.printer
                .status(format!("Deleted rule {} '{}'", rule.id, rule.name));
            ctx.printer.result(&rule)?;
        }
        RulesCommand::Create(a) => return create::run(ctx, client.as_ref(), a).await,
        RulesCommand::Update(a) => return update::run(ctx, client.as_ref(), a).await,
        RulesCommand::Test(a) => return test::run(ctx, client.as_ref(), a).await,
        RulesCommand::Apply(a) => return apply::run(ctx, client.as_ref(), a).await,
    }
    Ok(Exit::Success)
}

fn identity_kind(arg: IdentityArg) -> IdentityKind {
    match arg {
        IdentityArg::Email => IdentityKind::Email,
        IdentityArg::Code => IdentityKind::Code,
        IdentityArg::ExternalId => IdentityKind::ExternalId,
    }
}

fn action_named(action: &str) -> QualifyAction {
    if action == "unqualify" {
        QualifyAction::Unqualify
    } else {
        QualifyAction::Qualify
    }
}

/// The fields that differ, as `field: old -> new` lines (`threshold.amount: 50 -> 75`).
fn diff(old: &NewRule, new: &NewRule) -> Vec<String> {
    let (old, new) = (flatten(old), flatten(new));
    let mut lines = Vec::new();
    for (key, before) in &old {
        let after = new.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        if after != Some(before.as_str()) {
            lines.push(format!("{key}: {before} -> {}", after.unwrap_or("(none)")));
        }
    }
    for (key, after) in &new {
        if !old.iter().any(|(k, _)| k == key) {
            lines.push(format!("{key}: (none) -> {after}"));
        }
    }
    lines
}

/// A rule as `(dotted field, shown value)` pairs, in the file's order.
fn flatten(rule: &NewRule) -> Vec<(String, String)> {
    fn walk(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out);
                }
            }
            serde_json::Value::String(s) => out.push((prefix.to_string(), format!("{s:?}"))),
            // 50 and 50.0 are the same amount.
            serde_json::Value::Number(n) => out.push((
                prefix.to_string(),
                n.as_f64().map_or_else(|| n.to_string(), |f| f.to_string()),
            )),
            other => out.push((prefix.to_string(), other.to_string())),
        }
    }
    let mut out = Vec::new();
    walk(
        "",
        &serde_json::to_value(rule).unwrap_or_default(),
        &mut out,
    );
    out
}
