//! Externally tagged enums, serde's default: `{"variant": content}` through
//! `deserialize_enum` / `serialize_*_variant`, never buffered.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{Deserializer, EnumAccess, VariantAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, SerializeStructVariant, Serializer};

use super::body::{Body, FlatSeed, NewtypeSeed};
use super::identifier::VariantKey;
use super::table::{DeUnion, Shape, expecting};
use crate::__private::ser::Fields as WriteFields;

// Reading

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
        expecting::<T>(f, "enum ")
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

// Writing

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
