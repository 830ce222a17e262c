//! Exit codes, and how an error is shown. One table, one function.

use std::process::ExitCode;

use crate::api::ProblemCode;
use crate::client::ClientError;
use crate::output::{Format, NeedsYes};

/// The documented exit codes. Scripts rely on them: never renumber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything asked for was done.
    Success = 0,
    /// Something failed that fits no other code.
    Failure = 1,
    /// The command line was wrong (or `--yes` was needed without a terminal).
    Usage = 2,
    /// A bulk action did some items and not others.
    Partial = 3,
    /// No token, a bad token, or a token that may not do this.
    Auth = 4,
    /// What was named does not exist.
    NotFound = 5,
    /// The request conflicts with what exists, or is invalid.
    Conflict = 6,
    /// Rate limited after retries, or the API could not be reached.
    Unavailable = 7,
    /// The backend in use (a hosted platform) has no such operation.
    Unsupported = 8,
    /// A question was answered no: nothing was changed.
    Declined = 9,
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    Interrupted = 130,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// A mistake on the command line found after parsing.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// What the command was asked to do conflicts with what exists (exit 6),
/// found by the CLI itself rather than answered by the API.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConflictError(pub String);

/// No usable credentials.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AuthError(pub String);

/// The exit code for an error, from the first cause that says.
pub fn classify(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if cause.is::<UsageError>() || cause.is::<NeedsYes>() {
            return Exit::Usage;
        }
        if cause.is::<AuthError>() {
            return Exit::Auth;
        }
        if cause.is::<ConflictError>() {
            return Exit::Conflict;
        }
        if let Some(e) = cause.downcast_ref::<ClientError>() {
            return match e {
                ClientError::Api(p) => match (p.status, p.code) {
                    (401 | 403, _) => Exit::Auth,
                    (404, _) => Exit::NotFound,
                    (429, _) => Exit::Unavailable,
                    (s, _) if s >= 500 => Exit::Unavailable,
                    (_, ProblemCode::Unknown) => Exit::Failure,
                    _ => Exit::Conflict,
                },
                ClientError::Unreachable { .. }
                | ClientError::TimedOut { .. }
                | ClientError::Broken { .. }
                | ClientError::ServerFailed { .. }
                | ClientError::RateLimited { .. }
                | ClientError::CoolingDown { .. } => Exit::Unavailable,
                ClientError::Decode(_)
                | ClientError::Workspace { .. }
                | ClientError::InProcess(_)
                | ClientError::Local(_) => Exit::Failure,
                ClientError::Unsupported { .. } | ClientError::NotBuilt { .. } => Exit::Unsupported,
            };
        }
        if cause.is::<crate::config::ConfigError>() {
            return Exit::Usage;
        }
    }
    Exit::Failure
}

/// What to try next, for errors that have an obvious next step.
fn hint(err: &anyhow::Error) -> Option<String> {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<ClientError>() {
            return match e {
                ClientError::Api(p) if p.status == 401 => {
                    Some("run `refctl auth login`, or set REFCTL_TOKEN to a valid token".into())
                }
                ClientError::Api(p) if p.status == 403 => Some("use a token with admin scope".into()),
                ClientError::Api(p) if p.resource.as_deref() == Some("campaign") => {
                    Some("see the campaigns with `refctl campaigns list`".into())
                }
                ClientError::Unreachable { .. } => Some(
                    "is the server running? Check --api-url, REFCTL_API_URL or the profile's api_url".into(),
                ),
                ClientError::TimedOut { .. } => Some(
                    "the server is slow or stuck: try again later, or allow longer with --timeout (REFCTL_TIMEOUT)".into(),
                ),
                ClientError::NotBuilt { .. } => Some(
                    "do this in the platform's dashboard for now".into(),
                ),
                ClientError::Broken { .. } | ClientError::ServerFailed { .. } => Some(
                    "run the same command again: changes carry idempotency keys, so nothing is done twice".into(),
                ),
                ClientError::RateLimited { .. } => Some("wait a little and run the command again".into()),
                ClientError::CoolingDown { until, .. } => {
                    Some(format!("run the same command again after {until}"))
                }
                ClientError::Unsupported { backend, .. } => Some(format!(
                    "this profile uses {backend}: do this in its dashboard, or run the command against a refctl server (--api-url)"
                )),
                _ => None,
            };
        }
    }
    None
}

/// The machine code of an error the API did not answer with a code of its own.
fn code_of(err: &anyhow::Error, exit: Exit) -> &'static str {
    for cause in err.chain() {
        if cause.is::<NeedsYes>() {
            return "needs_confirmation";
        }
        if cause.is::<ConflictError>() {
            return "conflict";
        }
        if let Some(e) = cause.downcast_ref::<ClientError>() {
            return match e {
                ClientError::Unreachable { .. } => "unreachable",
                ClientError::TimedOut { .. } => "timed_out",
                ClientError::Broken { .. } => "connection_broken",
                ClientError::ServerFailed { .. } => "server_error",
                ClientError::RateLimited { .. } => "rate_limited",
                ClientError::CoolingDown { .. } => "cooling_down",
                ClientError::Unsupported { .. } => "unsupported",
                ClientError::NotBuilt { .. } => "not_built",
                ClientError::Decode(_) => "unexpected_response",
                // One code for both: scripts match on codes, never renamed.
                ClientError::Workspace { .. } | ClientError::InProcess(_) => "store",
                ClientError::Local(_) => "local_file",
                ClientError::Api(_) => "api",
            };
        }
    }
    match exit {
        Exit::Success => "ok",
        Exit::Failure => "failure",
        Exit::Usage => "usage",
        Exit::Partial => "partial",
        Exit::Auth => "unauthenticated",
        Exit::NotFound => "not_found",
        Exit::Conflict => "invalid",
        Exit::Unavailable => "unavailable",
        Exit::Unsupported => "unsupported",
        Exit::Declined => "declined",
        Exit::Interrupted => "interrupted",
    }
}

/// Writes the error to stderr, with its causes and a hint; as JSON too with `-o json`.
pub fn report_error(err: &anyhow::Error, format: Format) -> Exit {
    let exit = classify(err);
    let hint = hint(err);
    if matches!(format, Format::Json | Format::Ndjson) {
        let problem = err
            .chain()
            .find_map(|c| c.downcast_ref::<ClientError>())
            .and_then(|c| c.problem());
        let code = match problem {
            Some(p) => serde_json::to_value(p.code).unwrap_or_default(),
            None => serde_json::Value::String(code_of(err, exit).into()),
        };
        let body = serde_json::json!({
            "error": {
                "message": err.to_string(),
                "code": code,
                "exit_code": exit as u8,
                "hint": hint,
                "errors": problem.map(|p| p.errors.clone()).unwrap_or_default(),
            }
        });
        eprintln!("{body}");
        return exit;
    }
    use crate::output::inert_lines;
    // Red like clap's own errors, on a terminal that takes colour.
    let label = if crate::output::stderr_colors() {
        "\x1b[1;31merror\x1b[0m"
    } else {
        "error"
    };
    eprintln!("{label}: {}", inert_lines(&err.to_string()));
    for cause in err.chain().skip(1) {
        eprintln!("  caused by: {}", inert_lines(&cause.to_string()));
    }
    if let Some(p) = err
        .chain()
        .find_map(|c| c.downcast_ref::<ClientError>())
        .and_then(|c| c.problem())
    {
        for f in &p.errors {
            if !err.to_string().contains(&f.message) {
                eprintln!("  {}: {}", f.field, inert_lines(&f.message));
            }
        }
    }
    if let Some(h) = hint {
        eprintln!("hint: {}", inert_lines(&h.to_string()));
    }
    exit
}
