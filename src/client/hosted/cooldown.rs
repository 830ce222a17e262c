//! The memory of a platform's last 429, across runs: three quick reruns
//! after a 429 must not be three more abuses (Referral Factory blocks an IP
//! that goes over its limit more than three times: turn3-providers §1.1).
//! One small file under `REFCTL_HOME/cooldown/`, holding the time until
//! which refctl will not call the platform.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::client::ClientError;

#[derive(Debug, Clone)]
pub struct Cooldown {
    path: PathBuf,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn stamp(secs: u64) -> String {
    crate::domain::time::from_unix(secs as i64).unwrap_or_else(|| secs.to_string())
}

impl Cooldown {
    /// The cool-down of `platform` (its `--provider` id) under `home`.
    pub fn new(home: &std::path::Path, platform: &str) -> Cooldown {
        Cooldown {
            path: home.join("cooldown").join(format!("{platform}.until")),
        }
    }

    /// Until when (seconds since the epoch) no call may go, if that is later than now.
    fn until(&self) -> Option<u64> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let until: u64 = text.trim().parse().ok()?;
        (until > now_secs()).then_some(until)
    }

    /// Refuses a call inside the cool-down, saying until when.
    pub fn check(&self, title: &'static str) -> Result<(), ClientError> {
        match self.until() {
            Some(until) => Err(ClientError::CoolingDown {
                title,
                until: stamp(until),
                path: self.path.display().to_string(),
            }),
            None => Ok(()),
        }
    }

    /// Records a 429 now: no call before `now + window`. Returns that time.
    pub fn note(&self, window: Duration) -> std::io::Result<String> {
        let until = now_secs() + window.as_secs().max(1);
        if let Some(dir) = self.path.parent() {
            crate::private_file::create_dir_all(dir)?;
        }
        std::fs::write(&self.path, until.to_string())?;
        Ok(stamp(until))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_429_refuses_calls_until_the_window_ends() {
        let home = std::env::temp_dir().join(format!("refctl-cooldown-{}", std::process::id()));
        let c = Cooldown::new(&home, "referral-factory");
        assert!(c.check("RF").is_ok());
        c.note(Duration::from_secs(60)).unwrap();
        let e = c.check("RF").unwrap_err().to_string();
        assert!(e.contains("will not call it again before"), "{e}");
        std::fs::write(&c.path, (now_secs() - 1).to_string()).unwrap();
        assert!(c.check("RF").is_ok());
        let _ = std::fs::remove_dir_all(home);
    }
}
