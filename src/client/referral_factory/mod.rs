//! Referral Factory's API v2 as a hosted [`Platform`].
//!
//! Every behaviour here rests on what is publicly known of the API; the
//! source of each is written beside it (see `shared/research`: "RFN" is
//! referral-factory-api.md, "N1"… are providers-and-postgres.md §1.1; "P" is
//! the portal's reference as quoted in reviews/turn3-providers.md §1.1).
//! Where the contract is unknown, the client does not guess: a 2xx is taken
//! as applied, a 5xx is read back, anything else is recorded as it came.

mod model;

use std::time::Duration;

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Value, json};

use super::ClientError;
use super::hosted::wire::{Answer, On429, Wire, WireSpec};
use super::hosted::{
    Connection, Cooldown, HostedCampaign, Key, Lacks, NewPerson, Person, Platform, PlatformInfo,
    Referrer, Registered, Verdict,
};
use crate::api::{PersonPatch, Problem, ProblemCode, QualifyAction, QualifyOutcome, RateLimit};
use model::{RfCampaign, RfUser, listed, next_page, single};

/// The most requests a token may make: "Burst limit: 600 API calls per one
/// minute … per access token" (N7, developers.referral-factory.com).
pub const PLATFORM_LIMIT: RateLimit = RateLimit::new(600, 60);

/// The pace without `--rate`: half the limit, because going over it more
/// than three times earns an IP block of up to 7 days (N7; research §1.3).
pub const DEFAULT_PACE: RateLimit = RateLimit::new(5, 1);

/// Users per page: "`per_page` … default 25; maximum 250" (N10; RFN §1).
const PER_PAGE: u32 = 250;

pub static INFO: PlatformInfo = PlatformInfo {
    id: "referral-factory",
    title: "Referral Factory",
    // `POST /users` takes no code; the platform assigns one (P).
    assigns_codes: true,
    // `GET /users` ignores a campaign filter (RFN §1, N8).
    people_span_account: true,
    // Its API v2 reads campaigns only (RFN §2).
    holds_credit: false,
    lacks: &[Lacks::CampaignChanges],
};

pub const REGISTERED: Registered = Registered {
    info: &INFO,
    platform: |c| Ok(Box::new(ReferralFactory::new(c)?)),
};

/// Referral Factory, through its API.
pub struct ReferralFactory {
    wire: Wire,
}

impl ReferralFactory {
    pub fn new(c: &Connection<'_>) -> Result<ReferralFactory, ClientError> {
        Ok(ReferralFactory {
            wire: Wire::new(WireSpec {
                title: INFO.title,
                base_url: c.base_url.to_string(),
                token: c.token.clone(),
                // Requests usually answer within a second, but 3 of 40 took
                // over 25 s in one client's measurements (RFN §1, S9).
                timeout: c.timeout,
                pace: DEFAULT_PACE,
                ceiling: PLATFORM_LIMIT,
                // The limit is per minute: a minute's rest clears it.
                on_429: On429::Stop {
                    cool_down: Duration::from_secs(60),
                },
                // No rate-limit headers are documented (N7).
                wait_from: |_| None,
                cooldown: Some(Cooldown::new(c.home, INFO.id)),
            })?,
        })
    }

    /// A 2xx body as JSON, anything else as the error the CLI shows.
    async fn read_json(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, ClientError> {
        let answer = self.wire.read(method, path, body).await?;
        if answer.ok() {
            Ok(answer.json())
        } else {
            Err(problem(&answer))
        }
    }

    /// A user by id or code: `GET /users/{identifier}` (RFN §2 #2; P).
    async fn user(&self, identifier: &str) -> Result<Option<RfUser>, ClientError> {
        let answer = self
            .wire
            .read(
                Method::GET,
                &format!("/users/{}", crate::client::encode(identifier)),
                None,
            )
            .await?;
        match answer.status {
            404 => Ok(None),
            _ if answer.ok() => Ok(RfUser::from_json(single(&answer.json()))),
            _ => Err(problem(&answer)),
        }
    }

    fn person_of(answer: &Answer, what: &str) -> Result<Person, ClientError> {
        RfUser::from_json(single(&answer.json()))
            .map(|u| u.person())
            .ok_or_else(|| ClientError::Decode(format!("Referral Factory {what} without an id")))
    }
}

/// A non-2xx answer as the error the CLI shows: the status, the platform's
/// message verbatim, and its field errors (RFN §1 Error format: `{code,
/// message, errors: {field: [{field, message}]}}`, seen also as `{message}`).
fn problem(answer: &Answer) -> ClientError {
    let json = answer.json();
    let message = json["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| crate::client::audit::verbatim(&answer.body));
    let code = match answer.status {
        401 => ProblemCode::Unauthenticated,
        403 => ProblemCode::Forbidden,
        404 => ProblemCode::NotFound,
        422 => ProblemCode::Validation,
        _ => ProblemCode::Unknown,
    };
    let mut p = Problem::new(
        answer.status,
        code,
        format!("Referral Factory answered {}: {message}", answer.status),
    );
    if let Some(errors) = json["errors"].as_object() {
        for (field, list) in errors {
            for e in list.as_array().into_iter().flatten() {
                let message = e["message"]
                    .as_str()
                    .or_else(|| e.as_str())
                    .unwrap_or_default();
                p.errors.push(crate::api::FieldError {
                    field: field.clone(),
                    message: message.to_string(),
                });
            }
        }
        if !p.errors.is_empty() {
            let fields: Vec<String> = p
                .errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect();
            p.detail = format!("{} ({})", p.detail, fields.join("; "));
        }
    }
    ClientError::Api(Box::new(p))
}

#[async_trait]
impl Platform for ReferralFactory {
    fn info(&self) -> &'static PlatformInfo {
        &INFO
    }

    fn wire(&self) -> &Wire {
        &self.wire
    }

    /// `GET /campaigns` (RFN §2 #8), every page.
    async fn campaigns(&self) -> Result<Vec<HostedCampaign>, ClientError> {
        let mut all = Vec::new();
        let mut next = Some("/campaigns?with=campaign.analytics".to_string());
        let mut current = 1;
        while let Some(path) = next.take() {
            let path = match path.strip_prefix("page=") {
                Some(n) => format!("/campaigns?with=campaign.analytics&page={n}"),
                None => path,
            };
            let body = self.read_json(Method::GET, &path, None).await?;
            let items = listed(&body);
            all.extend(
                items
                    .iter()
                    .filter_map(RfCampaign::from_json)
                    .map(|c| c.campaign()),
            );
            next = next_page(&body, current).filter(|_| !items.is_empty());
            current += 1;
        }
        Ok(all)
    }

    /// `GET /campaigns/{identifier}` by id or code (RFN §2 #9).
    async fn campaign(&self, reference: &str) -> Result<Option<HostedCampaign>, ClientError> {
        let answer = self
            .wire
            .read(
                Method::GET,
                &format!(
                    "/campaigns/{}?with=campaign.analytics",
                    crate::client::encode(reference)
                ),
                None,
            )
            .await?;
        match answer.status {
            404 => Ok(None),
            _ if answer.ok() => {
                Ok(RfCampaign::from_json(single(&answer.json())).map(|c| c.campaign()))
            }
            _ => Err(problem(&answer)),
        }
    }

    /// `GET /users?per_page=250`, then each `links.next` (RFN §1 Envelope
    /// and pagination): the whole account, whatever the campaign.
    async fn people_page(
        &self,
        _campaign: &HostedCampaign,
        cursor: Option<&str>,
    ) -> Result<(Vec<Person>, Option<String>), ClientError> {
        let path = match cursor {
            None => format!("/users?per_page={PER_PAGE}&page=1"),
            Some(n) if n.starts_with("page=") => format!("/users?per_page={PER_PAGE}&{n}"),
            Some(url) => url.to_string(),
        };
        let body = self.read_json(Method::GET, &path, None).await?;
        let current = body["meta"]["current_page"].as_u64().unwrap_or(1) as u32;
        let people = listed(&body)
            .iter()
            .filter_map(RfUser::from_json)
            .map(|u| u.person())
            .collect();
        Ok((people, next_page(&body, current)))
    }

    /// One call: `GET /users/{id|code}`, or `POST /users/search` by email
    /// and campaign (N1: `{filters: {value: [{field, value, operator}],
    /// operator: "AND"}}`, read from `data`).
    async fn person(
        &self,
        campaign: Option<&HostedCampaign>,
        key: Key<'_>,
    ) -> Result<Option<Person>, ClientError> {
        match key {
            Key::Id(x) | Key::Code(x) => Ok(self.user(x).await?.map(|u| u.person())),
            Key::Email(email) => {
                let Some(c) = campaign else {
                    return Ok(None);
                };
                let body = json!({"filters": {"value": [
                    {"field": "email", "value": email, "operator": "="},
                    {"field": "campaign_id", "value": c.number, "operator": "="},
                ], "operator": "AND"}});
                let found = self
                    .read_json(Method::POST, "/users/search", Some(&body))
                    .await?;
                Ok(listed(&found)
                    .iter()
                    .filter_map(RfUser::from_json)
                    // The filter is trusted no further than it is seen to work.
                    .find(|u| u.campaign_id == c.number && u.email == email)
                    .map(|u| u.person()))
            }
        }
    }

    /// `POST /users {campaign_id, first_name, email, referrer?}`: the first
    /// three are required, `referrer.field` is one of `id`, `code`, `email`
    /// (P; RFN §2 #3). A user without a name is named by the email's local part.
    async fn create(&self, c: &HostedCampaign, new: &NewPerson) -> Result<Person, ClientError> {
        let first_name = new
            .name
            .clone()
            .unwrap_or_else(|| new.email.split('@').next().unwrap_or_default().to_string());
        let mut body =
            json!({"campaign_id": c.number, "first_name": first_name, "email": new.email});
        if let Some(r) = &new.referrer {
            let (field, value) = match r {
                Referrer::Id(id) => ("id", id),
                Referrer::Code(code) => ("code", code),
                Referrer::Email(email) => ("email", email),
            };
            body["referrer"] = json!({"field": field, "value": value});
        }
        // A create is not retried: a lost answer may have made the user.
        let answer = self.wire.send(Method::POST, "/users", Some(&body)).await?;
        if !answer.ok() {
            return Err(problem(&answer));
        }
        Self::person_of(&answer, "created a user")
    }

    /// `PUT /users/{id}` with `first_name` and `email` (P).
    async fn update(
        &self,
        _c: &HostedCampaign,
        person: &Person,
        patch: &PersonPatch,
    ) -> Result<Person, ClientError> {
        let mut body = json!({});
        if let Some(name) = &patch.name {
            body["first_name"] = json!(name);
        }
        if let Some(email) = &patch.email {
            body["email"] = json!(email);
        }
        let answer = self
            .wire
            .send(Method::PUT, &format!("/users/{}", person.id), Some(&body))
            .await?;
        if !answer.ok() {
            return Err(problem(&answer));
        }
        // The answer's body is not documented: read the user back.
        match self.user(&person.id).await? {
            Some(u) => Ok(u.person()),
            None => Err(ClientError::Decode(format!(
                "Referral Factory changed user {} and then could not find it",
                person.id
            ))),
        }
    }

    /// `DELETE /users/{id}` (P).
    async fn delete(&self, _c: &HostedCampaign, person: &Person) -> Result<(), ClientError> {
        let answer = self
            .wire
            .send(Method::DELETE, &format!("/users/{}", person.id), None)
            .await?;
        match answer.status {
            // Gone already (a lost answer to an earlier try) is what was asked.
            404 => Ok(()),
            _ if answer.ok() => Ok(()),
            _ => Err(problem(&answer)),
        }
    }

    /// One lead per call: `PUT /users/qualification` with the user's id and
    /// `qualified` (false reverts to Pending) (RFN §2 #6; N5; P).
    async fn set_qualified(
        &self,
        _c: &HostedCampaign,
        person: &Person,
        action: QualifyAction,
        _hold: Option<u32>,
    ) -> Result<Answer, ClientError> {
        let body = json!({"id": person.number, "qualified": action == QualifyAction::Qualify});
        self.wire
            .send(Method::PUT, "/users/qualification", Some(&body))
            .await
    }

    /// "A 200 response confirms the status change was applied" (N5); a 5xx
    /// says nothing either way; the body of a refusal is not documented, so
    /// it is kept as it came.
    fn verdict(&self, _action: QualifyAction, answer: &Answer) -> Verdict {
        match answer.status {
            200..=299 => Verdict::Applied,
            500.. => Verdict::Unknown,
            404 => Verdict::Kept(QualifyOutcome::NotFound),
            _ => Verdict::Kept(QualifyOutcome::Failed),
        }
    }

    /// The calls whose shapes are not all documented (research §1.4): the
    /// campaign list, a page of users, one user, a search that finds nobody.
    async fn probe(&self) -> Vec<crate::client::probe::Probe> {
        use crate::client::probe::{Probe, shape};
        let mut probes = Vec::new();
        let search = json!({"filters": {"value": [{"field": "email", "value": "nobody@refctl-doctor.invalid", "operator": "="}], "operator": "AND"}});
        let mut calls: Vec<(Method, String, Option<Value>)> = vec![
            (Method::GET, "/campaigns".into(), None),
            (Method::GET, "/users?per_page=2&page=1".into(), None),
            (Method::POST, "/users/search".into(), Some(search)),
        ];
        let mut index = 0;
        while index < calls.len() {
            let (method, path, body) = calls[index].clone();
            index += 1;
            let request = format!("{method} {path}");
            match self.wire.send(method, &path, body.as_ref()).await {
                Ok(answer) => {
                    let json = answer.json();
                    if path.starts_with("/users?")
                        && let Some(id) = listed(&json).first().and_then(|u| u["id"].as_i64())
                    {
                        calls.push((Method::GET, format!("/users/{id}"), None));
                    }
                    probes.push(Probe {
                        request,
                        status: Some(answer.status),
                        headers: answer.headers.clone(),
                        shape: shape(&json),
                        error: None,
                    });
                }
                Err(e) => probes.push(Probe {
                    request,
                    status: None,
                    headers: Vec::new(),
                    shape: Value::Null,
                    error: Some(e.to_string()),
                }),
            }
        }
        probes
    }
}
