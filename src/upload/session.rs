//! One upload from start to finish, as steps the command glue drives: open
//! (campaign, pace, upload id, report directory), then either resume the
//! journal of an upload that started before, or index the campaign, plan
//! every row, and start a journal; then execute. The steps do the work and
//! return values; the CLI shows progress, asks, and renders.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::executor::{self, ExecuteError, ExecutionTotals};
use super::journal::{JournalError, JournalPlan, UploadJournal};
use super::report::{PlanReport, ReportError, ReportWriter};
use super::{batches, fetch_keys, upload_id};
use crate::api::{Campaign, MAX_KEYS_PAGE, MatchKeysQuery, MatchRole, RateLimit};
use crate::client::{ClientError, KeysPage, ReferralApi};
use crate::matching::{
    self, IndexBuilder, IndexOptions, LeadIndex, MatchError, PlanSummary, ReadOptions, RowResult,
};

/// Why an upload could not go on.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("{file}: {source}")]
    Read { file: PathBuf, source: MatchError },
    #[error("could not read {file}: {source}")]
    Io {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{dir} holds the journal of another upload ({other}); choose another --report-dir")]
    OtherUpload { dir: PathBuf, other: String },
    #[error(
        "there is no unfinished upload of {file} into '{campaign}' to resume (no journal in {dir}); run without --resume"
    )]
    NothingToResume {
        file: PathBuf,
        campaign: String,
        dir: PathBuf,
    },
    #[error(transparent)]
    Execute(#[from] ExecuteError),
    #[error(transparent)]
    Run(#[from] super::runs::RunError),
    #[error("could not write {path}: {source}")]
    Summary {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What the command asked for.
pub struct UploadRequest<'a> {
    pub file: &'a Path,
    /// The campaign's id or code.
    pub campaign: &'a str,
    pub options: ReadOptions,
    /// The pace asked for; the token's own limit is honoured too.
    pub rate: Option<RateLimit>,
    /// Where the upload's reports and journal go; by default
    /// `<uploads>/<campaign>-<upload id>`. A dry run writes to a directory of
    /// its own below it, so it never touches a real run's reports.
    pub report_dir: Option<PathBuf>,
    /// The workspace's uploads folder.
    pub uploads: PathBuf,
    pub dry_run: bool,
    /// Copy every row whole into its report (`no_match.csv` too).
    pub full_reports: bool,
}

/// What summary.json and `-o json` say about an upload.
#[derive(Debug, Serialize)]
pub struct UploadSummary {
    pub upload_id: String,
    /// This run: the upload id for the real run, `<upload id>-dryN` for a dry run.
    pub run_id: String,
    /// `dry_run`, `partial`, `done` or `reverted`.
    pub state: &'static str,
    pub campaign: String,
    pub file: String,
    /// The SHA-256 of the file's bytes.
    pub file_sha256: String,
    /// Who ran it: the token's name (`local` on the local workspace).
    pub actor: String,
    pub started_at: String,
    pub finished_at: String,
    pub report_dir: String,
    pub dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ExecutionTotals>,
    pub complete: bool,
}

/// The plan of an upload: every row's outcome, written to the reports.
pub struct Planned {
    pub summary: PlanSummary,
    pub report: PlanReport,
}

/// An upload, opened.
pub struct Session<'a> {
    client: &'a dyn ReferralApi,
    pub campaign: Campaign,
    pub upload_id: String,
    pub run_id: String,
    /// The upload's directory: the real run's reports and journal.
    pub upload_dir: PathBuf,
    /// This run's directory (the upload's, or a dry run's own).
    pub dir: PathBuf,
    pub uploads: PathBuf,
    pub actor: String,
    pub file_sha256: String,
    pub started_at: String,
    pub dry_run: bool,
    full_reports: bool,
    report_dir: Option<PathBuf>,
    /// A dry run's upload id and file hash, computed while it plans.
    hashing: Option<std::thread::JoinHandle<std::io::Result<(String, String)>>>,
    /// Lets the dry run's hashing begin.
    start_hashing: Option<std::sync::mpsc::Sender<()>>,
    pub file: PathBuf,
    /// The file's name, as the journal and the audit reason say it.
    pub file_name: String,
    options: ReadOptions,
}

impl<'a> Session<'a> {
    /// Paces the client (the stricter of the pace asked for and the token's
    /// limit, learned with the first request), finds the campaign, and works
    /// out the upload's id and report directory.
    pub async fn open(
        client: &'a dyn ReferralApi,
        request: UploadRequest<'_>,
    ) -> Result<Session<'a>, UploadError> {
        let identity = client.whoami().await?;
        let server_limit = identity
            .rate_limit
            .as_deref()
            .and_then(|r| r.parse::<RateLimit>().ok());
        let rate = match (request.rate, server_limit) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(rate) = rate {
            client.limit_rate(rate);
        }
        let campaign = client.get_campaign(request.campaign).await?;
        let file_name = request
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut session = Session {
            client,
            campaign,
            upload_id: String::new(),
            run_id: String::new(),
            upload_dir: PathBuf::new(),
            dir: PathBuf::new(),
            uploads: request.uploads,
            actor: identity.token_name,
            file_sha256: String::new(),
            started_at: crate::domain::time::stored(jiff::Timestamp::now()),
            dry_run: request.dry_run,
            full_reports: request.full_reports,
            file: request.file.to_path_buf(),
            file_name,
            options: request.options,
            report_dir: request.report_dir,
            hashing: None,
            start_hashing: None,
        };
        let (file, campaign_id, print) = (
            session.file.clone(),
            session.campaign.id,
            fingerprint(&session.options),
        );
        if session.dry_run {
            // A dry run hashes the file on the other core while it plans,
            // into a directory of its own that gets its name at the end. The
            // hash waits for planning to start: while the keys are fetched
            // both cores are busy, while rows are matched one has room.
            let (start, started) = std::sync::mpsc::channel::<()>();
            session.start_hashing = Some(start);
            session.hashing = Some(std::thread::spawn(move || {
                started
                    .recv()
                    .map_err(|_| std::io::Error::other("the upload ended before planning"))?;
                upload_id(&file, campaign_id, &print)
            }));
            // Beside where it will end, so that the move is a rename.
            let parent = match &session.report_dir {
                Some(dir) => dir.join("dry-runs"),
                None => session.uploads.clone(),
            };
            session.dir = parent.join(format!(
                ".planning-{}-{}",
                std::process::id(),
                rand::random::<u32>()
            ));
        } else {
            let ids = upload_id(&file, campaign_id, &print).map_err(|source| UploadError::Io {
                file: file.clone(),
                source,
            })?;
            session.name(ids)?;
        }
        Ok(session)
    }

    /// Sets the upload's id, hash and directories. A real run's directory
    /// is the upload's; a dry run's is the next `dry-runs/N` below it, to
    /// which what it planned so far moves.
    fn name(&mut self, (upload_id, file_sha256): (String, String)) -> Result<(), UploadError> {
        let upload_dir = self.report_dir.clone().unwrap_or_else(|| {
            self.uploads.join(format!(
                "{}-{upload_id}",
                crate::private_file::path_component(&self.campaign.code)
            ))
        });
        if self.dry_run {
            let runs = upload_dir.join("dry-runs");
            let io = |source| UploadError::Summary {
                path: runs.clone(),
                source,
            };
            crate::private_file::create_dir_all(&runs).map_err(io)?;
            // The next free number: dry runs are kept, each in its own place.
            let n = (1..)
                .find(|n| !runs.join(n.to_string()).exists())
                .unwrap_or(1);
            let dir = runs.join(n.to_string());
            if self.dir.exists() {
                std::fs::rename(&self.dir, &dir).map_err(io)?;
            }
            self.run_id = format!("{upload_id}-dry{n}");
            self.dir = dir;
        } else {
            self.run_id = upload_id.clone();
            self.dir = upload_dir.clone();
        }
        self.upload_id = upload_id;
        self.file_sha256 = file_sha256;
        self.upload_dir = upload_dir;
        Ok(())
    }

    /// Waits for a dry run's hash, and moves its reports to their place.
    fn named(&mut self) -> Result<(), UploadError> {
        let Some(hashing) = self.hashing.take() else {
            return Ok(());
        };
        let ids = hashing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the hashing thread panicked")))
            .map_err(|source| UploadError::Io {
                file: self.file.clone(),
                source,
            })?;
        self.name(ids)
    }

    /// The journal of this upload, when it started before and may need
    /// finishing; refused when the directory holds another upload's.
    pub fn unfinished(&self) -> Result<Option<UploadJournal>, UploadError> {
        let Some(journal) = UploadJournal::open(&self.upload_dir)? else {
            return Ok(None);
        };
        if journal.plan.upload_id != self.upload_id {
            return Err(UploadError::OtherUpload {
                dir: self.dir.clone(),
                other: journal.plan.file,
            });
        }
        Ok(Some(journal))
    }

    /// The refusal of `--resume` when there is nothing to resume.
    pub fn nothing_to_resume(&self) -> UploadError {
        UploadError::NothingToResume {
            file: self.file.clone(),
            campaign: self.campaign.code.clone(),
            dir: self.dir.clone(),
        }
    }

    /// Every lead's and referrer's keys, fetched once, as an index.
    pub async fn index(&self) -> Result<LeadIndex, UploadError> {
        let code = &self.campaign.code;
        let started = std::time::Instant::now();
        // Pages are decoded and indexed on the other core while the next
        // ones are fetched.
        let (leads_tx, leads_rx) = std::sync::mpsc::channel::<KeysPage>();
        let (referrers_tx, referrers_rx) = std::sync::mpsc::channel::<KeysPage>();
        let options = IndexOptions {
            email_aliases: self.options.email_aliases,
            region: self.options.region.clone(),
        };
        let builder = std::thread::spawn(move || {
            // How many leads is not known before the last page: the index
            // grows as they come.
            let mut index = IndexBuilder::new(&options, 0);
            for page in leads_rx {
                page.for_each(|k| {
                    index.add_lead(k.id, k.qualified, k.unqualified_before, k.keys())
                })?;
            }
            for page in referrers_rx {
                page.for_each(|k| index.add_referrer(k.keys()))?;
            }
            Ok::<_, ClientError>(index.finish())
        });
        // Only the keys the file is matched on: a list matched on email
        // needs no codes, and fetching and indexing them is half the work.
        let keys = self.options.match_keys();
        let keys = keys
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let query = |role| MatchKeysQuery {
            role,
            keys: Some(keys.clone()),
            limit: Some(MAX_KEYS_PAGE),
            cursor: None,
        };
        let fetched = async {
            // A send fails once the builder has stopped on a page it could
            // not decode: fetching stops too, and its error is the one told.
            fetch_keys(self.client, code, query(MatchRole::Lead), |page| {
                leads_tx.send(page).is_ok()
            })
            .await?;
            drop(leads_tx);
            fetch_keys(self.client, code, query(MatchRole::Referrer), |page| {
                referrers_tx.send(page).is_ok()
            })
            .await?;
            drop(referrers_tx);
            Ok::<_, ClientError>(())
        }
        .await;
        // On an error the senders are gone: the builder ends, and is waited for.
        let built = builder
            .join()
            .map_err(|_| std::io::Error::other("indexing the campaign's keys failed"))
            .map_err(|source| UploadError::Io {
                file: self.file.clone(),
                source,
            })?;
        fetched?;
        let index = built?;
        tracing::info!(
            "fetched and indexed the keys of {} leads ({} emails, {} codes) in {:.2} s",
            index.leads(),
            index.keys(matching::MatchKey::Email),
            index.keys(matching::MatchKey::Code),
            started.elapsed().as_secs_f64()
        );
        Ok(index)
    }

    /// Gives every row its outcome and writes the reports as rows stream
    /// by; `on_row` sees each row (for progress).
    pub fn plan(
        &mut self,
        index: &LeadIndex,
        mut on_row: impl FnMut(&RowResult<'_>),
    ) -> Result<Planned, UploadError> {
        if let Some(start) = self.start_hashing.take() {
            let _ = start.send(());
        }
        let input = std::fs::File::open(&self.file).map_err(|source| UploadError::Io {
            file: self.file.clone(),
            source,
        })?;
        let mut reports = ReportWriter::new(&self.dir, self.full_reports)?;
        let mut report_error = None;
        let planned = matching::plan(
            std::io::BufReader::new(input),
            &self.options,
            index,
            |row| {
                on_row(row);
                if report_error.is_none()
                    && let Err(e) = reports.write(row)
                {
                    report_error = Some(e);
                }
            },
        );
        let summary = match (planned, report_error) {
            (Ok(summary), None) => summary,
            (result, error) => {
                drop(reports);
                if self.hashing.is_some() {
                    // A dry run that read nothing leaves nothing behind.
                    let _ = std::fs::remove_dir_all(&self.dir);
                }
                return Err(match (result, error) {
                    (Err(source), _) => UploadError::Read {
                        file: self.file.clone(),
                        source,
                    },
                    (_, Some(e)) => e.into(),
                    (Ok(_), None) => unreachable!("handled above"),
                });
            }
        };
        let mut report = reports.finish(&summary)?;
        let planning = self.dir.clone();
        self.named()?;
        if planning != self.dir {
            for path in report.files.values_mut() {
                if let Ok(rest) = std::path::Path::new(path.as_str()).strip_prefix(&planning) {
                    *path = self.dir.join(rest).display().to_string();
                }
            }
        }
        Ok(Planned { summary, report })
    }

    /// Starts the journal of a planned upload: from here on it resumes, never re-plans.
    pub fn start(&self, planned: &Planned, now: String) -> Result<UploadJournal, UploadError> {
        Ok(UploadJournal::create(
            &self.dir,
            JournalPlan {
                upload_id: self.upload_id.clone(),
                campaign: self.campaign.code.clone(),
                file: self.file_name.clone(),
                batches: batches(&planned.summary.will_qualify),
                created_at: now,
                action: crate::api::QualifyAction::Qualify,
            },
        )?)
    }

    /// Sends what the journal has not recorded yet; `on_sent` sees how many
    /// leads are done. The summary is written whatever happened.
    pub async fn execute(
        &self,
        journal: &mut UploadJournal,
        plan: Option<PlanReport>,
        on_sent: impl FnMut(u64),
    ) -> Result<UploadSummary, (UploadSummary, ExecuteError)> {
        let reason = format!(
            "customer list {} (upload {})",
            self.file_name, self.upload_id
        );
        let result = executor::execute(self.client, journal, &reason, on_sent).await;
        let totals = executor::totals(journal);
        let summary = self.summary(
            plan,
            Some(totals),
            false,
            result.is_ok() && totals.failed == 0,
        );
        match result {
            Ok(_) => Ok(summary),
            Err(e) => Err((summary, e)),
        }
    }

    /// What summary.json says of this upload.
    pub fn summary(
        &self,
        plan: Option<PlanReport>,
        execution: Option<ExecutionTotals>,
        dry_run: bool,
        complete: bool,
    ) -> UploadSummary {
        UploadSummary {
            upload_id: self.upload_id.clone(),
            run_id: self.run_id.clone(),
            state: if dry_run {
                "dry_run"
            } else if complete {
                "done"
            } else {
                "partial"
            },
            campaign: self.campaign.code.clone(),
            file: self.file.display().to_string(),
            file_sha256: self.file_sha256.clone(),
            actor: self.actor.clone(),
            started_at: self.started_at.clone(),
            finished_at: crate::domain::time::stored(jiff::Timestamp::now()),
            report_dir: self.dir.display().to_string(),
            dry_run,
            plan,
            execution,
            complete,
        }
    }

    /// Writes summary.json into the run's directory, and lists the run in
    /// the workspace's registry (once).
    pub fn write_summary(&self, summary: &UploadSummary) -> Result<(), UploadError> {
        crate::private_file::create_dir_all(&self.dir).map_err(|source| UploadError::Summary {
            path: self.dir.clone(),
            source,
        })?;
        super::runs::register(&self.uploads, &self.run_id, &self.dir)?;
        let path = self.dir.join("summary.json");
        let mut json = serde_json::to_value(summary).unwrap_or_default();
        let this_run = serde_json::json!({
            "started_at": summary.started_at,
            "finished_at": summary.finished_at,
            "file": summary.file,
            "complete": summary.complete,
        });
        let mut runs = vec![];
        // A resumed run has no plan of its own: the first run's is kept, with
        // its start time and file, so the record stays whole across runs;
        // `runs` says when each run started and ended. (The execution totals
        // are the journal's, which holds every run.)
        if !summary.dry_run
            && let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(before) = serde_json::from_str::<serde_json::Value>(&text)
            && before["upload_id"] == json["upload_id"]
        {
            if json.get("plan").is_none() && before.get("plan").is_some() {
                json["plan"] = before["plan"].clone();
            }
            for key in ["started_at", "file"] {
                if let Some(first) = before.get(key).filter(|s| s.is_string()) {
                    json[key] = first.clone();
                }
            }
            if let Some(earlier) = before["runs"].as_array() {
                runs.extend(earlier.iter().cloned());
            }
            // The same run written again (planned, then executed) is one run.
            if runs
                .last()
                .is_some_and(|r| r["started_at"] == this_run["started_at"])
            {
                runs.pop();
            }
        }
        runs.push(this_run);
        json["runs"] = runs.into();
        super::runs::write_summary(&self.dir, &json)
            .map_err(|source| UploadError::Summary { path, source })
    }
}

/// The settings that change a plan, so that another choice is another upload.
fn fingerprint(options: &ReadOptions) -> String {
    let mut print = format!(
        "keys={:?};columns={:?};aliases={};region={:?};encoding={:?};delimiter={:?}",
        options.keys,
        options.columns,
        options.email_aliases,
        options.region,
        options.encoding,
        options.delimiter
    );
    // Added only when set, so that earlier uploads keep their ids.
    if options.skip_unqualified {
        print.push_str(";skip_unqualified");
    }
    print
}
