//! Hostile and broken input against the real server and binary: nothing a
//! client sends takes the server down or leaves a change half done.

use crate::common::Env;

fn root(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A flat `1 + 1 + … + 1 > 0` of `terms` terms.
fn flat_condition(terms: usize) -> String {
    vec!["1"; terms].join(" + ") + " > 0"
}

/// A CEL condition of thousands of terms once overflowed the server's stack:
/// at save (5,000 terms), or at every evaluation of a rule saved with 2,000
/// to 4,000 (a crash loop once a webhook sender retried). Now it is refused
/// at save with a 422, and a rule stored before the bound decides nothing
/// and says why, while the server keeps serving.
#[test]
fn a_huge_condition_is_refused_and_cannot_crash_the_server() {
    let env = Env::remote();
    env.seed();
    let (_, err) = env.fails(
        &[
            "rules",
            "create",
            "--campaign",
            "spring",
            "--name",
            "huge",
            "--event-type",
            "subscription.paid",
            "--identity",
            "code",
            "--identity-path",
            "data.referral_code",
            "--condition",
            &flat_condition(5000),
        ],
        6,
    );
    assert!(
        err.contains("condition") && err.contains("at most"),
        "{err}"
    );
    env.ok(&["campaigns", "list"]);

    // A rule saved before conditions were bounded, written straight into the database.
    env.ok(&[
        "rules",
        "apply",
        "-f",
        &root("examples/rules/signup-to-paid.toml"),
        "--campaign",
        "spring",
    ]);
    let db = rusqlite::Connection::open(&env.server().db).unwrap();
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    db.execute(
        "UPDATE rules SET condition = ?1 WHERE name = 'first-paid-subscription'",
        [flat_condition(3000)],
    )
    .unwrap();
    drop(db);
    let event = root("examples/events/subscription-paid.json");
    let tested = env.json(&["rules", "test", "--campaign", "spring", "--event", &event]);
    let explanation = tested["decisions"][0]["explanation"].as_str().unwrap();
    assert!(explanation.contains("cannot run"), "{explanation}");
    let sent = env.json(&["events", "send", &event]);
    assert_eq!(sent[0]["decisions"][0]["condition"], false);
    let lead = env.json(&["leads", "show", "JACK2026", "--campaign", "spring"]);
    assert_eq!(
        lead["status"], "pending",
        "a rule that cannot run changes nothing"
    );
    env.ok(&["campaigns", "list"]);
}

/// A rules file with one good rule and one whose condition does not compile
/// once passed the dry run and then half applied. Now the dry run refuses
/// it, and the apply changes nothing at all.
#[test]
fn a_rules_file_applies_whole_or_not_at_all() {
    for env in Env::both() {
        env.seed();
        env.ok(&[
            "rules",
            "apply",
            "-f",
            &root("examples/rules/signup-to-paid.toml"),
            "--campaign",
            "spring",
        ]);
        let before = env.json(&["rules", "list", "--campaign", "spring"]);
        let file = env.file(
            "half.toml",
            "[[rule]]\nname = \"good\"\nevent_type = \"a\"\nidentity = \"email\"\nidentity_path = \"data.email\"\n\n\
             [[rule]]\nname = \"bad\"\nevent_type = \"b\"\nidentity = \"email\"\nidentity_path = \"data.email\"\ncondition = \"event.data.amount >= \"\n",
        );
        for extra in [&["--dry-run"][..], &["--yes"][..]] {
            let mut args = vec!["rules", "apply", "-f", &file, "--campaign", "spring"];
            args.extend(extra);
            let (_, err) = env.fails(&args, 2);
            assert!(
                err.contains("rule 'bad'")
                    && err.contains("condition")
                    && err.contains("nothing was changed"),
                "[{}] {err}",
                env.name()
            );
        }
        assert_eq!(env.json(&["rules", "list", "--campaign", "spring"]), before);
    }
}

/// `rule` in the audit trail means a rule made the change: a client cannot
/// claim it for a change of its own.
#[test]
fn a_client_cannot_record_its_change_as_a_rule() {
    let env = Env::remote();
    env.seed();
    let crate::common::Backend::Remote { server, token } = &env.backend else {
        unreachable!()
    };
    let lead = env.json(&["leads", "show", "JACK2026", "--campaign", "spring"]);
    let auth = format!("Bearer {token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let path = format!("/v1/leads/{}/qualify", lead["id"]);
    let (status, body) = server.http("POST", &path, &headers, br#"{"method": "rule"}"#);
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("only for changes the rules make"), "{body}");
    let (status, body) = server.http(
        "POST",
        "/v1/qualifications/batch",
        &headers,
        br#"{"action": "qualify", "campaign": "spring", "method": "rule", "items": [{"code": "JACK2026"}]}"#,
    );
    assert_eq!(status, 422, "{body}");
    let history = env.json(&["leads", "history", "JACK2026", "--campaign", "spring"]);
    assert_eq!(history, serde_json::json!([]), "nothing was recorded");
    let (status, _) = server.http("POST", &path, &headers, br#"{"method": "manual"}"#);
    assert_eq!(status, 200);
    let history = env.json(&["leads", "history", "JACK2026", "--campaign", "spring"]);
    assert_eq!(history[0]["method"], "manual");
}

/// One event with an amount of -1e308 once sank a lead's spend sum for
/// ever. Amounts beyond a trillion (or not finite) refuse the event.
#[test]
fn an_absurd_amount_refuses_the_event_and_counts_nothing() {
    for env in Env::both() {
        env.seed();
        let rules = env.file(
            "spend.toml",
            "[[rule]]\nname = \"spend\"\nevent_type = \"payment\"\nidentity = \"code\"\nidentity_path = \"data.code\"\n\
             threshold = { field = \"data.amount\", amount = 50, within_days = 365 }\n",
        );
        env.ok(&["rules", "apply", "-f", &rules, "--campaign", "spring"]);
        let absurd = env.file(
            "absurd.json",
            r#"{"id": "p1", "type": "payment", "data": {"code": "JACK2026", "amount": -1e308}}"#,
        );
        let (_, err) = env.fails(&["events", "send", &absurd], 6);
        assert!(
            err.contains("data.amount") && err.contains("finite"),
            "[{}] {err}",
            env.name()
        );
        let fair = env.file(
            "fair.json",
            r#"{"id": "p2", "type": "payment", "data": {"code": "JACK2026", "amount": 60}}"#,
        );
        let sent = env.json(&["events", "send", &fair]);
        assert_eq!(
            sent[0]["decisions"][0]["outcome"],
            "qualified",
            "[{}] {sent}",
            env.name()
        );
        let events = env.json(&["events", "list"]);
        assert_eq!(
            events.as_array().unwrap().len(),
            1,
            "the refused event was not kept"
        );
    }
}
