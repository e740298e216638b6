//! Untagged variants (`untagged`, on the enum or on its last variants): the input buffered, each
//! variant tried against it in order, and the error saying why each refused it.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, Error, Visitor};
use serde::ser::{Serialize, Serializer};

use super::body::Body;
use super::table::{DeUnion, Shape};
use crate::__private::content::{Content, ContentRefDeserializer};

// Reading

/// The untagged variants of `T`, tried in order against `content`; `tagged` is why its tagged
/// variants refused it, when it has any. The error is serde's, followed by each variant's reason
/// (not with `serde_defaults`).
pub(super) fn variants<'de, T, E>(content: &Content<'de>, tagged: Option<E>) -> Result<T, E>
where
    T: DeUnion<'de>,
    E: Error,
{
    let mut reasons: Vec<String> = tagged
        .map(|err| format!("tagged variants: {err}"))
        .into_iter()
        .collect();
    for (variant, shape) in T::SHAPES.iter().enumerate().skip(T::UNTAGGED_FROM) {
        match ContentSeed::<T>::new(variant).deserialize(ContentRefDeserializer::<E>::new(content))
        {
            Ok(value) => return Ok(value),
            Err(err) => reasons.push(format!("{}: {err}", shape.name())),
        }
    }
    let why = if reasons.is_empty() || T::SERDE {
        String::new()
    } else {
        format!(": {}", reasons.join("; "))
    };
    match T::EXPECTING {
        Some(text) => Err(E::custom(format_args!("{text}{why}"))),
        None => Err(E::custom(format_args!(
            "data did not match any variant of untagged enum {}{why}",
            T::TYPE_NAME
        ))),
    }
}

/// A variant's data without its tag, as an untagged variant reads it (adjacently tagged
/// content, untagged variants).
pub(super) struct ContentSeed<T> {
    variant: usize,
    marker: PhantomData<T>,
}

impl<T> ContentSeed<T> {
    pub(super) fn new(variant: usize) -> Self {
        ContentSeed {
            variant,
            marker: PhantomData,
        }
    }
}

impl<'de, T: DeUnion<'de>> DeserializeSeed<'de> for ContentSeed<T> {
    type Value = T;

    #[inline]
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

// Writing

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
