//! completions/ and man/ are generated from the clap definitions: they must be
//! exactly what the generator writes now, and they must work.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for sub in ["completions", "man"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = format!("{sub}/{}", path.file_name().unwrap().to_string_lossy());
            out.insert(name, std::fs::read(&path).unwrap());
        }
    }
    out
}

#[test]
fn completions_and_man_pages_are_not_stale() {
    let fresh = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_refctl"))
        .args(["generate-docs", "--out"])
        .arg(fresh.path())
        .status()
        .unwrap();
    assert!(status.success());
    let expected = files(fresh.path());
    let committed = files(Path::new(env!("CARGO_MANIFEST_DIR")));
    let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&expected),
        "completions/ or man/ has missing or extra files: run `cargo run -- generate-docs`"
    );
    for (name, bytes) in &expected {
        assert!(
            committed[name] == *bytes,
            "{name} is stale: run `cargo run -- generate-docs` and commit the result"
        );
    }
    assert!(expected.contains_key("man/refctl.1"));
    assert!(expected.contains_key("man/refctl-qualify.1"));
}

#[test]
fn bash_completion_completes_subcommands_and_flags() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/refctl.bash");
    let complete = |words: &str| {
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source '{}'; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
                 _refctl refctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
                 echo \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("refctl cam").trim(), "campaigns");
    // The repository's own generator is not a user's command.
    assert_eq!(complete("refctl gen").trim(), "");
    let flags = complete("refctl leads list --");
    for flag in ["--campaign", "--status", "--limit", "--all", "--output"] {
        assert!(
            flags.split_whitespace().any(|f| f == flag),
            "{flag} in {flags}"
        );
    }
}

#[test]
fn campaign_codes_complete_at_run_time_from_the_local_workspace() {
    let home = tempfile::tempdir().unwrap();
    let refctl = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_refctl"))
            .args(args)
            .env_clear()
            .env("HOME", home.path())
            .env("REFCTL_HOME", home.path().join("refctl"))
            .output()
            .unwrap()
    };
    for (name, code) in [
        ("Spring", "spring"),
        ("Summer", "summer"),
        ("Autumn", "autumn"),
    ] {
        assert!(
            refctl(&["campaigns", "create", name, "--code", code])
                .status
                .success()
        );
    }
    // What the script printed by `COMPLETE=bash refctl` asks when <TAB> is pressed.
    let complete = |words: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_refctl"))
            .arg("--")
            .args(words)
            .env_clear()
            .env("HOME", home.path())
            .env("REFCTL_HOME", home.path().join("refctl"))
            .env("COMPLETE", "bash")
            .env("_CLAP_IFS", "\n")
            .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let got = complete(&["refctl", "leads", "list", "--campaign", "s"]);
    let mut codes: Vec<&str> = got.lines().collect();
    codes.sort();
    assert_eq!(codes, ["spring", "summer"], "{got}");
    let got = complete(&["refctl", "campaigns", "show", "a"]);
    assert_eq!(got.trim(), "autumn");
    // Rule names and upload ids too.
    let rules =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/rules/stripe-spend.toml");
    assert!(
        refctl(&[
            "rules",
            "apply",
            "-f",
            rules.to_str().unwrap(),
            "--campaign",
            "spring",
            "--yes"
        ])
        .status
        .success()
    );
    let got = complete(&["refctl", "rules", "show", "str"]);
    assert!(got.lines().any(|l| l.starts_with("stripe-")), "{got}");
    assert!(got.lines().all(|l| l.starts_with("str")), "{got}");
    let list = home.path().join("customers.csv");
    std::fs::write(&list, "email\nnobody@example.com\n").unwrap();
    let out = refctl(&[
        "customers",
        "upload",
        list.to_str().unwrap(),
        "--campaign",
        "spring",
        "--dry-run",
        "-o",
        "json",
    ]);
    let run: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = run["run_id"].as_str().unwrap().to_string();
    let got = complete(&["refctl", "customers", "uploads", "show", &id[..4]]);
    assert_eq!(got.trim(), id, "{got}");
    let script = String::from_utf8(
        Command::new(env!("CARGO_BIN_EXE_refctl"))
            .env_clear()
            .env("COMPLETE", "bash")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(script.contains("complete"), "{script}");
}

#[test]
fn help_and_man_pages_say_the_environment_exit_status_and_files() {
    let help = Command::new(env!("CARGO_BIN_EXE_refctl"))
        .args(["leads", "list", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let (own, global) = help
        .split_once("Global options:")
        .expect("a Global options heading");
    assert!(
        own.contains("--status") && !own.contains("--profile"),
        "{help}"
    );
    assert!(
        global.contains("--profile") && global.contains("--output"),
        "{help}"
    );

    let top = Command::new(env!("CARGO_BIN_EXE_refctl"))
        .arg("--help")
        .output()
        .unwrap();
    let top = String::from_utf8(top.stdout).unwrap();
    for name in [
        "REFCTL_TOKEN",
        "REFCTL_API_URL",
        "REFCTL_HOME",
        "REFCTL_PROFILE",
        "REFCTL_TIMEOUT",
    ] {
        assert!(top.contains(name), "{name} in refctl --help");
    }
    assert!(top.contains("130") && top.contains("workspace.db"), "{top}");

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for page in ["man/refctl.1", "man/refctl-customers-upload.1"] {
        let text = std::fs::read_to_string(root.join(page)).unwrap();
        for section in [
            ".SH ENVIRONMENT",
            ".SH \"EXIT STATUS\"",
            ".SH FILES",
            "REFCTL_TOKEN",
        ] {
            assert!(text.contains(section), "{section} in {page}");
        }
        assert!(
            !text.contains("generate\\-docs"),
            "{page} offers generate-docs"
        );
        // Each section once: the environment is not repeated from the help text.
        for section in [".SH ENVIRONMENT", ".SH SYNOPSIS", ".SH NAME"] {
            assert_eq!(text.matches(section).count(), 1, "{section} in {page}");
        }
        assert!(!text.contains(".SH EXTRA"), "{page}");
        assert_eq!(text.matches("REFCTL_TOKEN").count(), 1, "{page}");
    }
    // The synopsis names each option's value.
    let list = std::fs::read_to_string(root.join("man/refctl-leads-list.1")).unwrap();
    let synopsis = list
        .split(".SH SYNOPSIS")
        .nth(1)
        .unwrap()
        .split(".SH")
        .next()
        .unwrap();
    assert!(
        synopsis.contains("\\fB\\-\\-status\\fR \\fISTATUS\\fR"),
        "{synopsis}"
    );
    assert!(synopsis.contains("[GLOBAL OPTIONS]"), "{synopsis}");
}
