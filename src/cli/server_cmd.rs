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
    /// Read-only database connections beside the one writer, so that lists
    /// never wait behind a change
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(0..=64))]
    pub readers: u16,
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
    /// List the tokens (never the tokens themselves: their first characters)
    List {
        #[command(flatten)]
        db: DbArg,
        /// Only this workspace's
        #[arg(long)]
        workspace: Option<String>,
    },
    /// Revoke a token: from now on it gets 401
    Revoke {
        /// The token's id (see `refctl server token list`)
        id: i64,
        #[command(flatten)]
        db: DbArg,
    },
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
    /// The token stops working after this long, e.g. 90d, 12h, 30m (default: never)
    #[arg(long, value_name = "DURATION", value_parser = duration)]
    pub expires_in: Option<time::Duration>,
}

/// `90d`, `12h`, `30m`: a whole number and a unit.
fn duration(value: &str) -> Result<time::Duration, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (n, unit) = value.split_at(split);
    let n: i64 = n.parse().map_err(|_| {
        format!("'{value}' is not a duration: use a number and d, h or m, e.g. 90d")
    })?;
    match unit {
        "d" => Ok(time::Duration::days(n)),
        "h" => Ok(time::Duration::hours(n)),
        "m" => Ok(time::Duration::minutes(n)),
        _ => Err(format!(
            "'{value}' is not a duration: use a number and d, h or m, e.g. 90d"
        )),
    }
}

/// A token's line in `server token list`.
#[derive(Debug, serde::Serialize)]
struct TokenRow {
    #[serde(flatten)]
    info: crate::server::TokenInfo,
    state: &'static str,
}

impl crate::output::Tabular for TokenRow {
    const COLUMNS: &'static [(&'static str, &'static str)] = &[
        ("id", "ID"),
        ("workspace", "WORKSPACE"),
        ("name", "NAME"),
        ("scope", "SCOPE"),
        ("prefix", "PREFIX"),
        ("rate_limit", "RATE"),
        ("expires_at", "EXPIRES"),
        ("state", "STATE"),
    ];
}

fn scope_parser() -> impl clap::builder::TypedValueParser<Value = Scope> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["admin", "read"]).try_map(|s| s.parse::<Scope>())
}

pub async fn run(global: &GlobalArgs, args: ServerArgs) -> anyhow::Result<Exit> {
    match args.command {
        None => {
            let db = args.serve.db.path()?;
            crate::server::serve(args.serve.listen, &db, args.serve.readers.into()).await?;
        }
        Some(ServerCommand::Token(TokenCommand::Create(a))) => {
            let db = a.db.path()?;
            let expires_at = a
                .expires_in
                .map(|d| crate::domain::time::stored(time::OffsetDateTime::now_utc() + d));
            let token = crate::server::create_token(
                &db,
                &a.workspace,
                &a.name,
                a.scope,
                a.rate,
                expires_at.as_deref(),
            )?;
            let printer = global.printer();
            printer.value(&token)?;
            printer.status(format!(
                "Created {} token '{}' for workspace '{}'. It is shown only this once: store it now.",
                a.scope, a.name, a.workspace
            ));
        }
        Some(ServerCommand::Token(TokenCommand::List { db, workspace })) => {
            let now = crate::domain::time::stored(time::OffsetDateTime::now_utc());
            let rows: Vec<TokenRow> =
                crate::server::list_tokens(&db.path()?, workspace.as_deref())?
                    .into_iter()
                    .map(|info| {
                        let state = if info.revoked_at.is_some() {
                            "revoked"
                        } else if info
                            .expires_at
                            .as_deref()
                            .is_some_and(|at| at <= now.as_str())
                        {
                            "expired"
                        } else {
                            "active"
                        };
                        TokenRow { info, state }
                    })
                    .collect();
            global.printer().list(&rows)?;
        }
        Some(ServerCommand::Token(TokenCommand::Revoke { id, db })) => {
            let printer = global.printer();
            let Some(token) = crate::server::revoke_token(&db.path()?, id)? else {
                printer.status(format!(
                    "there is no token with id {id}: see `refctl server token list`"
                ));
                return Ok(Exit::NotFound);
            };
            printer.status(format!(
                "Token {} '{}' of workspace '{}' is revoked: it gets 401 from now on",
                token.id, token.name, token.workspace
            ));
            printer.result(&token)?;
        }
    }
    Ok(Exit::Success)
}
