use std::io::BufRead;

use anyhow::Context as _;
use clap::Args;

use super::args::CampaignArg;
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use super::leads::parse_lead_ref;
use crate::api::{
    BatchItemResult, BatchQualifyRequest, LeadRef, MAX_BATCH, QualifyAction, QualifyMethod,
    QualifyOutcome,
};
use crate::client::new_idempotency_key;
use crate::output::{confirm, count, thousands, will_ask};

#[derive(Debug, Args)]
#[command(
    after_help = "LEAD is a lead id, a referral code, or an email (with --campaign); \
prefix with id:, code:, email: or ext: to be explicit.

Examples:
  refctl qualify 42
  refctl qualify ann@example.com bob@example.com --campaign spring --yes
  cut -d, -f1 paid.csv | refctl qualify --stdin --campaign spring --yes
  refctl qualify --stdin --campaign spring --dry-run < emails.txt

Exit codes: 0 when every lead is (now) qualified, 3 when some were not found
or are referrers, 5 when none was found."
)]
pub struct QualifyArgs {
    #[command(flatten)]
    pub leads: LeadsInput,
    /// Why (kept in the history)
    #[arg(long)]
    pub reason: Option<String>,
    /// Have the platform hold the referral credit this long before awarding
    /// it, from 1d to 90d (GrowSurf); `unqualify` before then cancels it
    #[arg(long, value_name = "DAYS", value_parser = hold_days)]
    pub hold: Option<u32>,
    /// Qualify leads on an exclude-list too (existing customers); kept in the history
    #[arg(long)]
    pub force: bool,
}

/// `30d` or `30`: whole days from 1 to 90 (GrowSurf's `delayInDays` range).
fn hold_days(s: &str) -> Result<u32, String> {
    let digits = s.trim().strip_suffix('d').unwrap_or(s.trim());
    match digits.parse::<u32>() {
        Ok(n @ 1..=90) => Ok(n),
        _ => Err(format!("'{s}' is not a number of days from 1d to 90d")),
    }
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  refctl unqualify 42 --reason \"refund #1234\" --yes
  refctl unqualify --stdin --campaign spring --reason chargeback --yes < emails.txt")]
pub struct UnqualifyArgs {
    #[command(flatten)]
    pub leads: LeadsInput,
    /// Why (required; kept in the history)
    #[arg(long, required = true)]
    pub reason: String,
}

/// Which leads: on the command line, or one per line on stdin.
#[derive(Debug, Args)]
pub struct LeadsInput {
    /// Lead ids, referral codes or emails
    #[arg(value_name = "LEAD", required_unless_present = "stdin")]
    pub leads: Vec<String>,
    /// Read leads from stdin, one per line (blank lines and # comments skipped)
    #[arg(long, conflicts_with = "leads")]
    pub stdin: bool,
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// Show what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl LeadsInput {
    fn references(&self) -> anyhow::Result<Vec<LeadRef>> {
        let mut refs = Vec::new();
        if self.stdin {
            for (i, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.context("could not read stdin")?;
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                refs.push(
                    parse_lead_ref(line)
                        .map_err(|e| UsageError(format!("stdin line {}: {e}", i + 1)))?,
                );
            }
            if refs.is_empty() {
                return Err(UsageError("no leads on stdin".into()).into());
            }
        } else {
            for lead in &self.leads {
                refs.push(parse_lead_ref(lead)?);
            }
        }
        Ok(refs)
    }
}

pub async fn run_qualify(ctx: &Ctx, args: QualifyArgs) -> anyhow::Result<Exit> {
    change(
        ctx,
        &args.leads,
        QualifyAction::Qualify,
        args.reason,
        args.hold,
        args.force,
    )
    .await
}

pub async fn run_unqualify(ctx: &Ctx, args: UnqualifyArgs) -> anyhow::Result<Exit> {
    if args.reason.trim().is_empty() {
        return Err(UsageError("--reason must not be empty".into()).into());
    }
    change(
        ctx,
        &args.leads,
        QualifyAction::Unqualify,
        Some(args.reason),
        None,
        false,
    )
    .await
}

async fn change(
    ctx: &Ctx,
    input: &LeadsInput,
    action: QualifyAction,
    reason: Option<String>,
    hold: Option<u32>,
    force: bool,
) -> anyhow::Result<Exit> {
    let refs = input.references()?;
    let needs_campaign = refs.iter().any(|r| !matches!(r, LeadRef::Id(_)));
    let campaign = if needs_campaign || input.campaign.campaign.is_some() {
        Some(ctx.campaign(&input.campaign)?)
    } else {
        None
    };
    let verb = match action {
        QualifyAction::Qualify => "Qualify",
        QualifyAction::Unqualify => "Unqualify",
    };
    let client = if refs.len() > MAX_BATCH {
        ctx.paced_client().await?
    } else {
        ctx.client()?
    };
    if let Some(days) = hold {
        client.hold_credit(days)?;
    }
    let batch = Batch {
        action,
        campaign,
        reason,
        force,
    };
    // Unqualifying is destructive, and many leads at once is bulk: both are confirmed.
    if !input.dry_run && (action == QualifyAction::Unqualify || refs.len() > 1) {
        let mut question = match &batch.campaign {
            Some(c) => format!(
                "{verb} {} in campaign '{c}'?",
                count(refs.len() as u64, "lead")
            ),
            None => format!("{verb} {}?", count(refs.len() as u64, "lead")),
        };
        if will_ask(ctx.global.yes) {
            // Find out first what would change: the question then names the
            // leads, and is not asked at all when nothing would change.
            let preview = batch.send(client.as_ref(), &refs, true).await?;
            let changing: Vec<&BatchItemResult> = preview
                .iter()
                .filter(|r| {
                    matches!(
                        r.outcome,
                        QualifyOutcome::Qualified | QualifyOutcome::Unqualified
                    )
                })
                .collect();
            if changing.is_empty() {
                ctx.printer.list(&preview)?;
                return Ok(report(ctx, &preview, "Nothing to change"));
            }
            question = ask_about(verb, &changing, batch.campaign.as_deref());
        }
        if !confirm(&question, ctx.global.yes)? {
            ctx.printer.status("Nothing changed");
            return Ok(Exit::Declined);
        }
    }
    let results = batch.send(client.as_ref(), &refs, input.dry_run).await?;
    if ctx.printer.format == crate::output::Format::Table && results.len() > TABLE_ROWS {
        // Thousands of lines scroll the summary away: the terminal gets
        // what went wrong, grouped, and a file gets every lead.
        grouped(ctx, &results, input.dry_run)?;
    } else if input.dry_run {
        let would: Vec<DryRunItem> = results.iter().map(DryRunItem::from).collect();
        ctx.printer.list(&would)?;
    } else {
        ctx.printer.list(&results)?;
    }
    let exit = report(
        ctx,
        &results,
        if input.dry_run {
            "Dry run, nothing changed"
        } else {
            ""
        },
    );
    if input.dry_run
        && results
            .iter()
            .any(|r| r.outcome.is_success() && r.outcome != QualifyOutcome::AlreadyQualified)
    {
        ctx.say_how_to_run_for_real();
    }
    Ok(exit)
}

/// Past this many leads, a table user gets the problems grouped and a
/// report file instead of a table of every lead.
const TABLE_ROWS: usize = 20;

/// The leads that did not end as asked, grouped by outcome (how many, the
/// first three), and a CSV of every lead under `REFCTL_HOME/qualify/`.
fn grouped(ctx: &Ctx, results: &[BatchItemResult], dry_run: bool) -> anyhow::Result<()> {
    let mut groups: Vec<(QualifyOutcome, Vec<&BatchItemResult>)> = Vec::new();
    for r in results.iter().filter(|r| !r.outcome.is_success()) {
        match groups.iter_mut().find(|(o, _)| *o == r.outcome) {
            Some((_, rows)) => rows.push(r),
            None => groups.push((r.outcome, vec![r])),
        }
    }
    groups.sort_by_key(|(_, rows)| std::cmp::Reverse(rows.len()));
    for (outcome, rows) in &groups {
        let first: Vec<String> = rows
            .iter()
            .take(3)
            .map(|r| match &r.detail {
                Some(d) => format!("{} ({d})", r.reference),
                None => r.reference.to_string(),
            })
            .collect();
        ctx.printer.warn(format!(
            "{} {}: {}{}",
            count(rows.len() as u64, "lead"),
            outcome.as_str().replace('_', " "),
            first.join(", "),
            if rows.len() > 3 { ", …" } else { "" }
        ));
    }
    let path = super::report_file::write(
        ctx,
        "qualify",
        |stamp| format!("{stamp}{}.csv", if dry_run { "-dry-run" } else { "" }),
        &["index", "reference", "outcome", "lead_id", "detail"],
        results.iter().map(|r| {
            vec![
                r.index.to_string(),
                r.reference.to_string(),
                if dry_run {
                    would(r.outcome)
                } else {
                    r.outcome.as_str()
                }
                .to_string(),
                r.lead_id.map(|id| id.to_string()).unwrap_or_default(),
                r.detail.clone().unwrap_or_default(),
            ]
        }),
    )?;
    ctx.printer
        .status(format!("Every lead and its outcome: {}", path.display()));
    Ok(())
}

/// One lead of a dry run: what would happen (`would_qualify`, not
/// `qualified`), marked as a dry run for scripts that read the JSON.
#[derive(Debug, serde::Serialize)]
struct DryRunItem {
    index: usize,
    reference: crate::api::LeadRef,
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lead_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    dry_run: bool,
}

/// What a dry run's outcome says would happen.
fn would(outcome: QualifyOutcome) -> &'static str {
    match outcome {
        QualifyOutcome::Qualified => "would_qualify",
        QualifyOutcome::Unqualified => "would_unqualify",
        other => other.as_str(),
    }
}

impl From<&BatchItemResult> for DryRunItem {
    fn from(r: &BatchItemResult) -> DryRunItem {
        DryRunItem {
            index: r.index,
            reference: r.reference.clone(),
            outcome: would(r.outcome),
            lead_id: r.lead_id,
            detail: r.detail.clone(),
            dry_run: true,
        }
    }
}

impl crate::output::Tabular for DryRunItem {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("reference", "LEAD"),
        ("outcome", "WOULD"),
        ("lead_id", "LEAD ID"),
    ];
}

/// "Qualify ann@example.com and bob@example.com in campaign 'spring'?"; past
/// five leads, how many and where to see them.
fn ask_about(verb: &str, changing: &[&BatchItemResult], campaign: Option<&str>) -> String {
    const NAMED: usize = 5;
    let names: Vec<String> = changing
        .iter()
        .take(NAMED)
        .map(|r| r.reference.to_string())
        .collect();
    let who = match changing.len() {
        1 => names[0].clone(),
        n if n <= NAMED => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        n => format!(
            "{} ({}, and {} more; --dry-run lists them)",
            count(n as u64, "lead"),
            names.join(", "),
            thousands((n - NAMED) as u64)
        ),
    };
    match campaign {
        Some(c) => format!("{verb} {who} in campaign '{c}'?"),
        None => format!("{verb} {who}?"),
    }
}

/// One qualify or unqualify request, sent in batches of [`MAX_BATCH`].
struct Batch {
    action: QualifyAction,
    campaign: Option<String>,
    reason: Option<String>,
    force: bool,
}

impl Batch {
    async fn send(
        &self,
        client: &dyn crate::client::ReferralApi,
        refs: &[LeadRef],
        dry_run: bool,
    ) -> anyhow::Result<Vec<BatchItemResult>> {
        let mut results: Vec<BatchItemResult> = Vec::with_capacity(refs.len());
        for (n, chunk) in refs.chunks(MAX_BATCH).enumerate() {
            let response = client
                .batch_qualify(
                    &BatchQualifyRequest {
                        action: self.action,
                        campaign: self.campaign.clone(),
                        reason: self.reason.clone(),
                        method: Some(QualifyMethod::Manual),
                        items: chunk.to_vec(),
                        dry_run,
                        force: self.force,
                    },
                    new_idempotency_key(),
                )
                .await?;
            let offset = n * MAX_BATCH;
            results.extend(response.results.into_iter().map(|mut r| {
                r.index += offset;
                r
            }));
        }
        Ok(results)
    }
}

/// Says how many leads ended in each outcome; the exit code follows.
fn report(ctx: &Ctx, results: &[BatchItemResult], prefix: &str) -> Exit {
    let mut counts: Vec<(QualifyOutcome, usize)> = Vec::new();
    for r in results {
        match counts.iter_mut().find(|(o, _)| *o == r.outcome) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.outcome, 1)),
        }
    }
    let dry = !prefix.is_empty();
    let summary = counts
        .iter()
        .map(|(o, n)| {
            // In words: "2 already qualified", not a code.
            let said = if dry { would(*o) } else { o.as_str() }.replace('_', " ");
            format!("{} {said}", thousands(*n as u64))
        })
        .collect::<Vec<_>>()
        .join(", ");
    ctx.printer.status(if prefix.is_empty() {
        summary
    } else {
        format!("{prefix}: {summary}")
    });
    let ok = results.iter().filter(|r| r.outcome.is_success()).count();
    if results
        .iter()
        .any(|r| r.outcome == QualifyOutcome::Excluded)
    {
        ctx.printer.status(
            "a lead on an exclude-list (an existing customer) is not qualified without --force",
        );
        Exit::Conflict
    } else if ok == results.len() {
        Exit::Success
    } else if ok == 0 {
        Exit::NotFound
    } else {
        Exit::Partial
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hold_is_whole_days_from_1_to_90() {
        assert_eq!(super::hold_days("30d"), Ok(30));
        assert_eq!(super::hold_days("90"), Ok(90));
        assert!(super::hold_days("0d").is_err());
        assert!(super::hold_days("91d").is_err());
        assert!(super::hold_days("2w").is_err());
    }
}
