//! Campaigns, and who is calling.

use async_trait::async_trait;
use reqwest::Method;

use super::{RefctlClient, with_query};
use crate::api::*;
use crate::client::encode;
use crate::client::{CampaignsApi, ClientError};

#[async_trait]
impl CampaignsApi for RefctlClient {
    async fn whoami(&self) -> Result<Identity, ClientError> {
        self.get("/v1/whoami".into()).await
    }

    async fn list_campaigns(&self, page: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        self.get(with_query("/v1/campaigns", page)).await
    }

    async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        self.get(format!("/v1/campaigns/{}", encode(campaign)))
            .await
    }

    async fn create_campaign(&self, new: &NewCampaign) -> Result<Campaign, ClientError> {
        self.write(Method::POST, "/v1/campaigns".into(), new).await
    }

    async fn update_campaign(
        &self,
        campaign: &str,
        patch: &CampaignPatch,
    ) -> Result<Campaign, ClientError> {
        self.write(
            Method::PATCH,
            format!("/v1/campaigns/{}", encode(campaign)),
            patch,
        )
        .await
    }

    async fn archive_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/archive", encode(campaign)),
            &serde_json::json!({}),
        )
        .await
    }
}
