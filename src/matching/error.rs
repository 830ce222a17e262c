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
        listed(headers),
        wanted.first().map_or("email", |k| k.flag())
    )]
    NoIdentityColumn {
        wanted: Vec<MatchKey>,
        headers: Vec<String>,
    },
    /// A `--column KEY=HEADER` names a header the file does not have.
    #[error(
        "--column {}='{}': no such header; the headers are [{}]",
        key.flag(),
        cut(header),
        listed(headers)
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
    /// The header row is longer than any header row is.
    #[error(
        "line {line} is {bytes} bytes long, too long for a header row: this does not look like a CSV file (save it as CSV, one customer per line)"
    )]
    HeaderTooLong { line: u64, bytes: u64 },
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}

/// How many characters of a value a message shows.
const SHOWN: usize = 40;
/// How many headers a message lists.
const LISTED: usize = 30;

/// A value as messages show it: at most 40 characters, then `…`
/// (a file of one 200 MB line must not make a 200 MB message).
pub fn cut(value: &str) -> String {
    match value.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_string(),
    }
}

/// Headers as messages list them: each cut, at most 30.
pub fn listed(headers: &[String]) -> String {
    listed_quoted(headers, "")
}

/// [`listed`], each header between `quote`s.
pub fn listed_quoted(headers: &[String], quote: &str) -> String {
    let mut out: Vec<String> = headers
        .iter()
        .take(LISTED)
        .map(|h| format!("{quote}{}{quote}", cut(h)))
        .collect();
    if headers.len() > LISTED {
        out.push(format!("… {} more", headers.len() - LISTED));
    }
    out.join(", ")
}
