use std::io::{BufRead, IsTerminal, Write};

/// A confirmation was needed but no one can answer it.
#[derive(Debug, thiserror::Error)]
#[error(
    "not going on without a yes, and there is no terminal to ask on; pass --yes to go ahead. The question was: {question}"
)]
pub struct NeedsYes {
    pub question: String,
}

/// True when [`confirm`] would ask a person (no `--yes`, and a terminal to
/// ask on): the moment to find out what a change would do before asking.
pub fn will_ask(yes: bool) -> bool {
    !yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks "`<question> [y/N] `" on the terminal, unless `yes` says it already.
/// With no terminal and no `--yes`, refuses: scripts must say what they mean.
///
/// The question is written once and the answer read as a line, with the
/// terminal in its usual mode: it echoes what is typed, the cursor stays
/// visible, and a question longer than the screen simply wraps (a prompt
/// that redraws itself on every key repeats such a question once per
/// key). Ctrl-C is the usual signal; its handler says nothing was changed.
pub fn confirm(question: &str, yes: bool) -> Result<bool, anyhow::Error> {
    if yes {
        return Ok(true);
    }
    if !will_ask(false) {
        return Err(NeedsYes {
            question: question.to_string(),
        }
        .into());
    }
    let before = super::progress::interrupted_note();
    super::progress::set_interrupted_note("nothing was changed".into());
    let answer = ask(question);
    match before {
        Some(note) => super::progress::set_interrupted_note(note),
        None => super::progress::clear_interrupted_note(),
    }
    answer
}

fn ask(question: &str) -> Result<bool, anyhow::Error> {
    // Not held while waiting: Ctrl-C's handler writes to stderr.
    let mut err = std::io::stderr();
    write!(err, "{question} [y/N] ")?;
    err.flush()?;
    let mut line = String::new();
    // End of input (Ctrl-D) is no answer: no.
    if std::io::stdin().lock().read_line(&mut line)? == 0 {
        writeln!(err)?;
        return Ok(false);
    }
    Ok(is_yes(&line))
}

/// `y` or `yes`, any case; anything else (Enter alone too) is no.
fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_lowercase().as_str(), "y" | "yes")
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_y_and_yes_are_yes() {
        for yes in ["y", "Y\n", " yes \n", "YES"] {
            assert!(super::is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "no", "yess", "ja"] {
            assert!(!super::is_yes(no), "{no:?}");
        }
    }
}
