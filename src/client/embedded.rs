use std::path::{Path, PathBuf};

use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::{ApiRequest, ApiResponse, ClientError, Transport, TransportFuture};
use crate::server::{self, AppState};

/// The server's router called in-process over a SQLite file: no socket, no token.
pub struct EmbeddedTransport {
    router: Router,
    db: PathBuf,
}

impl EmbeddedTransport {
    /// Opens (creating on first use) the workspace database at `db`.
    pub fn open(db: &Path) -> Result<EmbeddedTransport, ClientError> {
        let state = AppState::open_local(db).map_err(|e| ClientError::Workspace {
            path: db.to_path_buf(),
            message: e.to_string(),
        })?;
        Ok(EmbeddedTransport {
            router: server::router(state),
            db: db.to_path_buf(),
        })
    }
}

impl Transport for EmbeddedTransport {
    fn send(&self, request: ApiRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let mut builder = http::Request::builder()
                .method(request.method.as_str())
                .uri(&request.path)
                .header(http::header::CONTENT_TYPE, "application/json");
            if let Some(key) = &request.idempotency_key {
                builder = builder.header(crate::api::IDEMPOTENCY_KEY, key);
            }
            if let Some((name, value)) = &request.signature {
                builder = builder.header(*name, value);
            }
            let http_request = builder
                .body(axum::body::Body::from(request.body.unwrap_or_default()))
                .map_err(|e| ClientError::Decode(e.to_string()))?;
            let response = self
                .router
                .clone()
                .oneshot(http_request)
                .await
                .map_err(|e| ClientError::InProcess(e.to_string()))?;
            let status = response.status().as_u16();
            let next_cursor = super::next_cursor(response.headers());
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| ClientError::InProcess(e.to_string()))?
                .to_bytes()
                .to_vec();
            Ok(ApiResponse {
                status,
                body,
                next_cursor,
            })
        })
    }

    fn describe(&self) -> String {
        format!("local workspace {}", self.db.display())
    }
}
