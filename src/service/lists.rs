//! Standing customer lists: kept, matched against every lead as it is
//! created (or its email changed) in the same transaction, and consulted
//! before any qualification. A qualify-list qualifies the pending leads it
//! matches, with method `customer_list` and a history that names the list,
//! the line and the key; an exclude-list keeps its leads from being
//! qualified by anything but a forced manual change.
//!
//! Keys are kept as HMAC-SHA256, under the workspace's list secret, of the
//! SHA-256 of the normalized key (`matching::normalize::list_key`): the
//! client sends only the SHA-256, and the database holds no address.

use std::collections::HashMap;

use super::Result;
use crate::api::{
    Campaign, CustomerList, KeysAdded, Lead, LeadStatus, ListKeys, ListKind, MAX_LIST_KEYS,
    NewCustomerList, QualifyAction, QualifyMethod,
};
use crate::domain::{Refusal, validate};
use crate::matching::{MatchKey, normalize};
use crate::store::lists::KeyMatch;
use crate::store::qualifications::Change;
use crate::store::{self, Db, Principal};

/// Default days before a list's keys are forgotten: the 12 months Extole
/// and Mention Me ask for (research/field.md §1).
const DEFAULT_DAYS: u32 = 365;
const MAX_DAYS: u32 = 3_650;

/// Appends a change of a list to the workspace's record of changes: who,
/// what, and counts (never a key).
fn record(
    conn: &dyn Db,
    workspace_id: i64,
    actor: &str,
    list_id: i64,
    action: &str,
    before: serde_json::Value,
    after: Option<serde_json::Value>,
) -> Result<()> {
    store::changes::record(
        conn,
        store::changes::NewChange {
            workspace_id,
            subject: "list",
            subject_id: list_id,
            action,
            actor,
            before,
            after,
        },
    )
}

/// What the record keeps of a list: its name, kind, key count and expiry.
fn summary(list: &CustomerList) -> serde_json::Value {
    serde_json::json!({
        "name": list.name,
        "kind": list.kind,
        "keys": list.keys,
        "expires_at": list.expires_at,
    })
}

fn kind_name(kind: MatchKey) -> &'static str {
    match kind {
        MatchKey::Email => "email",
        MatchKey::Code => "code",
        MatchKey::ExternalId => "external_id",
        MatchKey::Phone => "phone",
    }
}

/// The keys of a lead a list may hold.
struct LeadKeys<'a> {
    id: i64,
    email: &'a str,
    code: &'a str,
    external_id: Option<&'a str>,
    /// Matched only when written with its country code (`+44 …`): the
    /// server knows no region for a lead.
    phone: Option<&'a str>,
}

impl<'a> From<&'a Lead> for LeadKeys<'a> {
    fn from(lead: &'a Lead) -> Self {
        LeadKeys {
            id: lead.id,
            email: &lead.email,
            code: &lead.referral_code,
            external_id: lead.external_id.as_deref(),
            phone: lead.phone.as_deref(),
        }
    }
}

/// A lead's keys as lists keep them: `(kind, digest)`.
fn lead_digests(secret: &[u8], lead: &LeadKeys) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = Vec::new();
    let mut add = |kind: MatchKey, raw: Option<&str>| {
        if let Some(hex) = raw.and_then(|r| normalize::list_key(kind, r))
            && let Some(bytes) = crate::domain::list_keys::sha256_from_hex(&hex)
        {
            out.push((
                kind_name(kind),
                crate::domain::list_keys::digest(secret, &bytes),
            ));
        }
    };
    add(MatchKey::Email, Some(lead.email));
    add(MatchKey::Code, Some(lead.code));
    add(MatchKey::ExternalId, lead.external_id);
    add(MatchKey::Phone, lead.phone);
    out
}

pub fn create(
    conn: &dyn Db,
    caller: &Principal,
    campaign: &Campaign,
    new: NewCustomerList,
) -> Result<CustomerList> {
    let Some(name) =
        validate::bounded_text("name", Some(new.name.trim().to_string()), validate::MAX_ID)?
            .filter(|n| !n.is_empty())
    else {
        return Err(Refusal::invalid("name", "a list needs a name").into());
    };
    if store::lists::find(conn, campaign.id, &name)?.is_some() {
        return Err(Refusal::duplicate(
            format!(
                "campaign '{}' has a list named '{name}' already: replace its keys, or choose another name",
                campaign.code
            ),
            None,
        )
        .into());
    }
    let days = new.expires_in_days.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(Refusal::invalid(
            "expires_in_days",
            format!("from 1 to {MAX_DAYS} days, not {days}"),
        )
        .into());
    }
    let expires = crate::domain::time::stored(crate::domain::time::plus(
        jiff::Timestamp::now(),
        crate::domain::time::days(i64::from(days)),
    ));
    store::lists::secret(conn, caller.workspace_id)?;
    let list = store::lists::insert(
        conn,
        campaign.id,
        &name,
        new.kind,
        &caller.actor,
        Some(&expires),
    )?;
    record(
        conn,
        caller.workspace_id,
        &caller.actor,
        list.id,
        "create",
        serde_json::json!({}),
        Some(summary(&list)),
    )?;
    Ok(list)
}

/// Forgets a list and its keys (what it qualified stays qualified).
pub fn delete(
    conn: &dyn Db,
    caller: &Principal,
    campaign: &Campaign,
    name: &str,
) -> Result<CustomerList> {
    let list = get(conn, campaign, name)?;
    store::lists::delete(conn, list.id)?;
    record(
        conn,
        caller.workspace_id,
        &caller.actor,
        list.id,
        "delete",
        summary(&list),
        None,
    )?;
    Ok(list)
}

/// Deletes the keys of the campaign's lists past their expiry; returns how many.
pub fn purge(conn: &dyn Db, caller: &Principal, campaign: &Campaign) -> Result<u64> {
    let mut removed = 0;
    for list in store::lists::expired(conn, Some(campaign.id))? {
        removed += purge_one(conn, caller.workspace_id, &caller.actor, &list)?;
    }
    Ok(removed)
}

/// Deletes the keys of every list of the database past its expiry (the
/// server's daily check); returns how many.
pub fn expire_all(conn: &dyn Db) -> Result<u64> {
    let mut removed = 0;
    for list in store::lists::expired(conn, None)? {
        let workspace_id = store::lists::workspace_of(conn, list.campaign_id)?;
        removed += purge_one(conn, workspace_id, "refctl server (expiry)", &list)?;
    }
    Ok(removed)
}

fn purge_one(conn: &dyn Db, workspace_id: i64, actor: &str, list: &CustomerList) -> Result<u64> {
    let removed = store::lists::clear_keys_counted(conn, list.id)?;
    if removed > 0 {
        record(
            conn,
            workspace_id,
            actor,
            list.id,
            "purge",
            summary(list),
            Some(serde_json::json!({"keys": 0, "removed": removed})),
        )?;
    }
    Ok(removed)
}

/// The list `name` of the campaign, or a refusal naming it.
pub fn get(conn: &dyn Db, campaign: &Campaign, name: &str) -> Result<CustomerList> {
    store::lists::find(conn, campaign.id, name.trim())?.ok_or_else(|| {
        Refusal::not_found(format!(
            "campaign '{}' has no list named '{name}'",
            campaign.code
        ))
        .into()
    })
}

/// Adds keys (the SHA-256 of each normalized key) to a list; `replace`
/// first drops every key it had.
pub fn add_keys(
    conn: &dyn Db,
    caller: &Principal,
    campaign: &Campaign,
    name: &str,
    body: ListKeys,
) -> Result<KeysAdded> {
    if body.keys.len() > MAX_LIST_KEYS {
        return Err(Refusal::invalid(
            "keys",
            format!(
                "{} keys in one request; send at most {MAX_LIST_KEYS}",
                body.keys.len()
            ),
        )
        .into());
    }
    let list = get(conn, campaign, name)?;
    let secret = store::lists::secret(conn, caller.workspace_id)?;
    let mut keys = Vec::with_capacity(body.keys.len());
    for (i, key) in body.keys.iter().enumerate() {
        let Some(bytes) = crate::domain::list_keys::sha256_from_hex(&key.sha256) else {
            return Err(Refusal::invalid(
                &format!("keys[{i}].sha256"),
                "64 hexadecimal digits: the SHA-256 of the normalized key (`refctl customers lists hash` shows it)",
            )
            .into());
        };
        keys.push((
            key.kind.as_str(),
            crate::domain::list_keys::digest(&secret, &bytes),
            i64::try_from(key.line).unwrap_or(i64::MAX),
        ));
    }
    let before = summary(&list);
    if body.replace {
        store::lists::clear_keys(conn, list.id)?;
    }
    let added = store::lists::add_keys(conn, list.id, campaign.id, &keys)?;
    store::lists::touch(conn, list.id)?;
    let list = store::lists::get(conn, list.id)?;
    let mut after = summary(&list);
    after["added"] = serde_json::json!(added);
    record(
        conn,
        caller.workspace_id,
        &caller.actor,
        list.id,
        if body.replace {
            "replace_keys"
        } else {
            "add_keys"
        },
        before,
        Some(after),
    )?;
    Ok(KeysAdded {
        added,
        keys: list.keys,
    })
}

/// The list keys each lead matches, by lead id.
fn matched(
    conn: &dyn Db,
    campaign_id: i64,
    leads: &[LeadKeys],
) -> Result<HashMap<i64, Vec<KeyMatch>>> {
    let mut by_digest: HashMap<Vec<u8>, Vec<i64>> = HashMap::new();
    let secret = store::lists::secret_of_campaign(conn, campaign_id)?;
    for lead in leads {
        for (_, d) in lead_digests(&secret, lead) {
            by_digest.entry(d).or_default().push(lead.id);
        }
    }
    let digests: Vec<Vec<u8>> = by_digest.keys().cloned().collect();
    let mut out: HashMap<i64, Vec<KeyMatch>> = HashMap::new();
    for m in store::lists::matches(conn, campaign_id, &digests)? {
        for id in by_digest.get(&m.digest).into_iter().flatten() {
            out.entry(*id).or_default().push(m.clone());
        }
    }
    Ok(out)
}

/// Whether the campaign keeps any list (most do not: no work then).
fn has_lists(conn: &dyn Db, campaign_id: i64) -> Result<bool> {
    store::lists::any(conn, campaign_id)
}

/// Of the leads `ids` (of any campaigns), those on an exclude-list of their
/// campaign, with the key that put them there.
pub fn excluded(conn: &dyn Db, ids: &[i64]) -> Result<HashMap<i64, KeyMatch>> {
    let mut out = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = store::leads::keys_of(conn, ids)?;
    let mut by_campaign: HashMap<i64, Vec<LeadKeys>> = HashMap::new();
    for (id, campaign_id, email, code, external_id, phone) in &rows {
        by_campaign.entry(*campaign_id).or_default().push(LeadKeys {
            id: *id,
            email,
            code,
            external_id: external_id.as_deref(),
            phone: phone.as_deref(),
        });
    }
    for (campaign_id, leads) in by_campaign {
        if !has_lists(conn, campaign_id)? {
            continue;
        }
        for (id, ms) in matched(conn, campaign_id, &leads)? {
            if let Some(m) = ms.into_iter().find(|m| m.kind == ListKind::Exclude) {
                out.insert(id, m);
            }
        }
    }
    Ok(out)
}

/// What an exclusion says, for an outcome's detail and a refusal.
pub fn exclusion_reason(m: &KeyMatch) -> String {
    format!(
        "on exclude-list '{}' (line {}, {})",
        m.list_name, m.line, m.key_kind
    )
}

/// Checks leads just created (or whose keys just changed) against the
/// campaign's lists, in the caller's transaction: a pending lead on a
/// qualify-list and on no exclude-list is qualified now. Returns the ids
/// qualified.
pub fn on_new_leads(conn: &dyn Db, campaign: &Campaign, leads: &[&Lead]) -> Result<Vec<i64>> {
    if leads.is_empty() || !has_lists(conn, campaign.id)? {
        return Ok(Vec::new());
    }
    let keys: Vec<LeadKeys> = leads.iter().map(|l| LeadKeys::from(*l)).collect();
    let found = matched(conn, campaign.id, &keys)?;
    let mut qualified = Vec::new();
    for lead in leads {
        let Some(ms) = found.get(&lead.id) else {
            continue;
        };
        if let Some(ex) = ms.iter().find(|m| m.kind == ListKind::Exclude) {
            store::lists::record_match(conn, ex, lead.id, "excluded")?;
            continue;
        }
        let Some(m) = ms.iter().find(|m| m.kind == ListKind::Qualify) else {
            continue;
        };
        if lead.status != LeadStatus::Pending {
            continue;
        }
        qualify_by(conn, lead.id, m)?;
        qualified.push(lead.id);
    }
    Ok(qualified)
}

/// Qualifies a pending lead because a qualify-list holds it: the record
/// names the list, the file's line and the key.
fn qualify_by(conn: &dyn Db, lead_id: i64, m: &KeyMatch) -> Result<()> {
    let actor = format!("customer list '{}'", m.list_name);
    let reason = format!(
        "on customer list '{}' (line {}, {})",
        m.list_name, m.line, m.key_kind
    );
    store::qualifications::record(
        conn,
        &Change {
            lead_id,
            action: QualifyAction::Qualify,
            new_status: LeadStatus::Qualified,
            method: QualifyMethod::CustomerList,
            actor: &actor,
            reason: Some(&reason),
            idempotency_key: None,
            rule: None,
        },
    )?;
    store::lists::record_match(conn, m, lead_id, "qualified")
}

/// Matches the list `name` against the campaign's pending leads now (a
/// list whose keys came pre-hashed, which the client cannot match): a
/// qualify-list qualifies those on no exclude-list; an exclude-list records
/// whom it keeps pending. With `dry_run`, counts and writes nothing.
pub fn match_now(
    conn: &dyn Db,
    campaign: &Campaign,
    name: &str,
    dry_run: bool,
) -> Result<crate::api::ListMatched> {
    let list = get(conn, campaign, name)?;
    let filter = store::leads::LeadFilter {
        campaign_id: Some(campaign.id),
        status: Some(LeadStatus::Pending),
        ..Default::default()
    };
    let workspace_id = store::lists::workspace_of(conn, campaign.id)?;
    let mut out = crate::api::ListMatched {
        matched: 0,
        qualified: 0,
        excluded: 0,
        dry_run,
    };
    let mut order = store::leads::LeadOrder::default();
    loop {
        let page = store::leads::list(conn, workspace_id, &filter, &order, 5_000)?;
        let Some((_, last)) = page.last() else {
            break;
        };
        order.after = Some(last.clone());
        let page: Vec<crate::api::Lead> = page.into_iter().map(|(lead, _)| lead).collect();
        let keys: Vec<LeadKeys> = page.iter().map(LeadKeys::from).collect();
        let found = matched(conn, campaign.id, &keys)?;
        for lead in &page {
            let Some(ms) = found.get(&lead.id) else {
                continue;
            };
            let Some(mine) = ms.iter().find(|m| m.list_id == list.id) else {
                continue;
            };
            out.matched += 1;
            if let Some(ex) = ms.iter().find(|m| m.kind == ListKind::Exclude) {
                out.excluded += 1;
                if !dry_run {
                    store::lists::record_match(conn, ex, lead.id, "excluded")?;
                }
                continue;
            }
            out.qualified += 1;
            if dry_run {
                continue;
            }
            qualify_by(conn, lead.id, mine)?;
        }
    }
    Ok(out)
}

/// Takes `keys` out of the list `name` (a delta: people no longer customers).
pub fn remove_keys(
    conn: &dyn Db,
    caller: &Principal,
    campaign: &Campaign,
    name: &str,
    keys: &[crate::api::ListKey],
) -> Result<u64> {
    if keys.len() > MAX_LIST_KEYS {
        return Err(Refusal::invalid("keys", format!("send at most {MAX_LIST_KEYS} keys")).into());
    }
    let list = get(conn, campaign, name)?;
    let secret = store::lists::secret(conn, caller.workspace_id)?;
    let digests = digests_of(&secret, keys)?;
    let removed = store::lists::remove_keys(conn, list.id, &digests)?;
    let after = store::lists::get(conn, list.id)?;
    let mut after_json = summary(&after);
    after_json["removed"] = serde_json::json!(removed);
    record(
        conn,
        caller.workspace_id,
        &caller.actor,
        list.id,
        "remove_keys",
        summary(&list),
        Some(after_json),
    )?;
    Ok(removed)
}

/// The digests a list keeps of `keys` (each the hex SHA-256 of a
/// normalized key), under the workspace's `secret`.
fn digests_of(secret: &[u8], keys: &[crate::api::ListKey]) -> Result<Vec<Vec<u8>>> {
    keys.iter()
        .enumerate()
        .map(|(i, key)| {
            crate::domain::list_keys::sha256_from_hex(&key.sha256)
                .map(|bytes| crate::domain::list_keys::digest(secret, &bytes))
                .ok_or_else(|| {
                    Refusal::invalid(
                        &format!("keys[{i}].sha256"),
                        "64 hexadecimal digits: the SHA-256 of the normalized key (`refctl customers lists hash` shows it)",
                    )
                    .into()
                })
        })
        .collect()
}

/// Forgets `keys` from every list of the workspace (an erasure request).
pub fn forget(conn: &dyn Db, caller: &Principal, keys: &[crate::api::ListKey]) -> Result<u64> {
    if keys.len() > MAX_LIST_KEYS {
        return Err(Refusal::invalid("keys", format!("send at most {MAX_LIST_KEYS} keys")).into());
    }
    let secret = store::lists::secret(conn, caller.workspace_id)?;
    let digests = digests_of(&secret, keys)?;
    let removed = store::lists::forget(conn, caller.workspace_id, &digests)?;
    // One record for the workspace (subject 0): counts, never whom.
    record(
        conn,
        caller.workspace_id,
        &caller.actor,
        0,
        "forget",
        serde_json::json!({"asked": keys.len()}),
        Some(serde_json::json!({"removed": removed})),
    )?;
    Ok(removed)
}

/// The record of a list's changes, oldest first.
pub fn changes(
    conn: &dyn Db,
    caller: &Principal,
    list: &CustomerList,
) -> Result<Vec<crate::api::Change>> {
    store::changes::of(conn, caller.workspace_id, "list", list.id)
}
