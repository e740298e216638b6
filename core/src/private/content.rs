//! A buffer for one value of any self-describing format, and the deserializers that read a type
//! back out of it: what untagged and internally tagged enums (try a variant, then the next) and
//! `flatten` (the parent keeps the keys it does not own, each flattened field reads its own) need.
//!
//! The calls made on visitors and the error messages are those serde_derive's generated code
//! produces when it reads a type from its own buffer, so a model read through this module fails
//! with the same message as its `#[derive(Deserialize)]` twin.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    Deserialize, DeserializeSeed, Deserializer, EnumAccess, Error, Expected, IntoDeserializer,
    MapAccess, SeqAccess, Unexpected, VariantAccess, Visitor,
};

/// One buffered value. Strings and bytes the format lends for `'de` stay borrowed.
#[derive(Clone, Debug, PartialEq)]
pub enum Content<'de> {
    Bool(bool),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
    Char(char),
    String(String),
    Str(&'de str),
    ByteBuf(Vec<u8>),
    Bytes(&'de [u8]),
    None,
    Some(Box<Content<'de>>),
    Unit,
    Newtype(Box<Content<'de>>),
    Seq(Vec<Content<'de>>),
    Map(Vec<(Content<'de>, Content<'de>)>),
}

impl Content<'_> {
    /// The text of a string key (or of bytes that are UTF-8), as a flattened struct matches it.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Content::Str(s) => Some(s),
            Content::String(s) => Some(s),
            Content::Bytes(b) => core::str::from_utf8(b).ok(),
            Content::ByteBuf(b) => core::str::from_utf8(b).ok(),
            _ => None,
        }
    }

    /// How serde names this value in `invalid type: …` errors.
    #[must_use]
    pub fn unexpected(&self) -> Unexpected<'_> {
        match *self {
            Content::Bool(b) => Unexpected::Bool(b),
            Content::U8(n) => Unexpected::Unsigned(u64::from(n)),
            Content::U16(n) => Unexpected::Unsigned(u64::from(n)),
            Content::U32(n) => Unexpected::Unsigned(u64::from(n)),
            Content::U64(n) => Unexpected::Unsigned(n),
            Content::I8(n) => Unexpected::Signed(i64::from(n)),
            Content::I16(n) => Unexpected::Signed(i64::from(n)),
            Content::I32(n) => Unexpected::Signed(i64::from(n)),
            Content::I64(n) => Unexpected::Signed(n),
            Content::F32(f) => Unexpected::Float(f64::from(f)),
            Content::F64(f) => Unexpected::Float(f),
            Content::Char(c) => Unexpected::Char(c),
            Content::String(ref s) => Unexpected::Str(s),
            Content::Str(s) => Unexpected::Str(s),
            Content::ByteBuf(ref b) => Unexpected::Bytes(b),
            Content::Bytes(b) => Unexpected::Bytes(b),
            Content::None | Content::Some(_) => Unexpected::Option,
            Content::Unit => Unexpected::Unit,
            Content::Newtype(_) => Unexpected::NewtypeStruct,
            Content::Seq(_) => Unexpected::Seq,
            Content::Map(_) => Unexpected::Map,
        }
    }

    fn invalid_type<E: Error>(&self, exp: &dyn Expected) -> E {
        E::invalid_type(self.unexpected(), exp)
    }
}

// ---------------------------------------------------------------------------------------------
// Buffering: `Content: Deserialize`.

impl<'de> Deserialize<'de> for Content<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ContentVisitor)
    }
}

/// Never preallocate more than this many elements from a format's size hint.
const MAX_PREALLOC: usize = 4096;

/// Buffers any one value (`Content::deserialize`'s visitor; the open string enums buffer what is
/// not a string through it).
pub(crate) struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = Content<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Content<'de>, E> {
        Ok(Content::Bool(v))
    }
    fn visit_i8<E>(self, v: i8) -> Result<Content<'de>, E> {
        Ok(Content::I8(v))
    }
    fn visit_i16<E>(self, v: i16) -> Result<Content<'de>, E> {
        Ok(Content::I16(v))
    }
    fn visit_i32<E>(self, v: i32) -> Result<Content<'de>, E> {
        Ok(Content::I32(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Content<'de>, E> {
        Ok(Content::I64(v))
    }
    fn visit_u8<E>(self, v: u8) -> Result<Content<'de>, E> {
        Ok(Content::U8(v))
    }
    fn visit_u16<E>(self, v: u16) -> Result<Content<'de>, E> {
        Ok(Content::U16(v))
    }
    fn visit_u32<E>(self, v: u32) -> Result<Content<'de>, E> {
        Ok(Content::U32(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Content<'de>, E> {
        Ok(Content::U64(v))
    }
    fn visit_f32<E>(self, v: f32) -> Result<Content<'de>, E> {
        Ok(Content::F32(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Content<'de>, E> {
        Ok(Content::F64(v))
    }
    fn visit_char<E>(self, v: char) -> Result<Content<'de>, E> {
        Ok(Content::Char(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Content<'de>, E> {
        Ok(Content::String(v.into()))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Content<'de>, E> {
        Ok(Content::Str(v))
    }
    fn visit_string<E>(self, v: String) -> Result<Content<'de>, E> {
        Ok(Content::String(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Content<'de>, E> {
        Ok(Content::ByteBuf(v.into()))
    }
    fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<Content<'de>, E> {
        Ok(Content::Bytes(v))
    }
    fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Content<'de>, E> {
        Ok(Content::ByteBuf(v))
    }
    fn visit_unit<E>(self) -> Result<Content<'de>, E> {
        Ok(Content::Unit)
    }
    fn visit_none<E>(self) -> Result<Content<'de>, E> {
        Ok(Content::None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Content<'de>, D::Error> {
        Content::deserialize(d).map(|v| Content::Some(Box::new(v)))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Content<'de>, D::Error> {
        Content::deserialize(d).map(|v| Content::Newtype(Box::new(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PREALLOC));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Content<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(MAX_PREALLOC));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Content::Map(entries))
    }
    fn visit_enum<A: EnumAccess<'de>>(self, _data: A) -> Result<Content<'de>, A::Error> {
        Err(A::Error::custom(
            "untagged and internally tagged enums do not support enum input",
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Reading back: what is the same by value and by reference.

/// Scalars are `Copy`: both deserializers read them through a reference.
fn visit_bool<'de, V: Visitor<'de>, E: Error>(c: &Content<'de>, v: V) -> Result<V::Value, E> {
    match *c {
        Content::Bool(b) => v.visit_bool(b),
        _ => Err(c.invalid_type(&v)),
    }
}

/// An integer of any width, or (`float`) also a float, as serde's content deserializers accept.
fn visit_number<'de, V: Visitor<'de>, E: Error>(
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

fn visit_seq<'de, I, T, V, E>(items: I, visitor: V) -> Result<V::Value, E>
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

fn visit_map<'de, I, K, X, V, E>(entries: I, visitor: V) -> Result<V::Value, E>
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
fn not_single_key<E: Error>() -> E {
    E::invalid_value(Unexpected::Map, &"map with a single key")
}

/// A [`Content`] owned (read by value) or borrowed (by reference): what an externally tagged
/// enum in a buffer hands its variant. Each turns into its deserializer; both are looked at
/// through [`Buffer::content`].
trait Buffer<'de, E: Error>: IntoDeserializer<'de, E> {
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
struct Enum<C, E> {
    variant: C,
    value: Option<C>,
    err: PhantomData<E>,
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

struct Variant<C, E> {
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

// ---------------------------------------------------------------------------------------------
// By value.

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

macro_rules! numbers {
    ($float:literal => $($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
            visit_number(self.content_ref(), visitor, $float)
        }
    )*};
}

/// The two deserializers share the scalar methods through `content_ref`.
trait ContentRef<'de> {
    fn content_ref(&self) -> &Content<'de>;
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

// ---------------------------------------------------------------------------------------------
// By reference: an untagged enum tries each variant against the same buffer.

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

// ---------------------------------------------------------------------------------------------
// Flatten: the parent's leftover entries.

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

/// A flattened `Option<T>`: `None` whenever `T` cannot be read from the leftovers (missing or
/// wrong alike — serde's behaviour; the entries `T` took before failing stay taken).
#[inline]
pub fn flat_option<'de, T: Deserialize<'de>, E: Error>(
    leftovers: &mut Leftovers<'de>,
) -> Result<Option<T>, E> {
    Ok(T::deserialize(FlatMapDeserializer::<E>::new(leftovers)).ok())
}
