//! `refctl customers upload`: the command glue around `upload::session`:
//! flags in, progress and prompts on the terminal, the plan and the result out.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::api::RateLimit;
use crate::cli::args::{CampaignArg, ReadArgs};
use crate::cli::context::Ctx;
use crate::cli::exit::{Exit, UsageError};
use crate::matching::{MatchKey, Outcome, ReadOptions};
use crate::output::{confirm, count, progress, thousands};
use crate::upload::executor::{self, ExecutionTotals};
use crate::upload::journal::UploadJournal;
use crate::upload::report::PlanReport;
use crate::upload::session::{Session, UploadError, UploadRequest, UploadSummary};

#[derive(Debug, Args)]
#[command(
    after_help = "Every row ends in exactly one outcome: will_qualify, already_qualified,
not_a_lead (a referrer), no_match, ambiguous (its keys point at different
leads), duplicate (an earlier row already claimed that lead) or invalid (no
usable identifier). The report directory gets one spreadsheet-safe CSV per
outcome and summary.json.

A run that stops (killed, rate limited, network down) is finished by running
the same command again: the journal in the report directory makes sure every
matched lead is qualified exactly once.

Exit codes: 0 when every matched lead is qualified (or, with --dry-run, when
the plan was made), 3 when some could not be, 7 when the API kept refusing
(run the command again to resume)."
)]
pub struct UploadArgs {
    /// The customer list: CSV from Excel, Stripe, HubSpot, Shopify, Salesforce... (- reads stdin)
    pub file: PathBuf,
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// Which keys identify a lead, in order of trust (comma-separated)
    #[arg(
        long = "match",
        value_name = "KEYS",
        value_delimiter = ',',
        default_value = "email",
        value_parser = ["email", "code", "external-id", "phone"]
    )]
    pub keys: Vec<String>,
    /// The header of a key's column, when it is not found by name, e.g. email="Contact"
    #[arg(long = "column", value_name = "KEY=HEADER")]
    pub columns: Vec<String>,
    /// Also match provider aliases: Gmail dots and +tags, +tags at known providers
    #[arg(long)]
    pub email_aliases: bool,
    /// Country for phone numbers written without +country code, e.g. US
    #[arg(long, value_name = "CC")]
    pub region: Option<String>,
    /// Leave pending the leads that were unqualified before (refunds) instead of qualifying them again
    #[arg(long)]
    pub skip_unqualified: bool,
    /// Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)
    #[arg(long)]
    pub full_reports: bool,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Make the plan and the reports; qualify nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Where the reports and the journal go (default: under REFCTL_HOME/uploads)
    #[arg(long, value_name = "DIR")]
    pub report_dir: Option<PathBuf>,
    /// Finish an upload that stopped; fails when there is nothing to resume
    /// (an unfinished upload of the same file is also resumed without it)
    #[arg(long)]
    pub resume: bool,
    /// Most requests per unit of time, e.g. 600/min (default: the token's limit, if any)
    #[arg(long, value_name = "N/UNIT")]
    pub rate: Option<RateLimit>,
}

/// One outcome's line of the plan table.
#[derive(Debug, Serialize)]
struct OutcomeRow {
    outcome: &'static str,
    rows: String,
    report: String,
    /// What the outcome means, in words (the table's legend).
    meaning: &'static str,
}

impl crate::output::Tabular for OutcomeRow {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("outcome", "OUTCOME"),
        ("rows", "ROWS"),
        ("report", "REPORT"),
        ("meaning", "MEANING"),
    ];
}

/// An outcome in words, for people reading the plan.
fn meaning(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::WillQualify => "pending leads this list qualifies",
        Outcome::AlreadyQualified => "qualified before: nothing to do",
        Outcome::NotALead => "a referrer of the campaign, not a lead",
        Outcome::NoMatch => "no lead has these keys",
        Outcome::Ambiguous => "the keys name several leads: left alone",
        Outcome::Duplicate => "an earlier row claimed the same lead",
        Outcome::Invalid => "no usable key: the report says why",
        Outcome::Skipped => "unqualified since (a refund): left pending",
    }
}

pub async fn run(ctx: &Ctx, args: UploadArgs) -> anyhow::Result<Exit> {
    run_keeping(ctx, args, None).await
}

/// An upload, and with `keep` the file's keys kept as a standing list
/// before anything is qualified (so a lead that appears meanwhile is
/// caught by the list).
pub async fn run_keeping(
    ctx: &Ctx,
    mut args: UploadArgs,
    keep: Option<super::keep::KeepList>,
) -> anyhow::Result<Exit> {
    let options = read_options(&args)?;
    let from_stdin = args.file.as_os_str() == "-";
    if from_stdin {
        args.file = stdin_copy(&ctx.settings.paths.home.join("uploads"))?;
    }
    if !args.file.exists() {
        return Err(UsageError(format!(
            "{}: no such file; give the path of the customer list (CSV)",
            args.file.display()
        ))
        .into());
    }
    if !args.file.is_file() {
        return Err(UsageError(format!(
            "{} is not a file: give the path of the customer list (CSV)",
            args.file.display()
        ))
        .into());
    }
    let client = ctx.client()?;
    let session = Session::open(
        client.as_ref(),
        UploadRequest {
            file: &args.file,
            campaign: &ctx.campaign(&args.campaign)?,
            options,
            rate: args.rate,
            report_dir: args.report_dir.clone(),
            uploads: ctx.settings.paths.home.join("uploads"),
            dry_run: args.dry_run,
            full_reports: args.full_reports,
        },
    )
    .await
    .map_err(failure)?;
    let mut session = session;
    if from_stdin {
        session.file_name = "stdin".into();
    }

    // An upload that started before is finished from its journal, never
    // planned anew; one that finished is matched again, for the customers
    // on the file who became leads since (a new run of the same upload).
    let mut previous = None;
    if !args.dry_run
        && let Some(journal) = session.unfinished().map_err(failure)?
    {
        if journal.is_finished() && journal.still_failed().is_empty() {
            previous = Some(journal);
        } else {
            if keep.is_some() {
                return Err(UsageError(format!(
                    "upload {} of {} has not finished: run `refctl customers upload` with the same file to finish it, then keep the list",
                    session.upload_id, session.file_name
                ))
                .into());
            }
            // Resuming qualifies leads as a first run does: it asks the same way.
            let left: usize = journal
                .plan
                .batches
                .iter()
                .enumerate()
                .filter(|(i, _)| !journal.is_done(*i))
                .map(|(_, b)| b.len())
                .sum();
            if left > 0 {
                let question = format!(
                    "Resume upload {} of {}: qualify the {} not done yet in campaign '{}'?",
                    session.upload_id,
                    session.file_name,
                    count(left as u64, "lead"),
                    session.campaign.code
                );
                if !confirm(&question, ctx.global.yes)? {
                    ctx.printer.status("Nothing was qualified");
                    return Ok(Exit::Declined);
                }
            }
            return execute(ctx, &session, journal, None).await;
        }
    }
    if args.resume && previous.is_none() {
        return Err(failure(session.nothing_to_resume()));
    }

    let watching = ctx.printer.shows_progress();
    let spinner = progress::spinner(watching, "fetching the campaign's leads");
    let index = session.index().await.map_err(failure)?;
    spinner.finish_and_clear();

    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    let bar = progress::RowProgress::new(watching, size);
    let mut list_keys: Vec<crate::api::ListKey> = Vec::new();
    // Phone keys are kept in E.164: a national number reads in --region.
    let region = args
        .region
        .as_deref()
        .and_then(|r| crate::matching::normalize::phone_region(r).ok());
    let planned = session
        .plan(&index, |row| {
            if row.record % 4096 == 0 {
                bar.update(row.record, row.byte_offset);
            }
            if keep.is_some() {
                super::keep::keys_of_row(row, region, &mut list_keys);
            }
        })
        .map_err(failure)?;
    bar.finish();
    ctx.printer
        .status(planned.report.reading(&session.file_name));
    if let Some(hint) = other_key_hint(&planned.summary) {
        ctx.printer.warn(hint);
    }
    let requalify = planned.report.requalify;
    if requalify > 0 && !args.skip_unqualified {
        ctx.printer.warn(format!(
            "{} unqualified before (refunds?) and would be qualified again: see the reason column of \
             will_qualify.csv, or pass --skip-unqualified to leave them pending",
            match requalify {
                1 => "1 matched lead was".to_string(),
                n => format!("{} matched leads were", thousands(n as u64)),
            }
        ));
    } else if requalify > 0 {
        ctx.printer.status(format!(
            "{} unqualified before: skipped (--skip-unqualified)",
            count(requalify as u64, "lead")
        ));
    }
    let rows = outcome_rows(&planned.report);
    let will_qualify = planned.summary.will_qualify.len();
    // A file that read as nothing is not a success: say so, and where to look.
    let invalid = planned
        .summary
        .counts
        .get(&Outcome::Invalid)
        .copied()
        .unwrap_or(0);
    if planned.summary.rows == 0 {
        return Err(UsageError(format!(
            "{}: no customer rows after the header ({}): nothing was matched. Is it the right file, and is it a CSV?",
            args.file.display(),
            planned.report.encoding
        ))
        .into());
    }
    if invalid == planned.summary.rows {
        return Err(UsageError(format!(
            "{}: none of its {} rows holds a usable {}; see invalid.csv in {} for why, or name the column with --column",
            args.file.display(),
            planned.summary.rows,
            args.keys.join(" or "),
            session.dir.display()
        ))
        .into());
    }

    if let (true, Some(keep)) = (args.dry_run, &keep) {
        ctx.printer.status(format!(
            "Dry run: list '{}' would keep {} in campaign '{}'",
            keep.name,
            count(list_keys.len() as u64, "key"),
            session.campaign.code
        ));
    }
    if args.dry_run {
        let out = session.summary(Some(planned.report), None, true, true);
        session.write_summary(&out).map_err(failure)?;
        print_plan(ctx, &out, &rows)?;
        ctx.printer.status(format!(
            "Dry run: {} read, {} would be qualified; nothing was sent. Reports in {}",
            count(planned.summary.rows as u64, "row"),
            count(will_qualify as u64, "lead"),
            session.dir.display()
        ));
        if will_qualify > 0 || keep.is_some() {
            ctx.say_how_to_run_for_real();
        }
        return Ok(Exit::Success);
    }

    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.list(&rows)?;
    }
    let mut asked = false;
    if let Some(keep) = &keep {
        let qualifies = keep.kind == crate::api::ListKind::Qualify && will_qualify > 0;
        let question = format!(
            "Keep {}list '{}' ({}) in campaign '{}'{}?",
            if keep.kind == crate::api::ListKind::Exclude {
                "exclude-"
            } else {
                ""
            },
            keep.name,
            count(list_keys.len() as u64, "key"),
            session.campaign.code,
            if qualifies {
                format!(" and qualify {} now", count(will_qualify as u64, "lead"))
            } else {
                String::new()
            }
        );
        if !confirm(&question, ctx.global.yes)? {
            ctx.printer.status("Nothing was kept or qualified");
            return Ok(Exit::Declined);
        }
        asked = true;
        super::keep::keep(
            ctx,
            client.as_ref(),
            &session.campaign.code,
            keep,
            &list_keys,
        )
        .await?;
        if !qualifies {
            ctx.printer.status(format!(
                "Kept list '{}' ({}); {}",
                keep.name,
                count(list_keys.len() as u64, "key"),
                if keep.kind == crate::api::ListKind::Exclude {
                    "its leads will not be qualified by uploads, rules or lists"
                } else {
                    "no pending lead matches now; leads that appear later are qualified as they do"
                }
            ));
            return Ok(Exit::Success);
        }
    }
    if let Some(mut journal) = previous {
        let known = journal.planned_leads();
        let fresh: Vec<i64> = planned
            .summary
            .will_qualify
            .iter()
            .copied()
            .filter(|id| !known.contains(id))
            .collect();
        if fresh.is_empty() {
            let done = executor::totals(&journal);
            ctx.printer.status(format!(
                "This upload already finished: {} qualified, {} already qualified; no lead has appeared on it since. Nothing to do.",
                done.qualified, done.already_qualified
            ));
            let out = session.summary(Some(planned.report), Some(done), false, true);
            session.write_summary(&out).map_err(failure)?;
            if ctx.printer.format != crate::output::Format::Table {
                ctx.printer.one(&out)?;
            }
            return Ok(Exit::Success);
        }
        let question = format!(
            "Qualify {} that became leads since upload {} of {} ran, in campaign '{}'?",
            count(fresh.len() as u64, "customer"),
            session.upload_id,
            session.file_name,
            session.campaign.code
        );
        if !asked && !confirm(&question, ctx.global.yes)? {
            ctx.printer.status("Nothing was qualified");
            return Ok(Exit::Declined);
        }
        journal
            .extend(&fresh, crate::domain::time::stored(jiff::Timestamp::now()))
            .map_err(|e| failure(e.into()))?;
        return execute(ctx, &session, journal, Some(planned.report)).await;
    }
    if will_qualify == 0 {
        ctx.printer.status(format!(
            "No pending lead matched; nothing to qualify. Reports: {}",
            session.dir.display()
        ));
        let out = session.summary(
            Some(planned.report),
            Some(ExecutionTotals::default()),
            false,
            true,
        );
        session.write_summary(&out).map_err(failure)?;
        if ctx.printer.format != crate::output::Format::Table {
            ctx.printer.one(&out)?;
        }
        return Ok(Exit::Success);
    }
    let again = match planned.report.requalify {
        0 => String::new(),
        _ if args.skip_unqualified => String::new(),
        n => format!(
            " ({} of them again, unqualified before)",
            thousands(n as u64)
        ),
    };
    // A person about to answer sees whom (up to five), as `qualify` shows.
    let named = if crate::output::will_ask(ctx.global.yes) {
        let mut names = Vec::new();
        for &id in planned.summary.will_qualify.iter().take(5) {
            if let Ok(lead) = client.get_lead(id).await {
                names.push(lead.email);
            }
        }
        names
    } else {
        Vec::new()
    };
    let whom = match (named.len(), will_qualify) {
        (0, n) => count(n as u64, "lead"),
        (k, n) if k == n => named.join(", "),
        (_, n) => format!(
            "{} ({}, and {} more; will_qualify.csv lists them)",
            count(n as u64, "lead"),
            named.join(", "),
            thousands((n - named.len()) as u64)
        ),
    };
    let question = format!(
        "Qualify {whom}{again} in campaign '{}' from {}?",
        session.campaign.code, session.file_name
    );
    if !asked && !confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing was qualified");
        return Ok(Exit::Declined);
    }
    let journal = session
        .start(
            &planned,
            crate::domain::time::stored(jiff::Timestamp::now()),
        )
        .map_err(failure)?;
    // Listed from now on (as partial until it finishes), even if killed.
    let started = session.summary(
        Some(planned.report.clone()),
        Some(executor::totals(&journal)),
        false,
        false,
    );
    session.write_summary(&started).map_err(failure)?;
    execute(ctx, &session, journal, Some(planned.report)).await
}

/// Keeps what arrives on stdin as a file named by its content, so the same
/// list piped again is the same upload (and resumes like a file would).
/// Streamed to disk while hashed: memory stays flat whatever the size.
fn stdin_copy(uploads: &Path) -> anyhow::Result<PathBuf> {
    use sha2::Digest as _;
    use std::io::{IsTerminal, Read, Write};
    if std::io::stdin().is_terminal() {
        return Err(UsageError(
            "`-` reads the customer list from stdin, but stdin is a terminal: pipe a file in, e.g. `refctl customers upload - < customers.csv`".into(),
        )
        .into());
    }
    let dir = uploads.join("stdin");
    crate::private_file::create_dir_all(&dir)
        .map_err(|e| anyhow::anyhow!("could not create {}: {e}", dir.display()))?;
    let partial = dir.join(format!(".incoming-{}", std::process::id()));
    let keep =
        |e: std::io::Error| anyhow::anyhow!("could not keep stdin in {}: {e}", partial.display());
    let mut out = std::io::BufWriter::new(crate::private_file::create(&partial).map_err(keep)?);
    let mut hash = sha2::Sha256::new();
    let mut input = std::io::stdin().lock();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = input
            .read(&mut buf)
            .map_err(|e| anyhow::anyhow!("could not read stdin: {e}"))?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        out.write_all(&buf[..n]).map_err(keep)?;
    }
    out.flush().map_err(keep)?;
    let name = crate::domain::codes::hex(&hash.finalize()[..8]);
    let path = dir.join(format!("{name}.csv"));
    std::fs::rename(&partial, &path).map_err(keep)?;
    Ok(path)
}

/// The command's error for an upload's: refusals of the file or the
/// directory are usage errors; a client's error stays itself (its exit code).
fn failure(e: UploadError) -> anyhow::Error {
    match e {
        UploadError::Client(c) => c.into(),
        e @ (UploadError::Read { .. }
        | UploadError::OtherUpload { .. }
        | UploadError::NothingToResume { .. }) => UsageError(e.to_string()).into(),
        e => e.into(),
    }
}

/// One row per outcome: how many rows, and the report file's name.
fn outcome_rows(report: &PlanReport) -> Vec<OutcomeRow> {
    Outcome::ALL
        .iter()
        .map(|o| OutcomeRow {
            outcome: o.as_str(),
            meaning: meaning(*o),
            // As every count refctl prints: 1,960,000.
            rows: thousands(report.counts.get(o.as_str()).copied().unwrap_or(0)),
            // The directory is said once, below the table.
            report: report
                .files
                .get(o.as_str())
                .and_then(|f| Path::new(f).file_name())
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
        })
        .collect()
}

/// Sends what the journal has not recorded yet, then reports.
async fn execute(
    ctx: &Ctx,
    session: &Session<'_>,
    mut journal: UploadJournal,
    plan: Option<PlanReport>,
) -> anyhow::Result<Exit> {
    let total: u64 = journal.plan.batches.iter().map(|b| b.len() as u64).sum();
    if !journal.done.is_empty() {
        let done = executor::totals(&journal);
        let again: usize = journal
            .still_failed()
            .iter()
            .map(|(_, ids, _)| ids.len())
            .sum();
        if journal.is_finished() && again > 0 {
            ctx.printer.status(format!(
                "Trying again the {} that an earlier run of this upload could not qualify",
                count(again as u64, "lead")
            ));
        } else if journal.is_finished() {
            ctx.printer.status(format!(
                "This upload already finished: {} qualified, {} already qualified. Nothing to do.",
                done.qualified, done.already_qualified
            ));
        } else {
            ctx.printer.status(format!(
                "Resuming upload {}: {} of {} batches already done",
                journal.plan.upload_id, done.batches_done, done.batches
            ));
        }
    }
    let watching = ctx.printer.shows_progress();
    let bar = progress::counter(watching, total, "qualifying", "leads");
    let run_id = session.run_id.clone();
    let result = session
        .execute(&mut journal, plan, |sent| {
            bar.set_position(sent);
            // What Ctrl-C says, should it come now.
            progress::set_interrupted_note(format!(
                "the upload had qualified {} of {}; run the same command again to finish it \
                 (upload {run_id}; nothing is qualified twice)",
                thousands(sent),
                count(total, "lead")
            ));
        })
        .await;
    progress::clear_interrupted_note();
    bar.finish_and_clear();
    let out = match result {
        Ok(out) => out,
        Err((out, e)) => {
            session.write_summary(&out).map_err(failure)?;
            let totals = out.execution.unwrap_or_default();
            return Err(anyhow::Error::new(e).context(format!(
                "the upload stopped after {} of {} batches; run the same command again to finish it \
                 (nothing will be qualified twice)",
                totals.batches_done, totals.batches
            )));
        }
    };
    session.write_summary(&out).map_err(failure)?;
    if ctx.printer.format != crate::output::Format::Table {
        ctx.printer.one(&out)?;
    }
    let totals = out.execution.unwrap_or_default();
    let excluded = match totals.excluded {
        0 => String::new(),
        n => format!("; {} left pending (on an exclude-list)", thousands(n)),
    };
    ctx.printer.status(format!(
        "Qualified {}; {} already qualified; {} could not be{excluded}. Reports: {}",
        count(totals.qualified as u64, "lead"),
        thousands(totals.already_qualified as u64),
        thousands(totals.failed as u64),
        session.dir.display()
    ));
    Ok(if totals.failed > 0 {
        Exit::Partial
    } else {
        Exit::Success
    })
}

fn print_plan(ctx: &Ctx, out: &UploadSummary, rows: &[OutcomeRow]) -> anyhow::Result<()> {
    match ctx.printer.format {
        crate::output::Format::Table => ctx.printer.list(rows)?,
        _ => ctx.printer.one(out)?,
    }
    Ok(())
}

/// When the keys asked for found little and the file has a column of
/// another key (a phone list under the default `--match email`), the flag
/// that would read it.
fn other_key_hint(summary: &crate::matching::PlanSummary) -> Option<String> {
    let count_of = |o: Outcome| summary.counts.get(&o).copied().unwrap_or(0);
    let unusable = count_of(Outcome::Invalid) + count_of(Outcome::NoMatch);
    let (key, header) = summary.other_keys.first()?;
    if summary.rows == 0 || unusable * 2 < summary.rows {
        return None;
    }
    // Several columns of one key are one key asked.
    let mut asked: Vec<&str> = Vec::new();
    for (key, _) in &summary.columns {
        if !asked.contains(&key.flag()) {
            asked.push(key.flag());
        }
    }
    let region = if *key == MatchKey::Phone {
        " (and --region for numbers written without a country code)"
    } else {
        ""
    };
    Some(format!(
        "{} of {} rows matched no lead by {}; the file also has column '{header}' ({}): try --match {}{region}",
        thousands(unusable),
        thousands(summary.rows),
        if asked.is_empty() {
            "the keys asked".to_string()
        } else {
            asked.join(", ")
        },
        key.flag(),
        key.flag()
    ))
}

/// The flags as matching options, every value checked.
pub fn read_options(args: &UploadArgs) -> anyhow::Result<ReadOptions> {
    let keys = args
        .keys
        .iter()
        .map(|k| k.parse::<MatchKey>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| UsageError(format!("--match: {e}")))?;
    let mut columns = Vec::new();
    for c in &args.columns {
        let Some((key, header)) = c.split_once('=') else {
            return Err(UsageError(format!(
                "--column '{c}' must be KEY=HEADER, e.g. --column email=\"Contact Email\""
            ))
            .into());
        };
        let key = key
            .trim()
            .parse::<MatchKey>()
            .map_err(|e| UsageError(format!("--column '{c}': {e}")))?;
        columns.push((key, header.trim().to_string()));
    }
    Ok(ReadOptions {
        encoding: args.read.encoding.clone(),
        delimiter: args.read.delimiter,
        columns,
        keys,
        email_aliases: args.email_aliases,
        region: args.region.clone(),
        skip_unqualified: args.skip_unqualified,
        ..ReadOptions::default()
    })
}
