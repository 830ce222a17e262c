//! Shell completions and man pages, generated from the clap definitions and
//! never edited by hand: `refctl completion SHELL` prints one script, and the
//! hidden `refctl generate-docs` rewrites `completions/` and `man/`.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;
use clap_complete::Shell;

use super::exit::Exit;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  refctl completion bash > ~/.local/share/bash-completion/completions/refctl
  refctl completion zsh > \"${fpath[1]}/_refctl\"
  refctl completion fish > ~/.config/fish/completions/refctl.fish")]
pub struct CompletionArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Rewrite completions/ and man/ from the command definitions (for the repository)
#[derive(Debug, clap::Parser)]
#[command(name = "refctl generate-docs")]
pub struct GenerateDocsArgs {
    /// The repository root; completions/ and man/ are written under it
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
}

/// The shells completions are generated for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

pub fn completion(args: CompletionArgs) -> anyhow::Result<Exit> {
    let mut cmd = super::command();
    clap_complete::generate(args.shell, &mut cmd, "refctl", &mut std::io::stdout());
    Ok(Exit::Success)
}

pub fn generate_docs(args: GenerateDocsArgs) -> anyhow::Result<Exit> {
    let written = write_all(&args.out)?;
    eprintln!("Wrote {} files under {}", written.len(), args.out.display());
    Ok(Exit::Success)
}

/// Writes `completions/` and `man/` under `root`, replacing what was there.
pub fn write_all(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let completions = root.join("completions");
    let man = root.join("man");
    for dir in [&completions, &man] {
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .with_context(|| format!("could not clear {}", dir.display()))?;
        }
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
    }
    for shell in SHELLS {
        let mut cmd = super::command();
        let path = clap_complete::generate_to(shell, &mut cmd, "refctl", &completions)
            .with_context(|| format!("could not write the {shell} completions"))?;
        written.push(path);
    }
    // The pages name the release, not the commit: they are checked in, and
    // would otherwise change with every commit.
    let mut cmd = super::command()
        .disable_help_subcommand(true)
        .long_version(None::<&str>);
    cmd.build();
    write_man_pages(&cmd, &man, &mut written)
        .with_context(|| format!("could not write the man pages into {}", man.display()))?;
    Ok(written)
}

/// `refctl leads list` for the page of `list` under `leads`: clap keeps the
/// full name in the command's bin name once it is built.
fn page_name(cmd: &clap::Command) -> String {
    cmd.get_bin_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

/// Text as roff shows it: backslashes and hyphens escaped.
fn roff(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// The SYNOPSIS: the command, `[GLOBAL OPTIONS]`, each of its own options
/// with its value's name (`[--status STATUS]`), its arguments, and
/// `<COMMAND>` where it has subcommands.
fn synopsis(cmd: &clap::Command, name: &str) -> String {
    let mut out = format!(".SH SYNOPSIS\n\\fB{}\\fR", roff(name));
    let mut globals = false;
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        if arg.get_help_heading() == Some("Global options") {
            globals = true;
            continue;
        }
        let id = arg.get_id().as_str();
        if id == "help" || id == "version" {
            continue;
        }
        let values: Vec<String> = arg
            .get_value_names()
            .map(|v| v.iter().map(|s| s.to_string()).collect())
            .unwrap_or_else(|| vec![id.to_uppercase()]);
        let takes_value = arg.get_num_args().is_none_or(|n| n.takes_values())
            && !matches!(
                arg.get_action(),
                clap::ArgAction::SetTrue | clap::ArgAction::SetFalse | clap::ArgAction::Count
            );
        let word = if arg.is_positional() {
            let mut w = format!("\\fI<{}>\\fR", roff(&values.join(" ")));
            if matches!(arg.get_action(), clap::ArgAction::Append) {
                w.push_str("...");
            }
            w
        } else {
            let mut forms = Vec::new();
            if let Some(s) = arg.get_short() {
                forms.push(format!("\\fB\\-{s}\\fR"));
            }
            if let Some(l) = arg.get_long() {
                forms.push(format!("\\fB\\-\\-{}\\fR", roff(l)));
            }
            let mut w = forms.join("|");
            if takes_value {
                w.push_str(&format!(" \\fI{}\\fR", roff(&values.join(" "))));
            }
            w
        };
        if arg.is_required_set() {
            out.push_str(&format!(" {word}"));
        } else {
            out.push_str(&format!(" [{word}]"));
        }
    }
    if globals {
        out.push_str(" [GLOBAL OPTIONS]");
    }
    if cmd.has_subcommands() {
        out.push_str(" \\fI<COMMAND>\\fR");
    }
    out.push('\n');
    out
}

/// The command's help epilogue as EXAMPLES (or NOTES), up to where the sections every
/// page has (environment, exit status, files) begin.
fn examples(cmd: &clap::Command) -> String {
    let Some(text) = cmd.get_after_long_help().or(cmd.get_after_help()) else {
        return String::new();
    };
    let text = text.to_string();
    let own = text
        .split("\nEnvironment:\n")
        .next()
        .unwrap_or_default()
        .trim();
    let (heading, own) = match own.strip_prefix("Examples:") {
        Some(rest) => ("EXAMPLES", rest.trim_start_matches('\n')),
        None => ("NOTES", own),
    };
    if own.is_empty() {
        return String::new();
    }
    let body: Vec<String> = own
        .lines()
        .map(|l| {
            let l = roff(l);
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l
            }
        })
        .collect();
    format!(".SH {heading}\n.nf\n{}\n.fi\n", body.join("\n"))
}

/// One page per command, as clap_mangen writes them, each followed by the
/// sections every command shares (environment, exit status, files).
fn write_man_pages(
    cmd: &clap::Command,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_man_pages(sub, dir, written)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    // clap_mangen's sections, but a SYNOPSIS with value names and the
    // command's examples as EXAMPLES, without the environment and exit
    // codes its help text repeats (they have sections of their own below).
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    page.extend_from_slice(synopsis(cmd, &page_name(cmd)).as_bytes());
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut page)?;
    }
    page.extend_from_slice(examples(cmd).as_bytes());
    if cmd.get_version().is_some() {
        man.render_version_section(&mut page)?;
    }
    page.extend_from_slice(super::reference::man_sections().as_bytes());
    // Each of clap_mangen's sections starts with the page's preamble: once is enough.
    let preamble = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let text = String::from_utf8_lossy(&page).into_owned();
    let page = match text.split_once(preamble) {
        Some((before, after)) => format!("{before}{preamble}{}", after.replace(preamble, "")),
        None => text,
    };
    let path = dir.join(man.get_filename());
    std::fs::write(&path, page)?;
    written.push(path);
    Ok(())
}
