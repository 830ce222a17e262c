mod add;
mod edit;
mod list;
mod show;

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
    let mut lookup = LeadLookup::default();
    match parse_lead_ref(lead)? {
        LeadRef::Id(id) => return Ok(client.get_lead(id).await?),
        LeadRef::Email(e) => lookup.email = Some(e),
        LeadRef::Code(c) => lookup.code = Some(c),
        LeadRef::ExternalId(x) => lookup.external_id = Some(x),
    }
    lookup.campaign = ctx.campaign(campaign)?;
    Ok(client.lookup_lead(&lookup).await?)
}

pub async fn run(ctx: &Ctx, command: LeadsCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    let client = client.as_ref();
    match command {
        LeadsCommand::Show(a) => show::show(ctx, client, a).await,
        LeadsCommand::History(a) => show::history(ctx, client, a).await,
        LeadsCommand::Update { which, fields } => edit::update(ctx, client, which, fields).await,
        LeadsCommand::Delete { which, force } => edit::delete(ctx, client, which, force).await,
        LeadsCommand::Changes(a) => edit::changes(ctx, client, a).await,
        LeadsCommand::List(a) => list::run(ctx, client, a).await,
        LeadsCommand::Export(a) => list::export(ctx, client, a).await,
        LeadsCommand::Add(a) => add::run(ctx, client, a).await,
        LeadsCommand::Import(a) => {
            let paced = ctx.paced_client().await?;
            add::import(ctx, paced.as_ref(), a).await
        }
    }
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
