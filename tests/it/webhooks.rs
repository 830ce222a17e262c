//! Signed webhooks over real HTTP, with signatures computed here the way
//! Stripe and refctl define them: every Stripe event type the endpoint maps,
//! currencies without cents, every way a request can be refused (and that
//! nothing changes then), and the signing script in examples/ run as written.

use crate::common::{Env, decision, post, root, unix_now as now};
use refctl::domain::signature;
use serde_json::{Value, json};

/// Sends a Stripe event signed as Stripe signs it.
fn stripe(url: &str, secret: &str, event: &Value) -> (u16, Value) {
    let body = event.to_string();
    let header = signature::header(secret, now(), body.as_bytes());
    post(url, &[("Stripe-Signature", header)], body.as_bytes())
}

fn rules(env: &Env, toml: &str) {
    let file = env.file("rules.toml", toml);
    env.ok(&[
        "rules",
        "apply",
        "-f",
        &file,
        "--campaign",
        "spring",
        "--yes",
    ]);
}

#[test]
fn every_mapped_stripe_event_reaches_its_rule() {
    let env = Env::remote();
    env.seed();
    rules(
        &env,
        r#"
[[rule]]
name = "checkout"
event_type = "checkout.session.completed"
identity = "email"
identity_path = "data.email"
condition = "event.data.amount >= 20"

[[rule]]
name = "invoice"
event_type = "invoice.paid"
identity = "external_id"
identity_path = "data.customer"

[[rule]]
name = "yen-spend"
event_type = "charge.succeeded"
identity = "email"
identity_path = "data.email"
condition = "event.data.currency == 'jpy'"
threshold = { field = "data.amount", amount = 5000, within_days = 30 }

[[rule]]
name = "dispute"
event_type = "charge.dispute.created"
identity = "email"
identity_path = "data.email"
action = "unqualify"
"#,
    );
    let secret = env.ok(&["webhooks", "secret", "create", "--kind", "stripe"]);
    let secret = secret.trim();
    let url = format!("{}/v1/hooks/acme/stripe", env.server().url);

    // Checkout: 19.99 USD is a near miss, 20.00 qualifies.
    for (id, cents, outcome) in [
        ("evt_co1", 1999, Value::Null),
        ("evt_co2", 2000, json!("qualified")),
    ] {
        let (code, answer) = stripe(
            &url,
            secret,
            &json!({"id": id, "type": "checkout.session.completed", "created": now(),
                    "data": {"object": {"amount_total": cents, "currency": "usd",
                                        "customer_details": {"email": "bob.martin@example.com"}}}}),
        );
        assert_eq!(code, 200, "{answer}");
        assert_eq!(
            decision(&answer, "checkout")["outcome"],
            outcome,
            "{answer}"
        );
    }
    assert_eq!(env.status_of("bob.martin@example.com"), "qualified");

    // Invoice paid, found by Stripe's customer id as the lead's external id.
    let (_, answer) = stripe(
        &url,
        secret,
        &json!({"id": "evt_in1", "type": "invoice.paid", "created": now(),
                "data": {"object": {"amount_paid": 900, "currency": "usd", "customer": "cus_1004",
                                    "customer_email": null}}}),
    );
    let d = decision(&answer, "invoice");
    assert_eq!(d["outcome"], "qualified", "{answer}");
    assert_eq!(answer["data"]["amount"], 9.0, "{answer}");
    assert_eq!(answer["data"]["amount_minor"], 900, "{answer}");

    // Yen have no cents: 3000 + 2000 JPY reach 5000.
    for (id, yen, outcome) in [
        ("evt_y1", 3000, Value::Null),
        ("evt_y2", 2000, json!("qualified")),
    ] {
        let (_, answer) = stripe(
            &url,
            secret,
            &json!({"id": id, "type": "charge.succeeded", "created": now(),
                    "data": {"object": {"amount": yen, "currency": "jpy",
                                        "billing_details": {"email": "carla.rossi@example.com"}}}}),
        );
        let d = decision(&answer, "yen-spend");
        assert_eq!(d["outcome"], outcome, "{answer}");
    }
    assert_eq!(env.status_of("carla.rossi@example.com"), "qualified");

    // A dispute takes the qualification back.
    let (_, answer) = stripe(
        &url,
        secret,
        &json!({"id": "evt_dp1", "type": "charge.dispute.created", "created": now(),
                "data": {"object": {"amount": 2000, "currency": "jpy",
                                    "evidence": {"customer_email_address": "carla.rossi@example.com"}}}}),
    );
    assert_eq!(
        decision(&answer, "dispute")["outcome"],
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
    assert_eq!(history[1]["rule"], "dispute", "{history}");
    assert_eq!(history[1]["event"], "evt_dp1", "{history}");
    assert_eq!(history[1]["method"], "rule", "{history}");

    // An event without an object is refused with what is missing; signed or not, it is not JSON.
    let (code, answer) = stripe(
        &url,
        secret,
        &json!({"id": "evt_x", "type": "charge.succeeded"}),
    );
    assert_eq!(code, 422, "{answer}");
    let body = b"not json";
    let (code, _) = post(
        &url,
        &[("Stripe-Signature", signature::header(secret, now(), body))],
        body,
    );
    assert_eq!(code, 400);
}

/// Headers sent, body sent, status expected, and what the refusal must say.
type RefusalCase<'a> = (Vec<(&'a str, String)>, Vec<u8>, u16, &'a str);

#[test]
fn refused_requests_change_nothing_and_are_counted() {
    let env = Env::remote();
    env.seed();
    rules(
        &env,
        &std::fs::read_to_string(root("examples/rules/hubspot-lifecycle.toml")).unwrap(),
    );
    let secret = env.ok(&["webhooks", "secret", "create", "--kind", "generic"]);
    let secret = secret.trim();
    let url = format!("{}/v1/hooks/acme/events", env.server().url);
    let body = std::fs::read(root("examples/events/hubspot-contact-customer.json")).unwrap();
    let signed = |secret: &str, at: i64| signature::header(secret, at, &body);
    let mut tampered = body.clone();
    let at = tampered.len() - 5;
    tampered[at] ^= 0x20;
    let cases: Vec<RefusalCase> = vec![
        (vec![], body.clone(), 401, "no signature"),
        (
            vec![("Refctl-Signature", "sha256=abc".to_string())],
            body.clone(),
            401,
            "not t=TIMESTAMP,v1=SIGNATURE",
        ),
        (
            vec![("Refctl-Signature", signed(secret, now()))],
            tampered,
            401,
            "does not match",
        ),
        (
            vec![("Refctl-Signature", signed(secret, now() - 301))],
            body.clone(),
            401,
            "away from now",
        ),
        (
            vec![("Refctl-Signature", signed(secret, now() + 3600))],
            body.clone(),
            401,
            "away from now",
        ),
        (
            vec![("Refctl-Signature", signed("whsec_wrong", now()))],
            body.clone(),
            401,
            "does not match",
        ),
        // Stripe's header on the generic endpoint is not its signature.
        (
            vec![("Stripe-Signature", signed(secret, now()))],
            body.clone(),
            401,
            "no signature",
        ),
        // A bearer token does not stand in for a signature.
        (
            vec![(
                "Authorization",
                format!(
                    "Bearer {}",
                    match &env.backend {
                        crate::common::Backend::Remote { token, .. } => token.clone(),
                        crate::common::Backend::Embedded => unreachable!(),
                    }
                ),
            )],
            body.clone(),
            401,
            "no signature",
        ),
    ];
    let refused = cases.len();
    for (headers, sent, code, why) in cases {
        let (got, answer) = post(&url, &headers, &sent);
        assert_eq!(got, code, "{why}: {answer}");
        let detail = answer["detail"].as_str().unwrap_or_default();
        assert!(
            detail.contains(why) && detail.contains("nothing was changed"),
            "{why}: {answer}"
        );
    }
    assert_eq!(env.status_of("emma.schulz@example.de"), "pending");
    assert!(env.json(&["events", "list"]).as_array().unwrap().is_empty());
    let hooks = env.json(&["webhooks", "list"]);
    assert_eq!(hooks[0]["kind"], "generic", "{hooks}");
    assert_eq!(hooks[0]["refused"], refused, "{hooks}");

    // Another workspace's name, or a kind without a secret: refused exactly
    // as a wrong signature is, so the answer tells no workspace's name.
    let (known, known_body) = post(
        &url,
        &[("Refctl-Signature", signed("whsec_wrong_secret_1234", now()))],
        &body,
    );
    let (code, answer) = post(
        &format!("{}/v1/hooks/nope/events", env.server().url),
        &[("Refctl-Signature", signed(secret, now()))],
        &body,
    );
    assert_eq!((code, &answer), (known, &known_body));
    assert_eq!(code, 401);
    let (code, _) = post(
        &format!("{}/v1/hooks/acme/stripe", env.server().url),
        &[("Stripe-Signature", signed(secret, now()))],
        &body,
    );
    assert_eq!(code, 401);
    let hooks = env.json(&["webhooks", "list"]);
    assert_eq!(
        hooks[0]["refused"],
        refused + 1,
        "only the known webhook counts: {hooks}"
    );

    // Signed properly, within the window's edge: taken once.
    let (code, answer) = post(
        &url,
        &[("Refctl-Signature", signed(secret, now() - 290))],
        &body,
    );
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["source"], "webhook");
    assert_eq!(env.status_of("emma.schulz@example.de"), "qualified");
    let history = env.json(&[
        "leads",
        "history",
        "emma.schulz@example.de",
        "--campaign",
        "spring",
    ]);
    assert_eq!(history[0]["actor"], "generic-webhook", "{history}");
    assert_eq!(history[0]["rule"], "hubspot-customer", "{history}");
}

#[test]
fn the_signing_script_sends_as_its_readme_says() {
    let env = Env::remote();
    env.seed();
    rules(
        &env,
        &std::fs::read_to_string(root("examples/rules/stripe-spend.toml")).unwrap(),
    );
    let generic = env.ok(&["webhooks", "secret", "create", "--kind", "generic"]);
    let stripe_secret = env.ok(&["webhooks", "secret", "create", "--kind", "stripe"]);
    let base = &env.server().url;
    let run = |secret: &str, args: &[&str]| {
        let out = env
            .script("examples/webhooks/send-signed.sh")
            .env("WEBHOOK_SECRET", secret)
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Stripe's sample: 60.00 USD, over 50 — Carla qualifies; the refund takes it back.
    let (code, out, err) = run(
        stripe_secret.trim(),
        &[
            "--stripe",
            &format!("{base}/v1/hooks/acme/stripe"),
            "examples/events/stripe/charge.succeeded.json",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let record: Value = serde_json::from_str(&out).unwrap();
    let d = decision(&record, "stripe-spend");
    assert_eq!(d["outcome"], "qualified", "{record}");
    assert!(
        d["explanation"]
            .as_str()
            .unwrap()
            .contains("60.00 of 50.00"),
        "{d}"
    );
    let (code, out, err) = run(
        stripe_secret.trim(),
        &[
            "--stripe",
            &format!("{base}/v1/hooks/acme/stripe"),
            "examples/events/stripe/charge.refunded.json",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(decision(&record, "stripe-refund")["outcome"], "unqualified");
    assert_eq!(env.status_of("carla.rossi@example.com"), "pending");

    // The generic endpoint with its own secret; the wrong secret fails and says why.
    let url = format!("{base}/v1/hooks/acme/events");
    let (code, out, _) = run(
        generic.trim(),
        &[&url, "examples/events/charge-succeeded-30usd.json"],
    );
    assert_eq!(code, Some(0));
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        decision(&record, "stripe-spend")["threshold_sum"],
        30.0,
        "{record}"
    );
    let (code, out, _) = run(
        stripe_secret.trim(),
        &[&url, "examples/events/charge-succeeded-25usd.json"],
    );
    assert_ne!(code, Some(0));
    assert!(out.contains("does not match"), "{out}");
    assert_eq!(env.status_of("bob.martin@example.com"), "pending");
}

#[test]
fn stripe_made_secrets_are_set_from_stdin_and_the_replaced_one_lasts_a_day() {
    let env = Env::remote();
    env.seed();
    rules(
        &env,
        &std::fs::read_to_string(root("examples/rules/stripe-spend.toml")).unwrap(),
    );
    let url = format!("{}/v1/hooks/acme/stripe", env.server().url);
    let set = |secret: &str| {
        env.cmd()
            .args(["webhooks", "secret", "set", "--kind", "stripe"])
            .write_stdin(format!("{secret}\n"))
            .output()
            .unwrap()
    };
    let from_stripe = "whsec_MadeByStripeForThisEndpoint0001";
    let out = set(from_stripe);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The secret is never echoed.
    assert!(!String::from_utf8_lossy(&out.stdout).contains(from_stripe));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(from_stripe));
    let charge = |id: &str| {
        json!({"id": id, "type": "charge.succeeded", "created": now(),
               "data": {"object": {"amount": 1000, "currency": "usd",
                                   "billing_details": {"email": "carla.rossi@example.com"}}}})
    };
    let (code, answer) = stripe(&url, from_stripe, &charge("evt_s1"));
    assert_eq!(code, 200, "{answer}");

    // Stripe rolls the secret: the new one works, and the old one for a day more.
    let rolled = "whsec_MadeByStripeForThisEndpoint0002";
    assert!(set(rolled).status.success());
    assert_eq!(stripe(&url, rolled, &charge("evt_s2")).0, 200);
    assert_eq!(stripe(&url, from_stripe, &charge("evt_s3")).0, 200);
    assert_eq!(
        stripe(&url, "whsec_SomethingElseEntirely0003", &charge("evt_s4")).0,
        401
    );

    // Too short, or nothing at all, is refused with what to do.
    let out = set("short");
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 16 characters"));
    let out = set("");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pipe it in"));
}
