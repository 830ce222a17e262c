//! Times as the domain keeps them: one fixed-width UTC text form, so that
//! text order is time order. Pure: the caller reads the clock
//! (`jiff::Timestamp::now()`), the one time crate refctl uses.

use jiff::{SignedDuration, Timestamp};

/// `t` in the stored form: `2026-03-01T08:00:00.000000Z`.
pub fn stored(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// `days` whole days.
pub fn days(days: i64) -> SignedDuration {
    SignedDuration::from_hours(days.saturating_mul(24))
}

/// `t` plus `d`, held at the ends of time rather than overflowing.
pub fn plus(t: Timestamp, d: SignedDuration) -> Timestamp {
    t.checked_add(d).unwrap_or(if d.is_negative() {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

/// A stored time plus `days`, in the stored form.
pub fn add_days(stored_time: &str, days: u32) -> Option<String> {
    let t: Timestamp = stored_time.parse().ok()?;
    let later = t.checked_add(self::days(i64::from(days))).ok()?;
    Some(stored(later))
}

/// A Unix time in seconds as RFC 3339 (`2026-03-01T08:00:00Z`), for people.
pub fn from_unix(seconds: i64) -> Option<String> {
    Timestamp::from_second(seconds).ok().map(|t| t.to_string())
}

/// Turns a filter value (RFC 3339, or a bare `YYYY-MM-DD` meaning midnight UTC)
/// into the stored form, so it compares correctly.
pub fn parse_time_filter(value: &str) -> Result<String, String> {
    if let Ok(t) = value.parse::<Timestamp>() {
        return Ok(stored(t));
    }
    let date_only = value.len() == 10 && value.as_bytes()[4] == b'-';
    if date_only
        && let Ok(d) = value.parse::<jiff::civil::Date>()
        && let Ok(z) = d.to_zoned(jiff::tz::TimeZone::UTC)
    {
        return Ok(stored(z.timestamp()));
    }
    Err(format!(
        "'{value}' is not a time: use RFC 3339 (2026-03-01T12:00:00Z) or a date (2026-03-01)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_compare_like_stored_times() {
        let a = parse_time_filter("2026-03-01").unwrap();
        let b = parse_time_filter("2026-03-01T10:00:00+02:00").unwrap();
        assert_eq!(a, "2026-03-01T00:00:00.000000Z");
        assert_eq!(b, "2026-03-01T08:00:00.000000Z");
        assert!(a < b && b < stored(Timestamp::now()));
        assert!(parse_time_filter("yesterday").is_err());
        assert_eq!(
            stored(Timestamp::from_microsecond(1_772_352_000_123_456).unwrap()),
            "2026-03-01T08:00:00.123456Z"
        );
    }

    #[test]
    fn days_are_added_in_the_stored_form() {
        assert_eq!(
            add_days("2026-03-01T00:00:00.000000Z", 30).as_deref(),
            Some("2026-03-31T00:00:00.000000Z")
        );
        assert_eq!(add_days("not a time", 1), None);
        assert_eq!(from_unix(0).as_deref(), Some("1970-01-01T00:00:00Z"));
    }
}
