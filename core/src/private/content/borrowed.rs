//! Reading a type out of a borrowed [`Content`], leaving it for the next attempt: an untagged
//! enum tries each variant against the same buffer.

use core::marker::PhantomData;

use serde::de::{Deserializer, Error, IntoDeserializer, Visitor};

use super::buffer::Content;
use super::shared::{
    ContentRef, Enum, not_single_key, numbers, visit_bool, visit_map, visit_number, visit_seq,
};

/// Reads a type out of a borrowed [`Content`], leaving it for the next attempt.
pub struct ContentRefDeserializer<'a, 'de, E> {
    content: &'a Content<'de>,
    err: PhantomData<E>,
}

impl<'a, 'de, E> ContentRefDeserializer<'a, 'de, E> {
    #[must_use]
    pub fn new(content: &'a Content<'de>) -> Self {
        ContentRefDeserializer {
            content,
            err: PhantomData,
        }
    }
}

impl<E> Clone for ContentRefDeserializer<'_, '_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for ContentRefDeserializer<'_, '_, E> {}

impl<'a, 'de, E: Error> IntoDeserializer<'de, E> for &'a Content<'de> {
    type Deserializer = ContentRefDeserializer<'a, 'de, E>;
    #[inline]
    fn into_deserializer(self) -> Self::Deserializer {
        ContentRefDeserializer::new(self)
    }
}

impl<'de, E> ContentRef<'de> for ContentRefDeserializer<'_, 'de, E> {
    fn content_ref(&self) -> &Content<'de> {
        self.content
    }
}

fn ref_seq<'a, 'de, V, E>(items: &'a [Content<'de>], v: V) -> Result<V::Value, E>
where
    V: Visitor<'de>,
    E: Error,
{
    visit_seq(items.iter(), v)
}

fn ref_map<'a, 'de, V, E>(entries: &'a [(Content<'de>, Content<'de>)], v: V) -> Result<V::Value, E>
where
    V: Visitor<'de>,
    E: Error,
{
    visit_map(entries.iter().map(|(k, x)| (k, x)), v)
}

impl<'de, E: Error> Deserializer<'de> for ContentRefDeserializer<'_, 'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::String(ref s) => v.visit_str(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(ref b) => v.visit_bytes(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::Unit => v.visit_unit(),
            Content::None => v.visit_none(),
            Content::Some(ref x) => v.visit_some(ContentRefDeserializer::new(x)),
            Content::Newtype(ref x) => v.visit_newtype_struct(ContentRefDeserializer::new(x)),
            Content::Seq(ref items) => ref_seq(items, v),
            Content::Map(ref entries) => ref_map(entries, v),
            Content::Bool(b) => v.visit_bool(b),
            Content::Char(c) => v.visit_char(c),
            ref number => visit_number(number, v, true),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visit_bool(self.content, visitor)
    }

    numbers!(false => deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64);
    numbers!(true => deserialize_f32 deserialize_f64);

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::Char(c) => v.visit_char(c),
            Content::String(ref s) => v.visit_str(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::String(ref s) => v.visit_str(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(ref b) => v.visit_bytes(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::String(ref s) => v.visit_str(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(ref b) => v.visit_bytes(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::Seq(ref items) => ref_seq(items, v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        self.deserialize_bytes(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::None => v.visit_none(),
            Content::Some(ref x) => v.visit_some(ContentRefDeserializer::new(x)),
            Content::Unit => v.visit_unit(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::Unit => v.visit_unit(),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        match *self.content {
            Content::Newtype(ref x) => v.visit_newtype_struct(ContentRefDeserializer::new(x)),
            _ => v.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::Seq(ref items) => ref_seq(items, v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, E> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, E> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::Map(ref entries) => ref_map(entries, v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        match *self.content {
            Content::Seq(ref items) => ref_seq(items, v),
            Content::Map(ref entries) => ref_map(entries, v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        let (variant, value) = match *self.content {
            Content::Map(ref entries) => match entries.as_slice() {
                [(variant, value)] => (variant, Some(value)),
                _ => return Err(not_single_key()),
            },
            ref s @ (Content::String(_) | Content::Str(_)) => (s, None),
            ref other => return Err(E::invalid_type(other.unexpected(), &"string or map")),
        };
        v.visit_enum(Enum {
            variant,
            value,
            err: PhantomData,
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match *self.content {
            Content::String(ref s) => v.visit_str(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(ref b) => v.visit_bytes(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::U8(n) => v.visit_u8(n),
            Content::U64(n) => v.visit_u64(n),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        v.visit_unit()
    }
}
