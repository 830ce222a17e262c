use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::shared::{PageRequest, bulk_response, check_bulk_size};
use crate::api::{
    BulkRequest, BulkResponse, NewReferrer, Page, PageQuery, PersonPatch, Problem, Referrer,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::{service, store};

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/referrers", operation_id = "list_referrers", tag = "referrers",
    params(("campaign" = String, Path, description = "id or code"), PageQuery),
    responses((status = 200, body = Page<Referrer>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
    QueryParams(q): QueryParams<PageQuery>,
) -> Result<Json<Value>, ApiError> {
    let page = PageRequest::parse(&q)?;
    let (after, fetch) = (page.after_id, page.fetch());
    let rows = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            Ok(store::referrers::list(tx, c.id, after, fetch)?)
        })
        .await?;
    page.respond(rows, |r| r.id)
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/referrers", operation_id = "create_referrer", tag = "referrers", request_body = NewReferrer,
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 201, body = Referrer), (status = 409, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<NewReferrer>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        service::ensure_not_mirrored(ctx.tx, ctx.caller.workspace_id)?;
        Ok(service::people::create_referrer(ctx.tx, &c, body)?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/referrers/bulk", operation_id = "bulk_create_referrers", tag = "referrers",
    request_body = BulkRequest<NewReferrer>,
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = BulkResponse<Referrer>)))]
pub async fn bulk(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<BulkRequest<NewReferrer>>,
) -> Result<Response, ApiError> {
    check_bulk_size(w.body.items.len())?;
    // READ COMMITTED, as leads' bulk create: the constraints keep codes and
    // emails unique, and a race runs the batch again.
    w.row_locked()
        .run(&state, StatusCode::OK, move |ctx, body| {
            let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
            service::ensure_not_mirrored(ctx.tx, ctx.caller.workspace_id)?;
            Ok(bulk_response(service::people::create_referrers(
                ctx.tx, &c, body.items,
            )?))
        })
        .await
}

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/referrers/{code}", tag = "referrers", operation_id = "show_referrer_by_code",
    params(("campaign" = String, Path, description = "id or code"), ("code" = String, Path, description = "referral code")),
    responses((status = 200, body = Referrer), (status = 404, body = Problem)))]
pub async fn show_by_code(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam((campaign, code)): PathParam<(String, String)>,
) -> Result<Json<Referrer>, ApiError> {
    let r = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            store::referrers::find_by_code(tx, c.id, code.trim())?.ok_or_else(|| {
                ApiError::from(Problem::not_found(format!(
                    "no referrer with code '{code}' in campaign '{}'",
                    c.code
                )))
            })
        })
        .await?;
    Ok(Json(r))
}

#[utoipa::path(get, path = "/v1/referrers/{id}", operation_id = "show_referrer", tag = "referrers",
    params(("id" = i64, Path)), responses((status = 200, body = Referrer), (status = 404, body = Problem)))]
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<Referrer>, ApiError> {
    let r = state
        .read(move |tx| Ok(store::referrers::get_in_workspace(tx, p.workspace_id, id)?))
        .await?;
    Ok(Json(r))
}

#[utoipa::path(patch, path = "/v1/referrers/{id}", operation_id = "update_referrer", tag = "referrers", request_body = PersonPatch,
    params(("id" = i64, Path)),
    responses((status = 200, body = Referrer), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
/// Changes a referrer's email, name, phone or external id; the change is recorded.
pub async fn update(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<PersonPatch>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(service::people::update_referrer(
            ctx.tx, ctx.caller, id, body,
        )?)
    })
    .await
}

#[utoipa::path(delete, path = "/v1/referrers/{id}", operation_id = "delete_referrer", tag = "referrers",
    params(("id" = i64, Path)),
    responses((status = 200, body = Referrer), (status = 404, body = Problem), (status = 409, body = Problem)))]
/// Deletes a referrer who brought no leads.
pub async fn delete(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        Ok(service::people::delete_referrer(ctx.tx, ctx.caller, id)?)
    })
    .await
}
