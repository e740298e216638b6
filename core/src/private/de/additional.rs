//! `additional_properties`: the keys a model does not own, kept with their values in a map.

use core::fmt;
use core::marker::PhantomData;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Unexpected, Visitor};

use super::model::DeStruct;

/// A key of a model with `additional_properties`: a field index, or the unknown key itself.
pub enum Key {
    /// An index into `FIELDS`.
    Field(usize),
    /// A key that is not a field: it goes to the map.
    Other(String),
}

/// The next key of a model with `additional_properties`.
#[inline]
pub fn next_key_or_other<'de, T, A>(map: &mut A) -> Result<Option<Key>, A::Error>
where
    T: DeStruct<'de>,
    A: MapAccess<'de>,
{
    map.next_key_seed(OtherKey::<T>(PhantomData))
}

struct OtherKey<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for OtherKey<T> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for OtherKey<T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<Key, E> {
        Ok(match T::field_index(value) {
            Some(index) => Key::Field(index),
            None => Key::Other(value.to_owned()),
        })
    }

    fn visit_string<E: Error>(self, value: String) -> Result<Key, E> {
        Ok(match T::field_index(&value) {
            Some(index) => Key::Field(index),
            None => Key::Other(value),
        })
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<Key, E> {
        match core::str::from_utf8(value) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &STRING_KEY)),
        }
    }

    // serde_derive's `flatten` takes any primitive key and fails later, when the map's
    // `String` key is read from it: the same messages, "expected a string".
    fn visit_bool<E: Error>(self, value: bool) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Bool(value), &STRING_KEY))
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Signed(value), &STRING_KEY))
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Unsigned(value), &STRING_KEY))
    }

    fn visit_f64<E: Error>(self, value: f64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Float(value), &STRING_KEY))
    }

    fn visit_char<E: Error>(self, value: char) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Char(value), &STRING_KEY))
    }

    fn visit_unit<E: Error>(self) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Unit, &STRING_KEY))
    }
}

/// What `String` says it expects, for keys of the `additional_properties` map.
const STRING_KEY: &str = "a string";

/// Puts the value of an unknown key into the `additional_properties` map.
#[inline]
pub fn other<'de, A, M>(map: &mut A, target: &mut M, key: String) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    M: AdditionalProperties<'de>,
{
    let value = map.next_value()?;
    target.insert_property(key, value);
    Ok(())
}

/// A map that can hold `additional_properties`.
pub trait AdditionalProperties<'de>: Default {
    /// The map's value type.
    type Value: Deserialize<'de>;
    /// Inserts an unknown key; a repeated key replaces the earlier value (as serde's `flatten`).
    fn insert_property(&mut self, key: String, value: Self::Value);
}

#[cfg(feature = "json")]
impl AdditionalProperties<'_> for serde_json::Map<String, serde_json::Value> {
    type Value = serde_json::Value;
    fn insert_property(&mut self, key: String, value: serde_json::Value) {
        self.insert(key, value);
    }
}

impl<'de, V: Deserialize<'de>> AdditionalProperties<'de> for std::collections::BTreeMap<String, V> {
    type Value = V;
    fn insert_property(&mut self, key: String, value: V) {
        self.insert(key, value);
    }
}

impl<'de, V, S> AdditionalProperties<'de> for std::collections::HashMap<String, V, S>
where
    V: Deserialize<'de>,
    S: core::hash::BuildHasher + Default,
{
    type Value = V;
    fn insert_property(&mut self, key: String, value: V) {
        self.insert(key, value);
    }
}
