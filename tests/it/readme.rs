//! The README's front door: the quick-start command works on a fresh
//! workspace and shows what it promises.

use std::process::Command;

#[test]
fn the_quick_start_runs_end_to_end_on_a_fresh_workspace() {
    let home = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .arg(format!("{root}/examples/quickstart.sh"))
        // The binary this test run built: no cargo build inside cargo test.
        .env("REFCTL", env!("CARGO_BIN_EXE_refctl"))
        .env("REFCTL_HOME", home.path().join("refctl"))
        .env("NO_COLOR", "1")
        .env_remove("REFCTL_API_URL")
        .env_remove("REFCTL_TOKEN")
        .env_remove("REFCTL_PROFILE")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "quickstart failed:\n{stdout}\n{stderr}"
    );
    assert!(stderr.contains("Imported 10 leads"), "{stderr}");
    assert!(stderr.contains("3 qualified"), "{stderr}");
    assert!(stdout.contains("refund #1042"), "{stdout}");
    assert!(
        stderr.contains("Dry run: 12 rows read, 5 leads would be qualified"),
        "{stderr}"
    );
    assert!(stdout.contains("will_qualify"), "{stdout}");
    assert!(
        home.path().join("refctl/workspace.db").exists(),
        "the local workspace was not created under REFCTL_HOME"
    );
}

/// The README's shell blocks, in order, with what cannot run inside a test
/// left out (installing, the quick start and the tests themselves, which
/// other tests cover) and the long-running server sent to the background.
fn readme_script(port: u16) -> String {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut script =
        String::from("set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n");
    let mut in_block = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_block = line == "```sh";
            continue;
        }
        if !in_block || line.trim().is_empty() {
            continue;
        }
        let line = line.replace("127.0.0.1:8080", &format!("127.0.0.1:{port}"));
        if line.starts_with("cargo ") || line.starts_with("./examples/quickstart.sh") {
            continue;
        }
        if line.starts_with("refctl server --listen") {
            script.push_str(&format!(
                "{line} 2>server.log &\n\
                 for _ in $(seq 100); do grep -q listening server.log 2>/dev/null && break; sleep 0.1; done\n"
            ));
            continue;
        }
        script.push_str(&format!("echo \"+ {}\" >&2\n", line.replace('"', "\\\"")));
        script.push_str(&line);
        script.push('\n');
    }
    script
}

#[test]
fn every_command_in_the_readme_runs_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    // The commands run from a copy of the repository's examples, on a fresh workspace.
    let copy = Command::new("cp")
        .args(["-r", &format!("{root}/examples")])
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(copy.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_refctl"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(readme_script(port))
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("REFCTL_HOME", dir.path().join("refctl"))
        .env("REFCTL_CREDENTIAL_STORE", "file")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "a README command failed:\n{stderr}\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // The last block ran against the server, logged in with the token made above.
    assert!(
        stderr.contains("Logged in to http://127.0.0.1:"),
        "{stderr}"
    );
}
