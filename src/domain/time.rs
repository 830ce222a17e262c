//! Times as the domain keeps them: one fixed-width UTC text form, so that
//! text order is time order. Pure: the caller reads the clock.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

const STORED: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// `t` in the stored form.
pub fn stored(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(STORED)
        .unwrap_or_else(|_| String::from("0000-00-00T00:00:00.000000Z"))
}

/// A stored time plus `days`, in the stored form.
pub fn add_days(stored_time: &str, days: u32) -> Option<String> {
    let t = OffsetDateTime::parse(stored_time, &Rfc3339).ok()?;
    let later = t.checked_add(time::Duration::days(i64::from(days)))?;
    Some(stored(later))
}

/// Turns a filter value (RFC 3339, or a bare `YYYY-MM-DD` meaning midnight UTC)
/// into the stored form, so it compares correctly.
pub fn parse_time_filter(value: &str) -> Result<String, String> {
    if let Ok(t) = OffsetDateTime::parse(value, &Rfc3339) {
        return Ok(stored(t));
    }
    let date_only = format_description!("[year]-[month]-[day]");
    if let Ok(d) = time::Date::parse(value, date_only) {
        return Ok(stored(d.midnight().assume_utc()));
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
        assert!(a < b && b < stored(OffsetDateTime::now_utc()));
        assert!(parse_time_filter("yesterday").is_err());
    }

    #[test]
    fn days_are_added_in_the_stored_form() {
        assert_eq!(
            add_days("2026-03-01T00:00:00.000000Z", 30).as_deref(),
            Some("2026-03-31T00:00:00.000000Z")
        );
        assert_eq!(add_days("not a time", 1), None);
    }
}
