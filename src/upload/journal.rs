//! The journal of an upload: the batches it will send, then one line per batch
//! done. It is what makes an upload resumable and never applied twice: a run
//! that dies is started again from the journal, not from a new plan, so every
//! batch keeps its contents and its idempotency key.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The journal's file name inside the report directory.
pub const JOURNAL_FILE: &str = "journal.ndjson";
/// The journal of the upload's revert, beside the upload's own.
pub const REVERT_FILE: &str = "revert.ndjson";

/// Why a journal cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("cannot write the upload journal {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read the upload journal {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the upload journal {path} is damaged at line {line}: {message}; move it away to start over"
    )]
    Damaged {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// What the upload will do, written before the first batch is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalPlan {
    pub upload_id: String,
    pub campaign: String,
    pub file: String,
    /// Lead ids, batch by batch, in the order they are sent.
    pub batches: Vec<Vec<i64>>,
    pub created_at: String,
    /// Qualify (an upload) or unqualify (its revert).
    #[serde(default = "qualify")]
    pub action: crate::api::QualifyAction,
}

fn qualify() -> crate::api::QualifyAction {
    crate::api::QualifyAction::Qualify
}

/// What one batch did, written once the server has answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchDone {
    pub batch: usize,
    pub idempotency_key: String,
    pub qualified: u64,
    pub already_qualified: u64,
    /// Leads the server no longer knew (deleted since the plan) or that are not leads.
    pub failed: u64,
    /// The leads the platform refused or could not change (outcome `failed`):
    /// what a later run tries again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed_ids: Vec<i64>,
    /// 0 for the batch itself; n for its n-th retry of `failed_ids`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retry: u32,
    /// Leads on an exclude-list of the campaign: left pending, on purpose.
    #[serde(default, skip_serializing_if = "is_zero_u64")]
    pub excluded: u64,
    /// How many leads a retry sent again (each was counted failed before).
    #[serde(default, skip_serializing_if = "is_zero_u64")]
    pub retried: u64,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Entry {
    Plan(JournalPlan),
    BatchDone(BatchDone),
    /// More batches for the same upload: the leads a later run of it found
    /// (a customer on the list who became a lead since).
    Extend {
        batches: Vec<Vec<i64>>,
        at: String,
    },
}

/// An open journal, appended to as batches complete.
#[derive(Debug)]
pub struct UploadJournal {
    path: PathBuf,
    file: File,
    pub plan: JournalPlan,
    pub done: Vec<BatchDone>,
}

impl UploadJournal {
    /// The journal in `dir`, if there is one. A last line cut short by a crash is ignored.
    pub fn open(dir: &Path) -> Result<Option<UploadJournal>, JournalError> {
        Self::open_named(dir, JOURNAL_FILE)
    }

    /// The journal `name` in `dir` (the upload's, or its revert's).
    pub fn open_named(dir: &Path, name: &str) -> Result<Option<UploadJournal>, JournalError> {
        let path = dir.join(name);
        let read_err = |source| JournalError::Read {
            path: path.clone(),
            source,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(read_err(e)),
        };
        let mut plan = None;
        let mut done = Vec::new();
        // Bytes up to the end of the last whole entry.
        let mut good_len = 0u64;
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let last = lines.len();
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                good_len += line.len() as u64;
                continue;
            }
            let entry: Entry = match serde_json::from_str(line) {
                // The process died while writing the last line: the batch it
                // records will simply be sent again, with the same key.
                _ if i + 1 == last && !line.ends_with('\n') => break,
                Ok(e) => e,
                Err(_) if i + 1 == last => break,
                Err(e) => {
                    return Err(JournalError::Damaged {
                        path,
                        line: i + 1,
                        message: e.to_string(),
                    });
                }
            };
            good_len += line.len() as u64;
            match entry {
                Entry::Plan(p) if plan.is_none() => plan = Some(p),
                Entry::BatchDone(b) if plan.is_some() => done.push(b),
                Entry::Extend { batches, .. } if plan.is_some() => {
                    if let Some(p) = plan.as_mut() {
                        p.batches.extend(batches);
                    }
                }
                _ => {
                    return Err(JournalError::Damaged {
                        path,
                        line: i + 1,
                        message: "entries out of order".into(),
                    });
                }
            }
        }
        let Some(plan) = plan else {
            return Ok(None);
        };
        let write_err = |source| JournalError::Write {
            path: path.clone(),
            source,
        };
        let file = OpenOptions::new()
            .append(true)
            .open(&path)
            .map_err(write_err)?;
        if good_len < text.len() as u64 {
            // Cut the torn line off, so that the next entry starts on a line of its own.
            file.set_len(good_len).map_err(write_err)?;
        }
        Ok(Some(UploadJournal {
            path,
            file,
            plan,
            done,
        }))
    }

    /// Starts a journal in `dir` with `plan`, replacing any earlier one.
    pub fn create(dir: &Path, plan: JournalPlan) -> Result<UploadJournal, JournalError> {
        Self::create_named(dir, JOURNAL_FILE, plan)
    }

    /// Starts the journal `name` in `dir`.
    pub fn create_named(
        dir: &Path,
        name: &str,
        plan: JournalPlan,
    ) -> Result<UploadJournal, JournalError> {
        let path = dir.join(name);
        let write_err = |source| JournalError::Write {
            path: path.clone(),
            source,
        };
        crate::private_file::create_dir_all(dir).map_err(write_err)?;
        let file = crate::private_file::create(&path).map_err(write_err)?;
        let mut journal = UploadJournal {
            path,
            file,
            plan: plan.clone(),
            done: Vec::new(),
        };
        journal.append(&Entry::Plan(plan))?;
        Ok(journal)
    }

    /// Records a finished batch, durably, before the next one is sent.
    pub fn record(&mut self, done: BatchDone) -> Result<(), JournalError> {
        self.append(&Entry::BatchDone(done.clone()))?;
        self.done.push(done);
        Ok(())
    }

    /// Adds batches of leads a later run of the upload found; durable
    /// before any of them is sent.
    pub fn extend(&mut self, lead_ids: &[i64], at: String) -> Result<(), JournalError> {
        let batches = super::batches(lead_ids);
        self.append(&Entry::Extend {
            batches: batches.clone(),
            at,
        })?;
        self.plan.batches.extend(batches);
        Ok(())
    }

    /// Every lead the upload has planned, in any run.
    pub fn planned_leads(&self) -> std::collections::HashSet<i64> {
        self.plan.batches.iter().flatten().copied().collect()
    }

    /// True when batch `index` has been answered.
    pub fn is_done(&self, index: usize) -> bool {
        self.done.iter().any(|d| d.batch == index)
    }

    /// Each batch whose latest entry left leads failed: the batch, those
    /// leads, and how many retries it had.
    pub fn still_failed(&self) -> Vec<(usize, Vec<i64>, u32)> {
        let mut last: std::collections::BTreeMap<usize, &BatchDone> = Default::default();
        for d in &self.done {
            last.insert(d.batch, d);
        }
        last.into_values()
            .filter(|d| !d.failed_ids.is_empty())
            .map(|d| (d.batch, d.failed_ids.clone(), d.retry))
            .collect()
    }

    pub fn is_finished(&self) -> bool {
        (0..self.plan.batches.len()).all(|i| self.is_done(i))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn append(&mut self, entry: &Entry) -> Result<(), JournalError> {
        let mut line = serde_json::to_vec(entry).expect("journal entries serialize");
        line.push(b'\n');
        let write_err = |source| JournalError::Write {
            path: self.path.clone(),
            source,
        };
        self.file.write_all(&line).map_err(write_err)?;
        self.file.sync_data().map_err(write_err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> JournalPlan {
        JournalPlan {
            upload_id: "u1".into(),
            campaign: "spring".into(),
            file: "customers.csv".into(),
            batches: vec![vec![1, 2], vec![3]],
            created_at: "2026-11-24T00:00:00Z".into(),
            action: crate::api::QualifyAction::Qualify,
        }
    }

    fn done(batch: usize) -> BatchDone {
        BatchDone {
            batch,
            idempotency_key: format!("k{batch}"),
            qualified: 1,
            already_qualified: 0,
            failed: 0,
            failed_ids: Vec::new(),
            retry: 0,
            retried: 0,
            excluded: 0,
        }
    }

    #[test]
    fn a_journal_survives_reopening_and_a_torn_last_line() {
        let dir = tempfile::tempdir().unwrap();
        assert!(UploadJournal::open(dir.path()).unwrap().is_none());
        let mut j = UploadJournal::create(dir.path(), plan()).unwrap();
        j.record(done(0)).unwrap();
        drop(j);
        // A crash in the middle of writing the next line.
        let path = dir.path().join(JOURNAL_FILE);
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"kind\":\"batch_do").unwrap();
        let j = UploadJournal::open(dir.path()).unwrap().unwrap();
        assert_eq!(j.plan, plan());
        assert!(j.is_done(0) && !j.is_done(1) && !j.is_finished());
        let mut j = j;
        j.record(done(1)).unwrap();
        let j = UploadJournal::open(dir.path()).unwrap().unwrap();
        assert!(j.is_finished(), "the entry after a torn line is readable");
    }

    #[test]
    fn damage_before_the_last_line_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = UploadJournal::create(dir.path(), plan()).unwrap();
        j.record(done(0)).unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("garbage\n{text}")).unwrap();
        let err = UploadJournal::open(dir.path()).unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
