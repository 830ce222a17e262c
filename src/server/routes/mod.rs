pub mod campaigns;
pub mod keys;
pub mod leads;
pub mod qualify;
pub mod referrers;
pub mod rules;
pub mod webhooks;

use axum::Json;
use axum::Router;
use axum::routing::{get, post};
use serde::Serialize;
use serde_json::Value;

use super::error::ApiError;
use super::state::AppState;
use crate::api::{Cursor, DEFAULT_PAGE, MAX_PAGE, PageQuery, Problem};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/openapi.json", get(super::openapi::serve))
        .route("/v1/whoami", get(campaigns::whoami))
        .route(
            "/v1/campaigns",
            get(campaigns::list).post(campaigns::create),
        )
        .route(
            "/v1/campaigns/{campaign}",
            get(campaigns::show).patch(campaigns::update),
        )
        .route("/v1/campaigns/{campaign}/archive", post(campaigns::archive))
        .route(
            "/v1/campaigns/{campaign}/referrers",
            get(referrers::list).post(referrers::create),
        )
        .route(
            "/v1/campaigns/{campaign}/referrers/bulk",
            post(referrers::bulk),
        )
        .route(
            "/v1/campaigns/{campaign}/referrers/{code}",
            get(referrers::show_by_code),
        )
        .route("/v1/referrers/{id}", get(referrers::show))
        .route("/v1/campaigns/{campaign}/leads", post(leads::create))
        .route("/v1/campaigns/{campaign}/leads/bulk", post(leads::bulk))
        .route("/v1/campaigns/{campaign}/match-keys", get(keys::list))
        .route("/v1/leads", get(leads::list))
        .route("/v1/leads/lookup", get(leads::lookup))
        .route("/v1/leads/{id}", get(leads::show))
        .route("/v1/leads/{id}/history", get(leads::history))
        .route("/v1/leads/{id}/qualify", post(qualify::qualify))
        .route("/v1/leads/{id}/unqualify", post(qualify::unqualify))
        .route("/v1/qualifications/batch", post(qualify::batch))
        .route(
            "/v1/campaigns/{campaign}/rules",
            get(rules::list).post(rules::create),
        )
        .route("/v1/campaigns/{campaign}/rules/test", post(rules::test))
        .route(
            "/v1/rules/{id}",
            get(rules::show)
                .patch(rules::update)
                .put(rules::replace)
                .delete(rules::delete),
        )
        .route("/v1/events", get(rules::list_events).post(rules::send))
        .route("/v1/events/{id}", get(rules::show_event))
        .route("/v1/webhooks", get(webhooks::list))
        .route("/v1/webhooks/secrets", post(webhooks::create_secret))
        .route(
            "/v1/webhooks/secrets/{kind}",
            axum::routing::put(webhooks::set_secret),
        )
        .route(
            "/v1/webhooks/secrets/{kind}/rotate",
            post(webhooks::rotate_secret),
        )
        .route("/v1/hooks/{workspace}/events", post(webhooks::generic))
        .route("/v1/hooks/{workspace}/stripe", post(webhooks::stripe))
        .fallback(|| async { ApiError::from(Problem::not_found("no such API route")) })
}

/// Where a list request starts and how much it takes.
pub struct PageRequest {
    pub after_id: i64,
    pub limit: u32,
    fields: Option<Vec<String>>,
}

impl PageRequest {
    pub fn parse(q: &PageQuery) -> Result<PageRequest, ApiError> {
        let limit = q.limit.unwrap_or(DEFAULT_PAGE);
        if limit == 0 || limit > MAX_PAGE {
            return Err(
                Problem::validation("limit", format!("must be between 1 and {MAX_PAGE}")).into(),
            );
        }
        let after_id = match &q.cursor {
            Some(c) => {
                Cursor::decode(c)
                    .ok_or_else(|| {
                        Problem::validation("cursor", "is not a cursor this API gave out")
                    })?
                    .0
            }
            None => 0,
        };
        let fields = q.fields.as_ref().map(|f| {
            f.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        });
        Ok(PageRequest {
            after_id,
            limit,
            fields,
        })
    }

    /// How many rows to fetch: one more than the page, to know whether another follows.
    pub fn fetch(&self) -> u32 {
        self.limit + 1
    }

    /// The page of `rows` (fetched with [`PageRequest::fetch`]), with only the asked-for fields.
    pub fn respond<T: Serialize>(
        &self,
        mut rows: Vec<T>,
        id: impl Fn(&T) -> i64,
    ) -> Result<Json<Value>, ApiError> {
        let next_cursor = if rows.len() > self.limit as usize {
            rows.truncate(self.limit as usize);
            rows.last().map(|r| Cursor(id(r)).encode())
        } else {
            None
        };
        let mut data = Vec::with_capacity(rows.len());
        for row in &rows {
            let value = serde_json::to_value(row).unwrap_or(Value::Null);
            data.push(match &self.fields {
                Some(fields) => project(value, fields)?,
                None => value,
            });
        }
        let mut page = serde_json::json!({ "data": data });
        if let Some(next) = next_cursor {
            page["next_cursor"] = Value::String(next);
        }
        Ok(Json(page))
    }
}

/// Keeps only `fields` of an object; an unknown field is refused with the list of known ones.
fn project(value: Value, fields: &[String]) -> Result<Value, ApiError> {
    let Value::Object(mut map) = value else {
        return Ok(value);
    };
    let mut out = serde_json::Map::new();
    for field in fields {
        match map.remove(field) {
            Some(v) => {
                out.insert(field.clone(), v);
            }
            None if out.contains_key(field) => {}
            None => {
                let mut known: Vec<_> = map.keys().chain(out.keys()).cloned().collect();
                known.sort();
                return Err(Problem::validation(
                    "fields",
                    format!(
                        "unknown field '{field}'; available fields: {}",
                        known.join(", ")
                    ),
                )
                .into());
            }
        }
    }
    Ok(Value::Object(out))
}
