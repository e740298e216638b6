//! Internally tagged enums (`tag`): `{"tag": "variant", ..fields}`. Which way an object is read
//! is decided here: when the tag is its first key the variant goes on reading the same map
//! ([`tag_first`](super::tag_first)); otherwise the object is buffered, as serde does, and read
//! back once the tag is known ([`buffered`](super::buffered)).

use core::fmt;
use core::marker::PhantomData;

use serde::de::Deserialize as _;
use serde::de::{self, DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};

use super::buffered::internal_content;
use super::identifier::VariantKey;
use super::table::{DeUnion, expecting, keeps_unknown};
use super::tag_first::{TagRest, internal_rest, keep_unknown};
use crate::__private::content::{Content, ContentRefDeserializer};
use crate::__private::ser::Fields as WriteFields;

// Reading

/// `Deserialize` of an internally tagged enum. A map whose first key is the tag is read in
/// one pass; any other input is buffered and dispatched as serde does, after the format's
/// `deserialize_any` has returned (so its errors carry no position, as serde's).
#[inline]
pub fn internal<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    match deserializer.deserialize_any(Internal::<T>(PhantomData))? {
        Outcome::Done(value) => Ok(value),
        Outcome::Buffered(variant, content) => internal_content::<T, D::Error>(variant, content),
    }
}

enum Outcome<'de, T> {
    /// Read in one pass (the tag came first).
    Done(T),
    /// The variant and the rest of the input, buffered.
    Buffered(usize, Content<'de>),
}

/// A tag's value, as a variant index (and, when the `other` variant keeps unknown objects,
/// as the value itself).
fn read_tag<'de, T, A>(map: &mut A) -> Result<(usize, Option<Content<'de>>), A::Error>
where
    T: DeUnion<'de>,
    A: MapAccess<'de>,
{
    if keeps_unknown::<T>() {
        let tag: Content<'de> = map.next_value()?;
        let variant =
            VariantKey::<T>::new().deserialize(ContentRefDeserializer::<A::Error>::new(&tag))?;
        Ok((variant, Some(tag)))
    } else {
        Ok((map.next_value_seed(VariantKey::<T>::new())?, None))
    }
}

struct Internal<T>(PhantomData<T>);

impl<'de, T: DeUnion<'de>> Visitor<'de> for Internal<T> {
    type Value = Outcome<'de, T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting::<T>(f, "internally tagged enum ")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // Room for a typical object's keys: growing from one costs more than the tag-first path.
        let mut entries = Vec::with_capacity(8);
        let mut found = None;
        match map.next_key_seed(TagOrKey(T::TAG))? {
            None => return Err(A::Error::missing_field(T::TAG)),
            Some(None) if !T::SERDE => {
                let (variant, tag) = read_tag::<T, A>(&mut map)?;
                let rest = TagRest { map, tag: T::TAG };
                return match (T::OTHER, tag) {
                    (Some(other), Some(tag)) if other == variant => {
                        keep_unknown::<T, _>(variant, vec![(Content::Str(T::TAG), tag)], rest)
                    }
                    _ => internal_rest::<T, _>(variant, rest),
                }
                .map(Outcome::Done);
            }
            Some(None) => {
                let (variant, tag) = read_tag::<T, A>(&mut map)?;
                if let (Some(tag), true) = (tag, T::OTHER == Some(variant)) {
                    entries.push((Content::Str(T::TAG), tag));
                }
                found = Some(variant);
            }
            Some(Some(key)) => entries.push((key, map.next_value::<Content<'de>>()?)),
        }
        // serde's `TaggedContentVisitor`: everything but the tag, buffered.
        while let Some(key) = map.next_key_seed(TagOrKey(T::TAG))? {
            let Some(key) = key else {
                if found.is_some() {
                    return Err(A::Error::duplicate_field(T::TAG));
                }
                let (variant, tag) = read_tag::<T, A>(&mut map)?;
                if let (Some(tag), true) = (tag, T::OTHER == Some(variant)) {
                    // The `other` variant keeps the tag where it came.
                    entries.push((Content::Str(T::TAG), tag));
                }
                found = Some(variant);
                continue;
            };
            entries.push((key, map.next_value()?));
        }
        let Some(variant) = found else {
            return Err(A::Error::missing_field(T::TAG));
        };
        Ok(Outcome::Buffered(variant, Content::Map(entries)))
    }

    /// `[tag, ..fields]`; the `other` variant that keeps unknown input keeps the whole sequence,
    /// its tag included, as it keeps a whole object.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if keeps_unknown::<T>() {
            let Some(tag) = seq.next_element::<Content<'de>>()? else {
                return Err(A::Error::missing_field(T::TAG));
            };
            let variant = VariantKey::<T>::new()
                .deserialize(ContentRefDeserializer::<A::Error>::new(&tag))?;
            let rest = Content::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
            return Ok(Outcome::Buffered(
                variant,
                match rest {
                    Content::Seq(mut items) if T::OTHER == Some(variant) => {
                        items.insert(0, tag);
                        Content::Seq(items)
                    }
                    rest => rest,
                },
            ));
        }
        let Some(variant) = seq.next_element_seed(VariantKey::<T>::new())? else {
            return Err(A::Error::missing_field(T::TAG));
        };
        let rest = Content::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Outcome::Buffered(variant, rest))
    }
}

/// A key of an internally tagged map: the tag, or any other key buffered (serde's
/// `TagOrContentVisitor`).
struct TagOrKey(&'static str);

impl<'de> DeserializeSeed<'de> for TagOrKey {
    /// `None` for the tag.
    type Value = Option<Content<'de>>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<Content<'de>>, D::Error> {
        let key = Content::deserialize(deserializer)?;
        let is_tag = match &key {
            Content::Str(s) => *s == self.0,
            Content::String(s) => s == self.0,
            Content::Bytes(b) => *b == self.0.as_bytes(),
            Content::ByteBuf(b) => b == self.0.as_bytes(),
            _ => false,
        };
        Ok(if is_tag { None } else { Some(key) })
    }
}

// Writing

/// An internally tagged struct variant: `serialize_struct` with the tag first, then its fields.
#[inline]
pub fn tagged_struct<S: Serializer, F: WriteFields>(
    serializer: S,
    name: &'static str,
    tag: &'static str,
    wire: &'static str,
    fields: F,
) -> Result<S::Ok, S::Error> {
    let mut state = serializer.serialize_struct(name, fields.count() + 1)?;
    state.serialize_field(tag, wire)?;
    fields.write(&mut state)?;
    state.end()
}

/// An internally tagged unit variant: `{"tag": "wire"}`.
#[inline]
pub fn tagged_unit<S: Serializer>(
    serializer: S,
    name: &'static str,
    tag: &'static str,
    wire: &'static str,
) -> Result<S::Ok, S::Error> {
    tagged_struct(serializer, name, tag, wire, ())
}
