//! The report of an upload's plan: one CSV per outcome, each row with its
//! record and line number, the outcome, the lead it matched and why, followed
//! by the row as it was read. Cells are escaped so that a spreadsheet shows
//! them as text and never runs them as formulas.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::SyncSender;
use std::thread::JoinHandle;

use serde::Serialize;

use crate::matching::{MatchKey, MatchedBy, Outcome, PlanSummary, RowResult};
use crate::output::spreadsheet_safe;

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the report {path}: {message}")]
pub struct ReportError {
    pub path: PathBuf,
    pub message: String,
}

/// What the plan came to, as summary.json and `-o json` show it.
#[derive(Debug, Clone, Serialize)]
pub struct PlanReport {
    pub rows: u64,
    /// Rows per outcome; every outcome is listed, and they add up to `rows`.
    pub counts: BTreeMap<&'static str, u64>,
    pub encoding: String,
    pub delimiter: String,
    /// The columns each match key was read from (a row may hold a key in
    /// several: `Email`, `Work Email`), best first.
    pub columns: BTreeMap<&'static str, Vec<String>>,
    /// Other columns that could have held a key (choose one with --column).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ignored: BTreeMap<&'static str, Vec<String>>,
    /// The line of the header row, and how many title lines were above it.
    pub header_line: u64,
    pub preamble_lines: u64,
    pub will_qualify: usize,
    /// Leads matched that were qualified once and unqualified since (a
    /// refund listed again): qualified again, or `skipped` with
    /// --skip-unqualified.
    pub requalify: usize,
    /// The report file of each outcome that has rows.
    pub files: BTreeMap<&'static str, String>,
}

/// Writes the reports of a plan on a thread of their own, so that the
/// matching thread only copies each row's cells (a batch at a time) and
/// goes on: formatting, escaping and writing the CSV files is about a third
/// of the work of a dry run. At most a few batches wait: memory stays flat.
pub struct ReportWriter {
    full: bool,
    layout: Option<Arc<Layout>>,
    batch: ReportBatch,
    queue: Option<SyncSender<(Arc<Layout>, ReportBatch)>>,
    thread: Option<JoinHandle<Result<ReportFiles, ReportError>>>,
}

/// Rows in a batch, and bytes of their cells, before it is handed over.
const BATCH_ROWS: usize = 4096;
const BATCH_BYTES: usize = 1 << 20;
/// Batches waiting for the writer at most.
const QUEUED: usize = 4;

/// What every row of one file shares.
struct Layout {
    headers: Vec<String>,
    key_columns: Vec<(MatchKey, usize)>,
    delimiter: u8,
}

/// Rows copied out of the reader's buffer: their outcomes, and their cells
/// end to end (only the key cells of a slim `no_match` row).
#[derive(Default)]
struct ReportBatch {
    rows: Vec<ReportRow>,
    cells: Vec<u8>,
    /// Where each cell ends in `cells`.
    ends: Vec<usize>,
}

struct ReportRow {
    record: u64,
    line: u64,
    outcome: Outcome,
    lead_id: Option<i64>,
    matched_by: Option<MatchedBy>,
    reason: Option<Cow<'static, str>>,
    /// The row's cells: `ends[first_cell..last_cell]`.
    first_cell: usize,
    last_cell: usize,
}

impl ReportWriter {
    /// Reports go to `dir` (created); `full` copies every column of every
    /// row, `no_match` rows too.
    pub fn new(dir: &Path, full: bool) -> Result<ReportWriter, ReportError> {
        let mut files = ReportFiles::new(dir, full)?;
        let (queue, batches) = std::sync::mpsc::sync_channel::<(Arc<Layout>, ReportBatch)>(QUEUED);
        let thread = std::thread::spawn(move || {
            for (layout, batch) in batches {
                for row in &batch.rows {
                    files.write(&layout, &batch, row)?;
                }
            }
            Ok(files)
        });
        Ok(ReportWriter {
            full,
            layout: None,
            batch: ReportBatch::default(),
            queue: Some(queue),
            thread: Some(thread),
        })
    }

    pub fn write(&mut self, row: &RowResult<'_>) -> Result<(), ReportError> {
        let layout = self.layout.get_or_insert_with(|| {
            Arc::new(Layout {
                headers: row.headers.to_vec(),
                key_columns: row.key_columns.to_vec(),
                delimiter: row.delimiter,
            })
        });
        let batch = &mut self.batch;
        let first_cell = batch.ends.len();
        let mut push = |cell: &[u8]| {
            batch.cells.extend_from_slice(cell);
            batch.ends.push(batch.cells.len());
        };
        // The rows nobody was matched to are most of a weekly export: their
        // report names each by record, line and key cells, not a copy of it.
        if !self.full && row.outcome == Outcome::NoMatch {
            for (_, at) in &layout.key_columns {
                push(row.row.field(*at).unwrap_or_default());
            }
        } else {
            row.fields().for_each(push);
        }
        batch.rows.push(ReportRow {
            record: row.record,
            line: row.line,
            outcome: row.outcome,
            lead_id: row.lead_id,
            matched_by: row.matched_by,
            reason: row.reason.clone(),
            first_cell,
            last_cell: batch.ends.len(),
        });
        if batch.rows.len() >= BATCH_ROWS || batch.cells.len() >= BATCH_BYTES {
            self.hand_over()?;
        }
        Ok(())
    }

    /// Sends the batch to the writer; when the writer has stopped, its error.
    fn hand_over(&mut self) -> Result<(), ReportError> {
        let (Some(queue), Some(layout)) = (&self.queue, &self.layout) else {
            return Ok(());
        };
        let batch = std::mem::take(&mut self.batch);
        if queue.send((layout.clone(), batch)).is_err() {
            // The writer stopped on an error: that error is the answer.
            return self.join().map(drop);
        }
        Ok(())
    }

    /// Closes the queue and waits for the writer's files (or its error).
    fn join(&mut self) -> Result<ReportFiles, ReportError> {
        self.queue = None;
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(files)) => files,
            _ => Err(ReportError {
                path: PathBuf::new(),
                message: "the report writer stopped".into(),
            }),
        }
    }

    /// Writes what is left, waits for the writer, and sums the plan up.
    pub fn finish(mut self, summary: &PlanSummary) -> Result<PlanReport, ReportError> {
        self.hand_over()?;
        self.join()?.finish(summary)
    }
}

impl Drop for ReportWriter {
    /// A plan given up: the writer ends with the rows it has, and is waited
    /// for, so that nothing writes into the directory after this.
    fn drop(&mut self) {
        let _ = self.join();
    }
}

/// The report files: one CSV per outcome, each opened at its first row.
struct ReportFiles {
    dir: PathBuf,
    writers: BTreeMap<Outcome, (PathBuf, csv::Writer<BufWriter<File>>)>,
    /// Every row whole in every report; by default `no_match.csv` (most of
    /// a weekly export) holds only the key columns.
    full: bool,
    record: csv::ByteRecord,
    cell: String,
}

/// The columns every report starts with, before the row's own.
const LEADING: &[&str] = &[
    "record",
    "line",
    "outcome",
    "lead_id",
    "matched_by",
    "reason",
];

impl ReportFiles {
    fn new(dir: &Path, full: bool) -> Result<ReportFiles, ReportError> {
        crate::private_file::create_dir_all(dir).map_err(|e| ReportError {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })?;
        // Reports of an earlier plan in the same place would mislead.
        for o in Outcome::ALL {
            let _ = std::fs::remove_file(dir.join(file_name(o)));
        }
        Ok(ReportFiles {
            dir: dir.to_path_buf(),
            writers: BTreeMap::new(),
            full,
            record: csv::ByteRecord::new(),
            cell: String::new(),
        })
    }

    fn write(
        &mut self,
        layout: &Layout,
        batch: &ReportBatch,
        row: &ReportRow,
    ) -> Result<(), ReportError> {
        let slim = !self.full && row.outcome == Outcome::NoMatch;
        let (path, writer) = match self.writers.entry(row.outcome) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                let path = self.dir.join(file_name(row.outcome));
                let file = crate::private_file::create(&path).map_err(|err| ReportError {
                    path: path.clone(),
                    message: err.to_string(),
                })?;
                // A BOM, so that Excel reads the file as UTF-8 (accents,
                // IDN addresses), and the input's `;` when it had one: the
                // separator of the locales whose decimal mark is a comma.
                let mut out = BufWriter::with_capacity(1 << 16, file);
                out.write_all(b"\xEF\xBB\xBF").map_err(|err| ReportError {
                    path: path.clone(),
                    message: err.to_string(),
                })?;
                let delimiter = if layout.delimiter == b';' { b';' } else { b',' };
                let mut writer = csv::WriterBuilder::new()
                    .flexible(true)
                    .delimiter(delimiter)
                    .from_writer(out);
                let own: Vec<String> = if slim {
                    layout
                        .key_columns
                        .iter()
                        .map(|(_, at)| layout.headers.get(*at).cloned().unwrap_or_default())
                        .collect()
                } else {
                    layout.headers.clone()
                };
                let header = LEADING
                    .iter()
                    .map(|h| h.to_string())
                    .chain(own.into_iter().map(spreadsheet_safe));
                writer
                    .write_record(header)
                    .map_err(|err| csv_error(&path, err))?;
                e.insert((path, writer))
            }
        };
        let record = &mut self.record;
        record.clear();
        let cell = &mut self.cell;
        let mut push = |record: &mut csv::ByteRecord, text: &str| {
            if crate::output::needs_escape(text) {
                cell.clear();
                cell.push('\'');
                cell.push_str(text);
                record.push_field(cell.as_bytes());
            } else {
                record.push_field(text.as_bytes());
            }
        };
        let mut number = itoa(row.record);
        record.push_field(number.as_bytes());
        number = itoa(row.line);
        record.push_field(number.as_bytes());
        record.push_field(row.outcome.as_str().as_bytes());
        match row.lead_id {
            Some(id) => record.push_field(itoa(id as u64).as_bytes()),
            None => record.push_field(b""),
        }
        record.push_field(row.matched_by.map_or("", matched_by).as_bytes());
        push(record, row.reason.as_deref().unwrap_or(""));
        for i in row.first_cell..row.last_cell {
            let start = if i == 0 { 0 } else { batch.ends[i - 1] };
            let bytes = &batch.cells[start..batch.ends[i]];
            push(record, &crate::matching::decode::text(bytes));
        }
        writer
            .write_byte_record(record)
            .map_err(|err| csv_error(path, err))
    }

    /// Flushes every report and sums the plan up.
    pub fn finish(mut self, summary: &PlanSummary) -> Result<PlanReport, ReportError> {
        let mut files = BTreeMap::new();
        for (outcome, (path, writer)) in &mut self.writers {
            writer.flush().map_err(|err| ReportError {
                path: path.clone(),
                message: err.to_string(),
            })?;
            files.insert(outcome.as_str(), path.display().to_string());
        }
        Ok(PlanReport {
            rows: summary.rows,
            counts: Outcome::ALL
                .iter()
                .map(|o| (o.as_str(), summary.counts.get(o).copied().unwrap_or(0)))
                .collect(),
            encoding: summary.encoding.to_string(),
            delimiter: match summary.delimiter {
                b'\t' => "tab".to_string(),
                d => (d as char).to_string(),
            },
            columns: summary
                .columns
                .iter()
                .fold(BTreeMap::new(), |mut by_key, (k, h)| {
                    by_key
                        .entry(k.as_str())
                        .or_insert_with(Vec::new)
                        .push(h.clone());
                    by_key
                }),
            ignored: summary
                .ignored
                .iter()
                .map(|(k, h)| (k.as_str(), h.clone()))
                .collect(),
            header_line: summary.header_line,
            preamble_lines: summary.preamble_lines,
            will_qualify: summary.will_qualify.len(),
            requalify: summary.requalify.len(),
            files,
        })
    }
}

impl PlanReport {
    /// How the file was read, in a sentence: encoding, delimiter, where the
    /// header is, the columns used and those that were not.
    pub fn reading(&self, file: &str) -> String {
        let delimiter = match self.delimiter.as_str() {
            "tab" => "tab".to_string(),
            d => format!("'{d}'"),
        };
        let skipped = match self.preamble_lines {
            0 => String::new(),
            1 => " (1 title line above it skipped)".to_string(),
            n => format!(" ({n} title lines above it skipped)"),
        };
        let columns: Vec<String> = self
            .columns
            .iter()
            .map(|(key, headers)| {
                let ignored = match self.ignored.get(key) {
                    Some(others) => format!(
                        " (not {}; choose with --column {key}=HEADER)",
                        others
                            .iter()
                            .map(|o| format!("'{o}'"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    None => String::new(),
                };
                let quoted: Vec<String> = headers.iter().map(|h| format!("'{h}'")).collect();
                match quoted.as_slice() {
                    [one] => format!("{key} from column {one}{ignored}"),
                    many => format!("{key} from columns {}{ignored}", many.join(", ")),
                }
            })
            .collect();
        format!(
            "Read {file} as {}, {delimiter}-separated, header on line {}{skipped}; {}",
            self.encoding,
            self.header_line,
            columns.join("; ")
        )
    }
}

/// A number's decimal digits, on the stack.
fn itoa(mut n: u64) -> Digits {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    Digits { buf, at }
}

struct Digits {
    buf: [u8; 20],
    at: usize,
}

impl Digits {
    fn as_bytes(&self) -> &[u8] {
        &self.buf[self.at..]
    }
}

fn file_name(outcome: Outcome) -> String {
    format!("{}.csv", outcome.as_str())
}

fn matched_by(m: MatchedBy) -> &'static str {
    match (m.key, m.alias) {
        (MatchKey::Email, true) => "email (alias)",
        (key, _) => key.as_str(),
    }
}

fn csv_error(path: &Path, err: csv::Error) -> ReportError {
    ReportError {
        path: path.to_path_buf(),
        message: err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::{IndexOptions, IndexedLead, LeadIndex, ReadOptions};

    /// Rows cross to the writer in batches: every row still lands once, in
    /// order, in its outcome's report, however many batches it took.
    #[test]
    fn every_row_is_written_once_in_order_across_batches() {
        let rows = 3 * BATCH_ROWS + 17;
        let leads = (0..rows as i64).step_by(7).map(|i| IndexedLead {
            id: i + 1,
            email: Some(format!("c{i}@x.com")),
            ..IndexedLead::default()
        });
        let index = LeadIndex::new(leads, Vec::new(), &IndexOptions::default());
        let mut csv = String::from("Email,Plan\n");
        for i in 0..rows {
            csv.push_str(&format!("c{i}@x.com,=cmd\n"));
        }
        let dir = tempfile::tempdir().unwrap();
        let mut writer = ReportWriter::new(dir.path(), false).unwrap();
        let summary =
            crate::matching::plan(csv.as_bytes(), &ReadOptions::default(), &index, |row| {
                writer.write(row).unwrap()
            })
            .unwrap();
        let report = writer.finish(&summary).unwrap();
        let mut seen = Vec::new();
        for (outcome, path) in &report.files {
            let mut file = csv::Reader::from_path(path).unwrap();
            let before = seen.len();
            for record in file.records() {
                let record = record.unwrap();
                assert_eq!(&record[2], *outcome);
                seen.push(record[0].parse::<usize>().unwrap());
                if *outcome == "will_qualify" {
                    // Whole rows, escaped: a formula stays text.
                    assert_eq!(&record[7], "'=cmd");
                }
            }
            assert!(seen[before..].is_sorted(), "{outcome} rows out of order");
        }
        seen.sort_unstable();
        assert_eq!(seen, (1..=rows).collect::<Vec<_>>());
        assert_eq!(report.counts["will_qualify"], rows.div_ceil(7) as u64);
    }
}
