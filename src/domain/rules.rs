//! Rule evaluation, pure: a rule's condition is CEL over `event`, compiled
//! when the rule is saved so that a bad expression is refused with its
//! position; keys and amounts are read from the event by dotted paths.

use serde_json::Value;

use crate::api::{NewRule, Rule};

/// Why a rule cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RuleInvalid {
    pub field: &'static str,
    pub message: String,
}

/// The longest condition accepted, in bytes.
pub const MAX_CONDITION_BYTES: usize = 4096;
/// The most operators (`+`, `&&`, `.`, `!`, …) a condition may hold: each can
/// be a level of the parser's and the evaluator's recursion, so this bounds
/// their depth (a flat `1 + 1 + … + 1` of a few thousand terms overflows a
/// thread's stack).
pub const MAX_CONDITION_OPERATORS: usize = 256;
/// How deep brackets may nest.
pub const MAX_CONDITION_NESTING: usize = 32;

/// A condition compiled and ready to run. The only way to make one is
/// [`Condition::compile`], which refuses conditions over the bounds above:
/// so every condition that runs is small enough that neither compiling nor
/// evaluating it can exhaust a stack.
pub struct Condition(cel::Program);

impl Condition {
    /// Compiles `source`; errors say where, as `line:column`.
    pub fn compile(source: &str) -> Result<Condition, RuleInvalid> {
        check_size(source)?;
        cel::Program::compile(source)
            .map(Condition)
            .map_err(|errors| {
                let message = errors
                    .errors
                    .iter()
                    .map(|e| format!("at {}:{}: {}", e.pos.0, e.pos.1 + 1, e.msg))
                    .collect::<Vec<_>>()
                    .join("; ");
                RuleInvalid {
                    field: "condition",
                    message: format!("not a valid CEL expression {message}"),
                }
            })
    }

    /// Runs the condition with `event` bound; anything but a boolean is an error.
    pub fn evaluate(&self, event: &Value) -> Result<bool, String> {
        let mut context = cel::Context::default();
        context
            .add_variable("event", event.clone())
            .map_err(|e| format!("the event cannot be read by CEL: {e}"))?;
        match self.0.execute(&context) {
            Ok(cel::Value::Bool(b)) => Ok(b),
            Ok(other) => Err(format!("the condition gave {other:?}, not true or false")),
            Err(e) => Err(format!("the condition failed: {e}")),
        }
    }
}

/// Refuses a condition too long or too deep to run safely, before any
/// parser sees it. Counts outside string literals.
pub fn check_size(source: &str) -> Result<(), RuleInvalid> {
    let invalid = |message: String| RuleInvalid {
        field: "condition",
        message,
    };
    if source.len() > MAX_CONDITION_BYTES {
        return Err(invalid(format!(
            "is {} bytes long; a condition may be at most {MAX_CONDITION_BYTES}: split the rule, \
             or move the logic into the sender's event",
            source.len()
        )));
    }
    let (mut operators, mut depth, mut deepest) = (0usize, 0usize, 0usize);
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in source.chars() {
        if let Some(q) = quote {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                _ if c == q => quote = None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' | '{' => {
                depth += 1;
                deepest = deepest.max(depth);
                operators += 1;
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '+' | '-' | '*' | '/' | '%' | '!' | '<' | '>' | '=' | '&' | '|' | '?' | ':' | '.'
            | ',' => operators += 1,
            _ => {}
        }
    }
    if operators > MAX_CONDITION_OPERATORS {
        return Err(invalid(format!(
            "has {operators} operators; a condition may have at most {MAX_CONDITION_OPERATORS}: \
             split the rule, or compare a total the sender computes"
        )));
    }
    if deepest > MAX_CONDITION_NESTING {
        return Err(invalid(format!(
            "nests brackets {deepest} deep; at most {MAX_CONDITION_NESTING} are allowed"
        )));
    }
    Ok(())
}

/// Checks a rule before it is saved.
pub fn validate(rule: &NewRule) -> Result<(), RuleInvalid> {
    let invalid = |field, message: &str| RuleInvalid {
        field,
        message: message.to_string(),
    };
    if rule.name.trim().is_empty() {
        return Err(invalid("name", "must not be empty"));
    }
    if rule.event_type.trim().is_empty() {
        return Err(invalid("event_type", "must not be empty"));
    }
    check_path("identity_path", &rule.identity_path)?;
    if let Some(condition) = &rule.condition {
        Condition::compile(condition)?;
    }
    if let Some(t) = &rule.threshold {
        check_path("threshold.field", &t.field)?;
        if !(t.amount.is_finite() && t.amount > 0.0) {
            return Err(invalid("threshold.amount", "must be a number above 0"));
        }
        if t.within_days == 0 {
            return Err(invalid("threshold.within_days", "must be at least 1"));
        }
    }
    Ok(())
}

fn check_path(field: &'static str, path: &str) -> Result<(), RuleInvalid> {
    if path.is_empty() || path.split('.').any(str::is_empty) {
        return Err(RuleInvalid {
            field,
            message: format!("'{path}' is not a dotted path like data.customer.email"),
        });
    }
    Ok(())
}

/// The value at a dotted path (`data.customer.email`; numbers index arrays).
pub fn value_at<'a>(event: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(event, |v, key| match v {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// The text at a path, for identities (numbers count, as ids often are).
pub fn text_at(event: &Value, path: &str) -> Option<String> {
    match value_at(event, path)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The number at a path, for thresholds (numeric strings count).
pub fn number_at(event: &Value, path: &str) -> Option<f64> {
    match value_at(event, path)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The largest amount, either way, an event may carry towards a threshold:
/// a trillion in any currency's main unit. Beyond it (or not finite) an
/// amount is a mistake that would swamp every sum it joins.
pub const MAX_AMOUNT: f64 = 1e12;

/// Checks an amount read for a threshold.
pub fn check_amount(path: &str, value: f64) -> Result<f64, RuleInvalid> {
    if value.is_finite() && value.abs() <= MAX_AMOUNT {
        return Ok(value);
    }
    Err(RuleInvalid {
        field: "data",
        message: format!(
            "the amount at {path} is {value}; amounts must be finite and between -{MAX_AMOUNT:e} and {MAX_AMOUNT:e}"
        ),
    })
}

/// Whether a sum has reached a threshold's amount. Sums of decimal amounts
/// (30.10 + 19.90) can fall a hair short in binary floating point, so a
/// shortfall of a billionth of the amount still counts as reached.
pub fn reached(sum: f64, amount: f64) -> bool {
    sum >= amount - amount.abs().max(1.0) * 1e-9
}

/// Whether `new` counts towards its threshold what `old` counted (the same
/// identity and the same field), so the progress made so far still holds.
pub fn counts_the_same(old: &Rule, new: &NewRule) -> bool {
    old.identity == new.identity
        && old.identity_path == new.identity_path
        && old.threshold.as_ref().map(|t| &t.field) == new.threshold.as_ref().map(|t| &t.field)
}

/// A stored rule in the shape it was asked for, to compare.
pub fn as_new(rule: &Rule) -> NewRule {
    NewRule {
        name: rule.name.clone(),
        event_type: rule.event_type.clone(),
        identity: rule.identity,
        identity_path: rule.identity_path.clone(),
        condition: rule.condition.clone(),
        threshold: rule.threshold.clone(),
        action: rule.action,
        enabled: rule.enabled,
    }
}

/// Whether `wanted` asks for exactly what `stored` is.
pub fn same_rule(stored: &Rule, wanted: &NewRule) -> bool {
    let mut wanted = wanted.clone();
    wanted.name = wanted.name.trim().to_string();
    wanted.event_type = wanted.event_type.trim().to_string();
    as_new(stored) == wanted
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Each of these overflowed a thread's stack in the parser or the
    /// evaluator before conditions were bounded; now each is refused with
    /// what is wrong, on a thread whose stack is smaller than a server's.
    #[test]
    fn conditions_too_long_or_deep_are_refused_before_any_parser_runs() {
        let flat = vec!["1"; 5000].join(" + ") + " > 0";
        let medium = vec!["1"; 2500].join("+") + ">0";
        let unary = "!".repeat(3000) + "true";
        let members = "event".to_string() + &".a".repeat(1500) + " == 1";
        let nested = "(".repeat(40) + "1" + &")".repeat(40) + " > 0";
        let cases = [flat, medium, unary, members, nested];
        let refused = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || {
                cases
                    .iter()
                    .map(|c| Condition::compile(c).err().map(|e| e.message))
                    .collect::<Vec<_>>()
            })
            .unwrap()
            .join()
            .unwrap();
        for message in &refused {
            let message = message.as_deref().unwrap_or("accepted");
            assert!(
                message.contains("at most"),
                "refused with a reason: {message}"
            );
        }
    }

    /// The largest condition accepted compiles and runs on a small stack.
    #[test]
    fn the_largest_condition_accepted_runs_on_a_small_stack() {
        let terms = MAX_CONDITION_OPERATORS / 2;
        let source = vec!["1"; terms].join(" + ") + " > 0";
        assert!(source.len() <= MAX_CONDITION_BYTES);
        let result = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || Condition::compile(&source).unwrap().evaluate(&json!({})))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(result, Ok(true));
        let quoted = format!("event.data.note == '{}'", "+".repeat(1000));
        assert!(
            Condition::compile(&quoted).is_ok(),
            "operators in strings do not count"
        );
    }

    #[test]
    fn conditions_run_over_the_event() {
        let event =
            json!({"type": "payment.succeeded", "data": {"amount": 5000, "currency": "usd"}});
        let c = Condition::compile("event.data.amount >= 5000 && event.data.currency == 'usd'")
            .unwrap();
        assert_eq!(c.evaluate(&event), Ok(true));
        let c = Condition::compile("event.data.amount > 9000").unwrap();
        assert_eq!(c.evaluate(&event), Ok(false));
        let c = Condition::compile("event.data.amount").unwrap();
        assert!(c.evaluate(&event).is_err());
    }

    #[test]
    fn a_bad_expression_is_refused_with_its_position() {
        let err = Condition::compile("event.data.amount >= ").err().unwrap();
        assert_eq!(err.field, "condition");
        assert!(err.message.contains("at 1:"), "{}", err.message);
    }

    #[test]
    fn decimal_sums_reach_their_threshold() {
        assert!(reached(30.1 + 19.9, 50.0));
        assert!(reached(0.1 + 0.2, 0.3));
        assert!(!reached(49.99, 50.0));
        assert!(reached(5000.0, 5000.0));
    }

    #[test]
    fn paths_reach_into_objects_and_arrays() {
        let event =
            json!({"data": {"customer": {"email": " a@b.com "}, "lines": [{"amount": "12.5"}]}});
        assert_eq!(
            text_at(&event, "data.customer.email").as_deref(),
            Some("a@b.com")
        );
        assert_eq!(number_at(&event, "data.lines.0.amount"), Some(12.5));
        assert_eq!(value_at(&event, "data.nope"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// Any text as a condition compiles and runs, or is refused; never a
        /// panic, never a stack overflow (the bounds are checked first).
        #[test]
        fn any_condition_is_compiled_or_refused_without_panicking(
            source in "[a-z0-9 .+*/%!<>=&|?:()\\[\\]{}'\",-]{0,300}"
        ) {
            if let Ok(condition) = Condition::compile(&source) {
                let _ = condition.evaluate(&json!({"type": "t", "data": {"amount": 5, "list": [1, 2]}}));
            }
        }
    }
}
