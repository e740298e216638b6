//! Flatten: a parent with flattened fields keeps the entries it does not own; each flattened
//! field reads from them in turn.

use core::marker::PhantomData;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, Error, MapAccess, Visitor};

use super::borrowed::ContentRefDeserializer;
use super::buffer::Content;
use super::owned::ContentDeserializer;
use super::shared::Enum;

/// The entries a parent with flattened fields did not own, in input order. A flattened struct
/// takes (sets to `None`) the entries whose keys it knows, so that what the parent checks for
/// unknown keys afterwards is only the rest.
pub type Leftovers<'de> = Vec<Option<(Content<'de>, Content<'de>)>>;

/// Reads one flattened field from the parent's [`Leftovers`], as serde's `flatten` does:
/// `deserialize_struct(name, fields)` offers only the entries whose keys are in `fields`, and
/// takes them; `deserialize_map` (a map, or a struct that itself flattens) sees every entry left,
/// by reference, and takes none.
pub struct FlatMapDeserializer<'a, 'de, E>(pub &'a mut Leftovers<'de>, pub PhantomData<E>);

impl<'a, 'de, E> FlatMapDeserializer<'a, 'de, E> {
    #[must_use]
    pub fn new(leftovers: &'a mut Leftovers<'de>) -> Self {
        FlatMapDeserializer(leftovers, PhantomData)
    }
}

fn cannot_flatten<T, E: Error>() -> Result<T, E> {
    Err(E::custom("can only flatten structs and maps"))
}

macro_rules! cannot_flatten {
    ($($method:ident($($arg:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $(_: $arg,)* _: V) -> Result<V::Value, E> {
            cannot_flatten()
        }
    )*};
}

/// Takes `entry` if its key is one of `known`.
fn take_known<'de>(
    entry: &mut Option<(Content<'de>, Content<'de>)>,
    known: &[&str],
) -> Option<(Content<'de>, Content<'de>)> {
    let is_known = entry
        .as_ref()
        .and_then(|(key, _)| key.as_str())
        .is_some_and(|key| known.contains(&key));
    if is_known { entry.take() } else { None }
}

impl<'de, E: Error> Deserializer<'de> for FlatMapDeserializer<'_, 'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        self.deserialize_map(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_map(FlatMapAccess {
            iter: self.0.iter(),
            value: None,
            err: PhantomData,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        v.visit_map(FlatStructAccess {
            iter: self.0.iter_mut(),
            value: None,
            fields,
            err: PhantomData,
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        for entry in self.0.iter_mut() {
            if let Some((variant, value)) = take_known(entry, variants) {
                return v.visit_enum(Enum {
                    variant,
                    value: Some(value),
                    err: PhantomData,
                });
            }
        }
        Err(E::custom(format_args!(
            "no variant of enum {name} found in flattened data"
        )))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        v.visit_newtype_struct(self)
    }

    /// serde lets an `Option<T>` read `None` when `T` cannot be read; a visitor outside serde
    /// cannot be asked for that, so the generated code reads `Option<Flat>` with
    /// [`flat_option`] and this reads the inside.
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        v.visit_unit()
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_unit()
    }

    cannot_flatten! {
        deserialize_bool() deserialize_i8() deserialize_i16() deserialize_i32() deserialize_i64()
        deserialize_i128() deserialize_u8() deserialize_u16() deserialize_u32() deserialize_u64()
        deserialize_u128() deserialize_f32() deserialize_f64() deserialize_char()
        deserialize_str() deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_seq() deserialize_tuple(usize) deserialize_tuple_struct(&'static str, usize)
        deserialize_identifier()
    }
}

/// Every entry left, lent: nothing is taken (a map, or a struct that flattens in turn).
struct FlatMapAccess<'a, 'de, E> {
    iter: core::slice::Iter<'a, Option<(Content<'de>, Content<'de>)>>,
    value: Option<&'a Content<'de>>,
    err: PhantomData<E>,
}

impl<'de, E: Error> MapAccess<'de> for FlatMapAccess<'_, 'de, E> {
    type Error = E;

    fn next_key_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, E> {
        // Entries a flattened struct took are `None`.
        match self.iter.by_ref().flatten().next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(ContentRefDeserializer::new(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, E> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentRefDeserializer::new(value)),
            None => Err(E::custom("value is missing")),
        }
    }
}

/// Only the entries whose keys are the struct's fields, each taken as it is offered.
struct FlatStructAccess<'a, 'de, E> {
    iter: core::slice::IterMut<'a, Option<(Content<'de>, Content<'de>)>>,
    value: Option<Content<'de>>,
    fields: &'static [&'static str],
    err: PhantomData<E>,
}

impl<'de, E: Error> MapAccess<'de> for FlatStructAccess<'_, 'de, E> {
    type Error = E;

    fn next_key_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, E> {
        for entry in self.iter.by_ref() {
            if let Some((key, value)) = take_known(entry, self.fields) {
                self.value = Some(value);
                return seed.deserialize(ContentDeserializer::new(key)).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, E> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentDeserializer::new(value)),
            None => Err(E::custom("value is missing")),
        }
    }
}

/// A flattened field `T`, read from the parent's leftovers.
#[inline]
pub fn flat<'de, T: Deserialize<'de>, E: Error>(leftovers: &mut Leftovers<'de>) -> Result<T, E> {
    T::deserialize(FlatMapDeserializer::new(leftovers))
}

/// A flattened field read by its own function (serde's `deserialize_with`, or `with`'s
/// `deserialize`), handed the deserializer of the parent's leftovers as serde_derive does.
#[inline]
pub fn flat_with<'a, 'de, T, E: Error>(
    leftovers: &'a mut Leftovers<'de>,
    read: impl FnOnce(FlatMapDeserializer<'a, 'de, E>) -> Result<T, E>,
) -> Result<T, E> {
    read(FlatMapDeserializer::new(leftovers))
}

/// A flattened `Option<T>`: `None` whenever `T` cannot be read from the leftovers (missing or
/// wrong alike — serde's behaviour; the entries `T` took before failing stay taken).
#[inline]
pub fn flat_option<'de, T: Deserialize<'de>, E: Error>(
    leftovers: &mut Leftovers<'de>,
) -> Result<Option<T>, E> {
    Ok(T::deserialize(FlatMapDeserializer::<E>::new(leftovers)).ok())
}
