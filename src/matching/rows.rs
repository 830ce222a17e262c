//! Rows of a delimited file, fast. Most lines of a customer export hold no
//! quote at all: those are split at the delimiter with SIMD searches. A line
//! with a quote goes through `csv_core`'s full RFC 4180 parser (quoted
//! delimiters, doubled quotes, newlines inside fields). A line ends at LF,
//! CRLF, or a lone CR (Excel for Mac's "CSV (Macintosh)" ends rows with CR
//! only); line numbers count the line ends actually read, so they stay true
//! whichever a file uses, or mixes.

use std::io::Read;

use csv::ByteRecord;
use csv_core::ReadRecordResult;

/// One row, as it lies in the read buffer: a plain line, split only as far
/// as a lookup needs, or a record the full parser produced.
pub struct Row<'a> {
    pub start: RowStart,
    raw: RawRow<'a>,
    delimiter: u8,
    /// A row longer than [`MAX_ROW`] is not kept: only its length is.
    oversized: Option<u64>,
}

/// The most bytes of one row kept in memory; a longer row is read past and
/// reported by its length, so memory stays bounded whatever the file holds.
pub const MAX_ROW: usize = 1 << 20;

enum RawRow<'a> {
    Plain(&'a [u8]),
    Parsed(&'a ByteRecord),
}

impl<'a> Row<'a> {
    /// Field `i` (from 0); `None` past the end of a short row.
    pub fn field(&self, i: usize) -> Option<&'a [u8]> {
        match self.raw {
            RawRow::Parsed(record) => record.get(i),
            RawRow::Plain(line) => {
                let mut from = 0;
                let mut n = 0;
                for at in memchr::memchr_iter(self.delimiter, line) {
                    if n == i {
                        return Some(&line[from..at]);
                    }
                    n += 1;
                    from = at + 1;
                }
                (n == i).then(|| &line[from..])
            }
        }
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + use<'a> {
        let delimiter = self.delimiter;
        let (plain, parsed) = match self.raw {
            RawRow::Plain(line) => (Some(line.split(move |b| *b == delimiter)), None),
            RawRow::Parsed(record) => (None, Some(record.iter())),
        };
        plain
            .into_iter()
            .flatten()
            .chain(parsed.into_iter().flatten())
    }

    /// The longest field's index and length, when one is longer than `limit`.
    pub fn field_over(&self, limit: usize) -> Option<(usize, usize)> {
        if let Some(len) = self.oversized {
            return Some((0, len as usize));
        }
        if let RawRow::Plain(line) = self.raw
            && line.len() <= limit
        {
            return None;
        }
        self.fields()
            .enumerate()
            .find(|(_, f)| f.len() > limit)
            .map(|(i, f)| (i, f.len()))
    }

    /// The length of a row too long to keep (see [`MAX_ROW`]).
    pub fn oversized(&self) -> Option<u64> {
        self.oversized
    }

    /// A row of nothing but empty or blank fields is a blank line, not a row.
    pub fn is_blank(&self) -> bool {
        if self.oversized.is_some() {
            return false;
        }
        match self.raw {
            RawRow::Plain(line) => line
                .iter()
                .all(|b| b.is_ascii_whitespace() || *b == self.delimiter),
            RawRow::Parsed(record) => record.as_slice().iter().all(u8::is_ascii_whitespace),
        }
    }
}

/// Where a row starts in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowStart {
    /// The line the row starts on, from 1.
    pub line: u64,
    /// Bytes read before the row.
    pub byte: u64,
}

pub struct RowReader<R> {
    input: R,
    buf: Vec<u8>,
    /// The unread bytes are `buf[pos..len]`.
    pos: usize,
    len: usize,
    eof: bool,
    /// Bytes of the file before `buf[0]`.
    consumed: u64,
    /// Line ends before `buf[pos]`.
    newlines: u64,
    /// The last line end read was a CR: an LF right after it belongs to it.
    skip_lf: bool,
    delimiter: u8,
    parser: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    record: ByteRecord,
}

const BUFFER: usize = 1 << 16;

impl<R: Read> RowReader<R> {
    pub fn new(input: R, delimiter: u8) -> RowReader<R> {
        RowReader {
            input,
            buf: vec![0; BUFFER],
            pos: 0,
            len: 0,
            eof: false,
            consumed: 0,
            newlines: 0,
            skip_lf: false,
            delimiter,
            parser: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            out: vec![0; 1024],
            ends: vec![0; 64],
            record: ByteRecord::new(),
        }
    }

    /// The next row that is not a blank line; `None` at the end.
    #[inline]
    pub fn next_row(&mut self) -> std::io::Result<Option<Row<'_>>> {
        loop {
            if self.skip_lf {
                if self.pos == self.len && !self.refill()? {
                    return Ok(None);
                }
                if self.buf.get(self.pos) == Some(&b'\n') {
                    self.pos += 1;
                }
                self.skip_lf = false;
            }
            // One search finds the end of the line, or a quote before it.
            let found = self.next_newline_or_quote()?;
            if found == Some(usize::MAX) {
                let start = RowStart {
                    line: self.newlines + 1,
                    byte: self.consumed + self.pos as u64,
                };
                let len = self.skip_line()?;
                return Ok(Some(Row {
                    start,
                    raw: RawRow::Plain(&[]),
                    delimiter: self.delimiter,
                    oversized: Some(len),
                }));
            }
            let (at, quoted) = match found {
                Some(at) if at < self.len => (at, self.buf[at] == b'"'),
                Some(at) => (at, false),
                // The last line, without a newline (or nothing at all).
                None if self.pos == self.len => return Ok(None),
                None => (self.len, false),
            };
            let start = RowStart {
                line: self.newlines + 1,
                byte: self.consumed + self.pos as u64,
            };
            if quoted {
                let oversized = self.parse_quoted()?;
                return Ok(Some(Row {
                    start,
                    raw: RawRow::Parsed(&self.record),
                    delimiter: self.delimiter,
                    oversized,
                }));
            }
            let from = self.pos;
            if at < self.len {
                self.newlines += 1;
                self.pos = at + 1;
                if self.buf[at] == b'\r' {
                    self.skip_lf = true;
                }
            } else {
                self.pos = at;
            }
            let end = if at > from && self.buf[at - 1] == b'\r' {
                at - 1
            } else {
                at
            };
            if self.buf[from..end].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line = &self.buf[from..end];
            return Ok(Some(Row {
                start,
                raw: RawRow::Plain(line),
                delimiter: self.delimiter,
                oversized: None,
            }));
        }
    }

    /// One record through the full parser, refilling as a quoted field runs
    /// on; past [`MAX_ROW`] bytes it is parsed to its end but not kept, and
    /// its length is returned.
    fn parse_quoted(&mut self) -> std::io::Result<Option<u64>> {
        self.parser.reset();
        let (mut nout, mut nends) = (0, 0);
        let mut dropped = 0u64;
        loop {
            let input = &self.buf[self.pos..self.len];
            let (result, nin, o, e) =
                self.parser
                    .read_record(input, &mut self.out[nout..], &mut self.ends[nends..]);
            self.newlines += line_ends(&input[..nin], &mut self.skip_lf);
            self.pos += nin;
            nout += o;
            nends += e;
            match result {
                ReadRecordResult::InputEmpty => {
                    if !self.refill()? {
                        // The end of the input ends the record.
                        continue;
                    }
                }
                ReadRecordResult::OutputFull if self.out.len() >= MAX_ROW => {
                    dropped += nout as u64;
                    (nout, nends) = (0, 0);
                }
                ReadRecordResult::OutputFull => {
                    let n = self.out.len() * 2;
                    self.out.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull if self.ends.len() >= MAX_ROW / 8 => {
                    dropped += nout as u64;
                    (nout, nends) = (0, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                ReadRecordResult::Record | ReadRecordResult::End => break,
            }
        }
        let record = &mut self.record;
        record.clear();
        if dropped > 0 {
            return Ok(Some(dropped + nout as u64));
        }
        let mut from = 0;
        for &end in &self.ends[..nends] {
            record.push_field(&self.out[from..end]);
            from = end;
        }
        Ok(None)
    }

    /// Reads past the rest of a line too long to keep; its length.
    fn skip_line(&mut self) -> std::io::Result<u64> {
        let mut len = 0u64;
        loop {
            if let Some(i) = memchr::memchr2(b'\n', b'\r', &self.buf[self.pos..self.len]) {
                len += i as u64;
                self.skip_lf = self.buf[self.pos + i] == b'\r';
                self.pos += i + 1;
                self.newlines += 1;
                return Ok(len);
            }
            len += (self.len - self.pos) as u64;
            self.pos = self.len;
            if !self.refill()? {
                return Ok(len);
            }
        }
    }

    /// The index of the next newline or quote at or after `pos`, refilling
    /// the buffer as needed; `None` when the input ends first, `usize::MAX`
    /// when [`MAX_ROW`] bytes hold neither (a row too long to keep).
    fn next_newline_or_quote(&mut self) -> std::io::Result<Option<usize>> {
        let mut searched = self.pos;
        loop {
            if let Some(i) = memchr::memchr3(b'\n', b'\r', b'"', &self.buf[searched..self.len]) {
                return Ok(Some(searched + i));
            }
            let kept = self.len - self.pos;
            if kept >= MAX_ROW {
                return Ok(Some(usize::MAX));
            }
            if !self.refill()? {
                return Ok(None);
            }
            searched = self.pos + kept;
        }
    }

    /// Moves the unread bytes to the front and reads more; false at the end.
    fn refill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.len, 0);
            self.consumed += self.pos as u64;
            self.len -= self.pos;
            self.pos = 0;
        }
        if self.len == self.buf.len() {
            // One line longer than the buffer: grow it.
            let n = self.buf.len() * 2;
            self.buf.resize(n, 0);
        }
        loop {
            match self.input.read(&mut self.buf[self.len..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.len += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// The line ends in `bytes`: LF, CRLF (one), lone CR. `after_cr` says the
/// byte before `bytes` was a CR, and is left saying whether the last is.
fn line_ends(bytes: &[u8], after_cr: &mut bool) -> u64 {
    let mut count = 0;
    let mut last = None;
    for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        let follows_cr = match last {
            Some(prev) => prev + 1 == at && bytes[prev] == b'\r',
            None => at == 0 && *after_cr,
        };
        if !(bytes[at] == b'\n' && follows_cr) {
            count += 1;
        }
        last = Some(at);
    }
    *after_cr = bytes.last() == Some(&b'\r');
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, delimiter: u8) -> Vec<(u64, Vec<String>)> {
        let mut reader = RowReader::new(text.as_bytes(), delimiter);
        let mut out = Vec::new();
        while let Some(row) = reader.next_row().unwrap() {
            let fields: Vec<String> = row
                .fields()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            for (i, f) in fields.iter().enumerate() {
                assert_eq!(row.field(i), Some(f.as_bytes()));
            }
            assert_eq!(row.field(fields.len()), None);
            out.push((row.start.line, fields));
        }
        out
    }

    #[test]
    fn plain_and_quoted_rows_with_their_lines() {
        let text =
            "a,b,c\r\n1,2,3\r\n\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n4,,\nlast,row";
        assert_eq!(
            rows(text, b','),
            [
                (1, vec!["a".into(), "b".into(), "c".into()]),
                (2, vec!["1".into(), "2".into(), "3".into()]),
                (
                    4,
                    vec!["x, y".into(), "say \"hi\"".into(), "two\nlines".into()]
                ),
                (6, vec!["4".into(), "".into(), "".into()]),
                (7, vec!["last".into(), "row".into()]),
            ]
        );
        assert_eq!(rows("a;b\n", b';'), [(1, vec!["a".into(), "b".into()])]);
        assert_eq!(rows("", b','), []);
        assert_eq!(rows("\n\n", b','), []);
        assert_eq!(
            rows("\"unclosed,x\n", b','),
            [(1, vec!["unclosed,x\n".into()])]
        );
    }

    /// A row longer than MAX_ROW, plain or quoted, is read past, not kept:
    /// memory stays bounded and the rows after it keep their lines.
    #[test]
    fn rows_longer_than_the_cap_are_read_past_with_their_length() {
        let huge = "y".repeat(MAX_ROW * 3);
        let text = format!("h\n{huge}\n\"{huge}\nstill\"\nend\n");
        let mut reader = RowReader::new(text.as_bytes(), b',');
        let mut seen = Vec::new();
        while let Some(row) = reader.next_row().unwrap() {
            seen.push((row.start.line, row.field_over(usize::MAX).map(|(_, n)| n)));
        }
        assert_eq!(
            seen,
            [
                (1, None),
                (2, Some(MAX_ROW * 3)),
                (3, Some(MAX_ROW * 3 + 6)),
                (5, None)
            ]
        );
        assert!(reader.buf.len() <= MAX_ROW * 2, "{}", reader.buf.len());
        assert!(reader.out.len() <= MAX_ROW, "{}", reader.out.len());
    }

    /// Excel for Mac ends rows with a lone CR; some files mix CR, LF and
    /// CRLF: every one ends a line, and line numbers count them all.
    #[test]
    fn every_line_end_ends_a_row_and_counts_as_a_line() {
        assert_eq!(
            rows("a,b\r1,2\r3,4\r", b','),
            [
                (1, vec!["a".into(), "b".into()]),
                (2, vec!["1".into(), "2".into()]),
                (3, vec!["3".into(), "4".into()]),
            ]
        );
        let mixed = "h\r\nx\ry\n\"q\r\nuote\"\rz\r\n\rlast";
        let got = rows(mixed, b',');
        let lines: Vec<u64> = got.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 3, 4, 6, 8], "{got:?}");
        assert_eq!(got[3].1[0], "q\r\nuote");
        let mut after_cr = false;
        assert_eq!(super::line_ends(b"a\r", &mut after_cr), 1);
        assert_eq!(
            super::line_ends(b"\nb\n", &mut after_cr),
            1,
            "the LF of a split CRLF"
        );
    }

    #[test]
    fn lines_longer_than_the_buffer_are_read_whole() {
        let long = "x".repeat(BUFFER * 3);
        let text = format!("h\n{long}\n\"{long}\"\nend\n");
        let got = rows(&text, b',');
        assert_eq!(got.len(), 4);
        assert_eq!(got[1].1[0].len(), BUFFER * 3);
        assert_eq!(got[2].1[0].len(), BUFFER * 3);
        assert_eq!(got[3], (4, vec!["end".into()]));
    }
}
