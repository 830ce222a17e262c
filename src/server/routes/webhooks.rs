//! Inbound webhooks: events signed with the workspace's shared secret (the
//! generic endpoint) or by Stripe. No bearer token: the signature is the
//! credential, so a bad, stale or missing one is refused, counted, and
//! changes nothing.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;

use crate::api::{
    EventRecord, NewEvent, NewSecret, Problem, ProblemCode, Scope, SecretKind, SecretSet,
    SetSecret, WebhookInfo, WebhookSecret,
};
use crate::domain::signature::{self, SignatureError};
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{Empty, PathParam, Write};
use crate::server::state::AppState;
use crate::service::events::EventMode;
use crate::store::Principal;
use crate::{service, store};

/// The header of the generic webhook's signature.
pub const SIGNATURE_HEADER: &str = "Refctl-Signature";
/// Stripe's own.
pub const STRIPE_HEADER: &str = "Stripe-Signature";
/// How long an answer carrying a new secret can be replayed (a retry after a
/// lost response); after that the secret is nowhere but with its owner.
const SECRET_REPLAY_MINUTES: i64 = 10;

#[utoipa::path(post, path = "/v1/webhooks/secrets", tag = "webhooks", operation_id = "create_webhook_secret",
    request_body = NewSecret, responses((status = 201, body = WebhookSecret), (status = 409, body = Problem)))]
pub async fn create_secret(
    State(state): State<AppState>,
    w: Write<NewSecret>,
) -> Result<Response, ApiError> {
    w.secret_response(SECRET_REPLAY_MINUTES)
        .run(&state, StatusCode::CREATED, move |ctx, body| {
            let secret = store::webhooks::create_secret(
                ctx.tx,
                ctx.caller.workspace_id,
                body.kind.as_str(),
            )?;
            Ok(WebhookSecret {
                kind: body.kind,
                secret,
                endpoint: body.kind.endpoint(&ctx.caller.workspace),
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
    let workspace_id = p.workspace_id;
    let mut hooks = state
        .read(move |tx| Ok(store::webhooks::list(tx, workspace_id)?))
        .await?;
    for hook in &mut hooks {
        if let Ok(kind) = hook.kind.parse::<SecretKind>() {
            hook.refused += state.refused.unwritten(workspace_id, kind);
        }
    }
    Ok(Json(hooks))
}

#[utoipa::path(post, path = "/v1/webhooks/secrets/{kind}/rotate", tag = "webhooks", operation_id = "rotate_webhook_secret",
    params(("kind" = SecretKind, Path, description = "generic or stripe")),
    responses((status = 200, body = WebhookSecret), (status = 404, body = Problem)))]
pub async fn rotate_secret(
    State(state): State<AppState>,
    PathParam(kind): PathParam<SecretKind>,
    w: Write<Empty>,
) -> Result<Response, ApiError> {
    w.secret_response(SECRET_REPLAY_MINUTES)
        .run(&state, StatusCode::OK, move |ctx, _| {
            let secret =
                store::webhooks::rotate_secret(ctx.tx, ctx.caller.workspace_id, kind.as_str())?;
            Ok(WebhookSecret {
                kind,
                secret,
                endpoint: kind.endpoint(&ctx.caller.workspace),
            })
        })
        .await
}

#[utoipa::path(put, path = "/v1/webhooks/secrets/{kind}", tag = "webhooks", operation_id = "set_webhook_secret",
    request_body = SetSecret, params(("kind" = SecretKind, Path, description = "generic or stripe")),
    responses((status = 200, body = SecretSet), (status = 422, body = Problem)))]
/// Sets the webhook's secret to one the sender made (Stripe makes its own);
/// a secret it replaces keeps working for a day.
pub async fn set_secret(
    State(state): State<AppState>,
    PathParam(kind): PathParam<SecretKind>,
    w: Write<SetSecret>,
) -> Result<Response, ApiError> {
    w.run(&state, StatusCode::OK, move |ctx, body| {
        let secret = signature::check_shared_secret(&body.secret)?;
        store::webhooks::set_secret(ctx.tx, ctx.caller.workspace_id, kind.as_str(), secret)?;
        Ok(SecretSet {
            kind,
            endpoint: kind.endpoint(&ctx.caller.workspace),
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
    crate::server::extract::refuse_nul(&body)?;
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
    crate::server::extract::refuse_nul(&body)?;
    let stripe: Value = serde_json::from_slice(&body).map_err(|e| {
        Problem::new(
            400,
            ProblemCode::BadRequest,
            format!("the body is not JSON: {e}"),
        )
    })?;
    process(
        &state,
        principal,
        crate::domain::stripe::to_event(&stripe)?,
        "stripe",
    )
    .await
}

async fn process(
    state: &AppState,
    principal: Principal,
    event: NewEvent,
    source: &'static str,
) -> Result<Json<EventRecord>, ApiError> {
    let record = state
        .transaction(move |tx| {
            let campaigns = service::campaigns::for_event(
                tx,
                principal.workspace_id,
                event.campaign.as_deref(),
            )?;
            Ok(service::events::process(
                tx,
                &principal,
                event.clone(),
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
    let found = state
        .transaction(move |tx| {
            Ok(
                store::webhooks::valid_secrets(tx, &workspace, kind.as_str())?
                    .map(|(id, secrets)| (id, workspace.clone(), secrets)),
            )
        })
        .await?;
    let now = jiff::Timestamp::now().as_second();
    let Some((workspace_id, workspace, secrets)) = found else {
        // No such workspace or webhook: refused exactly as a wrong signature
        // is (same status, same words, the same work), so that the answer
        // does not tell which workspaces exist.
        let verdict = signature::verify(header.as_deref(), &body, &[UNKNOWN_SECRET], now);
        return Err(refusal(
            header_name,
            verdict.err().unwrap_or(SignatureError::Mismatch),
        ));
    };
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    if let Err(e) = signature::verify(header.as_deref(), &body, &secrets, now) {
        if let Some(due) = state.refused.count(workspace_id, kind) {
            state
                .transaction(move |tx| {
                    Ok(store::webhooks::count_refused(
                        tx,
                        workspace_id,
                        kind.as_str(),
                        due,
                    )?)
                })
                .await?;
        }
        return Err(refusal(header_name, e));
    }
    Ok(Principal {
        workspace_id,
        workspace,
        actor: format!("{}-webhook", kind.as_str()),
        scope: Scope::Admin,
        token_id: None,
        rate_limit: None,
    })
}

/// What an unknown workspace's request is checked against, so that it costs
/// what a known one's does.
const UNKNOWN_SECRET: &str = "whsec_no_such_workspace_or_webhook";

fn refusal(header: &str, e: SignatureError) -> ApiError {
    Problem::new(
        401,
        ProblemCode::Unauthenticated,
        format!("{header}: {e}; nothing was changed"),
    )
    .into()
}
