//! `refctl webhooks`: the shared secrets that sign inbound webhooks.

use clap::Subcommand;

use super::context::Ctx;
use super::exit::{Exit, UsageError};
use crate::api::SecretKind;

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:
  refctl webhooks secret create --kind stripe
  refctl webhooks secret rotate --kind generic
  printenv STRIPE_WEBHOOK_SECRET | refctl webhooks test --kind stripe

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
    /// Send a correctly signed sample to the webhook, to see the whole path work
    #[command(
        after_help = "The secret comes from REFCTL_WEBHOOK_SECRET, else a hidden prompt or stdin.
The sample (without --event) names webhook-test@example.com, whom no rule finds:
it is received, checked and recorded as an event, and changes no lead. With
--event, the file is sent as it is (Stripe's shape for stripe, refctl's for
generic) and its rules act on it as on a real delivery.

Examples:
  printenv STRIPE_WEBHOOK_SECRET | refctl webhooks test --kind stripe
  REFCTL_WEBHOOK_SECRET=whsec_... refctl webhooks test --kind stripe --event examples/events/stripe/charge.succeeded.json"
    )]
    Test {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: SecretKind,
        /// The event to send (default: a sample that changes no lead)
        #[arg(long, value_name = "FILE")]
        event: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Make the workspace's secret; prints it once
    Create {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: SecretKind,
    },
    /// Replace the secret; the old one keeps working for a day
    Rotate {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: SecretKind,
    },
    /// Use a secret the sender made (Stripe's signing secret), from a hidden prompt or stdin
    Set {
        /// Which webhook
        #[arg(long, value_enum)]
        kind: SecretKind,
    },
}

pub async fn run(ctx: &Ctx, command: WebhooksCommand) -> anyhow::Result<Exit> {
    let client = ctx.client()?;
    let command = match command {
        WebhooksCommand::List => {
            ctx.printer.list(&client.list_webhooks().await?)?;
            return Ok(Exit::Success);
        }
        WebhooksCommand::Secret(command) => command,
        WebhooksCommand::Test { kind, event } => {
            return test(ctx, client.as_ref(), kind, event.as_deref()).await;
        }
    };
    let (made, verb) = match command {
        SecretCommand::Create { kind } => (client.create_webhook_secret(kind).await?, "Created"),
        SecretCommand::Rotate { kind } => (client.rotate_webhook_secret(kind).await?, "Rotated"),
        SecretCommand::Set { kind } => {
            let secret = read_secret()?;
            let set = client.set_webhook_secret(kind, &secret).await?;
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

/// `webhooks test`: a sample (or a file) signed as its sender signs,
/// delivered to the workspace's webhook.
async fn test(
    ctx: &Ctx,
    client: &dyn crate::client::ReferralApi,
    kind: SecretKind,
    event: Option<&std::path::Path>,
) -> anyhow::Result<Exit> {
    let body = match event {
        Some(path) => std::fs::read(path)
            .map_err(|e| UsageError(format!("could not read {}: {e}", path.display())))?,
        None => sample(kind).into_bytes(),
    };
    let secret = match std::env::var("REFCTL_WEBHOOK_SECRET") {
        Ok(s) if !s.trim().is_empty() => s.trim().to_string(),
        _ => read_secret()?,
    };
    let workspace = client.whoami().await?.workspace;
    let record = client
        .deliver_webhook(&workspace, kind, body, &secret)
        .await?;
    ctx.printer.status(format!(
        "The {} webhook of workspace '{workspace}' took the signed event {}: the signature checks, and the rules ran.",
        kind,
        record.id
    ));
    super::events::print_records(ctx, std::slice::from_ref(&record))?;
    Ok(Exit::Success)
}

/// A sample event that names nobody, with a fresh id.
fn sample(kind: SecretKind) -> String {
    let id = crate::client::new_idempotency_key();
    match kind {
        SecretKind::Stripe => serde_json::json!({
            "id": format!("evt_refctl_test_{id}"), "object": "event", "type": "charge.succeeded",
            "created": jiff::Timestamp::now().as_second(),
            "data": {"object": {"id": format!("ch_refctl_test_{id}"), "object": "charge",
                "amount": 100, "currency": "usd", "paid": true,
                "billing_details": {"email": "webhook-test@example.com"}}}
        }),
        SecretKind::Generic => serde_json::json!({
            "id": format!("refctl_test_{id}"), "type": "refctl.webhook_test",
            "data": {"email": "webhook-test@example.com"}
        }),
    }
    .to_string()
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
