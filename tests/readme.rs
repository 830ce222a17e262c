//! The README's front door: the quick-start command works on a fresh
//! workspace and shows what it promises.

use std::process::Command;

#[test]
fn the_quick_start_runs_end_to_end_on_a_fresh_workspace() {
    let home = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .arg(format!("{root}/examples/quickstart.sh"))
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
        stderr.contains("Dry run: 12 rows read, 5 lead(s) would be qualified"),
        "{stderr}"
    );
    assert!(stdout.contains("will_qualify"), "{stdout}");
    assert!(
        home.path().join("refctl/workspace.db").exists(),
        "the local workspace was not created under REFCTL_HOME"
    );
}
