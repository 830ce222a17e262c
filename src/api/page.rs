use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One page of a list. `next_cursor` is absent on the last page.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Page<T> {
    pub data: Vec<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// An opaque position in a list ordered by id: the last id already seen.
///
/// Opaque so that the ordering can change later without breaking clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(pub i64);

impl Cursor {
    pub fn encode(self) -> String {
        URL_SAFE_NO_PAD.encode(format!("id:{}", self.0))
    }

    pub fn decode(s: &str) -> Option<Cursor> {
        let raw = URL_SAFE_NO_PAD.decode(s).ok()?;
        let text = std::str::from_utf8(&raw).ok()?;
        text.strip_prefix("id:")?.parse().ok().map(Cursor)
    }
}

/// Which way a sorted list runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    #[default]
    Asc,
    Desc,
}

/// The lead fields the API sorts by (`sort=`); any other is refused.
pub const LEAD_SORTS: &[&str] = &[
    "id",
    "email",
    "name",
    "phone",
    "external_id",
    "referral_code",
    "status",
    "qualified_at",
    "created_at",
];

/// A position in a list sorted by a field: the sort key of the last row
/// seen (whether the field was empty, its text) and its id, with the sort it
/// belongs to, so that a cursor given for one order is not read in another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortCursor {
    pub field: String,
    pub order: Order,
    pub empty: bool,
    pub value: String,
    pub id: i64,
}

impl SortCursor {
    pub fn encode(&self) -> String {
        let order = match self.order {
            Order::Asc => 'a',
            Order::Desc => 'd',
        };
        URL_SAFE_NO_PAD.encode(format!(
            "by:{}:{order}:{}:{}:{}",
            self.field,
            u8::from(self.empty),
            self.id,
            self.value
        ))
    }

    pub fn decode(s: &str) -> Option<SortCursor> {
        let raw = URL_SAFE_NO_PAD.decode(s).ok()?;
        let text = std::str::from_utf8(&raw).ok()?;
        let mut parts = text.strip_prefix("by:")?.splitn(5, ':');
        let field = parts.next()?.to_string();
        let order = match parts.next()? {
            "a" => Order::Asc,
            "d" => Order::Desc,
            _ => return None,
        };
        let empty = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let id = parts.next()?.parse().ok()?;
        let value = parts.next()?.to_string();
        Some(SortCursor {
            field,
            order,
            empty,
            value,
            id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_cursors_round_trip_with_colons_in_the_value() {
        let c = SortCursor {
            field: "name".into(),
            order: Order::Desc,
            empty: false,
            value: "a:b:c".into(),
            id: 7,
        };
        assert_eq!(SortCursor::decode(&c.encode()), Some(c));
        assert_eq!(SortCursor::decode(&Cursor(3).encode()), None);
    }

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let c = Cursor(42);
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert_eq!(Cursor::decode("not a cursor"), None);
        assert_eq!(Cursor::decode(&URL_SAFE_NO_PAD.encode("id:x")), None);
    }
}
