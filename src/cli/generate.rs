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
    man.render(&mut page)?;
    page.extend_from_slice(super::reference::man_sections().as_bytes());
    let path = dir.join(man.get_filename());
    std::fs::write(&path, page)?;
    written.push(path);
    Ok(())
}
