use clap::{Args, Subcommand};

use super::args::{CampaignArg, ListArgs};
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use super::import::{self, Field, ImportArgs, Need};
use crate::api::{
    BulkRequest, Lead, LeadLookup, LeadQuery, LeadRef, LeadStatus, MAX_PAGE, NewLead,
};
use crate::client::ReferralApi;
use crate::client::new_idempotency_key;
use crate::output::Format;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl leads add --campaign spring --email bob@example.com --referrer ANN2026
  refctl leads import examples/leads.csv --campaign spring
  refctl leads list --campaign spring --status pending
  refctl leads show bob@example.com --campaign spring
  refctl leads history bob@example.com --campaign spring -o json
  refctl leads export --campaign spring > leads.csv")]
pub enum LeadsCommand {
    /// List leads, with filters
    List(ListLeadsArgs),
    /// Show one lead
    Show(LeadArgs),
    /// Add one lead, attributed to a referrer by code
    Add(AddArgs),
    /// Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)
    #[command(
        after_help = "Rows with errors are reported by line and the others are imported; \
the exit code is 3 when some rows failed. Import again with --skip-existing to finish a partial import."
    )]
    Import(ImportArgs),
    /// Write every lead of a campaign (CSV unless -o says otherwise)
    Export(ExportArgs),
    /// Show a lead's qualification history: who changed it, how, why, when
    History(LeadArgs),
}

#[derive(Debug, Args)]
pub struct LeadFilterArgs {
    /// Campaign id or code (default: the profile's campaign; all campaigns when none)
    #[arg(
        short,
        long,
        add = clap_complete::ArgValueCompleter::new(super::complete::campaign_codes)
    )]
    pub campaign: Option<String>,
    /// Only leads with this status
    #[arg(long, value_parser = status_parser())]
    pub status: Option<LeadStatus>,
    /// Only leads created after this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub created_after: Option<String>,
    /// Only leads created before this time (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME")]
    pub created_before: Option<String>,
    /// Only leads whose email contains this text
    #[arg(long, value_name = "TEXT")]
    pub email_contains: Option<String>,
}

fn status_parser() -> impl clap::builder::TypedValueParser<Value = LeadStatus> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["pending", "qualified"])
        .try_map(|s| s.parse::<LeadStatus>())
}

#[derive(Debug, Args)]
pub struct ListLeadsArgs {
    #[command(flatten)]
    pub filter: LeadFilterArgs,
    #[command(flatten)]
    pub list: ListArgs,
    /// Only these fields, comma-separated (e.g. id,email,status)
    #[arg(long, value_delimiter = ',')]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: LeadFilterArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "LEAD is a lead id, a referral code, or an email (with --campaign). \
Prefix with id:, code:, email: or ext: (external id) to be explicit."
)]
pub struct LeadArgs {
    /// Lead id, referral code or email
    pub lead: String,
    #[command(flatten)]
    pub campaign: CampaignArg,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub campaign: CampaignArg,
    /// The lead's email (unique in the campaign)
    #[arg(long)]
    pub email: String,
    /// The referral code of the referrer who brought this lead
    #[arg(long, value_name = "CODE")]
    pub referrer: String,
    /// The lead's name
    #[arg(long)]
    pub name: Option<String>,
    /// The lead's phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// Your own id for this customer (CRM or billing id)
    #[arg(long)]
    pub external_id: Option<String>,
    /// The lead's own referral code (default: a new random one)
    #[arg(long)]
    pub code: Option<String>,
}

const FIELDS: &[Field] = &[
    Field {
        key: "email",
        synonyms: &["email address", "e-mail", "mail"],
        need: Need::Always,
    },
    Field {
        key: "referred_by",
        synonyms: &[
            "referrer",
            "referrer code",
            "referrer_code",
            "referral code",
            "referred by code",
        ],
        need: Need::Always,
    },
    Field {
        key: "name",
        synonyms: &["full name"],
        need: Need::Optional,
    },
    Field {
        key: "phone",
        synonyms: &["phone number", "mobile"],
        need: Need::Optional,
    },
    Field {
        key: "external_id",
        synonyms: &["customer id", "external id"],
        need: Need::Optional,
    },
    Field {
        key: "code",
        synonyms: &["own code", "lead code", "lead referral code"],
        need: Need::Optional,
    },
];

/// Reads a LEAD argument: `id:`, `email:`, `code:`, `ext:` prefixes, else
/// digits are an id, text with `@` an email, anything else a referral code.
pub fn parse_lead_ref(s: &str) -> Result<LeadRef, UsageError> {
    let s = s.trim();
    let bad = || {
        UsageError(format!(
            "'{s}' is not a lead: give an id, an email or a referral code"
        ))
    };
    if s.is_empty() {
        return Err(bad());
    }
    if let Some((prefix, rest)) = s.split_once(':') {
        let rest = rest.trim();
        match prefix {
            "id" => return rest.parse().map(LeadRef::Id).map_err(|_| bad()),
            "email" => return Ok(LeadRef::Email(rest.into())),
            "code" => return Ok(LeadRef::Code(rest.into())),
            "ext" | "external" | "external_id" => return Ok(LeadRef::ExternalId(rest.into())),
            _ => {}
        }
    }
    if let Ok(id) = s.parse() {
        Ok(LeadRef::Id(id))
    } else if s.contains('@') {
        Ok(LeadRef::Email(s.into()))
    } else {
        Ok(LeadRef::Code(s.into()))
    }
}

/// Finds the lead a LEAD argument names; emails and codes need a campaign.
pub async fn resolve_lead(
    ctx: &Ctx,
    client: &dyn ReferralApi,
    lead: &str,
    campaign: &CampaignArg,
) -> anyhow::Result<Lead> {
    let reference = parse_lead_ref(lead)?;
    if let LeadRef::Id(id) = reference {
        return Ok(client.get_lead(id).await?);
    }
    let campaign = ctx.campaign(campaign)?;
    let mut lookup = LeadLookup {
        campaign,
        ..Default::default()
    };
    match reference {
        LeadRef::Email(e) => lookup.email = Some(e),
        LeadRef::Code(c) => lookup.code = Some(c),
        LeadRef::ExternalId(x) => lookup.external_id = Some(x),
        LeadRef::Id(_) => unreachable!("handled above"),
    }
    Ok(client.lookup_lead(&lookup).await?)
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
        ..Default::default()
    }
}

pub async fn run(ctx: &Ctx, command: LeadsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        LeadsCommand::List(a) => {
            let base = query(ctx, a.filter);
            if a.fields.is_empty() {
                let items = ctx
                    .collect(&a.list, |page| {
                        let q = LeadQuery {
                            limit: page.limit,
                            cursor: page.cursor,
                            ..base.clone()
                        };
                        let client = &client;
                        async move { client.list_leads(&q).await }
                    })
                    .await?;
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
                        let client = &client;
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
        }
        LeadsCommand::Show(a) => {
            let lead = resolve_lead(ctx, client.as_ref(), &a.lead, &a.campaign).await?;
            ctx.printer.one(&lead)?;
            // Say what made the last change, when a rule did.
            if let Some(last) = client.lead_history(lead.id).await?.pop()
                && let (Some(rule), Some(event)) = (&last.rule, &last.event)
            {
                ctx.printer.status(format!(
                    "Last change: {} by rule '{rule}' on event {event} at {}",
                    last.action, last.created_at
                ));
            }
        }
        LeadsCommand::History(a) => {
            let lead = resolve_lead(ctx, client.as_ref(), &a.lead, &a.campaign).await?;
            let records = client.lead_history(lead.id).await?;
            ctx.printer.status(format!(
                "Lead {} ({}) is {}",
                lead.id, lead.email, lead.status
            ));
            ctx.printer.list(&records)?;
        }
        LeadsCommand::Add(a) => {
            let campaign = ctx.campaign(&a.campaign)?;
            let lead = client
                .create_lead(
                    &campaign,
                    &NewLead {
                        email: a.email,
                        referred_by: a.referrer,
                        name: a.name,
                        phone: a.phone,
                        external_id: a.external_id,
                        referral_code: a.code,
                    },
                )
                .await?;
            ctx.printer
                .status(format!("Added lead {} ({})", lead.id, lead.email));
            ctx.printer.one(&lead)?;
        }
        LeadsCommand::Import(a) => return import_leads(ctx, client.as_ref(), a).await,
        LeadsCommand::Export(a) => {
            let base = query(ctx, a.filter);
            let all = ListArgs {
                limit: MAX_PAGE,
                all: true,
            };
            let items = ctx
                .collect(&all, |page| {
                    let q = LeadQuery {
                        limit: page.limit,
                        cursor: page.cursor,
                        ..base.clone()
                    };
                    let client = &client;
                    async move { client.list_leads(&q).await }
                })
                .await?;
            // An export is for files and spreadsheets: CSV unless asked otherwise.
            let mut printer = ctx.printer.clone();
            if printer.format == Format::Table {
                printer.format = Format::Csv;
            }
            printer.list(&items)?;
            ctx.printer
                .status(format!("Exported {} leads", items.len()));
        }
    }
    Ok(Exit::Success)
}

async fn import_leads(ctx: &Ctx, client: &dyn ReferralApi, a: ImportArgs) -> anyhow::Result<Exit> {
    let campaign = ctx.campaign(&a.campaign)?;
    import::run(
        ctx,
        "leads",
        &a,
        FIELDS,
        |r| NewLead {
            email: r.get("email").unwrap_or_default(),
            referred_by: r.get("referred_by").unwrap_or_default(),
            name: r.get("name"),
            phone: r.get("phone"),
            external_id: r.get("external_id"),
            referral_code: r.get("code"),
        },
        async |items| {
            client
                .bulk_create_leads(&campaign, &BulkRequest { items }, new_idempotency_key())
                .await
        },
        |l| l.id,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_arguments_are_read_by_shape_or_prefix() {
        assert_eq!(parse_lead_ref("42").unwrap(), LeadRef::Id(42));
        assert_eq!(
            parse_lead_ref("ann@x.com").unwrap(),
            LeadRef::Email("ann@x.com".into())
        );
        assert_eq!(
            parse_lead_ref("ANN2026").unwrap(),
            LeadRef::Code("ANN2026".into())
        );
        assert_eq!(
            parse_lead_ref("code:123").unwrap(),
            LeadRef::Code("123".into())
        );
        assert_eq!(
            parse_lead_ref("ext:cus_9").unwrap(),
            LeadRef::ExternalId("cus_9".into())
        );
        assert!(parse_lead_ref("id:abc").is_err());
        assert!(parse_lead_ref("  ").is_err());
    }
}
