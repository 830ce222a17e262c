//! Any delimited file as a header and rows of text, read the way customer
//! lists are: encoding by BOM, label or detection; delimiter by `sep=`,
//! flag or guess; quoted fields; blank lines skipped; line numbers true.
//! Imports of referrers and leads read their files through this.

use std::io::Read;

use super::MatchError;
use super::decode::{decode, text};
use super::rows::RowReader;
use super::sniff::sniff;

/// The largest field kept; a longer one makes its row invalid, not the
/// process large.
pub const MAX_FIELD: usize = 64 * 1024;

/// How to read a file; `None` means find out.
#[derive(Debug, Clone, Default)]
pub struct TableOptions {
    pub encoding: Option<String>,
    pub delimiter: Option<u8>,
}

/// One data row: where it starts and its fields as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The line the row starts on, from 1, counting every line of the file.
    pub line: u64,
    pub fields: Vec<String>,
}

/// A row that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: u64,
    pub message: String,
}

/// An open file: what was decided about it, its header, and its rows to come.
pub struct Table<'a> {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub header: Vec<String>,
    /// The header's line.
    pub header_line: u64,
    rows: RowReader<Box<dyn Read + 'a>>,
    skipped_lines: u64,
}

impl<'a> Table<'a> {
    /// Opens `input`: decodes, sniffs, and reads the header (the first line
    /// that is not blank).
    pub fn open<R: Read + 'a>(input: R, options: &TableOptions) -> Result<Table<'a>, MatchError> {
        let decoded = decode(input, options.encoding.as_deref())?;
        let sniffed = sniff(decoded.reader, options.delimiter)?;
        let mut rows = RowReader::new(sniffed.reader, sniffed.delimiter);
        let (header, header_line) = match rows.next_row()? {
            Some(row) if row.oversized().is_some() => {
                return Err(MatchError::HeaderTooLong {
                    line: row.start.line + sniffed.skipped_lines,
                    bytes: row.oversized().unwrap_or_default(),
                });
            }
            Some(row) => (
                row.fields()
                    .map(|f| text(f).trim().trim_start_matches('\u{feff}').to_string())
                    .collect(),
                row.start.line + sniffed.skipped_lines,
            ),
            None => return Err(MatchError::Empty),
        };
        Ok(Table {
            encoding: decoded.encoding,
            delimiter: sniffed.delimiter,
            header,
            header_line,
            rows,
            skipped_lines: sniffed.skipped_lines,
        })
    }

    /// The next row that is not blank: its fields trimmed, or why it is bad
    /// (a field over [`MAX_FIELD`]); `None` at the end.
    pub fn next_row(&mut self) -> Result<Option<Result<TableRow, BadRow>>, MatchError> {
        loop {
            let Some(row) = self.rows.next_row()? else {
                return Ok(None);
            };
            if row.is_blank() {
                continue;
            }
            let line = row.start.line + self.skipped_lines;
            if let Some((i, len)) = row.field_over(MAX_FIELD) {
                return Ok(Some(Err(BadRow {
                    line,
                    message: format!(
                        "field {} is {len} bytes, more than the {MAX_FIELD} a field may hold",
                        i + 1
                    ),
                })));
            }
            let fields = row.fields().map(|f| text(f).trim().to_string()).collect();
            return Ok(Some(Ok(TableRow { line, fields })));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8]) -> (Vec<String>, Vec<TableRow>, &'static str, u8) {
        let mut table = Table::open(bytes, &TableOptions::default()).unwrap();
        let mut out = Vec::new();
        while let Some(row) = table.next_row().unwrap() {
            out.push(row.unwrap());
        }
        (table.header.clone(), out, table.encoding, table.delimiter)
    }

    #[test]
    fn an_excel_windows_1252_semicolon_file_with_a_sep_line_reads_as_text() {
        let bytes = b"sep=;\r\nE-Mail;Name\r\nj\xfcrgen@example.de;J\xfcrgen M\xfcller\r\n\r\n\"a;b@x.de\";\"Ann\"\r\n";
        let (header, rows, encoding, delimiter) = rows(bytes);
        assert_eq!(header, ["E-Mail", "Name"]);
        assert_eq!((encoding, delimiter), ("windows-1252", b';'));
        assert_eq!(rows[0].fields, ["jürgen@example.de", "Jürgen Müller"]);
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[1].fields, ["a;b@x.de", "Ann"]);
        assert_eq!(rows[1].line, 5);
    }

    #[test]
    fn a_utf16_file_reads_as_text() {
        let text = "email\tname\nann@example.com\tAnn\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (header, rows, encoding, delimiter) = rows(&bytes);
        assert_eq!(header, ["email", "name"]);
        assert_eq!((encoding, delimiter), ("utf-16le", b'\t'));
        assert_eq!(rows[0].fields, ["ann@example.com", "Ann"]);
    }

    #[test]
    fn an_empty_file_has_no_header() {
        assert!(matches!(
            Table::open(&b"\n\n"[..], &TableOptions::default()),
            Err(MatchError::Empty)
        ));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Any bytes at all (quotes, CRs, NULs, stray UTF-8, UTF-16 marks)
        /// read as a header and rows, or as a clear error; never a panic,
        /// and every row's line is within the file.
        #[test]
        fn any_bytes_read_without_panicking(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![b',', b';', b'\t', b'"', b'\n', b'\r', b' ', b'a', b'@', 0u8, 0xFF, 0xFE, 0xC3, 0xA9]),
                    proptest::num::u8::ANY,
                ],
                0..400,
            )
        ) {
            // LF, CR and CRLF each end a line.
            let ends = bytes.iter().filter(|b| **b == b'\n' || **b == b'\r').count()
                - bytes.windows(2).filter(|w| w == b"\r\n").count();
            let lines = ends as u64 + 1;
            if let Ok(mut table) = Table::open(&bytes[..], &TableOptions::default()) {
                while let Ok(Some(row)) = table.next_row() {
                    let line = match row { Ok(r) => r.line, Err(bad) => bad.line };
                    proptest::prop_assert!(line >= 1 && line <= lines + 1, "line {} of {}", line, lines);
                }
            }
        }
    }
}
