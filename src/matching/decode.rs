//! Turning the file's bytes into UTF-8: by its byte-order mark, by `--encoding`,
//! or, without either, UTF-8 when the bytes are valid UTF-8 and Windows-1252
//! (what Excel writes on Western machines) when they are not.

use std::io::{Chain, Cursor, Read};

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

use super::MatchError;

/// How much of the file is looked at to decide its encoding.
const SAMPLE: usize = 1 << 16;

/// The decoded stream and the name of the encoding it was read as.
pub struct Decoded {
    pub reader: Box<dyn Read>,
    pub encoding: &'static str,
}

type Peeked<R> = Chain<Cursor<Vec<u8>>, R>;

/// Wraps `input` so that it reads as UTF-8.
pub fn decode<R: Read + 'static>(mut input: R, label: Option<&str>) -> Result<Decoded, MatchError> {
    let mut sample = Vec::with_capacity(SAMPLE);
    (&mut input).take(SAMPLE as u64).read_to_end(&mut sample)?;
    let whole_file = sample.len() < SAMPLE;
    let encoding = match label {
        Some(label) => Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| MatchError::UnknownEncoding(label.to_string()))?,
        None => detect(&sample, whole_file),
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
    match std::str::from_utf8(sample) {
        Ok(_) => UTF_8,
        // The sample may end in the middle of a character.
        Err(e) if !whole_file && e.error_len().is_none() => UTF_8,
        Err(_) => WINDOWS_1252,
    }
}

fn name(encoding: &'static Encoding) -> &'static str {
    match encoding {
        e if e == UTF_16LE => "utf-16le",
        e if e == UTF_16BE => "utf-16be",
        e if e == WINDOWS_1252 => "windows-1252",
        e => e.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            read(b"Name\nIn\xE8s\n".to_vec(), None),
            ("Name\nInès\n".to_string(), "windows-1252")
        );
    }

    #[test]
    fn a_label_overrides_detection() {
        assert_eq!(
            read(b"In\xE8s".to_vec(), Some("latin1")).0,
            "Inès".to_string()
        );
        assert!(matches!(
            decode(Cursor::new(vec![]), Some("klingon")),
            Err(MatchError::UnknownEncoding(_))
        ));
    }
}
