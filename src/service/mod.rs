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

/// Refuses a change of campaigns or people in a workspace that mirrors a
/// program on a hosted platform: the platform is where they change (the
/// next sync brings them here); qualifications, rules, events and lists
/// are what the workspace decides.
pub fn ensure_not_mirrored(conn: &dyn crate::store::Db, workspace_id: i64) -> Result<()> {
    match crate::store::links::find(conn, workspace_id)? {
        Some(link) => Err(crate::domain::Refusal::Conflict(format!(
            "this workspace mirrors a program on {}: add, change or remove campaigns and people \
             there (`refctl --provider {}` does it from the shell); the next sync brings them here",
            link.provider, link.provider
        ))
        .into()),
        None => Ok(()),
    }
}
