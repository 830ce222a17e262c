//! Rules, events and webhooks: every example rule on its sample event and its
//! near miss, thresholds and their window, refunds, redelivery, signatures
//! computed here the way Stripe and refctl define them, and explanations
//! that match what the pipeline then does.

use crate::common::{Env, decision, post, root, unix_now as now};
use refctl::domain::signature;
use serde_json::Value;

/// Sends one example event; returns the decision of the rule named `rule`.
fn send(env: &Env, event: &str, rule: &str) -> Value {
    let records = env.json(&["events", "send", &root(event)]);
    decision(&records[0], rule)
}

#[test]
fn each_example_rule_fires_on_its_sample_event_and_not_on_near_misses() {
    for env in Env::both() {
        env.seed();
        let name = env.name();

        env.apply_rules("examples/rules/stripe-spend.toml");
        let d = send(
            &env,
            "examples/events/charge-succeeded-30usd.json",
            "stripe-spend",
        );
        assert_eq!(d["threshold_sum"], 30.0, "[{name}] {d}");
        assert!(d["outcome"].is_null(), "[{name}] {d}");
        let d = send(
            &env,
            "examples/events/charge-succeeded-eur.json",
            "stripe-spend",
        );
        assert_eq!(d["condition"], false, "[{name}] {d}");
        assert_eq!(env.status_of("bob.martin@example.com"), "pending");
        let d = send(
            &env,
            "examples/events/charge-succeeded-25usd.json",
            "stripe-spend",
        );
        assert_eq!(d["outcome"], "qualified", "[{name}] {d}");
        assert_eq!(d["threshold_sum"], 55.0, "[{name}] {d}");
        let d = send(
            &env,
            "examples/events/charge-refunded.json",
            "stripe-refund",
        );
        assert_eq!(d["outcome"], "unqualified", "[{name}] {d}");
        let history = env.json(&[
            "leads",
            "history",
            "bob.martin@example.com",
            "--campaign",
            "spring",
        ]);
        let records = history.as_array().unwrap();
        assert_eq!(records.len(), 2, "[{name}] {history}");
        assert_eq!(records[0]["method"], "rule");
        assert_eq!(records[0]["rule"], "stripe-spend");
        assert_eq!(records[0]["event"], "evt_charge_2");
        assert_eq!(records[1]["rule"], "stripe-refund");
        assert_eq!(records[1]["event"], "evt_refund_1");

        env.apply_rules("examples/rules/hubspot-lifecycle.toml");
        let d = send(
            &env,
            "examples/events/hubspot-contact-lead.json",
            "hubspot-customer",
        );
        assert_eq!(d["condition"], false, "[{name}] {d}");
        assert_eq!(env.status_of("farid.nasser@example.com"), "pending");
        let d = send(
            &env,
            "examples/events/hubspot-contact-customer.json",
            "hubspot-customer",
        );
        assert_eq!(d["outcome"], "qualified", "[{name}] {d}");

        env.apply_rules("examples/rules/salesforce-opportunity.toml");
        let d = send(
            &env,
            "examples/events/salesforce-closed-lost.json",
            "salesforce-closed-won",
        );
        assert_eq!(d["condition"], false, "[{name}] {d}");
        assert_eq!(env.status_of("ext:cus_1008"), "pending");
        let d = send(
            &env,
            "examples/events/salesforce-closed-won.json",
            "salesforce-closed-won",
        );
        assert_eq!(d["outcome"], "qualified", "[{name}] {d}");
        assert_eq!(env.status_of("ext:cus_1007"), "qualified");

        env.apply_rules("examples/rules/signup-to-paid.toml");
        let unknown = env.file(
            "sub-unknown.json",
            r#"{"id": "sub_x", "type": "subscription.paid", "data": {"referral_code": "NOPE1234"}}"#,
        );
        let records = env.json(&["events", "send", &unknown]);
        let d = decision(&records[0], "first-paid-subscription");
        assert!(d["lead_id"].is_null(), "[{name}] {d}");
        assert!(
            d["explanation"].as_str().unwrap().contains("no lead"),
            "[{name}] {d}"
        );
        let d = send(
            &env,
            "examples/events/subscription-paid.json",
            "first-paid-subscription",
        );
        assert_eq!(d["outcome"], "qualified", "[{name}] {d}");
        assert_eq!(env.status_of("jack.wilson@example.com"), "qualified");
    }
}

/// Decisions without their sentences, which say "would" in a test.
fn without_explanations(decisions: &Value) -> Value {
    let mut decisions = decisions.clone();
    for d in decisions.as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("explanation");
    }
    decisions
}

#[test]
fn a_redelivered_event_changes_nothing_and_rules_test_matches_the_pipeline() {
    let env = Env::embedded();
    env.seed();
    env.apply_rules("examples/rules/stripe-spend.toml");
    for event in [
        "examples/events/charge-succeeded-30usd.json",
        "examples/events/charge-succeeded-25usd.json",
    ] {
        let test = env.json(&[
            "rules",
            "test",
            "--campaign",
            "spring",
            "--event",
            &root(event),
        ]);
        let sent = env.json(&["events", "send", &root(event)]);
        assert_eq!(
            without_explanations(&test["decisions"]),
            without_explanations(&sent[0]["decisions"]),
            "rules test said something else than what happened for {event}"
        );
    }
    // Bob did not qualify on the first event, and `rules test` says exactly why.
    let out = env.ok(&[
        "rules",
        "test",
        "--campaign",
        "spring",
        "--event",
        &root("examples/events/charge-succeeded-eur.json"),
    ]);
    assert!(
        out.contains("event.data.currency == 'usd'` is false"),
        "{out}"
    );

    let again = env.json(&[
        "events",
        "send",
        &root("examples/events/charge-succeeded-25usd.json"),
    ]);
    assert_eq!(again[0]["redelivered"], true, "{again}");
    let history = env.json(&[
        "leads",
        "history",
        "bob.martin@example.com",
        "--campaign",
        "spring",
    ]);
    assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
    let shown = env.json(&["events", "show", "evt_charge_2"]);
    assert_eq!(decision(&shown[0], "stripe-spend")["outcome"], "qualified");
}

#[test]
fn the_threshold_counts_only_within_its_window_of_sign_up() {
    let env = Env::embedded();
    env.seed();
    env.apply_rules("examples/rules/stripe-spend.toml");
    // Bob signed up 91 days ago, Carla 89: only Carla is still in the 90-day window.
    let db = env.home.path().join("refctl/workspace.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (email, days) in [
        ("bob.martin@example.com", 91),
        ("carla.rossi@example.com", 89),
    ] {
        conn.execute(
            "UPDATE leads SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1) || '' WHERE email = ?2",
            rusqlite::params![format!("-{days} days"), email],
        )
        .unwrap();
    }
    // The stored form has six digits of fraction; SQLite gives three.
    conn.execute(
        "UPDATE leads SET created_at = substr(created_at, 1, 23) || '000Z' WHERE email IN (?1, ?2)",
        rusqlite::params!["bob.martin@example.com", "carla.rossi@example.com"],
    )
    .unwrap();
    drop(conn);
    for (id, email) in [
        ("w1", "bob.martin@example.com"),
        ("w2", "carla.rossi@example.com"),
    ] {
        let event = env.file(
            &format!("{id}.json"),
            &format!(
                r#"{{"id": "{id}", "type": "charge.succeeded", "data": {{"email": "{email}", "amount": 60, "currency": "usd"}}}}"#
            ),
        );
        env.ok(&["events", "send", &event]);
    }
    assert_eq!(env.status_of("bob.martin@example.com"), "pending");
    assert_eq!(env.status_of("carla.rossi@example.com"), "qualified");
    let shown = env.json(&["events", "show", "w1"]);
    let why = decision(&shown[0], "stripe-spend")["explanation"].clone();
    assert!(why.as_str().unwrap().contains("more than 90 days"), "{why}");
}

#[test]
fn rules_are_checked_when_saved_and_applied_idempotently() {
    let env = Env::embedded();
    env.seed();
    let (_, err) = env.fails(
        &[
            "rules",
            "create",
            "--campaign",
            "spring",
            "--name",
            "broken",
            "--event-type",
            "payment.succeeded",
            "--identity",
            "email",
            "--identity-path",
            "data.email",
            "--condition",
            "event.data.amount >= ",
        ],
        6,
    );
    assert!(err.contains("condition") && err.contains("at 1:"), "{err}");

    let file = root("examples/rules/stripe-spend.toml");
    let (_, err) = env.fails(
        &[
            "rules",
            "apply",
            "-f",
            &file,
            "--campaign",
            "spring",
            "--dry-run",
        ],
        0,
    );
    assert!(err.contains("+ create rule 'stripe-spend'"), "{err}");
    assert!(
        env.json(&["rules", "list", "--campaign", "spring"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.ok(&["rules", "apply", "-f", &file, "--campaign", "spring"]);
    let (_, err) = env.fails(&["rules", "apply", "-f", &file, "--campaign", "spring"], 0);
    assert!(err.contains("nothing to do"), "{err}");
    let rules = env.json(&["rules", "list", "--campaign", "spring"]);
    assert_eq!(rules.as_array().unwrap().len(), 2);

    // Disabled rules hear nothing.
    let id = rules[0]["id"].to_string();
    env.ok(&["rules", "disable", &id]);
    let d = env.json(&[
        "events",
        "send",
        &root("examples/events/charge-succeeded-30usd.json"),
    ]);
    assert!(
        d[0]["decisions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["rule"] != "stripe-spend"),
        "{d}"
    );
    // A bad rules file is refused with its place.
    let bad = env.file("bad.toml", "[[rule]]\nname = \"x\"\nevent_typo = \"y\"\n");
    let (_, err) = env.fails(&["rules", "apply", "-f", &bad, "--campaign", "spring"], 2);
    assert!(
        err.contains("bad.toml") && err.contains("event_typo"),
        "{err}"
    );
}

#[test]
fn stripe_signed_events_qualify_and_refund_and_bad_signatures_change_nothing() {
    let env = Env::remote();
    env.seed();
    env.apply_rules("examples/rules/stripe-spend.toml");
    let secret = env.ok(&["webhooks", "secret", "create", "--kind", "stripe"]);
    let secret = secret.trim();
    assert!(secret.starts_with("whsec_"), "{secret}");
    let url = format!("{}/v1/hooks/acme/stripe", env.server().url);
    let body = std::fs::read(root("examples/events/stripe/charge.succeeded.json")).unwrap();

    // Refused, each for its own reason, and nothing changes.
    let tampered = String::from_utf8(body.clone())
        .unwrap()
        .replace("6000", "600000");
    let cases = [
        (None, body.clone(), "no signature"),
        (
            Some(signature::header(secret, now(), &body)),
            tampered.into_bytes(),
            "does not match",
        ),
        (
            Some(signature::header(secret, now() - 3600, &body)),
            body.clone(),
            "away from now",
        ),
        (
            Some(signature::header("whsec_wrong", now(), &body)),
            body.clone(),
            "does not match",
        ),
    ];
    for (header, sent, why) in cases {
        let (status, answer) = post(
            &url,
            &header
                .map(|h| ("Stripe-Signature", h))
                .into_iter()
                .collect::<Vec<_>>(),
            &sent,
        );
        assert_eq!(status, 401, "{answer}");
        assert!(answer["detail"].as_str().unwrap().contains(why), "{answer}");
    }
    assert_eq!(env.status_of("carla.rossi@example.com"), "pending");
    assert!(env.json(&["events", "list"]).as_array().unwrap().is_empty());
    let hooks = env.json(&["webhooks", "list"]);
    assert_eq!(hooks[0]["refused"], 4, "{hooks}");

    // Signed as Stripe signs: 30.00 USD, then 15.00 (45.00 of 50.00), then
    // 60.00 crosses the threshold and qualifies her, once.
    let charge = |id: &str, amount: u32| {
        String::from_utf8(body.clone())
            .unwrap()
            .replace("evt_3PStripeCharge1", id)
            .replace("6000", &amount.to_string())
            .into_bytes()
    };
    for (id, amount, sum) in [("evt_a", 3000, 30.0), ("evt_b", 1500, 45.0)] {
        let sent = charge(id, amount);
        let (code, answer) = post(
            &url,
            &[("Stripe-Signature", signature::header(secret, now(), &sent))],
            &sent,
        );
        assert_eq!(code, 200, "{answer}");
        let d = decision(&answer, "stripe-spend");
        assert_eq!(d["threshold_sum"], sum, "{d}");
        assert!(d["outcome"].is_null(), "{d}");
    }
    let (status_code, answer) = post(
        &url,
        &[("Stripe-Signature", signature::header(secret, now(), &body))],
        &body,
    );
    assert_eq!(status_code, 200, "{answer}");
    assert_eq!(
        decision(&answer, "stripe-spend")["outcome"],
        "qualified",
        "{answer}"
    );
    let more = charge("evt_c", 1000);
    let (_, answer) = post(
        &url,
        &[("Stripe-Signature", signature::header(secret, now(), &more))],
        &more,
    );
    assert_eq!(
        decision(&answer, "stripe-spend")["outcome"],
        "already_qualified",
        "{answer}"
    );
    // Stripe retries deliveries: the same event again changes nothing.
    let (_, again) = post(
        &url,
        &[("Stripe-Signature", signature::header(secret, now(), &body))],
        &body,
    );
    assert_eq!(again["redelivered"], true, "{again}");

    let refund = serde_json::json!({
        "id": "evt_3PStripeRefund1",
        "type": "charge.refunded",
        "data": {"object": {"id": "ch_3PStripeCharge1", "amount_refunded": 6000, "currency": "usd",
                             "billing_details": {"email": "carla.rossi@example.com"}}}
    })
    .to_string();
    let (_, answer) = post(
        &url,
        &[(
            "Stripe-Signature",
            signature::header(secret, now(), refund.as_bytes()),
        )],
        refund.as_bytes(),
    );
    assert_eq!(
        decision(&answer, "stripe-refund")["outcome"],
        "unqualified",
        "{answer}"
    );
    let history = env.json(&[
        "leads",
        "history",
        "carla.rossi@example.com",
        "--campaign",
        "spring",
    ]);
    let records = history.as_array().unwrap();
    assert_eq!(records.len(), 2, "{history}");
    assert_eq!(records[0]["rule"], "stripe-spend");
    assert_eq!(records[0]["event"], "evt_3PStripeCharge1");
    assert_eq!(records[0]["actor"], "stripe-webhook");
    assert_eq!(records[1]["rule"], "stripe-refund");
    assert_eq!(records[1]["event"], "evt_3PStripeRefund1");
}

#[test]
fn the_generic_webhook_takes_refctl_signed_events_and_secrets_rotate() {
    let env = Env::remote();
    env.seed();
    env.apply_rules("examples/rules/hubspot-lifecycle.toml");
    let first = env.ok(&["webhooks", "secret", "create", "--kind", "generic"]);
    let (_, err) = env.fails(&["webhooks", "secret", "create", "--kind", "generic"], 6);
    assert!(err.contains("rotate"), "{err}");
    let second = env.ok(&["webhooks", "secret", "rotate", "--kind", "generic"]);
    assert_ne!(first.trim(), second.trim());
    let url = format!("{}/v1/hooks/acme/events", env.server().url);
    let body = std::fs::read(root("examples/events/hubspot-contact-customer.json")).unwrap();
    // The old secret still works for a day after a rotation; a wrong one never.
    let (code, answer) = post(
        &url,
        &[(
            "Refctl-Signature",
            signature::header("whsec_nope", now(), &body),
        )],
        &body,
    );
    assert_eq!(code, 401, "{answer}");
    let (code, answer) = post(
        &url,
        &[(
            "Refctl-Signature",
            signature::header(first.trim(), now(), &body),
        )],
        &body,
    );
    assert_eq!(code, 200, "{answer}");
    assert_eq!(
        decision(&answer, "hubspot-customer")["outcome"],
        "qualified"
    );
    // Read tokens may look, not send.
    let read = env.server().token("acme", "viewer", "read");
    let out = env
        .cmd()
        .env("REFCTL_TOKEN", &read)
        .args([
            "events",
            "send",
            &root("examples/events/hubspot-contact-lead.json"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn rules_are_named_by_name_in_their_campaign_as_well_as_by_id() {
    for env in Env::both() {
        env.seed();
        env.ok(&["campaigns", "create", "Autumn", "--code", "autumn"]);
        env.apply_rules("examples/rules/stripe-spend.toml");
        let rule = env.json(&["rules", "show", "stripe-spend", "--campaign", "spring"]);
        let id = rule["id"].as_i64().unwrap().to_string();

        let off = env.json(&["rules", "disable", "stripe-spend", "--campaign", "spring"]);
        assert_eq!(off["enabled"], false, "{}", env.name());
        // Asking for what already is changes nothing, and says so.
        let again = env.cmd().args(["rules", "disable", &id]).output().unwrap();
        assert!(again.status.success());
        assert!(String::from_utf8_lossy(&again.stderr).contains("already disabled"));
        let on = env.json(&["rules", "enable", &id, "--campaign", "spring"]);
        assert_eq!(on["enabled"], true);
        let updated = env.json(&[
            "rules",
            "update",
            "stripe-spend",
            "--campaign",
            "spring",
            "--within-days",
            "30",
        ]);
        assert_eq!(updated["id"].as_i64().unwrap().to_string(), id);

        // A name no rule has, or an id of another campaign's rule, is not found
        // (exit 5), and the message lists the campaign's rules.
        let (_, err) = env.fails(
            &[
                "rules",
                "delete",
                "stripe-chargeback",
                "--campaign",
                "spring",
                "--yes",
            ],
            5,
        );
        assert!(
            err.contains("no rule 'stripe-chargeback' in campaign 'spring'"),
            "{err}"
        );
        assert!(err.contains("stripe-spend"), "{err}");
        // A typo of a rule's name gets the name it meant.
        let (_, err) = env.fails(
            &["rules", "show", "stripe-refnud", "--campaign", "spring"],
            5,
        );
        assert!(err.contains("did you mean 'stripe-refund'?"), "{err}");
        env.fails(
            &["rules", "delete", &id, "--campaign", "autumn", "--yes"],
            5,
        );

        let deleted = env.json(&[
            "rules",
            "delete",
            "stripe-spend",
            "--campaign",
            "spring",
            "--yes",
        ]);
        assert_eq!(deleted["name"], "stripe-spend");
        let left = env.json(&["rules", "list", "--campaign", "spring"]);
        assert_eq!(left.as_array().unwrap().len(), 1, "stripe-refund stays");
    }
}
