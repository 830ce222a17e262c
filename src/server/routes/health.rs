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
}

/// Liveness: the process answers. It does not touch the database, so a
/// database outage does not get every server restarted.
#[utoipa::path(get, path = "/v1/health", operation_id = "health", tag = "operations", security(()),
    responses((status = 200, description = "the process is alive", body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health { status: "ok" })
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
        Ok(()) => Ok(Json(Health { status: "ok" })),
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
