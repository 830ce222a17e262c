//! `refctl customers`: customer lists matched against a campaign's leads.

mod keep;
mod list_file;
mod lists;
mod upload;
mod uploads;

use clap::Subcommand;

use super::context::Ctx;
use super::exit::Exit;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl customers upload stripe-customers.csv --campaign spring --dry-run
  refctl customers upload stripe-customers.csv --campaign spring --yes
  refctl customers upload export.csv --campaign spring --match email,external-id \\
      --column external-id=\"Customer ID\"
  refctl customers upload hubspot.csv --campaign spring --email-aliases --rate 600/min
  refctl customers uploads list
  refctl customers uploads revert 3f2a --dry-run")]
pub enum CustomersCommand {
    /// Match a customer list (CSV) against a campaign's leads and qualify the pending ones
    Upload(upload::UploadArgs),
    /// The uploads of this workspace, dry and real: list, show, revert
    #[command(subcommand)]
    Uploads(uploads::UploadsCommand),
    /// Kept customer lists: they go on qualifying (or excluding) the leads that appear later
    #[command(subcommand)]
    Lists(lists::ListsCommand),
}

pub async fn run(ctx: &Ctx, command: CustomersCommand) -> anyhow::Result<Exit> {
    match command {
        CustomersCommand::Upload(args) => upload::run(ctx, args).await,
        CustomersCommand::Uploads(command) => uploads::run(ctx, command).await,
        CustomersCommand::Lists(command) => lists::run(ctx, command).await,
    }
}
