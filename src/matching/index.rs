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

/// Normalized keys to whom they name. Lookups compare 64-bit fingerprints
/// in a compact table (12 bytes an entry, so that 100k leads stay in cache)
/// and touch a string only to confirm a hit; two keys with one fingerprint
/// fall back to exact lookups.
pub(super) struct KeyMap {
    /// Fingerprint to a position in `entries`, or `COLLIDED`.
    fingerprints: HashMap<u64, u32, RandomState>,
    entries: Vec<(Box<str>, Target)>,
    collided: HashMap<Box<str>, Target, RandomState>,
    seed: foldhash::fast::FixedState,
}

const COLLIDED: u32 = u32::MAX;

impl KeyMap {
    fn with_capacity(n: usize) -> KeyMap {
        KeyMap {
            fingerprints: HashMap::with_capacity_and_hasher(n, RandomState::default()),
            entries: Vec::with_capacity(n),
            collided: HashMap::default(),
            seed: foldhash::fast::FixedState::with_seed(0x5eed_f00d),
        }
    }

    fn fingerprint(&self, key: &str) -> u64 {
        std::hash::BuildHasher::hash_one(&self.seed, key)
    }

    pub(super) fn get(&self, key: &str) -> Option<&Target> {
        self.get_at(self.fingerprint(key), key)
    }

    fn get_at(&self, fingerprint: u64, key: &str) -> Option<&Target> {
        match *self.fingerprints.get(&fingerprint)? {
            COLLIDED => self.collided.get(key),
            at => {
                let (stored, target) = &self.entries[at as usize];
                (**stored == *key).then_some(target)
            }
        }
    }

    fn insert(&mut self, key: &str, target: Target) {
        self.insert_at(self.fingerprint(key), key, target);
    }

    fn insert_at(&mut self, fingerprint: u64, key: &str, target: Target) {
        match self.fingerprints.get(&fingerprint).copied() {
            None => {
                self.fingerprints
                    .insert(fingerprint, self.entries.len() as u32);
                self.entries.push((key.into(), target));
            }
            Some(COLLIDED) => match self.collided.get_mut(key) {
                Some(existing) => *existing = existing.merge(target),
                None => {
                    self.collided.insert(key.into(), target);
                }
            },
            Some(at) => {
                let (stored, existing) = &mut self.entries[at as usize];
                if **stored == *key {
                    *existing = existing.merge(target);
                } else {
                    self.collided.insert(stored.clone(), *existing);
                    self.collided.insert(key.into(), target);
                    self.fingerprints.insert(fingerprint, COLLIDED);
                }
            }
        }
    }
}

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
        let map = KeyMap::with_capacity;
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
            self.emails.insert(buf, target);
            if let Some(aliases) = &mut self.email_aliases {
                let folded = if normalize::email_alias(buf, alias) {
                    alias.as_str()
                } else {
                    buf.as_str()
                };
                aliases.insert(folded, target);
            }
        }
        if let Some(code) = &keys.code
            && normalize::referral_code(code, buf).is_ok()
        {
            self.codes.insert(buf, target);
        }
        if let Some(id) = &keys.external_id
            && normalize::external_id(id, buf).is_ok()
        {
            self.external_ids.insert(buf, target);
        }
        if let Some(phone) = &keys.phone
            && normalize::phone(phone, self.region.as_deref(), buf).is_ok()
        {
            if let Some(key) = normalize::phone_digits_key(buf) {
                self.phone_digits.insert(key);
            }
            self.phones.insert(buf, target);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sharing_a_fingerprint_stay_apart() {
        let mut map = KeyMap::with_capacity(4);
        map.insert_at(7, "a@x.com", Target::Lead(0));
        map.insert_at(7, "b@x.com", Target::Lead(1));
        map.insert_at(7, "b@x.com", Target::Referrer);
        assert_eq!(map.get_at(7, "a@x.com"), Some(&Target::Lead(0)));
        assert_eq!(map.get_at(7, "b@x.com"), Some(&Target::Lead(1)));
        assert_eq!(map.get_at(7, "c@x.com"), None);
        map.insert("d@x.com", Target::Lead(2));
        map.insert("d@x.com", Target::Lead(3));
        assert_eq!(map.get("d@x.com"), Some(&Target::Ambiguous));
        assert_eq!(map.get("e@x.com"), None);
    }
}
