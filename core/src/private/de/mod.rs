//! Deserialization shared by every model: the key tables, the visitor, the error rules.
//!
//! A model implements [`DeStruct`] (its field table and the typed `visit_map` / `visit_seq`
//! bodies); everything else — the `Visitor`, matching keys against the table, duplicate and
//! missing-field errors — is here, once. The messages and the calls made on the `Deserializer`
//! are serde_derive's, so every format behaves as with `#[derive(Deserialize)]`.
//!
//! | file | the question it answers |
//! |---|---|
//! | `mod.rs` | `Deserialize` of every model: the shared visitor |
//! | `model` | through which traits is a struct read ([`DeStruct`], [`Fields`], [`Slots`])? |
//! | `fields` | how are fields read from a map or a sequence, and what is an absent one? |
//! | `key` | which field does a key name? |
//! | `value` | what does a generated body call for each field's value? |
//! | `slots` | how does one loop compiled here read a struct of up to 16 keys? |
//! | `additional` | where do the unknown keys of a model with `additional_properties` go? |
//! | `flatten` | how are the keys a model that flattens does not own kept for its flattened fields? |
//! | `newtype`, `unit` | how are a newtype and a unit struct read? |
//! | `borrow` | how is serde's `borrow` on a `Cow` field read? |

mod additional;
mod borrow;
mod fields;
mod flatten;
mod key;
mod model;
mod newtype;
mod slots;
mod unit;
mod value;

use core::fmt;
use core::marker::PhantomData;

use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};

pub use additional::{AdditionalProperties, Key, next_key_or_other, other};
pub use borrow::{borrow_cow_bytes, borrow_cow_str};
pub use fields::{SeqFields, next_key};
pub use flatten::{FlatKey, collect, deny_leftovers, next_key_flat};
pub use key::UNKNOWN;
pub use model::{DeStruct, Fields, Out, Slots};
pub use newtype::{newtype, newtype_expecting};
pub use slots::{Dflt, Raw, Req, Slot};
pub use unit::{unit_struct, unit_struct_expecting};
pub use value::{ignore, or_absent, or_default, tri_state, value};

pub(crate) use fields::MissingField;
pub(crate) use key::IndexRange;

/// `Deserialize::deserialize` of every model.
#[inline]
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeStruct<'de>,
    D: Deserializer<'de>,
{
    let visitor = StructVisitor::<T>(PhantomData);
    if T::FLATTEN {
        deserializer.deserialize_map(visitor)
    } else {
        deserializer.deserialize_struct(T::NAME, T::EXPECTED, visitor)
    }
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expecting(f)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::visit_map(map)
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::visit(SeqFields::new(seq))
    }
}
