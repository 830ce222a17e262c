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
