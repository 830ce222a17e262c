//! The kept form of a customer list's key, shared by refctl's store and the
//! lists a hosted platform's client keeps: HMAC-SHA256, under a secret that
//! never leaves its keeper, of the SHA-256 of the normalized key (which is
//! all a client sends, as lowercase hex).

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The 32 bytes of a SHA-256 written as 64 hex digits; `None` otherwise.
pub fn sha256_from_hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// What is kept of a key: HMAC-SHA256(secret, sha256).
pub fn digest(secret: &[u8], sha256: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(sha256);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_whole_sha256_in_hex_is_a_key() {
        let hex = "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476";
        assert_eq!(super::sha256_from_hex(hex).unwrap().len(), 32);
        assert!(super::sha256_from_hex(&hex[1..]).is_none());
        assert!(super::sha256_from_hex(&hex.replace('7', "g")).is_none());
        assert_ne!(super::digest(b"a", &[1]), super::digest(b"b", &[1]));
    }
}
