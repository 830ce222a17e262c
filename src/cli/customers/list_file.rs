//! Kept-list files read outside an upload: a list that comes pre-hashed (a
//! column of lowercase hex SHA-256 digests of normalized keys, as a data
//! team computes them and `customers lists hash` shows), kept as it is and
//! matched by the server, since this machine cannot match digests against
//! leads; and a file whose keys are taken out of a list.

use super::keep::{self, KeepList};
use super::upload::UploadArgs;
use crate::api::{ListKey, ListKeyKind, MAX_LIST_KEYS};
use crate::cli::context::Ctx;
use crate::cli::exit::{Exit, UsageError};
use crate::client::ReferralApi;
use crate::matching::normalize;
use crate::matching::table::{Table, TableOptions};
use crate::output::count;

/// Rows whose values decide which column holds the digests.
const SNIFF_ROWS: usize = 20;

fn is_digest(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The kind of key the digests are of: the one `--match` names.
fn kind(args: &UploadArgs) -> anyhow::Result<ListKeyKind> {
    match args.keys.as_slice() {
        [one] => Ok(super::keep::list_key_kind(
            one.parse::<crate::matching::MatchKey>()
                .map_err(|e| UsageError(format!("--match: {e}")))?,
        )),
        _ => Err(UsageError(
            "a pre-hashed list holds one kind of key: give one --match (email, code, external-id or phone)"
                .into(),
        )
        .into()),
    }
}

/// The file of `args` as a table, read as an upload reads it (its
/// encoding and delimiter found, or the flags').
fn open_table(args: &UploadArgs) -> anyhow::Result<Table<'static>> {
    let file = std::fs::File::open(&args.file)
        .map_err(|e| UsageError(format!("could not read {}: {e}", args.file.display())))?;
    let options = TableOptions {
        encoding: args.read.encoding.clone(),
        delimiter: args.read.delimiter,
    };
    Table::open(std::io::BufReader::new(file), &options)
        .map_err(|e| UsageError(format!("{}: {e}", args.file.display())).into())
}

/// Reads the digests of `args.file`; refuses the whole file at its first
/// value that is not one, naming its line.
fn read(args: &UploadArgs, kind: ListKeyKind) -> anyhow::Result<Vec<ListKey>> {
    let mut table = open_table(args)?;
    let mut rows = Vec::new();
    while let Some(row) = table.next_row().map_err(|e| UsageError(e.to_string()))? {
        match row {
            Ok(r) => rows.push(r),
            Err(bad) => {
                return Err(UsageError(format!(
                    "{} line {}: {}",
                    args.file.display(),
                    bad.line,
                    bad.message
                ))
                .into());
            }
        }
    }
    let named = args.columns.iter().find_map(|c| {
        let (_, header) = c.split_once('=')?;
        let header = header.trim().trim_matches('"');
        table
            .header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(header))
    });
    let column = match named {
        Some(i) => i,
        None => (0..table.header.len())
            .find(|&i| {
                let values: Vec<&str> = rows
                    .iter()
                    .filter_map(|r| r.fields.get(i).map(String::as_str))
                    .filter(|v| !v.is_empty())
                    .take(SNIFF_ROWS)
                    .collect();
                // Most of them: a stray bad value is then refused by its line.
                let digests = values.iter().filter(|v| is_digest(v)).count();
                digests > 0 && digests * 2 >= values.len()
            })
            .ok_or_else(|| {
                UsageError(format!(
                    "{}: no column holds SHA-256 digests (64 hexadecimal digits); its columns are {}. Name one with --column {kind}=HEADER",
                    args.file.display(),
                    table.header.join(", ")
                ))
            })?,
    };
    let mut keys = Vec::with_capacity(rows.len());
    for row in rows {
        let value = row.fields.get(column).map(|v| v.trim()).unwrap_or("");
        if value.is_empty() {
            continue;
        }
        if !is_digest(value) {
            return Err(UsageError(format!(
                "{} line {}, column '{}': '{value}' is not a SHA-256 digest (64 hexadecimal digits); nothing was kept",
                args.file.display(),
                row.line,
                table.header[column]
            ))
            .into());
        }
        keys.push(ListKey {
            kind,
            sha256: value.to_ascii_lowercase(),
            line: row.line,
        });
    }
    if keys.is_empty() {
        return Err(UsageError(format!(
            "{} holds no digests in column '{}': nothing to keep",
            args.file.display(),
            table.header[column]
        ))
        .into());
    }
    Ok(keys)
}

/// `customers lists add|replace --hashed`: the file's digests kept as the
/// list, then matched by the server against the campaign's pending leads.
pub async fn keep_hashed(ctx: &Ctx, args: UploadArgs, list: KeepList) -> anyhow::Result<Exit> {
    let kind = kind(&args)?;
    let keys = read(&args, kind)?;
    let campaign = ctx.campaign(&args.campaign)?;
    let client = ctx.client()?;
    if args.dry_run {
        ctx.printer.status(format!(
            "{} read from {} ({kind} digests). Dry run: nothing kept. A pre-hashed list is matched by the server once kept.",
            count(keys.len() as u64, "key"),
            args.file.display()
        ));
        ctx.say_how_to_run_for_real();
        return Ok(Exit::Success);
    }
    let question = format!(
        "Keep {} as list '{}' of campaign '{campaign}' and qualify its pending leads?",
        count(keys.len() as u64, "key"),
        list.name
    );
    if !crate::output::confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing kept");
        return Ok(Exit::Declined);
    }
    keep::keep(ctx, client.as_ref(), &campaign, &list, &keys).await?;
    let done = match client.match_list(&campaign, &list.name, false).await {
        Ok(done) => done,
        // A hosted platform's list lives here: its sync matches it.
        Err(crate::client::ClientError::Unsupported { backend, .. }) => {
            ctx.printer.status(format!(
                "On {backend}, `refctl customers lists sync --campaign {campaign}` qualifies the leads on it (and, run again, those who appear later)"
            ));
            return Ok(Exit::Success);
        }
        Err(e) => return Err(e.into()),
    };
    ctx.printer.status(format!(
        "Matched {} of the campaign: {} qualified, {} kept pending by an exclude-list",
        count(done.matched, "pending lead"),
        done.qualified,
        done.excluded
    ));
    ctx.printer.result(&done)?;
    Ok(Exit::Success)
}

/// `lists replace NAME FILE --remove`: the keys of the file's rows (read as
/// an upload reads them), taken out of the list. What they qualified stays
/// qualified.
pub async fn remove_from_file(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    campaign: &str,
    name: &str,
    args: &UploadArgs,
) -> anyhow::Result<Exit> {
    let options = super::upload::read_options(args)?;
    let region = options
        .region
        .as_deref()
        .and_then(|r| normalize::phone_region(r).ok());
    let mut table = open_table(args)?;
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
            let Some(raw) = row.fields.get(column) else {
                continue;
            };
            let kind = super::keep::list_key_kind(key);
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
        ctx.say_how_to_run_for_real();
        return Ok(Exit::Success);
    }
    let question = format!(
        "Take {} out of list '{name}' of campaign '{campaign}'? What it qualified stays qualified",
        count(keys.len() as u64, "key")
    );
    if !crate::output::confirm(&question, ctx.global.yes)? {
        ctx.printer.status("Nothing was removed");
        return Ok(Exit::Declined);
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
