//! `referrers add` (one) and `referrers import` (a file of them).

use clap::Args;

use crate::api::{BulkRequest, NewReferrer};
use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::exit::{Exit, UsageError};
use crate::cli::import::{self, Field, ImportArgs, Need};
use crate::client::new_idempotency_key;

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// The referrer's email
    #[arg(long)]
    pub email: Option<String>,
    /// The referrer's name
    #[arg(long)]
    pub name: Option<String>,
    /// Referral code (default: a new random one)
    #[arg(long)]
    pub code: Option<String>,
    /// Your own id for this person (CRM or billing id)
    #[arg(long)]
    pub external_id: Option<String>,
    /// The referrer's phone number
    #[arg(long)]
    pub phone: Option<String>,
}

const FIELDS: &[Field] = &[
    Field {
        key: "email",
        synonyms: &["email address", "e-mail", "mail"],
        need: Need::Identity,
    },
    Field {
        key: "name",
        synonyms: &["full name", "first name"],
        need: Need::Optional,
    },
    Field {
        key: "referral_code",
        synonyms: &["code", "referral code", "ref code"],
        need: Need::Identity,
    },
    Field {
        key: "external_id",
        synonyms: &["customer id", "external id", "id"],
        need: Need::Optional,
    },
    Field {
        key: "phone",
        synonyms: &["phone number", "mobile"],
        need: Need::Optional,
    },
];

/// Adds one referrer.
pub async fn one(
    ctx: &Ctx,
    client: &dyn crate::client::ReferralApi,
    a: AddArgs,
) -> anyhow::Result<Exit> {
    if a.email.is_none() && a.name.is_none() && a.code.is_none() {
        return Err(UsageError(
            "a referrer needs --email, --name or --code: nothing would name the one you add".into(),
        )
        .into());
    }
    let campaign = ctx.campaign(&a.campaign)?;
    let r = client
        .create_referrer(
            &campaign,
            &NewReferrer {
                email: a.email,
                name: a.name,
                referral_code: a.code,
                external_id: a.external_id,
                phone: a.phone,
            },
        )
        .await?;
    ctx.printer.status(format!(
        "Added referrer {} with code {}",
        r.id, r.referral_code
    ));
    ctx.printer.one(&r)?;
    Ok(Exit::Success)
}

/// Adds the referrers of a CSV file, reporting every row.
pub async fn file(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let paced = ctx.paced_client().await?;
    let client = paced.as_ref();
    import::run(
        ctx,
        "referrer",
        &a,
        FIELDS,
        |r| NewReferrer {
            email: r.get("email"),
            name: r.get("name"),
            referral_code: r.get("referral_code"),
            external_id: r.get("external_id"),
            phone: r.get("phone"),
        },
        async |items| {
            client
                .bulk_create_referrers(&campaign, &BulkRequest { items }, new_idempotency_key())
                .await
        },
        |r| r.id,
    )
    .await
}
