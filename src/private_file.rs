//! Files only their owner may read: databases, journals, reports of
//! customers, credentials. Created with mode 0600 from the start (never
//! created open and narrowed after), on Unix.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options
}

/// Creates (or truncates) `path` for writing.
pub fn create(path: &Path) -> io::Result<File> {
    options().create(true).truncate(true).open(path)
}

/// Creates `path`, failing when something is there already (a link planted
/// in its place, a file left by another writer).
pub fn create_new(path: &Path) -> io::Result<File> {
    options().create_new(true).open(path)
}

/// Creates `path` empty unless it exists, so that whatever opens it next
/// (SQLite) finds it private.
pub fn touch(path: &Path) -> io::Result<()> {
    match create_new(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates `dir` and any missing parents as directories only their owner may
/// enter (0700 on Unix, whatever the umask): their names (campaign codes,
/// upload ids) are nobody else's business either. Existing directories are
/// left as they are.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// A name that came from data (a campaign's code, a list's name) as one
/// directory or file name. The code comes from an API (a
/// hosted platform's, or anything answering at the configured URL), so it
/// is never trusted to be a plain name: a code of letters, digits, `-` and
/// `_` (up to 64) is used as it is; anything else (a `/`, `..`, a control
/// character) is reduced to those characters and marked with a hash of the
/// whole code, so that two codes never share a directory and no code
/// leads out of `uploads/`.
pub fn path_component(code: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if !code.is_empty() && code.len() <= 64 && code.chars().all(plain) {
        return code.to_string();
    }
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(code.as_bytes());
    let kept: String = code.chars().filter(|&c| plain(c)).take(40).collect();
    format!("{kept}~{}", crate::domain::codes::hex(&digest[..4]))
}

#[cfg(test)]
mod path_tests {
    use super::path_component;

    #[test]
    fn a_campaign_code_never_leaves_its_directory() {
        assert_eq!(path_component("spring-2026"), "spring-2026");
        for hostile in ["../../etc", "/abs", "a/b", "..", ".", "", "x\n", "é"] {
            let name = path_component(hostile);
            assert!(
                !name.contains('/') && !name.contains('.') && !name.is_empty(),
                "{hostile:?} -> {name}"
            );
            assert!(name.contains('~'), "{hostile:?} is marked: {name}");
        }
        assert_ne!(
            path_component("a/b"),
            path_component("a.b"),
            "distinct codes, distinct names"
        );
    }
}
