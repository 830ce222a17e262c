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
use crate::client::ReferralApi;
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
    Create(CreateArgs),
    /// Change a rule in place: only the fields given change; it keeps its id and history
    Update(UpdateArgs),
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
#[command(after_help = "Examples:
  refctl rules update 3 --condition \"event.data.currency in ['usd', 'eur']\"
  refctl rules update 3 --threshold-amount 75 --within-days 60
  refctl rules update 3 --no-threshold")]
pub struct UpdateArgs {
    /// Rule id
    pub id: i64,
    /// A new name, unique in the campaign
    #[arg(long)]
    pub name: Option<String>,
    /// The event type it listens to
    #[arg(long)]
    pub event_type: Option<String>,
    /// Which of the lead's keys the event carries
    #[arg(long, value_enum)]
    pub identity: Option<IdentityArg>,
    /// Where that key is in the event, as a dotted path
    #[arg(long)]
    pub identity_path: Option<String>,
    /// A CEL expression over `event` that must be true
    #[arg(long, conflicts_with = "no_condition")]
    pub condition: Option<String>,
    /// Remove the condition: every event of the type counts
    #[arg(long)]
    pub no_condition: bool,
    /// The numeric field (dotted path) the threshold sums
    #[arg(long, conflicts_with = "no_threshold")]
    pub threshold_field: Option<String>,
    /// The amount the sum must reach
    #[arg(long, conflicts_with = "no_threshold")]
    pub threshold_amount: Option<f64>,
    /// The days after sign-up within which it must be reached
    #[arg(long, conflicts_with = "no_threshold")]
    pub within_days: Option<u32>,
    /// Remove the threshold: the first matching event acts
    #[arg(long)]
    pub no_threshold: bool,
    /// What the rule does to the lead
    #[arg(long, value_parser = ["qualify", "unqualify"])]
    pub action: Option<String>,
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
                identity: identity_kind(a.identity),
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
                action: action_named(&a.action),
                enabled: !a.disabled,
            };
            let created = client.create_rule(&campaign, &rule).await?;
            ctx.printer
                .status(format!("Created rule {} '{}'", created.id, created.name));
            ctx.printer.one(&created)?;
        }
        RulesCommand::Update(a) => {
            let current = client.get_rule(a.id).await?;
            let wanted = updated(&current, a)?;
            let before = as_new(&current);
            if wanted == before {
                ctx.printer.status(format!(
                    "Rule {} '{}' already is so; nothing changed",
                    current.id, current.name
                ));
                ctx.printer.one(&current)?;
                return Ok(Exit::Success);
            }
            for line in diff(&before, &wanted) {
                ctx.printer.status(format!("  {line}"));
            }
            let rule = client.replace_rule(current.id, &wanted).await?;
            ctx.printer
                .status(format!("Updated rule {} '{}'", rule.id, rule.name));
            ctx.printer.one(&rule)?;
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
            if record.redelivered {
                ctx.printer.warn(format!(
                    "event {} was received before: sending it again would change nothing",
                    record.id
                ));
            }
            if ctx.printer.format == crate::output::Format::Table {
                ctx.printer.status(format!(
                    "Event {} ({}) against campaign '{campaign}', a test that changes nothing:",
                    record.id, record.kind
                ));
                if record.decisions.is_empty() {
                    ctx.printer
                        .status(format!("Campaign '{campaign}' has no enabled rules"));
                } else {
                    ctx.printer.list(&record.decisions)?;
                }
            } else {
                ctx.printer.one(&record)?;
            }
        }
        RulesCommand::Apply(a) => return apply(ctx, client.as_ref(), a).await,
    }
    Ok(Exit::Success)
}

/// One change `rules apply` makes.
enum Change {
    Create(NewRule),
    Update(Rule, NewRule),
    Delete(Rule),
}

async fn apply(ctx: &Ctx, client: &dyn ReferralApi, a: ApplyArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let text = std::fs::read_to_string(&a.file)
        .with_context(|| format!("could not read {}", a.file.display()))?;
    let wanted: RulesFile =
        toml::from_str(&text).map_err(|e| UsageError(format!("{}: {}", a.file.display(), e)))?;
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
    }
    let existing = client.list_rules(&campaign).await?;
    let mut changes = Vec::new();
    for rule in &wanted.rule {
        match existing.iter().find(|r| r.name == rule.name.trim()) {
            None => changes.push(Change::Create(rule.clone())),
            Some(r) if as_new(r) != *rule => changes.push(Change::Update(r.clone(), rule.clone())),
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
            "Dry run: {} change(s); nothing was made",
            changes.len()
        ));
        return Ok(Exit::Success);
    }
    let deletes = changes
        .iter()
        .filter(|c| matches!(c, Change::Delete(_)))
        .count();
    if deletes > 0
        && !confirm(
            &format!(
                "Delete {deletes} rule(s) of campaign '{campaign}' that {} does not list?",
                a.file.display()
            ),
            ctx.global.yes,
        )?
    {
        ctx.printer.status("Nothing changed");
        return Ok(Exit::Failure);
    }
    let total = changes.len();
    for c in changes {
        match c {
            Change::Create(r) => {
                client.create_rule(&campaign, &r).await?;
            }
            Change::Update(old, r) => {
                client.replace_rule(old.id, &r).await?;
            }
            Change::Delete(old) => {
                client.delete_rule(old.id).await?;
            }
        }
    }
    ctx.printer.status(format!(
        "Made {total} change(s): campaign '{campaign}' now has the rules of {}",
        a.file.display()
    ));
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

/// The rule `current` with the flags of `rules update` applied.
fn updated(current: &Rule, a: UpdateArgs) -> Result<NewRule, UsageError> {
    let mut rule = as_new(current);
    if let Some(name) = a.name {
        rule.name = name;
    }
    if let Some(event_type) = a.event_type {
        rule.event_type = event_type;
    }
    if let Some(identity) = a.identity {
        rule.identity = identity_kind(identity);
    }
    if let Some(path) = a.identity_path {
        rule.identity_path = path;
    }
    if a.no_condition {
        rule.condition = None;
    } else if a.condition.is_some() {
        rule.condition = a.condition;
    }
    if a.no_threshold {
        rule.threshold = None;
    } else if a.threshold_field.is_some() || a.threshold_amount.is_some() || a.within_days.is_some()
    {
        rule.threshold = match (
            current.threshold.clone(),
            a.threshold_field,
            a.threshold_amount,
            a.within_days,
        ) {
            (Some(t), field, amount, days) => Some(Threshold {
                field: field.unwrap_or(t.field),
                amount: amount.unwrap_or(t.amount),
                within_days: days.unwrap_or(t.within_days),
            }),
            (None, Some(field), Some(amount), Some(within_days)) => Some(Threshold {
                field,
                amount,
                within_days,
            }),
            (None, ..) => {
                return Err(UsageError(format!(
                    "rule {} has no threshold yet: give --threshold-field, --threshold-amount \
                     and --within-days together",
                    current.id
                )));
            }
        };
    }
    if let Some(action) = a.action {
        rule.action = action_named(&action);
    }
    Ok(rule)
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
