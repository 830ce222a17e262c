use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::args::GlobalArgs;
use super::exit::Exit;
use crate::api::Scope;
use crate::config::Paths;

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  refctl server token create --workspace acme --name ci --scope admin
  refctl server --listen 127.0.0.1:8080
  REFCTL_API_URL=http://127.0.0.1:8080 REFCTL_TOKEN=rfk_... refctl campaigns list

With no --db, the server serves the local workspace database, so that tokens of
the workspace 'local' see what refctl shows without --api-url."
)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: Option<ServerCommand>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one)
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Debug, Clone, Args)]
pub struct DbArg {
    /// The SQLite database file (created when missing; default: the local workspace)
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

impl DbArg {
    fn path(&self) -> anyhow::Result<PathBuf> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => Ok(Paths::from_env()?.embedded_db()),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Manage API tokens
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token and print it once (it is stored hashed)
    Create(TokenCreateArgs),
}

#[derive(Debug, Args)]
pub struct TokenCreateArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// The workspace the token opens (created when missing)
    #[arg(long, default_value = "local")]
    pub workspace: String,
    /// A name for the token; it is recorded as the actor of every change
    #[arg(long)]
    pub name: String,
    /// admin may change things; read may only look
    #[arg(long, value_parser = scope_parser(), default_value = "admin")]
    pub scope: Scope,
    /// Most requests the token may make, e.g. 600/min (Referral Factory's limit) or 10/s;
    /// beyond it the server answers 429 with Retry-After (default: no limit)
    #[arg(long, value_name = "N/UNIT")]
    pub rate: Option<crate::api::RateLimit>,
}

fn scope_parser() -> impl clap::builder::TypedValueParser<Value = Scope> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["admin", "read"]).try_map(|s| s.parse::<Scope>())
}

pub async fn run(global: &GlobalArgs, args: ServerArgs) -> anyhow::Result<Exit> {
    match args.command {
        None => {
            let db = args.serve.db.path()?;
            crate::server::serve(args.serve.listen, &db).await?;
        }
        Some(ServerCommand::Token(TokenCommand::Create(a))) => {
            let db = a.db.path()?;
            let token = crate::server::create_token(&db, &a.workspace, &a.name, a.scope, a.rate)?;
            let printer = global.printer();
            printer.value(&token)?;
            printer.status(format!(
                "Created {} token '{}' for workspace '{}'. It is shown only this once: store it now.",
                a.scope, a.name, a.workspace
            ));
        }
    }
    Ok(Exit::Success)
}
