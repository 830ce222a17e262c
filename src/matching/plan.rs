//! The plan: the file streamed row by row past the index, every row given
//! exactly one outcome. Memory holds the index, one reused record and a bit
//! per lead, whatever the size of the file.

use std::collections::BTreeMap;
use std::io::Read;

use serde::Serialize;

use super::columns::map_columns;
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
    /// The keys to match on, in order of trust.
    pub keys: Vec<MatchKey>,
    /// Also match provider aliases (see [`normalize::email_alias`]).
    pub email_aliases: bool,
    /// The country of phone numbers written without a country code.
    pub region: Option<String>,
    /// A longer field makes its row `invalid` (a runaway quote, usually).
    pub max_field_bytes: usize,
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
        }
    }
}

/// Where a row ends up. Every row gets exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::WillQualify,
        Outcome::AlreadyQualified,
        Outcome::NotALead,
        Outcome::NoMatch,
        Outcome::Ambiguous,
        Outcome::Duplicate,
        Outcome::Invalid,
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
        }
    }
}

/// Which key matched, and whether through a provider alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchedBy {
    pub key: MatchKey,
    pub alias: bool,
}

/// One row and what became of it.
pub struct RowResult<'a> {
    /// The row's number among data rows, from 1.
    pub record: u64,
    /// The file line the row starts on, from 1 (rows can span lines).
    pub line: u64,
    /// Bytes of decoded input read so far, for progress.
    pub byte_offset: u64,
    pub outcome: Outcome,
    pub lead_id: Option<i64>,
    pub matched_by: Option<MatchedBy>,
    pub reason: Option<String>,
    /// The file's header row.
    pub headers: &'a [String],
    /// The row as read (UTF-8).
    pub row: &'a Row<'a>,
}

impl<'a> RowResult<'a> {
    /// The row's fields as read (UTF-8), for reports.
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + use<'a> {
        self.row.fields()
    }
}

/// What the whole file came to.
#[derive(Debug, Clone)]
pub struct PlanSummary {
    pub rows: u64,
    pub counts: BTreeMap<Outcome, u64>,
    pub headers: Vec<String>,
    /// The header each key was read from.
    pub columns: Vec<(MatchKey, String)>,
    pub encoding: &'static str,
    pub delimiter: u8,
    /// The leads to qualify, in the order of the rows that claimed them.
    pub will_qualify: Vec<i64>,
}

/// What one key of one row found.
enum Found {
    Target(Target, bool),
    Nothing,
    Unusable(String),
}

/// Reads `input` and gives every row an outcome, calling `on_row` for each.
pub fn plan<R: Read + 'static>(
    input: R,
    options: &ReadOptions,
    index: &LeadIndex,
    mut on_row: impl FnMut(&RowResult<'_>),
) -> Result<PlanSummary, MatchError> {
    let decoded = decode::decode(input, options.encoding.as_deref())?;
    let sniffed = sniff::sniff(decoded.reader, options.delimiter)?;
    let mut reader = RowReader::new(sniffed.reader, sniffed.delimiter);
    let line_offset = sniffed.skipped_lines;

    let headers: Vec<String> = loop {
        let Some(row) = reader.next_row()? else {
            return Err(MatchError::Empty);
        };
        if !row.is_blank() {
            break row
                .fields()
                .map(|f| String::from_utf8_lossy(f).trim().to_string())
                .collect();
        }
    };
    let keys = if options.keys.is_empty() {
        vec![MatchKey::Email]
    } else {
        options.keys.clone()
    };
    let columns = map_columns(&headers, &keys, &options.columns)?;

    let mut claimed = vec![false; index.leads.len()];
    let mut summary = PlanSummary {
        rows: 0,
        counts: Outcome::ALL.iter().map(|o| (*o, 0)).collect(),
        columns: columns
            .iter()
            .map(|(k, at)| (*k, headers[*at].clone()))
            .collect(),
        headers: headers.clone(),
        encoding: decoded.encoding,
        delimiter: sniffed.delimiter,
        will_qualify: Vec::new(),
    };
    let mut counts = [0u64; Outcome::ALL.len()];
    let mut buf = String::new();
    let mut alias = String::new();
    let mut found: Vec<(MatchKey, Found)> = Vec::with_capacity(columns.len());
    while let Some(row) = reader.next_row()? {
        if row.is_blank() {
            continue;
        }
        let start = row.start;
        summary.rows += 1;
        let mut result = RowResult {
            record: summary.rows,
            line: start.line + line_offset,
            byte_offset: start.byte,
            outcome: Outcome::NoMatch,
            lead_id: None,
            matched_by: None,
            reason: None,
            headers: &headers,
            row: &row,
        };
        if let Some((i, len)) = row.field_over(options.max_field_bytes) {
            result.outcome = Outcome::Invalid;
            result.reason = Some(format!(
                "column {} holds {len} bytes, more than the {} allowed (an unclosed quote?)",
                i + 1,
                options.max_field_bytes
            ));
        } else {
            found.clear();
            for &(key, at) in &columns {
                let cell = row.field(at).unwrap_or_default();
                found.push((key, lookup(index, key, cell, options, &mut buf, &mut alias)));
            }
            decide(
                &mut result,
                &found,
                index,
                &mut claimed,
                &mut summary.will_qualify,
            );
        }
        counts[result.outcome as usize] += 1;
        on_row(&result);
    }
    for o in Outcome::ALL {
        summary.counts.insert(o, counts[o as usize]);
    }
    Ok(summary)
}

/// What `cell` names as a `key`.
fn lookup(
    index: &LeadIndex,
    key: MatchKey,
    cell: &[u8],
    options: &ReadOptions,
    buf: &mut String,
    alias: &mut String,
) -> Found {
    // The common case, a plain ASCII email, never needs the cell as text.
    if key == MatchKey::Email && normalize::ascii_email_bytes(cell.trim_ascii(), buf) {
        return match index.emails.get(buf.as_str()) {
            Some(t) => Found::Target(*t, false),
            None => lookup_alias(index, buf, alias),
        };
    }
    let cell = String::from_utf8_lossy(cell);
    let cell = cell.as_ref();
    let hit = |map: &super::index::KeyMap, k: &str, alias: bool| match map.get(k) {
        Some(t) => Found::Target(*t, alias),
        None => Found::Nothing,
    };
    match key {
        MatchKey::Email => match normalize::email(cell, buf) {
            Ok(()) => match index.emails.get(buf.as_str()) {
                Some(t) => Found::Target(*t, false),
                None => lookup_alias(index, buf, alias),
            },
            Err(EmailProblem::Empty) => Found::Unusable("no email".into()),
            Err(p) => Found::Unusable(format!("email '{}': {}", clip(cell), p.reason())),
        },
        MatchKey::Code => match normalize::referral_code(cell, buf) {
            Ok(()) => hit(&index.codes, buf, false),
            Err(reason) => Found::Unusable(reason_for("code", cell, reason)),
        },
        MatchKey::ExternalId => match normalize::external_id(cell, buf) {
            Ok(()) => hit(&index.external_ids, buf, false),
            Err(reason) => Found::Unusable(reason.into()),
        },
        MatchKey::Phone => {
            // The cheap key first: most customers' numbers are no lead's.
            match normalize::phone_digits_key(cell) {
                Some(k) if !index.phone_digits.contains(&k) => return Found::Nothing,
                None if !cell.trim().is_empty() => {
                    return Found::Unusable(format!("phone '{}': not a phone number", clip(cell)));
                }
                _ => {}
            }
            match normalize::phone(cell, options.region.as_deref(), buf) {
                Ok(()) => hit(&index.phones, buf, false),
                Err(reason) => Found::Unusable(reason_for("phone", cell, reason)),
            }
        }
    }
}

/// A canonical email that matched no lead's, tried as a provider alias.
fn lookup_alias(index: &LeadIndex, canonical: &str, alias: &mut String) -> Found {
    let Some(aliases) = &index.email_aliases else {
        return Found::Nothing;
    };
    let folded = if normalize::email_alias(canonical, alias) {
        alias.as_str()
    } else {
        canonical
    };
    match aliases.get(folded) {
        Some(t) => Found::Target(*t, true),
        None => Found::Nothing,
    }
}

fn reason_for(what: &str, cell: &str, reason: &str) -> String {
    if cell.trim().is_empty() {
        reason.to_string()
    } else {
        format!("{what} '{}': {reason}", clip(cell))
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

/// One outcome from what each key found.
fn decide(
    result: &mut RowResult<'_>,
    found: &[(MatchKey, Found)],
    index: &LeadIndex,
    claimed: &mut [bool],
    will_qualify: &mut Vec<i64>,
) {
    let mut lead: Option<(u32, MatchedBy)> = None;
    let mut referrer = false;
    let mut usable = false;
    for (key, f) in found {
        match f {
            Found::Target(Target::Lead(i), alias) => {
                usable = true;
                match lead {
                    Some((j, _)) if j != *i => {
                        result.outcome = Outcome::Ambiguous;
                        result.reason = Some(format!(
                            "{} names lead {} but {} names lead {}",
                            lead.map_or("", |(_, m)| m.key.as_str()),
                            index.leads[j as usize].id,
                            key.as_str(),
                            index.leads[*i as usize].id
                        ));
                        return;
                    }
                    Some(_) => {}
                    None => {
                        lead = Some((
                            *i,
                            MatchedBy {
                                key: *key,
                                alias: *alias,
                            },
                        ))
                    }
                }
            }
            Found::Target(Target::Ambiguous, _) => {
                result.outcome = Outcome::Ambiguous;
                result.reason = Some(format!("{} is shared by several leads", key.as_str()));
                return;
            }
            Found::Target(Target::Referrer, _) => {
                usable = true;
                referrer = true;
            }
            Found::Nothing => usable = true,
            Found::Unusable(_) => {}
        }
    }
    if let Some((i, matched_by)) = lead {
        let entry = index.leads[i as usize];
        result.lead_id = Some(entry.id);
        result.matched_by = Some(matched_by);
        if std::mem::replace(&mut claimed[i as usize], true) {
            result.outcome = Outcome::Duplicate;
            result.reason = Some(format!("an earlier row already matched lead {}", entry.id));
        } else if entry.qualified {
            result.outcome = Outcome::AlreadyQualified;
        } else {
            result.outcome = Outcome::WillQualify;
            will_qualify.push(entry.id);
        }
    } else if referrer {
        result.outcome = Outcome::NotALead;
        result.reason = Some("a referrer of the campaign, not a lead".into());
    } else if usable {
        result.outcome = Outcome::NoMatch;
    } else {
        result.outcome = Outcome::Invalid;
        result.reason = found.iter().find_map(|(_, f)| match f {
            Found::Unusable(r) => Some(r.clone()),
            _ => None,
        });
    }
}
