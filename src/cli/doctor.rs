//! `refctl doctor`: is this setup going to work? Configuration, the API's
//! answer, the token, and what the platform can do; for a hosted platform,
//! a file with the shapes of its answers (values redacted) to attach to a
//! bug report.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::context::Ctx;
use super::exit::Exit;
use crate::config::{Backend, Provider};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  refctl doctor
  REFCTL_PROVIDER=referral-factory refctl doctor --report rf-shapes.json

Every call doctor makes reads; nothing is changed on the platform.")]
pub struct DoctorArgs {
    /// Where to write the report of the platform's answers (hosted platforms;
    /// default: under REFCTL_HOME/doctor)
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
}

impl crate::output::Tabular for Check {
    const COLUMNS: &'static [(&'static str, &'static str)] =
        &[("check", "CHECK"), ("ok", "OK"), ("detail", "DETAIL")];
}

/// What each platform's API offers refctl (see the README's provider sections).
fn capabilities(provider: Provider) -> &'static str {
    match provider {
        Provider::Refctl => "everything: campaigns, people, qualification, rules, events, webhooks",
        Provider::ReferralFactory => {
            "campaigns (read), referrers and leads (add, list, show), qualify and unqualify, customer-list upload; no rules, events, webhooks or campaign changes"
        }
        Provider::Growsurf => {
            "campaigns (read), participants as referrers and leads (add, list, show), qualify, customer-list upload; no unqualify, rules, events, webhooks or campaign changes"
        }
    }
}

/// The twins of every campaign, by campaign code, and how many campaigns
/// were read.
async fn twins(
    ctx: &Ctx,
    client: &dyn crate::client::ReferralApi,
) -> anyhow::Result<(usize, Vec<(String, crate::domain::twins::Twins)>)> {
    let campaigns = ctx
        .collect(&super::args::ListArgs::everything(), |page| async move {
            client.list_campaigns(&page).await
        })
        .await?;
    let mut found = Vec::new();
    for campaign in &campaigns {
        let mut pages = Vec::new();
        let query = crate::api::MatchKeysQuery {
            keys: Some("email".into()),
            ..Default::default()
        };
        crate::upload::fetch_keys(client, &campaign.code, query, |page| {
            pages.push(page);
            true
        })
        .await?;
        let mut leads: Vec<(i64, String)> = Vec::new();
        for page in pages {
            page.for_each(|k| {
                if let Some(email) = k.email {
                    leads.push((k.id, email.into_owned()));
                }
            })?;
        }
        let twins = crate::domain::twins::find(leads.iter().map(|(id, e)| (*id, e.as_str())));
        found.extend(twins.into_iter().map(|t| (campaign.code.clone(), t)));
    }
    Ok((campaigns.len(), found))
}

/// Leads whose addresses are one address in refctl's canonical form (kept
/// before addresses were made canonical): each makes the real customer
/// `ambiguous` in customer lists. Named with the command that merges them.
async fn twins_check(ctx: &Ctx, client: &dyn crate::client::ReferralApi) -> Vec<Check> {
    let (campaigns, found) = match twins(ctx, client).await {
        Ok(read) => read,
        Err(e) => {
            return vec![Check {
                check: "twins",
                ok: false,
                detail: format!("could not read the leads' addresses: {e}"),
            }];
        }
    };
    if found.is_empty() {
        return vec![Check {
            check: "twins",
            ok: true,
            detail: format!(
                "no two leads of a campaign share an address ({} read)",
                crate::output::count(campaigns as u64, "campaign")
            ),
        }];
    }
    const SHOWN: usize = 10;
    let mut checks = vec![Check {
        check: "twins",
        ok: false,
        detail: format!(
            "{} addresses are held by more than one lead, so customer lists call them ambiguous: keep one lead each and delete its lookalikes (their history stays in the record of changes)",
            found.len()
        ),
    }];
    for (campaign, t) in found.iter().take(SHOWN) {
        let deletes: Vec<String> = t
            .others
            .iter()
            .map(|(id, _)| format!("`refctl leads delete {id} --force`"))
            .collect();
        checks.push(Check {
            check: "twin",
            ok: false,
            detail: format!(
                "{campaign}: {} is lead {} and {}: {}",
                t.canonical,
                t.keep.0,
                t.others
                    .iter()
                    .map(|(id, e)| format!("lead {id} ({e:?})"))
                    .collect::<Vec<_>>()
                    .join(", "),
                deletes.join(", ")
            ),
        });
    }
    if found.len() > SHOWN {
        checks.push(Check {
            check: "twin",
            ok: false,
            detail: format!("and {} more", found.len() - SHOWN),
        });
    }
    checks
}

pub async fn run(ctx: &Ctx, args: DoctorArgs) -> anyhow::Result<Exit> {
    let settings = &ctx.settings;
    let mut checks = vec![Check {
        check: "configuration",
        ok: settings.require_known_profile().is_ok(),
        detail: format!(
            "profile '{}' ({}), provider {} ({})",
            settings.profile, settings.profile_origin, settings.provider, settings.provider_origin
        ),
    }];
    let target = match &settings.backend {
        Backend::Embedded { db } => format!("local workspace {}", db.display()),
        Backend::Remote { api_url } => format!("{api_url} ({})", settings.backend_origin),
    };
    checks.push(Check {
        check: "api",
        ok: true,
        detail: target,
    });
    let client = ctx.client();
    let mut probes = Vec::new();
    match &client {
        Err(e) => checks.push(Check {
            check: "token",
            ok: false,
            detail: e.to_string(),
        }),
        Ok(client) => {
            match client.whoami().await {
                Ok(who) => checks.push(Check {
                    check: "token",
                    ok: true,
                    detail: format!(
                        "accepted: {} '{}', scope {}{}",
                        who.workspace,
                        who.token_name,
                        who.scope,
                        who.server_version
                            .map(|v| format!("; server {v}"))
                            .unwrap_or_default()
                    ),
                }),
                Err(e) => checks.push(Check {
                    check: "token",
                    ok: false,
                    detail: e.to_string(),
                }),
            }
            if settings.provider == Provider::Refctl {
                checks.extend(twins_check(ctx, client.as_ref()).await);
            }
            if settings.provider != Provider::Refctl {
                probes = client.probe().await;
            } else if let Ok(link) = client.link_status().await {
                // A server in front of a hosted program: its sync and outbox.
                let error = link.sync_error.as_ref().or(link.delivery_error.as_ref());
                checks.push(Check {
                    check: "link",
                    ok: error.is_none() && link.outbox_failed == 0,
                    detail: format!(
                        "in front of {}: synced {}, {} to deliver, {} failed{}",
                        link.provider,
                        link.sync_age_seconds
                            .map_or("never".to_string(), |s| format!("{s} s ago")),
                        link.outbox_pending,
                        link.outbox_failed,
                        error
                            .map(|e| format!("; last error: {e}"))
                            .unwrap_or_default()
                    ),
                });
            }
        }
    }
    checks.push(Check {
        check: "capabilities",
        ok: true,
        detail: capabilities(settings.provider).into(),
    });
    if !probes.is_empty() {
        let path = args.report.clone().unwrap_or_else(|| {
            let stamp = jiff::Timestamp::now().as_second();
            settings
                .paths
                .home
                .join("doctor")
                .join(format!("{}-{stamp}.json", settings.provider))
        });
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::private_file::create_dir_all(dir)?;
        }
        let report = serde_json::json!({
            "refctl": env!("CARGO_PKG_VERSION"),
            "provider": settings.provider.as_str(),
            "calls": probes,
        });
        // It holds what the platform answered: private, like every report.
        std::io::Write::write_all(
            &mut crate::private_file::create(&path)?,
            (serde_json::to_string_pretty(&report)? + "\n").as_bytes(),
        )?;
        let answered = probes
            .iter()
            .filter(|p| p.status.is_some_and(|s| (200..300).contains(&s)))
            .count();
        checks.push(Check {
            check: "shapes",
            ok: answered == probes.len(),
            detail: format!(
                "{answered} of {} read-only calls answered 2xx; their statuses, headers and JSON keys (values redacted) are in {}",
                probes.len(),
                path.display()
            ),
        });
    }
    if ctx.printer.format == crate::output::Format::Table {
        // People read words; scripts get the boolean (`-o json`).
        let rows: Vec<CheckRow> = checks
            .iter()
            .map(|c| CheckRow {
                check: c.check,
                ok: if c.ok { "ok" } else { "PROBLEM" },
                detail: &c.detail,
            })
            .collect();
        ctx.printer.list(&rows)?;
    } else {
        ctx.printer.list(&checks)?;
    }
    Ok(if checks.iter().all(|c| c.ok) {
        Exit::Success
    } else if checks.iter().any(|c| c.check == "token" && !c.ok) {
        // A token not accepted is an auth failure, as for every command.
        Exit::Auth
    } else {
        Exit::Failure
    })
}

/// A check as a table shows it.
#[derive(Debug, Serialize)]
struct CheckRow<'a> {
    check: &'static str,
    ok: &'static str,
    detail: &'a str,
}

impl crate::output::Tabular for CheckRow<'_> {
    const COLUMNS: &'static [(&'static str, &'static str)] =
        &[("check", "CHECK"), ("ok", "OK"), ("detail", "DETAIL")];
}
