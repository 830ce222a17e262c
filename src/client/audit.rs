//! The local record of every change refctl makes through a hosted platform,
//! which keeps little history of its own: one JSON line per step, appended
//! under `REFCTL_HOME/audit/<provider>.ndjson`. A line is written before a
//! change is sent (`sending`) and after its answer (`applied` or `failed`),
//! so a run killed between the two is found and checked, never guessed.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::api::{QualificationRecord, QualifyAction, QualifyMethod};

/// Where a change is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Sending,
    Applied,
    Failed,
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub provider: String,
    pub campaign_id: i64,
    pub lead_id: i64,
    pub email: String,
    pub action: QualifyAction,
    pub method: QualifyMethod,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub phase: Phase,
    /// The platform's HTTP status, when it answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The platform's answer, verbatim (cut to a few KiB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The key of the request that made the change (an upload's batch key):
    /// what `customers uploads revert` knows its own changes by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Until when the platform holds the credit of this qualification (a
    /// GrowSurf `delayInDays`), in refctl's stored time format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_until: Option<String>,
}

/// The last step of a lead, as a run needs it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LastStep {
    pub phase: Phase,
    pub action: QualifyAction,
    #[serde(default)]
    pub hold_until: Option<String>,
    /// The request's key: a resent batch finds its own earlier change by it.
    #[serde(default)]
    pub key: Option<String>,
}

/// The log of one provider.
#[derive(Debug, Clone)]
pub struct AuditLog {
    path: PathBuf,
}

impl AuditLog {
    pub fn new(home: &std::path::Path, provider: &str) -> AuditLog {
        AuditLog {
            path: home.join("audit").join(format!("{provider}.ndjson")),
        }
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Appends `entry` and flushes it to disk before returning.
    pub fn append(&self, entry: &AuditEntry) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            crate::private_file::create_dir_all(dir)?;
        }
        if !self.path.exists() {
            crate::private_file::touch(&self.path)?;
        }
        let mut file = std::fs::OpenOptions::new().append(true).open(&self.path)?;
        let mut line = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_data()
    }

    /// Appends `entry`, stamped now, as a provider's step: a log that cannot
    /// be written stops the run (nothing is sent that would go unrecorded).
    pub fn record(&self, mut entry: AuditEntry) -> Result<(), crate::client::ClientError> {
        entry.at = crate::domain::time::stored(jiff::Timestamp::now());
        self.append(&entry).map_err(|e| {
            crate::client::ClientError::Local(format!(
                "could not write the audit log {}: {e}; nothing more is sent",
                self.path.display()
            ))
        })
    }

    /// Every entry of `lead_id`, oldest first (a torn last line is skipped).
    pub fn entries(&self, lead_id: i64) -> std::io::Result<Vec<AuditEntry>> {
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        Ok(std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str::<AuditEntry>(&l).ok())
            .filter(|e| e.lead_id == lead_id)
            .collect())
    }

    /// The last step recorded for every lead, in one pass over the log.
    pub fn last_steps(&self) -> std::io::Result<std::collections::HashMap<i64, LastStep>> {
        #[derive(Deserialize)]
        struct Step {
            lead_id: i64,
            #[serde(flatten)]
            last: LastStep,
        }
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Default::default()),
            Err(e) => return Err(e),
        };
        Ok(std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str::<Step>(&l).ok())
            .map(|s| (s.lead_id, s.last))
            .collect())
    }

    /// The lead's changes as history records (one per change that was
    /// applied), numbered in the order they were made.
    pub fn history(&self, lead_id: i64) -> std::io::Result<Vec<QualificationRecord>> {
        Ok(self
            .entries(lead_id)?
            .into_iter()
            .filter(|e| e.phase == Phase::Applied)
            .enumerate()
            .map(|(i, e)| QualificationRecord {
                id: i as i64 + 1,
                lead_id,
                action: e.action,
                method: e.method,
                actor: format!("refctl via {}", e.provider),
                reason: e.reason,
                idempotency_key: e.key,
                created_at: e.at,
                rule: None,
                event: None,
            })
            .collect())
    }
}

/// An answer as the log keeps it: the first 4 KiB.
pub fn verbatim(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    match text.char_indices().nth(4096) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.into_owned(),
    }
}
