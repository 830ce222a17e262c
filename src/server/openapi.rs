use axum::Json;
use utoipa::OpenApi;

use super::routes::*;

#[derive(OpenApi)]
#[openapi(
    info(title = "refctl referral API", description = "Campaigns, referrers, leads and their qualification."),
    paths(
        campaigns::whoami, campaigns::list, campaigns::create, campaigns::show, campaigns::update,
        campaigns::archive, referrers::list, referrers::create, referrers::bulk, referrers::show,
        referrers::show_by_code,
        leads::create, leads::bulk, leads::list, leads::lookup, leads::show, leads::history,
        qualify::qualify, qualify::unqualify, qualify::batch, keys::list,
        rules::list, rules::create, rules::show, rules::update, rules::replace, rules::delete,
        rules::test,
        rules::send, rules::list_events, rules::show_event, webhooks::create_secret, webhooks::list,
        webhooks::rotate_secret, webhooks::set_secret, webhooks::generic, webhooks::stripe,
    ),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI document of the v1 API, generated from the same types the client uses.
pub fn openapi_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

pub async fn serve() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    #[test]
    fn every_operation_has_a_unique_id() {
        let doc: serde_json::Value = serde_json::from_str(&super::openapi_json()).unwrap();
        let mut seen = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let id = op["operationId"].as_str().unwrap_or_default().to_string();
                assert!(!id.is_empty(), "{method} {path} has no operationId");
                assert!(seen.insert(id.clone()), "operationId {id} is used twice");
            }
        }
        assert!(seen.contains("batch_qualify"), "{seen:?}");
    }
}
