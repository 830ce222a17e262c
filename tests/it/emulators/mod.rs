//! Hosted platforms' APIs on loopback, built from their public contracts.

pub mod growsurf;
pub mod referral_factory;

use std::process::Output;

use crate::common::Env;

/// `refctl ARGS` against a Referral Factory emulator.
pub fn rf(env: &Env, emulator: &referral_factory::Emulator, args: &[&str]) -> Output {
    env.cmd()
        .env("REFCTL_PROVIDER", "referral-factory")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "rf_test_token")
        .args(args)
        .output()
        .unwrap()
}

/// `refctl ARGS` against a GrowSurf emulator.
pub fn gs(env: &Env, emulator: &growsurf::Emulator, args: &[&str]) -> Output {
    env.cmd()
        .env("REFCTL_PROVIDER", "growsurf")
        .env("REFCTL_API_URL", &emulator.url)
        .env("REFCTL_TOKEN", "gs_test_key")
        .args(args)
        .output()
        .unwrap()
}

/// The JSON a command printed, after checking it succeeded.
pub fn json_of(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
