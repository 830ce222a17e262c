use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::shared::{PageRequest, bulk_response, check_bulk_size};
use crate::api::{
    BulkRequest, BulkResponse, Change, Cursor, DeleteQuery, LEAD_SORTS, Lead, LeadLookup,
    LeadQuery, NewLead, Order, Page, PersonPatch, Problem, QualificationRecord, SortCursor,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::store::leads::{LeadFilter, LeadOrder, SortKey};
use crate::{service, store};

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/leads", operation_id = "create_lead", tag = "leads", request_body = NewLead,
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 201, body = Lead), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<NewLead>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, move |ctx, body| {
        let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
        service::ensure_not_mirrored(ctx.tx, ctx.caller.workspace_id)?;
        Ok(service::people::create_lead(ctx.tx, &c, body)?)
    })
    .await
}

#[utoipa::path(post, path = "/v1/campaigns/{campaign}/leads/bulk", operation_id = "bulk_create_leads", tag = "leads",
    request_body = BulkRequest<NewLead>,
    params(("campaign" = String, Path, description = "id or code")),
    responses((status = 200, body = BulkResponse<Lead>)))]
pub async fn bulk(
    State(state): State<AppState>,
    PathParam(campaign): PathParam<String>,
    w: Write<BulkRequest<NewLead>>,
) -> Result<Response, ApiError> {
    check_bulk_size(w.body.items.len())?;
    // READ COMMITTED: a new lead's email and code are kept unique by the
    // table's constraints; a concurrent batch that took one first makes this
    // one run again (and find it), which SERIALIZABLE's predicate locks over
    // thousands of index reads would only make slower.
    w.row_locked()
        .run(&state, StatusCode::OK, move |ctx, body| {
            let c = store::campaigns::get(ctx.tx, ctx.caller.workspace_id, &campaign)?;
            service::ensure_not_mirrored(ctx.tx, ctx.caller.workspace_id)?;
            Ok(bulk_response(service::people::create_leads(
                ctx.tx, &c, body.items,
            )?))
        })
        .await
}

#[utoipa::path(get, path = "/v1/leads", operation_id = "list_leads", tag = "leads", params(LeadQuery),
    responses((status = 200, body = Page<Lead>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    QueryParams(q): QueryParams<LeadQuery>,
) -> Result<Json<Value>, ApiError> {
    let order = lead_order(&q)?;
    let page = PageRequest::parse(&crate::api::PageQuery {
        cursor: None,
        ..q.page()
    })?;
    let fetch = page.fetch();
    let sorted = order.clone();
    let rows = state
        .read(move |tx| {
            let campaign_id = match &q.campaign {
                Some(c) => Some(store::campaigns::get(tx, p.workspace_id, c)?.id),
                None => None,
            };
            let filter = LeadFilter {
                campaign_id,
                status: q.status,
                created_after: LeadFilter::time("created_after", q.created_after.as_deref())?,
                created_before: LeadFilter::time("created_before", q.created_before.as_deref())?,
                email_contains: q.email_contains.clone(),
                referrer: q.referrer.clone().filter(|r| !r.trim().is_empty()),
                search: q.search.clone().filter(|s| !s.trim().is_empty()),
            };
            Ok(store::leads::list(
                tx,
                p.workspace_id,
                &filter,
                &sorted,
                fetch,
            )?)
        })
        .await?;
    let (mut leads, mut keys): (Vec<Lead>, Vec<SortKey>) = rows.into_iter().unzip();
    let next_cursor = (leads.len() > page.limit as usize).then(|| {
        leads.truncate(page.limit as usize);
        keys.truncate(page.limit as usize);
        let last = keys.pop().unwrap_or_default();
        match (order.field, order.desc) {
            // Id order keeps the cursors it always gave out.
            (None, false) => Cursor(last.id).encode(),
            (field, desc) => SortCursor {
                field: field.unwrap_or("id").to_string(),
                order: if desc { Order::Desc } else { Order::Asc },
                empty: last.empty,
                value: last.value,
                id: last.id,
            }
            .encode(),
        }
    });
    page.respond_page(Page {
        data: leads,
        next_cursor,
    })
}

/// The order `sort=` and `order=` ask for, starting after the cursor's row:
/// an unknown field is refused naming the known ones, and a cursor given
/// for another order is refused rather than read in this one.
fn lead_order(q: &LeadQuery) -> Result<LeadOrder, ApiError> {
    let field =
        match q.sort.as_deref().filter(|s| !s.is_empty()) {
            None | Some("id") => None,
            Some(name) => Some(*LEAD_SORTS.iter().find(|known| **known == name).ok_or_else(
                || {
                    Problem::validation(
                        "sort",
                        format!("cannot sort by '{name}': one of {}", LEAD_SORTS.join(", ")),
                    )
                },
            )?),
        };
    let desc = q.order == Some(Order::Desc);
    let mut order = LeadOrder {
        field,
        desc,
        after: None,
    };
    let Some(cursor) = q.cursor.as_deref().filter(|c| !c.is_empty()) else {
        return Ok(order);
    };
    let foreign =
        || Problem::validation("cursor", "is not a cursor this API gave out for this order");
    order.after = Some(match (field, desc) {
        (None, false) => SortKey {
            id: Cursor::decode(cursor).ok_or_else(foreign)?.0,
            ..Default::default()
        },
        _ => {
            let c = SortCursor::decode(cursor).ok_or_else(foreign)?;
            if c.field != field.unwrap_or("id") || (c.order == Order::Desc) != desc {
                return Err(foreign().into());
            }
            SortKey {
                empty: c.empty,
                value: c.value,
                id: c.id,
            }
        }
    });
    Ok(order)
}

#[utoipa::path(get, path = "/v1/leads/lookup", operation_id = "lookup_lead", tag = "leads", params(LeadLookup),
    responses((status = 200, body = Lead), (status = 404, body = Problem)))]
pub async fn lookup(
    State(state): State<AppState>,
    Caller(p): Caller,
    QueryParams(q): QueryParams<LeadLookup>,
) -> Result<Json<Lead>, ApiError> {
    let lead = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &q.campaign)?;
            let (found, what) = match (&q.email, &q.code, &q.external_id) {
                (Some(email), None, None) => (
                    store::leads::find_by_email(tx, c.id, email)?,
                    format!("email {email}"),
                ),
                (None, Some(code), None) => (
                    store::leads::find_by_code(tx, c.id, code)?,
                    format!("code '{code}'"),
                ),
                (None, None, Some(ext)) => {
                    let mut leads = store::leads::find_by_external_id(tx, c.id, ext)?;
                    if leads.len() > 1 {
                        return Err(ApiError::from(Problem::new(
                            409,
                            crate::api::ProblemCode::Conflict,
                            format!("external id '{ext}' names more than one lead"),
                        )));
                    }
                    (leads.pop(), format!("external id '{ext}'"))
                }
                _ => {
                    return Err(ApiError::from(Problem::validation(
                        "email",
                        "give exactly one of email, code or external_id",
                    )));
                }
            };
            found.ok_or_else(|| {
                ApiError::from(Problem::not_found(format!(
                    "no lead with {what} in campaign '{}'",
                    c.code
                )))
            })
        })
        .await?;
    Ok(Json(lead))
}

#[utoipa::path(get, path = "/v1/leads/{id}", operation_id = "show_lead", tag = "leads", params(("id" = i64, Path)),
    responses((status = 200, body = Lead), (status = 404, body = Problem)))]
pub async fn show(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<Lead>, ApiError> {
    let lead = state
        .read(move |tx| Ok(store::leads::get_in_workspace(tx, p.workspace_id, id)?))
        .await?;
    Ok(Json(lead))
}

#[utoipa::path(get, path = "/v1/leads/{id}/history", operation_id = "lead_history", tag = "qualification", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<QualificationRecord>), (status = 404, body = Problem)))]
pub async fn history(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<Vec<QualificationRecord>>, ApiError> {
    let records = state
        .read(move |tx| {
            let lead = store::leads::get_in_workspace(tx, p.workspace_id, id)?;
            Ok(store::qualifications::history(tx, lead.id)?)
        })
        .await?;
    Ok(Json(records))
}

#[utoipa::path(patch, path = "/v1/leads/{id}", operation_id = "update_lead", tag = "leads", request_body = PersonPatch,
    params(("id" = i64, Path)),
    responses((status = 200, body = Lead), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
/// Changes a lead's email, name, phone or external id; the change is recorded.
pub async fn update(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    w: Write<PersonPatch>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        Ok(service::people::update_lead(ctx.tx, ctx.caller, id, body)?)
    })
    .await
}

#[utoipa::path(delete, path = "/v1/leads/{id}", operation_id = "delete_lead", tag = "leads",
    params(("id" = i64, Path), DeleteQuery),
    responses((status = 200, body = Lead), (status = 404, body = Problem), (status = 409, body = Problem)))]
/// Deletes a lead; one with qualification history only with `force=true`.
pub async fn delete(
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    QueryParams(q): QueryParams<DeleteQuery>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        Ok(service::people::delete_lead(
            ctx.tx, ctx.caller, id, q.force,
        )?)
    })
    .await
}

#[utoipa::path(get, path = "/v1/leads/{id}/changes", operation_id = "lead_changes", tag = "leads", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Change>)))]
/// The recorded edits and deletion of a lead, oldest first; answers for a
/// deleted lead too.
pub async fn changes(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(id): PathParam<i64>,
) -> Result<Json<Vec<Change>>, ApiError> {
    let changes = state
        .read(move |tx| Ok(store::changes::of(tx, p.workspace_id, "lead", id)?))
        .await?;
    Ok(Json(changes))
}
