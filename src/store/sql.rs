//! What the store's queries run on: one small interface over SQLite
//! (rusqlite) and PostgreSQL (tokio-postgres), so that every query is
//! written once.
//!
//! Queries use SQLite's `?N` placeholders; the PostgreSQL side rewrites them
//! to `$N`. Values cross as [`Value`], which each driver binds to the type
//! the database asks for (an integer to `int4` or `int8`, text to `text` or
//! `jsonb`), so the schemas may differ in width without the queries knowing.

use super::{Result, StoreError};

/// Which database a query runs on, for the few statements that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A value bound to a query or read from a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
    /// Many values as one parameter: a PostgreSQL array (`= ANY(?1)`,
    /// `unnest(?1)`), so that a batch's statement has a few parameters
    /// whatever its size. SQLite has no arrays: [`any_of`] and the bulk
    /// writers bind lists there as many parameters instead.
    List(Vec<Value>),
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Integer(i)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}

/// A connection (usually inside a transaction) that runs the store's SQL.
pub trait Db {
    fn dialect(&self) -> Dialect;
    /// Runs one statement; returns the rows it changed.
    fn execute(&self, sql: &str, params: &[&dyn ToValue]) -> Result<usize>;
    /// Runs one query and returns every row.
    fn query(&self, sql: &str, params: &[&dyn ToValue]) -> Result<Vec<Row>>;
    /// Runs one query and hands each row to `f` as it is read, without
    /// keeping them (a long list need not be held twice). A driver may
    /// reuse one row's buffers for the next.
    fn query_each(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        for row in self.query(sql, params)? {
            f(&row)?;
        }
        Ok(())
    }
    /// Runs statements without parameters (savepoints).
    fn batch(&self, sql: &str) -> Result<()>;
}

impl dyn Db + '_ {
    /// The first row, mapped; [`StoreError::NoRow`] when there is none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        let rows = self.query(sql, params)?;
        match rows.first() {
            Some(row) => f(row),
            None => Err(StoreError::NoRow),
        }
    }

    /// Every row, mapped.
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: &[&dyn ToValue],
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.query(sql, params)?.iter().map(f).collect()
    }
}

/// `query_row`'s missing row as `None`.
pub trait Optional<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> Optional<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(StoreError::NoRow) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The parameters of a query, in order: `params![a, b]`.
#[macro_export]
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::sql::ToValue] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::store::sql::ToValue),+] as &[&dyn $crate::store::sql::ToValue] };
}
pub use params;

/// `column` is one of `values`, as a condition whose parameters start at
/// `?first`: `column = ANY(?first)` with one array on PostgreSQL (one plan
/// whatever the count), `column IN (?first, …)` on SQLite.
pub fn any_of(
    dialect: Dialect,
    column: &str,
    first: usize,
    values: Vec<Value>,
) -> (String, Vec<Value>) {
    match dialect {
        Dialect::Postgres => (
            format!("{column} = ANY(?{first})"),
            vec![Value::List(values)],
        ),
        Dialect::Sqlite => {
            let mut list = String::with_capacity(values.len() * 6);
            for i in 0..values.len() {
                if i > 0 {
                    list.push_str(", ");
                }
                list.push('?');
                list.push_str(&(first + i).to_string());
            }
            (format!("{column} IN ({list})"), values)
        }
    }
}

/// Parameters built at run time (filters).
pub fn dynamic(values: &[Value]) -> Vec<&dyn ToValue> {
    values.iter().map(|v| v as &dyn ToValue).collect()
}

/// One row of a result.
#[derive(Debug, Clone)]
pub struct Row(pub(super) Vec<Value>);

impl Row {
    /// Column `index` as `T`; a value of another shape is a damaged database.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T> {
        let value = self.0.get(index).unwrap_or(&Value::Null);
        T::from_value(value)
            .map_err(|e| StoreError::Corrupt(format!("column {index} holds {value:?}: {e}")))
    }

    /// A text column, borrowed; NULL is `None`.
    pub fn text(&self, index: usize) -> Result<Option<&str>> {
        match self.0.get(index) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Text(s)) => Ok(Some(s)),
            Some(other) => Err(StoreError::Corrupt(format!(
                "column {index} holds {other:?}: expected text"
            ))),
        }
    }

    /// A text column read as one of the domain's named values; an unknown
    /// one is a damaged database, never a silent default.
    pub fn parsed<T>(&self, index: usize) -> Result<T>
    where
        T: std::str::FromStr<Err = String>,
    {
        let text: String = self.get(index)?;
        text.parse().map_err(StoreError::Corrupt)
    }
}

/// What can be bound as a parameter.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}
macro_rules! integer_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Integer(i64::from(*self))
            }
        }
    )*};
}
integer_to_value!(i64, i32, u32, u16, u8);
impl ToValue for u64 {
    fn to_value(&self) -> Value {
        Value::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

/// What a column can be read as.
pub trait FromValue: Sized {
    fn from_value(value: &Value) -> Result<Self, String>;
}

impl FromValue for Value {
    fn from_value(value: &Value) -> Result<Self, String> {
        Ok(value.clone())
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}
impl FromValue for String {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Text(s) => Ok(s.clone()),
            _ => Err("expected text".into()),
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Blob(b) => Ok(b.clone()),
            Value::Text(s) => Ok(s.as_bytes().to_vec()),
            _ => Err("expected bytes".into()),
        }
    }
}
impl FromValue for f64 {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Real(f) => Ok(*f),
            // SQLite keeps a whole REAL as an integer when it can.
            Value::Integer(i) => Ok(*i as f64),
            _ => Err("expected a number".into()),
        }
    }
}
impl FromValue for bool {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Integer(i) => Ok(*i != 0),
            _ => Err("expected a boolean".into()),
        }
    }
}
macro_rules! integer_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(value: &Value) -> Result<Self, String> {
                match value {
                    Value::Integer(i) => <$t>::try_from(*i).map_err(|e| e.to_string()),
                    _ => Err("expected an integer".into()),
                }
            }
        }
    )*};
}
integer_from_value!(i64, i32, u32, u16, u8, u64, usize);

/// SQLite's `?N` and `?` placeholders as PostgreSQL's `$N`, leaving quoted
/// text and identifiers alone.
pub fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0u32;
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                out.push('$');
                if digits.is_empty() {
                    next += 1;
                    out.push_str(&next.to_string());
                } else {
                    out.push_str(&digits);
                }
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            numbered_placeholders("SELECT a FROM t WHERE b = ?2 AND c = ?1 AND d = '?3'"),
            "SELECT a FROM t WHERE b = $2 AND c = $1 AND d = '?3'"
        );
        assert_eq!(
            numbered_placeholders("VALUES (?, ?, \"q?\")"),
            "VALUES ($1, $2, \"q?\")"
        );
    }

    #[test]
    fn rows_refuse_values_of_another_shape() {
        let row = Row(vec![Value::Text("x".into()), Value::Integer(300)]);
        assert!(row.get::<i64>(0).is_err());
        assert!(row.get::<u8>(1).is_err());
        assert_eq!(row.get::<u16>(1).unwrap(), 300);
        assert_eq!(row.get::<Option<String>>(2).unwrap(), None);
    }
}
