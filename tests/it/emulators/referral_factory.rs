//! A Referral Factory API v2 on loopback, built from its public contract
//! (sources as in `src/client/referral_factory`): Bearer tokens; `data`
//! envelopes; `GET /users` paged Laravel-style (default 25, at most 250,
//! `links.next` as absolute URLs) and ignoring `campaign_id`;
//! `POST /users/search`; `PUT /users/qualification` one lead at a time;
//! `PUT`/`DELETE /users/{id}` (P: the portal's reference); `referrer.field`
//! one of id, code, email (P); 429 beyond 600 calls a minute; a slow answer
//! now and then. Faults the platform is not documented to have, but any
//! service may: a qualification applied and then answered 500.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub campaign_id: i64,
    pub referrer_id: Option<i64>,
    pub code: String,
    pub email: String,
    pub first_name: String,
    pub qualified_at: Option<String>,
}

impl User {
    fn json(&self) -> Value {
        json!({
            "id": self.id, "campaign_id": self.campaign_id, "referrer_id": self.referrer_id,
            "code": self.code, "url": format!("https://demo.referral-factory.com/{}", self.code),
            "first_name": self.first_name, "email": self.email, "reach": "0",
            "source": if self.referrer_id.is_some() { "Referred" } else { "Api" },
            "type": if self.referrer_id.is_some() { "person_invited" } else { "person_referring" },
            "signed_up_at": "2026-01-05", "qualified_at": self.qualified_at,
        })
    }
}

#[derive(Default)]
pub struct World {
    pub token: String,
    pub campaigns: Vec<(i64, String, String)>,
    pub users: Vec<User>,
    /// Qualification calls per user id (to check exactly-once).
    pub qualify_calls: std::collections::HashMap<i64, u32>,
    pub requests: u64,
    pub refused_429: u64,
    /// Calls allowed per rolling minute.
    pub limit_per_minute: usize,
    recent: VecDeque<Instant>,
    /// Every `slow_every`th request takes `slow_for` to answer.
    pub slow_every: u64,
    pub slow_for: Duration,
    /// Once true, leads whose email starts with `refuse` are refused no more.
    pub refusals_lifted: bool,
    /// Every `fail_every`th qualification is applied, then answered 500.
    pub fail_every: u64,
    /// Every `lost_every`th qualification is applied, then answered only
    /// after `slow_for` (an answer the client gives up on).
    pub lost_every: u64,
    qualifications: u64,
    /// Calls per route (`PUT /users/qualification`…), to count what a command costs.
    pub calls: std::collections::HashMap<String, u64>,
    /// Every call is answered 429 until then (an outage of the limit).
    pub refuse_until: Option<Instant>,
    /// When each call came, answered or refused (to check a client's pace).
    pub arrivals: Vec<Instant>,
}

pub type Shared = Arc<Mutex<World>>;

pub struct Emulator {
    pub url: String,
    pub world: Shared,
}

impl Emulator {
    /// Starts on 127.0.0.1 with two campaigns: `spring` (id 11) with
    /// `referrers` referrers and `leads` leads each, and `autumn` (id 12)
    /// with a few of its own, to be filtered out.
    pub fn start(leads: usize) -> Emulator {
        let mut world = World {
            token: "rf_test_token".into(),
            campaigns: vec![
                (11, "spring".into(), "Spring".into()),
                (12, "autumn".into(), "Autumn".into()),
            ],
            limit_per_minute: 600,
            slow_every: 50,
            slow_for: Duration::from_millis(300),
            ..Default::default()
        };
        let mut id = 100;
        for campaign in [11, 12] {
            let referrer = id;
            world.users.push(User {
                id,
                campaign_id: campaign,
                referrer_id: None,
                code: format!("REF{campaign}"),
                email: format!("referrer{campaign}@example.com"),
                first_name: "Ref".into(),
                qualified_at: None,
            });
            id += 1;
            let n = if campaign == 11 { leads } else { 3 };
            for i in 0..n {
                world.users.push(User {
                    id,
                    campaign_id: campaign,
                    referrer_id: Some(referrer),
                    code: format!("L{campaign}X{i}"),
                    email: format!("lead{i}@c{campaign}.example.com"),
                    first_name: format!("Lead {i}"),
                    // Every tenth is qualified already.
                    qualified_at: (i % 10 == 9).then(|| "2026-02-01".to_string()),
                });
                id += 1;
            }
        }
        let world = Arc::new(Mutex::new(world));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!("http://{}/api/v2", listener.local_addr().unwrap());
        let shared = world.clone();
        let base = url.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let app = Router::new()
                    .route("/api/v2/campaigns", get(campaigns))
                    .route("/api/v2/campaigns/{id}", get(campaign))
                    .route("/api/v2/users", get(users).post(create))
                    .route("/api/v2/users/search", post(search))
                    .route("/api/v2/users/qualification", put(qualification))
                    .route("/api/v2/users/{id}", get(user).put(update).delete(delete))
                    .layer(axum::middleware::from_fn_with_state(shared.clone(), gate))
                    .with_state((shared, base));
                axum::serve(listener, app).await.unwrap();
            });
        });
        Emulator { url, world }
    }

    /// The most calls that came within any `window`.
    pub fn busiest(&self, window: Duration) -> usize {
        let w = self.world.lock().unwrap();
        let times = &w.arrivals;
        let mut most = 0;
        let mut from = 0;
        for (to, t) in times.iter().enumerate() {
            while t.duration_since(times[from]) >= window {
                from += 1;
            }
            most = most.max(to - from + 1);
        }
        most
    }

    pub fn leads_of(&self, campaign: i64) -> Vec<User> {
        let w = self.world.lock().unwrap();
        w.users
            .iter()
            .filter(|u| u.campaign_id == campaign && u.referrer_id.is_some())
            .cloned()
            .collect()
    }
}

type AppState = (Shared, String);

fn error(status: StatusCode, message: &str) -> Response {
    // `{code, message, errors}` (RFN §1 Error format).
    (
        status,
        Json(json!({"code": status.as_u16(), "message": message})),
    )
        .into_response()
}

/// Bearer token, the 600-a-minute limit, and a slow answer now and then.
async fn gate(State(world): State<Shared>, request: Request, next: Next) -> Response {
    let (slow, refused) = {
        let mut w = world.lock().unwrap();
        w.requests += 1;
        let route = format!("{} {}", request.method(), request.uri().path());
        *w.calls.entry(route).or_default() += 1;
        let auth = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if auth != format!("Bearer {}", w.token) {
            return error(StatusCode::UNAUTHORIZED, "Unauthenticated.");
        }
        let now = Instant::now();
        while w
            .recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
        {
            w.recent.pop_front();
        }
        w.arrivals.push(now);
        let refused =
            w.recent.len() >= w.limit_per_minute || w.refuse_until.is_some_and(|until| now < until);
        if refused {
            w.refused_429 += 1;
        } else {
            w.recent.push_back(now);
        }
        let slow = w.slow_every > 0 && w.requests % w.slow_every == 0;
        (slow.then_some(w.slow_for), refused)
    };
    if refused {
        return error(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests");
    }
    if let Some(d) = slow {
        tokio::time::sleep(d).await;
    }
    next.run(request).await
}

/// With `with=campaign.analytics`, an `analytics` object: `reach`, `users`,
/// `referrals`, `qualified_referrals` (RFN §3, S7).
fn campaign_json(c: &(i64, String, String), users: &[User]) -> Value {
    let of: Vec<&User> = users.iter().filter(|u| u.campaign_id == c.0).collect();
    let referrals = of.iter().filter(|u| u.referrer_id.is_some());
    json!({"id": c.0, "code": c.1, "name": c.2, "status": "launched", "created_at": "2026-01-01",
        "analytics": {"reach": of.len() * 3, "users": of.len(),
            "referrals": referrals.clone().count(),
            "qualified_referrals": referrals.filter(|u| u.qualified_at.is_some()).count()}})
}

async fn campaigns(State((world, _)): State<AppState>) -> Response {
    let w = world.lock().unwrap();
    Json(
        json!({"data": w.campaigns.iter().map(|c| campaign_json(c, &w.users)).collect::<Vec<_>>()}),
    )
    .into_response()
}

async fn campaign(State((world, _)): State<AppState>, Path(id): Path<String>) -> Response {
    let w = world.lock().unwrap();
    match w
        .campaigns
        .iter()
        .find(|c| c.0.to_string() == id || c.1 == id)
    {
        Some(c) => Json(json!({"data": campaign_json(c, &w.users)})).into_response(),
        None => error(StatusCode::NOT_FOUND, "Not found."),
    }
}

/// Laravel's paginator: default 25, at most 250, `links.next` absolute; the
/// `campaign_id` filter is ignored, as the real API was seen to.
async fn users(
    State((world, base)): State<AppState>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let w = world.lock().unwrap();
    let per_page = q
        .get("per_page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(25usize)
        .clamp(1, 250);
    let page = q
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1usize)
        .max(1);
    let from = (page - 1) * per_page;
    let data: Vec<Value> = w
        .users
        .iter()
        .skip(from)
        .take(per_page)
        .map(User::json)
        .collect();
    let last_page = w.users.len().div_ceil(per_page).max(1);
    let next =
        (page < last_page).then(|| format!("{base}/users?page={}&per_page={per_page}", page + 1));
    Json(json!({
        "data": data,
        "links": {"first": format!("{base}/users?page=1"), "last": format!("{base}/users?page={last_page}"), "prev": null, "next": next},
        "meta": {"current_page": page, "last_page": last_page, "per_page": per_page, "total": w.users.len()},
    }))
    .into_response()
}

async fn user(State((world, _)): State<AppState>, Path(id): Path<String>) -> Response {
    let w = world.lock().unwrap();
    match w
        .users
        .iter()
        .find(|u| u.id.to_string() == id || u.code == id)
    {
        Some(u) => Json(json!({"data": u.json()})).into_response(),
        None => error(StatusCode::NOT_FOUND, "Not found."),
    }
}

/// `{filters: {value: [{field, value, operator: "="}…], operator: "AND"}}` (N1).
async fn search(State((world, _)): State<AppState>, Json(body): Json<Value>) -> Response {
    let w = world.lock().unwrap();
    let filters = body["filters"]["value"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let data: Vec<Value> = w
        .users
        .iter()
        .map(User::json)
        .filter(|u| {
            filters.iter().all(|f| {
                let field = f["field"].as_str().unwrap_or_default();
                u[field].to_string().trim_matches('"') == f["value"].to_string().trim_matches('"')
            })
        })
        .collect();
    Json(json!({"data": data})).into_response()
}

async fn create(State((world, _)): State<AppState>, Json(body): Json<Value>) -> Response {
    let mut w = world.lock().unwrap();
    let (Some(campaign_id), Some(email), Some(_)) = (
        body["campaign_id"].as_i64(),
        body["email"].as_str(),
        body["first_name"].as_str(),
    ) else {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Validation errors in your request",
        );
    };
    if w.users
        .iter()
        .any(|u| u.campaign_id == campaign_id && u.email == email)
    {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The email has already been taken.",
        );
    }
    // `referrer: {field: id|code|email, value}` (P).
    let referrer = body["referrer"]["value"]
        .as_str()
        .map(str::to_string)
        .or_else(|| body["referrer"]["value"].as_i64().map(|v| v.to_string()));
    let field = body["referrer"]["field"]
        .as_str()
        .unwrap_or("code")
        .to_string();
    let referrer_id = match referrer {
        Some(value) => match w.users.iter().find(|u| {
            u.campaign_id == campaign_id
                && match field.as_str() {
                    "id" => u.id.to_string() == value,
                    "email" => u.email == value,
                    _ => u.code == value,
                }
        }) {
            Some(r) => Some(r.id),
            None => {
                return error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "The selected referrer is invalid.",
                );
            }
        },
        None => None,
    };
    let id = w.users.iter().map(|u| u.id).max().unwrap_or(0) + 1;
    let user = User {
        id,
        campaign_id,
        referrer_id,
        code: format!("NEW{id}"),
        email: email.to_string(),
        first_name: body["first_name"].as_str().unwrap_or_default().to_string(),
        qualified_at: None,
    };
    w.users.push(user.clone());
    (StatusCode::CREATED, Json(json!({"data": user.json()}))).into_response()
}

/// One of `{id}`, `{code}`, `{email, campaign_id}` and `qualified` (RFN §2 #6).
async fn qualification(State((world, _)): State<AppState>, Json(body): Json<Value>) -> Response {
    let (answer, late) = qualify_in(&world, &body);
    if let Some(wait) = late {
        // Applied, and the answer comes too late to be heard.
        tokio::time::sleep(wait).await;
    }
    answer
}

/// What a qualification does to the world: its answer (a refusal, or the
/// change made), and how long to hold it back (a lost answer).
fn qualify_in(world: &Shared, body: &Value) -> (Response, Option<Duration>) {
    let mut w = world.lock().unwrap();
    let Some(qualified) = body["qualified"].as_bool() else {
        return (
            error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "The qualified field is required.",
            ),
            None,
        );
    };
    let found = w.users.iter().position(|u| {
        body["id"].as_i64() == Some(u.id)
            || body["code"].as_str() == Some(u.code.as_str())
            || (body["email"].as_str() == Some(u.email.as_str())
                && body["campaign_id"].as_i64() == Some(u.campaign_id))
    });
    let Some(i) = found else {
        return (error(StatusCode::NOT_FOUND, "User not found."), None);
    };
    if w.users[i].referrer_id.is_none() {
        return (
            error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "Only referred users can be qualified.",
            ),
            None,
        );
    }
    if w.users[i].email.starts_with("refuse") && !w.refusals_lifted {
        // An answer the client does not know: it must keep it, not guess.
        return (
            (
                StatusCode::CONFLICT,
                r#"{"code":409,"message":"Lead is locked by a fraud review"}"#,
            )
                .into_response(),
            None,
        );
    }
    let id = w.users[i].id;
    *w.qualify_calls.entry(id).or_default() += 1;
    w.users[i].qualified_at = qualified.then(|| "2026-11-25".to_string());
    w.qualifications += 1;
    if w.fail_every > 0 && w.qualifications.is_multiple_of(w.fail_every) {
        // Applied, and then the answer is a server error.
        return (
            error(StatusCode::INTERNAL_SERVER_ERROR, "Server Error"),
            None,
        );
    }
    let lost = w.lost_every > 0 && w.qualifications.is_multiple_of(w.lost_every);
    (
        Json(json!({"message": "Qualification updated."})).into_response(),
        lost.then_some(w.slow_for),
    )
}

/// `PUT /users/{id}`: `first_name`, `email` (P).
async fn update(
    State((world, _)): State<AppState>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let mut w = world.lock().unwrap();
    let Some(i) = w.users.iter().position(|u| u.id.to_string() == id) else {
        return error(StatusCode::NOT_FOUND, "Not found.");
    };
    if let Some(name) = body["first_name"].as_str() {
        w.users[i].first_name = name.to_string();
    }
    if let Some(email) = body["email"].as_str() {
        w.users[i].email = email.to_string();
    }
    Json(json!({"data": w.users[i].json()})).into_response()
}

/// `DELETE /users/{id}` (P).
async fn delete(State((world, _)): State<AppState>, Path(id): Path<String>) -> Response {
    let mut w = world.lock().unwrap();
    let Some(i) = w.users.iter().position(|u| u.id.to_string() == id) else {
        return error(StatusCode::NOT_FOUND, "Not found.");
    };
    w.users.remove(i);
    Json(json!({"message": "User deleted."})).into_response()
}
