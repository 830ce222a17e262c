//! Undoing an upload: unqualify exactly the leads it qualified that are
//! still qualified by it. A lead qualified before the upload, unqualified
//! since, or qualified again since by anything else, is left alone: its
//! history's last record says so. The revert has a journal of its own, so
//! it resumes and never sends a batch twice.

use std::collections::HashSet;
use std::path::Path;

use serde::Serialize;

use super::executor::{self, ExecuteError, ExecutionTotals};
use super::journal::{JournalError, JournalPlan, REVERT_FILE, UploadJournal};
use crate::api::{QualificationRecord, QualifyAction};
use crate::client::{ClientError, ReferralApi};

/// Why an upload cannot be reverted.
#[derive(Debug, thiserror::Error)]
pub enum RevertError {
    #[error("{0} is a dry run: it qualified nothing, so there is nothing to revert")]
    DryRun(String),
    #[error("upload {0} has no journal in {1}: it qualified nothing, or its directory was moved")]
    NoJournal(String, String),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    Execute(#[from] ExecuteError),
}

/// What the revert does to one lead the upload was to qualify.
#[derive(Debug, Clone, Serialize)]
pub struct RevertItem {
    pub lead_id: i64,
    /// `unqualify`, or `keep` with the reason.
    pub decision: &'static str,
    pub reason: String,
}

/// Each lead of the upload's journal, and what its revert would do.
pub async fn plan(
    client: &dyn ReferralApi,
    journal: &UploadJournal,
) -> Result<Vec<RevertItem>, RevertError> {
    let keys: HashSet<&str> = journal
        .done
        .iter()
        .map(|d| d.idempotency_key.as_str())
        .collect();
    let mut items = Vec::new();
    for &lead_id in journal.plan.batches.iter().flatten() {
        let history = match client.lead_history(lead_id).await {
            Ok(h) => h,
            Err(ClientError::Api(p)) if p.status == 404 => {
                items.push(keep(lead_id, "the lead no longer exists".into()));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        items.push(decide(lead_id, history.last(), &keys));
    }
    Ok(items)
}

fn keep(lead_id: i64, reason: String) -> RevertItem {
    RevertItem {
        lead_id,
        decision: "keep",
        reason,
    }
}

/// The decision for one lead, from the last record of its history.
fn decide(lead_id: i64, last: Option<&QualificationRecord>, keys: &HashSet<&str>) -> RevertItem {
    let by_upload = |r: &QualificationRecord| {
        r.idempotency_key
            .as_deref()
            .is_some_and(|k| keys.contains(k))
    };
    match last {
        Some(r) if r.action == QualifyAction::Qualify && by_upload(r) => RevertItem {
            lead_id,
            decision: "unqualify",
            reason: format!("qualified by this upload at {}", r.created_at),
        },
        Some(r) if r.action == QualifyAction::Qualify => keep(
            lead_id,
            format!(
                "qualified by {} ({}) at {}, not by this upload",
                r.actor, r.method, r.created_at
            ),
        ),
        Some(r) => keep(
            lead_id,
            format!("unqualified since by {} at {}", r.actor, r.created_at),
        ),
        None => keep(lead_id, "never qualified".into()),
    }
}

/// The revert's journal: resumed when one was started, else started with
/// the leads `items` says to unqualify.
pub fn journal(
    dir: &Path,
    upload: &JournalPlan,
    items: &[RevertItem],
    now: String,
) -> Result<UploadJournal, RevertError> {
    if let Some(j) = UploadJournal::open_named(dir, REVERT_FILE)? {
        return Ok(j);
    }
    let ids: Vec<i64> = items
        .iter()
        .filter(|i| i.decision == "unqualify")
        .map(|i| i.lead_id)
        .collect();
    Ok(UploadJournal::create_named(
        dir,
        REVERT_FILE,
        JournalPlan {
            upload_id: format!("{}-revert", upload.upload_id),
            campaign: upload.campaign.clone(),
            file: upload.file.clone(),
            batches: super::batches(&ids),
            created_at: now,
            action: QualifyAction::Unqualify,
        },
    )?)
}

/// The revert journal of an upload directory, when a revert started.
pub fn started(dir: &Path) -> Result<Option<UploadJournal>, RevertError> {
    Ok(UploadJournal::open_named(dir, REVERT_FILE)?)
}

/// Sends the revert's batches; the reason goes into every lead's history.
pub async fn execute(
    client: &dyn ReferralApi,
    journal: &mut UploadJournal,
    why: Option<&str>,
    on_sent: impl FnMut(u64),
) -> Result<ExecutionTotals, RevertError> {
    let mut reason = format!(
        "revert of upload {} (customer list {})",
        journal.plan.upload_id.trim_end_matches("-revert"),
        journal.plan.file
    );
    if let Some(why) = why.filter(|w| !w.trim().is_empty()) {
        reason.push_str(": ");
        reason.push_str(why.trim());
    }
    Ok(executor::execute(client, journal, &reason, on_sent).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::QualifyMethod;

    fn record(action: QualifyAction, key: Option<&str>, actor: &str) -> QualificationRecord {
        QualificationRecord {
            id: 1,
            lead_id: 7,
            action,
            method: QualifyMethod::CustomerList,
            actor: actor.into(),
            reason: None,
            idempotency_key: key.map(str::to_string),
            created_at: "2026-11-25T10:00:00Z".into(),
            rule: None,
            event: None,
        }
    }

    #[test]
    fn only_leads_still_qualified_by_the_upload_are_unqualified() {
        let keys: HashSet<&str> = ["upload-u-0-ab"].into_iter().collect();
        let ours = record(QualifyAction::Qualify, Some("upload-u-0-ab"), "ci");
        assert_eq!(decide(7, Some(&ours), &keys).decision, "unqualify");
        let since = record(QualifyAction::Qualify, Some("other"), "ann");
        let kept = decide(7, Some(&since), &keys);
        assert_eq!(kept.decision, "keep");
        assert!(kept.reason.contains("by ann"), "{}", kept.reason);
        let refunded = record(QualifyAction::Unqualify, None, "support");
        assert_eq!(decide(7, Some(&refunded), &keys).decision, "keep");
        assert_eq!(decide(7, None, &keys).decision, "keep");
    }
}
