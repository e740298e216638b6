//! serde's attribute cases (`test_suite/tests/test_annotations.rs` in the serde repository)
//! whose types serde derives in one direction only, because the other one cannot exist: a field
//! `&'a i8` (serde derives `Serialize` only), a flattened `IgnoredAny` or hand-written `Any`
//! (`Deserialize` only), a `field_identifier` / `variant_identifier` enum (serde_derive refuses
//! to serialize one). `ApiModel` writes both impls from one derive, so these types compile only
//! if the impl that cannot be built is left out or stated so that it never has to hold; each
//! test checks the direction serde's case checks.

#![allow(
    clippy::too_many_lines,
    clippy::items_after_statements,
    clippy::trivially_copy_pass_by_ref,
    explicit_outlives_requirements,
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

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
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

#[test]
fn skip_serializing_struct() {
    let a = 1;
    assert_ser_tokens(
        &SkipSerializingStruct { a: &a, b: 2, c: 3 },
        &[
            T::Struct {
                name: "SkipSerializingStruct",
                len: 2,
            },
            T::Str("a"),
            T::I8(1),
            T::Str("c"),
            T::I32(3),
            T::StructEnd,
        ],
    );
    // `c` is 123, which `should_skip`: left out, and the length says so.
    assert_ser_tokens(
        &SkipSerializingStruct {
            a: &a,
            b: 2,
            c: 123,
        },
        &[
            T::Struct {
                name: "SkipSerializingStruct",
                len: 1,
            },
            T::Str("a"),
            T::I8(1),
            T::StructEnd,
        ],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct SkipSerializingTupleStruct<'a, B, C>(
    &'a i8,
    #[serde(skip_serializing)] B,
    #[serde(skip_serializing_if = "ShouldSkip::should_skip")] C,
)
where
    C: ShouldSkip;

#[test]
fn skip_serializing_tuple_struct() {
    let a = 1;
    assert_ser_tokens(
        &SkipSerializingTupleStruct(&a, 2, 3),
        &[
            T::TupleStruct {
                name: "SkipSerializingTupleStruct",
                len: 2,
            },
            T::I8(1),
            T::I32(3),
            T::TupleStructEnd,
        ],
    );
    assert_ser_tokens(
        &SkipSerializingTupleStruct(&a, 2, 123),
        &[
            T::TupleStruct {
                name: "SkipSerializingTupleStruct",
                len: 1,
            },
            T::I8(1),
            T::TupleStructEnd,
        ],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
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

#[test]
fn skip_serializing_enum() {
    let a = 1;
    for (c, len) in [(3, 2), (123, 1)] {
        let mut fields = vec![T::Str("a"), T::I8(1)];
        let mut elements = vec![T::I8(1)];
        if len == 2 {
            fields.extend([T::Str("c"), T::I32(c)]);
            elements.push(T::I32(c));
        }

        let mut tokens = vec![T::StructVariant {
            name: "SkipSerializingEnum",
            variant: "Struct",
            len,
        }];
        tokens.extend(fields);
        tokens.push(T::StructVariantEnd);
        assert_ser_tokens(&SkipSerializingEnum::Struct { a: &a, _b: 2, c }, &tokens);

        let mut tokens = vec![T::TupleVariant {
            name: "SkipSerializingEnum",
            variant: "Tuple",
            len,
        }];
        tokens.extend(elements);
        tokens.push(T::TupleVariantEnd);
        assert_ser_tokens(&SkipSerializingEnum::Tuple(&a, 2, c), &tokens);
    }
}

/// Neither `Serialize` nor `Deserialize`.
#[derive(Debug, PartialEq)]
struct NotSerializeStruct(i8);

/// Neither `Serialize` nor `Deserialize`; written through `serialize_with` only.
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
#[api(serde_defaults)]
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
#[api(serde_defaults)]
struct SerializeWithStruct<'a, B>
where
    B: SerializeWith,
{
    a: &'a i8,
    #[serde(serialize_with = "SerializeWith::serialize_with")]
    b: B,
}

#[test]
fn serialize_with_struct() {
    let a = 1;
    for (b, flag) in [(2, false), (123, true)] {
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
                T::Bool(flag),
                T::StructEnd,
            ],
        );
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
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

#[test]
fn serialize_with_enum() {
    let a = 1;
    for (b, flag) in [(2, false), (123, true)] {
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
                T::Bool(flag),
                T::StructVariantEnd,
            ],
        );
    }
}

/// `flatten::ignored_any`: a flattened `IgnoredAny` takes whatever is left of a map or struct.
#[test]
fn flatten_ignored_any() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Outer {
        #[serde(flatten)]
        inner: IgnoredAny,
    }

    assert_de_tokens(
        &Outer { inner: IgnoredAny },
        &[T::Map { len: None }, T::MapEnd],
    );
    assert_de_tokens(
        &Outer { inner: IgnoredAny },
        &[
            T::Struct {
                name: "DoNotMatter",
                len: 0,
            },
            T::StructEnd,
        ],
    );
}

/// `flatten::flatten_any_after_flatten_struct`: a flattened reader that asks for `any` after
/// a flattened struct took its keys sees an empty map.
#[test]
fn flatten_any_after_flatten_struct() {
    #[derive(PartialEq, Debug)]
    struct Any;

    impl<'de> Deserialize<'de> for Any {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct AnyVisitor;

            impl<'de> Visitor<'de> for AnyVisitor {
                type Value = Any;

                fn expecting(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
                    unreachable!("Any reads every shape")
                }

                fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Any, M::Error> {
                    while let Some((Any, Any)) = map.next_entry()? {}
                    Ok(Any)
                }
            }

            deserializer.deserialize_any(AnyVisitor)
        }
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Outer {
        #[serde(flatten)]
        inner: Inner,
        #[serde(flatten)]
        extra: Any,
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Inner {
        inner: i32,
    }

    assert_de_tokens(
        &Outer {
            inner: Inner { inner: 0 },
            extra: Any,
        },
        &[T::Map { len: None }, T::Str("inner"), T::I32(0), T::MapEnd],
    );
}

/// `field_identifier` and `variant_identifier` enums: serde_derive refuses to serialize them
/// ("field identifiers cannot be serialized").
#[test]
fn expecting_message_identifier_enum() {
    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(field_identifier)]
    #[serde(expecting = "something strange...")]
    enum FieldEnum {
        Field,
    }

    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(variant_identifier)]
    #[serde(expecting = "something strange...")]
    enum VariantEnum {
        Variant,
    }

    assert_de_tokens_error::<FieldEnum>(
        &[T::Unit],
        "invalid type: unit value, expected something strange...",
    );
    assert_de_tokens_error::<FieldEnum>(
        &[T::Enum { name: "FieldEnum" }, T::Str("Unknown"), T::None],
        "invalid type: map, expected something strange...",
    );
    assert_de_tokens_error::<VariantEnum>(
        &[T::Unit],
        "invalid type: unit value, expected something strange...",
    );
    assert_de_tokens_error::<VariantEnum>(
        &[
            T::Enum {
                name: "VariantEnum",
            },
            T::Str("Unknown"),
            T::None,
        ],
        "invalid type: map, expected something strange...",
    );
}
