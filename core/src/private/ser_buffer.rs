//! A written value held until it can be written again: serde hands a tuple or struct variant to
//! its serializer one field at a time, but a map takes each value whole. Where such a variant is
//! a map's value (a flattened externally tagged enum, or an externally tagged enum inside an
//! internally tagged newtype variant), its fields are buffered here and written as one value,
//! the way serde_derive's own buffer writes them: same calls, same names, same lengths.

use std::marker::PhantomData;

use serde::ser::{self, Serialize, Serializer};

/// A value as it was written, call for call.
pub enum Buffered {
    Bool(bool),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    F32(f32),
    F64(f64),
    Char(char),
    Str(String),
    Bytes(Vec<u8>),
    None,
    Some(Box<Buffered>),
    Unit,
    UnitStruct(&'static str),
    UnitVariant(&'static str, u32, &'static str),
    NewtypeStruct(&'static str, Box<Buffered>),
    NewtypeVariant(&'static str, u32, &'static str, Box<Buffered>),
    Seq(Vec<Buffered>),
    Tuple(Vec<Buffered>),
    TupleStruct(&'static str, Vec<Buffered>),
    TupleVariant(&'static str, u32, &'static str, Vec<Buffered>),
    Map(Vec<(Buffered, Buffered)>),
    Struct(&'static str, Vec<(&'static str, Buffered)>),
    StructVariant(
        &'static str,
        u32,
        &'static str,
        Vec<(&'static str, Buffered)>,
    ),
}

/// `value` written into a [`Buffered`].
pub fn buffer<T: ?Sized + Serialize, E: ser::Error>(value: &T) -> Result<Buffered, E> {
    value.serialize(serializer())
}

impl Serialize for Buffered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Bool(v) => serializer.serialize_bool(*v),
            Self::I8(v) => serializer.serialize_i8(*v),
            Self::I16(v) => serializer.serialize_i16(*v),
            Self::I32(v) => serializer.serialize_i32(*v),
            Self::I64(v) => serializer.serialize_i64(*v),
            Self::U8(v) => serializer.serialize_u8(*v),
            Self::U16(v) => serializer.serialize_u16(*v),
            Self::U32(v) => serializer.serialize_u32(*v),
            Self::U64(v) => serializer.serialize_u64(*v),
            Self::F32(v) => serializer.serialize_f32(*v),
            Self::F64(v) => serializer.serialize_f64(*v),
            Self::Char(v) => serializer.serialize_char(*v),
            Self::Str(v) => serializer.serialize_str(v),
            Self::Bytes(v) => serializer.serialize_bytes(v),
            Self::None => serializer.serialize_none(),
            Self::Some(v) => serializer.serialize_some(&**v),
            Self::Unit => serializer.serialize_unit(),
            Self::UnitStruct(name) => serializer.serialize_unit_struct(name),
            Self::UnitVariant(name, index, variant) => {
                serializer.serialize_unit_variant(name, *index, variant)
            }
            Self::NewtypeStruct(name, v) => serializer.serialize_newtype_struct(name, &**v),
            Self::NewtypeVariant(name, index, variant, v) => {
                serializer.serialize_newtype_variant(name, *index, variant, &**v)
            }
            Self::Seq(items) => write_seq(serializer, items),
            Self::Tuple(items) => {
                let mut state = serializer.serialize_tuple(items.len())?;
                for item in items {
                    ser::SerializeTuple::serialize_element(&mut state, item)?;
                }
                ser::SerializeTuple::end(state)
            }
            Self::TupleStruct(name, items) => {
                let mut state = serializer.serialize_tuple_struct(name, items.len())?;
                for item in items {
                    ser::SerializeTupleStruct::serialize_field(&mut state, item)?;
                }
                ser::SerializeTupleStruct::end(state)
            }
            Self::TupleVariant(name, index, variant, items) => {
                let mut state =
                    serializer.serialize_tuple_variant(name, *index, variant, items.len())?;
                for item in items {
                    ser::SerializeTupleVariant::serialize_field(&mut state, item)?;
                }
                ser::SerializeTupleVariant::end(state)
            }
            Self::Map(entries) => write_map(serializer, entries),
            Self::Struct(name, fields) => {
                let mut state = serializer.serialize_struct(name, fields.len())?;
                for (key, value) in fields {
                    ser::SerializeStruct::serialize_field(&mut state, key, value)?;
                }
                ser::SerializeStruct::end(state)
            }
            Self::StructVariant(name, index, variant, fields) => {
                let mut state =
                    serializer.serialize_struct_variant(name, *index, variant, fields.len())?;
                for (key, value) in fields {
                    ser::SerializeStructVariant::serialize_field(&mut state, key, value)?;
                }
                ser::SerializeStructVariant::end(state)
            }
        }
    }
}

fn write_seq<S: Serializer>(serializer: S, items: &[Buffered]) -> Result<S::Ok, S::Error> {
    let mut state = serializer.serialize_seq(Some(items.len()))?;
    for item in items {
        ser::SerializeSeq::serialize_element(&mut state, item)?;
    }
    ser::SerializeSeq::end(state)
}

fn write_map<S: Serializer>(
    serializer: S,
    entries: &[(Buffered, Buffered)],
) -> Result<S::Ok, S::Error> {
    let mut state = serializer.serialize_map(Some(entries.len()))?;
    for (key, value) in entries {
        ser::SerializeMap::serialize_entry(&mut state, key, value)?;
    }
    ser::SerializeMap::end(state)
}

/// The serializer whose output is a [`Buffered`]; errors are the caller's type `E`. 128-bit
/// integers keep serde's default refusal, as serde_derive's buffer does.
pub struct BufferSerializer<E>(PhantomData<E>);

/// The serializer into a [`Buffered`], with the caller's error type.
pub fn serializer<E: ser::Error>() -> BufferSerializer<E> {
    BufferSerializer(PhantomData)
}

/// A sequence-like value being buffered: its items, and how it was begun.
pub struct SeqBuffer<E> {
    items: Vec<Buffered>,
    kind: SeqKind,
    marker: PhantomData<E>,
}

enum SeqKind {
    Seq,
    Tuple,
    TupleStruct(&'static str),
    TupleVariant(&'static str, u32, &'static str),
}

/// A map being buffered: its entries, and the key waiting for its value.
pub struct MapBuffer<E> {
    entries: Vec<(Buffered, Buffered)>,
    key: Option<Buffered>,
    marker: PhantomData<E>,
}

/// A struct or struct variant being buffered: its fields, and how it was begun.
pub struct StructBuffer<E> {
    fields: Vec<(&'static str, Buffered)>,
    variant: Option<(u32, &'static str)>,
    name: &'static str,
    marker: PhantomData<E>,
}

impl<E: ser::Error> BufferSerializer<E> {
    fn seq(kind: SeqKind, len: Option<usize>) -> SeqBuffer<E> {
        SeqBuffer {
            items: Vec::with_capacity(len.unwrap_or(0)),
            kind,
            marker: PhantomData,
        }
    }

    fn structure(
        name: &'static str,
        variant: Option<(u32, &'static str)>,
        len: usize,
    ) -> StructBuffer<E> {
        StructBuffer {
            fields: Vec::with_capacity(len),
            variant,
            name,
            marker: PhantomData,
        }
    }
}

macro_rules! buffer_scalars {
    ($($method:ident($ty:ty) => $variant:ident,)*) => {$(
        fn $method(self, value: $ty) -> Result<Buffered, E> {
            Ok(Buffered::$variant(value.into()))
        }
    )*};
}

impl<E: ser::Error> Serializer for BufferSerializer<E> {
    type Ok = Buffered;
    type Error = E;
    type SerializeSeq = SeqBuffer<E>;
    type SerializeTuple = SeqBuffer<E>;
    type SerializeTupleStruct = SeqBuffer<E>;
    type SerializeTupleVariant = SeqBuffer<E>;
    type SerializeMap = MapBuffer<E>;
    type SerializeStruct = StructBuffer<E>;
    type SerializeStructVariant = StructBuffer<E>;

    buffer_scalars! {
        serialize_bool(bool) => Bool,
        serialize_i8(i8) => I8,
        serialize_i16(i16) => I16,
        serialize_i32(i32) => I32,
        serialize_i64(i64) => I64,
        serialize_u8(u8) => U8,
        serialize_u16(u16) => U16,
        serialize_u32(u32) => U32,
        serialize_u64(u64) => U64,
        serialize_f32(f32) => F32,
        serialize_f64(f64) => F64,
        serialize_char(char) => Char,
        serialize_str(&str) => Str,
        serialize_bytes(&[u8]) => Bytes,
    }

    fn serialize_none(self) -> Result<Buffered, E> {
        Ok(Buffered::None)
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Buffered, E> {
        Ok(Buffered::Some(Box::new(buffer(value)?)))
    }

    fn serialize_unit(self) -> Result<Buffered, E> {
        Ok(Buffered::Unit)
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<Buffered, E> {
        Ok(Buffered::UnitStruct(name))
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<Buffered, E> {
        Ok(Buffered::UnitVariant(name, index, variant))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<Buffered, E> {
        Ok(Buffered::NewtypeStruct(name, Box::new(buffer(value)?)))
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Buffered, E> {
        let value = Box::new(buffer(value)?);
        Ok(Buffered::NewtypeVariant(name, index, variant, value))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuffer<E>, E> {
        Ok(Self::seq(SeqKind::Seq, len))
    }

    fn serialize_tuple(self, len: usize) -> Result<SeqBuffer<E>, E> {
        Ok(Self::seq(SeqKind::Tuple, Some(len)))
    }

    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<SeqBuffer<E>, E> {
        Ok(Self::seq(SeqKind::TupleStruct(name), Some(len)))
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<SeqBuffer<E>, E> {
        let kind = SeqKind::TupleVariant(name, index, variant);
        Ok(Self::seq(kind, Some(len)))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<MapBuffer<E>, E> {
        Ok(MapBuffer {
            entries: Vec::with_capacity(len.unwrap_or(0)),
            key: None,
            marker: PhantomData,
        })
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<StructBuffer<E>, E> {
        Ok(Self::structure(name, None, len))
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<StructBuffer<E>, E> {
        Ok(Self::structure(name, Some((index, variant)), len))
    }
}

impl<E: ser::Error> SeqBuffer<E> {
    fn push<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), E> {
        self.items.push(buffer(value)?);
        Ok(())
    }

    fn finish(self) -> Buffered {
        match self.kind {
            SeqKind::Seq => Buffered::Seq(self.items),
            SeqKind::Tuple => Buffered::Tuple(self.items),
            SeqKind::TupleStruct(name) => Buffered::TupleStruct(name, self.items),
            SeqKind::TupleVariant(name, index, variant) => {
                Buffered::TupleVariant(name, index, variant, self.items)
            }
        }
    }
}

macro_rules! seq_buffer {
    ($($trait:ident::$method:ident,)*) => {$(
        impl<E: ser::Error> ser::$trait for SeqBuffer<E> {
            type Ok = Buffered;
            type Error = E;

            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), E> {
                self.push(value)
            }

            fn end(self) -> Result<Buffered, E> {
                Ok(self.finish())
            }
        }
    )*};
}

seq_buffer! {
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
}

impl<E: ser::Error> ser::SerializeMap for MapBuffer<E> {
    type Ok = Buffered;
    type Error = E;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), E> {
        self.key = Some(buffer(key)?);
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), E> {
        let key = self
            .key
            .take()
            .ok_or_else(|| E::custom("serialize_value called before serialize_key"))?;
        self.entries.push((key, buffer(value)?));
        Ok(())
    }

    fn end(self) -> Result<Buffered, E> {
        Ok(Buffered::Map(self.entries))
    }
}

impl<E: ser::Error> StructBuffer<E> {
    fn push<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), E> {
        self.fields.push((key, buffer(value)?));
        Ok(())
    }

    fn finish(self) -> Buffered {
        match self.variant {
            None => Buffered::Struct(self.name, self.fields),
            Some((index, variant)) => {
                Buffered::StructVariant(self.name, index, variant, self.fields)
            }
        }
    }
}

macro_rules! struct_buffer {
    ($($trait:ident,)*) => {$(
        impl<E: ser::Error> ser::$trait for StructBuffer<E> {
            type Ok = Buffered;
            type Error = E;

            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), E> {
                self.push(key, value)
            }

            fn end(self) -> Result<Buffered, E> {
                Ok(self.finish())
            }
        }
    )*};
}

struct_buffer! {
    SerializeStruct,
    SerializeStructVariant,
}

/// A tuple or struct variant written as the value of a map entry whose key is already written:
/// its fields are buffered (into the `B` it was begun with), written as one value when the
/// variant ends, and then the map is ended. A flattened enum's map is the parent's, whose end
/// writes nothing.
pub struct VariantValue<M, B> {
    map: M,
    fields: B,
}

impl<M, B> VariantValue<M, B> {
    /// The variant's fields go to `fields`, then into `map`'s pending entry.
    pub fn new(map: M, fields: B) -> Self {
        Self { map, fields }
    }
}

impl<M: ser::SerializeMap> ser::SerializeTupleVariant for VariantValue<M, SeqBuffer<M::Error>> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), M::Error> {
        self.fields.push(value)
    }

    fn end(mut self) -> Result<M::Ok, M::Error> {
        self.map.serialize_value(&self.fields.finish())?;
        self.map.end()
    }
}

impl<M: ser::SerializeMap> ser::SerializeStructVariant for VariantValue<M, StructBuffer<M::Error>> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.fields.push(key, value)
    }

    fn end(mut self) -> Result<M::Ok, M::Error> {
        self.map.serialize_value(&self.fields.finish())?;
        self.map.end()
    }
}
