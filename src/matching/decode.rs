//! Turning the file's bytes into UTF-8: by its byte-order mark, by `--encoding`,
//! or, without either, UTF-8 when the bytes are valid UTF-8 and Windows-1252
//! (what Excel writes on Western machines) when they are not.

use std::io::{Chain, Cursor, Read};

use encoding_rs::{Encoding, MACINTOSH, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

use super::MatchError;

/// How much of the file is looked at to decide its encoding.
const SAMPLE: usize = 1 << 16;

/// The name of the encoding of a file read cell by cell: UTF-8 cells as
/// UTF-8, the others as Windows-1252.
pub const PER_CELL: &str = "utf-8 and windows-1252, per cell";

/// The decoded stream and the name of the encoding it was read as.
pub struct Decoded<'a> {
    pub reader: Box<dyn Read + 'a>,
    pub encoding: &'static str,
}

type Peeked<R> = Chain<Cursor<Vec<u8>>, R>;

/// Wraps `input` so that it reads as UTF-8. Refuses files that are not
/// text at all (an Excel workbook saved as `.xlsx`, a PDF), with what to do.
///
/// Without a BOM or a label, a file whose sample is not valid UTF-8 is read
/// as Windows-1252. One whose sample is valid UTF-8 is passed through as
/// UTF-8; should a later cell not be valid UTF-8 after all (two exports
/// pasted together), the planner reads that cell as Windows-1252 (see
/// [`text`]).
pub fn decode<'a, R: Read + 'a>(
    mut input: R,
    label: Option<&str>,
) -> Result<Decoded<'a>, MatchError> {
    let mut sample = Vec::with_capacity(SAMPLE);
    (&mut input).take(SAMPLE as u64).read_to_end(&mut sample)?;
    let whole_file = sample.len() < SAMPLE;
    let encoding = match label {
        Some(label) => {
            Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| MatchError::Encoding {
                label: label.to_string(),
            })?
        }
        None => {
            if let Some(kind) = not_text(&sample) {
                return Err(MatchError::Csv {
                    record: 0,
                    line: 1,
                    message: format!(
                        "this is {kind}, not a CSV file: open it and save it as \"CSV UTF-8\" (or export CSV)"
                    ),
                });
            }
            let encoding = detect(&sample, whole_file);
            if encoding == WINDOWS_1252 && mac_roman(&sample) {
                // Excel for Mac's "CSV (Macintosh)": rows end in a lone CR
                // and the text is Mac OS Roman, all of it.
                MACINTOSH
            } else if encoding == WINDOWS_1252 {
                // Bytes that are not UTF-8 may be a few stray ones in a UTF-8
                // file (two exports pasted together) as well as a whole
                // Windows-1252 file: read cell by cell ([`text`]), each as
                // what it is, rather than garble every UTF-8 cell after one
                // stray byte.
                let mixed = sample.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
                return Ok(Decoded {
                    reader: Box::new(Cursor::new(sample).chain(input)),
                    encoding: if mixed { PER_CELL } else { "windows-1252" },
                });
            } else {
                encoding
            }
        }
    };
    let peeked: Peeked<R> = Cursor::new(sample).chain(input);
    // UTF-8 passes through untouched (the CSV reader skips its BOM): the
    // common case costs nothing.
    if encoding == UTF_8 {
        return Ok(Decoded {
            reader: Box::new(peeked),
            encoding: "utf-8",
        });
    }
    let reader = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .bom_override(label.is_none())
        .strip_bom(true)
        .build(peeked);
    Ok(Decoded {
        reader: Box::new(reader),
        encoding: name(encoding),
    })
}

/// What a file that is not text is, by its magic number.
fn not_text(sample: &[u8]) -> Option<&'static str> {
    if sample.starts_with(b"PK\x03\x04") {
        Some("a zip archive (an Excel .xlsx or an OpenDocument workbook?)")
    } else if sample.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Some("an old Excel workbook (.xls)")
    } else if sample.starts_with(b"%PDF") {
        Some("a PDF")
    } else if sample.starts_with(&[0x1F, 0x8B]) {
        Some("a gzip archive (unpack it first: gunzip FILE)")
    } else {
        // Markup: an HTML table saved with an .xls name (what many web
        // exports are), or an Excel 2003 XML spreadsheet.
        let head: Vec<u8> = sample
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || [0xEF, 0xBB, 0xBF].contains(b))
            .take(64)
            .map(u8::to_ascii_lowercase)
            .collect();
        if head.starts_with(b"<!doctype html")
            || head.starts_with(b"<html")
            || head.starts_with(b"<table")
        {
            Some("an HTML page (a web export saved as .xls?)")
        } else if head.starts_with(b"<?xml") {
            Some("an XML file (an Excel XML spreadsheet?)")
        } else {
            None
        }
    }
}

/// A cell as text: UTF-8 when it is valid UTF-8, else Windows-1252 (which
/// decodes any byte), so that a stray Excel byte never loses a character.
pub fn text(cell: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(cell) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(cell).0,
    }
}

fn detect(sample: &[u8], whole_file: bool) -> &'static Encoding {
    if sample.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return UTF_8;
    }
    if sample.starts_with(&[0xFF, 0xFE]) {
        return UTF_16LE;
    }
    if sample.starts_with(&[0xFE, 0xFF]) {
        return UTF_16BE;
    }
    // UTF-16 without a BOM: ASCII text with every other byte zero.
    let head = &sample[..sample.len().min(1024) & !1];
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    if head.len() >= 8 {
        let (even, odd) = (zeros(0), zeros(1));
        if odd * 10 >= head.len() * 4 && even == 0 {
            return UTF_16LE;
        }
        if even * 10 >= head.len() * 4 && odd == 0 {
            return UTF_16BE;
        }
    }
    match std::str::from_utf8(sample) {
        Ok(_) => UTF_8,
        // The sample may end in the middle of a character.
        Err(e) if !whole_file && e.error_len().is_none() => UTF_8,
        Err(_) => WINDOWS_1252,
    }
}

/// A file written by Excel for Mac as "CSV (Macintosh)": lines end in CR
/// alone, never LF.
fn mac_roman(sample: &[u8]) -> bool {
    memchr::memchr(b'\r', sample).is_some() && memchr::memchr(b'\n', sample).is_none()
}

fn name(encoding: &'static Encoding) -> &'static str {
    match encoding {
        e if e == MACINTOSH => "macintosh",
        e if e == UTF_16LE => "utf-16le",
        e if e == UTF_16BE => "utf-16be",
        e if e == WINDOWS_1252 => "windows-1252",
        e => e.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_bytes(bytes: Vec<u8>) -> (Vec<u8>, &'static str) {
        let mut d = decode(Cursor::new(bytes), None).unwrap();
        let mut out = Vec::new();
        d.reader.read_to_end(&mut out).unwrap();
        (out, d.encoding)
    }

    #[test]
    fn a_stray_byte_leaves_the_utf8_cells_after_it_as_they_are() {
        let mut file = b"Name,Email\nZo\xEB,zoe@example.com\n".to_vec();
        file.extend("José,josé@bücher.de\n".as_bytes());
        let (bytes, enc) = read_bytes(file);
        assert_eq!(enc, PER_CELL);
        let cells: Vec<String> = bytes
            .split(|b| *b == b'\n' || *b == b',')
            .map(|c| text(c).into_owned())
            .collect();
        assert!(cells.contains(&"Zoë".to_string()), "{cells:?}");
        assert!(cells.contains(&"josé@bücher.de".to_string()), "{cells:?}");
    }

    fn read(bytes: Vec<u8>, label: Option<&str>) -> (String, &'static str) {
        let mut d = decode(Cursor::new(bytes), label).unwrap();
        let mut out = String::new();
        d.reader.read_to_string(&mut out).unwrap();
        (out, d.encoding)
    }

    #[test]
    fn encodings_are_found_by_bom_or_by_validity() {
        assert_eq!(read(b"Email\na@b.c\n".to_vec(), None).1, "utf-8");
        let (text, enc) = read(b"\xEF\xBB\xBFEmail\n".to_vec(), None);
        assert_eq!((enc, text.as_str()), ("utf-8", "\u{feff}Email\n"));
        let mut le = vec![0xFF, 0xFE];
        le.extend("Émail\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(read(le, None), ("Émail\n".to_string(), "utf-16le"));
        let mut be = vec![0xFE, 0xFF];
        be.extend("Émail\n".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(read(be, None), ("Émail\n".to_string(), "utf-16be"));
        // Not UTF-8: passed through, each cell decoded by itself (see `text`).
        let (_, enc) = read_bytes(b"Name\nIn\xE8s\n".to_vec());
        assert_eq!(enc, "windows-1252");
    }

    #[test]
    fn excel_for_mac_files_read_as_mac_roman() {
        // "Inès" in Mac OS Roman: è is 0x8F; CR ends each row.
        let (text, enc) = read(b"Name,Email\rIn\x8Fs,ines@example.fr\r".to_vec(), None);
        assert_eq!(enc, "macintosh");
        assert!(text.contains("Inès"), "{text}");
    }

    #[test]
    fn a_label_overrides_detection() {
        assert_eq!(
            read(b"In\xE8s".to_vec(), Some("latin1")).0,
            "Inès".to_string()
        );
        assert!(matches!(
            decode(Cursor::new(vec![]), Some("klingon")),
            Err(MatchError::Encoding { .. })
        ));
    }

    #[test]
    fn utf16_without_a_bom_and_workbooks_are_recognized() {
        let le: Vec<u8> = "Email\na@b.co\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(read(le, None), ("Email\na@b.co\n".to_string(), "utf-16le"));
        let be: Vec<u8> = "Email\na@b.co\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(read(be, None).1, "utf-16be");
        let err = decode(Cursor::new(b"PK\x03\x04rest".to_vec()), None)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("xlsx") && err.contains("CSV"), "{err}");
    }

    #[test]
    fn cells_that_are_not_utf8_read_as_windows_1252() {
        assert_eq!(text(b"ren\xE9@caf\xE9.fr"), "rené@café.fr");
        assert_eq!(text("inès".as_bytes()), "inès");
        assert_eq!(text(b"\x80 \x93quoted\x94"), "€ “quoted”");
    }
}
