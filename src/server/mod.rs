//! The referral API: an axum router over the store (SQLite or PostgreSQL).
//!
//! `refctl server` serves it on a socket; the embedded transport calls the
//! same router in-process. Arrows point one way: `routes` call `service` for
//! changes and `store` for reads; only `error` turns refusals into problem
//! details.

mod auth;
mod error;
mod extract;
mod logging;
mod openapi;
mod ratelimit;
mod refusals;
mod routes;
mod state;

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;
use axum::routing::get;

pub use error::ApiError;
pub use state::{AppState, AuthMode};

use crate::api::{Problem, RateLimit, Scope};
pub use crate::store::Connections;
use crate::store::postgres::PgStore;
pub use crate::store::tokens::TokenInfo;
use crate::store::{self, Db, Location, Store, StoreError};

/// The largest request body accepted; a batch of 1,000 leads is well below it.
pub const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// The API router over `state`.
pub fn router(state: AppState) -> Router {
    let (routes, doc) = routes::api();
    let doc = std::sync::Arc::new(doc);
    routes
        .route(
            "/v1/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .fallback(|| async { ApiError::from(Problem::not_found("no such API route")) })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(logging::log_request))
        .with_state(state)
}

/// The OpenAPI document of the v1 API, generated from the same types the client uses.
pub fn openapi_json() -> String {
    routes::api().1.to_pretty_json().unwrap_or_default()
}

/// Runs `f` as one write on the database at `location` (for the `server`
/// commands that are not the server).
async fn on_store<T: Send + 'static>(
    location: &Location,
    f: impl Fn(&dyn Db) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    let one = Connections {
        readers: 0,
        pool: 1,
    };
    Store::open(location, one).await?.command(f).await
}

/// Creates a token in the database at `db` (for `refctl server token create`).
pub async fn create_token(
    db: &Location,
    workspace: &str,
    name: &str,
    scope: Scope,
    rate_limit: Option<RateLimit>,
    expires_at: Option<&str>,
) -> Result<String, StoreError> {
    let (workspace, name, expires_at) = (
        workspace.to_string(),
        name.to_string(),
        expires_at.map(str::to_string),
    );
    on_store(db, move |db| {
        store::tokens::create_token(
            db,
            &workspace,
            &name,
            scope,
            rate_limit,
            expires_at.as_deref(),
        )
    })
    .await
}

/// The tokens in the database at `db` (for `refctl server token list`).
pub async fn list_tokens(
    db: &Location,
    workspace: Option<&str>,
) -> Result<Vec<TokenInfo>, StoreError> {
    let workspace = workspace.map(str::to_string);
    on_store(db, move |db| store::tokens::list(db, workspace.as_deref())).await
}

/// Revokes a token (for `refctl server token revoke`); `None` when there is none with `id`.
pub async fn revoke_token(db: &Location, id: i64) -> Result<Option<TokenInfo>, StoreError> {
    on_store(db, move |db| store::tokens::revoke(db, id)).await
}

/// What `refctl server link` records.
pub struct LinkRequest {
    pub provider: String,
    pub api_url: String,
    pub token: store::links::TokenSource,
    pub rate: Option<(u32, u32)>,
    pub cool_down: u64,
    pub hold_days: Option<u32>,
}

/// Links `workspace` to a hosted program (for `refctl server link`).
pub async fn link_workspace(
    db: &Location,
    workspace: &str,
    request: LinkRequest,
) -> Result<store::links::Link, StoreError> {
    let workspace = workspace.to_string();
    on_store(db, move |db| {
        store::links::link(
            db,
            &workspace,
            &store::links::NewLink {
                provider: &request.provider,
                api_url: &request.api_url,
                token: &request.token,
                rate: request.rate,
                cool_down: request.cool_down,
                hold_days: request.hold_days,
            },
        )
    })
    .await
}

/// Removes a workspace's link (for `refctl server unlink`).
pub async fn unlink_workspace(
    db: &Location,
    workspace: &str,
) -> Result<Option<store::links::Link>, StoreError> {
    let workspace = workspace.to_string();
    on_store(db, move |db| store::links::unlink(db, &workspace)).await
}

/// The linked workspaces (for `refctl server links`).
pub async fn list_links(db: &Location) -> Result<Vec<store::links::Link>, StoreError> {
    on_store(db, store::links::list).await
}

/// Copies the SQLite workspace database at `from` into the empty PostgreSQL
/// database at `to` (for `refctl server migrate-db`): each table and its
/// rows, counted on both sides.
pub async fn migrate_db(from: &Path, to: &str) -> Result<Vec<(&'static str, u64)>, StoreError> {
    if !from.exists() {
        return Err(StoreError::Migration(format!(
            "there is no database at {}",
            from.display()
        )));
    }
    let source = store::sqlite::open(from)?;
    let target = PgStore::connect(to, 2).await?;
    store::postgres::copy_from_sqlite(&source, &target).await
}

/// The codes and names of the local workspace's open campaigns, read-only
/// (for shell completion).
pub fn local_campaign_codes(db: &Path) -> Result<Vec<(String, String)>, StoreError> {
    store::campaigns::local_codes(db)
}

/// The local workspace's rule names, for shell completion.
pub fn local_rule_names(db: &Path) -> Result<Vec<(String, String)>, StoreError> {
    store::campaigns::local_rule_names(db)
}
/// How the server's links to hosted platforms are paced in time.
#[derive(Debug, Clone, Copy)]
pub struct BridgeTiming {
    /// How often each linked program is synced.
    pub sync_every: std::time::Duration,
    /// The time box of one call to a platform.
    pub platform_timeout: std::time::Duration,
}

/// Serves the API on `listen` until SIGINT or SIGTERM, then finishes in-flight requests.
pub async fn serve(
    listen: SocketAddr,
    db: &Location,
    connections: Connections,
    timing: BridgeTiming,
) -> anyhow::Result<()> {
    if let Location::Sqlite(path) = db
        && !path.exists()
    {
        // A typo in --db must not look like an empty program.
        eprintln!("no database at {}: creating a new one", path.display());
    }
    let store = Store::open(db, connections).await?;
    let state = AppState::new(store.clone(), AuthMode::Tokens);
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("could not listen on {listen}: {e}"))?;
    let local = listener.local_addr()?;
    // Linked workspaces: their sync and their outbox, beside the API.
    let (stop_bridge, stopped) = tokio::sync::watch::channel(false);
    let bridge = tokio::spawn(crate::bridge::run(
        store,
        crate::bridge::BridgeOptions {
            sync_every: timing.sync_every,
            worker: crate::bridge::worker_name(local.port()),
            home: crate::config::Paths::from_env()
                .map(|p| p.home)
                .unwrap_or_else(|_| std::env::temp_dir()),
            timeout: timing.platform_timeout,
        },
        stopped,
    ));
    let expiry = tokio::spawn(expire_lists(state.clone(), stop_bridge.subscribe()));
    eprintln!(
        "refctl server listening on http://{local} ({})",
        state.describe()
    );
    axum::serve(listener, router(state.clone()))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    let _ = stop_bridge.send(true);
    let _ = bridge.await;
    expiry.abort();
    // Refusals counted since the last write are kept too.
    let pending = state.refused.drain();
    if !pending.is_empty() {
        let written = state
            .transaction(move |tx| {
                for &(workspace_id, kind, count) in &pending {
                    store::webhooks::count_refused(tx, workspace_id, kind.as_str(), count)?;
                }
                Ok(())
            })
            .await;
        if let Err(e) = written {
            eprintln!("could not write the refused webhook counts: {}", e.0);
        }
    }
    eprintln!("refctl server stopped");
    Ok(())
}

/// Forgets the keys of kept customer lists past their expiry: at start,
/// then every day (with several servers, each does; the second finds
/// nothing).
async fn expire_lists(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let purged = state
            .write(store::Isolation::RowLocked, |tx| {
                Ok(crate::service::lists::expire_all(tx)?)
            })
            .await;
        match purged {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(target: "refctl::server", "forgot {n} expired customer list keys")
            }
            Err(e) => {
                tracing::warn!(target: "refctl::server", "could not forget expired list keys: {}", e.0)
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(24 * 3600)) => {}
            _ = stop.changed() => break,
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    #[test]
    fn every_operation_has_a_unique_id() {
        let doc: serde_json::Value = serde_json::from_str(&super::openapi_json()).unwrap();
        let mut seen = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let id = op["operationId"].as_str().unwrap_or_default().to_string();
                assert!(!id.is_empty(), "{method} {path} has no operationId");
                assert!(seen.insert(id.clone()), "operationId {id} is used twice");
            }
        }
        assert!(seen.contains("batch_qualify"), "{seen:?}");
        assert!(seen.len() >= 35, "every route is documented: {seen:?}");
    }

    /// A `$ref` to a schema the document does not hold leaves a client
    /// generator (and schemathesis) guessing what the value may be.
    #[test]
    fn every_schema_reference_resolves() {
        fn refs<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, v) in map {
                        match (key.as_str(), v.as_str()) {
                            ("$ref", Some(target)) => out.push(target),
                            _ => refs(v, out),
                        }
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let doc: serde_json::Value = serde_json::from_str(&super::openapi_json()).unwrap();
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(!found.is_empty());
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for target in found {
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or(target);
            assert!(
                schemas.contains_key(name),
                "{target} is not in the document"
            );
        }
    }
}
