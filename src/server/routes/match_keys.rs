use axum::extract::{OriginalUri, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::shared::{PageRequest, next_link};
use crate::api::{
    Cursor, KeyFields, MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, Page, Problem, ProblemCode,
};
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
) -> Result<Response, ApiError> {
    let page = PageRequest::bounded(q.limit, q.cursor.as_deref(), MAX_KEYS_PAGE, MAX_KEYS_PAGE)?;
    let (after, limit) = (page.after_id, page.limit);
    let role = q.role;
    let fields = match q.keys.as_deref() {
        Some(list) => KeyFields::parse(list).map_err(|name| {
            Problem::validation(
                "keys",
                format!("'{name}' is not a key: use email, code, external_id or phone"),
            )
        })?,
        None => KeyFields::ALL,
    };
    // The page's JSON is written as the rows are read, on the blocking
    // pool: a page of ten thousand keys is never a vector of them first.
    let (body, next_cursor) = state
        .read(move |tx| {
            let c = store::campaigns::get(tx, p.workspace_id, &campaign)?;
            let mut body = Vec::with_capacity(64 * limit as usize);
            body.extend_from_slice(b"{\"data\":[");
            let (mut count, mut last_id, mut written) = (0, 0, Ok(()));
            store::match_keys::each(tx, c.id, role, fields, after, limit + 1, |keys| {
                count += 1;
                // One more than the page was read: it only says another follows.
                if count > limit || written.is_err() {
                    return;
                }
                if count > 1 {
                    body.push(b',');
                }
                written = serde_json::to_writer(&mut body, &keys);
                last_id = keys.id;
            })?;
            body.push(b']');
            let next_cursor = (count > limit).then(|| Cursor(last_id).encode());
            if let Some(cursor) = &next_cursor {
                body.extend_from_slice(b",\"next_cursor\":");
                written = written.and(serde_json::to_writer(&mut body, cursor));
            }
            body.push(b'}');
            written.map_err(|e| {
                Problem::new(
                    500,
                    ProblemCode::Internal,
                    format!("could not write JSON: {e}"),
                )
            })?;
            Ok((body, next_cursor))
        })
        .await?;
    let mut headers = next_link(&uri, next_cursor.as_deref());
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok((headers, body).into_response())
}
