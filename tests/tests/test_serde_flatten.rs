//! serde's `flatten` cases (`test_collect_other` and `mod flatten` of
//! `test_suite/tests/test_annotations.rs` in the serde repository), ported: every type derives
//! `ApiModel` with `#[api(serde_defaults)]`, its `#[serde(...)]` lines as serde's case writes
//! them, and each test checks with `serde_test`'s tokens what serde's test checks.
//!
//! `flatten::ignored_any` and `flatten::flatten_any_after_flatten_struct` flatten a type that
//! has no `Serialize` (`IgnoredAny`, a hand-written `Any`): they are in `test_serde_one_way.rs`.

#![allow(
    clippy::too_many_lines,
    clippy::items_after_statements,
    reason = "serde's cases, kept in the shapes serde's test suite gives them"
)]

use std::collections::{BTreeMap, HashMap};

use apimodel::ApiModel;
use serde_test::{
    Token as T, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens,
    assert_ser_tokens_error, assert_tokens,
};

/// A map of `(key, value)` string pairs.
fn strings<M: FromIterator<(String, String)>>(pairs: &[(&str, &str)]) -> M {
    pairs
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

#[derive(ApiModel, Debug, PartialEq)]
#[api(serde_defaults)]
struct CollectOther {
    a: u32,
    b: u32,
    #[serde(flatten)]
    extra: HashMap<String, u32>,
}

#[test]
fn collect_other() {
    assert_tokens(
        &CollectOther {
            a: 1,
            b: 2,
            extra: HashMap::from([("c".to_owned(), 3)]),
        },
        &[
            T::Map { len: None },
            T::Str("a"),
            T::U32(1),
            T::Str("b"),
            T::U32(2),
            T::Str("c"),
            T::U32(3),
            T::MapEnd,
        ],
    );
}

#[test]
fn complex() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Outer {
        y: u32,
        #[serde(flatten)]
        first: First,
        #[serde(flatten)]
        second: Second,
        z: u32,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct First {
        a: u32,
        b: bool,
        c: Vec<String>,
        d: String,
        e: Option<u64>,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Second {
        f: u32,
    }

    let value = Outer {
        y: 0,
        first: First {
            a: 1,
            b: true,
            c: vec!["a".into(), "b".into()],
            d: "c".into(),
            e: Some(2),
        },
        second: Second { f: 3 },
        z: 4,
    };
    // Read, `e` is a bare number; written, it is `Some` first.
    let tokens = |e: &[T]| {
        let mut tokens = vec![
            T::Map { len: None },
            T::Str("y"),
            T::U32(0),
            T::Str("a"),
            T::U32(1),
            T::Str("b"),
            T::Bool(true),
            T::Str("c"),
            T::Seq { len: Some(2) },
            T::Str("a"),
            T::Str("b"),
            T::SeqEnd,
            T::Str("d"),
            T::Str("c"),
            T::Str("e"),
        ];
        tokens.extend_from_slice(e);
        tokens.extend([T::Str("f"), T::U32(3), T::Str("z"), T::U32(4), T::MapEnd]);
        tokens
    };
    assert_de_tokens(&value, &tokens(&[T::U64(2)]));
    assert_ser_tokens(&value, &tokens(&[T::Some, T::U64(2)]));
}

#[test]
fn map_twice() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Outer {
        #[serde(flatten)]
        first: BTreeMap<String, String>,
        #[serde(flatten)]
        between: Inner,
        #[serde(flatten)]
        second: BTreeMap<String, String>,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Inner {
        y: String,
    }

    // The first map takes every key; `Inner` takes `y`, so the second map gets what is left.
    assert_de_tokens(
        &Outer {
            first: strings(&[("x", "X"), ("y", "Y")]),
            between: Inner { y: "Y".to_owned() },
            second: strings(&[("x", "X")]),
        },
        &[
            T::Map { len: None },
            T::Str("x"),
            T::Str("X"),
            T::Str("y"),
            T::Str("Y"),
            T::MapEnd,
        ],
    );
}

#[test]
fn unsupported_type() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Outer {
        outer: String,
        #[serde(flatten)]
        inner: String,
    }

    assert_ser_tokens_error(
        &Outer {
            outer: "foo".into(),
            inner: "bar".into(),
        },
        &[T::Map { len: None }, T::Str("outer"), T::Str("foo")],
        "can only flatten structs and maps (got a string)",
    );
    assert_de_tokens_error::<Outer>(
        &[
            T::Map { len: None },
            T::Str("outer"),
            T::Str("foo"),
            T::Str("a"),
            T::Str("b"),
            T::MapEnd,
        ],
        "can only flatten structs and maps",
    );
}

#[test]
fn unknown_field() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        dummy: String,
        #[serde(flatten)]
        inner: Inner,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Inner {
        foo: HashMap<String, u32>,
    }

    assert_de_tokens_error::<Outer>(
        &[
            T::Struct {
                name: "Outer",
                len: 1,
            },
            T::Str("dummy"),
            T::Str("23"),
            T::Str("foo"),
            T::Map { len: None },
            T::Str("a"),
            T::U32(1),
            T::Str("b"),
            T::U32(2),
            T::MapEnd,
            T::Str("bar"),
            T::U32(23),
            T::StructEnd,
        ],
        "unknown field `bar`",
    );
}

#[test]
fn non_string_keys() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct TestStruct {
        name: String,
        age: u32,
        #[serde(flatten)]
        mapping: HashMap<u32, u32>,
    }

    assert_tokens(
        &TestStruct {
            name: "peter".into(),
            age: 3,
            mapping: HashMap::from([(0, 42)]),
        },
        &[
            T::Map { len: None },
            T::Str("name"),
            T::Str("peter"),
            T::Str("age"),
            T::U32(3),
            T::U32(0),
            T::U32(42),
            T::MapEnd,
        ],
    );
}

#[test]
fn lifetime_propagation() {
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct A<X> {
        #[serde(flatten)]
        t: X,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct B<'a> {
        #[serde(flatten, borrow)]
        t: HashMap<&'a str, u32>,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct C<'a> {
        #[serde(flatten, borrow)]
        t: HashMap<&'a [u8], u32>,
    }

    assert_tokens(
        &A {
            t: HashMap::from([("x".to_owned(), 42u32)]),
        },
        &[T::Map { len: None }, T::Str("x"), T::U32(42), T::MapEnd],
    );

    let by_str = B {
        t: HashMap::from([("x", 42u32)]),
    };
    let borrowed_str = [
        T::Map { len: None },
        T::BorrowedStr("x"),
        T::U32(42),
        T::MapEnd,
    ];
    assert_ser_tokens(&by_str, &borrowed_str);
    assert_de_tokens(&by_str, &borrowed_str);

    let by_bytes = C {
        t: HashMap::from([(&b"x"[..], 42u32)]),
    };
    assert_ser_tokens(
        &by_bytes,
        &[
            T::Map { len: None },
            T::Seq { len: Some(1) },
            T::U8(b'x'),
            T::SeqEnd,
            T::U32(42),
            T::MapEnd,
        ],
    );
    assert_de_tokens(
        &by_bytes,
        &[
            T::Map { len: None },
            T::BorrowedBytes(b"x"),
            T::U32(42),
            T::MapEnd,
        ],
    );
}

/// serde issue 1904: an enum with a tuple variant beside a struct variant that flattens.
#[test]
fn enum_tuple_and_struct() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    enum Outer {
        Tuple(f64, i32),
        Flatten {
            #[serde(flatten)]
            nested: Nested,
        },
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Nested {
        a: i32,
        b: i32,
    }

    assert_tokens(
        &Outer::Tuple(1.2, 3),
        &[
            T::TupleVariant {
                name: "Outer",
                variant: "Tuple",
                len: 2,
            },
            T::F64(1.2),
            T::I32(3),
            T::TupleVariantEnd,
        ],
    );
    assert_tokens(
        &Outer::Flatten {
            nested: Nested { a: 1, b: 2 },
        },
        &[
            T::NewtypeVariant {
                name: "Outer",
                variant: "Flatten",
            },
            T::Map { len: None },
            T::Str("a"),
            T::I32(1),
            T::Str("b"),
            T::I32(2),
            T::MapEnd,
        ],
    );
}

#[test]
fn option() {
    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Outer {
        #[serde(flatten)]
        inner1: Option<Inner1>,
        #[serde(flatten)]
        inner2: Option<Inner2>,
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Inner1 {
        inner1: i32,
    }

    #[derive(ApiModel, PartialEq, Debug)]
    #[api(serde_defaults)]
    struct Inner2 {
        inner2: i32,
    }

    for (one, two) in [(true, true), (true, false), (false, true), (false, false)] {
        let value = Outer {
            inner1: one.then_some(Inner1 { inner1: 1 }),
            inner2: two.then_some(Inner2 { inner2: 2 }),
        };
        let mut tokens = vec![T::Map { len: None }];
        if one {
            tokens.extend([T::Str("inner1"), T::I32(1)]);
        }
        if two {
            tokens.extend([T::Str("inner2"), T::I32(2)]);
        }
        tokens.push(T::MapEnd);
        assert_tokens(&value, &tokens);
    }
}

#[test]
fn alias() {
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

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Outer {
        #[serde(flatten)]
        a: AliasStruct,
        b: i32,
    }

    let value = Outer {
        a: AliasStruct {
            a1: 1,
            a2: 2,
            a4: 4,
        },
        b: 7,
    };
    for spelling in ["a5", "a6"] {
        assert_de_tokens(
            &value,
            &[
                T::Struct {
                    name: "Outer",
                    len: 4,
                },
                T::Str("a1"),
                T::I32(1),
                T::Str("a2"),
                T::I32(2),
                T::Str(spelling),
                T::I32(4),
                T::Str("b"),
                T::I32(7),
                T::StructEnd,
            ],
        );
    }
}

mod unit {
    use apimodel::ApiModel;
    use serde_test::{Token as T, assert_tokens};

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Response<X> {
        #[serde(flatten)]
        data: X,
        status: usize,
    }

    const STATUS_ONLY: [T; 4] = [T::Map { len: None }, T::Str("status"), T::U64(0), T::MapEnd];

    #[test]
    fn unit() {
        assert_tokens(
            &Response {
                data: (),
                status: 0,
            },
            &STATUS_ONLY,
        );
    }

    #[test]
    fn unit_struct() {
        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        struct Unit;

        assert_tokens(
            &Response {
                data: Unit,
                status: 0,
            },
            &STATUS_ONLY,
        );
    }
}

mod externally_tagged {
    use std::collections::HashMap;

    use apimodel::ApiModel;
    use serde_test::{Token as T, assert_de_tokens, assert_tokens};

    use super::strings;

    #[test]
    fn straightforward() {
        #[derive(ApiModel, PartialEq, Debug)]
        #[api(serde_defaults)]
        enum Data {
            A {
                a: i32,
                #[serde(flatten)]
                flat: Flat,
            },
        }

        #[derive(ApiModel, PartialEq, Debug)]
        #[api(serde_defaults)]
        struct Flat {
            b: i32,
        }

        assert_tokens(
            &Data::A {
                a: 0,
                flat: Flat { b: 0 },
            },
            &[
                T::NewtypeVariant {
                    name: "Data",
                    variant: "A",
                },
                T::Map { len: None },
                T::Str("a"),
                T::I32(0),
                T::Str("b"),
                T::I32(0),
                T::MapEnd,
            ],
        );
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Flatten {
        #[serde(flatten)]
        data: Enum,

        #[serde(flatten)]
        extra: HashMap<String, String>,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    enum Enum {
        Newtype(HashMap<String, String>),
        Tuple(u32, u32),
        Struct { index: u32, value: u32 },
    }

    /// A `Flatten` holding `data`, its extra key `extra_key`, and its tokens around `variant`.
    fn flatten(data: Enum, variant: &[T]) -> (Flatten, Vec<T>) {
        let value = Flatten {
            data,
            extra: strings(&[("extra_key", "extra value")]),
        };
        let mut tokens = vec![T::Map { len: None }];
        tokens.extend_from_slice(variant);
        tokens.extend([T::Str("extra_key"), T::Str("extra value"), T::MapEnd]);
        (value, tokens)
    }

    #[test]
    fn newtype() {
        let (value, tokens) = flatten(
            Enum::Newtype(strings(&[("key", "value")])),
            &[
                T::Str("Newtype"),
                T::Map { len: Some(1) },
                T::Str("key"),
                T::Str("value"),
                T::MapEnd,
            ],
        );
        assert_tokens(&value, &tokens);
    }

    #[test]
    fn tuple() {
        let (value, tokens) = flatten(
            Enum::Tuple(0, 42),
            &[
                T::Str("Tuple"),
                T::Seq { len: Some(2) },
                T::U32(0),
                T::U32(42),
                T::SeqEnd,
            ],
        );
        assert_tokens(&value, &tokens);
    }

    /// A struct variant read from a sequence of its fields.
    #[test]
    fn struct_from_seq() {
        let (value, tokens) = flatten(
            Enum::Struct {
                index: 0,
                value: 42,
            },
            &[
                T::Str("Struct"),
                T::Seq { len: Some(2) },
                T::U32(0),
                T::U32(42),
                T::SeqEnd,
            ],
        );
        assert_de_tokens(&value, &tokens);
    }

    #[test]
    fn struct_from_map() {
        let (value, tokens) = flatten(
            Enum::Struct {
                index: 0,
                value: 42,
            },
            &[
                T::Str("Struct"),
                T::Struct {
                    len: 2,
                    name: "Struct",
                },
                T::Str("index"),
                T::U32(0),
                T::Str("value"),
                T::U32(42),
                T::StructEnd,
            ],
        );
        assert_tokens(&value, &tokens);
    }
}

mod adjacently_tagged {
    use apimodel::ApiModel;
    use serde_test::{Token as T, assert_tokens};

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Flatten {
        outer: u32,

        #[serde(flatten)]
        data: NewtypeWrapper,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct NewtypeWrapper(pub Enum);

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "tag", content = "content")]
    enum Enum {
        Newtype(NewtypeVariant),
        Struct { index: u32, value: u32 },
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct NewtypeVariant {
        value: u32,
    }

    /// The tokens of a `Flatten` with `outer: 42` and `data` of `variant`, its content `content`.
    fn tokens(variant: &'static str, content: &[T]) -> Vec<T> {
        let mut tokens = vec![
            T::Map { len: None },
            T::Str("outer"),
            T::U32(42),
            T::Str("tag"),
            T::UnitVariant {
                name: "Enum",
                variant,
            },
            T::Str("content"),
        ];
        tokens.extend_from_slice(content);
        tokens.push(T::MapEnd);
        tokens
    }

    #[test]
    fn struct_() {
        assert_tokens(
            &Flatten {
                outer: 42,
                data: NewtypeWrapper(Enum::Struct {
                    index: 0,
                    value: 42,
                }),
            },
            &tokens(
                "Struct",
                &[
                    T::Struct {
                        len: 2,
                        name: "Struct",
                    },
                    T::Str("index"),
                    T::U32(0),
                    T::Str("value"),
                    T::U32(42),
                    T::StructEnd,
                ],
            ),
        );
    }

    #[test]
    fn newtype() {
        assert_tokens(
            &Flatten {
                outer: 42,
                data: NewtypeWrapper(Enum::Newtype(NewtypeVariant { value: 23 })),
            },
            &tokens(
                "Newtype",
                &[
                    T::Struct {
                        len: 1,
                        name: "NewtypeVariant",
                    },
                    T::Str("value"),
                    T::U32(23),
                    T::StructEnd,
                ],
            ),
        );
    }
}

mod internally_tagged {
    use apimodel::ApiModel;
    use serde_test::{Token as T, assert_de_tokens, assert_tokens};

    #[test]
    fn structs() {
        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        struct Flatten {
            #[serde(flatten)]
            x: X,
            #[serde(flatten)]
            y: Y,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        #[serde(tag = "typeX")]
        enum X {
            A { a: i32 },
            B { b: i32 },
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        #[serde(tag = "typeY")]
        enum Y {
            C { c: i32 },
            D { d: i32 },
        }

        assert_tokens(
            &Flatten {
                x: X::B { b: 1 },
                y: Y::D { d: 2 },
            },
            &[
                T::Map { len: None },
                T::Str("typeX"),
                T::Str("B"),
                T::Str("b"),
                T::I32(1),
                T::Str("typeY"),
                T::Str("D"),
                T::Str("d"),
                T::I32(2),
                T::MapEnd,
            ],
        );
    }

    #[test]
    fn unit_enum_with_unknown_fields() {
        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        struct Flatten {
            #[serde(flatten)]
            x: X,
            #[serde(flatten)]
            y: Y,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        #[serde(tag = "typeX")]
        enum X {
            A,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(serde_defaults)]
        #[serde(tag = "typeY")]
        enum Y {
            B { c: u32 },
        }

        assert_de_tokens(
            &Flatten {
                x: X::A,
                y: Y::B { c: 0 },
            },
            &[
                T::Map { len: None },
                T::Str("typeX"),
                T::Str("A"),
                T::Str("typeY"),
                T::Str("B"),
                T::Str("c"),
                T::I32(0),
                T::MapEnd,
            ],
        );
    }
}

mod untagged {
    use apimodel::ApiModel;
    use serde_test::{Token as T, assert_tokens};

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    struct Flatten {
        #[serde(flatten)]
        data: Enum,
    }

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(untagged)]
    enum Enum {
        Struct { a: i32 },
    }

    #[test]
    fn struct_() {
        assert_tokens(
            &Flatten {
                data: Enum::Struct { a: 0 },
            },
            &[T::Map { len: None }, T::Str("a"), T::I32(0), T::MapEnd],
        );
    }
}
