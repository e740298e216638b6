//! `apimodel::__private::content` against serde's own buffer: the same value or the same error
//! message when a type is read back from buffered content (by value, by reference, and through
//! `flatten`'s leftover entries).
//!
//! The oracles are serde_derive shapes that go through serde's private `Content`:
//! - by value: an adjacently tagged enum whose content comes before its tag (serde buffers the
//!   content, then reads the variant's type from it; errors pass through unchanged);
//! - by reference: an untagged enum (same value; its error is generic, so messages are compared
//!   with the by-value path);
//! - flatten: a struct with `#[serde(flatten)]` fields, the last one a map that collects what
//!   the others left.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]

use std::collections::BTreeMap;
use std::fmt::Debug;

use apimodel::__private::content::{
    Content, ContentDeserializer, ContentRefDeserializer, Leftovers, flat, flat_option,
};
use apimodel::ApiModel;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Oracles

#[derive(Deserialize, Debug)]
#[serde(tag = "t", content = "c")]
enum Adjacent<T> {
    A(T),
}

#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum Untagged<T> {
    A(T),
}

#[derive(Deserialize, Debug)]
struct Flat<T> {
    #[serde(flatten)]
    inner: T,
    #[serde(flatten)]
    rest: BTreeMap<String, Value>,
}

#[derive(Deserialize, Debug)]
struct FlatOption<T> {
    #[serde(flatten)]
    inner: Option<T>,
    #[serde(flatten)]
    rest: BTreeMap<String, Value>,
}

/// serde_json's message without the position it adds to errors raised while it parses.
fn message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

type Read<T> = Result<T, String>;

fn serde_owned<T: DeserializeOwned>(doc: &str) -> (Read<T>, Read<T>) {
    let wrapped = format!(r#"{{"c":{doc},"t":"A"}}"#);
    let from_str = serde_json::from_str::<Adjacent<T>>(&wrapped)
        .map(|Adjacent::A(v)| v)
        .map_err(|e| message(&e));
    let value: Value = serde_json::from_str(&wrapped).unwrap();
    let from_value = Adjacent::<T>::deserialize(value)
        .map(|Adjacent::A(v)| v)
        .map_err(|e| e.to_string());
    (from_str, from_value)
}

fn ours_owned<T: DeserializeOwned>(doc: &str) -> (Read<T>, Read<T>) {
    let content: Content<'_> = serde_json::from_str(doc).unwrap();
    let from_str = T::deserialize(ContentDeserializer::<serde_json::Error>::new(content))
        .map_err(|e| e.to_string());
    let value: Value = serde_json::from_str(doc).unwrap();
    let content = Content::deserialize(value).unwrap();
    let from_value = T::deserialize(ContentDeserializer::<serde_json::Error>::new(content))
        .map_err(|e| e.to_string());
    (from_str, from_value)
}

fn ours_ref<T: DeserializeOwned>(doc: &str) -> Read<T> {
    let content: Content<'_> = serde_json::from_str(doc).unwrap();
    T::deserialize(ContentRefDeserializer::<serde_json::Error>::new(&content))
        .map_err(|e| e.to_string())
}

fn same<T: Debug + PartialEq>(doc: &str, what: &str, ours: &Read<T>, theirs: &Read<T>) {
    assert_eq!(ours, theirs, "{what}: {doc}");
}

/// By value and by reference, from `from_str` and `from_value`: the value or the message of
/// serde's buffer.
fn check<T: DeserializeOwned + Debug + PartialEq>(docs: &[&str]) {
    for doc in docs {
        let (their_str, their_value) = serde_owned::<T>(doc);
        let (our_str, our_value) = ours_owned::<T>(doc);
        same(doc, "by value, from_str", &our_str, &their_str);
        same(doc, "by value, from_value", &our_value, &their_value);
        let untagged = serde_json::from_str::<Untagged<T>>(doc).map(|Untagged::A(v)| v);
        let by_ref = ours_ref::<T>(doc);
        match (&by_ref, &untagged) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "by reference: {doc}"),
            // By reference, serde reads `()` only from a unit (by value also from `{}`).
            (Err(a), Err(_)) if our_str.is_err() => {
                assert_eq!(Err::<T, _>(a.clone()), our_str, "by ref: {doc}");
            }
            (Err(_), Err(_)) => {}
            _ => panic!("by reference {doc}: ours {by_ref:?}, untagged {untagged:?}"),
        }
    }
}

fn leftovers(doc: &str) -> Leftovers<'_> {
    match serde_json::from_str::<Content<'_>>(doc).unwrap() {
        Content::Map(entries) => entries.into_iter().map(Some).collect(),
        other => panic!("not a map: {other:?}"),
    }
}

fn rest(left: &mut Leftovers<'_>) -> BTreeMap<String, Value> {
    flat::<_, serde_json::Error>(left).unwrap()
}

/// Through `flatten`: the flattened value (or message) and what it left to a map after it.
fn check_flat<T: DeserializeOwned + Debug + PartialEq>(docs: &[&str]) {
    for doc in docs {
        let theirs = serde_json::from_str::<Flat<T>>(doc)
            .map(|f| (f.inner, f.rest))
            .map_err(|e| message(&e));
        let mut left = leftovers(doc);
        let ours = flat::<T, serde_json::Error>(&mut left)
            .map(|inner| (inner, rest(&mut left)))
            .map_err(|e| e.to_string());
        same(doc, "flatten", &ours, &theirs);

        let theirs = serde_json::from_str::<FlatOption<T>>(doc)
            .map(|f| (f.inner, f.rest))
            .map_err(|e| message(&e));
        let mut left = leftovers(doc);
        let ours = flat_option::<T, serde_json::Error>(&mut left)
            .map(|inner| (inner, rest(&mut left)))
            .map_err(|e| e.to_string());
        same(doc, "flatten Option", &ours, &theirs);
    }
}

// ---------------------------------------------------------------------------------------------
// Types

#[derive(Deserialize, Debug, PartialEq)]
enum Shape {
    Dot,
    Circle(u8),
    Line(u8, u8),
    Rect { w: u8, h: u8 },
}

#[derive(Deserialize, Debug, PartialEq)]
struct Meters(u32);

#[derive(Deserialize, Debug, PartialEq)]
struct Nothing;

#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Everything {
    small: u8,
    signed: i16,
    big: u64,
    ratio: f32,
    flag: bool,
    letter: char,
    name: String,
    note: Option<String>,
    list: Vec<u16>,
    pair: (u8, String),
    shape: Shape,
    length: Meters,
    counts: BTreeMap<String, u32>,
    #[serde(default)]
    blob: Option<serde_bytes_like::Bytes>,
}

/// `Vec<u8>` read through `deserialize_bytes` (what `serde_bytes` does), without the crate.
mod serde_bytes_like {
    use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
    use std::fmt;

    #[derive(Debug, PartialEq)]
    pub struct Bytes(pub Vec<u8>);

    impl<'de> Deserialize<'de> for Bytes {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Bytes;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("bytes")
                }
                fn visit_bytes<E>(self, v: &[u8]) -> Result<Bytes, E> {
                    Ok(Bytes(v.to_vec()))
                }
                fn visit_str<E>(self, v: &str) -> Result<Bytes, E> {
                    Ok(Bytes(v.as_bytes().to_vec()))
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Bytes, A::Error> {
                    let mut out = Vec::new();
                    while let Some(b) = s.next_element()? {
                        out.push(b);
                    }
                    Ok(Bytes(out))
                }
            }
            d.deserialize_bytes(V)
        }
    }
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Strict {
    a: u8,
    b: Option<u8>,
}

/// A model of this crate, read back through the buffer, against its serde_derive twin.
#[derive(ApiModel, Debug, PartialEq)]
struct Pet {
    /// The pet's name.
    name: String,
    /// Age in years.
    age_years: Option<u8>,
    /// Tags.
    tags: Vec<String>,
}

#[derive(Deserialize, Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct PetMirror {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    age_years: Option<u8>,
    tags: Vec<String>,
}

const EVERYTHING: &str = r#"{"small":1,"signed":-2,"big":18446744073709551615,"ratio":1.5,"flag":true,"letter":"x","name":"n","note":null,"list":[1,2],"pair":[3,"p"],"shape":"Dot","length":7,"counts":{"a":1},"blob":[1,2]}"#;

/// `EVERYTHING` with `key`'s value replaced.
fn with(key: &str, value: &str) -> String {
    let mut doc: serde_json::Map<String, Value> = serde_json::from_str(EVERYTHING).unwrap();
    doc.insert(key.to_owned(), serde_json::from_str(value).unwrap());
    serde_json::to_string(&doc).unwrap()
}

/// `EVERYTHING` without `key`.
fn without(key: &str) -> String {
    let mut doc: serde_json::Map<String, Value> = serde_json::from_str(EVERYTHING).unwrap();
    doc.remove(key);
    serde_json::to_string(&doc).unwrap()
}

/// Values of every JSON kind, to put where they do not belong.
const WRONG: &[&str] = &[
    "null",
    "true",
    "5",
    "-5",
    "1.5",
    r#""s""#,
    r#""xy""#,
    "[]",
    "[1]",
    r#"[1,"a",3]"#,
    "{}",
    r#"{"a":1}"#,
    r#"{"Circle":1,"Dot":null}"#,
    r#"{"Circle":"x"}"#,
    r#"{"Line":[1]}"#,
    r#"{"Line":5}"#,
    r#"{"Rect":{"w":1}}"#,
    r#"{"Rect":[1,2]}"#,
    r#"{"Rect":[1,2,3]}"#,
    r#"{"Dot":5}"#,
    r#"{"Dot":null}"#,
    r#"{"Dot":{}}"#,
    r#"{"Square":1}"#,
    r#""Circle""#,
    r#""Rect""#,
    r#""Line""#,
    "256",
    "70000",
    "-40000",
];

fn everything_docs() -> Vec<String> {
    let keys = [
        "small", "signed", "big", "ratio", "flag", "letter", "name", "note", "list", "pair",
        "shape", "length", "counts", "blob",
    ];
    let mut docs = vec![EVERYTHING.to_owned()];
    for key in keys {
        docs.push(without(key));
        for wrong in WRONG {
            docs.push(with(key, wrong));
        }
    }
    docs.push(with("unknown", "1"));
    docs.push(r#"{"small":1,"small":2}"#.to_owned());
    docs
}

// ---------------------------------------------------------------------------------------------
// Tests

#[test]
fn every_kind_by_value_and_by_reference() {
    let docs = everything_docs();
    let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
    check::<Everything>(&docs);
    check_flat::<Everything>(&docs);
}

#[test]
fn scalars_and_containers() {
    let mut docs = WRONG.to_vec();
    docs.extend(["0", "255", r#""é""#, "[1,2,3]", r#"{"a":1,"b":2}"#, "-0.0"]);
    check::<u8>(&docs);
    check::<i64>(&docs);
    check::<f64>(&docs);
    check::<bool>(&docs);
    check::<char>(&docs);
    check::<String>(&docs);
    check::<Option<u8>>(&docs);
    check::<Option<Option<u8>>>(&docs);
    check::<Vec<u8>>(&docs);
    check::<(u8, u8)>(&docs);
    check::<[u8; 1]>(&docs);
    check::<BTreeMap<String, u8>>(&docs);
    check::<BTreeMap<u8, u8>>(&docs);
    check::<Shape>(&docs);
    check::<Meters>(&docs);
    check::<()>(&docs);
    check::<Value>(&docs);
    check::<serde_bytes_like::Bytes>(&docs);
}

#[test]
fn unit_struct_from_an_empty_map_differs_by_reference_as_in_serde() {
    // serde reads a unit struct from `{}` or `[]` by value (for internally tagged newtype
    // variants) but not by reference; so does this buffer.
    for doc in ["null", "{}", "[]", "1"] {
        let (ours, _) = ours_owned::<Nothing>(doc);
        let (theirs, _) = serde_owned::<Nothing>(doc);
        assert_eq!(ours, theirs, "{doc}");
    }
    assert!(ours_ref::<Nothing>("null").is_ok());
    assert_eq!(
        ours_ref::<Nothing>("{}").unwrap_err(),
        "invalid type: map, expected unit struct Nothing"
    );
}

#[test]
fn strict_struct_and_models() {
    let docs = [
        r#"{"a":1}"#,
        r#"{"a":1,"b":2}"#,
        r#"{"a":1,"c":2}"#,
        r#"{"b":2}"#,
        r#"{"a":1,"a":1}"#,
        r#"[1,2]"#,
        r#"[1]"#,
        r#"[1,2,3]"#,
        r#"[]"#,
        "null",
        r#""a""#,
    ];
    check::<Strict>(&docs);
    check_flat::<Strict>(&docs[..5]);

    let pets = [
        r#"{"name":"Rex","tags":[]}"#,
        r#"{"name":"Rex","ageYears":3,"tags":["a"]}"#,
        r#"{"name":"Rex","ageYears":null,"tags":["a"],"x":1}"#,
        r#"{"name":"Rex","ageYears":300,"tags":["a"]}"#,
        r#"{"name":5,"tags":[]}"#,
        r#"{"tags":[]}"#,
        r#"{"name":"Rex","name":"Max","tags":[]}"#,
        r#"{"name":"Rex"}"#,
        r#"["Rex",null,[]]"#,
        r#"["Rex"]"#,
        r#"{"ageYears":"3"}"#,
        "7",
    ];
    for doc in pets {
        let (ours, _) = ours_owned::<Pet>(doc);
        let (theirs, _) = serde_owned::<PetMirror>(doc);
        assert_eq!(
            ours.map(|p| format!("{p:?}").replace("Pet ", "")),
            theirs
                .map(|p| format!("{p:?}").replace("PetMirror ", ""))
                .map_err(|e| e.replace("PetMirror", "Pet")),
            "{doc}"
        );
        let by_ref = ours_ref::<Pet>(doc);
        let untagged = serde_json::from_str::<Untagged<PetMirror>>(doc);
        assert_eq!(by_ref.is_ok(), untagged.is_ok(), "by reference: {doc}");
    }
    let pets: Vec<&str> = pets
        .iter()
        .copied()
        .filter(|d| d.starts_with('{'))
        .collect();
    for doc in pets {
        let theirs = serde_json::from_str::<Flat<PetMirror>>(doc)
            .map(|f| (format!("{:?}", f.inner).replace("PetMirror ", ""), f.rest))
            .map_err(|e| message(&e).replace("PetMirror", "Pet"));
        let mut left = leftovers(doc);
        let ours = flat::<Pet, serde_json::Error>(&mut left)
            .map(|p| (format!("{p:?}").replace("Pet ", ""), rest(&mut left)))
            .map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "flatten: {doc}");
    }
}

#[derive(Deserialize, Debug, PartialEq)]
struct Borrowed<'a> {
    #[serde(borrow)]
    s: &'a str,
    b: &'a [u8],
}

fn serde_owned_borrowed(doc: &str) -> Result<(), String> {
    #[derive(Deserialize)]
    #[serde(tag = "t", content = "c")]
    enum Adj<'a> {
        #[serde(borrow)]
        A(#[allow(dead_code, reason = "only the outcome is compared")] Borrowed<'a>),
    }
    let wrapped = format!(r#"{{"c":{doc},"t":"A"}}"#);
    serde_json::from_str::<Adj<'_>>(&wrapped)
        .map(|_| ())
        .map_err(|e| message(&e))
}

#[test]
fn borrowed_strings_stay_borrowed() {
    let doc = r#"{"s":"plain","b":"raw"}"#;
    let content: Content<'_> = serde_json::from_str(doc).unwrap();
    let Content::Map(entries) = &content else {
        panic!()
    };
    assert!(matches!(entries[0].1, Content::Str("plain")));
    let by_ref =
        Borrowed::deserialize(ContentRefDeserializer::<serde_json::Error>::new(&content)).unwrap();
    assert_eq!(by_ref.s, "plain");
    let owned =
        Borrowed::deserialize(ContentDeserializer::<serde_json::Error>::new(content)).unwrap();
    assert_eq!(owned.b, b"raw");

    // An escaped string cannot be lent: buffered as an owned `String`, it cannot become `&str`.
    let doc = r#"{"s":"a\"b","b":"raw"}"#;
    let theirs = serde_owned_borrowed(doc);
    let content: Content<'_> = serde_json::from_str(doc).unwrap();
    let ours = Borrowed::deserialize(ContentDeserializer::<serde_json::Error>::new(content))
        .map(|_| ())
        .map_err(|e| e.to_string());
    assert_eq!(ours, theirs);
    assert_eq!(
        ours.unwrap_err(),
        r#"invalid type: string "a\"b", expected a borrowed string"#
    );
}

#[test]
fn messages_name_each_kind_as_serde_does() {
    let cases: &[(&str, &str)] = &[
        ("5", "invalid type: integer `5`, expected a string"),
        ("-5", "invalid type: integer `-5`, expected a string"),
        (
            "1.5",
            "invalid type: floating point `1.5`, expected a string",
        ),
        ("true", "invalid type: boolean `true`, expected a string"),
        ("null", "invalid type: null, expected a string"),
        ("[1]", "invalid type: sequence, expected a string"),
        (r#"{"a":1}"#, "invalid type: map, expected a string"),
    ];
    for (doc, expected) in cases {
        let (ours, _) = ours_owned::<String>(doc);
        assert_eq!(ours.unwrap_err(), *expected);
    }
    let (ours, _) = ours_owned::<Shape>("[1]");
    assert_eq!(
        ours.unwrap_err(),
        "invalid type: sequence, expected string or map"
    );
    let (ours, _) = ours_owned::<Shape>(r#"{"Dot":1,"Rect":2}"#);
    assert_eq!(
        ours.unwrap_err(),
        "invalid value: map, expected map with a single key"
    );
}

#[test]
fn flatten_refuses_what_is_not_a_struct_or_map() {
    let mut left = leftovers(r#"{"a":1}"#);
    let err = flat::<u8, serde_json::Error>(&mut left).unwrap_err();
    assert_eq!(err.to_string(), "can only flatten structs and maps");
    let theirs = serde_json::from_str::<Flat<Vec<u8>>>(r#"{"a":1}"#).unwrap_err();
    let ours = flat::<Vec<u8>, serde_json::Error>(&mut left).unwrap_err();
    assert_eq!(ours.to_string(), message(&theirs));
    // An enum flattened: the first entry whose key is a variant.
    let docs = [
        r#"{"x":1,"Circle":3}"#,
        r#"{"x":1}"#,
        r#"{"Rect":{"w":1,"h":2},"Dot":null}"#,
    ];
    check_flat::<Shape>(&docs);
    // A unit and an option of a map.
    check_flat::<()>(&docs);
    check_flat::<BTreeMap<String, u8>>(&[r#"{"a":1}"#, r#"{"a":"x"}"#]);
}

#[test]
fn two_flattened_structs_share_the_leftovers() {
    #[derive(Deserialize, Debug, PartialEq)]
    struct A {
        a: u8,
    }
    #[derive(Deserialize, Debug, PartialEq)]
    struct B {
        a: Option<u8>,
        b: u8,
    }
    #[derive(Deserialize, Debug, PartialEq)]
    struct Both {
        #[serde(flatten)]
        a: A,
        #[serde(flatten)]
        b: Option<B>,
        #[serde(flatten)]
        rest: BTreeMap<String, Value>,
    }
    for doc in [
        r#"{"a":1,"b":2}"#,
        r#"{"b":2,"a":1,"c":3}"#,
        r#"{"a":1}"#,
        r#"{"a":1,"b":"x"}"#,
        r#"{"a":1,"a":2,"b":3}"#,
        r#"{"b":3}"#,
    ] {
        let theirs = serde_json::from_str::<Both>(doc).map_err(|e| message(&e));
        let mut left = leftovers(doc);
        let ours = flat::<A, serde_json::Error>(&mut left).and_then(|a| {
            let b = flat_option::<B, serde_json::Error>(&mut left)?;
            Ok(Both {
                a,
                b,
                rest: rest(&mut left),
            })
        });
        assert_eq!(ours.map_err(|e| e.to_string()), theirs, "{doc}");
    }
}
