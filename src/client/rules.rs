//! The typed calls for rules and events.

use reqwest::Method;

use super::{Client, ClientError, encode};
use crate::api::{EventQuery, EventRecord, NewEvent, NewRule, Page, PageQuery, Rule, RulePatch};

impl Client {
    pub async fn list_rules(&self, campaign: &str) -> Result<Vec<Rule>, ClientError> {
        let page: Page<Rule> = self
            .get(format!("/v1/campaigns/{}/rules", encode(campaign)))
            .await?;
        Ok(page.data)
    }

    pub async fn create_rule(&self, campaign: &str, rule: &NewRule) -> Result<Rule, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/rules", encode(campaign)),
            rule,
        )
        .await
    }

    pub async fn get_rule(&self, id: i64) -> Result<Rule, ClientError> {
        self.get(format!("/v1/rules/{id}")).await
    }

    pub async fn update_rule(&self, id: i64, patch: &RulePatch) -> Result<Rule, ClientError> {
        self.write(Method::PATCH, format!("/v1/rules/{id}"), patch)
            .await
    }

    /// Makes rule `id` exactly `rule`, keeping its id (and its threshold progress).
    pub async fn replace_rule(&self, id: i64, rule: &NewRule) -> Result<Rule, ClientError> {
        self.write(Method::PUT, format!("/v1/rules/{id}"), rule)
            .await
    }

    pub async fn delete_rule(&self, id: i64) -> Result<Rule, ClientError> {
        self.write(
            Method::DELETE,
            format!("/v1/rules/{id}"),
            &serde_json::json!({}),
        )
        .await
    }

    /// Every rule of the campaign against `event`, explained; nothing changes.
    pub async fn test_rules(
        &self,
        campaign: &str,
        event: &NewEvent,
    ) -> Result<EventRecord, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/rules/test", encode(campaign)),
            event,
        )
        .await
    }

    pub async fn send_event(&self, event: &NewEvent) -> Result<EventRecord, ClientError> {
        self.write(Method::POST, "/v1/events".to_string(), event)
            .await
    }

    /// One page of events, newest first.
    pub async fn list_events(
        &self,
        query: &EventQuery,
        page: &PageQuery,
    ) -> Result<Page<EventRecord>, ClientError> {
        let mut params = Vec::new();
        if let Some(limit) = page.limit {
            params.push(format!("limit={limit}"));
        }
        if let Some(cursor) = &page.cursor {
            params.push(format!("cursor={}", encode(cursor)));
        }
        if let Some(kind) = &query.kind {
            params.push(format!("type={}", encode(kind)));
        }
        if let Some(lead) = query.lead {
            params.push(format!("lead={lead}"));
        }
        self.get(format!("/v1/events?{}", params.join("&"))).await
    }

    pub async fn get_event(&self, id: &str) -> Result<EventRecord, ClientError> {
        self.get(format!("/v1/events/{}", encode(id))).await
    }
}

impl Client {
    /// The workspace's webhooks, without their secrets.
    pub async fn list_webhooks(&self) -> Result<Vec<crate::api::WebhookInfo>, ClientError> {
        self.get("/v1/webhooks".to_string()).await
    }

    /// Makes the workspace's webhook secret of `kind` (`generic` or `stripe`).
    pub async fn create_webhook_secret(
        &self,
        kind: &str,
    ) -> Result<serde_json::Value, ClientError> {
        self.write(
            Method::POST,
            "/v1/webhooks/secrets".to_string(),
            &serde_json::json!({ "kind": kind }),
        )
        .await
    }

    /// Sets the workspace's webhook secret of `kind` to one the sender made.
    pub async fn set_webhook_secret(
        &self,
        kind: &str,
        secret: &str,
    ) -> Result<serde_json::Value, ClientError> {
        self.write(
            Method::PUT,
            format!("/v1/webhooks/secrets/{}", encode(kind)),
            &serde_json::json!({ "secret": secret }),
        )
        .await
    }

    /// Replaces the workspace's webhook secret of `kind`; the old one works for a day.
    pub async fn rotate_webhook_secret(
        &self,
        kind: &str,
    ) -> Result<serde_json::Value, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/webhooks/secrets/{}/rotate", encode(kind)),
            &serde_json::json!({}),
        )
        .await
    }
}
