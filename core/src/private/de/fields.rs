//! Where a model's fields come from: any serde map, or a sequence through [`SeqFields`]; and
//! what a field that did not come is (serde's rule for a missing key, `invalid length` for a
//! short sequence).

use core::fmt;
use core::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::key::FieldKey;
use super::model::{DeStruct, Fields};

impl<'de, A: MapAccess<'de>> Fields<'de> for A {
    type Error = A::Error;

    #[inline]
    fn next_field<T: DeStruct<'de>>(&mut self) -> Result<Option<usize>, A::Error> {
        self.next_key_seed(FieldKey::<T>(PhantomData))
    }

    #[inline]
    fn field_value<V: Deserialize<'de>>(&mut self) -> Result<Option<V>, A::Error> {
        self.next_value().map(Some)
    }

    #[inline]
    fn ignore_value(&mut self) -> Result<(), A::Error> {
        self.next_value::<IgnoredAny>().map(|_| ())
    }

    #[inline]
    fn absent<T: DeStruct<'de>, V: Deserialize<'de>>(
        &self,
        key: &'static str,
        _index: usize,
        strict: bool,
    ) -> Result<V, A::Error> {
        if strict {
            Err(A::Error::missing_field(key))
        } else {
            missing(key)
        }
    }
}

/// A model's fields in declaration order, from a sequence (postcard, bincode, a JSON array):
/// field `i` is element `i`, and the sequence may end early (the remaining fields are absent).
pub struct SeqFields<A> {
    seq: A,
    next: usize,
    ended: bool,
}

impl<A> SeqFields<A> {
    /// The fields of a struct (or a data enum's struct variant) read from `seq`.
    #[inline]
    pub fn new(seq: A) -> Self {
        SeqFields {
            seq,
            next: 0,
            ended: false,
        }
    }
}

impl<'de, A: SeqAccess<'de>> Fields<'de> for SeqFields<A> {
    type Error = A::Error;

    #[inline]
    fn next_field<T: DeStruct<'de>>(&mut self) -> Result<Option<usize>, A::Error> {
        Ok((!self.ended && self.next < T::FIELDS.len()).then_some(self.next))
    }

    #[inline]
    fn field_value<V: Deserialize<'de>>(&mut self) -> Result<Option<V>, A::Error> {
        self.next += 1;
        let value = self.seq.next_element()?;
        self.ended = value.is_none();
        Ok(value)
    }

    // Never called: a sequence gives no unknown keys.
    fn ignore_value(&mut self) -> Result<(), A::Error> {
        self.next += 1;
        Ok(())
    }

    #[inline]
    fn absent<T: DeStruct<'de>, V: Deserialize<'de>>(
        &self,
        _key: &'static str,
        index: usize,
        _strict: bool,
    ) -> Result<V, A::Error> {
        Err(invalid_length::<T, A::Error>(index))
    }
}

/// A field whose key never came: `None` for `Option`-like types, otherwise
/// `missing field` — the rule serde_derive applies to fields without `default`.
#[inline]
fn missing<'de, V, E>(key: &'static str) -> Result<V, E>
where
    V: Deserialize<'de>,
    E: Error,
{
    V::deserialize(MissingField::<E>(key, PhantomData))
}

/// A deserializer for a key that never came: `None` for `Option`-like types, otherwise
/// `missing field` (serde's `MissingFieldDeserializer`).
pub(crate) struct MissingField<E>(pub(crate) &'static str, pub(crate) PhantomData<E>);

impl<'de, E: Error> Deserializer<'de> for MissingField<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

fn invalid_length<'de, T: DeStruct<'de>, E: Error>(index: usize) -> E {
    E::invalid_length(index, &SeqLen::<T>(PhantomData))
}

/// serde_derive's "struct Name with N elements" ("with 1 element").
struct SeqLen<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> de::Expected for SeqLen<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = T::EXPECTING {
            return f.write_str(text);
        }
        let n = T::FIELDS.len();
        let plural = if n == 1 { "" } else { "s" };
        T::expecting(f)?;
        write!(f, " with {n} element{plural}")
    }
}

/// The next field of a model, as an index into `T::FIELDS` (see [`Fields::next_field`]).
#[inline]
pub fn next_key<'de, T, F>(fields: &mut F) -> Result<Option<usize>, F::Error>
where
    T: DeStruct<'de>,
    F: Fields<'de>,
{
    fields.next_field::<T>()
}
