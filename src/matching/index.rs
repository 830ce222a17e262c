//! The campaign's people, keyed for lookups: one hash map per match key from
//! the normalized key to whom it names. Built once per upload from the
//! identifying fields only; its size depends on the leads, never on the file.

use std::collections::HashSet;

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
    /// Pending now, qualified once before (and unqualified: a refund).
    pub unqualified_before: bool,
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
    /// Several leads share the key: a position in [`LeadIndex::groups`],
    /// which lists them.
    Leads(u32),
    Referrer,
}

/// Leads sharing a key (a household's phone, say), by position, sorted.
pub(super) type Groups = Vec<Vec<u32>>;

/// Two people with one key: a lead outranks a referrer (the row is a
/// customer, and customers are leads); different leads make a group.
fn merge(existing: Target, new: Target, groups: &mut Groups) -> Target {
    fn add(groups: &mut Groups, g: u32, lead: u32) -> Target {
        let members = &mut groups[g as usize];
        if let Err(at) = members.binary_search(&lead) {
            members.insert(at, lead);
        }
        Target::Leads(g)
    }
    match (existing, new) {
        (Target::Lead(a), Target::Lead(b)) if a == b => existing,
        (Target::Lead(a), Target::Lead(b)) => {
            groups.push(vec![a.min(b), a.max(b)]);
            Target::Leads(groups.len() as u32 - 1)
        }
        (Target::Leads(g), Target::Lead(b)) | (Target::Lead(b), Target::Leads(g)) => {
            add(groups, g, b)
        }
        (Target::Leads(g), Target::Leads(h)) => {
            for lead in groups[h as usize].clone() {
                add(groups, g, lead);
            }
            Target::Leads(g)
        }
        (t, Target::Referrer) | (Target::Referrer, t) => t,
    }
}

/// Normalized keys to whom they name.
///
/// Most customer rows are nobody's: their lookup ends in a Bloom filter of
/// about two bytes a key (two bits in one 64-bit word), small enough to stay
/// in the core's cache while the file streams past. A key that passes goes
/// to an open-addressing table of 16-byte slots (a 32-bit check of the hash,
/// the key's place in one byte arena, whom it names), and is confirmed
/// against the stored bytes: two cache misses for a hit, no pointer chasing.
///
/// The table is filled in place, a run of keys at a time: each run's slots
/// are touched before any is written, so that their cache misses overlap
/// instead of following one another (a million leads' keys go in about
/// three times faster). A slot's place comes from its check, so growing
/// (at two thirds full) moves slots without reading a key again.
/// [`KeyMap::seal`] then builds the filter from the hashes kept aside.
pub(super) struct KeyMap {
    filter: Vec<u64>,
    slots: Vec<Slot>,
    arena: Vec<u8>,
    /// The hash of every distinct key, for the filter; dropped when sealed.
    fingerprints: Vec<u64>,
    count: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The high half of the key's hash; its low bits are the slot's place.
    check: u32,
    /// Where the key is in the arena; `len == EMPTY` marks a free slot.
    offset: u32,
    len: u32,
    target: u32,
}

const EMPTY: u32 = u32::MAX;

fn empty_slots(n: usize) -> Vec<Slot> {
    vec![
        Slot {
            len: EMPTY,
            ..Slot::default()
        };
        n
    ]
}
const SEED: u64 = 0x5eed_f00d;
/// `Target` in a `u32`: a lead's position, or a tag in the top bits.
const LEADS_TAG: u32 = 1 << 31;
const REFERRER: u32 = u32::MAX;
/// How many keys have their slots touched together before they go in.
const RUN: usize = 32;

fn pack(target: Target) -> u32 {
    match target {
        Target::Lead(i) => i,
        Target::Leads(g) => LEADS_TAG | g,
        Target::Referrer => REFERRER,
    }
}

fn unpack(packed: u32) -> Target {
    match packed {
        REFERRER => Target::Referrer,
        p if p & LEADS_TAG != 0 => Target::Leads(p & !LEADS_TAG),
        p => Target::Lead(p),
    }
}

#[inline]
fn fingerprint(key: &[u8]) -> u64 {
    std::hash::BuildHasher::hash_one(&foldhash::fast::FixedState::with_seed(SEED), key)
}

#[inline]
fn check_of(fingerprint: u64) -> u32 {
    (fingerprint >> 32) as u32
}

/// The filter word of a fingerprint, and the two bits it sets there.
#[inline]
fn filter_slot(fingerprint: u64, mask: usize) -> (usize, u64) {
    let bits = (1u64 << (fingerprint >> 58)) | (1u64 << ((fingerprint >> 52) & 63));
    (fingerprint as usize & mask, bits)
}

/// Keys of one kind waiting to go into their map, normalized, in order.
#[derive(Default)]
pub(super) struct PendingKeys {
    bytes: Vec<u8>,
    ends: Vec<u32>,
    targets: Vec<Target>,
}

impl PendingKeys {
    fn push(&mut self, key: &[u8], target: Target) {
        self.bytes.extend_from_slice(key);
        self.ends.push(self.bytes.len() as u32);
        self.targets.push(target);
    }

    fn len(&self) -> usize {
        self.targets.len()
    }

    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.bytes[start..self.ends[i] as usize]
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.targets.clear();
    }
}

impl KeyMap {
    fn with_capacity(n: usize) -> KeyMap {
        // Empty but usable until sealed (a filter word that says no to
        // everything), sized for `n` keys: a million go in without growing.
        KeyMap {
            filter: vec![0; 1],
            slots: empty_slots((n + n / 2 + 1).next_power_of_two()),
            arena: Vec::with_capacity(n * 24),
            fingerprints: Vec::with_capacity(n),
            count: 0,
        }
    }

    /// Whom `key` names.
    #[inline]
    pub(super) fn get(&self, key: &[u8]) -> Option<Target> {
        let fp = fingerprint(key);
        let (word, bits) = filter_slot(fp, self.filter.len() - 1);
        if self.filter[word] & bits != bits {
            return None;
        }
        self.confirm(fp, key)
    }

    fn confirm(&self, fp: u64, key: &[u8]) -> Option<Target> {
        self.probe(fp, key)
            .ok()
            .map(|at| unpack(self.slots[at].target))
    }

    /// Where a key of this hash starts looking.
    #[inline]
    fn home(&self, fp: u64) -> usize {
        check_of(fp) as usize & (self.slots.len() - 1)
    }

    /// The slot holding `key` (`Ok`), or the free slot where it would go.
    #[inline]
    fn probe(&self, fp: u64, key: &[u8]) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let check = check_of(fp);
        let mut at = self.home(fp);
        loop {
            let slot = self.slots[at];
            if slot.len == EMPTY {
                return Err(at);
            }
            if slot.check == check
                && slot.len as usize == key.len()
                && self.arena[slot.offset as usize..][..key.len()] == *key
            {
                return Ok(at);
            }
            at = (at + 1) & mask;
        }
    }

    /// Adds every pending key for whom it names (merged with whom the key
    /// names already). The keys live in one arena, never one allocation each.
    fn insert_all(&mut self, pending: &PendingKeys, groups: &mut Groups) {
        let mut fingerprints = [0u64; RUN];
        for start in (0..pending.len()).step_by(RUN) {
            let run = start..pending.len().min(start + RUN);
            while (self.count + run.len()) * 3 > self.slots.len() * 2 {
                self.grow();
            }
            // Touch every slot of the run first: the loads do not depend on
            // one another, so the core has them in flight together.
            let mut touched = 0;
            for (i, fp) in run.clone().zip(&mut fingerprints) {
                *fp = fingerprint(pending.key(i));
                touched ^= self.slots[self.home(*fp)].len;
            }
            std::hint::black_box(touched);
            for (i, &fp) in run.zip(&fingerprints) {
                self.insert_hashed(fp, pending.key(i), pending.targets[i], groups);
            }
        }
    }

    fn insert_hashed(&mut self, fp: u64, key: &[u8], target: Target, groups: &mut Groups) {
        match self.probe(fp, key) {
            Ok(at) => {
                let existing = unpack(self.slots[at].target);
                self.slots[at].target = pack(merge(existing, target, groups));
            }
            Err(at) => {
                self.slots[at] = Slot {
                    check: check_of(fp),
                    offset: self.arena.len() as u32,
                    len: key.len() as u32,
                    target: pack(target),
                };
                self.arena.extend_from_slice(key);
                self.fingerprints.push(fp);
                self.count += 1;
            }
        }
    }

    /// Twice the slots, every key moved to its place in them: the place
    /// comes from the check, so no key is read or hashed again.
    fn grow(&mut self) {
        let bigger = empty_slots(self.slots.len() * 2);
        let old = std::mem::replace(&mut self.slots, bigger);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|s| s.len != EMPTY) {
            let mut at = slot.check as usize & mask;
            while self.slots[at].len != EMPTY {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }

    /// Builds the filter (about 16 bits a key) once every key is in.
    fn seal(&mut self) {
        let words = (self.count * 16 / 64 + 1).next_power_of_two();
        let mut filter = vec![0u64; words];
        for &fp in &self.fingerprints {
            let (word, bits) = filter_slot(fp, words - 1);
            filter[word] |= bits;
        }
        self.filter = filter;
        self.fingerprints = Vec::new();
        self.arena.shrink_to_fit();
    }

    /// How many keys.
    pub(super) fn len(&self) -> usize {
        self.count
    }
}

/// A lead as the planner needs it.
#[derive(Debug, Clone, Copy)]
pub(super) struct LeadEntry {
    pub id: i64,
    pub qualified: bool,
    pub unqualified_before: bool,
}

/// The campaign's leads and referrers, keyed per match key. Its size
/// depends on the number of people (about 100 bytes a key), never on the
/// customer file.
pub struct LeadIndex {
    pub(super) leads: Vec<LeadEntry>,
    pub(super) groups: Groups,
    pub(super) emails: KeyMap,
    /// Provider-folded emails (see [`normalize::email_alias`]), with
    /// `--email-aliases` only.
    pub(super) email_aliases: Option<KeyMap>,
    pub(super) codes: KeyMap,
    pub(super) external_ids: KeyMap,
    pub(super) phones: KeyMap,
    /// Cheap keys of every indexed phone ([`normalize::phone_digits_key`]):
    /// a row's number is parsed fully only when its cheap key is here.
    pub(super) phone_digits: HashSet<u64, RandomState>,
    pub(super) region: Option<phonenumber::country::Id>,
}

impl LeadIndex {
    /// Indexes `leads` and `referrers` (all statuses: qualified leads are
    /// what makes a row `already_qualified`). A key that cannot be normalized
    /// (an email without a domain, a phone without a country when no
    /// `region` says one) is left out, and the person can still be found by
    /// their other keys. An unknown `region` is ignored here; the planner
    /// refuses it.
    pub fn new(
        leads: impl IntoIterator<Item = IndexedLead>,
        referrers: impl IntoIterator<Item = IndexedReferrer>,
        options: &IndexOptions,
    ) -> LeadIndex {
        let leads = leads.into_iter();
        let mut builder = IndexBuilder::new(options, leads.size_hint().0);
        builder.add_leads(leads);
        builder.add_referrers(referrers);
        builder.finish()
    }

    /// How many leads the index holds.
    pub fn leads(&self) -> usize {
        self.leads.len()
    }

    /// How many distinct keys of `key` the index holds (leads' and referrers').
    pub fn keys(&self, key: super::MatchKey) -> usize {
        use super::MatchKey;
        match key {
            MatchKey::Email => self.emails.len(),
            MatchKey::Code => self.codes.len(),
            MatchKey::ExternalId => self.external_ids.len(),
            MatchKey::Phone => self.phones.len(),
        }
    }
}

/// Builds a [`LeadIndex`] from people as they arrive, a page at a time
/// (so that it can fill while the rest is still being fetched).
pub struct IndexBuilder {
    index: LeadIndex,
    /// Normalized keys not yet in their maps: emails, aliases, codes,
    /// external ids, phones.
    pending: [PendingKeys; 5],
    buf: String,
    alias: String,
}

/// Keys go into their maps in runs of this many people: enough for the
/// maps' cache misses to overlap, few enough to stay in cache themselves.
const BATCH: usize = 4096;

impl IndexBuilder {
    /// A builder expecting about `leads` leads (it grows past them).
    pub fn new(options: &IndexOptions, leads: usize) -> IndexBuilder {
        let map = KeyMap::with_capacity;
        IndexBuilder {
            index: LeadIndex {
                leads: Vec::with_capacity(leads),
                groups: Groups::new(),
                emails: map(leads),
                email_aliases: options.email_aliases.then(|| map(leads)),
                // Every lead has a referral code.
                codes: map(leads),
                external_ids: map(0),
                phones: map(0),
                phone_digits: HashSet::default(),
                region: options
                    .region
                    .as_deref()
                    .and_then(|r| normalize::phone_region(r).ok()),
            },
            pending: Default::default(),
            buf: String::new(),
            alias: String::new(),
        }
    }

    pub fn add_leads(&mut self, leads: impl IntoIterator<Item = IndexedLead>) {
        for lead in leads {
            self.add_lead(
                lead.id,
                lead.qualified,
                lead.unqualified_before,
                [
                    lead.email.as_deref(),
                    lead.referral_code.as_deref(),
                    lead.external_id.as_deref(),
                    lead.phone.as_deref(),
                ],
            );
        }
        self.flush();
    }

    pub fn add_referrers(&mut self, referrers: impl IntoIterator<Item = IndexedReferrer>) {
        for r in referrers {
            self.add_referrer([
                r.email.as_deref(),
                r.referral_code.as_deref(),
                r.external_id.as_deref(),
                r.phone.as_deref(),
            ]);
        }
        self.flush();
    }

    /// One lead, its keys borrowed: email, referral code, external id, phone.
    pub fn add_lead(
        &mut self,
        id: i64,
        qualified: bool,
        unqualified_before: bool,
        keys: [Option<&str>; 4],
    ) {
        let target = Target::Lead(self.index.leads.len() as u32);
        self.index.leads.push(LeadEntry {
            id,
            qualified,
            unqualified_before,
        });
        self.add(target, keys);
    }

    /// One referrer, its keys borrowed as [`IndexBuilder::add_lead`] takes them.
    pub fn add_referrer(&mut self, keys: [Option<&str>; 4]) {
        self.add(Target::Referrer, keys);
    }

    /// The index, its filters built.
    pub fn finish(mut self) -> LeadIndex {
        self.flush();
        let index = &mut self.index;
        for map in [
            Some(&mut index.emails),
            index.email_aliases.as_mut(),
            Some(&mut index.codes),
            Some(&mut index.external_ids),
            Some(&mut index.phones),
        ]
        .into_iter()
        .flatten()
        {
            map.seal();
        }
        self.index
    }

    /// Normalizes one person's keys (email, code, external id, phone) into
    /// the pending runs; a key that does not normalize is left out.
    fn add(&mut self, target: Target, [email, code, external_id, phone]: [Option<&str>; 4]) {
        let (buf, alias, pending) = (&mut self.buf, &mut self.alias, &mut self.pending);
        if let Some(email) = email
            && normalize::email(email, buf).is_ok()
        {
            pending[EMAILS].push(buf.as_bytes(), target);
            if self.index.email_aliases.is_some() {
                let folded = if normalize::email_alias(buf, alias) {
                    alias.as_str()
                } else {
                    buf.as_str()
                };
                pending[ALIASES].push(folded.as_bytes(), target);
            }
        }
        if let Some(code) = code
            && normalize::referral_code(code, buf).is_ok()
        {
            pending[CODES].push(buf.as_bytes(), target);
        }
        if let Some(id) = external_id
            && normalize::external_id(id, buf).is_ok()
        {
            pending[EXTERNAL_IDS].push(buf.as_bytes(), target);
        }
        if let Some(phone) = phone
            && normalize::phone(phone, self.index.region, buf).is_ok()
        {
            if let Some(key) = normalize::phone_digits_key(buf.as_bytes()) {
                self.index.phone_digits.insert(key);
            }
            pending[PHONES].push(buf.as_bytes(), target);
        }
        if pending.iter().any(|p| p.len() >= BATCH) {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let groups = &mut self.index.groups;
        for (map, which) in [
            (Some(&mut self.index.emails), EMAILS),
            (self.index.email_aliases.as_mut(), ALIASES),
            (Some(&mut self.index.codes), CODES),
            (Some(&mut self.index.external_ids), EXTERNAL_IDS),
            (Some(&mut self.index.phones), PHONES),
        ] {
            if let Some(map) = map {
                map.insert_all(&self.pending[which], groups);
            }
            self.pending[which].clear();
        }
    }
}

/// Positions of the maps' pending keys in `IndexBuilder::pending`.
const EMAILS: usize = 0;
const ALIASES: usize = 1;
const CODES: usize = 2;
const EXTERNAL_IDS: usize = 3;
const PHONES: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn insert_one(map: &mut KeyMap, key: &[u8], target: Target, groups: &mut Groups) {
        let mut pending = PendingKeys::default();
        pending.push(key, target);
        map.insert_all(&pending, groups);
    }

    #[test]
    fn keys_merge_and_probe_past_each_other() {
        let mut groups = Groups::new();
        let mut map = KeyMap::with_capacity(4);
        insert_one(&mut map, b"a@x.com", Target::Lead(0), &mut groups);
        insert_one(&mut map, b"b@x.com", Target::Lead(1), &mut groups);
        insert_one(&mut map, b"b@x.com", Target::Referrer, &mut groups);
        insert_one(&mut map, b"d@x.com", Target::Lead(2), &mut groups);
        insert_one(&mut map, b"d@x.com", Target::Lead(3), &mut groups);
        insert_one(&mut map, b"d@x.com", Target::Lead(2), &mut groups);
        insert_one(&mut map, b"r@x.com", Target::Referrer, &mut groups);
        insert_one(&mut map, b"r@x.com", Target::Lead(4), &mut groups);
        insert_one(&mut map, b"s@x.com", Target::Referrer, &mut groups);
        map.seal();
        assert_eq!(map.get(b"a@x.com"), Some(Target::Lead(0)));
        assert_eq!(map.get(b"b@x.com"), Some(Target::Lead(1)));
        assert_eq!(map.get(b"c@x.com"), None);
        assert_eq!(map.get(b"d@x.com"), Some(Target::Leads(0)));
        assert_eq!(groups[0], [2, 3]);
        assert_eq!(map.get(b"r@x.com"), Some(Target::Lead(4)));
        assert_eq!(map.get(b"s@x.com"), Some(Target::Referrer));
        assert_eq!(map.get(b"e@x.com"), None);
        assert_eq!(map.len(), 5);
        // A probe chain that wraps around: every slot's check equal (its
        // place, 7 & 3, is the last slot), only bytes tell.
        let mut crowded = KeyMap::with_capacity(0);
        crowded.slots = vec![
            Slot {
                len: EMPTY,
                ..Slot::default()
            };
            4
        ];
        crowded.arena = b"abc".to_vec();
        for (i, at) in [3, 0, 1].into_iter().enumerate() {
            crowded.slots[at] = Slot {
                check: 7,
                offset: i as u32,
                len: 1,
                target: i as u32,
            };
        }
        for (at, key) in [b"a", b"b", b"c"].into_iter().enumerate() {
            assert_eq!(crowded.confirm(7 << 32, key), Some(Target::Lead(at as u32)));
        }
        assert_eq!(crowded.confirm(7 << 32, b"d"), None);
        assert_eq!(unpack(pack(Target::Leads(5))), Target::Leads(5));
    }

    #[test]
    fn the_filter_lets_every_key_through_and_few_others() {
        let mut groups = Groups::new();
        // From nothing: the table grows many times on the way.
        let mut map = KeyMap::with_capacity(0);
        for i in 0..10_000u32 {
            insert_one(
                &mut map,
                format!("lead{i}@x.com").as_bytes(),
                Target::Lead(i),
                &mut groups,
            );
        }
        map.seal();
        for i in 0..10_000u32 {
            assert_eq!(
                map.get(format!("lead{i}@x.com").as_bytes()),
                Some(Target::Lead(i))
            );
        }
        let passed = (0..100_000)
            .filter(|i| {
                let key = format!("customer{i}@x.com");
                let (word, bits) = filter_slot(fingerprint(key.as_bytes()), map.filter.len() - 1);
                map.filter[word] & bits == bits
            })
            .count();
        assert!(
            passed < 5_000,
            "{passed} of 100000 strangers passed the filter"
        );
    }
}
