//! Counts as people read them: thousands separated, and the noun in the
//! right number (`1 lead`, `1,204 leads`, never `lead(s)`).

/// `n` with a comma between each group of three digits: `1,500,000`.
pub fn thousands(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `n noun`, with `noun` made plural when `n` is not one (`s`, or `es`
/// after s, x, ch and sh; `y` after a consonant becomes `ies`).
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    format!("{} {}", thousands(n), plural(n, noun))
}

/// `noun` as many: `lead` → `leads`, `match` → `matches`, `entry` → `entries`.
pub fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if noun.ends_with(['s', 'x']) || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words() {
        assert_eq!(thousands(0u64), "0");
        assert_eq!(thousands(999u64), "999");
        assert_eq!(thousands(1_000u64), "1,000");
        assert_eq!(thousands(1_500_000u64), "1,500,000");
        assert_eq!(count(1u64, "lead"), "1 lead");
        assert_eq!(count(0u64, "lead"), "0 leads");
        assert_eq!(count(12_000u64, "row"), "12,000 rows");
        assert_eq!(count(2u64, "match"), "2 matches");
        assert_eq!(count(3u64, "entry"), "3 entries");
        assert_eq!(count(2u64, "day"), "2 days");
    }
}
