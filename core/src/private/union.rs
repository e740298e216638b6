//! Data enums: everything but each enum's variant table and its per-variant glue.
//!
//! A data enum implements [`DeUnion`] (its variant table and four small functions that build a
//! variant from a deserializer, a map or a sequence); the visitors of every tagging — external,
//! internal, adjacent, untagged — are here, once, with serde_derive's messages and calls.
//!
//! Internally tagged enums whose tag is the first key are read straight from the input: the
//! variant continues from the same `MapAccess` ([`TagRest`], which refuses a second tag).
//! Otherwise (tag not first, sequence form) the input is buffered first, as serde does.

use core::fmt;
use core::marker::PhantomData;

use super::content::{Content, ContentDeserializer, ContentRefDeserializer};
use super::de::{DeStruct, Fields, SeqFields};
use super::ser::Fields as WriteFields;
use serde::de::Deserialize as _;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error, IgnoredAny, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use serde::ser::{
    self, Impossible, Serialize, SerializeMap, SerializeStruct, SerializeStructVariant, Serializer,
};

/// What a variant holds, with its Rust name (serde's messages name it).
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// `Variant`.
    Unit(&'static str),
    /// `Variant(T)`.
    Newtype(&'static str),
    /// `Variant(A, B, ..)`, with its number of fields.
    Tuple(&'static str, usize),
    /// `Variant { .. }`, with the wire keys of the fields it reads.
    Struct(&'static str, &'static [&'static str]),
    /// `Variant { .. }` with a `flatten` field, with the wire keys of its own fields: read
    /// from a map only, as serde's ([`DeUnion::flat`]).
    Flat(&'static str, &'static [&'static str]),
}

impl Shape {
    fn name(self) -> &'static str {
        match self {
            Shape::Unit(name)
            | Shape::Newtype(name)
            | Shape::Tuple(name, _)
            | Shape::Struct(name, _)
            | Shape::Flat(name, _) => name,
        }
    }
}

/// How a data enum marks its variant on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tagging {
    /// serde's default: `{"variant": content}`.
    External,
    /// `tag`.
    Internal,
    /// `tag` + `content`.
    Adjacent,
    /// `untagged`.
    Untagged,
}

/// A struct variant's field aliases, each with its index in the variant's keys, and every name
/// its fields are read by (serde_derive's order).
pub type FieldAliases = (&'static [(&'static str, usize)], &'static [&'static str]);

/// What a derived data enum tells the shared visitors. Variant indices are declaration
/// indices; `untagged` variants come last.
pub trait DeUnion<'de>: Sized {
    /// The enum's name as serde_derive passes it to `deserialize_enum` (its `rename`).
    const NAME: &'static str;
    /// The enum's Rust name, which serde_derive's messages say (`enum E`, `struct variant E::V`).
    const TYPE_NAME: &'static str = Self::NAME;
    /// Wire names of the tagged variants, in declaration order.
    const VARIANTS: &'static [&'static str];
    /// Other names read as a variant (serde's `alias`), each with its index in `VARIANTS`.
    const ALIASES: &'static [(&'static str, usize)] = &[];
    /// Every name read, aliases included, in serde_derive's order (serde's `VARIANTS`): what
    /// `unknown variant` lists and `deserialize_enum` is told.
    const EXPECTED: &'static [&'static str] = Self::VARIANTS;
    /// The declaration index of each entry of `VARIANTS`, when they differ (a variant serde's
    /// `skip_deserializing` leaves out); empty otherwise.
    const INDICES: &'static [usize] = &[];
    /// Per variant (declaration order), the aliases of its struct fields (each with its index
    /// in the variant's keys) and every name its fields are read by, in serde_derive's order:
    /// empty when no struct variant has a field `alias`.
    const FIELD_ALIASES: &'static [FieldAliases] = &[];
    /// The declaration index of the first `untagged` variant.
    const UNTAGGED_FROM: usize = Self::VARIANTS.len();
    /// `#[api(serde_defaults)]`: serde_derive's behaviour where apimodel's differs on purpose —
    /// an internally tagged object is buffered before it is read even when its tag comes first
    /// (so that errors carry serde's positions), and an untagged enum's error does not say why
    /// each variant refused the input.
    const SERDE: bool = false;
    /// Every variant's shape, in declaration order.
    const SHAPES: &'static [Shape];
    /// How the variant is marked.
    const TAGGING: Tagging = Tagging::External;
    /// `#[api(tag = "...")]`.
    const TAG: &'static str = "";
    /// `#[api(content = "...")]`.
    const CONTENT: &'static str = "";
    /// The index of the `#[api(other)]` variant: unknown tags read as it (a unit variant), or
    /// as it holding the whole object (a newtype variant, of an internally tagged enum).
    const OTHER: Option<usize> = None;
    /// `#[api(deny_unknown_fields)]`: struct variants refuse unknown keys.
    const DENY_UNKNOWN: bool = false;
    /// `[TAG, CONTENT]` of an adjacently tagged enum: the fields of its `deserialize_struct`.
    const KEYS: &'static [&'static str] = &[];

    /// The unit variant at `index`.
    fn unit(index: usize) -> Self {
        let _ = index;
        unreachable!("no unit variant")
    }

    /// The newtype variant at `index`, its value read from `deserializer`.
    fn newtype<D: Deserializer<'de>>(index: usize, deserializer: D) -> Result<Self, D::Error> {
        let _ = (index, deserializer);
        unreachable!("no newtype variant")
    }

    /// The struct variant at `index`, read from a map or (through [`SeqFields`]) a sequence.
    fn fields<F: Fields<'de>>(index: usize, fields: F) -> Result<Self, F::Error> {
        let _ = (index, fields);
        unreachable!("no struct variant")
    }

    /// The tuple variant at `index`, read from a sequence.
    fn seq<A: SeqAccess<'de>>(index: usize, seq: A) -> Result<Self, A::Error> {
        let _ = (index, seq);
        unreachable!("no tuple variant")
    }

    /// The struct variant with a `flatten` field at `index`, read from a map.
    fn flat<A: MapAccess<'de>>(index: usize, map: A) -> Result<Self, A::Error> {
        let _ = (index, map);
        unreachable!("no struct variant that flattens")
    }
}

// ---------------------------------------------------------------------------------------------
// Identifiers

/// serde_derive's variant identifier: a wire name of a tagged variant or its index; unknown
/// ones read as the `other` variant when there is one.
struct VariantKey<T>(PhantomData<T>);

impl<T> VariantKey<T> {
    fn new() -> Self {
        VariantKey(PhantomData)
    }
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for VariantKey<T> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for VariantKey<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<usize, E> {
        let len = T::VARIANTS.len();
        match (usize::try_from(value), T::OTHER) {
            (Ok(index), _) if index < len => Ok(declared::<T>(index)),
            (_, Some(other)) => Ok(other),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(value),
                &super::de::IndexRange("variant", len),
            )),
        }
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        match (variant_index::<T>(value.as_bytes()), T::OTHER) {
            (Some(index), _) | (None, Some(index)) => Ok(index),
            (None, None) => Err(E::unknown_variant(value, T::EXPECTED)),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        match (variant_index::<T>(value), T::OTHER) {
            (Some(index), _) | (None, Some(index)) => Ok(index),
            (None, None) => Err(E::unknown_variant(
                &String::from_utf8_lossy(value),
                T::EXPECTED,
            )),
        }
    }
}

/// The index of the tagged variant named `name` (or one of its aliases).
#[inline]
fn variant_index<'de, T: DeUnion<'de>>(name: &[u8]) -> Option<usize> {
    match T::VARIANTS.iter().position(|v| v.as_bytes() == name) {
        None if !T::ALIASES.is_empty() => T::ALIASES
            .iter()
            .find(|(alias, _)| alias.as_bytes() == name)
            .map(|(_, index)| *index),
        found => found.map(declared::<T>),
    }
}

/// The declaration index of entry `position` of `VARIANTS`.
#[inline]
fn declared<'de, T: DeUnion<'de>>(position: usize) -> usize {
    if T::INDICES.is_empty() {
        position
    } else {
        T::INDICES[position]
    }
}

/// The struct variant at `INDEX` of `T`, as the model its fields are read into: its keys are the
/// variant's, and serde's messages name it `struct variant Enum::Variant`. Generated code reads
/// a struct variant exactly as a struct (`DeStruct::read` or its own loop) with this type in
/// place of the model.
pub struct Variant<T, const INDEX: usize>(PhantomData<T>);

impl<'de, T: DeUnion<'de>, const INDEX: usize> DeStruct<'de> for Variant<T, INDEX> {
    const NAME: &'static str = T::NAME;
    const FIELDS: &'static [&'static str] = match T::SHAPES[INDEX] {
        Shape::Struct(_, fields) | Shape::Flat(_, fields) => fields,
        _ => &[],
    };
    const DENY_UNKNOWN: bool = T::DENY_UNKNOWN;
    const ALIASES: &'static [(&'static str, usize)] = if T::FIELD_ALIASES.is_empty() {
        &[]
    } else {
        T::FIELD_ALIASES[INDEX].0
    };
    const EXPECTED: &'static [&'static str] = if T::FIELD_ALIASES.is_empty() {
        Self::FIELDS
    } else {
        T::FIELD_ALIASES[INDEX].1
    };

    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "struct variant {}::{}",
            T::TYPE_NAME,
            T::SHAPES[INDEX].name()
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Variant bodies: tuple and struct variants read from a sequence or a map.

/// serde_derive's "tuple variant `E::V`" / "struct variant `E::V`" (`with N elements`).
struct Expecting<T> {
    variant: usize,
    with_len: bool,
    marker: PhantomData<T>,
}

impl<'de, T: DeUnion<'de>> de::Expected for Expecting<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shape = T::SHAPES[self.variant];
        let (kind, len) = match shape {
            Shape::Tuple(_, len) => ("tuple", len),
            Shape::Struct(_, fields) | Shape::Flat(_, fields) => ("struct", fields.len()),
            Shape::Unit(_) => ("unit", 0),
            Shape::Newtype(_) => ("newtype", 1),
        };
        write!(f, "{kind} variant {}::{}", T::TYPE_NAME, shape.name())?;
        if self.with_len {
            let plural = if len == 1 { "" } else { "s" };
            write!(f, " with {len} element{plural}")?;
        }
        Ok(())
    }
}

/// The next field of a tuple or struct variant read as a sequence; its end is
/// `invalid length`.
#[inline]
pub fn element<'de, T, A, V>(seq: &mut A, variant: usize, index: usize) -> Result<V, A::Error>
where
    T: DeUnion<'de>,
    A: SeqAccess<'de>,
    V: de::Deserialize<'de>,
{
    match seq.next_element()? {
        Some(value) => Ok(value),
        None => Err(A::Error::invalid_length(
            index,
            &Expecting::<T> {
                variant,
                with_len: true,
                marker: PhantomData,
            },
        )),
    }
}

/// Visits a tuple or struct variant's body.
struct Body<T> {
    variant: usize,
    /// A struct variant also reads a sequence (not untagged ones, nor adjacently tagged
    /// content: serde_derive gives those no `visit_seq`).
    struct_seq: bool,
    marker: PhantomData<T>,
}

impl<T> Body<T> {
    fn new(variant: usize) -> Self {
        Body {
            variant,
            struct_seq: true,
            marker: PhantomData,
        }
    }

    fn untagged(variant: usize) -> Self {
        Body {
            struct_seq: false,
            ..Body::new(variant)
        }
    }
}

impl<'de, T: DeUnion<'de>> Visitor<'de> for Body<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        de::Expected::fmt(
            &Expecting::<T> {
                variant: self.variant,
                with_len: false,
                marker: PhantomData,
            },
            f,
        )
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        match T::SHAPES[self.variant] {
            Shape::Struct(..) if !self.struct_seq => {
                Err(A::Error::invalid_type(Unexpected::Seq, &self))
            }
            // serde reads a struct variant that flattens from a map only.
            Shape::Flat(..) => Err(A::Error::invalid_type(Unexpected::Seq, &self)),
            Shape::Struct(..) => T::fields(self.variant, SeqFields::new(seq)),
            _ => T::seq(self.variant, seq),
        }
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        match T::SHAPES[self.variant] {
            Shape::Struct(..) => T::fields(self.variant, map),
            Shape::Flat(..) => T::flat(self.variant, map),
            _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
        }
    }
}

/// The map a struct variant that flattens is written as (externally tagged: the value of a
/// newtype variant).
struct FlatSeed<T>(usize, PhantomData<T>);

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for FlatSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(Body::<T>::new(self.0))
    }
}

/// A newtype variant's value.
struct NewtypeSeed<T> {
    variant: usize,
    marker: PhantomData<T>,
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for NewtypeSeed<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::newtype(self.variant, deserializer)
    }
}

// ---------------------------------------------------------------------------------------------
// The entry point

/// `Deserialize` of every data enum: the tagged variants by the enum's tagging, then (when
/// the input matched none) its `untagged` variants in order, from a buffer.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    let untagged_from = T::UNTAGGED_FROM;
    if untagged_from == T::SHAPES.len() && T::TAGGING != Tagging::Untagged {
        return tagged::<T, D>(deserializer);
    }
    let content = Content::deserialize(deserializer)?;
    let mut reasons = Vec::new();
    if T::TAGGING != Tagging::Untagged {
        match tagged::<T, _>(ContentRefDeserializer::<D::Error>::new(&content)) {
            Ok(value) => return Ok(value),
            Err(err) => reasons.push(format!("tagged variants: {err}")),
        }
    }
    for (variant, shape) in T::SHAPES.iter().enumerate().skip(untagged_from) {
        match ContentSeed::<T>::new(variant)
            .deserialize(ContentRefDeserializer::<D::Error>::new(&content))
        {
            Ok(value) => return Ok(value),
            Err(err) => reasons.push(format!("{}: {err}", shape.name())),
        }
    }
    // serde's message, followed by why each variant refused the input.
    let why = if reasons.is_empty() || T::SERDE {
        String::new()
    } else {
        format!(": {}", reasons.join("; "))
    };
    Err(D::Error::custom(format_args!(
        "data did not match any variant of untagged enum {}{why}",
        T::TYPE_NAME
    )))
}

fn tagged<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    match T::TAGGING {
        Tagging::External => external(deserializer),
        Tagging::Internal => internal(deserializer),
        Tagging::Adjacent => adjacent(deserializer),
        Tagging::Untagged => Err(D::Error::custom("no tagged variant")),
    }
}

// ---------------------------------------------------------------------------------------------
// Externally tagged

/// `Deserialize` of an externally tagged enum: `deserialize_enum`, no buffering.
#[inline]
pub fn external<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_enum(T::NAME, T::EXPECTED, External::<T>(PhantomData))
}

struct External<T>(PhantomData<T>);

impl<'de, T: DeUnion<'de>> Visitor<'de> for External<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", T::TYPE_NAME)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (variant, access) = data.variant_seed(VariantKey::<T>::new())?;
        match T::SHAPES[variant] {
            Shape::Unit(_) => {
                access.unit_variant()?;
                Ok(T::unit(variant))
            }
            Shape::Newtype(_) => access.newtype_variant_seed(NewtypeSeed::<T> {
                variant,
                marker: PhantomData,
            }),
            Shape::Tuple(_, len) => access.tuple_variant(len, Body::<T>::new(variant)),
            Shape::Struct(_, fields) => access.struct_variant(
                match T::FIELD_ALIASES.get(variant) {
                    Some((_, expected)) => expected,
                    None => fields,
                },
                Body::<T>::new(variant),
            ),
            // serde writes it as a newtype variant holding a map.
            Shape::Flat(..) => access.newtype_variant_seed(FlatSeed::<T>(variant, PhantomData)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Internally tagged

/// `Deserialize` of an internally tagged enum. A map whose first key is the tag is read in
/// one pass; any other input is buffered and dispatched as serde does, after the format's
/// `deserialize_any` has returned (so its errors carry no position, as serde's).
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

/// The `other` variant keeps the whole unknown object.
fn keeps_unknown<'de, T: DeUnion<'de>>() -> bool {
    matches!(T::OTHER.map(|i| T::SHAPES[i]), Some(Shape::Newtype(_)))
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
        write!(f, "internally tagged enum {}", T::TYPE_NAME)
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

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(variant) = seq.next_element_seed(VariantKey::<T>::new())? else {
            return Err(A::Error::missing_field(T::TAG));
        };
        let rest = Content::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Outcome::Buffered(variant, rest))
    }
}

/// The `other` variant holding the unknown object: the tag and every other entry, as they came.
fn keep_unknown<'de, T, A>(
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

/// A buffered internally tagged variant, as serde reads it.
fn internal_content<'de, T, E>(variant: usize, content: Content<'de>) -> Result<T, E>
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

/// The variant after its tag, from the rest of the map.
fn internal_rest<'de, T, A>(variant: usize, mut rest: TagRest<A>) -> Result<T, A::Error>
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

/// The rest of an internally tagged map once its tag is read: the variant reads its keys from
/// here; a second tag is `duplicate field`, as serde reports it.
pub struct TagRest<A> {
    map: A,
    tag: &'static str,
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

// ---------------------------------------------------------------------------------------------
// Adjacently tagged

/// `Deserialize` of an adjacently tagged enum: serde's state machine over `tag` and `content`;
/// the content is read in place when the tag comes first.
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
        write!(f, "adjacently tagged enum {}", T::TYPE_NAME)
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
                        Shape::Newtype(_) => T::newtype(
                            variant,
                            super::de::MissingField::<A::Error>(T::CONTENT, PhantomData),
                        ),
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

/// A variant's data without its tag, as an untagged variant reads it (adjacently tagged
/// content, untagged variants).
struct ContentSeed<T> {
    variant: usize,
    marker: PhantomData<T>,
}

impl<T> ContentSeed<T> {
    fn new(variant: usize) -> Self {
        ContentSeed {
            variant,
            marker: PhantomData,
        }
    }
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for ContentSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let variant = self.variant;
        match T::SHAPES[variant] {
            Shape::Unit(name) => {
                deserializer.deserialize_any(UnitVisitor {
                    name: T::TYPE_NAME,
                    variant: name,
                })?;
                Ok(T::unit(variant))
            }
            Shape::Newtype(_) => T::newtype(variant, deserializer),
            Shape::Tuple(_, len) => deserializer.deserialize_tuple(len, Body::<T>::new(variant)),
            Shape::Struct(..) | Shape::Flat(..) => {
                deserializer.deserialize_any(Body::<T>::untagged(variant))
            }
        }
    }
}

/// serde's `UntaggedUnitVisitor`: `null` (or nothing).
struct UnitVisitor {
    name: &'static str,
    variant: &'static str,
}

impl Visitor<'_> for UnitVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unit variant {}::{}", self.name, self.variant)
    }

    fn visit_unit<E: Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: Error>(self) -> Result<(), E> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Serialization

/// A struct variant's state, written through `SerializeStruct` so that struct variants share
/// the struct fields' steps (`apimodel::__private::ser`).
pub struct AsStruct<S>(pub S);

impl<S: SerializeStructVariant> SerializeStruct for AsStruct<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, value)
    }

    #[inline]
    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        self.0.skip_field(key)
    }

    #[inline]
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// An externally tagged struct variant: `serialize_struct_variant`, its fields (as
/// [`ser::write_struct`](crate::__private::ser::write_struct)), `end`.
#[inline]
pub fn struct_variant<S: Serializer, F: WriteFields>(
    serializer: S,
    name: &'static str,
    index: u32,
    wire: &'static str,
    fields: F,
) -> Result<S::Ok, S::Error> {
    let mut state =
        AsStruct(serializer.serialize_struct_variant(name, index, wire, fields.count())?);
    fields.write(&mut state)?;
    state.end()
}

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

/// A data enum's variant content without its tag (untagged enums; the content of adjacently
/// tagged tuple and struct variants).
pub trait SerBody {
    /// Writes the variant's data alone.
    fn body<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

/// [`SerBody::body`] as a `Serialize` value.
pub struct BodyOf<'a, T>(pub &'a T);

impl<T: SerBody> Serialize for BodyOf<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.body(serializer)
    }
}

/// An internally tagged newtype variant: the value's map or struct with the tag first, as
/// serde's `serialize_tagged_newtype`.
#[inline]
pub fn tagged_newtype<S: Serializer, V: ?Sized + Serialize>(
    serializer: S,
    (name, variant): (&'static str, &'static str),
    tag: &'static str,
    wire: &'static str,
    value: &V,
) -> Result<S::Ok, S::Error> {
    value.serialize(Tagged {
        name,
        variant,
        tag,
        wire,
        delegate: serializer,
    })
}

struct Tagged<S> {
    name: &'static str,
    variant: &'static str,
    tag: &'static str,
    wire: &'static str,
    delegate: S,
}

impl<S: Serializer> Tagged<S> {
    fn bad(&self, what: &str) -> S::Error {
        ser::Error::custom(format_args!(
            "cannot serialize tagged newtype variant {}::{} containing {what}",
            self.name, self.variant
        ))
    }

    /// `{"tag": "wire"}`, with `"inner": null` for a unit variant of an inner enum.
    fn tag_only(self, inner: Option<&'static str>) -> Result<S::Ok, S::Error> {
        let mut map = self
            .delegate
            .serialize_map(Some(1 + usize::from(inner.is_some())))?;
        map.serialize_entry(self.tag, self.wire)?;
        if let Some(key) = inner {
            map.serialize_entry(key, &())?;
        }
        map.end()
    }
}

macro_rules! bad_scalar {
    ($($method:ident($ty:ty) => $what:literal)*) => {
        $(
            fn $method(self, _: $ty) -> Result<S::Ok, S::Error> {
                Err(self.bad($what))
            }
        )*
    };
}

impl<S: Serializer> Serializer for Tagged<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = S::SerializeStruct;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    bad_scalar! {
        serialize_bool(bool) => "a boolean"
        serialize_i8(i8) => "an integer"
        serialize_i16(i16) => "an integer"
        serialize_i32(i32) => "an integer"
        serialize_i64(i64) => "an integer"
        serialize_i128(i128) => "an integer"
        serialize_u8(u8) => "an integer"
        serialize_u16(u16) => "an integer"
        serialize_u32(u32) => "an integer"
        serialize_u64(u64) => "an integer"
        serialize_u128(u128) => "an integer"
        serialize_f32(f32) => "a float"
        serialize_f64(f64) => "a float"
        serialize_char(char) => "a char"
        serialize_str(&str) => "a string"
        serialize_bytes(&[u8]) => "a byte array"
    }

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        Err(self.bad("an optional"))
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(self.bad("an optional"))
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.tag_only(None)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<S::Ok, S::Error> {
        self.tag_only(None)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.tag_only(Some(inner))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let mut map = self.delegate.serialize_map(Some(2))?;
        map.serialize_entry(self.tag, self.wire)?;
        map.serialize_entry(inner, value)?;
        map.end()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(self.bad("a sequence"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(self.bad("a tuple"))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(self.bad("a tuple struct"))
    }

    // serde buffers these; a newtype variant of an internally tagged enum holding an
    // externally tagged tuple or struct variant is refused here instead.
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(self.bad("an enum"))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Err(self.bad("an enum"))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.delegate.serialize_map(len.map(|len| len + 1))?;
        map.serialize_entry(self.tag, self.wire)?;
        Ok(map)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<S::SerializeStruct, S::Error> {
        let mut state = self.delegate.serialize_struct(name, len + 1)?;
        state.serialize_field(self.tag, self.wire)?;
        Ok(state)
    }

    fn is_human_readable(&self) -> bool {
        self.delegate.is_human_readable()
    }
}
