//! Standing customer lists of a campaign: kept, their keys added as the
//! SHA-256 of each normalized key (the server keeps an HMAC of it), and
//! matched against every lead as it is created.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::api::{
    CustomerList, ForgetKeys, KeysAdded, KeysRemoved, ListKeys, ListMatched, MatchList,
    NewCustomerList, Problem, RemoveKeys,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, Write};
use crate::server::state::AppState;
use crate::{service, store};

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/lists", operation_id = "list_customer_lists", tag = "customer lists",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Vec<CustomerList>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
) -> Result<Json<Vec<CustomerList>>, ApiError> {
    let lists = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            Ok(store::lists::list(tx, c.id)?)
        })
        .await?;
    Ok(Json(lists))
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/lists", operation_id = "create_customer_list", tag = "customer lists",
    request_body = NewCustomerList, params(("campaign" = String, Path, description = "id or code")),
    responses((status = 201, body = CustomerList), (status = 409, body = Problem), (status = 422, body = Problem)))]
/// Keeps a new, empty list; its keys are added next.
pub async fn create(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<NewCustomerList>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(service::lists::create(ctx.tx, ctx.caller, &c, body)?)
    })
    .await
}

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/lists/{name}", operation_id = "show_customer_list", tag = "customer lists",
    params(("campaign" = String, Path, description = "id or code"), ("name" = String, Path)),
    responses((status = 200, body = CustomerList), (status = 404, body = Problem)))]
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam((campaign, name)): PathParam<(String, String)>,
) -> Result<Json<CustomerList>, ApiError> {
    let list = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            let mut list = service::lists::get(tx, &c, &name)?;
            list.changes = service::lists::changes(tx, &p, &list)?;
            Ok(list)
        })
        .await?;
    Ok(Json(list))
}

#[utoipa::path(delete, path = "/v1/campaigns/{campaign}/lists/{name}", operation_id = "delete_customer_list", tag = "customer lists",
    params(("campaign" = String, Path, description = "id or code"), ("name" = String, Path)),
    responses((status = 200, body = CustomerList), (status = 404, body = Problem)))]
/// Forgets a list and its keys; what it qualified stays qualified.
pub async fn delete(
    State(state): State<AppState>,
    PathParam((campaign, name)): PathParam<(String, String)>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(service::lists::delete(ctx.tx, ctx.caller, &c, &name)?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/lists/{name}/keys", operation_id = "add_customer_list_keys", tag = "customer lists",
    request_body = ListKeys, params(("campaign" = String, Path, description = "id or code"), ("name" = String, Path)),
    responses((status = 200, body = KeysAdded), (status = 404, body = Problem), (status = 422, body = Problem)))]
/// Adds keys (each the lowercase hex SHA-256 of a normalized key); with
/// `replace`, the list's keys are these from now on.
pub async fn keys(
    State(state): State<AppState>,
    PathParam((campaign, name)): PathParam<(String, String)>,
    w: Write<ListKeys>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(service::lists::add_keys(
            ctx.tx, ctx.caller, &c, &name, body,
        )?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/lists/purge", operation_id = "purge_customer_lists", tag = "customer lists",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = KeysRemoved)))]
/// Deletes the keys of the campaign's lists past their expiry.
pub async fn purge(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(KeysRemoved {
            removed: service::lists::purge(ctx.tx, ctx.caller, &c)?,
        })
    })
    .await
}

#[utoipa::path(post, path = "/v1/lists/forget", operation_id = "forget_customer_keys", tag = "customer lists",
    request_body = ForgetKeys, responses((status = 200, body = KeysRemoved), (status = 422, body = Problem)))]
/// Forgets people (each by the SHA-256 of a normalized key) from every list
/// of the workspace: an erasure request.
pub async fn forget(
    State(state): State<AppState>,
    w: Write<ForgetKeys>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(KeysRemoved {
            removed: service::lists::forget(ctx.tx, ctx.caller, &body.keys)?,
        })
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/lists/{name}/match", operation_id = "match_customer_list", tag = "customer lists",
    request_body = MatchList, params(("campaign" = String, Path, description = "id or code"), ("name" = String, Path)),
    responses((status = 200, body = ListMatched), (status = 404, body = Problem)))]
/// Matches the list against the campaign's pending leads now, as the server
/// matches new leads (for a list whose keys came pre-hashed): a
/// qualify-list qualifies those on no exclude-list.
pub async fn match_now(
    State(state): State<AppState>,
    PathParam((campaign, name)): PathParam<(String, String)>,
    w: Write<MatchList>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(service::lists::match_now(ctx.tx, &c, &name, body.dry_run)?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/lists/{name}/keys/remove", operation_id = "remove_customer_list_keys", tag = "customer lists",
    request_body = RemoveKeys, params(("campaign" = String, Path, description = "id or code"), ("name" = String, Path)),
    responses((status = 200, body = KeysRemoved), (status = 404, body = Problem), (status = 422, body = Problem)))]
/// Takes keys (each the SHA-256 of a normalized key) out of one list.
pub async fn remove_keys(
    State(state): State<AppState>,
    PathParam((campaign, name)): PathParam<(String, String)>,
    w: Write<RemoveKeys>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(KeysRemoved {
            removed: service::lists::remove_keys(ctx.tx, ctx.caller, &c, &name, &body.keys)?,
        })
    })
    .await
}
