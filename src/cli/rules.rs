//! `refctl rules`: qualification rules as data, tested against sample events,
//! and applied from a file for CI.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Subcommand, ValueEnum};
use serde::Deserialize;

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::events::read_events;
use super::exit::{Exit, UsageError};
use crate::api::{IdentityKind, NewRule, QualifyAction, Rule, RulePatch, Threshold};
use crate::output::confirm;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl rules create --campaign spring --name stripe-spend --event-type charge.succeeded \\
      --identity email --identity-path data.email --condition \"event.data.currency == 'usd'\" \\
      --threshold-field data.amount --threshold-amount 5000 --within-days 90
  refctl rules test --campaign spring --event examples/events/charge-succeeded.json
  refctl rules apply -f examples/rules/stripe.toml --campaign spring --dry-run
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
    Create(CreateArgs),
    /// Change a rule's condition
    Update {
        /// Rule id
        id: i64,
        /// A CEL expression over `event`, e.g. "event.data.amount >= 5000"
        #[arg(long)]
        condition: String,
    },
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
    Test(TestArgs),
    /// Make a campaign's rules match a file (TOML): shows the changes, then makes them
    Apply(ApplyArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum IdentityArg {
    Email,
    Code,
    ExternalId,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// A name, unique in the campaign
    #[arg(long)]
    pub name: String,
    /// The event type it listens to, e.g. payment.succeeded
    #[arg(long)]
    pub event_type: String,
    /// Which of the lead's keys the event carries
    #[arg(long, value_enum)]
    pub identity: IdentityArg,
    /// Where that key is in the event, as a dotted path, e.g. data.customer.email
    #[arg(long)]
    pub identity_path: String,
    /// A CEL expression over `event` that must be true, e.g. "event.data.currency == 'usd'"
    #[arg(long)]
    pub condition: Option<String>,
    /// Sum this numeric field (dotted path) over the lead's matching events...
    #[arg(long, requires_all = ["threshold_amount", "within_days"])]
    pub threshold_field: Option<String>,
    /// ...until it reaches this amount...
    #[arg(long, requires = "threshold_field")]
    pub threshold_amount: Option<f64>,
    /// ...within this many days of the lead's sign-up
    #[arg(long, requires = "threshold_field")]
    pub within_days: Option<u32>,
    /// What the rule does to the lead
    #[arg(long, value_parser = ["qualify", "unqualify"], default_value = "qualify")]
    pub action: String,
    /// Create it turned off
    #[arg(long)]
    pub disabled: bool,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// The sample event: a JSON file with id, type and data, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub event: PathBuf,
}

#[derive(Debug, Args)]
#[command(after_help = "The file lists every rule the campaign should have:

  [[rule]]
  name = \"stripe-spend\"
  event_type = \"charge.succeeded\"
  identity = \"email\"
  identity_path = \"data.email\"
  condition = \"event.data.currency == 'usd'\"
  threshold = { field = \"data.amount\", amount = 5000, within_days = 90 }

Rules missing from the file are deleted; running it twice changes nothing the second time.")]
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
        RulesCommand::Create(a) => {
            let campaign = ctx.campaign(&a.campaign)?;
            let rule = NewRule {
                name: a.name,
                event_type: a.event_type,
                identity: match a.identity {
                    IdentityArg::Email => IdentityKind::Email,
                    IdentityArg::Code => IdentityKind::Code,
                    IdentityArg::ExternalId => IdentityKind::ExternalId,
                },
                identity_path: a.identity_path,
                condition: a.condition,
                threshold: match (a.threshold_field, a.threshold_amount, a.within_days) {
                    (Some(field), Some(amount), Some(within_days)) => Some(Threshold {
                        field,
                        amount,
                        within_days,
                    }),
                    _ => None,
                },
                action: if a.action == "unqualify" {
                    QualifyAction::Unqualify
                } else {
                    QualifyAction::Qualify
                },
                enabled: !a.disabled,
            };
            let created = client.create_rule(&campaign, &rule).await?;
            ctx.printer
                .status(format!("Created rule {} '{}'", created.id, created.name));
            ctx.printer.one(&created)?;
        }
        RulesCommand::Update { id, condition } => {
            let patch = RulePatch {
                condition: Some(condition),
                ..RulePatch::default()
            };
            ctx.printer.one(&client.update_rule(id, &patch).await?)?;
        }
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
        RulesCommand::Test(a) => {
            let campaign = ctx.campaign(&a.campaign)?;
            let mut events = read_events(&a.event)?;
            if events.len() != 1 {
                return Err(UsageError(format!(
                    "{} holds {} events; `rules test` takes one",
                    a.event.display(),
                    events.len()
                ))
                .into());
            }
            let record = client.test_rules(&campaign, &events.remove(0)).await?;
            if ctx.printer.format == crate::output::Format::Table {
                ctx.printer.list(&record.decisions)?;
                if record.decisions.is_empty() {
                    ctx.printer
                        .status(format!("Campaign '{campaign}' has no enabled rules"));
                }
            } else {
                ctx.printer.one(&record)?;
            }
        }
        RulesCommand::Apply(a) => return apply(ctx, &client, a).await,
    }
    Ok(Exit::Success)
}

/// One change `rules apply` makes.
enum Change {
    Create(NewRule),
    Replace(Rule, NewRule),
    Delete(Rule),
}

async fn apply(ctx: &Ctx, client: &crate::client::Client, a: ApplyArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let text = std::fs::read_to_string(&a.file)
        .with_context(|| format!("could not read {}", a.file.display()))?;
    let wanted: RulesFile =
        toml::from_str(&text).map_err(|e| UsageError(format!("{}: {}", a.file.display(), e)))?;
    let existing = client.list_rules(&campaign).await?;
    let mut changes = Vec::new();
    for rule in &wanted.rule {
        match existing.iter().find(|r| r.name == rule.name) {
            None => changes.push(Change::Create(rule.clone())),
            Some(r) if as_new(r) != *rule => changes.push(Change::Replace(r.clone(), rule.clone())),
            Some(_) => {}
        }
    }
    for r in &existing {
        if !wanted.rule.iter().any(|w| w.name == r.name) {
            changes.push(Change::Delete(r.clone()));
        }
    }
    ctx.printer.result(&serde_json::json!({
        "campaign": campaign,
        "dry_run": a.dry_run,
        "changes": changes.iter().map(|c| match c {
            Change::Create(r) => serde_json::json!({"change": "create", "rule": r.name}),
            Change::Replace(old, _) => serde_json::json!({"change": "replace", "rule": old.name, "id": old.id}),
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
        let line = match c {
            Change::Create(r) => format!("+ create rule '{}'", r.name),
            Change::Replace(old, _) => format!("~ replace rule '{}' (id {})", old.name, old.id),
            Change::Delete(old) => format!("- delete rule '{}' (id {})", old.name, old.id),
        };
        ctx.printer.status(line);
    }
    if a.dry_run {
        ctx.printer.status(format!(
            "Dry run: {} change(s); nothing was made",
            changes.len()
        ));
        return Ok(Exit::Success);
    }
    let deletes = changes
        .iter()
        .any(|c| matches!(c, Change::Delete(_) | Change::Replace(..)));
    if deletes
        && !confirm(
            &format!(
                "Make these {} change(s) to campaign '{campaign}'?",
                changes.len()
            ),
            ctx.global.yes,
        )?
    {
        ctx.printer.status("Nothing changed");
        return Ok(Exit::Failure);
    }
    for c in changes {
        match c {
            Change::Create(r) => {
                client.create_rule(&campaign, &r).await?;
            }
            Change::Replace(old, r) => {
                client.delete_rule(old.id).await?;
                client.create_rule(&campaign, &r).await?;
            }
            Change::Delete(old) => {
                client.delete_rule(old.id).await?;
            }
        }
    }
    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.list(&client.list_rules(&campaign).await?)?;
    }
    Ok(Exit::Success)
}

/// A stored rule in the shape of the file, to compare.
fn as_new(r: &Rule) -> NewRule {
    NewRule {
        name: r.name.clone(),
        event_type: r.event_type.clone(),
        identity: r.identity,
        identity_path: r.identity_path.clone(),
        condition: r.condition.clone(),
        threshold: r.threshold.clone(),
        action: r.action,
        enabled: r.enabled,
    }
}
