//! `refctl events`: send events to the rules, and see what each one did.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Subcommand;

use super::args::ListArgs;
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use crate::api::{EventQuery, EventRecord, NewEvent};
use crate::client::ClientError;

#[derive(Debug, Subcommand)]
#[command(after_help = "An event is a JSON object with an id, a type and data:

  {\"id\": \"evt_1\", \"type\": \"payment.succeeded\", \"data\": {\"email\": \"ann@example.com\", \"amount\": 5000}}

A file may hold one such object, or one per line (NDJSON). The id makes an
event idempotent: sending it again changes nothing.

Examples:
  refctl events send examples/events/charge-succeeded.json
  tail -n 100 events.ndjson | refctl events send -
  refctl events list --limit 20
  refctl events list --type charge.succeeded --lead 12
  refctl events show evt_1

When some events of a file are refused (a bad event, an unknown campaign),
the others are still sent and the exit code is 3.")]
pub enum EventsCommand {
    /// Send events (a JSON file, NDJSON, or - for stdin); prints each rule's decision
    Send {
        /// The events file, or - for stdin
        file: PathBuf,
    },
    /// The most recent events and what they did
    List {
        /// Only events of this type
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
        /// Only events that reached this lead (its id)
        #[arg(long, value_name = "LEAD_ID")]
        lead: Option<i64>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// One event, with every rule's decision
    Show {
        /// The event's id
        id: String,
    },
}

/// Reads one JSON event, or NDJSON, from a file or stdin (`-`).
pub fn read_events(path: &Path) -> anyhow::Result<Vec<NewEvent>> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .context("could not read stdin")?;
    } else {
        text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read {}", path.display()))?;
    }
    let name = path.display();
    // A whole-file JSON object first (it may span lines), else one per line.
    if let Ok(event) = serde_json::from_str::<NewEvent>(&text) {
        return Ok(vec![event]);
    }
    let mut events = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let event = serde_json::from_str::<NewEvent>(line).map_err(|e| {
            UsageError(format!(
                "{name} line {}: not an event ({e}); an event is {{\"id\": ..., \"type\": ..., \"data\": {{...}}}}",
                i + 1
            ))
        })?;
        events.push(event);
    }
    if events.is_empty() {
        return Err(UsageError(format!("{name} holds no events")).into());
    }
    Ok(events)
}

pub async fn run(ctx: &Ctx, command: EventsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        EventsCommand::Send { file } => {
            let events = read_events(&file)?;
            let mut records: Vec<EventRecord> = Vec::with_capacity(events.len());
            let mut refused = 0;
            for (i, event) in events.iter().enumerate() {
                match client.send_event(event).await {
                    Ok(record) => records.push(record),
                    // The API refused this one event: say which, send the rest.
                    Err(ClientError::Api(problem)) if events.len() > 1 => {
                        refused += 1;
                        ctx.printer.warn(format!(
                            "event {} of {} ('{}') was refused: {}",
                            i + 1,
                            events.len(),
                            event.id,
                            problem.detail
                        ));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            print_records(ctx, &records)?;
            if refused > 0 {
                ctx.printer.status(format!(
                    "{} of {} events sent; {refused} refused",
                    records.len(),
                    events.len()
                ));
                return Ok(Exit::Partial);
            }
        }
        EventsCommand::List { kind, lead, list } => {
            let query = EventQuery { kind, lead };
            let records = ctx
                .collect(&list, |page| {
                    let client = &client;
                    let query = &query;
                    async move { client.list_events(query, &page).await }
                })
                .await?;
            ctx.printer.list(&records)?;
        }
        EventsCommand::Show { id } => {
            let record = client.get_event(&id).await?;
            print_records(ctx, std::slice::from_ref(&record))?;
        }
    }
    Ok(Exit::Success)
}

/// Tables show each rule's decision under a line saying what the event did;
/// machine formats get the whole records.
pub fn print_records(ctx: &Ctx, records: &[EventRecord]) -> anyhow::Result<()> {
    if ctx.printer.format != crate::output::Format::Table {
        ctx.printer.list(records)?;
        return Ok(());
    }
    for r in records {
        ctx.printer
            .status(format!("Event {} ({}): {}", r.id, r.kind, r.summary));
        if !r.decisions.is_empty() {
            ctx.printer.list(&r.decisions)?;
        }
    }
    Ok(())
}
