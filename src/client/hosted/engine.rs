//! The one adapter from a [`Platform`] to refctl's client traits: what a run
//! knows of the platform (campaigns, people, the audit log's last phases),
//! and how a reference finds its person at the least cost.

use std::collections::HashMap;
use std::sync::Mutex;

use super::aliases::CodeAliases;
use super::known::{Known, Snapshot};
use super::platform::{HostedCampaign, Key, Person, Platform};
use crate::api::*;
use crate::client::audit::{AuditLog, LastStep, Phase};
use crate::client::{Backend, ClientError};

/// Above this many references, a batch fetches the campaign's people once
/// rather than looking each one up (a page holds 100 to 250 people).
pub const LOOKUPS_BEFORE_SNAPSHOT: usize = 25;

/// A hosted platform driven through refctl's operations.
pub struct Hosted<P: Platform> {
    pub(super) platform: P,
    pub(super) audit: AuditLog,
    pub(super) aliases: CodeAliases,
    pub(super) lists: super::list_store::LocalLists,
    /// Campaigns by every reference that found them (id, code, number).
    campaigns: Mutex<HashMap<String, HostedCampaign>>,
    /// People fetched page by page, per scope (a campaign, or "" for the account).
    snapshots: tokio::sync::Mutex<HashMap<String, Snapshot>>,
    /// Every person this run has seen.
    known: Mutex<Known>,
    /// The last audit step of each lead, read once.
    steps: Mutex<Option<HashMap<i64, LastStep>>>,
    /// Days the platform is to hold the credit of the qualifications sent.
    pub(super) hold: Mutex<Option<u32>>,
}

impl<P: Platform> Hosted<P> {
    pub fn new(
        platform: P,
        audit: AuditLog,
        aliases: CodeAliases,
        lists: super::list_store::LocalLists,
    ) -> Hosted<P> {
        Hosted {
            platform,
            audit,
            aliases,
            lists,
            campaigns: Mutex::new(HashMap::new()),
            snapshots: tokio::sync::Mutex::new(HashMap::new()),
            known: Mutex::new(Known::default()),
            steps: Mutex::new(None),
            hold: Mutex::new(None),
        }
    }

    pub(super) fn title(&self) -> &'static str {
        self.platform.info().title
    }

    /// The refusal of a campaign change: the platform's API lacks it, or
    /// refctl has not built it.
    pub(super) fn campaign_changes(&self, operation: &'static str) -> ClientError {
        let lacks = self
            .platform
            .info()
            .lacks
            .contains(&super::platform::Lacks::CampaignChanges);
        if lacks {
            ClientError::Unsupported {
                backend: self.title(),
                operation,
            }
        } else {
            ClientError::NotBuilt {
                backend: self.title(),
                operation,
            }
        }
    }

    pub(super) fn not_found(&self, what: String) -> ClientError {
        super::not_found(format!("{what} at {}", self.title()))
    }

    /// A campaign by the platform's id, its code, or the number refctl showed.
    pub(super) async fn campaign(&self, reference: &str) -> Result<HostedCampaign, ClientError> {
        let reference = reference.trim();
        if let Some(c) = self.cached_campaign(reference) {
            return Ok(c);
        }
        let mut known = Vec::new();
        let found = match self.platform.campaign(reference).await? {
            Some(c) => Some(c),
            // Not every reference is one the platform answers by (a code, a
            // number refctl derived): look through the list.
            None => {
                known = self.platform.campaigns().await?;
                known
                    .iter()
                    .find(|c| {
                        c.code == reference
                            || c.id == reference
                            || c.number.to_string() == reference
                    })
                    .cloned()
            }
        };
        let c = found.ok_or_else(|| {
            let hint = crate::domain::suggest::did_you_mean(
                reference,
                known.iter().map(|c| c.code.as_str()),
            );
            ClientError::Api(Box::new(crate::api::Problem::missing(
                "campaign",
                format!(
                    "no campaign with id or code '{reference}' at {}{hint}",
                    self.title()
                ),
            )))
        })?;
        let mut cache = self.campaigns.lock().unwrap_or_else(|p| p.into_inner());
        for key in [
            reference.to_string(),
            c.id.clone(),
            c.code.clone(),
            c.number.to_string(),
        ] {
            cache.insert(key, c.clone());
        }
        Ok(c)
    }

    fn cached_campaign(&self, reference: &str) -> Option<HostedCampaign> {
        self.campaigns
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(reference)
            .cloned()
    }

    pub(super) fn remember_campaigns(&self, all: &[HostedCampaign]) {
        let mut cache = self.campaigns.lock().unwrap_or_else(|p| p.into_inner());
        for c in all {
            for key in [c.id.clone(), c.code.clone(), c.number.to_string()] {
                cache.entry(key).or_insert_with(|| c.clone());
            }
        }
    }

    fn scope(&self, c: &HostedCampaign) -> String {
        if self.platform.info().people_span_account {
            String::new()
        } else {
            c.id.clone()
        }
    }

    /// Every person of the campaign, fetched page by page once per run.
    pub(super) async fn everyone(&self, c: &HostedCampaign) -> Result<Vec<Person>, ClientError> {
        let scope = self.scope(c);
        let mut snapshots = self.snapshots.lock().await;
        if !snapshots.contains_key(&scope) {
            let mut people = Vec::new();
            let mut cursor: Option<String> = None;
            loop {
                let (page, next) = self.platform.people_page(c, cursor.as_deref()).await?;
                let empty = page.is_empty();
                people.extend(page);
                match next {
                    // A cursor that does not move would page forever.
                    Some(n) if !empty && cursor.as_deref() != Some(n.as_str()) => cursor = Some(n),
                    _ => break,
                }
            }
            // A person can come twice when the list shifts between pages:
            // the snapshot keeps each once.
            let snapshot = Snapshot::new(people);
            {
                let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
                for p in snapshot.people() {
                    known.put(p.clone());
                }
            }
            snapshots.insert(scope.clone(), snapshot);
        }
        Ok(snapshots[&scope]
            .people()
            .iter()
            .filter(|p| p.campaign == c.id)
            .cloned()
            .collect())
    }

    /// Every person of the account's snapshot (a platform whose people span it).
    pub(super) async fn account_people(&self) -> Vec<Person> {
        self.snapshots
            .lock()
            .await
            .get("")
            .map(|s| s.people().to_vec())
            .unwrap_or_default()
    }

    async fn has_snapshot(&self, c: &HostedCampaign) -> bool {
        self.snapshots.lock().await.contains_key(&self.scope(c))
    }

    /// Keeps what the run learned of a person (a change, a lookup).
    pub(super) async fn remember(&self, person: &Person) {
        self.known
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .put(person.clone());
        let scope = if self.platform.info().people_span_account {
            String::new()
        } else {
            person.campaign.clone()
        };
        if let Some(snapshot) = self.snapshots.lock().await.get_mut(&scope) {
            snapshot.put(person.clone());
        }
    }

    pub(super) async fn forget(&self, person: &Person) {
        self.known
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(person.number);
        for snapshot in self.snapshots.lock().await.values_mut() {
            snapshot.remove(&person.id);
        }
    }

    /// What the run knows, asked under its lock.
    fn known(&self, ask: impl FnOnce(&Known) -> Option<&Person>) -> Option<Person> {
        ask(&self.known.lock().unwrap_or_else(|p| p.into_inner())).cloned()
    }

    /// Loads the campaign's people when a batch is large enough that one
    /// pass over them costs less than a lookup each.
    pub(super) async fn prepare(
        &self,
        c: &HostedCampaign,
        references: usize,
    ) -> Result<(), ClientError> {
        if references > LOOKUPS_BEFORE_SNAPSHOT && !self.has_snapshot(c).await {
            self.everyone(c).await?;
        }
        Ok(())
    }

    /// Who a reference names in the campaign (or anywhere, for an id): what
    /// the run knows first, then one call.
    pub(super) async fn find(
        &self,
        c: Option<&HostedCampaign>,
        reference: &LeadRef,
    ) -> Result<Option<Person>, ClientError> {
        let in_campaign = |p: &Person| c.is_none_or(|c| p.campaign == c.id);
        let campaign = c.map(|c| c.id.as_str());
        let snapshot = match c {
            Some(c) => self.has_snapshot(c).await,
            None => false,
        };
        match reference {
            LeadRef::Id(number) => {
                if let Some(p) = self
                    .known(|k| k.by_number(*number))
                    .filter(|p| in_campaign(p))
                {
                    return Ok(Some(p));
                }
                if snapshot {
                    return Ok(None);
                }
                // Only a platform whose ids are numbers can be asked by one;
                // elsewhere the number is refctl's and the run must have seen it.
                let id = number.to_string();
                if self.platform.number(&id) != *number {
                    return match c {
                        Some(c) => Ok(self
                            .everyone(c)
                            .await?
                            .into_iter()
                            .find(|p| p.number == *number)),
                        None => Err(ClientError::Api(Box::new(Problem::validation(
                            "campaign",
                            format!(
                                "{} names people by its own ids: give the lead's email or code, or pass --campaign",
                                self.title()
                            ),
                        )))),
                    };
                }
                self.looked_up(c, Key::Id(&id)).await
            }
            LeadRef::Email(email) => {
                let email = email.trim().to_lowercase();
                if let Some(p) = self.known(|k| k.by_email(campaign, &email)) {
                    return Ok(Some(p));
                }
                let Some(c) = c else {
                    return Err(ClientError::Api(Box::new(Problem::validation(
                        "campaign",
                        "a lead named by email needs --campaign",
                    ))));
                };
                if snapshot {
                    return Ok(None);
                }
                self.looked_up(Some(c), Key::Email(&email)).await
            }
            LeadRef::Code(code) => {
                let code = code.trim();
                if let Some(p) = self.known(|k| k.by_code(campaign, code)) {
                    return Ok(Some(p));
                }
                if snapshot {
                    return Ok(None);
                }
                self.looked_up(c, Key::Code(code)).await
            }
            LeadRef::ExternalId(_) => Err(ClientError::Unsupported {
                backend: self.title(),
                operation: "finding people by external id (it keeps none)",
            }),
        }
    }

    async fn looked_up(
        &self,
        c: Option<&HostedCampaign>,
        key: Key<'_>,
    ) -> Result<Option<Person>, ClientError> {
        let found = self
            .platform
            .person(c, key)
            .await?
            .filter(|p| c.is_none_or(|c| p.campaign == c.id));
        if let Some(p) = &found {
            self.remember(p).await;
        }
        Ok(found)
    }

    /// The referrer's code of a lead, when the run knows the referrer; else
    /// the referrer's id on the platform.
    pub(super) fn referrer_code(&self, person: &Person) -> String {
        let Some(id) = &person.referrer else {
            return String::new();
        };
        self.known(|k| k.by_id(id))
            .map(|r| r.code)
            .unwrap_or_else(|| id.clone())
    }

    pub(super) fn lead(&self, p: &Person) -> Lead {
        let p = &self.as_known(p.clone());
        Lead {
            id: p.number,
            campaign_id: self.platform.number(&p.campaign),
            email: p.email.clone(),
            name: p.name.clone(),
            phone: None,
            external_id: None,
            referral_code: p.code.clone(),
            referred_by: self.referrer_code(p),
            referrer_id: p
                .referrer
                .as_deref()
                .map(|r| self.platform.number(r))
                .unwrap_or_default(),
            status: p.status.unwrap_or(LeadStatus::Pending),
            qualified_at: p.qualified_at.clone(),
            created_at: p.created_at.clone(),
        }
    }

    pub(super) fn referrer(&self, p: &Person) -> Referrer {
        Referrer {
            id: p.number,
            campaign_id: self.platform.number(&p.campaign),
            referral_code: p.code.clone(),
            email: Some(p.email.clone()).filter(|e| !e.is_empty()),
            name: p.name.clone(),
            external_id: None,
            phone: None,
            created_at: p.created_at.clone(),
            counts: Counts {
                reach: p.reach,
                ..Default::default()
            },
        }
    }

    /// The last audit step of a lead (the log read once per run).
    pub(super) fn last_step(&self, number: i64) -> Result<Option<LastStep>, ClientError> {
        let mut steps = self.steps.lock().unwrap_or_else(|p| p.into_inner());
        if steps.is_none() {
            *steps = Some(self.audit.last_steps().map_err(|e| {
                ClientError::Local(format!(
                    "could not read the audit log {}: {e}",
                    self.audit.path().display()
                ))
            })?);
        }
        Ok(steps.as_ref().and_then(|m| m.get(&number).cloned()))
    }

    pub(super) fn note_step(&self, number: i64, step: LastStep) {
        if let Some(m) = self
            .steps
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_mut()
        {
            m.insert(number, step);
        }
    }

    /// The person with the status refctl knows better than the platform
    /// shows: a qualification whose credit the platform still holds.
    pub(super) fn as_known(&self, mut person: Person) -> Person {
        if person.is_lead()
            && person.status != Some(LeadStatus::Expired)
            && let Ok(Some(step)) = self.last_step(person.number)
            && step.phase == Phase::Applied
            && step.action == QualifyAction::Qualify
            && step.hold_until.as_deref().is_some_and(|until| {
                until > crate::domain::time::stored(jiff::Timestamp::now()).as_str()
            })
        {
            person.status = Some(LeadStatus::Held);
        }
        person
    }
}

impl<P: Platform> Backend for Hosted<P> {
    fn name(&self) -> &'static str {
        self.title()
    }

    fn describe(&self) -> String {
        format!("{} at {}", self.title(), self.platform.wire().base_url())
    }

    fn limit_rate(&self, limit: RateLimit) {
        self.platform.wire().pace(limit);
    }

    fn hold_credit(&self, days: u32) -> Result<(), ClientError> {
        if !self.platform.info().holds_credit {
            return Err(ClientError::Unsupported {
                backend: self.title(),
                operation: "holding referral credit before it is awarded",
            });
        }
        *self.hold.lock().unwrap_or_else(|p| p.into_inner()) = Some(days);
        Ok(())
    }

    fn takes_back(&self) -> Result<(), ClientError> {
        let why = self.platform.info().lacks.iter().find_map(|l| match l {
            super::platform::Lacks::TakingBack(why) => Some(*why),
            _ => None,
        });
        match why {
            Some(why) => Err(ClientError::Unsupported {
                backend: self.title(),
                operation: why,
            }),
            None => Ok(()),
        }
    }
}
