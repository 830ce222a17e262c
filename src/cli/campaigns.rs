use clap::{Args, Subcommand};

use super::args::ListArgs;
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use crate::api::{CampaignPatch, CampaignStatus, NewCampaign};
use crate::output::confirm;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl campaigns create \"Spring 2026\" --code spring
  refctl campaigns list
  refctl campaigns update spring --status paused
  refctl campaigns archive spring --yes")]
pub enum CampaignsCommand {
    /// List campaigns
    List(ListArgs),
    /// Show one campaign
    Show(ShowArgs),
    /// Create a campaign
    Create(CreateArgs),
    /// Rename a campaign or change its status
    Update(UpdateArgs),
    /// Archive a campaign: it keeps its data but takes no new people
    Archive(ShowArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Campaign id or code
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::campaign_codes))]
    pub campaign: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The campaign's name
    pub name: String,
    /// Short code used to name it in other commands (default: derived from the name)
    #[arg(long)]
    pub code: Option<String>,
    /// Status to start in
    #[arg(long, value_parser = status_parser(), default_value = "active")]
    pub status: CampaignStatus,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Campaign id or code
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::campaign_codes))]
    pub campaign: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New status (use `archive` to archive)
    #[arg(long, value_parser = status_parser())]
    pub status: Option<CampaignStatus>,
}

/// The statuses a campaign can be set to (archiving has its own command).
fn status_parser() -> impl clap::builder::TypedValueParser<Value = CampaignStatus> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["draft", "active", "paused"])
        .try_map(|s| s.parse::<CampaignStatus>())
}

pub async fn run(ctx: &Ctx, command: CampaignsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        CampaignsCommand::List(list) => {
            let items = ctx
                .collect(&list, |page| {
                    let client = &client;
                    async move { client.list_campaigns(&page).await }
                })
                .await?;
            ctx.printer.list(&items)?;
        }
        CampaignsCommand::Show(a) => ctx.printer.one(&client.get_campaign(&a.campaign).await?)?,
        CampaignsCommand::Create(a) => {
            let c = client
                .create_campaign(&NewCampaign {
                    name: a.name,
                    code: a.code,
                    status: Some(a.status),
                })
                .await?;
            ctx.printer
                .status(format!("Created campaign '{}' (id {})", c.code, c.id));
            ctx.printer.one(&c)?;
        }
        CampaignsCommand::Update(a) => {
            if a.name.is_none() && a.status.is_none() {
                return Err(UsageError("nothing to change: pass --name or --status".into()).into());
            }
            let c = client
                .update_campaign(
                    &a.campaign,
                    &CampaignPatch {
                        name: a.name,
                        status: a.status,
                    },
                )
                .await?;
            ctx.printer.status(format!("Updated campaign '{}'", c.code));
            ctx.printer.one(&c)?;
        }
        CampaignsCommand::Archive(a) => {
            let current = client.get_campaign(&a.campaign).await?;
            if current.status == crate::api::CampaignStatus::Archived {
                ctx.printer.status(format!(
                    "Campaign '{}' is archived already; nothing to do",
                    current.code
                ));
                ctx.printer.result(&current)?;
                return Ok(Exit::Success);
            }
            if !confirm(
                &format!("Archive campaign '{}' ({})?", current.code, current.name),
                ctx.global.yes,
            )? {
                ctx.printer.status("Nothing archived");
                return Ok(Exit::Declined);
            }
            let c = client.archive_campaign(&a.campaign).await?;
            ctx.printer
                .status(format!("Archived campaign '{}'", c.code));
            ctx.printer.one(&c)?;
        }
    }
    Ok(Exit::Success)
}
