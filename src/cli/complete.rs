//! Values the shell can complete at run time (`source <(COMPLETE=bash refctl)`):
//! campaign codes and rule names, read from the local workspace's file, and
//! upload ids, from the uploads' registry.

use std::ffi::OsStr;

use clap_complete::CompletionCandidate;

use crate::config::{Backend, Overrides, Settings};

/// The codes of the local workspace's open campaigns that start with `current`.
/// Against a remote API nothing is offered: completion must answer at once
/// and never ask the network.
pub fn campaign_codes(current: &OsStr) -> Vec<CompletionCandidate> {
    local(current, crate::server::local_campaign_codes)
}

/// The local workspace's rule names that start with `current`.
pub fn rule_names(current: &OsStr) -> Vec<CompletionCandidate> {
    local(current, crate::server::local_rule_names)
}

/// The ids of the uploads run from this machine (any backend: the
/// registry is in REFCTL_HOME) that start with `current`, newest first.
pub fn upload_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Ok(settings) = Settings::resolve(&Overrides::default()) else {
        return Vec::new();
    };
    let mut runs = crate::upload::runs::list(&settings.paths.home.join("uploads"));
    runs.reverse();
    runs.into_iter()
        .filter(|r| r.id.starts_with(prefix.as_ref()))
        .map(|r| {
            let help = format!("{} {} {}", r.state, r.campaign, r.file);
            CompletionCandidate::new(r.id).help(Some(help.into()))
        })
        .collect()
}

/// `(value, help)` pairs read from the local workspace's file by `read`.
fn local<E>(
    current: &OsStr,
    read: impl Fn(&std::path::Path) -> Result<Vec<(String, String)>, E>,
) -> Vec<CompletionCandidate> {
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
    read(&db)
        .unwrap_or_default()
        .into_iter()
        .filter(|(value, _)| value.starts_with(prefix.as_ref()))
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}
