use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::shared::{PageRequest, bulk_response, check_bulk_size};
use crate::api::{
    BulkRequest, BulkResponse, Change, DeleteQuery, Lead, LeadLookup, LeadQuery, NewLead, Page,
    PersonPatch, Problem, QualificationRecord,
};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, QueryParams, Write};
use crate::server::state::AppState;
use crate::store::leads::LeadFilter;
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
    let page = PageRequest::parse(&q.page())?;
    let (after, fetch) = (page.after_id, page.fetch());
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
                after,
                fetch,
            )?)
        })
        .await?;
    page.respond(rows, |l| l.id)
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
