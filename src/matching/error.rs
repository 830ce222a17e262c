use super::MatchKey;

/// Why a customer list could not be read at all. Problems with single rows
/// are not errors: those rows get the outcome `invalid`, with a reason.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    #[error("the file is empty: it needs a header row and one row per customer")]
    Empty,
    #[error(
        "no {} column among the headers [{}]; name it with --column {}=HEADER",
        wanted.as_str(),
        headers.join(", "),
        wanted.as_str().replace('_', "-")
    )]
    NoIdentityColumn {
        wanted: MatchKey,
        headers: Vec<String>,
    },
    #[error(
        "--column {}='{header}': no such header; the headers are [{}]",
        key.as_str().replace('_', "-"),
        headers.join(", ")
    )]
    UnknownColumn {
        key: MatchKey,
        header: String,
        headers: Vec<String>,
    },
    #[error(
        "'{0}' is not an encoding this reader knows: try utf-8, utf-16le, utf-16be or windows-1252"
    )]
    UnknownEncoding(String),
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}
