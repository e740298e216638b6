//! Serialization shared by every model.
//!
//! A struct (and a data enum's struct variant) hands [`write_struct`] one tuple of its fields
//! ([`Field`], [`Opt`], [`Tri`], [`When`]): the per-field code is this module's [`Fields`] impls,
//! compiled once. A model written as a map (`additional_properties`, `flatten`) opens a
//! [`State`] ([`begin_map`]), makes one call per field and closes it ([`end_map`]): a step after
//! a failed one does nothing and the close returns the first error, so the generated body has
//! one `?` (at the open) instead of one per field.

// `#[inline(always)]` on the per-field code: measured with `bench/instructions.py`, plain
// `#[inline]` on the `State` steps left the error check out of line and cost 1.3 % more
// instructions than serde_derive's `?` per field; always-inlined steps with a cold failure path,
// 0.4 %. The `Fields` impls are always-inlined likewise.
#![allow(clippy::inline_always)]

use serde::ser::{self, Impossible, Serialize, SerializeMap, SerializeStruct, Serializer};

use super::ser_buffer::{SeqBuffer, StructBuffer, VariantValue, serializer};

/// A map being written, with the first error of its steps.
pub struct State<S, E> {
    state: S,
    error: Option<E>,
}

impl<S, E> State<S, E> {
    #[inline(always)]
    fn step(&mut self, write: impl FnOnce(&mut S) -> Result<(), E>) {
        if self.error.is_none() {
            if let Err(error) = write(&mut self.state) {
                self.fail(error);
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: E) {
        self.error = Some(error);
    }
}

/// `serialize_map(None)`: a model with `additional_properties`, written as a map (like serde's
/// `flatten`).
#[inline]
pub fn begin_map<S: Serializer>(
    serializer: S,
) -> Result<State<S::SerializeMap, S::Error>, S::Error> {
    Ok(State {
        state: serializer.serialize_map(None)?,
        error: None,
    })
}

/// `SerializeMap::end`, or the first error of the steps.
#[inline]
pub fn end_map<M: SerializeMap>(state: State<M, M::Error>) -> Result<M::Ok, M::Error> {
    match state.error {
        None => state.state.end(),
        Some(error) => Err(error),
    }
}

/// A tri-state field of a model with `additional_properties`.
#[inline]
pub fn tri_state_entry<M, T>(
    state: &mut State<M, M::Error>,
    key: &'static str,
    value: &Option<Option<T>>,
) where
    M: SerializeMap,
    T: Serialize,
{
    if let Some(inner) = value {
        entry(state, key, inner);
    }
}

/// A field of a model with `additional_properties`, which serializes as a map (like serde's
/// `flatten`).
#[inline]
pub fn entry<M, T>(state: &mut State<M, M::Error>, key: &'static str, value: &T)
where
    M: SerializeMap,
    T: ?Sized + Serialize,
{
    state.step(|m| m.serialize_entry(key, value));
}

/// An `Option` field of a model with `additional_properties`: written when `Some`.
#[inline]
pub fn option_entry<M, T>(state: &mut State<M, M::Error>, key: &'static str, value: &Option<T>)
where
    M: SerializeMap,
    T: Serialize,
{
    if value.is_some() {
        entry(state, key, value);
    }
}

/// Writes every entry of the `additional_properties` map at the top level.
#[inline]
pub fn additional<'a, M, I, K, V>(state: &mut State<M, M::Error>, entries: I)
where
    M: SerializeMap,
    I: IntoIterator<Item = (&'a K, &'a V)>,
    K: ?Sized + Serialize + 'a,
    V: ?Sized + Serialize + 'a,
{
    state.step(|m| {
        for (key, value) in entries {
            m.serialize_entry(key, value)?;
        }
        Ok(())
    });
}

/// A flattened field of a model (written as a map): the field's own keys become entries of the
/// model's map, as serde's `flatten` writes them.
#[inline]
pub fn flatten<M, T>(state: &mut State<M, M::Error>, value: &T)
where
    M: SerializeMap,
    T: ?Sized + Serialize,
{
    state.step(|m| value.serialize(FlatMapSerializer(m)));
}

/// The serializer a flattened field is written through: a struct's fields and a map's entries
/// go into the parent's map; `None` and `()` write nothing; anything else is serde's error
/// `can only flatten structs and maps (got …)`.
pub struct FlatMapSerializer<'a, M>(pub &'a mut M);

fn cannot_flatten<E: ser::Error>(what: &str) -> E {
    E::custom(format_args!(
        "can only flatten structs and maps (got {what})"
    ))
}

macro_rules! cannot_flatten {
    ($($method:ident($($arg:ty),*) -> $ok:ty: $what:literal)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, M::Error> {
            Err(cannot_flatten($what))
        }
    )*};
}

impl<'a, M: SerializeMap + 'a> Serializer for FlatMapSerializer<'a, M> {
    type Ok = ();
    type Error = M::Error;
    type SerializeSeq = Impossible<(), M::Error>;
    type SerializeTuple = Impossible<(), M::Error>;
    type SerializeTupleStruct = Impossible<(), M::Error>;
    type SerializeTupleVariant = VariantValue<FlatMapSerializeMap<'a, M>, SeqBuffer<M::Error>>;
    type SerializeMap = FlatMapSerializeMap<'a, M>;
    type SerializeStruct = FlatMapSerializeStruct<'a, M>;
    type SerializeStructVariant = VariantValue<FlatMapSerializeMap<'a, M>, StructBuffer<M::Error>>;

    cannot_flatten! {
        serialize_bool(bool) -> (): "a boolean"
        serialize_i8(i8) -> (): "an integer"
        serialize_i16(i16) -> (): "an integer"
        serialize_i32(i32) -> (): "an integer"
        serialize_i64(i64) -> (): "an integer"
        serialize_u8(u8) -> (): "an integer"
        serialize_u16(u16) -> (): "an integer"
        serialize_u32(u32) -> (): "an integer"
        serialize_u64(u64) -> (): "an integer"
        serialize_f32(f32) -> (): "a float"
        serialize_f64(f64) -> (): "a float"
        serialize_char(char) -> (): "a char"
        serialize_str(&str) -> (): "a string"
        serialize_bytes(&[u8]) -> (): "a byte array"
        serialize_seq(Option<usize>) -> Self::SerializeSeq: "a sequence"
        serialize_tuple(usize) -> Self::SerializeTuple: "a tuple"
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct: "a tuple struct"
    }

    fn serialize_none(self) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(variant, &())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(variant, value)
    }

    /// A tuple variant is its name's entry, its fields buffered into one sequence (serde's).
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, M::Error> {
        self.0.serialize_key(variant)?;
        let fields = serializer().serialize_seq(Some(len))?;
        Ok(VariantValue::new(FlatMapSerializeMap(self.0), fields))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, M::Error> {
        Ok(FlatMapSerializeMap(self.0))
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, M::Error> {
        Ok(FlatMapSerializeStruct(self.0))
    }

    /// A struct variant is its name's entry, its fields buffered into one struct named after
    /// the variant (serde's).
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, M::Error> {
        self.0.serialize_key(variant)?;
        let fields = serializer().serialize_struct(variant, len)?;
        Ok(VariantValue::new(FlatMapSerializeMap(self.0), fields))
    }
}

/// A flattened map: its entries are the parent's.
pub struct FlatMapSerializeMap<'a, M>(&'a mut M);

impl<M: SerializeMap> SerializeMap for FlatMapSerializeMap<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(value)
    }

    fn serialize_entry<K, V>(&mut self, key: &K, value: &V) -> Result<(), M::Error>
    where
        K: ?Sized + Serialize,
        V: ?Sized + Serialize,
    {
        self.0.serialize_entry(key, value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

/// A flattened struct: each field an entry of the parent's map; a skipped field nothing.
pub struct FlatMapSerializeStruct<'a, M>(&'a mut M);

impl<M: SerializeMap> SerializeStruct for FlatMapSerializeStruct<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

/// The fields of a model (or a data enum's struct variant) written as a struct, as one value the
/// generated `serialize` hands to [`write_struct`]: a tuple of [`Field`], [`Opt`], [`Tri`] and
/// [`When`] (nested tuples for more than 16 fields). The per-field code is compiled here, once,
/// instead of in every model's body.
///
/// The pieces themselves have no `Serialize` bound: a field type that is not `Serialize` is then
/// one error, from these impls, which rustc points at the piece (spanned on the field's type).
pub trait Fields {
    /// How many fields are written (`serialize_struct`'s `len`).
    fn count(&self) -> usize;
    /// Writes them in order; the first error stops.
    fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error>;
}

/// A field that is always written.
pub struct Field<'a, T: ?Sized>(pub &'static str, pub &'a T);

impl<T: ?Sized + Serialize> Fields for Field<'_, T> {
    #[inline(always)]
    fn count(&self) -> usize {
        1
    }

    #[inline(always)]
    fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error> {
        state.serialize_field(self.0, self.1)
    }
}

/// An `Option` field that is skipped when `None`, exactly as
/// `#[serde(skip_serializing_if = "Option::is_none")]`.
pub struct Opt<'a, T>(pub &'static str, pub &'a Option<T>);

impl<T: Serialize> Fields for Opt<'_, T> {
    #[inline(always)]
    fn count(&self) -> usize {
        usize::from(self.1.is_some())
    }

    #[inline(always)]
    fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error> {
        if self.1.is_none() {
            state.skip_field(self.0)
        } else {
            state.serialize_field(self.0, self.1)
        }
    }
}

/// A tri-state `Option<Option<T>>` field: `None` is skipped, `Some(None)` is `serialize_none`,
/// `Some(Some(v))` is `serialize_some(v)` — `serde_with`'s `double_option` with
/// `skip_serializing_if = "Option::is_none"` (not `Option<Option<T>>`'s own `Serialize`, which
/// writes `Some(None)` as `serialize_some(&None)`).
pub struct Tri<'a, T>(pub &'static str, pub &'a Option<Option<T>>);

impl<T: Serialize> Fields for Tri<'_, T> {
    #[inline(always)]
    fn count(&self) -> usize {
        usize::from(self.1.is_some())
    }

    #[inline(always)]
    fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error> {
        match self.1 {
            None => state.skip_field(self.0),
            Some(inner) => state.serialize_field(self.0, inner),
        }
    }
}

/// A field written through its `with` wrapper, skipped when `.1` is false (an `Option` that is
/// `None`).
pub struct When<'a, T: ?Sized>(pub &'static str, pub bool, pub &'a T);

impl<T: ?Sized + Serialize> Fields for When<'_, T> {
    #[inline(always)]
    fn count(&self) -> usize {
        usize::from(self.1)
    }

    #[inline(always)]
    fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error> {
        if self.1 {
            state.serialize_field(self.0, self.2)
        } else {
            state.skip_field(self.0)
        }
    }
}

macro_rules! tuple_fields {
    ($($name:ident $index:tt)*) => {
        impl<$($name: Fields),*> Fields for ($($name,)*) {
            #[inline(always)]
            fn count(&self) -> usize {
                0 $(+ self.$index.count())*
            }

            #[inline(always)]
            #[allow(unused_variables)]
            fn write<S: SerializeStruct>(self, state: &mut S) -> Result<(), S::Error> {
                $(self.$index.write(state)?;)*
                Ok(())
            }
        }
    };
}

tuples!(tuple_fields);

/// A model's `serialize` as a struct: `serialize_struct`, each field, `end`.
#[inline]
pub fn write_struct<S: Serializer, F: Fields>(
    serializer: S,
    name: &'static str,
    fields: F,
) -> Result<S::Ok, S::Error> {
    let mut state = serializer.serialize_struct(name, fields.count())?;
    fields.write(&mut state)?;
    state.end()
}
