use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

/// Timestamps are stored in one fixed-width UTC form so that text order is time order.
const STORED: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

pub fn now() -> String {
    format_stored(OffsetDateTime::now_utc())
}

fn format_stored(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(STORED)
        .expect("the stored format only uses fields every time has")
}

/// A stored time plus `days`, in the stored form.
pub fn add_days(stored: &str, days: u32) -> Option<String> {
    let t = OffsetDateTime::parse(stored, &Rfc3339).ok()?;
    Some(format_stored(t + time::Duration::days(i64::from(days))))
}

/// Turns a filter value (RFC 3339, or a bare `YYYY-MM-DD` meaning midnight UTC)
/// into the stored form, so it compares correctly.
pub fn parse_time_filter(value: &str) -> Result<String, String> {
    if let Ok(t) = OffsetDateTime::parse(value, &Rfc3339) {
        return Ok(format_stored(t));
    }
    let date_only = format_description!("[year]-[month]-[day]");
    if let Ok(d) = time::Date::parse(value, date_only) {
        return Ok(format_stored(d.midnight().assume_utc()));
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
        assert!(a < b && b < now());
        assert!(parse_time_filter("yesterday").is_err());
    }
}
