//! Matching a customer list against a campaign's leads. Pure: it reads bytes
//! from any `Read` and returns values; no network, no database.
//!
//! The flow goes one way: [`decode`] (encoding) -> [`sniff`] (delimiter) ->
//! [`columns`] (which header holds which key) -> [`normalize`] -> [`LeadIndex`]
//! lookups -> [`plan`], which gives every row exactly one [`Outcome`].

pub mod columns;
pub mod decode;
mod error;
mod index;
mod keys;
pub mod normalize;
mod plan;
mod rows;
pub mod sniff;
pub mod table;

pub use error::{MatchError, cut, listed, listed_quoted};
pub use index::{IndexBuilder, IndexOptions, IndexedLead, IndexedReferrer, LeadIndex};
pub use keys::{MatchKey, UnknownMatchKey};
pub use plan::{MatchedBy, Outcome, PlanSummary, ReadOptions, RowResult, plan};
