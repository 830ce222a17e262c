use std::path::PathBuf;

use super::ConfigError;

/// The directory holding refctl's config, credentials and local workspace.
#[derive(Debug, Clone)]
pub struct Paths {
    pub home: PathBuf,
}

impl Paths {
    /// `REFCTL_HOME`, else `<data dir>/refctl` (e.g. `~/.local/share/refctl`).
    pub fn from_env() -> Result<Paths, ConfigError> {
        if let Some(home) = std::env::var_os("REFCTL_HOME").filter(|h| !h.is_empty()) {
            return Ok(Paths { home: home.into() });
        }
        let data = dirs::data_dir().ok_or(ConfigError::NoHome)?;
        Ok(Paths {
            home: data.join("refctl"),
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.home.join("config.toml")
    }

    pub fn credentials_file(&self) -> PathBuf {
        self.home.join("credentials.toml")
    }

    /// The SQLite file of the embedded workspace, created on first use.
    pub fn embedded_db(&self) -> PathBuf {
        self.home.join("workspace.db")
    }
}
