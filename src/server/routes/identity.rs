//! Who is calling.

use axum::Json;

use crate::api::Identity;
use crate::server::auth::Caller;

#[utoipa::path(get, path = "/v1/whoami", operation_id = "whoami", tag = "auth", responses((status = 200, body = Identity)))]
pub async fn whoami(Caller(p): Caller) -> Json<Identity> {
    Json(Identity {
        workspace: p.workspace,
        token_name: p.actor,
        scope: p.scope,
        rate_limit: p.rate_limit.map(|r| r.to_string()),
        server_version: Some(format!("refctl {}", crate::VERSION)),
    })
}
