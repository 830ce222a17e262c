//! Request rate limits, as `600/min`: set on a token by the server, obeyed by the client.

use std::fmt;
use std::num::NonZeroU32;
use std::str::FromStr;
use std::time::Duration;

/// At most `requests` requests per `per_seconds` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub requests: NonZeroU32,
    pub per_seconds: NonZeroU32,
}

impl RateLimit {
    /// `requests` per `per_seconds` seconds, for constants: a zero fails
    /// the build.
    pub const fn new(requests: u32, per_seconds: u32) -> RateLimit {
        match (NonZeroU32::new(requests), NonZeroU32::new(per_seconds)) {
            (Some(requests), Some(per_seconds)) => RateLimit {
                requests,
                per_seconds,
            },
            _ => panic!("a rate is never zero"),
        }
    }

    /// The even spacing between two requests at this rate.
    pub fn interval(&self) -> Duration {
        Duration::from_secs(u64::from(self.per_seconds.get())) / self.requests.get()
    }

    /// Requests per minute, for comparing two limits.
    pub fn per_minute(&self) -> f64 {
        f64::from(self.requests.get()) * 60.0 / f64::from(self.per_seconds.get())
    }

    /// The stricter of two limits.
    pub fn min(self, other: RateLimit) -> RateLimit {
        if other.per_minute() < self.per_minute() {
            other
        } else {
            self
        }
    }
}

impl fmt::Display for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.per_seconds.get() {
            1 => "s".to_string(),
            60 => "min".to_string(),
            3600 => "h".to_string(),
            n => format!("{n}s"),
        };
        write!(f, "{}/{unit}", self.requests)
    }
}

/// Why a rate limit could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a rate: write it as N/s, N/min or N/h with N at least 1, e.g. 600/min")]
pub struct BadRate(pub String);

impl FromStr for RateLimit {
    type Err = BadRate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadRate(s.to_string());
        let (n, unit) = s.trim().split_once('/').ok_or_else(bad)?;
        let requests: NonZeroU32 = n.trim().parse().map_err(|_| bad())?;
        let per_seconds = match unit.trim() {
            "s" | "sec" | "second" => 1,
            "m" | "min" | "minute" => 60,
            "h" | "hour" => 3600,
            _ => return Err(bad()),
        };
        Ok(RateLimit {
            requests,
            per_seconds: NonZeroU32::new(per_seconds).ok_or_else(bad)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_print_and_compare() {
        let r: RateLimit = "600/min".parse().unwrap();
        assert_eq!(r.to_string(), "600/min");
        assert_eq!(r.interval(), Duration::from_millis(100));
        let s: RateLimit = " 5 / s ".parse().unwrap();
        assert_eq!(s.per_minute(), 300.0);
        assert_eq!(r.min(s), s);
        for bad in ["600", "0/min", "ten/min", "5/day", "-1/s"] {
            assert!(bad.parse::<RateLimit>().is_err(), "{bad}");
        }
    }
}
