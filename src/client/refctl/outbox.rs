//! The outbox of a linked workspace.

use async_trait::async_trait;
use reqwest::Method;

use super::RefctlClient;
use crate::api::*;
use crate::client::{ClientError, OutboxApi, encode};

#[async_trait]
impl OutboxApi for RefctlClient {
    async fn list_outbox(
        &self,
        state: Option<OutboxState>,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Result<Page<OutboxEntry>, ClientError> {
        let mut query = Vec::new();
        if let Some(s) = state {
            query.push(format!("state={s}"));
        }
        if let Some(l) = limit {
            query.push(format!("limit={l}"));
        }
        if let Some(c) = cursor {
            query.push(format!("cursor={}", encode(c)));
        }
        let path = if query.is_empty() {
            "/v1/outbox".to_string()
        } else {
            format!("/v1/outbox?{}", query.join("&"))
        };
        self.get(path).await
    }

    async fn get_outbox_entry(&self, id: i64) -> Result<OutboxEntry, ClientError> {
        self.get(format!("/v1/outbox/{id}")).await
    }

    async fn retry_outbox(&self, id: i64) -> Result<OutboxEntry, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/outbox/{id}/retry"),
            &serde_json::json!({}),
        )
        .await
    }

    async fn retry_failed_outbox(&self) -> Result<OutboxRetried, ClientError> {
        self.write(
            Method::POST,
            "/v1/outbox/retry".to_string(),
            &serde_json::json!({}),
        )
        .await
    }

    async fn discard_outbox(&self, id: i64, reason: &str) -> Result<OutboxEntry, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/outbox/{id}/discard"),
            &DiscardOutboxEntry {
                reason: reason.to_string(),
            },
        )
        .await
    }

    async fn link_status(&self) -> Result<LinkStatus, ClientError> {
        self.get("/v1/link".to_string()).await
    }
}
