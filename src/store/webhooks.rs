//! The shared secrets of the inbound webhooks.

use super::sql::{Db, Optional};
use crate::params;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;

use super::{Result, StoreError, now};
use crate::domain::Refusal;

/// How long the secret before a rotation keeps working, so that senders can switch.
const GRACE_DAYS: u32 = 1;

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("whsec_{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Makes the workspace's secret of `kind`; refuses when there is one already.
pub fn create_secret(conn: &dyn Db, workspace_id: i64, kind: &str) -> Result<String> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM webhook_secrets WHERE workspace_id = ?1 AND kind = ?2)",
        params![workspace_id, kind],
        |r| r.get(0),
    )?;
    if exists {
        return Err(Refusal::conflict(format!(
            "the workspace already has a {kind} webhook secret; rotate it to get a new one"
        ))
        .into());
    }
    let secret = new_secret();
    conn.execute(
        "INSERT INTO webhook_secrets (workspace_id, kind, secret, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![workspace_id, kind, secret, now()],
    )?;
    Ok(secret)
}

/// Replaces the secret; the old one keeps working for a day.
pub fn rotate_secret(conn: &dyn Db, workspace_id: i64, kind: &str) -> Result<String> {
    let secret = new_secret();
    let changed = conn.execute(
        "UPDATE webhook_secrets SET previous_secret = secret, secret = ?3, rotated_at = ?4
         WHERE workspace_id = ?1 AND kind = ?2",
        params![workspace_id, kind, secret, now()],
    )?;
    if changed == 0 {
        return Err(StoreError::from(Refusal::not_found(format!(
            "the workspace has no {kind} webhook secret yet; create one first"
        ))));
    }
    Ok(secret)
}

/// Sets the secret to one made elsewhere (checked by the caller) (Stripe makes its endpoints'
/// signing secrets); a secret it replaces keeps working for a day.
pub fn set_secret(conn: &dyn Db, workspace_id: i64, kind: &str, secret: &str) -> Result<()> {
    let at = now();
    conn.execute(
        "INSERT INTO webhook_secrets (workspace_id, kind, secret, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (workspace_id, kind) DO UPDATE SET
             previous_secret = webhook_secrets.secret, secret = excluded.secret, rotated_at = ?4
         WHERE webhook_secrets.secret != excluded.secret",
        params![workspace_id, kind, secret, at],
    )?;
    Ok(())
}

/// The workspace named `workspace` and the secrets of `kind` that are valid now.
pub fn valid_secrets(
    conn: &dyn Db,
    workspace: &str,
    kind: &str,
) -> Result<Option<(i64, Vec<String>)>> {
    let row: Option<(i64, String, Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT s.workspace_id, s.secret, s.previous_secret, s.rotated_at
             FROM webhook_secrets s JOIN workspaces w ON w.id = s.workspace_id
             WHERE w.name = ?1 AND s.kind = ?2",
            params![workspace, kind],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    Ok(row.map(|(id, secret, previous, rotated_at)| {
        let mut secrets = vec![secret];
        let grace_until = rotated_at.and_then(|at| crate::domain::time::add_days(&at, GRACE_DAYS));
        if let (Some(previous), Some(until)) = (previous, grace_until)
            && now() <= until
        {
            secrets.push(previous);
        }
        (id, secrets)
    }))
}

/// Adds `count` refused requests to the workspace's secret of `kind`.
pub fn count_refused(conn: &dyn Db, workspace_id: i64, kind: &str, count: u64) -> Result<()> {
    conn.execute(
        "UPDATE webhook_secrets SET refused = refused + ?3 WHERE workspace_id = ?1 AND kind = ?2",
        params![workspace_id, kind, count],
    )?;
    Ok(())
}

/// How many requests were refused, per kind.
pub fn refused(conn: &dyn Db, workspace_id: i64, kind: &str) -> Result<u64> {
    Ok(conn
        .query_row(
            "SELECT refused FROM webhook_secrets WHERE workspace_id = ?1 AND kind = ?2",
            params![workspace_id, kind],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// The workspace's webhooks, without their secrets.
pub fn list(conn: &dyn Db, workspace_id: i64) -> Result<Vec<crate::api::WebhookInfo>> {
    conn.query_map(
        "SELECT kind, created_at, rotated_at, refused FROM webhook_secrets
         WHERE workspace_id = ?1 ORDER BY kind",
        params![workspace_id],
        |r| {
            Ok(crate::api::WebhookInfo {
                kind: r.get(0)?,
                created_at: r.get(1)?,
                rotated_at: r.get(2)?,
                refused: r.get(3)?,
            })
        },
    )
}
