//! What reading a type back out of a buffer is the same by value and by reference: scalars,
//! sequences, maps, and an externally tagged enum's access.

use core::marker::PhantomData;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    Deserialize, DeserializeSeed, Deserializer, EnumAccess, Error, IntoDeserializer, Unexpected,
    VariantAccess, Visitor,
};

use super::buffer::Content;

/// Scalars are `Copy`: both deserializers read them through a reference.
#[inline]
pub(super) fn visit_bool<'de, V: Visitor<'de>, E: Error>(
    c: &Content<'de>,
    v: V,
) -> Result<V::Value, E> {
    match *c {
        Content::Bool(b) => v.visit_bool(b),
        _ => Err(c.invalid_type(&v)),
    }
}

/// An integer of any width, or (`float`) also a float, as serde's content deserializers accept.
#[inline]
pub(super) fn visit_number<'de, V: Visitor<'de>, E: Error>(
    c: &Content<'de>,
    v: V,
    float: bool,
) -> Result<V::Value, E> {
    match *c {
        Content::U8(n) => v.visit_u8(n),
        Content::U16(n) => v.visit_u16(n),
        Content::U32(n) => v.visit_u32(n),
        Content::U64(n) => v.visit_u64(n),
        Content::I8(n) => v.visit_i8(n),
        Content::I16(n) => v.visit_i16(n),
        Content::I32(n) => v.visit_i32(n),
        Content::I64(n) => v.visit_i64(n),
        Content::F32(f) if float => v.visit_f32(f),
        Content::F64(f) if float => v.visit_f64(f),
        _ => Err(c.invalid_type(&v)),
    }
}

#[inline]
pub(super) fn visit_seq<'de, I, T, V, E>(items: I, visitor: V) -> Result<V::Value, E>
where
    I: Iterator<Item = T>,
    T: IntoDeserializer<'de, E>,
    V: Visitor<'de>,
    E: Error,
{
    let mut seq = SeqDeserializer::new(items);
    let value = visitor.visit_seq(&mut seq)?;
    seq.end()?;
    Ok(value)
}

#[inline]
pub(super) fn visit_map<'de, I, K, X, V, E>(entries: I, visitor: V) -> Result<V::Value, E>
where
    I: Iterator<Item = (K, X)>,
    K: IntoDeserializer<'de, E>,
    X: IntoDeserializer<'de, E>,
    V: Visitor<'de>,
    E: Error,
{
    let mut map = MapDeserializer::new(entries);
    let value = visitor.visit_map(&mut map)?;
    map.end()?;
    Ok(value)
}

/// serde's error for an enum read from a map that has not exactly one entry.
pub(super) fn not_single_key<E: Error>() -> E {
    E::invalid_value(Unexpected::Map, &"map with a single key")
}

/// A [`Content`] owned (read by value) or borrowed (by reference): what an externally tagged
/// enum in a buffer hands its variant. Each turns into its deserializer; both are looked at
/// through [`Buffer::content`].
pub(super) trait Buffer<'de, E: Error>: IntoDeserializer<'de, E> {
    fn content(&self) -> &Content<'de>;
}

impl<'de, E: Error> Buffer<'de, E> for Content<'de> {
    fn content(&self) -> &Content<'de> {
        self
    }
}

impl<'de, E: Error> Buffer<'de, E> for &Content<'de> {
    fn content(&self) -> &Content<'de> {
        self
    }
}

/// An externally tagged enum in a buffer: the variant's name and, unless it was a bare string,
/// its content.
pub(super) struct Enum<C, E> {
    pub(super) variant: C,
    pub(super) value: Option<C>,
    pub(super) err: PhantomData<E>,
}

impl<'de, C: Buffer<'de, E>, E: Error> EnumAccess<'de> for Enum<C, E> {
    type Error = E;
    type Variant = Variant<C, E>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), E> {
        let tag = seed.deserialize(self.variant.into_deserializer())?;
        Ok((
            tag,
            Variant {
                value: self.value,
                err: PhantomData,
            },
        ))
    }
}

pub(super) struct Variant<C, E> {
    value: Option<C>,
    err: PhantomData<E>,
}

impl<'de, C: Buffer<'de, E>, E: Error> VariantAccess<'de> for Variant<C, E> {
    type Error = E;

    fn unit_variant(self) -> Result<(), E> {
        match self.value {
            Some(value) => <()>::deserialize(value.into_deserializer()),
            None => Ok(()),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, E> {
        match self.value {
            Some(value) => seed.deserialize(value.into_deserializer()),
            None => Err(E::invalid_type(Unexpected::UnitVariant, &"newtype variant")),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, E> {
        match self.value {
            Some(value) if matches!(value.content(), Content::Seq(_)) => {
                value.into_deserializer().deserialize_seq(v)
            }
            Some(other) => Err(E::invalid_type(
                other.content().unexpected(),
                &"tuple variant",
            )),
            None => Err(E::invalid_type(Unexpected::UnitVariant, &"tuple variant")),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        match self.value {
            Some(value) => match value.content() {
                Content::Map(_) => value.into_deserializer().deserialize_map(v),
                Content::Seq(_) => value.into_deserializer().deserialize_seq(v),
                other => Err(E::invalid_type(other.unexpected(), &"struct variant")),
            },
            None => Err(E::invalid_type(Unexpected::UnitVariant, &"struct variant")),
        }
    }
}

macro_rules! numbers {
    ($float:literal => $($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
            visit_number(self.content_ref(), visitor, $float)
        }
    )*};
}
pub(super) use numbers;

/// The two deserializers share the scalar methods through `content_ref`.
pub(super) trait ContentRef<'de> {
    fn content_ref(&self) -> &Content<'de>;
}
