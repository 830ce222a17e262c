//! The referral API: an axum router over the SQLite store.
//!
//! `refctl server` serves it on a socket; the embedded transport calls the
//! same router in-process.

mod auth;
mod error;
mod extract;
mod logging;
mod openapi;
mod ratelimit;
mod routes;
mod state;

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;

pub use auth::AuthMode;
pub use error::ApiError;
pub use openapi::openapi_json;
pub use state::AppState;

/// The largest request body accepted; a batch of 1,000 leads is well below it.
pub const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// The API router over `state`.
pub fn router(state: AppState) -> Router {
    routes::routes()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(logging::log_request))
        .with_state(state)
}

/// Serves the API on `listen` until SIGINT or SIGTERM, then finishes in-flight requests.
pub async fn serve(listen: SocketAddr, db: &Path) -> anyhow::Result<()> {
    let state = AppState::open(db, AuthMode::Tokens)?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("could not listen on {listen}: {e}"))?;
    let local = listener.local_addr()?;
    eprintln!(
        "refctl server listening on http://{local} (database {})",
        db.display()
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    eprintln!("refctl server stopped");
    Ok(())
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
