//! `leads update`, `leads delete` and `leads changes`: edits, each recorded.

use super::{LeadArgs, PersonFields, parse_lead_ref, resolve_lead};
use crate::api::LeadRef;
use crate::cli::context::Ctx;
use crate::cli::exit::{ConflictError, Exit};
use crate::client::ReferralApi;

/// Changes a lead's fields; says so when nothing changed.
pub async fn update(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    which: LeadArgs,
    fields: PersonFields,
) -> anyhow::Result<Exit> {
    let patch = fields.patch()?;
    let current = resolve_lead(ctx, client, &which.lead, &which.campaign).await?;
    let updated = client.update_lead(current.id, &patch).await?;
    ctx.printer.status(if updated == current {
        format!(
            "Lead {} already had those values; nothing changed",
            current.id
        )
    } else {
        format!("Updated lead {} ({})", updated.id, updated.email)
    });
    ctx.printer.result(&updated)?;
    Ok(Exit::Success)
}

/// Deletes a lead after asking; one with qualification history needs `force`.
pub async fn delete(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    which: LeadArgs,
    force: bool,
) -> anyhow::Result<Exit> {
    let lead = resolve_lead(ctx, client, &which.lead, &which.campaign).await?;
    let history = client.lead_history(lead.id).await?.len();
    if history > 0 && !force {
        return Err(ConflictError(format!(
            "lead {} ({}) has {}; pass --force to delete it anyway (the history is kept in its change record)",
            lead.id,
            lead.email,
            crate::output::count(history as u64, "qualification record")
        ))
        .into());
    }
    let question = format!(
        "Delete lead {} ({}, {}{})?",
        lead.id,
        lead.email,
        lead.status,
        if history > 0 {
            format!(
                ", {}",
                crate::output::count(history as u64, "qualification record")
            )
        } else {
            String::new()
        }
    );
    if !crate::output::confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing deleted");
        return Ok(Exit::Declined);
    }
    let deleted = client.delete_lead(lead.id, force).await?;
    ctx.printer.status(format!(
        "Deleted lead {} ({}); `refctl leads changes {}` shows what it was",
        deleted.id, deleted.email, deleted.id
    ));
    ctx.printer.result(&deleted)?;
    Ok(Exit::Success)
}

/// Who edited or deleted a lead, and what it was before.
pub async fn changes(ctx: &Ctx, client: &dyn ReferralApi, a: LeadArgs) -> anyhow::Result<Exit> {
    let id = match parse_lead_ref(&a.lead)? {
        LeadRef::Id(id) => id,
        _ => resolve_lead(ctx, client, &a.lead, &a.campaign).await?.id,
    };
    ctx.printer.list(&client.lead_changes(id).await?)?;
    Ok(Exit::Success)
}
