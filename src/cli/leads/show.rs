//! `leads show` and `leads history`: one lead, and what changed it.

use super::{LeadArgs, resolve_lead};
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::client::ReferralApi;

/// One lead, and what made its last change when a rule or a kept list did.
pub async fn show(ctx: &Ctx, client: &dyn ReferralApi, a: LeadArgs) -> anyhow::Result<Exit> {
    let lead = resolve_lead(ctx, client, &a.lead, &a.campaign).await?;
    ctx.printer.one(&lead)?;
    // Say what made the last change, when a rule or a kept list did.
    if let Some(last) = client.lead_history(lead.id).await?.pop() {
        if let (Some(rule), Some(event)) = (&last.rule, &last.event) {
            ctx.printer.status(format!(
                "Last change: {} by rule '{rule}' on event {event} at {}",
                last.action, last.created_at
            ));
        } else if last.method == crate::api::QualifyMethod::CustomerList
            && let Some(why) = last.reason.as_deref().filter(|r| r.starts_with("on "))
        {
            ctx.printer.status(format!(
                "Last change: {} at {}: {why}",
                last.action, last.created_at
            ));
        }
    }
    Ok(Exit::Success)
}

/// A lead's qualification records, oldest first.
pub async fn history(ctx: &Ctx, client: &dyn ReferralApi, a: LeadArgs) -> anyhow::Result<Exit> {
    let lead = resolve_lead(ctx, client, &a.lead, &a.campaign).await?;
    let records = client.lead_history(lead.id).await?;
    ctx.printer.status(format!(
        "Lead {} ({}) is {}",
        lead.id, lead.email, lead.status
    ));
    ctx.printer.list(&records)?;
    Ok(Exit::Success)
}
