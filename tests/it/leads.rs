//! Referrers and leads: adding, importing, listing, exporting.

use crate::common::Env;

#[test]
fn referrers_are_added_imported_listed_and_shown() {
    for env in Env::both() {
        env.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
        let ann = env.json(&[
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "Ann@Example.com",
            "--name",
            "Ann",
        ]);
        assert_eq!(ann["email"], "ann@example.com");
        assert_eq!(
            ann["referral_code"].as_str().unwrap().len(),
            8,
            "a code is generated"
        );

        let file = env.file("refs.csv", "Email Address,Name,Referral Code\nomar@example.org,Omar,OMAR\nbad-email,Nobody,\n,Code Only,CODEONLY\n");
        let (out, err) = env.fails(
            &[
                "referrers",
                "import",
                &file,
                "--campaign",
                "spring",
                "-o",
                "json",
            ],
            3,
        );
        let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
        let statuses: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap(),
                    r["status"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            statuses,
            [
                (2, "created".into()),
                (3, "failed".into()),
                (4, "created".into())
            ]
        );
        assert!(
            err.contains("line 3:") && err.contains("not an email"),
            "{err}"
        );

        let list = env.json(&["referrers", "list", "--campaign", "spring"]);
        assert_eq!(list.as_array().unwrap().len(), 3);
        let shown = env.json(&["referrers", "show", &ann["id"].to_string()]);
        assert_eq!(shown, ann);
        env.fails(&["referrers", "show", "999"], 5);
    }
}

#[test]
fn leads_are_attributed_to_referrers_and_unique_per_campaign() {
    for env in Env::both() {
        env.seed();
        let lead = env.json(&[
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "New.Person@Example.com",
            "--referrer",
            "OMAR",
        ]);
        assert_eq!(lead["email"], "new.person@example.com");
        assert_eq!(lead["referred_by"], "OMAR");
        assert_eq!(lead["status"], "pending");

        let (_, err) = env.fails(
            &[
                "leads",
                "add",
                "--campaign",
                "spring",
                "--email",
                "new.person@example.com",
                "--referrer",
                "ANN2026",
            ],
            6,
        );
        assert!(
            err.contains(&format!("lead {} already has email", lead["id"])),
            "names the existing lead: {err}"
        );

        let (_, err) = env.fails(
            &[
                "leads",
                "add",
                "--campaign",
                "spring",
                "--email",
                "x@example.com",
                "--referrer",
                "NOBODY",
            ],
            6,
        );
        assert!(err.contains("no referrer with code 'NOBODY'"), "{err}");

        let (_, err) = env.fails(
            &[
                "leads",
                "add",
                "--campaign",
                "nope",
                "--email",
                "x@example.com",
                "--referrer",
                "OMAR",
            ],
            5,
        );
        assert!(err.contains("no campaign"), "{err}");

        // The same email may be a lead of another campaign.
        env.ok(&["campaigns", "create", "Autumn", "--code", "autumn"]);
        env.ok(&["referrers", "add", "--campaign", "autumn", "--code", "OMAR"]);
        env.ok(&[
            "leads",
            "add",
            "--campaign",
            "autumn",
            "--email",
            "new.person@example.com",
            "--referrer",
            "OMAR",
        ]);

        // Shown by id, by email and by its own code.
        let by_id = env.json(&["leads", "show", &lead["id"].to_string()]);
        let by_email = env.json(&[
            "leads",
            "show",
            "new.person@example.com",
            "--campaign",
            "spring",
        ]);
        let by_code = env.json(&[
            "leads",
            "show",
            lead["referral_code"].as_str().unwrap(),
            "--campaign",
            "spring",
        ]);
        assert_eq!(by_id, lead);
        assert_eq!(by_email, lead);
        assert_eq!(by_code, lead);
        let (_, err) = env.fails(&["leads", "show", "nobody@example.com"], 2);
        assert!(err.contains("--campaign"), "{err}");
    }
}

#[test]
fn lead_import_reports_bad_rows_by_line_and_imports_the_good_ones() {
    for env in Env::both() {
        env.seed();
        let file = env.file(
            "leads.csv",
            "Email,Referrer Code,Name\n\
             ok1@example.com,ANN2026,One\n\
             not-an-email,ANN2026,Two\n\
             ok2@example.com,NOBODY,Three\n\
             bob.martin@example.com,ANN2026,Duplicate\n\
             ,ANN2026,Empty email\n\
             \"ok3@example.com\",OMAR,\"Quoted, with comma\"\n",
        );
        let (out, err) = env.fails(
            &[
                "leads",
                "import",
                &file,
                "--campaign",
                "spring",
                "-o",
                "json",
            ],
            3,
        );
        let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
        let got: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap(),
                    r["status"].as_str().unwrap(),
                    r["code"].as_str().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (2, "created", ""),
                (3, "failed", "validation"),
                (4, "failed", "unknown_referrer"),
                (5, "failed", "duplicate"),
                (6, "failed", "validation"),
                (7, "created", ""),
            ]
        );
        for line in [3, 4, 5, 6] {
            assert!(err.contains(&format!("line {line}:")), "{err}");
        }
        let all = env.json(&["leads", "list", "--campaign", "spring", "--all"]);
        assert_eq!(all.as_array().unwrap().len(), 12, "10 seeded + 2 good rows");

        // Finishing a partial import: what exists is skipped, not failed.
        let fixed = env.file(
            "fixed.csv",
            "email,referred_by\nok1@example.com,ANN2026\nok2@example.com,OMAR\n",
        );
        let rows = env.json(&[
            "leads",
            "import",
            &fixed,
            "--campaign",
            "spring",
            "--skip-existing",
        ]);
        let statuses: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["status"].as_str().unwrap())
            .collect();
        assert_eq!(statuses, ["skipped", "created"]);

        // A file without the needed columns is refused whole, naming what it has.
        let wrong = env.file("wrong.csv", "mail_addr,who\nx@example.com,ANN2026\n");
        let (_, err) = env.fails(&["leads", "import", &wrong, "--campaign", "spring"], 2);
        assert!(
            err.contains("'mail_addr'") && err.contains("'who'"),
            "{err}"
        );
        env.fails(
            &[
                "leads",
                "import",
                "/no/such/file.csv",
                "--campaign",
                "spring",
            ],
            1,
        );
    }
}

#[test]
fn leads_are_listed_with_filters_fields_and_exported() {
    for env in Env::both() {
        env.seed();
        env.ok(&["qualify", "bob.martin@example.com", "--campaign", "spring"]);
        let qualified = env.json(&[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--status",
            "qualified",
        ]);
        assert_eq!(qualified.as_array().unwrap().len(), 1);
        assert_eq!(qualified[0]["email"], "bob.martin@example.com");

        let pending = env.json(&[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--status",
            "pending",
        ]);
        assert_eq!(pending.as_array().unwrap().len(), 9);

        let example_de = env.json(&["leads", "list", "--email-contains", "EXAMPLE.DE"]);
        assert_eq!(example_de.as_array().unwrap().len(), 1);
        // Across campaigns, a table says whose each lead is.
        let table = env.ok(&["leads", "list", "--email-contains", "example.de"]);
        let mut lines = table.lines();
        assert!(lines.next().unwrap().contains("CAMPAIGN"), "{table}");
        assert!(lines.next().unwrap().contains("spring"), "{table}");

        let none = env.json(&["leads", "list", "--created-before", "2000-01-01"]);
        assert_eq!(none.as_array().unwrap().len(), 0);
        let all = env.json(&["leads", "list", "--created-after", "2000-01-01", "--all"]);
        assert_eq!(all.as_array().unwrap().len(), 10);
        // A value refctl reads itself is a usage error, as clap's are (exit 2).
        let (_, err) = env.fails(&["leads", "list", "--created-after", "last tuesday"], 2);
        assert!(
            err.contains("2026-11-01T12:00:00Z") && err.contains("7d"),
            "{err}"
        );
        let week = env.json(&["leads", "list", "--created-after", "7d", "--all"]);
        assert_eq!(week.as_array().unwrap().len(), 10);

        let fields = env.json(&["leads", "list", "--fields", "id,email", "--limit", "2"]);
        assert_eq!(
            fields[0].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["id", "email"]
        );
        let (_, err) = env.fails(&["leads", "list", "--fields", "id,shoe_size"], 2);
        assert!(
            err.contains("possible values") && err.contains("referred_by"),
            "{err}"
        );

        let csv = env.ok(&["leads", "export", "--campaign", "spring"]);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert!(reader.headers().unwrap().iter().any(|h| h == "referred_by"));
        assert_eq!(reader.records().count(), 10);
        let ndjson = env.ok(&["leads", "export", "--campaign", "spring", "-o", "ndjson"]);
        assert_eq!(ndjson.lines().count(), 10);
    }
}

/// Imports read files the way customer lists are read: an Excel export in
/// Windows-1252 with `;` and a `sep=;` line, and a UTF-16 file with tabs.
#[test]
fn imports_read_excel_encodings_and_delimiters() {
    for env in Env::both() {
        env.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
        let refs = env.bytes_file(
            "refs.csv",
            b"sep=;\r\nE-Mail;Name;Referral Code\r\nj\xfcrgen@example.de;J\xfcrgen M\xfcller;JUERGEN\r\n",
        );
        env.ok(&["referrers", "import", &refs, "--campaign", "spring"]);
        let juergen = env.json(&["referrers", "show", "JUERGEN", "--campaign", "spring"]);
        assert_eq!(juergen["name"], "Jürgen Müller", "[{}]", env.name());
        assert_eq!(juergen["email"], "jürgen@example.de");

        let text = "email\treferred_by\tname\r\nzoe@example.com\tJUERGEN\tZoë\r\n\r\nyan@example.com\tJUERGEN\tYan\r\n";
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let leads = env.bytes_file("leads.csv", &utf16);
        let rows = env.json(&["leads", "import", &leads, "--campaign", "spring"]);
        let lines: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap(),
                    r["status"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(lines, [(2, "created".into()), (4, "created".into())]);
        let zoe = env.json(&["leads", "show", "zoe@example.com", "--campaign", "spring"]);
        assert_eq!(zoe["name"], "Zoë");
    }
}

/// A referrer needs an email or a code: junk, a file without such a column,
/// and rows without one are refused, by line, and nothing blank is made.
#[test]
fn referrer_imports_refuse_rows_and_files_that_name_no_one() {
    let env = Env::embedded();
    env.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
    let junk: Vec<u8> = (0..100_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let junk = env.bytes_file("junk.csv", &junk);
    let (_, err) = env.fails(&["referrers", "import", &junk, "--campaign", "spring"], 2);
    assert!(err.contains("no email or referral_code column"), "{err}");

    let contacts = env.file("contacts.csv", "Contact,Full Name\nann@example.com,Ann\n");
    let (_, err) = env.fails(
        &["referrers", "import", &contacts, "--campaign", "spring"],
        2,
    );
    assert!(
        err.contains("'Contact', 'Full Name'") && err.contains("--column email=HEADER"),
        "{err}"
    );
    env.ok(&[
        "referrers",
        "import",
        &contacts,
        "--campaign",
        "spring",
        "--column",
        "email=Contact",
    ]);

    let blanks = env.file("blanks.csv", "email,name\n,Nobody\nbob@example.com,Bob\n");
    let (_, err) = env.fails(&["referrers", "import", &blanks, "--campaign", "spring"], 3);
    assert!(
        err.contains("line 2: has no email and no referral_code"),
        "{err}"
    );
    let list = env.json(&["referrers", "list", "--campaign", "spring"]);
    let emails: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["email"].clone())
        .collect();
    assert_eq!(emails, ["ann@example.com", "bob@example.com"]);

    let header_only = env.file("empty.csv", "email,name\n");
    let (_, err) = env.fails(
        &["referrers", "import", &header_only, "--campaign", "spring"],
        2,
    );
    assert!(err.contains("nothing to import"), "{err}");
}

#[test]
fn leads_and_referrers_are_updated_and_deleted_with_a_record_of_it() {
    for env in Env::both() {
        env.seed_quickstart();
        let name = env.name();
        let bob = env.json(&[
            "leads",
            "show",
            "bob.martin@example.com",
            "--campaign",
            "spring",
        ]);
        let id = bob["id"].as_i64().unwrap().to_string();

        let updated = env.json(&[
            "leads",
            "update",
            "bob.martin@example.com",
            "--campaign",
            "spring",
            "--email",
            "Bob.Martin@Example.org",
            "--name",
            "",
        ]);
        assert_eq!(
            updated["email"], "bob.martin@example.org",
            "[{name}] {updated}"
        );
        assert!(
            updated.get("name").is_none_or(|n| n.is_null()),
            "[{name}] {updated}"
        );
        // Another lead's email is refused (exit 6), nothing to change is a usage error.
        env.fails(
            &[
                "leads",
                "update",
                &id,
                "--email",
                "grace.okafor@example.com",
            ],
            6,
        );
        env.fails(&["leads", "update", &id], 2);

        // Bob has no history: deleted after a yes. Grace was qualified:
        // refused without --force (exit 6), deleted with it.
        env.fails(&["leads", "delete", &id], 2);
        let deleted = env.json(&["leads", "delete", &id, "--yes"]);
        assert_eq!(deleted["email"], "bob.martin@example.org");
        env.fails(&["leads", "show", &id], 5);
        let (_, err) = env.fails(
            &[
                "leads",
                "delete",
                "grace.okafor@example.com",
                "--campaign",
                "spring",
                "--yes",
            ],
            6,
        );
        assert!(
            err.contains("--force") && err.contains("1 qualification record"),
            "[{name}] {err}"
        );
        let grace = env.json(&[
            "leads",
            "show",
            "grace.okafor@example.com",
            "--campaign",
            "spring",
        ]);
        let grace_id = grace["id"].as_i64().unwrap().to_string();
        env.ok(&["leads", "delete", &grace_id, "--force", "--yes"]);

        // What was there is kept: the edit with its before and after, the
        // deletions with the last state and the qualification history.
        let changes = env.json(&["leads", "changes", &id]);
        let changes = changes.as_array().unwrap();
        assert_eq!(changes.len(), 2, "[{name}] {changes:?}");
        assert_eq!(changes[0]["action"], "update");
        assert_eq!(changes[0]["before"]["email"], "bob.martin@example.com");
        assert!(
            changes[0]["summary"]
                .as_str()
                .unwrap()
                .contains("email: bob.martin@example.com -> bob.martin@example.org")
        );
        assert_eq!(changes[1]["action"], "delete");
        let gone = env.json(&["leads", "changes", &grace_id]);
        assert_eq!(
            gone[0]["before"]["history"][0]["action"], "qualify",
            "[{name}] {gone}"
        );

        // Referrers: updated by code, deleted only without leads.
        let r = env.json(&[
            "referrers",
            "update",
            "ANN2026",
            "--campaign",
            "spring",
            "--name",
            "Ann Lee",
        ]);
        assert_eq!(r["name"], "Ann Lee");
        let (_, err) = env.fails(
            &[
                "referrers",
                "delete",
                "LUCIA",
                "--campaign",
                "spring",
                "--yes",
            ],
            6,
        );
        assert!(
            err.contains("delete them first") || err.contains("delete it first"),
            "[{name}] {err}"
        );
        let lonely = env.json(&[
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "solo@example.com",
        ]);
        let lonely_id = lonely["id"].as_i64().unwrap().to_string();
        env.ok(&["referrers", "delete", &lonely_id, "--yes"]);
        env.fails(&["referrers", "show", &lonely_id], 5);
    }
}

/// An import where half the rows fail says a few on the terminal and puts
/// every failed row, with its line and reason, in a report file it names.
#[test]
fn a_large_failed_import_names_a_report_instead_of_flooding_the_terminal() {
    let env = Env::embedded();
    env.spring_with_ann();
    let mut file = String::from("email,referred_by\n");
    for i in 0..10_000 {
        let referrer = if i % 2 == 0 { "ANN" } else { "NOBODY" };
        file.push_str(&format!("lead{i}@example.com,{referrer}\n"));
    }
    let path = env.file("leads.csv", &file);
    let (_, err) = env.fails(&["leads", "import", &path, "--campaign", "spring"], 3);
    assert!(
        err.lines().count() <= 50,
        "{} lines on stderr",
        err.lines().count()
    );
    let report = err
        .split_whitespace()
        .find(|w| w.ends_with("-failed.csv"))
        .unwrap_or_else(|| panic!("no report named: {err}"));
    let mut reader = csv::Reader::from_path(report).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5_000);
    assert_eq!(&rows[0][0], "3", "the file's line of the first failed row");
    assert!(rows[0][2].contains("NOBODY"), "{:?}", rows[0]);
}

/// `leads list --referrer CODE|EMAIL` lists that referrer's leads, and
/// `--search` finds text in an email or a name, any case, on the whole
/// campaign (server side, not one page).
#[test]
fn leads_list_by_referrer_and_by_search() {
    for env in Env::both() {
        let name = env.name();
        env.seed();
        let emails = |args: &[&str]| -> Vec<String> {
            let mut all = vec!["leads", "list", "--campaign", "spring"];
            all.extend_from_slice(args);
            let mut got: Vec<String> = env
                .json(&all)
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["email"].as_str().unwrap().to_string())
                .collect();
            got.sort();
            got
        };
        let by_code = emails(&["--referrer", "ANN2026"]);
        assert!(
            by_code.contains(&"bob.martin@example.com".to_string()),
            "[{name}] {by_code:?}"
        );
        assert!(
            !by_code.contains(&"dev.patel@example.org".to_string()),
            "[{name}] {by_code:?}"
        );
        assert_eq!(
            emails(&["--referrer", "Ann.Lee@Example.com"]),
            by_code,
            "[{name}]"
        );
        assert!(emails(&["--referrer", "NOBODY"]).is_empty(), "[{name}]");
        assert_eq!(
            emails(&["--search", "ROSSI"]),
            ["carla.rossi@example.com"],
            "[{name}]"
        );
        assert_eq!(
            emails(&["--search", "patel dev"]),
            Vec::<String>::new(),
            "[{name}]"
        );
        assert_eq!(
            emails(&["--search", "Dev Patel"]),
            ["dev.patel@example.org"],
            "[{name}]"
        );
    }
}

/// `-o wide` is a table of every field, nothing cut to fit the terminal.
#[test]
fn wide_output_shows_every_field_uncut() {
    let env = Env::embedded();
    env.seed();
    let out = env
        .cmd()
        .env("COLUMNS", "40")
        .args(["leads", "list", "--campaign", "spring", "-o", "wide"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let header = text.lines().next().unwrap();
    for column in [
        "EMAIL",
        "EXTERNAL ID",
        "REFERRAL CODE",
        "QUALIFIED AT",
        "CREATED AT",
    ] {
        assert!(header.contains(column), "{header}");
    }
    assert!(
        text.contains("carla.rossi@example.com") && text.contains("cus_1002"),
        "{text}"
    );
    assert!(header.len() > 40, "wider than the terminal: {header}");
}

/// A lookalike signup (a zero-width character, bidi marks) is the lead it
/// looks like: refused as a duplicate, not a twin.
#[test]
fn a_lookalike_address_is_refused_as_a_duplicate() {
    for env in Env::both() {
        let name = env.name();
        env.seed();
        for lookalike in [
            "bob.martin@exa\u{200b}mple.com",
            "\u{200e}Bob.Martin@example.com\u{200f}",
        ] {
            let (_, err) = env.fails(
                &[
                    "leads",
                    "add",
                    "--campaign",
                    "spring",
                    "--email",
                    lookalike,
                    "--referrer",
                    "ANN2026",
                ],
                6,
            );
            assert!(err.contains("bob.martin@example.com"), "[{name}] {err}");
        }
    }
}

#[test]
fn doctor_lists_twins_kept_from_before_and_how_to_merge_them() {
    let env = Env::embedded();
    env.seed();
    assert_eq!(
        env.json(&["doctor"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["check"] == "twins" && c["ok"] == true)
            .count(),
        1
    );
    // A lookalike written before addresses were canonical: a twin of Bob.
    let carla = env.json(&[
        "leads",
        "show",
        "carla.rossi@example.com",
        "--campaign",
        "spring",
    ])["id"]
        .as_i64()
        .unwrap();
    let db = env.home.path().join("refctl/workspace.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "UPDATE leads SET email = ?1 WHERE id = ?2",
            rusqlite::params!["bob.martin@exa\u{200b}mple.com", carla],
        )
        .unwrap();
    let out = env.cmd().args(["-o", "json", "doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let checks: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let twin = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "twin")
        .unwrap_or_else(|| panic!("no twin listed: {checks}"));
    let detail = twin["detail"].as_str().unwrap();
    let merge = format!("refctl leads delete {carla} --force");
    assert!(
        detail.contains("spring: bob.martin@example.com is lead"),
        "{detail}"
    );
    assert!(detail.contains(&merge), "{detail}");
    // Doing what it says leaves no twin.
    env.ok(&["leads", "delete", &carla.to_string(), "--force", "--yes"]);
    let checks = env.json(&["doctor"]);
    assert!(
        checks
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["check"] != "twin"),
        "{checks}"
    );
}
