use std::path::PathBuf;

/// Settings that cannot be read, written or understood.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot find a home for refctl's files: set REFCTL_HOME to a directory")]
    NoHome,
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid TOML: {message}; fix or delete the file")]
    Parse { path: PathBuf, message: String },
    #[error("REFCTL_PROVIDER: {message}")]
    BadProvider { message: String },
    #[error("'{url}' is not an API URL: {reason} (expected something like http://127.0.0.1:8080)")]
    BadUrl { url: String, reason: String },
    #[error(
        "no profile '{name}' in {path}; known profiles: {known}. Create it with `refctl config set api_url URL --profile {name}`"
    )]
    UnknownProfile {
        name: String,
        path: PathBuf,
        known: String,
    },
    #[error("REFCTL_CREDENTIAL_STORE='{0}' is not one of auto, keyring, file")]
    BadCredentialStore(String),
    #[error("the OS keyring refused the token: {0}")]
    Keyring(String),
}
