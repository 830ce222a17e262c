//! "Did you mean": the known name closest to one that was not found, when
//! it is close enough to be a typo (the same measure clap uses).

/// The candidate most like `wanted`, if any is close: Jaro-Winkler
/// similarity of 0.8 or more, case aside.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = wanted.trim().to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&wanted, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// `; did you mean 'X'?` for a message, or nothing.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(wanted, candidates)
        .map(|c| format!("; did you mean '{c}'?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_its_name_and_a_stranger_finds_none() {
        let codes = ["spring", "autumn", "summer-2026"];
        assert_eq!(closest("sprng", codes), Some("spring"));
        assert_eq!(closest("Summer-2025", codes), Some("summer-2026"));
        assert_eq!(closest("xyz", codes), None);
        assert_eq!(did_you_mean("autum", codes), "; did you mean 'autumn'?");
    }
}
