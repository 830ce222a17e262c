//! The same commands give the same results on the embedded default and
//! against `refctl server` over HTTP with a token.

use crate::common::Env;
use serde_json::Value;

/// Replaces what legitimately differs between two runs: times, the actor
/// (the token's name remotely, `local` on the embedded store) and the
/// randomly generated referral codes of leads.
fn scrub(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let is_lead = map.contains_key("referred_by");
            for (key, v) in map.iter_mut() {
                if is_lead && key == "referral_code" {
                    *v = Value::String("<code>".into());
                    continue;
                }
                if key.ends_with("_at") || key == "at" {
                    if !v.is_null() {
                        *v = Value::String("<time>".into());
                    }
                } else if key == "actor" || key == "idempotency_key" {
                    *v = Value::String("<actor>".into());
                } else {
                    scrub(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(scrub),
        _ => {}
    }
}

#[test]
fn every_command_gives_the_same_json_embedded_and_remote() {
    let script: &[&[&str]] = &[
        &["campaigns", "list"],
        &["campaigns", "show", "spring"],
        &["campaigns", "update", "spring", "--status", "active"],
        &["referrers", "list", "--campaign", "spring"],
        &["referrers", "show", "OMAR", "--campaign", "spring"],
        &["leads", "list", "--campaign", "spring", "--all"],
        &[
            "leads",
            "show",
            "dev.patel@example.org",
            "--campaign",
            "spring",
        ],
        &[
            "qualify",
            "bob.martin@example.com",
            "ext:cus_1003",
            "ANN2026",
            "nobody@example.com",
            "--campaign",
            "spring",
            "--yes",
        ],
        &[
            "unqualify",
            "ext:cus_1003",
            "--campaign",
            "spring",
            "--reason",
            "refund",
            "--yes",
        ],
        &[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--status",
            "qualified",
        ],
        &["leads", "history", "ext:cus_1003", "--campaign", "spring"],
        &["leads", "export", "--campaign", "spring"],
    ];
    let [embedded, remote] = Env::both();
    for env in [&embedded, &remote] {
        env.seed();
    }
    for args in script {
        let run = |env: &Env| {
            let mut all = args.to_vec();
            all.extend(["-o", "json"]);
            let out = env.cmd().args(&all).output().unwrap();
            let stdout = String::from_utf8(out.stdout).unwrap();
            let mut json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
                panic!(
                    "[{}] refctl {}: not JSON ({e}): {stdout}",
                    env.name(),
                    args.join(" ")
                )
            });
            scrub(&mut json);
            (out.status.code(), json)
        };
        assert_eq!(run(&embedded), run(&remote), "refctl {}", args.join(" "));
    }
}
