//! Which variant a tag names: serde_derive's variant identifier, by wire name, alias or index.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, Error, Unexpected, Visitor};

use super::table::DeUnion;
use crate::__private::de::IndexRange;

/// serde_derive's variant identifier: a wire name of a tagged variant or its index; unknown
/// ones read as the `other` variant when there is one.
pub(super) struct VariantKey<T>(PhantomData<T>);

impl<T> VariantKey<T> {
    pub(super) fn new() -> Self {
        VariantKey(PhantomData)
    }
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for VariantKey<T> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for VariantKey<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<usize, E> {
        let len = T::VARIANTS.len();
        match (usize::try_from(value), T::OTHER) {
            (Ok(index), _) if index < len => Ok(declared::<T>(index)),
            (_, Some(other)) => Ok(other),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(value),
                &IndexRange("variant", len),
            )),
        }
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        match (variant_index::<T>(value.as_bytes()), T::OTHER) {
            (Some(index), _) | (None, Some(index)) => Ok(index),
            (None, None) => Err(E::unknown_variant(value, T::EXPECTED)),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        match (variant_index::<T>(value), T::OTHER) {
            (Some(index), _) | (None, Some(index)) => Ok(index),
            (None, None) => Err(E::unknown_variant(
                &String::from_utf8_lossy(value),
                T::EXPECTED,
            )),
        }
    }
}

/// The index of the tagged variant named `name` (or one of its aliases).
#[inline]
fn variant_index<'de, T: DeUnion<'de>>(name: &[u8]) -> Option<usize> {
    match T::VARIANTS.iter().position(|v| v.as_bytes() == name) {
        None if !T::ALIASES.is_empty() => T::ALIASES
            .iter()
            .find(|(alias, _)| alias.as_bytes() == name)
            .map(|(_, index)| *index),
        found => found.map(declared::<T>),
    }
}

/// The declaration index of entry `position` of `VARIANTS`.
#[inline]
fn declared<'de, T: DeUnion<'de>>(position: usize) -> usize {
    if T::INDICES.is_empty() {
        position
    } else {
        T::INDICES[position]
    }
}
