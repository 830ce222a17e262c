//! Standing customer lists: kept lists of customers that qualify (or keep
//! from qualifying) a campaign's leads as they appear.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

string_enum!(
    /// What a list does to the leads that match it.
    ListKind { Qualify => "qualify", Exclude => "exclude" }
);

string_enum!(
    /// Which of a lead's identifiers a list key is.
    ListKeyKind { Email => "email", Code => "code", ExternalId => "external_id", Phone => "phone" }
);

/// A kept customer list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CustomerList {
    pub id: i64,
    pub campaign_id: i64,
    pub name: String,
    pub kind: ListKind,
    /// How many keys it holds (digests, never the values).
    pub keys: u64,
    /// Leads it qualified (a qualify-list) or kept from qualifying (an exclude-list).
    pub matched: u64,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
    /// When its keys are forgotten.
    pub expires_at: Option<String>,
    /// Who changed it and how (made, keys added or replaced, purged), oldest
    /// first: shown for one list, not in lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<super::Change>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NewCustomerList {
    pub name: String,
    #[serde(default = "qualify")]
    pub kind: ListKind,
    /// Days until its keys are forgotten (default 365, at most 3,650).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::shape::optional_u32"
    )]
    pub expires_in_days: Option<u32>,
}

fn qualify() -> ListKind {
    ListKind::Qualify
}

/// One key of a list: the lowercase hex SHA-256 of the normalized value
/// (the server keeps only an HMAC of it), and the file's line it came from.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ListKey {
    pub kind: ListKeyKind,
    pub sha256: String,
    #[serde(deserialize_with = "super::shape::u64")]
    pub line: u64,
}

/// Keys to add to a list (at most 10,000 a request).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ListKeys {
    #[serde(deserialize_with = "super::shape::objects")]
    pub keys: Vec<ListKey>,
    /// Replace every key the list has with these (the first request of a
    /// replacement; later ones add).
    #[serde(default)]
    pub replace: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct KeysAdded {
    pub added: u64,
    pub keys: u64,
}

/// Keys to forget from every list of the workspace (an erasure request).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ForgetKeys {
    #[serde(deserialize_with = "super::shape::objects")]
    pub keys: Vec<ListKey>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct KeysRemoved {
    pub removed: u64,
}

/// Keys to take out of one list.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RemoveKeys {
    pub keys: Vec<ListKey>,
}

/// How a list is matched against the campaign's leads now.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct MatchList {
    /// Count what would happen; change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// What matching a list against the campaign's pending leads did (or, in a
/// dry run, would do).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ListMatched {
    /// Pending leads on the list.
    pub matched: u64,
    /// Of them, qualified (a qualify-list).
    pub qualified: u64,
    /// Of them, kept pending by an exclude-list.
    pub excluded: u64,
    pub dry_run: bool,
}

/// The most keys one request may carry.
pub const MAX_LIST_KEYS: usize = 10_000;
