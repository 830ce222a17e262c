//! `refctl outbox`: the changes a `refctl server` in front of a hosted
//! platform has decided and is delivering there, and the hand on them.

use clap::Subcommand;

use super::args::ListArgs;
use super::context::Ctx;
use super::exit::Exit;
use crate::api::{OutboxEntry, OutboxState};

#[derive(Debug, Subcommand)]
#[command(
    after_help = "A workspace linked to Referral Factory or GrowSurf (`refctl server link`)
writes every qualification its rules, webhooks, lists and people decide to an
outbox, in the same transaction as the decision. The server delivers each one
exactly once, at the platform's pace, and records the platform's answer.

Examples:
  refctl outbox list
  refctl outbox list --state failed
  refctl outbox show 42
  refctl outbox retry 42
  refctl outbox retry --all-failed
  refctl outbox discard 42 --reason \"refunded before delivery\"
  refctl outbox status"
)]
pub enum OutboxCommand {
    /// The changes on their way to the platform, newest first, and what it answered
    List {
        /// Only entries in this state
        #[arg(long, value_enum)]
        state: Option<OutboxState>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// One entry, with every call made for it and what the platform answered
    Show {
        /// The entry's id
        id: i64,
    },
    /// Send failed entries again (each lead is read back first)
    Retry {
        /// The entry's id
        #[arg(required_unless_present = "all_failed", conflicts_with = "all_failed")]
        id: Option<i64>,
        /// Every failed entry
        #[arg(long)]
        all_failed: bool,
    },
    /// Give up a pending or failed entry without sending it
    Discard {
        /// The entry's id
        id: i64,
        /// Why (kept with the entry)
        #[arg(long)]
        reason: String,
    },
    /// The link's health: the sync's age, its last error, the outbox's counts
    Status,
}

pub async fn run(ctx: &Ctx, command: OutboxCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        OutboxCommand::List { state, list } => {
            let entries: Vec<OutboxEntry> = ctx
                .collect(&list, |page| {
                    let client = &client;
                    async move {
                        client
                            .list_outbox(state, page.limit, page.cursor.as_deref())
                            .await
                    }
                })
                .await?;
            ctx.printer.list(&entries)?;
        }
        OutboxCommand::Show { id } => {
            let entry = client.get_outbox_entry(id).await?;
            if ctx.printer.format == crate::output::Format::Table {
                ctx.printer.list(std::slice::from_ref(&entry))?;
                ctx.printer.list(&entry.calls)?;
            } else {
                ctx.printer.one(&entry)?;
            }
        }
        OutboxCommand::Retry { id: Some(id), .. } => {
            let entry = client.retry_outbox(id).await?;
            ctx.printer.status(format!(
                "Entry {id} is back in the queue: the lead is read back, then the change sent if it is still needed."
            ));
            ctx.printer.result(&entry)?;
        }
        OutboxCommand::Retry { id: None, .. } => {
            let done = client.retry_failed_outbox().await?;
            ctx.printer.status(format!(
                "{} back in the queue.",
                crate::output::count(done.retried, "failed entry")
            ));
            ctx.printer.result(&done)?;
        }
        OutboxCommand::Discard { id, reason } => {
            let entry = client.discard_outbox(id, &reason).await?;
            ctx.printer.status(format!(
                "Entry {id} is discarded: nothing will be sent for it."
            ));
            ctx.printer.result(&entry)?;
        }
        OutboxCommand::Status => {
            let status = client.link_status().await?;
            ctx.printer.result(&status)?;
        }
    }
    Ok(Exit::Success)
}
