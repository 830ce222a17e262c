//! Hostile and broken input against the real server and binary: nothing a
//! client sends takes the server down or leaves a change half done.

use crate::common::{Env, root};

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
    env.server().execute(
        "UPDATE rules SET condition = ?1 WHERE name = 'first-paid-subscription'",
        &flat_condition(3000),
    );
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

/// `rule` in the audit trail means a rule made the change: a client cannot
/// claim it for a change of its own.
#[test]
fn a_client_cannot_record_its_change_as_a_rule() {
    let env = Env::remote();
    env.seed();
    let crate::common::Backend::Remote { server, token } = &env.backend else {
        unreachable!()
    };
    let lead = env.json(&["leads", "show", "JACK2026", "--campaign", "spring"]);
    let auth = format!("Bearer {token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let path = format!("/v1/leads/{}/qualify", lead["id"]);
    let (status, body) = server.http("POST", &path, &headers, br#"{"method": "rule"}"#);
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("only for changes the rules make"), "{body}");
    let (status, body) = server.http(
        "POST",
        "/v1/qualifications/batch",
        &headers,
        br#"{"action": "qualify", "campaign": "spring", "method": "rule", "items": [{"code": "JACK2026"}]}"#,
    );
    assert_eq!(status, 422, "{body}");
    let history = env.json(&["leads", "history", "JACK2026", "--campaign", "spring"]);
    assert_eq!(history, serde_json::json!([]), "nothing was recorded");
    let (status, _) = server.http("POST", &path, &headers, br#"{"method": "manual"}"#);
    assert_eq!(status, 200);
    let history = env.json(&["leads", "history", "JACK2026", "--campaign", "spring"]);
    assert_eq!(history[0]["method"], "manual");
}

/// One event with an amount of -1e308 once sank a lead's spend sum for
/// ever. Amounts beyond a trillion (or not finite) refuse the event.
#[test]
fn an_absurd_amount_refuses_the_event_and_counts_nothing() {
    for env in Env::both() {
        env.seed();
        let rules = env.file(
            "spend.toml",
            "[[rule]]\nname = \"spend\"\nevent_type = \"payment\"\nidentity = \"code\"\nidentity_path = \"data.code\"\n\
             threshold = { field = \"data.amount\", amount = 50, within_days = 365 }\n",
        );
        env.ok(&["rules", "apply", "-f", &rules, "--campaign", "spring"]);
        let absurd = env.file(
            "absurd.json",
            r#"{"id": "p1", "type": "payment", "data": {"code": "JACK2026", "amount": -1e308}}"#,
        );
        let (_, err) = env.fails(&["events", "send", &absurd], 6);
        assert!(
            err.contains("data.amount") && err.contains("finite"),
            "[{}] {err}",
            env.name()
        );
        let fair = env.file(
            "fair.json",
            r#"{"id": "p2", "type": "payment", "data": {"code": "JACK2026", "amount": 60}}"#,
        );
        let sent = env.json(&["events", "send", &fair]);
        assert_eq!(
            sent[0]["decisions"][0]["outcome"],
            "qualified",
            "[{}] {sent}",
            env.name()
        );
        let events = env.json(&["events", "list"]);
        assert_eq!(
            events.as_array().unwrap().len(),
            1,
            "the refused event was not kept"
        );
    }
}

/// Tokens are listed (never shown), revoked and expired: a revoked or
/// expired token is refused at its next request.
#[test]
fn tokens_are_listed_revoked_and_expire() {
    let env = Env::remote();
    let server = env.server();
    let db = server.location.clone();
    let ci = server.token("acme", "ci-deploy", "admin");
    let brief = {
        let out = env
            .cmd()
            .args([
                "server",
                "token",
                "create",
                "--workspace",
                "acme",
                "--name",
                "brief",
            ])
            .args(["--expires-in", "0m", "--db", &db])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let tokens = env.json(&[
        "server",
        "token",
        "list",
        "--db",
        &db,
        "--workspace",
        "acme",
    ]);
    let rows = tokens.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{tokens}");
    assert!(!tokens.to_string().contains(&ci[8..]), "no token is shown");
    let states: Vec<_> = rows
        .iter()
        .map(|t| (t["name"].as_str().unwrap(), t["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        states,
        [
            ("ci", "active"),
            ("ci-deploy", "active"),
            ("brief", "expired")
        ]
    );

    let with = |token: &str| {
        env.cmd()
            .env("REFCTL_TOKEN", token)
            .args(["campaigns", "list"])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(with(&ci), Some(0));
    assert_eq!(with(&brief), Some(4), "an expired token gets 401");
    let id = rows[1]["id"].to_string();
    env.ok(&["server", "token", "revoke", &id, "--db", &db]);
    assert_eq!(with(&ci), Some(4), "a revoked token gets 401 at once");
    env.fails(&["server", "token", "revoke", "999", "--db", &db], 5);
}

/// Databases, journals, reports and credentials are private from their first byte.
#[cfg(unix)]
#[test]
fn files_with_secrets_or_customers_are_created_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let env = Env::embedded();
    env.seed_quickstart();
    let home = env.home.path().join("refctl");
    let db = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("the workspace database");
    assert_eq!(mode(&db), 0o600, "{}", db.display());

    let customers = root("examples/customers.csv");
    env.ok(&[
        "customers",
        "upload",
        &customers,
        "--campaign",
        "spring",
        "--yes",
    ]);
    let uploads = home.join("uploads");
    let dir = std::fs::read_dir(&uploads)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }

    // A stale temp file (0644, from a crash) does not make the credentials readable.
    let server = Env::remote();
    let crate::common::Backend::Remote { server, token } = &server.backend else {
        unreachable!()
    };
    let config_dir = home.clone();
    std::fs::create_dir_all(&config_dir).unwrap();
    for stale in [
        "credentials.tmp",
        &format!("credentials.tmp.{}", std::process::id()),
    ] {
        let path = config_dir.join(stale);
        std::fs::write(&path, "stale").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = env
        .cmd()
        .args(["auth", "login", "--api-url", &server.url, "--with-token"])
        .write_stdin(token.as_str())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let credentials = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().is_some_and(|n| n == "credentials.toml"))
        .expect("credentials.toml");
    assert_eq!(mode(&credentials), 0o600);
}

/// A proxy in front of the server that, for the first request whose line
/// contains `victim`, forwards it and then cuts the answer short: the
/// server made the change, and the client never heard.
fn truncating_proxy(server: &str, victim: &'static str) -> String {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let upstream = server.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        let mut cut = false;
        for client in listener.incoming() {
            let Ok(mut client) = client else { break };
            let mut request = Vec::new();
            let mut buf = [0u8; 65536];
            // The head, then as much body as Content-Length says.
            let head_end = loop {
                let n = client.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break None;
                }
                request.extend_from_slice(&buf[..n]);
                if let Some(at) = request.windows(4).position(|w| w == b"\r\n\r\n") {
                    break Some(at + 4);
                }
            };
            let Some(head_end) = head_end else { continue };
            let head = String::from_utf8_lossy(&request[..head_end]).to_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            while request.len() < head_end + length {
                let n = client.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buf[..n]);
            }
            // One request per connection: ask the server to close after it.
            let line_end = request.windows(2).position(|w| w == b"\r\n").unwrap();
            request.splice(
                line_end + 2..line_end + 2,
                b"Connection: close\r\n".iter().copied(),
            );
            let mut up = TcpStream::connect(&upstream).unwrap();
            up.write_all(&request).unwrap();
            let mut answer = Vec::new();
            up.read_to_end(&mut answer).unwrap();
            if !cut && head.lines().next().is_some_and(|l| l.contains(victim)) {
                cut = true;
                // Headers whole, the body short of its Content-Length.
                let _ = client.write_all(&answer[..answer.len().saturating_sub(5)]);
            } else {
                let _ = client.write_all(&answer);
            }
        }
    });
    format!("http://{address}")
}

/// A lost answer to a change is retried with the same idempotency key: the
/// server replays what it did, and the lead is qualified once.
#[test]
fn a_lost_answer_is_retried_and_the_change_happens_once() {
    let env = Env::remote();
    env.seed();
    let crate::common::Backend::Remote { server, token } = &env.backend else {
        unreachable!()
    };
    let proxy = truncating_proxy(&server.url, "/v1/qualifications/batch");
    let out = env
        .cmd()
        .env("REFCTL_API_URL", &proxy)
        .env("REFCTL_TOKEN", token)
        .env("REFCTL_HTTP_RETRIES", "2")
        .args([
            "qualify",
            "JACK2026",
            "--campaign",
            "spring",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let history = env.json(&["leads", "history", "JACK2026", "--campaign", "spring"]);
    assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
    assert_eq!(
        server.requests("POST /v1/qualifications/batch").len(),
        2,
        "the first answer was lost, the second replayed it"
    );
}

/// Giving up says which: refused, timed out, or failing, and after how many attempts.
#[test]
fn giving_up_says_what_happened_and_how_often_it_was_tried() {
    let env = Env::embedded();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_url = format!("http://{}", silent.local_addr().unwrap());
    let run = |url: &str, extra: &[&str]| {
        let started = std::time::Instant::now();
        let out = env
            .cmd()
            .env("REFCTL_API_URL", url)
            .env("REFCTL_TOKEN", "rfk_test")
            .env("REFCTL_HTTP_RETRIES", "2")
            .args(["campaigns", "list"])
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            started.elapsed(),
        )
    };
    let (code, err, _) = run(&closed_url, &[]);
    assert_eq!(code, Some(7));
    assert!(
        err.contains("could not reach") && err.contains("3 attempts"),
        "{err}"
    );
    let (code, err, took) = run(&silent_url, &["--timeout", "2"]);
    assert_eq!(code, Some(7));
    assert!(err.contains("did not answer within 2 s"), "{err}");
    assert!(
        took < std::time::Duration::from_secs(10),
        "gave up after {took:?}"
    );
    // Without --timeout, a server that never answers costs one 30 s
    // timeout, retries included, not several.
    let (code, err, took) = run(&silent_url, &[]);
    assert_eq!(code, Some(7));
    assert!(err.contains("did not answer within 30 s"), "{err}");
    // ... and says what it waits for long before then.
    assert!(err.contains("still waiting for"), "{err}");
    assert!(
        took < std::time::Duration::from_secs(35),
        "gave up after {took:?}"
    );
    drop(silent);
}

/// Runs refctl and watches its peak memory (VmHWM) until it exits:
/// (exit code, stderr, peak KiB).
#[cfg(target_os = "linux")]
fn run_watching_memory(env: &Env, args: &[&str]) -> (Option<i32>, String, u64) {
    use std::io::Read;
    let mut child = env
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let code = loop {
        if let Ok(status) = std::fs::read_to_string(&status_file)
            && let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    (code, reader.join().unwrap(), peak)
}

/// A file of one 64 MB line once took gigabytes and wrote its header back
/// to stderr whole. Rows are capped in memory, and messages cut values.
#[cfg(target_os = "linux")]
#[test]
fn one_enormous_line_costs_bounded_memory_and_a_short_message() {
    let env = Env::embedded();
    env.seed();
    let line = "email,".repeat((64 << 20) / 6);
    let single = env.file("single-line.csv", &line);
    for args in [
        vec![
            "customers",
            "upload",
            single.as_str(),
            "--campaign",
            "spring",
            "--dry-run",
        ],
        vec!["leads", "import", single.as_str(), "--campaign", "spring"],
    ] {
        let (code, err, peak_kib) = run_watching_memory(&env, &args);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("too long for a header row"), "{err}");
        assert!(err.len() < 2048, "stderr is {} bytes", err.len());
        assert!(
            peak_kib < 100 * 1024,
            "peak memory {peak_kib} KiB for {}",
            args[0]
        );
    }
    // In the middle of a file, such a row is one invalid row; the rest is read.
    let body = format!(
        "email,name\nann@example.com,Ann\n{}x\nbob@example.com,Bob\n",
        "y".repeat(40 << 20)
    );
    let middle = env.file("middle.csv", &body);
    let (code, err, peak_kib) = run_watching_memory(
        &env,
        &[
            "customers",
            "upload",
            &middle,
            "--campaign",
            "spring",
            "--dry-run",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(peak_kib < 100 * 1024, "peak memory {peak_kib} KiB");
}
