//! Qualification: one lead, many, and the history.

use async_trait::async_trait;
use reqwest::Method;

use super::RefctlClient;
use crate::api::*;
use crate::client::{ClientError, QualifyApi};

#[async_trait]
impl QualifyApi for RefctlClient {
    async fn lead_history(&self, id: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        self.get(format!("/v1/leads/{id}/history")).await
    }

    async fn qualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.write(Method::POST, format!("/v1/leads/{id}/qualify"), request)
            .await
    }

    async fn unqualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.write(Method::POST, format!("/v1/leads/{id}/unqualify"), request)
            .await
    }

    /// Many leads in one request and one transaction. `key` makes a repeat of
    /// the same batch replay the first answer.
    async fn batch_qualify(
        &self,
        request: &BatchQualifyRequest,
        key: String,
    ) -> Result<BatchQualifyResponse, ClientError> {
        self.write_with_key(
            Method::POST,
            "/v1/qualifications/batch".into(),
            request,
            key,
        )
        .await
    }
}
