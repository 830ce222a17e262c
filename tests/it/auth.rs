//! Tokens, scopes, workspaces, credentials and idempotency against the real server.

use crate::common::{Env, Server};
use refctl::api::{BatchQualifyRequest, LeadRef, QualifyAction};
use refctl::client::{
    ApiRequest, HttpTransport, PeopleApi, QualifyApi, RefctlClient, RetryPolicy, Transport,
};

#[test]
fn tokens_are_stored_hashed_scoped_and_confined_to_their_workspace() {
    let env = Env::remote();
    let server = env.server();
    env.ok(&["campaigns", "create", "Acme Spring", "--code", "spring"]);

    // No token in plain text anywhere in the database files.
    let admin = server.token("acme", "admin2", "admin");
    for entry in std::fs::read_dir(server.db.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("server.db") {
            let bytes = std::fs::read(&path).unwrap();
            let secret = &admin.as_bytes()[4..];
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret),
                "token found in {}",
                path.display()
            );
        }
    }

    // A read token can look but not change.
    let read = server.token("acme", "viewer", "read");
    let as_read = |args: &[&str]| {
        let mut cmd = env.cmd();
        cmd.env("REFCTL_TOKEN", &read).args(args);
        cmd.output().unwrap()
    };
    assert!(as_read(&["campaigns", "list"]).status.success());
    let out = as_read(&["campaigns", "create", "Nope"]);
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("read scope") && err.contains("admin scope"),
        "{err}"
    );

    // A wrong token: exit 4 with a hint.
    let mut cmd = env.cmd();
    let out = cmd
        .env("REFCTL_TOKEN", "rfk_wrong")
        .args(["campaigns", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refctl auth login"));

    // A token of workspace B does not see workspace A's campaign.
    let other = server.token("globex", "ci", "admin");
    let mut cmd = env.cmd();
    let out = cmd
        .env("REFCTL_TOKEN", &other)
        .args(["campaigns", "show", "spring"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let mut cmd = env.cmd();
    let out = cmd
        .env("REFCTL_TOKEN", &other)
        .args(["campaigns", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

#[test]
fn login_stores_the_token_in_a_private_file_when_no_keyring_answers() {
    let home = tempfile::TempDir::new().unwrap();
    let server = Server::start(&home.path().join("server.db"));
    let token = server.token("acme", "laptop", "admin");
    let env = Env::embedded();
    let login = env
        .cmd()
        .args(["auth", "login", "--with-token", "--api-url", &server.url])
        .write_stdin(format!("{token}\n"))
        .output()
        .unwrap();
    assert!(
        login.status.success(),
        "{}",
        String::from_utf8_lossy(&login.stderr)
    );
    let said = String::from_utf8_lossy(&login.stderr);
    assert!(said.contains("0600") && said.contains("laptop"), "{said}");
    // The default profile was the local workspace: the login says it moved.
    assert!(
        said.contains("Profile 'default' used the local workspace; it now points at"),
        "{said}"
    );
    assert!(!said.contains(&token));

    let creds = env.home.path().join("refctl/credentials.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // The profile now points at the server: no flag, no env token needed.
    env.ok(&["campaigns", "create", "Via Login", "--code", "login"]);
    let status = env.json(&["auth", "status"]);
    assert_eq!(status["backend"], "remote");
    assert_eq!(status["workspace"], "acme");
    assert_eq!(status["token_name"], "laptop");
    let shown = status["token"].as_str().unwrap();
    assert!(
        shown.len() < token.len() && !token.contains(shown),
        "masked: {shown}"
    );
    assert!(
        status["token_from"]
            .as_str()
            .unwrap()
            .contains("credentials.toml")
    );

    // A bad token is refused before anything is stored.
    let bad = env
        .cmd()
        .args(["auth", "login", "--with-token", "--profile", "default"])
        .write_stdin("rfk_bad")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(4));

    env.ok(&["auth", "logout"]);
    let (_, err) = env.fails(&["campaigns", "list"], 4);
    assert!(
        err.contains("refctl auth login") && err.contains("REFCTL_TOKEN"),
        "{err}"
    );
}

#[test]
fn auth_status_names_the_embedded_backend_and_unreachable_servers_get_exit_7() {
    let env = Env::embedded();
    let status = env.json(&["auth", "status"]);
    assert_eq!(status["backend"], "embedded");
    assert!(status["target"].as_str().unwrap().ends_with(".db"));

    let mut cmd = env.cmd();
    let out = cmd
        .env("REFCTL_API_URL", "http://127.0.0.1:9")
        .env("REFCTL_TOKEN", "rfk_x")
        .args(["campaigns", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("127.0.0.1:9") && err.contains("hint:"),
        "{err}"
    );

    // Logging in to an address where nothing listens blames the address,
    // not the token, and asks for no token (stdin is never read).
    let out = env
        .cmd()
        .args(["auth", "login", "--api-url", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("does not answer") && err.contains("could not reach"),
        "{err}"
    );
    assert!(!err.contains("token"), "{err}");
}

#[tokio::test]
async fn a_replayed_mutation_returns_the_first_response_and_a_changed_body_is_refused() {
    let env = Env::remote();
    env.seed();
    let crate::common::Backend::Remote { server, token } = &env.backend else {
        unreachable!()
    };
    let transport =
        HttpTransport::new(&server.url, Some(token.clone()), RetryPolicy::default()).unwrap();
    let body = |email: &str| {
        serde_json::to_vec(&BatchQualifyRequest {
            action: QualifyAction::Qualify,
            campaign: Some("spring".into()),
            reason: None,
            method: None,
            items: vec![LeadRef::Email(email.into())],
            dry_run: false,
            force: false,
        })
        .unwrap()
    };
    let request = |email: &str| ApiRequest {
        method: reqwest::Method::POST,
        path: "/v1/qualifications/batch".into(),
        body: Some(body(email)),
        idempotency_key: Some("weekly-run-1".into()),
        signature: None,
    };
    let first = transport
        .send(request("bob.martin@example.com"))
        .await
        .unwrap();
    let replay = transport
        .send(request("bob.martin@example.com"))
        .await
        .unwrap();
    assert_eq!(first.status, 200);
    assert_eq!(
        first.body, replay.body,
        "the replay answers 'qualified' again, not 'already_qualified'"
    );
    let changed = transport
        .send(request("carla.rossi@example.com"))
        .await
        .unwrap();
    assert_eq!(changed.status, 422);
    assert!(String::from_utf8_lossy(&changed.body).contains("idempotency_mismatch"));

    let client = RefctlClient::new(Box::new(transport));
    let bob = client
        .lookup_lead(&refctl::api::LeadLookup {
            campaign: "spring".into(),
            email: Some("bob.martin@example.com".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        client.lead_history(bob.id).await.unwrap().len(),
        1,
        "the replay appended nothing"
    );
}
