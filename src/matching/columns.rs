//! Which column holds which key: named with `--column KEY=HEADER`, or found
//! by header synonyms as Excel, Stripe, HubSpot, Shopify, Salesforce and
//! Mailchimp write them, in several languages.

use unicode_normalization::UnicodeNormalization;

use super::{MatchError, MatchKey};

/// Header names per key, normalized (see [`normalize_header`]), best first.
fn synonyms(key: MatchKey) -> &'static [&'static str] {
    match key {
        MatchKey::Email => &[
            "email",
            "email address",
            "e mail",
            "e mail address",
            "emailaddress",
            "customer email",
            "contact email",
            "primary email",
            "billing email",
            "work email",
            "email 1",
            "e mail adresse",
            "email adresse",
            "courriel",
            "adresse courriel",
            "adresse e mail",
            "adresse email",
            "correo electronico",
            "correo",
            "indirizzo email",
            "e posta",
            "mail",
        ],
        MatchKey::Code => &[
            "referral code",
            "referral",
            "ref code",
            "referral link",
            "referral url",
            "invite code",
            "code",
            "ref",
        ],
        MatchKey::ExternalId => &[
            "external id",
            "customer id",
            "stripe customer id",
            "shopify customer id",
            "salesforce id",
            "record id",
            "contact id",
            "client id",
            "account id",
            "customer number",
            "id",
        ],
        MatchKey::Phone => &[
            "phone",
            "phone number",
            "mobile",
            "mobile phone",
            "mobilephone",
            "mobile number",
            "cell",
            "cell phone",
            "telephone",
            "tel",
            "telefon",
            "telefono",
            "telefonnummer",
            "handy",
            "whatsapp",
            "default address phone",
            "mobile phone number",
            "work phone",
            "home phone",
            "business phone",
            "phone mobile",
            "phone 1 value",
            "phone 2 value",
            "phone 3 value",
        ],
    }
}

/// Lowercase, accents off, runs of anything but letters and digits as one
/// space, and a word break where camel case starts one: `E-Mail-Adresse` ->
/// `e mail adresse`, `Correo electrónico` -> `correo electronico`, Xero's
/// `MobileNumber` -> `mobile number`.
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    let mut gap = false;
    let mut lower_before = false;
    for c in header.trim_start_matches('\u{feff}').nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if (gap || (lower_before && c.is_uppercase())) && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            lower_before = c.is_lowercase() || c.is_ascii_digit();
            out.extend(c.to_lowercase());
        } else {
            gap = true;
            lower_before = false;
        }
    }
    out
}

/// Words that make an email-ish header something other than the address:
/// Google Contacts' `E-mail 1 - Label`, Shopify's `Accepts Email Marketing`,
/// HubSpot's `Email Domain`, `Email Verified`, `Email Opt Out`.
const NOT_AN_ADDRESS: &[&str] = &[
    "label",
    "type",
    "status",
    "verified",
    "domain",
    "opt",
    "optin",
    "optout",
    "out",
    "consent",
    "subscribed",
    "subscription",
    "marketing",
    "accepts",
    "bounced",
    "bounce",
    "confirmed",
    "count",
    "sent",
    "opened",
    "clicked",
    "date",
    "unsubscribed",
    "format",
    "preference",
    // Xero's Person1IncludeInEmail: Yes or No.
    "include",
    "permission",
    "frequency",
];

/// The columns that could hold `key`, best first: headers that are one of
/// its synonyms (in the synonyms' order), then, for email, headers that
/// name an email without being about one (`Email (billing)`, `E-mail 1 -
/// Value`), value columns before others.
pub fn candidates(normalized: &[String], key: MatchKey) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    for s in synonyms(key) {
        for (at, h) in normalized.iter().enumerate() {
            if h == s && !found.contains(&at) {
                found.push(at);
            }
        }
    }
    if key == MatchKey::Email {
        let mut by_word: Vec<(u8, usize)> = normalized
            .iter()
            .enumerate()
            .filter(|(at, _)| !found.contains(at))
            .filter(|(_, h)| {
                let words: Vec<&str> = h.split(' ').collect();
                let names_email = words.contains(&"email")
                    || words.contains(&"mail") && words.contains(&"e")
                    || h.contains("e mail");
                names_email && !words.iter().any(|w| NOT_AN_ADDRESS.contains(w))
            })
            .map(|(at, h)| {
                let value = h.split(' ').any(|w| w == "value" || w == "address");
                (u8::from(!value), at)
            })
            .collect();
        by_word.sort();
        found.extend(by_word.into_iter().map(|(_, at)| at));
    }
    found
}

/// True when `headers` reads as a header row rather than an export's title
/// or filter line: two cells or more with text, none of them an address, or
/// a single cell that is exactly a key's name (a one-column list).
pub fn looks_like_header(headers: &[String]) -> bool {
    let filled: Vec<&String> = headers.iter().filter(|h| !h.trim().is_empty()).collect();
    if filled.iter().any(|h| h.contains('@')) {
        return false;
    }
    match filled.as_slice() {
        [] => false,
        [one] => {
            let n = normalize_header(one);
            MatchKey::ALL
                .iter()
                .any(|k| synonyms(*k).contains(&n.as_str()))
        }
        _ => true,
    }
}

/// The column of each key in `keys` that the file has, in the order of
/// `keys`. A `--column` override must name a header of the file; a key
/// without one is looked for by synonyms and left out when not found. Fails
/// when no key has a column.
pub fn map_columns(
    headers: &[String],
    keys: &[MatchKey],
    overrides: &[(MatchKey, String)],
) -> Result<Vec<(MatchKey, usize)>, MatchError> {
    let normalized: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
    let mut mapped = Vec::with_capacity(keys.len());
    for &key in keys {
        // `--column email=A --column email=B` chooses exactly those columns.
        let wanted: Vec<&String> = overrides
            .iter()
            .filter(|(k, _)| *k == key)
            .map(|(_, h)| h)
            .collect();
        if !wanted.is_empty() {
            for wanted in wanted {
                let wanted_norm = normalize_header(wanted);
                let at = headers
                    .iter()
                    .position(|h| h.trim() == wanted.trim())
                    .or_else(|| normalized.iter().position(|h| *h == wanted_norm))
                    .ok_or_else(|| MatchError::UnknownColumn {
                        key,
                        header: wanted.clone(),
                        headers: headers.to_vec(),
                    })?;
                if !mapped.contains(&(key, at)) {
                    mapped.push((key, at));
                }
            }
            continue;
        }
        let found = candidates(&normalized, key);
        match key {
            // A person's addresses and phones sit in several columns (work,
            // home, additional): each one counts, and they must agree.
            MatchKey::Email | MatchKey::Phone => {
                mapped.extend(found.into_iter().map(|at| (key, at)));
            }
            _ => mapped.extend(found.first().map(|&at| (key, at))),
        }
    }
    if mapped.is_empty() {
        return Err(MatchError::NoIdentityColumn {
            wanted: keys.to_vec(),
            headers: headers.to_vec(),
        });
    }
    Ok(mapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn headers_are_normalized() {
        assert_eq!(normalize_header("  E-Mail-Adresse "), "e mail adresse");
        assert_eq!(normalize_header("Correo electrónico"), "correo electronico");
        assert_eq!(
            normalize_header("\u{feff}\"Email Address\""),
            "email address"
        );
        assert_eq!(normalize_header("Created (UTC)"), "created utc");
    }

    #[test]
    fn exports_of_the_usual_tools_are_understood() {
        let stripe = headers(&["id", "Email", "Name", "Created (UTC)"]);
        assert_eq!(
            map_columns(&stripe, &[MatchKey::Email, MatchKey::ExternalId], &[]).unwrap(),
            [(MatchKey::Email, 1), (MatchKey::ExternalId, 0)]
        );
        let hubspot = headers(&["Record ID", "First Name", "Email", "Phone Number"]);
        assert_eq!(
            map_columns(&hubspot, &[MatchKey::Phone, MatchKey::ExternalId], &[]).unwrap(),
            [(MatchKey::Phone, 3), (MatchKey::ExternalId, 0)]
        );
        let german = headers(&["Name", "E-Mail-Adresse", "Telefon"]);
        assert_eq!(
            map_columns(&german, &[MatchKey::Email], &[]).unwrap(),
            [(MatchKey::Email, 1)]
        );
        let french = headers(&["Nom", "Courriel"]);
        assert_eq!(
            map_columns(&french, &[MatchKey::Email], &[]).unwrap()[0].1,
            1
        );
        let odd = headers(&["Name", "Email (billing)"]);
        assert_eq!(map_columns(&odd, &[MatchKey::Email], &[]).unwrap()[0].1, 1);
    }

    #[test]
    fn a_value_column_is_chosen_over_its_label_and_exact_names_over_words() {
        let google = headers(&[
            "Name",
            "E-mail 1 - Label",
            "E-mail 1 - Value",
            "E-mail 2 - Label",
            "E-mail 2 - Value",
        ]);
        let normalized: Vec<String> = google.iter().map(|h| normalize_header(h)).collect();
        assert_eq!(candidates(&normalized, MatchKey::Email), [2, 4]);
        let shopify = headers(&[
            "Accepts Email Marketing",
            "Email Verified",
            "Customer Email",
            "Email (work)",
        ]);
        let normalized: Vec<String> = shopify.iter().map(|h| normalize_header(h)).collect();
        assert_eq!(candidates(&normalized, MatchKey::Email), [2, 3]);
    }

    #[test]
    fn title_and_filter_lines_are_not_headers() {
        assert!(!looks_like_header(&headers(&["Contacts with email"])));
        assert!(!looks_like_header(&headers(&[
            "Email contains @example.com",
            ""
        ])));
        assert!(!looks_like_header(&headers(&["ann@example.com", "Ann"])));
        assert!(looks_like_header(&headers(&["Email"])));
        assert!(looks_like_header(&headers(&["Contact ID", "Email"])));
    }

    #[test]
    fn a_missing_column_names_the_headers_and_the_flag() {
        let h = headers(&["Name", "Spend"]);
        let err = map_columns(&h, &[MatchKey::Email], &[])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("[Name, Spend]") && err.contains("--column email="),
            "{err}"
        );
        let err = map_columns(&h, &[MatchKey::ExternalId, MatchKey::Phone], &[])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("no external_id or phone column") && err.contains("--column external-id="),
            "{err}"
        );
        // Keys without a column are left out while one is found.
        let h2 = headers(&["Email", "Name"]);
        assert_eq!(
            map_columns(&h2, &[MatchKey::Phone, MatchKey::Email], &[]).unwrap(),
            [(MatchKey::Email, 0)]
        );
        let err = map_columns(
            &h,
            &[MatchKey::Email],
            &[(MatchKey::Email, "Contact".into())],
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("'Contact'"), "{err}");
        assert_eq!(
            map_columns(&h, &[MatchKey::Email], &[(MatchKey::Email, "name".into())]).unwrap(),
            [(MatchKey::Email, 0)]
        );
    }
}
