//! A link's platform token, read where the link says when the server
//! starts (or the link changes): never from the database, which holds only
//! the variable's name or the file's path.

use crate::store::links::TokenSource;

/// The token, or what to do to provide it.
pub fn read_token(source: &TokenSource) -> Result<String, String> {
    let token = match source {
        TokenSource::Env(name) => std::env::var(name).map_err(|_| {
            format!("the platform token is read from ${name}, which is not set in the server's environment: set it and restart the server")
        })?,
        TokenSource::File(path) => std::fs::read_to_string(path).map_err(|e| {
            format!("the platform token is read from {path}, which cannot be read ({e}): check the path and its permissions")
        })?,
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(format!("the platform token at {source} is empty"));
    }
    Ok(token)
}
