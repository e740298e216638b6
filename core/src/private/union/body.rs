//! A variant's data once its variant is known: a tuple or struct variant from a sequence or a
//! map, a newtype variant's value, a struct variant as the model its fields are read into.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Unexpected, Visitor,
};

use super::table::{DeUnion, Shape};
use crate::__private::de::{DeStruct, SeqFields};

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

/// serde_derive's "tuple variant `E::V`" / "struct variant `E::V`" (`with N elements`).
pub(super) struct Expecting<T> {
    pub(super) variant: usize,
    pub(super) with_len: bool,
    pub(super) marker: PhantomData<T>,
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
pub(super) struct Body<T> {
    variant: usize,
    /// A struct variant also reads a sequence (not untagged ones, nor adjacently tagged
    /// content: serde_derive gives those no `visit_seq`).
    struct_seq: bool,
    marker: PhantomData<T>,
}

impl<T> Body<T> {
    pub(super) fn new(variant: usize) -> Self {
        Body {
            variant,
            struct_seq: true,
            marker: PhantomData,
        }
    }

    pub(super) fn untagged(variant: usize) -> Self {
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
pub(super) struct FlatSeed<T>(pub(super) usize, pub(super) PhantomData<T>);

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for FlatSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(Body::<T>::new(self.0))
    }
}

/// A newtype variant's value.
pub(super) struct NewtypeSeed<T> {
    pub(super) variant: usize,
    pub(super) marker: PhantomData<T>,
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for NewtypeSeed<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::newtype(self.variant, deserializer)
    }
}
