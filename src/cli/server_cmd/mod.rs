use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};

mod link;

use super::args::GlobalArgs;
use super::exit::Exit;
use crate::api::Scope;
use crate::config::Paths;
use crate::store::Location;

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  refctl server token create --workspace acme --name ci --scope admin
  refctl server --listen 127.0.0.1:8080
  REFCTL_API_URL=http://127.0.0.1:8080 REFCTL_TOKEN=rfk_... refctl campaigns list
  refctl server --db postgres://refctl@db.internal/refctl --listen 0.0.0.0:8080
  refctl server migrate-db --from ~/.local/share/refctl/refctl.db --to postgres://refctl@db.internal/refctl

With no --db, the server serves the local workspace database, so that tokens of
the workspace 'local' see what refctl shows without --api-url. With a
postgres:// URL, several server processes may share one database.

GET /v1/health answers while the process lives; GET /v1/ready answers 200 only
while the database does (503 otherwise), for load balancers."
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
    /// PostgreSQL: the most connections this process opens to the database
    /// (several processes share the server's max_connections)
    #[arg(long, default_value_t = 16, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub pool: u16,
    /// How often each linked workspace syncs its hosted program, e.g. 5m, 30s
    #[arg(long, default_value = "5m", value_name = "DURATION", value_parser = link::seconds)]
    pub sync_every: u64,
    /// How long one call to a linked platform may take before it counts as
    /// unanswered (the change is then read back), e.g. 15s
    #[arg(long, default_value = "15s", value_name = "DURATION", value_parser = link::seconds)]
    pub platform_timeout: u64,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Debug, Clone, Args)]
pub struct DbArg {
    /// The database: a SQLite file (created when missing) or a postgres:// URL
    /// (default: the local workspace's SQLite file)
    #[arg(long, value_name = "PATH|URL")]
    pub db: Option<Location>,
    /// PostgreSQL: read the password from this file (not the URL, which
    /// `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does
    #[arg(long, value_name = "PATH")]
    pub db_password_file: Option<std::path::PathBuf>,
}

impl DbArg {
    pub fn location(&self) -> anyhow::Result<Location> {
        if let Some(path) = &self.db_password_file {
            crate::store::postgres::use_password_file(path.clone());
        }
        match &self.db {
            Some(l) => Ok(l.clone()),
            None => Ok(Location::Sqlite(Paths::from_env()?.embedded_db())),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Manage API tokens
    #[command(subcommand)]
    Token(TokenCommand),
    /// Copy a SQLite workspace database into an empty PostgreSQL database
    #[command(after_help = "Examples:
  refctl server migrate-db --from ~/.local/share/refctl/refctl.db --to postgres://refctl@db.internal/refctl

Every table is copied in one transaction, ids kept, and each table's rows are
counted on both sides. A target that holds any row is refused. Stop the servers
that write to the SQLite file first.")]
    MigrateDb(MigrateDbArgs),
    /// Put a workspace in front of a program on a hosted platform
    Link(link::LinkArgs),
    /// Stop a workspace's link to its hosted platform
    Unlink {
        #[command(flatten)]
        db: DbArg,
        /// The linked workspace
        #[arg(long)]
        workspace: String,
    },
    /// List the linked workspaces, their sync and their deliveries
    Links {
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Debug, Args)]
pub struct MigrateDbArgs {
    /// The SQLite database to copy (default: the local workspace's)
    #[arg(long, value_name = "PATH")]
    pub from: Option<PathBuf>,
    /// The PostgreSQL database to copy into: postgres://user@host/db
    #[arg(long, value_name = "URL", value_parser = postgres_url)]
    pub to: String,
}

fn postgres_url(value: &str) -> Result<String, String> {
    if crate::store::postgres::is_url(value) {
        Ok(value.to_string())
    } else {
        Err("give a postgres:// URL, e.g. postgres://refctl@db.internal/refctl".into())
    }
}

/// A copied table in `server migrate-db`.
#[derive(Debug, serde::Serialize)]
struct CopiedTable {
    table: &'static str,
    rows: u64,
}

impl crate::output::Tabular for CopiedTable {
    const COLUMNS: &'static [(&'static str, &'static str)] =
        &[("table", "TABLE"), ("rows", "ROWS")];
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
    pub expires_in: Option<jiff::SignedDuration>,
}

/// `90d`, `12h`, `30m`: a whole number and a unit.
fn duration(value: &str) -> Result<jiff::SignedDuration, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (n, unit) = value.split_at(split);
    let n: i64 = n.parse().map_err(|_| {
        format!("'{value}' is not a duration: use a number and d, h or m, e.g. 90d")
    })?;
    match unit {
        "d" => Ok(crate::domain::time::days(n)),
        "h" => Ok(jiff::SignedDuration::from_hours(n)),
        "m" => Ok(jiff::SignedDuration::from_mins(n)),
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
            let db = args.serve.db.location()?;
            let connections = crate::server::Connections {
                readers: args.serve.readers.into(),
                pool: args.serve.pool.into(),
            };
            let sync_every = std::time::Duration::from_secs(args.serve.sync_every.max(1));
            let platform_timeout =
                std::time::Duration::from_secs(args.serve.platform_timeout.max(1));
            crate::server::serve(
                args.serve.listen,
                &db,
                connections,
                crate::server::BridgeTiming {
                    sync_every,
                    platform_timeout,
                },
            )
            .await?;
        }
        Some(ServerCommand::Link(a)) => return link::link(global, a).await,
        Some(ServerCommand::Unlink { db, workspace }) => {
            return link::unlink(global, &db, &workspace).await;
        }
        Some(ServerCommand::Links { db }) => return link::links(global, &db).await,
        Some(ServerCommand::MigrateDb(a)) => {
            let from = match a.from {
                Some(path) => path,
                None => Paths::from_env()?.embedded_db(),
            };
            let copied = crate::server::migrate_db(&from, &a.to).await?;
            let rows: u64 = copied.iter().map(|(_, n)| n).sum();
            let printer = global.printer();
            printer.list(
                &copied
                    .into_iter()
                    .map(|(table, rows)| CopiedTable { table, rows })
                    .collect::<Vec<_>>(),
            )?;
            printer.status(format!(
                "Copied {rows} rows from {} into {}; every table's count matches.",
                from.display(),
                crate::store::postgres::redacted(&a.to)
            ));
        }
        Some(ServerCommand::Token(TokenCommand::Create(a))) => {
            let db = a.db.location()?;
            let expires_at = a.expires_in.map(|d| {
                crate::domain::time::stored(crate::domain::time::plus(jiff::Timestamp::now(), d))
            });
            let token = crate::server::create_token(
                &db,
                &a.workspace,
                &a.name,
                a.scope,
                a.rate,
                expires_at.as_deref(),
            )
            .await?;
            let printer = global.printer();
            printer.value(&token)?;
            printer.status(format!(
                "Created {} token '{}' for workspace '{}'. It is shown only this once: store it now.",
                a.scope, a.name, a.workspace
            ));
        }
        Some(ServerCommand::Token(TokenCommand::List { db, workspace })) => {
            let now = crate::domain::time::stored(jiff::Timestamp::now());
            let rows: Vec<TokenRow> =
                crate::server::list_tokens(&db.location()?, workspace.as_deref())
                    .await?
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
            let Some(token) = crate::server::revoke_token(&db.location()?, id).await? else {
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
