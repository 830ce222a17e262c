//! Canonical forms of the keys, the same on both sides: a customer row and a
//! lead normalize alike, so that equal people compare equal.
//!
//! Every function writes into a caller's buffer, so that the common case
//! (a plain ASCII email) allocates nothing.

use unicode_normalization::UnicodeNormalization;

/// Why a cell holds no usable email address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailProblem {
    Empty,
    NoAt,
    ManyAt,
    NoLocalPart,
    NoDomain,
    DomainWithoutDot,
    BadDomain,
    BadCharacter,
    TooLong,
}

impl EmailProblem {
    pub fn reason(self) -> &'static str {
        match self {
            EmailProblem::Empty => "no email",
            EmailProblem::NoAt => "not an email address: no '@'",
            EmailProblem::ManyAt => "more than one '@' (two addresses in one cell?)",
            EmailProblem::NoLocalPart => "nothing before the '@'",
            EmailProblem::NoDomain => "no domain after the '@'",
            EmailProblem::DomainWithoutDot => "the domain has no dot",
            EmailProblem::BadDomain => "the domain is not a valid domain name",
            EmailProblem::BadCharacter => "spaces or characters an address cannot hold",
            EmailProblem::TooLong => "longer than an address can be",
        }
    }
}

/// Characters that are invisible in a spreadsheet and end up around or
/// inside pasted addresses: zero-width ones, and the bidirectional marks
/// right-to-left text brings along (LRM, RLM, U+202A–U+202E, U+2066–U+2069).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
            | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Around an address as people paste it: quotes, and the `;` or `,` of the
/// list it was copied from.
fn is_wrapping(c: char) -> bool {
    c.is_whitespace() || is_invisible(c) || matches!(c, '"' | '\'' | ';' | ',')
}

/// What joins several addresses in one cell, strongest first: Google
/// Contacts' ` ::: `, line breaks, `;`, ` / `, `|`, `,`, and ` and `.
const CELL_SEPARATORS: [&str; 9] = [":::", "\r\n", "\n", "\r", ";", " / ", "|", ",", " and "];

/// The addresses of a cell that names two or more (`Ann <a@x.com>, Bob
/// <b@y.com>`, an Outlook To: line, one per line, `a@x.com / b@y.com`,
/// `a@x.com and b@y.com`); `None` for a cell of one address. A separator
/// splits a piece only when every part it makes holds an `@`, so a name
/// (`Lee, Ann <a@x.com>`) or a quoted local part keeps its comma, and `|`
/// or `/` inside an address stay.
pub fn addresses(cell: &str) -> Option<Vec<&str>> {
    if cell.bytes().filter(|b| *b == b'@').count() < 2 {
        return None;
    }
    let mut parts = vec![cell];
    for sep in CELL_SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|part| {
                let pieces: Vec<&str> = split_ascii_nocase(part, sep)
                    .into_iter()
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect();
                if pieces.len() >= 2 && pieces.iter().all(|p| p.contains('@')) {
                    pieces
                } else {
                    vec![part.trim()]
                }
            })
            .collect();
    }
    (parts.len() >= 2).then_some(parts)
}

/// `s` split at `sep`, ASCII case aside (` AND ` is ` and `).
fn split_ascii_nocase<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let lower = s.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find(sep) {
        out.push(&s[from..from + at]);
        from += at + sep.len();
    }
    out.push(&s[from..]);
    out
}

/// The canonical email: trimmed (also NBSP and zero-width characters), NFC,
/// lowercase, and the domain in its IDNA ASCII form (`bücher.de` becomes
/// `xn--bcher-kva.de`).
pub fn email(raw: &str, out: &mut String) -> Result<(), EmailProblem> {
    out.clear();
    let trimmed = raw.trim_ascii();
    if trimmed.is_empty() {
        return Err(EmailProblem::Empty);
    }
    let mut key = [0u8; EMAIL_KEY];
    // Every byte of a key is ASCII: it is text.
    if let Some(Ok(key)) = ascii_email_key(trimmed.as_bytes(), &mut key).map(std::str::from_utf8) {
        out.push_str(key);
        return Ok(());
    }
    unicode_email(raw, out)
}

/// Room for the longest address (254 bytes) in [`ascii_email_key`].
pub const EMAIL_KEY: usize = 256;

/// Bytes a plain local part may hold (dot-atom), and a domain label.
const LOCAL: u8 = 1;
const DOMAIN: u8 = 2;
const CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || b == b'-' {
            t[c] = LOCAL | DOMAIN;
        }
        c += 1;
    }
    let specials = b"!#$%&'*+/=?^_`{|}~.";
    let mut i = 0;
    while i < specials.len() {
        t[specials[i] as usize] |= LOCAL;
        i += 1;
    }
    t
};

/// The fast path: a plain ASCII address (dot-atom local part, LDH domain
/// labels) is checked and lowercased into `out` in one pass, with no
/// allocation, and its canonical form returned. Anything unusual
/// (non-ASCII, `mailto:`, spaces, a mistake) returns `None` and goes the
/// slow way, [`email`], which also says what is wrong.
#[inline]
pub fn ascii_email_key<'o>(b: &[u8], out: &'o mut [u8; EMAIL_KEY]) -> Option<&'o [u8]> {
    if b.is_empty() || b.len() > 254 || b[0] == b'.' {
        return None;
    }
    let mut at = usize::MAX;
    let mut label_start = 0;
    let mut labels = 0;
    for (i, (&c, o)) in b.iter().zip(out.iter_mut()).enumerate() {
        *o = c.to_ascii_lowercase();
        let class = CLASSES[c as usize];
        if at == usize::MAX {
            if class & LOCAL != 0 {
                continue;
            }
            if c != b'@' || i == 0 || i > 64 || b[i - 1] == b'.' {
                return None;
            }
            at = i;
            label_start = i + 1;
        } else if c == b'.' {
            if !valid_label(&b[label_start..i]) {
                return None;
            }
            labels += 1;
            label_start = i + 1;
        } else if class & DOMAIN == 0 {
            return None;
        }
    }
    if at == usize::MAX || labels == 0 || !valid_label(&b[label_start..]) {
        return None;
    }
    Some(&out[..b.len()])
}

fn valid_label(label: &[u8]) -> bool {
    !label.is_empty() && label.len() <= 63 && label[0] != b'-' && label[label.len() - 1] != b'-'
}

fn check_ascii_domain(domain: &[u8]) -> Result<(), EmailProblem> {
    let mut dots = 0;
    for label in domain.split(|&c| c == b'.') {
        if label.is_empty()
            || label.len() > 63
            || label[0] == b'-'
            || label[label.len() - 1] == b'-'
            || !label
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        {
            return Err(if domain.contains(&b'@') {
                EmailProblem::ManyAt
            } else {
                EmailProblem::BadDomain
            });
        }
        dots += 1;
    }
    if dots < 2 {
        return Err(EmailProblem::DomainWithoutDot);
    }
    Ok(())
}

/// The slow path: Unicode trimming, `mailto:` and `Name <address>` forms,
/// NFC, lowercase and IDNA.
fn unicode_email(raw: &str, out: &mut String) -> Result<(), EmailProblem> {
    // Cheap answers first: padding of NBSP or zero-width characters around
    // a plain address, and cells with no address at all.
    let trimmed = raw.trim_matches(is_wrapping);
    if trimmed.is_empty() {
        return Err(EmailProblem::Empty);
    }
    if !trimmed.contains('@') {
        return Err(EmailProblem::NoAt);
    }
    let mut key = [0u8; EMAIL_KEY];
    if let Some(key) = ascii_email_key(trimmed.as_bytes(), &mut key) {
        out.extend(key.iter().map(|&b| b as char));
        return Ok(());
    }
    let cleaned: String = trimmed.chars().filter(|c| !is_invisible(*c)).collect();
    let mut s = cleaned.trim();
    if let (Some(open), Some(close)) = (s.rfind('<'), s.rfind('>'))
        && open < close
    {
        s = s[open + 1..close].trim();
    }
    if s.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("mailto:"))
    {
        s = s[7..].trim();
    }
    if s.is_empty() {
        return Err(EmailProblem::Empty);
    }
    // Lowercasing can undo NFC (`İ` becomes `i` and a combining dot): NFC again.
    let normalized: String = s.nfc().flat_map(char::to_lowercase).nfc().collect();
    let mut parts = normalized.split('@');
    let (Some(local), Some(domain)) = (parts.next(), parts.next()) else {
        return Err(EmailProblem::NoAt);
    };
    if parts.next().is_some() {
        return Err(EmailProblem::ManyAt);
    }
    if local.is_empty() {
        return Err(EmailProblem::NoLocalPart);
    }
    if domain.is_empty() {
        return Err(EmailProblem::NoDomain);
    }
    if local
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"(),:;<>[\\]".contains(c))
        || local.starts_with('.')
        || local.ends_with('.')
    {
        return Err(EmailProblem::BadCharacter);
    }
    if local.chars().count() > 64 {
        return Err(EmailProblem::TooLong);
    }
    // `example.com.` (a fully qualified name) is `example.com`.
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let ascii_domain = idna::domain_to_ascii(domain).map_err(|_| EmailProblem::BadDomain)?;
    check_ascii_domain(ascii_domain.as_bytes())?;
    out.clear();
    out.push_str(local);
    out.push('@');
    out.push_str(&ascii_domain);
    if out.len() > 254 {
        return Err(EmailProblem::TooLong);
    }
    Ok(())
}

/// Providers where `+tag` is an alias of the same mailbox.
const PLUS_TAG_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "fastmail.com",
    "fastmail.fm",
    "proton.me",
    "protonmail.com",
    "pm.me",
];

/// The provider alias of a canonical email, when the provider is known to
/// deliver aliases to one mailbox: Gmail ignores dots and `+tags` (and
/// `googlemail.com` is `gmail.com`); the others in the list ignore `+tags`.
/// Custom domains are never folded: there, dots and `+` can tell people apart.
/// Returns false (and leaves `out` empty) when there is nothing to fold.
pub fn email_alias(canonical: &str, out: &mut String) -> bool {
    out.clear();
    let Some((local, domain)) = canonical.rsplit_once('@') else {
        return false;
    };
    if !PLUS_TAG_DOMAINS.contains(&domain) {
        return false;
    }
    let base = local.split('+').next().unwrap_or(local);
    let gmail = domain == "gmail.com" || domain == "googlemail.com";
    if gmail {
        out.extend(base.chars().filter(|c| *c != '.'));
        out.push_str("@gmail.com");
    } else {
        out.push_str(base);
        out.push('@');
        out.push_str(domain);
    }
    if out.is_empty() || out.starts_with('@') {
        out.clear();
        return false;
    }
    true
}

/// Query parameters that carry a referral code in a referral link.
const CODE_PARAMS: &[&str] = &[
    "ref",
    "code",
    "referral",
    "referral_code",
    "r",
    "via",
    "invite",
];

/// A referral code, case-insensitive (upper-cased), also pulled out of a
/// whole referral link: `https://example.com/r/K7Q2M9XD`, `...?ref=K7Q2M9XD`.
pub fn referral_code(raw: &str, out: &mut String) -> Result<(), &'static str> {
    out.clear();
    // Most codes are plain ASCII words: nothing to trim, pull out or fold.
    if !raw.is_empty()
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        out.push_str(raw);
        out.make_ascii_uppercase();
        return Ok(());
    }
    let s = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if s.is_empty() {
        return Err("no referral code");
    }
    let looks_like_link = s.contains("://") || s.starts_with("www.") || s.contains('/');
    let code = if looks_like_link {
        code_in_link(s).ok_or("a link without a referral code in it")?
    } else {
        s
    };
    if code.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("a referral code cannot hold spaces");
    }
    out.extend(code.chars().flat_map(char::to_uppercase));
    Ok(())
}

fn code_in_link(link: &str) -> Option<&str> {
    let (path, query) = match link.split_once('?') {
        Some((p, q)) => (p, Some(q.split('#').next().unwrap_or(q))),
        None => (link.split('#').next().unwrap_or(link), None),
    };
    if let Some(query) = query {
        for pair in query.split('&') {
            if let Some((k, v)) = pair.split_once('=')
                && CODE_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(k))
                && !v.is_empty()
            {
                return Some(v);
            }
        }
    }
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    segments.next(); // the host
    segments.next_back()
}

/// An external id: trimmed, compared exactly (Stripe ids are case-sensitive).
pub fn external_id(raw: &str, out: &mut String) -> Result<(), &'static str> {
    out.clear();
    let s = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if s.is_empty() {
        return Err("no external id");
    }
    if changed_by_a_spreadsheet(s) {
        return Err(
            "changed by a spreadsheet (a long number shown as 6.54321E+12): export the column as text",
        );
    }
    out.push_str(s);
    Ok(())
}

/// A number a spreadsheet rewrote in scientific notation (`6.54321E+12`,
/// `1,23E+15` in a European locale): its digits are lost.
fn changed_by_a_spreadsheet(s: &str) -> bool {
    let Some((mantissa, exponent)) = s.split_once(['E', 'e']) else {
        return false;
    };
    // As spreadsheets write it: a fraction and a signed exponent.
    let Some(exponent) = exponent.strip_prefix('+') else {
        return false;
    };
    let mut digits = mantissa.split(['.', ',']);
    let whole = digits.next().unwrap_or_default();
    let Some(fraction) = digits.next() else {
        return false;
    };
    digits.next().is_none()
        && (1..=3).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && !exponent.is_empty()
        && exponent.len() <= 2
        && exponent.bytes().all(|b| b.is_ascii_digit())
}

/// The country `--region` names, for phone numbers written without a
/// country code: a two-letter code (`US`, `GB`, `de`; `UK` is taken for `GB`).
pub fn phone_region(region: &str) -> Result<phonenumber::country::Id, &'static str> {
    let upper = region.trim().to_ascii_uppercase();
    let code = if upper == "UK" { "GB" } else { upper.as_str() };
    code.parse().map_err(|_| "not a region")
}

/// How many trailing digits make the cheap key: enough to tell most
/// numbers apart, few enough that national numbers of 8 digits (Denmark,
/// Norway, Singapore) still carry a whole key.
const PHONE_KEY_DIGITS: u32 = 8;

/// A cheap key for a phone number: its last 8 digits, before any extension
/// (`x123`, `ext. 5`). It is the same whether the number is written with a
/// country code, a trunk `0` or neither, so only rows whose key hits a
/// lead's are worth the full [`phone`] parse. `None` for fewer than 7 digits.
pub fn phone_digits_key(raw: &[u8]) -> Option<u64> {
    let end = raw
        .iter()
        .position(|b| matches!(b, b'x' | b'X' | b'e' | b'E' | b'#' | b';' | b','))
        .unwrap_or(raw.len());
    let mut key: u64 = 0;
    let mut n = 0u32;
    for &b in raw[..end].iter().rev() {
        if b.is_ascii_digit() {
            if n < PHONE_KEY_DIGITS {
                key += u64::from(b - b'0') * 10u64.pow(n);
            }
            n += 1;
        }
    }
    (n >= 7).then_some(key)
}

/// A phone number in E.164 (`+14155550123`), parsed and validated with
/// libphonenumber's rules (the `phonenumber` crate). Numbers written with
/// `+` or `00` carry their country; others are read as numbers of `region`.
/// Extensions are dropped: they do not tell people apart. Numbers a
/// spreadsheet damaged (`1.4155E+10`) are refused, never guessed at.
pub fn phone(
    raw: &str,
    region: Option<phonenumber::country::Id>,
    out: &mut String,
) -> Result<(), &'static str> {
    out.clear();
    let s = raw
        .trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
        .trim_start_matches('\'');
    if s.is_empty() {
        return Err("no phone number");
    }
    if s.contains(['e', 'E']) && s.contains('+') && s.contains('.') && !s.contains("ext") {
        return Err("a phone number a spreadsheet turned into 1.4E+10 notation");
    }
    // A label before the number, as some tools write it: `Phone:(415) …`,
    // `Mobile: +44 …`, `Tel. 030 …`.
    let s = match s.find(|c: char| c.is_ascii_digit() || c == '+' || c == '(') {
        Some(at) if at > 0 && s[..at].trim_end().ends_with([':', '.']) => s[at..].trim(),
        _ => s,
    };
    // `+44 (0)7911 …`: the national trunk prefix written beside the
    // country code is not dialled from abroad.
    let trunkless;
    let s = if s.starts_with('+') && s.contains("(0)") {
        trunkless = s.replacen("(0)", "", 1);
        trunkless.as_str()
    } else {
        s
    };
    // `00` is the international prefix of most of the world, whatever
    // `region` says (the US dials 011).
    let plus;
    let s = match s.strip_prefix("00") {
        Some(rest) => {
            plus = format!("+{rest}");
            plus.as_str()
        }
        None => s,
    };
    if !s.starts_with('+') && region.is_none() {
        return Err("a national number: pass --region (e.g. US) to read it");
    }
    let number = phonenumber::parse(region, s).map_err(|_| "not a phone number")?;
    if !number.is_valid() {
        return Err("not a valid number for its country");
    }
    use std::fmt::Write;
    let _ = write!(out, "{}", number.format().mode(phonenumber::Mode::E164));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_read_as_tools_write_them() {
        let us = Some(phonenumber::country::Id::US);
        let mut out = String::new();
        phone("Phone:(415) 555-0123", us, &mut out).unwrap();
        assert_eq!(out, "+14155550123");
        phone("Mobile: +44 7911 123456", us, &mut out).unwrap();
        assert_eq!(out, "+447911123456");
        // International with a leading + or 00, whatever the region; the
        // trunk prefix beside the country code is dropped.
        phone("+44 (0)7911 123456", us, &mut out).unwrap();
        assert_eq!(out, "+447911123456");
        phone("0044 7911 123456", us, &mut out).unwrap();
        assert_eq!(out, "+447911123456");
    }

    fn e(raw: &str) -> Result<String, EmailProblem> {
        let mut out = String::new();
        email(raw, &mut out).map(|()| out)
    }

    #[test]
    fn emails_are_trimmed_folded_and_idna_encoded() {
        assert_eq!(
            e("Bob.Martin@Example.COM").unwrap(),
            "bob.martin@example.com"
        );
        assert_eq!(e("  bob@example.com\t").unwrap(), "bob@example.com");
        assert_eq!(e("\u{a0}bob@example.com\u{a0}").unwrap(), "bob@example.com");
        assert_eq!(
            e("\u{200b}bob@exa\u{200b}mple.com").unwrap(),
            "bob@example.com"
        );
        assert_eq!(e("user@bücher.de").unwrap(), "user@xn--bcher-kva.de");
        assert_eq!(e("USER@BÜCHER.DE").unwrap(), "user@xn--bcher-kva.de");
        // NFD and NFC spellings of the same address are one address.
        assert_eq!(
            e("ine\u{300}s@example.fr").unwrap(),
            e("inès@example.fr").unwrap()
        );
        assert_eq!(e("mailto:Bob@Example.com").unwrap(), "bob@example.com");
        assert_eq!(
            e("Bob Martin <bob@example.com>").unwrap(),
            "bob@example.com"
        );
    }

    #[test]
    fn non_addresses_are_refused_with_a_reason() {
        assert_eq!(e(""), Err(EmailProblem::Empty));
        assert_eq!(e("   "), Err(EmailProblem::Empty));
        assert_eq!(e("not-an-email"), Err(EmailProblem::NoAt));
        assert_eq!(e("@example.com"), Err(EmailProblem::NoLocalPart));
        assert_eq!(e("bob@"), Err(EmailProblem::NoDomain));
        assert_eq!(e("bob@localhost"), Err(EmailProblem::DomainWithoutDot));
        assert_eq!(e("a@b.com;c@d.com"), Err(EmailProblem::ManyAt));
        assert_eq!(e("bob smith@example.com"), Err(EmailProblem::BadCharacter));
        assert_eq!(e("=HYPERLINK(\"x\")"), Err(EmailProblem::NoAt));
        assert_eq!(e("bob@exa mple.com"), Err(EmailProblem::BadDomain));
    }

    #[test]
    fn aliases_fold_only_at_known_providers() {
        let alias = |c: &str| {
            let mut out = String::new();
            email_alias(c, &mut out).then_some(out)
        };
        assert_eq!(
            alias("j.o.h.n+promo@googlemail.com").unwrap(),
            "john@gmail.com"
        );
        assert_eq!(alias("john+x@outlook.com").unwrap(), "john@outlook.com");
        assert_eq!(alias("j.ohn@outlook.com").unwrap(), "j.ohn@outlook.com");
        assert_eq!(alias("j.smith+x@company.com"), None);
    }

    #[test]
    fn codes_come_alone_or_inside_links() {
        let c = |raw: &str| {
            let mut out = String::new();
            referral_code(raw, &mut out).map(|()| out)
        };
        assert_eq!(c(" k7q2m9xd ").unwrap(), "K7Q2M9XD");
        assert_eq!(c("https://example.com/r/K7Q2M9XD").unwrap(), "K7Q2M9XD");
        assert_eq!(
            c("https://example.com/join?ref=ann2026&utm=x").unwrap(),
            "ANN2026"
        );
        assert_eq!(c("www.example.com/invite/OMAR/").unwrap(), "OMAR");
        assert!(c("https://example.com/").is_err());
        assert!(c("").is_err());
    }

    #[test]
    fn phones_become_e164() {
        let p = |raw: &str, region: Option<&str>| {
            let mut out = String::new();
            let region = region.map(|r| phone_region(r).unwrap());
            phone(raw, region, &mut out).map(|()| out)
        };
        assert_eq!(p("+1 (415) 555-0123", None).unwrap(), "+14155550123");
        assert_eq!(p("(415) 555-0123", Some("US")).unwrap(), "+14155550123");
        assert_eq!(p("1-415-555-0123", Some("us")).unwrap(), "+14155550123");
        assert_eq!(p("'+1 415 555 0123", None).unwrap(), "+14155550123");
        assert_eq!(p("+1 415 555 0123 ext. 5", None).unwrap(), "+14155550123");
        assert_eq!(p("0044 20 7946 0958", Some("US")).unwrap(), "+442079460958");
        assert_eq!(p("020 7946 0958", Some("GB")).unwrap(), "+442079460958");
        assert_eq!(p("020 7946 0958", Some("UK")).unwrap(), "+442079460958");
        assert_eq!(p("06 12 34 56 78", Some("FR")).unwrap(), "+33612345678");
        assert!(p("(415) 555-0123", None).is_err());
        assert!(p("1.4155E+10", Some("US")).is_err());
        assert!(p("12", Some("US")).is_err());
        assert!(phone_region("Narnia").is_err());
        let key = |raw: &str| phone_digits_key(raw.as_bytes());
        assert_eq!(key("+1 (415) 555-0123"), key("415.555.0123"));
        assert_eq!(key("+1 (415) 555-0123 x12"), key("415.555.0123"));
        assert_eq!(key("+33 6 12 34 56 78"), key("06 12 34 56 78"));
        assert_eq!(key("12"), None);
    }

    proptest::proptest! {
        #[test]
        fn normalizing_twice_changes_nothing(local in "[a-zA-Z0-9._+-]{1,20}", domain in "[a-zA-Zü]{1,10}\\.(com|de|fr)") {
            let mut once = String::new();
            if email(&format!(" {local}@{domain} "), &mut once).is_ok() {
                let mut twice = String::new();
                email(&once, &mut twice).unwrap();
                proptest::prop_assert_eq!(once, twice);
            }
        }
    }
}

/// A key as a standing customer list keeps it: the value normalized as a
/// match would (`email`, `referral_code`, `external_id`), then SHA-256, in
/// lowercase hex. The same on the admin's machine and on the server, so a
/// list can be sent, and even made, without its addresses. `None` when the
/// value is not a valid key of that kind (phones are not kept in lists).
pub fn list_key(kind: super::MatchKey, raw: &str) -> Option<String> {
    list_key_in(kind, raw, None)
}

/// [`list_key`], reading a phone number without a country code as one of
/// `region` (a phone key is the SHA-256 of the number in E.164, `+15550100`).
pub fn list_key_in(
    kind: super::MatchKey,
    raw: &str,
    region: Option<phonenumber::country::Id>,
) -> Option<String> {
    use sha2::{Digest, Sha256};
    let mut out = String::new();
    let ok = match kind {
        super::MatchKey::Email => email(raw, &mut out).is_ok(),
        super::MatchKey::Code => referral_code(raw, &mut out).is_ok(),
        super::MatchKey::ExternalId => external_id(raw, &mut out).is_ok(),
        super::MatchKey::Phone => phone(raw, region, &mut out).is_ok(),
    };
    if !ok || out.is_empty() {
        return None;
    }
    let digest = Sha256::digest(out.as_bytes());
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod list_key_tests {
    use super::*;

    #[test]
    fn a_list_key_is_the_sha256_of_the_normalized_value() {
        // `printf ann@example.com | sha256sum`: what a data team computes.
        let ann = "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
        let key = list_key(crate::matching::MatchKey::Email, "  Ann@Example.COM ").unwrap();
        assert_eq!(key, ann);
        assert!(list_key(crate::matching::MatchKey::Email, "not an email").is_none());
        // A phone number is kept in E.164; without a country code, only
        // with the list's region.
        let e164 = list_key(crate::matching::MatchKey::Phone, "+44 20 7946 0958").unwrap();
        let national = list_key_in(
            crate::matching::MatchKey::Phone,
            "020 7946 0958",
            Some(phone_region("GB").unwrap()),
        );
        assert_eq!(national.as_deref(), Some(e164.as_str()));
        assert!(list_key(crate::matching::MatchKey::Phone, "020 7946 0958").is_none());
    }
}

#[cfg(test)]
mod cell_tests {
    use super::*;

    #[test]
    fn a_cell_splits_only_where_every_part_is_an_address() {
        assert_eq!(
            addresses("a@x.com / b@y.com and c@z.com"),
            Some(vec!["a@x.com", "b@y.com", "c@z.com"])
        );
        // A `|` or `/` inside an address, and a name's comma, stay.
        assert_eq!(
            addresses("a|b@x.com, c/d@y.com"),
            Some(vec!["a|b@x.com", "c/d@y.com"])
        );
        assert_eq!(
            addresses("Lee, Ann <a@x.com>; Bob <b@y.com>"),
            Some(vec!["Lee, Ann <a@x.com>", "Bob <b@y.com>"])
        );
        assert_eq!(addresses("ann@example.com"), None);
    }

    #[test]
    fn an_id_a_spreadsheet_rewrote_says_so() {
        let mut out = String::new();
        for mangled in ["6.54321E+12", "1,23E+15", "9.9e+14"] {
            let err = external_id(mangled, &mut out).unwrap_err();
            assert!(err.contains("spreadsheet"), "{mangled}: {err}");
        }
        for fine in ["cus_1E5", "6543210000000", "E12", "1.5", "1E5", "2.5E3"] {
            assert!(external_id(fine, &mut out).is_ok(), "{fine}");
        }
    }
}
