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
mod outbox;
mod qualify;
mod reference;
mod referrers;
mod report_file;
mod rules;
mod server_cmd;
mod webhooks;

use clap::{Parser, Subcommand};

use crate::output;

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
    // `--version` names the commit too (`-V` and the man pages do not, so
    // that they stay the same from commit to commit).
    long_version = crate::VERSION,
    max_term_width = 100
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
    /// The changes a refctl server in front of a hosted platform delivers there
    #[command(subcommand)]
    Outbox(outbox::OutboxCommand),
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
}

/// The command line's definition, with the text after `refctl --help`
/// (environment, exit status, files) that is built rather than written.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().after_help(reference::after_help())
}

/// Parses the process's arguments, exiting on a usage error as clap does;
/// with `-o json` (or ndjson) the error is JSON like every other.
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() && wants_json(&args) => {
            eprintln!("{}", json_usage_error(&e));
            std::process::exit(Exit::Usage as i32);
        }
        Err(e) => e.exit(),
    }
}

/// A clap error as the JSON error every command writes, keeping what clap
/// knew: its first paragraph as the message (which names a missing
/// argument on the lines after the first), its tips (`a similar argument
/// exists: '--status'`) as the hint, and the argument and its possible
/// values as fields of their own.
fn json_usage_error(e: &clap::Error) -> serde_json::Value {
    use clap::error::{ContextKind, ContextValue};
    let text = e.render().to_string();
    let message = text
        .lines()
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("Usage:"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let tips: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("tip: "))
        .collect();
    let strings = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let mut error = serde_json::json!({
        "message": message.trim_start_matches("error: "),
        "code": "usage",
        "exit_code": Exit::Usage as u8,
        "hint": (!tips.is_empty()).then(|| tips.join("; ")),
        "errors": [],
    });
    if let Some(argument) = strings(ContextKind::InvalidArg).into_iter().next() {
        error["argument"] = argument.into();
    }
    let valid = strings(ContextKind::ValidValue);
    if !valid.is_empty() {
        error["possible_values"] = valid.into();
    }
    let similar = [
        strings(ContextKind::SuggestedArg),
        strings(ContextKind::SuggestedValue),
        strings(ContextKind::SuggestedSubcommand),
    ]
    .concat();
    if !similar.is_empty() {
        error["did_you_mean"] = similar.into();
    }
    serde_json::json!({ "error": error })
}

/// Whether the command line asks for JSON output, read before clap could
/// (its error is what we are about to show).
fn wants_json(args: &[std::ffi::OsString]) -> bool {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().any(|(i, a)| {
        let value = match *a {
            "-o" | "--output" => args.get(i + 1).copied(),
            a => a
                .strip_prefix("--output=")
                .or_else(|| a.strip_prefix("-o="))
                .or_else(|| a.strip_prefix("-o")),
        };
        matches!(value, Some("json" | "ndjson"))
    })
}

/// `refctl generate-docs`: rewrites completions/ and man/ for the repository.
/// Kept out of [`Cli`] so that no completion or man page offers it.
pub fn generate_docs(args: impl IntoIterator<Item = std::ffi::OsString>) -> Exit {
    use clap::Parser;
    let args = generate::GenerateDocsArgs::parse_from(args);
    match generate::generate_docs(args) {
        Ok(exit) => exit,
        Err(err) => report_error(&err, output::Format::Table),
    }
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<Exit> {
    let Cli { global, command } = cli;
    // The server, completions and docs need no client, profile or credentials.
    let ctx = || Ctx::new(global.clone());
    match command {
        Command::Server(args) => server_cmd::run(&global, args).await,
        Command::Completion(args) => generate::completion(args),
        Command::Campaigns(c) => campaigns::run(&ctx()?, c).await,
        Command::Referrers(c) => referrers::run(&ctx()?, c).await,
        Command::Leads(c) => leads::run(&ctx()?, c).await,
        Command::Qualify(a) => qualify::run_qualify(&ctx()?, a).await,
        Command::Unqualify(a) => qualify::run_unqualify(&ctx()?, a).await,
        Command::Customers(c) => customers::run(&ctx()?, c).await,
        Command::Rules(c) => rules::run(&ctx()?, c).await,
        Command::Events(c) => events::run(&ctx()?, c).await,
        Command::Webhooks(c) => webhooks::run(&ctx()?, c).await,
        Command::Outbox(c) => outbox::run(&ctx()?, c).await,
        Command::Auth(c) => auth::run(&ctx()?, c).await,
        Command::Config(c) => config_cmd::run(&ctx()?, c),
        Command::Doctor(a) => doctor::run(&ctx()?, a).await,
    }
}
