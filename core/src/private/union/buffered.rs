//! An internally tagged object read back from its buffer, as serde reads it: what is left when
//! the tag did not come first (or a sequence, or `serde_defaults`).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::body::Body;
use super::table::{DeUnion, Shape};
use crate::__private::content::{Content, ContentDeserializer};

/// A buffered internally tagged variant, as serde reads it.
#[inline]
pub(super) fn internal_content<'de, T, E>(variant: usize, content: Content<'de>) -> Result<T, E>
where
    T: DeUnion<'de>,
    E: Error,
{
    match T::SHAPES[variant] {
        Shape::Unit(name) => {
            ContentDeserializer::<E>::new(content).deserialize_any(TaggedUnitVisitor {
                name: T::TYPE_NAME,
                variant: name,
            })?;
            Ok(T::unit(variant))
        }
        Shape::Newtype(_) => T::newtype(variant, BufferedDe::<E>::new(content)),
        Shape::Struct(..) | Shape::Tuple(..) | Shape::Flat(..) => {
            BufferedDe::<E>::new(content).deserialize_any(Body::<T>::new(variant))
        }
    }
}

/// A buffered value, read as `ContentDeserializer` reads it; a buffered object is read through
/// [`Buffered`], whose string keys go to the key visitor without a detour.
struct BufferedDe<'de, E> {
    content: Content<'de>,
    marker: PhantomData<E>,
}

impl<'de, E> BufferedDe<'de, E> {
    fn new(content: Content<'de>) -> Self {
        BufferedDe {
            content,
            marker: PhantomData,
        }
    }
}

impl<'de, E: Error> BufferedDe<'de, E> {
    /// An object through [`Buffered`], anything else as `ContentDeserializer` reads it.
    #[inline]
    fn map_or<V: Visitor<'de>>(
        self,
        visitor: V,
        other: impl FnOnce(ContentDeserializer<'de, E>, V) -> Result<V::Value, E>,
    ) -> Result<V::Value, E> {
        match self.content {
            Content::Map(entries) => {
                let mut map = Buffered::<E> {
                    entries: entries.into_iter(),
                    value: None,
                    count: 0,
                    marker: PhantomData,
                };
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
            content => other(ContentDeserializer::new(content), visitor),
        }
    }
}

macro_rules! forward_content {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {
        $(
            #[inline]
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, E> {
                ContentDeserializer::<E>::new(self.content).$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, E: Error> Deserializer<'de> for BufferedDe<'de, E> {
    type Error = E;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        self.map_or(visitor, Deserializer::deserialize_any)
    }

    #[inline]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        self.map_or(visitor, Deserializer::deserialize_map)
    }

    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        self.map_or(visitor, |de, v| de.deserialize_struct(name, fields, v))
    }

    forward_content! {
        deserialize_bool() deserialize_i8() deserialize_i16()
        deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16()
        deserialize_u32() deserialize_u64() deserialize_u128() deserialize_f32()
        deserialize_f64() deserialize_char() deserialize_str() deserialize_string()
        deserialize_bytes() deserialize_byte_buf() deserialize_option() deserialize_unit()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_seq() deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
        deserialize_identifier() deserialize_ignored_any()
    }
}

/// A buffered object's entries, as serde's `MapDeserializer` over its buffer reads them.
struct Buffered<'de, E> {
    entries: std::vec::IntoIter<(Content<'de>, Content<'de>)>,
    value: Option<Content<'de>>,
    count: usize,
    marker: PhantomData<E>,
}

impl<E: Error> Buffered<'_, E> {
    /// serde's `MapDeserializer::end`: every entry read.
    fn end(self) -> Result<(), E> {
        match self.entries.len() {
            0 => Ok(()),
            rest => Err(E::invalid_length(self.count + rest, &InMap(self.count))),
        }
    }
}

/// serde's "N elements in map".
struct InMap(usize);

impl de::Expected for InMap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 1 {
            f.write_str("1 element in map")
        } else {
            write!(f, "{} elements in map", self.0)
        }
    }
}

impl<'de, E: Error> MapAccess<'de> for Buffered<'de, E> {
    type Error = E;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.count += 1;
        self.value = Some(value);
        match key {
            // `ContentDeserializer` hands a borrowed string to every visitor as
            // `visit_borrowed_str`; so does this, inlined.
            Content::Str(key) => seed
                .deserialize(de::value::BorrowedStrDeserializer::<E>::new(key))
                .map(Some),
            key => seed
                .deserialize(ContentDeserializer::<E>::new(key))
                .map(Some),
        }
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentDeserializer::<E>::new(value)),
            None => Err(E::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// serde's `InternallyTaggedUnitVisitor`: any map (its entries ignored) or sequence.
struct TaggedUnitVisitor {
    name: &'static str,
    variant: &'static str,
}

impl<'de> Visitor<'de> for TaggedUnitVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unit variant {}::{}", self.name, self.variant)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, _: S) -> Result<(), S::Error> {
        Ok(())
    }

    fn visit_map<M: MapAccess<'de>>(self, mut access: M) -> Result<(), M::Error> {
        while access.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }
}
