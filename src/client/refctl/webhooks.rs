//! The secrets of inbound webhooks.

use async_trait::async_trait;
use reqwest::Method;

use super::RefctlClient;
use crate::api::*;
use crate::client::{ClientError, WebhooksApi};

#[async_trait]
impl WebhooksApi for RefctlClient {
    /// The workspace's webhooks, without their secrets.
    async fn list_webhooks(&self) -> Result<Vec<WebhookInfo>, ClientError> {
        self.get("/v1/webhooks".to_string()).await
    }

    /// Makes the workspace's webhook secret of `kind` (`generic` or `stripe`).
    async fn create_webhook_secret(&self, kind: SecretKind) -> Result<WebhookSecret, ClientError> {
        self.write(
            Method::POST,
            "/v1/webhooks/secrets".to_string(),
            &NewSecret { kind },
        )
        .await
    }

    /// Sets the workspace's webhook secret of `kind` to one the sender made.
    async fn set_webhook_secret(
        &self,
        kind: SecretKind,
        secret: &str,
    ) -> Result<SecretSet, ClientError> {
        self.write(
            Method::PUT,
            format!("/v1/webhooks/secrets/{}", kind.as_str()),
            &SetSecret {
                secret: secret.to_string(),
            },
        )
        .await
    }

    /// Replaces the workspace's webhook secret of `kind`; the old one works for a day.
    async fn rotate_webhook_secret(&self, kind: SecretKind) -> Result<WebhookSecret, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/webhooks/secrets/{}/rotate", kind.as_str()),
            &serde_json::json!({}),
        )
        .await
    }

    async fn deliver_webhook(
        &self,
        workspace: &str,
        kind: SecretKind,
        body: Vec<u8>,
        secret: &str,
    ) -> Result<EventRecord, ClientError> {
        let now = jiff::Timestamp::now().as_second();
        let signature = crate::domain::signature::header(secret, now, &body);
        let (route, header) = match kind {
            SecretKind::Generic => ("events", "Refctl-Signature"),
            SecretKind::Stripe => ("stripe", "Stripe-Signature"),
        };
        self.signed(
            format!("/v1/hooks/{}/{route}", crate::client::encode(workspace)),
            body,
            (header, signature),
        )
        .await
    }
}
