//! What a load balancer asks: is the process alive, can it serve.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::{Problem, ProblemCode};
use crate::server::error::ApiError;
use crate::server::state::AppState;

/// A health check's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`
    pub status: &'static str,
    /// Workspaces linked to hosted platforms: each sync's age and last
    /// error, and the outbox's counts (readiness only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<crate::api::LinkStatus>,
}

/// Liveness: the process answers. It does not touch the database, so a
/// database outage does not get every server restarted.
#[utoipa::path(get, path = "/v1/health", operation_id = "health", tag = "operations", security(()),
    responses((status = 200, description = "the process is alive", body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok",
        links: Vec::new(),
    })
}

/// Readiness: the database answers a query now; 503 when it does not, so
/// that a load balancer sends requests elsewhere.
#[utoipa::path(get, path = "/v1/ready", operation_id = "ready", tag = "operations", security(()),
    responses(
        (status = 200, description = "the database answers", body = Health),
        (status = 503, description = "the database does not answer", body = Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn ready(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    match state.ready().await {
        Ok(()) => {
            let links = state
                .read(|tx| {
                    let mut all = Vec::new();
                    for link in crate::store::links::list(tx)? {
                        all.extend(super::outbox::status(tx, link.workspace_id)?);
                    }
                    Ok(all)
                })
                .await
                .unwrap_or_default();
            Ok(Json(Health {
                status: "ok",
                links,
            }))
        }
        Err(e) => {
            tracing::warn!(target: "refctl::server", "not ready: {e}");
            let mut problem = Problem::new(
                503,
                ProblemCode::Unavailable,
                "the database does not answer",
            );
            problem.retry_after = Some(5);
            Err(problem.into())
        }
    }
}
