//! `refctl customers uploads`: every run of every upload kept in this
//! workspace, one in detail, and undoing one.

use clap::{Args, Subcommand};

use crate::cli::args::ListArgs;
use crate::cli::context::Ctx;
use crate::cli::exit::{Exit, UsageError};
use crate::output::{confirm, count, progress};
use crate::upload::journal::UploadJournal;
use crate::upload::revert::{self, RevertError, RevertItem};
use crate::upload::runs::{self, Run, RunError};

#[derive(Debug, Subcommand)]
#[command(
    after_help = "ID is a run's id as `uploads list` shows it, or the start of one.

Examples:
  refctl customers uploads list
  refctl customers uploads show 3f2a
  refctl customers uploads revert 3f2a --dry-run
  refctl customers uploads revert 3f2a --reason \"wrong campaign\" --yes"
)]
pub enum UploadsCommand {
    /// Every upload run, dry or real: campaign, file, when, counts, state
    List {
        /// Only this campaign's uploads
        #[arg(long, short)]
        campaign: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// One run's summary: how the file was read, the counts, the reports
    Show {
        /// The run's id (or the start of it)
        #[arg(add = clap_complete::ArgValueCompleter::new(crate::cli::complete::upload_ids))]
        id: String,
    },
    /// Unqualify the leads an upload qualified that are still qualified by it
    Revert(RevertArgs),
}

#[derive(Debug, Args)]
pub struct RevertArgs {
    /// The upload's id (or the start of it)
    #[arg(add = clap_complete::ArgValueCompleter::new(crate::cli::complete::upload_ids))]
    pub id: String,
    /// Why (kept in each lead's history)
    #[arg(long)]
    pub reason: Option<String>,
    /// Show what would be unqualified and what kept; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl crate::output::Tabular for Run {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("state", "STATE"),
        ("campaign", "CAMPAIGN"),
        ("file", "FILE"),
        ("started_at", "WHEN"),
        ("rows", "ROWS"),
        ("matched", "MATCHED"),
        ("qualified", "QUALIFIED"),
    ];
}

impl crate::output::Tabular for RevertItem {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("lead_id", "LEAD"),
        ("decision", "DECISION"),
        ("reason", "WHY"),
    ];
}

pub async fn run(ctx: &Ctx, command: UploadsCommand) -> anyhow::Result<Exit> {
    let uploads = ctx.settings.paths.home.join("uploads");
    match command {
        UploadsCommand::List { campaign, list } => {
            let mut all = runs::list(&uploads);
            if let Some(c) = campaign.as_deref().map(str::trim) {
                all.retain(|r| r.campaign == c);
            }
            list.arrange(&mut all)?;
            if !list.all && all.len() > list.limit as usize {
                let cut = all.len() - list.limit as usize;
                all.drain(..cut);
                ctx.printer.status(format!(
                    "showing the last {}; pass --all for every one",
                    all.len()
                ));
            }
            ctx.printer.list(&all)?;
        }
        UploadsCommand::Show { id } => {
            let run = runs::find(&uploads, &id).map_err(not_found)?;
            if ctx.printer.format == crate::output::Format::Table {
                ctx.printer.one(&run)?;
                ctx.printer
                    .status(format!("Reports and summary.json in {}", run.dir));
            } else {
                ctx.printer.one(&run.summary)?;
            }
        }
        UploadsCommand::Revert(args) => return revert(ctx, &uploads, args).await,
    }
    Ok(Exit::Success)
}

fn not_found(e: RunError) -> anyhow::Error {
    match e {
        RunError::NotFound(..) => {
            crate::client::ClientError::Api(Box::new(crate::api::Problem::not_found(e.to_string())))
                .into()
        }
        RunError::Ambiguous { .. } => UsageError(e.to_string()).into(),
        e => e.into(),
    }
}

async fn revert(ctx: &Ctx, uploads: &std::path::Path, args: RevertArgs) -> anyhow::Result<Exit> {
    let run = runs::find(uploads, &args.id).map_err(not_found)?;
    if run.state == "dry_run" {
        return Err(UsageError(RevertError::DryRun(run.id).to_string()).into());
    }
    let dir = std::path::PathBuf::from(&run.dir);
    let Some(upload) = UploadJournal::open(&dir)? else {
        return Err(RevertError::NoJournal(run.id.clone(), run.dir.clone()).into());
    };
    if upload.plan.campaign != run.campaign {
        return Err(anyhow::anyhow!(
            "{} does not hold upload {}'s journal",
            run.dir,
            run.id
        ));
    }
    let client = ctx.paced_client().await?;
    // A platform that cannot take a qualification back says so before anything is read.
    client.takes_back()?;

    // A revert that started goes on from its journal, never re-planned.
    let mut journal = match revert::started(&dir)? {
        Some(j) if !args.dry_run => {
            let left: usize = (0..j.plan.batches.len())
                .filter(|i| !j.is_done(*i))
                .map(|i| j.plan.batches[i].len())
                .sum();
            if left > 0
                && !confirm(
                    &format!(
                        "Resume the revert of upload {}: unqualify the {} not done yet?",
                        run.id,
                        count(left as u64, "lead")
                    ),
                    ctx.global.yes,
                )?
            {
                ctx.printer.status("Nothing was unqualified");
                return Ok(Exit::Declined);
            }
            j
        }
        _ => {
            let watching = ctx.printer.shows_progress();
            let spinner = progress::spinner(watching, "reading the leads' histories");
            let items = revert::plan(client.as_ref(), &upload).await?;
            spinner.finish_and_clear();
            let undo = items.iter().filter(|i| i.decision == "unqualify").count();
            let kept = items.len() - undo;
            if ctx.printer.format == crate::output::Format::Table || args.dry_run {
                ctx.printer.list(&items)?;
            }
            if args.dry_run {
                ctx.printer.status(format!(
                    "Dry run: {} would be unqualified, {} kept; nothing was sent",
                    count(undo as u64, "lead"),
                    count(kept as u64, "lead")
                ));
                if undo > 0 {
                    ctx.say_how_to_run_for_real();
                }
                return Ok(Exit::Success);
            }
            if undo == 0 {
                ctx.printer.status(format!(
                    "None of the {} upload {} qualified is still qualified by it; nothing to revert",
                    count(items.len() as u64, "lead"),
                    run.id
                ));
                return Ok(Exit::Success);
            }
            let question = format!(
                "Unqualify {} that upload {} ({} into '{}') qualified, keeping {}?",
                count(undo as u64, "lead"),
                run.id,
                run.file,
                run.campaign,
                count(kept as u64, "other")
            );
            if !confirm(&question, ctx.global.yes)? {
                ctx.printer.status("Nothing was unqualified");
                return Ok(Exit::Declined);
            }
            revert::journal(
                &dir,
                &upload.plan,
                &items,
                crate::domain::time::stored(jiff::Timestamp::now()),
            )?
        }
    };
    let finished_before = journal.is_finished();
    let watching = ctx.printer.shows_progress();
    let total: u64 = journal.plan.batches.iter().map(|b| b.len() as u64).sum();
    let bar = progress::counter(watching, total, "unqualifying", "leads");
    let result = revert::execute(client.as_ref(), &mut journal, args.reason.as_deref(), |n| {
        bar.set_position(n)
    })
    .await;
    bar.finish_and_clear();
    let totals = result.map_err(|e| {
        anyhow::Error::new(e).context(format!(
            "the revert stopped; run `refctl customers uploads revert {}` again to finish it",
            run.id
        ))
    })?;
    if !finished_before {
        runs::mark_reverted(&dir, &totals)?;
    }
    ctx.printer.status(format!(
        "{} upload {}: unqualified {}; {} already pending; {} could not be",
        if finished_before {
            "Already reverted"
        } else {
            "Reverted"
        },
        run.id,
        count(totals.qualified, "lead"),
        totals.already_qualified,
        totals.failed
    ));
    ctx.printer.result(&serde_json::json!({
        "upload_id": run.id,
        "state": "reverted",
        "unqualified": totals.qualified,
        "already_pending": totals.already_qualified,
        "failed": totals.failed,
    }))?;
    Ok(if totals.failed > 0 {
        Exit::Partial
    } else {
        Exit::Success
    })
}
