//! The promises of the hosted engine, on each platform's emulator: revert
//! that reverts, the truth after a 5xx, bounded calls for one lead, people
//! named as the platforms allow, and GrowSurf's states kept apart.

use std::process::Output;

use serde_json::Value;

use crate::common::Env;
use crate::emulators::growsurf::Emulator as Gs;
use crate::emulators::referral_factory::Emulator as Rf;
use crate::emulators::{gs, json_of, rf};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A customer list of spring's leads `from..to` (emails as the emulator makes them).
fn customers(env: &Env, name: &str, leads: std::ops::Range<usize>) -> String {
    let mut file = String::from("Email\n");
    for i in leads {
        file.push_str(&format!("lead{i}@c11.example.com\n"));
    }
    env.file(name, &file)
}

fn qualified_ids(emulator: &Rf) -> std::collections::BTreeSet<i64> {
    emulator
        .leads_of(11)
        .iter()
        .filter(|u| u.qualified_at.is_some())
        .map(|u| u.id)
        .collect()
}

/// An upload qualifies leads; a lead qualified since by hand stays; the
/// revert makes exactly the upload's own leads pending again.
#[test]
fn a_referral_factory_upload_is_reverted_exactly() {
    let env = Env::embedded();
    let emulator = Rf::start(40);
    let before = qualified_ids(&emulator);
    let list = customers(&env, "list.csv", 0..20);
    let upload = json_of(&rf(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &list,
            "--campaign",
            "spring",
            "--yes",
            "-o",
            "json",
        ],
    ));
    let id = upload["upload_id"].as_str().unwrap().to_string();
    let after_upload = qualified_ids(&emulator);
    let by_upload: Vec<i64> = after_upload.difference(&before).copied().collect();
    assert_eq!(
        by_upload.len(),
        18,
        "lead9 and lead19 were qualified already"
    );

    // One of the upload's leads is unqualified by hand: the revert leaves it.
    let out = rf(
        &env,
        &emulator,
        &[
            "unqualify",
            "lead3@c11.example.com",
            "--campaign",
            "spring",
            "--reason",
            "refund",
            "--yes",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let out = rf(
        &env,
        &emulator,
        &["customers", "uploads", "revert", &id, "--yes"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let now = qualified_ids(&emulator);
    assert_eq!(
        now, before,
        "every lead the upload qualified is pending again, no other touched"
    );
    let w = emulator.world.lock().unwrap();
    let lead3 = w
        .users
        .iter()
        .find(|u| u.email == "lead3@c11.example.com")
        .unwrap();
    // Qualified by the upload, unqualified by hand: two calls, none by the revert.
    assert_eq!(w.qualify_calls[&lead3.id], 2);
}

/// Every 7th qualification is applied and answered 500: the run reads each
/// back and reports the truth; a rerun has nothing left to do, and no lead
/// was qualified twice.
#[test]
fn a_referral_factory_500_after_apply_is_read_back() {
    let env = Env::embedded();
    let emulator = Rf::start(60);
    emulator.world.lock().unwrap().fail_every = 7;
    let pending: Vec<i64> = emulator
        .leads_of(11)
        .iter()
        .filter(|u| u.qualified_at.is_none())
        .map(|u| u.id)
        .collect();
    let list = customers(&env, "list.csv", 0..60);
    let args = [
        "customers",
        "upload",
        &list,
        "--campaign",
        "spring",
        "--yes",
        "-o",
        "json",
    ];
    let first = json_of(&rf(&env, &emulator, &args));
    assert_eq!(first["execution"]["qualified"], 54, "{first}");
    assert_eq!(first["execution"]["failed"], 0, "{first}");

    let again = rf(&env, &emulator, &args);
    assert!(again.status.success(), "{}", stderr(&again));
    let w = emulator.world.lock().unwrap();
    for id in &pending {
        assert_eq!(
            w.qualify_calls.get(id),
            Some(&1),
            "lead {id} qualified exactly once"
        );
    }
    let history = w.qualify_calls.values().sum::<u32>();
    assert_eq!(history as usize, pending.len());
}

/// A lead the platform refused is tried again by the next run of the same
/// upload, whatever the last run said.
#[test]
fn a_rerun_of_an_upload_retries_the_leads_it_could_not_qualify() {
    use crate::emulators::referral_factory::User;
    let env = Env::embedded();
    let emulator = Rf::start(10);
    emulator.world.lock().unwrap().users.push(User {
        id: 9999,
        campaign_id: 11,
        referrer_id: Some(100),
        code: "LOCKED".into(),
        email: "refuse0@c11.example.com".into(),
        first_name: "Locked".into(),
        qualified_at: None,
    });
    let mut file = String::from("Email\nrefuse0@c11.example.com\n");
    for i in 0..10 {
        file.push_str(&format!("lead{i}@c11.example.com\n"));
    }
    let list = env.file("list.csv", &file);
    let args = [
        "customers",
        "upload",
        &list,
        "--campaign",
        "spring",
        "--yes",
    ];
    let first = rf(&env, &emulator, &args);
    assert_eq!(first.status.code(), Some(3), "{}", stderr(&first));

    emulator.world.lock().unwrap().refusals_lifted = true;
    let again = rf(&env, &emulator, &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("Trying again the 1 lead"),
        "{}",
        stderr(&again)
    );
    let w = emulator.world.lock().unwrap();
    assert_eq!(w.qualify_calls.get(&9999), Some(&1));
    assert!(
        w.users
            .iter()
            .find(|u| u.id == 9999)
            .unwrap()
            .qualified_at
            .is_some()
    );
    drop(w);
    let third = rf(&env, &emulator, &args);
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(
        stderr(&third).contains("Nothing to do"),
        "{}",
        stderr(&third)
    );
}

/// One lead by email on an account of 20,000 users: the campaign, a search,
/// the change, whatever the account's size.
#[test]
fn one_referral_factory_qualification_costs_three_calls() {
    let env = Env::embedded();
    let emulator = Rf::start(20_000);
    let out = rf(
        &env,
        &emulator,
        &[
            "qualify",
            "lead12345@c11.example.com",
            "--campaign",
            "spring",
            "--yes",
            "-o",
            "json",
        ],
    );
    let results = json_of(&out);
    assert_eq!(results[0]["outcome"], "qualified", "{results}");
    let w = emulator.world.lock().unwrap();
    assert!(w.requests <= 3, "{} calls: {:?}", w.requests, w.calls);
}

/// Referrers named by email; people changed and deleted as the platform allows.
#[test]
fn referral_factory_people_by_email_updated_and_deleted() {
    let env = Env::embedded();
    let emulator = Rf::start(5);
    let added = json_of(&rf(
        &env,
        &emulator,
        &[
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "zoe@example.com",
            "-o",
            "json",
        ],
    ));
    let lead = json_of(&rf(
        &env,
        &emulator,
        &[
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "yan@example.com",
            "--referrer",
            "zoe@example.com",
            "-o",
            "json",
        ],
    ));
    assert_eq!(lead["referrer_id"], added["id"], "{lead}");
    let id = lead["id"].to_string();

    let updated = json_of(&rf(
        &env,
        &emulator,
        &["leads", "update", &id, "--name", "Yan Li", "-o", "json"],
    ));
    assert_eq!(updated["name"], "Yan Li", "{updated}");
    let out = rf(&env, &emulator, &["leads", "delete", &id, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !emulator
            .world
            .lock()
            .unwrap()
            .users
            .iter()
            .any(|u| u.email == "yan@example.com"),
        "deleted on the platform"
    );

    // A code asked for is the platform's to assign: kept as an alias, so a
    // lead can name its referrer by it, as on refctl's own store.
    let asked = rf(
        &env,
        &emulator,
        &[
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "ann@example.com",
            "--code",
            "ANN2026",
        ],
    );
    assert!(asked.status.success(), "{}", stderr(&asked));
    assert!(stderr(&asked).contains("ANN2026"), "{}", stderr(&asked));
    let lead = json_of(&rf(
        &env,
        &emulator,
        &[
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "bo@example.com",
            "--referrer",
            "ANN2026",
            "-o",
            "json",
        ],
    ));
    let w = emulator.world.lock().unwrap();
    let ann = w
        .users
        .iter()
        .find(|u| u.email == "ann@example.com")
        .unwrap();
    assert_eq!(lead["referrer_id"], ann.id, "{lead}");
}

fn set_status(emulator: &Gs, email: &str, status: &str) {
    let mut w = emulator.world.lock().unwrap();
    let p = w
        .participants
        .iter_mut()
        .find(|p| p.email == email)
        .unwrap();
    p.status = Some(status.into());
}

/// GrowSurf: expired referrals are their own state, never triggered and
/// never counted qualified; an unknown participant is that lead's outcome.
#[test]
fn growsurf_expired_and_unknown_leads_are_told_apart() {
    let env = Env::embedded();
    let emulator = Gs::start(10);
    set_status(&emulator, "lead2@gs.example.com", "CREDIT_EXPIRED");
    let out = gs(
        &env,
        &emulator,
        &[
            "qualify",
            "lead0@gs.example.com",
            "lead1@gs.example.com",
            "nobody@gs.example.com",
            "lead3@gs.example.com",
            "lead2@gs.example.com",
            "--campaign",
            "gs_spring",
            "--yes",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcomes: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "qualified",
            "qualified",
            "not_found",
            "qualified",
            "expired"
        ]
    );
    let w = emulator.world.lock().unwrap();
    assert!(
        !w.triggers.contains_key("p0002"),
        "an expired referral is never triggered"
    );
    drop(w);

    let leads = json_of(&gs(
        &env,
        &emulator,
        &[
            "leads",
            "list",
            "--campaign",
            "gs_spring",
            "--status",
            "expired",
            "-o",
            "json",
        ],
    ));
    assert_eq!(leads.as_array().unwrap().len(), 1, "{leads}");
    let out = gs(
        &env,
        &emulator,
        &[
            "leads",
            "show",
            "nobody@gs.example.com",
            "--campaign",
            "gs_spring",
        ],
    );
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
}

/// GrowSurf: a lead with an unknown referrer fails (naming what GrowSurf
/// made); a lead added with a referrer stays pending on a program that
/// would award at once; people change and go; a revert is refused.
#[test]
fn growsurf_adds_pending_leads_and_refuses_to_revert() {
    let env = Env::embedded();
    let emulator = Gs::start(10);
    emulator.world.lock().unwrap().award_on_signup = true;
    let out = gs(
        &env,
        &emulator,
        &[
            "leads",
            "add",
            "--campaign",
            "gs_spring",
            "--email",
            "x@example.com",
            "--referrer",
            "NOPE",
        ],
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("NOPE"), "{}", stderr(&out));

    let lead = json_of(&gs(
        &env,
        &emulator,
        &[
            "leads",
            "add",
            "--campaign",
            "gs_spring",
            "--email",
            "y@example.com",
            "--referrer",
            "ref1",
            "-o",
            "json",
        ],
    ));
    assert_eq!(lead["status"], "pending", "{lead}");
    {
        let w = emulator.world.lock().unwrap();
        let y = w
            .participants
            .iter()
            .find(|p| p.email == "y@example.com")
            .unwrap();
        assert_eq!(y.status.as_deref(), Some("CREDIT_PENDING"));
    }

    let updated = json_of(&gs(
        &env,
        &emulator,
        &[
            "leads",
            "update",
            "y@example.com",
            "--campaign",
            "gs_spring",
            "--email",
            "y2@example.com",
            "-o",
            "json",
        ],
    ));
    assert_eq!(updated["email"], "y2@example.com", "{updated}");
    let out = gs(
        &env,
        &emulator,
        &[
            "leads",
            "delete",
            "y2@example.com",
            "--campaign",
            "gs_spring",
            "--yes",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !emulator
            .world
            .lock()
            .unwrap()
            .participants
            .iter()
            .any(|p| p.email == "y2@example.com")
    );

    let mut file = String::from("Email\n");
    for i in 0..5 {
        file.push_str(&format!("lead{i}@gs.example.com\n"));
    }
    let list = env.file("gs.csv", &file);
    let upload = json_of(&gs(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &list,
            "--campaign",
            "gs_spring",
            "--yes",
            "-o",
            "json",
        ],
    ));
    let id = upload["upload_id"].as_str().unwrap();
    let out = gs(
        &env,
        &emulator,
        &["customers", "uploads", "revert", id, "--yes"],
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot be reversed"),
        "{}",
        stderr(&out)
    );
}

/// GrowSurf: a trigger applied and answered 500, or whose answer never
/// comes, is read back, and the run goes on.
#[test]
fn a_growsurf_500_or_lost_answer_after_a_trigger_is_read_back() {
    let env = Env::embedded();
    let emulator = Gs::start(30);
    emulator.world.lock().unwrap().fail_every = 5;
    emulator.world.lock().unwrap().slow_every = 7;
    let mut file = String::from("Email\n");
    for i in 0..30 {
        file.push_str(&format!("lead{i}@gs.example.com\n"));
    }
    let list = env.file("gs.csv", &file);
    let out = json_of(&gs(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &list,
            "--campaign",
            "gs_spring",
            "--yes",
            "-o",
            "json",
        ],
    ));
    assert_eq!(out["execution"]["qualified"], 24, "{out}");
    assert_eq!(out["execution"]["failed"], 0, "{out}");
    let w = emulator.world.lock().unwrap();
    assert!(w.triggers.values().all(|n| *n == 1), "{:?}", w.triggers);
}

/// GrowSurf holds a credit for a refund window when asked, and a held
/// credit is the one thing there that can be taken back.
#[test]
fn growsurf_holds_credit_and_cancels_the_hold() {
    let env = Env::embedded();
    let emulator = Gs::start(10);
    let campaign = ["--campaign", "gs_spring"];
    let lead0 = "lead0@gs.example.com";
    let held = json_of(&gs(
        &env,
        &emulator,
        &[
            &["qualify", lead0, "--hold", "30d", "--yes", "-o", "json"][..],
            &campaign,
        ]
        .concat(),
    ));
    assert_eq!(held[0]["outcome"], "qualified", "{held}");
    {
        let w = emulator.world.lock().unwrap();
        assert_eq!(w.held.get("p0000"), Some(&30));
        let p = w.participants.iter().find(|p| p.id == "p0000").unwrap();
        assert_eq!(
            p.status.as_deref(),
            Some("CREDIT_PENDING"),
            "not awarded yet"
        );
    }
    let shown = json_of(&gs(
        &env,
        &emulator,
        &[&["leads", "show", lead0, "-o", "json"][..], &campaign].concat(),
    ));
    assert_eq!(shown["status"], "held", "{shown}");
    let again = json_of(&gs(
        &env,
        &emulator,
        &[&["qualify", lead0, "--yes", "-o", "json"][..], &campaign].concat(),
    ));
    assert_eq!(again[0]["outcome"], "already_qualified", "{again}");
    assert_eq!(emulator.world.lock().unwrap().triggers["p0000"], 1);

    let out = gs(
        &env,
        &emulator,
        &[
            &["unqualify", lead0, "--reason", "refund", "--yes"][..],
            &campaign,
        ]
        .concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        emulator.world.lock().unwrap().held.is_empty(),
        "the hold was cancelled"
    );
    let shown = json_of(&gs(
        &env,
        &emulator,
        &[&["leads", "show", lead0, "-o", "json"][..], &campaign].concat(),
    ));
    assert_eq!(shown["status"], "pending", "{shown}");

    // Referral Factory has no hold: said, before anything is sent.
    let rf_emulator = Rf::start(3);
    let out = rf(
        &env,
        &rf_emulator,
        &[
            "qualify",
            "lead0@c11.example.com",
            "--campaign",
            "spring",
            "--hold",
            "30d",
            "--yes",
        ],
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(rf_emulator.world.lock().unwrap().qualify_calls.is_empty());
}

/// What an admin of the platform expects to see: the campaign's counts, each
/// referrer's referrals, and an export that names the referrer.
#[test]
fn the_admins_view_carries_the_platforms_counts() {
    let env = Env::embedded();
    let emulator = Rf::start(20);
    let campaign = json_of(&rf(
        &env,
        &emulator,
        &["campaigns", "show", "spring", "-o", "json"],
    ));
    assert_eq!(campaign["referrals"], 20, "{campaign}");
    assert_eq!(campaign["qualified_referrals"], 2, "{campaign}");
    assert_eq!(campaign["participants"], 21, "{campaign}");

    let referrers = json_of(&rf(
        &env,
        &emulator,
        &["referrers", "list", "--campaign", "spring", "-o", "json"],
    ));
    assert_eq!(referrers[0]["referrals"], 20, "{referrers}");
    assert_eq!(referrers[0]["qualified_referrals"], 2, "{referrers}");

    let out = rf(
        &env,
        &emulator,
        &["leads", "export", "--campaign", "spring"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = String::from_utf8_lossy(&out.stdout);
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("referred_by,referrer_email,referrer_name"),
        "{header}"
    );
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .contains("referrer11@example.com,Ref"),
        "{csv}"
    );
}

/// A kept list on Referral Factory (kept in REFCTL_HOME, as digests): a
/// referred user who appears on the platform later is qualified by `lists
/// sync` exactly once, and a second sync sends nothing.
#[test]
fn a_kept_list_catches_referral_factory_users_who_appear_later() {
    use crate::emulators::referral_factory::User;
    let env = Env::embedded();
    let emulator = Rf::start(5);
    let list = env.file(
        "list.csv",
        "email\nlead0@c11.example.com\nlater@c11.example.com\n",
    );
    let out = rf(
        &env,
        &emulator,
        &[
            "customers",
            "lists",
            "add",
            &list,
            "--campaign",
            "spring",
            "--name",
            "weekly",
            "--yes",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lead0 = emulator
        .leads_of(11)
        .iter()
        .find(|u| u.email == "lead0@c11.example.com")
        .unwrap()
        .id;
    assert_eq!(
        emulator.world.lock().unwrap().qualify_calls.get(&lead0),
        Some(&1)
    );
    let kept = std::fs::read_dir(env.home.path().join("refctl/lists/referral-factory/11"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect::<String>();
    assert!(
        !kept.contains("later@"),
        "no address kept in plain text: {kept}"
    );

    emulator.world.lock().unwrap().users.push(User {
        id: 5000,
        campaign_id: 11,
        referrer_id: Some(100),
        code: "LATER".into(),
        email: "later@c11.example.com".into(),
        first_name: "Later".into(),
        qualified_at: None,
    });
    let sync = ["customers", "lists", "sync", "--campaign", "spring"];
    let out = rf(&env, &emulator, &sync);
    assert!(out.status.success(), "{}", stderr(&out));
    {
        let w = emulator.world.lock().unwrap();
        assert_eq!(w.qualify_calls.get(&5000), Some(&1));
        assert_eq!(w.qualify_calls.get(&lead0), Some(&1));
    }
    let puts = |e: &Rf| {
        e.world
            .lock()
            .unwrap()
            .calls
            .get("PUT /api/v2/users/qualification")
            .copied()
    };
    let before = puts(&emulator);
    let out = rf(&env, &emulator, &sync);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(puts(&emulator), before, "a second sync sends nothing");
    let history = json_of(&rf(
        &env,
        &emulator,
        &["leads", "history", "5000", "-o", "json"],
    ));
    assert!(
        history[0]["reason"].as_str().unwrap().contains("'weekly'"),
        "{history}"
    );
}

/// A pre-hashed list on Referral Factory is kept in REFCTL_HOME and its
/// people are qualified by the list's sync, once.
#[test]
fn a_pre_hashed_list_on_referral_factory_is_matched_by_its_sync() {
    use sha2::{Digest, Sha256};
    let env = Env::embedded();
    let emulator = Rf::start(5);
    let digest = refctl::domain::codes::hex(&Sha256::digest(b"lead1@c11.example.com"));
    let list = env.file("hashed.csv", &format!("email_sha256\n{digest}\n"));
    let out = rf(
        &env,
        &emulator,
        &[
            "customers",
            "lists",
            "add",
            &list,
            "--hashed",
            "--campaign",
            "spring",
            "--name",
            "partner",
            "--yes",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("lists sync"), "{}", stderr(&out));
    for _ in 0..2 {
        let out = rf(
            &env,
            &emulator,
            &[
                "customers",
                "lists",
                "sync",
                "--campaign",
                "spring",
                "--yes",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let lead1 = emulator
        .leads_of(11)
        .into_iter()
        .find(|u| u.email == "lead1@c11.example.com")
        .unwrap();
    assert!(lead1.qualified_at.is_some());
    assert_eq!(
        emulator.world.lock().unwrap().qualify_calls.get(&lead1.id),
        Some(&1),
        "qualified once"
    );
}
