//! GrowSurf's REST API v2 on loopback, built from its public contract
//! (sources as in `src/client/growsurf`): Bearer keys; `{campaigns}`;
//! participants paged by `nextId` (at most 100); the trigger that always
//! answers 200 with `{success, message}`; an add that returns the existing
//! participant for a known email; and the published limits with their
//! `GrowSurf-RateLimit-*` headers and a 429 naming the policy. Also, each
//! from its source: an unknown participant is 400 `PARTICIPANT_NOT_FOUND`
//! (MONID); a trigger on an expired referral "will still return a successful
//! response … but the referrer will not receive credit" (REF); an add whose
//! `referredBy` resolves to nobody joins as a direct participant (PY
//! `participant_add_params.py`), and without `referralStatus` a referred add
//! is `CREDIT_AWARDED` on a program that awards at sign-up (REF request
//! body table); update (`POST …/participant/{who}`) and delete (PY `api.md`).
//! Faults: a trigger applied and then answered 500.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub struct Participant {
    pub id: String,
    pub email: String,
    pub referred_by: Option<String>,
    pub status: Option<String>,
}

impl Participant {
    fn json(&self) -> Value {
        json!({
            "id": self.id, "email": self.email, "firstName": "P", "lastName": null,
            "rank": 1, "monthlyRank": 1, "referralCount": 0, "monthlyReferralCount": 0, "rewards": [],
            "createdAt": 1_767_225_600_000i64, "shareUrl": format!("https://example.com?grsf={}", self.id),
            "referredBy": self.referred_by, "referralStatus": self.status,
        })
    }
}

#[derive(Default)]
pub struct World {
    pub key: String,
    pub participants: Vec<Participant>,
    pub triggers: std::collections::HashMap<String, u32>,
    pub refused_429: u64,
    /// Requests allowed per rolling 5 s and per minute.
    pub per_5s: usize,
    pub per_minute: usize,
    recent: VecDeque<Instant>,
    /// Seconds of the emulator per real second's worth of window: 0.1 makes
    /// the 5-second and one-minute windows 0.5 s and 6 s, so paced tests
    /// stop costing CI a minute.
    pub time_scale: f64,
    /// The program awards credit at sign-up (an `ON_SIGNUP` trigger).
    pub award_on_signup: bool,
    /// Triggers held for some days (`delayInDays`), by participant id.
    pub held: std::collections::HashMap<String, u64>,
    /// Every `fail_every`th trigger is applied, then answered 500.
    pub fail_every: u64,
    /// Every `slow_every`th trigger is applied, then answered after 2 s (a
    /// client with a shorter timeout never hears).
    pub slow_every: u64,
    triggered: u64,
    /// Calls per route, to count what a command costs.
    pub calls: std::collections::HashMap<String, u64>,
}

pub type Shared = Arc<Mutex<World>>;

pub struct Emulator {
    pub url: String,
    pub world: Shared,
}

impl Emulator {
    /// Campaign `gs_spring` with referrer `ref1` and `leads` referred
    /// participants (every fifth awarded already) and a non-referred one.
    pub fn start(leads: usize) -> Emulator {
        let mut world = World {
            key: "gs_test_key".into(),
            per_5s: 30,
            per_minute: 200,
            time_scale: 1.0,
            ..Default::default()
        };
        world.participants.push(Participant {
            id: "ref1".into(),
            email: "referrer@example.com".into(),
            referred_by: None,
            status: None,
        });
        for i in 0..leads {
            world.participants.push(Participant {
                id: format!("p{i:04}"),
                email: format!("lead{i}@gs.example.com"),
                referred_by: Some("ref1".into()),
                status: Some(
                    if i % 5 == 4 {
                        "CREDIT_AWARDED"
                    } else {
                        "CREDIT_PENDING"
                    }
                    .into(),
                ),
            });
        }
        let world = Arc::new(Mutex::new(world));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!("http://{}/v2", listener.local_addr().unwrap());
        let shared = world.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let app = Router::new()
                    .route("/v2/campaigns", get(campaigns))
                    .route("/v2/campaign/{id}", get(campaign))
                    .route("/v2/campaign/{id}/participants", get(participants))
                    .route("/v2/campaign/{id}/participant", post(add))
                    .route(
                        "/v2/campaign/{id}/participant/{who}",
                        get(participant).post(update).delete(remove),
                    )
                    .route(
                        "/v2/campaign/{id}/participant/{who}/ref",
                        post(trigger).delete(cancel),
                    )
                    .layer(axum::middleware::from_fn_with_state(shared.clone(), gate))
                    .with_state(shared);
                axum::serve(listener, app).await.unwrap();
            });
        });
        Emulator { url, world }
    }
}

fn error(status: StatusCode, name: &str, message: &str) -> Response {
    (status, Json(json!({"name": name, "code": name.to_uppercase(), "message": message, "status": status.as_u16()}))).into_response()
}

/// The key, the limits and their headers (GUIDE).
async fn gate(State(world): State<Shared>, request: Request, next: Next) -> Response {
    let (remaining_5s, remaining_minute, refused, wait_ms) = {
        let mut w = world.lock().unwrap();
        let route = format!("{} {}", request.method(), request.uri().path());
        *w.calls.entry(route).or_default() += 1;
        let auth = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if auth != format!("Bearer {}", w.key) {
            return error(
                StatusCode::UNAUTHORIZED,
                "UnauthorizedError",
                "Invalid API key",
            );
        }
        let now = Instant::now();
        let five = Duration::from_secs_f64(5.0 * w.time_scale);
        let minute = Duration::from_secs_f64(60.0 * w.time_scale);
        while w
            .recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > minute)
        {
            w.recent.pop_front();
        }
        let in_5s = w
            .recent
            .iter()
            .filter(|t| now.duration_since(**t) <= five)
            .count();
        let refused = in_5s >= w.per_5s || w.recent.len() >= w.per_minute;
        if refused {
            w.refused_429 += 1;
        } else {
            w.recent.push_back(now);
        }
        let window: Vec<Instant> = w
            .recent
            .iter()
            .copied()
            .filter(|t| now.duration_since(*t) <= five)
            .collect();
        // When a slot of the 5-second window frees: the oldest request's fifth second.
        let wait_ms = window.first().map_or(0, |oldest| {
            (five.saturating_sub(now.duration_since(*oldest))).as_millis() as u64 + 1
        });
        (
            w.per_5s.saturating_sub(window.len()),
            w.per_minute.saturating_sub(w.recent.len()),
            refused,
            wait_ms,
        )
    };
    let mut response = if refused {
        (StatusCode::TOO_MANY_REQUESTS, Json(json!({
            "name": "RateLimit", "code": "RATE_LIMIT", "message": "You have reached your second limit.",
            "status": 429, "policyName": "SECOND", "level": "error",
        }))).into_response()
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    headers.insert(
        "GrowSurf-RateLimit-Second-Remaining",
        HeaderValue::from(remaining_5s),
    );
    headers.insert(
        "GrowSurf-RateLimit-Minute-Remaining",
        HeaderValue::from(remaining_minute),
    );
    if refused || remaining_5s == 0 {
        headers.insert(
            "GrowSurf-Retry-After-Second-Milliseconds",
            HeaderValue::from(wait_ms),
        );
    }
    response
}

async fn campaigns() -> Response {
    Json(json!({"campaigns": [{"id": "gs_spring", "name": "Spring", "type": "REFERRAL", "status": "IN_PROGRESS"}]})).into_response()
}

async fn campaign(Path(id): Path<String>) -> Response {
    if id != "gs_spring" {
        return error(
            StatusCode::NOT_FOUND,
            "NotFoundError",
            "The requested resource does not exist.",
        );
    }
    Json(json!({"id": "gs_spring", "name": "Spring", "type": "REFERRAL", "status": "IN_PROGRESS"}))
        .into_response()
}

async fn participants(
    State(world): State<Shared>,
    Path(id): Path<String>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    if id != "gs_spring" {
        return error(
            StatusCode::NOT_FOUND,
            "NotFoundError",
            "The requested resource does not exist.",
        );
    }
    let limit: usize = q.get("limit").and_then(|l| l.parse().ok()).unwrap_or(50);
    if limit > 100 {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequestError",
            "Limit cannot be more than 100.",
        );
    }
    let w = world.lock().unwrap();
    let from = match q.get("nextId") {
        Some(next) => w
            .participants
            .iter()
            .position(|p| &p.id == next)
            .unwrap_or(w.participants.len()),
        None => 0,
    };
    let page: Vec<Value> = w
        .participants
        .iter()
        .skip(from)
        .take(limit)
        .map(Participant::json)
        .collect();
    let next = w.participants.get(from + limit).map(|p| p.id.clone());
    Json(json!({"participants": page, "limit": limit, "nextId": next})).into_response()
}

fn find<'a>(w: &'a World, who: &str) -> Option<&'a Participant> {
    w.participants
        .iter()
        .find(|p| p.id == who || p.email == who)
}

async fn participant(
    State(world): State<Shared>,
    Path((_, who)): Path<(String, String)>,
) -> Response {
    let w = world.lock().unwrap();
    match find(&w, &who) {
        Some(p) => Json(p.json()).into_response(),
        None => not_found(),
    }
}

/// MONID: "An unknown participant answers 400 with code PARTICIPANT_NOT_FOUND, not 404".
fn not_found() -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(
            json!({"name": "BadRequestError", "code": "PARTICIPANT_NOT_FOUND",
            "message": "Participant not found.", "status": 400}),
        ),
    )
        .into_response()
}

/// `POST …/participant/{idOrEmail}`: the fields given change (PY `api.md`).
async fn update(
    State(world): State<Shared>,
    Path((_, who)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    let mut w = world.lock().unwrap();
    let Some(p) = w
        .participants
        .iter_mut()
        .find(|p| p.id == who || p.email == who)
    else {
        return not_found();
    };
    if let Some(email) = body["email"].as_str() {
        p.email = email.to_string();
    }
    Json(p.json()).into_response()
}

/// `DELETE …/participant/{idOrEmail}` (PY `api.md`).
async fn remove(State(world): State<Shared>, Path((_, who)): Path<(String, String)>) -> Response {
    let mut w = world.lock().unwrap();
    let Some(i) = w
        .participants
        .iter()
        .position(|p| p.id == who || p.email == who)
    else {
        return not_found();
    };
    w.participants.remove(i);
    Json(json!({"success": true})).into_response()
}

/// An email already there returns that participant unchanged (REF).
async fn add(State(world): State<Shared>, Json(body): Json<Value>) -> Response {
    let mut w = world.lock().unwrap();
    let Some(email) = body["email"].as_str() else {
        return error(StatusCode::BAD_REQUEST, "BadRequestError", "Invalid email");
    };
    if let Some(p) = find(&w, email) {
        return Json(p.json()).into_response();
    }
    let referred_by = body["referredBy"]
        .as_str()
        .and_then(|r| find(&w, r))
        .map(|r| r.id.clone());
    // Without `referralStatus`, a referred add takes the program's trigger:
    // awarded at once on a program that awards at sign-up (REF).
    let status = referred_by.as_ref().map(|_| {
        match body["referralStatus"].as_str() {
            Some(s) => s,
            None if w.award_on_signup => "CREDIT_AWARDED",
            None => "CREDIT_PENDING",
        }
        .to_string()
    });
    let p = Participant {
        id: format!("n{:04}", w.participants.len()),
        email: email.to_string(),
        status,
        referred_by,
    };
    w.participants.push(p.clone());
    Json(p.json()).into_response()
}

/// Always 200, the outcome in `{success, message}` (REF).
async fn trigger(
    State(world): State<Shared>,
    Path((_, who)): Path<(String, String)>,
    body: Option<Json<Value>>,
) -> Response {
    let delay = body.and_then(|Json(b)| b["delayInDays"].as_u64());
    let decided = apply_trigger(&world, &who, delay);
    let (answer, fail, slow) = match decided {
        Ok(d) => d,
        Err(response) => return *response,
    };
    if slow {
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    if fail {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "Something went wrong.",
        );
    }
    Json(answer).into_response()
}

/// What a trigger does to the world, and whether its answer fails or is slow.
fn apply_trigger(
    world: &Shared,
    who: &str,
    delay: Option<u64>,
) -> Result<(Value, bool, bool), Box<Response>> {
    let mut w = world.lock().unwrap();
    let Some(i) = w
        .participants
        .iter()
        .position(|p| p.id == who || p.email == who)
    else {
        return Err(Box::new(not_found()));
    };
    let id = w.participants[i].id.clone();
    *w.triggers.entry(id).or_default() += 1;
    w.triggered += 1;
    let fail = w.fail_every > 0 && w.triggered.is_multiple_of(w.fail_every);
    let slow = w.slow_every > 0 && w.triggered.is_multiple_of(w.slow_every);
    let p = &mut w.participants[i];
    let answer = match (p.referred_by.is_some(), p.status.as_deref()) {
        (false, _) => json!({"success": false, "message": "Participant was not referred"}),
        (true, Some("CREDIT_AWARDED")) => {
            json!({"success": false, "message": "Referral credit has already been awarded"})
        }
        // "will still return a successful response … but the referrer will
        // not receive credit" (REF).
        (true, Some("CREDIT_EXPIRED")) => {
            json!({"success": true, "message": "Successfully triggered referral."})
        }
        // Held: still pending until the delay ends (TS `delayInDays`).
        _ if delay.is_some() => {
            let id = p.id.clone();
            w.held.insert(id, delay.unwrap_or_default());
            json!({"success": true, "message": "Referral credit will be awarded after the delay."})
        }
        _ => {
            p.status = Some("CREDIT_AWARDED".into());
            json!({"success": true, "message": "Successfully awarded referral credit."})
        }
    };
    Ok((answer, fail, slow))
}

/// "Cancels a pending delayed referral trigger" (TS `cancelDelayedReferral`).
async fn cancel(State(world): State<Shared>, Path((_, who)): Path<(String, String)>) -> Response {
    let mut w = world.lock().unwrap();
    let Some(id) = find(&w, &who).map(|p| p.id.clone()) else {
        return not_found();
    };
    if w.held.remove(&id).is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequestError",
            "There is no delayed referral trigger to cancel.",
        );
    }
    Json(json!({"success": true})).into_response()
}
