//! Every route of the API, listed once: the same list builds the router and
//! the OpenAPI document (utoipa-axum reads each handler's `#[utoipa::path]`).

mod campaigns;
mod events;
mod health;
mod identity;
mod leads;
mod lists;
mod match_keys;
mod outbox;
mod qualify;
mod referrers;
mod rules;
mod shared;
mod webhooks;

use axum::Router;
use utoipa::openapi::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::openapi;
use super::state::AppState;

/// The API's routes and the OpenAPI document that describes them.
pub fn api() -> (Router<AppState>, OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(openapi::base())
        .routes(routes!(health::health))
        .routes(routes!(health::ready))
        .routes(routes!(identity::whoami))
        .routes(routes!(campaigns::list, campaigns::create))
        .routes(routes!(campaigns::show, campaigns::update))
        .routes(routes!(campaigns::archive))
        .routes(routes!(referrers::list, referrers::create))
        .routes(routes!(referrers::bulk))
        .routes(routes!(referrers::show_by_code))
        .routes(routes!(
            referrers::show,
            referrers::update,
            referrers::delete
        ))
        .routes(routes!(leads::create))
        .routes(routes!(leads::bulk))
        .routes(routes!(match_keys::list))
        .routes(routes!(leads::list))
        .routes(routes!(leads::lookup))
        .routes(routes!(leads::show, leads::update, leads::delete))
        .routes(routes!(leads::changes))
        .routes(routes!(leads::history))
        .routes(routes!(lists::list, lists::create))
        .routes(routes!(lists::show, lists::delete))
        .routes(routes!(lists::keys))
        .routes(routes!(lists::purge))
        .routes(routes!(lists::match_now))
        .routes(routes!(lists::remove_keys))
        .routes(routes!(lists::forget))
        .routes(routes!(qualify::qualify))
        .routes(routes!(qualify::unqualify))
        .routes(routes!(qualify::batch))
        .routes(routes!(rules::list, rules::create, rules::apply))
        .routes(routes!(rules::test))
        .routes(routes!(
            rules::show,
            rules::update,
            rules::replace,
            rules::delete
        ))
        .routes(routes!(events::list_events, events::send))
        .routes(routes!(events::show_event))
        .routes(routes!(events::replay))
        .routes(routes!(outbox::list))
        .routes(routes!(outbox::show))
        .routes(routes!(outbox::retry))
        .routes(routes!(outbox::retry_failed))
        .routes(routes!(outbox::discard))
        .routes(routes!(outbox::link))
        .routes(routes!(webhooks::list))
        .routes(routes!(webhooks::create_secret))
        .routes(routes!(webhooks::set_secret))
        .routes(routes!(webhooks::rotate_secret))
        .routes(routes!(webhooks::generic))
        .routes(routes!(webhooks::stripe))
        .split_for_parts();
    openapi::finish(&mut doc);
    (router, doc)
}
