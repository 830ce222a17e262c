//! `referrers import` and `leads import`: one runner. The file is read the
//! way customer lists are (`matching::table`: any encoding Excel writes,
//! `,` `;` tab `|`, a `sep=` line), each row checked, the good ones sent in
//! batches, and every row's fate reported by line.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use serde::Serialize;

use super::args::{CampaignArg, ReadArgs};
use super::exit::{Exit, UsageError};
use crate::api::{BulkResponse, MAX_BATCH, Problem, ProblemCode};
use crate::client::ClientError;
use crate::matching::table::{Table, TableOptions};
use crate::output::{Tabular, count, plural, progress, thousands};

/// What an import takes.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, with a header row: UTF-8 or what Excel writes
    /// (Windows-1252, UTF-16), separated by , ; tab or |
    pub file: PathBuf,
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// Count rows already there (same email or code) as skipped, not failed
    #[arg(long)]
    pub skip_existing: bool,
    /// Check the file and report every row; send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The header of a field's column, when it is not found by name, e.g. email="Work Email"
    #[arg(long = "column", value_name = "FIELD=HEADER")]
    pub columns: Vec<String>,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// Whether a row must have a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Every row has it.
    Always,
    /// Every row has at least one of the identity fields (a referrer's email
    /// or code), so that no row makes a person no one can find.
    Identity,
    Optional,
}

/// A column the import knows, by its key and the headers that name it.
pub struct Field {
    pub key: &'static str,
    pub synonyms: &'static [&'static str],
    pub need: Need,
}

/// One data row: its line in the file and its values by field key.
pub struct Row {
    pub line: u64,
    pub values: BTreeMap<&'static str, String>,
}

impl Row {
    pub fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }
}

/// What happened to one row of the file.
#[derive(Debug, Clone, Serialize)]
pub struct RowResult {
    pub line: u64,
    pub status: RowStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<ProblemCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    Created,
    /// Already there, and `--skip-existing` was given.
    Skipped,
    Failed,
    /// `--dry-run`: the row is valid and would be sent.
    Valid,
}

impl Tabular for RowResult {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("line", "LINE"),
        ("status", "STATUS"),
        ("id", "ID"),
        ("message", "MESSAGE"),
    ];
}

/// Batches sent before the first answer is awaited.
const IN_FLIGHT: usize = 2;

/// Reads `args.file`, sends its good rows `MAX_BATCH` at a time through
/// `send`, and reports every row. `noun` is what a row makes ("lead").
pub async fn run<T, C>(
    ctx: &super::Ctx,
    noun: &str,
    args: &ImportArgs,
    fields: &[Field],
    to_item: impl Fn(&Row) -> T,
    send: impl AsyncFn(Vec<T>) -> Result<BulkResponse<C>, ClientError>,
    id: impl Fn(&C) -> i64,
) -> anyhow::Result<Exit> {
    // The file is read a batch at a time: memory follows the batch, not
    // the file (a million leads import in the memory of a thousand).
    let mut source = Source::open(args, fields)?;
    let mut results = Vec::new();
    let watching = ctx.printer.shows_progress();
    let bar = progress::spinner(watching, &format!("importing {}", plural(2, noun)));
    let started = std::time::Instant::now();
    let mut rows_seen = 0u64;
    // Batches in flight: the server (and its database, on another core or
    // machine) works on some while the next is read and sent. Results are
    // taken in the order the batches were sent.
    let mut flight = futures_util::stream::FuturesOrdered::new();
    let send = &send;
    let take = async |flight: &mut futures_util::stream::FuturesOrdered<_>,
                      results: &mut Vec<RowResult>|
           -> anyhow::Result<()> {
        use futures_util::StreamExt as _;
        if let Some((rows, response)) = flight.next().await {
            let rows: Vec<Row> = rows;
            results.extend(outcomes(&rows, response?, args.skip_existing, &id));
        }
        Ok(())
    };
    loop {
        let (rows, failed) = source.next_chunk(MAX_BATCH)?;
        let last = rows.is_empty() && failed.is_empty();
        rows_seen += (rows.len() + failed.len()) as u64;
        results.extend(failed);
        if last {
            break;
        }
        if rows.is_empty() {
            continue;
        }
        if args.dry_run {
            results.extend(rows.iter().map(|r| RowResult {
                line: r.line,
                status: RowStatus::Valid,
                id: None,
                code: None,
                message: None,
            }));
            continue;
        }
        let items = rows.iter().map(&to_item).collect();
        flight.push_back(async move { (rows, send(items).await) });
        if flight.len() >= IN_FLIGHT {
            take(&mut flight, &mut results).await?;
        }
        let rate = rows_seen as f64 / started.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "importing {}: {} rows · {:.0}/s",
            plural(2, noun),
            thousands(rows_seen),
            rate
        ));
    }
    while !flight.is_empty() {
        take(&mut flight, &mut results).await?;
    }
    bar.finish_and_clear();
    if results.is_empty() {
        return Err(UsageError(format!(
            "{}: the header row is there but no {} follow it; nothing to import",
            args.file.display(),
            plural(2, noun)
        ))
        .into());
    }
    finish(ctx, noun, results)
}

fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds each field: named with `--column`, else found by
/// header. A file without a column every row needs is refused whole.
fn columns<'f>(
    args: &ImportArgs,
    header: &[String],
    fields: &'f [Field],
) -> anyhow::Result<Vec<(usize, &'f Field)>> {
    let listed = || crate::matching::listed_quoted(header, "'");
    let mut named = BTreeMap::new();
    for c in &args.columns {
        let Some((key, wanted)) = c.split_once('=') else {
            return Err(UsageError(format!(
                "--column '{c}' must be FIELD=HEADER, e.g. --column email=\"Work Email\""
            ))
            .into());
        };
        let key = key.trim();
        let Some(field) = fields.iter().find(|f| f.key == key) else {
            let known: Vec<_> = fields.iter().map(|f| f.key).collect();
            return Err(UsageError(format!(
                "--column '{c}': '{key}' is not a field; the fields are {}",
                known.join(", ")
            ))
            .into());
        };
        let Some(i) = header.iter().position(|h| h.trim() == wanted.trim()) else {
            return Err(UsageError(format!(
                "--column '{c}': no such header; the header row has: {}",
                listed()
            ))
            .into());
        };
        named.insert(field.key, i);
    }
    let mut found = Vec::new();
    for field in fields {
        let at = named.get(field.key).copied().or_else(|| {
            header.iter().position(|h| {
                let k = header_key(h);
                k == header_key(field.key) || field.synonyms.iter().any(|s| header_key(s) == k)
            })
        });
        match at {
            Some(i) => found.push((i, field)),
            None if field.need == Need::Always => {
                return Err(UsageError(format!(
                    "{}: no '{}' column; the header row has: {}. Rename a column to '{}', or name it with --column {}=HEADER",
                    args.file.display(),
                    field.key,
                    listed(),
                    field.key,
                    field.key
                ))
                .into());
            }
            None => {}
        }
    }
    let identities: Vec<_> = fields.iter().filter(|f| f.need == Need::Identity).collect();
    if !identities.is_empty() && !found.iter().any(|(_, f)| f.need == Need::Identity) {
        let keys: Vec<_> = identities.iter().map(|f| f.key).collect();
        return Err(UsageError(format!(
            "{}: no {} column; the header row has: {}. Name one with --column {}=HEADER",
            args.file.display(),
            keys.join(" or "),
            listed(),
            keys[0]
        ))
        .into());
    }
    Ok(found)
}

/// Reads the file: the rows that hold every value they need, and a failed
/// result for each row that does not.
/// An import file, open, read a batch of rows at a time.
struct Source<'f> {
    table: Table<'static>,
    columns: Vec<(usize, &'f Field)>,
    identity_keys: Vec<&'static str>,
    path: std::path::PathBuf,
}

impl<'f> Source<'f> {
    fn open(args: &ImportArgs, fields: &'f [Field]) -> anyhow::Result<Source<'f>> {
        let path = &args.file;
        let file = std::fs::File::open(path)
            .with_context(|| format!("could not open {}", path.display()))?;
        let options = TableOptions {
            encoding: args.read.encoding.clone(),
            delimiter: args.read.delimiter,
        };
        let table = Table::open(std::io::BufReader::new(file), &options)
            .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        let columns = columns(args, &table.header, fields)?;
        let identity_keys = fields
            .iter()
            .filter(|f| f.need == Need::Identity)
            .map(|f| f.key)
            .collect();
        Ok(Source {
            table,
            columns,
            identity_keys,
            path: path.clone(),
        })
    }

    /// Up to `max` good rows, with the failures met on the way; both empty
    /// at the end of the file.
    fn next_chunk(&mut self, max: usize) -> anyhow::Result<(Vec<Row>, Vec<RowResult>)> {
        let mut rows = Vec::with_capacity(max.min(1024));
        let mut failed = Vec::new();
        while rows.len() < max {
            let Some(row) = self
                .table
                .next_row()
                .with_context(|| format!("could not read {}", self.path.display()))?
            else {
                break;
            };
            let row = match row {
                Ok(row) => row,
                Err(bad) => {
                    failed.push(failure(bad.line, ProblemCode::Validation, bad.message));
                    continue;
                }
            };
            let mut values = BTreeMap::new();
            let mut problem = None;
            for (i, field) in &self.columns {
                match row.fields.get(*i).filter(|v| !v.is_empty()) {
                    Some(v) => {
                        values.insert(field.key, v.clone());
                    }
                    None if field.need == Need::Always => {
                        problem.get_or_insert(format!("'{}' is empty", field.key));
                    }
                    None => {}
                }
            }
            if problem.is_none()
                && !self.identity_keys.is_empty()
                && !self.identity_keys.iter().any(|k| values.contains_key(k))
            {
                problem = Some(format!(
                    "has no {}: a row needs one to name who it is",
                    self.identity_keys.join(" and no ")
                ));
            }
            match problem {
                Some(message) => failed.push(failure(row.line, ProblemCode::Validation, message)),
                None => rows.push(Row {
                    line: row.line,
                    values,
                }),
            }
        }
        Ok((rows, failed))
    }
}

fn failure(line: u64, code: ProblemCode, message: String) -> RowResult {
    RowResult {
        line,
        status: RowStatus::Failed,
        id: None,
        code: Some(code),
        message: Some(message),
    }
}

/// Turns a bulk response for `rows` into row results.
fn outcomes<T>(
    rows: &[Row],
    response: BulkResponse<T>,
    skip_existing: bool,
    id: impl Fn(&T) -> i64,
) -> Vec<RowResult> {
    response
        .results
        .into_iter()
        .filter_map(|item| {
            let line = rows.get(item.index)?.line;
            Some(match (item.created, item.error) {
                (Some(created), _) => RowResult {
                    line,
                    status: RowStatus::Created,
                    id: Some(id(&created)),
                    code: None,
                    message: None,
                },
                (
                    None,
                    Some(Problem {
                        code: ProblemCode::Duplicate,
                        existing_id,
                        detail,
                        ..
                    }),
                ) if skip_existing => RowResult {
                    line,
                    status: RowStatus::Skipped,
                    id: existing_id,
                    code: Some(ProblemCode::Duplicate),
                    message: Some(detail),
                },
                (None, error) => {
                    let (code, message) = error
                        .map_or((ProblemCode::Unknown, "no answer".to_string()), |p| {
                            (p.code, p.detail)
                        });
                    RowResult {
                        line,
                        status: RowStatus::Failed,
                        id: None,
                        code: Some(code),
                        message: Some(message),
                    }
                }
            })
        })
        .collect()
}
/// Failed rows named on the terminal for each reason; the report file has every one.
const SHOWN_PER_REASON: usize = 3;

/// A problem code as the API writes it (`unknown_referrer`).
fn code_name(code: Option<ProblemCode>) -> String {
    code.and_then(|c| serde_json::to_value(c).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "failed".into())
}

/// Prints what happened: the failed rows grouped by reason (how many, the
/// first few lines), the report file holding every one, then the summary
/// and the next step last, where a person looks. The table of every row
/// goes to stdout only when asked for with `-o`. `-q` leaves the failures
/// and the summary.
fn finish(ctx: &super::Ctx, noun: &str, mut results: Vec<RowResult>) -> anyhow::Result<Exit> {
    results.sort_by_key(|r| r.line);
    let failures: Vec<&RowResult> = results
        .iter()
        .filter(|r| r.status == RowStatus::Failed)
        .collect();
    if ctx.printer.format != crate::output::Format::Table {
        ctx.printer.list(&results)?;
    }
    let mut by_reason: Vec<(String, Vec<&RowResult>)> = Vec::new();
    for r in &failures {
        let reason = code_name(r.code);
        match by_reason.iter_mut().find(|(k, _)| *k == reason) {
            Some((_, rows)) => rows.push(r),
            None => by_reason.push((reason, vec![r])),
        }
    }
    by_reason.sort_by_key(|(_, rows)| std::cmp::Reverse(rows.len()));
    for (reason, rows) in &by_reason {
        ctx.printer.warn(format!(
            "{} failed ({reason}){}",
            match rows.len() {
                1 => "1 row".to_string(),
                n => format!("{} rows", thousands(n as u64)),
            },
            if rows.len() > SHOWN_PER_REASON {
                format!(", the first {SHOWN_PER_REASON}:")
            } else {
                ":".into()
            }
        ));
        for r in rows.iter().take(SHOWN_PER_REASON) {
            eprintln!(
                "  line {}: {}",
                r.line,
                crate::output::inert(r.message.clone().unwrap_or_else(|| "failed".into()))
            );
        }
    }
    if !failures.is_empty() {
        // Every failed row, with its line and reason.
        let path = super::report_file::write(
            ctx,
            "imports",
            |stamp| format!("{noun}s-{stamp}-failed.csv"),
            &["line", "code", "reason"],
            failures.iter().map(|r| {
                vec![
                    r.line.to_string(),
                    code_name(r.code),
                    r.message.clone().unwrap_or_default(),
                ]
            }),
        )?;
        eprintln!(
            "Every failed row, with its line and reason: {}",
            path.display()
        );
    }
    let count_of = |s: RowStatus| results.iter().filter(|r| r.status == s).count();
    let (created, skipped, failed, valid) = (
        count_of(RowStatus::Created),
        count_of(RowStatus::Skipped),
        count_of(RowStatus::Failed),
        count_of(RowStatus::Valid),
    );
    // The summary is what -q keeps.
    if valid > 0 {
        eprintln!(
            "Dry run: {} valid, {} with errors; nothing was sent",
            count(valid as u64, noun),
            thousands(failed as u64)
        );
        ctx.say_how_to_run_for_real();
    } else {
        eprintln!(
            "Imported {}; {} skipped (already there); {} failed",
            count(created as u64, noun),
            thousands(skipped as u64),
            thousands(failed as u64)
        );
    }
    let duplicates = failures
        .iter()
        .filter(|r| r.code == Some(ProblemCode::Duplicate))
        .count();
    if duplicates > 0 {
        ctx.printer.status(format!(
            "hint: {} there already; import again with --skip-existing to count them as skipped",
            match duplicates {
                1 => "1 row is".to_string(),
                n => format!("{} rows are", thousands(n as u64)),
            }
        ));
    } else if failed > 0 {
        ctx.printer.status(
            "hint: fix those rows in the file and import it again with --skip-existing: the rows imported now are skipped",
        );
    }
    Ok(match (failed, created + skipped + valid) {
        (0, _) => Exit::Success,
        (_, 0) => Exit::Conflict,
        _ => Exit::Partial,
    })
}
