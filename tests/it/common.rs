//! A hermetic environment for running the real `refctl` binary: its own
//! REFCTL_HOME, no inherited configuration, and optionally a real server on a
//! loopback port.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_refctl"))
}

/// The PostgreSQL server the tests may use (`REFCTL_TEST_POSTGRES`, a URL
/// of a database whose user may create databases; see
/// `scripts/postgres-cluster.sh`). When it is set, every test server runs on
/// a fresh database of it instead of a SQLite file.
pub fn postgres() -> Option<String> {
    std::env::var("REFCTL_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
}

/// What refctl needs to trust the tests' PostgreSQL server's certificate
/// (`REFCTL_TEST_POSTGRES_CA`, its CA): every refctl the tests start gets it.
pub fn database_trust() -> Vec<(&'static str, String)> {
    std::env::var("REFCTL_TEST_POSTGRES_CA")
        .ok()
        .filter(|ca| !ca.is_empty())
        .map(|ca| vec![("PGSSLROOTCERT", ca)])
        .unwrap_or_default()
}

/// A new, empty database on the tests' PostgreSQL server; its URL.
pub fn fresh_postgres_database(base: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "refctl_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let statement = format!("CREATE DATABASE {name}");
    on_postgres(base, |client| async move {
        client
            .batch_execute(&statement)
            .await
            .expect("create a test database");
    });
    let (prefix, _) = base.rsplit_once('/').expect("a URL with a database");
    format!("{prefix}/{name}")
}

/// Runs `f` with a connection to the PostgreSQL database at `url`, on a
/// thread of its own (the caller may be a tokio test).
pub fn on_postgres<F, Fut>(url: &str, f: F)
where
    F: FnOnce(tokio_postgres::Client) -> Fut + Send,
    Fut: std::future::Future<Output = ()>,
{
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                        .await
                        .expect("connect to the test database");
                    tokio::spawn(connection);
                    f(client).await;
                });
            })
            .join()
            .unwrap();
    });
}

/// A running `refctl server` on 127.0.0.1, killed when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    /// The SQLite file the server was given (unused on PostgreSQL).
    pub db: PathBuf,
    /// What `--db` said: the SQLite file, or a postgres:// URL.
    pub location: String,
    /// The server's stderr lines, and a signal for each new one.
    log: Arc<(Mutex<Vec<String>>, Condvar)>,
    markers: AtomicU64,
}

impl Server {
    /// Starts a server over `db` on a free port, logging requests (`-v`);
    /// over a fresh PostgreSQL database instead when the tests have one.
    pub fn start(db: &Path) -> Server {
        match postgres() {
            Some(base) => Server::start_at(db, &fresh_postgres_database(&base)),
            None => Server::start_at(db, &db.display().to_string()),
        }
    }

    /// Starts a server over the SQLite file `db`, whatever the tests' database.
    pub fn start_sqlite(db: &Path) -> Server {
        Server::start_at(db, &db.display().to_string())
    }

    /// Starts a server with `--db location` (a file or a URL).
    pub fn start_at(db: &Path, location: &str) -> Server {
        Server::start_with(db, location, &[])
    }

    /// [`Server::start_at`] with environment variables.
    pub fn start_with(db: &Path, location: &str, vars: &[(&str, &str)]) -> Server {
        Server::launch(db, location, vars, "127.0.0.1:0", &[])
    }

    /// [`Server::start_with`] listening on `listen`, with more arguments.
    pub fn launch(
        db: &Path,
        location: &str,
        vars: &[(&str, &str)],
        listen: &str,
        more: &[&str],
    ) -> Server {
        let mut child = StdCommand::new(bin())
            .args(["server", "-v", "--listen", listen, "--db", location])
            .args(more)
            .env_clear()
            .envs(database_trust())
            .envs(vars.iter().copied())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start refctl server");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let url = loop {
            let line = lines.next().expect("server printed its address").unwrap();
            if let Some(rest) = line.split("listening on ").nth(1) {
                break rest.split_whitespace().next().unwrap().to_string();
            }
        };
        let log = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.0.lock().unwrap().push(line);
                sink.1.notify_all();
            }
        });
        Server {
            child,
            url,
            db: db.to_path_buf(),
            location: location.to_string(),
            log,
            markers: AtomicU64::new(0),
        }
    }

    /// Runs one SQL statement on the server's database, behind its back
    /// (to plant what no API call can make). `?1` is `param`.
    pub fn execute(&self, statement: &str, param: &str) {
        if self.location.starts_with("postgres") {
            let statement = statement.replace("?1", "$1");
            on_postgres(&self.location, |client| async move {
                client.execute(&statement, &[&param]).await.unwrap();
            });
        } else {
            let db = rusqlite::Connection::open(&self.db).unwrap();
            db.busy_timeout(Duration::from_secs(10)).unwrap();
            db.execute(statement, [param]).unwrap();
        }
    }

    /// The one integer a counting query returns, read from the database.
    pub fn count(&self, query: &str) -> i64 {
        if self.location.starts_with("postgres") {
            let query = query.to_string();
            let mut n = 0;
            on_postgres(&self.location, |client| {
                let n = &mut n;
                async move {
                    *n = client
                        .query_one(&query, &[])
                        .await
                        .unwrap()
                        .get::<_, i64>(0);
                }
            });
            n
        } else {
            let db = rusqlite::Connection::open(&self.db).unwrap();
            db.busy_timeout(Duration::from_secs(10)).unwrap();
            db.query_row(query, [], |r| r.get(0)).unwrap()
        }
    }

    /// Creates a token with `refctl server token create`.
    pub fn token(&self, workspace: &str, name: &str, scope: &str) -> String {
        self.create_token(workspace, name, scope, &[])
    }

    /// Creates a token limited to `rate` requests (e.g. `120/min`).
    pub fn token_with_rate(&self, workspace: &str, name: &str, scope: &str, rate: &str) -> String {
        self.create_token(workspace, name, scope, &["--rate", rate])
    }

    fn create_token(&self, workspace: &str, name: &str, scope: &str, extra: &[&str]) -> String {
        let out = Command::new(bin())
            .args([
                "server",
                "token",
                "create",
                "--workspace",
                workspace,
                "--name",
                name,
                "--scope",
                scope,
                "--db",
                &self.location,
            ])
            .args(extra)
            .env_clear()
            .envs(database_trust())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// One HTTP/1.1 request to the server, as a hostile or careless client
    /// would send it: the status and the body of the answer.
    pub fn http(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> (u16, String) {
        let address = self.url.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).expect("connect to the server");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let status = answer
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = answer
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    /// The request log lines so far that contain `needle`. Every request
    /// made before this call is in the log: it sends a marker request of its
    /// own and waits for the marker's line, which the server logs after
    /// theirs (no sleeping, no guessing how long the log thread needs).
    pub fn requests(&self, needle: &str) -> Vec<String> {
        let marker = format!("/v1/__sync/{}", self.markers.fetch_add(1, Ordering::SeqCst));
        let address = self.url.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).expect("connect to the server");
        write!(
            stream,
            "GET {marker} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let needle_of_marker = format!("{marker} ");
        let (lines, new_line) = &*self.log;
        let (log, timeout) = new_line
            .wait_timeout_while(lines.lock().unwrap(), Duration::from_secs(30), |log| {
                !log.iter().any(|l| l.contains(&needle_of_marker))
            })
            .unwrap();
        assert!(!timeout.timed_out(), "the server never logged {marker}");
        log.iter()
            .take_while(|l| !l.contains(&needle_of_marker))
            .filter(|l| l.contains(needle))
            .cloned()
            .collect()
    }
}

impl Server {
    /// Kills the process at once (SIGKILL: no shutdown, nothing flushed).
    pub fn kill_hard(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where commands go: the embedded default, or a server with a token.
pub enum Backend {
    Embedded,
    Remote { server: Server, token: String },
}

/// One hermetic user environment.
pub struct Env {
    pub home: TempDir,
    pub backend: Backend,
}

impl Env {
    /// A fresh environment on the embedded default (no API URL anywhere).
    pub fn embedded() -> Env {
        Env {
            home: TempDir::new().unwrap(),
            backend: Backend::Embedded,
        }
    }

    /// A fresh environment talking to a fresh server with an admin token of workspace `acme`.
    pub fn remote() -> Env {
        let home = TempDir::new().unwrap();
        let server = Server::start(&home.path().join("server.db"));
        let token = server.token("acme", "ci", "admin");
        Env {
            home,
            backend: Backend::Remote { server, token },
        }
    }

    /// An environment in `home` talking to `server` with `token`.
    pub fn remote_on_home(home: TempDir, server: Server, token: String) -> Env {
        Env {
            home,
            backend: Backend::Remote { server, token },
        }
    }

    /// A fresh environment talking to `server` with `token`.
    pub fn remote_on(server: Server, token: String) -> Env {
        Env {
            home: TempDir::new().unwrap(),
            backend: Backend::Remote { server, token },
        }
    }

    /// Both kinds, for tests that must behave the same on each.
    pub fn both() -> [Env; 2] {
        [Env::embedded(), Env::remote()]
    }

    pub fn name(&self) -> &'static str {
        match self.backend {
            Backend::Embedded => "embedded",
            Backend::Remote { .. } => "remote",
        }
    }

    pub fn server(&self) -> &Server {
        match &self.backend {
            Backend::Remote { server, .. } => server,
            Backend::Embedded => panic!("not a remote environment"),
        }
    }

    /// The server, to restart it.
    pub fn server_mut(&mut self) -> &mut Server {
        match &mut self.backend {
            Backend::Remote { server, .. } => server,
            Backend::Embedded => panic!("not a remote environment"),
        }
    }

    /// `refctl` with no inherited environment but this one's.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as [`Env::cmd`], as a std command (to spawn and kill).
    pub fn std_cmd(&self) -> StdCommand {
        self.in_env(StdCommand::new(bin()))
    }

    /// `bash SCRIPT` (a path from the repository root) in this environment,
    /// with `REFCTL` naming the binary under test and the caller's PATH.
    pub fn script(&self, path: &str) -> StdCommand {
        let mut cmd = StdCommand::new("bash");
        cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(path));
        let mut cmd = self.in_env(cmd);
        cmd.env("REFCTL", bin())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd
    }

    /// Runs `shell` (with `$REFCTL` naming the binary) in a real
    /// pseudo-terminal of 80 columns (util-linux `script`); once the screen
    /// shows `when` (at once for ""), types `input` a key at a time. Returns what the
    /// terminal showed. No COLUMNS and no NO_COLOR: what a person sees. A
    /// session that does not end within 20 s is killed and fails the test.
    pub fn pty(&self, shell: &str, when: &str, input: &[u8]) -> String {
        let mut cmd = self.in_env(StdCommand::new("script"));
        cmd.env_remove("COLUMNS")
            .env_remove("NO_COLOR")
            .env("REFCTL", bin())
            .env("TERM", "xterm")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .args([
                "-qec",
                &format!("stty cols 80 rows 50; {shell}"),
                "/dev/null",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("util-linux script");
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut stdout = child.stdout.take().unwrap();
        let sink = screen.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let started = std::time::Instant::now();
        let shown = |text: &str| String::from_utf8_lossy(&screen.lock().unwrap()).contains(text);
        while !when.is_empty() && !shown(when) && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(20));
        }
        // Typed as a person types: a key at a time.
        let mut stdin = child.stdin.take().unwrap();
        for key in input {
            stdin.write_all(std::slice::from_ref(key)).unwrap();
            stdin.flush().unwrap();
            std::thread::sleep(Duration::from_millis(100));
        }
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "the terminal session did not end: {:?}",
                    String::from_utf8_lossy(&screen.lock().unwrap())
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        drop(stdin);
        reader.join().unwrap();
        let screen = screen.lock().unwrap();
        String::from_utf8_lossy(&screen).into_owned()
    }

    fn in_env(&self, mut cmd: StdCommand) -> StdCommand {
        cmd.env_clear()
            .envs(database_trust())
            .env("HOME", self.home.path())
            .env("REFCTL_HOME", self.home.path().join("refctl"))
            .env("REFCTL_CREDENTIAL_STORE", "file")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .env("REFCTL_HTTP_RETRIES", "1");
        if let Backend::Remote { server, token } = &self.backend {
            cmd.env("REFCTL_API_URL", &server.url)
                .env("REFCTL_TOKEN", token);
        }
        cmd
    }

    /// Runs refctl with `args`, asserting success, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "[{}] refctl {} failed ({:?}):\n{}",
            self.name(),
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs refctl with `args` and `-o json`, asserting success, and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["-o", "json"]);
        let out = self.ok(&all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Runs refctl with `args`, asserting the exit code; returns (stdout, stderr).
    pub fn fails(&self, args: &[&str], code: i32) -> (String, String) {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "[{}] refctl {}: expected exit {code}; stderr:\n{stderr}",
            self.name(),
            args.join(" ")
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        assert!(
            !stderr.contains("RUST_BACKTRACE"),
            "backtrace hint: {stderr}"
        );
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    }

    /// Writes `content` to a file in the environment and returns its path.
    pub fn file(&self, name: &str, content: &str) -> String {
        self.bytes_file(name, content.as_bytes())
    }

    /// Writes raw bytes (another encoding, junk) to a file; returns its path.
    pub fn bytes_file(&self, name: &str, content: &[u8]) -> String {
        let path = self.home.path().join(name);
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_string()
    }

    /// A campaign `spring` with the example referrers and leads.
    pub fn seed(&self) {
        self.ok(&["campaigns", "create", "Spring 2026", "--code", "spring"]);
        let root = env!("CARGO_MANIFEST_DIR");
        self.ok(&[
            "referrers",
            "import",
            &format!("{root}/examples/referrers.csv"),
            "--campaign",
            "spring",
        ]);
        self.ok(&[
            "leads",
            "import",
            &format!("{root}/examples/leads.csv"),
            "--campaign",
            "spring",
        ]);
    }

    /// A campaign `spring` with one referrer, code `ANN` (ann@example.com).
    pub fn spring_with_ann(&self) {
        self.ok(&["campaigns", "create", "Spring", "--code", "spring"]);
        self.ok(&[
            "referrers",
            "add",
            "--campaign",
            "spring",
            "--email",
            "ann@example.com",
            "--code",
            "ANN",
        ]);
    }

    /// [`Env::seed`], then two leads qualified, as the quick start leaves them.
    pub fn seed_quickstart(&self) {
        self.seed();
        self.ok(&[
            "qualify",
            "ext:cus_1003",
            "grace.okafor@example.com",
            "--campaign",
            "spring",
            "--yes",
        ]);
    }
}

/// Every outcome report in an upload's report directory, opened: each must
/// start with a BOM, and keeps a `;` input's separator.
pub fn report_readers(
    dir: &Path,
) -> Vec<(std::path::PathBuf, csv::Reader<std::io::Cursor<String>>)> {
    let mut readers = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with('\u{feff}'), "{}: no BOM", path.display());
        let delimiter = if text.starts_with("\u{feff}record;") {
            b';'
        } else {
            b','
        };
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(std::io::Cursor::new(text));
        readers.push((path, reader));
    }
    readers
}

/// A path in the repository, for example files.
pub fn root(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// The decision of `rule` in an event record (as `events send|show` print it).
pub fn decision(record: &serde_json::Value, rule: &str) -> serde_json::Value {
    record["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == rule)
        .cloned()
        .unwrap_or_else(|| panic!("no decision of {rule} in {record}"))
}

/// Seconds since the Unix epoch, as signatures carry them.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// POSTs `body` as JSON with `headers`; the status and the JSON answer.
pub fn post(url: &str, headers: &[(&str, String)], body: &[u8]) -> (u16, serde_json::Value) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut request = reqwest::Client::new()
            .post(url)
            .header("content-type", "application/json")
            .body(body.to_vec());
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (
            status,
            response
                .json::<serde_json::Value>()
                .await
                .unwrap_or(serde_json::Value::Null),
        )
    })
}

impl Env {
    /// Applies a rules file of the repository to campaign `spring`.
    pub fn apply_rules(&self, file: &str) {
        self.ok(&[
            "rules",
            "apply",
            "-f",
            &root(file),
            "--campaign",
            "spring",
            "--yes",
        ]);
    }

    /// The status of the lead with this email in campaign `spring`.
    pub fn status_of(&self, email: &str) -> String {
        self.json(&["leads", "show", email, "--campaign", "spring"])["status"]
            .as_str()
            .unwrap()
            .to_string()
    }
}
