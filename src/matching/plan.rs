//! The plan: the file streamed row by row past the index, every row given
//! exactly one outcome. Memory holds the index, one reused read buffer and
//! a bit per lead, whatever the size of the file.
//!
//! # Outcomes
//!
//! Each key column of a row (in the order of [`ReadOptions::keys`]) is
//! normalized and looked up. A key *hits* a lead, several leads (a key two
//! leads share), a referrer, or nothing; or it is *unusable* (empty, or not
//! an email, code, id or phone at all).
//!
//! - The leads a row names are those every hitting key agrees on (the
//!   intersection). One lead: the row matches it, by the first key that hit
//!   it. None (email says lead 1, code says lead 2) or more than one (both
//!   keys are shared by the same two leads): `ambiguous`, and no lead is
//!   claimed. A key that hits nothing does not disagree: a customer's phone
//!   may simply be newer than the lead's.
//! - A matched lead is claimed by the first row that matches it, whatever
//!   that row's outcome: `will_qualify` if the lead is pending,
//!   `already_qualified` if not. Any later row matching it is `duplicate`
//!   (Stripe exports hold several customers with one email).
//! - A row whose keys hit only referrers is `not_a_lead`. When a key hits a
//!   lead, referrer hits on other keys do not matter: a customer row
//!   usually carries the code of the referrer who brought them.
//! - A row with at least one usable key and no hit is `no_match`: that is
//!   also what another campaign's leads are.
//! - A row with no usable key at all is `invalid`, with every key's reason
//!   (`email 'bob@': no domain after the '@'`); so is a row with a field
//!   over [`ReadOptions::max_field_bytes`] (usually an unclosed quote that
//!   swallowed the rows after it), and the header row repeated further down
//!   (two exports pasted together) says so.
//!
//! Blank lines are not rows. Short rows are read with their missing fields
//! empty; long rows keep their extra fields.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::Read;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::columns::{self, map_columns};
use super::decode::text;
use super::index::{LeadIndex, Target};
use super::normalize::{self, EmailProblem};
use super::rows::{Row, RowReader};
use super::{MatchError, MatchKey, decode, sniff};

/// How to read the file and which keys to match on.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// An encoding label (`utf-8`, `windows-1252`, `utf-16le`...); `None` detects.
    pub encoding: Option<String>,
    /// `None` sniffs among `,` `;` tab `|`.
    pub delimiter: Option<u8>,
    /// `--column KEY=HEADER`: where a key is when its header is not a known one.
    pub columns: Vec<(MatchKey, String)>,
    /// The keys to match on, in order of trust (empty means email). A key
    /// whose column the file lacks is left out and listed in
    /// [`PlanSummary::missing`]; only when none is found does [`plan`] fail.
    pub keys: Vec<MatchKey>,
    /// Also match provider aliases (see [`normalize::email_alias`]).
    pub email_aliases: bool,
    /// The country of phone numbers written without a country code.
    pub region: Option<String>,
    /// A longer field makes its row `invalid` (a runaway quote, usually);
    /// 64 KiB by default.
    pub max_field_bytes: usize,
    /// Leave pending the leads that were unqualified before (refunds):
    /// their rows are `skipped` instead of `will_qualify`.
    pub skip_unqualified: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            encoding: None,
            delimiter: None,
            columns: Vec::new(),
            keys: vec![MatchKey::Email],
            email_aliases: false,
            region: None,
            max_field_bytes: 64 * 1024,
            skip_unqualified: false,
        }
    }
}

/// Where a row ends up. Every row gets exactly one (see the [module
/// documentation](crate::matching) for how it is chosen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A pending lead, claimed by this row first: it will be qualified.
    WillQualify,
    /// The lead is qualified already; nothing to do.
    AlreadyQualified,
    /// The row is a referrer of the campaign, not a lead.
    NotALead,
    /// No lead of the campaign has this row's keys.
    NoMatch,
    /// The row's keys name different leads (or one key names two).
    Ambiguous,
    /// An earlier row already claimed the same lead.
    Duplicate,
    /// No usable identifier; the reason says why.
    Invalid,
    /// A pending lead that was qualified once and unqualified since (a
    /// refund), left alone by `--skip-unqualified`.
    Skipped,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::WillQualify,
        Outcome::AlreadyQualified,
        Outcome::NotALead,
        Outcome::NoMatch,
        Outcome::Ambiguous,
        Outcome::Duplicate,
        Outcome::Invalid,
        Outcome::Skipped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::WillQualify => "will_qualify",
            Outcome::AlreadyQualified => "already_qualified",
            Outcome::NotALead => "not_a_lead",
            Outcome::NoMatch => "no_match",
            Outcome::Ambiguous => "ambiguous",
            Outcome::Duplicate => "duplicate",
            Outcome::Invalid => "invalid",
            Outcome::Skipped => "skipped",
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Outcome {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().replace('-', "_");
        Outcome::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not an outcome"))
    }
}

/// Which key matched, and whether through a provider alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedBy {
    pub key: MatchKey,
    /// Matched only after `--email-aliases` folding (`j.o.hn+x@gmail.com`).
    pub alias: bool,
}

/// One row and what became of it.
pub struct RowResult<'a> {
    /// The row's number among data rows, from 1 (blank lines are not rows).
    pub record: u64,
    /// The file line the row starts on, from 1, counting every line of the
    /// file (a `sep=` line, the header, blank lines, newlines in quotes).
    pub line: u64,
    /// Bytes of decoded (UTF-8) text before the row.
    pub byte_offset: u64,
    /// Bytes read from the input so far, for progress against its size
    /// (it runs ahead of the row by what is buffered).
    pub input_bytes: u64,
    pub outcome: Outcome,
    /// The lead matched (`will_qualify`, `already_qualified`, `duplicate`).
    pub lead_id: Option<i64>,
    pub matched_by: Option<MatchedBy>,
    /// Why, for every outcome but `will_qualify`, `already_qualified` and
    /// `no_match`.
    pub reason: Option<Cow<'static, str>>,
    /// The file's header row.
    pub headers: &'a [String],
    /// The file's field separator.
    pub delimiter: u8,
    /// The columns the keys were read from (for reports that show only them).
    pub key_columns: &'a [(MatchKey, usize)],
    /// The row as read.
    pub row: &'a Row<'a>,
}

impl<'a> RowResult<'a> {
    /// The row's fields as read, in UTF-8 except where a cell of a UTF-8
    /// file holds stray bytes (see [`RowResult::texts`]).
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + use<'a> {
        self.row.fields()
    }

    /// The row's fields as text, stray non-UTF-8 bytes read as Windows-1252.
    pub fn texts(&self) -> impl Iterator<Item = Cow<'a, str>> + use<'a> {
        self.row.fields().map(text)
    }

    /// Field `i` (from 0) as text; `None` past the end of a short row.
    pub fn text(&self, i: usize) -> Option<Cow<'a, str>> {
        self.row.field(i).map(text)
    }

    /// The row as a record, for writers that want one.
    pub fn to_byte_record(&self) -> csv::ByteRecord {
        self.row.fields().collect()
    }
}

/// What the whole file came to.
#[derive(Debug, Clone)]
pub struct PlanSummary {
    /// Data rows read (blank lines are not rows); the counts add up to it.
    pub rows: u64,
    /// Rows per outcome; every outcome is present.
    pub counts: BTreeMap<Outcome, u64>,
    pub headers: Vec<String>,
    /// The header each key was read from, in the order of the keys.
    pub columns: Vec<(MatchKey, String)>,
    /// Keys asked for whose column the file does not have.
    pub missing: Vec<MatchKey>,
    /// Other columns that could have held a key, by key: said, so that a
    /// person can pick one with `--column`.
    pub ignored: Vec<(MatchKey, Vec<String>)>,
    /// Keys not asked for whose column the file has (`Mobile` under
    /// `--match email`): a hint when the keys asked for find little.
    pub other_keys: Vec<(MatchKey, String)>,
    /// The line the header row is on.
    pub header_line: u64,
    /// Lines above the header row that were skipped (an export's title,
    /// `Exported from HubSpot on ...`); not rows.
    pub preamble_lines: u64,
    pub encoding: &'static str,
    pub delimiter: u8,
    /// The leads to qualify, in the order of the rows that claimed them.
    pub will_qualify: Vec<i64>,
    /// Of those (or, with `skip_unqualified`, skipped), the leads that were
    /// qualified once and unqualified since: a refund listed again.
    pub requalify: Vec<i64>,
}

/// For each key read from a column found by name, the other columns that
/// could have held it.
fn ignored_columns(
    headers: &[String],
    columns: &[(MatchKey, usize)],
    overrides: &[(MatchKey, String)],
) -> Vec<(MatchKey, Vec<String>)> {
    let normalized: Vec<String> = headers
        .iter()
        .map(|h| columns::normalize_header(h))
        .collect();
    let mut keys: Vec<MatchKey> = Vec::new();
    for (key, _) in columns {
        if !keys.contains(key) {
            keys.push(*key);
        }
    }
    keys.into_iter()
        .filter(|key| !overrides.iter().any(|(k, _)| k == key))
        .filter_map(|key| {
            let others: Vec<String> = columns::candidates(&normalized, key)
                .into_iter()
                .filter(|at| !columns.contains(&(key, *at)))
                .map(|at| headers[at].clone())
                .collect();
            (!others.is_empty()).then_some((key, others))
        })
        .collect()
}

/// How many rows above the header may be an export's title lines.
const MAX_PREAMBLE: u64 = 10;

/// What one key of one row found.
#[derive(Debug, Clone)]
enum Hit {
    Target(Target, bool),
    Nothing,
    Unusable(Cow<'static, str>),
}

/// Counts bytes as they are read, for progress.
struct Counting<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Reads `input` (any encoding [`decode`] knows, any delimiter [`sniff`]
/// finds) and gives every data row exactly one [`Outcome`], calling `on_row`
/// for each in file order. Streams: memory does not grow with the file.
///
/// The header is the first non-blank row in which a key's column can be
/// found; up to 10 rows above it are taken for an export's title lines and
/// skipped ([`PlanSummary::preamble_lines`]).
impl ReadOptions {
    /// The keys to match on, in order of trust, each once (email when none
    /// is named). Only these are looked up: the index needs no others.
    pub fn match_keys(&self) -> Vec<MatchKey> {
        if self.keys.is_empty() {
            return vec![MatchKey::Email];
        }
        let mut keys = self.keys.clone();
        let mut seen = Vec::new();
        keys.retain(|k| {
            let new = !seen.contains(k);
            seen.push(*k);
            new
        });
        keys
    }
}

pub fn plan(
    input: impl Read,
    options: &ReadOptions,
    index: &LeadIndex,
    mut on_row: impl FnMut(&RowResult<'_>),
) -> Result<PlanSummary, MatchError> {
    let keys = options.match_keys();
    let region = match &options.region {
        Some(r) => Some(normalize::phone_region(r).map_err(|_| MatchError::Region(r.clone()))?),
        None => None,
    };
    let read = Rc::new(Cell::new(0));
    let counting = Counting {
        inner: input,
        read: read.clone(),
    };
    let decoded = decode::decode(counting, options.encoding.as_deref())?;
    let sniffed = sniff::sniff(decoded.reader, options.delimiter)?;
    let mut reader = RowReader::new(sniffed.reader, sniffed.delimiter);
    let line_offset = sniffed.skipped_lines;

    // The header: the first row where a key's column is found. Rows of one
    // or two cells above it are an export's title lines.
    let mut first_error: Option<MatchError> = None;
    let mut preamble_lines = 0;
    let (headers, columns, header_line) = loop {
        let Some(row) = reader.next_row()? else {
            return Err(first_error.unwrap_or(MatchError::Empty));
        };
        if row.is_blank() {
            continue;
        }
        if let Some(bytes) = row.oversized() {
            return Err(MatchError::HeaderTooLong {
                line: row.start.line + line_offset,
                bytes,
            });
        }
        let headers: Vec<String> = row.fields().map(|f| text(f).trim().to_string()).collect();
        // A title ("Contacts with email") or a filter line ("Email contains
        // @x.com") mentions a key's name too: only a row that reads as a
        // header is one.
        let header_like = columns::looks_like_header(&headers)
            || (!options.columns.is_empty() && !headers.iter().any(|h| h.contains('@')));
        let found = if header_like {
            map_columns(&headers, &keys, &options.columns)
        } else {
            Err(MatchError::NoIdentityColumn {
                wanted: keys.clone(),
                headers: headers.clone(),
            })
        };
        match found {
            Ok(columns) => break (headers, columns, row.start.line + line_offset),
            Err(e) => {
                let title = headers.iter().filter(|h| !h.is_empty()).count() <= 2;
                let error = first_error.get_or_insert(e);
                if !title || preamble_lines == MAX_PREAMBLE {
                    return Err(std::mem::replace(error, MatchError::Empty));
                }
                preamble_lines += 1;
            }
        }
    };

    let mut claimed = vec![false; index.leads.len()];
    let mut summary = PlanSummary {
        rows: 0,
        counts: BTreeMap::new(),
        columns: columns
            .iter()
            .map(|(k, at)| (*k, headers[*at].clone()))
            .collect(),
        missing: keys
            .iter()
            .filter(|k| !columns.iter().any(|(c, _)| c == *k))
            .copied()
            .collect(),
        ignored: ignored_columns(&headers, &columns, &options.columns),
        other_keys: {
            let normalized: Vec<String> = headers
                .iter()
                .map(|h| columns::normalize_header(h))
                .collect();
            MatchKey::ALL
                .iter()
                .filter(|k| !keys.contains(k))
                .filter_map(|&k| {
                    columns::candidates(&normalized, k)
                        .first()
                        .map(|&at| (k, headers[at].clone()))
                })
                .collect()
        },
        header_line,
        preamble_lines,
        headers: headers.clone(),
        encoding: decoded.encoding,
        delimiter: sniffed.delimiter,
        will_qualify: Vec::new(),
        requalify: Vec::new(),
    };
    let mut counts = [0u64; Outcome::ALL.len()];
    let mut scratch = Scratch::default();
    let mut hits: Vec<(MatchKey, Hit)> = Vec::with_capacity(columns.len());
    let email_only = matches!(columns.as_slice(), [(MatchKey::Email, _)]);
    while let Some(row) = reader.next_row()? {
        if row.is_blank() {
            continue;
        }
        summary.rows += 1;
        let mut result = RowResult {
            record: summary.rows,
            line: row.start.line + line_offset,
            byte_offset: row.start.byte,
            input_bytes: read.get(),
            outcome: Outcome::NoMatch,
            lead_id: None,
            matched_by: None,
            reason: None,
            headers: &headers,
            delimiter: sniffed.delimiter,
            key_columns: &columns,
            row: &row,
        };
        if let Some((i, len)) = row.field_over(options.max_field_bytes) {
            result.outcome = Outcome::Invalid;
            result.reason = Some(
                format!(
                    "column {} ({}) holds {len} bytes, more than the {} allowed (an unclosed quote?)",
                    i + 1,
                    headers.get(i).map_or("past the headers".into(), |h| super::cut(h)),
                    options.max_field_bytes
                )
                .into(),
            );
        } else if email_only
            && let Some(hit) = fast_email(index, row.field(columns[0].1).unwrap_or_default())
        {
            // The common case: one plain ASCII email that names one lead or nobody.
            match hit {
                None => {}
                Some(lead) => claim(
                    &mut result,
                    lead,
                    MatchedBy {
                        key: MatchKey::Email,
                        alias: false,
                    },
                    index,
                    &mut claimed,
                    &mut Wanted {
                        will_qualify: &mut summary.will_qualify,
                        requalify: &mut summary.requalify,
                        skip_unqualified: options.skip_unqualified,
                    },
                ),
            }
        } else {
            hits.clear();
            for &(key, at) in &columns {
                let cell = row.field(at).unwrap_or_default();
                // A cell naming several addresses is each of them: they must
                // agree on one lead, or the row is ambiguous.
                if key == MatchKey::Email
                    && memchr::memchr_iter(b'@', cell).nth(1).is_some()
                    && let Some(parts) = normalize::addresses(&text(cell))
                {
                    for part in parts {
                        hits.push((
                            key,
                            lookup(index, key, part.as_bytes(), region, &mut scratch),
                        ));
                    }
                    continue;
                }
                hits.push((key, lookup(index, key, cell, region, &mut scratch)));
            }
            decide(
                &mut result,
                &hits,
                index,
                &mut claimed,
                &mut Wanted {
                    will_qualify: &mut summary.will_qualify,
                    requalify: &mut summary.requalify,
                    skip_unqualified: options.skip_unqualified,
                },
                &mut scratch.leads,
            );
            if result.outcome == Outcome::Invalid
                && row
                    .fields()
                    .map(text)
                    .map(|f| f.trim().to_string())
                    .eq(headers.iter().cloned())
            {
                result.reason = Some("the header row again (two exports pasted together?)".into());
            }
        }
        counts[result.outcome as usize] += 1;
        on_row(&result);
    }
    summary.counts = Outcome::ALL
        .iter()
        .map(|o| (*o, counts[*o as usize]))
        .collect();
    Ok(summary)
}

/// Reused buffers, so that a row allocates nothing in the common case.
#[derive(Default)]
struct Scratch {
    key: String,
    alias: String,
    leads: Vec<u32>,
}

/// The email fast path: `Some(None)` for a plain address that names
/// nobody, `Some(Some(lead))` for one that names exactly one lead, `None`
/// for anything else (not plain ASCII, a referrer, shared, aliases on),
/// which goes the general way.
#[inline]
fn fast_email(index: &LeadIndex, cell: &[u8]) -> Option<Option<u32>> {
    if index.email_aliases.is_some() {
        return None;
    }
    let mut buf = [0u8; normalize::EMAIL_KEY];
    let key = normalize::ascii_email_key(cell.trim_ascii(), &mut buf)?;
    match index.emails.get(key) {
        None => Some(None),
        Some(Target::Lead(i)) => Some(Some(i)),
        Some(_) => None,
    }
}

/// What `cell` names as a `key`.
fn lookup(
    index: &LeadIndex,
    key: MatchKey,
    cell: &[u8],
    region: Option<phonenumber::country::Id>,
    scratch: &mut Scratch,
) -> Hit {
    let found = |target: Option<Target>, alias: bool| match target {
        Some(t) => Hit::Target(t, alias),
        None => Hit::Nothing,
    };
    let buf = &mut scratch.key;
    match key {
        MatchKey::Email => {
            let mut fast = [0u8; normalize::EMAIL_KEY];
            let canonical = match normalize::ascii_email_key(cell.trim_ascii(), &mut fast) {
                Some(k) => k,
                None => {
                    let cell = text(cell);
                    match normalize::email(&cell, buf) {
                        Ok(()) => buf.as_bytes(),
                        Err(EmailProblem::Empty) => return Hit::Unusable("no email".into()),
                        Err(p) => {
                            return Hit::Unusable(
                                format!("email '{}': {}", clip(&cell), p.reason()).into(),
                            );
                        }
                    }
                }
            };
            match index.emails.get(canonical) {
                Some(t) => Hit::Target(t, false),
                None => match &index.email_aliases {
                    None => Hit::Nothing,
                    Some(aliases) => {
                        // Canonical keys are valid UTF-8 (ASCII or from a &str).
                        let canonical = String::from_utf8_lossy(canonical);
                        let folded = if normalize::email_alias(&canonical, &mut scratch.alias) {
                            scratch.alias.as_bytes()
                        } else {
                            canonical.as_bytes()
                        };
                        found(aliases.get(folded), true)
                    }
                },
            }
        }
        MatchKey::Code => {
            let cell = text(cell);
            match normalize::referral_code(&cell, buf) {
                Ok(()) => found(index.codes.get(buf.as_bytes()), false),
                Err(reason) => Hit::Unusable(reason_for("code", &cell, reason)),
            }
        }
        MatchKey::ExternalId => {
            let cell = text(cell);
            match normalize::external_id(&cell, buf) {
                Ok(()) => found(index.external_ids.get(buf.as_bytes()), false),
                Err(reason) => Hit::Unusable(reason.into()),
            }
        }
        MatchKey::Phone => {
            // The cheap key first: most customers' numbers are no lead's,
            // and a full parse costs microseconds.
            match normalize::phone_digits_key(cell) {
                Some(k) if !index.phone_digits.contains(&k) => return Hit::Nothing,
                None if !cell.trim_ascii().is_empty() => {
                    let cell = text(cell);
                    if cell.trim().is_empty() {
                        return Hit::Unusable("no phone number".into());
                    }
                    return Hit::Unusable(
                        format!("phone '{}': not a phone number", clip(&cell)).into(),
                    );
                }
                _ => {}
            }
            let cell = text(cell);
            match normalize::phone(&cell, region, buf) {
                Ok(()) => found(index.phones.get(buf.as_bytes()), false),
                Err(reason) => Hit::Unusable(reason_for("phone", &cell, reason)),
            }
        }
    }
}

fn reason_for(what: &str, cell: &str, reason: &'static str) -> Cow<'static, str> {
    if cell.trim().is_empty() {
        reason.into()
    } else {
        format!("{what} '{}': {reason}", clip(cell)).into()
    }
}

/// A cell shortened for a message.
fn clip(cell: &str) -> String {
    let cell = cell.trim();
    if cell.chars().count() > 60 {
        format!("{}…", cell.chars().take(60).collect::<String>())
    } else {
        cell.to_string()
    }
}

/// Lead ids for a message: `lead 12`, `leads 12, 15`.
fn describe(leads: &[u32], index: &LeadIndex) -> String {
    let ids: Vec<String> = leads
        .iter()
        .take(5)
        .map(|i| index.leads[*i as usize].id.to_string())
        .collect();
    let more = if leads.len() > 5 { ", ..." } else { "" };
    match ids.len() {
        1 => format!("lead {}", ids[0]),
        _ => format!("leads {}{more}", ids.join(", ")),
    }
}

/// One outcome from what each key found (see the module documentation).
fn decide(
    result: &mut RowResult<'_>,
    hits: &[(MatchKey, Hit)],
    index: &LeadIndex,
    claimed: &mut [bool],
    wanted: &mut Wanted,
    candidates: &mut Vec<u32>,
) {
    candidates.clear();
    let mut first: Option<(MatchKey, bool)> = None;
    let mut referrer = false;
    let mut usable = false;
    for (key, hit) in hits {
        let leads: &[u32] = match hit {
            Hit::Target(Target::Lead(i), _) => std::slice::from_ref(i),
            Hit::Target(Target::Leads(g), _) => &index.groups[*g as usize],
            Hit::Target(Target::Referrer, _) => {
                usable = true;
                referrer = true;
                continue;
            }
            Hit::Nothing => {
                usable = true;
                continue;
            }
            Hit::Unusable(_) => continue,
        };
        usable = true;
        let Hit::Target(_, alias) = hit else {
            unreachable!()
        };
        match first {
            None => {
                first = Some((*key, *alias));
                candidates.extend_from_slice(leads);
            }
            Some((first_key, _)) => {
                let before = describe(candidates, index);
                candidates.retain(|c| leads.binary_search(c).is_ok());
                if candidates.is_empty() {
                    result.outcome = Outcome::Ambiguous;
                    result.reason = Some(
                        format!(
                            "{} names {before} but {} names {}",
                            first_key.as_str(),
                            key.as_str(),
                            describe(leads, index)
                        )
                        .into(),
                    );
                    return;
                }
            }
        }
    }
    if let Some((key, alias)) = first {
        if let [lead] = candidates[..] {
            claim(
                result,
                lead,
                MatchedBy { key, alias },
                index,
                claimed,
                wanted,
            );
        } else {
            let keys: Vec<&str> = hits
                .iter()
                .filter(|(_, h)| matches!(h, Hit::Target(Target::Lead(_) | Target::Leads(_), _)))
                .map(|(k, _)| k.as_str())
                .collect();
            result.outcome = Outcome::Ambiguous;
            result.reason = Some(
                format!(
                    "{} {} shared by {}",
                    keys.join(" and "),
                    if keys.len() > 1 { "are all" } else { "is" },
                    describe(candidates, index)
                )
                .into(),
            );
        }
    } else if referrer {
        result.outcome = Outcome::NotALead;
        result.reason = Some("a referrer of the campaign, not a lead".into());
    } else if usable {
        result.outcome = Outcome::NoMatch;
    } else {
        result.outcome = Outcome::Invalid;
        let mut reasons: Vec<&str> = Vec::new();
        for (_, hit) in hits {
            // Two empty phone columns are one reason, said once.
            if let Hit::Unusable(r) = hit
                && !reasons.contains(&r.as_ref())
            {
                reasons.push(r.as_ref());
            }
        }
        result.reason = Some(reasons.join("; ").into());
    }
}

/// The row matched `lead`: the first row to do so claims it.
fn claim(
    result: &mut RowResult<'_>,
    lead: u32,
    matched_by: MatchedBy,
    index: &LeadIndex,
    claimed: &mut [bool],
    wanted: &mut Wanted,
) {
    let entry = index.leads[lead as usize];
    result.lead_id = Some(entry.id);
    result.matched_by = Some(matched_by);
    if std::mem::replace(&mut claimed[lead as usize], true) {
        result.outcome = Outcome::Duplicate;
        result.reason = Some(format!("an earlier row already matched lead {}", entry.id).into());
    } else if entry.qualified {
        result.outcome = Outcome::AlreadyQualified;
    } else if entry.unqualified_before {
        wanted.requalify.push(entry.id);
        if wanted.skip_unqualified {
            result.outcome = Outcome::Skipped;
            result.reason =
                Some("unqualified before (a refund?): left pending by --skip-unqualified".into());
        } else {
            result.outcome = Outcome::WillQualify;
            result.reason = Some("qualified again: it was unqualified before (a refund?)".into());
            wanted.will_qualify.push(entry.id);
        }
    } else {
        result.outcome = Outcome::WillQualify;
        wanted.will_qualify.push(entry.id);
    }
}

/// The leads a plan will qualify, and those it requalifies or skips.
struct Wanted<'a> {
    will_qualify: &'a mut Vec<i64>,
    requalify: &'a mut Vec<i64>,
    skip_unqualified: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::{IndexOptions, IndexedLead, IndexedReferrer};

    fn lead(id: i64, email: &str, qualified: bool) -> IndexedLead {
        IndexedLead {
            id,
            email: (!email.is_empty()).then(|| email.to_string()),
            qualified,
            ..IndexedLead::default()
        }
    }

    /// A campaign: pending and qualified leads, a household sharing a phone,
    /// a referrer.
    fn index(aliases: bool) -> LeadIndex {
        let mut leads = vec![
            IndexedLead {
                referral_code: Some("ANN1".into()),
                external_id: Some("cus_A1".into()),
                phone: Some("+1 415 555 0101".into()),
                ..lead(1, "ann@example.com", false)
            },
            lead(2, "bob@example.com", true),
            lead(3, "carol@gmail.com", false),
            IndexedLead {
                referral_code: Some("dave4".into()),
                ..lead(4, "dave@example.com", false)
            },
            IndexedLead {
                phone: Some("(415) 555-0199".into()),
                ..lead(5, "eve@example.com", false)
            },
            IndexedLead {
                phone: Some("+14155550199".into()),
                ..lead(6, "frank@example.com", false)
            },
            lead(7, "rené@café.fr", false),
            lead(8, "ine\u{300}s@bücher.de", false),
        ];
        leads.push(lead(9, "JOSÉ@Example.com", false));
        let referrers = vec![IndexedReferrer {
            id: 100,
            email: Some("referrer@example.com".into()),
            referral_code: Some("REF100".into()),
            ..IndexedReferrer::default()
        }];
        LeadIndex::new(
            leads,
            referrers,
            &IndexOptions {
                email_aliases: aliases,
                region: Some("US".into()),
            },
        )
    }

    #[derive(Debug)]
    struct Seen {
        record: u64,
        line: u64,
        outcome: Outcome,
        lead: Option<i64>,
        by: Option<MatchedBy>,
        reason: String,
        fields: Vec<String>,
    }

    fn run(bytes: &[u8], options: &ReadOptions, index: &LeadIndex) -> (PlanSummary, Vec<Seen>) {
        let mut seen = Vec::new();
        let summary = plan(bytes, options, index, |r| {
            seen.push(Seen {
                record: r.record,
                line: r.line,
                outcome: r.outcome,
                lead: r.lead_id,
                by: r.matched_by,
                reason: r.reason.as_deref().unwrap_or("").to_string(),
                fields: r.texts().map(|t| t.into_owned()).collect(),
            })
        })
        .unwrap();
        assert_eq!(summary.counts.values().sum::<u64>(), summary.rows);
        assert_eq!(seen.len() as u64, summary.rows);
        (summary, seen)
    }

    fn outcomes(seen: &[Seen]) -> Vec<(Outcome, Option<i64>)> {
        seen.iter().map(|s| (s.outcome, s.lead)).collect()
    }

    fn email_options() -> ReadOptions {
        ReadOptions::default()
    }

    use Outcome::*;

    /// Email cells as people paste them: a trailing `;` or `,`, quotes, bidi
    /// marks; and a cell naming two addresses is ambiguous when they name
    /// different leads (it once qualified the last one).
    #[test]
    fn pasted_email_cells_and_cells_of_several_addresses() {
        let index = index(false);
        let file = "Email\n\
            ann@example.com;\n\
            \"dave@example.com\",\n\
            \u{200e}carol@gmail.com\u{200f}\n\
            \"Ann <ann@example.com>, Dave <dave@example.com>\"\n\
            eve@example.com; EVE@example.com\n\
            frank@example.com; stranger@example.com\n";
        let (_, seen) = run(file.as_bytes(), &email_options(), &index);
        let got: Vec<(Outcome, Option<i64>)> = seen.iter().map(|s| (s.outcome, s.lead)).collect();
        assert_eq!(
            got,
            [
                (WillQualify, Some(1)),
                (WillQualify, Some(4)),
                (WillQualify, Some(3)),
                (Ambiguous, None),
                (WillQualify, Some(5)),
                (WillQualify, Some(6)),
            ],
            "{seen:?}"
        );
        assert!(
            seen[3].reason.contains("lead 1") && seen[3].reason.contains("lead 4"),
            "{}",
            seen[3].reason
        );
    }

    /// Several people in one cell, joined as exports join them (a line
    /// break, ` / `, `|`, ` and `): every address is found, and two leads
    /// in one cell are ambiguous whichever comes last.
    #[test]
    fn every_common_separator_inside_a_cell_is_read() {
        let index = index(false);
        let file = "Email\n\
            \"ann@example.com\ndave@example.com\"\n\
            dave@example.com / ann@example.com\n\
            ann@example.com|dave@example.com\n\
            Ann <ann@example.com> AND Dave <dave@example.com>\n\
            eve@example.com / EVE@example.com\n\
            \"Lee, Ann <ann@example.com>; stranger@example.com\"\n";
        let (_, seen) = run(file.as_bytes(), &email_options(), &index);
        let got: Vec<(Outcome, Option<i64>)> = seen.iter().map(|s| (s.outcome, s.lead)).collect();
        assert_eq!(
            got,
            [
                (Ambiguous, None),
                (Ambiguous, None),
                (Ambiguous, None),
                (Ambiguous, None),
                (WillQualify, Some(5)),
                (WillQualify, Some(1)),
            ],
            "{seen:?}"
        );
    }

    #[test]
    fn every_row_gets_its_outcome() {
        let file = "\
id,Email,Name\n\
cus_1,ann@example.com,Ann\n\
cus_2, BOB@Example.COM ,Bob\n\
cus_3,referrer@example.com,Ref\n\
cus_4,other-campaign@example.com,Other\n\
cus_5,Ann@Example.com,Ann again\n\
\n\
cus_6,ann@,Broken\n\
cus_7,,Nobody\n\
cus_8\n\
cus_9,\u{a0}dave@example.com\u{200b},\"Dave, the \"\"one\"\"\"\n";
        let (summary, seen) = run(file.as_bytes(), &email_options(), &index(false));
        assert_eq!(
            outcomes(&seen),
            [
                (WillQualify, Some(1)),
                (AlreadyQualified, Some(2)),
                (NotALead, None),
                (NoMatch, None),
                (Duplicate, Some(1)),
                (Invalid, None),
                (Invalid, None),
                (Invalid, None),
                (WillQualify, Some(4)),
            ]
        );
        let records: Vec<(u64, u64)> = seen.iter().map(|s| (s.record, s.line)).collect();
        assert_eq!(
            records,
            [
                (1, 2),
                (2, 3),
                (3, 4),
                (4, 5),
                (5, 6),
                (6, 8),
                (7, 9),
                (8, 10),
                (9, 11)
            ]
        );
        assert_eq!(seen[5].reason, "email 'ann@': no domain after the '@'");
        assert_eq!(seen[6].reason, "no email");
        assert_eq!(seen[8].fields[2], "Dave, the \"one\"");
        assert_eq!(
            seen[0].by,
            Some(MatchedBy {
                key: MatchKey::Email,
                alias: false
            })
        );
        assert_eq!(summary.will_qualify, [1, 4]);
        assert_eq!(summary.rows, 9);
        assert_eq!(summary.counts[&Invalid], 3);
        assert_eq!(summary.columns, [(MatchKey::Email, "Email".to_string())]);
        assert_eq!((summary.encoding, summary.delimiter), ("utf-8", b','));
    }

    #[test]
    fn unicode_emails_match_in_any_spelling() {
        let file = "Email\n\
            RENÉ@CAFÉ.FR\n\
            ine\u{300}s@xn--bcher-kva.de\n\
            jose\u{301}@example.com\n\
            user@bücher.de\n";
        let (_, seen) = run(file.as_bytes(), &email_options(), &index(false));
        assert_eq!(
            outcomes(&seen),
            [
                (WillQualify, Some(7)),
                (WillQualify, Some(8)),
                (WillQualify, Some(9)),
                (NoMatch, None)
            ]
        );
    }

    #[test]
    fn encodings_and_delimiters_are_read() {
        let index = index(false);
        // Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(
            "Name\tE-Mail-Adresse\nRené\trené@café.fr\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        let (summary, seen) = run(&utf16, &email_options(), &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(7))]);
        assert_eq!((summary.encoding, summary.delimiter), ("utf-16le", b'\t'));
        assert_eq!(seen[0].fields[0], "René");
        let mut be = vec![0xFE, 0xFF];
        be.extend(
            "Email\nann@example.com\n"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        assert_eq!(
            outcomes(&run(&be, &email_options(), &index).1),
            [(WillQualify, Some(1))]
        );
        // Windows-1252 from Excel: é is the byte 0xE9.
        let cp1252 = b"Nom;Courriel\nRen\xE9;ren\xE9@caf\xE9.fr\n";
        let (summary, seen) = run(cp1252, &email_options(), &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(7))]);
        assert_eq!(
            (summary.encoding, summary.delimiter),
            ("windows-1252", b';')
        );
        assert_eq!(seen[0].fields[0], "René");
        // UTF-8 with a BOM glued to the first header.
        let bom = "\u{feff}Email|Name\nann@example.com|Ann\n";
        let (summary, seen) = run(bom.as_bytes(), &email_options(), &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(1))]);
        assert_eq!(summary.headers, ["Email", "Name"]);
        // A UTF-8 file with one stray Windows-1252 cell far down.
        let mut mixed = String::from("Email,Name\n");
        for i in 0..5000 {
            mixed.push_str(&format!("customer{i}@example.com,Customer\n"));
        }
        let mut mixed = mixed.into_bytes();
        mixed.extend_from_slice(b"ren\xE9@caf\xE9.fr,Ren\xE9\n");
        let (summary, seen) = run(&mixed, &email_options(), &index);
        assert_eq!(summary.encoding, "utf-8");
        assert_eq!(seen[5000].outcome, WillQualify);
        assert_eq!(seen[5000].fields[1], "René");
        // An --encoding label wins over detection.
        let options = ReadOptions {
            encoding: Some("windows-1252".into()),
            delimiter: Some(b','),
            ..ReadOptions::default()
        };
        let (summary, seen) = run(b"Email;x,y\nann@example.com;1,2\n", &options, &index);
        assert_eq!(summary.delimiter, b',');
        assert_eq!(seen[0].outcome, Invalid);
    }

    #[test]
    fn the_header_is_found_below_titles_and_filters_that_mention_email() {
        let index = index(false);
        // A Salesforce report: title, filter lines (one mentions Email),
        // a blank line, then the header.
        let salesforce = "\"Contacts with email\"\n\
            \"Filtered By:\"\n\
            \"  Email contains example.com\"\n\
            \n\
            \"Contact ID\",\"First Name\",\"Email\"\n\
            \"003A\",\"Ann\",\"ann@example.com\"\n";
        let (summary, seen) = run(salesforce.as_bytes(), &email_options(), &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(1))]);
        assert_eq!((summary.header_line, seen[0].line), (5, 6));
        assert_eq!(summary.preamble_lines, 3);
        // Google Contacts: the value columns, not their labels; every
        // address column counts.
        let google = "Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value\n\
            Ann,* Home,ann@example.com,Work,ann@work.example\n";
        let (summary, seen) = run(google.as_bytes(), &email_options(), &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(1))]);
        assert_eq!(
            summary.columns,
            [
                (MatchKey::Email, "E-mail 1 - Value".to_string()),
                (MatchKey::Email, "E-mail 2 - Value".to_string())
            ]
        );
        assert!(summary.ignored.is_empty(), "{:?}", summary.ignored);
    }

    /// A HubSpot export keeps a person's addresses in three columns: each
    /// counts, in one upload; two that name different leads are ambiguous.
    #[test]
    fn every_address_column_of_a_row_counts() {
        let index = index(false);
        let hubspot = "Record ID,Email,Additional email addresses,Work Email\n\
            1,nobody@example.com,,bob@example.com\n\
            2,,x@example.org;carol@gmail.com,\n\
            3,dave@example.com,,\n\
            4,ann@example.com,,eve@example.com\n";
        let (summary, seen) = run(hubspot.as_bytes(), &email_options(), &index);
        assert_eq!(summary.columns.len(), 3, "{:?}", summary.columns);
        assert_eq!(
            outcomes(&seen),
            [
                (AlreadyQualified, Some(2)),
                (WillQualify, Some(3)),
                (WillQualify, Some(4)),
                (Ambiguous, None)
            ]
        );
        // `--column` chooses exactly the columns it names.
        let mut options = email_options();
        options.columns = vec![(MatchKey::Email, "Work Email".into())];
        let (summary, _) = run(hubspot.as_bytes(), &options, &index);
        assert_eq!(
            summary.columns,
            [(MatchKey::Email, "Work Email".to_string())]
        );
    }

    /// A Xero contacts export: phones in `PhoneNumber` and `MobileNumber`,
    /// national numbers read with `--region NZ`; either column matches.
    #[test]
    fn a_xero_export_matches_on_either_phone_column() {
        let index = LeadIndex::new(
            vec![
                IndexedLead {
                    phone: Some("+64 21 123 4567".into()),
                    ..lead(1, "aroha@example.co.nz", false)
                },
                IndexedLead {
                    phone: Some("+64 9 300 1234".into()),
                    ..lead(2, "tane@example.co.nz", false)
                },
            ],
            Vec::new(),
            &IndexOptions {
                email_aliases: false,
                region: Some("NZ".into()),
            },
        );
        let xero = "*ContactName,EmailAddress,PhoneNumber,MobileNumber\n\
            Aroha,,,021 123 4567\n\
            Tane,,09 300 1234,\n\
            Nobody,,09 555 0000,\n";
        let options = ReadOptions {
            keys: vec![MatchKey::Phone],
            region: Some("NZ".into()),
            ..ReadOptions::default()
        };
        let (summary, seen) = run(xero.as_bytes(), &options, &index);
        assert_eq!(summary.columns.len(), 2, "{:?}", summary.columns);
        assert_eq!(
            outcomes(&seen),
            [
                (WillQualify, Some(1)),
                (WillQualify, Some(2)),
                (NoMatch, None)
            ]
        );
    }

    #[test]
    fn a_sep_line_and_quoted_newlines_keep_line_numbers_true() {
        let file = "sep=;\r\n\
            Notes;Email\r\n\
            \"two\r\nlines\";ann@example.com\r\n\
            \r\n\
            \"three\nmore\nlines\";bob@example.com\r\n\
            plain;dave@example.com\r\n";
        let (summary, seen) = run(file.as_bytes(), &email_options(), &index(false));
        assert_eq!(summary.delimiter, b';');
        let at: Vec<(u64, u64, Outcome)> =
            seen.iter().map(|s| (s.record, s.line, s.outcome)).collect();
        assert_eq!(
            at,
            [
                (1, 3, WillQualify),
                (2, 6, AlreadyQualified),
                (3, 9, WillQualify)
            ]
        );
        assert_eq!(seen[0].fields[0], "two\r\nlines");
    }

    #[test]
    fn keys_that_disagree_are_ambiguous() {
        let options = ReadOptions {
            keys: vec![MatchKey::Email, MatchKey::Code, MatchKey::Phone],
            region: Some("us".into()),
            ..ReadOptions::default()
        };
        let file = "Email,Referral Code,Phone\n\
            ann@example.com,https://refs.example.com/r/ANN1,\n\
            ann@example.com,DAVE4,\n\
            ,,415-555-0199\n\
            eve@example.com,REF100,415-555-0199\n\
            nobody@example.com,,+1 415 555 0101\n\
            nobody2@example.com,https://example.com/join?ref=dave4&utm=x,\n\
            stranger@example.com,REF100,\n\
            ,,\n\
            ,\u{a0},\n\
            bob@,not a code,12\n";
        let (summary, seen) = run(file.as_bytes(), &options, &index(false));
        assert_eq!(
            outcomes(&seen),
            [
                (WillQualify, Some(1)),
                (Ambiguous, None),
                (Ambiguous, None),
                (WillQualify, Some(5)),
                (Duplicate, Some(1)),
                (WillQualify, Some(4)),
                (NotALead, None),
                (Invalid, None),
                (Invalid, None),
            ]
        );
        // `,,` is a blank line (spreadsheets pad with them), not a row.
        assert_eq!(seen[7].line, 10);
        assert_eq!(seen[1].reason, "email names lead 1 but code names lead 4");
        assert_eq!(seen[2].reason, "phone is shared by leads 5, 6");
        assert_eq!(
            seen[4].by,
            Some(MatchedBy {
                key: MatchKey::Phone,
                alias: false
            })
        );
        assert_eq!(
            seen[7].reason,
            "no email; no referral code; no phone number"
        );
        assert!(
            seen[8].reason.starts_with("email 'bob@': no domain")
                && seen[8].reason.contains("code 'not a code'"),
            "{}",
            seen[8].reason
        );
        assert_eq!(
            summary.columns.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            [MatchKey::Email, MatchKey::Code, MatchKey::Phone]
        );
    }

    #[test]
    fn aliases_fold_only_when_asked() {
        let file = "Email\nc.a.r.o.l+promo@googlemail.com\nCarol@gmail.com\n";
        let (_, seen) = run(file.as_bytes(), &email_options(), &index(false));
        assert_eq!(outcomes(&seen), [(NoMatch, None), (WillQualify, Some(3))]);
        let options = ReadOptions {
            email_aliases: true,
            ..ReadOptions::default()
        };
        let (_, seen) = run(file.as_bytes(), &options, &index(true));
        assert_eq!(
            outcomes(&seen),
            [(WillQualify, Some(3)), (Duplicate, Some(3))]
        );
        assert_eq!(
            seen[0].by,
            Some(MatchedBy {
                key: MatchKey::Email,
                alias: true
            })
        );
        assert_eq!(seen[1].by.map(|b| b.alias), Some(false));
    }

    #[test]
    fn stripe_hubspot_and_shopify_exports_are_understood() {
        let index = index(false);
        let stripe = "id,Email,Name,Created (UTC)\ncus_A1,ann@example.com,Ann,2026-01-01\n";
        let options = ReadOptions {
            keys: vec![MatchKey::ExternalId],
            ..ReadOptions::default()
        };
        let (summary, seen) = run(stripe.as_bytes(), &options, &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(1))]);
        assert_eq!(summary.columns, [(MatchKey::ExternalId, "id".to_string())]);
        // External ids are exact: Stripe ids are case-sensitive.
        let (_, seen) = run(b"id\ncus_a1\n", &options, &index);
        assert_eq!(seen[0].outcome, NoMatch);
        let hubspot = "Record ID,First Name,Email,Phone Number\n1,Eve,eve@example.com,\n";
        let options = ReadOptions {
            keys: vec![MatchKey::Email, MatchKey::Phone, MatchKey::Code],
            ..ReadOptions::default()
        };
        let (summary, seen) = run(hubspot.as_bytes(), &options, &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(5))]);
        assert_eq!(summary.missing, [MatchKey::Code]);
        let overridden = ReadOptions {
            columns: vec![(MatchKey::Email, "contact".into())],
            ..ReadOptions::default()
        };
        let (_, seen) = run(b"Name,Contact\nAnn,ann@example.com\n", &overridden, &index);
        assert_eq!(outcomes(&seen), [(WillQualify, Some(1))]);
    }

    #[test]
    fn files_that_cannot_be_planned_say_why() {
        let index = index(false);
        let err = |bytes: &[u8], options: &ReadOptions| {
            plan(bytes, options, &index, |_| {})
                .err()
                .unwrap()
                .to_string()
        };
        assert!(err(b"", &email_options()).contains("empty"));
        assert!(err(b"\n\n", &email_options()).contains("empty"));
        let e = err(b"Name,Spend\nAnn,10\n", &email_options());
        assert!(
            e.contains("[Name, Spend]") && e.contains("--column email=HEADER"),
            "{e}"
        );
        let options = ReadOptions {
            columns: vec![(MatchKey::Email, "Mail Address".into())],
            ..ReadOptions::default()
        };
        assert!(err(b"Email\na@b.co\n", &options).contains("'Mail Address'"));
        let options = ReadOptions {
            region: Some("Narnia".into()),
            ..ReadOptions::default()
        };
        assert!(err(b"Email\n", &options).contains("Narnia"));
        assert!(err(b"PK\x03\x04\x14\x00", &email_options()).contains("xlsx"));
    }

    #[test]
    fn title_lines_repeated_headers_and_huge_fields() {
        let big = "x".repeat(100);
        let file = format!(
            "Customers export\nExported on,2026-11-24\n\nEmail,Name\nann@example.com,Ann\n\
             Email,Name\n\"{big},dave@example.com\n"
        );
        let options = ReadOptions {
            max_field_bytes: 64,
            ..ReadOptions::default()
        };
        let (summary, seen) = run(file.as_bytes(), &options, &index(false));
        assert_eq!(summary.preamble_lines, 2);
        assert_eq!(summary.headers, ["Email", "Name"]);
        assert_eq!(
            outcomes(&seen),
            [(WillQualify, Some(1)), (Invalid, None), (Invalid, None)]
        );
        assert_eq!((seen[0].record, seen[0].line), (1, 5));
        assert_eq!(
            seen[1].reason,
            "the header row again (two exports pasted together?)"
        );
        assert!(
            seen[2].reason.contains("more than the 64 allowed"),
            "{}",
            seen[2].reason
        );
    }

    #[test]
    fn ragged_rows_and_every_delimiter() {
        let index = index(false);
        for d in [",", ";", "\t", "|"] {
            let file = format!(
                "Name{d}Email{d}Plan\nAnn{d}ann@example.com\nDave{d}dave@example.com{d}pro{d}extra\nBob\n"
            );
            let (summary, seen) = run(file.as_bytes(), &email_options(), &index);
            assert_eq!(summary.delimiter, d.as_bytes()[0], "{d:?}");
            assert_eq!(
                outcomes(&seen),
                [
                    (WillQualify, Some(1)),
                    (WillQualify, Some(4)),
                    (Invalid, None)
                ],
                "{d:?}"
            );
            assert_eq!(seen[1].fields.len(), 4);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Whatever the rows, each gets one outcome, the counts add up, and
        /// a lead is qualified at most once and only when pending.
        #[test]
        fn counts_add_up_and_leads_qualify_once(
            rows in proptest::collection::vec(
                (0usize..12, 0usize..6, proptest::bool::ANY), 0..60)
        ) {
            let emails = [
                "ann@example.com", "ANN@example.com ", "bob@example.com", "carol@gmail.com",
                "c.arol+x@gmail.com", "referrer@example.com", "x@", "", "eve@example.com",
                "\"quoted, comma\"@example.com", "rené@café.fr", "stranger@example.com",
            ];
            let codes = ["", "ANN1", "dave4", "REF100", "https://x.com/r/DAVE4", "nope"];
            let mut file = String::from("Email,Code\n");
            let mut data_rows = 0;
            for (e, c, blank) in &rows {
                if *blank && *e == 0 {
                    file.push('\n');
                    continue;
                }
                let email = emails[*e];
                if !(email.is_empty() && codes[*c].is_empty()) {
                    data_rows += 1;
                }
                let email = if email.contains(',') { format!("\"{}\"", email.replace('"', "\"\"")) } else { email.to_string() };
                file.push_str(&format!("{email},{}\n", codes[*c]));
            }
            for aliases in [false, true] {
                let index = index(aliases);
                let options = ReadOptions {
                    keys: vec![MatchKey::Email, MatchKey::Code],
                    email_aliases: aliases,
                    ..ReadOptions::default()
                };
                let (summary, seen) = run(file.as_bytes(), &options, &index);
                proptest::prop_assert_eq!(summary.rows, data_rows);
                let mut qualified = summary.will_qualify.clone();
                qualified.sort();
                qualified.dedup();
                proptest::prop_assert_eq!(qualified.len(), summary.will_qualify.len());
                proptest::prop_assert!(!summary.will_qualify.contains(&2));
                for s in &seen {
                    proptest::prop_assert_eq!(
                        s.lead.is_some(),
                        matches!(s.outcome, WillQualify | AlreadyQualified | Duplicate)
                    );
                }
            }
        }
    }
}
