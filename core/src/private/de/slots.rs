//! A struct of up to 16 keys read by one loop compiled here: the generated `visit` hands
//! [`DeStruct::read`] a tuple of empty [`Slot`]s, one per key, and builds the struct from what
//! it gives back.

use serde::Deserialize;

use super::model::{DeStruct, Fields, Out, Slots};
use super::value::{or_absent, or_default, value};

/// One keyed field of a model while it is read (see [`DeStruct::read`]): its value so far, and
/// what it becomes once the input ends.
pub trait Slot<'de>: Out {
    /// What is read from the input.
    type Value: Deserialize<'de>;
    /// The value so far.
    fn slot(&mut self) -> &mut Option<Self::Value>;
    /// Reads the value of the field's key (twice is `duplicate field`).
    #[inline]
    fn read<F: Fields<'de>>(&mut self, fields: &mut F, key: &'static str) -> Result<(), F::Error> {
        value(fields, self.slot(), key)
    }
    /// What the field is once the input ended: field `index` of model `T`.
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(
        self,
        fields: &F,
        key: &'static str,
        index: usize,
    ) -> Result<Self::Out, F::Error>;
}

impl<V, const STRICT: bool> Out for Req<V, STRICT> {
    type Out = V;
}

impl<V> Out for Dflt<V> {
    type Out = V;
}

impl<V> Out for Raw<V> {
    type Out = Option<V>;
}

/// A field without a default: its value, or serde's rule for an absent one ([`or_absent`]);
/// with `STRICT` (`#[api(required)]`), `missing field` whatever the type.
pub struct Req<V, const STRICT: bool = false>(pub Option<V>);

/// A field with `Default::default()` for an absent key.
pub struct Dflt<V>(pub Option<V>);

/// A field the generated code finishes itself (a `with` wrapper, a default expression, a
/// tri-state field): the slot as it is.
pub struct Raw<V>(pub Option<V>);

impl<'de, V: Deserialize<'de>, const STRICT: bool> Slot<'de> for Req<V, STRICT> {
    type Value = V;

    #[inline]
    fn slot(&mut self) -> &mut Option<V> {
        &mut self.0
    }

    #[inline]
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(
        self,
        fields: &F,
        key: &'static str,
        index: usize,
    ) -> Result<V, F::Error> {
        or_absent::<T, F, V>(fields, self.0, key, index, STRICT)
    }
}

impl<'de, V: Deserialize<'de> + Default> Slot<'de> for Dflt<V> {
    type Value = V;

    #[inline]
    fn slot(&mut self) -> &mut Option<V> {
        &mut self.0
    }

    #[inline]
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(
        self,
        _: &F,
        _: &'static str,
        _: usize,
    ) -> Result<V, F::Error> {
        Ok(or_default(self.0))
    }
}

impl<'de, V: Deserialize<'de>> Slot<'de> for Raw<V> {
    type Value = V;

    #[inline]
    fn slot(&mut self) -> &mut Option<V> {
        &mut self.0
    }

    #[inline]
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(
        self,
        _: &F,
        _: &'static str,
        _: usize,
    ) -> Result<Option<V>, F::Error> {
        Ok(self.0)
    }
}

macro_rules! tuple_slots {
    ($($name:ident $index:tt)*) => {
        impl<$($name: Out),*> Out for ($($name,)*) {
            type Out = ($($name::Out,)*);
        }

        impl<'de, $($name: Slot<'de>),*> Slots<'de> for ($($name,)*) {

            #[inline]
            fn read<T: DeStruct<'de>, F: Fields<'de>>(
                &mut self,
                index: usize,
                fields: &mut F,
            ) -> Result<(), F::Error> {
                match index {
                    $($index => self.$index.read(fields, T::FIELDS[$index]),)*
                    _ => fields.ignore_value(),
                }
            }

            #[inline]
            #[allow(unused_variables)]
            fn finish<T: DeStruct<'de>, F: Fields<'de>>(
                self,
                fields: &F,
            ) -> Result<Self::Out, F::Error> {
                Ok(($(self.$index.finish::<T, F>(fields, T::FIELDS[$index], $index)?,)*))
            }
        }
    };
}

tuples!(tuple_slots);
