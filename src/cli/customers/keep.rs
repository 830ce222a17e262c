//! Keeping an uploaded file's keys as a standing list: the keys of each row
//! as the upload reads them, sent as SHA-256 digests.

use crate::api::{ListKey, ListKeyKind, ListKeys, ListKind, MAX_LIST_KEYS};
use crate::cli::context::Ctx;
use crate::client::ReferralApi;
use crate::matching::{MatchKey, RowResult, normalize};
use crate::output::count;

/// A list to keep from the file being uploaded (`customers lists add`).
pub struct KeepList {
    pub name: String,
    pub kind: ListKind,
    pub expires_in_days: Option<u32>,
    /// Swap the keys of the list of that name instead of making a new one.
    pub replace: bool,
    /// Add to the keys of the list of that name (a delta).
    pub existing: bool,
}

pub(super) fn list_key_kind(key: MatchKey) -> ListKeyKind {
    match key {
        MatchKey::Email => ListKeyKind::Email,
        MatchKey::Code => ListKeyKind::Code,
        MatchKey::ExternalId => ListKeyKind::ExternalId,
        MatchKey::Phone => ListKeyKind::Phone,
    }
}

/// The keys of one row of the file, as a list keeps them.
pub fn keys_of_row(
    row: &RowResult<'_>,
    region: Option<phonenumber::country::Id>,
    out: &mut Vec<ListKey>,
) {
    for (key, column) in row.key_columns {
        let Some(raw) = row.row.field(*column) else {
            continue;
        };
        let kind = list_key_kind(*key);
        if let Some(sha256) = normalize::list_key_in(*key, &String::from_utf8_lossy(raw), region) {
            out.push(ListKey {
                kind,
                sha256,
                line: row.line,
            });
        }
    }
}

/// Keeps `keys` as the campaign's list: made (or, to replace, found), then
/// its keys sent in requests of [`MAX_LIST_KEYS`], each with a key derived
/// from the list and its contents (a rerun replays, never doubles).
pub async fn keep(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    campaign: &str,
    list: &KeepList,
    keys: &[ListKey],
) -> anyhow::Result<()> {
    if list.replace || list.existing {
        client.get_list(campaign, &list.name).await?;
    } else {
        client
            .create_list(
                campaign,
                &crate::api::NewCustomerList {
                    name: list.name.clone(),
                    kind: list.kind,
                    expires_in_days: list.expires_in_days,
                },
            )
            .await?;
    }
    use sha2::Digest as _;
    let mut whole = sha2::Sha256::new();
    for k in keys {
        whole.update(k.sha256.as_bytes());
    }
    let whole = crate::domain::codes::hex(&whole.finalize()[..8]);
    let chunks: Vec<&[ListKey]> = if keys.is_empty() {
        vec![&[]]
    } else {
        keys.chunks(MAX_LIST_KEYS).collect()
    };
    for (i, chunk) in chunks.into_iter().enumerate() {
        let body = ListKeys {
            keys: chunk.to_vec(),
            // The first request of a replacement drops the old keys.
            replace: list.replace && i == 0,
        };
        let key = format!("list-{campaign}-{}-{whole}-{i}", list.name);
        client
            .add_list_keys(campaign, &list.name, &body, key)
            .await?;
    }
    ctx.printer.status(format!(
        "Kept {} in list '{}' of campaign '{campaign}' (as digests: no address is stored)",
        count(keys.len() as u64, "key"),
        list.name
    ));
    Ok(())
}
