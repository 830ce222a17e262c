//! `refctl events`: send events to the rules, and see what each one did.

use std::io::BufRead;
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
  refctl events replay evt_1 --dry-run

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
    /// Run the rules again on an event already received (after a rule was fixed)
    Replay {
        /// The event's id
        id: String,
        /// Say what would happen; change nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// Reads one JSON event, or NDJSON, from a file or stdin (`-`), all of it
/// (for `rules test`, which takes a few).
pub fn read_events(path: &Path) -> anyhow::Result<Vec<NewEvent>> {
    let mut source = EventSource::open(path)?;
    let mut events = Vec::new();
    while let Some(next) = source.next_event()? {
        events.push(next.map_err(UsageError)?.1);
    }
    if events.is_empty() {
        return Err(UsageError(format!("{} holds no events", path.display())).into());
    }
    Ok(events)
}

/// Events from a file or stdin, one at a time: a single JSON object (which
/// may span lines), or NDJSON read a line at a time, so that memory holds
/// one line whatever the input's length.
pub struct EventSource {
    lines: std::io::Lines<Box<dyn BufRead>>,
    name: String,
    line: usize,
    /// The first event, read to tell the two shapes apart.
    first: Option<(usize, NewEvent)>,
    /// Whether the input is one JSON object rather than NDJSON.
    single: bool,
}

impl EventSource {
    pub fn open(path: &Path) -> anyhow::Result<EventSource> {
        let reader: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(path)
                    .with_context(|| format!("could not read {}", path.display()))?,
            ))
        };
        let mut source = EventSource {
            lines: reader.lines(),
            name: path.display().to_string(),
            line: 0,
            first: None,
            single: false,
        };
        // The first line that holds something: an event on one line means
        // NDJSON; else the whole input is one object spread over lines.
        let Some((line, text)) = source.next_line()? else {
            return Ok(source);
        };
        if let Ok(event) = serde_json::from_str::<NewEvent>(&text) {
            source.first = Some((line, event));
            return Ok(source);
        }
        let mut whole = text;
        while let Some((_, more)) = source.next_line()? {
            whole.push('\n');
            whole.push_str(&more);
        }
        match serde_json::from_str::<NewEvent>(&whole) {
            Ok(event) => {
                source.first = Some((line, event));
                source.single = true;
                Ok(source)
            }
            Err(e) => Err(UsageError(source.not_an_event(line, &e)).into()),
        }
    }

    fn not_an_event(&self, line: usize, e: &serde_json::Error) -> String {
        format!(
            "{} line {line}: not an event ({e}); an event is {{\"id\": ..., \"type\": ..., \"data\": {{...}}}}",
            self.name
        )
    }

    /// The next line that is not blank, with its number.
    fn next_line(&mut self) -> anyhow::Result<Option<(usize, String)>> {
        for line in self.lines.by_ref() {
            self.line += 1;
            let line = line.with_context(|| format!("could not read {}", self.name))?;
            if !line.trim().is_empty() {
                return Ok(Some((self.line, line)));
            }
        }
        Ok(None)
    }

    /// The next event and its line, or what is wrong with that line;
    /// `None` at the end.
    pub fn next_event(&mut self) -> anyhow::Result<Option<Result<(usize, NewEvent), String>>> {
        if let Some(first) = self.first.take() {
            return Ok(Some(Ok(first)));
        }
        if self.single {
            return Ok(None);
        }
        Ok(self.next_line()?.map(|(line, text)| {
            serde_json::from_str::<NewEvent>(&text)
                .map(|event| (line, event))
                .map_err(|e| self.not_an_event(line, &e))
        }))
    }
}

/// `events send`: a file is checked whole first (a bad line sends nothing),
/// keeping nothing; stdin cannot be read twice, so a line that is not an
/// event is reported by its number and the others are sent. Each record is
/// printed as it comes back in a table or NDJSON (JSON and CSV print the
/// list at the end); Ctrl-C says how many were sent.
async fn send_events(
    ctx: &Ctx,
    client: &dyn crate::client::ReferralApi,
    file: &Path,
) -> anyhow::Result<Exit> {
    use crate::output::{Format, progress};
    let from_stdin = file == Path::new("-");
    if !from_stdin {
        let mut check = EventSource::open(file)?;
        let mut any = false;
        while let Some(next) = check.next_event()? {
            next.map_err(UsageError)?;
            any = true;
        }
        if !any {
            return Err(UsageError(format!("{} holds no events", file.display())).into());
        }
    }
    let mut source = EventSource::open(file)?;
    let streamed = matches!(ctx.printer.format, Format::Table | Format::Ndjson);
    let mut kept: Vec<EventRecord> = Vec::new();
    let (mut sent, mut refused, mut bad) = (0u64, 0u64, 0u64);
    // One event read ahead: an input of one event is refused as a whole
    // (its exit code is the refusal's), one of many is reported and skipped.
    let mut ahead = source.next_event()?;
    while let Some(next) = ahead.take() {
        ahead = source.next_event()?;
        let alone = sent + refused + bad == 0 && ahead.is_none();
        let (line, event) = match next {
            Ok(found) => found,
            Err(message) => {
                bad += 1;
                ctx.printer.warn(message);
                continue;
            }
        };
        match client.send_event(&event).await {
            Ok(record) => {
                sent += 1;
                if streamed {
                    print_records(ctx, std::slice::from_ref(&record))?;
                } else {
                    kept.push(record);
                }
            }
            // The API refused this one event: say which, send the rest.
            Err(ClientError::Api(problem)) if !alone => {
                refused += 1;
                ctx.printer.warn(format!(
                    "{} line {line}: event '{}' was refused: {}",
                    file.display(),
                    event.id,
                    problem.detail
                ));
            }
            Err(e) => return Err(e.into()),
        }
        progress::set_interrupted_note(format!(
            "{sent} events sent, {refused} refused, up to line {line} of {}. An event's id \
             makes it idempotent: sending the same input again sends nothing twice.",
            file.display()
        ));
    }
    progress::clear_interrupted_note();
    if !streamed {
        print_records(ctx, &kept)?;
    }
    if sent == 0 && refused == 0 && bad == 0 {
        return Err(UsageError(format!("{} holds no events", file.display())).into());
    }
    if refused + bad > 0 {
        let mut said = format!(
            "{sent} of {} events sent; {refused} refused",
            sent + refused + bad
        );
        if bad > 0 {
            said.push_str(&format!(
                ", {} not an event",
                crate::output::count(bad, "line")
            ));
        }
        ctx.printer.status(said);
        return Ok(Exit::Partial);
    }
    Ok(Exit::Success)
}

pub async fn run(ctx: &Ctx, command: EventsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        EventsCommand::Send { file } => return send_events(ctx, client.as_ref(), &file).await,
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
        EventsCommand::Replay { id, dry_run } => {
            let record = client.replay_event(&id, dry_run).await?;
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
        // On a workspace in front of a hosted platform: what the platform did.
        for d in &r.decisions {
            if let Some(e) = &d.delivery {
                let answer = e
                    .answer_status
                    .map(|s| format!(" (HTTP {s})"))
                    .unwrap_or_default();
                ctx.printer.status(format!(
                    "  {} of lead {} on the platform: {}{answer}{}",
                    e.action,
                    e.lead_id,
                    e.state,
                    e.note
                        .as_deref()
                        .map(|n| format!(": {n}"))
                        .unwrap_or_default()
                ));
            }
        }
    }
    Ok(())
}
