//! Serialization steps shared by every model.

use serde::ser::{Serialize, SerializeMap, SerializeStruct};

/// `serialize_field` for a field that is always written.
#[inline]
pub fn field<S, T>(state: &mut S, key: &'static str, value: &T) -> Result<(), S::Error>
where
    S: SerializeStruct,
    T: ?Sized + Serialize,
{
    state.serialize_field(key, value)
}

/// An `Option` field: written when `Some`, otherwise `skip_field`, exactly as
/// `#[serde(skip_serializing_if = "Option::is_none")]` does.
#[inline]
pub fn option<S, T>(state: &mut S, key: &'static str, value: &Option<T>) -> Result<(), S::Error>
where
    S: SerializeStruct,
    T: Serialize,
{
    if value.is_none() {
        state.skip_field(key)
    } else {
        state.serialize_field(key, value)
    }
}

/// A tri-state `Option<Option<T>>` field: `None` is skipped, `Some(None)` is `serialize_none`,
/// `Some(Some(v))` is `serialize_some(v)` — `serde_with`'s `double_option` with
/// `skip_serializing_if = "Option::is_none"` (not `Option<Option<T>>`'s own `Serialize`, which
/// writes `Some(None)` as `serialize_some(&None)`).
#[inline]
pub fn tri_state<S, T>(
    state: &mut S,
    key: &'static str,
    value: &Option<Option<T>>,
) -> Result<(), S::Error>
where
    S: SerializeStruct,
    T: Serialize,
{
    match value {
        None => state.skip_field(key),
        Some(inner) => state.serialize_field(key, inner),
    }
}

/// A tri-state field of a model with `additional_properties`.
#[inline]
pub fn tri_state_entry<M, T>(
    map: &mut M,
    key: &'static str,
    value: &Option<Option<T>>,
) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match value {
        None => Ok(()),
        Some(inner) => map.serialize_entry(key, inner),
    }
}

/// A field of a model with `additional_properties`, which serializes as a map (like serde's
/// `flatten`).
#[inline]
pub fn entry<M, T>(map: &mut M, key: &'static str, value: &T) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: ?Sized + Serialize,
{
    map.serialize_entry(key, value)
}

/// An `Option` field of a model with `additional_properties`: written when `Some`.
#[inline]
pub fn option_entry<M, T>(map: &mut M, key: &'static str, value: &Option<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    if value.is_none() {
        Ok(())
    } else {
        map.serialize_entry(key, value)
    }
}

/// Writes every entry of the `additional_properties` map at the top level.
#[inline]
pub fn additional<'a, M, I, K, V>(map: &mut M, entries: I) -> Result<(), M::Error>
where
    M: SerializeMap,
    I: IntoIterator<Item = (&'a K, &'a V)>,
    K: ?Sized + Serialize + 'a,
    V: ?Sized + Serialize + 'a,
{
    for (key, value) in entries {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// 1 when the option is set (a tri-state's outer option too): the count `serialize_struct` is
/// given.
#[inline]
pub fn count<T>(value: &Option<T>) -> usize {
    usize::from(value.is_some())
}
