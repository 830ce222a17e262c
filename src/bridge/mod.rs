//! The bridge: `refctl server` in front of a program on a hosted platform.
//! A linked workspace mirrors the platform's campaigns, referrers and leads
//! (`mirror`); its rules, webhooks and lists decide on that mirror as on
//! refctl's own store, and each change they make is written to the outbox in
//! the decision's transaction (`store::outbox`); `deliver` drains the outbox
//! at the platform's pace, exactly once. One server process at a time works
//! for a link (a lease in its row), so several processes over PostgreSQL
//! never call one platform with one token at twice the pace.

mod deliver;
mod mirror;
mod token;

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::client::ClientError;
use crate::client::hosted::{Connection, HostedCampaign, Platform};
use crate::store::links::Link;
use crate::store::{Isolation, Store, StoreError, links};

pub use token::read_token;

/// How long a process holds a link's work without renewing it: the time
/// another process waits before taking over from one that died. Renewed at
/// half its length, and well over the longest call and its read-back (two
/// time boxes), so that a live process never loses it in the middle of one.
const LEASE: Duration = Duration::from_secs(60);

/// What goes wrong in the bridge, by where.
#[derive(Debug, thiserror::Error)]
pub enum BridgeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Platform(#[from] ClientError),
    #[error("{0}")]
    Setup(String),
}

/// How the server runs its links.
#[derive(Debug, Clone)]
pub struct BridgeOptions {
    /// How often each linked program is synced.
    pub sync_every: Duration,
    /// Who this process is, for the lease (stable across a restart on the
    /// same host and port, so a restarted server takes its links back at once).
    pub worker: String,
    /// `REFCTL_HOME`: where the platform's cool-down is remembered.
    pub home: PathBuf,
    /// The time box of one call to a platform.
    pub timeout: Duration,
}

/// The worker name of a server listening on `port`: this host and port.
pub fn worker_name(port: u16) -> String {
    let host = ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| format!("process-{}", crate::client::new_idempotency_key()));
    format!("{host}:{port}")
}

fn epoch() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs_f64()
}

/// Runs every link of the database until `stop` turns true: a worker per
/// link, started when the link appears and ended when it goes.
pub async fn run(
    store: Store,
    options: BridgeOptions,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let mut workers: HashMap<i64, tokio::task::JoinHandle<()>> = HashMap::new();
    loop {
        let linked = store
            .read(|db| links::list(db).map_err(BridgeError::from))
            .await;
        match linked {
            Ok(all) => {
                workers.retain(|_, h| !h.is_finished());
                for link in all {
                    workers.entry(link.workspace_id).or_insert_with(|| {
                        let worker =
                            LinkWorker::new(store.clone(), link.workspace_id, options.clone());
                        tokio::spawn(worker.run(stop.clone()))
                    });
                }
            }
            Err(e) => tracing::warn!(target: "refctl::bridge", "could not read the links: {e}"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = stop.changed() => break,
        }
    }
    for (_, handle) in workers {
        let _ = tokio::time::timeout(Duration::from_secs(5), handle).await;
    }
}

/// The work of one link in this process.
struct LinkWorker {
    store: Store,
    workspace_id: i64,
    options: BridgeOptions,
    /// The platform, made for the link as it was when made.
    platform: Option<(String, Box<dyn Platform>)>,
    campaigns: HashMap<String, HostedCampaign>,
    next_sync: Instant,
    /// When this process last took or renewed the lease (renewed at half
    /// its length, not every turn: an idle link costs no write).
    held_at: Option<Instant>,
}

impl LinkWorker {
    fn new(store: Store, workspace_id: i64, options: BridgeOptions) -> LinkWorker {
        LinkWorker {
            store,
            workspace_id,
            options,
            platform: None,
            campaigns: HashMap::new(),
            next_sync: Instant::now(),
            held_at: None,
        }
    }

    async fn run(mut self, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            let rest = match self.turn().await {
                Ok(Some(rest)) => rest,
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(target: "refctl::bridge", "workspace {}: {e}", self.workspace_id);
                    Duration::from_secs(5)
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(rest) => {}
                _ = stop.changed() => break,
            }
        }
        let (ws, worker) = (self.workspace_id, self.options.worker.clone());
        let _ = self
            .store
            .write(Isolation::RowLocked, move |db| {
                links::release(db, ws, &worker).map_err(BridgeError::from)
            })
            .await;
    }

    /// One turn: hold the link, sync when due, deliver what is due. The
    /// rest before the next turn; `None` when the link is gone.
    async fn turn(&mut self) -> Result<Option<Duration>, BridgeError> {
        let ws = self.workspace_id;
        let Some(link) = self
            .store
            .read(move |db| links::find(db, ws).map_err(BridgeError::from))
            .await?
        else {
            return Ok(None);
        };
        if !self.hold().await? {
            return Ok(Some(Duration::from_secs(2)));
        }
        if let Err(e) = self.connect(&link) {
            let message = e.to_string();
            self.note(move |db| {
                links::delivery_error(db, ws, Some(&message))?;
                links::synced(db, ws, Some(&message))
            })
            .await?;
            return Ok(Some(Duration::from_secs(10)));
        }
        if let Some(until) = link.cool_until
            && until > epoch()
        {
            return Ok(Some(Duration::from_secs_f64((until - epoch()).min(5.0))));
        }
        if Instant::now() >= self.next_sync {
            self.next_sync = Instant::now() + self.options.sync_every;
            let outcome = mirror::sync(self).await;
            let error = match &outcome {
                Ok(()) => None,
                Err(e) => Some(e.to_string()),
            };
            if let Some(e) = &error {
                tracing::warn!(target: "refctl::bridge", "workspace {ws}: sync failed: {e}");
                if matches!(
                    outcome,
                    Err(BridgeError::Platform(
                        ClientError::RateLimited { .. } | ClientError::CoolingDown { .. }
                    ))
                ) {
                    self.cool(&link).await?;
                    // Try again once the platform has rested.
                    self.next_sync = Instant::now();
                }
            }
            self.note(move |db| links::synced(db, ws, error.as_deref()))
                .await?;
        }
        deliver::due(self, &link).await
    }

    /// Takes or renews the lease; false when another process holds it.
    async fn hold(&mut self) -> Result<bool, BridgeError> {
        // Never shorter than four time boxes: a call and its read-back fit
        // in half of it, whatever --platform-timeout says.
        let lease = LEASE.max(self.options.timeout * 4);
        if self.held_at.is_some_and(|at| at.elapsed() < lease / 2) {
            return Ok(true);
        }
        let (ws, worker) = (self.workspace_id, self.options.worker.clone());
        let held = self
            .store
            .write(Isolation::RowLocked, move |db| {
                let now = epoch();
                links::hold(db, ws, &worker, now, now + lease.as_secs_f64())
                    .map_err(BridgeError::from)
            })
            .await?;
        self.held_at = held.then(Instant::now);
        Ok(held)
    }

    /// Makes the platform's client, unless the link is the one it was made for.
    fn connect(&mut self, link: &Link) -> Result<(), BridgeError> {
        let stamp = format!(
            "{}|{}|{}|{:?}|{}",
            link.provider, link.api_url, link.token, link.rate, link.created_at
        );
        if self.platform.as_ref().is_some_and(|(s, _)| *s == stamp) {
            return Ok(());
        }
        let registered = crate::client::platforms::platform(&link.provider).ok_or_else(|| {
            BridgeError::Setup(format!(
                "'{}' is not a platform refctl drives",
                link.provider
            ))
        })?;
        let token = read_token(&link.token).map_err(BridgeError::Setup)?;
        let platform = (registered.platform)(&Connection {
            base_url: &link.api_url,
            token,
            timeout: self.options.timeout,
            home: &self.options.home,
        })?;
        if let Some((requests, seconds)) = link.rate
            && let (Some(r), Some(s)) = (
                std::num::NonZeroU32::new(requests),
                std::num::NonZeroU32::new(seconds),
            )
        {
            platform.wire().pace(crate::api::RateLimit {
                requests: r,
                per_seconds: s,
            });
        }
        self.platform = Some((stamp, platform));
        self.campaigns.clear();
        Ok(())
    }

    fn platform(&self) -> &dyn Platform {
        self.platform
            .as_ref()
            .map(|(_, p)| p.as_ref())
            .expect("connected before use")
    }

    /// The platform's campaign by its id, asked once.
    async fn campaign(&mut self, remote_id: &str) -> Result<Option<HostedCampaign>, BridgeError> {
        if let Some(c) = self.campaigns.get(remote_id) {
            return Ok(Some(c.clone()));
        }
        let found = match self.platform().campaign(remote_id).await? {
            Some(c) => Some(c),
            None => self
                .platform()
                .campaigns()
                .await?
                .into_iter()
                .find(|c| c.id == remote_id),
        };
        if let Some(c) = &found {
            self.campaigns.insert(c.id.clone(), c.clone());
        }
        Ok(found)
    }

    /// No call to the platform before the end of the link's cool-down, in
    /// any process. (A platform whose answers say how long to wait has been
    /// waited for already, by the wire, before its 429 came here.)
    async fn cool(&self, link: &Link) -> Result<(), BridgeError> {
        let rest = link.cool_down.max(1);
        let until = epoch() + rest as f64;
        tracing::warn!(target: "refctl::bridge", "{} answered 429: no call for {rest} s", link.provider);
        let ws = self.workspace_id;
        self.note(move |db| links::cool(db, ws, until)).await
    }

    /// A small write of the worker's own.
    async fn note(
        &self,
        f: impl Fn(&dyn crate::store::Db) -> Result<(), StoreError> + Send + 'static,
    ) -> Result<(), BridgeError> {
        self.store
            .write(Isolation::RowLocked, move |db| {
                f(db).map_err(BridgeError::from)
            })
            .await
    }
}
