//! String enums: everything but the variant table is here.

use core::fmt;
use core::marker::PhantomData;

use serde::Serializer;
use serde::de::{
    self, Deserialize as _, DeserializeSeed, Deserializer, EnumAccess, Error, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use super::content::{Content, ContentRefDeserializer, ContentVisitor};

/// What a derived string enum tells the shared code.
pub trait StrEnum: Sized {
    /// The enum's Rust name: what serde's messages say.
    const NAME: &'static str;
    /// The name handed to `serialize_unit_variant` (serde's `rename` on the container).
    const SER_NAME: &'static str = Self::NAME;
    /// The name handed to `deserialize_enum`.
    const DE_NAME: &'static str = Self::NAME;
    /// Wire values of the known variants, in declaration order.
    const VARIANTS: &'static [&'static str];
    /// The `#[api(other)]` catch-all's constructor: any other string is kept in it.
    const OTHER: Option<fn(String) -> Self>;
    /// The names read, each with its index into `VARIANTS`, when they are not `VARIANTS`
    /// themselves (serde's `alias`, `rename(deserialize = ..)`); empty otherwise.
    const READ: &'static [(&'static str, usize)] = &[];
    /// Every name read, in serde_derive's order: what `unknown variant` lists.
    const EXPECTED: &'static [&'static str] = Self::VARIANTS;
    /// serde's `expecting = "..."`: what the enum's messages say is expected.
    const EXPECTING: Option<&'static str> = None;
    /// serde's `other` on a unit variant of an identifier enum: its index into `VARIANTS`,
    /// read for every unknown name and index.
    const FALLBACK: Option<usize> = None;

    /// The known variant at `index` into `VARIANTS` (only called with valid indices).
    fn from_index(index: usize) -> Self;
    /// The index into `VARIANTS`, or the catch-all's string.
    fn index(&self) -> Result<usize, &str>;
}

// The helpers below are not generic, so they are compiled once here rather than once per enum
// in every user crate.

/// The wire value: `VARIANTS[index]`, or the catch-all's string.
#[inline]
pub fn wire<'a>(variants: &'static [&'static str], index: Result<usize, &'a str>) -> &'a str {
    match index {
        Ok(index) => variants[index],
        Err(other) => other,
    }
}

/// The index of `s` in `variants`.
#[inline]
pub fn position(variants: &[&str], s: &str) -> Option<usize> {
    variants.iter().position(|v| *v == s)
}

/// `FromStr` of a closed enum: the index of a known wire value, or an error.
pub fn parse(
    name: &'static str,
    variants: &'static [&'static str],
    s: &str,
) -> Result<usize, crate::error::ParseEnumError> {
    position(variants, s).ok_or_else(|| crate::error::ParseEnumError::new(name, s, variants))
}

/// `FromStr` of an open enum: the index of a known wire value, or the value for the catch-all.
pub fn parse_open(variants: &[&str], s: &str) -> Result<usize, String> {
    position(variants, s).ok_or_else(|| s.to_owned())
}

fn known<T: StrEnum>(s: &str) -> Option<T> {
    read_index::<T>(s.as_bytes()).map(T::from_index)
}

/// The index of the variant read as `name`.
#[inline]
fn read_index<T: StrEnum>(name: &[u8]) -> Option<usize> {
    if T::READ.is_empty() {
        T::VARIANTS.iter().position(|v| v.as_bytes() == name)
    } else {
        T::READ
            .iter()
            .find(|(read, _)| read.as_bytes() == name)
            .map(|(_, index)| *index)
    }
}

/// `Serialize`: a closed enum as serde_derive's unit variant; an open one as a plain string.
#[inline]
pub fn serialize<T: StrEnum, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    match value.index() {
        Ok(index) if T::OTHER.is_none() => serializer.serialize_unit_variant(
            T::SER_NAME,
            u32::try_from(index).unwrap_or(u32::MAX),
            T::VARIANTS[index],
        ),
        Ok(index) => serializer.serialize_str(T::VARIANTS[index]),
        Err(other) => serializer.serialize_str(other),
    }
}

/// `Deserialize`: a closed enum as serde_derive's enum of unit variants; an open one as
/// serde_derive's enum of those unit variants and a last `#[serde(untagged)] Other(String)`:
/// a string is a known value or the catch-all's, anything else is buffered and tried as serde
/// tries it (`buffered` below), once the format has returned (so its errors carry the position
/// serde's do).
#[inline]
pub fn deserialize<'de, T: StrEnum, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let Some(other) = T::OTHER else {
        return deserializer.deserialize_enum(
            T::DE_NAME,
            T::EXPECTED,
            ClosedVisitor::<T>(PhantomData),
        );
    };
    // A self-describing format may hold serde's map form of a unit variant; a compact one
    // (postcard, bincode) has no `deserialize_any` and holds the string this writes.
    let read = if deserializer.is_human_readable() {
        deserializer.deserialize_any(OpenVisitor(other))?
    } else {
        deserializer.deserialize_string(OpenVisitor(other))?
    };
    match read {
        Ok(value) => Ok(value),
        Err(content) => buffered(other, &content),
    }
}

struct ClosedVisitor<T>(PhantomData<T>);

impl<'de, T: StrEnum> Visitor<'de> for ClosedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match T::EXPECTING {
            Some(text) => f.write_str(text),
            None => write!(f, "enum {}", T::NAME),
        }
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (index, variant) = data.variant_seed(VariantKey::<T>(PhantomData))?;
        variant.unit_variant()?;
        Ok(T::from_index(index))
    }
}

/// serde_derive's variant identifier: a wire value or an index.
struct VariantKey<T>(PhantomData<T>);

impl<'de, T: StrEnum> DeserializeSeed<'de> for VariantKey<T> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<T: StrEnum> Visitor<'_> for VariantKey<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<usize, E> {
        match usize::try_from(value) {
            Ok(index) if index < T::VARIANTS.len() => Ok(index),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(value),
                &VariantIndex(T::VARIANTS.len()),
            )),
        }
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        read_index::<T>(value.as_bytes()).ok_or_else(|| E::unknown_variant(value, T::EXPECTED))
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        read_index::<T>(value)
            .ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(value), T::EXPECTED))
    }
}

/// serde_derive's "variant index 0 <= i < N".
struct VariantIndex(usize);

impl de::Expected for VariantIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "variant index 0 <= i < {}", self.0)
    }
}

/// An open enum's input: a string, read; anything else, buffered (`Err`).
struct OpenVisitor<T>(fn(String) -> T);

/// serde_derive's order for an enum with untagged variants: the tagged variants first (a known
/// value, also in serde's map form `{"value": null}`), then the `String` of the catch-all; no
/// variant reading the value is serde's message.
fn buffered<T: StrEnum, E: Error>(other: fn(String) -> T, content: &Content<'_>) -> Result<T, E> {
    if let Ok(known) = ContentRefDeserializer::<E>::new(content).deserialize_enum(
        T::DE_NAME,
        T::VARIANTS,
        ClosedVisitor::<T>(PhantomData),
    ) {
        return Ok(known);
    }
    match String::deserialize(ContentRefDeserializer::<E>::new(content)) {
        Ok(s) => Ok(other(s)),
        Err(_) => Err(E::custom(format_args!(
            "data did not match any variant of untagged enum {}",
            T::NAME
        ))),
    }
}

/// The visits that are not a string, buffered through [`ContentVisitor`].
macro_rules! buffer_value {
    ($($method:ident($($arg:ident: $ty:ty)?))*) => {
        $(
            fn $method<E: Error>(self, $($arg: $ty)?) -> Result<Self::Value, E> {
                ContentVisitor.$method($($arg)?).map(Err)
            }
        )*
    };
}

impl<'de, T: StrEnum> Visitor<'de> for OpenVisitor<T> {
    type Value = Result<T, Content<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Ok(
            known(value).unwrap_or_else(|| (self.0)(value.to_owned()))
        ))
    }

    #[inline]
    fn visit_string<E: Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Ok(match known(&value) {
            Some(known) => known,
            None => (self.0)(value),
        }))
    }

    // Bytes are not a variant name to serde (its buffer's `deserialize_enum` takes strings
    // only), but `String` reads them: they are the catch-all's, even a known value's bytes.
    buffer_value! {
        visit_bool(v: bool) visit_i8(v: i8) visit_i16(v: i16) visit_i32(v: i32)
        visit_i64(v: i64) visit_u8(v: u8) visit_u16(v: u16) visit_u32(v: u32) visit_u64(v: u64)
        visit_f32(v: f32) visit_f64(v: f64) visit_char(v: char) visit_bytes(v: &[u8])
        visit_byte_buf(v: Vec<u8>) visit_unit() visit_none()
    }

    fn visit_borrowed_bytes<E: Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        ContentVisitor.visit_borrowed_bytes(v).map(Err)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        ContentVisitor.visit_some(d).map(Err)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        ContentVisitor.visit_newtype_struct(d).map(Err)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        ContentVisitor.visit_seq(seq).map(Err)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        ContentVisitor.visit_map(map).map(Err)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        ContentVisitor.visit_enum(data).map(Err)
    }
}

/// `Deserialize` of serde's `variant_identifier` / `field_identifier` enums: read with
/// `deserialize_identifier`, from a name (string or bytes) or an index, as serde_derive's
/// identifier visitors.
#[inline]
pub fn identifier<'de, T: StrEnum, D: Deserializer<'de>>(
    deserializer: D,
    field: bool,
) -> Result<T, D::Error> {
    deserializer.deserialize_identifier(Identifier::<T> {
        field,
        marker: PhantomData,
    })
}

struct Identifier<T> {
    /// A `field_identifier` (unknown names are unknown fields), else a `variant_identifier`.
    field: bool,
    marker: PhantomData<T>,
}

impl<T: StrEnum> Identifier<T> {
    fn unknown<E: Error>(&self, value: &str) -> Result<T, E> {
        if let Some(index) = T::FALLBACK {
            return Ok(T::from_index(index));
        }
        match T::OTHER {
            Some(other) => Ok(other(value.to_owned())),
            None if self.field => Err(E::unknown_field(value, T::EXPECTED)),
            None => Err(E::unknown_variant(value, T::EXPECTED)),
        }
    }
}

impl<T: StrEnum> Visitor<'_> for Identifier<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.field {
            "field identifier"
        } else {
            "variant identifier"
        })
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<T, E> {
        let len = T::VARIANTS.len();
        match usize::try_from(value) {
            Ok(index) if index < len => Ok(T::from_index(index)),
            _ if T::FALLBACK.is_some() => self.unknown(""),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(value),
                &super::de::IndexRange(if self.field { "field" } else { "variant" }, len),
            )),
        }
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        match read_index::<T>(value.as_bytes()) {
            Some(index) => Ok(T::from_index(index)),
            None => self.unknown(value),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<T, E> {
        match read_index::<T>(value) {
            Some(index) => Ok(T::from_index(index)),
            None => self.unknown(&String::from_utf8_lossy(value)),
        }
    }
}
