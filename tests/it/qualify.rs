//! Manual qualification: one lead, many, from stdin, the batch outcomes and the history.

use std::io::Write;

use crate::common::Env;
use serde_json::Value;

fn outcomes(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn imported_lead_qualified_twice_then_unqualified_has_exactly_two_records() {
    for env in Env::both() {
        env.seed();
        assert_eq!(
            outcomes(&env.json(&["qualify", "carla.rossi@example.com", "--campaign", "spring"])),
            ["qualified"]
        );
        assert_eq!(
            outcomes(&env.json(&[
                "qualify",
                "carla.rossi@example.com",
                "--campaign",
                "spring",
                "--reason",
                "again"
            ])),
            ["already_qualified"]
        );
        let (_, err) = env.fails(
            &[
                "unqualify",
                "carla.rossi@example.com",
                "--campaign",
                "spring",
            ],
            2,
        );
        assert!(err.contains("--reason"), "{err}");
        assert_eq!(
            outcomes(&env.json(&[
                "unqualify",
                "carla.rossi@example.com",
                "--campaign",
                "spring",
                "--reason",
                "refund #7",
                "--yes"
            ])),
            ["unqualified"]
        );

        let history = env.json(&[
            "leads",
            "history",
            "carla.rossi@example.com",
            "--campaign",
            "spring",
        ]);
        let records = history.as_array().unwrap();
        assert_eq!(records.len(), 2, "[{}] {history:#}", env.name());
        let actor = if env.name() == "remote" {
            "ci"
        } else {
            "local"
        };
        assert_eq!(
            (
                records[0]["action"].as_str(),
                records[0]["method"].as_str(),
                records[0]["actor"].as_str()
            ),
            (Some("qualify"), Some("manual"), Some(actor))
        );
        assert_eq!(records[0]["reason"], Value::Null);
        assert_eq!(
            (
                records[1]["action"].as_str(),
                records[1]["reason"].as_str(),
                records[1]["actor"].as_str()
            ),
            (Some("unqualify"), Some("refund #7"), Some(actor))
        );
        assert!(records[1]["idempotency_key"].is_string());
        let lead = env.json(&[
            "leads",
            "show",
            "carla.rossi@example.com",
            "--campaign",
            "spring",
        ]);
        assert_eq!(lead["status"], "pending");
        assert_eq!(lead["qualified_at"], Value::Null);
    }
}

#[test]
fn a_batch_reports_every_outcome_and_the_exit_code_tells_partial_from_full() {
    for env in Env::both() {
        env.seed();
        env.ok(&["qualify", "dev.patel@example.org", "--campaign", "spring"]);
        // pending lead, qualified lead, a referrer, unknown email, unknown code, by external id, by id
        let (out, err) = env.fails(
            &[
                "qualify",
                "bob.martin@example.com",
                "dev.patel@example.org",
                "ann.lee@example.com",
                "nobody@example.com",
                "NOCODE",
                "ext:cus_1005",
                "id:6",
                "--campaign",
                "spring",
                "--yes",
                "-o",
                "json",
            ],
            3,
        );
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            outcomes(&v),
            [
                "qualified",
                "already_qualified",
                "not_a_lead",
                "not_found",
                "not_found",
                "qualified",
                "qualified"
            ]
        );
        assert!(err.contains("3 qualified"), "{err}");

        // Without --yes and without a terminal, a bulk change is refused and nothing changes.
        let (_, err) = env.fails(
            &[
                "unqualify",
                "bob.martin@example.com",
                "emma.schulz@example.de",
                "--campaign",
                "spring",
                "--reason",
                "test",
            ],
            2,
        );
        assert!(err.contains("--yes"), "{err}");
        assert_eq!(env.status_of("bob.martin@example.com"), "qualified");

        let v = env.json(&[
            "unqualify",
            "bob.martin@example.com",
            "emma.schulz@example.de",
            "--campaign",
            "spring",
            "--reason",
            "test",
            "--yes",
        ]);
        assert_eq!(outcomes(&v), ["unqualified", "already_pending"]);

        // Nothing found at all: exit 5.
        env.fails(
            &["qualify", "nobody@example.com", "--campaign", "spring"],
            5,
        );
        // A referrer never qualifies.
        env.fails(&["qualify", "code:ANN2026", "--campaign", "spring"], 5);
    }
}

#[test]
fn leads_come_from_stdin_and_a_dry_run_changes_nothing() {
    for env in Env::both() {
        env.seed();
        let stdin = "# paid this week\nbob.martin@example.com\n\n  carla.rossi@example.com  \nnobody@example.com\n";
        let dry = env
            .cmd()
            .args([
                "qualify",
                "--stdin",
                "--campaign",
                "spring",
                "--dry-run",
                "-o",
                "json",
            ])
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(dry.status.code(), Some(3));
        let v: Value = serde_json::from_slice(&dry.stdout).unwrap();
        // What would happen, said so, and marked as a dry run.
        assert_eq!(
            outcomes(&v),
            ["would_qualify", "would_qualify", "not_found"]
        );
        assert!(
            v.as_array().unwrap().iter().all(|i| i["dry_run"] == true),
            "{v}"
        );
        let said = String::from_utf8_lossy(&dry.stderr);
        assert!(
            said.contains("Dry run, nothing changed: 2 would qualify"),
            "{said}"
        );
        // And it ends with the command that does it for real.
        assert!(
            said.trim_end()
                .ends_with("To do it: refctl qualify --stdin --campaign spring -o json"),
            "{said}"
        );
        let pending = env.json(&["leads", "list", "--status", "pending", "--all"]);
        assert_eq!(
            pending.as_array().unwrap().len(),
            10,
            "a dry run qualifies nothing"
        );

        let real = env
            .cmd()
            .args([
                "qualify",
                "--stdin",
                "--campaign",
                "spring",
                "--yes",
                "-o",
                "json",
            ])
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(real.status.code(), Some(3));
        let qualified = env.json(&["leads", "list", "--status", "qualified", "--all"]);
        assert_eq!(qualified.as_array().unwrap().len(), 2);

        let (_, err) = env.fails(&["qualify", "--stdin", "--campaign", "spring"], 2);
        assert!(err.contains("no leads on stdin"), "{err}");
    }
}

#[test]
fn a_thousand_qualifications_are_one_request_and_one_transaction() {
    let env = Env::remote();
    env.ok(&["campaigns", "create", "Big", "--code", "big"]);
    env.ok(&["referrers", "add", "--campaign", "big", "--code", "REF"]);
    let mut csv = String::from("email,referred_by,external_id\n");
    for i in 0..1000 {
        // Two leads share an external id, for the atomicity check below.
        let ext = if i >= 998 {
            "shared".to_string()
        } else {
            format!("e{i}")
        };
        csv.push_str(&format!("lead{i}@example.com,REF,{ext}\n"));
    }
    let file = env.file("big.csv", &csv);
    env.ok(&["leads", "import", &file, "--campaign", "big", "-q"]);

    // 999 good references and one that names two leads: the whole batch is refused
    // and nothing is qualified, because it is one transaction.
    let mut refs: Vec<String> = (0..999).map(|i| format!("lead{i}@example.com")).collect();
    refs.push("ext:shared".into());
    let before = env.server().requests("POST /v1/qualifications/batch").len();
    let (_, err) = env.fails(
        &[
            &["qualify", "--campaign", "big", "--yes", "-q"][..],
            &refs.iter().map(String::as_str).collect::<Vec<_>>(),
        ]
        .concat(),
        6,
    );
    assert!(err.contains("more than one lead"), "{err}");
    assert_eq!(
        env.json(&["leads", "list", "--status", "qualified"])
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // 1,000 good references: one request, all qualified.
    let stdin: String = (0..1000)
        .map(|i| format!("lead{i}@example.com\n"))
        .collect();
    let mut cmd = env.cmd();
    cmd.args([
        "qualify",
        "--stdin",
        "--campaign",
        "big",
        "--yes",
        "-q",
        "-o",
        "json",
    ])
    .write_stdin(stdin);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(outcomes(&v).iter().all(|o| o == "qualified"));
    let batches = env.server().requests("POST /v1/qualifications/batch");
    assert_eq!(
        batches.len() - before,
        2,
        "one request per 1,000-lead batch: {batches:?}"
    );
    assert_eq!(
        env.json(&["leads", "list", "--status", "qualified", "--all"])
            .as_array()
            .unwrap()
            .len(),
        1000
    );
    let _ = std::io::stdout().flush();
}

/// `qualify --stdin` of many leads learns the token's limit and paces its
/// batches under it, as uploads do: no request is refused.
#[test]
fn qualify_from_stdin_paces_itself_to_the_tokens_limit() {
    let env = Env::remote();
    env.ok(&["campaigns", "create", "Big", "--code", "big"]);
    env.ok(&[
        "referrers",
        "add",
        "--campaign",
        "big",
        "--code",
        "REF1",
        "--email",
        "ref@example.com",
    ]);
    let mut leads = String::from("email,referred_by\n");
    let mut emails = String::new();
    for i in 0..5_000 {
        leads.push_str(&format!("lead{i}@example.com,REF1\n"));
        emails.push_str(&format!("lead{i}@example.com\n"));
    }
    let leads = env.file("leads.csv", &leads);
    env.ok(&["leads", "import", &leads, "--campaign", "big", "-q"]);
    // A burst of 2, then one a second: 5 batches would trip it unpaced.
    let slow = env
        .server()
        .token_with_rate("acme", "slow", "admin", "60/min");
    let out = env
        .cmd()
        .env("REFCTL_TOKEN", &slow)
        .args(["qualify", "--stdin", "--campaign", "big", "--yes", "-q"])
        .write_stdin(emails)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        env.server().requests(" 429 ").is_empty(),
        "the token's limit was tripped"
    );
    assert_eq!(
        env.server().requests("POST /v1/qualifications/batch").len(),
        5
    );
}

/// Qualifying hundreds of leads from a script's list at a terminal-less
/// table: no table of every lead on stdout, the problems grouped on stderr
/// in a few lines, and a file holding every lead with its outcome.
#[test]
fn a_large_batch_groups_its_problems_and_writes_every_lead_to_a_file() {
    let env = Env::embedded();
    env.seed();
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("nobody{i}@example.com\n"));
    }
    input.push_str("bob.martin@example.com\n");
    let out = env
        .cmd()
        .args(["qualify", "--stdin", "--campaign", "spring", "--yes"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.lines().count() <= 5, "{err}");
    assert!(
        err.contains("300 leads not found: nobody0@example.com"),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with("300 not found, 1 qualified"),
        "the summary is last: {err}"
    );
    let file = err
        .split_whitespace()
        .find(|w| w.ends_with(".csv"))
        .unwrap_or_else(|| panic!("no file named: {err}"));
    let rows: Vec<csv::StringRecord> = csv::Reader::from_path(file)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 301);
    assert_eq!(
        (&rows[300][1], &rows[300][2]),
        ("bob.martin@example.com", "qualified")
    );
}
