//! `refctl rules create`.

use clap::Args;

use crate::api::{NewRule, Threshold};
use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::client::ReferralApi;

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
    pub identity: crate::api::IdentityKind,
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
    #[arg(long, value_enum, default_value_t = crate::api::QualifyAction::Qualify)]
    pub action: crate::api::QualifyAction,
    /// Create it turned off
    #[arg(long)]
    pub disabled: bool,
}

pub async fn run(ctx: &Ctx, client: &dyn ReferralApi, a: CreateArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let rule = NewRule {
        name: a.name,
        event_type: a.event_type,
        identity: a.identity,
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
        action: a.action,
        enabled: !a.disabled,
    };
    let created = client.create_rule(&campaign, &rule).await?;
    ctx.printer
        .status(format!("Created rule {} '{}'", created.id, created.name));
    ctx.printer.one(&created)?;
    Ok(Exit::Success)
}
