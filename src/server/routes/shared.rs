//! What several routes share: paging, field projection, batch sizes.

use axum::Json;
use serde::Serialize;
use serde_json::Value;

use crate::api::{
    BulkItemResult, BulkResponse, Cursor, DEFAULT_PAGE, MAX_BATCH, MAX_PAGE, Page, PageQuery,
    Problem,
};
use crate::domain::Refusal;
use crate::server::error::{ApiError, problem};

/// A `Link` header naming the next page (RFC 8288, as GitHub's API does):
/// the request's own URL with the next cursor. A client reads it before the
/// body, so it can fetch the next page while it decodes this one.
pub fn next_link(uri: &axum::http::Uri, next_cursor: Option<&str>) -> axum::http::HeaderMap {
    let mut headers = axum::http::HeaderMap::new();
    let Some(cursor) = next_cursor else {
        return headers;
    };
    let mut url = uri.path().to_string();
    let mut separator = '?';
    for pair in uri.query().unwrap_or("").split('&') {
        if !pair.is_empty() && !pair.starts_with("cursor=") {
            url.extend([separator]);
            url.push_str(pair);
            separator = '&';
        }
    }
    // Cursors are URL-safe base64: nothing to escape.
    url.extend([separator]);
    url.push_str("cursor=");
    url.push_str(cursor);
    if let Ok(value) = axum::http::HeaderValue::from_str(&format!("<{url}>; rel=\"next\"")) {
        headers.insert(axum::http::header::LINK, value);
    }
    headers
}

/// Where a list request starts and how much it takes.
pub struct PageRequest {
    /// The row the previous page ended at (0: from the start).
    pub after_id: i64,
    pub limit: u32,
    fields: Option<Vec<String>>,
}

impl PageRequest {
    /// A page of an ordinary list: at most [`MAX_PAGE`], [`DEFAULT_PAGE`] by default.
    pub fn parse(q: &PageQuery) -> Result<PageRequest, ApiError> {
        let mut page = PageRequest::bounded(q.limit, q.cursor.as_deref(), DEFAULT_PAGE, MAX_PAGE)?;
        // `fields=` (empty) asks for no projection, not for empty objects.
        page.fields = q
            .fields
            .as_ref()
            .map(|f| {
                f.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
            })
            .filter(|f| !f.is_empty());
        Ok(page)
    }

    /// A page of at most `max` rows, `default` when the caller names no limit.
    pub fn bounded(
        limit: Option<u32>,
        cursor: Option<&str>,
        default: u32,
        max: u32,
    ) -> Result<PageRequest, ApiError> {
        let limit = limit.unwrap_or(default);
        if limit == 0 || limit > max {
            return Err(
                Problem::validation("limit", format!("must be between 1 and {max}")).into(),
            );
        }
        // `cursor=` (empty), as forms send a blank, is the first page.
        let after_id = match cursor.filter(|c| !c.is_empty()) {
            Some(c) => {
                Cursor::decode(c)
                    .ok_or_else(|| {
                        Problem::validation("cursor", "is not a cursor this API gave out")
                    })?
                    .0
            }
            None => 0,
        };
        Ok(PageRequest {
            after_id,
            limit,
            fields: None,
        })
    }

    /// How many rows to fetch: one more than the page, to know whether another follows.
    pub fn fetch(&self) -> u32 {
        self.limit + 1
    }

    /// The page of `rows` (fetched with [`PageRequest::fetch`]).
    pub fn page<T>(&self, mut rows: Vec<T>, id: impl Fn(&T) -> i64) -> Page<T> {
        let next_cursor = if rows.len() > self.limit as usize {
            rows.truncate(self.limit as usize);
            rows.last().map(|r| Cursor(id(r)).encode())
        } else {
            None
        };
        Page {
            data: rows,
            next_cursor,
        }
    }

    /// The page of `rows` with only the asked-for fields.
    pub fn respond<T: Serialize>(
        &self,
        rows: Vec<T>,
        id: impl Fn(&T) -> i64,
    ) -> Result<Json<Value>, ApiError> {
        self.respond_page(self.page(rows, id))
    }

    /// A page already cut (its cursor made by the caller), with only the
    /// asked-for fields.
    pub fn respond_page<T: Serialize>(&self, page: Page<T>) -> Result<Json<Value>, ApiError> {
        let mut data = Vec::with_capacity(page.data.len());
        for row in &page.data {
            let value = serde_json::to_value(row).unwrap_or(Value::Null);
            data.push(match &self.fields {
                Some(fields) => project(value, fields)?,
                None => value,
            });
        }
        let mut body = serde_json::json!({ "data": data });
        if let Some(next) = page.next_cursor {
            body["next_cursor"] = Value::String(next);
        }
        Ok(Json(body))
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

/// Refuses a batch that is empty or larger than [`MAX_BATCH`].
pub fn check_bulk_size(n: usize) -> Result<(), ApiError> {
    if n == 0 || n > MAX_BATCH {
        return Err(Problem::validation(
            "items",
            format!("must hold 1 to {MAX_BATCH} items, not {n}"),
        )
        .into());
    }
    Ok(())
}

/// Per-item results of a bulk creation as the API answers them.
pub fn bulk_response<T>(results: Vec<Result<T, Refusal>>) -> BulkResponse<T> {
    BulkResponse {
        results: results
            .into_iter()
            .enumerate()
            .map(|(index, result)| match result {
                Ok(created) => BulkItemResult {
                    index,
                    created: Some(created),
                    error: None,
                },
                Err(refusal) => BulkItemResult {
                    index,
                    created: None,
                    error: Some(problem(refusal)),
                },
            })
            .collect(),
    }
}
