//! What a person sees at a terminal, in a real pseudo-terminal (util-linux
//! `script`) 80 columns wide: tables, prompts, Ctrl-C.

use crate::common::Env;

/// Escape sequences off, as a person reads the screen.
fn visible(screen: &str) -> String {
    let mut out = String::new();
    let mut chars = screen.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ … final byte in @–~.
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Where each column of a table line starts (after two spaces or more).
fn column_starts(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            chars[i] != ' ' && (i == 0 || (i >= 2 && chars[i - 1] == ' ' && chars[i - 2] == ' '))
        })
        .collect()
}

#[test]
fn tables_fit_80_columns_one_line_a_row_with_headers_aligned() {
    let env = Env::embedded();
    env.seed();
    env.ok(&[
        "events",
        "send",
        &format!(
            "{}/examples/events/subscription-paid.json",
            env!("CARGO_MANIFEST_DIR")
        ),
    ]);
    for (command, header) in [
        ("leads list --campaign spring", "ID  EMAIL"),
        ("campaigns list", "ID  CODE"),
        ("events list", "ID"),
    ] {
        let screen = env.pty(&format!("$REFCTL {command}"), "", b"");
        assert!(
            screen.contains("\x1b[1m"),
            "a terminal gets a bold header: {screen:?}"
        );
        let text = visible(&screen);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(header))
            .unwrap_or_else(|| panic!("{command}: {text}"));
        let head = column_starts(lines[at]);
        for line in &lines[at..] {
            assert!(
                line.chars().count() <= 80,
                "{command}: wider than 80: {line:?}"
            );
            let starts = column_starts(line);
            assert_eq!(
                starts[..starts.len().min(2)],
                head[..head.len().min(2)],
                "{command}: misaligned: {line:?} under {:?}",
                lines[at]
            );
        }
    }
}

#[test]
fn a_prompt_takes_yes_and_enter_and_leaves_nothing_behind() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        "$REFCTL campaigns archive spring; read -t 1 rest; echo \"REST=[$rest]\"",
        "[y/N]",
        b"yes\n",
    );
    let text = visible(&screen);
    assert!(text.contains("Archived campaign 'spring'"), "{text}");
    assert!(
        text.contains("REST=[]"),
        "the shell got the rest of the answer: {text}"
    );
    let campaign = env.json(&["campaigns", "show", "spring"]);
    assert_eq!(campaign["status"], "archived");
}

#[test]
fn ctrl_c_at_a_prompt_gives_the_cursor_back() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        "$REFCTL campaigns archive spring; echo \"EXIT=$?\"",
        "[y/N]",
        b"\x03",
    );
    let hidden = screen
        .find("\x1b[?25l")
        .unwrap_or_else(|| panic!("the prompt hides the cursor: {screen:?}"));
    assert!(
        screen[hidden..].contains("\x1b[?25h"),
        "the cursor was not shown again: {screen:?}"
    );
    assert!(visible(&screen).contains("EXIT=130"), "{screen:?}");
    assert_eq!(
        env.json(&["campaigns", "show", "spring"])["status"],
        "active"
    );
}
