//! Webhook signatures: HMAC-SHA256 over `"{timestamp}.{body}"`, sent as
//! `t=TIMESTAMP,v1=HEX` — the scheme Stripe defines for `Stripe-Signature`,
//! and the one refctl's own generic webhook uses (`Refctl-Signature`).

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// How far a signature's timestamp may be from now, in seconds.
pub const TOLERANCE_SECONDS: i64 = 300;

/// Why a signed request is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no signature header")]
    Missing,
    #[error("the signature header is not t=TIMESTAMP,v1=SIGNATURE")]
    Malformed,
    #[error(
        "the signature's timestamp is more than {TOLERANCE_SECONDS} s away from now (a replay?)"
    )]
    Stale,
    #[error("the signature does not match the body and the secret")]
    Mismatch,
}

/// The hex HMAC-SHA256 of `"{timestamp}.{body}"` under `secret`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    super::codes::hex(&mac.finalize().into_bytes())
}

/// The header value for a body signed now (for clients and tests).
pub fn header(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!("t={timestamp},v1={}", sign(secret, timestamp, body))
}

/// Checks `header` against the body under any of `secrets`, at time `now`.
pub fn verify(
    header: Option<&str>,
    body: &[u8],
    secrets: &[&str],
    now: i64,
) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", s)) => signatures.push(s),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(SignatureError::Stale);
    }
    for secret in secrets {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        for s in &signatures {
            if let Some(bytes) = hex(s)
                && mac.clone().verify_slice(&bytes).is_ok()
            {
                return Ok(());
            }
        }
    }
    Err(SignatureError::Mismatch)
}

fn hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A secret the sender made, as given: trimmed, at least 16 characters,
/// no spaces inside.
pub fn check_shared_secret(secret: &str) -> Result<&str, super::Refusal> {
    let secret = secret.trim();
    if secret.len() < 16 || secret.chars().any(char::is_whitespace) {
        return Err(super::Refusal::invalid(
            "secret",
            "must be at least 16 characters without spaces, as the sender shows it (whsec_...)",
        ));
    }
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_check_body_secret_and_time() {
        let body = br#"{"id":"evt_1"}"#;
        let h = header("whsec_a", 1_000, body);
        assert_eq!(verify(Some(&h), body, &["whsec_a"], 1_100), Ok(()));
        assert_eq!(verify(Some(&h), body, &["old", "whsec_a"], 1_100), Ok(()));
        assert_eq!(
            verify(Some(&h), b"{}", &["whsec_a"], 1_100),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(Some(&h), body, &["whsec_b"], 1_100),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(Some(&h), body, &["whsec_a"], 1_000 + TOLERANCE_SECONDS + 1),
            Err(SignatureError::Stale)
        );
        assert_eq!(
            verify(None, body, &["whsec_a"], 1_000),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify(Some("v1=zz"), body, &["whsec_a"], 1_000),
            Err(SignatureError::Malformed)
        );
    }
}
