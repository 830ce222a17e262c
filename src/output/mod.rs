//! Everything that reaches the terminal: data on stdout in the chosen format,
//! status and prompts on stderr.

mod columns;
mod printer;
mod prompt;
mod render;

pub use columns::Tabular;
pub use printer::{ColorChoice, Format, Printer};
pub use prompt::{NeedsYes, confirm};
pub use render::spreadsheet_safe;
