//! The outbox of a workspace linked to a hosted platform: what is on its
//! way there, what failed, and the hand on it (retry, discard); and the
//! link's own health.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::shared::PageRequest;
use crate::api::{
    DEFAULT_PAGE, DiscardOutboxEntry, LinkStatus, MAX_PAGE, OutboxEntry, OutboxRetried,
    OutboxState, Page, Problem, ProblemCode,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::store;

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutboxQuery {
    /// At most this many, newest first (default 100, at most 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u32>,
    /// Where the previous page ended (its `next_cursor`).
    cursor: Option<String>,
    /// Only entries in this state.
    state: Option<OutboxState>,
}

#[utoipa::path(get, path = "/v1/outbox", tag = "outbox", operation_id = "list_outbox",
    params(OutboxQuery), responses((status = 200, body = Page<OutboxEntry>), (status = 422, body = Problem)))]
/// The changes on their way to the linked platform (or delivered), newest first.
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    QueryParams(q): QueryParams<OutboxQuery>,
) -> Result<Json<Page<OutboxEntry>>, ApiError> {
    let page = PageRequest::bounded(q.limit, q.cursor.as_deref(), DEFAULT_PAGE, MAX_PAGE)?;
    let before = if page.after_id == 0 {
        i64::MAX
    } else {
        page.after_id
    };
    let fetch = page.fetch();
    let rows = state
        .read(move |tx| {
            Ok(store::outbox::list(
                tx,
                p.workspace_id,
                q.state,
                before,
                fetch,
            )?)
        })
        .await?;
    Ok(Json(page.page(rows, |e| e.id)))
}

fn no_entry(id: i64) -> ApiError {
    Problem::not_found(format!("no outbox entry with id {id}")).into()
}

#[utoipa::path(get, path = "/v1/outbox/{id}", tag = "outbox", operation_id = "show_outbox_entry",
    params(("id" = i64, Path)), responses((status = 200, body = OutboxEntry), (status = 404, body = Problem)))]
/// One entry, with every call made for it and what the platform answered.
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<OutboxEntry>, ApiError> {
    let entry = state
        .read(move |tx| {
            let mut entry =
                store::outbox::get(tx, p.workspace_id, id)?.ok_or_else(|| no_entry(id))?;
            entry.calls = store::outbox::calls(tx, id)?;
            Ok(entry)
        })
        .await?;
    Ok(Json(entry))
}

#[utoipa::path(post, path = "/v1/outbox/{id}/retry", tag = "outbox", operation_id = "retry_outbox_entry",
    params(("id" = i64, Path)), responses((status = 200, body = OutboxEntry), (status = 404, body = Problem), (status = 409, body = Problem)))]
/// Puts a failed entry back in the queue; it is read back before it is sent.
pub async fn retry(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        let ws = ctx.caller.workspace_id;
        let entry = store::outbox::get(ctx.tx, ws, id)?.ok_or_else(|| no_entry(id))?;
        if entry.state != OutboxState::Failed {
            return Err(Problem::new(
                409,
                ProblemCode::Conflict,
                format!(
                    "entry {id} is {}: only a failed entry is retried",
                    entry.state
                ),
            )
            .into());
        }
        store::outbox::retry(ctx.tx, ws, Some(id))?;
        store::outbox::get(ctx.tx, ws, id)?.ok_or_else(|| no_entry(id))
    })
    .await
}

#[utoipa::path(post, path = "/v1/outbox/retry", tag = "outbox", operation_id = "retry_failed_outbox",
    responses((status = 200, body = OutboxRetried)))]
/// Puts every failed entry back in the queue.
pub async fn retry_failed(
    State(state): State<AppState>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        Ok(OutboxRetried {
            retried: store::outbox::retry(ctx.tx, ctx.caller.workspace_id, None)?,
        })
    })
    .await
}

#[utoipa::path(post, path = "/v1/outbox/{id}/discard", tag = "outbox", operation_id = "discard_outbox_entry",
    params(("id" = i64, Path)), request_body = DiscardOutboxEntry,
    responses((status = 200, body = OutboxEntry), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
/// Gives up a pending or failed entry without sending it, saying why.
pub async fn discard(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<DiscardOutboxEntry>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        if body.reason.trim().is_empty() {
            return Err(Problem::validation("reason", "say why the change is given up").into());
        }
        let ws = ctx.caller.workspace_id;
        let entry = store::outbox::get(ctx.tx, ws, id)?.ok_or_else(|| no_entry(id))?;
        if !store::outbox::discard(ctx.tx, ws, id, &ctx.caller.actor, body.reason.trim())? {
            return Err(Problem::new(
                409,
                ProblemCode::Conflict,
                format!(
                    "entry {id} is {}: only a pending or failed entry is discarded",
                    entry.state
                ),
            )
            .into());
        }
        store::outbox::get(ctx.tx, ws, id)?.ok_or_else(|| no_entry(id))
    })
    .await
}

#[utoipa::path(get, path = "/v1/link", tag = "outbox", operation_id = "show_link",
    responses((status = 200, body = LinkStatus), (status = 404, body = Problem)))]
/// The workspace's link to its hosted platform: the sync's age, the last
/// errors, the outbox's counts.
pub async fn link(
    State(state): State<AppState>,
    Caller(p): Caller,
) -> Result<Json<LinkStatus>, ApiError> {
    let status = state
        .read(move |tx| {
            status(tx, p.workspace_id)?.ok_or_else(|| {
                Problem::not_found("this workspace is not linked to a hosted platform").into()
            })
        })
        .await?;
    Ok(Json(status))
}

/// The link of `workspace_id` as [`LinkStatus`]; `None` when it has none.
pub fn status(tx: &dyn store::Db, workspace_id: i64) -> Result<Option<LinkStatus>, ApiError> {
    let Some(link) = store::links::find(tx, workspace_id)? else {
        return Ok(None);
    };
    let counts = store::outbox::counts(tx, workspace_id)?;
    let count = |wanted: &[OutboxState]| {
        counts
            .iter()
            .filter(|(s, _)| wanted.contains(s))
            .map(|(_, n)| n)
            .sum()
    };
    let now = jiff::Timestamp::now();
    let age = link.synced_at.as_deref().and_then(|at| {
        at.parse::<jiff::Timestamp>()
            .ok()
            .map(|t| now.duration_since(t).as_secs().max(0) as u64)
    });
    let resting_until = link
        .cool_until
        .filter(|&until| until > now.as_second() as f64)
        .and_then(|until| jiff::Timestamp::from_second(until as i64).ok())
        .map(crate::domain::time::stored);
    Ok(Some(LinkStatus {
        workspace_id,
        provider: link.provider,
        synced_at: link.synced_at,
        sync_age_seconds: age,
        sync_error: link.sync_error,
        delivery_error: link.delivery_error,
        resting_until,
        outbox_pending: count(&[OutboxState::Pending, OutboxState::Sending]),
        outbox_failed: count(&[OutboxState::Failed]),
    }))
}
