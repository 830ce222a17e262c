//! refctl: run referral programs from the shell.
//!
//! The crate is split the way requests flow: `cli -> client -> api` on one side,
//! `server -> domain, store -> api` on the other. The client and the server meet
//! only in the embedded transport, which hands requests to the server's router
//! in-process.

pub mod api;
pub mod bridge;
pub mod cli;
pub mod client;
pub mod config;
pub mod domain;
pub mod matching;
pub mod output;
pub mod private_file;
pub mod server;
pub mod service;
pub mod store;
pub mod upload;

/// The version, the commit built from and that commit's date, as
/// `refctl --version` and the server's `whoami` say it.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("REFCTL_COMMIT"),
    ", ",
    env!("REFCTL_COMMIT_DATE"),
    ")"
);
