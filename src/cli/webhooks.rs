//! `refctl webhooks`: the shared secrets that sign inbound webhooks.

use clap::{Subcommand, ValueEnum};

use super::context::Ctx;
use super::exit::{Exit, UsageError};
use crate::api::SecretKind;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl webhooks secret create --kind stripe
  refctl webhooks secret rotate --kind generic

The generic endpoint, /v1/hooks/WORKSPACE/events, takes an event signed with
Refctl-Signature: t=UNIX_TIME,v1=HEX(HMAC-SHA256(secret, \"UNIX_TIME.BODY\")).
The Stripe endpoint, /v1/hooks/WORKSPACE/stripe, checks Stripe's own
Stripe-Signature. Stripe makes the signing secret when you add the endpoint in
its dashboard; give it to refctl with

  refctl webhooks secret set --kind stripe     (prompts, or reads stdin)

A secret replaced by rotate or set keeps working for a day, so senders can switch.")]
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
    /// Use a secret the sender made (Stripe's signing secret), from a hidden prompt or stdin
    Set {
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
            (client.create_webhook_secret(kind.into()).await?, "Created")
        }
        SecretCommand::Rotate { kind } => {
            (client.rotate_webhook_secret(kind.into()).await?, "Rotated")
        }
        SecretCommand::Set { kind } => {
            let secret = read_secret()?;
            let set = client.set_webhook_secret(kind.into(), &secret).await?;
            ctx.printer.status(format!(
                "The {} webhook now checks signatures with the secret given (a replaced one \
                 works for a day more). Endpoint: {}",
                set.kind, set.endpoint
            ));
            ctx.printer.result(&set)?;
            return Ok(Exit::Success);
        }
    };
    if ctx.printer.format == crate::output::Format::Table {
        ctx.printer.value(&made.secret)?;
    } else {
        ctx.printer.one(&made)?;
    }
    ctx.printer.status(format!(
        "{verb} the {} webhook secret. It is shown only this once: store it now. Endpoint: {}",
        made.kind, made.endpoint
    ));
    Ok(Exit::Success)
}

impl From<Kind> for SecretKind {
    fn from(kind: Kind) -> SecretKind {
        match kind {
            Kind::Generic => SecretKind::Generic,
            Kind::Stripe => SecretKind::Stripe,
        }
    }
}

/// The secret from a hidden prompt on a terminal, else from stdin.
fn read_secret() -> anyhow::Result<String> {
    use std::io::{IsTerminal, Read};
    let secret = if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt("Signing secret")
            .interact()?
    } else {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| anyhow::anyhow!("could not read the secret from stdin: {e}"))?;
        s
    };
    let secret = secret.trim().to_string();
    if secret.is_empty() {
        return Err(UsageError(
            "no secret given: pipe it in, e.g. `printenv STRIPE_WEBHOOK_SECRET | refctl webhooks secret set --kind stripe`"
                .into(),
        )
        .into());
    }
    Ok(secret)
}
