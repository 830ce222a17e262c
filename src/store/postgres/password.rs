//! Where a PostgreSQL password comes from when the URL has none, as libpq
//! looks for it: `--db-password-file` (refctl's own), then `PGPASSWORD`,
//! then the password file (`PGPASSFILE`, else `~/.pgpass`). A password in
//! the URL is visible to anyone running `ps`; these are not.

use std::path::{Path, PathBuf};

use crate::store::{Result, StoreError};

/// The places a password may come from, read once.
#[derive(Debug, Clone, Default)]
pub struct PasswordSource {
    /// A file holding the password alone (`--db-password-file`).
    pub file: Option<PathBuf>,
    /// `PGPASSWORD`.
    pub env: Option<String>,
    /// `PGPASSFILE`, else `~/.pgpass`.
    pub passfile: Option<PathBuf>,
}

/// The file `--db-password-file` names, for every connection this process
/// opens (set once by the command line, before any).
static PASSWORD_FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Takes the database password from `path` for every connection that has
/// none in its URL.
pub fn use_password_file(path: PathBuf) {
    let _ = PASSWORD_FILE.set(path);
}

impl PasswordSource {
    /// As the command line and the environment give them.
    pub fn from_env() -> PasswordSource {
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        PasswordSource {
            file: PASSWORD_FILE.get().cloned(),
            env: var("PGPASSWORD").and_then(|v| v.into_string().ok()),
            passfile: var("PGPASSFILE")
                .map(PathBuf::from)
                .or_else(|| dirs::home_dir().map(|h| h.join(".pgpass"))),
        }
    }
}

/// Gives `config` a password from `source` when its URL has none.
pub fn fill(config: &mut tokio_postgres::Config, source: &PasswordSource) -> Result<()> {
    if config.get_password().is_some() {
        return Ok(());
    }
    if let Some(path) = &source.file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            StoreError::Unavailable(format!(
                "could not read the database password file {}: {e}",
                path.display()
            ))
        })?;
        // A trailing newline is the editor's, not the password's.
        config.password(text.trim_end_matches(['\n', '\r']));
        return Ok(());
    }
    if let Some(password) = &source.env {
        config.password(password.as_str());
        return Ok(());
    }
    if let Some(path) = &source.passfile
        && let Some(password) = from_passfile(path, config)
    {
        config.password(password);
    }
    Ok(())
}

/// The password of the first line of the file that matches the
/// connection (`host:port:database:user:password`, `*` matching anything,
/// `\` escaping `:` and `\`), as libpq reads it. A missing or unreadable
/// file is no password.
fn from_passfile(path: &Path, config: &tokio_postgres::Config) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(name)) => name.clone(),
        #[cfg(unix)]
        Some(tokio_postgres::config::Host::Unix(_)) | None => "localhost".into(),
        #[cfg(not(unix))]
        None => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default();
    let database = config.get_dbname().unwrap_or(user);
    let wanted = [host.as_str(), port.as_str(), database, user];
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .map(fields)
        .find(|f| {
            f.len() == 5
                && f[..4]
                    .iter()
                    .zip(wanted)
                    .all(|(pattern, value)| pattern == "*" || pattern == value)
        })
        .map(|mut f| f.swap_remove(4))
}

fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(last) = out.last_mut()
                {
                    last.push(next);
                }
            }
            ':' => out.push(String::new()),
            c => {
                if let Some(last) = out.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn config(url: &str) -> tokio_postgres::Config {
        tokio_postgres::Config::from_str(url).unwrap()
    }

    #[test]
    fn a_url_password_wins_then_the_file_then_the_environment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "from-file\n").unwrap();
        let source = PasswordSource {
            file: Some(file),
            env: Some("from-env".into()),
            passfile: None,
        };
        let mut c = config("postgres://u:inline@h/db");
        fill(&mut c, &source).unwrap();
        assert_eq!(c.get_password(), Some(&b"inline"[..]));
        let mut c = config("postgres://u@h/db");
        fill(&mut c, &source).unwrap();
        assert_eq!(c.get_password(), Some(&b"from-file"[..]));
        let mut c = config("postgres://u@h/db");
        fill(
            &mut c,
            &PasswordSource {
                file: None,
                ..source
            },
        )
        .unwrap();
        assert_eq!(c.get_password(), Some(&b"from-env"[..]));
    }

    #[test]
    fn the_password_file_matches_host_port_database_and_user() {
        let dir = tempfile::tempdir().unwrap();
        let passfile = dir.path().join("pgpass");
        std::fs::write(
            &passfile,
            "# comment\nother:5432:*:u:wrong\ndb.example:5433:refctl:u:p\\:w\\\\d\n*:*:*:u:fallback\n",
        )
        .unwrap();
        let source = PasswordSource {
            file: None,
            env: None,
            passfile: Some(passfile),
        };
        let mut c = config("postgres://u@db.example:5433/refctl");
        fill(&mut c, &source).unwrap();
        assert_eq!(c.get_password(), Some(&b"p:w\\d"[..]));
        let mut c = config("postgres://u@elsewhere/x");
        fill(&mut c, &source).unwrap();
        assert_eq!(c.get_password(), Some(&b"fallback"[..]));
        let mut c = config("postgres://nobody@elsewhere/x");
        fill(&mut c, &source).unwrap();
        assert_eq!(c.get_password(), None);
    }
}
