//! Campaigns and people on a hosted platform: lists served from one pass
//! over the campaign's people, single people in one call, and creation,
//! change and deletion as the platform documents them.

use async_trait::async_trait;
use serde_json::Value;

use super::engine::Hosted;
use super::platform::{HostedCampaign, NewPerson, Person, Platform, Referrer as Named};
use super::{bulk_item, offset_page};
use crate::api::*;
use crate::client::{CampaignsApi, ClientError, PeopleApi, RulesApi, WebhooksApi};

fn campaign_of(c: &HostedCampaign) -> Campaign {
    Campaign {
        id: c.number,
        code: c.code.clone(),
        name: c.name.clone(),
        status: c.status,
        created_at: c.created_at.clone(),
        updated_at: c.created_at.clone(),
        counts: c.counts.clone(),
    }
}

fn bad_filter(field: &str, message: String) -> ClientError {
    ClientError::Api(Box::new(Problem::validation(field, message)))
}

/// One person to add, as the requests name them.
struct Adding<'a> {
    email: &'a str,
    name: Option<&'a str>,
    referrer: Option<&'a str>,
    code: Option<&'a str>,
}

impl<P: Platform> Hosted<P> {
    /// Adds each person in turn (the platforms have no bulk call); a refusal
    /// stays with its item, failing to reach the platform stops the import.
    async fn add_each<'a, T>(
        &self,
        campaign: &str,
        items: impl ExactSizeIterator<Item = Adding<'a>>,
        shown: impl Fn(&Person) -> T,
    ) -> Result<BulkResponse<T>, ClientError> {
        let c = self.campaign(campaign).await?;
        self.prepare(&c, items.len()).await?;
        let mut results = Vec::with_capacity(items.len());
        for (index, a) in items.enumerate() {
            let added = self.add(&c, a.email, a.name, a.referrer, a.code).await;
            results.push(bulk_item(index, added.map(|p| shown(&p)))?);
        }
        Ok(BulkResponse { results })
    }

    /// How a new lead's `referred_by` names its referrer: an email, a code
    /// the user asked for earlier (an alias), an id, or the platform's code.
    fn named_referrer(&self, c: &HostedCampaign, text: &str) -> Named {
        let text = text.trim();
        if text.contains('@') {
            return Named::Email(text.to_lowercase());
        }
        if let Some(id) = self.aliases.get(&c.id, text) {
            return Named::Id(id);
        }
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            return Named::Id(text.to_string());
        }
        Named::Code(text.to_string())
    }

    /// Creates one person after checking the campaign has no one with the
    /// email (one lookup, or the run's snapshot).
    async fn add(
        &self,
        c: &HostedCampaign,
        email: &str,
        name: Option<&str>,
        referrer: Option<&str>,
        asked_code: Option<&str>,
    ) -> Result<Person, ClientError> {
        let email =
            crate::domain::validate::canonical_email(email).map_err(|m| bad_filter("email", m))?;
        if let Some(existing) = self.find(Some(c), &LeadRef::Email(email.clone())).await? {
            let mut p = Problem::new(
                409,
                ProblemCode::Duplicate,
                format!(
                    "{} already has {email} in campaign '{}' (id {})",
                    self.title(),
                    c.code,
                    existing.number
                ),
            );
            p.existing_id = Some(existing.number);
            return Err(ClientError::Api(Box::new(p)));
        }
        let new = NewPerson {
            email,
            name: name
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
            referrer: referrer.map(|r| self.named_referrer(c, r)),
        };
        let person = self.platform.create(c, &new).await?;
        self.remember(&person).await;
        if let Some(code) = asked_code.map(str::trim).filter(|c| !c.is_empty())
            && code != person.code
        {
            self.aliases.put(&c.id, code, &person.id)?;
            tracing::warn!(
                target: "refctl::hosted",
                "{} assigns referral codes itself: {} got code {}; refctl keeps {code} as a local alias for it",
                self.title(),
                person.email,
                person.code
            );
        }
        Ok(person)
    }

    /// The person behind a number refctl showed.
    async fn by_number(
        &self,
        number: i64,
        what: &str,
    ) -> Result<(HostedCampaign, Person), ClientError> {
        let person = self
            .find(None, &LeadRef::Id(number))
            .await?
            .ok_or_else(|| self.not_found(format!("no {what} with id {number}")))?;
        let c = self.campaign(&person.campaign).await?;
        Ok((c, person))
    }
}

#[async_trait]
impl<P: Platform> CampaignsApi for Hosted<P> {
    async fn probe(&self) -> Vec<crate::client::probe::Probe> {
        self.platform.probe().await
    }

    /// The key works when the campaigns can be read (neither platform has a
    /// "who am I" call).
    async fn whoami(&self) -> Result<Identity, ClientError> {
        self.platform.campaigns().await?;
        Ok(Identity {
            workspace: format!("{} account", self.title()),
            token_name: "API key".into(),
            scope: Scope::Admin,
            rate_limit: None,
            server_version: None,
        })
    }

    async fn list_campaigns(&self, page: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        let all = self.platform.campaigns().await?;
        self.remember_campaigns(&all);
        let shown: Vec<Campaign> = all.iter().map(campaign_of).collect();
        Ok(offset_page(&shown, page.limit, page.cursor.as_deref()))
    }

    async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        Ok(campaign_of(&self.campaign(campaign).await?))
    }

    async fn create_campaign(&self, _new: &NewCampaign) -> Result<Campaign, ClientError> {
        Err(self.campaign_changes("creating campaigns"))
    }

    async fn update_campaign(
        &self,
        _campaign: &str,
        _patch: &CampaignPatch,
    ) -> Result<Campaign, ClientError> {
        Err(self.campaign_changes("changing campaigns"))
    }

    async fn archive_campaign(&self, _campaign: &str) -> Result<Campaign, ClientError> {
        Err(self.campaign_changes("archiving campaigns"))
    }
}

#[async_trait]
impl<P: Platform> PeopleApi for Hosted<P> {
    async fn list_match_keys(
        &self,
        campaign: &str,
        query: &MatchKeysQuery,
    ) -> Result<Page<MatchKeys>, ClientError> {
        let c = self.campaign(campaign).await?;
        let keys: Vec<MatchKeys> = self
            .everyone(&c)
            .await?
            .iter()
            .filter(|p| p.is_lead() == (query.role == MatchRole::Lead))
            .map(|p| MatchKeys {
                id: p.number,
                email: Some(p.email.clone()).filter(|e| !e.is_empty()),
                referral_code: Some(p.code.clone()).filter(|c| !c.is_empty()),
                external_id: None,
                phone: None,
                qualified: p.status == Some(LeadStatus::Qualified),
                // Neither platform keeps a history of qualifications taken back.
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
        let c = self.campaign(campaign).await?;
        let people = self.everyone(&c).await?;
        // Each referrer's referrals, counted in the same pass over the campaign.
        let mut counted: std::collections::HashMap<&str, (u64, u64)> = Default::default();
        for lead in people.iter().filter(|p| p.is_lead()) {
            if let Some(r) = &lead.referrer {
                let n = counted.entry(r.as_str()).or_default();
                n.0 += 1;
                n.1 += u64::from(lead.status == Some(LeadStatus::Qualified));
            }
        }
        let all: Vec<Referrer> = people
            .iter()
            .filter(|p| !p.is_lead())
            .map(|p| {
                let mut r = self.referrer(p);
                let (referrals, qualified) =
                    counted.get(p.id.as_str()).copied().unwrap_or_default();
                r.counts.referrals = Some(referrals);
                r.counts.qualified_referrals = Some(qualified);
                r
            })
            .collect();
        Ok(offset_page(&all, query.limit, query.cursor.as_deref()))
    }

    async fn get_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        match self.find(None, &LeadRef::Id(id)).await? {
            Some(p) if !p.is_lead() => Ok(self.referrer(&p)),
            _ => Err(self.not_found(format!("no referrer with id {id}"))),
        }
    }

    /// By the platform's code, a code asked for earlier, or an email.
    async fn get_referrer_by_code(
        &self,
        campaign: &str,
        code: &str,
    ) -> Result<Referrer, ClientError> {
        let c = self.campaign(campaign).await?;
        let reference = match self.named_referrer(&c, code) {
            Named::Email(e) => LeadRef::Email(e),
            Named::Id(id) => match id.parse() {
                Ok(n) if self.platform.number(&id) == n => LeadRef::Id(n),
                _ => LeadRef::Code(id),
            },
            Named::Code(code) => LeadRef::Code(code),
        };
        match self.find(Some(&c), &reference).await? {
            Some(p) if !p.is_lead() => Ok(self.referrer(&p)),
            _ => Err(self.not_found(format!("no referrer '{code}' in campaign '{}'", c.code))),
        }
    }

    async fn create_referrer(
        &self,
        campaign: &str,
        new: &NewReferrer,
    ) -> Result<Referrer, ClientError> {
        let c = self.campaign(campaign).await?;
        let email = new.email.as_deref().unwrap_or_default();
        let p = self
            .add(
                &c,
                email,
                new.name.as_deref(),
                None,
                new.referral_code.as_deref(),
            )
            .await?;
        Ok(self.referrer(&p))
    }

    async fn bulk_create_referrers(
        &self,
        campaign: &str,
        items: &BulkRequest<NewReferrer>,
        _key: String,
    ) -> Result<BulkResponse<Referrer>, ClientError> {
        let adding = items.items.iter().map(|new| Adding {
            email: new.email.as_deref().unwrap_or_default(),
            name: new.name.as_deref(),
            referrer: None,
            code: new.referral_code.as_deref(),
        });
        self.add_each(campaign, adding, |p| self.referrer(p)).await
    }

    async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        let campaign = match &query.campaign {
            Some(c) => self.campaign(c).await?,
            None if self.platform.info().people_span_account => {
                // One pass over the account serves every campaign.
                let first = self.platform.campaigns().await?.into_iter().next();
                match first {
                    Some(c) => return self.every_lead(&c, query, true).await,
                    None => {
                        return Ok(Page {
                            data: Vec::new(),
                            next_cursor: None,
                        });
                    }
                }
            }
            None => {
                return Err(bad_filter(
                    "campaign",
                    format!("{} lists leads per campaign: pass --campaign", self.title()),
                ));
            }
        };
        self.every_lead(&campaign, query, false).await
    }

    /// Only the fields asked for, cut locally from the leads.
    async fn list_leads_fields(&self, query: &LeadQuery) -> Result<Page<Value>, ClientError> {
        let leads = self.list_leads(query).await?;
        let fields: Vec<&str> = query
            .fields
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
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
                        .filter_map(|f| v.get(*f).map(|x| (f.to_string(), x.clone())))
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
        match self.find(None, &LeadRef::Id(id)).await? {
            Some(p) if p.is_lead() => Ok(self.lead(&p)),
            _ => Err(self.not_found(format!("no lead with id {id}"))),
        }
    }

    async fn update_lead(&self, id: i64, patch: &PersonPatch) -> Result<Lead, ClientError> {
        let (c, person) = self.by_number(id, "lead").await?;
        if !person.is_lead() {
            return Err(self.not_found(format!("no lead with id {id}")));
        }
        let updated = self.change_person(&c, &person, patch).await?;
        Ok(self.lead(&updated))
    }

    async fn delete_lead(&self, id: i64, _force: bool) -> Result<Lead, ClientError> {
        let (c, person) = self.by_number(id, "lead").await?;
        if !person.is_lead() {
            return Err(self.not_found(format!("no lead with id {id}")));
        }
        self.platform.delete(&c, &person).await?;
        self.forget(&person).await;
        Ok(self.lead(&person))
    }

    async fn update_referrer(&self, id: i64, patch: &PersonPatch) -> Result<Referrer, ClientError> {
        let (c, person) = self.by_number(id, "referrer").await?;
        if person.is_lead() {
            return Err(self.not_found(format!("no referrer with id {id}")));
        }
        let updated = self.change_person(&c, &person, patch).await?;
        Ok(self.referrer(&updated))
    }

    async fn delete_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        let (c, person) = self.by_number(id, "referrer").await?;
        if person.is_lead() {
            return Err(self.not_found(format!("no referrer with id {id}")));
        }
        self.platform.delete(&c, &person).await?;
        self.forget(&person).await;
        Ok(self.referrer(&person))
    }

    async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        let c = self.campaign(&lookup.campaign).await?;
        let reference = match (&lookup.email, &lookup.code, &lookup.external_id) {
            (Some(e), _, _) => LeadRef::Email(e.clone()),
            (None, Some(code), _) => LeadRef::Code(code.clone()),
            (None, None, Some(x)) => LeadRef::ExternalId(x.clone()),
            _ => return Err(bad_filter("lead", "give an email or a code".into())),
        };
        match self.find(Some(&c), &reference).await? {
            Some(p) if p.is_lead() => Ok(self.lead(&p)),
            _ => Err(self.not_found(format!("no lead {reference} in campaign '{}'", c.code))),
        }
    }

    async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        let c = self.campaign(campaign).await?;
        let p = self
            .add(
                &c,
                &new.email,
                new.name.as_deref(),
                Some(&new.referred_by),
                new.referral_code.as_deref(),
            )
            .await?;
        Ok(self.lead(&p))
    }

    async fn bulk_create_leads(
        &self,
        campaign: &str,
        items: &BulkRequest<NewLead>,
        _key: String,
    ) -> Result<BulkResponse<Lead>, ClientError> {
        let adding = items.items.iter().map(|new| Adding {
            email: &new.email,
            name: new.name.as_deref(),
            referrer: Some(&new.referred_by),
            code: new.referral_code.as_deref(),
        });
        self.add_each(campaign, adding, |p| self.lead(p)).await
    }
}

impl<P: Platform> Hosted<P> {
    /// The campaign's leads through the query's filters; with `account`,
    /// every campaign's (a platform whose people span the account).
    async fn every_lead(
        &self,
        c: &HostedCampaign,
        query: &LeadQuery,
        account: bool,
    ) -> Result<Page<Lead>, ClientError> {
        let after = query
            .created_after
            .as_deref()
            .map(crate::domain::time::parse_time_filter)
            .transpose()
            .map_err(|m| bad_filter("created_after", m))?;
        let before = query
            .created_before
            .as_deref()
            .map(crate::domain::time::parse_time_filter)
            .transpose()
            .map_err(|m| bad_filter("created_before", m))?;
        let people = if account {
            self.everyone(c).await?;
            self.account_people().await
        } else {
            self.everyone(c).await?
        };
        let needle = query.email_contains.as_deref().map(str::to_lowercase);
        let search = query.search.as_deref().map(|s| s.trim().to_lowercase());
        // The referrer named by code or email: their platform id.
        let referrer = query.referrer.as_deref().map(|r| {
            let r = r.trim().to_lowercase();
            people
                .iter()
                .find(|p| p.code.to_lowercase() == r || p.email == r)
                .map(|p| p.id.clone())
        });
        let leads: Vec<Lead> = people
            .iter()
            .filter(|p| p.is_lead())
            .filter(|p| match &referrer {
                None => true,
                Some(id) => id.is_some() && p.referrer == *id,
            })
            .filter(|p| {
                search.as_deref().is_none_or(|s| {
                    p.email.contains(s)
                        || p.name
                            .as_deref()
                            .is_some_and(|n| n.to_lowercase().contains(s))
                })
            })
            .filter(|p| query.status.is_none_or(|s| p.status == Some(s)))
            .filter(|p| needle.as_deref().is_none_or(|e| p.email.contains(e)))
            .filter(|p| after.as_deref().is_none_or(|a| p.created_at.as_str() > a))
            .filter(|p| before.as_deref().is_none_or(|b| p.created_at.as_str() < b))
            .map(|p| self.lead(p))
            .collect();
        Ok(offset_page(&leads, query.limit, query.cursor.as_deref()))
    }

    /// Applies a patch: email and name are the platform's; phone and
    /// external id it does not keep.
    async fn change_person(
        &self,
        c: &HostedCampaign,
        person: &Person,
        patch: &PersonPatch,
    ) -> Result<Person, ClientError> {
        if patch.phone.is_some() || patch.external_id.is_some() {
            return Err(ClientError::Unsupported {
                backend: self.title(),
                operation: "phone numbers or external ids on people (it keeps neither)",
            });
        }
        let mut patch = patch.clone();
        if let Some(e) = &patch.email {
            patch.email = Some(
                crate::domain::validate::canonical_email(e).map_err(|m| bad_filter("email", m))?,
            );
        }
        let updated = self.platform.update(c, person, &patch).await?;
        self.remember(&updated).await;
        Ok(updated)
    }
}

// Rules, events and inbound webhook secrets are refctl's own: no hosted
// platform has them (a `refctl server` in front of one runs them).
impl<P: Platform> RulesApi for Hosted<P> {}
impl<P: Platform> WebhooksApi for Hosted<P> {}
impl<P: Platform> crate::client::OutboxApi for Hosted<P> {}
