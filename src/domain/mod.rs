//! Pure rules of the referral domain: no I/O, no clock, no database.

pub mod campaigns;
pub mod codes;
pub mod events;
pub mod lifecycle;
pub mod list_keys;
mod refusal;
pub mod rules;
pub mod signature;
pub mod stripe;
pub mod suggest;
pub mod time;
pub mod twins;
pub mod validate;

pub use refusal::Refusal;
