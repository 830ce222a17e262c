//! The sync of a linked program into its workspace: the platform's
//! campaigns, referrers and leads, page by page at the platform's pace.
//! New leads are checked against the campaign's kept customer lists (a
//! match is a qualification, and so an outbox entry); a status changed on
//! the platform is taken as it is, except for a lead whose own change is
//! still on its way there.

use std::collections::{HashMap, HashSet};

use super::{BridgeError, LinkWorker};
use crate::api::LeadStatus;
use crate::client::hosted::{HostedCampaign, Person};
use crate::store::mirror::{self, RemoteCampaign, RemotePerson};
use crate::store::{self, Db, Isolation};

/// What the platform says, in the form the workspace keeps.
fn local_status(person: &Person) -> LeadStatus {
    match person.status {
        // A credit held for some days is a qualification on its way.
        Some(LeadStatus::Qualified | LeadStatus::Held) => LeadStatus::Qualified,
        _ => LeadStatus::Pending,
    }
}

fn stored_time(at: &str) -> String {
    crate::domain::time::parse_time_filter(at.trim()).unwrap_or_else(|_| store::now())
}

/// Syncs every campaign of the link's program.
pub(super) async fn sync(worker: &mut LinkWorker) -> Result<(), BridgeError> {
    let campaigns = worker.platform().campaigns().await?;
    for c in &campaigns {
        worker.campaigns.insert(c.id.clone(), c.clone());
    }
    let span = worker.platform().info().people_span_account;
    let mut people: HashMap<String, Vec<Person>> = HashMap::new();
    if span {
        if let Some(first) = campaigns.first() {
            for p in everyone(worker, first).await? {
                people.entry(p.campaign.clone()).or_default().push(p);
            }
        }
    } else {
        for c in &campaigns {
            let all = everyone(worker, c).await?;
            people.insert(c.id.clone(), all);
        }
    }
    for c in campaigns {
        let those = people.remove(&c.id).unwrap_or_default();
        let ws = worker.workspace_id;
        worker
            .store
            .write(Isolation::RowLocked, move |db| {
                campaign(db, ws, &c, &those).map_err(BridgeError::from)
            })
            .await?;
    }
    Ok(())
}

/// Every person of the campaign (or account), page by page, the lease
/// renewed as it goes (a long sync must not let another process start).
async fn everyone(worker: &mut LinkWorker, c: &HostedCampaign) -> Result<Vec<Person>, BridgeError> {
    let mut people = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        if !worker.hold().await? {
            return Err(BridgeError::Setup(
                "another server process took this link over during the sync".into(),
            ));
        }
        let (page, next) = worker.platform().people_page(c, cursor.as_deref()).await?;
        let empty = page.is_empty();
        people.extend(page);
        match next {
            Some(n) if !empty && cursor.as_deref() != Some(n.as_str()) => cursor = Some(n),
            _ => break,
        }
    }
    Ok(people)
}

fn remote(p: &Person) -> RemotePerson<'_> {
    RemotePerson {
        remote_id: &p.id,
        email: &p.email,
        name: p.name.as_deref(),
        code: &p.code,
        created_at: "",
    }
}

/// Mirrors one campaign and its people, in one transaction.
fn campaign(
    db: &dyn Db,
    workspace_id: i64,
    c: &HostedCampaign,
    people: &[Person],
) -> Result<(), store::StoreError> {
    let campaign_id = mirror::campaign(
        db,
        workspace_id,
        &RemoteCampaign {
            remote_id: &c.id,
            code: &c.code,
            name: &c.name,
            status: c.status,
        },
    )?;
    // Whoever referred someone is a referrer here, lead or not.
    let referring: HashSet<&str> = people
        .iter()
        .filter_map(|p| p.referrer.as_deref())
        .collect();
    let mut referrers = mirror::referrers(db, campaign_id)?;
    for p in people
        .iter()
        .filter(|p| !p.is_lead() || referring.contains(p.id.as_str()))
    {
        if referrers.contains_key(&p.id) || p.code.is_empty() {
            continue;
        }
        let created = stored_time(&p.created_at);
        let row = RemotePerson {
            created_at: &created,
            ..remote(p)
        };
        if let Some(id) = mirror::add_referrer(db, campaign_id, &row)? {
            referrers.insert(p.id.clone(), id);
        }
    }
    let leads = mirror::leads(db, campaign_id)?;
    // A lead whose own change is on its way, or whose credit the platform
    // holds (and shows as pending), keeps the status it has here.
    let mut unsettled: HashSet<i64> = store::outbox::unsettled_leads(db, workspace_id)?
        .into_iter()
        .collect();
    unsettled.extend(store::outbox::held_leads(db, workspace_id, &store::now())?);
    let mut new = Vec::new();
    for p in people.iter().filter(|p| p.is_lead()) {
        let status = local_status(p);
        let qualified_at = (status == LeadStatus::Qualified)
            .then(|| p.qualified_at.as_deref().map(stored_time))
            .flatten();
        match leads.get(&p.id) {
            Some(known) => {
                if known.status != status && !unsettled.contains(&known.id) {
                    mirror::set_lead_status(db, known.id, status, qualified_at.as_deref())?;
                }
            }
            None => {
                let Some(referrer_id) = p.referrer.as_ref().and_then(|r| referrers.get(r)) else {
                    continue;
                };
                if p.email.trim().is_empty() {
                    continue;
                }
                let code = if p.code.is_empty() { &p.id } else { &p.code };
                let created = stored_time(&p.created_at);
                let row = RemotePerson {
                    code,
                    created_at: &created,
                    ..remote(p)
                };
                if let Some(id) = mirror::add_lead(
                    db,
                    campaign_id,
                    *referrer_id,
                    &row,
                    status,
                    qualified_at.as_deref(),
                )? && status == LeadStatus::Pending
                {
                    new.push(id);
                }
            }
        }
    }
    if !new.is_empty() {
        let campaign = store::campaigns::get(db, workspace_id, &c.code)?;
        let leads: Vec<_> = new
            .iter()
            .map(|&id| store::leads::get(db, id))
            .collect::<Result<_, _>>()?;
        let refs: Vec<_> = leads.iter().collect();
        crate::service::lists::on_new_leads(db, &campaign, &refs)?;
    }
    Ok(())
}
