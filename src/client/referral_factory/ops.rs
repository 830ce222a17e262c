//! The referral operations on Referral Factory's API v2.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Value, json};

use super::http::{Answer, problem};
use super::model::{RfCampaign, RfUser, listed, next_page, single};
use super::{ReferralFactory, Snapshot};
use crate::api::*;
use crate::client::audit::{AuditEntry, Phase, verbatim};
use crate::client::hosted::{bulk_item, not_found, offset_page};
use crate::client::{CampaignsApi, ClientError, PeopleApi, QualifyApi, RulesApi, WebhooksApi};

/// Users per page: "`per_page` … default 25; maximum 250" (N10; RFN §1).
const PER_PAGE: u32 = 250;

fn now() -> String {
    crate::domain::time::stored(time::OffsetDateTime::now_utc())
}

impl ReferralFactory {
    /// The account's users, fetched once: `GET /users?per_page=250`, then
    /// each `links.next` (RFN §1 Envelope and pagination).
    async fn snapshot(&self) -> Result<tokio::sync::MutexGuard<'_, Option<Snapshot>>, ClientError> {
        let mut guard = self.users.lock().await;
        if guard.is_none() {
            let mut users = Vec::new();
            let mut next = Some(format!("/users?per_page={PER_PAGE}&page=1"));
            let mut current = 1;
            while let Some(path) = next.take() {
                let path = if path.starts_with("page=") {
                    format!("/users?per_page={PER_PAGE}&{path}")
                } else {
                    path
                };
                let body = self.http.read(Method::GET, &path, None).await?;
                let items = listed(&body);
                users.extend(items.iter().filter_map(RfUser::from_json));
                next = next_page(&body, current).filter(|_| !items.is_empty());
                current += 1;
            }
            *guard = Some(Snapshot::new(users));
        }
        Ok(guard)
    }

    /// A campaign by id or code: `GET /campaigns/{identifier}` (RFN §2 #9).
    async fn campaign(&self, reference: &str) -> Result<RfCampaign, ClientError> {
        let reference = reference.trim();
        if let Some(c) = self
            .campaigns
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(reference)
        {
            return Ok(c.clone());
        }
        let answer = self
            .http
            .send(
                Method::GET,
                &format!("/campaigns/{}", crate::client::encode(reference)),
                None,
            )
            .await?;
        let body = match answer.status {
            200..=299 => answer.json(),
            // Not every account may answer a code there: look through the list.
            404 => {
                let all = self
                    .list_campaigns(&PageQuery {
                        limit: Some(MAX_PAGE),
                        ..Default::default()
                    })
                    .await?;
                let found = all
                    .data
                    .into_iter()
                    .find(|c| c.code == reference || c.id.to_string() == reference)
                    .ok_or_else(|| {
                        not_found(format!(
                            "no campaign with id or code '{reference}' at Referral Factory"
                        ))
                    })?;
                json!({"id": found.id, "code": found.code, "name": found.name, "status": match found.status {
                    CampaignStatus::Active => "launched",
                    CampaignStatus::Paused => "paused",
                    _ => "draft",
                }})
            }
            _ => return Err(problem(&answer)),
        };
        let campaign = RfCampaign::from_json(single(&body)).ok_or_else(|| {
            ClientError::Decode(format!("Referral Factory's campaign {reference} has no id"))
        })?;
        self.campaigns
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(reference.to_string(), campaign.clone());
        Ok(campaign)
    }

    /// The referrer's code of a lead, from the snapshot.
    fn referred_by(snapshot: &Snapshot, user: &RfUser) -> Option<String> {
        user.referrer_id
            .and_then(|id| snapshot.get(id))
            .map(|r| r.code.clone())
    }

    /// A user by id or code: `GET /users/{identifier}` (RFN §2 #2).
    async fn fetch_user(&self, identifier: &str) -> Result<Option<RfUser>, ClientError> {
        let answer = self
            .http
            .send(
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

    /// A campaign's user by email: `POST /users/search` with an email and a
    /// campaign filter, read from `data` (N1, N6).
    async fn search_email(
        &self,
        campaign_id: i64,
        email: &str,
    ) -> Result<Option<RfUser>, ClientError> {
        let body = json!({"filters": {"value": [
            {"field": "email", "value": email.trim(), "operator": "="},
            {"field": "campaign_id", "value": campaign_id, "operator": "="},
        ], "operator": "AND"}});
        let found = self
            .http
            .read(Method::POST, "/users/search", Some(&body))
            .await?;
        Ok(listed(&found)
            .iter()
            .filter_map(RfUser::from_json)
            // The filter is trusted no further than it is seen to work.
            .find(|u| u.campaign_id == campaign_id && u.email == email.trim().to_lowercase()))
    }

    /// Who a reference names in the campaign: the snapshot first, then the API.
    async fn resolve(
        &self,
        campaign: Option<&RfCampaign>,
        reference: &LeadRef,
    ) -> Result<Option<RfUser>, ClientError> {
        {
            let guard = self.snapshot().await?;
            if let Some(snapshot) = guard.as_ref() {
                let in_campaign = |u: &&RfUser| campaign.is_none_or(|c| u.campaign_id == c.id);
                let found = match reference {
                    LeadRef::Id(id) => snapshot.get(*id).filter(in_campaign),
                    LeadRef::Email(e) => {
                        let e = e.trim().to_lowercase();
                        snapshot
                            .users
                            .iter()
                            .filter(in_campaign)
                            .find(|u| u.email == e)
                    }
                    LeadRef::Code(c) => snapshot
                        .users
                        .iter()
                        .filter(in_campaign)
                        .find(|u| u.code == c.trim()),
                    LeadRef::ExternalId(_) => None,
                };
                if let Some(user) = found {
                    return Ok(Some(user.clone()));
                }
            }
        }
        match (reference, campaign) {
            (LeadRef::Id(id), _) => Ok(self
                .fetch_user(&id.to_string())
                .await?
                .filter(|u| campaign.is_none_or(|c| u.campaign_id == c.id))),
            (LeadRef::Code(code), _) => Ok(self
                .fetch_user(code.trim())
                .await?
                .filter(|u| campaign.is_none_or(|c| u.campaign_id == c.id))),
            (LeadRef::Email(email), Some(c)) => self.search_email(c.id, email).await,
            (LeadRef::Email(_), None) => Err(ClientError::Api(Box::new(Problem::validation(
                "campaign",
                "a lead named by email needs --campaign",
            )))),
            (LeadRef::ExternalId(_), _) => Err(self_unsupported("leads by external id")),
        }
    }

    fn audit(
        &self,
        user: &RfUser,
        action: QualifyAction,
        method: QualifyMethod,
        reason: Option<&str>,
        phase: Phase,
        answer: Option<&Answer>,
    ) -> Result<(), ClientError> {
        self.audit.record(AuditEntry {
            at: String::new(),
            provider: "referral-factory".into(),
            campaign_id: user.campaign_id,
            lead_id: user.id,
            email: user.email.clone(),
            action,
            method,
            reason: reason.map(str::to_string),
            phase,
            status: answer.map(|a| a.status),
            answer: answer.map(|a| verbatim(&a.body)),
        })
    }

    /// Qualifies or unqualifies one lead, exactly once across runs: the
    /// audit log says what an earlier run did; a change whose answer was
    /// lost is read back before it is sent again.
    async fn change(
        &self,
        user: RfUser,
        action: QualifyAction,
        method: QualifyMethod,
        reason: Option<&str>,
        dry_run: bool,
    ) -> Result<(QualifyOutcome, Option<String>), ClientError> {
        if !user.is_lead() {
            // "only referred users (Person Invited / Leads) can be qualified" (RFN §2 #6).
            return Ok((QualifyOutcome::NotALead, None));
        }
        let mut user = user;
        if let Ok(Some(last)) = self.audit.last(user.id)
            && last.phase == Phase::Sending
        {
            // An earlier run sent a change and never heard: ask the platform.
            if let Some(now) = self.fetch_user(&user.id.to_string()).await? {
                user = now;
            }
        }
        let qualified = user.qualified_at.is_some();
        let noop = match action {
            QualifyAction::Qualify if qualified => Some(QualifyOutcome::AlreadyQualified),
            QualifyAction::Unqualify if !qualified => Some(QualifyOutcome::AlreadyPending),
            _ => None,
        };
        if let Some(outcome) = noop {
            // A referral qualifies once (RFN §5): no call is spent on it.
            return Ok((outcome, None));
        }
        let success = match action {
            QualifyAction::Qualify => QualifyOutcome::Qualified,
            QualifyAction::Unqualify => QualifyOutcome::Unqualified,
        };
        if dry_run {
            return Ok((success, None));
        }
        self.audit(&user, action, method, reason, Phase::Sending, None)?;
        // One lead per call: `PUT /users/qualification` with the user's id
        // and `qualified` (false reverts to Pending) (RFN §2 #6; N5).
        let body = json!({"id": user.id, "qualified": action == QualifyAction::Qualify});
        let answer = match self
            .http
            .send(Method::PUT, "/users/qualification", Some(&body))
            .await
        {
            Ok(answer) => answer,
            Err(e @ (ClientError::TimedOut { .. } | ClientError::Broken { .. })) => {
                // The answer was lost: did it apply? Read the lead back.
                match self.fetch_user(&user.id.to_string()).await? {
                    Some(now)
                        if now.qualified_at.is_some() == (action == QualifyAction::Qualify) =>
                    {
                        Answer {
                            status: 200,
                            body: b"(answer lost; the lead read back as changed)".to_vec(),
                            headers: Vec::new(),
                        }
                    }
                    Some(_) => {
                        self.http
                            .send(Method::PUT, "/users/qualification", Some(&body))
                            .await?
                    }
                    None => return Err(e),
                }
            }
            Err(e) => return Err(e),
        };
        if answer.ok() {
            // "a 200 response confirms the status change was applied" (N5).
            self.audit(&user, action, method, reason, Phase::Applied, Some(&answer))?;
            let mut changed = user.clone();
            changed.qualified_at = (action == QualifyAction::Qualify).then(now);
            if let Some(snapshot) = self.users.lock().await.as_mut() {
                snapshot.put(changed);
            }
            Ok((success, None))
        } else {
            // Unknown shapes are not guessed at: kept as they came.
            self.audit(&user, action, method, reason, Phase::Failed, Some(&answer))?;
            Ok((
                QualifyOutcome::Failed,
                Some(format!(
                    "HTTP {}: {}",
                    answer.status,
                    verbatim(&answer.body)
                )),
            ))
        }
    }
}

fn self_unsupported(operation: &'static str) -> ClientError {
    ClientError::Unsupported {
        backend: "Referral Factory",
        operation,
    }
}

#[async_trait]
impl CampaignsApi for ReferralFactory {
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
            match self.http.send(method, &path, body.as_ref()).await {
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

    /// The token works when the campaigns can be read (there is no "me"
    /// endpoint: `account`, `me` answer 404, RFN §1 S9).
    async fn whoami(&self) -> Result<Identity, ClientError> {
        self.http.read(Method::GET, "/campaigns", None).await?;
        Ok(Identity {
            workspace: "Referral Factory account".into(),
            token_name: "API access token".into(),
            scope: Scope::Admin,
            // The platform sends no rate-limit headers (N7); the pace is the client's.
            rate_limit: None,
        })
    }

    /// `GET /campaigns` (RFN §2 #8), every page.
    async fn list_campaigns(&self, query: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        let mut all = Vec::new();
        let mut next = Some("/campaigns".to_string());
        let mut current = 1;
        while let Some(path) = next.take() {
            let path = if path.starts_with("page=") {
                format!("/campaigns?{path}")
            } else {
                path
            };
            let body = self.http.read(Method::GET, &path, None).await?;
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
        Ok(offset_page(&all, query.limit, query.cursor.as_deref()))
    }

    async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        Ok(self.campaign(campaign).await?.campaign())
    }
}

#[async_trait]
impl PeopleApi for ReferralFactory {
    /// The identifying fields of a campaign's users, from one snapshot of
    /// `GET /users`, filtered here (the server ignores `campaign_id`: RFN §1, N8).
    async fn list_match_keys(
        &self,
        campaign: &str,
        query: &MatchKeysQuery,
    ) -> Result<Page<MatchKeys>, ClientError> {
        let c = self.campaign(campaign).await?;
        let guard = self.snapshot().await?;
        let keys: Vec<MatchKeys> = guard
            .iter()
            .flat_map(|s| s.users.iter())
            .filter(|u| u.campaign_id == c.id)
            .filter(|u| u.is_lead() == (query.role == MatchRole::Lead))
            .map(RfUser::match_keys)
            .collect();
        Ok(offset_page(&keys, query.limit, query.cursor.as_deref()))
    }

    async fn list_referrers(
        &self,
        campaign: &str,
        query: &PageQuery,
    ) -> Result<Page<Referrer>, ClientError> {
        let c = self.campaign(campaign).await?;
        let guard = self.snapshot().await?;
        let referrers: Vec<Referrer> = guard
            .iter()
            .flat_map(|s| s.users.iter())
            .filter(|u| u.campaign_id == c.id && !u.is_lead())
            .map(RfUser::referrer)
            .collect();
        Ok(offset_page(
            &referrers,
            query.limit,
            query.cursor.as_deref(),
        ))
    }

    async fn get_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        match self.fetch_user(&id.to_string()).await? {
            Some(u) if !u.is_lead() => Ok(u.referrer()),
            _ => Err(not_found(format!(
                "no referrer with id {id} at Referral Factory"
            ))),
        }
    }

    async fn get_referrer_by_code(
        &self,
        campaign: &str,
        code: &str,
    ) -> Result<Referrer, ClientError> {
        let c = self.campaign(campaign).await?;
        match self.fetch_user(code.trim()).await? {
            Some(u) if !u.is_lead() && u.campaign_id == c.id => Ok(u.referrer()),
            _ => Err(not_found(format!(
                "no referrer with code '{code}' in campaign '{}' at Referral Factory",
                c.code
            ))),
        }
    }

    /// `POST /users` without a referrer makes a Person Referring (RFN §2 #3).
    async fn create_referrer(
        &self,
        campaign: &str,
        new: &NewReferrer,
    ) -> Result<Referrer, ClientError> {
        let c = self.campaign(campaign).await?;
        let email = new.email.clone().unwrap_or_default();
        let user = self
            .create_user(&c, &email, new.name.as_deref(), None)
            .await?;
        Ok(user.referrer())
    }

    async fn bulk_create_referrers(
        &self,
        campaign: &str,
        items: &BulkRequest<NewReferrer>,
        _key: String,
    ) -> Result<BulkResponse<Referrer>, ClientError> {
        let c = self.campaign(campaign).await?;
        let mut results = Vec::new();
        for (index, new) in items.items.iter().enumerate() {
            let email = new.email.clone().unwrap_or_default();
            let result = self
                .create_user(&c, &email, new.name.as_deref(), None)
                .await;
            results.push(bulk_item(index, result.map(|u| u.referrer()))?);
        }
        Ok(BulkResponse { results })
    }

    async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        let campaign = match &query.campaign {
            Some(c) => Some(self.campaign(c).await?),
            None => None,
        };
        let after = query
            .created_after
            .as_deref()
            .map(crate::domain::time::parse_time_filter)
            .transpose()
            .map_err(bad_filter)?;
        let before = query
            .created_before
            .as_deref()
            .map(crate::domain::time::parse_time_filter)
            .transpose()
            .map_err(bad_filter)?;
        let guard = self.snapshot().await?;
        let Some(snapshot) = guard.as_ref() else {
            return Ok(Page {
                data: Vec::new(),
                next_cursor: None,
            });
        };
        let leads: Vec<Lead> = snapshot
            .users
            .iter()
            .filter(|u| u.is_lead())
            .filter(|u| campaign.as_ref().is_none_or(|c| u.campaign_id == c.id))
            .filter(|u| query.status.is_none_or(|s| u.status() == s))
            .filter(|u| {
                query
                    .email_contains
                    .as_deref()
                    .is_none_or(|e| u.email.contains(&e.to_lowercase()))
            })
            .map(|u| u.lead(ReferralFactory::referred_by(snapshot, u).as_deref()))
            .filter(|l| after.as_deref().is_none_or(|a| l.created_at.as_str() > a))
            .filter(|l| before.as_deref().is_none_or(|b| l.created_at.as_str() < b))
            .collect();
        Ok(offset_page(&leads, query.limit, query.cursor.as_deref()))
    }

    async fn list_leads_fields(&self, query: &LeadQuery) -> Result<Page<Value>, ClientError> {
        let leads = self.list_leads(query).await?;
        let fields: Vec<String> = query
            .fields
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect();
        let data = leads
            .data
            .iter()
            .map(|l| {
                let v = serde_json::to_value(l).unwrap_or(Value::Null);
                Value::Object(
                    fields
                        .iter()
                        .filter_map(|f| v.get(f).map(|x| (f.clone(), x.clone())))
                        .collect(),
                )
            })
            .collect();
        Ok(Page {
            data,
            next_cursor: leads.next_cursor,
        })
    }

    async fn get_lead(&self, id: i64) -> Result<Lead, ClientError> {
        match self.resolve(None, &LeadRef::Id(id)).await? {
            Some(u) if u.is_lead() => {
                let guard = self.snapshot().await?;
                let by = guard
                    .as_ref()
                    .and_then(|s| ReferralFactory::referred_by(s, &u));
                Ok(u.lead(by.as_deref()))
            }
            _ => Err(not_found(format!(
                "no lead with id {id} at Referral Factory"
            ))),
        }
    }

    async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        let c = self.campaign(&lookup.campaign).await?;
        let (reference, what) = match (&lookup.email, &lookup.code, &lookup.external_id) {
            (Some(e), _, _) => (LeadRef::Email(e.clone()), format!("email {e}")),
            (None, Some(code), _) => (LeadRef::Code(code.clone()), format!("code '{code}'")),
            (None, None, Some(_)) => {
                return Err(self_unsupported(
                    "finding leads by external id (it keeps none)",
                ));
            }
            _ => return Err(not_found("give an email or a code".into())),
        };
        match self.resolve(Some(&c), &reference).await? {
            Some(u) if u.is_lead() => {
                let guard = self.snapshot().await?;
                let by = guard
                    .as_ref()
                    .and_then(|s| ReferralFactory::referred_by(s, &u));
                Ok(u.lead(by.as_deref()))
            }
            _ => Err(not_found(format!(
                "no lead with {what} in campaign '{}' at Referral Factory",
                c.code
            ))),
        }
    }

    /// `POST /users` with `referrer: {field: "code", value}` makes a Person
    /// Invited credited to that referrer (RFN §2 #3).
    async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        let c = self.campaign(campaign).await?;
        let user = self
            .create_user(&c, &new.email, new.name.as_deref(), Some(&new.referred_by))
            .await?;
        Ok(user.lead(Some(&new.referred_by)))
    }

    async fn bulk_create_leads(
        &self,
        campaign: &str,
        items: &BulkRequest<NewLead>,
        _key: String,
    ) -> Result<BulkResponse<Lead>, ClientError> {
        let c = self.campaign(campaign).await?;
        let mut results = Vec::new();
        for (index, new) in items.items.iter().enumerate() {
            let result = self
                .create_user(&c, &new.email, new.name.as_deref(), Some(&new.referred_by))
                .await;
            results.push(bulk_item(
                index,
                result.map(|u| u.lead(Some(&new.referred_by))),
            )?);
        }
        Ok(BulkResponse { results })
    }
}

fn bad_filter(message: String) -> ClientError {
    ClientError::Api(Box::new(Problem::validation("created_after", message)))
}

impl ReferralFactory {
    /// `POST /users {campaign_id, first_name, email, referrer?}`: the three
    /// are required (RFN §2 #3); a user without a name is named by the
    /// email's local part. An email the campaign has is refused here as a
    /// duplicate without a call (the platform answers 422: RFN §1, S9).
    async fn create_user(
        &self,
        c: &RfCampaign,
        email: &str,
        name: Option<&str>,
        referrer: Option<&str>,
    ) -> Result<RfUser, ClientError> {
        let email = crate::domain::validate::canonical_email(email)
            .map_err(|m| ClientError::Api(Box::new(Problem::validation("email", m))))?;
        {
            let guard = self.snapshot().await?;
            if let Some(existing) = guard
                .iter()
                .flat_map(|s| s.users.iter())
                .find(|u| u.campaign_id == c.id && u.email == email)
            {
                let mut p = Problem::new(
                    409,
                    ProblemCode::Duplicate,
                    format!(
                        "user {} already has email {email} in campaign '{}'",
                        existing.id, c.code
                    ),
                );
                p.existing_id = Some(existing.id);
                return Err(ClientError::Api(Box::new(p)));
            }
        }
        let first_name = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_string());
        let mut body = json!({"campaign_id": c.id, "first_name": first_name, "email": email});
        if let Some(code) = referrer {
            body["referrer"] = json!({"field": "code", "value": code.trim()});
        }
        let answer = self.http.send(Method::POST, "/users", Some(&body)).await?;
        if !answer.ok() {
            return Err(problem(&answer));
        }
        let user = RfUser::from_json(single(&answer.json())).ok_or_else(|| {
            ClientError::Decode("Referral Factory created a user without an id".into())
        })?;
        if let Some(snapshot) = self.users.lock().await.as_mut() {
            snapshot.put(user.clone());
        }
        Ok(user)
    }
}

#[async_trait]
impl QualifyApi for ReferralFactory {
    /// What refctl did through the platform (the audit log), and the
    /// platform's own mark (`qualified_at`) when the log has nothing for it.
    async fn lead_history(&self, id: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        let lead = self.get_lead(id).await?;
        let mut records = self
            .audit
            .history(id)
            .map_err(|e| ClientError::Store(format!("could not read the audit log: {e}")))?;
        if let (Some(at), true) = (&lead.qualified_at, records.is_empty()) {
            records.push(QualificationRecord {
                id: 0,
                lead_id: id,
                action: QualifyAction::Qualify,
                method: QualifyMethod::Api,
                actor: "Referral Factory".into(),
                reason: Some("qualified on the platform (its record keeps only the time)".into()),
                idempotency_key: None,
                created_at: at.clone(),
                rule: None,
                event: None,
            });
        }
        Ok(records)
    }

    async fn qualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.one(id, QualifyAction::Qualify, request).await
    }

    async fn unqualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.one(id, QualifyAction::Unqualify, request).await
    }

    /// One call per lead, one at a time, at the pace (RF has no batch call).
    async fn batch_qualify(
        &self,
        request: &BatchQualifyRequest,
        _key: String,
    ) -> Result<BatchQualifyResponse, ClientError> {
        crate::domain::lifecycle::require_reason(request.action, request.reason.as_deref())
            .map_err(|r| {
                ClientError::Api(Box::new(Problem::validation("reason", r.to_string())))
            })?;
        let campaign = match &request.campaign {
            Some(c) => Some(self.campaign(c).await?),
            None => None,
        };
        let method = request.method.unwrap_or(QualifyMethod::Api);
        let mut results = Vec::with_capacity(request.items.len());
        for (index, reference) in request.items.iter().enumerate() {
            let (outcome, lead_id, detail) =
                match self.resolve(campaign.as_ref(), reference).await? {
                    None => (QualifyOutcome::NotFound, None, None),
                    Some(user) => {
                        let id = user.is_lead().then_some(user.id);
                        let (outcome, detail) = self
                            .change(
                                user,
                                request.action,
                                method,
                                request.reason.as_deref(),
                                request.dry_run,
                            )
                            .await?;
                        (outcome, id, detail)
                    }
                };
            results.push(BatchItemResult {
                index,
                reference: reference.clone(),
                outcome,
                lead_id,
                detail,
            });
        }
        Ok(BatchQualifyResponse { results })
    }
}

impl ReferralFactory {
    async fn one(
        &self,
        id: i64,
        action: QualifyAction,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        let Some(user) = self.resolve(None, &LeadRef::Id(id)).await? else {
            return Err(not_found(format!(
                "no lead with id {id} at Referral Factory"
            )));
        };
        let (outcome, detail) = self
            .change(
                user,
                action,
                request.method.unwrap_or(QualifyMethod::Api),
                request.reason.as_deref(),
                false,
            )
            .await?;
        if let Some(detail) = detail {
            return Err(ClientError::Api(Box::new(Problem::new(
                502,
                ProblemCode::Unknown,
                detail,
            ))));
        }
        Ok(QualifyResult {
            outcome,
            lead: self.get_lead(id).await?,
        })
    }
}

// Rules, events and webhooks: Referral Factory's API has none (RFN §2).
impl RulesApi for ReferralFactory {}
impl WebhooksApi for ReferralFactory {}
