//! `refctl server` on PostgreSQL: several processes, one database.
//!
//! These need a PostgreSQL server (`REFCTL_TEST_POSTGRES`, see
//! `scripts/postgres-cluster.sh`); without one they are ignored, and `.ci/run`
//! starts one and runs them. The rest of the suite runs on PostgreSQL too
//! when the variable is set (every test server takes a fresh database).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::common::{Env, Server, fresh_postgres_database, on_postgres, postgres, root};

const NEEDS: &str = "needs a PostgreSQL server: REFCTL_TEST_POSTGRES (scripts/postgres-cluster.sh)";

fn base() -> String {
    postgres().unwrap_or_else(|| panic!("{NEEDS}"))
}

/// Two server processes on one fresh database (and the directory their
/// unused SQLite paths point into).
fn two_servers() -> (tempfile::TempDir, String, Server, Server) {
    let url = fresh_postgres_database(&base());
    let home = tempfile::TempDir::new().unwrap();
    let a = Server::start_at(&home.path().join("unused-a.db"), &url);
    let b = Server::start_at(&home.path().join("unused-b.db"), &url);
    (home, url, a, b)
}

/// Two server processes on one database; 16 clients qualify overlapping
/// sets of 2,000 leads through both at once, each request sent twice with
/// one idempotency key (once to each process, as a client retrying through
/// a load balancer would). Every lead ends qualified with exactly one
/// record, and a key sent to both processes applied once.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn two_servers_on_one_database_qualify_each_lead_once() {
    let (_home, url, a, b) = two_servers();
    let token = a.token("acme", "ci", "admin");
    let env = Env::remote_on(a, token.clone());

    const LEADS: usize = 2_000;
    const CLIENTS: usize = 16;
    env.ok(&["campaigns", "create", "Load", "--code", "load"]);
    env.ok(&[
        "referrers",
        "add",
        "--campaign",
        "load",
        "--email",
        "ref@example.com",
        "--code",
        "REF1",
    ]);
    let mut csv = String::from("email,referred_by\n");
    for i in 0..LEADS {
        csv.push_str(&format!("lead{i}@example.com,REF1\n"));
    }
    let file = env.file("leads.csv", &csv);
    env.ok(&["leads", "import", &file, "--campaign", "load", "-q"]);
    let ids: Vec<i64> = env
        .json(&["leads", "list", "--campaign", "load", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), LEADS);

    let servers = [env.server(), &b];
    let replayed = AtomicUsize::new(0);
    let auth = format!("Bearer {token}");
    std::thread::scope(|scope| {
        for client in 0..CLIENTS {
            let (servers, ids, replayed, auth) = (&servers, &ids, &replayed, &auth);
            scope.spawn(move || {
                // Client k takes the 500 leads from (k mod 4) × 500, as three
                // other clients do at the same moment: every lead is asked
                // for by four clients at once.
                for n in 0..500 {
                    let id = ids[(client % 4) * 500 + n];
                    let key = format!("client-{client}-lead-{id}");
                    let path = format!("/v1/leads/{id}/qualify");
                    let first = client % 2;
                    let mut bodies = Vec::new();
                    for server in [servers[first], servers[1 - first]] {
                        let (status, body) = server.http(
                            "POST",
                            &path,
                            &[
                                ("Authorization", auth),
                                ("Idempotency-Key", &key),
                                ("Content-Type", "application/json"),
                            ],
                            br#"{"method":"api"}"#,
                        );
                        assert_eq!(status, 200, "{body}");
                        bodies.push(body);
                    }
                    // The retry through the other process is the first answer, replayed.
                    assert_eq!(bodies[0], bodies[1], "lead {id}");
                    replayed.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    assert_eq!(replayed.load(Ordering::Relaxed), CLIENTS * 500);

    let count = |q: &str| servers[1].count(q);
    assert_eq!(
        count("SELECT count(*) FROM leads WHERE status = 'qualified'"),
        LEADS as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM qualifications"),
        LEADS as i64,
        "one record per lead"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM (SELECT lead_id FROM qualifications GROUP BY lead_id HAVING count(*) > 1) AS twice"
        ),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM idempotency_keys WHERE key LIKE 'client-%'"),
        (CLIENTS * 500) as i64,
        "each key stored once, whichever process took it"
    );
    // Each lead's one outcome `qualified` went to exactly one client; the
    // others were told it already was.
    let mut outcomes: HashMap<String, i64> = HashMap::new();
    on_postgres(&url, |client| {
        let outcomes = &mut outcomes;
        async move {
            for row in client
                .query(
                    "SELECT convert_from(body, 'UTF8') FROM idempotency_keys WHERE key LIKE 'client-%'",
                    &[],
                )
                .await
                .unwrap()
            {
                let body: String = row.get(0);
                let v: Value = serde_json::from_str(&body).unwrap();
                *outcomes
                    .entry(v["outcome"].as_str().unwrap().to_string())
                    .or_default() += 1;
            }
        }
    });
    assert_eq!(
        outcomes.get("qualified"),
        Some(&(LEADS as i64)),
        "{outcomes:?}"
    );
    assert_eq!(
        outcomes.get("already_qualified"),
        Some(&((CLIENTS * 500 - LEADS) as i64)),
        "{outcomes:?}"
    );
}

/// Two server processes on one database; 8 clients each qualify an
/// overlapping random 1,200 of the same 2,000 leads with `qualify --stdin`
/// (batches of 1,000, each client's own random order), half of them through
/// each process, all at once. Every client exits 0 on its first try (the
/// tests' clients do not retry), neither log has a deadlock or a busy
/// answer, and every lead ends with exactly one qualification record.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn overlapping_batches_on_two_servers_finish_without_deadlock() {
    use std::io::Write as _;
    let (_home, _url, a, b) = two_servers();
    let token = a.token("acme", "ci", "admin");
    let env = Env::remote_on(a, token.clone());
    const LEADS: usize = 2_000;
    const CLIENTS: usize = 8;
    env.ok(&["campaigns", "create", "Load", "--code", "load"]);
    env.ok(&[
        "referrers",
        "add",
        "--campaign",
        "load",
        "--email",
        "ref@example.com",
        "--code",
        "REF1",
    ]);
    let mut csv = String::from("email,referred_by\n");
    for i in 0..LEADS {
        csv.push_str(&format!("lead{i}@example.com,REF1\n"));
    }
    let file = env.file("leads.csv", &csv);
    env.ok(&["leads", "import", &file, "--campaign", "load", "-q"]);

    // A client's 1,200 leads in its own order (a seeded shuffle).
    let picks = |client: u64| {
        let mut order: Vec<usize> = (0..LEADS).collect();
        let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (client + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        order.truncate(1_200);
        order
            .iter()
            .map(|i| format!("lead{i}@example.com\n"))
            .collect::<String>()
    };
    let children: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let mut cmd = env.std_cmd();
            if client % 2 == 1 {
                cmd.env("REFCTL_API_URL", &b.url);
            }
            let mut child = cmd
                .args(["qualify", "--stdin", "--campaign", "load", "--yes", "-q"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let input = picks(client as u64);
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
            child
        })
        .collect();
    for (client, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "client {client} exited {:?}:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for server in [env.server(), &b] {
        for needle in ["deadlock", " 503 ", "concurrent changes"] {
            assert_eq!(server.requests(needle), Vec::<String>::new(), "{needle}");
        }
    }
    let count = |q: &str| b.count(q);
    let asked = count("SELECT count(*) FROM leads WHERE status = 'qualified'");
    assert!(
        asked > 1_900,
        "the 8 clients' picks cover almost every lead: {asked}"
    );
    assert_eq!(
        count("SELECT count(*) FROM qualifications"),
        asked,
        "one record per lead"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM (SELECT lead_id FROM qualifications GROUP BY lead_id HAVING count(*) > 1) AS twice"
        ),
        0
    );
}

/// A NUL character in any text is refused with 422 naming the field, on
/// PostgreSQL (which cannot store it) as on SQLite, in a body, a query and
/// a batch reference.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn a_nul_in_text_is_a_422_naming_the_field() {
    let url = fresh_postgres_database(&base());
    let home = tempfile::TempDir::new().unwrap();
    let pg = Server::start_at(&home.path().join("unused.db"), &url);
    let lite = Server::start_sqlite(&home.path().join("lite.db"));
    for server in [pg, lite] {
        let token = server.token("acme", "ci", "admin");
        let auth = format!("Bearer {token}");
        let post = |path: &str, body: &str| {
            server.http(
                "POST",
                path,
                &[
                    ("Authorization", &auth),
                    ("Content-Type", "application/json"),
                ],
                body.as_bytes(),
            )
        };
        let (status, body) = post("/v1/campaigns", r#"{"name":"Spring","code":"spring"}"#);
        assert_eq!(status, 201, "{body}");
        let (status, body) = post(
            "/v1/campaigns/spring/referrers",
            r#"{"email":"zoe@example.com","name":"Zo\u0000e","referral_code":"ZOE1"}"#,
        );
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("\"name\""), "{body}");
        let (status, body) = post(
            "/v1/qualifications/batch",
            r#"{"campaign":"spring","action":"qualify","items":[{"email":"a\u0000@example.com"}]}"#,
        );
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("items[0].email"), "{body}");
        let (status, body) = server.http(
            "GET",
            "/v1/leads/lookup?campaign=spring&email=a%00b@example.com",
            &[("Authorization", &auth)],
            b"",
        );
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("email"), "{body}");
        let (status, body) = post(
            "/v1/campaigns/spring/referrers",
            &format!(
                r#"{{"email":"long@example.com","name":"{}"}}"#,
                "n".repeat(2_000)
            ),
        );
        assert_eq!(status, 422, "{body}");
        assert!(body.contains("\"name\""), "{body}");
    }
}

/// The database goes away under a server and comes back: while it is down,
/// writes and readiness are 503s that say so, with `Retry-After`, never a
/// 500; once it is back the server serves again by itself, no restart. (A
/// cluster of its own, so that stopping it stops no other test.)
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn a_database_outage_is_a_503_and_the_server_recovers_by_itself() {
    let _ = base();
    let cluster = tempfile::TempDir::new().unwrap();
    let script = root("scripts/postgres-cluster.sh");
    let dir = cluster.path().join("pg");
    let control = |command: &str| {
        let out = std::process::Command::new("bash")
            .args([script.as_str(), command, dir.to_str().unwrap()])
            .env("REFCTL_PG_PORT", "55441")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let url = format!("{}?sslmode=disable", control("start").trim());
    let server = Server::start_at(&cluster.path().join("unused.db"), &url);
    let token = server.token("acme", "ci", "admin");
    let auth = format!("Bearer {token}");
    let create = |code: &str| {
        server.http(
            "POST",
            "/v1/campaigns",
            &[
                ("Authorization", &auth),
                ("Content-Type", "application/json"),
            ],
            format!(r#"{{"name":"C","code":"{code}"}}"#).as_bytes(),
        )
    };
    assert_eq!(create("before").0, 201);

    control("stop");
    let (status, body) = create("during");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("\"retry_after\":"), "{body}");
    assert!(body.contains("database"), "{body}");
    assert_eq!(server.http("GET", "/v1/ready", &[], b"").0, 503);

    control("resume");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (status, body) = create("after");
        if status == 201 {
            break;
        }
        assert_eq!(status, 503, "only 503s while it reconnects: {body}");
        assert!(
            std::time::Instant::now() < deadline,
            "still {status} 30 s after: {body}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(server.http("GET", "/v1/ready", &[], b"").0, 200);
    assert!(server.requests(" 500 ").is_empty(), "no 500 at any point");
    control("stop");
}

/// A workspace made on the embedded SQLite store, copied with `server
/// migrate-db`, reads the same through a server on PostgreSQL: history,
/// events, rules. A second copy into the same database is refused.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn migrate_db_copies_a_workspace_that_reads_the_same() {
    let env = Env::embedded();
    env.seed_quickstart();
    env.ok(&[
        "unqualify",
        "grace.okafor@example.com",
        "--campaign",
        "spring",
        "--reason",
        "refund #7",
        "--yes",
    ]);
    env.ok(&[
        "rules",
        "apply",
        "-f",
        &root("examples/rules/signup-to-paid.toml"),
        "--campaign",
        "spring",
    ]);
    env.ok(&[
        "events",
        "send",
        &root("examples/events/subscription-paid.json"),
    ]);
    let lead = env.json(&[
        "leads",
        "show",
        "grace.okafor@example.com",
        "--campaign",
        "spring",
    ]);
    let id = lead["id"].as_i64().unwrap().to_string();
    let reads: [&[&str]; 5] = [
        &["leads", "history", &id],
        &["events", "list"],
        &["rules", "list", "--campaign", "spring"],
        &["leads", "list", "--all"],
        &["referrers", "list", "--campaign", "spring"],
    ];
    let before: Vec<Value> = reads.iter().map(|args| env.json(args)).collect();
    assert_eq!(before[0].as_array().unwrap().len(), 2, "{}", before[0]);
    assert!(!before[1].as_array().unwrap().is_empty());

    let sqlite = env.home.path().join("refctl/workspace.db");
    let url = fresh_postgres_database(&base());
    let copied = env.json(&[
        "server",
        "migrate-db",
        "--from",
        sqlite.to_str().unwrap(),
        "--to",
        &url,
    ]);
    let rows = |table: &str| {
        copied
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"] == table)
            .unwrap_or_else(|| panic!("{table} in {copied}"))["rows"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(rows("leads"), before[3].as_array().unwrap().len() as u64);
    assert!(rows("events") >= 1 && rows("rules") >= 1 && rows("qualifications") >= 2);

    let server = Server::start_at(&sqlite, &url);
    let token = server.token("local", "after-migration", "admin");
    let remote = Env::remote_on(server, token);
    for (args, expected) in reads.iter().zip(&before) {
        assert_eq!(&remote.json(args), expected, "refctl {}", args.join(" "));
    }
    // New rows go on after the copied ids.
    let added = remote.json(&["campaigns", "create", "Autumn", "--code", "autumn"]);
    assert!(added["id"].as_i64().unwrap() > 1, "{added}");

    let (_, err) = env.fails(
        &[
            "server",
            "migrate-db",
            "--from",
            sqlite.to_str().unwrap(),
            "--to",
            &url,
        ],
        1,
    );
    assert!(
        err.contains("already holds") && err.contains("empty database"),
        "{err}"
    );
    assert!(!err.contains("password"), "{err}");
}

/// `/v1/health` answers while the process lives; `/v1/ready` only while the
/// database does, 503 when it is gone, without a token either way.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn ready_follows_the_database_and_health_the_process() {
    let base = base();
    let url = fresh_postgres_database(&base);
    let home = tempfile::TempDir::new().unwrap();
    let server = Server::start_at(&home.path().join("unused.db"), &url);
    assert_eq!(server.http("GET", "/v1/health", &[], b"").0, 200);
    assert_eq!(server.http("GET", "/v1/ready", &[], b"").0, 200);
    let name = url.rsplit('/').next().unwrap().to_string();
    on_postgres(&base, |client| async move {
        client
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .unwrap();
    });
    let (status, body) = server.http("GET", "/v1/ready", &[], b"");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("\"code\":\"unavailable\""), "{body}");
    assert_eq!(server.http("GET", "/v1/health", &[], b"").0, 200);
}

/// Stripe payments reach both processes at once, each event delivered to
/// both (a sender retrying): every event is taken once, the spend threshold
/// sums every payment (no update lost between processes) and the lead
/// qualifies once.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn events_through_two_servers_are_taken_once_and_summed_without_loss() {
    let (_home, _, a, b) = two_servers();
    let token = a.token("acme", "ci", "admin");
    let env = Env::remote_on(a, token.clone());
    env.seed();
    env.ok(&[
        "rules",
        "apply",
        "-f",
        &root("examples/rules/stripe-spend.toml"),
        "--campaign",
        "spring",
    ]);

    const EVENTS: usize = 16;
    let servers = [env.server(), &b];
    let auth = format!("Bearer {token}");
    std::thread::scope(|scope| {
        for k in 0..EVENTS {
            let (servers, auth) = (&servers, &auth);
            scope.spawn(move || {
                let event = format!(
                    r#"{{"id":"evt_{k}","type":"charge.succeeded","data":{{"email":"bob.martin@example.com","amount":5,"currency":"usd"}}}}"#
                );
                for server in [servers[k % 2], servers[1 - k % 2]] {
                    let (status, body) = server.http(
                        "POST",
                        "/v1/events",
                        &[("Authorization", auth), ("Content-Type", "application/json")],
                        event.as_bytes(),
                    );
                    assert_eq!(status, 200, "{body}");
                }
            });
        }
    });
    let count = |q: &str| b.count(q);
    assert_eq!(
        count("SELECT count(*) FROM events"),
        EVENTS as i64,
        "each event once"
    );
    assert_eq!(count("SELECT count(*) FROM rule_matches"), EVENTS as i64);
    assert_eq!(
        count("SELECT CAST(SUM(amount) AS BIGINT) FROM rule_matches"),
        5 * EVENTS as i64,
        "every payment counted"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM qualifications q JOIN leads l ON l.id = q.lead_id
             WHERE l.email = 'bob.martin@example.com'"
        ),
        1,
        "qualified once"
    );
    let history = env.json(&[
        "leads",
        "history",
        "bob.martin@example.com",
        "--campaign",
        "spring",
    ]);
    assert_eq!(history[0]["rule"], "stripe-spend", "{history}");
}

/// A token limited to 60 requests a minute (a burst of 2) gets that limit
/// across both processes, not twice it: its budget is kept in the database.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn a_token_rate_limit_holds_across_processes() {
    let (_home, _, a, b) = two_servers();
    let token = a.token_with_rate("acme", "slow", "read", "60/min");
    let auth = format!("Bearer {token}");
    let statuses: Vec<u16> = (0..8)
        .map(|i| {
            let server = if i % 2 == 0 { &a } else { &b };
            server
                .http("GET", "/v1/campaigns", &[("Authorization", &auth)], b"")
                .0
        })
        .collect();
    let admitted = statuses.iter().filter(|s| **s == 200).count();
    // Two processes each with a budget of their own would admit 4.
    assert!((2..=3).contains(&admitted), "{statuses:?}");
    assert!(
        statuses.iter().all(|s| matches!(s, 200 | 429)),
        "{statuses:?}"
    );
}

/// `sslmode=require` in the URL: the server connects over TLS once it
/// trusts the database's certificate (`PGSSLROOTCERT`, a private CA), and
/// refuses to start without that trust rather than fall back to plain text.
#[test]
#[ignore = "needs REFCTL_TEST_POSTGRES"]
fn tls_to_the_database_checks_its_certificate() {
    let ca = std::env::var("REFCTL_TEST_POSTGRES_CA").expect(
        "REFCTL_TEST_POSTGRES_CA: the cluster's CA (scripts/postgres-cluster.sh writes DIR/ca.crt)",
    );
    let url = format!("{}?sslmode=require", fresh_postgres_database(&base()));
    let home = tempfile::TempDir::new().unwrap();
    let unused = home.path().join("unused.db");

    let out = std::process::Command::new(crate::common::bin())
        .args(["server", "--listen", "127.0.0.1:0", "--db", &url])
        .env_clear()
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("certificate") || err.contains("Certificate"),
        "{err}"
    );

    let server = Server::start_with(&unused, &url, &[("PGSSLROOTCERT", &ca)]);
    assert_eq!(server.http("GET", "/v1/ready", &[], b"").0, 200);
    let name = url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let mut encrypted = 0;
    on_postgres(&base(), |client| {
        let encrypted = &mut encrypted;
        async move {
            *encrypted = client
                .query_one(
                    "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                     WHERE a.datname = $1 AND s.ssl",
                    &[&name],
                )
                .await
                .unwrap()
                .get::<_, i64>(0);
        }
    });
    assert!(encrypted >= 1, "the server's connections are encrypted");
}
