//! Every documented exit code, each produced by a real command, and every
//! `-o json` error carrying a non-null `code` with the same exit code.

use std::process::Stdio;
use std::time::Duration;

use crate::common::Env;

/// Runs refctl with `args` (and `-o json`), checks the exit code, and that
/// stderr is one JSON error naming a code and the same exit code.
fn json_error(env: &Env, vars: &[(&str, &str)], args: &[&str], code: i32) -> serde_json::Value {
    let out = env
        .cmd()
        .envs(vars.iter().copied())
        .args(args)
        .args(["-o", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "refctl {args:?}: {stderr}");
    let line = stderr
        .lines()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("refctl {args:?}: no JSON error in {stderr}"));
    let error: serde_json::Value = serde_json::from_str(line).unwrap();
    let error = &error["error"];
    assert!(
        error["code"].as_str().is_some_and(|c| !c.is_empty()),
        "refctl {args:?}: no code in {error}"
    );
    assert_eq!(error["exit_code"], code, "refctl {args:?}: {error}");
    error.clone()
}

#[test]
fn every_documented_exit_code_is_produced() {
    let env = Env::embedded();
    env.seed();
    let closed = [
        ("REFCTL_API_URL", "http://127.0.0.1:9"),
        ("REFCTL_TOKEN", "rfk_x"),
        ("REFCTL_TIMEOUT", "2"),
    ];

    // 0: done.
    env.ok(&["campaigns", "list"]);
    // 1: a failure of no other kind (the report directory is under a file).
    let blocker = env.file("not-a-dir", "x");
    let list = env.file("customers.csv", "email\nbob.martin@example.com\n");
    let report_dir = format!("{blocker}/reports");
    json_error(
        &env,
        &[],
        &[
            "customers",
            "upload",
            &list,
            "--campaign",
            "spring",
            "--dry-run",
            "--report-dir",
            &report_dir,
        ],
        1,
    );
    // 2: usage, from clap and from refctl's own checks; JSON for both.
    json_error(&env, &[], &["leads", "list", "--sort", "emial"], 2);
    json_error(
        &env,
        &[],
        &["leads", "list", "--created-after", "last tuesday"],
        2,
    );
    json_error(&env, &[], &["leads", "lsit"], 2);
    json_error(&env, &[], &["campaigns", "archive", "spring"], 2);
    // 3: some of a bulk action done, some not: not an error, the results
    // say which (on stdout, as JSON with -o json).
    let out = env
        .cmd()
        .args(["qualify", "bob.martin@example.com", "nobody@example.com"])
        .args(["--campaign", "spring", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let results: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results[1]["outcome"], "not_found");
    // 4: no usable token.
    json_error(
        &env,
        &[("REFCTL_API_URL", "http://127.0.0.1:9")],
        &["campaigns", "list"],
        4,
    );
    // 5: not found.
    json_error(&env, &[], &["leads", "show", "999999"], 5);
    // An unknown campaign: the closest one named, and where to see them all
    // (the hint chosen by what was not found, not by the message's words).
    let e = json_error(&env, &[], &["campaigns", "show", "sprnig"], 5);
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("did you mean 'spring'"),
        "{e}"
    );
    assert!(
        e["hint"]
            .as_str()
            .unwrap()
            .contains("refctl campaigns list"),
        "{e}"
    );
    // 6: conflicts with what exists.
    json_error(
        &env,
        &[],
        &["campaigns", "create", "Again", "--code", "spring"],
        6,
    );
    // 7: the API could not be reached.
    let e = json_error(&env, &closed, &["campaigns", "list"], 7);
    assert_eq!(e["code"], "unreachable");
    // Logged retries read like every other message: `info: …`, not ` INFO …`.
    let out = env
        .cmd()
        .envs(closed)
        .env("REFCTL_HTTP_RETRIES", "2")
        .args(["-v", "campaigns", "list"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.lines().any(|l| l.starts_with("info: could not reach")),
        "{said}"
    );
    assert!(
        !said.contains(" INFO ") && !said.contains(" WARN "),
        "{said}"
    );
    // 8: the platform in use has no such operation.
    let e = json_error(
        &env,
        &[
            ("REFCTL_PROVIDER", "referral-factory"),
            closed[0],
            closed[1],
        ],
        &["rules", "list", "--campaign", "spring"],
        8,
    );
    assert_eq!(e["code"], "unsupported");

    // 130: interrupted (Ctrl-C is SIGINT), saying how to go on. Stdin stays
    // open until the process has ended: closing it first could end the
    // command (no leads on stdin) before the signal is handled.
    let mut child = env
        .std_cmd()
        .args(["qualify", "--stdin", "--campaign", "spring", "--yes"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take();
    // Signalled once it catches SIGINT (its handler installed), not after a
    // guessed delay: Linux says which signals a process catches.
    let catches_sigint = || {
        std::fs::read_to_string(format!("/proc/{}/status", child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("SigCgt:"))
                    .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
            })
            .is_some_and(|mask| mask & (1 << (2 - 1)) != 0)
    };
    let started = std::time::Instant::now();
    while !catches_sigint() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no SIGINT handler"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    drop(stdin);
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
}

/// A usage error in JSON names what is missing; `--version` names the
/// commit the binary was built from.
#[test]
fn a_json_usage_error_names_the_missing_argument_and_the_version_names_a_commit() {
    let env = Env::embedded();
    let error = json_error(&env, &[], &["qualify"], 2);
    assert!(
        error["message"].as_str().unwrap().contains("<LEAD>"),
        "{error}"
    );
    assert_eq!(error["argument"], "<LEAD>...", "{error}");
    // Clap's tips and possible values stay.
    let error = json_error(&env, &[], &["leads", "list", "--stauts", "x"], 2);
    assert_eq!(
        error["did_you_mean"],
        serde_json::json!(["--status"]),
        "{error}"
    );
    assert!(
        error["hint"].as_str().unwrap().contains("'--status'"),
        "{error}"
    );
    let error = json_error(&env, &[], &["leads", "list", "--fields", "emial"], 2);
    assert!(
        error["possible_values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == "email"),
        "{error}"
    );
    assert_eq!(
        error["did_you_mean"],
        serde_json::json!(["email"]),
        "{error}"
    );
    let version = env.ok(&["--version"]);
    assert!(version.contains("(commit "), "{version}");
    // And the commit's date: `refctl 0.1.0 (commit 1a2b3c4d5e6f, 2026-12-06)`.
    let date = version
        .trim()
        .trim_end_matches(')')
        .rsplit(", ")
        .next()
        .unwrap();
    assert!(
        date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
        "{version}"
    );
    // Subcommands do not have a version of their own.
    env.fails(&["campaigns", "--version"], 2);
}
