//! Everything that reaches the terminal: data on stdout in the chosen format,
//! status and prompts on stderr.

mod columns;
mod dates;
mod log_line;
mod numbers;
mod printer;
pub mod progress;
mod prompt;
mod render;

pub use columns::Tabular;
pub use dates::DateStyle;
pub use log_line::LogLine;
pub use numbers::{count, plural, thousands};
pub use printer::{
    ColorChoice, Format, Printer, forbid_color, inert_lines, no_color, stderr_colors,
};
pub use prompt::{NeedsYes, confirm, will_ask};
pub use render::{inert, needs_escape, spreadsheet_safe};
