//! What a run knows of a platform's people, indexed the ways the engine
//! asks: by the number refctl shows, by the platform's id, and by email or
//! code within a campaign (a lookup is a hash probe, not a scan, whatever
//! the account's size).

use std::collections::HashMap;

use super::platform::Person;

#[derive(Debug, Default)]
pub struct Known {
    people: HashMap<i64, Person>,
    by_id: HashMap<String, i64>,
    /// `(campaign, email)` and `(campaign, code)`.
    by_email: HashMap<(String, String), i64>,
    by_code: HashMap<(String, String), i64>,
}

impl Known {
    pub fn put(&mut self, person: Person) {
        self.remove(person.number);
        let n = person.number;
        self.by_id.insert(person.id.clone(), n);
        self.by_email
            .insert((person.campaign.clone(), person.email.clone()), n);
        self.by_code
            .insert((person.campaign.clone(), person.code.clone()), n);
        self.people.insert(n, person);
    }

    pub fn remove(&mut self, number: i64) {
        if let Some(old) = self.people.remove(&number) {
            self.by_id.remove(&old.id);
            self.by_email.remove(&(old.campaign.clone(), old.email));
            self.by_code.remove(&(old.campaign, old.code));
        }
    }

    pub fn by_number(&self, number: i64) -> Option<&Person> {
        self.people.get(&number)
    }

    pub fn by_id(&self, id: &str) -> Option<&Person> {
        self.by_id.get(id).and_then(|n| self.people.get(n))
    }

    /// The person with `email` in `campaign` (in any campaign when `None`).
    pub fn by_email(&self, campaign: Option<&str>, email: &str) -> Option<&Person> {
        match campaign {
            Some(c) => self
                .by_email
                .get(&(c.to_string(), email.to_string()))
                .and_then(|n| self.people.get(n)),
            None => self.people.values().find(|p| p.email == email),
        }
    }

    /// The person whose code (or platform id) is `code` in `campaign` (in
    /// any campaign when `None`).
    pub fn by_code(&self, campaign: Option<&str>, code: &str) -> Option<&Person> {
        let in_campaign = |p: &&Person| campaign.is_none_or(|c| p.campaign == c);
        let coded = match campaign {
            Some(c) => self
                .by_code
                .get(&(c.to_string(), code.to_string()))
                .and_then(|n| self.people.get(n)),
            None => self.people.values().find(|p| p.code == code),
        };
        coded.or_else(|| self.by_id(code).filter(in_campaign))
    }
}

/// One scope's people as fetched page by page, with where each one is.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    people: Vec<Person>,
    at: HashMap<String, usize>,
}

impl Snapshot {
    pub fn new(people: Vec<Person>) -> Snapshot {
        let mut snapshot = Snapshot::default();
        for p in people {
            snapshot.put(p);
        }
        snapshot
    }

    /// Adds a person, or replaces the one with the same platform id (a
    /// person listed twice when the list shifted between pages is kept once).
    pub fn put(&mut self, person: Person) {
        match self.at.get(&person.id) {
            Some(&i) => self.people[i] = person,
            None => {
                self.at.insert(person.id.clone(), self.people.len());
                self.people.push(person);
            }
        }
    }

    pub fn remove(&mut self, id: &str) {
        if self.at.remove(id).is_some() {
            self.people.retain(|p| p.id != id);
            self.at = self
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect();
        }
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(number: i64, email: &str, code: &str) -> Person {
        Person {
            id: format!("p{number}"),
            number,
            campaign: "11".into(),
            email: email.into(),
            name: None,
            code: code.into(),
            referrer: None,
            status: None,
            created_at: String::new(),
            qualified_at: None,
            reach: None,
        }
    }

    #[test]
    fn a_person_is_found_by_each_key_and_a_changed_email_forgets_the_old() {
        let mut known = Known::default();
        known.put(person(1, "ann@x.com", "ANN"));
        assert_eq!(known.by_email(Some("11"), "ann@x.com").unwrap().number, 1);
        assert_eq!(known.by_code(Some("11"), "ANN").unwrap().number, 1);
        assert_eq!(
            known.by_code(Some("11"), "p1").unwrap().number,
            1,
            "by id too"
        );
        assert!(
            known.by_email(Some("12"), "ann@x.com").is_none(),
            "another campaign"
        );
        known.put(person(1, "ann@y.com", "ANN"));
        assert!(known.by_email(Some("11"), "ann@x.com").is_none());
        assert_eq!(known.by_id("p1").unwrap().email, "ann@y.com");
        known.remove(1);
        assert!(known.by_number(1).is_none() && known.by_id("p1").is_none());

        let mut snapshot = Snapshot::new(vec![person(1, "a@x", "A"), person(1, "a@x", "A2")]);
        assert_eq!(snapshot.people().len(), 1, "listed twice, kept once");
        snapshot.put(person(2, "b@x", "B"));
        snapshot.remove("p1");
        assert_eq!(snapshot.people()[0].number, 2);
    }
}
