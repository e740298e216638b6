//! Reading a type out of an owned [`Content`], which it consumes: internally tagged enums read
//! back from their buffer, flattened structs, the value of a variant kept whole.

use core::marker::PhantomData;

use serde::de::{Deserializer, Error, IntoDeserializer, Visitor};

use super::buffer::Content;
use super::shared::{
    ContentRef, Enum, not_single_key, numbers, visit_bool, visit_map, visit_number, visit_seq,
};

/// Reads a type out of an owned [`Content`].
pub struct ContentDeserializer<'de, E> {
    content: Content<'de>,
    err: PhantomData<E>,
}

impl<'de, E> ContentDeserializer<'de, E> {
    #[must_use]
    pub fn new(content: Content<'de>) -> Self {
        ContentDeserializer {
            content,
            err: PhantomData,
        }
    }
}

impl<'de, E: Error> IntoDeserializer<'de, E> for Content<'de> {
    type Deserializer = ContentDeserializer<'de, E>;
    #[inline]
    fn into_deserializer(self) -> Self::Deserializer {
        ContentDeserializer::new(self)
    }
}

impl<'de, E> ContentRef<'de> for ContentDeserializer<'de, E> {
    fn content_ref(&self) -> &Content<'de> {
        &self.content
    }
}

impl<'de, E: Error> Deserializer<'de> for ContentDeserializer<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::Bool(b) => v.visit_bool(b),
            Content::U8(n) => v.visit_u8(n),
            Content::U16(n) => v.visit_u16(n),
            Content::U32(n) => v.visit_u32(n),
            Content::U64(n) => v.visit_u64(n),
            Content::I8(n) => v.visit_i8(n),
            Content::I16(n) => v.visit_i16(n),
            Content::I32(n) => v.visit_i32(n),
            Content::I64(n) => v.visit_i64(n),
            Content::F32(f) => v.visit_f32(f),
            Content::F64(f) => v.visit_f64(f),
            Content::Char(c) => v.visit_char(c),
            Content::String(s) => v.visit_string(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(b) => v.visit_byte_buf(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::Unit => v.visit_unit(),
            Content::None => v.visit_none(),
            Content::Some(x) => v.visit_some(ContentDeserializer::new(*x)),
            Content::Newtype(x) => v.visit_newtype_struct(ContentDeserializer::new(*x)),
            Content::Seq(items) => visit_seq(items.into_iter(), v),
            Content::Map(entries) => visit_map(entries.into_iter(), v),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visit_bool(&self.content, visitor)
    }

    numbers!(false => deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64);
    numbers!(true => deserialize_f32 deserialize_f64);

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::Char(c) => v.visit_char(c),
            Content::String(s) => v.visit_string(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::String(s) => v.visit_string(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(b) => v.visit_byte_buf(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::String(s) => v.visit_string(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(b) => v.visit_byte_buf(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::Seq(items) => visit_seq(items.into_iter(), v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        self.deserialize_bytes(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::None => v.visit_none(),
            Content::Some(x) => v.visit_some(ContentDeserializer::new(*x)),
            Content::Unit => v.visit_unit(),
            // JSON and its kin never say "some": any other value is the inside of a `Some`.
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::Unit => v.visit_unit(),
            // A newtype variant holding `()` in an internally tagged enum: `{"tag":"V"}`.
            Content::Map(ref m) if m.is_empty() => v.visit_unit(),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        match self.content {
            // A newtype variant holding a unit struct, as serde accepts it.
            Content::Map(ref m) if m.is_empty() => v.visit_unit(),
            Content::Seq(ref s) if s.is_empty() => v.visit_unit(),
            _ => self.deserialize_any(v),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, E> {
        match self.content {
            Content::Newtype(x) => v.visit_newtype_struct(ContentDeserializer::new(*x)),
            _ => v.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::Seq(items) => visit_seq(items.into_iter(), v),
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
        match self.content {
            Content::Map(entries) => visit_map(entries.into_iter(), v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        match self.content {
            Content::Seq(items) => visit_seq(items.into_iter(), v),
            Content::Map(entries) => visit_map(entries.into_iter(), v),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, E> {
        let (variant, value) = match self.content {
            Content::Map(entries) => {
                let mut entries = entries.into_iter();
                let Some((variant, value)) = entries.next() else {
                    return Err(not_single_key());
                };
                if entries.next().is_some() {
                    return Err(not_single_key());
                }
                (variant, Some(value))
            }
            s @ (Content::String(_) | Content::Str(_)) => (s, None),
            other => return Err(E::invalid_type(other.unexpected(), &"string or map")),
        };
        v.visit_enum(Enum {
            variant,
            value,
            err: PhantomData,
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        match self.content {
            Content::String(s) => v.visit_string(s),
            Content::Str(s) => v.visit_borrowed_str(s),
            Content::ByteBuf(b) => v.visit_byte_buf(b),
            Content::Bytes(b) => v.visit_borrowed_bytes(b),
            Content::U8(n) => v.visit_u8(n),
            Content::U64(n) => v.visit_u64(n),
            ref other => Err(other.invalid_type(&v)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, E> {
        drop(self);
        v.visit_unit()
    }
}
