use std::io::{IsTerminal, Write};

use serde::Serialize;
use serde_json::Value;

use super::render;

/// How data is written to stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table fitted to the terminal (for people).
    Table,
    /// The API's own JSON: an array for lists, an object otherwise.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// CSV with a header row and every field.
    Csv,
    /// A table of every field, nothing cut or dropped (lines may be longer
    /// than the terminal).
    Wide,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The one place that decides what reaches stdout and stderr.
#[derive(Debug, Clone)]
pub struct Printer {
    /// `Table` for `-o wide` too: what a person reads.
    pub format: Format,
    /// `-o wide`: every field, no fitting to the terminal.
    pub wide: bool,
    pub quiet: bool,
    pub color: bool,
    stdout_tty: bool,
    stderr_tty: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Printer {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let no_color_env = no_color();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_tty && !no_color_env,
        };
        let wide = format == Format::Wide;
        Printer {
            format: if wide { Format::Table } else { format },
            wide,
            quiet,
            color,
            stdout_tty,
            stderr_tty,
        }
    }

    /// True when progress should be drawn: a person watches stderr and did
    /// not ask for quiet.
    pub fn shows_progress(&self) -> bool {
        !self.quiet && self.stderr_tty
    }

    /// Prints `item` for scripts (`-o json|ndjson|csv`); a table user has
    /// had the status line already.
    pub fn result<T: Serialize>(&self, item: &T) -> std::io::Result<()> {
        if self.format == Format::Table {
            return Ok(());
        }
        self.one(item)
    }

    /// Prints a list of resources in the chosen format.
    pub fn list<T: super::Tabular>(&self, items: &[T]) -> std::io::Result<()> {
        let values: Vec<Value> = items.iter().map(to_value).collect();
        let columns: Vec<(String, String)> = T::COLUMNS
            .iter()
            .map(|(k, h)| (k.to_string(), h.to_string()))
            .collect();
        self.values(&values, &columns)
    }

    /// Prints a list of JSON objects; the table shows `columns` (key, header).
    pub fn values(&self, values: &[Value], columns: &[(String, String)]) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, values)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                for v in values {
                    serde_json::to_writer(&mut out, v)?;
                    writeln!(out)?;
                }
            }
            Format::Csv => render::csv(&mut out, values, columns)?,
            Format::Table | Format::Wide => {
                if values.is_empty() {
                    if !self.quiet {
                        eprintln!("no results");
                    }
                    return Ok(());
                }
                let width = self.table_width();
                let every;
                let columns = if self.wide {
                    every = every_field(values);
                    &every
                } else {
                    columns
                };
                writeln!(
                    out,
                    "{}",
                    render::table(values, columns, width, self.color, &self.dates(),)
                )?;
            }
        }
        out.flush()
    }

    /// Prints one resource: a two-column table of its fields, or the object itself.
    pub fn one<T: Serialize>(&self, item: &T) -> std::io::Result<()> {
        let value = to_value(item);
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &value)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut out, &value)?;
                writeln!(out)?;
            }
            Format::Csv => render::csv(&mut out, std::slice::from_ref(&value), &[])?,
            Format::Table | Format::Wide => {
                let width = self.table_width();
                writeln!(
                    out,
                    "{}",
                    render::record(&value, width, self.color, &self.dates())
                )?;
            }
        }
        out.flush()
    }

    /// One bare value on a line of stdout (a token, a secret, a setting), for
    /// `$(refctl …)`; it is the data, so `-q` does not hide it.
    pub fn value(&self, value: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{value}")?;
        out.flush()
    }

    /// A line about what happened, on stderr; silent with `-q`.
    pub fn status(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{}", inert_lines(&message.to_string()));
        }
    }

    /// A warning on stderr; shown even with `-q`. Yellow like cargo's on a
    /// terminal that takes colour.
    pub fn warn(&self, message: impl std::fmt::Display) {
        let message = inert_lines(&message.to_string());
        if self.color && self.stderr_tty {
            eprintln!("\x1b[1;33mwarning\x1b[0m: {message}");
        } else {
            eprintln!("warning: {message}");
        }
    }
}

/// `--no-color` was given (set once, at start).
static COLOR_FORBIDDEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// No colour anywhere in this process, stderr's errors and logs included
/// (`--no-color`).
pub fn forbid_color() {
    COLOR_FORBIDDEN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether colour is off: `--no-color`, or the NO_COLOR convention (set and
/// not empty). The one place NO_COLOR is read.
pub fn no_color() -> bool {
    COLOR_FORBIDDEN.load(std::sync::atomic::Ordering::Relaxed)
        || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Whether stderr is a terminal that takes colour (errors and warnings).
pub fn stderr_colors() -> bool {
    std::io::stderr().is_terminal() && !no_color()
}

/// Text for stderr with every control character but the line break shown
/// as a symbol: a message quoting a lead's name or a file's cell must not
/// drive the terminal.
pub fn inert_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| super::inert(line.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn to_value<T: Serialize>(item: &T) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

impl Printer {
    /// Relative times for a person at a terminal, local ones in a piped table.
    fn dates(&self) -> super::DateStyle {
        super::DateStyle::for_terminal(self.stdout_tty)
    }

    /// Tables fit the terminal; piped, they keep their natural width unless
    /// COLUMNS says otherwise.
    fn table_width(&self) -> Option<u16> {
        if self.wide {
            return None;
        }
        if self.stdout_tty {
            return Some(terminal_width());
        }
        std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
    }
}

/// Every field of `values`, in the order they first appear, headed by its
/// name in capitals (`-o wide`).
fn every_field(values: &[Value]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for v in values {
        if let Value::Object(map) = v {
            for k in map.keys() {
                if !out.iter().any(|(seen, _)| seen == k) {
                    out.push((k.clone(), k.to_uppercase().replace('_', " ")));
                }
            }
        }
    }
    out
}

fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
        .unwrap_or(80)
}
