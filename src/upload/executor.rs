//! Sends an upload's batches: one request per batch, each with an idempotency
//! key derived from the upload and the batch's contents, each recorded in the
//! journal once answered.

use sha2::{Digest, Sha256};

use super::journal::{BatchDone, JournalError, UploadJournal};
use crate::api::{BatchQualifyRequest, LeadRef, QualifyMethod, QualifyOutcome};
use crate::client::ClientError;
use crate::client::ReferralApi;

/// How the batches went, over every run of the upload.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ExecutionTotals {
    pub batches: usize,
    pub batches_done: usize,
    pub qualified: u64,
    pub already_qualified: u64,
    pub failed: u64,
    /// Left pending because they are on an exclude-list.
    #[serde(default)]
    pub excluded: u64,
}

/// Why sending stopped before the end.
#[derive(Debug, thiserror::Error)]
pub enum ExecuteError {
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("batch {batch} of {batches} failed: {source}")]
    Batch {
        batch: usize,
        batches: usize,
        #[source]
        source: ClientError,
    },
}

/// The idempotency key of one batch. It names the upload, the batch and what
/// the batch holds, so a replay of the same batch is recognised by the server
/// and a different batch can never be mistaken for it.
pub fn batch_key(upload_id: &str, index: usize, lead_ids: &[i64]) -> String {
    let mut hash = Sha256::new();
    for id in lead_ids {
        hash.update(id.to_le_bytes());
    }
    let digest = hash.finalize();
    let short = crate::domain::codes::hex(&digest[..8]);
    format!("upload-{upload_id}-{index}-{short}")
}

/// Sends every batch the journal has not recorded yet, in order, calling
/// `progress(leads_sent_so_far)` after each.
pub async fn execute(
    client: &dyn ReferralApi,
    journal: &mut UploadJournal,
    reason: &str,
    mut progress: impl FnMut(u64),
) -> Result<ExecutionTotals, ExecuteError> {
    let batches = journal.plan.batches.len();
    let mut sent: u64 = journal
        .done
        .iter()
        .map(|d| {
            journal
                .plan
                .batches
                .get(d.batch)
                .map_or(0, |b| b.len() as u64)
        })
        .sum();
    progress(sent);
    // What earlier runs could not change is tried once more, after the rest.
    let retries = journal.still_failed();
    let todo = (0..batches)
        .filter(|i| !journal.is_done(*i))
        .map(|i| (i, journal.plan.batches[i].clone(), 0))
        .collect::<Vec<_>>();
    for (index, ids, retry) in todo.into_iter().chain(
        retries
            .into_iter()
            .map(|(index, ids, retry)| (index, ids, retry + 1)),
    ) {
        let mut key = batch_key(&journal.plan.upload_id, index, &ids);
        if retry > 0 {
            key.push_str(&format!("-retry{retry}"));
        }
        let request = BatchQualifyRequest {
            action: journal.plan.action,
            campaign: Some(journal.plan.campaign.clone()),
            reason: Some(reason.to_string()),
            method: Some(QualifyMethod::CustomerList),
            items: ids.iter().map(|id| LeadRef::Id(*id)).collect(),
            dry_run: false,
            // An upload never qualifies a lead on an exclude-list.
            force: false,
        };
        let response = client
            .batch_qualify(&request, key.clone())
            .await
            .map_err(|source| ExecuteError::Batch {
                batch: index + 1,
                batches,
                source,
            })?;
        let mut done = BatchDone {
            batch: index,
            idempotency_key: key,
            qualified: 0,
            already_qualified: 0,
            failed: 0,
            failed_ids: Vec::new(),
            retry,
            retried: if retry > 0 { ids.len() as u64 } else { 0 },
            excluded: 0,
        };
        let mut failures = Vec::new();
        for item in &response.results {
            // A revert counts its changes and no-ops in the same two places.
            match item.outcome {
                QualifyOutcome::Qualified | QualifyOutcome::Unqualified => done.qualified += 1,
                QualifyOutcome::AlreadyQualified | QualifyOutcome::AlreadyPending => {
                    done.already_qualified += 1
                }
                QualifyOutcome::Excluded => done.excluded += 1,
                outcome => {
                    done.failed += 1;
                    if outcome == QualifyOutcome::Failed
                        && let Some(id) = item.lead_id
                    {
                        done.failed_ids.push(id);
                    }
                    failures.push(item);
                }
            }
        }
        if !failures.is_empty() {
            record_failures(journal.path(), &failures)?;
        }
        journal.record(done)?;
        if retry == 0 {
            sent += ids.len() as u64;
            progress(sent);
        }
    }
    Ok(totals(journal))
}

/// Appends the leads a batch could not qualify, with what the platform
/// answered, verbatim, to `not_qualified.csv` beside the journal.
fn record_failures(
    journal: &std::path::Path,
    failures: &[&crate::api::BatchItemResult],
) -> Result<(), ExecuteError> {
    let path = journal.with_file_name("not_qualified.csv");
    let io = |source| JournalError::Write {
        path: path.clone(),
        source,
    };
    let new = !path.exists();
    if new {
        crate::private_file::touch(&path).map_err(io)?;
    }
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .map_err(io)?;
    let mut out = csv::Writer::from_writer(file);
    let csv_err = |e: csv::Error| io(std::io::Error::other(e));
    if new {
        out.write_record(["lead_id", "reference", "outcome", "answer"])
            .map_err(csv_err)?;
    }
    for f in failures {
        out.write_record([
            f.lead_id.map(|id| id.to_string()).unwrap_or_default(),
            crate::output::spreadsheet_safe(f.reference.to_string()),
            f.outcome.as_str().to_string(),
            crate::output::spreadsheet_safe(f.detail.clone().unwrap_or_default()),
        ])
        .map_err(csv_err)?;
    }
    out.flush().map_err(io)?;
    Ok(())
}

/// What the journal says was done so far.
pub fn totals(journal: &UploadJournal) -> ExecutionTotals {
    let mut t = ExecutionTotals {
        batches: journal.plan.batches.len(),
        ..Default::default()
    };
    for d in &journal.done {
        t.batches_done += usize::from(d.retry == 0);
        t.qualified += d.qualified;
        t.already_qualified += d.already_qualified;
        t.excluded += d.excluded;
        // A retry looks again at leads counted failed before.
        t.failed = (t.failed + d.failed).saturating_sub(d.retried);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_keys_change_with_contents_and_position() {
        let a = batch_key("u", 0, &[1, 2, 3]);
        assert_eq!(a, batch_key("u", 0, &[1, 2, 3]));
        assert_ne!(a, batch_key("u", 0, &[1, 2]));
        assert_ne!(a, batch_key("u", 1, &[1, 2, 3]));
        assert_ne!(a, batch_key("v", 0, &[1, 2, 3]));
    }
}
