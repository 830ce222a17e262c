//! Where settings come from: the config file with its named profiles, the
//! credential store, and the environment. Precedence is always
//! flag > `REFCTL_*` environment variable > profile > default.

mod credentials;
mod error;
mod file;
mod paths;
mod provider;
mod settings;

pub use credentials::{CredentialStore, StoredIn, TokenSource, mask_token};
pub use error::ConfigError;
pub use file::{ConfigFile, Profile};
pub use paths::Paths;
pub use provider::Provider;
pub use settings::{Backend, Origin, Overrides, Settings, validate_api_url};
