//! `referrers update` and `referrers delete`, each recorded.

use super::ReferrerArg;
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::client::ReferralApi;

/// Changes a referrer's fields; says so when nothing changed.
pub async fn update(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    which: ReferrerArg,
    fields: crate::cli::leads::PersonFields,
) -> anyhow::Result<Exit> {
    let patch = fields.patch()?;
    let current = which.resolve(ctx, client).await?;
    let updated = client.update_referrer(current.id, &patch).await?;
    ctx.printer.status(if updated == current {
        format!(
            "Referrer {} already had those values; nothing changed",
            current.id
        )
    } else {
        format!(
            "Updated referrer {} ({})",
            updated.id, updated.referral_code
        )
    });
    ctx.printer.result(&updated)?;
    Ok(Exit::Success)
}

/// Deletes a referrer who brought no leads, after asking.
pub async fn delete(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    which: ReferrerArg,
) -> anyhow::Result<Exit> {
    let current = which.resolve(ctx, client).await?;
    let named = current
        .email
        .clone()
        .or(current.name.clone())
        .unwrap_or_default();
    let question = format!(
        "Delete referrer {} ({} {named})?",
        current.id, current.referral_code
    );
    if !crate::output::confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing deleted");
        return Ok(Exit::Declined);
    }
    let deleted = client.delete_referrer(current.id).await?;
    ctx.printer.status(format!(
        "Deleted referrer {} ({})",
        deleted.id, deleted.referral_code
    ));
    ctx.printer.result(&deleted)?;
    Ok(Exit::Success)
}
