//! Per-token request rate limits (GCRA, from `governor`), answered with 429 and `Retry-After`.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

use crate::api::RateLimit;

/// One token's limiter, on clock `C` (the real one, or a fake in tests).
type Limiter<C> = RateLimiter<NotKeyed, InMemoryState, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// A token's limit and the limiter counting its requests.
type TokenLimiter<C> = (RateLimit, Arc<Limiter<C>>);

/// The limiter of every token seen so far, keyed by token id.
#[derive(Clone)]
pub struct TokenLimits<C: Clock + Clone = DefaultClock> {
    limiters: Arc<Mutex<HashMap<i64, TokenLimiter<C>>>>,
    clock: C,
}

impl Default for TokenLimits {
    fn default() -> Self {
        TokenLimits::with_clock(DefaultClock::default())
    }
}

impl<C: Clock + Clone> TokenLimits<C> {
    pub fn with_clock(clock: C) -> Self {
        TokenLimits {
            limiters: Default::default(),
            clock,
        }
    }

    /// Counts one request of `token_id`; `Err(wait)` when it is over its limit.
    pub fn check(&self, token_id: i64, limit: RateLimit) -> Result<(), Duration> {
        let limiter = {
            let mut map = self.limiters.lock().unwrap_or_else(|p| p.into_inner());
            let entry = map
                .entry(token_id)
                .or_insert_with(|| (limit, Arc::new(self.limiter_for(limit))));
            if entry.0 != limit {
                *entry = (limit, Arc::new(self.limiter_for(limit)));
            }
            entry.1.clone()
        };
        limiter
            .check()
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Requests are spread evenly over the period, with a second's worth of burst
    /// (at least 2) so that a client pacing itself at exactly the limit is never
    /// refused because of network jitter.
    fn limiter_for(&self, limit: RateLimit) -> Limiter<C> {
        let per_second = limit.requests.get().div_ceil(limit.per_seconds.get());
        let burst = NonZeroU32::new(per_second.max(2)).expect("at least 2");
        let quota = Quota::with_period(limit.interval())
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MAX))
            .allow_burst(burst);
        RateLimiter::direct_with_clock(quota, self.clock.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_over_its_limit_is_told_how_long_to_wait() {
        let clock = governor::clock::FakeRelativeClock::default();
        let limits = TokenLimits::with_clock(clock.clone());
        let limit: RateLimit = "60/min".parse().unwrap();
        assert!(limits.check(1, limit).is_ok());
        assert!(limits.check(1, limit).is_ok(), "a burst of 2 is allowed");
        let wait = limits.check(1, limit).unwrap_err();
        assert_eq!(wait, Duration::from_secs(1), "one request a second");
        clock.advance(Duration::from_millis(999));
        assert!(limits.check(1, limit).is_err(), "not yet");
        clock.advance(Duration::from_millis(1));
        assert!(limits.check(1, limit).is_ok(), "a second later");
        assert!(
            limits.check(2, limit).is_ok(),
            "tokens have their own budgets"
        );
    }
}
