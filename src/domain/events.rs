//! One rule's decision on one event, step by step, pure: the service looks
//! things up between the steps (the lead, the amounts counted so far) and
//! persists the outcome; every sentence a decision explains itself with is
//! written here.
//!
//! Each step takes the decision so far and answers `Ok` to go on or `Err`
//! with the finished decision when the rule stops there.

use serde_json::Value;

use super::rules::{self as eval, Condition};
use crate::api::{Campaign, IdentityKind, Lead, QualifyOutcome, Rule, RuleDecision, Threshold};

/// A step's answer: go on with the decision, or stop with it.
pub type Step<T> = Result<T, Box<RuleDecision>>;

/// How a lead is named in explanations.
fn named(lead: &Lead) -> String {
    format!("lead {} ({})", lead.id, lead.email)
}

/// A sum or an amount as explanations show it: two decimals.
fn amount(x: f64) -> String {
    format!("{x:.2}")
}

/// Sums keep six decimals, so that 0.1 + 0.2 shows as 0.3.
pub fn tidy(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Does the rule listen to this event, and which key does the event carry?
pub fn identify(rule: &Rule, campaign: &Campaign, event: &Value) -> Step<(RuleDecision, String)> {
    let mut d = RuleDecision {
        rule_id: rule.id,
        rule: rule.name.clone(),
        campaign: campaign.code.clone(),
        type_matched: event["type"] == rule.event_type.as_str(),
        identity: None,
        lead_id: None,
        condition: None,
        threshold_sum: None,
        threshold_amount: None,
        outcome: None,
        explanation: String::new(),
        delivery: None,
    };
    if !d.type_matched {
        d.explanation = format!(
            "listens to '{}', not '{}'",
            rule.event_type,
            event["type"].as_str().unwrap_or_default()
        );
        return Err(Box::new(d));
    }
    let Some(identity) = eval::text_at(event, &rule.identity_path) else {
        d.explanation = format!(
            "the event has no {} at {} (nothing there, or not text)",
            rule.identity.as_str(),
            rule.identity_path
        );
        return Err(Box::new(d));
    };
    d.identity = Some(identity.clone());
    Ok((d, identity))
}

/// What the lookup found for the event's key.
pub enum Found {
    Lead(Box<Lead>),
    /// Several leads share the key (external ids are not unique).
    Several,
    /// No lead, but a referrer has the key.
    Referrer,
    Nobody,
}

/// The lead the event names, or why the rule stops.
pub fn lead(
    mut d: RuleDecision,
    campaign: &Campaign,
    kind: IdentityKind,
    identity: &str,
    found: Found,
) -> Step<(RuleDecision, Box<Lead>)> {
    let code = &campaign.code;
    d.explanation = match found {
        Found::Lead(lead) => {
            d.lead_id = Some(lead.id);
            return Ok((d, lead));
        }
        Found::Several => format!(
            "several leads of campaign '{code}' have external id '{identity}'; none is changed"
        ),
        Found::Referrer => format!(
            "'{identity}' is a referrer of campaign '{code}', not a lead; referrers never qualify"
        ),
        Found::Nobody => format!(
            "no lead of campaign '{code}' has {} '{identity}'",
            kind.as_str()
        ),
    };
    Err(Box::new(d))
}

/// The rule's condition, compiled; a condition that does not compile (saved
/// before a bound it breaks) stops the rule, counted as false.
pub fn compiled(
    mut d: RuleDecision,
    lead: &Lead,
    compiled: Result<Option<Condition>, super::rules::RuleInvalid>,
) -> Step<Option<Condition>> {
    compiled.map_err(|e| {
        d.condition = Some(false);
        d.explanation = format!(
            "{}: the rule's condition cannot run ({}); counted as false: fix the rule",
            named(lead),
            e.message
        );
        Box::new(d)
    })
}

/// Runs the rule's condition (compiled when the rule was saved) over the event.
pub fn condition(
    mut d: RuleDecision,
    rule: &Rule,
    compiled: Option<&Condition>,
    lead: &Lead,
    event: &Value,
) -> Step<RuleDecision> {
    let (Some(source), Some(condition)) = (&rule.condition, compiled) else {
        return Ok(d);
    };
    let who = named(lead);
    match condition.evaluate(event) {
        Ok(true) => {
            d.condition = Some(true);
            Ok(d)
        }
        Ok(false) => {
            d.condition = Some(false);
            d.explanation = format!("{who}: the condition `{source}` is false");
            Err(Box::new(d))
        }
        Err(message) => {
            d.condition = Some(false);
            d.explanation = format!("{who}: {message}; counted as false");
            Err(Box::new(d))
        }
    }
}

/// The last moment of a threshold's window for `lead`, in the stored form.
pub fn window_end(lead: &Lead, t: &Threshold) -> String {
    super::time::add_days(&lead.created_at, t.within_days)
        .unwrap_or_else(|| lead.created_at.clone())
}

/// The event's amount towards the rule's threshold, or why the rule stops
/// (no number at the threshold's field).
pub fn threshold_amount(
    d: RuleDecision,
    t: &Threshold,
    lead: &Lead,
    event: &Value,
) -> Step<(RuleDecision, f64)> {
    match eval::number_at(event, &t.field) {
        Some(value) => Ok((d, value)),
        None => {
            let mut d = d;
            d.explanation = format!("{}: the event has no number at {}", named(lead), t.field);
            Err(Box::new(d))
        }
    }
}

/// Whether the threshold is reached with this event's `value` on top of
/// `before`, the sum counted earlier within the window.
pub fn threshold(
    mut d: RuleDecision,
    t: &Threshold,
    lead: &Lead,
    value: f64,
    before: f64,
    occurred_at: &str,
) -> Step<RuleDecision> {
    let who = named(lead);
    let end = window_end(lead, t);
    d.threshold_amount = Some(t.amount);
    if occurred_at > end.as_str() {
        d.threshold_sum = Some(tidy(before));
        d.explanation = format!(
            "{who}: the event happened at {occurred_at}, more than {} days after the lead signed up \
             ({}); the window closed at {end}, with {} of {}",
            t.within_days,
            lead.created_at,
            amount(before),
            amount(t.amount)
        );
        return Err(Box::new(d));
    }
    let sum = tidy(before + value);
    d.threshold_sum = Some(sum);
    if !eval::reached(sum, t.amount) {
        d.explanation = format!(
            "{who}: {} of {} so far within {} days of sign-up (until {}); not reached yet",
            amount(sum),
            amount(t.amount),
            t.within_days,
            end.get(..10).unwrap_or(&end)
        );
        return Err(Box::new(d));
    }
    Ok(d)
}

/// The finished decision once the lead's change is known.
pub fn finish(
    mut d: RuleDecision,
    rule: &Rule,
    lead: &Lead,
    outcome: QualifyOutcome,
    testing: bool,
) -> RuleDecision {
    let who = named(lead);
    d.outcome = Some(outcome);
    let reached = match (&rule.threshold, d.threshold_sum) {
        (Some(t), Some(sum)) => format!(" ({} of {} reached)", amount(sum), amount(t.amount)),
        _ => String::new(),
    };
    d.explanation = match (outcome, testing) {
        (QualifyOutcome::Excluded, _) => format!(
            "{who}: on an exclude-list of existing customers, so no rule qualifies them \
             (`customers lists list` shows the lists; a person may `qualify --force`)"
        ),
        (QualifyOutcome::Qualified | QualifyOutcome::Unqualified, false) => {
            format!("{who}: {}{reached}", outcome.as_str())
        }
        (QualifyOutcome::Qualified | QualifyOutcome::Unqualified, true) => {
            format!("{who}: would be {}{reached}", outcome.as_str())
        }
        (_, false) => format!("{who}: {}; nothing to change", outcome.as_str()),
        (_, true) => format!("{who}: {}; nothing would change", outcome.as_str()),
    };
    d
}

/// The reason recorded with a change a rule makes.
pub fn reason(rule: &Rule, event: &Value) -> String {
    format!(
        "rule '{}' on event {}",
        rule.name,
        event["id"].as_str().unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{CampaignStatus, LeadStatus, QualifyAction};
    use serde_json::json;

    fn campaign() -> Campaign {
        Campaign {
            id: 1,
            code: "spring".into(),
            name: "Spring".into(),
            status: CampaignStatus::Active,
            created_at: "2026-01-01T00:00:00.000000Z".into(),
            updated_at: "2026-01-01T00:00:00.000000Z".into(),
            counts: Default::default(),
        }
    }

    fn rule(threshold: Option<Threshold>) -> Rule {
        Rule {
            id: 7,
            campaign_id: 1,
            name: "spend".into(),
            event_type: "payment.succeeded".into(),
            identity: IdentityKind::Email,
            identity_path: "data.email".into(),
            condition: Some("event.data.currency == 'usd'".into()),
            threshold,
            action: QualifyAction::Qualify,
            enabled: true,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn lead() -> Lead {
        Lead {
            id: 3,
            campaign_id: 1,
            email: "ann@example.com".into(),
            name: None,
            phone: None,
            external_id: None,
            referral_code: "ANN".into(),
            referred_by: "BOB".into(),
            referrer_id: 1,
            status: LeadStatus::Pending,
            qualified_at: None,
            created_at: "2026-01-01T00:00:00.000000Z".into(),
        }
    }

    #[test]
    fn a_rule_for_another_type_says_what_it_listens_to() {
        let event = json!({"id": "e1", "type": "refund", "data": {}});
        let d = identify(&rule(None), &campaign(), &event).unwrap_err();
        assert!(!d.type_matched);
        assert_eq!(
            d.explanation,
            "listens to 'payment.succeeded', not 'refund'"
        );
    }

    #[test]
    fn a_threshold_counts_within_its_window_and_explains_the_sum() {
        let t = Threshold {
            field: "data.amount".into(),
            amount: 50.0,
            within_days: 30,
        };
        let event = json!({"id": "e1", "type": "payment.succeeded", "data": {"email": "ann@example.com", "amount": 20, "currency": "usd"}});
        let r = rule(Some(t.clone()));
        let (d, identity) = identify(&r, &campaign(), &event).unwrap();
        assert_eq!(identity, "ann@example.com");
        let (d, lead) = super::lead(
            d,
            &campaign(),
            r.identity,
            &identity,
            Found::Lead(Box::new(lead())),
        )
        .unwrap();
        let compiled = Condition::compile(r.condition.as_deref().unwrap()).unwrap();
        let d = condition(d, &r, Some(&compiled), &lead, &event).unwrap();
        let short = threshold(
            d.clone(),
            &t,
            &lead,
            20.0,
            10.0,
            "2026-01-05T00:00:00.000000Z",
        )
        .unwrap_err();
        assert_eq!(short.threshold_sum, Some(30.0));
        assert!(
            short.explanation.contains("30.00 of 50.00 so far"),
            "{}",
            short.explanation
        );
        let late = threshold(
            d.clone(),
            &t,
            &lead,
            20.0,
            40.0,
            "2026-03-01T00:00:00.000000Z",
        )
        .unwrap_err();
        assert!(
            late.explanation.contains("window closed"),
            "{}",
            late.explanation
        );
        let reached = threshold(d, &t, &lead, 20.0, 30.0, "2026-01-05T00:00:00.000000Z").unwrap();
        let done = finish(reached, &r, &lead, QualifyOutcome::Qualified, true);
        assert_eq!(
            done.explanation,
            "lead 3 (ann@example.com): would be qualified (50.00 of 50.00 reached)"
        );
    }

    #[test]
    fn a_referrer_is_never_a_lead() {
        let event =
            json!({"id": "e1", "type": "payment.succeeded", "data": {"email": "bob@example.com"}});
        let r = rule(None);
        let (d, identity) = identify(&r, &campaign(), &event).unwrap();
        let d = super::lead(d, &campaign(), r.identity, &identity, Found::Referrer).unwrap_err();
        assert!(
            d.explanation.contains("referrers never qualify"),
            "{}",
            d.explanation
        );
    }
}
