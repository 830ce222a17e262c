use std::io::IsTerminal;

/// A confirmation was needed but no one can answer it.
#[derive(Debug, thiserror::Error)]
#[error("{action} needs confirmation, and there is no terminal to ask on: pass --yes to go ahead")]
pub struct NeedsYes {
    pub action: String,
}

/// True when [`confirm`] would ask a person (no `--yes`, and a terminal to
/// ask on): the moment to find out what a change would do before asking.
pub fn will_ask(yes: bool) -> bool {
    !yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks "`<question> [y/N]`" on the terminal, unless `yes` says it already.
/// With no terminal and no `--yes`, refuses: scripts must say what they mean.
pub fn confirm(question: &str, yes: bool) -> Result<bool, anyhow::Error> {
    if yes {
        return Ok(true);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(NeedsYes {
            action: question.trim_end_matches('?').to_string(),
        }
        .into());
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        // `yes⏎` is an answer, not `y` and then `es` for the shell.
        .wait_for_newline(true)
        .interact();
    match answer {
        Ok(yes) => Ok(yes),
        Err(e) => {
            // The prompt hid the cursor; whatever happened, give it back.
            use std::io::Write;
            let mut err = std::io::stderr();
            let _ = err.write_all(b"\x1b[?25h");
            // Ctrl-C while the terminal is raw reaches the prompt as a key,
            // not a signal: it means the same.
            let dialoguer::Error::IO(io) = &e;
            if io.kind() == std::io::ErrorKind::Interrupted {
                let _ = writeln!(err, "\ninterrupted: nothing was changed");
                std::process::exit(crate::cli::Exit::Interrupted as i32);
            }
            Err(e.into())
        }
    }
}
