//! GrowSurf's REST API v2 as a hosted [`Platform`].
//!
//! Sources, cited beside each behaviour: GrowSurf's own SDKs, generated from
//! its OpenAPI spec ("TS": growsurf/growsurf-typescript `api.md`,
//! `src/resources/campaign/participant.ts`; "PY": growsurf/growsurf-python
//! `types/campaign/*`), its API reference as kept in growsurf/growsurf-mcp
//! ("REF": `growsurf-docs/rest-api-reference.md`), its API guidelines
//! ("GUIDE": docs.growsurf.com/api-guidelines), and the MCP server's client
//! ("MCP": growsurf/growsurf-mcp `src/growsurf/client.ts`).
//!
//! GrowSurf's ids are text (`f8g9nl`); a participant's id is also what
//! refctl shows as its referral code, and what `--campaign` and lead
//! references take.

use std::time::Duration;

use async_trait::async_trait;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use super::ClientError;
use super::hosted::wire::{Answer, On429, Wire, WireSpec};
use super::hosted::{
    Connection, HostedCampaign, Key, Lacks, NewPerson, Person, Platform, PlatformInfo, Referrer,
    Registered, Verdict, hashed,
};
use crate::api::{
    CampaignStatus, Counts, LeadStatus, PersonPatch, Problem, ProblemCode, QualifyAction,
    QualifyOutcome, RateLimit,
};
use crate::client::encode;

/// The pace without `--rate`: 3 a second, under GrowSurf's published
/// 30 per 5 s and 200 per minute (GUIDE; a newer copy says 50 and 400).
pub const DEFAULT_PACE: RateLimit = RateLimit::new(180, 60);

/// The fastest `--rate` may ask for. GrowSurf announces what is left of
/// each window in its headers, and the client waits what they say, so this
/// is only a bound on a typo (GUIDE's hourly limit is 10,000).
const PLATFORM_LIMIT: RateLimit = RateLimit::new(1200, 60);

/// Participants per page: "Maximum 100" (TS `CampaignListParticipantsParams`).
const PER_PAGE: u32 = 100;

pub static INFO: PlatformInfo = PlatformInfo {
    id: "growsurf",
    title: "GrowSurf",
    // A participant's id is its code; none can be chosen.
    assigns_codes: true,
    people_span_account: false,
    // REF Update Participant: once `CREDIT_AWARDED`, "the status cannot be
    // updated and an error response will be returned".
    holds_credit: true,
    lacks: &[Lacks::TakingBack(
        "taking back a qualification (awarded referral credit cannot be reversed through its API)",
    )],
};

pub const REGISTERED: Registered = Registered {
    info: &INFO,
    platform: |c| Ok(Box::new(GrowSurf::new(c)?)),
};

/// The wait a response's headers ask for, the longest of its policies
/// (GUIDE: `GrowSurf-RateLimit-{Second,Minute,Hour}-Remaining` and
/// `GrowSurf-Retry-After-{…}-Milliseconds`).
fn wait_from_headers(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: String| {
        headers
            .get(name.as_str())
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    ["Second", "Minute", "Hour"]
        .iter()
        .filter_map(|policy| {
            let remaining = number(format!("growsurf-ratelimit-{policy}-remaining"));
            let retry = number(format!("growsurf-retry-after-{policy}-milliseconds"));
            match (remaining, retry) {
                (_, Some(ms)) => Some(Duration::from_millis(ms)),
                (Some(0), None) => Some(match *policy {
                    "Second" => Duration::from_secs(1),
                    "Minute" => Duration::from_secs(60),
                    _ => Duration::from_secs(3600),
                }),
                _ => None,
            }
        })
        .max()
}

/// GrowSurf, through its API.
pub struct GrowSurf {
    wire: Wire,
}

impl GrowSurf {
    pub fn new(c: &Connection<'_>) -> Result<GrowSurf, ClientError> {
        Ok(GrowSurf {
            wire: Wire::new(WireSpec {
                title: INFO.title,
                base_url: c.base_url.to_string(),
                token: c.token.clone(),
                timeout: c.timeout,
                pace: DEFAULT_PACE,
                ceiling: PLATFORM_LIMIT,
                // Its limits reset, unlike Referral Factory's IP block: wait
                // what it says and try again (MCP retries 429 so too).
                on_429: On429::Wait { tries: 3 },
                wait_from: wait_from_headers,
                cooldown: None,
            })?,
        })
    }

    async fn read_json(&self, path: &str) -> Result<Value, ClientError> {
        let answer = self.wire.read(Method::GET, path, None).await?;
        if answer.ok() {
            Ok(answer.json())
        } else {
            Err(problem(&answer))
        }
    }

    fn participant_path(c: &HostedCampaign, who: &str) -> String {
        format!("/campaign/{}/participant/{}", encode(&c.id), encode(who))
    }
}

/// An unknown participant: 404, or 400 `PARTICIPANT_NOT_FOUND` (MONID:
/// "An unknown participant answers 400 with code PARTICIPANT_NOT_FOUND, not 404").
fn is_not_found(answer: &Answer) -> bool {
    answer.status == 404
        || (answer.status == 400
            && answer.json()["code"]
                .as_str()
                .is_some_and(|c| c.eq_ignore_ascii_case("PARTICIPANT_NOT_FOUND")))
}

/// A non-2xx answer as the CLI shows it; GrowSurf's errors are
/// `{name, code, message, status, errors?}` (REF examples).
fn problem(answer: &Answer) -> ClientError {
    let json = answer.json();
    let message = json["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| crate::client::audit::verbatim(&answer.body));
    let code = match answer.status {
        401 | 403 => ProblemCode::Unauthenticated,
        404 => ProblemCode::NotFound,
        409 => ProblemCode::Conflict,
        400 | 422 => ProblemCode::Validation,
        _ => ProblemCode::Unknown,
    };
    // CODES: a 403 is a revoked or mistyped key, not a missing scope.
    let detail = if answer.status == 403 {
        format!("GrowSurf refused the API key (revoked or mistyped): {message}")
    } else {
        format!("GrowSurf answered {}: {message}", answer.status)
    };
    ClientError::Api(Box::new(Problem::new(answer.status, code, detail)))
}

/// A campaign (PY `campaign.py`): `DRAFT`, `IN_PROGRESS`, `COMPLETE`, `DELETED`.
fn campaign_of(v: &Value) -> Option<HostedCampaign> {
    let id = v["id"].as_str()?.to_string();
    Some(HostedCampaign {
        number: hashed(&id),
        code: id.clone(),
        name: v["name"].as_str().unwrap_or_default().to_string(),
        status: match v["status"].as_str().unwrap_or_default() {
            "IN_PROGRESS" => CampaignStatus::Active,
            "COMPLETE" | "DELETED" => CampaignStatus::Archived,
            _ => CampaignStatus::Draft,
        },
        created_at: v["createdAt"].as_i64().map(millis).unwrap_or_default(),
        // PY `campaign.py`: `participantCount`, `referralCount`, `impressionCount`.
        counts: Counts {
            participants: v["participantCount"].as_u64(),
            referrals: v["referralCount"].as_u64(),
            qualified_referrals: None,
            reach: v["impressionCount"].as_u64(),
        },
        id,
    })
}

/// Epoch milliseconds (REF examples: `1552404738928`) as refctl stores times.
fn millis(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(crate::domain::time::stored)
        .unwrap_or_default()
}

/// A participant (TS `interface Participant`) of campaign `campaign`.
fn person_of(campaign: &str, v: &Value) -> Option<Person> {
    let text = |v: &Value| v.as_str().filter(|s| !s.is_empty()).map(str::to_string);
    let id = text(&v["id"])?;
    // `referredBy` is optional in the SDK type, and REF's examples show
    // only `referrer` (an embedded participant): read either.
    let referrer = text(&v["referredBy"]).or_else(|| text(&v["referrer"]["id"]));
    // PY `referral_status.py`: the four states of a referred participant.
    let status = referrer
        .as_ref()
        .map(|_| match v["referralStatus"].as_str() {
            Some("CREDIT_AWARDED") => LeadStatus::Qualified,
            Some("CREDIT_EXPIRED") => LeadStatus::Expired,
            Some("INVITE_SENT") => LeadStatus::Invited,
            _ => LeadStatus::Pending,
        });
    Some(Person {
        number: hashed(&id),
        campaign: campaign.to_string(),
        email: text(&v["email"]).unwrap_or_default().trim().to_lowercase(),
        name: text(&v["firstName"]),
        code: id.clone(),
        referrer,
        status,
        created_at: v["createdAt"].as_i64().map(millis).unwrap_or_default(),
        qualified_at: None,
        reach: None,
        id,
    })
}

#[async_trait]
impl Platform for GrowSurf {
    fn info(&self) -> &'static PlatformInfo {
        &INFO
    }

    fn wire(&self) -> &Wire {
        &self.wire
    }

    /// `GET /campaigns` answers `{campaigns: [...]}` (TS `CampaignListResponse`).
    async fn campaigns(&self) -> Result<Vec<HostedCampaign>, ClientError> {
        let json = self.read_json("/campaigns").await?;
        Ok(json["campaigns"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(campaign_of)
            .collect())
    }

    /// `GET /campaign/{id}` (TS).
    async fn campaign(&self, reference: &str) -> Result<Option<HostedCampaign>, ClientError> {
        let answer = self
            .wire
            .read(
                Method::GET,
                &format!("/campaign/{}", encode(reference)),
                None,
            )
            .await?;
        match answer.status {
            404 | 400 => Ok(None),
            _ if answer.ok() => Ok(campaign_of(&answer.json())),
            _ => Err(problem(&answer)),
        }
    }

    /// `GET /campaign/{id}/participants?limit=100&nextId=…` (TS `api.md`;
    /// `{participants, limit, nextId}`, `nextId` the first id of the next
    /// page, null at the end).
    async fn people_page(
        &self,
        c: &HostedCampaign,
        cursor: Option<&str>,
    ) -> Result<(Vec<Person>, Option<String>), ClientError> {
        let mut path = format!("/campaign/{}/participants?limit={PER_PAGE}", encode(&c.id));
        if let Some(next) = cursor {
            path.push_str(&format!("&nextId={}", encode(next)));
        }
        let answer = self.wire.read(Method::GET, &path, None).await?;
        if answer.status == 404 {
            return Err(ClientError::Api(Box::new(crate::api::Problem::missing(
                "campaign",
                format!("no campaign '{}' at GrowSurf", c.id),
            ))));
        }
        if !answer.ok() {
            return Err(problem(&answer));
        }
        let json = answer.json();
        let people = json["participants"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| person_of(&c.id, v))
            .collect();
        let next = json["nextId"].as_str().map(str::to_string);
        Ok((people, next))
    }

    /// `GET /campaign/{id}/participant/{idOrEmail}`: one call (TS).
    async fn person(
        &self,
        campaign: Option<&HostedCampaign>,
        key: Key<'_>,
    ) -> Result<Option<Person>, ClientError> {
        let Some(c) = campaign else {
            return Ok(None);
        };
        let who = match key {
            Key::Id(x) | Key::Code(x) | Key::Email(x) => x,
        };
        let answer = self
            .wire
            .read(Method::GET, &Self::participant_path(c, who), None)
            .await?;
        if is_not_found(&answer) {
            return Ok(None);
        }
        if !answer.ok() {
            return Err(problem(&answer));
        }
        Ok(person_of(&c.id, &answer.json()))
    }

    /// `POST /campaign/{id}/participant {email, firstName, referredBy,
    /// referralStatus}` (TS `ParticipantAddParams`). `referralStatus` is
    /// always sent as `CREDIT_PENDING` with a referrer: REF says the default
    /// is `CREDIT_AWARDED` when `referredBy` is given, which would pay the
    /// referrer for every imported lead. A `referredBy` that resolves to
    /// nobody is "left unset" (PY `participant_add_params.py`): the answer
    /// is checked, and the row fails naming the participant that now exists.
    async fn create(&self, c: &HostedCampaign, new: &NewPerson) -> Result<Person, ClientError> {
        let mut body = json!({"email": new.email});
        if let Some(n) = &new.name {
            body["firstName"] = json!(n);
        }
        let asked = new.referrer.as_ref().map(|r| match r {
            Referrer::Id(x) | Referrer::Code(x) | Referrer::Email(x) => x.clone(),
        });
        if let Some(r) = &asked {
            body["referredBy"] = json!(r);
            body["referralStatus"] = json!("CREDIT_PENDING");
        }
        let answer = self
            .wire
            .send(
                Method::POST,
                &format!("/campaign/{}/participant", encode(&c.id)),
                Some(&body),
            )
            .await?;
        if !answer.ok() {
            return Err(problem(&answer));
        }
        let person = person_of(&c.id, &answer.json()).ok_or_else(|| {
            ClientError::Decode("GrowSurf added a participant without an id".into())
        })?;
        if let Some(r) = asked
            && person.referrer.is_none()
        {
            let mut p = Problem::validation(
                "referred_by",
                format!(
                    "GrowSurf found no referrer '{r}' and added {} as participant {} referred by nobody; \
                     delete it (`refctl referrers delete code:{}`) or add the referrer first",
                    person.email, person.id, person.id
                ),
            );
            p.existing_id = Some(person.number);
            return Err(ClientError::Api(Box::new(p)));
        }
        if person.status == Some(LeadStatus::Qualified) {
            tracing::warn!(
                target: "refctl::hosted",
                "GrowSurf credited {}'s referrer at once although refctl asked for CREDIT_PENDING",
                person.email
            );
        }
        Ok(person)
    }

    /// `POST /campaign/{id}/participant/{idOrEmail}` with the new fields (PY `api.md`).
    async fn update(
        &self,
        c: &HostedCampaign,
        person: &Person,
        patch: &PersonPatch,
    ) -> Result<Person, ClientError> {
        let mut body = json!({});
        if let Some(name) = &patch.name {
            body["firstName"] = json!(name);
        }
        if let Some(email) = &patch.email {
            body["email"] = json!(email);
        }
        let answer = self
            .wire
            .send(
                Method::POST,
                &Self::participant_path(c, &person.id),
                Some(&body),
            )
            .await?;
        if !answer.ok() {
            return Err(problem(&answer));
        }
        person_of(&c.id, &answer.json()).ok_or_else(|| {
            ClientError::Decode("GrowSurf answered a change without the participant".into())
        })
    }

    /// `DELETE /campaign/{id}/participant/{idOrEmail}` (PY `api.md`).
    async fn delete(&self, c: &HostedCampaign, person: &Person) -> Result<(), ClientError> {
        let answer = self
            .wire
            .send(Method::DELETE, &Self::participant_path(c, &person.id), None)
            .await?;
        if answer.ok() || is_not_found(&answer) {
            Ok(())
        } else {
            Err(problem(&answer))
        }
    }

    /// `POST /campaign/{id}/participant/{id}/ref` (TS), with `delayInDays`
    /// (1-90) to hold the credit; a held credit is cancelled by `DELETE` on
    /// the same path (TS `triggerReferral`: "A delayed trigger can be
    /// cancelled before it is awarded … (DELETE on this same path)").
    async fn set_qualified(
        &self,
        c: &HostedCampaign,
        person: &Person,
        action: QualifyAction,
        hold: Option<u32>,
    ) -> Result<Answer, ClientError> {
        let path = format!("{}/ref", Self::participant_path(c, &person.id));
        match action {
            QualifyAction::Qualify => {
                let body = match hold {
                    Some(days) => json!({"delayInDays": days}),
                    None => json!({}),
                };
                self.wire.send(Method::POST, &path, Some(&body)).await
            }
            QualifyAction::Unqualify => self.wire.send(Method::DELETE, &path, None).await,
        }
    }

    /// REF: always 200 `{success, message}`; `success: false` says why
    /// ("already", "not referred"). A 5xx says nothing either way.
    fn verdict(&self, _action: QualifyAction, answer: &Answer) -> Verdict {
        if answer.status >= 500 {
            return Verdict::Unknown;
        }
        if is_not_found(answer) {
            return Verdict::Kept(QualifyOutcome::NotFound);
        }
        if !answer.ok() {
            return Verdict::Kept(QualifyOutcome::Failed);
        }
        let json = answer.json();
        let message = json["message"].as_str().unwrap_or_default().to_lowercase();
        match json["success"].as_bool() {
            Some(false) if message.contains("already") => {
                Verdict::Kept(QualifyOutcome::AlreadyQualified)
            }
            Some(false) if message.contains("not referred") || message.contains("no referrer") => {
                Verdict::Kept(QualifyOutcome::NotALead)
            }
            Some(false) => Verdict::Kept(QualifyOutcome::Failed),
            _ => Verdict::Applied,
        }
    }

    /// The campaign list and a page of the first campaign's participants:
    /// their shapes, and the rate-limit headers GrowSurf sends.
    async fn probe(&self) -> Vec<crate::client::probe::Probe> {
        use crate::client::probe::{Probe, shape};
        let mut paths = vec!["/campaigns".to_string()];
        if let Some(first) = self
            .campaigns()
            .await
            .ok()
            .and_then(|c| c.into_iter().next())
        {
            paths.push(format!("/campaign/{}", encode(&first.id)));
            paths.push(format!(
                "/campaign/{}/participants?limit=2",
                encode(&first.id)
            ));
        }
        let mut probes = Vec::new();
        for path in paths {
            let request = format!("GET {path}");
            probes.push(match self.wire.send(Method::GET, &path, None).await {
                Ok(answer) => Probe {
                    request,
                    status: Some(answer.status),
                    shape: shape(&answer.json()),
                    headers: answer.headers,
                    error: None,
                },
                Err(e) => Probe {
                    request,
                    status: None,
                    headers: Vec::new(),
                    shape: Value::Null,
                    error: Some(e.to_string()),
                },
            });
        }
        probes
    }
}
