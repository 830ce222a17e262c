//! Referrers and leads: adding them to a campaign, with the checks that
//! keep emails and referral codes unique.

use std::collections::{HashMap, HashSet};

use crate::store::Db;

use super::Result;
use crate::api::{Campaign, Lead, NewLead, NewReferrer, PersonPatch, Referrer};
use crate::domain::{Refusal, campaigns, validate};
use crate::store;
use crate::store::changes::NewChange;
use crate::store::leads::LeadRow;
use crate::store::referrers::ReferrerRow;
use crate::store::tokens::Principal;

/// The referral code a new person gets: the one asked for, if it is valid
/// and free in the campaign, else a fresh one.
fn claim_code(conn: &dyn Db, campaign: &Campaign, wanted: Option<String>) -> Result<String> {
    let Some(code) = validate::optional_text(wanted) else {
        return store::referrers::unused_code(conn, campaign.id);
    };
    validate::referral_code(&code).map_err(|m| Refusal::invalid("referral_code", m))?;
    if store::referrers::code_taken(conn, campaign.id, &code)? {
        return Err(Refusal::duplicate(
            format!(
                "referral code '{code}' is already used in campaign '{}'",
                campaign.code
            ),
            None,
        )
        .into());
    }
    Ok(code)
}

pub fn create_referrer(conn: &dyn Db, campaign: &Campaign, new: NewReferrer) -> Result<Referrer> {
    campaigns::ensure_open(campaign)?;
    let email = match validate::optional_text(new.email) {
        Some(e) => Some(validate::canonical_email(&e).map_err(|m| Refusal::invalid("email", m))?),
        None => None,
    };
    let code = claim_code(conn, campaign, new.referral_code)?;
    if let Some(email) = &email
        && let Some(existing) = store::referrers::find_by_email(conn, campaign.id, email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "referrer {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    store::referrers::insert(
        conn,
        campaign.id,
        ReferrerRow {
            referral_code: &code,
            email: email.as_deref(),
            name: validate::bounded_text("name", new.name, validate::MAX_NAME)?,
            external_id: validate::bounded_text("external_id", new.external_id, validate::MAX_ID)?,
            phone: validate::bounded_text("phone", new.phone, validate::MAX_ID)?,
        },
    )
}

pub fn create_lead(conn: &dyn Db, campaign: &Campaign, new: NewLead) -> Result<Lead> {
    campaigns::ensure_open(campaign)?;
    let CheckedLead {
        email,
        referred_by,
        name,
        phone,
        external_id,
        referral_code,
    } = check_lead(new)?;
    let code = referred_by.as_str();
    let Some(referrer) = store::referrers::find_by_code(conn, campaign.id, code)? else {
        return Err(Refusal::UnknownReferrer {
            code: code.to_string(),
            detail: format!(
                "no referrer with code '{code}' in campaign '{}'",
                campaign.code
            ),
        }
        .into());
    };
    if let Some(existing) = store::leads::find_by_email(conn, campaign.id, &email)? {
        return Err(Refusal::duplicate(
            format!(
                "lead {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let own_code = claim_code(conn, campaign, referral_code)?;
    let lead = store::leads::insert(
        conn,
        campaign.id,
        LeadRow {
            referrer_id: referrer.id,
            email: &email,
            name,
            phone,
            external_id,
            referral_code: &own_code,
        },
    )?;
    // A customer on a kept list is qualified as they arrive.
    if super::lists::on_new_leads(conn, campaign, &[&lead])?.is_empty() {
        Ok(lead)
    } else {
        store::leads::get(conn, lead.id)
    }
}

/// `count` fresh referral codes that no one in the campaign holds and that
/// are not in `used` (which takes them), checked in one query a round: a
/// collision is rare, and only its code is drawn again.
///
/// Codes for leads on PostgreSQL are checked against the referrers only:
/// the leads' own unique constraint catches the (rare) clash with a lead,
/// and the batch, which runs at READ COMMITTED, runs again and draws anew.
fn draw_codes(
    conn: &dyn Db,
    campaign_id: i64,
    count: usize,
    used: &mut HashSet<String>,
    for_leads: bool,
) -> Result<Vec<String>> {
    let mut rng = rand::rng();
    let mut codes: Vec<Option<String>> = vec![None; count];
    let mut need: Vec<usize> = (0..count).collect();
    while !need.is_empty() {
        let drawn: Vec<String> = need
            .iter()
            .map(|_| crate::domain::codes::new_referral_code(&mut rng))
            .collect();
        let clash: HashSet<String> =
            if for_leads && conn.dialect() == crate::store::Dialect::Postgres {
                store::referrers::ids_by(conn, campaign_id, store::PersonKey::Code, &drawn)?
                    .into_iter()
                    .map(|(code, _)| code)
                    .collect()
            } else {
                store::referrers::codes_taken(conn, campaign_id, &drawn)?
            };
        let mut again = Vec::new();
        for (i, code) in need.into_iter().zip(drawn) {
            if clash.contains(&code) || !used.insert(code.clone()) {
                again.push(i);
            } else {
                codes[i] = Some(code);
            }
        }
        need = again;
    }
    Ok(codes.into_iter().flatten().collect())
}

/// Creates many referrers in a few statements whatever their number, with
/// the outcome of each item as [`create_referrer`] would give it one at a
/// time (the same checks in the same order; a later item repeating an
/// earlier one's email or code refused as a duplicate).
pub fn create_referrers(
    conn: &dyn Db,
    campaign: &Campaign,
    items: Vec<NewReferrer>,
) -> Result<Vec<Result<Referrer, Refusal>>> {
    if let Err(closed) = campaigns::ensure_open(campaign) {
        return Ok(items.iter().map(|_| Err(closed.clone())).collect());
    }
    struct Checked {
        email: Option<String>,
        code: Option<String>,
        name: Option<String>,
        external_id: Option<String>,
        phone: Option<String>,
    }
    let check = |new: NewReferrer| -> Result<Checked, Refusal> {
        let email = match validate::optional_text(new.email) {
            Some(e) => {
                Some(validate::canonical_email(&e).map_err(|m| Refusal::invalid("email", m))?)
            }
            None => None,
        };
        let code = validate::optional_text(new.referral_code);
        if let Some(code) = &code {
            validate::referral_code(code).map_err(|m| Refusal::invalid("referral_code", m))?;
        }
        Ok(Checked {
            email,
            code,
            name: validate::bounded_text("name", new.name, validate::MAX_NAME)?,
            external_id: validate::bounded_text("external_id", new.external_id, validate::MAX_ID)?,
            phone: validate::bounded_text("phone", new.phone, validate::MAX_ID)?,
        })
    };
    let checked: Vec<Result<Checked, Refusal>> = items.into_iter().map(check).collect();
    let ok = || checked.iter().filter_map(|c| c.as_ref().ok());
    let mut wanted: Vec<String> = ok().filter_map(|c| c.code.clone()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut emails: Vec<String> = ok().filter_map(|c| c.email.clone()).collect();
    emails.sort_unstable();
    emails.dedup();
    let taken = store::referrers::codes_taken(conn, campaign.id, &wanted)?;
    let existing: HashMap<String, i64> =
        store::referrers::ids_by(conn, campaign.id, store::PersonKey::Email, &emails)?
            .into_iter()
            .collect();

    let mut results: Vec<Option<Result<Referrer, Refusal>>> = Vec::new();
    let mut rows: Vec<(usize, Checked)> = Vec::new();
    let mut batch_codes: HashSet<String> = HashSet::new();
    let mut batch_emails: HashSet<String> = HashSet::new();
    for (index, item) in checked.into_iter().enumerate() {
        results.push(match item {
            Err(r) => Some(Err(r)),
            Ok(c) => {
                if let Some(code) = c
                    .code
                    .as_ref()
                    .filter(|code| taken.contains(*code) || batch_codes.contains(*code))
                {
                    Some(Err(Refusal::duplicate(
                        format!(
                            "referral code '{code}' is already used in campaign '{}'",
                            campaign.code
                        ),
                        None,
                    )))
                } else if let Some(email) = c
                    .email
                    .as_ref()
                    .filter(|e| existing.contains_key(*e) || batch_emails.contains(*e))
                {
                    let existing_id = existing.get(email).copied();
                    Some(Err(Refusal::duplicate(
                        match existing_id {
                            Some(id) => format!(
                                "referrer {id} already has email {email} in campaign '{}'",
                                campaign.code
                            ),
                            None => format!(
                                "an earlier item of this request already has email {email} in campaign '{}'",
                                campaign.code
                            ),
                        },
                        existing_id,
                    )))
                } else {
                    batch_codes.extend(c.code.clone());
                    batch_emails.extend(c.email.clone());
                    rows.push((index, c));
                    None
                }
            }
        });
    }
    let need: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].1.code.is_none())
        .collect();
    let fresh = draw_codes(conn, campaign.id, need.len(), &mut batch_codes, false)?;
    for (i, code) in need.into_iter().zip(fresh) {
        rows[i].1.code = Some(code);
    }
    let created_at = store::referrers::insert_many(
        conn,
        campaign.id,
        &rows
            .iter()
            .map(|(_, c)| ReferrerRow {
                referral_code: c.code.as_deref().unwrap_or_default(),
                email: c.email.as_deref(),
                name: c.name.clone(),
                external_id: c.external_id.clone(),
                phone: c.phone.clone(),
            })
            .collect::<Vec<_>>(),
    )?;
    // Their ids, by code (unique in the campaign).
    let codes: Vec<String> = rows.iter().filter_map(|(_, c)| c.code.clone()).collect();
    let ids: HashMap<String, i64> =
        store::referrers::ids_by(conn, campaign.id, store::PersonKey::Code, &codes)?
            .into_iter()
            .collect();
    for (index, c) in rows {
        let code = c.code.unwrap_or_default();
        let Some(&id) = ids.get(&code) else {
            continue;
        };
        results[index] = Some(Ok(Referrer {
            id,
            campaign_id: campaign.id,
            referral_code: code,
            email: c.email,
            name: c.name,
            external_id: c.external_id,
            phone: c.phone,
            created_at: created_at.clone(),
            counts: Default::default(),
        }));
    }
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Refusal::conflict("the referrer was not created"))))
        .collect())
}

/// A new lead's fields, each checked alone.
struct CheckedLead {
    email: String,
    referred_by: String,
    name: Option<String>,
    phone: Option<String>,
    external_id: Option<String>,
    referral_code: Option<String>,
}

fn check_lead(new: NewLead) -> Result<CheckedLead, Refusal> {
    let email = validate::canonical_email(&new.email).map_err(|m| Refusal::invalid("email", m))?;
    let referred_by = new.referred_by.trim();
    if referred_by.is_empty() {
        return Err(Refusal::invalid(
            "referred_by",
            "the referrer's code is required",
        ));
    }
    Ok(CheckedLead {
        email,
        referred_by: referred_by.to_string(),
        name: validate::bounded_text("name", new.name, validate::MAX_NAME)?,
        phone: validate::bounded_text("phone", new.phone, validate::MAX_ID)?,
        external_id: validate::bounded_text("external_id", new.external_id, validate::MAX_ID)?,
        referral_code: new.referral_code,
    })
}

/// Creates many leads in a few statements whatever their number (one query
/// per kind of check, one multi-row insert), with the outcome of each item
/// as [`create_lead`] would give it one at a time: the same refusals, in
/// the same order of checks, and a later item repeating an earlier one's
/// email or code refused as a duplicate of it.
pub fn create_leads(
    conn: &dyn Db,
    campaign: &Campaign,
    items: Vec<NewLead>,
) -> Result<Vec<Result<Lead, Refusal>>> {
    if let Err(closed) = campaigns::ensure_open(campaign) {
        return Ok(items.iter().map(|_| Err(closed.clone())).collect());
    }
    let mut checked: Vec<Result<CheckedLead, Refusal>> =
        items.into_iter().map(check_lead).collect();
    // Codes asked for: trimmed; checked (valid, free in the campaign and in
    // the batch) after the referrer and the email, as one at a time would.
    for c in checked.iter_mut().filter_map(|c| c.as_mut().ok()) {
        c.referral_code = validate::optional_text(c.referral_code.take());
    }
    let distinct = |values: Vec<String>| {
        let mut values = values;
        values.sort_unstable();
        values.dedup();
        values
    };
    let ok = || checked.iter().filter_map(|c| c.as_ref().ok());
    let referrer_codes = distinct(ok().map(|c| c.referred_by.clone()).collect());
    let referrers: HashMap<String, i64> =
        store::referrers::ids_by(conn, campaign.id, store::PersonKey::Code, &referrer_codes)?
            .into_iter()
            .collect();
    let wanted = distinct(
        ok().filter_map(|c| c.referral_code.clone())
            .filter(|code| validate::referral_code(code).is_ok())
            .collect(),
    );
    let taken: HashSet<String> = store::referrers::codes_taken(conn, campaign.id, &wanted)?;

    let mut rows: Vec<(usize, CheckedLead, i64)> = Vec::new();
    let mut results: Vec<Option<Result<Lead, Refusal>>> = Vec::new();
    let mut batch_emails: HashMap<String, usize> = HashMap::new();
    let mut batch_codes: HashSet<String> = HashSet::new();
    // Refused before the insert for what a duplicate email would be refused
    // for first (its code, or an earlier item's email): checked against the
    // campaign's emails afterwards, so the refusal is the one a lead at a
    // time would get.
    let mut recheck: Vec<(usize, String)> = Vec::new();
    for (index, item) in checked.into_iter().enumerate() {
        let refused = |r: Refusal| Some(Err(r));
        let outcome = match item {
            Err(r) => refused(r),
            Ok(c) => match referrers.get(&c.referred_by) {
                None => refused(Refusal::UnknownReferrer {
                    code: c.referred_by.clone(),
                    detail: format!(
                        "no referrer with code '{}' in campaign '{}'",
                        c.referred_by, campaign.code
                    ),
                }),
                Some(&referrer_id) => {
                    if batch_emails.contains_key(&c.email) {
                        recheck.push((index, c.email.clone()));
                        refused(Refusal::duplicate(
                            format!(
                                "an earlier item of this request already has email {} in campaign '{}'",
                                c.email, campaign.code
                            ),
                            None,
                        ))
                    } else if let Some(Err(m)) =
                        c.referral_code.as_deref().map(validate::referral_code)
                    {
                        recheck.push((index, c.email.clone()));
                        refused(Refusal::invalid("referral_code", m))
                    } else if let Some(code) = c
                        .referral_code
                        .as_ref()
                        .filter(|code| taken.contains(*code) || batch_codes.contains(*code))
                    {
                        recheck.push((index, c.email.clone()));
                        refused(Refusal::duplicate(
                            format!(
                                "referral code '{code}' is already used in campaign '{}'",
                                campaign.code
                            ),
                            None,
                        ))
                    } else {
                        batch_emails.insert(c.email.clone(), index);
                        if let Some(code) = &c.referral_code {
                            batch_codes.insert(code.clone());
                        }
                        rows.push((index, c, referrer_id));
                        None
                    }
                }
            },
        };
        results.push(outcome);
    }

    let need: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].1.referral_code.is_none())
        .collect();
    let fresh = draw_codes(conn, campaign.id, need.len(), &mut batch_codes, true)?;
    for (i, code) in need.into_iter().zip(fresh) {
        rows[i].1.referral_code = Some(code);
    }

    let (created_at, ids) = store::leads::insert_many(
        conn,
        campaign.id,
        &rows
            .iter()
            .map(|(_, c, referrer_id)| LeadRow {
                referrer_id: *referrer_id,
                email: &c.email,
                name: c.name.clone(),
                phone: c.phone.clone(),
                external_id: c.external_id.clone(),
                referral_code: c.referral_code.as_deref().unwrap_or_default(),
            })
            .collect::<Vec<_>>(),
    )?;
    // Their ids, by email (unique in the campaign): a multi-row insert's
    // RETURNING order is not promised. A row it skipped had an email the
    // campaign has: a duplicate, refused naming the lead that has it.
    let ids: HashMap<String, i64> = ids.into_iter().collect();
    let mut unknown: Vec<String> = rows
        .iter()
        .filter(|(_, c, _)| !ids.contains_key(&c.email))
        .map(|(_, c, _)| c.email.clone())
        .chain(recheck.iter().map(|(_, e)| e.clone()))
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    let existing: HashMap<String, i64> = if unknown.is_empty() {
        HashMap::new()
    } else {
        store::leads::ids_by(conn, campaign.id, store::PersonKey::Email, &unknown)?
            .into_iter()
            // The batch's own new leads are not what an item duplicates.
            .filter(|(email, _)| !ids.contains_key(email))
            .collect()
    };
    let duplicate = |email: &str, id: i64| {
        Err(Refusal::duplicate(
            format!(
                "lead {id} already has email {email} in campaign '{}'",
                campaign.code
            ),
            Some(id),
        ))
    };
    for (index, email) in recheck {
        if let Some(&id) = existing.get(&email) {
            results[index] = Some(duplicate(&email, id));
        }
    }
    for (index, c, referrer_id) in rows {
        let Some(&id) = ids.get(&c.email) else {
            results[index] = existing.get(&c.email).map(|&id| duplicate(&c.email, id));
            continue;
        };
        results[index] = Some(Ok(Lead {
            id,
            campaign_id: campaign.id,
            email: c.email,
            name: c.name,
            phone: c.phone,
            external_id: c.external_id,
            referral_code: c.referral_code.unwrap_or_default(),
            referred_by: c.referred_by,
            referrer_id,
            status: crate::api::LeadStatus::Pending,
            qualified_at: None,
            created_at: created_at.clone(),
        }));
    }
    // Customers on a kept list are qualified as they arrive, all in one pass.
    let created: Vec<&Lead> = results
        .iter()
        .filter_map(|r| r.as_ref().and_then(|r| r.as_ref().ok()))
        .collect();
    let qualified: HashSet<i64> = super::lists::on_new_leads(conn, campaign, &created)?
        .into_iter()
        .collect();
    if !qualified.is_empty() {
        for lead in results.iter_mut().flatten().flatten() {
            if qualified.contains(&lead.id) {
                *lead = store::leads::get(conn, lead.id)?;
            }
        }
    }
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Refusal::conflict("the lead was not created"))))
        .collect())
}

/// An optional field as a patch leaves it: absent keeps `current`, an empty
/// string clears it.
fn patched(current: Option<&str>, wanted: Option<String>) -> Option<String> {
    match wanted {
        None => current.map(str::to_string),
        Some(w) => validate::optional_text(Some(w)),
    }
}

fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// Saves an edit of a lead or referrer, and records it when it changed
/// anything.
fn save_edit<T: PartialEq + serde::Serialize>(
    conn: &dyn Db,
    caller: &Principal,
    (subject, id, current): (&str, i64, T),
    edit: store::PersonEdit,
    update: fn(&dyn Db, i64, store::PersonEdit) -> store::Result<()>,
    reload: fn(&dyn Db, i64, i64) -> store::Result<T>,
) -> Result<T> {
    update(conn, id, edit)?;
    let updated = reload(conn, caller.workspace_id, id)?;
    if updated != current {
        record_change(
            conn,
            caller,
            (subject, id),
            "update",
            json(&current),
            Some(json(&updated)),
        )?;
    }
    Ok(updated)
}

/// Records who changed or deleted a lead or referrer, and what it was.
fn record_change(
    conn: &dyn Db,
    caller: &Principal,
    (subject, subject_id): (&str, i64),
    action: &str,
    before: serde_json::Value,
    after: Option<serde_json::Value>,
) -> Result<()> {
    store::changes::record(
        conn,
        NewChange {
            workspace_id: caller.workspace_id,
            subject,
            subject_id,
            action,
            actor: &caller.actor,
            before,
            after,
        },
    )?;
    Ok(())
}

/// Changes a lead's email, name, phone or external id, recording who did
/// and what it was. The email stays unique in the campaign.
pub fn update_lead(conn: &dyn Db, caller: &Principal, id: i64, patch: PersonPatch) -> Result<Lead> {
    super::ensure_not_mirrored(conn, caller.workspace_id)?;
    let current = store::leads::get_in_workspace(conn, caller.workspace_id, id)?;
    let campaign =
        store::campaigns::get(conn, caller.workspace_id, &current.campaign_id.to_string())?;
    campaigns::ensure_open(&campaign)?;
    let email = match &patch.email {
        Some(e) => validate::canonical_email(e).map_err(|m| Refusal::invalid("email", m))?,
        None => current.email.clone(),
    };
    if email != current.email
        && let Some(existing) = store::leads::find_by_email(conn, campaign.id, &email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "lead {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let name = patched(current.name.as_deref(), patch.name);
    let phone = patched(current.phone.as_deref(), patch.phone);
    let external_id = patched(current.external_id.as_deref(), patch.external_id);
    let edit = store::PersonEdit {
        email: Some(&email),
        name: name.as_deref(),
        phone: phone.as_deref(),
        external_id: external_id.as_deref(),
    };
    let keys_before = (current.email.clone(), current.external_id.clone());
    let updated = save_edit(
        conn,
        caller,
        ("lead", id, current),
        edit,
        store::leads::update,
        store::leads::get_in_workspace,
    )?;
    // A lead whose email (or external id) changed to a kept customer's is
    // checked against the lists as a new lead would be.
    if keys_before != (updated.email.clone(), updated.external_id.clone())
        && !super::lists::on_new_leads(conn, &campaign, &[&updated])?.is_empty()
    {
        return store::leads::get_in_workspace(conn, caller.workspace_id, id);
    }
    Ok(updated)
}

/// Deletes a lead. One with qualification history is refused unless
/// `force`: then its last state and whole history go into the change record.
pub fn delete_lead(conn: &dyn Db, caller: &Principal, id: i64, force: bool) -> Result<Lead> {
    super::ensure_not_mirrored(conn, caller.workspace_id)?;
    let lead = store::leads::get_in_workspace(conn, caller.workspace_id, id)?;
    let history = store::qualifications::history(conn, id)?;
    if !history.is_empty() && !force {
        return Err(Refusal::Conflict(format!(
            "lead {id} ({}) has {} qualification {}; delete it with force to drop {} too (kept in its change record)",
            lead.email,
            history.len(),
            if history.len() == 1 { "record" } else { "records" },
            if history.len() == 1 { "it" } else { "them" }
        ))
        .into());
    }
    let mut before = json(&lead);
    if let serde_json::Value::Object(map) = &mut before {
        map.insert("history".into(), json(&history));
    }
    record_change(conn, caller, ("lead", id), "delete", before, None)?;
    store::leads::delete(conn, id)?;
    Ok(lead)
}

pub fn update_referrer(
    conn: &dyn Db,
    caller: &Principal,
    id: i64,
    patch: PersonPatch,
) -> Result<Referrer> {
    super::ensure_not_mirrored(conn, caller.workspace_id)?;
    let current = store::referrers::get_in_workspace(conn, caller.workspace_id, id)?;
    let campaign =
        store::campaigns::get(conn, caller.workspace_id, &current.campaign_id.to_string())?;
    campaigns::ensure_open(&campaign)?;
    let email = match patch.email {
        None => current.email.clone(),
        Some(e) => match validate::optional_text(Some(e)) {
            None => None,
            Some(e) => {
                Some(validate::canonical_email(&e).map_err(|m| Refusal::invalid("email", m))?)
            }
        },
    };
    if email != current.email
        && let Some(email) = &email
        && let Some(existing) = store::referrers::find_by_email(conn, campaign.id, email)?
    {
        return Err(Refusal::duplicate(
            format!(
                "referrer {} already has email {email} in campaign '{}'",
                existing.id, campaign.code
            ),
            Some(existing.id),
        )
        .into());
    }
    let name = patched(current.name.as_deref(), patch.name);
    let phone = patched(current.phone.as_deref(), patch.phone);
    let external_id = patched(current.external_id.as_deref(), patch.external_id);
    if email.is_none() && name.is_none() && external_id.is_none() {
        return Err(Refusal::invalid(
            "email",
            "a referrer keeps an email, a name or an external id",
        )
        .into());
    }
    let edit = store::PersonEdit {
        email: email.as_deref(),
        name: name.as_deref(),
        phone: phone.as_deref(),
        external_id: external_id.as_deref(),
    };
    save_edit(
        conn,
        caller,
        ("referrer", id, current),
        edit,
        store::referrers::update,
        store::referrers::get_in_workspace,
    )
}

/// Deletes a referrer who brought no leads (theirs would lose their referrer).
pub fn delete_referrer(conn: &dyn Db, caller: &Principal, id: i64) -> Result<Referrer> {
    super::ensure_not_mirrored(conn, caller.workspace_id)?;
    let referrer = store::referrers::get_in_workspace(conn, caller.workspace_id, id)?;
    let leads = store::referrers::lead_count(conn, id)?;
    if leads > 0 {
        return Err(Refusal::Conflict(format!(
            "referrer {id} ({}) brought {leads} {}; delete {} first",
            referrer.referral_code,
            if leads == 1 { "lead" } else { "leads" },
            if leads == 1 { "it" } else { "them" }
        ))
        .into());
    }
    record_change(
        conn,
        caller,
        ("referrer", id),
        "delete",
        json(&referrer),
        None,
    )?;
    store::referrers::delete(conn, id)?;
    Ok(referrer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::NewCampaign;

    fn lead(email: &str, code: Option<&str>) -> NewLead {
        NewLead {
            email: email.into(),
            referred_by: "ANN".into(),
            referral_code: code.map(str::to_string),
            ..Default::default()
        }
    }

    /// Bulk creation refuses what one lead at a time would, with the same
    /// precedence: a duplicate email (naming the lead that has it) before a
    /// taken code, an earlier item's email, and everything else created.
    #[test]
    fn a_batch_refuses_duplicates_as_one_lead_at_a_time_would() {
        let conn = store::sqlite::open_in_memory().unwrap();
        let ws = store::tokens::ensure_workspace(&conn, "local").unwrap();
        let campaign = crate::service::campaigns::create(
            &conn,
            ws,
            NewCampaign {
                name: "Spring".into(),
                code: Some("spring".into()),
                status: None,
            },
        )
        .unwrap();
        create_referrer(
            &conn,
            &campaign,
            NewReferrer {
                email: Some("ann@example.com".into()),
                referral_code: Some("ANN".into()),
                ..Default::default()
            },
        )
        .unwrap();
        let old = create_lead(&conn, &campaign, lead("old@example.com", Some("OLD1"))).unwrap();

        let results = create_leads(
            &conn,
            &campaign,
            vec![
                lead("new@example.com", None),
                lead("old@example.com", None),
                lead("old@example.com", Some("OLD1")),
                lead("new@example.com", None),
                lead("other@example.com", Some("OLD1")),
            ],
        )
        .unwrap();
        assert!(results[0].is_ok());
        for i in [1, 2] {
            match &results[i] {
                Err(Refusal::Duplicate { existing_id, .. }) => {
                    assert_eq!(*existing_id, Some(old.id), "item {i}")
                }
                other => panic!("item {i}: {other:?}"),
            }
        }
        assert!(
            matches!(&results[3], Err(Refusal::Duplicate { detail, existing_id: None }) if detail.contains("earlier item")),
            "{:?}",
            results[3]
        );
        assert!(
            matches!(&results[4], Err(Refusal::Duplicate { detail, .. }) if detail.contains("referral code")),
            "{:?}",
            results[4]
        );
    }
}
