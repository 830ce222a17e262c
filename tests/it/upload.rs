//! `refctl customers upload`: messy customer lists matched row by row, dry
//! runs that change nothing, uploads that qualify once, survive SIGKILL and
//! stay under the rate limit.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::Env;
use serde_json::Value;

/// The outcome every row of a report directory landed in, by the row's
/// `Expect` column, checked against the outcome refctl gave it.
fn check_reports(dir: &Path, rows: usize) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    let mut seen = 0;
    for (path, mut reader) in crate::common::report_readers(dir) {
        let headers = reader.headers().unwrap().clone();
        let expect_at = headers.iter().position(|h| h == "Expect");
        for record in reader.records() {
            let record = record.unwrap();
            let outcome = record.get(2).unwrap().to_string();
            if let Some(i) = expect_at {
                assert_eq!(
                    record.get(i).unwrap_or(""),
                    outcome,
                    "{}: record {} (line {}) landed in {outcome}: {record:?}",
                    path.display(),
                    record.get(0).unwrap(),
                    record.get(1).unwrap()
                );
            }
            *counts.entry(outcome).or_insert(0) += 1;
            seen += 1;
        }
    }
    assert_eq!(seen, rows, "every row is in exactly one report");
    counts
}

fn upload_json(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["customers", "upload"];
    all.extend(args);
    env.json(&all)
}

/// A customer list with one row per outcome, and its mess: case, spaces, NBSP,
/// zero-width characters, NFD accents, an IDN domain, quoted newlines, cells a
/// spreadsheet would run, a referrer, another campaign's lead, duplicates.
const MESSY_ROWS: &[(&str, &str, &str)] = &[
    // (email cell, name cell, expected outcome)
    ("Bob.Martin@Example.COM", "Bob Martin", "will_qualify"),
    (
        " carla.rossi@example.com\u{a0}",
        "Carla Rossi",
        "will_qualify",
    ),
    (
        "\u{200b}emma.schulz@example.de",
        "Emma \"The Boss\" Schulz",
        "will_qualify",
    ),
    ("dev.patel@example.org", "Dev Patel", "already_qualified"),
    (
        "GRACE.OKAFOR@example.com",
        "Grace Okafor",
        "already_qualified",
    ),
    ("ann.lee@example.com", "Ann Lee (a referrer)", "not_a_lead"),
    ("someone.else@example.com", "Someone Else", "no_match"),
    (
        "other.campaign@example.com",
        "Of another campaign",
        "no_match",
    ),
    ("bob.martin@example.com", "Bob again", "duplicate"),
    ("not-an-email", "Broken", "invalid"),
    ("", "No email at all", "invalid"),
    ("=HYPERLINK(\"http://evil\")", "Formula", "invalid"),
    (
        "ines.dubois@example.fr",
        "Ine\u{300}s\nDubois",
        "will_qualify",
    ),
    ("hiro.tanaka@example.jp", "+81 3 1234", "will_qualify"),
    ("kate.murphy@example.ie", "-Kate", "will_qualify"),
    ("jack.wilson@example.com", "@jack", "will_qualify"),
    (
        "farid.nasser@exämple.com",
        "IDN domain, not Farid's",
        "no_match",
    ),
];

fn messy_csv(delimiter: char) -> String {
    let field = |s: &str| {
        if s.contains(delimiter) || s.contains('"') || s.contains('\n') || s.starts_with(' ') {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let d = delimiter.to_string();
    let mut out = ["Customer ID", "Email Address", "Name", "Expect"].join(&d);
    out.push_str("\r\n");
    for (i, (email, name, expect)) in MESSY_ROWS.iter().enumerate() {
        out.push_str(
            &[
                format!("cus_X{i:03}"),
                field(email),
                field(name),
                expect.to_string(),
            ]
            .join(&d),
        );
        out.push_str("\r\n");
        if i == 4 {
            out.push_str("\r\n"); // a blank line is not a row
        }
    }
    out
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let b = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend(b);
    }
    bytes
}

/// Windows-1252 bytes for text that only uses Latin-1 letters (as Excel saves it).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c as u32 {
            n @ 0..=0xFF => n as u8,
            _ => b'?',
        })
        .collect()
}

fn messy_files() -> Vec<(&'static str, Vec<u8>)> {
    let nfc = |s: String| s.replace("Ine\u{300}s", "Inès");
    vec![
        ("utf8.csv", messy_csv(',').into_bytes()),
        ("utf8-bom-semicolon.csv", {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend(messy_csv(';').into_bytes());
            b
        }),
        ("utf16le-tab.csv", utf16(&messy_csv('\t'), false)),
        ("utf16be-pipe.csv", utf16(&messy_csv('|'), true)),
        (
            "windows-1252-sep.csv",
            windows_1252(
                &format!("sep=;\r\n{}", nfc(messy_csv(';')))
                    // Windows-1252 has no zero-width space; the rest it can hold.
                    .replace('\u{200b}', ""),
            ),
        ),
    ]
}

#[test]
fn every_row_of_every_messy_file_lands_in_its_outcome() {
    let env = Env::embedded();
    env.seed_quickstart();
    // A lead of another campaign: its email must not match in spring.
    env.ok(&["campaigns", "create", "Autumn", "--code", "autumn"]);
    env.ok(&[
        "referrers",
        "add",
        "--campaign",
        "autumn",
        "--code",
        "ZED1",
        "--email",
        "zed@example.com",
    ]);
    env.ok(&[
        "leads",
        "add",
        "--campaign",
        "autumn",
        "--email",
        "other.campaign@example.com",
        "--referrer",
        "ZED1",
    ]);
    for (name, bytes) in messy_files() {
        let file = env.home.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let reports = env.home.path().join(format!("reports-{name}"));
        let plan = upload_json(
            &env,
            &[
                file.to_str().unwrap(),
                "--campaign",
                "spring",
                "--dry-run",
                "--report-dir",
                reports.to_str().unwrap(),
            ],
        );
        // A dry run's reports are in a directory of its own below --report-dir.
        let reports = std::path::PathBuf::from(plan["report_dir"].as_str().unwrap());
        assert!(reports.starts_with(env.home.path().join(format!("reports-{name}"))));
        let counts = check_reports(&reports, MESSY_ROWS.len());
        assert_eq!(
            plan["plan"]["rows"].as_u64(),
            Some(MESSY_ROWS.len() as u64),
            "{name}: {plan}"
        );
        for (outcome, n) in &counts {
            assert_eq!(
                plan["plan"]["counts"][outcome].as_u64(),
                Some(*n),
                "{name}: {plan}"
            );
        }
        assert_eq!(counts["will_qualify"], 7, "{name}");
        let summary: Value =
            serde_json::from_str(&std::fs::read_to_string(reports.join("summary.json")).unwrap())
                .unwrap();
        assert_eq!(summary["plan"]["rows"], plan["plan"]["rows"], "{name}");
    }
}

#[test]
fn keys_that_point_at_different_leads_are_ambiguous() {
    let env = Env::embedded();
    env.seed_quickstart();
    let file = env.file(
        "two-keys.csv",
        "Email,Customer ID,Expect\n\
         bob.martin@example.com,cus_1002,ambiguous\n\
         ,cus_1004,will_qualify\n\
         emma.schulz@example.de,,duplicate\n\
         kate.murphy@example.ie,cus_1010,will_qualify\n\
         ,cus_9999,no_match\n",
    );
    let reports = env.home.path().join("reports");
    let plan = upload_json(
        &env,
        &[
            &file,
            "--campaign",
            "spring",
            "--match",
            "email,external-id",
            "--dry-run",
            "--report-dir",
            reports.to_str().unwrap(),
        ],
    );
    let reports = std::path::PathBuf::from(plan["report_dir"].as_str().unwrap());
    check_reports(&reports, 5);
    assert_eq!(
        plan["plan"]["columns"]["external_id"],
        serde_json::json!(["Customer ID"]),
        "{plan}"
    );
}

#[test]
fn report_cells_open_safely_in_a_spreadsheet() {
    let env = Env::embedded();
    env.seed_quickstart();
    for delimiter in [',', ';'] {
        let file = env.file("customers.csv", &messy_csv(delimiter));
        let plan = upload_json(&env, &[&file, "--campaign", "spring", "--dry-run"]);
        let reports = std::path::PathBuf::from(plan["report_dir"].as_str().unwrap());
        let bytes = [
            std::fs::read(reports.join("invalid.csv")).unwrap(),
            std::fs::read(reports.join("will_qualify.csv")).unwrap(),
        ];
        // A BOM first, so that Excel reads UTF-8; the input's separator.
        for b in &bytes {
            assert!(b.starts_with(b"\xEF\xBB\xBF"), "no BOM");
            assert!(b.starts_with(format!("\u{feff}record{delimiter}line{delimiter}").as_bytes()));
        }
        let text = String::from_utf8(bytes.concat()).unwrap();
        for cell in text.split([delimiter, '\n']) {
            let cell = cell.trim_matches('"');
            let number_like = cell
                .chars()
                .all(|c| c.is_ascii_digit() || " .,()/+-".contains(c));
            assert!(
                !cell.starts_with(['=', '@']) && (!cell.starts_with(['+', '-']) || number_like),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
        assert!(text.contains("'=HYPERLINK"), "{text}");
        // A phone number is left as people wrote it: it can run nothing.
        assert!(
            text.contains(&format!("{delimiter}+81 3 1234")) && !text.contains("'+81"),
            "{text}"
        );
    }
}

#[test]
fn a_dry_run_changes_nothing_and_the_upload_qualifies_once() {
    for env in Env::both() {
        env.seed_quickstart();
        let before = env.json(&["leads", "list", "--campaign", "spring", "--all"]);
        let writes = |env: &Env| match &env.backend {
            crate::common::Backend::Remote { server, .. } => server
                .requests(" /v1/")
                .iter()
                .filter(|l| l.contains("POST") || l.contains("PATCH"))
                .count(),
            crate::common::Backend::Embedded => 0,
        };
        let writes_before = writes(&env);
        let file = env.file("customers.csv", &messy_csv(','));
        let plan = upload_json(&env, &[&file, "--campaign", "spring", "--dry-run"]);
        assert_eq!(plan["plan"]["will_qualify"], 7, "{plan}");
        assert_eq!(
            env.json(&["leads", "list", "--campaign", "spring", "--all"]),
            before,
            "[{}] a dry run changed leads",
            env.name()
        );
        assert_eq!(writes(&env), writes_before, "a dry run made a write call");

        // Without a terminal and without --yes: refused, naming --yes.
        let (_, err) = env.fails(&["customers", "upload", &file, "--campaign", "spring"], 2);
        assert!(err.contains("--yes"), "{err}");

        let done = upload_json(&env, &[&file, "--campaign", "spring", "--yes"]);
        assert_eq!(done["execution"]["qualified"], 7, "{done}");
        assert_eq!(done["complete"], true, "{done}");
        let history = env.json(&[
            "leads",
            "history",
            "emma.schulz@example.de",
            "--campaign",
            "spring",
        ]);
        assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
        assert_eq!(history[0]["method"], "customer_list");
        assert!(
            history[0]["reason"]
                .as_str()
                .unwrap()
                .contains("customers.csv"),
            "{history}"
        );

        // The same file again: the upload is recognised as done, nothing is sent.
        let again = upload_json(&env, &[&file, "--campaign", "spring", "--yes"]);
        assert_eq!(again["execution"]["qualified"], 7, "{again}");
        let history = env.json(&[
            "leads",
            "history",
            "emma.schulz@example.de",
            "--campaign",
            "spring",
        ]);
        assert_eq!(
            history.as_array().unwrap().len(),
            1,
            "[{}] qualified twice",
            env.name()
        );
    }
}

#[test]
fn bad_input_gets_a_clear_error() {
    let env = Env::embedded();
    env.seed_quickstart();
    let no_email = env.file("no-email.csv", "Name,Spend\nBob,10\n");
    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            &no_email,
            "--campaign",
            "spring",
            "--dry-run",
        ],
        2,
    );
    assert!(err.contains("Name") && err.contains("--column"), "{err}");
    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            "missing.csv",
            "--campaign",
            "spring",
            "--dry-run",
        ],
        2,
    );
    assert!(err.contains("missing.csv"), "{err}");
    let file = env.file("c.csv", "Email\nbob.martin@example.com\n");
    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            &file,
            "--campaign",
            "spring",
            "--column",
            "email",
        ],
        2,
    );
    assert!(err.contains("KEY=HEADER"), "{err}");
    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            &file,
            "--campaign",
            "spring",
            "--rate",
            "fast",
        ],
        2,
    );
    assert!(err.contains("600/min"), "{err}");
    let (_, err) = env.fails(
        &[
            "customers",
            "upload",
            &file,
            "--campaign",
            "nope",
            "--dry-run",
        ],
        5,
    );
    assert!(err.contains("nope"), "{err}");
    env.fails(
        &[
            "customers",
            "upload",
            &file,
            "--campaign",
            "spring",
            "--resume",
        ],
        2,
    );
}

/// A campaign with `n` pending leads, and a customer list naming all of them.
fn big_campaign(env: &Env, n: usize) -> PathBuf {
    env.ok(&["campaigns", "create", "Big", "--code", "big"]);
    env.ok(&[
        "referrers",
        "add",
        "--campaign",
        "big",
        "--code",
        "REF1",
        "--email",
        "ref@example.com",
    ]);
    let mut leads = String::from("email,referred_by\n");
    let mut customers = String::from("Email,Plan\n");
    for i in 0..n {
        leads.push_str(&format!("lead{i}@example.com,REF1\n"));
        customers.push_str(&format!("Lead{i}@Example.com,pro\n"));
    }
    let leads = env.file("big-leads.csv", &leads);
    env.ok(&["leads", "import", &leads, "--campaign", "big", "-q"]);
    PathBuf::from(env.file("big-customers.csv", &customers))
}

fn qualification_counts(server: &crate::common::Server) -> (usize, usize, usize) {
    let count = |q: &str| usize::try_from(server.count(q)).unwrap();
    (
        count("SELECT count(*) FROM qualifications"),
        count(
            "SELECT count(*) FROM (SELECT lead_id FROM qualifications GROUP BY lead_id HAVING count(*) > 1) AS twice",
        ),
        count("SELECT count(*) FROM leads WHERE status = 'qualified'"),
    )
}

#[test]
fn an_upload_killed_mid_way_resumes_and_qualifies_each_lead_exactly_once() {
    let env = Env::remote();
    let leads = 5_000;
    let customers = big_campaign(&env, leads);
    // A slow token, so that the upload is still running when it is killed.
    let slow = env
        .server()
        .token_with_rate("acme", "uploader", "admin", "120/min");
    let reports = env.home.path().join("reports");
    let mut child = env
        .std_cmd()
        .env("REFCTL_TOKEN", &slow)
        .args(["customers", "upload"])
        .arg(&customers)
        .args(["--campaign", "big", "--yes", "--report-dir"])
        .arg(&reports)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let journal = reports.join("journal.ndjson");
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        if text.matches("batch_done").count() >= 1 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the upload never finished a batch"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let (_, _, qualified) = qualification_counts(env.server());
    assert!(qualified < leads, "killed too late to test anything");

    let done: Value = {
        let out = env
            .cmd()
            .env("REFCTL_TOKEN", &slow)
            .args(["customers", "upload"])
            .arg(&customers)
            .args([
                "--campaign",
                "big",
                "--yes",
                "--resume",
                "-o",
                "json",
                "--report-dir",
            ])
            .arg(&reports)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(done["complete"], true, "{done}");
    // The record of the upload is whole: the first run's plan, totals across
    // both runs equal to one uninterrupted run's, and each run's times.
    let id = done["upload_id"].as_str().unwrap();
    let shown = env.json(&["customers", "uploads", "show", id]);
    assert_eq!(shown["plan"]["rows"], leads, "{shown}");
    assert_eq!(shown["plan"]["will_qualify"], leads, "{shown}");
    assert_eq!(shown["execution"]["qualified"], leads, "{shown}");
    assert_eq!(shown["execution"]["already_qualified"], 0, "{shown}");
    assert_eq!(shown["execution"]["failed"], 0, "{shown}");
    assert_eq!(shown["runs"].as_array().map(Vec::len), Some(2), "{shown}");
    assert_eq!(shown["runs"][0]["complete"], false, "{shown}");
    let listed = env.json(&["customers", "uploads", "list"]);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .expect("the upload is listed");
    assert_eq!(
        (&row["rows"], &row["matched"], &row["qualified"]),
        (&leads.into(), &leads.into(), &leads.into()),
        "{row}"
    );
    let (records, twice, qualified) = qualification_counts(env.server());
    assert_eq!(qualified, leads);
    assert_eq!(records, leads, "one record per lead");
    assert_eq!(twice, 0);
    assert!(
        env.server().requests(" 429 ").is_empty(),
        "the client went over its limit"
    );
}

#[test]
fn a_low_rate_limit_is_obeyed_without_429s() {
    let env = Env::remote();
    let customers = big_campaign(&env, 2_500);
    let slow = env.server().token_with_rate("acme", "slow", "admin", "2/s");
    let out = env
        .cmd()
        .env("REFCTL_TOKEN", &slow)
        .args(["customers", "upload"])
        .arg(&customers)
        .args(["--campaign", "big", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["execution"]["qualified"], 2_500, "{done}");
    assert_eq!(done["execution"]["batches"], 3, "{done}");
    assert!(env.server().requests(" 429 ").is_empty());
}

#[test]
fn ten_thousand_leads_are_qualified_in_at_most_20_requests() {
    let env = Env::remote();
    let customers = big_campaign(&env, 10_000);
    let uploader = env.server().token("acme", "uploader", "admin");
    let before = env.server().requests(" /v1/").len();
    let out = env
        .cmd()
        .env("REFCTL_TOKEN", &uploader)
        .args(["customers", "upload"])
        .arg(&customers)
        .args(["--campaign", "big", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["execution"]["qualified"], 10_000, "{done}");
    let requests = env.server().requests(" /v1/").len() - before;
    assert!(requests <= 20, "{requests} requests");
}

/// Excel for Mac's "CSV (Macintosh)" ends rows with a lone CR: every row is
/// read, with its line; so are files that mix line ends.
#[test]
fn mac_and_mixed_line_ends_are_read_row_by_row() {
    let env = Env::embedded();
    env.seed();
    let mac = env.file(
        "mac.csv",
        "Email,Name\rbob.martin@example.com,Bob\rcarla.rossi@example.com,Carla\rnobody@example.com,Nobody\r",
    );
    let plan = env.json(&[
        "customers",
        "upload",
        &mac,
        "--campaign",
        "spring",
        "--dry-run",
    ]);
    assert_eq!(plan["plan"]["rows"], 3, "{plan}");
    assert_eq!(plan["plan"]["counts"]["will_qualify"], 2, "{plan}");
    let dir = plan["report_dir"].as_str().unwrap();
    let no_match = std::fs::read_to_string(format!("{dir}/no_match.csv")).unwrap();
    assert!(
        no_match.contains(",4,") || no_match.contains("\n4,") || no_match.contains(",4\n"),
        "line 4: {no_match}"
    );

    let mixed = env.file(
        "mixed.csv",
        "Email\r\nbob.martin@example.com\rcarla.rossi@example.com\n\"dev.patel@example.com\"\r\nemma.schulz@example.de\r",
    );
    let plan = env.json(&[
        "customers",
        "upload",
        &mixed,
        "--campaign",
        "spring",
        "--dry-run",
    ]);
    assert_eq!(plan["plan"]["rows"], 4, "{plan}");
}

/// What is not a CSV, or reads as nothing, is refused with what to do.
#[test]
fn files_that_are_not_customer_lists_are_refused() {
    let env = Env::embedded();
    env.seed();
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "export.xls",
            b"<html><body><table><tr><td>Email</td></tr></table></body></html>",
            "HTML",
        ),
        (
            "sheet.xml",
            b"<?xml version=\"1.0\"?><Workbook></Workbook>",
            "XML",
        ),
        ("list.csv.gz", &[0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "gzip"),
        ("empty.csv", b"Email,Name\n\n", "no customer rows"),
        (
            "junk.csv",
            b"Email\nnot an address\nstill not\n",
            "none of its 2 rows",
        ),
    ];
    for (name, bytes, needle) in cases {
        let file = env.bytes_file(name, bytes);
        let (_, err) = env.fails(
            &[
                "customers",
                "upload",
                &file,
                "--campaign",
                "spring",
                "--dry-run",
            ],
            2,
        );
        assert!(err.contains(needle), "{name}: {err}");
    }
}

#[test]
fn a_customer_list_can_come_from_stdin() {
    let env = Env::embedded();
    env.seed();
    let csv = "email\nbob.martin@example.com\nnobody@example.com\n";
    let run = |extra: &[&str]| {
        let mut cmd = env.cmd();
        cmd.args([
            "customers",
            "upload",
            "-",
            "--campaign",
            "spring",
            "-o",
            "json",
        ])
        .args(extra)
        .write_stdin(csv);
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let plan = run(&["--dry-run"]);
    assert_eq!(plan["plan"]["will_qualify"], 1, "{plan}");
    // What came on stdin is kept, named by its content, beside the uploads.
    assert!(
        plan["file"].as_str().unwrap().contains("uploads/stdin/"),
        "{plan}"
    );
    let done = run(&["--yes"]);
    assert_eq!(done["execution"]["qualified"], 1, "{done}");
    // The same list piped again is the same upload: already finished.
    let again = run(&["--yes"]);
    assert_eq!(again["execution"]["qualified"], 1, "{again}");
    let status = env.json(&[
        "leads",
        "show",
        "bob.martin@example.com",
        "--campaign",
        "spring",
    ]);
    assert_eq!(status["status"], "qualified");
}

#[test]
fn every_run_keeps_its_reports_and_a_revert_undoes_only_what_the_upload_still_holds() {
    for env in Env::both() {
        env.seed_quickstart();
        let name = env.name();
        let status = |email: &str| env.status_of(email);
        let a = env.file(
            "week-47.csv",
            "Email\nbob.martin@example.com\ncarla.rossi@example.com\nemma.schulz@example.de\n\
             farid.nasser@example.com\ngrace.okafor@example.com\n",
        );
        let real = upload_json(&env, &[&a, "--campaign", "spring", "--yes"]);
        assert_eq!(real["execution"]["qualified"], 4, "[{name}] {real}");
        assert_eq!(real["state"], "done");
        assert_eq!(
            real["actor"],
            if name == "embedded" { "local" } else { "ci" }
        );
        assert_eq!(real["file_sha256"].as_str().unwrap().len(), 64);
        let id = real["upload_id"].as_str().unwrap().to_string();
        let real_dir = std::path::PathBuf::from(real["report_dir"].as_str().unwrap());
        let record = std::fs::read(real_dir.join("will_qualify.csv")).unwrap();

        // A dry run of the same file afterwards has a directory of its own.
        let dry = upload_json(&env, &[&a, "--campaign", "spring", "--dry-run"]);
        assert_eq!(dry["run_id"], format!("{id}-dry1"), "{dry}");
        assert_ne!(dry["report_dir"], real["report_dir"]);
        assert_eq!(
            std::fs::read(real_dir.join("will_qualify.csv")).unwrap(),
            record
        );
        let runs = env.json(&["customers", "uploads", "list"]);
        let states: Vec<(&str, &str)> = runs
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["id"].as_str().unwrap(), r["state"].as_str().unwrap()))
            .collect();
        assert_eq!(
            states,
            [
                (id.as_str(), "done"),
                (dry["run_id"].as_str().unwrap(), "dry_run")
            ],
            "[{name}]"
        );
        // By campaign: this one's runs, and none of another's.
        let mine = env.json(&["customers", "uploads", "list", "--campaign", "spring"]);
        assert_eq!(mine.as_array().unwrap().len(), 2, "[{name}] {mine}");
        let other = env.json(&["customers", "uploads", "list", "--campaign", "autumn"]);
        assert!(other.as_array().unwrap().is_empty(), "[{name}] {other}");

        // Changed since, by hand and by another upload.
        env.ok(&[
            "unqualify",
            "bob.martin@example.com",
            "--campaign",
            "spring",
            "--reason",
            "test",
            "--yes",
        ]);
        env.ok(&[
            "qualify",
            "bob.martin@example.com",
            "--campaign",
            "spring",
            "--yes",
        ]);
        env.ok(&[
            "unqualify",
            "carla.rossi@example.com",
            "--campaign",
            "spring",
            "--reason",
            "refund",
            "--yes",
        ]);
        env.ok(&[
            "unqualify",
            "farid.nasser@example.com",
            "--campaign",
            "spring",
            "--reason",
            "oops",
            "--yes",
        ]);
        let b = env.file("week-48.csv", "Email\nfarid.nasser@example.com\n");
        upload_json(&env, &[&b, "--campaign", "spring", "--yes"]);

        // The revert's dry run says what it would do, and does nothing.
        let (_, _) = (
            env.ok(&["customers", "uploads", "revert", &id[..6], "--dry-run"]),
            (),
        );
        assert_eq!(status("emma.schulz@example.de"), "qualified");
        env.fails(&["customers", "uploads", "revert", &id], 2);
        env.fails(
            &[
                "customers",
                "uploads",
                "revert",
                dry["run_id"].as_str().unwrap(),
                "--yes",
            ],
            2,
        );

        let done = env.json(&[
            "customers",
            "uploads",
            "revert",
            &id,
            "--reason",
            "wrong campaign",
            "--yes",
        ]);
        assert_eq!(done["unqualified"], 1, "[{name}] {done}");
        assert_eq!(status("emma.schulz@example.de"), "pending");
        assert_eq!(
            status("bob.martin@example.com"),
            "qualified",
            "[{name}] qualified again by hand"
        );
        assert_eq!(
            status("carla.rossi@example.com"),
            "pending",
            "[{name}] refunded by hand"
        );
        assert_eq!(
            status("farid.nasser@example.com"),
            "qualified",
            "[{name}] by upload B"
        );
        assert_eq!(
            status("grace.okafor@example.com"),
            "qualified",
            "[{name}] before upload A"
        );
        let history = env.json(&[
            "leads",
            "history",
            "emma.schulz@example.de",
            "--campaign",
            "spring",
        ]);
        let last = history.as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["action"], "unqualify");
        let reason = last["reason"].as_str().unwrap();
        assert!(
            reason.contains(&format!("revert of upload {id}")) && reason.contains("wrong campaign"),
            "{reason}"
        );
        let show = env.json(&["customers", "uploads", "show", &id]);
        assert_eq!(show["state"], "reverted", "{show}");
        // Reverting again sends nothing.
        let again = env.json(&["customers", "uploads", "revert", &id, "--yes"]);
        assert_eq!(again["unqualified"], 1, "{again}");
        assert_eq!(status("bob.martin@example.com"), "qualified");
    }
}

#[test]
fn a_refunded_lead_listed_again_is_flagged_and_can_be_left_pending() {
    for env in Env::both() {
        env.seed_quickstart();
        let name = env.name();
        env.ok(&[
            "unqualify",
            "grace.okafor@example.com",
            "--campaign",
            "spring",
            "--reason",
            "refund",
            "--yes",
        ]);
        let file = env.file(
            "list.csv",
            "Email\ngrace.okafor@example.com\nbob.martin@example.com\n",
        );
        let out = env
            .cmd()
            .args([
                "customers",
                "upload",
                &file,
                "--campaign",
                "spring",
                "--dry-run",
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(plan["plan"]["will_qualify"], 2, "[{name}] {plan}");
        assert_eq!(plan["plan"]["requalify"], 1, "[{name}] {plan}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains("1 matched lead was unqualified before")
                && said.contains("--skip-unqualified"),
            "{said}"
        );

        let done = upload_json(
            &env,
            &[&file, "--campaign", "spring", "--skip-unqualified", "--yes"],
        );
        assert_eq!(done["plan"]["counts"]["skipped"], 1, "[{name}] {done}");
        assert_eq!(done["execution"]["qualified"], 1, "[{name}] {done}");
        let skipped = std::fs::read_to_string(
            std::path::Path::new(done["report_dir"].as_str().unwrap()).join("skipped.csv"),
        )
        .unwrap();
        assert!(
            skipped.contains("grace.okafor@example.com") && skipped.contains("--skip-unqualified"),
            "{skipped}"
        );
        let grace = env.json(&[
            "leads",
            "show",
            "grace.okafor@example.com",
            "--campaign",
            "spring",
        ]);
        assert_eq!(grace["status"], "pending", "[{name}]");
    }
}

#[test]
fn no_match_rows_are_named_by_their_keys_unless_full_reports_are_asked_for() {
    let env = Env::embedded();
    env.seed();
    let file = env.file(
        "list.csv",
        "Customer,Email,Notes\ncus_1,nobody@example.com,\"a long note, kept only in full\"\ncus_2,bob.martin@example.com,vip\n",
    );
    let header_and_row = |extra: &[&str]| {
        let mut args = vec![file.as_str(), "--campaign", "spring", "--dry-run"];
        args.extend(extra);
        let plan = upload_json(&env, &args);
        let dir = std::path::PathBuf::from(plan["report_dir"].as_str().unwrap());
        let text = std::fs::read_to_string(dir.join("no_match.csv")).unwrap();
        text.trim_start_matches('\u{feff}')
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let slim = header_and_row(&[]);
    assert_eq!(
        slim[0],
        "record,line,outcome,lead_id,matched_by,reason,Email"
    );
    assert_eq!(slim[1], "1,2,no_match,,,,nobody@example.com");
    let full = header_and_row(&["--full-reports"]);
    assert_eq!(
        full[0],
        "record,line,outcome,lead_id,matched_by,reason,Customer,Email,Notes"
    );
    assert!(
        full[1].contains("a long note, kept only in full"),
        "{full:?}"
    );
}

/// A phone list under the default `--match email` does not end in silence:
/// the run says the file has a phone column and which flag reads it.
#[test]
fn a_phone_list_under_the_email_key_names_the_flag_that_reads_it() {
    let env = Env::embedded();
    env.seed();
    let file = env.file(
        "phones.csv",
        "Email,Mobile Number\n,+44 20 7946 0958\n,+44 7911 123456\nnobody@example.com,+1 415 555 0123\n",
    );
    let out = env
        .cmd()
        .args([
            "customers",
            "upload",
            &file,
            "--campaign",
            "spring",
            "--dry-run",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the file also has column 'Mobile Number' (phone): try --match phone"),
        "{err}"
    );
}
