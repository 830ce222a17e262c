//! Uploading a customer list: the parts around the pure matcher that touch
//! the world — fetching the campaign's keys, the report files, the journal and
//! the executor that sends the batches.

pub mod executor;
pub mod journal;
pub mod report;
pub mod revert;
pub mod runs;
pub mod session;

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::api::{MAX_BATCH, MAX_KEYS_PAGE, MatchKeys, MatchKeysQuery, MatchRole};
use crate::client::ClientError;
use crate::client::ReferralApi;

/// Identifies one upload: the same file into the same campaign with the same
/// matching settings is the same upload, whenever and however often it runs.
/// Also returns the file's own SHA-256, which summary.json records.
pub fn upload_id(
    file: &Path,
    campaign_id: i64,
    settings: &str,
) -> std::io::Result<(String, String)> {
    let mut hash = Sha256::new();
    let mut content = Sha256::new();
    let mut input = std::fs::File::open(file)?;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = input.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        content.update(&buf[..n]);
    }
    hash.update(campaign_id.to_le_bytes());
    hash.update(settings.as_bytes());
    let digest = hash.finalize();
    Ok((
        crate::domain::codes::hex(&digest[..8]),
        crate::domain::codes::hex(&content.finalize()),
    ))
}

/// Every lead's or every referrer's keys in the campaign, fetched once, in
/// pages of up to 10,000, each handed to `page` as it arrives. Returns how
/// many there were.
pub async fn fetch_keys(
    client: &dyn ReferralApi,
    campaign: &str,
    role: MatchRole,
    mut sink: impl FnMut(Vec<MatchKeys>),
) -> Result<usize, ClientError> {
    let mut count = 0;
    let mut cursor = None;
    loop {
        let fetched = client
            .list_match_keys(
                campaign,
                &MatchKeysQuery {
                    role,
                    limit: Some(MAX_KEYS_PAGE),
                    cursor: cursor.take(),
                },
            )
            .await?;
        count += fetched.data.len();
        sink(fetched.data);
        match fetched.next_cursor {
            Some(next) => cursor = Some(next),
            None => return Ok(count),
        }
    }
}

/// Lead ids cut into batches the batch endpoint takes in one request.
pub fn batches(lead_ids: &[i64]) -> Vec<Vec<i64>> {
    lead_ids.chunks(MAX_BATCH).map(<[i64]>::to_vec).collect()
}
