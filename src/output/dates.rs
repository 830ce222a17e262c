//! Times as people read them in a table: local (the `TZ` in effect) to the
//! second, or relative ("2 hours ago") when a person is watching. JSON, NDJSON
//! and CSV keep the API's RFC 3339 UTC text, which scripts compare.

use jiff::tz::TimeZone;
use jiff::{Timestamp, Unit};

/// How a table shows a time.
#[derive(Debug, Clone)]
pub enum DateStyle {
    /// `2026-11-25 14:03:07` in the time zone given.
    Local(TimeZone),
    /// `3 hours ago`, `in 2 days` (a table on a terminal), counted from `now`;
    /// a month away or more, the local date.
    Relative { zone: TimeZone, now: Timestamp },
}

impl DateStyle {
    /// Relative on a terminal, local time otherwise; the zone is the system's,
    /// honouring `TZ`.
    pub fn for_terminal(terminal: bool) -> DateStyle {
        let zone = TimeZone::try_system().unwrap_or(TimeZone::UTC);
        if terminal {
            DateStyle::Relative {
                zone,
                now: Timestamp::now(),
            }
        } else {
            DateStyle::Local(zone)
        }
    }

    /// The cell for `text` when `key` names a time (`created_at`, …) and the
    /// text is one; `None` leaves the cell as it is.
    pub fn cell(&self, key: &str, text: &str) -> Option<String> {
        if !(key.ends_with("_at") || key == "at") {
            return None;
        }
        let at: Timestamp = text.parse().ok()?;
        Some(match self {
            DateStyle::Local(zone) => local(at, zone),
            DateStyle::Relative { zone, now } => relative(at, *now, zone),
        })
    }
}

fn local(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned(zone.clone())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

fn relative(at: Timestamp, now: Timestamp, zone: &TimeZone) -> String {
    let seconds = now.as_second() - at.as_second();
    let ahead = seconds < 0;
    let s = seconds.unsigned_abs();
    if s < 45 {
        return "just now".into();
    }
    let (n, unit) = match s {
        0..3_600 => (s.div_ceil(60).min(59), Unit::Minute),
        3_600..86_400 => (s / 3_600, Unit::Hour),
        86_400..2_592_000 => (s / 86_400, Unit::Day),
        _ => {
            return at.to_zoned(zone.clone()).strftime("%Y-%m-%d").to_string();
        }
    };
    let word = match unit {
        Unit::Minute => "minute",
        Unit::Hour => "hour",
        _ => "day",
    };
    let amount = super::count(n, word);
    if ahead {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(posix: &str) -> TimeZone {
        TimeZone::posix(posix).unwrap()
    }

    #[test]
    fn local_time_follows_the_zone_to_the_second() {
        let style = DateStyle::Local(zone("JST-9"));
        assert_eq!(
            style.cell("created_at", "2026-11-25T10:00:05Z").as_deref(),
            Some("2026-11-25 19:00:05")
        );
        assert_eq!(style.cell("email", "2026-11-25T10:00:05Z"), None);
        assert_eq!(style.cell("created_at", "soon"), None);
    }

    #[test]
    fn relative_times_count_whole_units_with_the_right_plural() {
        let now: Timestamp = "2026-11-25T12:00:00Z".parse().unwrap();
        let style = DateStyle::Relative {
            zone: TimeZone::UTC,
            now,
        };
        let shown = |at: &str| style.cell("qualified_at", at).unwrap();
        assert_eq!(shown("2026-11-25T11:59:50Z"), "just now");
        assert_eq!(shown("2026-11-25T11:59:00Z"), "1 minute ago");
        assert_eq!(shown("2026-11-25T09:30:00Z"), "2 hours ago");
        assert_eq!(shown("2026-11-24T11:00:00Z"), "1 day ago");
        assert_eq!(shown("2026-11-28T12:00:00Z"), "in 3 days");
        assert_eq!(shown("2026-08-01T12:00:00Z"), "2026-08-01");
    }
}
