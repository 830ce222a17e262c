//! The same commands against hosted platforms, through contract emulators
//! on loopback (`emulators/`): Referral Factory and GrowSurf.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::Env;
use crate::emulators::referral_factory::Emulator as Rf;
use crate::emulators::{gs, json_of, rf};

#[test]
fn referral_factory_campaigns_leads_and_one_qualification() {
    let env = Env::embedded();
    let emulator = Rf::start(40);
    let campaigns = json_of(&rf(&env, &emulator, &["campaigns", "list", "-o", "json"]));
    let codes: Vec<_> = campaigns
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].clone())
        .collect();
    assert_eq!(codes, ["spring", "autumn"]);

    // Only the campaign's leads (the API ignores the filter; refctl does not),
    // paged through 25 at a time, with the status qualified_at says.
    let leads = json_of(&rf(
        &env,
        &emulator,
        &[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--all",
            "-o",
            "json",
        ],
    ));
    let leads = leads.as_array().unwrap();
    assert_eq!(leads.len(), 40);
    assert!(
        leads
            .iter()
            .all(|l| l["email"].as_str().unwrap().ends_with("@c11.example.com"))
    );
    assert_eq!(
        leads.iter().filter(|l| l["status"] == "qualified").count(),
        4
    );
    assert!(leads.iter().all(|l| l["referred_by"] == "REF11"));

    let out = rf(
        &env,
        &emulator,
        &[
            "qualify",
            "lead3@c11.example.com",
            "--campaign",
            "spring",
            "--yes",
            "-o",
            "json",
        ],
    );
    let results = json_of(&out);
    assert_eq!(results[0]["outcome"], "qualified", "{results}");
    let again = json_of(&rf(
        &env,
        &emulator,
        &[
            "qualify",
            "lead3@c11.example.com",
            "--campaign",
            "spring",
            "--yes",
            "-o",
            "json",
        ],
    ));
    assert_eq!(again[0]["outcome"], "already_qualified");
    let lead3 = emulator
        .leads_of(11)
        .into_iter()
        .find(|u| u.email == "lead3@c11.example.com")
        .unwrap();
    assert_eq!(
        emulator.world.lock().unwrap().qualify_calls.get(&lead3.id),
        Some(&1),
        "one call, once"
    );

    // The local audit trail the platform lacks.
    let history = json_of(&rf(
        &env,
        &emulator,
        &[
            "leads",
            "history",
            "lead3@c11.example.com",
            "--campaign",
            "spring",
            "-o",
            "json",
        ],
    ));
    assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
    assert_eq!(history[0]["action"], "qualify");

    // What the platform cannot do says so, naming it.
    let out = rf(&env, &emulator, &["rules", "list", "--campaign", "spring"]);
    assert_eq!(out.status.code(), Some(8));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Referral Factory"), "{err}");
    assert_eq!(emulator.world.lock().unwrap().refused_429, 0);
}

/// The customer list: every matched pending lead qualified exactly once,
/// when the run is killed and resumed too; never a 429 at the pace.
#[test]
fn referral_factory_upload_qualifies_once_across_a_kill() {
    let env = Env::embedded();
    let emulator = Rf::start(120);
    let mut file = String::from("Email,Name\n");
    for i in 0..120 {
        file.push_str(&format!("lead{i}@c11.example.com,Lead {i}\n"));
    }
    file.push_str("referrer11@example.com,Ref\nstranger@example.com,Nobody\nlead1@c12.example.com,Other campaign\n");
    let customers = env.file("customers.csv", &file);
    let args = [
        "customers",
        "upload",
        customers.as_str(),
        "--campaign",
        "spring",
        "--yes",
        "--rate",
        "600/min",
    ];

    let mut child = env
        .std_cmd()
        .env("REFCTL_PROVIDER", "referral-factory")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "rf_test_token")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while emulator.world.lock().unwrap().qualify_calls.len() < 30 {
        assert!(Instant::now() < deadline, "the upload never got going");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let after_kill = emulator.world.lock().unwrap().qualify_calls.len();
    assert!(after_kill < 108, "killed mid-way ({after_kill})");

    // Resuming asks as a first run does: without --yes, no terminal, nothing is sent.
    let calls = emulator
        .world
        .lock()
        .unwrap()
        .qualify_calls
        .values()
        .sum::<u32>();
    let without_yes: Vec<&str> = args.iter().copied().filter(|a| *a != "--yes").collect();
    let out = rf(&env, &emulator, &without_yes);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Resume upload"));
    assert_eq!(
        emulator
            .world
            .lock()
            .unwrap()
            .qualify_calls
            .values()
            .sum::<u32>(),
        calls
    );

    let out = rf(&env, &emulator, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let w = emulator.world.lock().unwrap();
    for u in w.users.iter().filter(|u| u.referrer_id.is_some()) {
        let calls = w.qualify_calls.get(&u.id).copied().unwrap_or(0);
        let index: usize = u.code.rsplit('X').next().unwrap().parse().unwrap();
        let expected = u32::from(u.campaign_id == 11 && index % 10 != 9);
        assert_eq!(calls, expected, "{} was qualified {calls} times", u.email);
    }
    assert_eq!(w.refused_429, 0, "the pace never tripped the limit");
}

/// At the first 429 the run stops at once (Referral Factory blocks an IP
/// that keeps going over), resumable; a slower run finishes it.
#[test]
fn referral_factory_stops_at_the_first_429_and_resumes() {
    let env = Env::embedded();
    let emulator = Rf::start(30);
    emulator.world.lock().unwrap().limit_per_minute = 20;
    let mut file = String::from("email\n");
    for i in 0..30 {
        file.push_str(&format!("lead{i}@c11.example.com\n"));
    }
    let customers = env.file("customers.csv", &file);
    let out = rf(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &customers,
            "--campaign",
            "spring",
            "--yes",
            "--rate",
            "600/min",
        ],
    );
    assert_eq!(out.status.code(), Some(7));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("rate limited") && err.contains("run the same command again"),
        "{err}"
    );
    assert_eq!(
        emulator.world.lock().unwrap().refused_429,
        1,
        "stopped at the first 429"
    );

    // A rerun inside the cool-down sends nothing and says until when.
    emulator.world.lock().unwrap().limit_per_minute = 600;
    let requests = emulator.world.lock().unwrap().requests;
    let upload = [
        "customers",
        "upload",
        &customers,
        "--campaign",
        "spring",
        "--yes",
    ];
    let out = rf(&env, &emulator, &upload);
    assert_eq!(out.status.code(), Some(7));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("will not call it again before"), "{err}");
    assert_eq!(emulator.world.lock().unwrap().requests, requests);

    // Once the window has passed (the kept time moved back), it resumes.
    let kept = env
        .home
        .path()
        .join("refctl/cooldown/referral-factory.until");
    std::fs::write(&kept, "0").unwrap();
    let out = rf(&env, &emulator, &upload);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let w = emulator.world.lock().unwrap();
    assert_eq!(w.qualify_calls.len(), 27);
    assert!(w.qualify_calls.values().all(|n| *n == 1));
}

use crate::emulators::growsurf::Emulator as Gs;

#[test]
fn growsurf_campaigns_leads_qualify_and_upload() {
    let env = Env::embedded();
    let emulator = Gs::start(50);
    let campaigns = json_of(&gs(&env, &emulator, &["campaigns", "list", "-o", "json"]));
    assert_eq!(campaigns[0]["code"], "gs_spring");

    // Paged by nextId, 100 at a time; referred participants are the leads.
    let leads = json_of(&gs(
        &env,
        &emulator,
        &[
            "leads",
            "list",
            "--campaign",
            "gs_spring",
            "--all",
            "-o",
            "json",
        ],
    ));
    let leads = leads.as_array().unwrap();
    assert_eq!(leads.len(), 50);
    assert_eq!(
        leads.iter().filter(|l| l["status"] == "qualified").count(),
        10
    );

    let one = json_of(&gs(
        &env,
        &emulator,
        &[
            "qualify",
            "lead0@gs.example.com",
            "--campaign",
            "gs_spring",
            "--yes",
            "-o",
            "json",
        ],
    ));
    assert_eq!(one[0]["outcome"], "qualified", "{one}");

    let mut file = String::from("Email\n");
    for i in 0..50 {
        file.push_str(&format!("lead{i}@gs.example.com\n"));
    }
    file.push_str("referrer@example.com\n");
    let customers = env.file("gs.csv", &file);
    let out = gs(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &customers,
            "--campaign",
            "gs_spring",
            "--yes",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let w = emulator.world.lock().unwrap();
    for p in w.participants.iter().filter(|p| p.referred_by.is_some()) {
        assert_eq!(p.status.as_deref(), Some("CREDIT_AWARDED"), "{}", p.email);
        let index: usize = p.id[1..].parse().unwrap();
        let expected = u32::from(index % 5 != 4);
        assert_eq!(
            w.triggers.get(&p.id).copied().unwrap_or(0),
            expected,
            "{}",
            p.email
        );
    }
    drop(w);

    // GrowSurf cannot take an awarded credit back: said, not faked.
    let out = gs(
        &env,
        &emulator,
        &[
            "unqualify",
            "lead0@gs.example.com",
            "--campaign",
            "gs_spring",
            "--reason",
            "refund",
            "--yes",
        ],
    );
    assert_eq!(out.status.code(), Some(8));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GrowSurf"));
    let out = gs(
        &env,
        &emulator,
        &["rules", "list", "--campaign", "gs_spring"],
    );
    assert_eq!(out.status.code(), Some(8));
}

/// GrowSurf's limits are published and announced in headers: the client
/// waits what they say instead of being refused.
#[test]
fn growsurf_honours_its_rate_headers() {
    let env = Env::embedded();
    let emulator = Gs::start(60);
    {
        let mut w = emulator.world.lock().unwrap();
        // 3 per 0.5 s: slower than the 600/min asked, so only the headers
        // keep the client under it.
        w.time_scale = 0.1;
        w.per_5s = 3;
    }
    let mut file = String::from("Email\n");
    for i in 0..60 {
        file.push_str(&format!("lead{i}@gs.example.com\n"));
    }
    let customers = env.file("gs.csv", &file);
    let out = gs(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &customers,
            "--campaign",
            "gs_spring",
            "--yes",
            "--rate",
            "600/min",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let w = emulator.world.lock().unwrap();
    assert_eq!(w.refused_429, 0, "the headers were honoured");
    assert_eq!(w.triggers.len(), 48);
}

/// `doctor` checks the setup, and for a hosted platform writes what its
/// read-only answers looked like, every value redacted.
#[test]
fn doctor_checks_the_setup_and_reports_the_platforms_shapes() {
    let env = Env::embedded();
    env.ok(&["doctor"]);
    let emulator = Rf::start(5);
    let report = env.home.path().join("rf-shapes.json");
    let out = rf(
        &env,
        &emulator,
        &["doctor", "--report", report.to_str().unwrap(), "-o", "json"],
    );
    let checks = json_of(&out);
    assert!(
        checks.as_array().unwrap().iter().all(|c| c["ok"] == true),
        "{checks}"
    );
    let text = std::fs::read_to_string(&report).unwrap();
    let shapes: Value = serde_json::from_str(&text).unwrap();
    let calls = shapes["calls"].as_array().unwrap();
    assert_eq!(calls.len(), 4, "{text}");
    assert_eq!(calls[1]["shape"]["links"]["next"], "string", "{text}");
    assert!(
        !text.contains("@c11.example.com") && !text.contains("rf_test_token"),
        "values are redacted"
    );
    let out = rf(
        &env,
        &Rf {
            url: emulator.url.clone(),
            world: emulator.world.clone(),
        },
        &["doctor"],
    );
    assert!(out.status.success());
    let bad = env
        .cmd()
        .env("REFCTL_PROVIDER", "referral-factory")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "wrong")
        .args(["doctor", "--report", report.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        bad.status.code(),
        Some(4),
        "a refused token fails the check, as an auth failure (exit 4)"
    );
    let table = String::from_utf8_lossy(&bad.stdout);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("token") && l.contains("PROBLEM")),
        "{table}"
    );
}

/// An answer the contract does not describe is not guessed at: the lead is
/// reported as not qualified, with the answer as it came.
#[test]
fn referral_factory_keeps_unknown_answers_verbatim() {
    let env = Env::embedded();
    let emulator = Rf::start(3);
    {
        let mut w = emulator.world.lock().unwrap();
        w.users.push(crate::emulators::referral_factory::User {
            id: 900,
            campaign_id: 11,
            referrer_id: Some(100),
            code: "LOCKED".into(),
            email: "refuse@c11.example.com".into(),
            first_name: "Locked".into(),
            qualified_at: None,
        });
    }
    let customers = env.file(
        "c.csv",
        "email\nlead0@c11.example.com\nrefuse@c11.example.com\n",
    );
    let dir = env.home.path().join("reports");
    let out = rf(
        &env,
        &emulator,
        &[
            "customers",
            "upload",
            &customers,
            "--campaign",
            "spring",
            "--yes",
            "--report-dir",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let failed = std::fs::read_to_string(dir.join("not_qualified.csv")).unwrap();
    assert!(
        failed.contains("900") && failed.contains("HTTP 409") && failed.contains("fraud review"),
        "{failed}"
    );
    let audit =
        std::fs::read_to_string(env.home.path().join("refctl/audit/referral-factory.ndjson"))
            .unwrap();
    assert!(
        audit.contains("\"phase\":\"failed\"") && audit.contains("fraud review"),
        "{audit}"
    );
}

/// Ctrl-C stops a run at once, says how to go on, and the run resumes.
#[test]
fn ctrl_c_stops_an_upload_that_then_resumes() {
    let env = Env::embedded();
    let emulator = Rf::start(20);
    let mut file = String::from("email\n");
    for i in 0..20 {
        file.push_str(&format!("lead{i}@c11.example.com\n"));
    }
    let customers = env.file("c.csv", &file);
    let args = [
        "customers",
        "upload",
        customers.as_str(),
        "--campaign",
        "spring",
        "--yes",
        "--rate",
        "120/min",
    ];
    let child = env
        .std_cmd()
        .env("REFCTL_PROVIDER", "referral-factory")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "rf_test_token")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while emulator.world.lock().unwrap().qualify_calls.len() < 3 {
        assert!(Instant::now() < deadline, "the upload never got going");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
    let out = rf(&env, &emulator, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    {
        let w = emulator.world.lock().unwrap();
        assert_eq!(w.qualify_calls.len(), 18);
        assert!(w.qualify_calls.values().all(|n| *n == 1));
    }
    // The record survives the resume: the first run's plan, and totals
    // over both runs as one uninterrupted run would have them.
    let runs = json_of(&rf(
        &env,
        &emulator,
        &["customers", "uploads", "list", "-o", "json"],
    ));
    let id = runs[0]["id"].as_str().unwrap().to_string();
    let show = json_of(&rf(
        &env,
        &emulator,
        &["customers", "uploads", "show", &id, "-o", "json"],
    ));
    assert_eq!(show["plan"]["will_qualify"], 18, "{show}");
    assert_eq!(show["plan"]["rows"], 20, "{show}");
    assert_eq!(show["execution"]["qualified"], 18, "{show}");
    assert_eq!(show["execution"]["already_qualified"], 0, "{show}");
    // Both runs are in the record: the interrupted one, then the one that finished.
    let each: Vec<&Value> = show["runs"].as_array().unwrap().iter().collect();
    assert_eq!(each.len(), 2, "{show}");
    assert_eq!(
        (&each[0]["complete"], &each[1]["complete"]),
        (&false.into(), &true.into()),
        "{show}"
    );
    assert_eq!(
        (&runs[0]["rows"], &runs[0]["matched"], &runs[0]["qualified"]),
        (&20.into(), &18.into(), &18.into()),
        "{runs}"
    );
}

/// A campaign code that comes back from the platform becomes a directory
/// name only once made safe: a hostile `../../escape` writes its reports
/// under `REFCTL_HOME/uploads`, nowhere else.
#[test]
fn a_hostile_campaign_code_writes_nothing_outside_refctl_home() {
    let env = Env::embedded();
    let emulator = Rf::start(3);
    emulator
        .world
        .lock()
        .unwrap()
        .campaigns
        .push((13, "../../escape".into(), "Hostile".into()));
    let customers = env.file("customers.csv", "Email\nlead1@c11.example.com\n");
    let out = env
        .cmd()
        .env("REFCTL_PROVIDER", "referral-factory")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "rf_test_token")
        .args([
            "customers",
            "upload",
            &customers,
            "--campaign",
            "../../escape",
            "--dry-run",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let outside: Vec<_> = std::fs::read_dir(env.home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("escape"))
        .collect();
    assert!(
        outside.is_empty(),
        "written outside REFCTL_HOME: {outside:?}"
    );
    let uploads: Vec<_> = std::fs::read_dir(env.home.path().join("refctl/uploads"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        uploads.iter().any(|n| n.starts_with("escape~")),
        "the reports are under uploads/: {uploads:?}"
    );
}
