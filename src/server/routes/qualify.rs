use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::shared::check_bulk_size;
use crate::api::{
    BatchQualifyRequest, BatchQualifyResponse, Problem, QualifyAction, QualifyRequest,
    QualifyResult, UnqualifyRequest,
};
use crate::domain::lifecycle;
use crate::server::error::ApiError;
use crate::server::extract::{PathParam, Write};
use crate::server::state::AppState;
use crate::service::qualify::ChangeContext;
use crate::{service, store};

#[utoipa::path(post, path = "/v1/leads/{id}/qualify", operation_id = "qualify_lead", tag = "qualification", request_body = QualifyRequest,
    params(("id" = i64, Path)), responses((status = 200, body = QualifyResult), (status = 404, body = Problem)))]
pub async fn qualify(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<QualifyRequest>,
) -> Result<Response, ApiError> {
    change_one(state, id, QualifyAction::Qualify, w).await
}

#[utoipa::path(post, path = "/v1/leads/{id}/unqualify", operation_id = "unqualify_lead", tag = "qualification", request_body = UnqualifyRequest,
    params(("id" = i64, Path)), responses((status = 200, body = QualifyResult), (status = 422, body = Problem)))]
pub async fn unqualify(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<QualifyRequest>,
) -> Result<Response, ApiError> {
    change_one(state, id, QualifyAction::Unqualify, w).await
}

async fn change_one(
    state: AppState,
    id: i64,
    action: QualifyAction,
    w: Write<QualifyRequest>,
) -> Result<Response, ApiError> {
    w.row_locked()
        .run(&state, StatusCode::OK, move |ctx, body| {
            crate::domain::lifecycle::require_reason(action, body.reason.as_deref())?;
            store::leads::lock(ctx.tx, id)?;
            let lead = store::leads::get_in_workspace(ctx.tx, ctx.caller.workspace_id, id)?;
            let change = ChangeContext {
                rule: None,
                principal: ctx.caller,
                method: lifecycle::claimed_method(body.method)?,
                reason: body.reason.as_deref(),
                idempotency_key: ctx.key,
                dry_run: false,
                force: body.force,
            };
            let outcome = service::qualify::change_lead(ctx.tx, &lead, action, &change)?;
            let lead = store::leads::get_in_workspace(ctx.tx, ctx.caller.workspace_id, id)?;
            Ok(QualifyResult { outcome, lead })
        })
        .await
}

#[utoipa::path(post, path = "/v1/qualifications/batch", operation_id = "batch_qualify", tag = "qualification", request_body = BatchQualifyRequest,
    responses((status = 200, body = BatchQualifyResponse), (status = 422, body = Problem)))]
pub async fn batch(
    State(state): State<AppState>,
    w: Write<BatchQualifyRequest>,
) -> Result<Response, ApiError> {
    check_bulk_size(w.body.items.len())?;
    w.row_locked()
        .run(&state, StatusCode::OK, move |ctx, body| {
            let change = ChangeContext {
                rule: None,
                principal: ctx.caller,
                method: lifecycle::claimed_method(body.method)?,
                reason: body.reason.as_deref(),
                idempotency_key: ctx.key,
                dry_run: body.dry_run,
                force: body.force,
            };
            let results = service::qualify::change_batch(
                ctx.tx,
                body.campaign.as_deref(),
                &body.items,
                body.action,
                &change,
            )?;
            Ok(BatchQualifyResponse { results })
        })
        .await
}
