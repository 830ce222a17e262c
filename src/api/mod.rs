//! The contract between client and server: request and response types, the
//! error body and pagination. Both sides compile against these types, and the
//! OpenAPI document is generated from them.

mod error;
mod keys;
mod model;
mod page;
mod rate;
mod rules;

pub use error::{FieldError, Problem, ProblemCode};
pub use keys::{MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, MatchRole};
pub use model::*;
pub use page::{Cursor, Page};
pub use rate::{BadRate, RateLimit};
pub use rules::{
    EventQuery, EventRecord, IdentityKind, NewEvent, NewRule, Rule, RuleDecision, RulePatch,
    Threshold, WebhookInfo,
};

/// The path prefix of every API route.
pub const PREFIX: &str = "/v1";
/// The header that makes a mutation safe to repeat.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
/// The largest batch the qualification endpoint accepts.
pub const MAX_BATCH: usize = 1000;
/// The largest page a list endpoint returns.
pub const MAX_PAGE: u32 = 1000;
/// The page size when none is asked for.
pub const DEFAULT_PAGE: u32 = 100;
