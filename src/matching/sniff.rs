//! The delimiter: from a `sep=X` first line (Excel's hint), from
//! `--delimiter`, or guessed among `,` `;` tab `|` from the first lines.

use std::io::{Cursor, Read};

use super::MatchError;

const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
/// How much of the decoded text is looked at.
const SAMPLE: usize = 1 << 16;
/// How many lines the guess compares.
const LINES: usize = 20;

/// The decoded stream with any BOM and `sep=` line taken off, and what was found.
pub struct Sniffed<'a> {
    pub reader: Box<dyn Read + 'a>,
    pub delimiter: u8,
    /// Lines taken off the top (the `sep=` line), to keep line numbers true.
    pub skipped_lines: u64,
}

pub fn sniff<'a>(
    mut input: Box<dyn Read + 'a>,
    delimiter: Option<u8>,
) -> Result<Sniffed<'a>, MatchError> {
    let mut sample = Vec::with_capacity(SAMPLE);
    (&mut input).take(SAMPLE as u64).read_to_end(&mut sample)?;
    let mut start = 0;
    if sample.starts_with(&[0xEF, 0xBB, 0xBF]) {
        start = 3;
    }
    let mut skipped_lines = 0;
    let mut found = delimiter;
    if let Some((sep, len)) = sep_line(&sample[start..]) {
        found = found.or(Some(sep));
        start += len;
        skipped_lines = 1;
    }
    let delimiter = found.unwrap_or_else(|| guess(&sample[start..]));
    sample.drain(..start);
    Ok(Sniffed {
        reader: Box::new(Cursor::new(sample).chain(input)),
        delimiter,
        skipped_lines,
    })
}

/// `sep=;` (any case, optionally quoted) as the whole first line: the
/// delimiter and the length of the line with its newline.
fn sep_line(text: &[u8]) -> Option<(u8, usize)> {
    let end = text.iter().position(|&b| b == b'\n')?;
    let line = text[..end].strip_suffix(b"\r").unwrap_or(&text[..end]);
    let line = line
        .strip_prefix(b"\"")
        .and_then(|l| l.strip_suffix(b"\""))
        .unwrap_or(line);
    if line.len() == 5 && line[..4].eq_ignore_ascii_case(b"sep=") {
        return Some((line[4], end + 1));
    }
    None
}

/// The candidate found the same number of times (at least once) on the most
/// of the first lines, counting only outside quotes; ties go to the one
/// found more often in the header, then to the order of `CANDIDATES`.
fn guess(text: &[u8]) -> u8 {
    let lines = first_lines(text);
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best = (b',', 0usize, 0usize);
    for c in CANDIDATES {
        let in_header = count_outside_quotes(header, c);
        if in_header == 0 {
            continue;
        }
        let consistent = lines
            .iter()
            .filter(|l| count_outside_quotes(l, c) == in_header)
            .count();
        if (consistent, in_header) > (best.1, best.2) {
            best = (c, consistent, in_header);
        }
    }
    best.0
}

/// Up to `LINES` lines, splitting only at newlines outside quotes.
fn first_lines(text: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut in_quotes = false;
    let mut start = 0;
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => {
                let line = &text[start..i];
                if !line.iter().all(u8::is_ascii_whitespace) {
                    lines.push(line);
                }
                start = i + 1;
                if lines.len() == LINES {
                    return lines;
                }
            }
            _ => {}
        }
    }
    if start < text.len() && lines.len() < LINES {
        lines.push(&text[start..]);
    }
    lines
}

fn count_outside_quotes(line: &[u8], c: u8) -> usize {
    let mut in_quotes = false;
    let mut n = 0;
    for &b in line {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == c && !in_quotes {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, delimiter: Option<u8>) -> (u8, u64, String) {
        let mut s = sniff(Box::new(Cursor::new(text.as_bytes().to_vec())), delimiter).unwrap();
        let mut rest = String::new();
        s.reader.read_to_string(&mut rest).unwrap();
        (s.delimiter, s.skipped_lines, rest)
    }

    #[test]
    fn delimiters_are_guessed_from_the_first_lines() {
        assert_eq!(run("Email,Name\na@b.c,A\n", None).0, b',');
        assert_eq!(run("Email;Name;Spend\na@b.c;A;1,50\n", None).0, b';');
        assert_eq!(run("Email\tName\na@b.c\tA, B\n", None).0, b'\t');
        assert_eq!(run("Email|Name\na@b.c|\"x|y\"\n", None).0, b'|');
        assert_eq!(run("Email\na@b.c\n", None).0, b',');
        // Commas inside quotes do not count.
        assert_eq!(run("Email;Name\na@b.c;\"Smith, John\"\n", None).0, b';');
    }

    #[test]
    fn a_sep_line_sets_the_delimiter_and_is_taken_off() {
        let (d, skipped, rest) = run("sep=;\r\nEmail;Name\n", None);
        assert_eq!((d, skipped, rest.as_str()), (b';', 1, "Email;Name\n"));
        let (d, _, rest) = run("\u{feff}\"SEP=|\"\nEmail|Name\n", None);
        assert_eq!((d, rest.as_str()), (b'|', "Email|Name\n"));
        // --delimiter wins over the hint.
        assert_eq!(run("sep=;\nEmail,Name\n", Some(b',')).0, b',');
    }
}
