use axum::Json;
use axum::extract::{OriginalUri, State};
use axum::http::HeaderMap;

use super::shared::{PageRequest, next_link};
use crate::api::{MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, Page, Problem};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{PathParam, QueryParams};
use crate::server::state::AppState;
use crate::store;

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/match-keys", tag = "leads", operation_id = "list_match_keys",
    params(("campaign" = String, Path, description = "id or code"), MatchKeysQuery),
    responses((status = 200, body = Page<MatchKeys>,
        headers(("Link" = String, description = "`<next page's URL>; rel=\"next\"` when another page follows: \
            a client can ask for it before reading this one"))),
        (status = 404, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    OriginalUri(uri): OriginalUri,
    PathParam(campaign): PathParam<String>,
    QueryParams(q): QueryParams<MatchKeysQuery>,
) -> Result<(HeaderMap, Json<Page<MatchKeys>>), ApiError> {
    let page = PageRequest::bounded(q.limit, q.cursor.as_deref(), MAX_KEYS_PAGE, MAX_KEYS_PAGE)?;
    let (after, fetch) = (page.after_id, page.fetch());
    let role = q.role;
    let rows = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            Ok(store::match_keys::list(tx, c.id, role, after, fetch)?)
        })
        .await?;
    let page = page.page(rows, |r| r.id);
    Ok((next_link(&uri, page.next_cursor.as_deref()), Json(page)))
}
