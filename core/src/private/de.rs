//! Deserialization shared by every model: the key tables, the visitor, the error rules.
//!
//! A model implements [`DeStruct`] (its field table and the typed `visit_map` / `visit_seq`
//! bodies); everything else — the `Visitor`, matching keys against the table, duplicate and
//! missing-field errors — is here, once. The messages and the calls made on the `Deserializer`
//! are serde_derive's, so every format behaves as with `#[derive(Deserialize)]`.

use core::fmt;
use core::marker::PhantomData;

use serde::Deserialize;

use super::content::{Content, Leftovers};
use serde::de::{
    self, DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected,
    Visitor,
};

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

    /// Reads the model's keyed fields into `slots` (a tuple of empty [`Slot`]s, one per key of
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

/// Where a model's fields come from: any serde map, or a sequence through [`SeqFields`].
/// Generated `visit` bodies call the functions below, which go through this trait, so the same
/// body reads both forms with serde_derive's rules for each.
pub trait Fields<'de> {
    /// The format's error.
    type Error: Error;

    /// The next field's index in `T::FIELDS`, [`UNKNOWN`] for another key, `None` at the end.
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

struct Expecting<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> de::Expected for Expecting<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expecting(f)
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

/// Index of the key that [`next_key`] returns for a key that is not a field.
pub const UNKNOWN: usize = usize::MAX;

/// Matches an identifier against the field table, as serde_derive's `__FieldVisitor`.
struct FieldKey<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for FieldKey<T> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for FieldKey<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<usize, E> {
        field_by_index(value, T::FIELDS.len(), T::DENY_UNKNOWN)
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        match T::field_index(value) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => Err(E::unknown_field(value, T::EXPECTED)),
            None => Ok(UNKNOWN),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        match core::str::from_utf8(value).ok().and_then(T::field_index) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => Err(E::unknown_field(
                &String::from_utf8_lossy(value),
                T::EXPECTED,
            )),
            None => Ok(UNKNOWN),
        }
    }
}

/// A field given by its index (non-self-describing formats) among `len`: itself, [`UNKNOWN`]
/// past the end, or with `deny` serde_derive's "field index 0 <= i < N". Shared by the key
/// visitors of structs and of data enums' struct variants.
pub(crate) fn field_by_index<E: Error>(value: u64, len: usize, deny: bool) -> Result<usize, E> {
    match usize::try_from(value) {
        Ok(index) if index < len => Ok(index),
        _ if deny => Err(E::invalid_value(
            Unexpected::Unsigned(value),
            &IndexRange("field", len),
        )),
        _ => Ok(UNKNOWN),
    }
}

/// serde_derive's "field index 0 <= i < N" / "variant index 0 <= i < N".
pub(crate) struct IndexRange(pub(crate) &'static str, pub(crate) usize);

impl de::Expected for IndexRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} index 0 <= i < {}", self.0, self.1)
    }
}

/// A key of a model with `additional_properties`: a field index, or the unknown key itself.
pub enum Key {
    /// An index into `FIELDS`.
    Field(usize),
    /// A key that is not a field: it goes to the map.
    Other(String),
}

/// The next key of a model with `additional_properties`.
#[inline]
pub fn next_key_or_other<'de, T, A>(map: &mut A) -> Result<Option<Key>, A::Error>
where
    T: DeStruct<'de>,
    A: MapAccess<'de>,
{
    map.next_key_seed(OtherKey::<T>(PhantomData))
}

struct OtherKey<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for OtherKey<T> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for OtherKey<T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<Key, E> {
        Ok(match T::field_index(value) {
            Some(index) => Key::Field(index),
            None => Key::Other(value.to_owned()),
        })
    }

    fn visit_string<E: Error>(self, value: String) -> Result<Key, E> {
        Ok(match T::field_index(&value) {
            Some(index) => Key::Field(index),
            None => Key::Other(value),
        })
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<Key, E> {
        match core::str::from_utf8(value) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &STRING_KEY)),
        }
    }

    // serde_derive's `flatten` takes any primitive key and fails later, when the map's
    // `String` key is read from it: the same messages, "expected a string".
    fn visit_bool<E: Error>(self, value: bool) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Bool(value), &STRING_KEY))
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Signed(value), &STRING_KEY))
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Unsigned(value), &STRING_KEY))
    }

    fn visit_f64<E: Error>(self, value: f64) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Float(value), &STRING_KEY))
    }

    fn visit_char<E: Error>(self, value: char) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Char(value), &STRING_KEY))
    }

    fn visit_unit<E: Error>(self) -> Result<Key, E> {
        Err(E::invalid_type(Unexpected::Unit, &STRING_KEY))
    }
}

/// What `String` says it expects, for keys of the `additional_properties` map.
const STRING_KEY: &str = "a string";

/// The next field of a model, as an index into `T::FIELDS` (see [`Fields::next_field`]).
#[inline]
pub fn next_key<'de, T, F>(fields: &mut F) -> Result<Option<usize>, F::Error>
where
    T: DeStruct<'de>,
    F: Fields<'de>,
{
    fields.next_field::<T>()
}

/// Reads the value of a field, refusing a second occurrence of its key.
#[inline]
pub fn value<'de, F, V>(
    fields: &mut F,
    slot: &mut Option<V>,
    key: &'static str,
) -> Result<(), F::Error>
where
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(F::Error::duplicate_field(key));
    }
    *slot = fields.field_value()?;
    Ok(())
}

/// Reads the value of a tri-state `Option<Option<T>>` field as `serde_with`'s `double_option`:
/// `null` is `Some(None)` (the slot is the field: an absent key, or the end of a sequence,
/// leaves it `None`). [`value`] of the inner `Option<T>`.
#[inline]
pub fn tri_state<'de, F, V>(
    fields: &mut F,
    slot: &mut Option<Option<V>>,
    key: &'static str,
) -> Result<(), F::Error>
where
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    value(fields, slot, key)
}

/// Skips the value of an unknown key.
#[inline]
pub fn ignore<'de, F: Fields<'de>>(fields: &mut F) -> Result<(), F::Error> {
    fields.ignore_value()
}

/// Puts the value of an unknown key into the `additional_properties` map.
#[inline]
pub fn other<'de, A, M>(map: &mut A, target: &mut M, key: String) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    M: AdditionalProperties<'de>,
{
    let value = map.next_value()?;
    target.insert_property(key, value);
    Ok(())
}

/// A map that can hold `additional_properties`.
pub trait AdditionalProperties<'de>: Default {
    /// The map's value type.
    type Value: Deserialize<'de>;
    /// Inserts an unknown key; a repeated key replaces the earlier value (as serde's `flatten`).
    fn insert_property(&mut self, key: String, value: Self::Value);
}

#[cfg(feature = "json")]
impl AdditionalProperties<'_> for serde_json::Map<String, serde_json::Value> {
    type Value = serde_json::Value;
    fn insert_property(&mut self, key: String, value: serde_json::Value) {
        self.insert(key, value);
    }
}

impl<'de, V: Deserialize<'de>> AdditionalProperties<'de> for std::collections::BTreeMap<String, V> {
    type Value = V;
    fn insert_property(&mut self, key: String, value: V) {
        self.insert(key, value);
    }
}

impl<'de, V, S> AdditionalProperties<'de> for std::collections::HashMap<String, V, S>
where
    V: Deserialize<'de>,
    S: core::hash::BuildHasher + Default,
{
    type Value = V;
    fn insert_property(&mut self, key: String, value: V) {
        self.insert(key, value);
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

/// A field with a default whose key never came: `Default::default()`.
#[inline]
pub fn or_default<V: Default>(slot: Option<V>) -> V {
    slot.unwrap_or_default()
}

/// A field without a default, field `index` of `T`: its value, or what [`Fields::absent`]
/// gives (serde's rule for a missing key, `invalid length` for a short sequence). With `strict`
/// (`#[api(required)]`, `with` fields) a missing key is `missing field` whatever the type.
#[inline]
pub fn or_absent<'de, T, F, V>(
    fields: &F,
    slot: Option<V>,
    key: &'static str,
    index: usize,
    strict: bool,
) -> Result<V, F::Error>
where
    T: DeStruct<'de>,
    F: Fields<'de>,
    V: Deserialize<'de>,
{
    match slot {
        Some(value) => Ok(value),
        None => fields.absent::<T, V>(key, index, strict),
    }
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

/// `Deserialize` of a newtype (a tuple struct of one field), as serde_derive's: through
/// `deserialize_newtype_struct`, also from a sequence of one element.
#[inline]
pub fn newtype<'de, D, V, T>(
    deserializer: D,
    name: &'static str,
    wrap: fn(V) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_newtype_struct(
        name,
        NewtypeVisitor {
            name,
            expecting: None,
            wrap,
        },
    )
}

/// [`newtype`] with serde's `expecting = "..."`: what its messages say is expected.
#[inline]
pub fn newtype_expecting<'de, D, V, T>(
    deserializer: D,
    name: &'static str,
    expecting: &'static str,
    wrap: fn(V) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_newtype_struct(
        name,
        NewtypeVisitor {
            name,
            expecting: Some(expecting),
            wrap,
        },
    )
}

struct NewtypeVisitor<V, T> {
    name: &'static str,
    expecting: Option<&'static str>,
    wrap: fn(V) -> T,
}

impl<'de, V: Deserialize<'de>, T> Visitor<'de> for NewtypeVisitor<V, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expecting {
            Some(text) => f.write_str(text),
            None => write!(f, "tuple struct {}", self.name),
        }
    }

    #[inline]
    fn visit_newtype_struct<E: Deserializer<'de>>(self, deserializer: E) -> Result<T, E::Error> {
        V::deserialize(deserializer).map(self.wrap)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        match seq.next_element()? {
            Some(value) => Ok((self.wrap)(value)),
            None => match self.expecting {
                Some(text) => Err(A::Error::invalid_length(0, &text)),
                None => Err(A::Error::invalid_length(0, &NewtypeLen(self.name))),
            },
        }
    }
}

/// serde_derive's "tuple struct Name with 1 element".
struct NewtypeLen(&'static str);

impl de::Expected for NewtypeLen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tuple struct {} with 1 element", self.0)
    }
}

// ---------------------------------------------------------------------------------------------
// Models with `#[api(flatten)]` fields: serde's `flatten`. The keys a model does not own are
// buffered as `Content`; each flattened field reads from them in declaration order (a struct
// takes its keys, a map sees all that are left); what remains is unknown.

/// A key of a model with flattened fields: a field index, or any other key, kept.
pub enum FlatKey<'de> {
    /// An index into `FIELDS`.
    Field(usize),
    /// A key the model does not own, as the format gave it.
    Other(Content<'de>),
}

/// The next key of a model with flattened fields.
#[inline]
pub fn next_key_flat<'de, T, A>(map: &mut A) -> Result<Option<FlatKey<'de>>, A::Error>
where
    T: DeStruct<'de>,
    A: MapAccess<'de>,
{
    map.next_key_seed(FlatKeySeed::<T>(PhantomData))
}

/// serde_derive's field visitor of a struct that flattens: its own keys by name (never by
/// index), any other key of any kind kept as `Content`.
struct FlatKeySeed<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> DeserializeSeed<'de> for FlatKeySeed<T> {
    type Value = FlatKey<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<FlatKey<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

fn own_or<'de, T: DeStruct<'de>>(
    name: Option<&str>,
    other: impl FnOnce() -> Content<'de>,
) -> FlatKey<'de> {
    match name.and_then(T::field_index) {
        Some(index) => FlatKey::Field(index),
        None => FlatKey::Other(other()),
    }
}

macro_rules! other_keys {
    ($($method:ident($ty:ty) => $variant:ident)*) => {$(
        fn $method<E: Error>(self, value: $ty) -> Result<FlatKey<'de>, E> {
            Ok(FlatKey::Other(Content::$variant(value)))
        }
    )*};
}

impl<'de, T: DeStruct<'de>> Visitor<'de> for FlatKeySeed<T> {
    type Value = FlatKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    other_keys! {
        visit_bool(bool) => Bool
        visit_i8(i8) => I8
        visit_i16(i16) => I16
        visit_i32(i32) => I32
        visit_i64(i64) => I64
        visit_u8(u8) => U8
        visit_u16(u16) => U16
        visit_u32(u32) => U32
        visit_u64(u64) => U64
        visit_f32(f32) => F32
        visit_f64(f64) => F64
        visit_char(char) => Char
    }

    fn visit_unit<E: Error>(self) -> Result<FlatKey<'de>, E> {
        Ok(FlatKey::Other(Content::Unit))
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<FlatKey<'de>, E> {
        Ok(own_or::<T>(Some(value), || {
            Content::String(value.to_owned())
        }))
    }

    #[inline]
    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<FlatKey<'de>, E> {
        Ok(own_or::<T>(Some(value), || Content::Str(value)))
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<FlatKey<'de>, E> {
        let name = core::str::from_utf8(value).ok();
        Ok(own_or::<T>(name, || Content::ByteBuf(value.to_vec())))
    }

    fn visit_borrowed_bytes<E: Error>(self, value: &'de [u8]) -> Result<FlatKey<'de>, E> {
        let name = core::str::from_utf8(value).ok();
        Ok(own_or::<T>(name, || Content::Bytes(value)))
    }
}

/// Buffers the value of a key the model does not own, for the flattened fields.
#[inline]
pub fn collect<'de, A: MapAccess<'de>>(
    map: &mut A,
    leftovers: &mut Leftovers<'de>,
    key: Content<'de>,
) -> Result<(), A::Error> {
    let value = map.next_value::<Content<'de>>()?;
    leftovers.push(Some((key, value)));
    Ok(())
}

/// `deny_unknown_fields` on a model that flattens: the first key no flattened field took is
/// serde's `unknown field` (without the list of expected keys, which serde cannot know).
#[inline]
pub fn deny_leftovers<E: Error>(leftovers: Leftovers<'_>) -> Result<(), E> {
    match leftovers.into_iter().flatten().next() {
        None => Ok(()),
        Some((key, _)) => Err(match key.as_str() {
            Some(key) => E::custom(format_args!("unknown field `{key}`")),
            None => E::custom("unexpected map key"),
        }),
    }
}

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

/// What a [`Slot`] (or a tuple of them) gives once read. Its own trait, without the
/// `Deserialize` bounds: naming the type of the generated `let` then needs no bound, so a field
/// type that is not `Deserialize` is reported once, at the field.
pub trait Out: Sized {
    /// The field's value: the field itself, or an `Option` the generated code finishes
    /// ([`Raw`]).
    type Out;
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

/// A model's keyed fields while it is read: a tuple of [`Slot`]s, one per key of
/// `DeStruct::FIELDS`, in order. The per-field code is compiled here, once, instead of in
/// every model's `visit`.
pub trait Slots<'de>: Out {
    /// Reads the value of field `index` of `T` ([`UNKNOWN`] or out of range: skipped).
    fn read<T: DeStruct<'de>, F: Fields<'de>>(
        &mut self,
        index: usize,
        fields: &mut F,
    ) -> Result<(), F::Error>;
    /// Every field's value once the input ended; the first absent required field is the error.
    fn finish<T: DeStruct<'de>, F: Fields<'de>>(self, fields: &F) -> Result<Self::Out, F::Error>;
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

/// `Deserialize` of a unit struct, as serde_derive's: through `deserialize_unit_struct`,
/// accepting a unit (`null` in JSON).
#[inline]
pub fn unit_struct<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    name: &'static str,
    value: T,
) -> Result<T, D::Error> {
    deserializer.deserialize_unit_struct(
        name,
        UnitVisitor {
            name,
            expecting: None,
            value,
        },
    )
}

/// [`unit_struct`] with serde's `expecting = "..."`.
#[inline]
pub fn unit_struct_expecting<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    name: &'static str,
    expecting: &'static str,
    value: T,
) -> Result<T, D::Error> {
    deserializer.deserialize_unit_struct(
        name,
        UnitVisitor {
            name,
            expecting: Some(expecting),
            value,
        },
    )
}

struct UnitVisitor<T> {
    name: &'static str,
    expecting: Option<&'static str>,
    value: T,
}

impl<T> Visitor<'_> for UnitVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expecting {
            Some(text) => f.write_str(text),
            None => write!(f, "unit struct {}", self.name),
        }
    }

    fn visit_unit<E: Error>(self) -> Result<T, E> {
        Ok(self.value)
    }
}

/// serde's `#[serde(borrow)]` on a `Cow<'a, str>` field: borrowed from the input when the
/// format hands out borrowed text, owned otherwise.
pub fn borrow_cow_str<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<std::borrow::Cow<'a, str>, D::Error> {
    struct CowStr;

    impl<'a> Visitor<'a> for CowStr {
        type Value = std::borrow::Cow<'a, str>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_borrowed_str<E: Error>(self, v: &'a str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v))
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.to_owned()))
        }

        fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v))
        }

        fn visit_borrowed_bytes<E: Error>(self, v: &'a [u8]) -> Result<Self::Value, E> {
            core::str::from_utf8(v)
                .map(std::borrow::Cow::Borrowed)
                .map_err(|_| E::invalid_value(Unexpected::Bytes(v), &self))
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            core::str::from_utf8(v)
                .map(|s| std::borrow::Cow::Owned(s.to_owned()))
                .map_err(|_| E::invalid_value(Unexpected::Bytes(v), &self))
        }

        fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            String::from_utf8(v)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| E::invalid_value(Unexpected::Bytes(&e.into_bytes()), &self))
        }
    }

    deserializer.deserialize_str(CowStr)
}

/// serde's `#[serde(borrow)]` on a `Cow<'a, [u8]>` field.
pub fn borrow_cow_bytes<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<std::borrow::Cow<'a, [u8]>, D::Error> {
    struct CowBytes;

    impl<'a> Visitor<'a> for CowBytes {
        type Value = std::borrow::Cow<'a, [u8]>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a byte array")
        }

        fn visit_borrowed_str<E: Error>(self, v: &'a str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v.as_bytes()))
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.as_bytes().to_vec()))
        }

        fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.into_bytes()))
        }

        fn visit_borrowed_bytes<E: Error>(self, v: &'a [u8]) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v))
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.to_vec()))
        }

        fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v))
        }
    }

    deserializer.deserialize_bytes(CowBytes)
}
