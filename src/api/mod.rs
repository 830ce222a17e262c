//! The contract between client and server: request and response types, the
//! error body and pagination. Both sides compile against these types, and the
//! OpenAPI document is generated from them.

/// A closed set of named values: serde, OpenAPI, `Display`, `FromStr` and
/// clap (`ValueEnum`, so a flag takes exactly these) all use the same
/// snake_case text; `| "alias"` adds a spelling the command line accepts too.
macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $text:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                match self {
                    $($name::$variant => Some(
                        clap::builder::PossibleValue::new($text).aliases({
                            let aliases: &[&'static str] = &[$($alias),*];
                            aliases.iter().copied()
                        })
                    ),)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text $(| $alias)* => Ok($name::$variant),)+
                    _ => Err(format!(
                        "'{s}' is not one of: {}",
                        [$($text),+].join(", ")
                    )),
                }
            }
        }
    };
}

mod error;
mod keys;
mod lists;
mod model;
mod outbox;
mod page;
mod rate;
mod rules;
mod shape;
mod webhooks;

pub use error::{FieldError, Problem, ProblemCode};
pub use keys::{KeyFields, MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, MatchKeysRef, MatchRole};
pub use lists::{
    CustomerList, ForgetKeys, KeysAdded, KeysRemoved, ListKey, ListKeyKind, ListKeys, ListKind,
    ListMatched, MAX_LIST_KEYS, MatchList, NewCustomerList, RemoveKeys,
};
pub use model::*;
pub use outbox::{
    DiscardOutboxEntry, LinkStatus, OutboxCall, OutboxEntry, OutboxRetried, OutboxState,
};
pub use page::{Cursor, LEAD_SORTS, Order, Page, SortCursor};
pub use rate::{BadRate, RateLimit};
pub use rules::{
    EventQuery, EventRecord, IdentityKind, NewEvent, NewRule, Rule, RuleDecision, RulePatch,
    RuleSet, Threshold,
};
pub use webhooks::{NewSecret, SecretKind, SecretSet, SetSecret, WebhookInfo, WebhookSecret};

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
