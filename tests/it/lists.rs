//! Standing customer lists, on the embedded default, a SQLite server and a
//! PostgreSQL server (when the tests have one): a kept list qualifies the
//! leads that appear later, an exclude-list keeps its people pending
//! through uploads, rules and manual qualification, a finished upload
//! re-matches, and no list address is stored in plain text.

use crate::common::{Env, Server, fresh_postgres_database, on_postgres, postgres};

/// The three places a workspace lives.
fn envs() -> Vec<(Env, Option<String>)> {
    let mut envs = vec![(Env::embedded(), None)];
    let home = tempfile::TempDir::new().unwrap();
    let sqlite = Server::start_sqlite(&home.path().join("server.db"));
    let token = sqlite.token("acme", "ci", "admin");
    envs.push((Env::remote_on(sqlite, token), None));
    if let Some(base) = postgres() {
        let url = fresh_postgres_database(&base);
        let pg = Server::start_at(&home.path().join("unused.db"), &url);
        let token = pg.token("acme", "ci", "admin");
        envs.push((Env::remote_on(pg, token), Some(url)));
    }
    std::mem::forget(home);
    envs
}

fn add_lead(env: &Env, email: &str) {
    env.ok(&[
        "leads",
        "add",
        "--campaign",
        "spring",
        "--email",
        email,
        "--referrer",
        "ANN",
    ]);
}

/// The bytes of a SQLite workspace: the database and its write-ahead log.
fn sqlite_bytes(path: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    let wal = path.with_extension("db-wal");
    if let Ok(more) = std::fs::read(wal) {
        bytes.extend(more);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_kept_list_qualifies_later_leads_and_an_exclude_list_keeps_its_people_pending() {
    for (env, pg) in envs() {
        let name = env.name();
        env.spring_with_ann();
        add_lead(&env, "a@example.com");

        // A list of a@, b@, c@ when only a@ is a lead: a@ qualified now.
        let list = env.file(
            "list.csv",
            "Email,Name\na@example.com,A\nB@Example.com,B\nc.only@example.com,C\n",
        );
        env.ok(&[
            "customers",
            "lists",
            "add",
            &list,
            "--campaign",
            "spring",
            "--name",
            "weekly",
            "--yes",
        ]);
        assert_eq!(env.status_of("a@example.com"), "qualified", "[{name}]");

        // b@ signs up later: qualified as it arrives, its history names the list and line.
        add_lead(&env, "b@example.com");
        assert_eq!(env.status_of("b@example.com"), "qualified", "[{name}]");
        let history = env.json(&["leads", "history", "b@example.com", "--campaign", "spring"]);
        let record = &history.as_array().unwrap()[0];
        assert_eq!(record["method"], "customer_list", "[{name}] {history}");
        let reason = record["reason"].as_str().unwrap();
        assert!(
            reason.contains("'weekly'") && reason.contains("line 3"),
            "[{name}] {reason}"
        );
        let shown = env.json(&[
            "customers",
            "lists",
            "show",
            "weekly",
            "--campaign",
            "spring",
        ]);
        assert_eq!(shown["keys"], 3, "[{name}] {shown}");
        assert_eq!(shown["matched"], 1, "[{name}] {shown}");

        // An exclude-list holding d@: d@ added later stays pending through
        // an upload, a rule, and a manual qualify without --force.
        let existing = env.file("existing.csv", "email\nd@example.com\n");
        env.ok(&[
            "customers",
            "lists",
            "add",
            &existing,
            "--campaign",
            "spring",
            "--name",
            "existing",
            "--exclude",
            "--yes",
        ]);
        add_lead(&env, "d@example.com");
        assert_eq!(env.status_of("d@example.com"), "pending", "[{name}]");
        let upload = env.file("upload.csv", "email\nd@example.com\n");
        let out = env.json(&[
            "customers",
            "upload",
            &upload,
            "--campaign",
            "spring",
            "--yes",
        ]);
        assert_eq!(out["execution"]["excluded"], 1, "[{name}] {out}");
        assert_eq!(env.status_of("d@example.com"), "pending", "[{name}]");

        let rules = env.file(
            "rules.toml",
            "[[rule]]\nname = \"paid\"\nevent_type = \"payment.succeeded\"\nidentity = \"email\"\nidentity_path = \"data.email\"\n",
        );
        env.ok(&[
            "rules",
            "apply",
            "-f",
            &rules,
            "--campaign",
            "spring",
            "--yes",
        ]);
        let event = env.file(
            "event.json",
            r#"{"id": "evt_d", "type": "payment.succeeded", "data": {"email": "d@example.com"}}"#,
        );
        let records = env.json(&["events", "send", &event]);
        let decision = &records[0]["decisions"][0];
        assert_eq!(decision["outcome"], "excluded", "[{name}] {records}");
        assert!(
            decision["explanation"]
                .as_str()
                .unwrap()
                .contains("exclude-list"),
            "[{name}] {records}"
        );
        assert_eq!(env.status_of("d@example.com"), "pending", "[{name}]");

        let (_, err) = env.fails(
            &["qualify", "d@example.com", "--campaign", "spring", "--yes"],
            6,
        );
        assert!(err.contains("exclude-list"), "[{name}] {err}");
        env.ok(&[
            "qualify",
            "d@example.com",
            "--campaign",
            "spring",
            "--yes",
            "--force",
            "--reason",
            "agreed with sales",
        ]);
        assert_eq!(env.status_of("d@example.com"), "qualified", "[{name}]");
        let history = env.json(&["leads", "history", "d@example.com", "--campaign", "spring"]);
        let reason = history[0]["reason"].as_str().unwrap();
        assert!(
            reason.contains("forced although on exclude-list 'existing'"),
            "[{name}] {reason}"
        );

        // A finished upload run again qualifies a customer of its file who
        // became a lead since, and then has nothing to do.
        let file = env.file("customers.csv", "email\na@example.com\ne@example.com\n");
        let args = [
            "customers",
            "upload",
            &file,
            "--campaign",
            "spring",
            "--yes",
        ];
        env.ok(&args);
        add_lead(&env, "e@example.com");
        assert_eq!(env.status_of("e@example.com"), "pending", "[{name}]");
        env.ok(&args);
        assert_eq!(env.status_of("e@example.com"), "qualified", "[{name}]");
        let (_, err) = env.fails(&args, 0);
        assert!(err.contains("Nothing to do"), "[{name}] {err}");

        // An erasure request takes a person off every list.
        env.ok(&["customers", "lists", "forget", "C.Only@example.com"]);
        let shown = env.json(&[
            "customers",
            "lists",
            "show",
            "weekly",
            "--campaign",
            "spring",
        ]);
        assert_eq!(shown["keys"], 2, "[{name}] {shown}");

        // No address of a list that is not a lead is stored anywhere.
        match (&env.backend, &pg) {
            (_, Some(url)) => on_postgres(url, |client| async move {
                let tables = client
                    .query(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
                        &[],
                    )
                    .await
                    .unwrap();
                for t in tables {
                    let table: String = t.get(0);
                    let n: i64 = client
                        .query_one(
                            &format!(
                                "SELECT count(*) FROM {table} x WHERE x::text LIKE '%c.only@example.com%'"
                            ),
                            &[],
                        )
                        .await
                        .unwrap()
                        .get(0);
                    assert_eq!(n, 0, "[{name}] the address is in table {table}");
                }
            }),
            (crate::common::Backend::Remote { server, .. }, None) => {
                assert!(
                    !contains(&sqlite_bytes(&server.db), "c.only@example.com"),
                    "[{name}]"
                );
            }
            (crate::common::Backend::Embedded, None) => {
                let db = env.home.path().join("refctl/workspace.db");
                assert!(
                    !contains(&sqlite_bytes(&db), "c.only@example.com"),
                    "[{name}]"
                );
                assert!(
                    contains(&sqlite_bytes(&db), "b@example.com"),
                    "[{name}] a lead is"
                );
            }
        }
    }
}

/// `lists hash` prints what a data team's SHA-256 of the normalized email is.
#[test]
fn a_key_hashes_as_a_data_team_would() {
    let env = Env::embedded();
    let out = env.json(&["customers", "lists", "hash", " Ann@Example.COM "]);
    assert_eq!(
        out[0]["sha256"],
        "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476"
    );
}

/// A server forgets the keys of lists past their expiry when it starts and
/// every day after, without anyone running `lists purge`.
#[test]
fn a_server_forgets_expired_list_keys_by_itself() {
    let mut env = Env::remote();
    env.spring_with_ann();
    let list = env.file("old.csv", "Email\nold@example.com\nolder@example.com\n");
    env.ok(&[
        "customers",
        "lists",
        "add",
        &list,
        "--campaign",
        "spring",
        "--name",
        "old",
        "--yes",
    ]);
    let server = env.server();
    assert_eq!(server.count("SELECT COUNT(*) FROM customer_list_keys"), 2);
    server.execute(
        "UPDATE customer_lists SET expires_at = ?1",
        "2020-01-01T00:00:00.000000Z",
    );
    let (db, location) = (server.db.clone(), server.location.clone());
    env.server_mut().kill_hard();
    *env.server_mut() = Server::start_at(&db, &location);
    let start = std::time::Instant::now();
    while env
        .server()
        .count("SELECT COUNT(*) FROM customer_list_keys")
        > 0
    {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "keys kept"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// A list kept by phone number qualifies a lead who signs up later with
/// that number (written with its country code), and every change of the
/// list is in its record: who made it, what, and counts, never a key.
#[test]
fn a_list_kept_by_phone_qualifies_later_leads_and_its_changes_are_recorded() {
    for (env, _) in envs() {
        let name = env.name();
        env.spring_with_ann();
        let list = env.file(
            "phones.csv",
            "Name,Mobile\nCarl,020 7946 0958\nDora,07911 123456\n",
        );
        env.ok(&[
            "customers",
            "lists",
            "add",
            &list,
            "--campaign",
            "spring",
            "--name",
            "phones",
            "--match",
            "phone",
            "--region",
            "GB",
            "--yes",
        ]);
        env.ok(&[
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "carl@example.com",
            "--phone",
            "+44 20 7946 0958",
            "--referrer",
            "ANN",
        ]);
        assert_eq!(env.status_of("carl@example.com"), "qualified", "[{name}]");
        env.ok(&[
            "leads",
            "add",
            "--campaign",
            "spring",
            "--email",
            "eve@example.com",
            "--phone",
            "+44 20 7946 0000",
            "--referrer",
            "ANN",
        ]);
        assert_eq!(env.status_of("eve@example.com"), "pending", "[{name}]");

        let again = env.file("phones2.csv", "Mobile\n07911 123456\n");
        env.ok(&[
            "customers",
            "lists",
            "replace",
            "phones",
            &again,
            "--campaign",
            "spring",
            "--match",
            "phone",
            "--region",
            "GB",
            "--yes",
        ]);
        // Deltas: a file's keys added (a pending lead on it qualified now),
        // another's taken out.
        let more = env.file("more.csv", "Mobile\n020 7946 0000\n");
        env.ok(&[
            "customers",
            "lists",
            "replace",
            "phones",
            &more,
            "--add",
            "--campaign",
            "spring",
            "--match",
            "phone",
            "--region",
            "GB",
            "--yes",
        ]);
        assert_eq!(env.status_of("eve@example.com"), "qualified", "[{name}]");
        let gone = env.file("gone.csv", "Mobile\n07911 123456\n");
        let removed = env.json(&[
            "customers",
            "lists",
            "replace",
            "phones",
            &gone,
            "--remove",
            "--campaign",
            "spring",
            "--match",
            "phone",
            "--region",
            "GB",
            "--yes",
        ]);
        assert_eq!(removed["removed"], 1, "[{name}] {removed}");
        let shown = env.json(&[
            "customers",
            "lists",
            "show",
            "phones",
            "--campaign",
            "spring",
        ]);
        assert_eq!(shown["keys"], 1, "[{name}] {shown}");
        let changes: Vec<&str> = shown["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["action"].as_str().unwrap())
            .collect();
        assert_eq!(
            changes,
            [
                "create",
                "add_keys",
                "replace_keys",
                "add_keys",
                "remove_keys"
            ],
            "[{name}] {shown}"
        );
        assert_eq!(shown["changes"][1]["after"]["added"], 2, "[{name}] {shown}");
        assert_eq!(shown["changes"][2]["after"]["keys"], 1, "[{name}] {shown}");
        assert!(
            !shown.to_string().contains("7946"),
            "[{name}] no key in the record"
        );
    }
}

/// A list that comes pre-hashed (a column of SHA-256 digests, as a data
/// team computes them) is kept as it is and matched by the server: a lead
/// on it is qualified now, one who signs up later as they arrive; a value
/// that is not a digest refuses the whole file, naming its line.
#[test]
fn a_pre_hashed_list_qualifies_leads_now_and_later() {
    use sha2::{Digest, Sha256};
    let digest = |s: &str| refctl::domain::codes::hex(&Sha256::digest(s.as_bytes()));
    for (env, _) in envs() {
        let name = env.name();
        env.spring_with_ann();
        add_lead(&env, "ann.lead@example.com");
        add_lead(&env, "other@example.com");
        let shown = env.json(&["customers", "lists", "hash", "Ann.Lead@Example.com"]);
        assert_eq!(
            shown[0]["sha256"],
            digest("ann.lead@example.com"),
            "[{name}]"
        );
        let bad = env.file(
            "bad.csv",
            &format!("email_sha256\n{}\nnot-a-digest\n", digest("x@example.com")),
        );
        let (_, err) = env.fails(
            &[
                "customers",
                "lists",
                "add",
                &bad,
                "--hashed",
                "--campaign",
                "spring",
                "--name",
                "p",
                "--yes",
            ],
            2,
        );
        assert!(
            err.contains("line 3") && err.contains("not a SHA-256"),
            "[{name}] {err}"
        );

        let file = env.file(
            "hashed.csv",
            &format!(
                "customer_id,email_sha256\n1,{}\n2,{}\n",
                digest("ann.lead@example.com"),
                digest("later@example.com")
            ),
        );
        let done = env.json(&[
            "customers",
            "lists",
            "add",
            &file,
            "--hashed",
            "--campaign",
            "spring",
            "--name",
            "partner",
            "--yes",
        ]);
        assert_eq!(done["qualified"], 1, "[{name}] {done}");
        assert_eq!(
            env.status_of("ann.lead@example.com"),
            "qualified",
            "[{name}]"
        );
        assert_eq!(env.status_of("other@example.com"), "pending", "[{name}]");
        add_lead(&env, "later@example.com");
        assert_eq!(env.status_of("later@example.com"), "qualified", "[{name}]");
    }
}
