//! Checks on what callers send, each returning the message to show.

/// A campaign code: 1-64 of `a-z 0-9 - _`, starting with a letter or digit,
/// and not all digits (so that an all-digit reference is always an id).
pub fn campaign_code(code: &str) -> Result<(), String> {
    if code.is_empty() || code.len() > 64 {
        return Err("must be 1 to 64 characters".into());
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        return Err("may hold only lowercase letters, digits, '-' and '_'".into());
    }
    if code.starts_with(['-', '_']) {
        return Err("must start with a letter or digit".into());
    }
    if code.bytes().all(|b| b.is_ascii_digit()) {
        return Err("must contain a letter (all-digit references are ids)".into());
    }
    Ok(())
}

/// A referral code given by the caller: 1-64 printable characters without
/// spaces or `/`, `?`, `#`, `@` (they would clash with links and emails).
pub fn referral_code(code: &str) -> Result<(), String> {
    if code.is_empty() || code.chars().count() > 64 {
        return Err("must be 1 to 64 characters".into());
    }
    if let Some(c) = code
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "/?#@".contains(*c))
    {
        return Err(format!("may not contain {c:?}"));
    }
    if code.bytes().all(|b| b.is_ascii_digit()) {
        return Err("must contain a letter (all-digit references are ids)".into());
    }
    Ok(())
}

/// The canonical form the store keeps an email in: trimmed, lowercased, and
/// in the form customer lists are matched in (see below). Provider aliases
/// (dots, `+tags`) are not folded: those are matching's choice, per upload.
pub fn canonical_email(raw: &str) -> Result<String, String> {
    let email = raw
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
        .to_lowercase();
    let Some((local, domain)) = email.rsplit_once('@') else {
        return Err(format!("'{raw}' is not an email address: it has no '@'"));
    };
    if local.is_empty() {
        return Err(format!(
            "'{raw}' is not an email address: nothing before '@'"
        ));
    }
    if domain.is_empty()
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
    {
        return Err(format!(
            "'{raw}' is not an email address: the domain '{domain}' is not valid"
        ));
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "'{raw}' is not an email address: it contains white space"
        ));
    }
    // One person, one address: the form a customer list is matched in
    // (invisible characters and bidi marks gone, NFC, the domain in IDNA),
    // so that a lookalike signup is the same lead, refused as a duplicate,
    // not a twin that makes the real customer ambiguous.
    let mut canonical = String::new();
    if crate::matching::normalize::email(&email, &mut canonical).is_ok() {
        return Ok(canonical);
    }
    Ok(email)
}

/// The longest name (a person's, a campaign's) refctl keeps, in characters.
pub const MAX_NAME: usize = 1024;
/// The longest identifier (an external id, a phone, an event id), in characters.
pub const MAX_ID: usize = 255;

/// Free text as [`optional_text`] keeps it, refused (naming `field`) when
/// longer than `max` characters.
pub fn bounded_text(
    field: &str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, super::Refusal> {
    let value = optional_text(value);
    if let Some(v) = &value
        && v.chars().count() > max
    {
        return Err(super::Refusal::invalid(
            field,
            format!(
                "is {} characters long; at most {max} are kept",
                v.chars().count()
            ),
        ));
    }
    Ok(value)
}

/// A name or other free text: trimmed, empty becomes absent.
pub fn optional_text(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_codes() {
        assert!(campaign_code("spring-2026").is_ok());
        assert!(campaign_code("Spring").is_err());
        assert!(campaign_code("123").is_err());
        assert!(campaign_code("-x").is_err());
        assert!(campaign_code("").is_err());
    }

    #[test]
    fn referral_codes() {
        assert!(referral_code("ANN-2026").is_ok());
        assert!(referral_code("a b").is_err());
        assert!(referral_code("a/b").is_err());
        assert!(referral_code("42").is_err());
    }

    #[test]
    fn emails_are_trimmed_and_lowercased_or_refused_with_a_reason() {
        assert_eq!(
            canonical_email("  Ann@Example.COM ").unwrap(),
            "ann@example.com"
        );
        assert!(
            canonical_email("ann.example.com")
                .unwrap_err()
                .contains("no '@'")
        );
        assert!(
            canonical_email("@example.com")
                .unwrap_err()
                .contains("nothing before")
        );
        assert!(
            canonical_email("ann@localhost")
                .unwrap_err()
                .contains("domain")
        );
        assert!(
            canonical_email("a nn@x.com")
                .unwrap_err()
                .contains("white space")
        );
    }

    #[test]
    fn a_lookalike_address_is_the_address_it_looks_like() {
        for lookalike in [
            "ann@exa\u{200b}mple.com",
            "\u{200e}ann@example.com\u{200f}",
            "ANN@EXAMPLE.COM",
        ] {
            assert_eq!(canonical_email(lookalike).unwrap(), "ann@example.com");
        }
        // Decomposed and composed accents are one address.
        assert_eq!(
            canonical_email("jose\u{0301}@example.com").unwrap(),
            canonical_email("jos\u{e9}@example.com").unwrap()
        );
    }
}
