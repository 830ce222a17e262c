//! `refctl webhooks`: the shared secrets that sign inbound webhooks.

use clap::{Subcommand, ValueEnum};

use super::context::Ctx;
use super::exit::Exit;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl webhooks secret create --kind stripe
  refctl webhooks secret rotate --kind generic

The generic endpoint, /v1/hooks/WORKSPACE/events, takes an event signed with
Refctl-Signature: t=UNIX_TIME,v1=HEX(HMAC-SHA256(secret, \"UNIX_TIME.BODY\")).
The Stripe endpoint, /v1/hooks/WORKSPACE/stripe, checks Stripe's own
Stripe-Signature with the secret Stripe shows for the endpoint: create the
stripe secret here, or rotate until you can paste it into Stripe.")]
pub enum WebhooksCommand {
    /// The workspace's webhooks: when made, when rotated, how many requests were refused
    List,
    /// Create or rotate the secret of a webhook (shown once)
    #[command(subcommand)]
    Secret(SecretCommand),
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Make the workspace's secret; prints it once
    Create {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: Kind,
    },
    /// Replace the secret; the old one keeps working for a day
    Rotate {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: Kind,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Kind {
    /// Events in refctl's own shape, signed with Refctl-Signature
    Generic,
    /// Stripe's events, signed with Stripe-Signature
    Stripe,
}

pub async fn run(ctx: &Ctx, command: WebhooksCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    let command = match command {
        WebhooksCommand::List => {
            ctx.printer.list(&client.list_webhooks().await?)?;
            return Ok(Exit::Success);
        }
        WebhooksCommand::Secret(command) => command,
    };
    let (made, verb) = match command {
        SecretCommand::Create { kind } => {
            (client.create_webhook_secret(name(kind)).await?, "Created")
        }
        SecretCommand::Rotate { kind } => {
            (client.rotate_webhook_secret(name(kind)).await?, "Rotated")
        }
    };
    if ctx.printer.format == crate::output::Format::Table {
        println!("{}", made["secret"].as_str().unwrap_or_default());
    } else {
        ctx.printer.one(&made)?;
    }
    ctx.printer.status(format!(
        "{verb} the {} webhook secret. It is shown only this once: store it now. Endpoint: {}",
        made["kind"].as_str().unwrap_or_default(),
        made["endpoint"].as_str().unwrap_or_default()
    ));
    Ok(Exit::Success)
}

fn name(kind: Kind) -> &'static str {
    match kind {
        Kind::Generic => "generic",
        Kind::Stripe => "stripe",
    }
}
