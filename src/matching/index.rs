//! The campaign's people, keyed for lookups: one hash map per match key from
//! the normalized key to whom it names. Built once per upload from the
//! identifying fields only; its size depends on the leads, never on the file.

use std::collections::{HashMap, HashSet};

use foldhash::fast::RandomState;

use super::normalize;

/// The identifying fields of one lead, as the API lists them.
#[derive(Debug, Clone, Default)]
pub struct IndexedLead {
    pub id: i64,
    pub email: Option<String>,
    pub referral_code: Option<String>,
    pub external_id: Option<String>,
    pub phone: Option<String>,
    pub qualified: bool,
}

/// The identifying fields of one referrer: a match on these is `not_a_lead`.
#[derive(Debug, Clone, Default)]
pub struct IndexedReferrer {
    pub id: i64,
    pub email: Option<String>,
    pub referral_code: Option<String>,
    pub external_id: Option<String>,
    pub phone: Option<String>,
}

/// How keys are normalized; the same options must read the file.
#[derive(Debug, Clone, Default)]
pub struct IndexOptions {
    pub email_aliases: bool,
    pub region: Option<String>,
}

/// Whom a key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// A lead, by its position in [`LeadIndex::leads`].
    Lead(u32),
    Referrer,
    /// Two different leads share the key.
    Ambiguous,
}

impl Target {
    /// A lead outranks a referrer (the row is a customer, and customers are
    /// leads); two different leads make the key ambiguous.
    fn merge(self, other: Target) -> Target {
        match (self, other) {
            (Target::Lead(a), Target::Lead(b)) if a == b => self,
            (Target::Lead(_), Target::Lead(_)) => Target::Ambiguous,
            (Target::Ambiguous, _) | (_, Target::Ambiguous) => Target::Ambiguous,
            (Target::Lead(_), Target::Referrer) => self,
            (Target::Referrer, t) => t,
        }
    }
}

pub(super) type KeyMap = HashMap<Box<str>, Target, RandomState>;

/// A lead as the planner needs it.
#[derive(Debug, Clone, Copy)]
pub(super) struct LeadEntry {
    pub id: i64,
    pub qualified: bool,
}

pub struct LeadIndex {
    pub(super) leads: Vec<LeadEntry>,
    pub(super) emails: KeyMap,
    pub(super) email_aliases: Option<KeyMap>,
    pub(super) codes: KeyMap,
    pub(super) external_ids: KeyMap,
    pub(super) phones: KeyMap,
    /// Cheap keys of every indexed phone, checked before a full normalization.
    pub(super) phone_digits: HashSet<u64, RandomState>,
    pub(super) region: Option<String>,
}

impl LeadIndex {
    pub fn new(
        leads: impl IntoIterator<Item = IndexedLead>,
        referrers: impl IntoIterator<Item = IndexedReferrer>,
        options: &IndexOptions,
    ) -> LeadIndex {
        let leads = leads.into_iter();
        let capacity = leads.size_hint().0;
        let map = |n: usize| KeyMap::with_capacity_and_hasher(n, RandomState::default());
        let mut index = LeadIndex {
            leads: Vec::with_capacity(capacity),
            emails: map(capacity),
            email_aliases: options.email_aliases.then(|| map(capacity)),
            codes: map(capacity),
            external_ids: map(0),
            phones: map(0),
            phone_digits: HashSet::default(),
            region: options.region.clone(),
        };
        let mut people: Vec<(Target, PersonKeys)> = Vec::with_capacity(capacity);
        for lead in leads {
            let target = Target::Lead(index.leads.len() as u32);
            index.leads.push(LeadEntry {
                id: lead.id,
                qualified: lead.qualified,
            });
            people.push((
                target,
                PersonKeys {
                    email: lead.email,
                    code: lead.referral_code,
                    external_id: lead.external_id,
                    phone: lead.phone,
                },
            ));
        }
        for r in referrers {
            people.push((
                Target::Referrer,
                PersonKeys {
                    email: r.email,
                    code: r.referral_code,
                    external_id: r.external_id,
                    phone: r.phone,
                },
            ));
        }
        let mut buf = String::new();
        let mut alias = String::new();
        for (target, keys) in people {
            index.add(target, &keys, &mut buf, &mut alias);
        }
        index
    }

    fn add(&mut self, target: Target, keys: &PersonKeys, buf: &mut String, alias: &mut String) {
        if let Some(email) = &keys.email
            && normalize::email(email, buf).is_ok()
        {
            insert(&mut self.emails, buf, target);
            if let Some(aliases) = &mut self.email_aliases {
                let folded = if normalize::email_alias(buf, alias) {
                    alias.as_str()
                } else {
                    buf.as_str()
                };
                insert(aliases, folded, target);
            }
        }
        if let Some(code) = &keys.code
            && normalize::referral_code(code, buf).is_ok()
        {
            insert(&mut self.codes, buf, target);
        }
        if let Some(id) = &keys.external_id
            && normalize::external_id(id, buf).is_ok()
        {
            insert(&mut self.external_ids, buf, target);
        }
        if let Some(phone) = &keys.phone
            && normalize::phone(phone, self.region.as_deref(), buf).is_ok()
        {
            if let Some(key) = normalize::phone_digits_key(buf) {
                self.phone_digits.insert(key);
            }
            insert(&mut self.phones, buf, target);
        }
    }

    /// How many leads the index holds.
    pub fn leads(&self) -> usize {
        self.leads.len()
    }
}

struct PersonKeys {
    email: Option<String>,
    code: Option<String>,
    external_id: Option<String>,
    phone: Option<String>,
}

fn insert(map: &mut KeyMap, key: &str, target: Target) {
    match map.get_mut(key) {
        Some(existing) => *existing = existing.merge(target),
        None => {
            map.insert(key.into(), target);
        }
    }
}
