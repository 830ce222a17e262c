//! The registry of hosted platforms: what `--provider` can name, and how
//! each one's client is made. Adding a platform is a folder that implements
//! [`Platform`](super::hosted::Platform) and a line here (and its
//! `config::Provider` variant, for the flag).

use super::hosted::Registered;

/// Every hosted platform refctl drives.
pub const PLATFORMS: &[Registered] = &[
    super::referral_factory::REGISTERED,
    super::growsurf::REGISTERED,
];

/// The registered platform with `--provider` id `id`.
pub fn platform(id: &str) -> Option<&'static Registered> {
    PLATFORMS.iter().find(|p| p.info.id == id)
}

#[cfg(test)]
mod tests {
    use crate::config::Provider;

    #[test]
    fn every_hosted_provider_is_registered_under_its_name() {
        for provider in [Provider::ReferralFactory, Provider::Growsurf] {
            let p = super::platform(provider.as_str()).expect("registered");
            assert_eq!(p.info.title, provider.title());
        }
        assert_eq!(super::PLATFORMS.len(), 2);
    }
}
