//! Twins: leads of one campaign whose addresses differ as stored but are one
//! address in the form refctl keeps (kept before addresses were made
//! canonical, or written to the database by hand). A twin makes the real
//! customer `ambiguous` in every customer list, so `refctl doctor` lists them.

use std::collections::BTreeMap;

/// One address held by several leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Twins {
    /// The address in its canonical form.
    pub canonical: String,
    /// The lead to keep: the one stored in the canonical form, else the oldest.
    pub keep: (i64, String),
    /// The lookalikes, by id.
    pub others: Vec<(i64, String)>,
}

/// The twins among `(lead id, stored address)` pairs, by canonical address.
pub fn find<'a>(leads: impl IntoIterator<Item = (i64, &'a str)>) -> Vec<Twins> {
    let mut by_address: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for (id, email) in leads {
        if let Ok(canonical) = super::validate::canonical_email(email) {
            by_address
                .entry(canonical)
                .or_default()
                .push((id, email.to_string()));
        }
    }
    by_address
        .into_iter()
        .filter(|(_, leads)| leads.len() > 1)
        .map(|(canonical, mut leads)| {
            leads.sort();
            let keep = leads.iter().position(|(_, e)| *e == canonical).unwrap_or(0);
            let keep = leads.remove(keep);
            Twins {
                canonical,
                keep,
                others: leads,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lookalikes_are_twins_of_the_canonical_address() {
        let twins = super::find([
            (1, "ann@example.com"),
            (2, "bob@example.com"),
            (3, "ann\u{200b}@example.com"),
            (4, "Ann@Example.com"),
            (5, "jose\u{301}@example.com"),
            (6, "jos\u{e9}@example.com"),
        ]);
        assert_eq!(twins.len(), 2, "{twins:?}");
        assert_eq!(twins[0].keep, (1, "ann@example.com".into()));
        assert_eq!(
            twins[0].others.iter().map(|o| o.0).collect::<Vec<_>>(),
            [3, 4]
        );
        // The canonical (NFC) one is kept though it came later.
        assert_eq!(twins[1].keep.0, 6);
        assert_eq!(twins[1].others[0].0, 5);
    }
}
