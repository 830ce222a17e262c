mod add;
mod list;

use clap::{Args, Subcommand};

use super::args::CampaignArg;
use super::context::Ctx;
use super::exit::{Exit, UsageError};
use super::import::ImportArgs;
use crate::api::{Lead, LeadLookup, LeadRef};
use crate::client::ReferralApi;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl leads add --campaign spring --email bob@example.com --referrer ANN2026
  refctl leads import examples/leads.csv --campaign spring
  refctl leads list --campaign spring --status pending
  refctl leads show bob@example.com --campaign spring
  refctl leads history bob@example.com --campaign spring -o json
  refctl leads export --campaign spring > leads.csv
  refctl leads update bob@example.com --campaign spring --email bob@example.org
  refctl leads delete 42 --yes")]
pub enum LeadsCommand {
    /// List leads, with filters
    List(list::ListLeadsArgs),
    /// Show one lead
    Show(LeadArgs),
    /// Add one lead, attributed to a referrer by code
    Add(add::AddArgs),
    /// Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)
    #[command(
        after_help = "Rows with errors are reported by line and the others are imported; \
the exit code is 3 when some rows failed. Import again with --skip-existing to finish a partial import."
    )]
    Import(ImportArgs),
    /// Write every lead of a campaign (CSV unless -o says otherwise)
    Export(list::ExportArgs),
    /// Show a lead's qualification history: who changed it, how, why, when
    History(LeadArgs),
    /// Change a lead's email, name, phone or external id (recorded; see `leads changes`)
    Update {
        #[command(flatten)]
        which: LeadArgs,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// Delete a lead (asks first); one with qualification history needs --force
    Delete {
        #[command(flatten)]
        which: LeadArgs,
        /// Delete it even with qualification history (kept in its change record)
        #[arg(long)]
        force: bool,
    },
    /// Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)
    Changes(LeadArgs),
}

/// The fields `update` may change; an empty value clears an optional one.
#[derive(Debug, Args)]
pub struct PersonFields {
    /// A new email
    #[arg(long)]
    pub email: Option<String>,
    /// A new name ("" clears it)
    #[arg(long)]
    pub name: Option<String>,
    /// A new phone number ("" clears it)
    #[arg(long)]
    pub phone: Option<String>,
    /// A new external id ("" clears it)
    #[arg(long)]
    pub external_id: Option<String>,
}

impl PersonFields {
    pub fn patch(self) -> Result<crate::api::PersonPatch, UsageError> {
        let patch = crate::api::PersonPatch {
            email: self.email,
            name: self.name,
            phone: self.phone,
            external_id: self.external_id,
        };
        if patch.is_empty() {
            return Err(UsageError(
                "nothing to change: pass --email, --name, --phone or --external-id".into(),
            ));
        }
        Ok(patch)
    }
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

pub async fn run(ctx: &Ctx, command: LeadsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    match command {
        LeadsCommand::Show(a) => {
            let lead = resolve_lead(ctx, client.as_ref(), &a.lead, &a.campaign).await?;
            ctx.printer.one(&lead)?;
            // Say what made the last change, when a rule or a kept list did.
            if let Some(last) = client.lead_history(lead.id).await?.pop() {
                if let (Some(rule), Some(event)) = (&last.rule, &last.event) {
                    ctx.printer.status(format!(
                        "Last change: {} by rule '{rule}' on event {event} at {}",
                        last.action, last.created_at
                    ));
                } else if last.method == crate::api::QualifyMethod::CustomerList
                    && let Some(why) = last.reason.as_deref().filter(|r| r.starts_with("on "))
                {
                    ctx.printer.status(format!(
                        "Last change: {} at {}: {why}",
                        last.action, last.created_at
                    ));
                }
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
        LeadsCommand::Update { which, fields } => {
            let patch = fields.patch()?;
            let current = resolve_lead(ctx, client.as_ref(), &which.lead, &which.campaign).await?;
            let updated = client.update_lead(current.id, &patch).await?;
            ctx.printer.status(if updated == current {
                format!(
                    "Lead {} already had those values; nothing changed",
                    current.id
                )
            } else {
                format!("Updated lead {} ({})", updated.id, updated.email)
            });
            ctx.printer.result(&updated)?;
        }
        LeadsCommand::Delete { which, force } => {
            let lead = resolve_lead(ctx, client.as_ref(), &which.lead, &which.campaign).await?;
            let history = client.lead_history(lead.id).await?.len();
            if history > 0 && !force {
                return Err(anyhow::Error::new(crate::client::ClientError::Api(
                    Box::new(crate::api::Problem::new(
                        409,
                        crate::api::ProblemCode::Conflict,
                        format!(
                            "lead {} ({}) has {}; pass --force to delete it anyway (the history is kept in its change record)",
                            lead.id,
                            lead.email,
                            crate::output::count(history as u64, "qualification record")
                        ),
                    )),
                )));
            }
            let question = format!(
                "Delete lead {} ({}, {}{})?",
                lead.id,
                lead.email,
                lead.status,
                if history > 0 {
                    format!(
                        ", {}",
                        crate::output::count(history as u64, "qualification record")
                    )
                } else {
                    String::new()
                }
            );
            if !crate::output::confirm(&question, ctx.global.yes)? {
                ctx.printer.status("Nothing deleted");
                return Ok(Exit::Declined);
            }
            let deleted = client.delete_lead(lead.id, force).await?;
            ctx.printer.status(format!(
                "Deleted lead {} ({}); `refctl leads changes {}` shows what it was",
                deleted.id, deleted.email, deleted.id
            ));
            ctx.printer.result(&deleted)?;
        }
        LeadsCommand::Changes(a) => {
            let id = match parse_lead_ref(&a.lead)? {
                LeadRef::Id(id) => id,
                _ => {
                    resolve_lead(ctx, client.as_ref(), &a.lead, &a.campaign)
                        .await?
                        .id
                }
            };
            ctx.printer.list(&client.lead_changes(id).await?)?;
        }
        LeadsCommand::List(a) => return list::run(ctx, client.as_ref(), a).await,
        LeadsCommand::Export(a) => return list::export(ctx, client.as_ref(), a).await,
        LeadsCommand::Add(a) => return add::run(ctx, client.as_ref(), a).await,
        LeadsCommand::Import(a) => {
            let client = ctx.paced_client().await?;
            return add::import(ctx, client.as_ref(), a).await;
        }
    }
    Ok(Exit::Success)
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
