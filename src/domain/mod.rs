//! Pure rules of the referral domain: no I/O, no clock, no database.

pub mod codes;
pub mod lifecycle;
pub mod validate;
