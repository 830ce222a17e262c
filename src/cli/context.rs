use anyhow::Context as _;

use super::args::{CampaignArg, GlobalArgs, ListArgs};
use super::exit::{AuthError, UsageError};
use crate::api::{Page, PageQuery};
use crate::client::{EmbeddedTransport, HttpTransport, RefctlClient, ReferralApi, RetryPolicy};
use crate::config::{Backend, CredentialStore, Overrides, Provider, Settings};
use crate::output::Printer;

/// What every command gets: the global flags, the resolved settings and the printer.
pub struct Ctx {
    pub global: GlobalArgs,
    pub printer: Printer,
    pub settings: Settings,
    pub overrides: Overrides,
}

impl Ctx {
    /// The end of a dry run: the same command line without `--dry-run`,
    /// quoted for a POSIX shell, to copy and run for real.
    pub fn say_how_to_run_for_real(&self) {
        let args: Vec<String> = std::env::args().collect();
        self.printer
            .status(format!("To do it: {}", for_real(&args)));
    }

    pub fn new(global: GlobalArgs) -> anyhow::Result<Ctx> {
        let overrides = Overrides {
            profile: global.profile.clone(),
            api_url: global.api_url.clone(),
            token: None,
            provider: global.provider,
        };
        let settings = Settings::resolve(&overrides)?;
        let printer = global.printer();
        Ok(Ctx {
            global,
            printer,
            settings,
            overrides,
        })
    }

    pub fn credentials(&self) -> anyhow::Result<CredentialStore> {
        Ok(CredentialStore::new(&self.settings.paths)?)
    }

    /// The client for the configured backend: the API at a URL, or the local workspace.
    pub fn client(&self) -> anyhow::Result<Box<dyn ReferralApi>> {
        self.settings.require_known_profile()?;
        let api_url = match &self.settings.backend {
            Backend::Embedded { db } => {
                return Ok(Box::new(RefctlClient::new(Box::new(
                    EmbeddedTransport::open(db)?,
                ))));
            }
            Backend::Remote { api_url } => api_url,
        };
        let store = self.credentials()?;
        let Some((token, _source)) = self.settings.token(&self.overrides, &store)? else {
            return Err(AuthError(format!(
                "no token for {} at {api_url}: run `refctl auth login` or set REFCTL_TOKEN",
                self.settings.provider.title()
            ))
            .into());
        };
        self.client_for(api_url, token)
    }

    /// The client, paced to the token's own rate limit (learned with one
    /// request) when a command sends many: the limit is never tripped and
    /// nothing waits on a 429. Hosted platforms pace themselves.
    pub async fn paced_client(&self) -> anyhow::Result<Box<dyn ReferralApi>> {
        let client = self.client()?;
        if self.settings.provider == Provider::Refctl
            && matches!(self.settings.backend, Backend::Remote { .. })
            && let Some(limit) = client
                .whoami()
                .await?
                .rate_limit
                .and_then(|r| r.parse::<crate::api::RateLimit>().ok())
        {
            client.limit_rate(limit);
        }
        Ok(client)
    }

    /// A client of the provider in effect at `api_url`, with `token`.
    pub fn client_for(&self, api_url: &str, token: String) -> anyhow::Result<Box<dyn ReferralApi>> {
        let policy = self.retry_policy()?;
        if self.settings.provider == Provider::Refctl {
            return Ok(Box::new(RefctlClient::new(Box::new(HttpTransport::new(
                api_url,
                Some(token),
                policy,
            )?))));
        }
        let platform = crate::client::platforms::platform(self.settings.provider.as_str())
            .with_context(|| format!("{} is not a hosted platform", self.settings.provider))?;
        Ok(platform.connect(&crate::client::hosted::Connection {
            base_url: api_url,
            token,
            timeout: policy.timeout,
            home: &self.settings.paths.home,
        })?)
    }

    /// The campaign from `--campaign`, else the profile's default campaign.
    pub fn campaign(&self, arg: &CampaignArg) -> anyhow::Result<String> {
        if let Some(c) = &arg.campaign {
            return Ok(c.clone());
        }
        if let Some((c, _)) = &self.settings.campaign {
            return Ok(c.clone());
        }
        Err(UsageError(
            "no campaign given: pass --campaign CODE, or set a default with `refctl config set campaign CODE`"
                .into(),
        )
        .into())
    }

    /// Fetches pages until `list` is satisfied, calling `fetch(query)` for each page.
    /// The items come back in the order `--sort` and `--reverse` ask for.
    pub async fn collect<T, F, Fut>(&self, list: &ListArgs, mut fetch: F) -> anyhow::Result<Vec<T>>
    where
        T: serde::Serialize,
        F: FnMut(PageQuery) -> Fut,
        Fut: std::future::Future<Output = Result<Page<T>, crate::client::ClientError>>,
    {
        // An order asked for is the order of the whole list, not of its
        // first page: `--reverse --limit 5` is the five newest. So every
        // page is read, then arranged, then cut.
        let whole = list.all || list.sort.is_some() || list.reverse;
        let mut items = Vec::new();
        let mut cursor = None;
        loop {
            let want = if whole {
                crate::api::MAX_PAGE
            } else {
                (list.limit as usize - items.len()).min(crate::api::MAX_PAGE as usize) as u32
            };
            let page = fetch(PageQuery {
                limit: Some(want),
                cursor: cursor.take(),
                fields: None,
            })
            .await?;
            items.extend(page.data);
            match page.next_cursor {
                Some(next) if whole || items.len() < list.limit as usize => cursor = Some(next),
                Some(_) => {
                    self.printer.status(format!(
                        "showing the first {}; pass --all for every one, or a larger --limit",
                        items.len(),
                    ));
                    break;
                }
                None => break,
            }
        }
        list.arrange(&mut items)?;
        if !list.all && items.len() > list.limit as usize {
            let total = items.len();
            items.truncate(list.limit as usize);
            self.printer.status(format!(
                "showing {} of {total}; pass --all for every one, or a larger --limit",
                items.len()
            ));
        }
        Ok(items)
    }

    /// How requests are retried and how long they may take: `--timeout`
    /// (or REFCTL_TIMEOUT) bounds a request, retries included;
    /// REFCTL_HTTP_RETRIES sets how many retries.
    pub fn retry_policy(&self) -> anyhow::Result<RetryPolicy> {
        let mut policy = RetryPolicy::default();
        if let Ok(v) = std::env::var("REFCTL_HTTP_RETRIES") {
            policy.max_retries = v
                .parse()
                .with_context(|| format!("REFCTL_HTTP_RETRIES='{v}' is not a whole number"))?;
        }
        let timeout = match (self.global.timeout, std::env::var("REFCTL_TIMEOUT")) {
            (Some(t), _) => Some(t),
            (None, Ok(v)) => Some(
                v.trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|t| (1..=3600).contains(t))
                    .ok_or_else(|| {
                        UsageError(format!(
                            "REFCTL_TIMEOUT='{v}' is not a number of seconds from 1 to 3600"
                        ))
                    })?,
            ),
            (None, Err(_)) => None,
        };
        if let Some(seconds) = timeout {
            policy.timeout = std::time::Duration::from_secs(seconds);
            policy.total = policy.timeout;
        }
        Ok(policy)
    }
}

/// `args` (the program first) without `--dry-run`, as a shell line: the
/// program by its name, each word quoted when a shell would read it
/// otherwise.
fn for_real(args: &[String]) -> String {
    let quote = |word: &str| {
        let plain = !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./:=@+,%".contains(c));
        if plain {
            word.to_string()
        } else {
            format!("'{}'", word.replace('\'', "'\\''"))
        }
    };
    std::iter::once("refctl".to_string())
        .chain(
            args.iter()
                .skip(1)
                .filter(|a| *a != "--dry-run")
                .map(|a| quote(a)),
        )
        .collect::<Vec<_>>()
        .join(" ")
}
