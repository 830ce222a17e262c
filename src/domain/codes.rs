//! Referral codes and campaign codes.

use rand::Rng;

/// Letters and digits that cannot be misread for each other (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A new random referral code: 8 characters, about 39 bits.
pub fn new_referral_code(rng: &mut impl Rng) -> String {
    (0..8)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// A campaign code derived from its name: lowercase ASCII words joined by `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() || out.bytes().all(|b| b.is_ascii_digit()) {
        out.insert_str(0, "campaign-");
        if out.ends_with('-') {
            out.pop();
        }
    }
    out.truncate(64);
    out
}

/// Bytes as lowercase hexadecimal (hashes, keys, signatures).
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_use_the_unambiguous_alphabet() {
        let mut rng = rand::rng();
        for _ in 0..100 {
            let code = new_referral_code(&mut rng);
            assert_eq!(code.len(), 8);
            assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
        }
    }

    #[test]
    fn slugs_are_valid_campaign_codes() {
        assert_eq!(slug("Spring Promo 2026!"), "spring-promo-2026");
        assert_eq!(slug("  Été  "), "t");
        assert_eq!(slug("2026"), "campaign-2026");
        assert_eq!(slug("!!!"), "campaign");
        for name in ["Spring Promo", "2026", "!!!", "a b"] {
            assert!(
                super::super::validate::campaign_code(&slug(name)).is_ok(),
                "{name}"
            );
        }
    }
}
