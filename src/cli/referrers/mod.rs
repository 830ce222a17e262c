//! `refctl referrers`: the noun, its verbs, and how a referrer is named on
//! the command line. One file per kind of work: `add` (one, or a file),
//! `edit` (update, delete).

mod add;
mod edit;

use clap::{Args, Subcommand};

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::exit::Exit;
use super::import::ImportArgs;

pub use add::AddArgs;

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
    pub(super) async fn resolve(
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
            return edit::update(ctx, client.as_ref(), which, fields).await;
        }
        ReferrersCommand::Delete { which } => {
            return edit::delete(ctx, client.as_ref(), which).await;
        }
        ReferrersCommand::Add(a) => return add::one(ctx, client.as_ref(), a).await,
        ReferrersCommand::Import(a) => return add::file(ctx, a).await,
    }
    Ok(Exit::Success)
}
