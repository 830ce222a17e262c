//! Events: sent by scripts with a token (webhooks have their own routes),
//! listed with what each one did.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::shared::PageRequest;
use crate::api::{DEFAULT_PAGE, EventRecord, MAX_PAGE, NewEvent, Page, Problem};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::service::events::EventMode;
use crate::{service, store};

#[utoipa::path(post, path = "/v1/events", tag = "events", operation_id = "send_event",
    request_body = NewEvent, responses((status = 200, body = EventRecord), (status = 422, body = Problem)))]
/// Takes an event, once per event id, and applies the rules that listen to it.
pub async fn send(State(state): State<AppState>, w: Write<NewEvent>) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, event| {
        let campaigns = service::campaigns::for_event(
            ctx.tx,
            ctx.caller.workspace_id,
            event.campaign.as_deref(),
        )?;
        Ok(service::events::process(
            ctx.tx,
            ctx.caller,
            event,
            &campaigns,
            EventMode::Record { source: "api" },
        )?)
    })
    .await
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// At most this many, newest first (default 100, at most 1000).
    #[param(minimum = 1, maximum = 1000)]
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
    let page = PageRequest::bounded(q.limit, q.cursor.as_deref(), DEFAULT_PAGE, MAX_PAGE)?;
    let filter = store::events::EventFilter {
        before_row: page.after_id,
        kind: q.kind,
        lead_id: q.lead,
    };
    let fetch = page.fetch();
    let rows = state
        .read(move |tx| Ok(store::events::list(tx, p.workspace_id, &filter, fetch)?))
        .await?;
    let page = page.page(rows, |(row, _)| *row);
    Ok(Json(Page {
        data: page.data.into_iter().map(|(_, e)| e).collect(),
        next_cursor: page.next_cursor,
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
        .read(move |tx| {
            let mut event = store::events::get(tx, p.workspace_id, &id)?.ok_or_else(|| {
                ApiError::from(Problem::not_found(format!("no event with id '{id}'")))
            })?;
            // On a linked workspace: what became of each decision there.
            let mut sent = store::outbox::of_event(tx, p.workspace_id, &id)?;
            for d in &mut event.decisions {
                if let Some(at) = sent.iter().position(|e| {
                    Some(e.lead_id) == d.lead_id && e.rule.as_deref() == Some(d.rule.as_str())
                }) {
                    d.delivery = Some(sent.remove(at));
                }
            }
            Ok(event)
        })
        .await?;
    Ok(Json(event))
}

/// How an event is replayed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
pub struct ReplayEvent {
    /// Say what would happen; change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

#[utoipa::path(post, path = "/v1/events/{id}/replay", tag = "events", operation_id = "replay_event",
    params(("id" = String, Path)), request_body = ReplayEvent,
    responses((status = 200, body = EventRecord), (status = 404, body = Problem)))]
/// Runs the rules again on an event already received (after a rule was
/// fixed): its decisions are made anew, and a lead it already changed is
/// not changed twice.
pub async fn replay(
    State(state): State<AppState>,
    PathParam(id): PathParam<String>,
    w: Write<ReplayEvent>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let campaigns = service::campaigns::for_event(ctx.tx, ctx.caller.workspace_id, None)?;
        Ok(service::events::replay(
            ctx.tx,
            ctx.caller,
            &id,
            &campaigns,
            body.dry_run,
        )?)
    })
    .await
}
