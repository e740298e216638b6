//! Deserialization shared by every model: the key tables, the visitor, the error rules.
//!
//! A model implements [`DeStruct`] (its field table and the typed `visit_map` / `visit_seq`
//! bodies); everything else — the `Visitor`, matching keys against the table, duplicate and
//! missing-field errors — is here, once. The messages and the calls made on the `Deserializer`
//! are serde_derive's, so every format behaves as with `#[derive(Deserialize)]`.

use core::fmt;
use core::marker::PhantomData;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected,
    Visitor,
};

/// What a model tells the shared visitor.
pub trait DeStruct<'de>: Sized {
    /// The struct's Rust name, as serde_derive passes it to `deserialize_struct`.
    const NAME: &'static str;
    /// Wire keys of the fields that are deserialized, in declaration order.
    const FIELDS: &'static [&'static str];
    /// `#[api(deny_unknown_fields)]`.
    const DENY_UNKNOWN: bool = false;
    /// The model has `#[api(additional_properties)]`: it is read as a map (like serde's
    /// `flatten`), never as a sequence.
    const FLATTEN: bool = false;

    /// The index of `key` in `FIELDS`. Models with many fields override this with a `match`,
    /// which the compiler turns into a few integer comparisons; a scan is as fast for few.
    #[inline]
    fn field_index(key: &str) -> Option<usize> {
        Self::FIELDS.iter().position(|f| *f == key)
    }

    /// Reads the model from a map of keys to values.
    fn visit_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;

    /// Reads the model from its fields in order (non-self-describing formats).
    fn visit_seq<A: SeqAccess<'de>>(seq: A) -> Result<Self, A::Error> {
        let _ = seq;
        Err(A::Error::invalid_type(
            Unexpected::Seq,
            &Expecting::<Self>(PhantomData),
        ))
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
        deserializer.deserialize_struct(T::NAME, T::FIELDS, visitor)
    }
}

struct Expecting<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> de::Expected for Expecting<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::visit_map(map)
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::visit_seq(seq)
    }
}

/// Index of the key that [`next_key`] returns for a key that is not a field.
pub const UNKNOWN: usize = usize::MAX;

/// The next key as an index into `T::FIELDS`, or [`UNKNOWN`].
#[inline]
pub fn next_key<'de, T, A>(map: &mut A) -> Result<Option<usize>, A::Error>
where
    T: DeStruct<'de>,
    A: MapAccess<'de>,
{
    map.next_key_seed(FieldKey::<T>(PhantomData))
}

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
        let len = T::FIELDS.len();
        match usize::try_from(value) {
            Ok(index) if index < len => Ok(index),
            _ if T::DENY_UNKNOWN => Err(E::invalid_value(
                Unexpected::Unsigned(value),
                &FieldIndex(len),
            )),
            _ => Ok(UNKNOWN),
        }
    }

    #[inline]
    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        match T::field_index(value) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => Err(E::unknown_field(value, T::FIELDS)),
            None => Ok(UNKNOWN),
        }
    }

    fn visit_bytes<E: Error>(self, value: &[u8]) -> Result<usize, E> {
        match core::str::from_utf8(value).ok().and_then(T::field_index) {
            Some(index) => Ok(index),
            None if T::DENY_UNKNOWN => {
                Err(E::unknown_field(&String::from_utf8_lossy(value), T::FIELDS))
            }
            None => Ok(UNKNOWN),
        }
    }
}

/// serde_derive's "field index 0 <= i < N".
struct FieldIndex(usize);

impl de::Expected for FieldIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field index 0 <= i < {}", self.0)
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

/// Reads the value of a field, refusing a second occurrence of its key.
#[inline]
pub fn value<'de, A, V>(
    map: &mut A,
    slot: &mut Option<V>,
    key: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(A::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads the value of a tri-state `Option<Option<T>>` field as `serde_with`'s `double_option`:
/// `null` is `Some(None)` (the slot is the field: an absent key leaves it `None`).
#[inline]
pub fn tri_state<'de, A, V>(
    map: &mut A,
    slot: &mut Option<Option<V>>,
    key: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(A::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of an unknown key.
#[inline]
pub fn ignore<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
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
pub fn missing<'de, V, E>(key: &'static str) -> Result<V, E>
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

/// A field without a default: its value, or what [`missing`] gives.
#[inline]
pub fn or_missing<'de, V, E>(slot: Option<V>, key: &'static str) -> Result<V, E>
where
    V: Deserialize<'de>,
    E: Error,
{
    match slot {
        Some(value) => Ok(value),
        None => missing(key),
    }
}

/// A field whose key must be present (`#[api(required)]`, `with` fields).
#[inline]
pub fn required<V, E: Error>(slot: Option<V>, key: &'static str) -> Result<V, E> {
    match slot {
        Some(value) => Ok(value),
        None => Err(E::missing_field(key)),
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

/// The next element of a model read as a sequence; its end is `invalid length`.
#[inline]
pub fn element<'de, T, A, V>(seq: &mut A, index: usize) -> Result<V, A::Error>
where
    T: DeStruct<'de>,
    A: SeqAccess<'de>,
    V: Deserialize<'de>,
{
    match seq.next_element()? {
        Some(value) => Ok(value),
        None => Err(invalid_length::<T, A::Error>(index)),
    }
}

/// The next element of a field with a default: `None` at the end of the sequence.
#[inline]
pub fn optional_element<'de, A, V>(seq: &mut A) -> Result<Option<V>, A::Error>
where
    A: SeqAccess<'de>,
    V: Deserialize<'de>,
{
    seq.next_element()
}

fn invalid_length<'de, T: DeStruct<'de>, E: Error>(index: usize) -> E {
    E::invalid_length(index, &SeqLen::<T>(PhantomData))
}

/// serde_derive's "struct Name with N elements" ("with 1 element").
struct SeqLen<T>(PhantomData<T>);

impl<'de, T: DeStruct<'de>> de::Expected for SeqLen<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = T::FIELDS.len();
        let plural = if n == 1 { "" } else { "s" };
        write!(f, "struct {} with {n} element{plural}", T::NAME)
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
    deserializer.deserialize_newtype_struct(name, NewtypeVisitor { name, wrap })
}

struct NewtypeVisitor<V, T> {
    name: &'static str,
    wrap: fn(V) -> T,
}

impl<'de, V: Deserialize<'de>, T> Visitor<'de> for NewtypeVisitor<V, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tuple struct {}", self.name)
    }

    #[inline]
    fn visit_newtype_struct<E: Deserializer<'de>>(self, deserializer: E) -> Result<T, E::Error> {
        V::deserialize(deserializer).map(self.wrap)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        match seq.next_element()? {
            Some(value) => Ok((self.wrap)(value)),
            None => Err(A::Error::invalid_length(0, &NewtypeLen(self.name))),
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
