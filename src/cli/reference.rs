//! What every command shares beyond its flags: the environment it reads, the
//! exit codes it returns and the files it keeps. Written once, shown in
//! `refctl --help` and in the ENVIRONMENT, EXIT STATUS and FILES sections of
//! every man page.

use super::exit::Exit;

/// The environment variables refctl reads, and what each does.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "REFCTL_TOKEN",
        "The API token; wins over the one saved by `refctl auth login`.",
    ),
    (
        "REFCTL_API_URL",
        "The API to talk to (as --api-url); unset, the local workspace.",
    ),
    (
        "REFCTL_PROVIDER",
        "refctl, referral-factory or growsurf (as --provider).",
    ),
    (
        "REFCTL_PROFILE",
        "The profile of the config file to use (as --profile).",
    ),
    (
        "REFCTL_HOME",
        "Where refctl keeps config, credentials, workspace, uploads, audit logs.",
    ),
    (
        "REFCTL_TIMEOUT",
        "Seconds before a request gives up, retries included (as --timeout).",
    ),
    (
        "REFCTL_HTTP_RETRIES",
        "How many times a failed idempotent request is retried (default 4).",
    ),
    (
        "REFCTL_CREDENTIAL_STORE",
        "auto (default), keyring or file: where `auth login` keeps tokens.",
    ),
    (
        "REFCTL_LOG",
        "A log filter for stderr, e.g. refctl=debug (as -vv).",
    ),
    (
        "NO_COLOR",
        "Set to anything: never use colour (as --no-color).",
    ),
    (
        "COLUMNS",
        "The width tables fit, when stdout is not a terminal.",
    ),
    ("TZ", "The time zone dates in tables are shown in."),
    (
        "PGSSLROOTCERT",
        "refctl server: a CA certificate to trust for PostgreSQL's TLS.",
    ),
];

/// Every documented exit code, and when it is returned.
pub const EXIT_STATUS: &[(Exit, &str)] = &[
    (Exit::Success, "Everything asked for was done."),
    (Exit::Failure, "Something failed that fits no other code."),
    (
        Exit::Usage,
        "The command line was wrong, or --yes was needed without a terminal.",
    ),
    (
        Exit::Partial,
        "A bulk action did some items and not others.",
    ),
    (
        Exit::Auth,
        "No token, a token not accepted, or a token that may not do this.",
    ),
    (Exit::NotFound, "What was named does not exist."),
    (
        Exit::Conflict,
        "The request conflicts with what exists, or is invalid.",
    ),
    (
        Exit::Unavailable,
        "Rate limited after retries, or the API could not be reached or failed.",
    ),
    (
        Exit::Unsupported,
        "The backend in use (a hosted platform) has no such operation.",
    ),
    (
        Exit::Declined,
        "A confirmation was answered no; nothing was changed.",
    ),
    (
        Exit::Interrupted,
        "Interrupted by Ctrl-C; run again to go on.",
    ),
];

/// The files refctl keeps, under `REFCTL_HOME`.
pub const FILES: &[(&str, &str)] = &[
    (
        "config.toml",
        "Profiles: API URL, provider, default campaign.",
    ),
    (
        "credentials.toml",
        "Tokens, when no system keyring is available (mode 0600).",
    ),
    (
        "workspace.db",
        "The local workspace (SQLite), when no API is set.",
    ),
    (
        "uploads/",
        "One directory per customer-list upload run: reports, summary.json, journal.",
    ),
    (
        "audit/",
        "What was changed on a hosted platform, one NDJSON file per provider.",
    ),
    (
        "imports/",
        "Every failed row of an import, with its line and reason (one CSV per run).",
    ),
    (
        "qualify/",
        "Every lead's outcome of a qualify of more than 20 leads (one CSV per run).",
    ),
];

/// The text after `refctl --help`'s options.
pub fn after_help() -> String {
    let mut out = String::from(
        "Examples:
  refctl campaigns create \"Spring 2026\" --code spring
  refctl referrers import examples/referrers.csv --campaign spring
  refctl leads import examples/leads.csv --campaign spring
  refctl qualify ann@example.com --campaign spring
  refctl leads list --campaign spring --status qualified -o json

Providers: with REFCTL_PROVIDER (or --provider, or `refctl config set provider`)
referral-factory or growsurf, the same commands drive those platforms' APIs;
rules, events, webhooks and campaign changes are refctl's own (see the README).
",
    );
    out.push_str("\nEnvironment:\n");
    for (name, what) in ENVIRONMENT {
        out.push_str(&format!("  {name:<24} {what}\n"));
    }
    out.push_str("\nExit status:\n");
    for (code, what) in EXIT_STATUS {
        out.push_str(&format!("  {:<3} {what}\n", *code as u8));
    }
    out.push_str("\nFiles (under REFCTL_HOME; `refctl config list` shows where):\n");
    for (name, what) in FILES {
        out.push_str(&format!("  {name:<17} {what}\n"));
    }
    out.trim_end().to_string()
}

/// The ENVIRONMENT, EXIT STATUS and FILES sections of a man page, in roff.
pub fn man_sections() -> String {
    let mut out = String::from(".SH ENVIRONMENT\n");
    for (name, what) in ENVIRONMENT {
        out.push_str(&format!(".TP\n\\fB{name}\\fR\n{}\n", roff(what)));
    }
    out.push_str(".SH \"EXIT STATUS\"\n");
    for (code, what) in EXIT_STATUS {
        out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", *code as u8, roff(what)));
    }
    out.push_str(".SH FILES\n");
    for (name, what) in FILES {
        out.push_str(&format!(
            ".TP\n\\fI$REFCTL_HOME/{}\\fR\n{}\n",
            roff(name),
            roff(what)
        ));
    }
    out
}

/// Text as roff reads it: backslashes escaped, hyphens kept as hyphens, and
/// no line starting with a control character.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_exit_code_is_documented_once() {
        let codes: Vec<u8> = super::EXIT_STATUS.iter().map(|(c, _)| *c as u8).collect();
        assert_eq!(codes, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 130]);
    }
}
