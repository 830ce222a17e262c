//! Rules: checked (their condition compiled) before they are saved.

use crate::store::Db;

use super::Result;
use crate::api::{Campaign, NewRule, Rule, RulePatch};
use crate::domain::Refusal;
use crate::domain::rules::{self as eval, Condition};
use crate::store;

fn invalid(e: eval::RuleInvalid) -> Refusal {
    Refusal::invalid(e.field, e.message)
}

pub fn create(conn: &dyn Db, campaign: &Campaign, rule: NewRule) -> Result<Rule> {
    eval::validate(&rule).map_err(invalid)?;
    if store::rules::find_by_name(conn, campaign.id, &rule.name)?.is_some() {
        return Err(Refusal::duplicate(
            format!(
                "campaign '{}' already has a rule named '{}'",
                campaign.code, rule.name
            ),
            None,
        )
        .into());
    }
    store::rules::insert(conn, campaign.id, &rule)
}

pub fn update(conn: &dyn Db, workspace_id: i64, id: i64, patch: RulePatch) -> Result<Rule> {
    let rule = store::rules::get(conn, workspace_id, id)?;
    if let Some(condition) = &patch.condition {
        Condition::compile(condition).map_err(invalid)?;
    }
    store::rules::set_enabled_and_condition(
        conn,
        id,
        patch.enabled.unwrap_or(rule.enabled),
        patch.condition.or(rule.condition).as_deref(),
    )
}

/// Makes rule `id` exactly `rule`, in place: it keeps its id, and the
/// threshold progress it counted, unless what it counts changed.
pub fn replace(conn: &dyn Db, workspace_id: i64, id: i64, rule: NewRule) -> Result<Rule> {
    let old = store::rules::get(conn, workspace_id, id)?;
    eval::validate(&rule).map_err(invalid)?;
    if let Some(other) = store::rules::find_by_name(conn, old.campaign_id, &rule.name)?
        && other.id != id
    {
        return Err(Refusal::duplicate(
            format!(
                "rule {} already has the name '{}' in this campaign",
                other.id, other.name
            ),
            None,
        )
        .into());
    }
    store::rules::replace(conn, id, &rule, !eval::counts_the_same(&old, &rule))
}

pub fn delete(conn: &dyn Db, workspace_id: i64, id: i64) -> Result<Rule> {
    let rule = store::rules::get(conn, workspace_id, id)?;
    store::rules::delete(conn, id)?;
    Ok(rule)
}

/// Makes the campaign's rules exactly `rules`, by name: a rule missing from
/// the set is deleted, a new one created, a changed one replaced in place
/// (keeping its id and, when it counts the same, its progress). Every rule
/// is checked before anything changes, and the caller's transaction makes
/// the whole set land, or nothing.
pub fn apply_set(conn: &dyn Db, campaign: &Campaign, rules: Vec<NewRule>) -> Result<Vec<Rule>> {
    let mut names = std::collections::HashSet::new();
    for (i, rule) in rules.iter().enumerate() {
        eval::validate(rule)
            .map_err(|e| Refusal::invalid(&format!("rules[{i}].{}", e.field), e.message))?;
        if !names.insert(rule.name.trim().to_string()) {
            return Err(Refusal::invalid(
                &format!("rules[{i}].name"),
                format!(
                    "two rules are named '{}'; names are unique in a campaign",
                    rule.name
                ),
            )
            .into());
        }
    }
    let existing = store::rules::list(conn, campaign.id)?;
    for old in &existing {
        if !names.contains(&old.name) {
            store::rules::delete(conn, old.id)?;
        }
    }
    for rule in rules {
        match existing.iter().find(|r| r.name == rule.name.trim()) {
            Some(old) if eval::same_rule(old, &rule) => {}
            Some(old) => {
                store::rules::replace(conn, old.id, &rule, !eval::counts_the_same(old, &rule))?;
            }
            None => {
                store::rules::insert(conn, campaign.id, &rule)?;
            }
        }
    }
    store::rules::list(conn, campaign.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{IdentityKind, NewCampaign, QualifyAction};

    fn rule(name: &str, condition: Option<&str>) -> NewRule {
        NewRule {
            name: name.into(),
            event_type: "payment.succeeded".into(),
            identity: IdentityKind::Email,
            identity_path: "data.email".into(),
            condition: condition.map(str::to_string),
            threshold: None,
            action: QualifyAction::Qualify,
            enabled: true,
        }
    }

    #[test]
    fn a_rule_set_is_checked_whole_before_anything_changes() {
        let conn = store::sqlite::open_in_memory().unwrap();
        let ws = store::tokens::ensure_workspace(&conn, "local").unwrap();
        let campaign = crate::service::campaigns::create(
            &conn,
            ws,
            NewCampaign {
                name: "Spring".into(),
                code: Some("spring".into()),
                status: None,
            },
        )
        .unwrap();
        let first = apply_set(&conn, &campaign, vec![rule("old", None)]).unwrap();
        let refused = apply_set(
            &conn,
            &campaign,
            vec![
                rule("good", None),
                rule("bad", Some("event.data.amount >= ")),
            ],
        );
        assert!(
            matches!(&refused, Err(crate::store::StoreError::Refused(Refusal::Invalid { field, .. })) if field == "rules[1].condition"),
            "{refused:?}"
        );
        assert_eq!(store::rules::list(&conn, campaign.id).unwrap(), first);
        let again = apply_set(&conn, &campaign, vec![rule("old", None)]).unwrap();
        assert_eq!(again, first, "the same set changes nothing");
        let swapped = apply_set(&conn, &campaign, vec![rule("new", Some("true"))]).unwrap();
        assert_eq!(swapped.len(), 1);
        assert_eq!(swapped[0].name, "new");
    }
}
