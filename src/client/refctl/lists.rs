//! Standing customer lists.

use async_trait::async_trait;
use reqwest::Method;

use super::RefctlClient;
use crate::api::*;
use crate::client::{ClientError, ListsApi, encode};

fn path(campaign: &str, name: &str) -> String {
    format!(
        "/v1/campaigns/{}/lists/{}",
        encode(campaign.trim()),
        encode(name.trim())
    )
}

#[async_trait]
impl ListsApi for RefctlClient {
    async fn list_lists(&self, campaign: &str) -> Result<Vec<CustomerList>, ClientError> {
        self.get(format!("/v1/campaigns/{}/lists", encode(campaign.trim())))
            .await
    }

    async fn create_list(
        &self,
        campaign: &str,
        new: &NewCustomerList,
    ) -> Result<CustomerList, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/lists", encode(campaign.trim())),
            new,
        )
        .await
    }

    async fn get_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        self.get(path(campaign, name)).await
    }

    async fn delete_list(&self, campaign: &str, name: &str) -> Result<CustomerList, ClientError> {
        self.write(Method::DELETE, path(campaign, name), &serde_json::json!({}))
            .await
    }

    async fn purge_lists(&self, campaign: &str) -> Result<KeysRemoved, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/lists/purge", encode(campaign.trim())),
            &serde_json::json!({}),
        )
        .await
    }

    async fn remove_list_keys(
        &self,
        campaign: &str,
        name: &str,
        keys: &RemoveKeys,
    ) -> Result<KeysRemoved, ClientError> {
        self.write(
            Method::POST,
            format!("{}/keys/remove", path(campaign, name)),
            keys,
        )
        .await
    }

    async fn match_list(
        &self,
        campaign: &str,
        name: &str,
        dry_run: bool,
    ) -> Result<ListMatched, ClientError> {
        self.write(
            Method::POST,
            format!("{}/match", path(campaign, name)),
            &MatchList { dry_run },
        )
        .await
    }

    async fn forget_list_keys(&self, keys: &ForgetKeys) -> Result<KeysRemoved, ClientError> {
        self.write(Method::POST, "/v1/lists/forget".to_string(), keys)
            .await
    }

    async fn add_list_keys(
        &self,
        campaign: &str,
        name: &str,
        keys: &ListKeys,
        key: String,
    ) -> Result<KeysAdded, ClientError> {
        self.write_with_key(
            Method::POST,
            format!("{}/keys", path(campaign, name)),
            keys,
            key,
        )
        .await
    }
}
