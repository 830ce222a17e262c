//! Pure rules of the referral domain: no I/O, no clock, no database.

pub mod codes;
pub mod lifecycle;
pub mod rules;
pub mod signature;
pub mod validate;
