//! Which field a key names: serde_derive's field identifier, by name, alias or index.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Error, Unexpected, Visitor};

use super::model::DeStruct;

/// Index of the key that [`next_key`](super::next_key) returns for a key that is not a field.
pub const UNKNOWN: usize = usize::MAX;

/// Matches an identifier against the field table, as serde_derive's `__FieldVisitor`.
pub(super) struct FieldKey<T>(pub(super) PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for FieldKey<T> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for FieldKey<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<usize, E> {
        field_by_index(value, T::FIELDS.len(), T::DENY_UNKNOWN)
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        match T::field_index(value) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => Err(E::unknown_field(value, T::EXPECTED)),
            None => Ok(UNKNOWN),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        match core::str::from_utf8(value).ok().and_then(T::field_index) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => Err(E::unknown_field(
                &String::from_utf8_lossy(value),
                T::EXPECTED,
            )),
            None => Ok(UNKNOWN),
        }
    }
}

/// A field given by its index (non-self-describing formats) among `len`: itself, [`UNKNOWN`]
/// past the end, or with `deny` serde_derive's "field index 0 <= i < N". Shared by the key
/// visitors of structs and of data enums' struct variants.
fn field_by_index<E: Error>(value: u64, len: usize, deny: bool) -> Result<usize, E> {
    match usize::try_from(value) {
        Ok(index) if index < len => Ok(index),
        _ if deny => Err(E::invalid_value(
            Unexpected::Unsigned(value),
            &IndexRange("field", len),
        )),
        _ => Ok(UNKNOWN),
    }
}

/// serde_derive's "field index 0 <= i < N" / "variant index 0 <= i < N".
pub(crate) struct IndexRange(pub(crate) &'static str, pub(crate) usize);

impl de::Expected for IndexRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} index 0 <= i < {}", self.0, self.1)
    }
}
