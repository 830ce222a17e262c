use axum::Json;
use axum::extract::State;

use crate::api::{Cursor, MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, Page, Problem};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{PathParam, QueryParams};
use crate::server::state::AppState;
use crate::store;

#[utoipa::path(get, path = "/v1/campaigns/{campaign}/match-keys", tag = "leads", operation_id = "list_match_keys",
    params(("campaign" = String, Path, description = "id or code"), MatchKeysQuery),
    responses((status = 200, body = Page<MatchKeys>), (status = 404, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    PathParam(campaign): PathParam<String>,
    QueryParams(q): QueryParams<MatchKeysQuery>,
) -> Result<Json<Page<MatchKeys>>, ApiError> {
    let limit = q.limit.unwrap_or(MAX_KEYS_PAGE);
    if limit == 0 || limit > MAX_KEYS_PAGE {
        return Err(
            Problem::validation("limit", format!("must be between 1 and {MAX_KEYS_PAGE}")).into(),
        );
    }
    let after = match &q.cursor {
        Some(c) => {
            Cursor::decode(c)
                .ok_or_else(|| Problem::validation("cursor", "is not a cursor this API gave out"))?
                .0
        }
        None => 0,
    };
    let role = q.role;
    let mut rows = state
        .transaction(move |tx| {
            let c = store::get_campaign(tx, p.workspace_id, &campaign)?;
            Ok(store::list_match_keys(tx, c.id, role, after, limit + 1)?)
        })
        .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| Cursor(r.id).encode())
    } else {
        None
    };
    Ok(Json(Page {
        data: rows,
        next_cursor,
    }))
}
