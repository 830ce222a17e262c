//! The typed calls, one per API operation.

use reqwest::Method;

use super::{Client, ClientError, encode};
use crate::api::*;

/// Appends `key=value` pairs to a path as a query string.
fn with_query<S: serde::Serialize>(path: &str, query: &S) -> String {
    let value = serde_json::to_value(query).unwrap_or_default();
    let mut pairs = Vec::new();
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            let v = match v {
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            pairs.push(format!("{}={}", encode(&k), encode(&v)));
        }
    }
    if pairs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", pairs.join("&"))
    }
}

impl Client {
    pub async fn whoami(&self) -> Result<Identity, ClientError> {
        self.get("/v1/whoami".into()).await
    }

    pub async fn list_campaigns(&self, page: &PageQuery) -> Result<Page<Campaign>, ClientError> {
        self.get(with_query("/v1/campaigns", page)).await
    }

    pub async fn get_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        self.get(format!("/v1/campaigns/{}", encode(campaign)))
            .await
    }

    pub async fn create_campaign(&self, new: &NewCampaign) -> Result<Campaign, ClientError> {
        self.write(Method::POST, "/v1/campaigns".into(), new).await
    }

    pub async fn update_campaign(
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

    pub async fn archive_campaign(&self, campaign: &str) -> Result<Campaign, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/archive", encode(campaign)),
            &serde_json::json!({}),
        )
        .await
    }

    /// One page of the identifying fields of a campaign's leads or referrers.
    pub async fn list_match_keys(
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

    pub async fn list_referrers(
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

    pub async fn get_referrer(&self, id: i64) -> Result<Referrer, ClientError> {
        self.get(format!("/v1/referrers/{id}")).await
    }

    pub async fn get_referrer_by_code(
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

    pub async fn create_referrer(
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

    pub async fn bulk_create_referrers(
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

    pub async fn list_leads(&self, query: &LeadQuery) -> Result<Page<Lead>, ClientError> {
        self.get(with_query("/v1/leads", query)).await
    }

    /// Like [`Client::list_leads`], with only some fields of each lead.
    pub async fn list_leads_fields(
        &self,
        query: &LeadQuery,
    ) -> Result<Page<serde_json::Value>, ClientError> {
        self.get(with_query("/v1/leads", query)).await
    }

    pub async fn get_lead(&self, id: i64) -> Result<Lead, ClientError> {
        self.get(format!("/v1/leads/{id}")).await
    }

    pub async fn lookup_lead(&self, lookup: &LeadLookup) -> Result<Lead, ClientError> {
        self.get(with_query("/v1/leads/lookup", lookup)).await
    }

    pub async fn create_lead(&self, campaign: &str, new: &NewLead) -> Result<Lead, ClientError> {
        self.write(
            Method::POST,
            format!("/v1/campaigns/{}/leads", encode(campaign)),
            new,
        )
        .await
    }

    pub async fn bulk_create_leads(
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

    pub async fn lead_history(&self, id: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        self.get(format!("/v1/leads/{id}/history")).await
    }

    pub async fn qualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.write(Method::POST, format!("/v1/leads/{id}/qualify"), request)
            .await
    }

    pub async fn unqualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.write(Method::POST, format!("/v1/leads/{id}/unqualify"), request)
            .await
    }

    /// Many leads in one request and one transaction. `key` makes a repeat of
    /// the same batch replay the first answer.
    pub async fn batch_qualify(
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

#[cfg(test)]
mod tests {
    #[test]
    fn queries_skip_absent_values_and_encode_the_rest() {
        let q = crate::api::LeadQuery {
            campaign: Some("spring".into()),
            email_contains: Some("a+b@x".into()),
            ..Default::default()
        };
        assert_eq!(
            super::with_query("/v1/leads", &q),
            "/v1/leads?campaign=spring&email_contains=a%2Bb%40x"
        );
    }
}
