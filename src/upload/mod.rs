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

#[cfg(doc)]
use crate::api::MAX_KEYS_PAGE;
use crate::api::{MAX_BATCH, MatchKeysQuery};
use crate::client::{ClientError, KeysPage, ReferralApi};

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

/// Every lead's or every referrer's keys in the campaign as `query` asks
/// (whose, which keys, pages of how many: uploads take [`MAX_KEYS_PAGE`]),
/// fetched once, each page handed to `sink` as it arrives (perhaps not yet
/// decoded: see [`KeysPage`]). Stops early when `sink` says so.
pub async fn fetch_keys(
    client: &dyn ReferralApi,
    campaign: &str,
    mut query: MatchKeysQuery,
    mut sink: impl FnMut(KeysPage) -> bool,
) -> Result<(), ClientError> {
    loop {
        let (page, next) = client.match_keys_page(campaign, &query).await?;
        if !sink(page) {
            return Ok(());
        }
        match next {
            Some(next) => query.cursor = Some(next),
            None => return Ok(()),
        }
    }
}

/// Lead ids cut into batches the batch endpoint takes in one request.
pub fn batches(lead_ids: &[i64]) -> Vec<Vec<i64>> {
    lead_ids.chunks(MAX_BATCH).map(<[i64]>::to_vec).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{NewCampaign, NewLead, NewReferrer};
    use crate::client::{CampaignsApi, EmbeddedTransport, PeopleApi, RefctlClient};

    /// Pages that name the next one in a `Link` header come undecoded, and
    /// decode to every key once, in order; the last comes decoded.
    #[tokio::test(flavor = "multi_thread")]
    async fn keys_come_in_pages_named_ahead_and_decode_to_every_key() {
        let dir = tempfile::tempdir().unwrap();
        let client = RefctlClient::new(Box::new(
            EmbeddedTransport::open(&dir.path().join("w.db")).unwrap(),
        ));
        let c = client
            .create_campaign(&NewCampaign {
                name: "Paged".into(),
                code: Some("paged".into()),
                status: None,
            })
            .await
            .unwrap();
        let referrer = client
            .create_referrer(
                &c.code,
                &NewReferrer {
                    email: Some("ref@example.com".into()),
                    ..NewReferrer::default()
                },
            )
            .await
            .unwrap();
        for i in 0..5 {
            let new = NewLead {
                email: format!("lead{i}@example.com"),
                referred_by: referrer.referral_code.clone(),
                ..NewLead::default()
            };
            client.create_lead(&c.code, &new).await.unwrap();
        }
        let query = MatchKeysQuery {
            limit: Some(2),
            ..MatchKeysQuery::default()
        };
        let mut pages = Vec::new();
        fetch_keys(&client, &c.code, query.clone(), |page| {
            pages.push(page);
            true
        })
        .await
        .unwrap();
        let undecoded: Vec<bool> = pages
            .iter()
            .map(|p| matches!(p, KeysPage::Json(_)))
            .collect();
        assert_eq!(undecoded, [true, true, false]);
        let mut emails = Vec::new();
        for page in pages {
            page.for_each(|k| emails.push(k.email.unwrap().into_owned()))
                .unwrap();
        }
        assert_eq!(
            emails,
            (0..5)
                .map(|i| format!("lead{i}@example.com"))
                .collect::<Vec<_>>()
        );

        // A sink that has had enough stops the fetching.
        let mut seen = 0;
        fetch_keys(&client, &c.code, query, |_| {
            seen += 1;
            false
        })
        .await
        .unwrap();
        assert_eq!(seen, 1);

        // Only the keys asked for.
        let mut codes_only = Vec::new();
        let query = MatchKeysQuery {
            keys: Some("code".into()),
            ..MatchKeysQuery::default()
        };
        fetch_keys(&client, &c.code, query, |page| {
            page.for_each(|k| codes_only.push((k.email.is_none(), k.referral_code.is_some())))
                .unwrap();
            true
        })
        .await
        .unwrap();
        assert_eq!(codes_only.len(), 5);
        assert!(codes_only.iter().all(|&(no_email, code)| no_email && code));
        let unknown = MatchKeysQuery {
            keys: Some("email,shoe_size".into()),
            ..MatchKeysQuery::default()
        };
        let refused = fetch_keys(&client, &c.code, unknown, |_| true)
            .await
            .unwrap_err();
        assert!(
            refused.to_string().contains("'shoe_size' is not a key"),
            "{refused}"
        );
    }
}
