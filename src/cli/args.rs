//! Flags shared by many commands, declared once so that names and defaults never drift.

use clap::Args;

use super::exit::UsageError;
use crate::output::Format;

/// Flags every command takes, under a heading of their own in every `--help`
/// (as gh's INHERITED FLAGS) so a command's own flags stand out.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this profile of the config file [env: REFCTL_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,

    /// The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]
    #[arg(long, global = true, value_enum, value_name = "NAME")]
    pub provider: Option<crate::config::Provider>,

    /// Output format of the data on stdout
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,

    /// Print only data and errors: no status lines
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Log more to stderr (-v: requests and retries)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Never use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: Option<u64>,

    /// Answer yes to confirmations (needed without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
}

impl GlobalArgs {
    /// The printer these flags ask for.
    pub fn printer(&self) -> crate::output::Printer {
        use crate::output::{ColorChoice, Printer};
        let color = if self.no_color {
            ColorChoice::Never
        } else {
            ColorChoice::Auto
        };
        Printer::new(self.output, self.quiet, color)
    }
}

/// How much of a list to fetch.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Show at most this many
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,

    /// Fetch every page (ignores --limit)
    #[arg(long)]
    pub all: bool,

    /// Sort by this field (e.g. created_at, email, status); default: the API's order (oldest first)
    #[arg(long, value_name = "FIELD")]
    pub sort: Option<String>,

    /// Reverse the order (newest first, or --sort descending)
    #[arg(long)]
    pub reverse: bool,
}

impl ListArgs {
    /// Every page, in the API's order.
    pub fn everything() -> ListArgs {
        ListArgs {
            limit: crate::api::MAX_PAGE,
            all: true,
            sort: None,
            reverse: false,
        }
    }

    /// Puts `items` in the order asked for: by `--sort` (numbers as numbers,
    /// times and text as text, empty last), then `--reverse`. A field no item
    /// has is a usage error naming the fields there are.
    pub fn arrange<T: serde::Serialize>(&self, items: &mut Vec<T>) -> Result<(), UsageError> {
        if let Some(field) = &self.sort {
            let values: Vec<serde_json::Value> = items
                .iter()
                .map(|i| serde_json::to_value(i).unwrap_or_default())
                .collect();
            if let Some(serde_json::Value::Object(first)) = values.first()
                && !values.iter().any(|v| v.get(field).is_some())
            {
                let known: Vec<&str> = first.keys().map(String::as_str).collect();
                return Err(UsageError(format!(
                    "cannot sort by '{field}': the fields are {}",
                    known.join(", ")
                )));
            }
            let mut order: Vec<usize> = (0..items.len()).collect();
            order.sort_by(|&a, &b| compare(values[a].get(field), values[b].get(field)));
            let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
            items.extend(order.into_iter().filter_map(|i| slots[i].take()));
        }
        if self.reverse {
            items.reverse();
        }
        Ok(())
    }
}

/// How two values of a field compare when sorting: numbers by value, then
/// text (case aside), then anything else by its JSON; absent and null last.
fn compare(a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> std::cmp::Ordering {
    use serde_json::Value;
    let rank = |v: Option<&Value>| match v {
        Some(Value::Number(_)) => 0,
        Some(Value::String(_) | Value::Bool(_)) => 1,
        None | Some(Value::Null) => 3,
        Some(_) => 2,
    };
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.to_lowercase(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    rank(a).cmp(&rank(b)).then_with(|| match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .unwrap_or(0.0)
            .total_cmp(&y.as_f64().unwrap_or(0.0)),
        _ => text(a).cmp(&text(b)),
    })
}

/// The campaign a command works in.
#[derive(Debug, Clone, Args)]
pub struct CampaignArg {
    /// Campaign id or code (default: the profile's campaign)
    #[arg(
        short,
        long,
        value_name = "CAMPAIGN",
        add = clap_complete::ArgValueCompleter::new(super::complete::campaign_codes)
    )]
    pub campaign: Option<String>,
}

/// How to read a delimited file, when detection is not enough.
#[derive(Debug, Clone, Args)]
pub struct ReadArgs {
    /// The file's encoding (default: detected), e.g. utf-8, windows-1252, utf-16le
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// The field separator (default: detected): , ; tab |
    #[arg(long, value_name = "CHAR", value_parser = delimiter)]
    pub delimiter: Option<u8>,
}

/// `--delimiter`: one ASCII character, or `tab`.
fn delimiter(value: &str) -> Result<u8, String> {
    match value {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        d if d.len() == 1 && d.is_ascii() => Ok(d.as_bytes()[0]),
        d => Err(format!("'{d}' must be one character: , ; | or tab")),
    }
}

/// A time for a filter: RFC 3339, `YYYY-MM-DD` (midnight UTC), `today`,
/// `yesterday`, or an age such as `7d`, `12h`, `30m` (that long ago). A
/// value refctl cannot read is a usage error (exit 2), like any bad flag.
pub fn time_filter(value: &str) -> Result<String, String> {
    use jiff::{SignedDuration, Timestamp, tz::TimeZone};
    let now = Timestamp::now();
    let midnight = |days_ago: i64| {
        let today = now.to_zoned(TimeZone::UTC).date();
        today
            .checked_sub(jiff::Span::new().days(days_ago))
            .ok()
            .and_then(|d| d.to_zoned(TimeZone::UTC).ok())
            .map(|z| z.timestamp())
    };
    let value = value.trim();
    let at = match value {
        "now" => Some(now),
        "today" => midnight(0),
        "yesterday" => midnight(1),
        _ => {
            let split = value
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(value.len());
            let (n, unit) = value.split_at(split);
            let ago = match (n.parse::<i64>(), unit) {
                (Ok(n), "d") => Some(crate::domain::time::days(n)),
                (Ok(n), "h") => Some(SignedDuration::from_hours(n)),
                (Ok(n), "m") => Some(SignedDuration::from_mins(n)),
                (Ok(n), "w") => Some(crate::domain::time::days(n.saturating_mul(7))),
                _ => None,
            };
            ago.and_then(|d| now.checked_sub(d).ok())
        }
    };
    if let Some(at) = at {
        return Ok(at.to_string());
    }
    crate::domain::time::parse_time_filter(value)
        .map(|_| value.to_string())
        .map_err(|_| {
            format!(
                "'{value}' is not a time: use 2026-11-01, 2026-11-01T12:00:00Z, today, yesterday, or an age such as 7d or 12h"
            )
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn time_filters_take_dates_timestamps_and_ages() {
        assert_eq!(super::time_filter("2026-11-01").unwrap(), "2026-11-01");
        assert!(super::time_filter("2026-11-01T12:00:00Z").is_ok());
        assert!(super::time_filter("7d").unwrap().ends_with('Z'));
        assert!(super::time_filter("yesterday").is_ok());
        assert!(super::time_filter("last tuesday").is_err());
    }

    #[test]
    fn lists_sort_by_a_field_numbers_as_numbers_and_empty_last() {
        use serde_json::json;
        let list = |sort: &str, reverse| super::ListArgs {
            limit: 100,
            all: false,
            sort: Some(sort.into()),
            reverse,
        };
        let mut items = vec![
            json!({"id": 10, "email": "b@x"}),
            json!({"id": 9, "email": null}),
            json!({"id": 100, "email": "A@x"}),
        ];
        list("id", false).arrange(&mut items).unwrap();
        assert_eq!(
            items
                .iter()
                .map(|i| i["id"].as_i64().unwrap())
                .collect::<Vec<_>>(),
            [9, 10, 100]
        );
        list("email", true).arrange(&mut items).unwrap();
        assert_eq!(
            items
                .iter()
                .map(|i| i["id"].as_i64().unwrap())
                .collect::<Vec<_>>(),
            [9, 10, 100]
        );
        let err = list("emial", false).arrange(&mut items).unwrap_err();
        assert!(err.0.contains("the fields are id, email"), "{}", err.0);
    }
}
