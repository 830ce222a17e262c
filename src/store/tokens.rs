//! Workspaces and the tokens that open them.

use super::sql::{Db, Dialect, Optional};
use crate::params;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::{Result, now};
use crate::api::{RateLimit, Scope};

/// Who is making a request: resolved from a token, or the local user of the embedded store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub workspace_id: i64,
    pub workspace: String,
    /// The token's name; recorded as the actor of every change.
    pub actor: String,
    pub scope: Scope,
    /// The token's id; none for the local user.
    pub token_id: Option<i64>,
    /// The token's request rate limit, if it has one.
    pub rate_limit: Option<RateLimit>,
}

/// Every token starts with this, so that secret scanners can find leaked ones.
pub const TOKEN_PREFIX: &str = "rfk_";

/// The id of the workspace named `name`, created when missing.
pub fn ensure_workspace(conn: &dyn Db, name: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO workspaces (name, created_at) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
        params![name, now()],
    )?;
    conn.query_row(
        "SELECT id FROM workspaces WHERE name = ?1",
        params![name],
        |r| r.get(0),
    )
}

/// A token's request budget kept in its row (GCRA: the theoretical arrival
/// time), so that every server process on the database draws on the same one.
#[derive(Debug, Clone, Copy)]
pub struct SharedLimit {
    /// Seconds between requests at the limit.
    pub interval: f64,
    /// How far ahead of now the arrival time may run: the burst.
    pub tolerance: f64,
}

/// Counts one request of the token at `now` (seconds since the epoch);
/// `Ok(Err(wait))` when it is over its limit. One statement: the row lock
/// makes concurrent requests take turns.
pub fn take_request(
    conn: &dyn Db,
    token_id: i64,
    limit: SharedLimit,
    now: f64,
) -> Result<Result<(), f64>> {
    let greatest = match conn.dialect() {
        Dialect::Sqlite => "max",
        Dialect::Postgres => "GREATEST",
    };
    let taken = conn.execute(
        &format!(
            "UPDATE tokens SET rate_tat = {greatest}(COALESCE(rate_tat, 0), ?2) + ?3
             WHERE id = ?1 AND {greatest}(COALESCE(rate_tat, 0), ?2) - ?2 <= ?4"
        ),
        params![token_id, now, limit.interval, limit.tolerance],
    )?;
    if taken == 1 {
        return Ok(Ok(()));
    }
    let tat: Option<f64> = conn
        .query_row(
            "SELECT rate_tat FROM tokens WHERE id = ?1",
            params![token_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    Ok(Err((tat.unwrap_or(now) - limit.tolerance - now).max(0.0)))
}

/// Creates a token and returns it in plain text: the only time it exists outside the caller.
pub fn create_token(
    conn: &dyn Db,
    workspace: &str,
    name: &str,
    scope: Scope,
    rate_limit: Option<RateLimit>,
    expires_at: Option<&str>,
) -> Result<String> {
    let workspace_id = ensure_workspace(conn, workspace)?;
    let mut secret = [0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let token = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(secret));
    conn.execute(
        "INSERT INTO tokens (workspace_id, name, scope, token_hash, prefix, created_at,
                             rate_requests, rate_per_seconds, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            workspace_id,
            name,
            scope.as_str(),
            hash_token(&token),
            &token[..TOKEN_PREFIX.len() + 4],
            now(),
            rate_limit.map(|r| r.requests.get()),
            rate_limit.map(|r| r.per_seconds.get()),
            expires_at,
        ],
    )?;
    Ok(token)
}

pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    crate::domain::codes::hex(&digest)
}

/// The principal a token stands for, or `None` for an unknown, revoked or expired token.
pub fn authenticate(conn: &dyn Db, token: &str) -> Result<Option<Principal>> {
    conn.query_row(
        "SELECT w.id, w.name, t.name, t.scope, t.id, t.rate_requests, t.rate_per_seconds
             FROM tokens t
             JOIN workspaces w ON w.id = t.workspace_id
             WHERE t.token_hash = ?1 AND t.revoked_at IS NULL
               AND (t.expires_at IS NULL OR t.expires_at > ?2)",
        params![hash_token(token), now()],
        |r| {
            let scope: String = r.get(3)?;
            let rate_limit = match (r.get::<Option<u32>>(5)?, r.get::<Option<u32>>(6)?) {
                (Some(requests), Some(per_seconds)) => Some(RateLimit {
                    requests: requests.try_into().map_err(|_| {
                        rusqlite::Error::IntegralValueOutOfRange(5, i64::from(requests))
                    })?,
                    per_seconds: per_seconds.try_into().map_err(|_| {
                        rusqlite::Error::IntegralValueOutOfRange(6, i64::from(per_seconds))
                    })?,
                }),
                _ => None,
            };
            Ok(Principal {
                workspace_id: r.get(0)?,
                workspace: r.get(1)?,
                actor: r.get(2)?,
                scope: scope.parse().map_err(|e: String| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?,
                token_id: Some(r.get(4)?),
                rate_limit,
            })
        },
    )
    .optional()
}

/// A token as listings show it: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenInfo {
    pub id: i64,
    pub workspace: String,
    pub name: String,
    pub scope: String,
    /// The first characters, to tell tokens apart.
    pub prefix: String,
    pub rate_limit: Option<String>,
    pub created_at: String,
    pub expires_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// Every token, or a workspace's, oldest first.
pub fn list(conn: &dyn Db, workspace: Option<&str>) -> Result<Vec<TokenInfo>> {
    conn.query_map(
        "SELECT t.id, w.name, t.name, t.scope, t.prefix, t.rate_requests, t.rate_per_seconds,
                t.created_at, t.expires_at, t.revoked_at
         FROM tokens t JOIN workspaces w ON w.id = t.workspace_id
         WHERE CAST(?1 AS TEXT) IS NULL OR w.name = ?1 ORDER BY t.id",
        params![workspace],
        |r| {
            let rate = match (r.get::<Option<u32>>(5)?, r.get::<Option<u32>>(6)?) {
                (Some(n), Some(per)) => {
                    n.try_into()
                        .ok()
                        .zip(per.try_into().ok())
                        .map(|(requests, per_seconds)| {
                            RateLimit {
                                requests,
                                per_seconds,
                            }
                            .to_string()
                        })
                }
                _ => None,
            };
            Ok(TokenInfo {
                id: r.get(0)?,
                workspace: r.get(1)?,
                name: r.get(2)?,
                scope: r.get(3)?,
                prefix: r.get(4)?,
                rate_limit: rate,
                created_at: r.get(7)?,
                expires_at: r.get(8)?,
                revoked_at: r.get(9)?,
            })
        },
    )
}

/// Revokes token `id`; from now on it opens nothing. Revoking a revoked
/// token changes nothing. `None` when there is no such token.
pub fn revoke(conn: &dyn Db, id: i64) -> Result<Option<TokenInfo>> {
    conn.execute(
        "UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        params![id, now()],
    )?;
    Ok(list(conn, None)?.into_iter().find(|t| t.id == id))
}

/// The principal of the embedded store: the local user, admin of the `local` workspace.
pub fn local_principal(conn: &dyn Db) -> Result<Principal> {
    let workspace = "local";
    Ok(Principal {
        workspace_id: ensure_workspace(conn, workspace)?,
        workspace: workspace.into(),
        actor: "local".into(),
        scope: Scope::Admin,
        token_id: None,
        rate_limit: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stored_hashed_and_authenticate_to_their_workspace() {
        let conn = crate::store::sqlite::open_in_memory().unwrap();
        let token = create_token(&conn, "acme", "ci", Scope::Read, None, None).unwrap();
        assert!(token.starts_with(TOKEN_PREFIX));
        let stored: String = conn
            .query_row("SELECT token_hash FROM tokens", [], |r| r.get(0))
            .unwrap();
        assert_ne!(stored, token);
        assert!(!stored.contains(&token[TOKEN_PREFIX.len()..]));
        let p = authenticate(&conn, &token).unwrap().unwrap();
        assert_eq!(
            (p.workspace.as_str(), p.actor.as_str(), p.scope),
            ("acme", "ci", Scope::Read)
        );
        assert_eq!(authenticate(&conn, "rfk_wrong").unwrap(), None);
        let expired = create_token(
            &conn,
            "acme",
            "old",
            Scope::Admin,
            None,
            Some("2000-01-01T00:00:00.000000Z"),
        )
        .unwrap();
        assert_eq!(authenticate(&conn, &expired).unwrap(), None, "expired");
        let id = list(&conn, Some("acme")).unwrap()[0].id;
        assert!(revoke(&conn, id).unwrap().unwrap().revoked_at.is_some());
        assert_eq!(authenticate(&conn, &token).unwrap(), None, "revoked");
    }
}
