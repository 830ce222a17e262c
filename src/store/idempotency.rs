//! Stored responses of mutations, keyed by the caller's Idempotency-Key.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, now};

/// A response kept for replay.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub body: Vec<u8>,
}

pub fn find_response(
    conn: &Connection,
    workspace_id: i64,
    key: &str,
) -> Result<Option<StoredResponse>> {
    Ok(conn
        .query_row(
            "SELECT request_hash, status, body FROM idempotency_keys WHERE workspace_id = ?1 AND key = ?2",
            params![workspace_id, key],
            |r| {
                Ok(StoredResponse {
                    request_hash: r.get(0)?,
                    status: r.get(1)?,
                    body: r.get(2)?,
                })
            },
        )
        .optional()?)
}

pub fn store_response(
    conn: &Connection,
    workspace_id: i64,
    key: &str,
    response: &StoredResponse,
) -> Result<()> {
    conn.execute(
        "INSERT INTO idempotency_keys (workspace_id, key, request_hash, status, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
        params![
            workspace_id,
            key,
            response.request_hash,
            response.status,
            response.body,
            now()
        ],
    )?;
    Ok(())
}
