//! The business operations the API offers, each within the caller's
//! transaction: load the facts from the store, ask the domain what they
//! mean, persist the outcome. Handlers call these; they never reach past
//! them into the store for a change.

pub mod campaigns;
pub mod events;
pub mod lists;
pub mod people;
pub mod qualify;
pub mod rules;

pub use crate::store::{Result, StoreError};
