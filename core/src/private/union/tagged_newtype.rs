//! An internally tagged newtype variant written: the value's own map or struct with the tag as
//! its first entry (serde's `serialize_tagged_newtype`); an externally tagged variant inside is
//! its name's entry; a value that is no map is refused.

use serde::ser::{self, Impossible, Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::__private::ser_buffer::{SeqBuffer, StructBuffer, VariantValue, serializer};

/// An internally tagged newtype variant: the value's map or struct with the tag first, as
/// serde's `serialize_tagged_newtype`.
#[inline]
pub fn tagged_newtype<S: Serializer, V: ?Sized + Serialize>(
    serializer: S,
    (name, variant): (&'static str, &'static str),
    tag: &'static str,
    wire: &'static str,
    value: &V,
) -> Result<S::Ok, S::Error> {
    value.serialize(Tagged {
        name,
        variant,
        tag,
        wire,
        delegate: serializer,
    })
}

struct Tagged<S> {
    name: &'static str,
    variant: &'static str,
    tag: &'static str,
    wire: &'static str,
    delegate: S,
}

impl<S: Serializer> Tagged<S> {
    fn bad(&self, what: &str) -> S::Error {
        ser::Error::custom(format_args!(
            "cannot serialize tagged newtype variant {}::{} containing {what}",
            self.name, self.variant
        ))
    }

    /// A two-entry map begun with the tag's entry and `inner`'s key.
    fn tag_and_key(self, inner: &'static str) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.delegate.serialize_map(Some(2))?;
        map.serialize_entry(self.tag, self.wire)?;
        map.serialize_key(inner)?;
        Ok(map)
    }

    /// `{"tag": "wire"}`, with `"inner": null` for a unit variant of an inner enum.
    fn tag_only(self, inner: Option<&'static str>) -> Result<S::Ok, S::Error> {
        let mut map = self
            .delegate
            .serialize_map(Some(1 + usize::from(inner.is_some())))?;
        map.serialize_entry(self.tag, self.wire)?;
        if let Some(key) = inner {
            map.serialize_entry(key, &())?;
        }
        map.end()
    }
}

macro_rules! bad_scalar {
    ($($method:ident($ty:ty) => $what:literal)*) => {
        $(
            fn $method(self, _: $ty) -> Result<S::Ok, S::Error> {
                Err(self.bad($what))
            }
        )*
    };
}

impl<S: Serializer> Serializer for Tagged<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = VariantValue<S::SerializeMap, SeqBuffer<S::Error>>;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = S::SerializeStruct;
    type SerializeStructVariant = VariantValue<S::SerializeMap, StructBuffer<S::Error>>;

    bad_scalar! {
        serialize_bool(bool) => "a boolean"
        serialize_i8(i8) => "an integer"
        serialize_i16(i16) => "an integer"
        serialize_i32(i32) => "an integer"
        serialize_i64(i64) => "an integer"
        serialize_i128(i128) => "an integer"
        serialize_u8(u8) => "an integer"
        serialize_u16(u16) => "an integer"
        serialize_u32(u32) => "an integer"
        serialize_u64(u64) => "an integer"
        serialize_u128(u128) => "an integer"
        serialize_f32(f32) => "a float"
        serialize_f64(f64) => "a float"
        serialize_char(char) => "a char"
        serialize_str(&str) => "a string"
        serialize_bytes(&[u8]) => "a byte array"
    }

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        Err(self.bad("an optional"))
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(self.bad("an optional"))
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.tag_only(None)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<S::Ok, S::Error> {
        self.tag_only(None)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.tag_only(Some(inner))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let mut map = self.delegate.serialize_map(Some(2))?;
        map.serialize_entry(self.tag, self.wire)?;
        map.serialize_entry(inner, value)?;
        map.end()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(self.bad("a sequence"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(self.bad("a tuple"))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(self.bad("a tuple struct"))
    }

    /// An externally tagged tuple variant inside: `{"tag": "wire", "inner": [fields]}`, the
    /// fields buffered and written as a tuple struct named after the inner variant (serde's).
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        let map = self.tag_and_key(inner)?;
        Ok(VariantValue::new(
            map,
            serializer().serialize_tuple_struct(inner, len)?,
        ))
    }

    /// An externally tagged struct variant inside: `{"tag": "wire", "inner": {fields}}`, the
    /// fields buffered and written as a struct named after the inner variant (serde's).
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        inner: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let map = self.tag_and_key(inner)?;
        Ok(VariantValue::new(
            map,
            serializer().serialize_struct(inner, len)?,
        ))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.delegate.serialize_map(len.map(|len| len + 1))?;
        map.serialize_entry(self.tag, self.wire)?;
        Ok(map)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<S::SerializeStruct, S::Error> {
        let mut state = self.delegate.serialize_struct(name, len + 1)?;
        state.serialize_field(self.tag, self.wire)?;
        Ok(state)
    }

    fn is_human_readable(&self) -> bool {
        self.delegate.is_human_readable()
    }
}
