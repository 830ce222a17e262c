//! The OpenAPI document's frame: title, security scheme. The paths come from
//! the route list in `routes`.

use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "refctl referral API", description = "Campaigns, referrers, leads and their qualification."),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    // Query parameters name these by reference; no body holds them.
    components(schemas(crate::api::MatchRole, crate::api::Order))
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

/// The document before the routes add their paths.
pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Completes the document the routes made: every error an operation can
/// answer is listed, as `application/problem+json` with the `Problem`
/// schema, so that the document and the server agree (schemathesis checks
/// this with `--checks all` in CI).
pub fn finish(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::Operation;
    use utoipa::openapi::schema::{AdditionalProperties, Schema};
    use utoipa::openapi::{Content, Ref, RefOr, Response};

    // Why each status is answered (`server::error` and the extractors).
    const ANY: &[(u16, &str)] = &[
        (400, "a query, path or body that cannot be read"),
        (
            401,
            "no token, an unknown, revoked or expired one, or a bad webhook signature",
        ),
        (429, "the token's rate limit; wait for Retry-After"),
        (500, "a failure in the server"),
    ];
    const READ: &[(u16, &str)] = &[
        (
            404,
            "what the path names does not exist in the caller's workspace",
        ),
        (
            422,
            "a value the API refuses (a limit out of range, a cursor it did not give out)",
        ),
    ];
    const WRITE: &[(u16, &str)] = &[
        (403, "a read-scoped token"),
        (
            404,
            "what the path names does not exist in the caller's workspace",
        ),
        (409, "a duplicate, or a state that does not allow it"),
        (413, "a body larger than the server takes"),
        (
            422,
            "a value the API refuses, or an Idempotency-Key reused with another body",
        ),
    ];
    let problem = || {
        let mut content = Content::new(Some(Ref::from_schema_name("Problem")));
        content.example = None;
        content
    };
    // A lead reference is one key and nothing else (serde refuses extra keys).
    if let Some(components) = doc.components.as_mut()
        && let Some(RefOr::T(Schema::OneOf(one_of))) = components.schemas.get_mut("LeadRef")
    {
        for variant in &mut one_of.items {
            if let RefOr::T(Schema::Object(object)) = variant {
                object.additional_properties =
                    Some(Box::new(AdditionalProperties::FreeForm(false)));
            }
        }
    }
    for (path, item) in doc.paths.paths.iter_mut() {
        let operations: [(&mut Option<Operation>, bool); 5] = [
            (&mut item.get, false),
            (&mut item.post, true),
            (&mut item.put, true),
            (&mut item.patch, true),
            (&mut item.delete, true),
        ];
        for (operation, writes) in operations {
            let Some(operation) = operation else { continue };
            // An error documented with a JSON body is problem details.
            for (status, response) in operation.responses.responses.iter_mut() {
                if let RefOr::T(response) = response
                    && status.as_str() >= "400"
                    && response.content.shift_remove("application/json").is_some()
                {
                    response
                        .content
                        .insert("application/problem+json".into(), problem());
                }
            }
            // Health checks answer anyone, and only for themselves.
            if matches!(path.as_str(), "/v1/health" | "/v1/ready") {
                continue;
            }
            let webhook = path.starts_with("/v1/hooks/");
            let extra = if writes || webhook { WRITE } else { READ };
            for (status, why) in ANY.iter().chain(extra) {
                // Webhooks have no token, so no rate limit and no scope.
                if webhook && matches!(status, 403 | 429) {
                    continue;
                }
                let key = status.to_string();
                operation.responses.responses.entry(key).or_insert_with(|| {
                    let mut response = Response::new(*why);
                    response
                        .content
                        .insert("application/problem+json".into(), problem());
                    RefOr::T(response)
                });
            }
        }
    }
}
