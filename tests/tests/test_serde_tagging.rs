//! serde's tagging and renaming cases of `test_suite/tests/test_macros.rs` (serde repository),
//! ported like `test_serde_annotations.rs`: each type derives `ApiModel` with
//! `#[api(serde_defaults)]`, its `#[serde(...)]` lines as serde's case writes them, and each test
//! checks with `serde_test`'s tokens what serde's test checks. Not ported: the cases without
//! attributes (generic structs and enums, lifetimes, named units and tuples: the derive's
//! shapes, not its attributes) and `test_packed_struct_can_derive_serialize` (`#[repr(packed)]`,
//! no attribute).
//!
//! `python3 tests/serde_oracle.py tagging` runs this file with serde_derive in place of `ApiModel`.

#![allow(
    clippy::too_many_lines,
    clippy::items_after_statements,
    reason = "serde's cases, kept in the shapes serde's test suite gives them"
)]

use std::collections::BTreeMap;

use apimodel::ApiModel;
use serde_test::{
    Token as T, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens, assert_tokens,
};

/// `with = "bytes"`: a `Vec<u8>` written as bytes and read from bytes, a string or a sequence,
/// as serde's test suite's own `bytes` module does.
mod bytes {
    use std::fmt;

    use serde::de::{Deserializer, Error, SeqAccess, Visitor};
    use serde::ser::Serializer;

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_byte_buf(ByteBuf)
    }

    struct ByteBuf;

    impl<'de> Visitor<'de> for ByteBuf {
        type Value = Vec<u8>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("byte array")
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Vec<u8>, E> {
            Ok(v.as_bytes().to_vec())
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
            Ok(v.to_vec())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
            let mut out = Vec::new();
            while let Some(b) = seq.next_element()? {
                out.push(b);
            }
            Ok(out)
        }
    }
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct GenericNewTypeStruct<X>(X);

#[test]
fn untagged_newtype_struct() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum E {
        Newtype(GenericNewTypeStruct<u32>),
        Null,
    }

    assert_tokens(
        &E::Newtype(GenericNewTypeStruct(5u32)),
        &[
            T::NewtypeStruct {
                name: "GenericNewTypeStruct",
            },
            T::U32(5),
        ],
    );
}

#[test]
fn adjacently_tagged_newtype_struct() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "t", content = "c")]
    enum E {
        Newtype(GenericNewTypeStruct<u32>),
        Null,
    }

    // Content before tag.
    assert_de_tokens(
        &E::Newtype(GenericNewTypeStruct(5u32)),
        &[
            T::Struct { name: "E", len: 2 },
            T::Str("c"),
            T::NewtypeStruct {
                name: "GenericNewTypeStruct",
            },
            T::U32(5),
            T::Str("t"),
            T::UnitVariant {
                name: "E",
                variant: "Newtype",
            },
            T::StructEnd,
        ],
    );
}

#[test]
fn untagged_enum() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum Untagged {
        A { a: u8 },
        B { b: u8 },
        C,
        D(u8),
        E(String),
        F(u8, u8),
    }

    let one_field = |key, value| {
        [
            T::Struct {
                name: "Untagged",
                len: 1,
            },
            T::Str(key),
            T::U8(value),
            T::StructEnd,
        ]
    };
    assert_tokens(&Untagged::A { a: 1 }, &one_field("a", 1));
    assert_tokens(&Untagged::B { b: 2 }, &one_field("b", 2));
    // Written as unit; read from unit or from none, whichever the format has.
    assert_tokens(&Untagged::C, &[T::Unit]);
    assert_de_tokens(&Untagged::C, &[T::None]);
    assert_tokens(&Untagged::D(4), &[T::U8(4)]);
    assert_tokens(&Untagged::E("e".to_owned()), &[T::Str("e")]);
    assert_tokens(
        &Untagged::F(1, 2),
        &[T::Tuple { len: 2 }, T::U8(1), T::U8(2), T::TupleEnd],
    );
    assert_de_tokens_error::<Untagged>(
        &[T::Tuple { len: 1 }, T::U8(1), T::TupleEnd],
        "data did not match any variant of untagged enum Untagged",
    );
    assert_de_tokens_error::<Untagged>(
        &[
            T::Tuple { len: 3 },
            T::U8(1),
            T::U8(2),
            T::U8(3),
            T::TupleEnd,
        ],
        "data did not match any variant of untagged enum Untagged",
    );
}

#[test]
fn internally_tagged_enum() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Newtype(BTreeMap<String, String>);

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Struct {
        f: u8,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    enum InternallyTagged {
        A { a: u8 },
        B,
        C(BTreeMap<String, String>),
        D(Newtype),
        E(Struct),
    }

    assert_tokens(
        &InternallyTagged::A { a: 1 },
        &[
            T::Struct {
                name: "InternallyTagged",
                len: 2,
            },
            T::Str("type"),
            T::Str("A"),
            T::Str("a"),
            T::U8(1),
            T::StructEnd,
        ],
    );
    // A sequence holds the tag first, then the fields in order.
    assert_de_tokens(
        &InternallyTagged::A { a: 1 },
        &[T::Seq { len: Some(2) }, T::Str("A"), T::U8(1), T::SeqEnd],
    );
    assert_tokens(
        &InternallyTagged::B,
        &[
            T::Struct {
                name: "InternallyTagged",
                len: 1,
            },
            T::Str("type"),
            T::Str("B"),
            T::StructEnd,
        ],
    );
    assert_de_tokens(
        &InternallyTagged::B,
        &[T::Seq { len: Some(1) }, T::Str("B"), T::SeqEnd],
    );
    let tag_only = |variant| {
        [
            T::Map { len: Some(1) },
            T::Str("type"),
            T::Str(variant),
            T::MapEnd,
        ]
    };
    assert_tokens(&InternallyTagged::C(BTreeMap::new()), &tag_only("C"));
    assert_de_tokens_error::<InternallyTagged>(
        &[
            T::Seq { len: Some(2) },
            T::Str("C"),
            T::Map { len: Some(0) },
            T::MapEnd,
            T::SeqEnd,
        ],
        "invalid type: sequence, expected a map",
    );
    assert_tokens(
        &InternallyTagged::D(Newtype(BTreeMap::new())),
        &tag_only("D"),
    );
    assert_tokens(
        &InternallyTagged::E(Struct { f: 6 }),
        &[
            T::Struct {
                name: "Struct",
                len: 2,
            },
            T::Str("type"),
            T::Str("E"),
            T::Str("f"),
            T::U8(6),
            T::StructEnd,
        ],
    );
    assert_de_tokens(
        &InternallyTagged::E(Struct { f: 6 }),
        &[T::Seq { len: Some(2) }, T::Str("E"), T::U8(6), T::SeqEnd],
    );
    assert_de_tokens_error::<InternallyTagged>(
        &[T::Map { len: Some(0) }, T::MapEnd],
        "missing field `type`",
    );
    assert_de_tokens_error::<InternallyTagged>(
        &tag_only("Z"),
        "unknown variant `Z`, expected one of `A`, `B`, `C`, `D`, `E`",
    );
}

#[test]
fn internally_tagged_enum_with_untagged_variant() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "kind")]
    enum InternallyTagged {
        Tagged {
            a: u8,
        },
        #[serde(untagged)]
        Untagged {
            kind: String,
            b: u8,
        },
    }

    let map = |kind, key, value| {
        [
            T::Map { len: Some(2) },
            T::Str("kind"),
            T::Str(kind),
            T::Str(key),
            T::U8(value),
            T::MapEnd,
        ]
    };
    let written = |kind, key, value| {
        [
            T::Struct {
                name: "InternallyTagged",
                len: 2,
            },
            T::Str("kind"),
            T::Str(kind),
            T::Str(key),
            T::U8(value),
            T::StructEnd,
        ]
    };
    assert_de_tokens(&InternallyTagged::Tagged { a: 1 }, &map("Tagged", "a", 1));
    assert_tokens(
        &InternallyTagged::Tagged { a: 1 },
        &written("Tagged", "a", 1),
    );
    let foo = InternallyTagged::Untagged {
        kind: "Foo".to_owned(),
        b: 2,
    };
    assert_de_tokens(&foo, &map("Foo", "b", 2));
    assert_tokens(&foo, &written("Foo", "b", 2));
    // Its `kind` names the tagged variant, which refuses the map for want of `a`: read back,
    // the untagged variant takes it.
    assert_tokens(
        &InternallyTagged::Untagged {
            kind: "Tagged".to_owned(),
            b: 2,
        },
        &written("Tagged", "b", 2),
    );
}

#[test]
fn internally_tagged_bytes() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    enum InternallyTagged {
        String {
            string: String,
        },
        Bytes {
            #[serde(with = "bytes")]
            bytes: Vec<u8>,
        },
    }

    let tokens = |variant, key, value: &[T]| {
        let mut tokens = vec![
            T::Struct {
                name: variant,
                len: 2,
            },
            T::Str("type"),
            T::Str(variant),
            T::Str(key),
        ];
        tokens.extend_from_slice(value);
        tokens.push(T::StructEnd);
        tokens
    };
    let string = InternallyTagged::String {
        string: "\0".to_owned(),
    };
    let bytes = InternallyTagged::Bytes { bytes: vec![0] };
    for value in [
        T::Str("\0"),
        T::String("\0"),
        T::Bytes(b"\0"),
        T::ByteBuf(b"\0"),
    ] {
        assert_de_tokens(&string, &tokens("String", "string", &[value]));
        assert_de_tokens(&bytes, &tokens("Bytes", "bytes", &[value]));
    }
    assert_de_tokens(
        &bytes,
        &tokens(
            "Bytes",
            "bytes",
            &[T::Seq { len: Some(1) }, T::U8(0), T::SeqEnd],
        ),
    );
}

#[test]
fn internally_tagged_struct_variant_containing_unit_variant() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    pub enum Level {
        Info,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "action")]
    pub enum Message {
        Log { level: Level },
    }

    let info = [T::Enum { name: "Level" }, T::BorrowedStr("Info"), T::Unit];
    assert_de_tokens(&Level::Info, &info);

    let log = Message::Log { level: Level::Info };
    let around = |open: T, close: T, with_keys: bool| {
        let mut tokens = vec![open];
        if with_keys {
            tokens.push(T::Str("action"));
        }
        tokens.push(T::Str("Log"));
        if with_keys {
            tokens.push(T::Str("level"));
        }
        tokens.extend(info);
        tokens.push(close);
        tokens
    };
    assert_de_tokens(
        &log,
        &around(
            T::Struct {
                name: "Message",
                len: 2,
            },
            T::StructEnd,
            true,
        ),
    );
    assert_de_tokens(&log, &around(T::Map { len: Some(2) }, T::MapEnd, true));
    assert_de_tokens(&log, &around(T::Seq { len: Some(2) }, T::SeqEnd, false));
}

#[test]
fn internally_tagged_borrow() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    pub enum Input<'a> {
        Package { name: &'a str },
    }

    assert_tokens(
        &Input::Package { name: "borrowed" },
        &[
            T::Struct {
                name: "Input",
                len: 2,
            },
            T::BorrowedStr("type"),
            T::BorrowedStr("Package"),
            T::BorrowedStr("name"),
            T::BorrowedStr("borrowed"),
            T::StructEnd,
        ],
    );
}

#[test]
fn adjacently_tagged_enum() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "t", content = "c")]
    enum AdjacentlyTagged<X> {
        Unit,
        Newtype(X),
        Tuple(u8, u8),
        Struct { f: u8 },
    }

    type A = AdjacentlyTagged<u8>;

    let open = |len| T::Struct {
        name: "AdjacentlyTagged",
        len,
    };
    let tag = |variant| T::UnitVariant {
        name: "AdjacentlyTagged",
        variant,
    };
    let tuple = [T::Tuple { len: 2 }, T::U8(1), T::U8(1), T::TupleEnd];
    let strukt = [
        T::Struct {
            name: "Struct",
            len: 1,
        },
        T::Str("f"),
        T::U8(1),
        T::StructEnd,
    ];
    /// `t` and `c` in the order given, the content as `content`.
    fn both_keys(open: T, tag: T, content: &[T], tag_first: bool) -> Vec<T> {
        let mut tokens = vec![open];
        let tag = [T::Str("t"), tag];
        if tag_first {
            tokens.extend(tag);
        }
        tokens.push(T::Str("c"));
        tokens.extend_from_slice(content);
        if !tag_first {
            tokens.extend(tag);
        }
        tokens.push(T::StructEnd);
        tokens
    }

    // Unit: written without content; read without it, with it after the tag, with it before.
    assert_ser_tokens(&A::Unit, &[open(1), T::Str("t"), tag("Unit"), T::StructEnd]);
    assert_de_tokens(&A::Unit, &[open(2), T::Str("t"), tag("Unit"), T::StructEnd]);
    assert_de_tokens(&A::Unit, &both_keys(open(2), tag("Unit"), &[T::Unit], true));
    assert_de_tokens(
        &A::Unit,
        &both_keys(open(2), tag("Unit"), &[T::Unit], false),
    );
    // Other keys around the tag and content are skipped.
    assert_de_tokens(
        &A::Unit,
        &[
            open(2),
            T::Str("f"),
            T::Unit,
            T::Str("t"),
            tag("Unit"),
            T::Str("g"),
            T::Unit,
            T::Str("c"),
            T::Unit,
            T::Str("h"),
            T::Unit,
            T::StructEnd,
        ],
    );

    assert_tokens(
        &A::Newtype(1),
        &both_keys(open(2), tag("Newtype"), &[T::U8(1)], true),
    );
    assert_de_tokens(
        &A::Newtype(1),
        &both_keys(open(2), tag("Newtype"), &[T::U8(1)], false),
    );
    // An optional newtype's content may be left out.
    assert_de_tokens(
        &AdjacentlyTagged::Newtype::<Option<u8>>(None),
        &[open(1), T::Str("t"), tag("Newtype"), T::StructEnd],
    );

    assert_tokens(
        &A::Tuple(1, 1),
        &both_keys(open(2), tag("Tuple"), &tuple, true),
    );
    assert_de_tokens(
        &A::Tuple(1, 1),
        &both_keys(open(2), tag("Tuple"), &tuple, false),
    );
    assert_tokens(
        &A::Struct { f: 1 },
        &both_keys(open(2), tag("Struct"), &strukt, true),
    );
    assert_de_tokens(
        &A::Struct { f: 1 },
        &both_keys(open(2), tag("Struct"), &strukt, false),
    );

    // The keys may also be the field indices, or bytes.
    assert_de_tokens(
        &A::Newtype(1),
        &[
            open(2),
            T::U64(1),
            T::U8(1),
            T::U64(0),
            tag("Newtype"),
            T::StructEnd,
        ],
    );
    assert_de_tokens(
        &A::Newtype(1),
        &[
            open(2),
            T::Bytes(b"c"),
            T::U8(1),
            T::Bytes(b"t"),
            tag("Newtype"),
            T::StructEnd,
        ],
    );
}

#[test]
fn adjacently_tagged_enum_default() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "t", content = "c")]
    enum AdjacentlyTagged {
        Struct {
            #[serde(default)]
            f: u8,
            #[serde(default)]
            z: u8,
        },
    }

    // The stored serde case reads this without content as `Struct { f: 0, z: 0 }` (its tag as
    // `Str("Struct")`); serde_derive 1.0.229, the reference here, asks for the content even
    // when every field of the struct variant has a default.
    assert_de_tokens_error::<AdjacentlyTagged>(
        &[
            T::Struct {
                name: "AdjacentlyTagged",
                len: 1,
            },
            T::Str("t"),
            T::UnitVariant {
                name: "AdjacentlyTagged",
                variant: "Struct",
            },
            T::StructEnd,
        ],
        "missing field `c`",
    );
    // With the content, the fields it leaves out take their defaults.
    assert_de_tokens(
        &AdjacentlyTagged::Struct { f: 0, z: 0 },
        &[
            T::Struct {
                name: "AdjacentlyTagged",
                len: 2,
            },
            T::Str("t"),
            T::UnitVariant {
                name: "AdjacentlyTagged",
                variant: "Struct",
            },
            T::Str("c"),
            T::Map { len: Some(0) },
            T::MapEnd,
            T::StructEnd,
        ],
    );
}

#[test]
fn adjacently_tagged_enum_deny_unknown_fields() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "t", content = "c", deny_unknown_fields)]
    enum AdjacentlyTagged {
        Unit,
    }

    let open = T::Struct {
        name: "AdjacentlyTagged",
        len: 2,
    };
    let tag = T::UnitVariant {
        name: "AdjacentlyTagged",
        variant: "Unit",
    };
    assert_de_tokens(
        &AdjacentlyTagged::Unit,
        &[open, T::Str("t"), tag, T::Str("c"), T::Unit, T::StructEnd],
    );
    let refused = r#"invalid value: string "h", expected "t" or "c""#;
    assert_de_tokens_error::<AdjacentlyTagged>(
        &[open, T::Str("t"), tag, T::Str("c"), T::Unit, T::Str("h")],
        refused,
    );
    assert_de_tokens_error::<AdjacentlyTagged>(&[open, T::Str("h")], refused);
    assert_de_tokens_error::<AdjacentlyTagged>(&[open, T::Str("c"), T::Unit, T::Str("h")], refused);
    assert_de_tokens_error::<AdjacentlyTagged>(
        &[open, T::U64(0), tag, T::U64(3)],
        r#"invalid value: integer `3`, expected "t" or "c""#,
    );
    assert_de_tokens_error::<AdjacentlyTagged>(
        &[open, T::Bytes(b"c"), T::Unit, T::Bytes(b"h")],
        r#"invalid value: byte array, expected "t" or "c""#,
    );
}

#[test]

fn enum_in_internally_tagged_enum() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    enum Outer {
        Inner(Inner),
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    enum Inner {
        Unit,
        Newtype(u8),
        Tuple(u8, u8),
        Struct { f: u8 },
    }

    /// `{"type": "Inner", variant: content}`.
    fn tokens(variant: &'static str, content: &[T]) -> Vec<T> {
        let mut tokens = vec![
            T::Map { len: Some(2) },
            T::Str("type"),
            T::Str("Inner"),
            T::Str(variant),
        ];
        tokens.extend_from_slice(content);
        tokens.push(T::MapEnd);
        tokens
    }

    assert_tokens(&Outer::Inner(Inner::Unit), &tokens("Unit", &[T::Unit]));
    assert_tokens(
        &Outer::Inner(Inner::Newtype(1)),
        &tokens("Newtype", &[T::U8(1)]),
    );
    assert_tokens(
        &Outer::Inner(Inner::Tuple(1, 1)),
        &tokens(
            "Tuple",
            &[
                T::TupleStruct {
                    name: "Tuple",
                    len: 2,
                },
                T::U8(1),
                T::U8(1),
                T::TupleStructEnd,
            ],
        ),
    );
    assert_tokens(
        &Outer::Inner(Inner::Struct { f: 1 }),
        &tokens(
            "Struct",
            &[
                T::Struct {
                    name: "Struct",
                    len: 1,
                },
                T::Str("f"),
                T::U8(1),
                T::StructEnd,
            ],
        ),
    );
    // A struct variant inside the buffer may also be a sequence of its fields.
    assert_de_tokens(
        &Outer::Inner(Inner::Struct { f: 1 }),
        &tokens("Struct", &[T::Seq { len: Some(1) }, T::U8(1), T::SeqEnd]),
    );
}

#[test]
fn internally_tagged_struct() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    pub struct Struct {
        a: u8,
    }

    assert_tokens(
        &Struct { a: 1 },
        &[
            T::Struct {
                name: "Struct",
                len: 2,
            },
            T::Str("type"),
            T::Str("Struct"),
            T::Str("a"),
            T::U8(1),
            T::StructEnd,
        ],
    );
    // Read without its tag too.
    assert_de_tokens(
        &Struct { a: 1 },
        &[
            T::Struct {
                name: "Struct",
                len: 1,
            },
            T::Str("a"),
            T::U8(1),
            T::StructEnd,
        ],
    );
}

#[test]
fn internally_tagged_braced_struct_with_zero_fields() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    struct S {}

    assert_tokens(
        &S {},
        &[
            T::Struct { name: "S", len: 1 },
            T::Str("type"),
            T::Str("S"),
            T::StructEnd,
        ],
    );
}

#[test]
fn internally_tagged_struct_with_flattened_field() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "tag_struct")]
    pub struct Struct {
        #[serde(flatten)]
        pub flat: Enum,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "tag_enum", content = "content")]
    pub enum Enum {
        A(u64),
    }

    assert_tokens(
        &Struct { flat: Enum::A(0) },
        &[
            T::Map { len: None },
            T::Str("tag_struct"),
            T::Str("Struct"),
            T::Str("tag_enum"),
            T::UnitVariant {
                name: "Enum",
                variant: "A",
            },
            T::Str("content"),
            T::U64(0),
            T::MapEnd,
        ],
    );
    assert_de_tokens(
        &Struct { flat: Enum::A(0) },
        &[
            T::Map { len: None },
            T::Str("tag_enum"),
            T::Str("A"),
            T::Str("content"),
            T::U64(0),
            T::MapEnd,
        ],
    );
}

#[test]
fn untagged_enum_with_flattened_integer_key() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    pub enum Untagged {
        Variant {
            #[serde(flatten)]
            map: BTreeMap<u64, String>,
        },
    }

    assert_tokens(
        &Untagged::Variant {
            map: BTreeMap::from([(100, "BTreeMap".to_owned())]),
        },
        &[
            T::Map { len: None },
            T::U64(100),
            T::Str("BTreeMap"),
            T::MapEnd,
        ],
    );
}

#[test]
fn enum_in_untagged_enum() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum Outer {
        Inner(Inner),
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    enum Inner {
        Unit,
        Newtype(u8),
        Tuple(u8, u8),
        Struct { f: u8 },
    }

    assert_tokens(
        &Outer::Inner(Inner::Unit),
        &[T::UnitVariant {
            name: "Inner",
            variant: "Unit",
        }],
    );
    assert_tokens(
        &Outer::Inner(Inner::Newtype(1)),
        &[
            T::NewtypeVariant {
                name: "Inner",
                variant: "Newtype",
            },
            T::U8(1),
        ],
    );
    assert_tokens(
        &Outer::Inner(Inner::Tuple(1, 1)),
        &[
            T::TupleVariant {
                name: "Inner",
                variant: "Tuple",
                len: 2,
            },
            T::U8(1),
            T::U8(1),
            T::TupleVariantEnd,
        ],
    );
    assert_tokens(
        &Outer::Inner(Inner::Struct { f: 1 }),
        &[
            T::StructVariant {
                name: "Inner",
                variant: "Struct",
                len: 1,
            },
            T::Str("f"),
            T::U8(1),
            T::StructVariantEnd,
        ],
    );
}

#[test]
fn untagged_bytes() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum Untagged {
        String {
            string: String,
        },
        Bytes {
            #[serde(with = "bytes")]
            bytes: Vec<u8>,
        },
    }

    let tokens = |key, value: &[T]| {
        let mut tokens = vec![
            T::Struct {
                name: "Untagged",
                len: 1,
            },
            T::Str(key),
        ];
        tokens.extend_from_slice(value);
        tokens.push(T::StructEnd);
        tokens
    };
    let string = Untagged::String {
        string: "\0".to_owned(),
    };
    let bytes = Untagged::Bytes { bytes: vec![0] };
    for value in [
        T::Str("\0"),
        T::String("\0"),
        T::Bytes(b"\0"),
        T::ByteBuf(b"\0"),
    ] {
        assert_de_tokens(&string, &tokens("string", &[value]));
        assert_de_tokens(&bytes, &tokens("bytes", &[value]));
    }
    assert_de_tokens(
        &bytes,
        &tokens("bytes", &[T::Seq { len: Some(1) }, T::U8(0), T::SeqEnd]),
    );
}

#[test]
fn rename_all() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(rename_all = "snake_case")]
    enum E {
        #[serde(rename_all = "camelCase")]
        Serialize {
            serialize: bool,
            serialize_seq: bool,
        },
        #[serde(rename_all = "kebab-case")]
        SerializeSeq {
            serialize: bool,
            serialize_seq: bool,
        },
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        SerializeMap {
            serialize: bool,
            serialize_seq: bool,
        },
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(rename_all = "PascalCase")]
    struct S {
        serialize: bool,
        serialize_seq: bool,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(rename_all = "SCREAMING-KEBAB-CASE")]
    struct ScreamingKebab {
        serialize: bool,
        serialize_seq: bool,
    }

    /// A struct variant of `E` spelled `variant`, its two fields spelled `keys`, both `true`.
    fn variant(variant: &'static str, keys: [&'static str; 2]) -> Vec<T> {
        let mut tokens = vec![T::StructVariant {
            name: "E",
            variant,
            len: 2,
        }];
        for key in keys {
            tokens.extend([T::Str(key), T::Bool(true)]);
        }
        tokens.push(T::StructVariantEnd);
        tokens
    }

    /// A struct `name`, its two fields spelled `keys`, both `true`.
    fn structure(name: &'static str, keys: [&'static str; 2]) -> Vec<T> {
        let mut tokens = vec![T::Struct { name, len: 2 }];
        for key in keys {
            tokens.extend([T::Str(key), T::Bool(true)]);
        }
        tokens.push(T::StructEnd);
        tokens
    }

    assert_tokens(
        &E::Serialize {
            serialize: true,
            serialize_seq: true,
        },
        &variant("serialize", ["serialize", "serializeSeq"]),
    );
    assert_tokens(
        &E::SerializeSeq {
            serialize: true,
            serialize_seq: true,
        },
        &variant("serialize_seq", ["serialize", "serialize-seq"]),
    );
    assert_tokens(
        &E::SerializeMap {
            serialize: true,
            serialize_seq: true,
        },
        &variant("serialize_map", ["SERIALIZE", "SERIALIZE_SEQ"]),
    );
    assert_tokens(
        &S {
            serialize: true,
            serialize_seq: true,
        },
        &structure("S", ["Serialize", "SerializeSeq"]),
    );
    assert_tokens(
        &ScreamingKebab {
            serialize: true,
            serialize_seq: true,
        },
        &structure("ScreamingKebab", ["SERIALIZE", "SERIALIZE-SEQ"]),
    );
}

#[test]
fn rename_all_fields() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(rename_all_fields = "kebab-case")]
    enum E {
        V1,
        V2(bool),
        V3 {
            a_field: bool,
            another_field: bool,
            #[serde(rename = "last-field")]
            yet_another_field: bool,
        },
        #[serde(rename_all = "snake_case")]
        V4 {
            a_field: bool,
        },
    }

    assert_tokens(
        &E::V3 {
            a_field: true,
            another_field: true,
            yet_another_field: true,
        },
        &[
            T::StructVariant {
                name: "E",
                variant: "V3",
                len: 3,
            },
            T::Str("a-field"),
            T::Bool(true),
            T::Str("another-field"),
            T::Bool(true),
            T::Str("last-field"),
            T::Bool(true),
            T::StructVariantEnd,
        ],
    );
    // The variant's own rename_all wins over the container's rename_all_fields.
    assert_tokens(
        &E::V4 { a_field: true },
        &[
            T::StructVariant {
                name: "E",
                variant: "V4",
                len: 1,
            },
            T::Str("a_field"),
            T::Bool(true),
            T::StructVariantEnd,
        ],
    );
}

#[test]
fn untagged_newtype_variant_containing_unit_struct_not_map() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Unit;

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum Message {
        Unit(Unit),
        Map(BTreeMap<String, String>),
    }

    // An empty map is not the unit struct.
    assert_tokens(
        &Message::Map(BTreeMap::new()),
        &[T::Map { len: Some(0) }, T::MapEnd],
    );
}

#[test]
fn internally_tagged_newtype_variant_containing_unit_struct() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Info;

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "topic")]
    enum Message {
        Info(Info),
    }

    assert_tokens(
        &Message::Info(Info),
        &[
            T::Map { len: Some(1) },
            T::Str("topic"),
            T::Str("Info"),
            T::MapEnd,
        ],
    );
    assert_de_tokens(
        &Message::Info(Info),
        &[
            T::Struct {
                name: "Message",
                len: 1,
            },
            T::Str("topic"),
            T::Str("Info"),
            T::StructEnd,
        ],
    );
    assert_de_tokens(
        &Message::Info(Info),
        &[T::Seq { len: Some(1) }, T::Str("Info"), T::SeqEnd],
    );
}
