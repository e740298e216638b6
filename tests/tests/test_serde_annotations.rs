//! serde's own attribute cases (`test_suite/tests/test_annotations.rs` in the serde repository),
//! ported: every type derives `ApiModel` with `#[api(serde_defaults)]` in place of
//! `Serialize, Deserialize`, its `#[serde(...)]` lines as serde's case writes them, and each test
//! checks, with `serde_test`'s tokens, what serde's test checks of serde_derive.
//!
//! The flatten cases are in `test_serde_flatten.rs`; the cases whose types serde derives in one
//! direction only (a field `&'a i8`, a flattened `IgnoredAny`) in `test_serde_one_way.rs`, with
//! `#[api(serialize_only)]` / `#[api(deserialize_only)]`. Not ported: `test_non_string_renames` and
//! `test_non_string_aliases` (`rename = -1`, `alias = true`: serde_derive 1.0.229 refuses
//! them, "expected serde rename attribute to be a string"); `allow_duplicates` (an older
//! revision's case; no released serde_derive has the attribute). None of the cases uses
//! `remote` or `getter`.
//!
//! `python3 tests/serde_oracle.py` runs these files with serde_derive in place of `ApiModel`:
//! every expectation here must hold there.

#![allow(
    clippy::too_many_lines,
    clippy::items_after_statements,
    clippy::unnecessary_wraps,
    clippy::trivially_copy_pass_by_ref,
    clippy::type_repetition_in_bounds,
    clippy::from_over_into,
    reason = "serde's cases, kept in the shapes serde's test suite gives them"
)]

use std::marker::PhantomData;

use apimodel::ApiModel;
use serde::de::{self, Unexpected};
use serde::{Deserialize, Deserializer, Serializer};
use serde_test::{
    Token as T, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens, assert_tokens,
};

#[path = "support/serde_case.rs"]
mod serde_case;
use serde_case::{DeserializeWith, MyDefault, SerializeWith};

// ---------------------------------------------------------------------------------------------
// default, skip_deserializing

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct DefaultStruct<A, B, C, D, E>
where
    C: MyDefault,
    E: MyDefault,
{
    a1: A,
    #[serde(default)]
    a2: B,
    #[serde(default = "MyDefault::my_default")]
    a3: C,
    #[serde(skip_deserializing)]
    a4: D,
    #[serde(skip_deserializing, default = "MyDefault::my_default")]
    a5: E,
}

/// `Token::Struct` of `name` with `len` 3 (serde_test does not check `len` when reading).
fn open(name: &'static str) -> T {
    T::Struct { name, len: 3 }
}

#[test]
fn default_struct() {
    let full = DefaultStruct {
        a1: 1,
        a2: 2,
        a3: 3,
        a4: 0,
        a5: 123,
    };
    assert_de_tokens(
        &full,
        &[
            open("DefaultStruct"),
            T::Str("a1"),
            T::I32(1),
            T::Str("a2"),
            T::I32(2),
            T::Str("a3"),
            T::I32(3),
            T::Str("a4"),
            T::I32(4),
            T::Str("a5"),
            T::I32(5),
            T::StructEnd,
        ],
    );
    let sparse = DefaultStruct {
        a1: 1,
        a2: 0,
        a3: 123,
        a4: 0,
        a5: 123,
    };
    assert_de_tokens(
        &sparse,
        &[open("DefaultStruct"), T::Str("a1"), T::I32(1), T::StructEnd],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct DefaultTupleStruct<A, B, C>(
    A,
    #[serde(default)] B,
    #[serde(default = "MyDefault::my_default")] C,
)
where
    C: MyDefault;

#[test]
fn default_tuple() {
    let open = T::TupleStruct {
        name: "DefaultTupleStruct",
        len: 3,
    };
    assert_de_tokens(
        &DefaultTupleStruct(1, 2, 3),
        &[open, T::I32(1), T::I32(2), T::I32(3), T::TupleStructEnd],
    );
    assert_de_tokens(
        &DefaultTupleStruct(1, 0, 123),
        &[open, T::I32(1), T::TupleStructEnd],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
enum DefaultStructVariant<A, B, C, D, E>
where
    C: MyDefault,
    E: MyDefault,
{
    Struct {
        a1: A,
        #[serde(default)]
        a2: B,
        #[serde(default = "MyDefault::my_default")]
        a3: C,
        #[serde(skip_deserializing)]
        a4: D,
        #[serde(skip_deserializing, default = "MyDefault::my_default")]
        a5: E,
    },
}

#[test]
fn default_struct_variant() {
    let open = T::StructVariant {
        name: "DefaultStructVariant",
        variant: "Struct",
        len: 3,
    };
    assert_de_tokens(
        &DefaultStructVariant::Struct {
            a1: 1,
            a2: 2,
            a3: 3,
            a4: 0,
            a5: 123,
        },
        &[
            open,
            T::Str("a1"),
            T::I32(1),
            T::Str("a2"),
            T::I32(2),
            T::Str("a3"),
            T::I32(3),
            T::Str("a4"),
            T::I32(4),
            T::Str("a5"),
            T::I32(5),
            T::StructVariantEnd,
        ],
    );
    assert_de_tokens(
        &DefaultStructVariant::Struct {
            a1: 1,
            a2: 0,
            a3: 123,
            a4: 0,
            a5: 123,
        },
        &[open, T::Str("a1"), T::I32(1), T::StructVariantEnd],
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
enum DefaultTupleVariant<A, B, C>
where
    C: MyDefault,
{
    Tuple(
        A,
        #[serde(default)] B,
        #[serde(default = "MyDefault::my_default")] C,
    ),
}

#[test]
fn default_tuple_variant() {
    let open = T::TupleVariant {
        name: "DefaultTupleVariant",
        variant: "Tuple",
        len: 3,
    };
    assert_de_tokens(
        &DefaultTupleVariant::Tuple(1, 2, 3),
        &[open, T::I32(1), T::I32(2), T::I32(3), T::TupleVariantEnd],
    );
    assert_de_tokens(
        &DefaultTupleVariant::Tuple(1, 0, 123),
        &[open, T::I32(1), T::TupleVariantEnd],
    );
}

/// Has no `Default`: a field with `default = "MyDefault::my_default"` must not ask for one.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct NoStdDefault(i8);

impl MyDefault for NoStdDefault {
    fn my_default() -> Self {
        NoStdDefault(123)
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct ContainsNoStdDefault<A: MyDefault> {
    #[serde(default = "MyDefault::my_default")]
    a: A,
}

#[test]
fn no_std_default() {
    let open = T::Struct {
        name: "ContainsNoStdDefault",
        len: 1,
    };
    assert_de_tokens(
        &ContainsNoStdDefault {
            a: NoStdDefault(123),
        },
        &[open, T::StructEnd],
    );
    assert_de_tokens(
        &ContainsNoStdDefault { a: NoStdDefault(8) },
        &[
            open,
            T::Str("a"),
            T::NewtypeStruct {
                name: "NoStdDefault",
            },
            T::I8(8),
            T::StructEnd,
        ],
    );
}

/// Neither `Serialize` nor `Deserialize`: only reachable through a skipped or `with` field.
#[derive(Debug, PartialEq)]
struct NotDeserializeStruct(i8);

impl Default for NotDeserializeStruct {
    fn default() -> Self {
        NotDeserializeStruct(123)
    }
}

impl DeserializeWith for NotDeserializeStruct {
    fn deserialize_with<'de, D: Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        panic!("a defaulted field that is absent is not read")
    }
}

/// Neither `Serialize` nor `Deserialize`, nor `Default`.
#[derive(Debug, PartialEq)]
enum NotDeserializeEnum {
    Trouble,
}

impl MyDefault for NotDeserializeEnum {
    fn my_default() -> Self {
        NotDeserializeEnum::Trouble
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct ContainsNotDeserialize<A, B, C: DeserializeWith, E: MyDefault> {
    #[serde(skip_deserializing)]
    a: A,
    #[serde(skip_deserializing, default)]
    b: B,
    #[serde(deserialize_with = "DeserializeWith::deserialize_with", default)]
    c: C,
    #[serde(skip_deserializing, default = "MyDefault::my_default")]
    e: E,
}

#[test]
fn elt_not_deserialize() {
    assert_de_tokens(
        &ContainsNotDeserialize {
            a: NotDeserializeStruct(123),
            b: NotDeserializeStruct(123),
            c: NotDeserializeStruct(123),
            e: NotDeserializeEnum::Trouble,
        },
        &[
            T::Struct {
                name: "ContainsNotDeserialize",
                len: 1,
            },
            T::StructEnd,
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// deny_unknown_fields

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(deny_unknown_fields)]
struct DenyUnknown {
    a1: i32,
}

#[test]
fn ignore_unknown() {
    // Without deny_unknown_fields, unknown keys of any shape are skipped.
    assert_de_tokens(
        &DefaultStruct {
            a1: 1,
            a2: 2,
            a3: 3,
            a4: 0,
            a5: 123,
        },
        &[
            open("DefaultStruct"),
            T::Str("whoops1"),
            T::I32(2),
            T::Str("a1"),
            T::I32(1),
            T::Str("whoops2"),
            T::Seq { len: Some(1) },
            T::I32(2),
            T::SeqEnd,
            T::Str("a2"),
            T::I32(2),
            T::Str("whoops3"),
            T::I32(2),
            T::Str("a3"),
            T::I32(3),
            T::StructEnd,
        ],
    );
    assert_de_tokens_error::<DenyUnknown>(
        &[
            T::Struct {
                name: "DenyUnknown",
                len: 1,
            },
            T::Str("a1"),
            T::I32(1),
            T::Str("whoops"),
        ],
        "unknown field `whoops`, expected `a1`",
    );
}

// ---------------------------------------------------------------------------------------------
// rename, rename(serialize, deserialize), alias

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(rename = "Superhero")]
struct RenameStruct {
    a1: i32,
    #[serde(rename = "a3")]
    a2: i32,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(rename(serialize = "SuperheroSer", deserialize = "SuperheroDe"))]
struct RenameStructSerializeDeserialize {
    a1: i32,
    #[serde(rename(serialize = "a4", deserialize = "a5"))]
    a2: i32,
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(deny_unknown_fields)]
struct AliasStruct {
    a1: i32,
    #[serde(alias = "a3")]
    a2: i32,
    #[serde(alias = "a5", rename = "a6")]
    a4: i32,
}

/// The tokens of a struct `name` holding `fields` of `i32`, in order.
fn struct_i32(name: &'static str, fields: &[(&'static str, i32)]) -> Vec<T> {
    let mut tokens = vec![T::Struct {
        name,
        len: fields.len(),
    }];
    for &(key, value) in fields {
        tokens.extend([T::Str(key), T::I32(value)]);
    }
    tokens.push(T::StructEnd);
    tokens
}

#[test]
fn rename_struct() {
    assert_tokens(
        &RenameStruct { a1: 1, a2: 2 },
        &struct_i32("Superhero", &[("a1", 1), ("a3", 2)]),
    );
    let split = RenameStructSerializeDeserialize { a1: 1, a2: 2 };
    assert_ser_tokens(&split, &struct_i32("SuperheroSer", &[("a1", 1), ("a4", 2)]));
    assert_de_tokens(&split, &struct_i32("SuperheroDe", &[("a1", 1), ("a5", 2)]));
    let alias = AliasStruct {
        a1: 1,
        a2: 2,
        a4: 3,
    };
    assert_de_tokens(
        &alias,
        &struct_i32("AliasStruct", &[("a1", 1), ("a2", 2), ("a5", 3)]),
    );
    assert_de_tokens(
        &alias,
        &struct_i32("AliasStruct", &[("a1", 1), ("a3", 2), ("a6", 3)]),
    );
}

#[test]
fn unknown_field_rename_struct() {
    let mut tokens = struct_i32("AliasStruct", &[("a1", 1), ("a3", 2), ("a4", 3)]);
    tokens.pop();
    assert_de_tokens_error::<AliasStruct>(
        &tokens,
        "unknown field `a4`, expected one of `a1`, `a2`, `a3`, `a5`, `a6`",
    );
}

#[test]
fn missing_renamed_field_struct() {
    assert_de_tokens_error::<RenameStruct>(
        &struct_i32("Superhero", &[("a1", 1)]),
        "missing field `a3`",
    );
    assert_de_tokens_error::<RenameStructSerializeDeserialize>(
        &struct_i32("SuperheroDe", &[("a1", 1)]),
        "missing field `a5`",
    );
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(rename = "Superhero")]
enum RenameEnum {
    #[serde(rename = "bruce_wayne")]
    Batman,
    #[serde(rename = "clark_kent")]
    Superman(i8),
    #[serde(rename = "diana_prince")]
    WonderWoman(i8, i8),
    #[serde(rename = "barry_allan")]
    Flash {
        #[serde(rename = "b")]
        a: i32,
    },
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(rename(serialize = "SuperheroSer", deserialize = "SuperheroDe"))]
enum RenameEnumSerializeDeserialize<A> {
    #[serde(rename(serialize = "dick_grayson", deserialize = "jason_todd"))]
    Robin {
        a: i8,
        #[serde(rename(serialize = "c"))]
        #[serde(rename(deserialize = "d"))]
        b: A,
    },
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
#[serde(deny_unknown_fields)]
enum AliasEnum {
    #[serde(rename = "sailor_moon", alias = "usagi_tsukino")]
    SailorMoon {
        a: i8,
        #[serde(alias = "c")]
        b: i8,
        #[serde(alias = "e", rename = "f")]
        d: i8,
    },
}

/// The tokens of `AliasEnum`'s one variant, spelled `variant`, its fields `keys` (values 0, 1, 2).
fn sailor_moon(variant: &'static str, keys: [&'static str; 3]) -> Vec<T> {
    let mut tokens = vec![T::StructVariant {
        name: "AliasEnum",
        variant,
        len: 5,
    }];
    for (key, value) in keys.into_iter().zip(0..) {
        tokens.extend([T::Str(key), T::I8(value)]);
    }
    tokens.push(T::StructVariantEnd);
    tokens
}

#[test]
fn rename_enum() {
    assert_tokens(
        &RenameEnum::Batman,
        &[T::UnitVariant {
            name: "Superhero",
            variant: "bruce_wayne",
        }],
    );
    assert_tokens(
        &RenameEnum::Superman(0),
        &[
            T::NewtypeVariant {
                name: "Superhero",
                variant: "clark_kent",
            },
            T::I8(0),
        ],
    );
    assert_tokens(
        &RenameEnum::WonderWoman(0, 1),
        &[
            T::TupleVariant {
                name: "Superhero",
                variant: "diana_prince",
                len: 2,
            },
            T::I8(0),
            T::I8(1),
            T::TupleVariantEnd,
        ],
    );
    assert_tokens(
        &RenameEnum::Flash { a: 1 },
        &[
            T::StructVariant {
                name: "Superhero",
                variant: "barry_allan",
                len: 1,
            },
            T::Str("b"),
            T::I32(1),
            T::StructVariantEnd,
        ],
    );

    let robin = RenameEnumSerializeDeserialize::Robin {
        a: 0,
        b: String::new(),
    };
    assert_ser_tokens(
        &robin,
        &[
            T::StructVariant {
                name: "SuperheroSer",
                variant: "dick_grayson",
                len: 2,
            },
            T::Str("a"),
            T::I8(0),
            T::Str("c"),
            T::Str(""),
            T::StructVariantEnd,
        ],
    );
    assert_de_tokens(
        &robin,
        &[
            T::StructVariant {
                name: "SuperheroDe",
                variant: "jason_todd",
                len: 2,
            },
            T::Str("a"),
            T::I8(0),
            T::Str("d"),
            T::Str(""),
            T::StructVariantEnd,
        ],
    );

    let moon = AliasEnum::SailorMoon { a: 0, b: 1, d: 2 };
    assert_de_tokens(&moon, &sailor_moon("sailor_moon", ["a", "b", "e"]));
    assert_de_tokens(&moon, &sailor_moon("usagi_tsukino", ["a", "c", "f"]));
}

#[test]
fn unknown_field_rename_enum() {
    assert_de_tokens_error::<AliasEnum>(
        &[T::StructVariant {
            name: "AliasEnum",
            variant: "SailorMoon",
            len: 3,
        }],
        // serde_derive 1.0.229 lists the variant's alias too (the stored serde test predates it).
        "unknown variant `SailorMoon`, expected `sailor_moon` or `usagi_tsukino`",
    );
    let mut tokens = sailor_moon("usagi_tsukino", ["a", "c", "d"]);
    tokens.pop();
    assert_de_tokens_error::<AliasEnum>(
        &tokens,
        "unknown field `d`, expected one of `a`, `b`, `c`, `e`, `f`",
    );
}

#[test]
fn missing_renamed_field_enum() {
    assert_de_tokens_error::<RenameEnum>(
        &[
            T::StructVariant {
                name: "Superhero",
                variant: "barry_allan",
                len: 1,
            },
            T::StructVariantEnd,
        ],
        "missing field `b`",
    );
    assert_de_tokens_error::<RenameEnumSerializeDeserialize<i8>>(
        &[
            T::StructVariant {
                name: "SuperheroDe",
                variant: "jason_todd",
                len: 2,
            },
            T::Str("a"),
            T::I8(0),
            T::StructVariantEnd,
        ],
        "missing field `d`",
    );
}

// ---------------------------------------------------------------------------------------------
// skip

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct SkipStruct<B> {
    a: i8,
    #[serde(skip)]
    b: B,
}

#[test]
fn skip_struct() {
    let tokens = [
        T::Struct {
            name: "SkipStruct",
            len: 1,
        },
        T::Str("a"),
        T::I8(1),
        T::StructEnd,
    ];
    assert_ser_tokens(&SkipStruct { a: 1, b: 2 }, &tokens);
    assert_de_tokens(&SkipStruct { a: 1, b: 0 }, &tokens);
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
enum InvalidLengthEnum {
    A(i32, i32, i32),
    B(#[serde(skip_deserializing)] i32, i32, i32),
}

#[test]
fn invalid_length_enum() {
    assert_de_tokens_error::<InvalidLengthEnum>(
        &[
            T::TupleVariant {
                name: "InvalidLengthEnum",
                variant: "A",
                len: 3,
            },
            T::I32(1),
            T::TupleVariantEnd,
        ],
        "invalid length 1, expected tuple variant InvalidLengthEnum::A with 3 elements",
    );
    assert_de_tokens_error::<InvalidLengthEnum>(
        &[
            T::TupleVariant {
                name: "InvalidLengthEnum",
                variant: "B",
                len: 2,
            },
            T::I32(1),
            T::TupleVariantEnd,
        ],
        "invalid length 1, expected tuple variant InvalidLengthEnum::B with 2 elements",
    );
}

// ---------------------------------------------------------------------------------------------
// serialize_with, deserialize_with on variants and fields

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
enum WithVariant {
    #[serde(serialize_with = "serialize_unit_variant_as_i8")]
    #[serde(deserialize_with = "deserialize_i8_as_unit_variant")]
    Unit,

    #[serde(serialize_with = "SerializeWith::serialize_with")]
    #[serde(deserialize_with = "DeserializeWith::deserialize_with")]
    Newtype(i32),

    #[serde(serialize_with = "serialize_variant_as_string")]
    #[serde(deserialize_with = "deserialize_string_as_variant")]
    Tuple(String, u8),

    #[serde(serialize_with = "serialize_variant_as_string")]
    #[serde(deserialize_with = "deserialize_string_as_variant")]
    Struct { f1: String, f2: u8 },
}

/// A unit variant's `serialize_with` takes no value.
fn serialize_unit_variant_as_i8<S: Serializer>(serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_i8(0)
}

fn deserialize_i8_as_unit_variant<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<(), D::Error> {
    match i8::deserialize(deserializer)? {
        0 => Ok(()),
        n => Err(de::Error::invalid_value(
            Unexpected::Signed(i64::from(n)),
            &"0",
        )),
    }
}

/// A tuple or struct variant's `serialize_with` takes each field by reference.
fn serialize_variant_as_string<S: Serializer>(
    f1: &str,
    f2: &u8,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format_args!("{f1};{f2:?}"))
}

fn deserialize_string_as_variant<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<(String, u8), D::Error> {
    let text = String::deserialize(deserializer)?;
    let mut pieces = text.split(';');
    let Some(f1) = pieces.next() else {
        return Err(de::Error::invalid_length(0, &"2"));
    };
    let Some(f2) = pieces.next() else {
        return Err(de::Error::invalid_length(1, &"2"));
    };
    let Ok(f2) = f2.parse() else {
        return Err(de::Error::invalid_value(
            Unexpected::Str(f2),
            &"an 8-bit signed integer",
        ));
    };
    Ok((f1.into(), f2))
}

/// Each `WithVariant` value beside what its variant's `serialize_with` writes: every variant is
/// then a newtype variant on the wire.
fn with_variant_cases() -> Vec<(WithVariant, &'static str, T)> {
    vec![
        (WithVariant::Unit, "Unit", T::I8(0)),
        (WithVariant::Newtype(123), "Newtype", T::Bool(true)),
        (
            WithVariant::Tuple("hello".into(), 0),
            "Tuple",
            T::Str("hello;0"),
        ),
        (
            WithVariant::Struct {
                f1: "world".into(),
                f2: 1,
            },
            "Struct",
            T::Str("world;1"),
        ),
    ]
}

#[test]
fn serialize_with_variant() {
    for (value, variant, content) in with_variant_cases() {
        let head = T::NewtypeVariant {
            name: "WithVariant",
            variant,
        };
        assert_ser_tokens(&value, &[head, content]);
    }
}

#[test]
fn deserialize_with_variant() {
    for (value, variant, content) in with_variant_cases() {
        let head = T::NewtypeVariant {
            name: "WithVariant",
            variant,
        };
        assert_de_tokens(&value, &[head, content]);
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct DeserializeWithStruct<B>
where
    B: DeserializeWith,
{
    a: i8,
    #[serde(deserialize_with = "DeserializeWith::deserialize_with")]
    b: B,
}

#[test]
fn deserialize_with_struct() {
    for (flag, b) in [(false, 2), (true, 123)] {
        assert_de_tokens(
            &DeserializeWithStruct { a: 1, b },
            &[
                T::Struct {
                    name: "DeserializeWithStruct",
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
enum DeserializeWithEnum<B>
where
    B: DeserializeWith,
{
    Struct {
        a: i8,
        #[serde(deserialize_with = "DeserializeWith::deserialize_with")]
        b: B,
    },
}

#[test]
fn deserialize_with_enum() {
    for (flag, b) in [(false, 2), (true, 123)] {
        assert_de_tokens(
            &DeserializeWithEnum::Struct { a: 1, b },
            &[
                T::StructVariant {
                    name: "DeserializeWithEnum",
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

// ---------------------------------------------------------------------------------------------
// from, into, try_from

#[derive(ApiModel, Clone, PartialEq, Debug)]
#[api(serde_defaults)]
#[serde(into = "EnumToU32", from = "EnumToU32")]
struct StructFromEnum(Option<u32>);

impl Into<EnumToU32> for StructFromEnum {
    fn into(self) -> EnumToU32 {
        self.0.into()
    }
}

impl From<EnumToU32> for StructFromEnum {
    fn from(v: EnumToU32) -> Self {
        StructFromEnum(v.into())
    }
}

#[derive(ApiModel, Clone, PartialEq, Debug)]
#[api(serde_defaults)]
#[serde(into = "Option<u32>", from = "Option<u32>")]
enum EnumToU32 {
    One,
    Two,
    Three,
    Four,
    Nothing,
}

impl Into<Option<u32>> for EnumToU32 {
    fn into(self) -> Option<u32> {
        match self {
            EnumToU32::One => Some(1),
            EnumToU32::Two => Some(2),
            EnumToU32::Three => Some(3),
            EnumToU32::Four => Some(4),
            EnumToU32::Nothing => None,
        }
    }
}

impl From<Option<u32>> for EnumToU32 {
    fn from(v: Option<u32>) -> Self {
        match v {
            Some(1) => EnumToU32::One,
            Some(2) => EnumToU32::Two,
            Some(3) => EnumToU32::Three,
            Some(4) => EnumToU32::Four,
            _ => EnumToU32::Nothing,
        }
    }
}

#[derive(ApiModel, Clone, PartialEq, Debug)]
#[api(serde_defaults)]
#[serde(try_from = "u32")]
enum TryFromU32 {
    One,
    Two,
}

impl TryFrom<u32> for TryFromU32 {
    type Error = String;

    fn try_from(value: u32) -> Result<Self, Self::Error> {
        match value {
            1 => Ok(TryFromU32::One),
            2 => Ok(TryFromU32::Two),
            _ => Err("out of range".to_owned()),
        }
    }
}

#[test]
fn from_into_traits() {
    assert_ser_tokens(&EnumToU32::One, &[T::Some, T::U32(1)]);
    assert_ser_tokens(&EnumToU32::Nothing, &[T::None]);
    assert_de_tokens(&EnumToU32::Two, &[T::Some, T::U32(2)]);
    // Written through `EnumToU32`, which maps 5 to `Nothing`.
    assert_ser_tokens(&StructFromEnum(Some(5)), &[T::None]);
    assert_ser_tokens(&StructFromEnum(None), &[T::None]);
    assert_de_tokens(&StructFromEnum(Some(2)), &[T::Some, T::U32(2)]);
    assert_de_tokens(&TryFromU32::Two, &[T::U32(2)]);
    assert_de_tokens_error::<TryFromU32>(&[T::U32(5)], "out of range");
}

// ---------------------------------------------------------------------------------------------
// untagged variants

#[test]
fn partially_untagged_enum() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    enum Exp {
        Lambda(u32, Box<Exp>),
        #[serde(untagged)]
        App(Box<Exp>, Box<Exp>),
        #[serde(untagged)]
        Var(u32),
    }

    let data = Exp::Lambda(
        0,
        Box::new(Exp::App(Box::new(Exp::Var(0)), Box::new(Exp::Var(0)))),
    );
    assert_tokens(
        &data,
        &[
            T::TupleVariant {
                name: "Exp",
                variant: "Lambda",
                len: 2,
            },
            T::U32(0),
            T::Tuple { len: 2 },
            T::U32(0),
            T::U32(0),
            T::TupleEnd,
            T::TupleVariantEnd,
        ],
    );
}

#[test]
fn partially_untagged_enum_generic() {
    trait Trait<X> {
        type Assoc;
        type Assoc2;
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    enum E<A, B, C>
    where
        A: Trait<C, Assoc2 = B>,
    {
        A(A::Assoc),
        #[serde(untagged)]
        B(A::Assoc2),
    }

    impl<X> Trait<X> for () {
        type Assoc = X;
        type Assoc2 = bool;
    }

    type MyE = E<(), bool, u32>;

    assert_tokens::<MyE>(&E::B(true), &[T::Bool(true)]);
    assert_tokens::<MyE>(
        &E::A(5),
        &[
            T::NewtypeVariant {
                name: "E",
                variant: "A",
            },
            T::U32(5),
        ],
    );
}

#[test]
fn partially_untagged_enum_desugared() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    enum Test {
        A(u32, u32),
        B(u32),
        #[serde(untagged)]
        C(u32),
        #[serde(untagged)]
        D(u32, u32),
    }

    // The same wire format spelled without variant-level `untagged`.
    mod desugared {
        use apimodel::ApiModel;

        #[derive(ApiModel, PartialEq, Debug)]
        #[api(serde_defaults)]
        pub(super) enum Test {
            A(u32, u32),
            B(u32),
        }
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum TestUntagged {
        Tagged(desugared::Test),
        C(u32),
        D(u32, u32),
    }

    impl From<Test> for TestUntagged {
        fn from(test: Test) -> Self {
            match test {
                Test::A(x, y) => TestUntagged::Tagged(desugared::Test::A(x, y)),
                Test::B(x) => TestUntagged::Tagged(desugared::Test::B(x)),
                Test::C(x) => TestUntagged::C(x),
                Test::D(x, y) => TestUntagged::D(x, y),
            }
        }
    }

    fn both_ways(value: Test, tokens: &[T]) {
        assert_tokens(&value, tokens);
        assert_tokens(&TestUntagged::from(value), tokens);
    }

    both_ways(
        Test::A(0, 1),
        &[
            T::TupleVariant {
                name: "Test",
                variant: "A",
                len: 2,
            },
            T::U32(0),
            T::U32(1),
            T::TupleVariantEnd,
        ],
    );
    both_ways(
        Test::B(1),
        &[
            T::NewtypeVariant {
                name: "Test",
                variant: "B",
            },
            T::U32(1),
        ],
    );
    both_ways(Test::C(2), &[T::U32(2)]);
    both_ways(
        Test::D(3, 5),
        &[T::Tuple { len: 2 }, T::U32(3), T::U32(5), T::TupleEnd],
    );
}

#[test]
fn partially_untagged_internally_tagged_enum() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(tag = "t")]
    enum Data {
        A,
        B,
        #[serde(untagged)]
        Var(u32),
    }

    assert_de_tokens(
        &Data::A,
        &[T::Map { len: None }, T::Str("t"), T::Str("A"), T::MapEnd],
    );
    assert_de_tokens(&Data::Var(42), &[T::U32(42)]);
}

/// From an older revision of serde's file: an internally tagged unit variant ignores the
/// other keys of its map.
#[test]
fn internally_tagged_unit_enum_with_unknown_fields() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(tag = "t")]
    enum Data {
        A,
    }

    assert_de_tokens(
        &Data::A,
        &[
            T::Map { len: None },
            T::Str("t"),
            T::Str("A"),
            T::Str("b"),
            T::I32(0),
            T::MapEnd,
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// transparent

#[test]
fn transparent_struct() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(transparent)]
    struct Transparent {
        #[serde(skip)]
        a: bool,
        b: u32,
        #[serde(skip)]
        c: bool,
        d: PhantomData<()>,
    }

    assert_tokens(
        &Transparent {
            a: false,
            b: 1,
            c: false,
            d: PhantomData,
        },
        &[T::U32(1)],
    );
}

#[test]
fn transparent_tuple_struct() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(transparent)]
    struct Transparent(
        #[serde(skip)] bool,
        u32,
        #[serde(skip)] bool,
        PhantomData<()>,
    );

    assert_tokens(&Transparent(false, 1, false, PhantomData), &[T::U32(1)]);
}

// ---------------------------------------------------------------------------------------------
// expecting

#[test]
fn expecting_message() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    #[serde(expecting = "something strange...")]
    struct Unit;

    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(expecting = "something strange...")]
    struct Newtype(bool);

    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(expecting = "something strange...")]
    struct Tuple(u32, bool);

    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(expecting = "something strange...")]
    struct Struct {
        #[allow(dead_code, reason = "only read")]
        question: String,
        #[allow(dead_code, reason = "only read")]
        answer: u32,
    }

    assert_de_tokens_error::<Unit>(
        &[T::Str("Unit")],
        r#"invalid type: string "Unit", expected something strange..."#,
    );
    assert_de_tokens_error::<Newtype>(
        &[T::Str("Newtype")],
        r#"invalid type: string "Newtype", expected something strange..."#,
    );
    assert_de_tokens_error::<Tuple>(
        &[T::Str("Tuple")],
        r#"invalid type: string "Tuple", expected something strange..."#,
    );
    assert_de_tokens_error::<Struct>(
        &[T::Str("Struct")],
        r#"invalid type: string "Struct", expected something strange..."#,
    );
}

#[test]
fn expecting_message_externally_tagged_enum() {
    #[derive(ApiModel)]
    #[api(serde_defaults)]
    #[serde(expecting = "something strange...")]
    enum Enum {
        ExternallyTagged,
    }

    assert_de_tokens_error::<Enum>(
        &[T::Str("ExternallyTagged")],
        r#"invalid type: string "ExternallyTagged", expected something strange..."#,
    );
    // The variant identifier keeps its own message.
    assert_de_tokens_error::<Enum>(
        &[T::Enum { name: "Enum" }, T::Unit],
        "invalid type: unit value, expected variant identifier",
    );
}
