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

fn list_key_kind(key: MatchKey) -> Option<ListKeyKind> {
    match key {
        MatchKey::Email => Some(ListKeyKind::Email),
        MatchKey::Code => Some(ListKeyKind::Code),
        MatchKey::ExternalId => Some(ListKeyKind::ExternalId),
        MatchKey::Phone => Some(ListKeyKind::Phone),
    }
}

/// The keys of one row of the file, as a list keeps them.
pub fn keys_of_row(
    row: &RowResult<'_>,
    region: Option<phonenumber::country::Id>,
    out: &mut Vec<ListKey>,
) {
    for (key, column) in row.key_columns {
        let (Some(kind), Some(raw)) = (list_key_kind(*key), row.row.field(*column)) else {
            continue;
        };
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

/// `lists replace NAME FILE --remove`: the keys of the file's rows (read as
/// an upload reads them), taken out of the list. What they qualified stays
/// qualified.
pub async fn remove_from_file(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    campaign: &str,
    name: &str,
    args: &super::upload::UploadArgs,
) -> anyhow::Result<crate::cli::exit::Exit> {
    use crate::cli::exit::{Exit, UsageError};
    use crate::matching::table::{Table, TableOptions};
    let options = super::upload::read_options(args)?;
    let region = options
        .region
        .as_deref()
        .and_then(|r| normalize::phone_region(r).ok());
    let file = std::fs::File::open(&args.file)
        .map_err(|e| UsageError(format!("could not read {}: {e}", args.file.display())))?;
    let mut table = Table::open(
        std::io::BufReader::new(file),
        &TableOptions {
            encoding: options.encoding.clone(),
            delimiter: options.delimiter,
        },
    )
    .map_err(|e| UsageError(format!("{}: {e}", args.file.display())))?;
    let columns =
        crate::matching::columns::map_columns(&table.header, &options.keys, &options.columns)
            .map_err(|e| UsageError(format!("{}: {e}", args.file.display())))?;
    let mut keys = Vec::new();
    while let Some(row) = table.next_row().map_err(|e| UsageError(e.to_string()))? {
        let row = row.map_err(|bad| {
            UsageError(format!(
                "{} line {}: {}",
                args.file.display(),
                bad.line,
                bad.message
            ))
        })?;
        for &(key, column) in &columns {
            let (Some(kind), Some(raw)) = (list_key_kind(key), row.fields.get(column)) else {
                continue;
            };
            if let Some(sha256) = normalize::list_key_in(key, raw, region) {
                keys.push(ListKey {
                    kind,
                    sha256,
                    line: row.line,
                });
            }
        }
    }
    if keys.is_empty() {
        return Err(UsageError(format!(
            "{} holds no keys to remove: nothing changed",
            args.file.display()
        ))
        .into());
    }
    if args.dry_run {
        ctx.printer.status(format!(
            "Dry run: {} of {} would be taken out of list '{name}'",
            count(keys.len() as u64, "key"),
            args.file.display()
        ));
        return Ok(Exit::Success);
    }
    let question = format!(
        "Take {} out of list '{name}' of campaign '{campaign}'? What it qualified stays qualified",
        count(keys.len() as u64, "key")
    );
    if !crate::output::confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing was removed");
        return Ok(Exit::Failure);
    }
    let mut removed = 0;
    for chunk in keys.chunks(MAX_LIST_KEYS) {
        removed += client
            .remove_list_keys(
                campaign,
                name,
                &crate::api::RemoveKeys {
                    keys: chunk.to_vec(),
                },
            )
            .await?
            .removed;
    }
    ctx.printer.status(format!(
        "Took {} out of list '{name}' ({} of the file's were not on it)",
        count(removed, "key"),
        keys.len() as u64 - removed.min(keys.len() as u64)
    ));
    ctx.printer.result(&crate::api::KeysRemoved { removed })?;
    Ok(Exit::Success)
}
