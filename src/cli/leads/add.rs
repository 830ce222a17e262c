//! `refctl leads add` and `leads import`.

use clap::Args;

use crate::api::{BulkRequest, NewLead};
use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::cli::import::{self, Field, ImportArgs, Need};
use crate::client::{ReferralApi, new_idempotency_key};

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// The lead's email (unique in the campaign)
    #[arg(long)]
    pub email: String,
    /// The referral code of the referrer who brought this lead
    #[arg(long, value_name = "CODE")]
    pub referrer: String,
    /// The lead's name
    #[arg(long)]
    pub name: Option<String>,
    /// The lead's phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// Your own id for this customer (CRM or billing id)
    #[arg(long)]
    pub external_id: Option<String>,
    /// The lead's own referral code (default: a new random one)
    #[arg(long)]
    pub code: Option<String>,
}

const FIELDS: &[Field] = &[
    Field {
        key: "email",
        synonyms: &["email address", "e-mail", "mail"],
        need: Need::Always,
    },
    Field {
        key: "referred_by",
        synonyms: &[
            "referrer",
            "referrer code",
            "referrer_code",
            "referral code",
            "referred by code",
        ],
        need: Need::Always,
    },
    Field {
        key: "name",
        synonyms: &["full name"],
        need: Need::Optional,
    },
    Field {
        key: "phone",
        synonyms: &["phone number", "mobile"],
        need: Need::Optional,
    },
    Field {
        key: "external_id",
        synonyms: &["customer id", "external id"],
        need: Need::Optional,
    },
    Field {
        key: "code",
        synonyms: &["own code", "lead code", "lead referral code"],
        need: Need::Optional,
    },
];

pub async fn run(ctx: &Ctx, client: &dyn ReferralApi, a: AddArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let lead = client
        .create_lead(
            &campaign,
            &NewLead {
                email: a.email,
                referred_by: a.referrer,
                name: a.name,
                phone: a.phone,
                external_id: a.external_id,
                referral_code: a.code,
            },
        )
        .await?;
    ctx.printer
        .status(format!("Added lead {} ({})", lead.id, lead.email));
    ctx.printer.one(&lead)?;
    Ok(Exit::Success)
}

pub async fn import(ctx: &Ctx, client: &dyn ReferralApi, a: ImportArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    import::run(
        ctx,
        "lead",
        &a,
        FIELDS,
        |r| NewLead {
            email: r.get("email").unwrap_or_default(),
            referred_by: r.get("referred_by").unwrap_or_default(),
            name: r.get("name"),
            phone: r.get("phone"),
            external_id: r.get("external_id"),
            referral_code: r.get("code"),
        },
        async |items| {
            client
                .bulk_create_leads(&campaign, &BulkRequest { items }, new_idempotency_key())
                .await
        },
        |l| l.id,
    )
    .await
}
