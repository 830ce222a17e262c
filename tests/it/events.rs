//! Events through the real binary: event times and the window's edge, rules
//! updated in place keeping their progress, NDJSON with a refused event,
//! listing and filtering, explanations for leads that did not qualify, and
//! the sample events' README run as written on both backends.

use crate::common::{Env, decision, root};
use serde_json::Value;

fn apply(env: &Env, file: &str) -> String {
    let out = env
        .cmd()
        .args([
            "rules",
            "apply",
            "-f",
            file,
            "--campaign",
            "spring",
            "--yes",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "[{}] {stderr}", env.name());
    stderr
}

fn lead(env: &Env, email: &str) -> Value {
    env.json(&["leads", "show", email, "--campaign", "spring"])
}

/// An RFC 3339 time `days` (and `minutes`) after `at`.
fn after(at: &str, days: i64, minutes: i64) -> String {
    let t: jiff::Timestamp = at.parse().unwrap();
    let later =
        t + jiff::SignedDuration::from_hours(24 * days) + jiff::SignedDuration::from_mins(minutes);
    later.to_string()
}

fn charge(env: &Env, id: &str, email: &str, amount: f64, occurred_at: &str) -> Value {
    let file = env.file(
        &format!("{id}.json"),
        &serde_json::json!({
            "id": id, "type": "charge.succeeded", "occurred_at": occurred_at,
            "data": {"email": email, "amount": amount, "currency": "usd"}
        })
        .to_string(),
    );
    env.json(&["events", "send", &file])[0].clone()
}

#[test]
fn the_window_counts_from_when_events_happened_up_to_its_last_minute() {
    for env in Env::both() {
        env.seed();
        let name = env.name();
        apply(&env, &root("examples/rules/stripe-spend.toml"));
        let bob = lead(&env, "bob.martin@example.com");
        let signed_up = bob["created_at"].as_str().unwrap();

        // 30 early on, then 25 a minute before the 90 days end: 55 of 50, qualified.
        charge(
            &env,
            "e1",
            "bob.martin@example.com",
            30.0,
            &after(signed_up, 1, 0),
        );
        let last_minute = charge(
            &env,
            "e2",
            "bob.martin@example.com",
            25.0,
            &after(signed_up, 90, -1),
        );
        let d = decision(&last_minute, "stripe-spend");
        assert_eq!(d["outcome"], "qualified", "[{name}] {d}");
        assert_eq!(d["threshold_sum"], 55.0, "[{name}] {d}");
        // Kept in the stored form: the same instant, to the second.
        assert_eq!(
            last_minute["occurred_at"].as_str().unwrap()[..19],
            after(signed_up, 90, -1)[..19],
            "[{name}] {last_minute}"
        );

        // For Carla the second payment comes a minute too late: it does not count.
        let carla = lead(&env, "carla.rossi@example.com");
        let signed_up = carla["created_at"].as_str().unwrap();
        charge(
            &env,
            "e3",
            "carla.rossi@example.com",
            30.0,
            &after(signed_up, 1, 0),
        );
        let late = charge(
            &env,
            "e4",
            "carla.rossi@example.com",
            25.0,
            &after(signed_up, 90, 1),
        );
        let d = decision(&late, "stripe-spend");
        assert!(d["outcome"].is_null(), "[{name}] {d}");
        assert_eq!(d["threshold_sum"], 30.0, "[{name}] {d}");
        let why = d["explanation"].as_str().unwrap();
        assert!(
            why.contains("more than 90 days after the lead signed up")
                && why.contains("30.00 of 50.00"),
            "[{name}] {why}"
        );
        assert_eq!(lead(&env, "carla.rossi@example.com")["status"], "pending");

        // A time that is not a time is refused, naming the field.
        let bad = env.file(
            "bad-time.json",
            r#"{"id": "e5", "type": "charge.succeeded", "occurred_at": "last tuesday", "data": {}}"#,
        );
        let (_, err) = env.fails(&["events", "send", &bad], 6);
        assert!(err.contains("occurred_at"), "[{name}] {err}");
    }
}

#[test]
fn rules_test_says_exactly_why_a_lead_did_not_qualify() {
    let env = Env::embedded();
    env.seed();
    apply(&env, &root("examples/rules/stripe-spend.toml"));
    env.ok(&[
        "events",
        "send",
        &root("examples/events/charge-succeeded-30usd.json"),
    ]);
    let test = |event: &str| {
        let file = env.file("sample.json", event);
        let out = env
            .cmd()
            .args(["rules", "test", "--campaign", "spring", "--event", &file])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    // Short of the threshold: how far, of what, until when.
    let out = test(
        r#"{"id": "t1", "type": "charge.succeeded", "data": {"email": "bob.martin@example.com", "amount": 10, "currency": "usd"}}"#,
    );
    assert!(
        out.contains("lead 1 (bob.martin@example.com): 40.00 of 50.00 so far within 90 days"),
        "{out}"
    );
    // The condition is false: which condition.
    let out = test(
        r#"{"id": "t2", "type": "charge.succeeded", "data": {"email": "bob.martin@example.com", "amount": 90, "currency": "eur"}}"#,
    );
    assert!(
        out.contains("the condition `event.data.currency == 'usd'` is false"),
        "{out}"
    );
    // No key at the path, an unknown email, and a referrer's email.
    let out = test(r#"{"id": "t3", "type": "charge.succeeded", "data": {"amount": 90}}"#);
    assert!(
        out.contains("the event has no email at data.email"),
        "{out}"
    );
    let out = test(
        r#"{"id": "t4", "type": "charge.succeeded", "data": {"email": "nobody@example.com", "amount": 90, "currency": "usd"}}"#,
    );
    assert!(
        out.contains("no lead of campaign 'spring' has email 'nobody@example.com'"),
        "{out}"
    );
    let referrer = env.json(&["referrers", "list", "--campaign", "spring"])[0]["email"]
        .as_str()
        .unwrap()
        .to_string();
    let out = test(&format!(
        r#"{{"id": "t5", "type": "charge.succeeded", "data": {{"email": "{referrer}", "amount": 90, "currency": "usd"}}}}"#
    ));
    assert!(out.contains("referrers never qualify"), "{out}");
    // Another type: which type the rule listens to.
    let out = test(r#"{"id": "t6", "type": "charge.captured", "data": {}}"#);
    assert!(
        out.contains("listens to 'charge.succeeded', not 'charge.captured'"),
        "{out}"
    );
    // Enough: it says it would qualify, and nothing changed.
    let out = test(
        r#"{"id": "t7", "type": "charge.succeeded", "data": {"email": "bob.martin@example.com", "amount": 20, "currency": "usd"}}"#,
    );
    assert!(
        out.contains("would be qualified (50.00 of 50.00 reached)"),
        "{out}"
    );
    assert_eq!(lead(&env, "bob.martin@example.com")["status"], "pending");
    assert_eq!(
        env.json(&["events", "list"]).as_array().unwrap().len(),
        1,
        "rules test stored an event"
    );

    // Testing an event already received says a resend changes nothing, and
    // does not count its amount twice.
    let out = env
        .cmd()
        .args([
            "rules",
            "test",
            "--campaign",
            "spring",
            "--event",
            &root("examples/events/charge-succeeded-30usd.json"),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let record: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["redelivered"], true, "{record}");
    assert_eq!(decision(&record, "stripe-spend")["threshold_sum"], 30.0);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("would change nothing"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn rules_update_in_place_and_keep_their_threshold_progress() {
    for env in Env::both() {
        env.seed();
        let name = env.name();
        let file = root("examples/rules/stripe-spend.toml");
        apply(&env, &file);
        let before = env.json(&["rules", "list", "--campaign", "spring"]);
        env.ok(&[
            "events",
            "send",
            &root("examples/events/charge-succeeded-30usd.json"),
        ]);

        // The file now takes euros too: one rule updated, shown field by field.
        let text = std::fs::read_to_string(&file).unwrap().replace(
            "condition = \"event.data.currency == 'usd'\"",
            "condition = \"event.data.currency in ['usd', 'eur']\"",
        );
        let changed = env.file("stripe-spend.toml", &text);
        let (_, err) = env.fails(
            &[
                "rules",
                "apply",
                "-f",
                &changed,
                "--campaign",
                "spring",
                "--dry-run",
            ],
            0,
        );
        assert!(
            err.contains("~ update rule 'stripe-spend'")
                && err.contains(
                    "condition: \"event.data.currency == 'usd'\" -> \"event.data.currency in ['usd', 'eur']\""
                ),
            "[{name}] {err}"
        );
        let stderr = apply(&env, &changed);
        assert!(stderr.contains("Made 1 change:"), "[{name}] {stderr}");
        let after = env.json(&["rules", "list", "--campaign", "spring"]);
        assert_eq!(
            before[0]["id"], after[0]["id"],
            "[{name}] the rule got a new id"
        );

        // The 30 already counted still counts: 30 + 25 qualifies.
        let sent = env.json(&[
            "events",
            "send",
            &root("examples/events/charge-succeeded-25usd.json"),
        ]);
        assert_eq!(
            decision(&sent[0], "stripe-spend")["outcome"],
            "qualified",
            "[{name}] {sent}"
        );
        let (_, err) = env.fails(
            &["rules", "apply", "-f", &changed, "--campaign", "spring"],
            0,
        );
        assert!(err.contains("nothing to do"), "[{name}] {err}");

        // `rules update` changes only what it is given.
        let id = after[0]["id"].to_string();
        let updated = env.json(&["rules", "update", &id, "--threshold-amount", "75"]);
        assert_eq!(updated["threshold"]["amount"], 75.0, "[{name}] {updated}");
        assert_eq!(
            updated["threshold"]["within_days"], 90,
            "[{name}] {updated}"
        );
        assert_eq!(
            updated["condition"], "event.data.currency in ['usd', 'eur']",
            "[{name}] {updated}"
        );
        let updated = env.json(&["rules", "update", &id, "--no-condition"]);
        assert!(updated.get("condition").is_none(), "[{name}] {updated}");
        let (_, err) = env.fails(&["rules", "update", &id, "--condition", "event.data.(("], 6);
        assert!(err.contains("at 1:"), "[{name}] {err}");
        env.fails(&["rules", "update", "999", "--no-condition"], 5);

        // Deleting rules the file does not list needs --yes without a terminal.
        let only_spend = env.file(
            "only-spend.toml",
            &text[..text.find("[[rule]]\nname = \"stripe-refund\"").unwrap()],
        );
        let (_, err) = env.fails(
            &["rules", "apply", "-f", &only_spend, "--campaign", "spring"],
            2,
        );
        assert!(err.contains("--yes"), "[{name}] {err}");
        assert_eq!(
            env.json(&["rules", "list", "--campaign", "spring"])
                .as_array()
                .unwrap()
                .len(),
            2
        );
        // Two rules of one name in a file are refused before anything is sent.
        let twice = env.file("twice.toml", &format!("{text}\n{text}"));
        let (_, err) = env.fails(&["rules", "apply", "-f", &twice, "--campaign", "spring"], 2);
        assert!(err.contains("two rules are named"), "[{name}] {err}");
    }
}

#[test]
fn ndjson_keeps_going_past_a_refused_event_and_says_so() {
    let env = Env::remote();
    env.seed();
    apply(&env, &root("examples/rules/hubspot-lifecycle.toml"));
    let events = env.file(
        "events.ndjson",
        &[
            std::fs::read_to_string(root("examples/events/hubspot-contact-lead.json")).unwrap(),
            r#"{"id": "x1", "type": "contact.updated", "campaign": "no-such-campaign", "data": {}}"#
                .to_string() + "\n",
            std::fs::read_to_string(root("examples/events/hubspot-contact-customer.json")).unwrap(),
        ]
        .concat(),
    );
    let (out, err) = env.fails(&["events", "send", &events, "-o", "json"], 3);
    let records: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(records.as_array().unwrap().len(), 2, "{records}");
    assert!(
        err.contains("line 2: event 'x1' was refused") && err.contains("2 of 3 events sent"),
        "{err}"
    );
    assert_eq!(lead(&env, "emma.schulz@example.de")["status"], "qualified");

    // A line that is not an event is a usage error naming the line; nothing is sent.
    let broken = env.file(
        "broken.ndjson",
        "{\"id\": \"y1\", \"type\": \"t\"}\nnot json\n",
    );
    let (_, err) = env.fails(&["events", "send", &broken], 2);
    assert!(err.contains("line 2"), "{err}");
    env.fails(&["events", "show", "y1"], 5);

    // From stdin, which cannot be read twice, the events are sent as they
    // are read: a line that is not an event is named and skipped.
    let out = env
        .cmd()
        .args(["events", "send", "-", "-o", "ndjson"])
        .write_stdin(
            "{\"id\": \"z1\", \"type\": \"t\"}\nnot json\n\n{\"id\": \"z2\", \"type\": \"t\"}\n",
        )
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("line 2: not an event"), "{err}");
    assert!(err.contains("2 of 3 events sent"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    env.ok(&["events", "show", "z2"]);
}

#[test]
fn events_list_pages_filters_and_says_what_each_did() {
    let env = Env::remote();
    env.seed();
    apply(&env, &root("examples/rules/stripe-spend.toml"));
    for event in [
        "charge-succeeded-30usd.json",
        "charge-succeeded-eur.json",
        "charge-succeeded-25usd.json",
        "charge-refunded.json",
    ] {
        env.ok(&["events", "send", &root(&format!("examples/events/{event}"))]);
    }
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_string())
            .collect()
    };
    // Newest first, across pages.
    let all = env.json(&["events", "list", "--all"]);
    assert_eq!(
        ids(&all),
        [
            "evt_refund_1",
            "evt_charge_2",
            "evt_charge_eur",
            "evt_charge_1"
        ]
    );
    let (out, err) = env.fails(&["events", "list", "--limit", "2", "-o", "json"], 0);
    let two: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(ids(&two), ["evt_refund_1", "evt_charge_2"]);
    assert!(err.contains("--all"), "{err}");
    let charges = env.json(&["events", "list", "--type", "charge.succeeded"]);
    assert_eq!(
        ids(&charges),
        ["evt_charge_2", "evt_charge_eur", "evt_charge_1"]
    );
    let bob = lead(&env, "bob.martin@example.com")["id"].to_string();
    assert_eq!(
        env.json(&["events", "list", "--lead", &bob])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert!(
        env.json(&["events", "list", "--lead", "999"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    // The table says what each event did.
    let table = env.ok(&["events", "list"]);
    assert!(table.contains("WHAT IT DID"), "{table}");
    assert!(
        table.contains("stripe-refund unqualified lead 1"),
        "{table}"
    );
    assert!(table.contains("stripe-spend qualified lead 1"), "{table}");
    assert!(
        table.contains(
            "nothing changed: stripe-spend: lead 1 (bob.martin@example.com): the condition"
        ),
        "{table}"
    );
}

#[test]
fn archived_campaigns_hear_no_events() {
    let env = Env::embedded();
    env.seed();
    apply(&env, &root("examples/rules/hubspot-lifecycle.toml"));
    env.ok(&["campaigns", "archive", "spring", "--yes"]);
    let sent = env.json(&[
        "events",
        "send",
        &root("examples/events/hubspot-contact-customer.json"),
    ]);
    assert!(
        sent[0]["decisions"].as_array().unwrap().is_empty(),
        "{sent}"
    );
    assert_eq!(sent[0]["summary"], "nothing changed: no enabled rule");
    let named = env.file(
        "named.json",
        r#"{"id": "n1", "type": "contact.updated", "campaign": "spring", "data": {}}"#,
    );
    let (_, err) = env.fails(&["events", "send", &named], 6);
    assert!(err.contains("archived"), "{err}");
}

/// The `refctl` lines of a README's shell blocks, as argument lists.
fn readme_commands(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(root(path)).unwrap();
    let mut commands = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_block = line == "```sh";
            continue;
        }
        let line = line.split(" #").next().unwrap().trim();
        if in_block && let Some(rest) = line.strip_prefix("refctl ") {
            commands.push(rest.split_whitespace().map(str::to_string).collect());
        }
    }
    commands
}

#[test]
fn the_sample_events_readme_runs_as_written_on_both_backends() {
    let commands = readme_commands("examples/events/README.md");
    assert!(commands.len() >= 5, "{commands:?}");
    for env in Env::both() {
        env.seed();
        for args in &commands {
            let out = env
                .cmd()
                .args(args)
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "[{}] refctl {}: {}",
                env.name(),
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let history = env.json(&[
            "leads",
            "history",
            "bob.martin@example.com",
            "--campaign",
            "spring",
        ]);
        let records = history.as_array().unwrap();
        assert_eq!(records.len(), 2, "[{}] {history}", env.name());
        assert_eq!(records[0]["rule"], "stripe-spend");
        assert_eq!(records[0]["event"], "evt_charge_2");
        assert_eq!(records[1]["rule"], "stripe-refund");
        assert_eq!(records[1]["event"], "evt_refund_1");
    }
}
