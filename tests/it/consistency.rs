//! The same conventions on every command: JSON on stdout with `-o json`,
//! tables that fit an 80-column terminal, no colour codes when not asked.

use crate::common::Env;

/// Every command that has something to say, in an order that works.
fn commands(env: &Env) -> Vec<Vec<String>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let event = format!("{root}/examples/events/charge-succeeded-30usd.json");
    let rules = format!("{root}/examples/rules/stripe-spend.toml");
    let customers = format!("{root}/examples/customers.csv");
    let more_leads = env.file(
        "more-leads.csv",
        "email,referred_by\nnew.lead@example.com,OMAR\n",
    );
    let list: Vec<Vec<&str>> = vec![
        vec!["campaigns", "list"],
        vec!["campaigns", "show", "spring"],
        vec!["campaigns", "create", "Autumn", "--code", "autumn"],
        vec!["campaigns", "update", "autumn", "--name", "Autumn 2026"],
        vec!["campaigns", "archive", "autumn", "--yes"],
        vec!["referrers", "list", "--campaign", "spring"],
        vec!["referrers", "show", "OMAR", "--campaign", "spring"],
        vec![
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "zed@example.com",
        ],
        vec!["leads", "list", "--campaign", "spring"],
        vec![
            "leads",
            "show",
            "bob.martin@example.com",
            "--campaign",
            "spring",
        ],
        vec![
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "x@example.com",
            "--referrer",
            "OMAR",
        ],
        vec!["leads", "import", &more_leads, "--campaign", "spring"],
        vec!["leads", "export", "--campaign", "spring"],
        vec!["qualify", "bob.martin@example.com", "--campaign", "spring"],
        vec![
            "unqualify",
            "bob.martin@example.com",
            "--campaign",
            "spring",
            "--reason",
            "refund",
            "--yes",
        ],
        vec![
            "leads",
            "history",
            "bob.martin@example.com",
            "--campaign",
            "spring",
        ],
        vec![
            "customers",
            "upload",
            &customers,
            "--campaign",
            "spring",
            "--dry-run",
        ],
        vec!["rules", "apply", "-f", &rules, "--campaign", "spring"],
        vec!["rules", "list", "--campaign", "spring"],
        vec!["rules", "show", "1"],
        vec!["rules", "disable", "1"],
        vec!["rules", "enable", "1"],
        vec![
            "rules",
            "update",
            "1",
            "--condition",
            "event.data.currency == 'usd'",
        ],
        vec!["rules", "test", "--campaign", "spring", "--event", &event],
        vec!["events", "send", &event],
        vec!["events", "list"],
        vec!["events", "show", "evt_charge_1"],
        vec!["rules", "delete", "2", "--yes"],
        vec!["webhooks", "secret", "create", "--kind", "generic"],
        vec!["webhooks", "list"],
        vec!["config", "set", "campaign", "spring"],
        vec!["config", "get", "campaign"],
        vec!["config", "list"],
        vec!["config", "use", "default"],
        vec!["config", "unset", "campaign"],
        vec!["auth", "status"],
        vec!["auth", "logout"],
    ];
    list.into_iter()
        .map(|c| c.into_iter().map(String::from).collect())
        .collect()
}

#[test]
fn every_command_prints_json_with_o_json() {
    let env = Env::embedded();
    env.seed();
    for args in commands(&env) {
        let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
        all.extend(["-o", "json"]);
        let out = env.ok(&all);
        assert!(
            serde_json::from_str::<serde_json::Value>(&out).is_ok(),
            "refctl {}: stdout is not JSON:\n{out}",
            args.join(" ")
        );
    }
}

#[test]
fn tables_fit_80_columns_and_carry_no_colour() {
    let env = Env::embedded();
    env.seed();
    for args in commands(&env) {
        let all: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.cmd().env("COLUMNS", "80").args(&all).output().unwrap();
        assert!(
            out.status.success(),
            "refctl {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        // CSV exports are data, not tables.
        if args[..2] == ["leads", "export"] {
            continue;
        }
        for line in stdout.lines() {
            assert!(
                line.chars().count() <= 80,
                "refctl {}: a line of {} columns:\n{line}",
                args.join(" "),
                line.chars().count()
            );
        }
        assert!(
            !stdout.contains('\u{1b}'),
            "refctl {}: colour codes",
            args.join(" ")
        );
    }
}

/// Every JSON error has a machine code, whatever failed.
#[test]
fn every_json_error_has_a_code() {
    let env = Env::embedded();
    env.seed();
    let csv = env.file("nobody.csv", "Name,Spend\nAnn,10\n");
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let customers = format!("{}/examples/customers.csv", env!("CARGO_MANIFEST_DIR"));
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec![
                "customers",
                "upload",
                customers.as_str(),
                "--campaign",
                "spring",
            ],
            vec![],
            "needs_confirmation",
        ),
        (
            vec!["campaigns", "list"],
            vec![("REFCTL_API_URL", closed_url.as_str())],
            "unauthenticated",
        ),
        (
            vec!["campaigns", "list"],
            vec![
                ("REFCTL_API_URL", closed_url.as_str()),
                ("REFCTL_TOKEN", "rfk_x"),
            ],
            "unreachable",
        ),
        (
            vec![
                "customers",
                "upload",
                csv.as_str(),
                "--campaign",
                "spring",
                "--dry-run",
            ],
            vec![],
            "usage",
        ),
        (vec!["campaigns", "show", "nope"], vec![], "not_found"),
    ];
    for (args, vars, code) in cases {
        let mut cmd = env.cmd();
        cmd.args(&args).args(["-o", "json"]);
        for (k, v) in &vars {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        // Status lines may come first; the error is the last line, as JSON.
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        let err: serde_json::Value = serde_json::from_str(last).unwrap_or_else(|e| {
            panic!(
                "{args:?}: not JSON ({e}): {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        assert_eq!(err["error"]["code"], code, "{args:?}: {err}");
    }
}

/// Small things that trip people: each says what is wrong or what to do.
#[test]
fn small_things_say_what_to_do() {
    let env = Env::embedded();
    env.seed();
    env.ok(&["campaigns", "archive", "spring", "--yes"]);
    let out = env
        .cmd()
        .args(["campaigns", "archive", "spring"])
        .output()
        .unwrap();
    assert!(out.status.success(), "no prompt, no refusal");
    assert!(String::from_utf8_lossy(&out.stderr).contains("archived already"));

    env.ok(&["campaigns", "create", "Autumn", "--code", "autumn"]);
    let (_, err) = env.fails(&["referrers", "add", "--campaign", "autumn"], 2);
    assert!(err.contains("--email, --name or --code"), "{err}");

    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            "nope.csv",
            "--campaign",
            "autumn",
            "--dry-run",
        ],
        2,
    );
    assert!(err.contains("no such file"), "{err}");

    let root = env!("CARGO_MANIFEST_DIR");
    let referrers = format!("{root}/examples/referrers.csv");
    env.ok(&["referrers", "import", &referrers, "--campaign", "autumn"]);
    let out = env
        .cmd()
        .args(["referrers", "import", &referrers, "--campaign", "autumn"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--skip-existing"));
}

/// `config list -o json` gives scripts the settings in effect and where
/// each came from, not only the profiles the file holds.
#[test]
fn config_list_in_json_says_the_settings_in_effect() {
    let env = Env::embedded();
    env.seed();
    env.ok(&["config", "set", "campaign", "spring"]);
    let config = env.json(&["config", "list"]);
    assert_eq!(
        config["in_effect"]["campaign"]["value"], "spring",
        "{config}"
    );
    assert_eq!(config["in_effect"]["backend"]["value"], "local", "{config}");
    assert_eq!(
        config["in_effect"]["provider"]["value"], "refctl",
        "{config}"
    );
    let out = env
        .cmd()
        .args(["config", "list", "-o", "json"])
        .env("REFCTL_PROVIDER", "growsurf")
        .output()
        .unwrap();
    let config: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        config["in_effect"]["provider"]["value"], "growsurf",
        "{config}"
    );
    assert!(
        config["in_effect"]["provider"]["from"]
            .as_str()
            .unwrap()
            .contains("REFCTL_PROVIDER"),
        "{config}"
    );
}
