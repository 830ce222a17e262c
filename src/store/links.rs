//! Links of workspaces to programs on hosted platforms: where the platform
//! is, where its token is read from (never the token), and how the link's
//! sync and deliveries are doing.

use super::sql::{Db, Optional, Row};
use crate::params;

use super::{Result, now};

/// Where the server reads a link's token from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    /// An environment variable of the server's, by name.
    Env(String),
    /// A file, by path.
    File(String),
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Env(name) => write!(f, "${name}"),
            TokenSource::File(path) => write!(f, "file {path}"),
        }
    }
}

/// A link as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub workspace_id: i64,
    pub workspace: String,
    /// The platform's `--provider` id.
    pub provider: String,
    pub api_url: String,
    pub token: TokenSource,
    /// The pace asked for: requests per seconds.
    pub rate: Option<(u32, u32)>,
    /// Seconds of rest after a 429.
    pub cool_down: u64,
    /// Days the platform is to hold each credit before awarding it.
    pub hold_days: Option<u32>,
    pub created_at: String,
    pub synced_at: Option<String>,
    pub sync_error: Option<String>,
    pub delivery_error: Option<String>,
    /// No call before this (epoch seconds).
    pub cool_until: Option<f64>,
}

/// What `refctl server link` records.
pub struct NewLink<'a> {
    pub provider: &'a str,
    pub api_url: &'a str,
    pub token: &'a TokenSource,
    pub rate: Option<(u32, u32)>,
    pub cool_down: u64,
    pub hold_days: Option<u32>,
}

const SELECT: &str = "SELECT h.workspace_id, w.name, h.provider, h.api_url, h.token_env,
    h.token_file, h.rate_requests, h.rate_seconds, h.cool_down, h.created_at, h.synced_at,
    h.sync_error, h.delivery_error, h.cool_until, h.hold_days
    FROM hosted_links h JOIN workspaces w ON w.id = h.workspace_id";

fn from_row(r: &Row) -> Result<Link> {
    let env: Option<String> = r.get(4)?;
    let file: Option<String> = r.get(5)?;
    let token = match (env, file) {
        (Some(name), _) => TokenSource::Env(name),
        (None, Some(path)) => TokenSource::File(path),
        (None, None) => TokenSource::Env(String::new()),
    };
    let requests: Option<i64> = r.get(6)?;
    let seconds: Option<i64> = r.get(7)?;
    let cool_down: i64 = r.get(8)?;
    Ok(Link {
        workspace_id: r.get(0)?,
        workspace: r.get(1)?,
        provider: r.get(2)?,
        api_url: r.get(3)?,
        token,
        rate: requests.zip(seconds).map(|(n, s)| (n as u32, s as u32)),
        cool_down: cool_down.max(0) as u64,
        created_at: r.get(9)?,
        synced_at: r.get(10)?,
        sync_error: r.get(11)?,
        delivery_error: r.get(12)?,
        cool_until: r.get(13)?,
        hold_days: r
            .get::<Option<i64>>(14)?
            .and_then(|d| u32::try_from(d).ok()),
    })
}

/// Links the workspace named `workspace` (creating it when missing); a
/// link it had is replaced, keeping what was mirrored.
pub fn link(conn: &dyn Db, workspace: &str, new: &NewLink) -> Result<Link> {
    let workspace_id = super::tokens::ensure_workspace(conn, workspace)?;
    let (env, file) = match new.token {
        TokenSource::Env(name) => (Some(name.as_str()), None),
        TokenSource::File(path) => (None, Some(path.as_str())),
    };
    conn.execute(
        "DELETE FROM hosted_links WHERE workspace_id = ?1",
        params![workspace_id],
    )?;
    conn.execute(
        "INSERT INTO hosted_links (workspace_id, provider, api_url, token_env, token_file,
             rate_requests, rate_seconds, cool_down, created_at, hold_days)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            workspace_id,
            new.provider,
            new.api_url,
            env,
            file,
            new.rate.map(|r| i64::from(r.0)),
            new.rate.map(|r| i64::from(r.1)),
            new.cool_down as i64,
            now(),
            new.hold_days.map(i64::from)
        ],
    )?;
    get(conn, workspace_id)
}

/// Removes the link of the workspace named `workspace`; `None` when it had none.
pub fn unlink(conn: &dyn Db, workspace: &str) -> Result<Option<Link>> {
    let Some(link) = by_name(conn, workspace)? else {
        return Ok(None);
    };
    conn.execute(
        "DELETE FROM hosted_links WHERE workspace_id = ?1",
        params![link.workspace_id],
    )?;
    Ok(Some(link))
}

pub fn list(conn: &dyn Db) -> Result<Vec<Link>> {
    conn.query_map(&format!("{SELECT} ORDER BY w.name"), params![], from_row)
}

pub fn get(conn: &dyn Db, workspace_id: i64) -> Result<Link> {
    conn.query_row(
        &format!("{SELECT} WHERE h.workspace_id = ?1"),
        params![workspace_id],
        from_row,
    )
}

pub fn find(conn: &dyn Db, workspace_id: i64) -> Result<Option<Link>> {
    get(conn, workspace_id).optional()
}

fn by_name(conn: &dyn Db, workspace: &str) -> Result<Option<Link>> {
    conn.query_row(
        &format!("{SELECT} WHERE w.name = ?1"),
        params![workspace],
        from_row,
    )
    .optional()
}

/// True when any workspace of the database is linked: most databases have
/// none, and their changes need not look for an outbox.
pub fn any(conn: &dyn Db) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM hosted_links LIMIT 1", params![], |r| {
            r.get::<i64>(0)
        })
        .optional()?
        .is_some())
}

/// Takes (or keeps) the link's work for `worker` until `until` (epoch
/// seconds), unless another worker holds it past `now`. True when held.
pub fn hold(conn: &dyn Db, workspace_id: i64, worker: &str, now: f64, until: f64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE hosted_links SET worker = ?2, worker_until = ?4
         WHERE workspace_id = ?1
           AND (worker IS NULL OR worker = ?2 OR worker_until IS NULL OR worker_until < ?3)",
        params![workspace_id, worker, now, until],
    )?;
    Ok(changed == 1)
}

/// Lets go of the link's work (a server that stops).
pub fn release(conn: &dyn Db, workspace_id: i64, worker: &str) -> Result<()> {
    conn.execute(
        "UPDATE hosted_links SET worker = NULL, worker_until = NULL
         WHERE workspace_id = ?1 AND worker = ?2",
        params![workspace_id, worker],
    )?;
    Ok(())
}

/// Records how the last sync went.
pub fn synced(conn: &dyn Db, workspace_id: i64, error: Option<&str>) -> Result<()> {
    let sql = if error.is_some() {
        "UPDATE hosted_links SET sync_error = ?2 WHERE workspace_id = ?1"
    } else {
        "UPDATE hosted_links SET sync_error = ?2, synced_at = ?3 WHERE workspace_id = ?1"
    };
    conn.execute(sql, params![workspace_id, error, now()])?;
    Ok(())
}

/// Records why deliveries cannot go on now (`None`: they can).
pub fn delivery_error(conn: &dyn Db, workspace_id: i64, error: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE hosted_links SET delivery_error = ?2 WHERE workspace_id = ?1",
        params![workspace_id, error],
    )?;
    Ok(())
}

/// No call to the platform before `until` (epoch seconds), for every
/// process of the server.
pub fn cool(conn: &dyn Db, workspace_id: i64, until: f64) -> Result<()> {
    conn.execute(
        "UPDATE hosted_links SET cool_until = ?2 WHERE workspace_id = ?1",
        params![workspace_id, until],
    )?;
    Ok(())
}
