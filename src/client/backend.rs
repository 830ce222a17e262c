//! What refctl asks of a referral platform, as traits grouped by noun. The
//! CLI talks to `dyn ReferralApi`; each backend implements what its API can
//! do, and every operation it cannot do answers [`ClientError::Unsupported`]
//! (the default), never a fake success.

use async_trait::async_trait;

use super::ClientError;
use crate::api::*;

/// A referral platform refctl can drive.
pub trait Backend: Send + Sync {
    /// The platform's name, for messages ("refctl API", "Referral Factory").
    fn name(&self) -> &'static str;
    /// Where requests go, for messages: a URL or the database path.
    fn describe(&self) -> String;
    /// Keeps every later request under `limit`, waiting as needed.
    fn limit_rate(&self, _limit: RateLimit) {}
    /// Makes the platform hold the credit of later qualifications for
    /// `days` before awarding it (a refund window), where it can.
    fn hold_credit(&self, _days: u32) -> Result<(), ClientError> {
        Err(ClientError::Unsupported {
            backend: self.name(),
            operation: "holding referral credit before it is awarded",
        })
    }
    /// Whether a qualification can be taken back here (an upload reverted);
    /// the refusal says why not.
    fn takes_back(&self) -> Result<(), ClientError> {
        Ok(())
    }
    /// The refusal of an operation this platform's API does not offer.
    fn unsupported(&self, operation: &'static str) -> ClientError {
        ClientError::Unsupported {
            backend: self.name(),
            operation,
        }
    }
}

/// Campaigns, and who is calling.
#[async_trait]
#[allow(unused_variables)]
pub trait CampaignsApi: Backend {
    /// Read-only calls whose answers show the platform's shapes (`refctl doctor`).
    async fn probe(&self) -> Vec<super::probe::Probe> {
        Vec::new()
    }

    async fn whoami(&self) -> Result<Identity, ClientError> {
        Err(self.unsupported("who am I"))
    }

    async fn list_campaigns(&self, page: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        Err(self.unsupported("listing campaigns"))
    }

    async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        Err(self.unsupported("showing a campaign"))
    }

    async fn create_campaign(&self, new: &NewCampaign) -> Result<Campaign, ClientError> {
        Err(self.unsupported("creating campaigns"))
    }

    async fn update_campaign(
        &self,
        campaign: &str,
        patch: &CampaignPatch,
    ) -> Result<Campaign, ClientError> {
        Err(self.unsupported("changing campaigns"))
    }

    async fn archive_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        Err(self.unsupported("archiving campaigns"))
    }
}

/// A page of match keys as fetched: decoded, or its JSON left for the
/// caller to decode where it suits (on another core, while the next page
/// is on its way).
#[derive(Debug)]
pub enum KeysPage {
    Decoded(Vec<MatchKeys>),
    Json(Vec<u8>),
}

impl KeysPage {
    /// Hands each key to `f`, borrowed from the page (decoding JSON without
    /// a string allocated per key).
    pub fn for_each(self, mut f: impl FnMut(MatchKeysRef<'_>)) -> Result<(), ClientError> {
        #[derive(serde::Deserialize)]
        struct Borrowed<'a> {
            #[serde(borrow)]
            data: Vec<MatchKeysRef<'a>>,
        }
        match self {
            KeysPage::Decoded(keys) => keys.iter().for_each(|k| f(k.borrowed())),
            KeysPage::Json(body) => serde_json::from_slice::<Borrowed<'_>>(&body)
                .map_err(|e| ClientError::Decode(e.to_string()))?
                .data
                .into_iter()
                .for_each(f),
        }
        Ok(())
    }
}

/// Referrers and leads: adding, finding, listing.
#[async_trait]
#[allow(unused_variables)]
pub trait PeopleApi: Backend {
    /// One page of the identifying fields of a campaign's leads or referrers.
    async fn list_match_keys(
        &self,
        campaign: &str,
        query: &MatchKeysQuery,
    ) -> Result<Page<MatchKeys>, ClientError> {
        Err(self.unsupported("match keys"))
    }

    /// Like [`PeopleApi::list_match_keys`], with the next page's cursor
    /// known before the keys are decoded where the platform says it early.
    async fn match_keys_page(
        &self,
        campaign: &str,
        query: &MatchKeysQuery,
    ) -> Result<(KeysPage, Option<String>), ClientError> {
        let page = self.list_match_keys(campaign, query).await?;
        Ok((KeysPage::Decoded(page.data), page.next_cursor))
    }

    async fn list_referrers(
        &self,
        campaign: &str,
        page: &PageQuery,
    ) -> Result<Page<Referrer>, ClientError> {
        Err(self.unsupported("listing referrers"))
    }

    async fn get_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        Err(self.unsupported("showing a referrer"))
    }

    async fn get_referrer_by_code(
        &self,
        campaign: &str,
        code: &str,
    ) -> Result<Referrer, ClientError> {
        Err(self.unsupported("finding a referrer by code"))
    }

    async fn create_referrer(
        &self,
        campaign: &str,
        new: &NewReferrer,
    ) -> Result<Referrer, ClientError> {
        Err(self.unsupported("adding referrers"))
    }

    async fn bulk_create_referrers(
        &self,
        campaign: &str,
        items: &BulkRequest<NewReferrer>,
        key: String,
    ) -> Result<BulkResponse<Referrer>, ClientError> {
        Err(self.unsupported("importing referrers"))
    }

    /// Whether [`PeopleApi::list_leads`] orders the whole list by
    /// `query.sort` and `query.order` (with cursors that follow the order);
    /// where not, a caller that wants an order reads every page and sorts.
    fn sorts_leads(&self) -> bool {
        false
    }

    async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        Err(self.unsupported("listing leads"))
    }

    /// Like [`PeopleApi::list_leads`], with only some fields of each lead.
    async fn list_leads_fields(
        &self,
        query: &LeadQuery,
    ) -> Result<Page<serde_json::Value>, ClientError> {
        Err(self.unsupported("listing lead fields"))
    }

    async fn get_lead(&self, id: i64) -> Result<Lead, ClientError> {
        Err(self.unsupported("showing a lead"))
    }

    async fn update_lead(&self, id: i64, patch: &PersonPatch) -> Result<Lead, ClientError> {
        Err(self.unsupported("changing leads"))
    }

    async fn delete_lead(&self, id: i64, force: bool) -> Result<Lead, ClientError> {
        Err(self.unsupported("deleting leads"))
    }

    /// The recorded edits and deletion of a lead.
    async fn lead_changes(&self, id: i64) -> Result<Vec<Change>, ClientError> {
        Err(self.unsupported("lead changes"))
    }

    async fn update_referrer(&self, id: i64, patch: &PersonPatch) -> Result<Referrer, ClientError> {
        Err(self.unsupported("changing referrers"))
    }

    async fn delete_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        Err(self.unsupported("deleting referrers"))
    }

    async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        Err(self.unsupported("finding a lead"))
    }

    async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        Err(self.unsupported("adding leads"))
    }

    async fn bulk_create_leads(
        &self,
        campaign: &str,
        items: &BulkRequest<NewLead>,
        key: String,
    ) -> Result<BulkResponse<Lead>, ClientError> {
        Err(self.unsupported("importing leads"))
    }
}

/// Qualification: one lead, many, and the history.
#[async_trait]
#[allow(unused_variables)]
pub trait QualifyApi: Backend {
    async fn lead_history(&self, id: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        Err(self.unsupported("lead history"))
    }

    async fn qualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        Err(self.unsupported("qualifying leads"))
    }

    async fn unqualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        Err(self.unsupported("unqualifying leads"))
    }

    /// Many leads in one request and one transaction. `key` makes a repeat of
    /// the same batch replay the first answer.
    async fn batch_qualify(
        &self,
        request: &BatchQualifyRequest,
        key: String,
    ) -> Result<BatchQualifyResponse, ClientError> {
        Err(self.unsupported("qualifying leads in batches"))
    }
}

/// Rules and the events they decide on.
#[async_trait]
#[allow(unused_variables)]
pub trait RulesApi: Backend {
    async fn list_rules(&self, campaign: &str) -> Result<Vec<Rule>, ClientError> {
        Err(self.unsupported("rules"))
    }

    async fn create_rule(&self, campaign: &str, rule: &NewRule) -> Result<Rule, ClientError> {
        Err(self.unsupported("rules"))
    }

    /// Makes the campaign's rules exactly `set`, in one transaction.
    async fn apply_rules(&self, campaign: &str, set: &RuleSet) -> Result<Vec<Rule>, ClientError> {
        Err(self.unsupported("rules"))
    }

    async fn get_rule(&self, id: i64) -> Result<Rule, ClientError> {
        Err(self.unsupported("rules"))
    }

    async fn update_rule(&self, id: i64, patch: &RulePatch) -> Result<Rule, ClientError> {
        Err(self.unsupported("rules"))
    }

    /// Makes rule `id` exactly `rule`, keeping its id (and its threshold progress).
    async fn replace_rule(&self, id: i64, rule: &NewRule) -> Result<Rule, ClientError> {
        Err(self.unsupported("rules"))
    }

    async fn delete_rule(&self, id: i64) -> Result<Rule, ClientError> {
        Err(self.unsupported("rules"))
    }

    /// Every rule of the campaign against `event`, explained; nothing changes.
    async fn test_rules(
        &self,
        campaign: &str,
        event: &NewEvent,
    ) -> Result<EventRecord, ClientError> {
        Err(self.unsupported("rules"))
    }

    async fn send_event(&self, event: &NewEvent) -> Result<EventRecord, ClientError> {
        Err(self.unsupported("events"))
    }

    /// One page of events, newest first.
    async fn list_events(
        &self,
        query: &EventQuery,
        page: &PageQuery,
    ) -> Result<Page<EventRecord>, ClientError> {
        Err(self.unsupported("events"))
    }

    async fn get_event(&self, id: &str) -> Result<EventRecord, ClientError> {
        Err(self.unsupported("events"))
    }

    /// Runs the rules again on an event already received.
    async fn replay_event(&self, id: &str, dry_run: bool) -> Result<EventRecord, ClientError> {
        Err(self.unsupported("events"))
    }
}

/// The secrets of inbound webhooks.
#[async_trait]
#[allow(unused_variables)]
pub trait WebhooksApi: Backend {
    /// The workspace's webhooks, without their secrets.
    async fn list_webhooks(&self) -> Result<Vec<WebhookInfo>, ClientError> {
        Err(self.unsupported("webhooks"))
    }

    /// Makes the workspace's webhook secret of `kind` (`generic` or `stripe`).
    async fn create_webhook_secret(&self, kind: SecretKind) -> Result<WebhookSecret, ClientError> {
        Err(self.unsupported("webhooks"))
    }

    /// Sets the workspace's webhook secret of `kind` to one the sender made.
    async fn set_webhook_secret(
        &self,
        kind: SecretKind,
        secret: &str,
    ) -> Result<SecretSet, ClientError> {
        Err(self.unsupported("webhooks"))
    }

    /// Replaces the workspace's webhook secret of `kind`; the old one works for a day.
    async fn rotate_webhook_secret(&self, kind: SecretKind) -> Result<WebhookSecret, ClientError> {
        Err(self.unsupported("webhooks"))
    }

    /// Delivers `body` to the workspace's webhook of `kind`, signed under
    /// `secret` as its sender signs (`webhooks test`).
    async fn deliver_webhook(
        &self,
        workspace: &str,
        kind: SecretKind,
        body: Vec<u8>,
        secret: &str,
    ) -> Result<EventRecord, ClientError> {
        Err(self.unsupported("webhooks"))
    }
}

/// Standing customer lists of a campaign.
#[async_trait]
#[allow(unused_variables)]
pub trait ListsApi: Backend {
    async fn list_lists(&self, campaign: &str) -> Result<Vec<CustomerList>, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    async fn create_list(
        &self,
        campaign: &str,
        new: &NewCustomerList,
    ) -> Result<CustomerList, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    async fn get_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    async fn delete_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    /// Adds keys (the SHA-256 of each normalized key) to a list; `key`
    /// makes a repeat of the same request replay the first answer.
    async fn add_list_keys(
        &self,
        campaign: &str,
        name: &str,
        keys: &ListKeys,
        key: String,
    ) -> Result<KeysAdded, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    /// Deletes the keys of the campaign's lists past their expiry.
    async fn purge_lists(&self, campaign: &str) -> Result<KeysRemoved, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    /// Forgets people from every kept list (an erasure request).
    /// Takes keys out of one kept list.
    async fn remove_list_keys(
        &self,
        campaign: &str,
        name: &str,
        keys: &RemoveKeys,
    ) -> Result<KeysRemoved, ClientError> {
        Err(self.unsupported("taking keys out of a kept list"))
    }

    /// Matches a kept list against the campaign's pending leads now.
    async fn match_list(
        &self,
        campaign: &str,
        name: &str,
        dry_run: bool,
    ) -> Result<ListMatched, ClientError> {
        Err(self.unsupported(
            "matching a pre-hashed list against the leads (run `customers lists sync`)",
        ))
    }

    async fn forget_list_keys(&self, keys: &ForgetKeys) -> Result<KeysRemoved, ClientError> {
        Err(self.unsupported("customer lists"))
    }

    /// Matches the campaign's pending leads against its kept lists and
    /// qualifies the matches (where lists are kept client-side: a hosted
    /// platform). refctl's own store matches each lead as it is created,
    /// so there it has nothing to do.
    async fn sync_lists(
        &self,
        campaign: &str,
        dry_run: bool,
    ) -> Result<BatchQualifyResponse, ClientError> {
        Ok(BatchQualifyResponse {
            results: Vec::new(),
        })
    }
}

/// The outbox of a workspace linked to a hosted platform (a `refctl server`
/// in front of it).
#[async_trait]
#[allow(unused_variables)]
pub trait OutboxApi: Backend {
    async fn list_outbox(
        &self,
        state: Option<OutboxState>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Result<Page<OutboxEntry>, ClientError> {
        Err(self.unsupported("an outbox (it is a refctl server's, in front of a platform)"))
    }

    /// One entry, with every call made for it.
    async fn get_outbox_entry(&self, id: i64) -> Result<OutboxEntry, ClientError> {
        Err(self.unsupported("an outbox (it is a refctl server's, in front of a platform)"))
    }

    async fn retry_outbox(&self, id: i64) -> Result<OutboxEntry, ClientError> {
        Err(self.unsupported("an outbox (it is a refctl server's, in front of a platform)"))
    }

    async fn retry_failed_outbox(&self) -> Result<OutboxRetried, ClientError> {
        Err(self.unsupported("an outbox (it is a refctl server's, in front of a platform)"))
    }

    async fn discard_outbox(&self, id: i64, reason: &str) -> Result<OutboxEntry, ClientError> {
        Err(self.unsupported("an outbox (it is a refctl server's, in front of a platform)"))
    }

    async fn link_status(&self) -> Result<LinkStatus, ClientError> {
        Err(self.unsupported("links to hosted platforms (they are a refctl server's)"))
    }
}

/// Every operation: what the CLI holds.
pub trait ReferralApi:
    CampaignsApi + PeopleApi + QualifyApi + RulesApi + WebhooksApi + ListsApi + OutboxApi
{
}

impl<T: CampaignsApi + PeopleApi + QualifyApi + RulesApi + WebhooksApi + ListsApi + OutboxApi>
    ReferralApi for T
{
}
