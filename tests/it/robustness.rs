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
