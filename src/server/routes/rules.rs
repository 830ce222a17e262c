use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::api::{
    Cursor, EventRecord, MAX_PAGE, NewEvent, NewRule, Page, Problem, Rule, RulePatch,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::store::{self, EventMode};

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/rules", tag = "rules", operation_id = "list_rules",
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = Page<Rule>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
) -> Result<Json<Page<Rule>>, ApiError> {
    let rules = state
        .transaction(move |tx| {
            let c = store::get_campaign(tx, p.workspace_id, &campaign)?;
            Ok(store::list_rules(tx, c.id)?)
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
        let c = store::get_campaign(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        Ok(store::create_rule(ctx.tx, &c, body)?)
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
        .transaction(move |tx| Ok(store::get_rule(tx, p.workspace_id, id)?))
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
        Ok(store::update_rule(
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
        Ok(store::replace_rule(
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
        Ok(store::delete_rule(ctx.tx, ctx.caller.workspace_id, id)?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/rules/test", tag = "rules", operation_id = "test_rules",
    request_body = NewEvent, params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = EventRecord)))]
/// Runs every rule of the campaign against an event and explains each
/// decision; nothing is stored and no lead changes.
pub async fn test(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
    Json(event): Json<NewEvent>,
) -> Result<Json<EventRecord>, ApiError> {
    let record = state
        .transaction(move |tx| {
            let c = store::get_campaign(tx, p.workspace_id, &campaign)?;
            Ok(store::process_event(tx, &p, event, &[c], EventMode::Test)?)
        })
        .await?;
    Ok(Json(record))
}

#[utoipa::path(post, path = "/v1/events", tag = "events", operation_id = "send_event",
    request_body = NewEvent, responses((status = 200, body = EventRecord), (status = 422, body = Problem)))]
/// Takes an event, once per event id, and applies the rules that listen to it.
pub async fn send(State(state): State<AppState>, w: Write<NewEvent>) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, event| {
        let campaigns = campaigns_for(ctx.tx, ctx.caller.workspace_id, event.campaign.as_deref())?;
        Ok(store::process_event(
            ctx.tx,
            ctx.caller,
            event,
            &campaigns,
            EventMode::Record { source: "api" },
        )?)
    })
    .await
}

/// The campaign named (refused when archived), or every campaign of the
/// workspace (the pipeline skips archived ones).
pub fn campaigns_for(
    tx: &rusqlite::Connection,
    workspace_id: i64,
    campaign: Option<&str>,
) -> Result<Vec<crate::api::Campaign>, store::StoreError> {
    match campaign {
        Some(c) => {
            let campaign = store::get_campaign(tx, workspace_id, c)?;
            store::ensure_open(&campaign)?;
            Ok(vec![campaign])
        }
        None => store::list_campaigns(tx, workspace_id, 0, u32::MAX),
    }
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// At most this many, newest first (default 100, at most 1000).
    limit: Option<u32>,
    /// Where the previous page ended (its `next_cursor`).
    cursor: Option<String>,
    /// Only events of this type.
    #[serde(rename = "type")]
    kind: Option<String>,
    /// Only events that reached this lead.
    lead: Option<i64>,
}

#[utoipa::path(get, path = "/v1/events", tag = "events", operation_id = "list_events",
    params(EventsQuery), responses((status = 200, body = Page<EventRecord>), (status = 422, body = Problem)))]
/// Events newest first, each with its decisions and a summary of what it did.
pub async fn list_events(
    State(state): State<AppState>,
    Caller(p): Caller,
    QueryParams(q): QueryParams<EventsQuery>,
) -> Result<Json<Page<EventRecord>>, ApiError> {
    let limit = q.limit.unwrap_or(100);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(
            Problem::validation("limit", format!("must be between 1 and {MAX_PAGE}")).into(),
        );
    }
    let before_row = match &q.cursor {
        Some(c) => {
            Cursor::decode(c)
                .ok_or_else(|| Problem::validation("cursor", "is not a cursor this API gave out"))?
                .0
        }
        None => 0,
    };
    let filter = store::EventFilter {
        before_row,
        kind: q.kind,
        lead_id: q.lead,
    };
    let mut rows = state
        .transaction(move |tx| Ok(store::list_events(tx, p.workspace_id, &filter, limit + 1)?))
        .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|(row, _)| Cursor(*row).encode())
    } else {
        None
    };
    Ok(Json(Page {
        data: rows.into_iter().map(|(_, e)| e).collect(),
        next_cursor,
    }))
}

#[utoipa::path(get, path = "/v1/events/{id}", tag = "events", operation_id = "show_event",
    params(("id" = String, Path)), responses((status = 200, body = EventRecord), (status = 404, body = Problem)))]
pub async fn show_event(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<String>,
) -> Result<Json<EventRecord>, ApiError> {
    let event = state
        .transaction(move |tx| {
            store::get_event(tx, p.workspace_id, &id)?
                .ok_or_else(|| Problem::not_found(format!("no event with id '{id}'")).into())
        })
        .await?;
    Ok(Json(event))
}
