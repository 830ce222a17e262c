use comfy_table::{
    Attribute, Cell, ColumnConstraint, ContentArrangement, Row, Table, Width, presets,
};
use serde_json::Value;

use super::DateStyle;

/// The text of a JSON value in a cell: strings without quotes, absent as empty.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Object(map) if map.len() == 1 => {
            // A tagged reference reads as it is typed: {"email": "ann@x.com"}
            // is the address, {"id": 7} the number, the others with the
            // prefix `qualify` takes (`code:ANN`, `ext:cus_1`).
            let (k, v) = map
                .iter()
                .next()
                .map(|(k, v)| (k.as_str(), cell_text(v)))
                .unwrap_or_default();
            match k {
                "email" | "id" => v,
                "external_id" => format!("ext:{v}"),
                other => format!("{other}:{v}"),
            }
        }
        other => other.to_string(),
    }
}

/// A cell of a table for people: times in their style, the rest as text,
/// with control characters shown as symbols (`␛` for ESC): a name that holds
/// an escape sequence must not retitle the terminal or clear its screen.
fn shown(key: &str, value: &Value, dates: &DateStyle) -> String {
    let text = cell_text(value);
    inert(dates.cell(key, &text).unwrap_or(text))
}

/// `text` with every control character replaced by a visible stand-in:
/// C0 by its Unicode control picture, DEL by `␡`, C1 by `�`.
pub fn inert(text: String) -> String {
    if !text.chars().any(char::is_control) {
        return text;
    }
    text.chars()
        .map(|c| match c {
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

fn base_table(width: Option<u16>) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    // A cell too long for its column is cut, not wrapped onto a second line.
    table.set_truncation_indicator("…");
    match width {
        Some(w) => {
            table.set_width(w);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// Rows of `values`, showing `columns`.
pub fn table(
    values: &[Value],
    columns: &[(String, String)],
    width: Option<u16>,
    color: bool,
    dates: &DateStyle,
) -> String {
    let cells: Vec<Vec<String>> = values
        .iter()
        .map(|v| {
            columns
                .iter()
                .map(|(k, _)| shown(k, v.get(k).unwrap_or(&Value::Null), dates))
                .collect()
        })
        .collect();
    let kept = fitting(columns, &cells, width);
    let columns: Vec<&(String, String)> = kept.iter().map(|&i| &columns[i]).collect();
    let mut table = base_table(width);
    let mut header = Row::from(columns.iter().map(|(_, h)| {
        let cell = Cell::new(h);
        if color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    header.max_height(1);
    table.set_header(header);
    // One line per row, as gh's tables; but an explanation is the point of
    // its table, so where one would be cut the row wraps inside its column
    // (identifiers still whole) rather than lose the verdict.
    let explains = columns
        .iter()
        .any(|(k, _)| EXPLANATIONS.contains(&k.as_str()));
    for row in &cells {
        let mut row = Row::from(kept.iter().map(|&i| row[i].clone()));
        if !explains {
            row.max_height(1);
        }
        table.add_row(row);
    }
    if width.is_some() {
        hold_identifiers(&mut table, &columns, &cells, &kept);
    }
    finish(table)
}

/// Fields that explain a decision: their rows wrap rather than cut them.
const EXPLANATIONS: &[&str] = &["explanation", "reason", "note", "detail", "message"];

/// Fields that name something (an id, an address, a code): never cut.
const IDENTIFIERS: &[&str] = &[
    "id",
    "email",
    "code",
    "referral_code",
    "referred_by",
    "lead_id",
    "reference",
    "upload_id",
    "sha256",
    "campaign",
    "rule",
];

/// The columns to show at `width`, and which of them are identifiers that
/// must keep their whole width. All show when they fit. Else empty columns
/// go first; then, while the identifiers whole and the rest at ten
/// characters still do not fit, the rightmost column that is not an
/// identifier. Free text (names, explanations) is what shrinks.
fn fitting(columns: &[(String, String)], cells: &[Vec<String>], width: Option<u16>) -> Vec<usize> {
    let mut kept: Vec<usize> = (0..columns.len()).collect();
    let Some(width) = width else {
        return kept;
    };
    let width = usize::from(width);
    let wide = |i: usize| {
        cells
            .iter()
            .map(|r| r[i].chars().count())
            .chain(std::iter::once(columns[i].1.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let identifier = |i: usize| IDENTIFIERS.contains(&columns[i].0.as_str());
    // Each column is padded by two on its right, the last one too.
    let total = |kept: &[usize]| kept.iter().map(|&i| wide(i) + 2).sum::<usize>();
    let least = |kept: &[usize]| {
        kept.iter()
            .map(|&i| if identifier(i) { wide(i) } else { wide(i).min(10) } + 2)
            .sum::<usize>()
    };
    let empty = |i: usize| cells.iter().all(|r| r[i].is_empty());
    while total(&kept) > width {
        match kept.iter().position(|&i| i >= 2 && empty(i)) {
            Some(at) => {
                kept.remove(at);
            }
            None => break,
        }
    }
    while least(&kept) > width && kept.len() > 2 {
        match kept.iter().rposition(|&i| i >= 1 && !identifier(i)) {
            Some(at) => {
                kept.remove(at);
            }
            None => break,
        }
    }
    kept
}

/// Keeps identifier columns at their whole width (the rest may shrink).
fn hold_identifiers(
    table: &mut Table,
    columns: &[&(String, String)],
    cells: &[Vec<String>],
    kept: &[usize],
) {
    for (n, &i) in kept.iter().enumerate() {
        if !IDENTIFIERS.contains(&columns[n].0.as_str()) {
            continue;
        }
        let wide = cells
            .iter()
            .map(|r| r[i].chars().count())
            .chain(std::iter::once(columns[n].1.chars().count()))
            .max()
            .unwrap_or(0);
        if let Some(column) = table.column_mut(n) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                u16::try_from(wide + 2).unwrap_or(u16::MAX),
            )));
        }
    }
}

/// One object as `field  value` lines.
pub fn record(value: &Value, width: Option<u16>, color: bool, dates: &DateStyle) -> String {
    let mut table = base_table(width);
    if let Value::Object(map) = value {
        for (k, v) in map {
            let key = Cell::new(k);
            let key = if color {
                key.add_attribute(Attribute::Bold)
            } else {
                key
            };
            table.add_row(vec![key, Cell::new(shown(k, v, dates))]);
        }
    }
    finish(table)
}

/// The table as text: columns two spaces apart with no space before the
/// first (so a bold header lines up with its data, escape codes and all),
/// and no trailing spaces, which people and `diff` prefer.
fn finish(mut table: Table) -> String {
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    table
        .to_string()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// CSV of every field of every object, in the order of the first object's
/// fields; an empty list is its header alone (`columns`' keys), so that a
/// script reading the file finds the columns either way. Cells that a
/// spreadsheet would run as a formula are escaped.
pub fn csv(
    out: &mut impl std::io::Write,
    values: &[Value],
    columns: &[(String, String)],
) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let keys: Vec<&String> = match values.first() {
        Some(Value::Object(first)) => first.keys().collect(),
        _ => columns.iter().map(|(k, _)| k).collect(),
    };
    writer.write_record(&keys)?;
    for v in values {
        writer.write_record(
            keys.iter()
                .map(|k| spreadsheet_safe(cell_text(v.get(*k).unwrap_or(&Value::Null)))),
        )?;
    }
    writer.flush()
}

/// Prefixes a cell that starts like a formula with `'`, so spreadsheets show it as text.
///
/// A cell starting with `=`, `@`, a tab or a line break gets a leading `'`.
/// One starting with `+` or `-` gets it only when it holds more than a
/// number can: a phone number (`+81 3 1234 5678`) or an amount (`-12.50`)
/// stays as people wrote it, since with nothing but digits, spaces and
/// `.,()/+-` it can call no function and start no program (DDE needs `|`
/// and letters), while `+cmd|' /C calc'!A0` or `-HYPERLINK(...)` is escaped.
pub fn spreadsheet_safe(cell: String) -> String {
    if needs_escape(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Whether [`spreadsheet_safe`] would escape `cell` (checked without allocating).
pub fn needs_escape(cell: &str) -> bool {
    match cell.as_bytes().first() {
        Some(b'=' | b'@' | b'\t' | b'\r' | b'\n') => true,
        Some(b'+' | b'-') => !cell
            .bytes()
            .all(|c| c.is_ascii_digit() || b" .,()/+-".contains(&c)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn formulas_are_escaped_and_numbers_people_read_are_not() {
        let safe = |c: &str| spreadsheet_safe(c.to_string());
        assert_eq!(safe("+81 3 1234 5678"), "+81 3 1234 5678");
        assert_eq!(safe("-12.50"), "-12.50");
        assert_eq!(safe("+1 (555) 010-0100"), "+1 (555) 010-0100");
        assert_eq!(
            safe("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(safe("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(safe("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("ann@example.com"), "ann@example.com");
    }

    #[test]
    fn an_empty_csv_list_is_its_header() {
        let mut out = Vec::new();
        csv(
            &mut out,
            &[],
            &[("id".into(), "ID".into()), ("email".into(), "EMAIL".into())],
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "id,email\n");
    }

    #[test]
    fn csv_escapes_formulas_and_keeps_field_order() {
        let mut out = Vec::new();
        csv(
            &mut out,
            &[json!({"b": "=1+1", "a": null}), json!({"b": "x", "a": 2})],
            &[],
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "b,a\n'=1+1,\nx,2\n");
    }

    #[test]
    fn tables_fit_the_width_they_are_given() {
        let rows: Vec<Value> = (0..3)
            .map(|i| json!({"id": i, "email": format!("someone.with.a.long.address.{i}@example.com"), "name": "A rather long name indeed"}))
            .collect();
        let cols = vec![
            ("id".into(), "ID".into()),
            ("email".into(), "EMAIL".into()),
            ("name".into(), "NAME".into()),
        ];
        let utc = DateStyle::Local(jiff::tz::TimeZone::UTC);
        // Wide enough for the identifiers: the free text shrinks to fit.
        let text = table(&rows, &cols, Some(64), false, &utc);
        assert!(text.lines().all(|l| l.chars().count() <= 64), "{text}");
        assert!(
            text.contains("someone.with.a.long.address.2@example.com"),
            "{text}"
        );
        assert!(text.contains("NAME"), "{text}");
        // Too narrow for them: the free text goes, and an address is never
        // cut (the line may be longer than the terminal instead).
        let text = table(&rows, &cols, Some(40), false, &utc);
        assert!(!text.contains("NAME"), "{text}");
        for i in 0..3 {
            assert!(
                text.contains(&format!("someone.with.a.long.address.{i}@example.com")),
                "{text}"
            );
        }
    }
}
