//! Inbound webhooks: events signed with the workspace's shared secret (the
//! generic endpoint) or by Stripe. No bearer token: the signature is the
//! credential, so a bad, stale or missing one is refused, counted, and
//! changes nothing.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::rules::campaigns_for;
use crate::api::{EventRecord, NewEvent, Problem, ProblemCode, Scope, WebhookInfo};
use crate::domain::signature::{self, SignatureError};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, Write};
use crate::server::state::AppState;
use crate::store::{self, EventMode, Principal};

/// The header of the generic webhook's signature.
pub const SIGNATURE_HEADER: &str = "Refctl-Signature";
/// Stripe's own.
pub const STRIPE_HEADER: &str = "Stripe-Signature";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    Generic,
    Stripe,
}

impl SecretKind {
    fn as_str(self) -> &'static str {
        match self {
            SecretKind::Generic => "generic",
            SecretKind::Stripe => "stripe",
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewSecret {
    pub kind: SecretKind,
}

/// A secret, shown once, and where to point the sender.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WebhookSecret {
    pub kind: SecretKind,
    pub secret: String,
    /// The endpoint's path on this server.
    pub endpoint: String,
}

fn endpoint(workspace: &str, kind: SecretKind) -> String {
    match kind {
        SecretKind::Generic => format!("/v1/hooks/{workspace}/events"),
        SecretKind::Stripe => format!("/v1/hooks/{workspace}/stripe"),
    }
}

#[utoipa::path(post, path = "/v1/webhooks/secrets", tag = "webhooks", operation_id = "create_webhook_secret",
    request_body = NewSecret, responses((status = 201, body = WebhookSecret), (status = 409, body = Problem)))]
pub async fn create_secret(
    State(state): State<AppState>,
    w: Write<NewSecret>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::CREATED, move |ctx, body| {
        let secret =
            store::create_webhook_secret(ctx.tx, ctx.caller.workspace_id, body.kind.as_str())?;
        Ok(WebhookSecret {
            kind: body.kind,
            secret,
            endpoint: endpoint(&ctx.caller.workspace, body.kind),
        })
    })
    .await
}

#[utoipa::path(get, path = "/v1/webhooks", tag = "webhooks", operation_id = "list_webhooks",
    responses((status = 200, body = Vec<WebhookInfo>)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
) -> Result<Json<Vec<WebhookInfo>>, ApiError> {
    let hooks = state
        .transaction(move |tx| Ok(store::list_webhooks(tx, p.workspace_id)?))
        .await?;
    Ok(Json(hooks))
}

#[utoipa::path(post, path = "/v1/webhooks/secrets/{kind}/rotate", tag = "webhooks", operation_id = "rotate_webhook_secret",
    params(("kind" = String, Path, description = "generic or stripe")),
    responses((status = 200, body = WebhookSecret), (status = 404, body = Problem)))]
pub async fn rotate_secret(
    State(state): State<AppState>,
    PathParam(kind): PathParam<SecretKind>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, _| {
        let secret = store::rotate_webhook_secret(ctx.tx, ctx.caller.workspace_id, kind.as_str())?;
        Ok(WebhookSecret {
            kind,
            secret,
            endpoint: endpoint(&ctx.caller.workspace, kind),
        })
    })
    .await
}

/// A secret made by the sender, e.g. the signing secret Stripe shows for an endpoint.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetSecret {
    pub secret: String,
}

/// Where to point the sender; the secret is not echoed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecretSet {
    pub kind: SecretKind,
    pub endpoint: String,
}

#[utoipa::path(put, path = "/v1/webhooks/secrets/{kind}", tag = "webhooks", operation_id = "set_webhook_secret",
    request_body = SetSecret, params(("kind" = String, Path, description = "generic or stripe")),
    responses((status = 200, body = SecretSet), (status = 422, body = Problem)))]
/// Sets the webhook's secret to one the sender made (Stripe makes its own);
/// a secret it replaces keeps working for a day.
pub async fn set_secret(
    State(state): State<AppState>,
    PathParam(kind): PathParam<SecretKind>,
    w: Write<SetSecret>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        store::set_webhook_secret(ctx.tx, ctx.caller.workspace_id, kind.as_str(), &body.secret)?;
        Ok(SecretSet {
            kind,
            endpoint: endpoint(&ctx.caller.workspace, kind),
        })
    })
    .await
}

#[utoipa::path(post, path = "/v1/hooks/{workspace}/events", tag = "webhooks", operation_id = "generic_webhook",
    params(("workspace" = String, Path)), request_body = NewEvent,
    responses((status = 200, body = EventRecord), (status = 401, body = Problem)))]
/// An event signed with `Refctl-Signature: t=TIMESTAMP,v1=HMAC-SHA256(secret, "TIMESTAMP.BODY")`.
pub async fn generic(
    State(state): State<AppState>,
    PathParam(workspace): PathParam<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<EventRecord>, ApiError> {
    let principal = verified(&state, &workspace, SecretKind::Generic, &headers, &body).await?;
    let event: NewEvent = serde_json::from_slice(&body).map_err(|e| {
        Problem::new(
            400,
            ProblemCode::BadRequest,
            format!("the body is not an event ({e}): send {{\"id\", \"type\", \"data\"}}"),
        )
    })?;
    process(&state, principal, event, "webhook").await
}

#[utoipa::path(post, path = "/v1/hooks/{workspace}/stripe", tag = "webhooks", operation_id = "stripe_webhook",
    params(("workspace" = String, Path)), request_body(content = Object, description = "a Stripe event"),
    responses((status = 200, body = EventRecord), (status = 401, body = Problem)))]
/// A Stripe event, verified with Stripe's `Stripe-Signature`, as an event with
/// the customer's `email`, the `amount` and the `currency` in its data.
pub async fn stripe(
    State(state): State<AppState>,
    PathParam(workspace): PathParam<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<EventRecord>, ApiError> {
    let principal = verified(&state, &workspace, SecretKind::Stripe, &headers, &body).await?;
    let stripe: Value = serde_json::from_slice(&body).map_err(|e| {
        Problem::new(
            400,
            ProblemCode::BadRequest,
            format!("the body is not JSON: {e}"),
        )
    })?;
    process(&state, principal, from_stripe(&stripe)?, "stripe").await
}

async fn process(
    state: &AppState,
    principal: Principal,
    event: NewEvent,
    source: &'static str,
) -> Result<Json<EventRecord>, ApiError> {
    let record = state
        .transaction(move |tx| {
            let campaigns = campaigns_for(tx, principal.workspace_id, event.campaign.as_deref())?;
            Ok(store::process_event(
                tx,
                &principal,
                event,
                &campaigns,
                EventMode::Record { source },
            )?)
        })
        .await?;
    Ok(Json(record))
}

/// The principal a verified webhook acts as; refusals are counted.
async fn verified(
    state: &AppState,
    workspace: &str,
    kind: SecretKind,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Principal, ApiError> {
    let header_name = match kind {
        SecretKind::Generic => SIGNATURE_HEADER,
        SecretKind::Stripe => STRIPE_HEADER,
    };
    let header = headers
        .get(header_name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = body.clone();
    let workspace = workspace.to_string();
    // A refusal is counted and committed: the closure answers Ok(Err(..)).
    let verdict = state
        .transaction(move |tx| {
            let Some((workspace_id, secrets)) =
                store::webhook_secrets(tx, &workspace, kind.as_str())?
            else {
                return Err(Problem::not_found(format!(
                    "no {} webhook here for workspace '{workspace}'",
                    kind.as_str()
                ))
                .into());
            };
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            match signature::verify(header.as_deref(), &body, &secrets, now) {
                Ok(()) => Ok(Ok(Principal {
                    workspace_id,
                    workspace,
                    actor: format!("{}-webhook", kind.as_str()),
                    scope: Scope::Admin,
                    token_id: None,
                    rate_limit: None,
                })),
                Err(e) => {
                    store::count_refused_webhook(tx, workspace_id, kind.as_str())?;
                    Ok(Err(e))
                }
            }
        })
        .await?;
    verdict.map_err(|e| refusal(header_name, e))
}

fn refusal(header: &str, e: SignatureError) -> ApiError {
    Problem::new(
        401,
        ProblemCode::Unauthenticated,
        format!("{header}: {e}; nothing was changed"),
    )
    .into()
}

/// A Stripe event as a refctl event. `data` holds the customer's `email`,
/// Stripe's `customer` id, the `amount` in the currency's main unit (30.00
/// USD is `30`, as rules and explanations read best), `amount_minor` as Stripe
/// sends it (3000 cents), the `currency`, and Stripe's whole object under
/// `stripe`. The event happened at Stripe's `created`.
fn from_stripe(event: &Value) -> Result<NewEvent, ApiError> {
    let id = event["id"].as_str().unwrap_or_default().to_string();
    let kind = event["type"].as_str().unwrap_or_default().to_string();
    if id.is_empty() || kind.is_empty() {
        return Err(Problem::validation("id", "a Stripe event has an id and a type").into());
    }
    let object = &event["data"]["object"];
    if !object.is_object() {
        return Err(Problem::validation(
            "data.object",
            "a Stripe event carries its object in data.object",
        )
        .into());
    }
    let text = |paths: &[&[&str]]| {
        paths.iter().find_map(|path| {
            path.iter()
                .try_fold(object, |v, k| v.get(*k))
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
    };
    let number = |key: &str| object.get(key).and_then(Value::as_i64);
    let (email, amount_minor) = match kind.as_str() {
        "checkout.session.completed" => (
            text(&[&["customer_details", "email"], &["customer_email"]]),
            number("amount_total"),
        ),
        "invoice.paid" => (text(&[&["customer_email"]]), number("amount_paid")),
        "charge.succeeded" => (
            text(&[&["billing_details", "email"], &["receipt_email"]]),
            number("amount"),
        ),
        "charge.refunded" => (
            text(&[&["billing_details", "email"], &["receipt_email"]]),
            number("amount_refunded"),
        ),
        "charge.dispute.created" => (
            text(&[&["evidence", "customer_email_address"]]),
            number("amount"),
        ),
        _ => (
            text(&[
                &["customer_details", "email"],
                &["customer_email"],
                &["billing_details", "email"],
                &["receipt_email"],
                &["email"],
            ]),
            number("amount"),
        ),
    };
    let currency = object
        .get("currency")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let amount = amount_minor.map(|minor| major_units(minor, currency.as_deref().unwrap_or("")));
    let occurred_at = event["created"]
        .as_i64()
        .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        });
    Ok(NewEvent {
        id,
        kind,
        campaign: None,
        occurred_at,
        data: json!({
            "email": email,
            "customer": object.get("customer").filter(|c| c.is_string()),
            "amount": amount,
            "amount_minor": amount_minor,
            "currency": currency,
            "stripe": object,
        }),
    })
}

/// Stripe amounts are in the currency's smallest unit; most currencies have
/// two decimals, these none or three (Stripe's list).
fn major_units(minor: i64, currency: &str) -> f64 {
    const ZERO_DECIMAL: &[&str] = &[
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
        "xaf", "xof", "xpf",
    ];
    const THREE_DECIMAL: &[&str] = &["bhd", "jod", "kwd", "omr", "tnd"];
    if ZERO_DECIMAL.contains(&currency) {
        minor as f64
    } else if THREE_DECIMAL.contains(&currency) {
        minor as f64 / 1000.0
    } else {
        minor as f64 / 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripe_amounts_become_main_units_by_currency() {
        assert_eq!(major_units(3000, "usd"), 30.0);
        assert_eq!(major_units(3000, "jpy"), 3000.0);
        assert_eq!(major_units(3000, "kwd"), 3.0);
    }

    #[test]
    fn a_stripe_charge_becomes_an_event_with_email_amount_and_time() {
        let stripe = json!({
            "id": "evt_1", "type": "charge.succeeded", "created": 1_767_225_600,
            "data": {"object": {"amount": 1999, "currency": "USD", "customer": "cus_9",
                                "billing_details": {"email": null}, "receipt_email": "a@b.co"}}
        });
        let event = from_stripe(&stripe).unwrap();
        assert_eq!(event.data["email"], "a@b.co");
        assert_eq!(event.data["amount"], 19.99);
        assert_eq!(event.data["amount_minor"], 1999);
        assert_eq!(event.data["currency"], "usd");
        assert_eq!(event.data["customer"], "cus_9");
        assert_eq!(event.occurred_at.as_deref(), Some("2026-01-01T00:00:00Z"));
        assert!(from_stripe(&json!({"id": "evt_2", "type": "x"})).is_err());
    }
}
