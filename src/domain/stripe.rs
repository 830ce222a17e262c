//! Stripe's events as refctl events: which field holds the customer's
//! email and the amount for each event type, and amounts in main units.

use serde_json::{Value, json};

use super::Refusal;
use crate::api::NewEvent;

/// A Stripe event as a refctl event. `data` holds the customer's `email`,
/// Stripe's `customer` id, the `amount` in the currency's main unit (30.00
/// USD is `30`, as rules and explanations read best), `amount_minor` as Stripe
/// sends it (3000 cents), the `currency`, and Stripe's whole object under
/// `stripe`. The event happened at Stripe's `created`.
pub fn to_event(event: &Value) -> Result<NewEvent, Refusal> {
    let id = event["id"].as_str().unwrap_or_default().to_string();
    let kind = event["type"].as_str().unwrap_or_default().to_string();
    if id.is_empty() || kind.is_empty() {
        return Err(Refusal::invalid(
            "id",
            "a Stripe event has an id and a type",
        ));
    }
    let object = &event["data"]["object"];
    if !object.is_object() {
        return Err(Refusal::invalid(
            "data.object",
            "a Stripe event carries its object in data.object",
        ));
    }
    let text = |paths: &[&[&str]]| {
        paths.iter().find_map(|path| {
            path.iter()
                .try_fold(object, |v, k| v.get(*k))
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
    };
    let number = |key: &str| object.get(key).and_then(Value::as_i64);
    let (email, amount_minor) = match kind.as_str() {
        "checkout.session.completed" => (
            text(&[&["customer_details", "email"], &["customer_email"]]),
            number("amount_total"),
        ),
        "invoice.paid" => (text(&[&["customer_email"]]), number("amount_paid")),
        "charge.succeeded" => (
            text(&[&["billing_details", "email"], &["receipt_email"]]),
            number("amount"),
        ),
        "charge.refunded" => (
            text(&[&["billing_details", "email"], &["receipt_email"]]),
            number("amount_refunded"),
        ),
        "charge.dispute.created" => (
            text(&[&["evidence", "customer_email_address"]]),
            number("amount"),
        ),
        _ => (
            text(&[
                &["customer_details", "email"],
                &["customer_email"],
                &["billing_details", "email"],
                &["receipt_email"],
                &["email"],
            ]),
            number("amount"),
        ),
    };
    let currency = object
        .get("currency")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let amount = amount_minor.map(|minor| major_units(minor, currency.as_deref().unwrap_or("")));
    let occurred_at = event["created"].as_i64().and_then(super::time::from_unix);
    Ok(NewEvent {
        id,
        kind,
        campaign: None,
        occurred_at,
        data: json!({
            "email": email,
            "customer": object.get("customer").filter(|c| c.is_string()),
            "amount": amount,
            "amount_minor": amount_minor,
            "currency": currency,
            "stripe": object,
        }),
    })
}

/// Stripe amounts are in the currency's smallest unit; most currencies have
/// two decimals, these none or three (Stripe's list).
fn major_units(minor: i64, currency: &str) -> f64 {
    const ZERO_DECIMAL: &[&str] = &[
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
        "xaf", "xof", "xpf",
    ];
    const THREE_DECIMAL: &[&str] = &["bhd", "jod", "kwd", "omr", "tnd"];
    if ZERO_DECIMAL.contains(&currency) {
        minor as f64
    } else if THREE_DECIMAL.contains(&currency) {
        minor as f64 / 1000.0
    } else {
        minor as f64 / 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripe_amounts_become_main_units_by_currency() {
        assert_eq!(major_units(3000, "usd"), 30.0);
        assert_eq!(major_units(3000, "jpy"), 3000.0);
        assert_eq!(major_units(3000, "kwd"), 3.0);
    }

    #[test]
    fn a_stripe_charge_becomes_an_event_with_email_amount_and_time() {
        let stripe = json!({
            "id": "evt_1", "type": "charge.succeeded", "created": 1_767_225_600,
            "data": {"object": {"amount": 1999, "currency": "USD", "customer": "cus_9",
                                "billing_details": {"email": null}, "receipt_email": "a@b.co"}}
        });
        let event = to_event(&stripe).unwrap();
        assert_eq!(event.data["email"], "a@b.co");
        assert_eq!(event.data["amount"], 19.99);
        assert_eq!(event.data["amount_minor"], 1999);
        assert_eq!(event.data["currency"], "usd");
        assert_eq!(event.data["customer"], "cus_9");
        assert_eq!(event.occurred_at.as_deref(), Some("2026-01-01T00:00:00Z"));
        assert!(to_event(&json!({"id": "evt_2", "type": "x"})).is_err());
    }
}
