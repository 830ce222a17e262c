//! Referrers and leads: adding, finding, listing.

use async_trait::async_trait;
use reqwest::Method;

use super::{RefctlClient, decode, get, with_query};
use crate::api::*;
use crate::client::encode;
use crate::client::{ClientError, KeysPage, PeopleApi};

#[async_trait]
impl PeopleApi for RefctlClient {
    /// One page of the identifying fields of a campaign's leads or referrers.
    async fn list_match_keys(
        &self,
        campaign: &str,
        query: &crate::api::MatchKeysQuery,
    ) -> Result<Page<crate::api::MatchKeys>, ClientError> {
        self.get(with_query(
            &format!("/v1/campaigns/{}/match-keys", encode(campaign)),
            query,
        ))
        .await
    }

    /// The server names the next page in a `Link` header: the keys' JSON is
    /// handed on undecoded, so that decoding overlaps the next request.
    async fn match_keys_page(
        &self,
        campaign: &str,
        query: &crate::api::MatchKeysQuery,
    ) -> Result<(KeysPage, Option<String>), ClientError> {
        let path = with_query(
            &format!("/v1/campaigns/{}/match-keys", encode(campaign)),
            query,
        );
        let response = self.send(get(path)).await?;
        match response.next_cursor {
            Some(next) => Ok((KeysPage::Json(response.body), Some(next))),
            // The last page, or a server that sends no Link header.
            None => {
                let page: Page<crate::api::MatchKeys> = decode(&response.body)?;
                Ok((KeysPage::Decoded(page.data), page.next_cursor))
            }
        }
    }

    async fn list_referrers(
        &self,
        campaign: &str,
        page: &PageQuery,
    ) -> Result<Page<Referrer>, ClientError> {
        self.get(with_query(
            &format!("/v1/campaigns/{}/referrers", encode(campaign)),
            page,
        ))
        .await
    }

    async fn get_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        self.get(format!("/v1/referrers/{id}")).await
    }

    async fn get_referrer_by_code(
        &self,
        campaign: &str,
        code: &str,
    ) -> Result<Referrer, ClientError> {
        self.get(format!(
            "/v1/campaigns/{}/referrers/{}",
            encode(campaign),
            encode(code)
        ))
        .await
    }

    async fn create_referrer(
        &self,
        campaign: &str,
        new: &NewReferrer,
    ) -> Result<Referrer, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/referrers", encode(campaign)),
            new,
        )
        .await
    }

    async fn bulk_create_referrers(
        &self,
        campaign: &str,
        items: &BulkRequest<NewReferrer>,
        key: String,
    ) -> Result<BulkResponse<Referrer>, ClientError> {
        self.write_with_key(
            Method::POST,
            format!("/v1/campaigns/{}/referrers/bulk", encode(campaign)),
            items,
            key,
        )
        .await
    }

    fn sorts_leads(&self) -> bool {
        true
    }

    async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        self.get(with_query("/v1/leads", query)).await
    }

    /// Like `list_leads`, with only some fields of each lead.
    async fn list_leads_fields(
        &self,
        query: &LeadQuery,
    ) -> Result<Page<serde_json::Value>, ClientError> {
        self.get(with_query("/v1/leads", query)).await
    }

    async fn get_lead(&self, id: i64) -> Result<Lead, ClientError> {
        self.get(format!("/v1/leads/{id}")).await
    }

    async fn update_lead(&self, id: i64, patch: &PersonPatch) -> Result<Lead, ClientError> {
        self.write(Method::PATCH, format!("/v1/leads/{id}"), patch)
            .await
    }

    async fn delete_lead(&self, id: i64, force: bool) -> Result<Lead, ClientError> {
        let path = if force {
            format!("/v1/leads/{id}?force=true")
        } else {
            format!("/v1/leads/{id}")
        };
        self.write(Method::DELETE, path, &serde_json::json!({}))
            .await
    }

    async fn lead_changes(&self, id: i64) -> Result<Vec<Change>, ClientError> {
        self.get(format!("/v1/leads/{id}/changes")).await
    }

    async fn update_referrer(&self, id: i64, patch: &PersonPatch) -> Result<Referrer, ClientError> {
        self.write(Method::PATCH, format!("/v1/referrers/{id}"), patch)
            .await
    }

    async fn delete_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        self.write(
            Method::DELETE,
            format!("/v1/referrers/{id}"),
            &serde_json::json!({}),
        )
        .await
    }

    async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        self.get(with_query("/v1/leads/lookup", lookup)).await
    }

    async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/leads", encode(campaign)),
            new,
        )
        .await
    }

    async fn bulk_create_leads(
        &self,
        campaign: &str,
        items: &BulkRequest<NewLead>,
        key: String,
    ) -> Result<BulkResponse<Lead>, ClientError> {
        self.write_with_key(
            Method::POST,
            format!("/v1/campaigns/{}/leads/bulk", encode(campaign)),
            items,
            key,
        )
        .await
    }
}
