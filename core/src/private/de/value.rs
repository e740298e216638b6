//! What a generated body calls for each field: read its value (once), skip an unknown key's,
//! and finish it once the input ended (its default, or serde's rule for an absent key).

use serde::Deserialize;
use serde::de::Error;

use super::model::{DeStruct, Fields};

/// Reads the value of a field, refusing a second occurrence of its key.
#[inline]
pub fn value<'de, F, V>(
    fields: &mut F,
    slot: &mut Option<V>,
    key: &'static str,
) -> Result<(), F::Error>
where
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(F::Error::duplicate_field(key));
    }
    *slot = fields.field_value()?;
    Ok(())
}

/// Reads the value of a tri-state `Option<Option<T>>` field as `serde_with`'s `double_option`:
/// `null` is `Some(None)` (the slot is the field: an absent key, or the end of a sequence,
/// leaves it `None`). [`value`] of the inner `Option<T>`.
#[inline]
pub fn tri_state<'de, F, V>(
    fields: &mut F,
    slot: &mut Option<Option<V>>,
    key: &'static str,
) -> Result<(), F::Error>
where
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    value(fields, slot, key)
}

/// Skips the value of an unknown key.
#[inline]
pub fn ignore<'de, F: Fields<'de>>(fields: &mut F) -> Result<(), F::Error> {
    fields.ignore_value()
}

/// A field with a default whose key never came: `Default::default()`.
#[inline]
pub fn or_default<V: Default>(slot: Option<V>) -> V {
    slot.unwrap_or_default()
}

/// A field without a default, field `index` of `T`: its value, or what [`Fields::absent`]
/// gives (serde's rule for a missing key, `invalid length` for a short sequence). With `strict`
/// (`#[api(required)]`, `with` fields) a missing key is `missing field` whatever the type.
#[inline]
pub fn or_absent<'de, T, F, V>(
    fields: &F,
    slot: Option<V>,
    key: &'static str,
    index: usize,
    strict: bool,
) -> Result<V, F::Error>
where
    T: DeStruct<'de>,
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    match slot {
        Some(value) => Ok(value),
        None => fields.absent::<T, V>(key, index, strict),
    }
}
