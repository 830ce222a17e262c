//! `refctl leads list` and `leads export`.

use clap::Args;

use crate::api::{LeadQuery, LeadStatus};
use crate::cli::args::ListArgs;
use crate::cli::context::Ctx;
use crate::cli::exit::Exit;
use crate::client::ReferralApi;
use crate::output::Format;

#[derive(Debug, Args)]
pub struct LeadFilterArgs {
    /// Campaign id or code (default: the profile's campaign; all campaigns when none)
    #[arg(
        short,
        long,
        add = clap_complete::ArgValueCompleter::new(crate::cli::complete::campaign_codes)
    )]
    pub campaign: Option<String>,
    /// Only leads with this status (expired and invited: GrowSurf only)
    #[arg(long, value_enum)]
    pub status: Option<LeadStatus>,
    /// Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time_filter)]
    pub created_after: Option<String>,
    /// Only leads created before this time (as --created-after)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time_filter)]
    pub created_before: Option<String>,
    /// Only leads whose email contains this text
    #[arg(long, value_name = "TEXT")]
    pub email_contains: Option<String>,
    /// Only leads of this referrer (their referral code or email)
    #[arg(long, value_name = "CODE|EMAIL")]
    pub referrer: Option<String>,
    /// Only leads whose email or name contains this text, any case
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListLeadsArgs {
    #[command(flatten)]
    pub filter: LeadFilterArgs,
    #[command(flatten)]
    pub list: ListArgs,
    /// Only these fields, comma-separated (e.g. id,email,status)
    #[arg(long, value_delimiter = ',', value_parser = [
        "id", "campaign_id", "email", "name", "phone", "external_id", "referral_code",
        "referred_by", "referrer_id", "status", "qualified_at", "created_at",
    ])]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: LeadFilterArgs,
}

fn query(ctx: &Ctx, f: LeadFilterArgs) -> LeadQuery {
    LeadQuery {
        campaign: f
            .campaign
            .or_else(|| ctx.settings.campaign.as_ref().map(|(c, _)| c.clone())),
        status: f.status,
        created_after: f.created_after,
        created_before: f.created_before,
        email_contains: f.email_contains,
        referrer: f.referrer,
        search: f.search,
        ..Default::default()
    }
}

pub async fn run(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    mut a: ListLeadsArgs,
) -> anyhow::Result<Exit> {
    let mut base = query(ctx, a.filter);
    // An order the backend keeps is asked of it: `--reverse --limit 5` is
    // one page of the five newest. Elsewhere every page is read and sorted.
    let wanted = a.list.sort.is_some() || a.list.reverse;
    let by_backend = a
        .list
        .sort
        .as_deref()
        .is_none_or(|f| crate::api::LEAD_SORTS.contains(&f));
    if wanted && by_backend && client.sorts_leads() {
        base.sort = a.list.sort.take();
        base.order = Some(if a.list.reverse {
            crate::api::Order::Desc
        } else {
            crate::api::Order::Asc
        });
        a.list.reverse = false;
    }
    if a.fields.is_empty() {
        let across = base.campaign.is_none();
        let items = ctx
            .collect(&a.list, |page| {
                let q = LeadQuery {
                    limit: page.limit,
                    cursor: page.cursor,
                    ..base.clone()
                };

                async move { client.list_leads(&q).await }
            })
            .await?;
        if across && ctx.printer.format == Format::Table && !items.is_empty() {
            // Leads of every campaign: a table says whose each one is.
            return with_campaigns(ctx, client, &items).await;
        }
        ctx.printer.list(&items)?;
    } else {
        let fields = a.fields.join(",");
        let items = ctx
            .collect(&a.list, |page| {
                let q = LeadQuery {
                    limit: page.limit,
                    cursor: page.cursor,
                    fields: Some(fields.clone()),
                    ..base.clone()
                };

                async move { client.list_leads_fields(&q).await }
            })
            .await?;
        let columns: Vec<(String, String)> = a
            .fields
            .iter()
            .map(|f| (f.clone(), f.to_uppercase().replace('_', " ")))
            .collect();
        ctx.printer.values(&items, &columns)?;
    }
    Ok(Exit::Success)
}

/// A table of leads from several campaigns, with each one's campaign code.
async fn with_campaigns(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    leads: &[crate::api::Lead],
) -> anyhow::Result<Exit> {
    let campaigns = ctx
        .collect(&ListArgs::everything(), |page| async move {
            client.list_campaigns(&page).await
        })
        .await?;
    let code_of: std::collections::HashMap<i64, String> =
        campaigns.into_iter().map(|c| (c.id, c.code)).collect();
    let rows: Vec<serde_json::Value> = leads
        .iter()
        .map(|lead| {
            let mut row = serde_json::to_value(lead).unwrap_or_default();
            row["campaign"] = code_of
                .get(&lead.campaign_id)
                .map_or(serde_json::Value::Null, |c| c.clone().into());
            row
        })
        .collect();
    let mut columns: Vec<(String, String)> = <crate::api::Lead as crate::output::Tabular>::COLUMNS
        .iter()
        .map(|(k, h)| (k.to_string(), h.to_string()))
        .collect();
    columns.insert(1, ("campaign".into(), "CAMPAIGN".into()));
    ctx.printer.values(&rows, &columns)?;
    Ok(Exit::Success)
}

pub async fn export(ctx: &Ctx, client: &dyn ReferralApi, a: ExportArgs) -> anyhow::Result<Exit> {
    let base = query(ctx, a.filter);
    let all = ListArgs::everything();
    let items = ctx
        .collect(&all, |page| {
            let q = LeadQuery {
                limit: page.limit,
                cursor: page.cursor,
                ..base.clone()
            };

            async move { client.list_leads(&q).await }
        })
        .await?;
    let referrers = match &base.campaign {
        Some(campaign) => referrers_of(ctx, client, campaign).await?,
        None => Default::default(),
    };
    // An export is for files and spreadsheets: CSV unless asked otherwise.
    let mut printer = ctx.printer.clone();
    if printer.format == Format::Table {
        printer.format = Format::Csv;
    }
    let rows: Vec<serde_json::Value> = items
        .iter()
        .map(|lead| with_referrer(lead, referrers.get(&lead.referrer_id)))
        .collect();
    let mut columns: Vec<(String, String)> = <crate::api::Lead as crate::output::Tabular>::COLUMNS
        .iter()
        .map(|(k, h)| (k.to_string(), h.to_string()))
        .collect();
    columns.push(("referrer_email".into(), "REFERRER EMAIL".into()));
    columns.push(("referrer_name".into(), "REFERRER NAME".into()));
    printer.values(&rows, &columns)?;
    ctx.printer
        .status(format!("Exported {} leads", items.len()));
    Ok(Exit::Success)
}

/// The campaign's referrers by id: who each exported lead's referrer is.
async fn referrers_of(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    campaign: &str,
) -> anyhow::Result<std::collections::HashMap<i64, crate::api::Referrer>> {
    let all = ctx
        .collect(&ListArgs::everything(), |page| async move {
            client.list_referrers(campaign, &page).await
        })
        .await?;
    Ok(all.into_iter().map(|r| (r.id, r)).collect())
}

/// A lead as an export row: its fields, and its referrer's email and name
/// right after the referrer's code (a spreadsheet reads the person, not a code).
fn with_referrer(
    lead: &crate::api::Lead,
    referrer: Option<&crate::api::Referrer>,
) -> serde_json::Value {
    use serde_json::{Map, Value};
    let Ok(Value::Object(fields)) = serde_json::to_value(lead) else {
        return Value::Null;
    };
    let mut row = Map::new();
    for (key, value) in fields {
        let after = key == "referred_by";
        row.insert(key, value);
        if after {
            row.insert(
                "referrer_email".into(),
                referrer
                    .and_then(|r| r.email.clone())
                    .map_or(Value::Null, Value::String),
            );
            row.insert(
                "referrer_name".into(),
                referrer
                    .and_then(|r| r.name.clone())
                    .map_or(Value::Null, Value::String),
            );
        }
    }
    Value::Object(row)
}
