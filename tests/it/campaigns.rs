//! Campaigns through the real binary, on the embedded default and against a server.

use crate::common::Env;

#[test]
fn campaigns_are_created_listed_shown_updated_and_archived() {
    for env in Env::both() {
        let created = env.json(&["campaigns", "create", "Spring 2026"]);
        assert_eq!(
            created["code"],
            "spring-2026",
            "[{}] code derived from the name",
            env.name()
        );
        assert_eq!(created["status"], "active");
        env.ok(&[
            "campaigns",
            "create",
            "Autumn",
            "--code",
            "autumn",
            "--status",
            "draft",
        ]);

        let list = env.json(&["campaigns", "list"]);
        let codes: Vec<_> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["spring-2026", "autumn"]);

        let by_id = env.json(&["campaigns", "show", &created["id"].to_string()]);
        assert_eq!(by_id, env.json(&["campaigns", "show", "spring-2026"]));

        let updated = env.json(&[
            "campaigns",
            "update",
            "autumn",
            "--name",
            "Autumn Promo",
            "--status",
            "paused",
        ]);
        assert_eq!(
            (updated["name"].as_str(), updated["status"].as_str()),
            (Some("Autumn Promo"), Some("paused"))
        );

        // Archiving is destructive: without a terminal it needs --yes, and says so.
        let (_, err) = env.fails(&["campaigns", "archive", "autumn"], 2);
        assert!(err.contains("--yes"), "{err}");
        assert_eq!(
            env.json(&["campaigns", "show", "autumn"])["status"],
            "paused"
        );
        assert_eq!(
            env.json(&["campaigns", "archive", "autumn", "--yes"])["status"],
            "archived"
        );

        // An archived campaign takes no new people.
        let (_, err) = env.fails(
            &[
                "referrers",
                "add",
                "--campaign",
                "autumn",
                "--email",
                "x@example.com",
            ],
            6,
        );
        assert!(err.contains("archived"), "{err}");
    }
}

#[test]
fn campaign_errors_are_clear_and_have_documented_exit_codes() {
    for env in Env::both() {
        let (_, err) = env.fails(&["campaigns", "show", "nope"], 5);
        assert!(err.contains("no campaign with id or code 'nope'"), "{err}");
        assert!(err.contains("refctl campaigns list"), "hint: {err}");

        env.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
        let (_, err) = env.fails(&["leads", "list", "--campaign", "sprnig"], 5);
        assert!(err.contains("did you mean 'spring'?"), "{err}");
        let (_, err) = env.fails(&["campaigns", "create", "Again", "--code", "spring"], 6);
        assert!(err.contains("already exists"), "{err}");

        let (_, err) = env.fails(&["campaigns", "create", "Bad", "--code", "Has Spaces"], 6);
        assert!(err.contains("code"), "{err}");

        let (_, err) = env.fails(&["campaigns", "update", "spring"], 2);
        assert!(err.contains("--name or --status"), "{err}");

        // clap's own usage errors: exit 2, with a suggestion for typos.
        let (_, err) = env.fails(&["campaigns", "lst"], 2);
        assert!(err.contains("list"), "{err}");
        let (_, err) = env.fails(
            &["campaigns", "update", "spring", "--status", "archived"],
            2,
        );
        assert!(err.contains("possible values"), "{err}");
    }
}

#[test]
fn output_formats_are_data_only_on_stdout() {
    let env = Env::embedded();
    env.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
    env.ok(&["campaigns", "create", "=Formula", "--code", "formula"]);

    let ndjson = env.ok(&["campaigns", "list", "-o", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 2);
    for line in ndjson.lines() {
        let c: refctl::api::Campaign = serde_json::from_str(line).unwrap();
        assert!(!c.code.is_empty());
    }

    let csv = env.ok(&["campaigns", "list", "-o", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,code,name,status,created_at,updated_at")
    );
    assert!(
        csv.contains(",'=Formula,"),
        "formula cells are escaped: {csv}"
    );

    let table = env.ok(&["campaigns", "list"]);
    assert!(table.lines().next().unwrap().starts_with("ID"), "{table}");
    assert!(table.contains("spring"));

    // Status lines go to stderr, and -q silences them.
    let out = env
        .cmd()
        .args(["campaigns", "create", "Quiet", "-q", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _: refctl::api::Campaign = serde_json::from_slice(&out.stdout).unwrap();

    // Errors with -o json are JSON on stderr too.
    let (_, err) = env.fails(&["campaigns", "show", "nope", "-o", "json"], 5);
    let e: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(e["error"]["code"], "not_found");
    assert_eq!(e["error"]["exit_code"], 5);
}

#[test]
fn lists_page_through_with_limit_and_all() {
    let env = Env::embedded();
    for i in 0..7 {
        env.ok(&["campaigns", "create", &format!("Campaign {i}"), "-q"]);
    }
    assert_eq!(
        env.json(&["campaigns", "list", "--limit", "3"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json(&["campaigns", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        7
    );
    let out = env
        .cmd()
        .args(["campaigns", "list", "--limit", "3"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--all"));
}

/// `campaigns show` counts the campaign's people, referrals and qualified
/// referrals on refctl's own store too, as it does on the platforms.
#[test]
fn a_campaign_shows_its_counts() {
    for env in Env::both() {
        let name = env.name();
        env.seed();
        env.ok(&[
            "qualify",
            "bob.martin@example.com",
            "--campaign",
            "spring",
            "--yes",
        ]);
        let shown = env.json(&["campaigns", "show", "spring"]);
        let referrers = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/referrers.csv"
        ))
        .unwrap()
        .lines()
        .count() as u64
            - 1;
        assert_eq!(shown["referrals"], 10, "[{name}] {shown}");
        assert_eq!(shown["qualified_referrals"], 1, "[{name}] {shown}");
        assert_eq!(shown["participants"], 10 + referrers, "[{name}] {shown}");
    }
}
