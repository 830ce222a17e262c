//! `refctl customers upload`: match a customer list against a campaign's leads
//! and qualify the pending ones — dry run first, resumable, never twice.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::args::{CampaignArg, ReadArgs};
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use crate::api::{MatchRole, RateLimit};
use crate::client::ReferralApi;
use crate::matching::{self, IndexOptions, LeadIndex, MatchKey, Outcome, ReadOptions};
use crate::output::confirm;
use crate::upload::executor::{self, ExecutionTotals};
use crate::upload::journal::{JournalPlan, UploadJournal};
use crate::upload::report::{PlanReport, ReportWriter};
use crate::upload::{self, batches};

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl customers upload stripe-customers.csv --campaign spring --dry-run
  refctl customers upload stripe-customers.csv --campaign spring --yes
  refctl customers upload export.csv --campaign spring --match email,external-id \\
      --column external-id=\"Customer ID\"
  refctl customers upload hubspot.csv --campaign spring --email-aliases --rate 600/min")]
pub enum CustomersCommand {
    /// Match a customer list (CSV) against a campaign's leads and qualify the pending ones
    Upload(UploadArgs),
}

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
    /// The customer list: CSV from Excel, Stripe, HubSpot, Shopify, Salesforce...
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

pub async fn run(ctx: &Ctx, command: CustomersCommand) -> anyhow::Result<Exit> {
    match command {
        CustomersCommand::Upload(args) => upload_customers(ctx, args).await,
    }
}

/// What the command prints for scripts, and writes to summary.json.
#[derive(Debug, Serialize)]
struct UploadSummary {
    upload_id: String,
    campaign: String,
    file: String,
    report_dir: String,
    dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<PlanReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    execution: Option<ExecutionTotals>,
    complete: bool,
}

#[derive(Debug, Serialize)]
struct OutcomeRow {
    outcome: &'static str,
    rows: u64,
    report: String,
}

impl crate::output::Tabular for OutcomeRow {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("outcome", "OUTCOME"),
        ("rows", "ROWS"),
        ("report", "REPORT"),
    ];
}

async fn upload_customers(ctx: &Ctx, args: UploadArgs) -> anyhow::Result<Exit> {
    let options = read_options(&args)?;
    if !args.file.is_file() {
        return Err(UsageError(format!(
            "{} is not a file: give the path of the customer list (CSV)",
            args.file.display()
        ))
        .into());
    }
    let client = ctx.client()?;
    // The stricter of --rate and the token's own limit, so that no request is
    // refused. Learning the limit is the first request; every later one is paced.
    let server_limit = client
        .whoami()
        .await?
        .rate_limit
        .and_then(|r| r.parse::<RateLimit>().ok());
    let rate = match (args.rate, server_limit) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if let Some(rate) = rate {
        client.limit_rate(rate);
    }
    let campaign = client.get_campaign(&ctx.campaign(&args.campaign)?).await?;

    let upload_id = upload::upload_id(&args.file, campaign.id, &fingerprint(&options))
        .with_context(|| format!("could not read {}", args.file.display()))?;
    let dir = match &args.report_dir {
        Some(d) => d.clone(),
        None => ctx
            .settings
            .paths
            .home
            .join("uploads")
            .join(format!("{}-{upload_id}", campaign.code)),
    };
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let reason = format!("customer list {file_name} (upload {upload_id})");

    // An upload that started before is finished from its journal, never planned anew.
    if !args.dry_run
        && let Some(journal) = UploadJournal::open(&dir)?
    {
        if journal.plan.upload_id != upload_id {
            return Err(UsageError(format!(
                "{} holds the journal of another upload ({}); choose another --report-dir",
                dir.display(),
                journal.plan.file
            ))
            .into());
        }
        return finish(
            ctx,
            client.as_ref(),
            journal,
            &dir,
            &reason,
            None,
            &campaign.code,
        )
        .await;
    }
    if args.resume {
        return Err(UsageError(format!(
            "there is no unfinished upload of {} into '{}' to resume (no journal in {}); run without --resume",
            args.file.display(),
            campaign.code,
            dir.display()
        ))
        .into());
    }

    // The index: every lead's and referrer's keys, fetched once.
    let spinner = progress(ctx, None, "fetching the campaign's leads");
    let leads = upload::fetch_keys(client.as_ref(), &campaign.code, MatchRole::Lead).await?;
    let referrers =
        upload::fetch_keys(client.as_ref(), &campaign.code, MatchRole::Referrer).await?;
    spinner.finish_and_clear();
    let index = LeadIndex::new(
        leads.into_iter().map(|k| matching::IndexedLead {
            id: k.id,
            email: k.email,
            referral_code: k.referral_code,
            external_id: k.external_id,
            phone: k.phone,
            qualified: k.qualified,
        }),
        referrers.into_iter().map(|k| matching::IndexedReferrer {
            id: k.id,
            email: k.email,
            referral_code: k.referral_code,
            external_id: k.external_id,
            phone: k.phone,
        }),
        &IndexOptions {
            email_aliases: options.email_aliases,
            region: options.region.clone(),
        },
    );

    // The plan: every row gets one outcome, and the reports are written as rows stream by.
    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    let bar = progress(ctx, Some(size), "matching rows");
    let input = std::fs::File::open(&args.file)
        .with_context(|| format!("could not open {}", args.file.display()))?;
    let mut reports = ReportWriter::new(&dir)?;
    let mut report_error = None;
    let summary = matching::plan(std::io::BufReader::new(input), &options, &index, |row| {
        if row.record % 4096 == 0 {
            bar.set_position(row.byte_offset);
        }
        if report_error.is_none()
            && let Err(e) = reports.write(row)
        {
            report_error = Some(e);
        }
    })
    .map_err(|e| UsageError(format!("{}: {e}", args.file.display())))?;
    bar.finish_and_clear();
    if let Some(e) = report_error {
        return Err(e.into());
    }
    let plan_report = reports.finish(&summary)?;
    let rows: Vec<OutcomeRow> = Outcome::ALL
        .iter()
        .map(|o| OutcomeRow {
            outcome: o.as_str(),
            rows: summary.counts.get(o).copied().unwrap_or(0),
            // The directory is said once, below the table.
            report: plan_report
                .files
                .get(o.as_str())
                .and_then(|f| Path::new(f).file_name())
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
        })
        .collect();
    let will_qualify = summary.will_qualify.len();

    if args.dry_run {
        let out = UploadSummary {
            upload_id,
            campaign: campaign.code.clone(),
            file: args.file.display().to_string(),
            report_dir: dir.display().to_string(),
            dry_run: true,
            plan: Some(plan_report),
            execution: None,
            complete: true,
        };
        write_summary(&dir, &out)?;
        print_plan(ctx, &out, &rows)?;
        ctx.printer.status(format!(
            "Dry run: {} rows read, {will_qualify} lead(s) would be qualified; nothing was sent. Reports in {}",
            summary.rows,
            dir.display()
        ));
        return Ok(Exit::Success);
    }

    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.list(&rows)?;
    }
    if will_qualify == 0 {
        ctx.printer.status(format!(
            "No pending lead matched; nothing to qualify. Reports: {}",
            dir.display()
        ));
        let out = UploadSummary {
            upload_id,
            campaign: campaign.code.clone(),
            file: args.file.display().to_string(),
            report_dir: dir.display().to_string(),
            dry_run: false,
            plan: Some(plan_report),
            execution: Some(ExecutionTotals::default()),
            complete: true,
        };
        write_summary(&dir, &out)?;
        if ctx.printer.format != crate::output::Format::Table {
            ctx.printer.one(&out)?;
        }
        return Ok(Exit::Success);
    }
    let question = format!(
        "Qualify {will_qualify} lead(s) in campaign '{}' from {file_name}?",
        campaign.code
    );
    if !confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing was qualified");
        return Ok(Exit::Failure);
    }
    let journal = UploadJournal::create(
        &dir,
        JournalPlan {
            upload_id,
            campaign: campaign.code.clone(),
            file: file_name,
            batches: batches(&summary.will_qualify),
            created_at: crate::store::now(),
        },
    )?;
    finish(
        ctx,
        client.as_ref(),
        journal,
        &dir,
        &reason,
        Some(plan_report),
        &campaign.code,
    )
    .await
}

/// Sends what the journal has not recorded yet, then reports.
async fn finish(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    mut journal: UploadJournal,
    dir: &Path,
    reason: &str,
    plan: Option<PlanReport>,
    campaign: &str,
) -> anyhow::Result<Exit> {
    let total: u64 = journal.plan.batches.iter().map(|b| b.len() as u64).sum();
    if !journal.done.is_empty() {
        let done = executor::totals(&journal);
        if journal.is_finished() {
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
    let bar = progress(ctx, Some(total), "qualifying leads");
    let result =
        executor::execute(client, &mut journal, reason, |sent| bar.set_position(sent)).await;
    bar.finish_and_clear();
    let totals = executor::totals(&journal);
    let out = UploadSummary {
        upload_id: journal.plan.upload_id.clone(),
        campaign: campaign.to_string(),
        file: journal.plan.file.clone(),
        report_dir: dir.display().to_string(),
        dry_run: false,
        plan,
        execution: Some(totals),
        complete: result.is_ok() && totals.failed == 0,
    };
    write_summary(dir, &out)?;
    if let Err(e) = result {
        return Err(anyhow::Error::new(e).context(format!(
            "the upload stopped after {} of {} batches; run the same command again to finish it \
             (nothing will be qualified twice)",
            totals.batches_done, totals.batches
        )));
    }
    if ctx.printer.format != crate::output::Format::Table {
        ctx.printer.one(&out)?;
    }
    ctx.printer.status(format!(
        "Qualified {} lead(s); {} were already qualified; {} could not be. Reports: {}",
        totals.qualified,
        totals.already_qualified,
        totals.failed,
        dir.display()
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

fn write_summary(dir: &Path, summary: &UploadSummary) -> anyhow::Result<()> {
    let path = dir.join("summary.json");
    let mut text = serde_json::to_string_pretty(summary)?;
    text.push('\n');
    std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))
}

/// A progress bar on stderr when a person is watching; hidden otherwise.
fn progress(ctx: &Ctx, len: Option<u64>, message: &'static str) -> ProgressBar {
    if ctx.global.quiet || !ctx.printer.stderr_is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {percent}% (eta {eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner(),
    };
    bar.set_message(message);
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// The flags as matching options, every value checked.
fn read_options(args: &UploadArgs) -> anyhow::Result<ReadOptions> {
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
        ..ReadOptions::default()
    })
}

/// The settings that change a plan, so that another choice is another upload.
fn fingerprint(options: &ReadOptions) -> String {
    format!(
        "keys={:?};columns={:?};aliases={};region={:?};encoding={:?};delimiter={:?}",
        options.keys,
        options.columns,
        options.email_aliases,
        options.region,
        options.encoding,
        options.delimiter
    )
}
