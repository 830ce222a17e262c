//! Every run of every upload, dry or real, in one workspace: a registry
//! (`uploads/runs.ndjson`, one line per run: its id and directory) and the
//! summary.json each run keeps in its own directory. What `customers uploads
//! list|show` reads, wherever `--report-dir` put a run.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The registry's file name in the uploads folder.
const REGISTRY: &str = "runs.ndjson";

/// Why a run cannot be found or read.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("no upload run '{0}'{1}: `refctl customers uploads list` shows them")]
    NotFound(String, String),
    #[error("'{id}' could be any of {}: give more of it", .candidates.join(", "))]
    Ambiguous { id: String, candidates: Vec<String> },
    #[error("cannot read {path}: {message}")]
    Unreadable { path: PathBuf, message: String },
    #[error("cannot write {path}: {source}")]
    Register {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    id: String,
    dir: PathBuf,
}

/// One run as `uploads list` shows it, read from its summary.json.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    pub id: String,
    /// `dry_run`, `partial`, `done` or `reverted`.
    pub state: String,
    pub campaign: String,
    pub file: String,
    pub started_at: String,
    pub rows: u64,
    /// Rows whose lead would be (or was to be) qualified.
    pub matched: u64,
    /// Leads this run qualified (none for a dry run).
    pub qualified: u64,
    /// How many times it ran (a resumed upload ran more than once).
    pub runs: u64,
    pub actor: String,
    pub dir: String,
    /// The whole summary.json.
    #[serde(skip)]
    pub summary: serde_json::Value,
}

/// Writes a run's summary.json into `dir` (owner-only, like its reports).
pub fn write_summary(dir: &Path, summary: &impl Serialize) -> std::io::Result<()> {
    let mut text = serde_json::to_string_pretty(summary).map_err(std::io::Error::other)?;
    text.push('\n');
    crate::private_file::create(&dir.join("summary.json"))
        .and_then(|mut f| f.write_all(text.as_bytes()))
}

/// Marks the run in `dir` reverted in its summary.json: when, and what the
/// revert did.
pub fn mark_reverted(
    dir: &Path,
    totals: &super::executor::ExecutionTotals,
) -> Result<(), RunError> {
    let path = dir.join("summary.json");
    let unreadable = |message: String| RunError::Unreadable {
        path: path.clone(),
        message,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| unreadable(e.to_string()))?;
    let mut summary: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| unreadable(e.to_string()))?;
    summary["state"] = "reverted".into();
    summary["reverted"] = serde_json::json!({
        "at": crate::domain::time::stored(jiff::Timestamp::now()),
        "unqualified": totals.qualified,
        "already_pending": totals.already_qualified,
        "failed": totals.failed,
    });
    write_summary(dir, &summary).map_err(|source| RunError::Register { path, source })
}

/// Adds the run to the registry, once.
pub fn register(uploads: &Path, id: &str, dir: &Path) -> Result<(), RunError> {
    let path = uploads.join(REGISTRY);
    if entries(uploads).iter().any(|e| e.id == id) {
        return Ok(());
    }
    let err = |source| RunError::Register {
        path: path.clone(),
        source,
    };
    crate::private_file::create_dir_all(uploads).map_err(err)?;
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut line = serde_json::to_string(&Entry {
        id: id.to_string(),
        dir,
    })
    .unwrap_or_default();
    line.push('\n');
    if !path.exists() {
        crate::private_file::touch(&path).map_err(err)?;
    }
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .map_err(err)
}

fn entries(uploads: &Path) -> Vec<Entry> {
    std::fs::read_to_string(uploads.join(REGISTRY))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Every run whose directory still holds its summary, oldest first.
pub fn list(uploads: &Path) -> Vec<Run> {
    let mut runs: Vec<Run> = entries(uploads)
        .into_iter()
        .filter_map(|e| read(&e.id, &e.dir).ok())
        .collect();
    runs.sort_by(|a, b| a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id)));
    runs
}

/// The run with this id, or the only one whose id starts with it.
pub fn find(uploads: &Path, id: &str) -> Result<Run, RunError> {
    let all = entries(uploads);
    if let Some(e) = all.iter().find(|e| e.id == id) {
        return read(&e.id, &e.dir);
    }
    let mut matching: Vec<&Entry> = all.iter().filter(|e| e.id.starts_with(id)).collect();
    // The start of an upload's id means the upload, not its dry runs.
    let real: Vec<&Entry> = matching
        .iter()
        .copied()
        .filter(|e| !e.id.contains("-dry"))
        .collect();
    if real.len() == 1 {
        matching = real;
    }
    match matching.as_slice() {
        [] => Err(RunError::NotFound(
            id.to_string(),
            crate::domain::suggest::did_you_mean(id, all.iter().map(|e| e.id.as_str())),
        )),
        [one] => read(&one.id, &one.dir),
        many => Err(RunError::Ambiguous {
            id: id.to_string(),
            candidates: many.iter().map(|e| e.id.clone()).collect(),
        }),
    }
}

fn read(id: &str, dir: &Path) -> Result<Run, RunError> {
    let path = dir.join("summary.json");
    let text = std::fs::read_to_string(&path).map_err(|e| RunError::Unreadable {
        path: path.clone(),
        message: e.to_string(),
    })?;
    let summary: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| RunError::Unreadable {
            path: path.clone(),
            message: e.to_string(),
        })?;
    let text_of = |key: &str| summary[key].as_str().unwrap_or_default().to_string();
    let number = |v: &serde_json::Value| v.as_u64().unwrap_or(0);
    Ok(Run {
        id: id.to_string(),
        state: text_of("state"),
        campaign: text_of("campaign"),
        file: Path::new(&text_of("file"))
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        started_at: text_of("started_at"),
        rows: number(&summary["plan"]["rows"]),
        matched: number(&summary["plan"]["will_qualify"]),
        qualified: number(&summary["execution"]["qualified"]),
        runs: summary["runs"]
            .as_array()
            .map_or(1, |runs| runs.len().max(1) as u64),
        actor: text_of("actor"),
        dir: dir.display().to_string(),
        summary,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs_are_found_by_id_or_a_unique_prefix() {
        let uploads = tempfile::tempdir().unwrap();
        for (id, state, at) in [
            ("abc123", "done", "2026-01-02"),
            ("abc123-dry1", "dry_run", "2026-01-01"),
        ] {
            let dir = uploads.path().join(id);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(
                dir.join("summary.json"),
                serde_json::json!({"state": state, "campaign": "spring", "file": "/x/list.csv",
                    "started_at": at, "plan": {"rows": 3, "will_qualify": 2}})
                .to_string(),
            )
            .unwrap();
            super::register(uploads.path(), id, &dir).unwrap();
            super::register(uploads.path(), id, &dir).unwrap();
        }
        let runs = super::list(uploads.path());
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].id, "abc123-dry1");
        assert_eq!(runs[1].file, "list.csv");
        assert_eq!(super::find(uploads.path(), "abc123").unwrap().state, "done");
        assert_eq!(
            super::find(uploads.path(), "abc123-d").unwrap().state,
            "dry_run"
        );
        // The start of an id means the real run over its dry runs.
        assert_eq!(super::find(uploads.path(), "abc").unwrap().state, "done");
        assert!(matches!(
            super::find(uploads.path(), "zzz"),
            Err(super::RunError::NotFound(..))
        ));
    }
}
