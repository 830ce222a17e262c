//! Names the commit a binary was built from, for `refctl --version`: the
//! repository's HEAD (and `-dirty` when the tree had changes), or `unknown`
//! outside a git checkout (a crate tarball), and that commit's date (not the
//! clock's: two builds of one commit say the same). REFCTL_COMMIT and
//! REFCTL_COMMIT_DATE override them (a packager's build).

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    println!("cargo:rerun-if-env-changed=REFCTL_COMMIT");
    println!("cargo:rerun-if-env-changed=REFCTL_COMMIT_DATE");
    let date = std::env::var("REFCTL_COMMIT_DATE")
        .ok()
        .or_else(|| git(&["log", "-1", "--format=%cs"]))
        .unwrap_or_else(|| "date unknown".into());
    println!("cargo:rustc-env=REFCTL_COMMIT_DATE={date}");
    let commit = std::env::var("REFCTL_COMMIT").ok().or_else(|| {
        let head = git(&["rev-parse", "--short=12", "HEAD"])?;
        let dirty =
            git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
        Some(if dirty { format!("{head}-dirty") } else { head })
    });
    // Rebuilt when HEAD moves (a commit, a checkout).
    if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
        println!("cargo:rerun-if-changed={dir}/HEAD");
        println!("cargo:rerun-if-changed={dir}/refs/heads");
    }
    println!(
        "cargo:rustc-env=REFCTL_COMMIT={}",
        commit.unwrap_or_else(|| "unknown".into())
    );
}
