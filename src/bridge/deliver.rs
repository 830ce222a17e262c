//! Delivering the outbox of a linked workspace: each entry in order per
//! lead, at the platform's pace, exactly once. An entry is marked `sending`
//! (committed) before its call; one found `sending` (its process died, or
//! its answer was lost) is read back before anything is sent again. A 5xx
//! or a lost answer is read back too, and retried with backoff only when the
//! platform shows the change was not made; a 429 rests every process.

use std::time::Duration;

use super::{BridgeError, LinkWorker, epoch};
use crate::api::{LeadStatus, OutboxState, QualifyAction, QualifyOutcome};
use crate::client::ClientError;
use crate::client::audit::verbatim;
use crate::client::hosted::{HostedCampaign, Key, Lacks, Person, Verdict};
use crate::store::links::{self, Link};
use crate::store::outbox::{self, Answered, Due};

/// Attempts whose answer said nothing (5xx, lost) before an entry fails.
const MAX_ATTEMPTS: u32 = 6;

/// Entries delivered in one turn, before the lease is renewed and a sync
/// may run.
const PER_TURN: usize = 50;

/// The wait before attempt `n + 1`: 2, 4, 8… seconds, at most 5 minutes.
fn backoff(attempts: u32) -> f64 {
    2f64.powi(attempts.clamp(1, 8) as i32).min(300.0)
}

/// What a settled entry is, and the answer to keep with it.
struct Settled {
    state: OutboxState,
    due_at: f64,
    status: Option<u16>,
    body: Option<String>,
    note: String,
    /// Until when the platform holds the credit of an applied qualify.
    hold_until: Option<String>,
}

impl Settled {
    fn new(state: OutboxState, note: impl Into<String>) -> Settled {
        Settled {
            state,
            due_at: 0.0,
            status: None,
            body: None,
            note: note.into(),
            hold_until: None,
        }
    }

    fn answered(mut self, status: u16, body: &[u8]) -> Settled {
        self.status = Some(status);
        self.body = Some(verbatim(body));
        self
    }

    fn later(mut self, seconds: f64) -> Settled {
        self.due_at = epoch() + seconds;
        self
    }
}

/// Delivers the entries due now; the rest before the next turn.
pub(super) async fn due(
    worker: &mut LinkWorker,
    link: &Link,
) -> Result<Option<Duration>, BridgeError> {
    let ws = worker.workspace_id;
    for _ in 0..PER_TURN {
        let now = epoch();
        let Some(next) = worker
            .store
            .read(move |db| outbox::next_due(db, ws, now).map_err(BridgeError::from))
            .await?
        else {
            let at = worker
                .store
                .read(move |db| outbox::next_due_at(db, ws).map_err(BridgeError::from))
                .await?;
            let rest = at.map_or(0.5, |at| (at - epoch()).clamp(0.05, 0.5));
            return Ok(Some(Duration::from_secs_f64(rest)));
        };
        // Never a call without the lease: another process may have it now.
        if !worker.hold().await? {
            return Ok(Some(Duration::from_secs(2)));
        }
        match one(worker, &next, link.hold_days).await {
            Ok(settled) => settle(worker, &next, settled).await?,
            Err(Stop::Cool(sent)) => {
                worker.cool(link).await?;
                let id = next.entry.id;
                // A change that may have been made stays `sending`: the next
                // try reads the lead back first. A 429 alone changed nothing.
                let state = unsettled(&next, sent);
                worker
                    .note(move |db| {
                        let answer = Answered {
                            status: Some(429),
                            body: None,
                        };
                        outbox::attempt(db, id, "the platform answered 429", &answer)?;
                        outbox::set_state(
                            db,
                            id,
                            state,
                            epoch(),
                            &answer,
                            "the platform answered 429; waiting out its limit",
                        )
                    })
                    .await?;
                return Ok(Some(Duration::from_millis(200)));
            }
            Err(Stop::Outage(message, sent)) => {
                let id = next.entry.id;
                let state = unsettled(&next, sent);
                let retry_at = epoch() + backoff(next.entry.attempts.max(1));
                let m = message.clone();
                worker
                    .note(move |db| {
                        links::delivery_error(db, ws, Some(&m))?;
                        let answer = Answered {
                            status: None,
                            body: None,
                        };
                        outbox::attempt(db, id, &m, &answer)?;
                        outbox::set_state(db, id, state, retry_at, &answer, &m)
                    })
                    .await?;
                return Ok(Some(Duration::from_secs(2)));
            }
            Err(Stop::Store(e)) => return Err(e),
        }
    }
    worker
        .note(move |db| links::delivery_error(db, ws, None))
        .await?;
    Ok(Some(Duration::ZERO))
}

/// Why a delivery stops short of settling its entry.
enum Stop {
    /// A 429: rest, then try again; true when a change was sent before it
    /// and may have been made.
    Cool(bool),
    /// The platform cannot be reached (or refuses the token): try again
    /// later; true when a change was sent and may have been made.
    Outage(String, bool),
    Store(BridgeError),
}

impl Stop {
    /// The stop of a read-back after a send: the send may have been made.
    fn sent(self) -> Stop {
        match self {
            Stop::Cool(_) => Stop::Cool(true),
            Stop::Outage(m, _) => Stop::Outage(m, true),
            other => other,
        }
    }
}

impl From<BridgeError> for Stop {
    fn from(e: BridgeError) -> Stop {
        Stop::Store(e)
    }
}

/// A platform error as a stop: a 429 rests, anything else waits.
fn stop(e: ClientError) -> Stop {
    match e {
        ClientError::RateLimited { .. } => Stop::Cool(false),
        ClientError::CoolingDown { .. } => Stop::Cool(false),
        other => Stop::Outage(other.to_string(), false),
    }
}

/// Where an entry waits after a stop: `sending` when a change may have
/// been made (it was sent now, or by an earlier process), else `pending`.
fn unsettled(due: &Due, sent: bool) -> OutboxState {
    if sent || due.entry.state == OutboxState::Sending {
        OutboxState::Sending
    } else {
        OutboxState::Pending
    }
}

async fn settle(worker: &LinkWorker, due: &Due, s: Settled) -> Result<(), BridgeError> {
    let id = due.entry.id;
    let what = match s.state {
        OutboxState::Pending => format!("will try again: {}", s.note),
        _ => format!("{}: {}", s.state, s.note),
    };
    worker
        .note(move |db| {
            let answer = Answered {
                status: s.status,
                body: s.body.as_deref(),
            };
            outbox::attempt(db, id, &what, &answer)?;
            if let Some(until) = &s.hold_until {
                outbox::held_until(db, id, until)?;
            }
            outbox::set_state(db, id, s.state, s.due_at, &answer, &s.note)
        })
        .await
}

/// True when the platform's status is what the action makes.
fn reached(action: QualifyAction, status: Option<LeadStatus>) -> bool {
    match action {
        QualifyAction::Qualify => matches!(status, Some(LeadStatus::Qualified | LeadStatus::Held)),
        QualifyAction::Unqualify => status == Some(LeadStatus::Pending),
    }
}

/// Delivers one entry, up to its settling; a qualify asks the platform to
/// hold its credit `hold` days.
async fn one(worker: &mut LinkWorker, due: &Due, hold: Option<u32>) -> Result<Settled, Stop> {
    let entry = &due.entry;
    let action = entry.action;
    let hold = hold.filter(|_| action == QualifyAction::Qualify);
    let Some((lead_id, campaign_id)) = &due.remote else {
        return Ok(Settled::new(
            OutboxState::Failed,
            if due.email.is_none() {
                "the lead was deleted here before its change was delivered"
            } else {
                "the lead is not on the platform (it was made here, not mirrored from there)"
            },
        ));
    };
    let Some(c) = worker.campaign(campaign_id).await.map_err(|e| match e {
        BridgeError::Platform(e) => stop(e),
        e => Stop::Store(e),
    })?
    else {
        return Ok(Settled::new(
            OutboxState::Failed,
            format!("the platform has no campaign {campaign_id} any more"),
        ));
    };
    let info = worker.platform().info();
    let mut person = Person {
        id: lead_id.clone(),
        number: worker.platform().number(lead_id),
        campaign: c.id.clone(),
        email: due.email.clone().unwrap_or_default(),
        name: None,
        code: due.code.clone().unwrap_or_default(),
        referrer: None,
        status: Some(match action {
            QualifyAction::Qualify => LeadStatus::Pending,
            QualifyAction::Unqualify => LeadStatus::Qualified,
        }),
        created_at: String::new(),
        qualified_at: None,
        reach: None,
    };
    // A change that may have been made already (its process died, or its
    // answer was lost) is read back before it is sent again; so is the
    // take-back of a credit that may be held rather than awarded.
    let interrupted = entry.state == OutboxState::Sending;
    // A platform that shows a held credit as pending: whether this lead's
    // is held is known here, from the qualify that asked for the hold.
    let held = if action == QualifyAction::Unqualify && info.holds_credit {
        let (lead, now) = (entry.lead_id, crate::store::now());
        worker
            .store
            .read(move |db| outbox::held(db, lead, &now).map_err(BridgeError::from))
            .await?
    } else {
        false
    };
    if held {
        person.status = Some(LeadStatus::Held);
    } else if interrupted || (action == QualifyAction::Unqualify && info.holds_credit) {
        let Some(now) = read_back(worker, &c, &person).await? else {
            return Ok(Settled::new(
                OutboxState::Failed,
                "the lead is gone from the platform",
            ));
        };
        if reached(action, now.status) {
            return Ok(if interrupted {
                Settled::new(
                    OutboxState::Applied,
                    "an interrupted send was made: the lead reads back as changed",
                )
            } else {
                Settled::new(
                    OutboxState::Skipped,
                    format!("already {} on the platform", status_word(now.status)),
                )
            });
        }
        person.status = now.status;
    }
    let status = person.status.unwrap_or(LeadStatus::Pending);
    let lacks_taking_back = info.lacks.iter().find_map(|l| match l {
        Lacks::TakingBack(why) => Some(*why),
        _ => None,
    });
    if action == QualifyAction::Unqualify
        && status != LeadStatus::Held
        && let Some(why) = lacks_taking_back
    {
        return Ok(Settled::new(
            OutboxState::Failed,
            format!("not reversible: {} cannot do {why}", info.title),
        ));
    }
    let (outcome, next) = crate::domain::lifecycle::transition(status, action);
    if next.is_none() {
        return Ok(Settled::new(
            OutboxState::Skipped,
            format!("{outcome} on the platform"),
        ));
    }
    let id = entry.id;
    worker.note(move |db| outbox::sending(db, id)).await?;
    let sent = worker
        .platform()
        .set_qualified(&c, &person, action, hold)
        .await;
    let answer = match sent {
        Ok(answer) => Some(answer),
        Err(ClientError::TimedOut { .. } | ClientError::Broken { .. }) => None,
        Err(e @ (ClientError::RateLimited { .. } | ClientError::CoolingDown { .. })) => {
            return Err(stop(e));
        }
        // Not sent at all (no connection).
        Err(ClientError::Unreachable {
            target, message, ..
        }) => {
            return Err(Stop::Outage(
                format!("cannot reach {target}: {message}"),
                false,
            ));
        }
        Err(e) => {
            return Ok(Settled::new(OutboxState::Failed, e.to_string()));
        }
    };
    let verdict = answer
        .as_ref()
        .map_or(Verdict::Unknown, |a| worker.platform().verdict(action, a));
    let with = |s: Settled| match &answer {
        Some(a) => s.answered(a.status, &a.body),
        None => s,
    };
    match verdict {
        Verdict::Applied => {
            let note = match hold {
                Some(days) => format!("{outcome} on the platform, its credit held {days} days"),
                None if held => "the held credit was cancelled on the platform".to_string(),
                None => format!("{outcome} on the platform"),
            };
            let mut s = Settled::new(OutboxState::Applied, note);
            s.hold_until = hold.map(|days| {
                crate::domain::time::stored(crate::domain::time::plus(
                    jiff::Timestamp::now(),
                    crate::domain::time::days(i64::from(days)),
                ))
            });
            Ok(with(s))
        }
        Verdict::Kept(QualifyOutcome::Failed) => Ok(with(Settled::new(
            OutboxState::Failed,
            "the platform refused it",
        ))),
        Verdict::Kept(QualifyOutcome::NotFound) => Ok(with(Settled::new(
            OutboxState::Failed,
            "the platform has no such lead",
        ))),
        Verdict::Kept(kept) => Ok(with(Settled::new(
            OutboxState::Skipped,
            format!("{kept} on the platform"),
        ))),
        Verdict::Unknown => {
            let what = answer
                .as_ref()
                .map_or_else(|| "no answer".to_string(), |a| format!("HTTP {}", a.status));
            let now = read_back(worker, &c, &person).await.map_err(Stop::sent)?;
            let attempts = entry.attempts + 1;
            Ok(with(match now {
                None => Settled::new(
                    OutboxState::Failed,
                    format!("{what}, and the lead is gone from the platform"),
                ),
                Some(p) if reached(action, p.status) => Settled::new(
                    OutboxState::Applied,
                    format!("{what}, and the lead reads back as changed"),
                ),
                Some(_) if attempts >= MAX_ATTEMPTS => Settled::new(
                    OutboxState::Failed,
                    format!("{what} {attempts} times, and the lead reads back unchanged"),
                ),
                Some(_) => Settled::new(
                    OutboxState::Pending,
                    format!("{what}, and the lead reads back unchanged"),
                )
                .later(backoff(attempts)),
            }))
        }
    }
}

fn status_word(status: Option<LeadStatus>) -> &'static str {
    status.map_or("unknown", |s| s.as_str())
}

/// The lead as the platform has it now.
async fn read_back(
    worker: &LinkWorker,
    c: &HostedCampaign,
    person: &Person,
) -> Result<Option<Person>, Stop> {
    worker
        .platform()
        .person(Some(c), Key::Id(&person.id))
        .await
        .map_err(stop)
}
