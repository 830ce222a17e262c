//! `refctl rules test`: every rule against a sample event, explained.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::CampaignArg;
use crate::cli::context::Ctx;
use crate::cli::events::read_events;
use crate::cli::exit::Exit;
use crate::cli::exit::UsageError;
use crate::client::ReferralApi;

#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// The sample event: a JSON file with id, type and data, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub event: PathBuf,
}

pub async fn run(ctx: &Ctx, client: &dyn ReferralApi, a: TestArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    let mut events = read_events(&a.event)?;
    if events.len() != 1 {
        return Err(UsageError(format!(
            "{} holds {} events; `rules test` takes one",
            a.event.display(),
            events.len()
        ))
        .into());
    }
    let record = client.test_rules(&campaign, &events.remove(0)).await?;
    if record.redelivered {
        ctx.printer.warn(format!(
            "event {} was received before: sending it again would change nothing",
            record.id
        ));
    }
    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.status(format!(
            "Event {} ({}) against campaign '{campaign}', a test that changes nothing:",
            record.id, record.kind
        ));
        if record.decisions.is_empty() {
            ctx.printer
                .status(format!("Campaign '{campaign}' has no enabled rules"));
        } else {
            ctx.printer.list(&record.decisions)?;
        }
    } else {
        ctx.printer.one(&record)?;
    }
    Ok(Exit::Success)
}
