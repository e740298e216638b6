//! The three traits a struct is read through: what the model tells the runtime ([`DeStruct`]: its
//! key table and its typed `visit` body), where its fields come from ([`Fields`]: a map or a
//! sequence) and what holds them while it is read ([`Slots`]: a tuple of slots).

use core::fmt;
use core::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Error, MapAccess, Unexpected};

/// What a model tells the shared visitor.
pub trait DeStruct<'de>: Sized {
    /// The struct's name, as serde_derive passes it to `deserialize_struct` (its `rename`).
    const NAME: &'static str;
    /// The struct's Rust name, which serde_derive's messages say (`struct Name`).
    const TYPE_NAME: &'static str = Self::NAME;
    /// Wire keys of the fields that are deserialized, in declaration order.
    const FIELDS: &'static [&'static str];
    /// Other keys read as a field (serde's `alias`), each with its index in `FIELDS`.
    const ALIASES: &'static [(&'static str, usize)] = &[];
    /// Every key read, aliases included, in serde_derive's order: what `unknown field` lists
    /// and what `deserialize_struct` is told.
    const EXPECTED: &'static [&'static str] = Self::FIELDS;
    /// `#[api(deny_unknown_fields)]`.
    const DENY_UNKNOWN: bool = false;
    /// The model has `#[api(additional_properties)]`: it is read as a map (like serde's
    /// `flatten`), never as a sequence.
    const FLATTEN: bool = false;

    /// serde's `expecting = "..."`: what every message says is expected, instead of
    /// `struct Name` (and of `struct Name with N elements`).
    const EXPECTING: Option<&'static str> = None;

    /// What serde's messages say is expected: `struct Name` (a data enum's struct variant says
    /// `struct variant Enum::Variant`).
    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match Self::EXPECTING {
            Some(text) => f.write_str(text),
            None => write!(f, "struct {}", Self::TYPE_NAME),
        }
    }

    /// The index of `key` in `FIELDS`. Models with many fields override this with a `match`,
    /// which the compiler turns into a few integer comparisons; a scan is as fast for few.
    #[inline]
    fn field_index(key: &str) -> Option<usize> {
        match Self::FIELDS.iter().position(|f| *f == key) {
            None if !Self::ALIASES.is_empty() => Self::ALIASES
                .iter()
                .find(|(alias, _)| *alias == key)
                .map(|(_, index)| *index),
            found => found,
        }
    }

    /// Reads the model from its fields, from a map (keys in any order) or a sequence (fields
    /// in order, for non-self-describing formats): one body serves both. A model that is read
    /// as a map only (`FLATTEN`) overrides [`Self::visit_map`] instead.
    fn visit<F: Fields<'de>>(fields: F) -> Result<Self, F::Error> {
        let _ = fields;
        Err(F::Error::invalid_type(
            Unexpected::Seq,
            &Expecting::<Self>(PhantomData),
        ))
    }

    /// Reads the model from a map of keys to values.
    #[inline]
    fn visit_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        Self::visit(map)
    }

    /// Reads the model's keyed fields into `slots` (a tuple of empty [`Slot`](super::Slot)s, one per key of
    /// `FIELDS`): every key of the input, then each field's value. What a generated `visit`
    /// calls (a trait method, so that the call names no type: a field type that is not
    /// `Deserialize` is blamed on its slot, which carries the field's span).
    #[inline]
    fn read<F: Fields<'de>, S: Slots<'de>>(
        fields: &mut F,
        mut slots: S,
    ) -> Result<S::Out, F::Error> {
        while let Some(index) = fields.next_field::<Self>()? {
            slots.read::<Self, F>(index, fields)?;
        }
        slots.finish::<Self, F>(fields)
    }
}

struct Expecting<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> de::Expected for Expecting<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expecting(f)
    }
}

/// Where a model's fields come from: any serde map, or a sequence through [`SeqFields`](super::SeqFields).
/// Generated `visit` bodies call the functions below, which go through this trait, so the same
/// body reads both forms with serde_derive's rules for each.
pub trait Fields<'de> {
    /// The format's error.
    type Error: Error;

    /// The next field's index in `T::FIELDS`, [`UNKNOWN`](super::UNKNOWN) for another key, `None` at the end.
    fn next_field<T: DeStruct<'de>>(&mut self) -> Result<Option<usize>, Self::Error>;

    /// The value of the field just returned; `None` when a sequence ended before it.
    fn field_value<V: Deserialize<'de>>(&mut self) -> Result<Option<V>, Self::Error>;

    /// Skips the value of an unknown key.
    fn ignore_value(&mut self) -> Result<(), Self::Error>;

    /// A field that did not come: for a map the key is missing (`None` for `Option`-like types,
    /// else `missing field`, serde's rule; with `strict`, always `missing field`); for a
    /// sequence it ended before element `index` (`invalid length`).
    fn absent<T: DeStruct<'de>, V: Deserialize<'de>>(
        &self,
        key: &'static str,
        index: usize,
        strict: bool,
    ) -> Result<V, Self::Error>;
}

/// A model's keyed fields while it is read: a tuple of [`Slot`](super::Slot)s, one per key of
/// `DeStruct::FIELDS`, in order. The per-field code is compiled here, once, instead of in
/// every model's `visit`.
pub trait Slots<'de>: Out {
    /// Reads the value of field `index` of `T` ([`UNKNOWN`](super::UNKNOWN) or out of range: skipped).
    fn read<T: DeStruct<'de>, F: Fields<'de>>(
        &mut self,
        index: usize,
        fields: &mut F,
    ) -> Result<(), F::Error>;
    /// Every field's value once the input ended; the first absent required field is the error.
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(self, fields: &F) -> Result<Self::Out, F::Error>;
}

/// What a [`Slot`](super::Slot) (or a tuple of them) gives once read. Its own trait, without the
/// `Deserialize` bounds: naming the type of the generated `let` then needs no bound, so a field
/// type that is not `Deserialize` is reported once, at the field.
pub trait Out: Sized {
    /// The field's value: the field itself, or an `Option` the generated code finishes
    /// ([`Raw`](super::Raw)).
    type Out;
}
