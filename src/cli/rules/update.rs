//! `refctl rules update`: change some fields of a rule in place.

use clap::Args;

use super::{as_new, diff};
use crate::api::{NewRule, Rule, Threshold};
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::cli::exit::UsageError;
use crate::client::ReferralApi;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  refctl rules update 3 --condition \"event.data.currency in ['usd', 'eur']\"
  refctl rules update 3 --threshold-amount 75 --within-days 60
  refctl rules update stripe-spend --campaign spring --no-threshold")]
pub struct UpdateArgs {
    #[command(flatten)]
    pub rule: super::RuleArg,
    /// A new name, unique in the campaign
    #[arg(long)]
    pub name: Option<String>,
    /// The event type it listens to
    #[arg(long)]
    pub event_type: Option<String>,
    /// Which of the lead's keys the event carries
    #[arg(long, value_enum)]
    pub identity: Option<crate::api::IdentityKind>,
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
    #[arg(long, value_enum)]
    pub action: Option<crate::api::QualifyAction>,
}

pub async fn run(ctx: &Ctx, client: &dyn ReferralApi, a: UpdateArgs) -> anyhow::Result<Exit> {
    let current = a.rule.resolve(ctx, client).await?;
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
    Ok(Exit::Success)
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
        rule.identity = identity;
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
        rule.action = action;
    }
    Ok(rule)
}
