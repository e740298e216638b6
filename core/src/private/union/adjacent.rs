//! Adjacently tagged enums (`tag` + `content`): `{"tag": "variant", "content": data}`, serde's
//! state machine over the two keys; the content is read in place when the tag comes first.

use core::fmt;
use core::marker::PhantomData;

use serde::de::Deserialize as _;
use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::identifier::VariantKey;
use super::table::{DeUnion, Shape, expecting, keeps_unknown};
use super::untagged::ContentSeed;
use crate::__private::content::{Content, ContentDeserializer, ContentRefDeserializer};
use crate::__private::de::MissingField;

// Reading

/// `Deserialize` of an adjacently tagged enum: serde's state machine over `tag` and `content`;
/// the content is read in place when the tag comes first.
#[inline]
pub fn adjacent<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    if keeps_unknown::<T>() {
        // The `other` variant keeps the whole object (unknown keys included): buffer it, and
        // read it as any other adjacently tagged enum when its tag is known.
        let content = Content::deserialize(deserializer)?;
        if let Some(other) = adjacent_other::<T, D::Error>(&content) {
            return T::newtype(other, ContentDeserializer::<D::Error>::new(content));
        }
        return ContentDeserializer::<D::Error>::new(content).deserialize_struct(
            T::NAME,
            T::KEYS,
            Adjacent::<T>(PhantomData),
        );
    }
    deserializer.deserialize_struct(T::NAME, T::KEYS, Adjacent::<T>(PhantomData))
}

/// The `other` variant, when `content` is an object whose tag names no known variant.
fn adjacent_other<'de, T: DeUnion<'de>, E: Error>(content: &Content<'de>) -> Option<usize> {
    let Content::Map(entries) = content else {
        return None;
    };
    let (_, tag) = entries.iter().find(|(k, _)| k.as_str() == Some(T::TAG))?;
    let variant = AdjacentTag::<T>(PhantomData)
        .deserialize(ContentRefDeserializer::<E>::new(tag))
        .ok()?;
    (T::OTHER == Some(variant)).then_some(variant)
}

struct Adjacent<T>(PhantomData<T>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Tag,
    Content,
    Other,
}

/// serde's `TagContentOtherFieldVisitor` / `TagOrContentFieldVisitor` (with
/// `deny_unknown_fields`).
struct KeySeed<T>(PhantomData<T>);

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for KeySeed<T> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for KeySeed<T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if T::DENY_UNKNOWN {
            write!(f, "{:?} or {:?}", T::TAG, T::CONTENT)
        } else {
            write!(f, "{:?}, {:?}, or other ignored fields", T::TAG, T::CONTENT)
        }
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<Key, E> {
        match value {
            0 => Ok(Key::Tag),
            1 => Ok(Key::Content),
            _ if T::DENY_UNKNOWN => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
            _ => Ok(Key::Other),
        }
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Key, E> {
        match Self::key(value.as_bytes()) {
            Key::Other if T::DENY_UNKNOWN => Err(E::invalid_value(Unexpected::Str(value), &self)),
            key => Ok(key),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<Key, E> {
        match Self::key(value) {
            Key::Other if T::DENY_UNKNOWN => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
            key => Ok(key),
        }
    }
}

impl<'de, T: DeUnion<'de>> KeySeed<T> {
    fn key(value: &[u8]) -> Key {
        if value == T::TAG.as_bytes() {
            Key::Tag
        } else if value == T::CONTENT.as_bytes() {
            Key::Content
        } else {
            Key::Other
        }
    }
}

/// The next `tag` or `content` key, stepping over others.
fn next_relevant<'de, T, A>(map: &mut A) -> Result<Option<Key>, A::Error>
where
    T: DeUnion<'de>,
    A: MapAccess<'de>,
{
    while let Some(key) = map.next_key_seed(KeySeed::<T>(PhantomData))? {
        if key == Key::Other {
            map.next_value::<IgnoredAny>()?;
        } else {
            return Ok(Some(key));
        }
    }
    Ok(None)
}

/// After the variant: only unknown keys may follow.
fn adjacent_end<'de, T, A>(map: &mut A, value: T) -> Result<T, A::Error>
where
    T: DeUnion<'de>,
    A: MapAccess<'de>,
{
    match next_relevant::<T, A>(map)? {
        Some(Key::Tag) => Err(A::Error::duplicate_field(T::TAG)),
        Some(_) => Err(A::Error::duplicate_field(T::CONTENT)),
        None => Ok(value),
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for Adjacent<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting::<T>(f, "adjacently tagged enum ")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match next_relevant::<T, A>(&mut map)? {
            Some(Key::Tag) => {
                let variant = map.next_value_seed(AdjacentTag::<T>(PhantomData))?;
                match next_relevant::<T, A>(&mut map)? {
                    Some(Key::Tag) => Err(A::Error::duplicate_field(T::TAG)),
                    Some(_) => {
                        let value = map.next_value_seed(ContentSeed::<T>::new(variant))?;
                        adjacent_end(&mut map, value)
                    }
                    None => match T::SHAPES[variant] {
                        Shape::Unit(_) => Ok(T::unit(variant)),
                        Shape::Newtype(_) => {
                            T::newtype(variant, MissingField::<A::Error>(T::CONTENT, PhantomData))
                        }
                        _ => Err(A::Error::missing_field(T::CONTENT)),
                    },
                }
            }
            Some(_) => {
                // The content before the tag: buffered until the tag says what it is.
                let content: Content<'de> = map.next_value()?;
                match next_relevant::<T, A>(&mut map)? {
                    Some(Key::Tag) => {
                        let variant = map.next_value_seed(AdjacentTag::<T>(PhantomData))?;
                        let value = ContentSeed::<T>::new(variant)
                            .deserialize(ContentDeserializer::<A::Error>::new(content))?;
                        adjacent_end(&mut map, value)
                    }
                    Some(_) => Err(A::Error::duplicate_field(T::CONTENT)),
                    None => Err(A::Error::missing_field(T::TAG)),
                }
            }
            None => Err(A::Error::missing_field(T::TAG)),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        // serde reads this tag as an identifier, not as the unit variant the map form reads.
        let Some(variant) = seq.next_element_seed(VariantKey::<T>::new())? else {
            return Err(A::Error::invalid_length(0, &self));
        };
        match seq.next_element_seed(ContentSeed::<T>::new(variant))? {
            Some(value) => Ok(value),
            None => Err(A::Error::invalid_length(1, &self)),
        }
    }
}

/// The tag of an adjacently tagged enum: a unit variant of the enum (serde's
/// `AdjacentlyTaggedEnumVariantSeed`).
struct AdjacentTag<T>(PhantomData<T>);

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for AdjacentTag<T> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_enum(T::NAME, T::EXPECTED, self)
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for AdjacentTag<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "variant of enum {}", T::TYPE_NAME)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (variant, access) = data.variant_seed(VariantKey::<T>::new())?;
        access.unit_variant()?;
        Ok(variant)
    }
}

// Writing

/// An adjacently tagged variant's tag: serde's unit variant (so non-self-describing formats
/// write its index).
struct TagAsUnitVariant {
    name: &'static str,
    index: u32,
    wire: &'static str,
}

impl Serialize for TagAsUnitVariant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_variant(self.name, self.index, self.wire)
    }
}

/// An adjacently tagged variant: `{"tag": "wire"}`, or with `"content": value`.
#[inline]
pub fn adjacent_variant<S: Serializer, V: ?Sized + Serialize>(
    serializer: S,
    name: &'static str,
    index: u32,
    (tag, wire): (&'static str, &'static str),
    content: Option<(&'static str, &V)>,
) -> Result<S::Ok, S::Error> {
    let mut state = serializer.serialize_struct(name, 1 + usize::from(content.is_some()))?;
    state.serialize_field(tag, &TagAsUnitVariant { name, index, wire })?;
    if let Some((key, value)) = content {
        state.serialize_field(key, value)?;
    }
    state.end()
}
