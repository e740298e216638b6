//! Models serde derives in one direction only: `#[derive(Serialize)]` alone for a type that
//! cannot be read (a field `&'a i8`, a field whose type has no `Deserialize`), or
//! `#[derive(Deserialize)]` alone for one that cannot be written (a flattened `IgnoredAny`).
//! Migrated, such a model says which one with `#[api(serialize_only)]` or
//! `#[api(deserialize_only)]` beside `serde_defaults`, and `ApiModel` writes only that impl.
//!
//! The first cases are serde's own (`test_suite/tests/test_annotations.rs` in the serde
//! repository: `test_skip_serializing_struct`, `_tuple_struct`, `_enum`,
//! `test_elt_not_serialize`, `test_serialize_with_struct`, `_enum`, `flatten::ignored_any`,
//! `test_flatten_any_after_flatten_struct`), checked with `serde_test`'s tokens as serde checks
//! them; the rest are every kind of model in both directions, and what stays of each (the
//! builder, the table). `python3 tests/serde_oracle.py one_way` runs this file with serde's one
//! derive in place of each `ApiModel`: every expectation here holds there.

#![allow(
    explicit_outlives_requirements,
    clippy::trivially_copy_pass_by_ref,
    clippy::ref_option_ref,
    reason = "serde's cases, kept in the shapes serde's test suite gives them"
)]

use std::fmt;

use apimodel::ApiModel;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_test::{Token as T, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens};

#[path = "support/serde_case.rs"]
mod serde_case;
use serde_case::{SerializeWith, ShouldSkip};

// ---------------------------------------------------------------------------------------------
// serialize_only: serde's cases holding `&'a i8` (no `Deserialize` for a borrowed integer)

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct SkipSerializingStruct<'a, B, C>
where
    C: ShouldSkip,
{
    a: &'a i8,
    #[serde(skip_serializing)]
    b: B,
    #[serde(skip_serializing_if = "ShouldSkip::should_skip")]
    c: C,
}

/// serde's `test_skip_serializing_struct`: the predicate leaves `c` out, and the length too.
#[test]
fn skip_serializing_struct() {
    let a = 1;
    let struct_of = |len| T::Struct {
        name: "SkipSerializingStruct",
        len,
    };
    assert_ser_tokens(
        &SkipSerializingStruct { a: &a, b: 2, c: 3 },
        &[
            struct_of(2),
            T::Str("a"),
            T::I8(1),
            T::Str("c"),
            T::I32(3),
            T::StructEnd,
        ],
    );
    assert_ser_tokens(
        &SkipSerializingStruct {
            a: &a,
            b: 2,
            c: 123,
        },
        &[struct_of(1), T::Str("a"), T::I8(1), T::StructEnd],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct SkipSerializingTupleStruct<'a, B, C>(
    &'a i8,
    #[serde(skip_serializing)] B,
    #[serde(skip_serializing_if = "ShouldSkip::should_skip")] C,
)
where
    C: ShouldSkip;

/// serde's `test_skip_serializing_tuple_struct`.
#[test]
fn skip_serializing_tuple_struct() {
    let a = 1;
    let tuple_of = |len| T::TupleStruct {
        name: "SkipSerializingTupleStruct",
        len,
    };
    assert_ser_tokens(
        &SkipSerializingTupleStruct(&a, 2, 3),
        &[tuple_of(2), T::I8(1), T::I32(3), T::TupleStructEnd],
    );
    assert_ser_tokens(
        &SkipSerializingTupleStruct(&a, 2, 123),
        &[tuple_of(1), T::I8(1), T::TupleStructEnd],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
enum SkipSerializingEnum<'a, B, C>
where
    C: ShouldSkip,
{
    Struct {
        a: &'a i8,
        #[serde(skip_serializing)]
        _b: B,
        #[serde(skip_serializing_if = "ShouldSkip::should_skip")]
        c: C,
    },
    Tuple(
        &'a i8,
        #[serde(skip_serializing)] B,
        #[serde(skip_serializing_if = "ShouldSkip::should_skip")] C,
    ),
}

/// serde's `test_skip_serializing_enum`: struct and tuple variants.
#[test]
fn skip_serializing_enum() {
    let a = 1;
    let struct_of = |len| T::StructVariant {
        name: "SkipSerializingEnum",
        variant: "Struct",
        len,
    };
    let tuple_of = |len| T::TupleVariant {
        name: "SkipSerializingEnum",
        variant: "Tuple",
        len,
    };
    assert_ser_tokens(
        &SkipSerializingEnum::Struct { a: &a, _b: 2, c: 3 },
        &[
            struct_of(2),
            T::Str("a"),
            T::I8(1),
            T::Str("c"),
            T::I32(3),
            T::StructVariantEnd,
        ],
    );
    assert_ser_tokens(
        &SkipSerializingEnum::Struct {
            a: &a,
            _b: 2,
            c: 123,
        },
        &[struct_of(1), T::Str("a"), T::I8(1), T::StructVariantEnd],
    );
    assert_ser_tokens(
        &SkipSerializingEnum::Tuple(&a, 2, 3),
        &[tuple_of(2), T::I8(1), T::I32(3), T::TupleVariantEnd],
    );
    assert_ser_tokens(
        &SkipSerializingEnum::Tuple(&a, 2, 123),
        &[tuple_of(1), T::I8(1), T::TupleVariantEnd],
    );
}

/// Has no `Serialize`.
#[derive(Debug, PartialEq)]
struct NotSerializeStruct(i8);

/// Has no `Serialize`; written through `SerializeWith`.
#[derive(Debug, PartialEq)]
enum NotSerializeEnum {
    Trouble,
}

impl SerializeWith for NotSerializeEnum {
    fn serialize_with<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        "trouble".serialize(ser)
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct ContainsNotSerialize<'a, B, C, D>
where
    B: 'a,
    D: SerializeWith,
{
    a: &'a Option<i8>,
    #[serde(skip_serializing)]
    b: &'a B,
    #[serde(skip_serializing)]
    c: Option<C>,
    #[serde(serialize_with = "SerializeWith::serialize_with")]
    d: D,
}

/// serde's `test_elt_not_serialize`: skipped fields and a `serialize_with` field need no
/// `Serialize` of their own.
#[test]
fn elt_not_serialize() {
    let a = 1;
    assert_ser_tokens(
        &ContainsNotSerialize {
            a: &Some(a),
            b: &NotSerializeStruct(2),
            c: Some(NotSerializeEnum::Trouble),
            d: NotSerializeEnum::Trouble,
        },
        &[
            T::Struct {
                name: "ContainsNotSerialize",
                len: 2,
            },
            T::Str("a"),
            T::Some,
            T::I8(1),
            T::Str("d"),
            T::Str("trouble"),
            T::StructEnd,
        ],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct SerializeWithStruct<'a, B>
where
    B: SerializeWith,
{
    a: &'a i8,
    #[serde(serialize_with = "SerializeWith::serialize_with")]
    b: B,
}

/// serde's `test_serialize_with_struct`: 123 is written `true`, anything else `false`.
#[test]
fn serialize_with_struct() {
    let a = 1;
    for (b, written) in [(2, false), (123, true)] {
        assert_ser_tokens(
            &SerializeWithStruct { a: &a, b },
            &[
                T::Struct {
                    name: "SerializeWithStruct",
                    len: 2,
                },
                T::Str("a"),
                T::I8(1),
                T::Str("b"),
                T::Bool(written),
                T::StructEnd,
            ],
        );
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
enum SerializeWithEnum<'a, B>
where
    B: SerializeWith,
{
    Struct {
        a: &'a i8,
        #[serde(serialize_with = "SerializeWith::serialize_with")]
        b: B,
    },
}

/// serde's `test_serialize_with_enum`.
#[test]
fn serialize_with_enum() {
    let a = 1;
    for (b, written) in [(2, false), (123, true)] {
        assert_ser_tokens(
            &SerializeWithEnum::Struct { a: &a, b },
            &[
                T::StructVariant {
                    name: "SerializeWithEnum",
                    variant: "Struct",
                    len: 2,
                },
                T::Str("a"),
                T::I8(1),
                T::Str("b"),
                T::Bool(written),
                T::StructVariantEnd,
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// deserialize_only: serde's cases flattening a type with no `Serialize`

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct FlattenIgnoredAny {
    #[serde(flatten)]
    inner: IgnoredAny,
}

/// serde's `flatten::ignored_any`: a map or a struct, its entries taken by `IgnoredAny`.
#[test]
fn flatten_ignored_any() {
    let read = FlattenIgnoredAny { inner: IgnoredAny };
    assert_de_tokens(&read, &[T::Map { len: None }, T::MapEnd]);
    assert_de_tokens(
        &read,
        &[
            T::Struct {
                name: "DoNotMatter",
                len: 0,
            },
            T::StructEnd,
        ],
    );
}

/// Reads any map, keeping nothing; its `expecting` is never asked for.
#[derive(Debug, PartialEq)]
struct Any;

impl<'de> Deserialize<'de> for Any {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnyVisitor;

        impl<'de> Visitor<'de> for AnyVisitor {
            type Value = Any;

            fn expecting(&self, _formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                unimplemented!()
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Any, M::Error> {
                while let Some((Any, Any)) = map.next_entry()? {}
                Ok(Any)
            }
        }

        deserializer.deserialize_any(AnyVisitor)
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct FlattenAnyOuter {
    #[serde(flatten)]
    inner: FlattenAnyInner,
    #[serde(flatten)]
    extra: Any,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct FlattenAnyInner {
    inner: i32,
}

/// serde's `test_flatten_any_after_flatten_struct`: the second flattened type is handed what
/// the first left, here nothing.
#[test]
fn flatten_any_after_flatten_struct() {
    assert_de_tokens(
        &FlattenAnyOuter {
            inner: FlattenAnyInner { inner: 0 },
            extra: Any,
        },
        &[T::Map { len: None }, T::Str("inner"), T::I32(0), T::MapEnd],
    );
}

// ---------------------------------------------------------------------------------------------
// every kind of model, one way

/// A `with` module with only the direction the model derives.
mod read_only_text {
    use serde::{Deserialize, Deserializer};

    /// Reads a number written as a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<u32, D::Error> {
        let text = String::deserialize(de)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A request's body read from the wire: the field with `with` has only a reader.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct Received {
    #[serde(with = "read_only_text")]
    count: u32,
    #[serde(default)]
    note: Option<String>,
}

#[test]
fn deserialize_only_struct_with_a_reader_only_module() {
    assert_de_tokens(
        &Received {
            count: 7,
            note: None,
        },
        &[
            T::Struct {
                name: "Received",
                len: 1,
            },
            T::Str("count"),
            T::Str("7"),
            T::StructEnd,
        ],
    );
    assert_de_tokens_error::<Received>(
        &[
            T::Struct {
                name: "Received",
                len: 1,
            },
            T::StructEnd,
        ],
        "missing field `count`",
    );
}

/// The same module on a newtype.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct Count(#[serde(with = "read_only_text")] u32);

/// A data enum whose newtype variant holds a type with no `Serialize`, read only.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
#[serde(tag = "kind")]
enum Incoming {
    Ping,
    Skipped(Ignored),
}

/// Reads any map, writes nothing (no `Serialize`).
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
struct Ignored {
    #[serde(flatten)]
    rest: IgnoredAny,
}

#[test]
fn deserialize_only_newtype_and_union() {
    assert_de_tokens(
        &Count(12),
        &[T::NewtypeStruct { name: "Count" }, T::Str("12")],
    );
    assert_de_tokens(
        &Incoming::Skipped(Ignored { rest: IgnoredAny }),
        &[
            T::Map { len: None },
            T::Str("kind"),
            T::Str("Skipped"),
            T::Str("anything"),
            T::U8(1),
            T::MapEnd,
        ],
    );
    assert_de_tokens(
        &Incoming::Ping,
        &[
            T::Map { len: None },
            T::Str("kind"),
            T::Str("Ping"),
            T::MapEnd,
        ],
    );
}

/// serde's `field_identifier`, read only, beside a `Serialize` of the application's own that
/// writes it in upper case: the derive adds no second impl.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, deserialize_only)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Column {
    Name,
    Size,
}

impl Serialize for Column {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            Column::Name => "NAME",
            Column::Size => "SIZE",
        })
    }
}

#[test]
fn deserialize_only_identifier_with_its_own_serialize() {
    assert_de_tokens(&Column::Size, &[T::Str("size")]);
    assert_ser_tokens(&Column::Size, &[T::Str("SIZE")]);
}

/// Written only: a unit struct and a string enum whose `Deserialize` the application writes.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct Marker;

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
enum Level {
    Low,
    High,
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(if bool::deserialize(deserializer)? {
            Level::High
        } else {
            Level::Low
        })
    }
}

#[test]
fn serialize_only_unit_and_string_enum() {
    assert_ser_tokens(&Marker, &[T::UnitStruct { name: "Marker" }]);
    assert_ser_tokens(
        &Level::High,
        &[T::UnitVariant {
            name: "Level",
            variant: "High",
        }],
    );
    assert_de_tokens(&Level::High, &[T::Bool(true)]);
}

/// Written only, so its lifetime may be named `'de` (serde_derive's `Serialize` allows it; only
/// a `Deserialize<'de>` would clash).
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults, serialize_only)]
struct Quoted<'de> {
    text: &'de str,
}

#[test]
fn serialize_only_with_a_lifetime_named_de() {
    assert_ser_tokens(
        &Quoted { text: "q" },
        &[
            T::Struct {
                name: "Quoted",
                len: 1,
            },
            T::Str("text"),
            T::Str("q"),
            T::StructEnd,
        ],
    );
}
