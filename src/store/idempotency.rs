//! Stored responses of mutations, keyed by the caller's Idempotency-Key.

use super::sql::{Db, Optional};
use crate::params;

use super::{Result, now};

/// A response kept for replay.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub body: Vec<u8>,
    /// When the replay is forgotten (responses that carry a secret); `None`: never.
    pub expires_at: Option<String>,
}

/// The stored response for `key`, unless it has expired (an expired one is
/// deleted: the secret it carried is gone for good).
pub fn find_response(
    conn: &dyn Db,
    workspace_id: i64,
    key: &str,
) -> Result<Option<StoredResponse>> {
    let found = conn
        .query_row(
            "SELECT request_hash, status, body, expires_at FROM idempotency_keys
             WHERE workspace_id = ?1 AND key = ?2",
            params![workspace_id, key],
            |r| {
                Ok(StoredResponse {
                    request_hash: r.get(0)?,
                    status: r.get(1)?,
                    body: r.get(2)?,
                    expires_at: r.get(3)?,
                })
            },
        )
        .optional()?;
    match found {
        Some(stored)
            if stored
                .expires_at
                .as_deref()
                .is_some_and(|at| at <= now().as_str()) =>
        {
            forget_expired(conn)?;
            Ok(None)
        }
        other => Ok(other),
    }
}

/// Holds `key` for the rest of the transaction (PostgreSQL: a transaction
/// advisory lock on the workspace and key), so that two requests with one
/// key run one after the other, the second finding the first's response.
/// SQLite's single writer serializes them already.
pub fn claim(conn: &dyn Db, workspace_id: i64, key: &str) -> Result<()> {
    if conn.dialect() == super::Dialect::Postgres {
        conn.query(
            "SELECT pg_advisory_xact_lock(hashtextextended(?1, ?2))",
            params![key, workspace_id],
        )?;
    }
    Ok(())
}

pub fn store_response(
    conn: &dyn Db,
    workspace_id: i64,
    key: &str,
    response: &StoredResponse,
) -> Result<()> {
    if response.expires_at.is_some() {
        forget_expired(conn)?;
    }
    conn.execute(
        "INSERT INTO idempotency_keys
             (workspace_id, key, request_hash, status, body, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
        params![
            workspace_id,
            key,
            response.request_hash,
            response.status,
            response.body,
            now(),
            response.expires_at,
        ],
    )?;
    Ok(())
}

/// Deletes every replay past its time.
fn forget_expired(conn: &dyn Db) -> Result<()> {
    conn.execute(
        "DELETE FROM idempotency_keys WHERE expires_at IS NOT NULL AND expires_at <= ?1",
        params![now()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replay_that_carries_a_secret_is_forgotten_when_it_expires() {
        let conn = crate::store::sqlite::open_in_memory().unwrap();
        let ws = crate::store::tokens::ensure_workspace(&conn, "acme").unwrap();
        let response = |expires_at: Option<&str>| StoredResponse {
            request_hash: "h".into(),
            status: 201,
            body: br#"{"secret":"whsec_x"}"#.to_vec(),
            expires_at: expires_at.map(str::to_string),
        };
        store_response(
            &conn,
            ws,
            "old",
            &response(Some("2000-01-01T00:00:00.000000Z")),
        )
        .unwrap();
        store_response(
            &conn,
            ws,
            "new",
            &response(Some("9999-01-01T00:00:00.000000Z")),
        )
        .unwrap();
        store_response(&conn, ws, "plain", &response(None)).unwrap();
        assert!(find_response(&conn, ws, "old").unwrap().is_none());
        assert!(find_response(&conn, ws, "new").unwrap().is_some());
        assert!(find_response(&conn, ws, "plain").unwrap().is_some());
        let secrets_kept: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM idempotency_keys WHERE key = 'old'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            secrets_kept, 0,
            "the expired secret is gone from the database"
        );
    }
}
