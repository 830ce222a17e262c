//! Rules and the events they decide on.

use async_trait::async_trait;
use reqwest::Method;

use super::RefctlClient;
use crate::api::*;
use crate::client::encode;
use crate::client::{ClientError, RulesApi};

#[async_trait]
impl RulesApi for RefctlClient {
    async fn list_rules(&self, campaign: &str) -> Result<Vec<Rule>, ClientError> {
        let page: Page<Rule> = self
            .get(format!("/v1/campaigns/{}/rules", encode(campaign)))
            .await?;
        Ok(page.data)
    }

    async fn create_rule(&self, campaign: &str, rule: &NewRule) -> Result<Rule, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/rules", encode(campaign)),
            rule,
        )
        .await
    }

    /// Makes the campaign's rules exactly `set`, in one transaction.
    async fn apply_rules(&self, campaign: &str, set: &RuleSet) -> Result<Vec<Rule>, ClientError> {
        let page: Page<Rule> = self
            .write(
                Method::PUT,
                format!("/v1/campaigns/{}/rules", encode(campaign)),
                set,
            )
            .await?;
        Ok(page.data)
    }

    async fn get_rule(&self, id: i64) -> Result<Rule, ClientError> {
        self.get(format!("/v1/rules/{id}")).await
    }

    async fn update_rule(&self, id: i64, patch: &RulePatch) -> Result<Rule, ClientError> {
        self.write(Method::PATCH, format!("/v1/rules/{id}"), patch)
            .await
    }

    /// Makes rule `id` exactly `rule`, keeping its id (and its threshold progress).
    async fn replace_rule(&self, id: i64, rule: &NewRule) -> Result<Rule, ClientError> {
        self.write(Method::PUT, format!("/v1/rules/{id}"), rule)
            .await
    }

    async fn delete_rule(&self, id: i64) -> Result<Rule, ClientError> {
        self.write(
            Method::DELETE,
            format!("/v1/rules/{id}"),
            &serde_json::json!({}),
        )
        .await
    }

    /// Every rule of the campaign against `event`, explained; nothing changes.
    async fn test_rules(
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

    async fn send_event(&self, event: &NewEvent) -> Result<EventRecord, ClientError> {
        self.write(Method::POST, "/v1/events".to_string(), event)
            .await
    }

    /// One page of events, newest first.
    async fn list_events(
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

    async fn get_event(&self, id: &str) -> Result<EventRecord, ClientError> {
        self.get(format!("/v1/events/{}", encode(id))).await
    }

    async fn replay_event(&self, id: &str, dry_run: bool) -> Result<EventRecord, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/events/{}/replay", encode(id)),
            &serde_json::json!({ "dry_run": dry_run }),
        )
        .await
    }
}
