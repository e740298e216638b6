//! An internally tagged object whose tag came first: the variant reads the rest of the same map
//! as it comes, without a buffer ([`TagRest`], which refuses a second tag).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected,
    Visitor,
};

use super::body::Expecting;
use super::table::{DeUnion, Shape};
use crate::__private::content::{Content, ContentDeserializer};

/// The `other` variant holding the unknown object: the tag and every other entry, as they came.
pub(super) fn keep_unknown<'de, T, A>(
    variant: usize,
    mut entries: Vec<(Content<'de>, Content<'de>)>,
    mut rest: A,
) -> Result<T, A::Error>
where
    T: DeUnion<'de>,
    A: MapAccess<'de>,
{
    while let Some(key) = rest.next_key::<Content<'de>>()? {
        entries.push((key, rest.next_value()?));
    }
    T::newtype(
        variant,
        ContentDeserializer::<A::Error>::new(Content::Map(entries)),
    )
}

/// The variant after its tag, from the rest of the map.
#[inline]
pub(super) fn internal_rest<'de, T, A>(variant: usize, mut rest: TagRest<A>) -> Result<T, A::Error>
where
    T: DeUnion<'de>,
    A: MapAccess<'de>,
{
    match T::SHAPES[variant] {
        Shape::Unit(_) => {
            while rest.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(T::unit(variant))
        }
        Shape::Newtype(_) => T::newtype(variant, RestDe(rest)),
        Shape::Struct(..) => T::fields(variant, rest),
        Shape::Flat(..) => T::flat(variant, rest),
        Shape::Tuple(..) => Err(A::Error::invalid_type(
            Unexpected::Map,
            &Expecting::<T> {
                variant,
                with_len: false,
                marker: PhantomData,
            },
        )),
    }
}

/// The rest of an internally tagged map once its tag is read: the variant reads its keys from
/// here; a second tag is `duplicate field`, as serde reports it.
pub struct TagRest<A> {
    pub(super) map: A,
    pub(super) tag: &'static str,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TagRest<A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.map.next_key_seed(NotTag {
            seed,
            tag: self.tag,
        })
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// A newtype variant's value after its tag, from the rest of the map: what serde's
/// `ContentDeserializer` does with the buffered object, without the buffer where it can. A map
/// or a struct reads the entries as they come, an `Option` is `Some`, a newtype struct is
/// handed this deserializer (`visit_newtype_struct`, so a newtype over a struct model reads the
/// object); anything else is buffered and read by `ContentDeserializer`, with its messages.
struct RestDe<A>(TagRest<A>);

impl<'de, A: MapAccess<'de>> RestDe<A> {
    /// The rest of the object, buffered.
    fn buffered(mut self) -> Result<ContentDeserializer<'de, A::Error>, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = self.0.next_key::<Content<'de>>()? {
            entries.push((key, self.0.next_value()?));
        }
        Ok(ContentDeserializer::new(Content::Map(entries)))
    }
}

macro_rules! buffer_rest {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, A::Error> {
                self.buffered()?.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for RestDe<A> {
    type Error = A::Error;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }

    #[inline]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }

    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        mut self,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        while self.0.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        visitor.visit_unit()
    }

    buffer_rest! {
        deserialize_bool() deserialize_i8() deserialize_i16()
        deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16()
        deserialize_u32() deserialize_u64() deserialize_u128() deserialize_f32()
        deserialize_f64() deserialize_char() deserialize_str() deserialize_string()
        deserialize_bytes() deserialize_byte_buf() deserialize_unit()
        deserialize_unit_struct(name: &'static str)
        deserialize_seq() deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
        deserialize_identifier()
    }
}

/// A key seed that refuses the tag.
struct NotTag<K> {
    seed: K,
    tag: &'static str,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for NotTag<K> {
    type Value = K::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        self.seed.deserialize(NotTagDe {
            de: deserializer,
            tag: self.tag,
        })
    }
}

/// The key's deserializer, whose visitors refuse the tag.
struct NotTagDe<D> {
    de: D,
    tag: &'static str,
}

macro_rules! forward_de {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {
        $(
            #[inline]
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.de.$method($($arg,)* NotTagVisitor { visitor, tag: self.tag })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for NotTagDe<D> {
    type Error = D::Error;

    forward_de! {
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16()
        deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16()
        deserialize_u32() deserialize_u64() deserialize_u128() deserialize_f32()
        deserialize_f64() deserialize_char() deserialize_str() deserialize_string()
        deserialize_bytes() deserialize_byte_buf() deserialize_option() deserialize_unit()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_seq() deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_map()
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
        deserialize_identifier() deserialize_ignored_any()
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

struct NotTagVisitor<V> {
    visitor: V,
    tag: &'static str,
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty))*) => {
        $(
            #[inline]
            fn $method<E: Error>(self, v: $ty) -> Result<V::Value, E> {
                self.visitor.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for NotTagVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    forward_visit! {
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char)
    }

    #[inline]
    fn visit_str<E: Error>(self, v: &str) -> Result<V::Value, E> {
        if v == self.tag {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_str(v)
    }

    #[inline]
    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<V::Value, E> {
        if v == self.tag {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: Error>(self, v: String) -> Result<V::Value, E> {
        if v == self.tag {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_string(v)
    }

    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<V::Value, E> {
        if v == self.tag.as_bytes() {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_bytes(v)
    }

    fn visit_borrowed_bytes<E: Error>(self, v: &'de [u8]) -> Result<V::Value, E> {
        if v == self.tag.as_bytes() {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_borrowed_bytes(v)
    }

    fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
        if v == self.tag.as_bytes() {
            return Err(E::duplicate_field(self.tag));
        }
        self.visitor.visit_byte_buf(v)
    }

    fn visit_none<E: Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<V::Value, D2::Error> {
        self.visitor.visit_some(d)
    }

    fn visit_unit<E: Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_newtype_struct<D2: Deserializer<'de>>(self, d: D2) -> Result<V::Value, D2::Error> {
        self.visitor.visit_newtype_struct(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(data)
    }
}
