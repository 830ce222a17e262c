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

/// `qualifying leads [=====>    ] 2,400 / 12,000 leads · 95/s · eta 1m`.
pub fn counter(visible: bool, total: u64, message: &str, noun: &str) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let template = format!(
        "{{msg}} [{{bar:24}}] {{human_pos}} / {{human_len}} {noun} · {{per_sec}} · eta {{eta}}"
    );
    let bar = ProgressBar::new(total).with_style(
        ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(message.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
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
                ProgressStyle::with_template("{msg} [{bar:24}] {percent}% · eta {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
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

/// `240,000 rows · 600 k/s`.
fn rows_message(rows: u64, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        rows as f64 / seconds
    } else {
        0.0
    };
    format!("matching {} rows · {}", thousands(rows), per_second(rate))
}

/// A rate as people say it: `850/s`, `600 k/s`, `1.2 M/s`.
fn per_second(rate: f64) -> String {
    if rate >= 1_000_000.0 {
        format!("{:.1} M/s", rate / 1_000_000.0)
    } else if rate >= 1_000.0 {
        format!("{:.0} k/s", rate / 1_000.0)
    } else {
        format!("{rate:.0}/s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn row_progress_reads_as_counts_and_a_rate() {
        assert_eq!(
            super::rows_message(240_000, std::time::Duration::from_millis(400)),
            "matching 240,000 rows · 600 k/s"
        );
        assert_eq!(super::per_second(1_250_000.0), "1.2 M/s");
        assert_eq!(super::per_second(850.0), "850/s");
    }
}
