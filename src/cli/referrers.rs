use clap::{Args, Subcommand};

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use super::import::{self, Field, ImportArgs, Need};
use crate::api::{BulkRequest, NewReferrer};
use crate::client::new_idempotency_key;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl referrers add --campaign spring --email ann@example.com --name Ann
  refctl referrers import examples/referrers.csv --campaign spring
  refctl referrers list --campaign spring -o csv
  refctl referrers update ANN2026 --campaign spring --name \"Ann Lee\"
  refctl referrers delete 7 --yes")]
pub enum ReferrersCommand {
    /// List the referrers of a campaign
    List {
        #[command(flatten)]
        campaign: CampaignArg,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one referrer, by id or by referral code
    Show {
        /// A referrer id, or a referral code (with --campaign)
        referrer: String,
        #[command(flatten)]
        campaign: CampaignArg,
    },
    /// Add one referrer
    Add(AddArgs),
    /// Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)
    #[command(
        after_help = "Rows with errors are reported by line and the others are imported; \
the exit code is 3 when some rows failed. Every row needs an email or a referral_code."
    )]
    Import(ImportArgs),
    /// Change a referrer's email, name, phone or external id (recorded)
    Update {
        #[command(flatten)]
        which: ReferrerArg,
        #[command(flatten)]
        fields: super::leads::PersonFields,
    },
    /// Delete a referrer who brought no leads (asks first; recorded)
    Delete {
        #[command(flatten)]
        which: ReferrerArg,
    },
}

/// A referrer named on the command line.
#[derive(Debug, Args)]
pub struct ReferrerArg {
    /// A referrer id, or a referral code (with --campaign)
    pub referrer: String,
    #[command(flatten)]
    pub campaign: CampaignArg,
}

impl ReferrerArg {
    async fn resolve(
        &self,
        ctx: &Ctx,
        client: &dyn crate::client::ReferralApi,
    ) -> anyhow::Result<crate::api::Referrer> {
        let referrer = self.referrer.trim();
        Ok(
            match referrer
                .strip_prefix("id:")
                .unwrap_or(referrer)
                .parse::<i64>()
            {
                Ok(id) if !referrer.starts_with("code:") => client.get_referrer(id).await?,
                _ => {
                    let code = referrer.strip_prefix("code:").unwrap_or(referrer);
                    client
                        .get_referrer_by_code(&ctx.campaign(&self.campaign)?, code)
                        .await?
                }
            },
        )
    }
}

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

pub async fn run(ctx: &Ctx, command: ReferrersCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        ReferrersCommand::List { campaign, list } => {
            let campaign = ctx.campaign(&campaign)?;
            let items = ctx
                .collect(&list, |page| {
                    let (client, campaign) = (client.as_ref(), &campaign);
                    async move { client.list_referrers(campaign, &page).await }
                })
                .await?;
            ctx.printer.list(&items)?;
        }
        ReferrersCommand::Show { referrer, campaign } => {
            let which = ReferrerArg { referrer, campaign };
            ctx.printer
                .one(&which.resolve(ctx, client.as_ref()).await?)?;
        }
        ReferrersCommand::Update { which, fields } => {
            let patch = fields.patch()?;
            let current = which.resolve(ctx, client.as_ref()).await?;
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
        }
        ReferrersCommand::Delete { which } => {
            let current = which.resolve(ctx, client.as_ref()).await?;
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
        }
        ReferrersCommand::Add(a) => {
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
        }
        ReferrersCommand::Import(a) => {
            let campaign = ctx.campaign(&a.campaign)?;
            let paced = ctx.paced_client().await?;
            let client = paced.as_ref();
            return import::run(
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
                        .bulk_create_referrers(
                            &campaign,
                            &BulkRequest { items },
                            new_idempotency_key(),
                        )
                        .await
                },
                |r| r.id,
            )
            .await;
        }
    }
    Ok(Exit::Success)
}
