use super::MatchKey;

/// Why a customer list could not be read at all. Problems with single rows
/// are not errors: those rows get the outcome `invalid`, with a reason.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    /// Nothing but blank lines (or nothing at all): not even a header row.
    #[error("the file is empty: it needs a header row and one row per customer")]
    Empty,
    /// None of the keys asked for has a column (by header synonyms or `--column`).
    #[error(
        "no {} column among the headers [{}]; name it with --column {}=HEADER",
        wanted.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" or "),
        headers.join(", "),
        wanted.first().map_or("email", |k| k.flag())
    )]
    NoIdentityColumn {
        wanted: Vec<MatchKey>,
        headers: Vec<String>,
    },
    /// A `--column KEY=HEADER` names a header the file does not have.
    #[error(
        "--column {}='{header}': no such header; the headers are [{}]",
        key.flag(),
        headers.join(", ")
    )]
    UnknownColumn {
        key: MatchKey,
        header: String,
        headers: Vec<String>,
    },
    /// An `--encoding` label that names no encoding.
    #[error(
        "'{label}' is not an encoding this reader knows: try utf-8, utf-16le, utf-16be or windows-1252"
    )]
    Encoding { label: String },
    /// A `--region` that names no country.
    #[error("'{0}' is not a region: use a two-letter country code such as US, GB or DE")]
    Region(String),
    /// The file is not delimited text at all (a workbook, a PDF, a binary).
    #[error("record {record} (line {line}): {message}")]
    Csv {
        record: u64,
        line: u64,
        message: String,
    },
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}
