use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::api::{EventRecord, NewEvent, NewRule, Page, Problem, Rule, RulePatch, RuleSet};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, JsonBody, PathParam, Write};
use crate::server::state::AppState;
use crate::service::events::EventMode;
use crate::{service, store};

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/rules", tag = "rules", operation_id = "list_rules",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Page<Rule>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
) -> Result<Json<Page<Rule>>, ApiError> {
    let rules = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            Ok(store::rules::list(tx, c.id)?)
        })
        .await?;
    Ok(Json(Page {
        data: rules,
        next_cursor: None,
    }))
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/rules", tag = "rules", operation_id = "create_rule",
    request_body = NewRule, params(("campaign" = String, Path, description = "id or code")),
    responses((status = 201, body = Rule), (status = 422, body = Problem), (status = 409, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<NewRule>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(service::rules::create(ctx.tx, &c, body)?)
    })
    .await
}

#[utoipa::path(put, path = "/v1/campaigns/{campaign}/rules", tag = "rules", operation_id = "apply_rules",
    request_body = RuleSet, params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Page<Rule>), (status = 404, body = Problem), (status = 422, body = Problem)))]
/// Makes the campaign's rules exactly the set, by name; every rule is
/// checked first, and the whole set lands in one transaction or nothing does.
pub async fn apply(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<RuleSet>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        let rules = service::rules::apply_set(ctx.tx, &c, body.rules)?;
        Ok(Page {
            data: rules,
            next_cursor: None,
        })
    })
    .await
}

#[utoipa::path(get, path = "/v1/rules/{id}", tag = "rules", operation_id = "show_rule",
    params(("id" = i64, Path)), responses((status = 200, body = Rule), (status = 404, body = Problem)))]
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<Rule>, ApiError> {
    let rule = state
        .read(move |tx| Ok(store::rules::get(tx, p.workspace_id, id)?))
        .await?;
    Ok(Json(rule))
}

#[utoipa::path(patch, path = "/v1/rules/{id}", tag = "rules", operation_id = "update_rule",
    request_body = RulePatch, params(("id" = i64, Path)),
    responses((status = 200, body = Rule), (status = 422, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<RulePatch>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(service::rules::update(
            ctx.tx,
            ctx.caller.workspace_id,
            id,
            body,
        )?)
    })
    .await
}

#[utoipa::path(put, path = "/v1/rules/{id}", tag = "rules", operation_id = "replace_rule",
    request_body = NewRule, params(("id" = i64, Path)),
    responses((status = 200, body = Rule), (status = 404, body = Problem), (status = 409, body = Problem),
        (status = 422, body = Problem)))]
/// Makes the rule exactly the body, keeping its id and (unless what it counts
/// changed) its threshold progress; `rules apply` uses it.
pub async fn replace(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<NewRule>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(service::rules::replace(
            ctx.tx,
            ctx.caller.workspace_id,
            id,
            body,
        )?)
    })
    .await
}

#[utoipa::path(delete, path = "/v1/rules/{id}", tag = "rules", operation_id = "delete_rule",
    params(("id" = i64, Path)), responses((status = 200, body = Rule), (status = 404, body = Problem)))]
pub async fn delete(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        Ok(service::rules::delete(ctx.tx, ctx.caller.workspace_id, id)?)
    })
    .await
}

/// Rule tests running now: one at a time.
static RULE_TESTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/rules/test", tag = "rules", operation_id = "test_rules",
    request_body = NewEvent, params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = EventRecord)))]
/// Runs every rule of the campaign against an event and explains each
/// decision; nothing is stored and no lead changes.
pub async fn test(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
    JsonBody(event): JsonBody<NewEvent>,
) -> Result<Json<EventRecord>, ApiError> {
    // A test only reads, on a reader of its own: it never holds SQLite's
    // write lock nor a connection quick reads (token checks) need. One test
    // runs at a time per server, so however many a (read) token sends,
    // conditions that are slow to evaluate keep to one core and the rest of
    // the server keeps the other.
    let _turn = RULE_TESTS.acquire().await.map_err(|_| {
        ApiError::from(crate::api::Problem::new(
            503,
            crate::api::ProblemCode::Unavailable,
            "the server is shutting down",
        ))
    })?;
    let record = state
        .read_long(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            Ok(service::events::process(
                tx,
                &p,
                event.clone(),
                &[c],
                EventMode::Test,
            )?)
        })
        .await?;
    Ok(Json(record))
}
