//! The integration tests, one binary (linking the crate once, not once per
//! file): each module drives the real `refctl` binary in a hermetic
//! environment, on the embedded default or against a real server.

#![allow(clippy::unwrap_used, dead_code)]

mod common;
mod emulators;

mod architecture;
mod auth;
mod bridge;
mod campaigns;
mod consistency;
mod events;
mod examples;
mod exits;
mod exports;
mod generated;
mod hosted;
mod leads;
mod lists;
mod parity;
mod postgres;
mod providers;
mod qualify;
mod readme;
mod robustness;
mod rules;
mod terminal;
mod upload;
mod webhooks;
