//! Models with `#[api(flatten)]` fields: serde's `flatten`. The keys a model does not own are
//! buffered as `Content`; each flattened field reads from them in declaration order (a struct
//! takes its keys, a map sees all that are left); what remains is unknown.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};

use super::model::DeStruct;
use crate::__private::content::{Content, Leftovers};

/// A key of a model with flattened fields: a field index, or any other key, kept.
pub enum FlatKey<'de> {
    /// An index into `FIELDS`.
    Field(usize),
    /// A key the model does not own, as the format gave it.
    Other(Content<'de>),
}

/// The next key of a model with flattened fields.
#[inline]
pub fn next_key_flat<'de, T, A>(map: &mut A) -> Result<Option<FlatKey<'de>>, A::Error>
where
    T: DeStruct<'de>,
    A: MapAccess<'de>,
{
    map.next_key_seed(FlatKeySeed::<T>(PhantomData))
}

/// serde_derive's field visitor of a struct that flattens: its own keys by name (never by
/// index), any other key of any kind kept as `Content`.
struct FlatKeySeed<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for FlatKeySeed<T> {
    type Value = FlatKey<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<FlatKey<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

fn own_or<'de, T: DeStruct<'de>>(
    name: Option<&str>,
    other: impl FnOnce() -> Content<'de>,
) -> FlatKey<'de> {
    match name.and_then(T::field_index) {
        Some(index) => FlatKey::Field(index),
        None => FlatKey::Other(other()),
    }
}

macro_rules! other_keys {
    ($($method:ident($ty:ty) => $variant:ident)*) => {$(
        fn $method<E: Error>(self, value: $ty) -> Result<FlatKey<'de>, E> {
            Ok(FlatKey::Other(Content::$variant(value)))
        }
    )*};
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for FlatKeySeed<T> {
    type Value = FlatKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    other_keys! {
        visit_bool(bool) => Bool
        visit_i8(i8) => I8
        visit_i16(i16) => I16
        visit_i32(i32) => I32
        visit_i64(i64) => I64
        visit_u8(u8) => U8
        visit_u16(u16) => U16
        visit_u32(u32) => U32
        visit_u64(u64) => U64
        visit_f32(f32) => F32
        visit_f64(f64) => F64
        visit_char(char) => Char
    }

    fn visit_unit<E: Error>(self) -> Result<FlatKey<'de>, E> {
        Ok(FlatKey::Other(Content::Unit))
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<FlatKey<'de>, E> {
        Ok(own_or::<T>(Some(value), || {
            Content::String(value.to_owned())
        }))
    }

    #[inline]
    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<FlatKey<'de>, E> {
        Ok(own_or::<T>(Some(value), || Content::Str(value)))
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<FlatKey<'de>, E> {
        let name = core::str::from_utf8(value).ok();
        Ok(own_or::<T>(name, || Content::ByteBuf(value.to_vec())))
    }

    fn visit_borrowed_bytes<E: Error>(self, value: &'de [u8]) -> Result<FlatKey<'de>, E> {
        let name = core::str::from_utf8(value).ok();
        Ok(own_or::<T>(name, || Content::Bytes(value)))
    }
}

/// Buffers the value of a key the model does not own, for the flattened fields.
#[inline]
pub fn collect<'de, A: MapAccess<'de>>(
    map: &mut A,
    leftovers: &mut Leftovers<'de>,
    key: Content<'de>,
) -> Result<(), A::Error> {
    let value = map.next_value::<Content<'de>>()?;
    leftovers.push(Some((key, value)));
    Ok(())
}

/// `deny_unknown_fields` on a model that flattens: the first key no flattened field took is
/// serde's `unknown field` (without the list of expected keys, which serde cannot know).
#[inline]
pub fn deny_leftovers<E: Error>(leftovers: Leftovers<'_>) -> Result<(), E> {
    match leftovers.into_iter().flatten().next() {
        None => Ok(()),
        Some((key, _)) => Err(match key.as_str() {
            Some(key) => E::custom(format_args!("unknown field `{key}`")),
            None => E::custom("unexpected map key"),
        }),
    }
}
