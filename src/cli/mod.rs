//! The command line: clap definitions, one module per noun, and the glue
//! that runs them.

mod args;
mod auth;
mod campaigns;
mod complete;
mod config_cmd;
mod context;
mod customers;
mod doctor;
mod events;
mod exit;
mod generate;
mod import;
mod leads;
mod qualify;
mod referrers;
mod rules;
mod server_cmd;
mod webhooks;

use clap::{Parser, Subcommand};

pub use args::GlobalArgs;
pub use context::Ctx;
pub use exit::{Exit, report_error};

/// Run referral programs from the shell.
///
/// refctl manages campaigns, referrers and leads, and qualifies leads (one,
/// many, or a whole customer list). It talks to a referral API over HTTP, or,
/// with no API URL configured, to a local workspace it keeps in a SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "refctl",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Examples:
  refctl campaigns create \"Spring 2026\" --code spring
  refctl referrers import examples/referrers.csv --campaign spring
  refctl leads import examples/leads.csv --campaign spring
  refctl qualify ann@example.com --campaign spring
  refctl leads list --campaign spring --status qualified -o json

Providers: with REFCTL_PROVIDER (or --provider, or `refctl config set provider`)
referral-factory or growsurf, the same commands drive those platforms' APIs;
rules, events, webhooks and campaign changes are refctl's own (see the README).

Exit codes: 0 ok, 1 failure, 2 usage, 3 partial, 4 auth, 5 not found,
6 conflict or invalid, 7 rate limited or unavailable, 8 not offered by the
backend in use (see the README)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list and change campaigns (hosted platforms: list and show)
    #[command(subcommand)]
    Campaigns(campaigns::CampaignsCommand),
    /// Add, import and look at referrers
    #[command(subcommand)]
    Referrers(referrers::ReferrersCommand),
    /// Add, import, list, export leads and see their history
    #[command(subcommand)]
    Leads(leads::LeadsCommand),
    /// Qualify leads: mark them converted
    Qualify(qualify::QualifyArgs),
    /// Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)
    Unqualify(qualify::UnqualifyArgs),
    /// Upload a customer list: match it against the leads, qualify the pending ones
    #[command(subcommand)]
    Customers(customers::CustomersCommand),
    /// Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl's API only)
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Send events to the rules, and see what each one did (refctl's API only)
    #[command(subcommand)]
    Events(events::EventsCommand),
    /// The secrets that sign inbound webhooks, generic and Stripe (refctl's API only)
    #[command(subcommand)]
    Webhooks(webhooks::WebhooksCommand),
    /// Log in to an API, log out, and see which backend is in use
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Read and write profiles (API URL, default campaign)
    #[command(subcommand)]
    Config(config_cmd::ConfigCommand),
    /// Check the setup: configuration, the API, the token, what the platform can do
    Doctor(doctor::DoctorArgs),
    /// Serve the referral API over HTTP, and manage its tokens
    Server(server_cmd::ServerArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish)
    Completion(generate::CompletionArgs),
    /// Rewrite completions/ and man/ from these definitions (for the repository)
    #[command(hide = true)]
    GenerateDocs(generate::GenerateDocsArgs),
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<Exit> {
    let Cli { global, command } = cli;
    // The server, completions and docs need no client, profile or credentials.
    let ctx = || Ctx::new(global.clone());
    match command {
        Command::Server(args) => server_cmd::run(&global, args).await,
        Command::Completion(args) => generate::completion(args),
        Command::GenerateDocs(args) => generate::generate_docs(args),
        Command::Campaigns(c) => campaigns::run(&ctx()?, c).await,
        Command::Referrers(c) => referrers::run(&ctx()?, c).await,
        Command::Leads(c) => leads::run(&ctx()?, c).await,
        Command::Qualify(a) => qualify::run_qualify(&ctx()?, a).await,
        Command::Unqualify(a) => qualify::run_unqualify(&ctx()?, a).await,
        Command::Customers(c) => customers::run(&ctx()?, c).await,
        Command::Rules(c) => rules::run(&ctx()?, c).await,
        Command::Events(c) => events::run(&ctx()?, c).await,
        Command::Webhooks(c) => webhooks::run(&ctx()?, c).await,
        Command::Auth(c) => auth::run(&ctx()?, c).await,
        Command::Config(c) => config_cmd::run(&ctx()?, c),
        Command::Doctor(a) => doctor::run(&ctx()?, a).await,
    }
}
