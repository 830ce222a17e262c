//! Progress on stderr while a person watches: counts with separators, a
//! rate and an ETA. Hidden when stderr is not a terminal or with `-q`, so
//! scripts and CI logs see only the result.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use super::thousands;

/// What an interruption should say about work under way (how far it got,
/// how to go on); the Ctrl-C handler prints it.
static INTERRUPTED_NOTE: Mutex<Option<String>> = Mutex::new(None);

pub fn set_interrupted_note(note: String) {
    *INTERRUPTED_NOTE.lock().unwrap_or_else(|p| p.into_inner()) = Some(note);
}

pub fn clear_interrupted_note() {
    *INTERRUPTED_NOTE.lock().unwrap_or_else(|p| p.into_inner()) = None;
}

/// The note for Ctrl-C, if work is under way.
pub fn interrupted_note() -> Option<String> {
    INTERRUPTED_NOTE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
}

/// A spinner with a message, for waits of unknown length.
pub fn spinner(visible: bool, message: &str) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_message(message.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// `qualifying leads [=====>    ] 2,400 / 12,000 leads · 95/s · eta 1m`:
/// the bar takes what the terminal's width leaves, so the line never wraps.
pub fn counter(visible: bool, total: u64, message: &str, noun: &str) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let template = format!(
        "{{msg}} [{{wide_bar}}] {{human_pos}} / {{human_len}} {noun} · {{rate}} · eta {{until_done}}"
    );
    let bar = ProgressBar::new(total).with_style(
        with_rate_and_eta(
            ProgressStyle::with_template(&template)
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
        .progress_chars("=> "),
    );
    bar.set_message(message.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// `{rate}` as every rate refctl prints (`16,055/s`), and `{until_done}`,
/// which says nothing until there is a rate to reckon from: a first frame
/// reading `eta 0s` would be a guess.
fn with_rate_and_eta(style: ProgressStyle) -> ProgressStyle {
    style
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&per_second(state.per_sec()));
            },
        )
        .with_key(
            "until_done",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                if state.pos() == 0 || state.elapsed() < Duration::from_secs(1) {
                    let _ = w.write_str("…");
                } else {
                    let _ = write!(w, "{:#}", indicatif::HumanDuration(state.eta()));
                }
            },
        )
}

/// Rows read from a file whose length in bytes is known and whose rows are
/// not: the bar follows the bytes, the words count the rows.
pub struct RowProgress {
    bar: ProgressBar,
    started: Instant,
}

impl RowProgress {
    pub fn new(visible: bool, bytes: u64) -> RowProgress {
        let bar = if visible {
            let bar = ProgressBar::new(bytes).with_style(
                with_rate_and_eta(
                    ProgressStyle::with_template(
                        "{msg} [{wide_bar}] {percent}% · eta {until_done}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                )
                .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        } else {
            ProgressBar::hidden()
        };
        RowProgress {
            bar,
            started: Instant::now(),
        }
    }

    /// `rows` read so far, up to `byte` of the file.
    pub fn update(&self, rows: u64, byte: u64) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar.set_position(byte);
        self.bar
            .set_message(rows_message(rows, self.started.elapsed()));
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// `240,000 rows · 600,000/s`.
fn rows_message(rows: u64, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        rows as f64 / seconds
    } else {
        0.0
    };
    format!("matching {} rows · {}", thousands(rows), per_second(rate))
}

/// A rate in the one format refctl uses: whole items a second with
/// thousands separators (`850/s`, `16,055/s`).
pub fn per_second(rate: f64) -> String {
    let rate = if rate.is_finite() && rate > 0.0 {
        rate.round() as u64
    } else {
        0
    };
    format!("{}/s", thousands(rate))
}

#[cfg(test)]
mod tests {
    #[test]
    fn row_progress_reads_as_counts_and_a_rate() {
        assert_eq!(
            super::rows_message(240_000, std::time::Duration::from_millis(400)),
            "matching 240,000 rows · 600,000/s"
        );
        assert_eq!(super::per_second(16_054.928_2), "16,055/s");
        assert_eq!(super::per_second(850.0), "850/s");
        assert_eq!(super::per_second(f64::NAN), "0/s");
    }
}
