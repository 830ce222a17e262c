//! What one hosted platform must tell the engine: its campaigns, its
//! people (a page, or one), the changes it can make, and how to read its
//! answer to a qualification. Everything else (snapshots, lookups, the
//! lifecycle rule, exactly-once, the audit log, batches) is the engine's.

use async_trait::async_trait;

use super::wire::{Answer, Wire};
use crate::api::{CampaignStatus, LeadStatus, PersonPatch, QualifyAction, QualifyOutcome};
use crate::client::ClientError;
use crate::client::probe::Probe;

/// A campaign as the platform has it.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedCampaign {
    /// The platform's own id (`11`, `gsc001`).
    pub id: String,
    /// The number refctl shows for it.
    pub number: i64,
    pub code: String,
    pub name: String,
    pub status: CampaignStatus,
    pub created_at: String,
    /// What the platform counts for it.
    pub counts: crate::api::Counts,
}

/// A person (referrer or lead) as the platform has them.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The platform's own id.
    pub id: String,
    /// The number refctl shows for it.
    pub number: i64,
    /// The platform id of the campaign.
    pub campaign: String,
    pub email: String,
    pub name: Option<String>,
    /// The person's own referral code.
    pub code: String,
    /// The platform id of who referred them, for a lead.
    pub referrer: Option<String>,
    /// `None` for a referrer; a lead's status otherwise.
    pub status: Option<LeadStatus>,
    pub created_at: String,
    pub qualified_at: Option<String>,
    /// Visits of the person's referral link, when the platform counts them.
    pub reach: Option<u64>,
}

impl Person {
    pub fn is_lead(&self) -> bool {
        self.status.is_some()
    }
}

/// Who a lookup names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    /// The platform's own id.
    Id(&'a str),
    Email(&'a str),
    Code(&'a str),
}

/// A person to create.
#[derive(Debug, Clone, Default)]
pub struct NewPerson {
    pub email: String,
    pub name: Option<String>,
    /// For a lead: how the referrer is named (an id, a code or an email).
    pub referrer: Option<Referrer>,
}

/// How a new lead names its referrer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referrer {
    Id(String),
    Code(String),
    Email(String),
}

/// What a qualification answer says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The change was made.
    Applied,
    /// Nothing was changed, and this is why (already so, not a lead, refused).
    Kept(QualifyOutcome),
    /// The answer does not say (a 5xx): read the lead back.
    Unknown,
}

/// What a platform cannot do, in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lacks {
    /// It cannot take a qualification back (GrowSurf: awarded credit stays).
    TakingBack(&'static str),
    /// Its API cannot create or change campaigns (the dashboard can).
    CampaignChanges,
}

/// Names and defaults of a platform: what the registry lists.
#[derive(Debug, Clone, Copy)]
pub struct PlatformInfo {
    /// The `--provider` value (`referral-factory`).
    pub id: &'static str,
    /// The name in messages (`Referral Factory`).
    pub title: &'static str,
    /// True when the platform assigns referral codes itself.
    pub assigns_codes: bool,
    /// True when a page of people is the whole account (every campaign).
    pub people_span_account: bool,
    /// What it cannot do.
    pub lacks: &'static [Lacks],
    /// True when a qualification's credit can be held for some days first
    /// (and cancelled before they end).
    pub holds_credit: bool,
}

/// One hosted platform's API, as small as the engine needs.
#[async_trait]
pub trait Platform: Send + Sync + 'static {
    fn info(&self) -> &'static PlatformInfo;

    /// The paced, time-boxed HTTP client of this platform.
    fn wire(&self) -> &Wire;

    /// The number refctl shows for one of the platform's ids: the id itself
    /// when it is a number, else a stable 53-bit hash of it (so that JSON
    /// readers in any language keep it whole).
    fn number(&self, id: &str) -> i64 {
        id.parse().unwrap_or_else(|_| hashed(id))
    }

    async fn campaigns(&self) -> Result<Vec<HostedCampaign>, ClientError>;

    /// A campaign by the platform's id or code; `None` when there is none.
    async fn campaign(&self, reference: &str) -> Result<Option<HostedCampaign>, ClientError>;

    /// One page of people (of the campaign, or of the whole account when
    /// [`PlatformInfo::people_span_account`]), and the next page's cursor.
    async fn people_page(
        &self,
        campaign: &HostedCampaign,
        cursor: Option<&str>,
    ) -> Result<(Vec<Person>, Option<String>), ClientError>;

    /// One person, in one call where the platform allows; `None` when nobody
    /// has that key. `campaign` is `None` only for [`Key::Id`].
    async fn person(
        &self,
        campaign: Option<&HostedCampaign>,
        key: Key<'_>,
    ) -> Result<Option<Person>, ClientError>;

    async fn create(
        &self,
        campaign: &HostedCampaign,
        new: &NewPerson,
    ) -> Result<Person, ClientError>;

    async fn update(
        &self,
        campaign: &HostedCampaign,
        person: &Person,
        patch: &PersonPatch,
    ) -> Result<Person, ClientError>;

    async fn delete(&self, campaign: &HostedCampaign, person: &Person) -> Result<(), ClientError>;

    /// Sends one qualification change; the answer as it came (a 429 or a
    /// lost answer is an error). `hold` asks the platform to hold the credit
    /// that many days; an unqualify of a `held` lead cancels the hold.
    async fn set_qualified(
        &self,
        campaign: &HostedCampaign,
        person: &Person,
        action: QualifyAction,
        hold: Option<u32>,
    ) -> Result<Answer, ClientError>;

    /// What an answer to [`Platform::set_qualified`] says.
    fn verdict(&self, action: QualifyAction, answer: &Answer) -> Verdict;

    /// Read-only calls whose answers show the platform's shapes (`doctor`).
    async fn probe(&self) -> Vec<Probe>;
}

/// A stable, positive 53-bit number for a text id.
pub fn hashed(id: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(id.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    (u64::from_le_bytes(bytes) >> 11) as i64
}

/// A platform chosen at run time (from the registry) is still a platform.
#[async_trait]
impl Platform for Box<dyn Platform> {
    fn info(&self) -> &'static PlatformInfo {
        (**self).info()
    }
    fn wire(&self) -> &Wire {
        (**self).wire()
    }
    fn number(&self, id: &str) -> i64 {
        (**self).number(id)
    }
    async fn campaigns(&self) -> Result<Vec<HostedCampaign>, ClientError> {
        (**self).campaigns().await
    }
    async fn campaign(&self, reference: &str) -> Result<Option<HostedCampaign>, ClientError> {
        (**self).campaign(reference).await
    }
    async fn people_page(
        &self,
        campaign: &HostedCampaign,
        cursor: Option<&str>,
    ) -> Result<(Vec<Person>, Option<String>), ClientError> {
        (**self).people_page(campaign, cursor).await
    }
    async fn person(
        &self,
        campaign: Option<&HostedCampaign>,
        key: Key<'_>,
    ) -> Result<Option<Person>, ClientError> {
        (**self).person(campaign, key).await
    }
    async fn create(
        &self,
        campaign: &HostedCampaign,
        new: &NewPerson,
    ) -> Result<Person, ClientError> {
        (**self).create(campaign, new).await
    }
    async fn update(
        &self,
        campaign: &HostedCampaign,
        person: &Person,
        patch: &PersonPatch,
    ) -> Result<Person, ClientError> {
        (**self).update(campaign, person, patch).await
    }
    async fn delete(&self, campaign: &HostedCampaign, person: &Person) -> Result<(), ClientError> {
        (**self).delete(campaign, person).await
    }
    async fn set_qualified(
        &self,
        campaign: &HostedCampaign,
        person: &Person,
        action: QualifyAction,
        hold: Option<u32>,
    ) -> Result<Answer, ClientError> {
        (**self).set_qualified(campaign, person, action, hold).await
    }
    fn verdict(&self, action: QualifyAction, answer: &Answer) -> Verdict {
        (**self).verdict(action, answer)
    }
    async fn probe(&self) -> Vec<Probe> {
        (**self).probe().await
    }
}
