//! The referral operations on GrowSurf's API v2.

use async_trait::async_trait;
use reqwest::Method;
use serde_json::{Value, json};

use super::{GrowSurf, Participant, number_of, problem};
use crate::api::*;
use crate::client::audit::{AuditEntry, Phase, verbatim};
use crate::client::hosted::{bulk_item, not_found, offset_page};
use crate::client::{
    CampaignsApi, ClientError, PeopleApi, QualifyApi, RulesApi, WebhooksApi, encode,
};

/// Participants per page: "Maximum 100" (TS `CampaignListParticipantsParams`).
const PER_PAGE: u32 = 100;

/// A campaign (TS `interface Campaign`): `status` is `DRAFT`, `PENDING`,
/// `IN_PROGRESS`, `COMPLETE`, `CANCELLED` or `DELETED`.
fn campaign_of(v: &Value) -> Option<Campaign> {
    let id = v["id"].as_str()?.to_string();
    Some(Campaign {
        id: number_of(&id),
        name: v["name"].as_str().unwrap_or_default().to_string(),
        status: match v["status"].as_str().unwrap_or_default() {
            "IN_PROGRESS" => CampaignStatus::Active,
            "COMPLETE" | "CANCELLED" | "DELETED" => CampaignStatus::Archived,
            "PENDING" => CampaignStatus::Paused,
            _ => CampaignStatus::Draft,
        },
        code: id,
        created_at: String::new(),
        updated_at: String::new(),
    })
}

impl Participant {
    fn lead(&self, campaign: &str, referrer_code: Option<&str>) -> Lead {
        Lead {
            id: number_of(&self.id),
            campaign_id: number_of(campaign),
            email: self.email.clone(),
            name: self.first_name.clone(),
            phone: None,
            external_id: None,
            referral_code: self.id.clone(),
            referred_by: referrer_code
                .or(self.referred_by.as_deref())
                .unwrap_or_default()
                .to_string(),
            referrer_id: self
                .referred_by
                .as_deref()
                .map(number_of)
                .unwrap_or_default(),
            status: if self.qualified() {
                LeadStatus::Qualified
            } else {
                LeadStatus::Pending
            },
            qualified_at: None,
            created_at: self.created(),
        }
    }

    fn referrer(&self, campaign: &str) -> Referrer {
        Referrer {
            id: number_of(&self.id),
            campaign_id: number_of(campaign),
            referral_code: self.id.clone(),
            email: Some(self.email.clone()).filter(|e| !e.is_empty()),
            name: self.first_name.clone(),
            external_id: None,
            phone: None,
            created_at: self.created(),
        }
    }
}

impl GrowSurf {
    /// A campaign's GrowSurf id from a reference: the id itself, or the
    /// number refctl showed for it.
    async fn campaign_id(&self, reference: &str) -> Result<String, ClientError> {
        let reference = reference.trim();
        if let Ok(n) = reference.parse::<i64>() {
            if let Some(id) = self
                .campaign_ids
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&n)
            {
                return Ok(id.clone());
            }
            self.list_campaigns(&PageQuery::default()).await?;
            if let Some(id) = self
                .campaign_ids
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&n)
            {
                return Ok(id.clone());
            }
        }
        Ok(reference.to_string())
    }

    /// Every participant of the campaign, once per run:
    /// `GET /campaign/{id}/participants?limit=100&nextId=…` (TS `api.md`;
    /// the list is `{participants, limit, nextId}`, `nextId` null at the end).
    async fn everyone(&self, campaign: &str) -> Result<Vec<Participant>, ClientError> {
        let mut cache = self.participants.lock().await;
        if let Some(all) = cache.get(campaign) {
            return Ok(all.clone());
        }
        let mut all = Vec::new();
        let mut next: Option<String> = None;
        loop {
            let mut path = format!(
                "/campaign/{}/participants?limit={PER_PAGE}",
                encode(campaign)
            );
            if let Some(n) = &next {
                path.push_str(&format!("&nextId={}", encode(n)));
            }
            let (status, json, body) = self.send(Method::GET, &path, None).await?;
            if status == 404 {
                return Err(not_found(format!("no campaign '{campaign}' at GrowSurf")));
            }
            if !(200..300).contains(&status) {
                return Err(problem(status, &json, &body));
            }
            let items = json["participants"].as_array().cloned().unwrap_or_default();
            all.extend(items.iter().filter_map(Participant::from_json));
            match json["nextId"].as_str().filter(|n| !n.is_empty()) {
                Some(n) if !items.is_empty() && next.as_deref() != Some(n) => {
                    next = Some(n.to_string())
                }
                _ => break,
            }
        }
        cache.insert(campaign.to_string(), all.clone());
        Ok(all)
    }

    /// One participant by id or email: `GET /campaign/{id}/participant/{idOrEmail}` (TS).
    async fn participant(
        &self,
        campaign: &str,
        id_or_email: &str,
    ) -> Result<Option<Participant>, ClientError> {
        let path = format!(
            "/campaign/{}/participant/{}",
            encode(campaign),
            encode(id_or_email.trim())
        );
        let (status, json, body) = self.send(Method::GET, &path, None).await?;
        match status {
            404 => Ok(None),
            200..=299 => Ok(Participant::from_json(&json)),
            _ => Err(problem(status, &json, &body)),
        }
    }

    async fn resolve(
        &self,
        campaign: &str,
        reference: &LeadRef,
    ) -> Result<Option<Participant>, ClientError> {
        let all = self.everyone(campaign).await?;
        let found = match reference {
            LeadRef::Id(n) => all.iter().find(|p| number_of(&p.id) == *n).cloned(),
            LeadRef::Email(e) => all
                .iter()
                .find(|p| p.email == e.trim().to_lowercase())
                .cloned(),
            LeadRef::Code(c) => all.iter().find(|p| p.id == c.trim()).cloned(),
            LeadRef::ExternalId(_) => {
                return Err(ClientError::Unsupported {
                    backend: "GrowSurf",
                    operation: "leads by external id",
                });
            }
        };
        match (found, reference) {
            (Some(p), _) => Ok(Some(p)),
            (None, LeadRef::Email(s) | LeadRef::Code(s)) => self.participant(campaign, s).await,
            (None, _) => Ok(None),
        }
    }

    fn audit(
        &self,
        campaign: &str,
        p: &Participant,
        method: QualifyMethod,
        reason: Option<&str>,
        phase: Phase,
        answer: Option<(u16, &[u8])>,
    ) -> Result<(), ClientError> {
        self.audit.record(AuditEntry {
            at: String::new(),
            provider: "growsurf".into(),
            campaign_id: number_of(campaign),
            lead_id: number_of(&p.id),
            email: p.email.clone(),
            action: QualifyAction::Qualify,
            method,
            reason: reason.map(str::to_string),
            phase,
            status: answer.map(|a| a.0),
            answer: answer.map(|a| verbatim(a.1)),
        })
    }

    /// Awards a referred participant's credit: `POST
    /// /campaign/{id}/participant/{idOrEmail}/ref` (TS), which always answers
    /// 200 with `{success, message}`: "Successfully awarded referral credit.",
    /// "Referral credit has already been awarded", "Participant was not
    /// referred" (REF).
    async fn qualify(
        &self,
        campaign: &str,
        p: Participant,
        method: QualifyMethod,
        reason: Option<&str>,
        dry_run: bool,
    ) -> Result<(QualifyOutcome, Option<String>), ClientError> {
        if !p.is_lead() {
            return Ok((QualifyOutcome::NotALead, None));
        }
        if p.qualified() {
            return Ok((QualifyOutcome::AlreadyQualified, None));
        }
        if dry_run {
            return Ok((QualifyOutcome::Qualified, None));
        }
        // The endpoint is safe to call again ("invoked without needing to
        // know the current state", REF): a resumed run just asks again.
        self.audit(campaign, &p, method, reason, Phase::Sending, None)?;
        let path = format!(
            "/campaign/{}/participant/{}/ref",
            encode(campaign),
            encode(&p.id)
        );
        let (status, json, body) = self.send(Method::POST, &path, Some(&json!({}))).await?;
        let message = json["message"].as_str().unwrap_or_default().to_lowercase();
        let (outcome, phase) = match (status, json["success"].as_bool()) {
            (200..=299, Some(true)) => (QualifyOutcome::Qualified, Phase::Applied),
            (200..=299, Some(false)) if message.contains("already") => {
                (QualifyOutcome::AlreadyQualified, Phase::Applied)
            }
            (200..=299, Some(false)) if message.contains("not referred") => {
                (QualifyOutcome::NotALead, Phase::Failed)
            }
            // A 2xx is taken as applied; anything else is kept as it came.
            (200..=299, None) => (QualifyOutcome::Qualified, Phase::Applied),
            _ => (QualifyOutcome::Failed, Phase::Failed),
        };
        self.audit(campaign, &p, method, reason, phase, Some((status, &body)))?;
        if outcome == QualifyOutcome::Qualified {
            let mut cache = self.participants.lock().await;
            if let Some(all) = cache.get_mut(campaign)
                && let Some(q) = all.iter_mut().find(|q| q.id == p.id)
            {
                q.referral_status = Some("CREDIT_AWARDED".into());
            }
        }
        let detail = (outcome == QualifyOutcome::Failed)
            .then(|| format!("HTTP {status}: {}", verbatim(&body)));
        Ok((outcome, detail))
    }

    /// `POST /campaign/{id}/participant {email, firstName, referredBy}` (TS
    /// `ParticipantAddParams`). An email GrowSurf has is answered with the
    /// existing participant (REF): refused here as a duplicate.
    async fn add(
        &self,
        campaign: &str,
        email: &str,
        name: Option<&str>,
        referred_by: Option<&str>,
    ) -> Result<Participant, ClientError> {
        let email = crate::domain::validate::canonical_email(email)
            .map_err(|m| ClientError::Api(Box::new(Problem::validation("email", m))))?;
        if let Some(existing) = self
            .everyone(campaign)
            .await?
            .into_iter()
            .find(|p| p.email == email)
        {
            let mut p = Problem::new(
                409,
                ProblemCode::Duplicate,
                format!(
                    "participant {} already has email {email} at GrowSurf",
                    existing.id
                ),
            );
            p.existing_id = Some(number_of(&existing.id));
            return Err(ClientError::Api(Box::new(p)));
        }
        let mut body = json!({"email": email});
        if let Some(n) = name.map(str::trim).filter(|n| !n.is_empty()) {
            body["firstName"] = json!(n);
        }
        if let Some(r) = referred_by {
            body["referredBy"] = json!(r.trim());
        }
        let (status, json, bytes) = self
            .send(
                Method::POST,
                &format!("/campaign/{}/participant", encode(campaign)),
                Some(&body),
            )
            .await?;
        if !(200..300).contains(&status) {
            return Err(problem(status, &json, &bytes));
        }
        let p = Participant::from_json(&json).ok_or_else(|| {
            ClientError::Decode("GrowSurf added a participant without an id".into())
        })?;
        if let Some(all) = self.participants.lock().await.get_mut(campaign) {
            all.push(p.clone());
        }
        Ok(p)
    }
}

impl GrowSurf {
    /// One read-only call, recorded with its headers.
    async fn probe_one(&self, path: &str) -> crate::client::probe::Probe {
        use crate::client::probe::{Probe, header, shape};
        let request = format!("GET {path}");
        let sent = self
            .http
            .get(format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
            .send()
            .await;
        match sent {
            Ok(response) => {
                let status = response.status().as_u16();
                let headers = response
                    .headers()
                    .iter()
                    .map(|(k, v)| header(k.as_str(), v.to_str().unwrap_or("(not text)")))
                    .collect();
                let json: Value = response.json().await.unwrap_or(Value::Null);
                Probe {
                    request,
                    status: Some(status),
                    headers,
                    shape: shape(&json),
                    error: None,
                }
            }
            Err(e) => Probe {
                request,
                status: None,
                headers: Vec::new(),
                shape: Value::Null,
                error: Some(e.to_string()),
            },
        }
    }
}

#[async_trait]
impl CampaignsApi for GrowSurf {
    /// The campaign list and a page of the first campaign's participants:
    /// their shapes, and the rate-limit headers GrowSurf sends.
    async fn probe(&self) -> Vec<crate::client::probe::Probe> {
        let mut probes = vec![self.probe_one("/campaigns").await];
        let first = self
            .list_campaigns(&PageQuery::default())
            .await
            .ok()
            .and_then(|p| p.data.first().map(|c| c.code.clone()));
        if let Some(id) = first {
            probes.push(self.probe_one(&format!("/campaign/{}", encode(&id))).await);
            probes.push(
                self.probe_one(&format!("/campaign/{}/participants?limit=2", encode(&id)))
                    .await,
            );
        }
        probes
    }

    async fn whoami(&self) -> Result<Identity, ClientError> {
        self.list_campaigns(&PageQuery::default()).await?;
        Ok(Identity {
            workspace: "GrowSurf account".into(),
            token_name: "API key".into(),
            scope: Scope::Admin,
            rate_limit: None,
        })
    }

    /// `GET /campaigns` answers `{campaigns: [...]}` (TS `CampaignListResponse`).
    async fn list_campaigns(&self, query: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        let (status, json, body) = self.send(Method::GET, "/campaigns", None).await?;
        if !(200..300).contains(&status) {
            return Err(problem(status, &json, &body));
        }
        let all: Vec<Campaign> = json["campaigns"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(campaign_of)
            .collect();
        {
            let mut ids = self.campaign_ids.lock().unwrap_or_else(|p| p.into_inner());
            for c in &all {
                ids.insert(c.id, c.code.clone());
            }
        }
        Ok(offset_page(&all, query.limit, query.cursor.as_deref()))
    }

    /// `GET /campaign/{id}` (TS).
    async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let (status, json, body) = self
            .send(Method::GET, &format!("/campaign/{}", encode(&id)), None)
            .await?;
        match status {
            404 => Err(not_found(format!("no campaign '{campaign}' at GrowSurf"))),
            200..=299 => campaign_of(&json)
                .ok_or_else(|| ClientError::Decode("GrowSurf's campaign has no id".into())),
            _ => Err(problem(status, &json, &body)),
        }
    }
}

#[async_trait]
impl PeopleApi for GrowSurf {
    async fn list_match_keys(
        &self,
        campaign: &str,
        query: &MatchKeysQuery,
    ) -> Result<Page<MatchKeys>, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let keys: Vec<MatchKeys> = self
            .everyone(&id)
            .await?
            .iter()
            .filter(|p| p.is_lead() == (query.role == MatchRole::Lead))
            .map(|p| MatchKeys {
                id: number_of(&p.id),
                email: Some(p.email.clone()).filter(|e| !e.is_empty()),
                referral_code: Some(p.id.clone()),
                external_id: None,
                phone: None,
                qualified: p.qualified(),
                // GrowSurf keeps no history of credits taken back.
                unqualified_before: false,
            })
            .collect();
        Ok(offset_page(&keys, query.limit, query.cursor.as_deref()))
    }

    async fn list_referrers(
        &self,
        campaign: &str,
        query: &PageQuery,
    ) -> Result<Page<Referrer>, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let all: Vec<Referrer> = self
            .everyone(&id)
            .await?
            .iter()
            .filter(|p| !p.is_lead())
            .map(|p| p.referrer(&id))
            .collect();
        Ok(offset_page(&all, query.limit, query.cursor.as_deref()))
    }

    async fn get_referrer_by_code(
        &self,
        campaign: &str,
        code: &str,
    ) -> Result<Referrer, ClientError> {
        let id = self.campaign_id(campaign).await?;
        match self.participant(&id, code).await? {
            Some(p) => Ok(p.referrer(&id)),
            None => Err(not_found(format!(
                "no participant '{code}' in GrowSurf campaign '{id}'"
            ))),
        }
    }

    async fn create_referrer(
        &self,
        campaign: &str,
        new: &NewReferrer,
    ) -> Result<Referrer, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let p = self
            .add(
                &id,
                new.email.as_deref().unwrap_or_default(),
                new.name.as_deref(),
                None,
            )
            .await?;
        Ok(p.referrer(&id))
    }

    async fn bulk_create_referrers(
        &self,
        campaign: &str,
        items: &BulkRequest<NewReferrer>,
        _key: String,
    ) -> Result<BulkResponse<Referrer>, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let mut results = Vec::new();
        for (index, new) in items.items.iter().enumerate() {
            let r = self
                .add(
                    &id,
                    new.email.as_deref().unwrap_or_default(),
                    new.name.as_deref(),
                    None,
                )
                .await;
            results.push(bulk_item(index, r.map(|p| p.referrer(&id)))?);
        }
        Ok(BulkResponse { results })
    }

    async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        let Some(campaign) = &query.campaign else {
            return Err(ClientError::Api(Box::new(Problem::validation(
                "campaign",
                "GrowSurf lists leads per campaign: pass --campaign",
            ))));
        };
        let id = self.campaign_id(campaign).await?;
        let leads: Vec<Lead> = self
            .everyone(&id)
            .await?
            .iter()
            .filter(|p| p.is_lead())
            .map(|p| p.lead(&id, None))
            .filter(|l| query.status.is_none_or(|s| l.status == s))
            .filter(|l| {
                query
                    .email_contains
                    .as_deref()
                    .is_none_or(|e| l.email.contains(&e.to_lowercase()))
            })
            .collect();
        Ok(offset_page(&leads, query.limit, query.cursor.as_deref()))
    }

    async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        let id = self.campaign_id(&lookup.campaign).await?;
        let reference = match (&lookup.email, &lookup.code) {
            (Some(e), _) => LeadRef::Email(e.clone()),
            (None, Some(c)) => LeadRef::Code(c.clone()),
            _ => {
                return Err(ClientError::Unsupported {
                    backend: "GrowSurf",
                    operation: "leads by external id",
                });
            }
        };
        match self.resolve(&id, &reference).await? {
            Some(p) if p.is_lead() => Ok(p.lead(&id, None)),
            _ => Err(not_found(format!(
                "no lead {reference} in GrowSurf campaign '{id}'"
            ))),
        }
    }

    /// A lead is a participant added with `referredBy` (TS `ParticipantAddParams`).
    async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let p = self
            .add(&id, &new.email, new.name.as_deref(), Some(&new.referred_by))
            .await?;
        Ok(p.lead(&id, Some(&new.referred_by)))
    }

    async fn bulk_create_leads(
        &self,
        campaign: &str,
        items: &BulkRequest<NewLead>,
        _key: String,
    ) -> Result<BulkResponse<Lead>, ClientError> {
        let id = self.campaign_id(campaign).await?;
        let mut results = Vec::new();
        for (index, new) in items.items.iter().enumerate() {
            let r = self
                .add(&id, &new.email, new.name.as_deref(), Some(&new.referred_by))
                .await;
            results.push(bulk_item(
                index,
                r.map(|p| p.lead(&id, Some(&new.referred_by))),
            )?);
        }
        Ok(BulkResponse { results })
    }
}

#[async_trait]
impl QualifyApi for GrowSurf {
    /// What refctl did through GrowSurf (the audit log).
    async fn lead_history(&self, id: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        self.audit
            .history(id)
            .map_err(|e| ClientError::Store(format!("could not read the audit log: {e}")))
    }

    /// One trigger per lead, one at a time, at the pace. GrowSurf has no
    /// call that takes an awarded credit back (only a delayed one can be
    /// cancelled: TS `DELETE …/ref`), so unqualifying is refused.
    async fn batch_qualify(
        &self,
        request: &BatchQualifyRequest,
        _key: String,
    ) -> Result<BatchQualifyResponse, ClientError> {
        if request.action == QualifyAction::Unqualify {
            return Err(ClientError::Unsupported {
                backend: "GrowSurf",
                operation: "unqualifying (its API cannot take back an awarded referral credit)",
            });
        }
        let Some(campaign) = &request.campaign else {
            return Err(ClientError::Api(Box::new(Problem::validation(
                "campaign",
                "GrowSurf qualifies leads per campaign: pass --campaign",
            ))));
        };
        let id = self.campaign_id(campaign).await?;
        let method = request.method.unwrap_or(QualifyMethod::Api);
        let mut results = Vec::with_capacity(request.items.len());
        for (index, reference) in request.items.iter().enumerate() {
            let (outcome, lead_id, detail) = match self.resolve(&id, reference).await? {
                None => (QualifyOutcome::NotFound, None, None),
                Some(p) => {
                    let lead_id = p.is_lead().then(|| number_of(&p.id));
                    let (outcome, detail) = self
                        .qualify(&id, p, method, request.reason.as_deref(), request.dry_run)
                        .await?;
                    (outcome, lead_id, detail)
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

impl RulesApi for GrowSurf {}
impl WebhooksApi for GrowSurf {}
