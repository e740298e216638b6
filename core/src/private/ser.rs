//! Serialization steps shared by every model.
//!
//! A model's `serialize` opens a [`State`] ([`begin_struct`] or [`begin_map`]), makes one call
//! per field and closes it ([`end_struct`], [`end_map`]). A step after a failed one does
//! nothing and the close returns the first error, so the generated body has one `?` (at the
//! open) instead of one per field: the same behaviour as serde_derive's, less for the compiler.

// `#[inline(always)]` on the per-field steps: measured with `bench/instructions.py`, plain
// `#[inline]` left the error check out of line and cost 1.3 % more instructions than
// serde_derive's `?` per field; always-inlined steps with a cold failure path, 0.4 %.
#![allow(clippy::inline_always)]

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

/// A struct or map being written, with the first error of its steps.
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

/// `serialize_struct`: a model written as a struct.
#[inline]
pub fn begin_struct<S: Serializer>(
    serializer: S,
    name: &'static str,
    len: usize,
) -> Result<State<S::SerializeStruct, S::Error>, S::Error> {
    Ok(State {
        state: serializer.serialize_struct(name, len)?,
        error: None,
    })
}

/// `SerializeStruct::end`, or the first error of the steps.
#[inline]
pub fn end_struct<S: SerializeStruct>(state: State<S, S::Error>) -> Result<S::Ok, S::Error> {
    match state.error {
        None => state.state.end(),
        Some(error) => Err(error),
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

/// `serialize_field` for a field that is always written.
#[inline(always)]
pub fn field<S, T>(state: &mut State<S, S::Error>, key: &'static str, value: &T)
where
    S: SerializeStruct,
    T: ?Sized + Serialize,
{
    state.step(|s| s.serialize_field(key, value));
}

/// `skip_field`: an `Option` field that is `None`.
#[inline(always)]
pub fn skip<S: SerializeStruct>(state: &mut State<S, S::Error>, key: &'static str) {
    state.step(|s| s.skip_field(key));
}

/// An `Option` field: written when `Some`, otherwise `skip_field`, exactly as
/// `#[serde(skip_serializing_if = "Option::is_none")]` does.
#[inline(always)]
pub fn option<S, T>(state: &mut State<S, S::Error>, key: &'static str, value: &Option<T>)
where
    S: SerializeStruct,
    T: Serialize,
{
    if value.is_none() {
        skip(state, key);
    } else {
        field(state, key, value);
    }
}

/// A tri-state `Option<Option<T>>` field: `None` is skipped, `Some(None)` is `serialize_none`,
/// `Some(Some(v))` is `serialize_some(v)` — `serde_with`'s `double_option` with
/// `skip_serializing_if = "Option::is_none"` (not `Option<Option<T>>`'s own `Serialize`, which
/// writes `Some(None)` as `serialize_some(&None)`).
#[inline]
pub fn tri_state<S, T>(state: &mut State<S, S::Error>, key: &'static str, value: &Option<Option<T>>)
where
    S: SerializeStruct,
    T: Serialize,
{
    match value {
        None => skip(state, key),
        Some(inner) => field(state, key, inner),
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

/// 1 when the option is set (a tri-state's outer option too): the count `serialize_struct` is
/// given.
#[inline]
pub fn count<T>(value: &Option<T>) -> usize {
    usize::from(value.is_some())
}
