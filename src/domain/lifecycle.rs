//! How a lead moves between pending and qualified.

use super::Refusal;
use crate::api::{LeadStatus, QualifyAction, QualifyMethod, QualifyOutcome};

/// What asking for `action` does to a lead in `status`: the outcome to report,
/// and the new status when something changes (`None` is a no-op, which
/// appends nothing to the history).
pub fn transition(
    status: LeadStatus,
    action: QualifyAction,
) -> (QualifyOutcome, Option<LeadStatus>) {
    match (status, action) {
        (LeadStatus::Pending, QualifyAction::Qualify) => {
            (QualifyOutcome::Qualified, Some(LeadStatus::Qualified))
        }
        (LeadStatus::Qualified, QualifyAction::Qualify) => (QualifyOutcome::AlreadyQualified, None),
        (LeadStatus::Qualified, QualifyAction::Unqualify) => {
            (QualifyOutcome::Unqualified, Some(LeadStatus::Pending))
        }
        (LeadStatus::Pending, QualifyAction::Unqualify) => (QualifyOutcome::AlreadyPending, None),
        // Invited through the platform but not credited yet: as pending.
        (LeadStatus::Invited, QualifyAction::Qualify) => {
            (QualifyOutcome::Qualified, Some(LeadStatus::Qualified))
        }
        (LeadStatus::Invited, QualifyAction::Unqualify) => (QualifyOutcome::AlreadyPending, None),
        // Past the platform's credit window: a trigger would "succeed" and
        // credit nothing (GrowSurf), so nothing is sent either way.
        (LeadStatus::Expired, _) => (QualifyOutcome::Expired, None),
        // Credit on hold: qualified already, and it can still be cancelled.
        (LeadStatus::Held, QualifyAction::Qualify) => (QualifyOutcome::AlreadyQualified, None),
        (LeadStatus::Held, QualifyAction::Unqualify) => {
            (QualifyOutcome::Unqualified, Some(LeadStatus::Pending))
        }
    }
}

/// An unqualification (a refund, a chargeback) must say why.
pub fn require_reason(action: QualifyAction, reason: Option<&str>) -> Result<(), Refusal> {
    if action == QualifyAction::Unqualify && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(Refusal::invalid(
            "reason",
            "a reason is required to unqualify",
        ));
    }
    Ok(())
}

/// The method a change through the qualification routes is recorded with.
/// A client may say that a person (`manual`) or an upload (`customer_list`)
/// made it, which only the client knows; `api` is the default. `rule` is
/// the server's own record of what its rules did, never a client's to claim.
pub fn claimed_method(claim: Option<QualifyMethod>) -> Result<QualifyMethod, Refusal> {
    match claim {
        None => Ok(QualifyMethod::Api),
        Some(QualifyMethod::Rule) => Err(Refusal::invalid(
            "method",
            "'rule' is recorded only for changes the rules make; use manual, api or customer_list",
        )),
        Some(method) => Ok(method),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_qualifies_once_and_unqualifies_back_to_pending() {
        use LeadStatus::*;
        use QualifyAction::*;
        assert_eq!(
            transition(Pending, Qualify),
            (QualifyOutcome::Qualified, Some(Qualified))
        );
        assert_eq!(
            transition(Qualified, Qualify),
            (QualifyOutcome::AlreadyQualified, None)
        );
        assert_eq!(
            transition(Qualified, Unqualify),
            (QualifyOutcome::Unqualified, Some(Pending))
        );
        assert_eq!(
            transition(Pending, Unqualify),
            (QualifyOutcome::AlreadyPending, None)
        );
    }
}
