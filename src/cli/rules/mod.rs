//! `refctl rules`: qualification rules as data, tested against sample events,
//! and applied from a file for CI.

mod apply;
mod create;
mod test;
mod update;

use clap::{Args, Subcommand};

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::exit::Exit;
use crate::api::{NewRule, Rule, RulePatch};
use crate::client::ReferralApi;
use crate::domain::rules::as_new;
use crate::output::confirm;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl rules create --campaign spring --name stripe-spend --event-type charge.succeeded \\
      --identity email --identity-path data.email --condition \"event.data.currency == 'usd'\" \\
      --threshold-field data.amount --threshold-amount 50 --within-days 90
  refctl rules test --campaign spring --event examples/events/charge-succeeded-30usd.json
  refctl rules apply -f examples/rules/stripe-spend.toml --campaign spring --dry-run
  refctl rules update stripe-spend --campaign spring --threshold-amount 75
  refctl rules disable 3
  refctl rules delete stripe-refund --campaign spring

RULE is a rule's id, or its name in the campaign (--campaign, or the profile's).")]
pub enum RulesCommand {
    /// List a campaign's rules
    List {
        #[command(flatten)]
        campaign: CampaignArg,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one rule
    Show(RuleArg),
    /// Create a rule (its condition is checked as it is saved)
    Create(create::CreateArgs),
    /// Change a rule in place: only the fields given change; it keeps its id and history
    Update(update::UpdateArgs),
    /// Turn a rule on
    Enable(RuleArg),
    /// Turn a rule off; events no longer reach it
    Disable(RuleArg),
    /// Delete a rule
    Delete(RuleArg),
    /// Run every rule of a campaign against a sample event and explain each decision; changes nothing
    Test(test::TestArgs),
    /// Make a campaign's rules match a file (TOML): shows the changes, then makes them
    Apply(apply::ApplyArgs),
}

/// A rule named on the command line: by id, or by name in a campaign.
#[derive(Debug, Clone, Args)]
pub struct RuleArg {
    /// The rule's id, or its name in the campaign
    #[arg(
        value_name = "RULE",
        add = clap_complete::ArgValueCompleter::new(crate::cli::complete::rule_names)
    )]
    pub rule: String,
    #[command(flatten)]
    pub campaign: CampaignArg,
}

impl RuleArg {
    /// The rule meant. An id alone needs no campaign; with --campaign the
    /// rule must belong to it, so a script cannot act on another campaign's
    /// rule by a mistyped id.
    pub async fn resolve(&self, ctx: &Ctx, client: &dyn ReferralApi) -> anyhow::Result<Rule> {
        let id = self
            .rule
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| self.rule.parse::<i64>().ok())
            .flatten();
        if let (Some(id), None) = (id, &self.campaign.campaign) {
            return Ok(client.get_rule(id).await?);
        }
        let campaign = ctx.campaign(&self.campaign)?;
        let rules = client.list_rules(&campaign).await?;
        let found = rules
            .iter()
            .find(|r| Some(r.id) == id || r.name == self.rule)
            .cloned();
        found.ok_or_else(|| {
            let names: Vec<&str> = rules.iter().map(|r| r.name.as_str()).collect();
            let known = if names.is_empty() {
                "it has no rules".to_string()
            } else {
                format!("its rules are {}", names.join(", "))
            };
            let similar = crate::domain::suggest::did_you_mean(&self.rule, names.iter().copied());
            crate::client::ClientError::Api(Box::new(crate::api::Problem::missing(
                "rule",
                format!(
                    "no rule '{}' in campaign '{campaign}': {known}{similar}",
                    self.rule
                ),
            )))
            .into()
        })
    }
}

pub async fn run(ctx: &Ctx, command: RulesCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        RulesCommand::List { campaign, list } => {
            let mut rules = client.list_rules(&ctx.campaign(&campaign)?).await?;
            list.arrange(&mut rules)?;
            if !list.all && rules.len() > list.limit as usize {
                rules.truncate(list.limit as usize);
                ctx.printer.status(format!(
                    "showing the first {}; pass --all for every one, or a larger --limit",
                    rules.len()
                ));
            }
            ctx.printer.list(&rules)?;
        }
        RulesCommand::Show(rule) => ctx
            .printer
            .one(&rule.resolve(ctx, client.as_ref()).await?)?,
        RulesCommand::Enable(ref rule) | RulesCommand::Disable(ref rule) => {
            let enabled = matches!(command, RulesCommand::Enable(_));
            let state = if enabled { "enabled" } else { "disabled" };
            let current = rule.resolve(ctx, client.as_ref()).await?;
            let (rule, note) = if current.enabled == enabled {
                (current, format!("already {state}; nothing changed"))
            } else {
                let patch = RulePatch {
                    enabled: Some(enabled),
                    ..RulePatch::default()
                };
                let rule = client.update_rule(current.id, &patch).await?;
                (rule, state.to_string())
            };
            ctx.printer
                .status(format!("Rule {} '{}' is {note}", rule.id, rule.name));
            ctx.printer.result(&rule)?;
        }
        RulesCommand::Delete(rule) => {
            let rule = rule.resolve(ctx, client.as_ref()).await?;
            let question = format!(
                "Delete rule {} '{}' ({} on {})? Its threshold progress goes with it.",
                rule.id,
                rule.name,
                if rule.enabled { "enabled" } else { "disabled" },
                rule.event_type
            );
            if !confirm(&question, ctx.global.yes)? {
                ctx.printer.status("Nothing deleted");
                return Ok(Exit::Declined);
            }
            let rule = client.delete_rule(rule.id).await?;
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
