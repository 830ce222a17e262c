use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::file::{read_optional, write_atomic};
use super::{ConfigError, Paths};

/// Service name of keyring entries; the entry's user is `profile@api_url`.
const KEYRING_SERVICE: &str = "refctl";
/// A keyring daemon that does not answer must not hang the CLI.
const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Where a token was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredIn {
    Keyring,
    File(PathBuf),
}

/// Where the token in use came from, for `auth status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Flag,
    Env,
    Keyring,
    File(PathBuf),
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Flag => f.write_str("flag"),
            TokenSource::Env => f.write_str("env REFCTL_TOKEN"),
            TokenSource::Keyring => f.write_str("OS keyring"),
            TokenSource::File(path) => write!(f, "file {}", path.display()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The OS keyring when it answers, else the file.
    Auto,
    Keyring,
    File,
}

/// `credentials.toml`, used where no keyring answers.
#[derive(Debug, Default, Serialize, Deserialize)]
struct CredentialsFile {
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

/// Tokens per profile and API URL: in the OS keyring, or a 0600 file.
pub struct CredentialStore {
    mode: Mode,
    file: PathBuf,
}

impl CredentialStore {
    /// `REFCTL_CREDENTIAL_STORE` picks `auto` (default), `keyring` or `file`.
    pub fn new(paths: &Paths) -> Result<Self, ConfigError> {
        let mode = match std::env::var("REFCTL_CREDENTIAL_STORE").ok().as_deref() {
            None | Some("") | Some("auto") => Mode::Auto,
            Some("keyring") => Mode::Keyring,
            Some("file") => Mode::File,
            Some(other) => return Err(ConfigError::BadCredentialStore(other.to_string())),
        };
        Ok(CredentialStore {
            mode,
            file: paths.credentials_file(),
        })
    }

    pub fn save(&self, profile: &str, api_url: &str, token: &str) -> Result<StoredIn, ConfigError> {
        let key = entry_key(profile, api_url);
        if self.mode != Mode::File {
            let token = token.to_string();
            match keyring_call(key.clone(), move |e| e.set_password(&token)) {
                Ok(()) => {
                    // A stale file copy would shadow nothing, but must not linger.
                    self.remove_from_file(&key)?;
                    return Ok(StoredIn::Keyring);
                }
                Err(e) if self.mode == Mode::Keyring => return Err(ConfigError::Keyring(e)),
                Err(_) => {}
            }
        }
        let mut file = self.read_file()?;
        file.tokens.insert(key, token.to_string());
        self.write_file(&file)?;
        Ok(StoredIn::File(self.file.clone()))
    }

    pub fn load(
        &self,
        profile: &str,
        api_url: &str,
    ) -> Result<Option<(String, TokenSource)>, ConfigError> {
        let key = entry_key(profile, api_url);
        if let Some(token) = self.read_file()?.tokens.remove(&key) {
            return Ok(Some((token, TokenSource::File(self.file.clone()))));
        }
        if self.mode != Mode::File
            && let Ok(token) = keyring_call(key, |e| e.get_password())
        {
            return Ok(Some((token, TokenSource::Keyring)));
        }
        Ok(None)
    }

    /// Forgets the token wherever it is; true when there was one.
    pub fn delete(&self, profile: &str, api_url: &str) -> Result<bool, ConfigError> {
        let key = entry_key(profile, api_url);
        let mut removed = self.remove_from_file(&key)?;
        if self.mode != Mode::File {
            removed |= keyring_call(key, |e| e.delete_credential()).is_ok();
        }
        Ok(removed)
    }

    fn remove_from_file(&self, key: &str) -> Result<bool, ConfigError> {
        let mut file = self.read_file()?;
        let removed = file.tokens.remove(key).is_some();
        if removed {
            self.write_file(&file)?;
        }
        Ok(removed)
    }

    fn read_file(&self) -> Result<CredentialsFile, ConfigError> {
        match read_optional(&self.file)? {
            None => Ok(CredentialsFile::default()),
            Some(text) => toml::from_str(&text).map_err(|e| ConfigError::Parse {
                path: self.file.clone(),
                message: e.message().to_string(),
            }),
        }
    }

    fn write_file(&self, file: &CredentialsFile) -> Result<(), ConfigError> {
        let text = toml::to_string_pretty(file).expect("credentials serialize to TOML");
        write_atomic(&self.file, text.as_bytes(), true)
    }
}

fn entry_key(profile: &str, api_url: &str) -> String {
    format!("{profile}@{}", api_url.trim_end_matches('/'))
}

/// Runs one keyring operation on its own thread, giving up after a timeout:
/// a keyring daemon that is present but stuck must not hang the CLI.
fn keyring_call<T: Send + 'static>(
    key: String,
    op: impl FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = keyring::Entry::new(KEYRING_SERVICE, &key).and_then(|entry| op(&entry));
        let _ = tx.send(result.map_err(|e| e.to_string()));
    });
    rx.recv_timeout(KEYRING_TIMEOUT)
        .unwrap_or_else(|_| Err("the keyring did not answer".to_string()))
}

/// Shows enough of a token to recognise it, never enough to use it.
pub fn mask_token(token: &str) -> String {
    let visible: String = token.chars().take(8).collect();
    if token.chars().count() <= 12 {
        return "****".to_string();
    }
    format!("{visible}…{}", "*".repeat(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_hides_the_secret_part() {
        let masked = mask_token("rfk_abcdefghijklmnopqrstuvwxyz");
        assert_eq!(masked, "rfk_abcd…****");
        assert_eq!(mask_token("short"), "****");
    }

    #[test]
    fn file_store_round_trips_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let store = CredentialStore {
            mode: Mode::File,
            file: dir.path().join("credentials.toml"),
        };
        assert_eq!(store.load("default", "http://x").unwrap(), None);
        let stored = store.save("default", "http://x/", "rfk_secret").unwrap();
        assert_eq!(stored, StoredIn::File(store.file.clone()));
        let (token, _) = store.load("default", "http://x").unwrap().unwrap();
        assert_eq!(token, "rfk_secret");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&store.file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(store.delete("default", "http://x").unwrap());
        assert!(!store.delete("default", "http://x").unwrap());
    }
}
