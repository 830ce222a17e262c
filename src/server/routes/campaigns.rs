use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::shared::PageRequest;
use crate::api::{Campaign, CampaignPatch, NewCampaign, Page, PageQuery};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::{service, store};

#[utoipa::path(get, path = "/v1/campaigns", operation_id = "list_campaigns", tag = "campaigns", params(PageQuery),
    responses((status = 200, body = Page<Campaign>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    QueryParams(q): QueryParams<PageQuery>,
) -> Result<Json<Value>, ApiError> {
    let page = PageRequest::parse(&q)?;
    let (after, fetch) = (page.after_id, page.fetch());
    let rows = state
        .read(move |tx| Ok(store::campaigns::list(tx, p.workspace_id, after, fetch)?))
        .await?;
    page.respond(rows, |c| c.id)
}

#[utoipa::path(post, path = "/v1/campaigns", operation_id = "create_campaign", tag = "campaigns", request_body = NewCampaign,
    responses((status = 201, body = Campaign), (status = 409, body = crate::api::Problem)))]
pub async fn create(
    State(state): State<AppState>,
    w: Write<NewCampaign>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, |ctx, body| {
        Ok(service::campaigns::create(
            ctx.tx,
            ctx.caller.workspace_id,
            body,
        )?)
    })
    .await
}

#[utoipa::path(get, path = "/v1/campaigns/{campaign}", operation_id = "show_campaign", tag = "campaigns",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Campaign), (status = 404, body = crate::api::Problem)))]
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
) -> Result<Json<Campaign>, ApiError> {
    let c = state
        .read(move |tx| {
            let mut c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            c.counts = store::campaigns::counts(tx, c.id)?;
            Ok(c)
        })
        .await?;
    Ok(Json(c))
}

#[utoipa::path(patch, path = "/v1/campaigns/{campaign}", operation_id = "update_campaign", tag = "campaigns", request_body = CampaignPatch,
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Campaign)))]
pub async fn update(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<CampaignPatch>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(service::campaigns::update(
            ctx.tx,
            ctx.caller.workspace_id,
            &campaign,
            body,
        )?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/archive", operation_id = "archive_campaign", tag = "campaigns",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Campaign)))]
pub async fn archive(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        Ok(service::campaigns::archive(
            ctx.tx,
            ctx.caller.workspace_id,
            &campaign,
        )?)
    })
    .await
}
