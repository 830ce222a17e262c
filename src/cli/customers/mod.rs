//! `refctl customers`: customer lists matched against a campaign's leads.

mod upload;

use clap::Subcommand;

use super::context::Ctx;
use super::exit::Exit;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl customers upload stripe-customers.csv --campaign spring --dry-run
  refctl customers upload stripe-customers.csv --campaign spring --yes
  refctl customers upload export.csv --campaign spring --match email,external-id \\
      --column external-id=\"Customer ID\"
  refctl customers upload hubspot.csv --campaign spring --email-aliases --rate 600/min")]
pub enum CustomersCommand {
    /// Match a customer list (CSV) against a campaign's leads and qualify the pending ones
    Upload(upload::UploadArgs),
}

pub async fn run(ctx: &Ctx, command: CustomersCommand) -> anyhow::Result<Exit> {
    match command {
        CustomersCommand::Upload(args) => upload::run(ctx, args).await,
    }
}
