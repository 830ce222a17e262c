//! The one place the store reads the clock.

/// Now, in the stored form.
pub fn now() -> String {
    crate::domain::time::stored(jiff::Timestamp::now())
}
