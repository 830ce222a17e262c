//! Standing customer lists for a hosted platform, which keeps none: each
//! list is a file under `REFCTL_HOME/lists/<platform>/`, its keys digested
//! as refctl's server digests them (HMAC-SHA256 under a local secret of the
//! SHA-256 of the normalized key), and `customers lists sync` matches the
//! campaign's pending leads against them and qualifies through the platform
//! at its pace, exactly once (the engine's audit log and read-back).

use std::collections::HashMap;
use std::path::PathBuf;

use async_trait::async_trait;

use super::engine::Hosted;
use super::list_store::{LocalLists, StoredList, local, now, unhex};
use super::platform::{HostedCampaign, Person, Platform};
use super::qualify::Ask;
use crate::api::*;
use crate::client::{ClientError, ListsApi};
use crate::matching::{MatchKey, normalize};

fn shown(campaign: &HostedCampaign, list: &StoredList) -> CustomerList {
    CustomerList {
        id: 0,
        campaign_id: campaign.number,
        name: list.name.clone(),
        kind: list.kind,
        keys: list.keys.len() as u64,
        matched: list.matched.len() as u64,
        created_by: "refctl (local)".into(),
        created_at: list.created_at.clone(),
        updated_at: list.updated_at.clone(),
        expires_at: list.expires_at.clone(),
        changes: Vec::new(),
    }
}

impl<P: Platform> Hosted<P> {
    fn found(&self, c: &HostedCampaign, name: &str) -> Result<(PathBuf, StoredList), ClientError> {
        let path = self.lists.path(c, name);
        match self.lists.read(&path)? {
            Some(list) => Ok((path, list)),
            None => Err(self.not_found(format!(
                "no customer list '{name}' for campaign '{}' in REFCTL_HOME",
                c.code
            ))),
        }
    }

    /// A person's keys as lists keep them: `(kind, digest)`.
    fn digests(secret: &[u8], p: &Person) -> Vec<(ListKeyKind, String)> {
        let mut out = Vec::new();
        for (key, kind, raw) in [
            (MatchKey::Email, ListKeyKind::Email, p.email.as_str()),
            (MatchKey::Code, ListKeyKind::Code, p.code.as_str()),
        ] {
            if let Some(bytes) = normalize::list_key(key, raw).and_then(|h| unhex(&h)) {
                out.push((kind, LocalLists::digest(secret, &bytes)));
            }
        }
        out
    }
}

#[async_trait]
impl<P: Platform> ListsApi for Hosted<P> {
    async fn list_lists(&self, campaign: &str) -> Result<Vec<CustomerList>, ClientError> {
        let c = self.campaign(campaign).await?;
        Ok(self.lists.all(&c)?.iter().map(|l| shown(&c, l)).collect())
    }

    async fn create_list(
        &self,
        campaign: &str,
        new: &NewCustomerList,
    ) -> Result<CustomerList, ClientError> {
        let c = self.campaign(campaign).await?;
        let path = self.lists.path(&c, &new.name);
        if self.lists.read(&path)?.is_some() {
            return Err(ClientError::Api(Box::new(Problem::new(
                409,
                ProblemCode::Duplicate,
                format!(
                    "campaign '{}' has a list named '{}' already: replace its keys, or choose another name",
                    c.code, new.name
                ),
            ))));
        }
        let days = i64::from(new.expires_in_days.unwrap_or(365));
        let list = StoredList {
            name: new.name.clone(),
            kind: new.kind,
            created_at: now(),
            updated_at: now(),
            expires_at: Some(crate::domain::time::stored(crate::domain::time::plus(
                jiff::Timestamp::now(),
                crate::domain::time::days(days),
            ))),
            keys: Vec::new(),
            matched: Vec::new(),
        };
        self.lists.write(&path, &list)?;
        Ok(shown(&c, &list))
    }

    async fn get_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        let c = self.campaign(campaign).await?;
        Ok(shown(&c, &self.found(&c, name)?.1))
    }

    async fn delete_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        let c = self.campaign(campaign).await?;
        let (path, list) = self.found(&c, name)?;
        std::fs::remove_file(&path).map_err(|e| local(e, &path))?;
        Ok(shown(&c, &list))
    }

    async fn add_list_keys(
        &self,
        campaign: &str,
        name: &str,
        keys: &ListKeys,
        _key: String,
    ) -> Result<KeysAdded, ClientError> {
        let c = self.campaign(campaign).await?;
        let (path, mut list) = self.found(&c, name)?;
        let secret = self.lists.secret()?;
        if keys.replace {
            list.keys.clear();
        }
        let mut have: std::collections::HashSet<(ListKeyKind, String)> =
            list.keys.iter().map(|(k, d, _)| (*k, d.clone())).collect();
        let mut added = 0;
        for (i, key) in keys.keys.iter().enumerate() {
            let Some(bytes) = unhex(&key.sha256) else {
                return Err(ClientError::Api(Box::new(Problem::validation(
                    &format!("keys[{i}].sha256"),
                    "64 hexadecimal digits: the SHA-256 of the normalized key",
                ))));
            };
            let digest = LocalLists::digest(&secret, &bytes);
            if have.insert((key.kind, digest.clone())) {
                list.keys.push((key.kind, digest, key.line));
                added += 1;
            }
        }
        list.updated_at = now();
        self.lists.write(&path, &list)?;
        Ok(KeysAdded {
            added,
            keys: list.keys.len() as u64,
        })
    }

    async fn purge_lists(&self, campaign: &str) -> Result<KeysRemoved, ClientError> {
        let c = self.campaign(campaign).await?;
        let mut removed = 0;
        for list in self.lists.all(&c)? {
            if list
                .expires_at
                .as_deref()
                .is_some_and(|at| at <= now().as_str())
            {
                let path = self.lists.path(&c, &list.name);
                let mut list = list;
                removed += list.keys.len() as u64;
                list.keys.clear();
                self.lists.write(&path, &list)?;
            }
        }
        Ok(KeysRemoved { removed })
    }

    /// Forgets the keys from every list of every campaign kept here.
    async fn forget_list_keys(&self, keys: &ForgetKeys) -> Result<KeysRemoved, ClientError> {
        let secret = self.lists.secret()?;
        let mut gone: std::collections::HashSet<(ListKeyKind, String)> = Default::default();
        for key in &keys.keys {
            if let Some(bytes) = unhex(&key.sha256) {
                gone.insert((key.kind, LocalLists::digest(&secret, &bytes)));
            }
        }
        let mut removed = 0;
        for path in self.lists.every_file()? {
            if let Some(mut list) = self.lists.read(&path)? {
                let before = list.keys.len();
                list.keys
                    .retain(|(k, d, _)| !gone.contains(&(*k, d.clone())));
                if list.keys.len() != before {
                    removed += (before - list.keys.len()) as u64;
                    self.lists.write(&path, &list)?;
                }
            }
        }
        Ok(KeysRemoved { removed })
    }

    /// Matches the campaign's pending leads against its kept lists and
    /// qualifies those on a qualify-list and on no exclude-list.
    async fn sync_lists(
        &self,
        campaign: &str,
        dry_run: bool,
    ) -> Result<BatchQualifyResponse, ClientError> {
        let c = self.campaign(campaign).await?;
        let lists: Vec<StoredList> = self
            .lists
            .all(&c)?
            .into_iter()
            .filter(|l| l.expires_at.as_deref().is_none_or(|at| at > now().as_str()))
            .collect();
        if lists.is_empty() {
            return Ok(BatchQualifyResponse {
                results: Vec::new(),
            });
        }
        let secret = self.lists.secret()?;
        let mut index: HashMap<(ListKeyKind, &str), (usize, u64)> = HashMap::new();
        for (i, list) in lists.iter().enumerate() {
            for (kind, digest, line) in &list.keys {
                // An exclude-list wins over a qualify-list for the same key.
                let entry = index.entry((*kind, digest.as_str())).or_insert((i, *line));
                if list.kind == ListKind::Exclude {
                    *entry = (i, *line);
                }
            }
        }
        let everyone = self.everyone(&c).await?;
        let mut results = Vec::new();
        let mut matched: HashMap<usize, Vec<String>> = HashMap::new();
        for person in everyone.into_iter().filter(|p| p.is_lead()) {
            let person = self.as_known(person);
            if person.status != Some(LeadStatus::Pending) {
                continue;
            }
            let mut hit: Option<(usize, u64, ListKeyKind)> = None;
            for (kind, digest) in Self::digests(&secret, &person) {
                if let Some(&(i, line)) = index.get(&(kind, digest.as_str())) {
                    let exclude = lists[i].kind == ListKind::Exclude;
                    if hit.is_none() || exclude {
                        hit = Some((i, line, kind));
                    }
                }
            }
            let Some((i, line, kind)) = hit else {
                continue;
            };
            let list = &lists[i];
            let reference = LeadRef::Id(person.number);
            let (outcome, detail) = if list.kind == ListKind::Exclude {
                (
                    QualifyOutcome::Excluded,
                    Some(format!(
                        "on exclude-list '{}' (line {line}, {kind})",
                        list.name
                    )),
                )
            } else {
                let reason = format!("on customer list '{}' (line {line}, {kind})", list.name);
                let key = format!("list-sync-{}-{}", list.name, person.id);
                let ask = Ask {
                    action: QualifyAction::Qualify,
                    method: QualifyMethod::CustomerList,
                    reason: Some(&reason),
                    key: Some(&key),
                    dry_run,
                    hold: None,
                };
                let (outcome, detail) = self.change(&c, person.clone(), &ask).await?;
                if !dry_run && outcome == QualifyOutcome::Qualified {
                    matched.entry(i).or_default().push(person.id.clone());
                }
                (outcome, detail.or(Some(reason)))
            };
            results.push(BatchItemResult {
                index: results.len(),
                reference,
                outcome,
                lead_id: Some(person.number),
                detail,
            });
        }
        for (i, ids) in matched {
            let path = self.lists.path(&c, &lists[i].name);
            if let Some(mut list) = self.lists.read(&path)? {
                list.matched.extend(ids);
                list.updated_at = now();
                self.lists.write(&path, &list)?;
            }
        }
        Ok(BatchQualifyResponse { results })
    }
}
