//! Qualification on a hosted platform, exactly once across failures and
//! runs. Each change is written to the audit log before it is sent
//! (`sending`) and after (`applied`/`failed`). A change whose answer does
//! not say what happened (a timeout, a broken connection, a 5xx) is read
//! back, and sent again only when the read-back shows it was not made; a
//! run that finds a `sending` step of an earlier run reads the lead back
//! first. The rule itself (what a qualify does to which status) is
//! `domain::lifecycle`'s.

use async_trait::async_trait;

use super::engine::Hosted;
use super::platform::{HostedCampaign, Key, Person, Platform, Verdict};
use super::wire::Answer;
use crate::api::*;
use crate::client::audit::{AuditEntry, LastStep, Phase, verbatim};
use crate::client::{ClientError, QualifyApi};

/// How one change is asked for.
pub(super) struct Ask<'a> {
    pub action: QualifyAction,
    pub method: QualifyMethod,
    pub reason: Option<&'a str>,
    /// The request's key (an upload's batch key), kept in the audit log.
    pub key: Option<&'a str>,
    pub dry_run: bool,
    /// Days the platform is to hold the credit (a qualify only).
    pub hold: Option<u32>,
}

fn now() -> String {
    crate::domain::time::stored(jiff::Timestamp::now())
}

impl<P: Platform> Hosted<P> {
    fn record(
        &self,
        person: &Person,
        ask: &Ask<'_>,
        phase: Phase,
        answer: Option<&Answer>,
    ) -> Result<(), ClientError> {
        let hold_until = match (phase, ask.hold) {
            (Phase::Applied, Some(days)) => {
                Some(crate::domain::time::stored(crate::domain::time::plus(
                    jiff::Timestamp::now(),
                    crate::domain::time::days(i64::from(days)),
                )))
            }
            _ => None,
        };
        self.audit.record(AuditEntry {
            at: String::new(),
            provider: self.platform.info().id.into(),
            campaign_id: self.platform.number(&person.campaign),
            lead_id: person.number,
            email: person.email.clone(),
            action: ask.action,
            method: ask.method,
            reason: ask.reason.map(str::to_string),
            phase,
            status: answer.map(|a| a.status),
            answer: answer.map(|a| verbatim(&a.body)),
            key: ask.key.map(str::to_string),
            hold_until: hold_until.clone(),
        })?;
        self.note_step(
            person.number,
            LastStep {
                phase,
                action: ask.action,
                hold_until,
                key: ask.key.map(str::to_string),
            },
        );
        Ok(())
    }

    /// The person as the platform has them now.
    async fn read_back(
        &self,
        c: &HostedCampaign,
        person: &Person,
    ) -> Result<Option<Person>, ClientError> {
        let now = self.platform.person(Some(c), Key::Id(&person.id)).await?;
        if let Some(p) = &now {
            self.remember(p).await;
        }
        Ok(now.map(|p| self.as_known(p)))
    }

    /// Qualifies or unqualifies one person; the outcome, and the platform's
    /// answer when it refused.
    pub(super) async fn change(
        &self,
        c: &HostedCampaign,
        person: Person,
        ask: &Ask<'_>,
    ) -> Result<(QualifyOutcome, Option<String>), ClientError> {
        if !person.is_lead() {
            return Ok((QualifyOutcome::NotALead, None));
        }
        let mut person = self.as_known(person);
        let last = self.last_step(person.number)?;
        if !ask.dry_run && last.as_ref().is_some_and(|l| l.phase == Phase::Sending) {
            // An earlier run sent a change and never heard: ask the platform.
            match self.read_back(c, &person).await? {
                Some(now) => person = now,
                None => return Ok((QualifyOutcome::NotFound, None)),
            }
        }
        let status = person.status.unwrap_or(LeadStatus::Pending);
        // The same request sent again (a batch resent after an interruption)
        // answers as it did the first time, as a replayed idempotency key
        // does on refctl's own server: the change is this request's.
        if let Some(l) = &last
            && l.phase == Phase::Applied
            && l.action == ask.action
            && l.key.is_some()
            && l.key.as_deref() == ask.key
        {
            let (done, _) = crate::domain::lifecycle::transition(
                match ask.action {
                    QualifyAction::Qualify => LeadStatus::Pending,
                    QualifyAction::Unqualify => LeadStatus::Qualified,
                },
                ask.action,
            );
            let settled = match ask.action {
                QualifyAction::Qualify => {
                    matches!(status, LeadStatus::Qualified | LeadStatus::Held)
                }
                QualifyAction::Unqualify => status == LeadStatus::Pending,
            };
            if settled {
                return Ok((done, None));
            }
        }
        if ask.action == QualifyAction::Unqualify && status != LeadStatus::Held {
            // Only a held credit can be taken back where awarded credit cannot.
            crate::client::Backend::takes_back(self)?;
        }
        let (outcome, next) = crate::domain::lifecycle::transition(status, ask.action);
        let Some(next) = next else {
            // A no-op costs no call.
            return Ok((outcome, None));
        };
        if ask.dry_run {
            return Ok((outcome, None));
        }
        self.record(&person, ask, Phase::Sending, None)?;
        // At most two sends: the second only after a read-back showed the
        // first was not made.
        let mut last_answer = None;
        for _ in 0..2 {
            let sent = match self
                .platform
                .set_qualified(c, &person, ask.action, ask.hold)
                .await
            {
                Ok(answer) => Some(answer),
                Err(ClientError::TimedOut { .. } | ClientError::Broken { .. }) => None,
                Err(e) => return Err(e),
            };
            let verdict = sent
                .as_ref()
                .map_or(Verdict::Unknown, |a| self.platform.verdict(ask.action, a));
            match verdict {
                Verdict::Applied => {
                    let answer = sent.unwrap_or_else(|| Answer::read_back("(no answer)"));
                    return self.applied(person, next, ask, &answer, outcome).await;
                }
                Verdict::Kept(kept) => {
                    let answer = sent.unwrap_or_else(|| Answer::read_back("(no answer)"));
                    self.record(&person, ask, Phase::Failed, Some(&answer))?;
                    if kept == QualifyOutcome::AlreadyQualified {
                        person.status = Some(LeadStatus::Qualified);
                        self.remember(&person).await;
                    }
                    let detail = (kept == QualifyOutcome::Failed)
                        .then(|| format!("HTTP {}: {}", answer.status, verbatim(&answer.body)));
                    return Ok((kept, detail));
                }
                Verdict::Unknown => {
                    let what = sent
                        .as_ref()
                        .map_or_else(|| "no answer".to_string(), |a| format!("HTTP {}", a.status));
                    last_answer = sent;
                    let Some(now) = self.read_back(c, &person).await? else {
                        self.record(&person, ask, Phase::Failed, last_answer.as_ref())?;
                        return Ok((
                            QualifyOutcome::NotFound,
                            Some(format!("{what}; the lead is gone from the platform")),
                        ));
                    };
                    if now.status == Some(next) {
                        let note = format!("({what}; the lead read back as changed)");
                        return self
                            .applied(now, next, ask, &Answer::read_back(&note), outcome)
                            .await;
                    }
                    let (again, still) = crate::domain::lifecycle::transition(
                        now.status.unwrap_or(LeadStatus::Pending),
                        ask.action,
                    );
                    if still.is_none() {
                        self.record(&now, ask, Phase::Failed, last_answer.as_ref())?;
                        return Ok((again, None));
                    }
                    person = now;
                }
            }
        }
        self.record(&person, ask, Phase::Failed, last_answer.as_ref())?;
        Ok((
            QualifyOutcome::Failed,
            Some(match &last_answer {
                Some(a) => format!(
                    "HTTP {} twice, and the lead reads back unchanged: {}",
                    a.status,
                    verbatim(&a.body)
                ),
                None => "no answer twice, and the lead reads back unchanged".into(),
            }),
        ))
    }

    async fn applied(
        &self,
        mut person: Person,
        next: LeadStatus,
        ask: &Ask<'_>,
        answer: &Answer,
        outcome: QualifyOutcome,
    ) -> Result<(QualifyOutcome, Option<String>), ClientError> {
        self.record(&person, ask, Phase::Applied, Some(answer))?;
        person.status = Some(match ask.hold {
            Some(_) if next == LeadStatus::Qualified => LeadStatus::Held,
            _ => next,
        });
        person.qualified_at = (next == LeadStatus::Qualified).then(now);
        self.remember(&person).await;
        Ok((outcome, None))
    }

    /// The hold asked for with `--hold`, for a qualify.
    fn hold_days(&self, action: QualifyAction) -> Option<u32> {
        match action {
            QualifyAction::Qualify => *self.hold.lock().unwrap_or_else(|p| p.into_inner()),
            QualifyAction::Unqualify => None,
        }
    }

    async fn one(
        &self,
        number: i64,
        action: QualifyAction,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        crate::domain::lifecycle::require_reason(action, request.reason.as_deref()).map_err(
            |r| ClientError::Api(Box::new(Problem::validation("reason", r.to_string()))),
        )?;
        let Some(person) = self.find(None, &LeadRef::Id(number)).await? else {
            return Err(self.not_found(format!("no lead with id {number}")));
        };
        let c = self.campaign(&person.campaign).await?;
        let ask = Ask {
            action,
            method: request.method.unwrap_or(QualifyMethod::Api),
            reason: request.reason.as_deref(),
            key: None,
            dry_run: false,
            hold: self.hold_days(action),
        };
        let (outcome, detail) = self.change(&c, person, &ask).await?;
        if let Some(detail) = detail {
            return Err(ClientError::Api(Box::new(Problem::new(
                502,
                ProblemCode::Unknown,
                detail,
            ))));
        }
        let lead = match self.find(None, &LeadRef::Id(number)).await? {
            Some(p) => self.lead(&p),
            None => return Err(self.not_found(format!("no lead with id {number}"))),
        };
        Ok(QualifyResult { outcome, lead })
    }
}

#[async_trait]
impl<P: Platform> QualifyApi for Hosted<P> {
    /// What refctl did through the platform (the audit log), and the
    /// platform's own mark when the log has nothing for a qualified lead.
    async fn lead_history(&self, number: i64) -> Result<Vec<QualificationRecord>, ClientError> {
        let mut records = self
            .audit
            .history(number)
            .map_err(|e| ClientError::Local(format!("could not read the audit log: {e}")))?;
        if records.is_empty()
            && let Some(p) = self.find(None, &LeadRef::Id(number)).await.ok().flatten()
            && p.status == Some(LeadStatus::Qualified)
        {
            records.push(QualificationRecord {
                id: 0,
                lead_id: number,
                action: QualifyAction::Qualify,
                method: QualifyMethod::Api,
                actor: self.title().into(),
                reason: Some(
                    "qualified on the platform, not through refctl (its record keeps no more)"
                        .into(),
                ),
                idempotency_key: None,
                created_at: p.qualified_at.clone().unwrap_or_default(),
                rule: None,
                event: None,
            });
        }
        Ok(records)
    }

    async fn qualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.one(id, QualifyAction::Qualify, request).await
    }

    async fn unqualify_lead(
        &self,
        id: i64,
        request: &QualifyRequest,
    ) -> Result<QualifyResult, ClientError> {
        self.one(id, QualifyAction::Unqualify, request).await
    }

    /// One call per lead, one at a time, at the pace: neither platform has
    /// a batch call. A lead that is not found, or that the platform refuses,
    /// is that lead's outcome; the batch goes on.
    async fn batch_qualify(
        &self,
        request: &BatchQualifyRequest,
        key: String,
    ) -> Result<BatchQualifyResponse, ClientError> {
        crate::domain::lifecycle::require_reason(request.action, request.reason.as_deref())
            .map_err(|r| {
                ClientError::Api(Box::new(Problem::validation("reason", r.to_string())))
            })?;
        let campaign = match &request.campaign {
            Some(c) => Some(self.campaign(c).await?),
            None => None,
        };
        if let Some(c) = &campaign {
            self.prepare(c, request.items.len()).await?;
        }
        let ask = Ask {
            action: request.action,
            method: request.method.unwrap_or(QualifyMethod::Api),
            reason: request.reason.as_deref(),
            key: Some(&key),
            dry_run: request.dry_run,
            hold: self.hold_days(request.action),
        };
        let mut results = Vec::with_capacity(request.items.len());
        for (index, reference) in request.items.iter().enumerate() {
            let (outcome, lead_id, detail) = match self.find(campaign.as_ref(), reference).await? {
                None => (QualifyOutcome::NotFound, None, None),
                Some(person) => {
                    let lead_id = person.is_lead().then_some(person.number);
                    let c = match &campaign {
                        Some(c) => c.clone(),
                        None => self.campaign(&person.campaign).await?,
                    };
                    let (outcome, detail) = self.change(&c, person, &ask).await?;
                    (outcome, lead_id, detail)
                }
            };
            results.push(BatchItemResult {
                index,
                reference: reference.clone(),
                outcome,
                lead_id,
                detail,
            });
        }
        Ok(BatchQualifyResponse { results })
    }
}
