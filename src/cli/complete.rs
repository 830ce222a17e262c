//! Values the shell can complete at run time (`source <(COMPLETE=bash refctl)`):
//! campaign codes, read from the local workspace.

use std::ffi::OsStr;

use clap_complete::CompletionCandidate;

use crate::config::{Backend, Overrides, Settings};

/// The codes of the local workspace's open campaigns that start with `current`.
/// Against a remote API nothing is offered: completion must answer at once
/// and never ask the network.
pub fn campaign_codes(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Ok(settings) = Settings::resolve(&Overrides::default()) else {
        return Vec::new();
    };
    let Backend::Embedded { db } = settings.backend else {
        return Vec::new();
    };
    if !db.exists() {
        return Vec::new();
    }
    crate::server::local_campaign_codes(&db)
        .unwrap_or_default()
        .into_iter()
        .filter(|(code, _)| code.starts_with(prefix.as_ref()))
        .map(|(code, name)| CompletionCandidate::new(code).help(Some(name.into())))
        .collect()
}
