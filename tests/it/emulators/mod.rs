//! Hosted platforms' APIs on loopback, built from their public contracts.

pub mod growsurf;
pub mod referral_factory;
