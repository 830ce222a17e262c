//! The scripts in examples/ run as their comments say.

use crate::common::Env;
use serde_json::Value;

#[test]
fn the_ci_script_qualifies_paid_customers_with_a_token_from_the_environment() {
    let env = Env::remote();
    env.seed();
    let paid = env.file(
        "paid.txt",
        "bob.martin@example.com\next:cus_1004\nnobody@example.com\n",
    );
    let out = env
        .script("examples/ci/qualify-paid.sh")
        .args([&paid, "spring"])
        .output()
        .unwrap();
    // One lead is unknown: the documented partial exit code.
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcomes: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["qualified", "qualified", "not_found"]);
    let history = env.json(&["leads", "history", "ext:cus_1004", "--campaign", "spring"]);
    assert!(
        history[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("paid (CI"),
        "{history}"
    );
}

#[test]
fn the_weekly_upload_script_checks_the_dry_run_then_uploads() {
    let env = Env::embedded();
    env.seed();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = env
        .script("examples/weekly-upload.sh")
        .args([&format!("{root}/examples/customers.csv"), "spring"])
        .env("MAX_INVALID_PERCENT", "50")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("plan: 12 rows"), "{stderr}");
    let qualified = env.json(&[
        "leads",
        "list",
        "--campaign",
        "spring",
        "--status",
        "qualified",
    ]);
    assert_eq!(qualified.as_array().unwrap().len(), 7, "{qualified}");

    // A strict threshold stops before anything is sent.
    let strict = Env::embedded();
    strict.seed();
    let out = strict
        .script("examples/weekly-upload.sh")
        .args([&format!("{root}/examples/customers.csv"), "spring"])
        .env("MAX_INVALID_PERCENT", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let qualified = strict.json(&[
        "leads",
        "list",
        "--campaign",
        "spring",
        "--status",
        "qualified",
    ]);
    assert_eq!(qualified.as_array().unwrap().len(), 0);
}

type ExportCase<'a> = (&'a str, &'a [(&'a str, u64)], &'a str, &'a str);

#[test]
fn the_sample_customer_exports_plan_as_their_readme_says() {
    let env = Env::embedded();
    env.seed_quickstart();
    let root = env!("CARGO_MANIFEST_DIR");
    // (file, rows per outcome, encoding, delimiter)
    let cases: &[ExportCase] = &[
        (
            "stripe.csv",
            &[
                ("will_qualify", 2),
                ("already_qualified", 1),
                ("no_match", 1),
                ("duplicate", 1),
            ],
            "utf-8",
            ",",
        ),
        (
            "hubspot.csv",
            &[("will_qualify", 2), ("not_a_lead", 1), ("invalid", 1)],
            "utf-8",
            ",",
        ),
        (
            "shopify.csv",
            &[("will_qualify", 2), ("already_qualified", 1)],
            "utf-8",
            ",",
        ),
        (
            "excel-semicolon-windows-1252.csv",
            &[("will_qualify", 2), ("no_match", 1)],
            "windows-1252",
            ";",
        ),
    ];
    for (file, counts, encoding, delimiter) in cases {
        let plan = env.json(&[
            "customers",
            "upload",
            &format!("{root}/examples/customers/{file}"),
            "--campaign",
            "spring",
            "--dry-run",
        ]);
        let plan = &plan["plan"];
        for (outcome, n) in plan["counts"].as_object().unwrap() {
            let expected = counts
                .iter()
                .find(|(o, _)| o == outcome)
                .map_or(0, |(_, n)| *n);
            assert_eq!(n.as_u64(), Some(expected), "{file}: {outcome} in {plan}");
        }
        assert_eq!(plan["encoding"], *encoding, "{file}");
        assert_eq!(plan["delimiter"], *delimiter, "{file}");
    }
}

#[test]
fn the_ci_events_script_sends_events_on_either_backend() {
    // With REFCTL_API_URL and REFCTL_TOKEN from the job, or on the embedded default.
    for env in Env::both() {
        env.seed();
        let root = env!("CARGO_MANIFEST_DIR");
        env.ok(&[
            "rules",
            "apply",
            "-f",
            &format!("{root}/examples/rules/hubspot-lifecycle.toml"),
            "--campaign",
            "spring",
        ]);
        let events = env.file(
            "events.ndjson",
            &[
                std::fs::read_to_string(format!(
                    "{root}/examples/events/hubspot-contact-lead.json"
                ))
                .unwrap(),
                std::fs::read_to_string(format!(
                    "{root}/examples/events/hubspot-contact-customer.json"
                ))
                .unwrap(),
            ]
            .concat(),
        );
        for round in 0..2 {
            let out = env
                .script("examples/ci/send-events.sh")
                .arg(&events)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "[{}] {}",
                env.name(),
                String::from_utf8_lossy(&out.stderr)
            );
            let records: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(records.as_array().unwrap().len(), 2);
            // The second run is a retried job: every event is a redelivery.
            assert_eq!(records[1]["redelivered"], round == 1, "{records}");
        }
        let qualified = env.json(&[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--status",
            "qualified",
        ]);
        assert_eq!(qualified.as_array().unwrap().len(), 1, "{qualified}");
    }
}
