//! Reading the CSV files of `referrers import` and `leads import`, and
//! reporting their rows' fates.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;

use super::exit::{Exit, UsageError};
use crate::api::{BulkResponse, Problem, ProblemCode};
use crate::output::Tabular;

/// A column the import knows, by its key and the headers that name it.
pub struct Field {
    pub key: &'static str,
    pub synonyms: &'static [&'static str],
    pub required: bool,
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

fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads `path`: the rows that hold every required value, and a failed result
/// for each row that does not. A file without a required column is refused whole.
pub fn read(path: &Path, fields: &[Field]) -> anyhow::Result<(Vec<Row>, Vec<RowResult>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(path)
        .with_context(|| format!("could not open {}", path.display()))?;
    let headers = reader
        .byte_headers()
        .with_context(|| format!("could not read the header row of {}", path.display()))?
        .clone();
    let headers: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let mut columns: Vec<(usize, &Field)> = Vec::new();
    for field in fields {
        let found = headers.iter().position(|h| {
            let k = header_key(h);
            k == header_key(field.key) || field.synonyms.iter().any(|s| header_key(s) == k)
        });
        match found {
            Some(i) => columns.push((i, field)),
            None if field.required => {
                return Err(UsageError(format!(
                    "{}: no '{}' column; the header row has: {}. Rename a column to '{}'",
                    path.display(),
                    field.key,
                    headers
                        .iter()
                        .map(|h| format!("'{h}'"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    field.key
                ))
                .into());
            }
            None => {}
        }
    }
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                failed.push(failure(
                    line,
                    ProblemCode::BadRequest,
                    format!("malformed CSV: {e}"),
                ));
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        let mut values = BTreeMap::new();
        let mut problem = None;
        for (i, field) in &columns {
            let raw = record.get(*i).unwrap_or_default();
            match std::str::from_utf8(raw) {
                Ok(v) if !v.is_empty() => {
                    values.insert(field.key, v.to_string());
                }
                Ok(_) if field.required => {
                    problem.get_or_insert(format!("'{}' is empty", field.key));
                }
                Ok(_) => {}
                Err(_) => {
                    problem.get_or_insert(format!(
                        "'{}' is not UTF-8: save the file as UTF-8 CSV",
                        field.key
                    ));
                }
            }
        }
        match problem {
            Some(message) => failed.push(failure(line, ProblemCode::Validation, message)),
            None => rows.push(Row { line, values }),
        }
    }
    Ok((rows, failed))
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
pub fn results<T>(
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

/// Prints the results and a summary; the exit code says whether every row made it.
pub fn finish(ctx: &super::Ctx, noun: &str, mut results: Vec<RowResult>) -> anyhow::Result<Exit> {
    results.sort_by_key(|r| r.line);
    if ctx.printer.format == crate::output::Format::Table {
        // A person wants to see what went wrong, not ten thousand "created" lines.
        let notable: Vec<&RowResult> = results
            .iter()
            .filter(|r| matches!(r.status, RowStatus::Failed | RowStatus::Skipped))
            .collect();
        if !notable.is_empty() {
            ctx.printer.list(&notable)?;
        }
    } else {
        ctx.printer.list(&results)?;
    }
    let count = |s: RowStatus| results.iter().filter(|r| r.status == s).count();
    let (created, skipped, failed, valid) = (
        count(RowStatus::Created),
        count(RowStatus::Skipped),
        count(RowStatus::Failed),
        count(RowStatus::Valid),
    );
    if valid > 0 {
        ctx.printer.status(format!(
            "Dry run: {valid} {noun} valid, {failed} with errors; nothing was sent"
        ));
    } else {
        ctx.printer.status(format!(
            "Imported {created} {noun}; {skipped} skipped (already there); {failed} failed"
        ));
    }
    for r in results.iter().filter(|r| r.status == RowStatus::Failed) {
        ctx.printer.warn(format!(
            "line {}: {}",
            r.line,
            r.message.as_deref().unwrap_or("failed")
        ));
    }
    Ok(match (failed, created + skipped + valid) {
        (0, _) => Exit::Success,
        (_, 0) => Exit::Conflict,
        _ => Exit::Partial,
    })
}
