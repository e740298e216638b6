//! Every `#[serde(...)]` attribute serde_derive documents (but `remote` and `getter`), one case
//! each: the same item written twice by [`case!`], once deriving `ApiModel` with
//! `#[api(serde_defaults)]` (`ours`), once deriving serde_derive's `Serialize, Deserialize`
//! (`theirs`), with the one set of `#[serde]` lines. Each case's table of documents, valid and
//! broken, goes through [`same`]: in JSON the value read (by `Debug`), the bytes written and
//! the exact error, from a string and from a `serde_json::Value`; in postcard the bytes written,
//! those bytes read back by both sides, and the errors of a truncated and of a corrupted copy.
//! `python3 tests/serde_oracle.py attrs` runs the file with serde_derive on both sides.

#![allow(
    clippy::needless_raw_string_hashes,
    clippy::trivially_copy_pass_by_ref,
    clippy::unnecessary_wraps,
    clippy::ref_option,
    reason = "cases: documents written uniformly, `with` functions in serde's signatures"
)]

use std::fmt::Debug;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `case! { name: items }`: module `name` with `ours` (each item derives `ApiModel` +
/// `#[api(serde_defaults)]`) and `theirs` (each item derives `Serialize, Deserialize`), both
/// importing the file's root. `case! { read_only name: items }`: `theirs` derives
/// `Deserialize` only (serde_derive refuses `Serialize` for identifier enums).
macro_rules! case {
    ($name:ident: $($item:item)+) => {
        mod $name {
            pub mod ours {
                #![allow(dead_code, unused_imports, reason = "some cases use part of the root")]
                use super::super::*;
                $(
                    #[derive(apimodel::ApiModel, Debug)]
                    #[api(serde_defaults)]
                    $item
                )+
            }
            pub mod theirs {
                #![allow(dead_code, unused_imports, reason = "some cases use part of the root")]
                use super::super::*;
                $(
                    #[derive(serde::Serialize, serde::Deserialize, Debug)]
                    $item
                )+
            }
        }
    };
    (read_only $name:ident: $($item:item)+) => {
        mod $name {
            pub mod ours {
                #![allow(dead_code, unused_imports, reason = "some cases use part of the root")]
                use super::super::*;
                $(
                    #[derive(apimodel::ApiModel, Debug)]
                    #[api(serde_defaults)]
                    $item
                )+
            }
            pub mod theirs {
                #![allow(dead_code, unused_imports, reason = "some cases use part of the root")]
                use super::super::*;
                $(
                    #[derive(serde::Deserialize, Debug)]
                    $item
                )+
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The comparison, written once.

/// What one side made of an input: the value's `Debug`, or the error's message.
type Read = Result<String, String>;

fn read_json<'de, T: Deserialize<'de> + Debug>(doc: &'de str) -> Read {
    serde_json::from_str::<T>(doc)
        .map(|v| format!("{v:?}"))
        .map_err(|e| e.to_string())
}

fn read_value<T: Deserialize<'static> + Debug>(value: &'static Value) -> Read {
    T::deserialize(value)
        .map(|v| format!("{v:?}"))
        .map_err(|e| e.to_string())
}

fn read_postcard<T: Deserialize<'static> + Debug>(bytes: &'static [u8]) -> Read {
    postcard::from_bytes::<T>(bytes)
        .map(|v| format!("{v:?}"))
        .map_err(|e| e.to_string())
}

/// Kept for the rest of the test run, so borrowing types can read from it.
fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Each document of `docs` read by `A` (ours) and `M` (theirs), then, where both read it, what
/// each writes, in JSON and in postcard.
fn same<A, M>(docs: &[&'static str])
where
    A: Serialize + Deserialize<'static> + Debug,
    M: Serialize + Deserialize<'static> + Debug,
{
    let mut accepted = 0;
    for &doc in docs {
        same_read::<A, M>(doc);
        if let (Ok(ours), Ok(theirs)) = (
            serde_json::from_str::<A>(doc),
            serde_json::from_str::<M>(doc),
        ) {
            same_written(&ours, &theirs, doc);
            accepted += 1;
        }
    }
    // A table is worth running only if it reaches both the writing and the error paths.
    assert!(
        0 < accepted && accepted < docs.len(),
        "{accepted} of {docs:?} read: a case needs valid and broken documents"
    );
}

/// `doc` read by both from a JSON string and from a `serde_json::Value`: same value or same
/// message.
fn same_read<A, M>(doc: &'static str)
where
    A: Deserialize<'static> + Debug,
    M: Deserialize<'static> + Debug,
{
    assert_eq!(read_json::<A>(doc), read_json::<M>(doc), "JSON {doc}");
    if let Ok(value) = serde_json::from_str::<Value>(doc) {
        let value = leak(value);
        assert_eq!(
            read_value::<A>(value),
            read_value::<M>(value),
            "Value of {doc}"
        );
    }
}

/// `ours` and `theirs` (read from `doc`) written: the same JSON, the same postcard bytes (or
/// errors), those bytes read back the same by both, and a truncated and a corrupted copy
/// refused (or read) the same.
fn same_written<A, M>(ours: &A, theirs: &M, doc: &str)
where
    A: Serialize + Deserialize<'static> + Debug,
    M: Serialize + Deserialize<'static> + Debug,
{
    let json = |r: Result<String, serde_json::Error>| r.map_err(|e| e.to_string());
    assert_eq!(
        json(serde_json::to_string(ours)),
        json(serde_json::to_string(theirs)),
        "JSON written from {doc}"
    );
    assert_eq!(
        json(serde_json::to_value(ours).map(|v| v.to_string())),
        json(serde_json::to_value(theirs).map(|v| v.to_string())),
        "Value written from {doc}"
    );

    let ours = postcard::to_allocvec(ours).map_err(|e| e.to_string());
    let theirs = postcard::to_allocvec(theirs).map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "postcard written from {doc}");
    let Ok(bytes) = ours else { return };
    same_postcard::<A, M>(&bytes, doc);
}

/// `bytes`, and a copy cut short by one byte and one with its first byte set to 0xff, read by
/// both: same value or same message.
fn same_postcard<A, M>(bytes: &[u8], doc: &str)
where
    A: Deserialize<'static> + Debug,
    M: Deserialize<'static> + Debug,
{
    let whole: &'static [u8] = leak(bytes.to_vec());
    let short = &whole[..whole.len().saturating_sub(1)];
    let corrupted: &'static [u8] = leak(
        bytes
            .iter()
            .enumerate()
            .map(|(i, &b)| if i == 0 { 0xff } else { b })
            .collect::<Vec<u8>>(),
    );
    for (what, input) in [("read", whole), ("cut", short), ("corrupted", corrupted)] {
        assert_eq!(
            read_postcard::<A>(input),
            read_postcard::<M>(input),
            "postcard {what} {input:?} (from {doc})"
        );
    }
}

/// A value each side builds itself (one that no document reaches) written the same.
fn same_value<A, M>(ours: &A, theirs: &M)
where
    A: Serialize + Debug,
    M: Serialize + Debug,
{
    assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
    let json = |r: Result<String, serde_json::Error>| r.map_err(|e| e.to_string());
    let what = format!("{ours:?}");
    assert_eq!(
        json(serde_json::to_string(ours)),
        json(serde_json::to_string(theirs)),
        "JSON written from {what}"
    );
    assert_eq!(
        postcard::to_allocvec(ours).map_err(|e| e.to_string()),
        postcard::to_allocvec(theirs).map_err(|e| e.to_string()),
        "postcard written from {what}"
    );
}

/// For read-only cases: each document read the same, and each postcard input read the same.
fn same_reads<A, M>(docs: &[&'static str], postcard: &[&'static [u8]])
where
    A: Deserialize<'static> + Debug,
    M: Deserialize<'static> + Debug,
{
    for &doc in docs {
        same_read::<A, M>(doc);
    }
    for &input in postcard {
        assert_eq!(
            read_postcard::<A>(input),
            read_postcard::<M>(input),
            "postcard {input:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers the cases name in their attributes.

fn forty_two() -> u32 {
    42
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// `with = "hex"`: a `u32` written as a `"0x…"` string.
mod hex {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{n:#x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        let text = String::deserialize(d)?;
        let digits = text
            .strip_prefix("0x")
            .ok_or_else(|| D::Error::custom(format!("{text:?} does not start with 0x")))?;
        u32::from_str_radix(digits, 16).map_err(D::Error::custom)
    }
}

/// A variant's `serialize_with` / `deserialize_with`: a tuple variant `(u8, u8)` as `"a.b"`.
fn dotted_ser<S: serde::Serializer>(a: &u8, b: &u8, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&format_args!("{a}.{b}"))
}

fn dotted_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(u8, u8), D::Error> {
    use serde::de::Error;
    let text = String::deserialize(d)?;
    let (a, b) = text
        .split_once('.')
        .ok_or_else(|| D::Error::custom("expected `a.b`"))?;
    Ok((
        a.parse().map_err(D::Error::custom)?,
        b.parse().map_err(D::Error::custom)?,
    ))
}

/// A newtype variant's `with`: the inner `u32` as a string.
mod as_text {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(n)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        String::deserialize(d)?.parse().map_err(D::Error::custom)
    }
}

/// `crate = "crate::reexport::serde"`: the serde the generated code names.
mod reexport {
    pub use serde;
}

/// The `from` / `into` / `try_from` targets.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Celsius(pub i32);

/// Passed to a generic case's `bound`.
pub trait Unit: Debug {}

impl Unit for u8 {}

// ---------------------------------------------------------------------------------------------
// Container attributes

case! { container_rename:
    #[serde(rename = "Superhero")]
    pub struct Hero {
        pub a: u32,
    }
}

#[test]
fn container_rename() {
    same::<container_rename::ours::Hero, container_rename::theirs::Hero>(&[
        r#"{"a":1}"#,
        r#"[1]"#,
        r#""a""#,
        r#"[]"#,
        r#"[1,2]"#,
        r#"{}"#,
        r#"null"#,
    ]);
}

case! { container_rename_split:
    #[serde(rename(serialize = "HeroSer", deserialize = "HeroDe"))]
    pub struct Hero {
        pub a: u32,
    }

    #[serde(rename(deserialize = "OnlyDe"))]
    pub enum Choice {
        A(u8),
        B { x: u8 },
    }
}

#[test]
fn container_rename_split() {
    use container_rename_split::{ours, theirs};
    same::<ours::Hero, theirs::Hero>(&[r#"{"a":1}"#, r#""a""#, r#"[]"#, r#"7"#]);
    same::<ours::Choice, theirs::Choice>(&[
        r#"{"A":1}"#,
        r#"{"B":{"x":2}}"#,
        r#"{"B":[2]}"#,
        r#"{"B":"x"}"#,
        r#""A""#,
        r#"{"C":1}"#,
        r#"[]"#,
    ]);
}

case! { rename_all:
    #[serde(rename_all = "kebab-case")]
    pub struct Kebab {
        pub first_name: String,
        pub last_login_at: u32,
    }

    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum Screaming {
        PlainVariant,
        WithData(u8),
        StructVariant { inner_field: u8 },
    }

    #[serde(rename_all(serialize = "camelCase", deserialize = "PascalCase"))]
    pub struct Split {
        pub user_id: u32,
    }
}

#[test]
fn rename_all() {
    use rename_all::{ours, theirs};
    same::<ours::Kebab, theirs::Kebab>(&[
        r#"{"first-name":"a","last-login-at":1}"#,
        r#"{"first_name":"a","last-login-at":1}"#,
        r#"{"first-name":"a"}"#,
        r#"["a",1]"#,
    ]);
    same::<ours::Screaming, theirs::Screaming>(&[
        r#""PLAIN_VARIANT""#,
        r#"{"WITH_DATA":3}"#,
        r#"{"STRUCT_VARIANT":{"inner_field":1}}"#,
        r#"{"STRUCT_VARIANT":{"INNER_FIELD":1}}"#,
        r#""PlainVariant""#,
    ]);
    same::<ours::Split, theirs::Split>(&[r#"{"UserId":1}"#, r#"{"userId":1}"#, r#"{"user_id":1}"#]);
}

case! { rename_all_fields:
    #[serde(rename_all_fields = "camelCase")]
    pub enum Event {
        Created { created_at: u32, by_user: String },
        #[serde(rename_all = "UPPERCASE")]
        Deleted { deleted_at: u32 },
        Plain(u8),
    }

    #[serde(rename_all_fields(serialize = "kebab-case", deserialize = "camelCase"))]
    pub enum Split {
        Moved { from_path: String },
    }
}

#[test]
fn rename_all_fields() {
    use rename_all_fields::{ours, theirs};
    same::<ours::Event, theirs::Event>(&[
        r#"{"Created":{"createdAt":1,"byUser":"u"}}"#,
        r#"{"Created":{"created_at":1,"by_user":"u"}}"#,
        r#"{"Deleted":{"DELETED_AT":2}}"#,
        r#"{"Deleted":{"deletedAt":2}}"#,
        r#"{"Plain":1}"#,
        r#"{"Created":[1,"u"]}"#,
    ]);
    same::<ours::Split, theirs::Split>(&[
        r#"{"Moved":{"fromPath":"a"}}"#,
        r#"{"Moved":{"from-path":"a"}}"#,
    ]);
}

case! { deny_unknown_fields:
    #[serde(deny_unknown_fields)]
    pub struct Strict {
        pub a: u32,
        #[serde(default)]
        pub b: Option<u32>,
    }

    #[serde(deny_unknown_fields)]
    pub enum StrictVariant {
        S { a: u32 },
    }
}

#[test]
fn deny_unknown_fields() {
    use deny_unknown_fields::{ours, theirs};
    same::<ours::Strict, theirs::Strict>(&[
        r#"{"a":1}"#,
        r#"{"a":1,"b":null}"#,
        r#"{"a":1,"b":2}"#,
        r#"{"a":1,"c":2}"#,
        r#"{"c":2,"a":1}"#,
        r#"{"a":1,"a":2}"#,
        r#"[1]"#,
        r#"[1,2,3]"#,
    ]);
    same::<ours::StrictVariant, theirs::StrictVariant>(&[
        r#"{"S":{"a":1}}"#,
        r#"{"S":{"a":1,"z":0}}"#,
    ]);
}

case! { tag:
    #[serde(tag = "type")]
    pub enum Shape {
        Circle { radius: u32 },
        Square { side: u32 },
        Point,
        Wrapped(Inner),
    }

    pub struct Inner {
        pub w: u32,
    }
}

#[test]
fn tag() {
    use tag::{ours, theirs};
    same::<ours::Shape, theirs::Shape>(&[
        r#"{"type":"Circle","radius":1}"#,
        r#"{"radius":1,"type":"Circle"}"#,
        r#"{"type":"Square","side":2,"extra":true}"#,
        r#"{"type":"Point"}"#,
        r#"{"type":"Wrapped","w":3}"#,
        r#"{"type":"Hexagon"}"#,
        r#"{"radius":1}"#,
        r#"{"type":"Circle"}"#,
        r#"{"type":"Circle","radius":"big"}"#,
        r#"{"type":1}"#,
        r#"["Circle",1]"#,
        r#""Circle""#,
    ]);
}

case! { tag_content:
    #[serde(tag = "t", content = "c")]
    pub enum Message {
        Ping,
        Text(String),
        Pair(u8, u8),
        Move { x: i32, y: i32 },
    }
}

#[test]
fn tag_content() {
    use tag_content::{ours, theirs};
    same::<ours::Message, theirs::Message>(&[
        r#"{"t":"Ping"}"#,
        r#"{"t":"Ping","c":null}"#,
        r#"{"t":"Text","c":"hi"}"#,
        r#"{"c":"hi","t":"Text"}"#,
        r#"{"t":"Pair","c":[1,2]}"#,
        r#"{"t":"Move","c":{"x":1,"y":-1}}"#,
        r#"{"t":"Text"}"#,
        r#"{"t":"Text","c":1}"#,
        r#"{"t":"Nope","c":1}"#,
        r#"{"c":1}"#,
        r#"{"t":"Text","c":"a","x":0}"#,
        r#"{"t":"Pair","c":[1]}"#,
        r#"["Text","hi"]"#,
    ]);
}

case! { untagged:
    #[serde(untagged)]
    pub enum Loose {
        Number(u32),
        Text(String),
        Pair(u8, u8),
        Named { name: String },
        Nothing,
    }
}

#[test]
fn untagged() {
    use untagged::{ours, theirs};
    same::<ours::Loose, theirs::Loose>(&[
        r#"1"#,
        r#""one""#,
        r#"[1,2]"#,
        r#"{"name":"n"}"#,
        r#"null"#,
        r#"-1"#,
        r#"[1,2,3]"#,
        r#"{"other":1}"#,
        r#"true"#,
    ]);
}

case! { container_bound:
    #[serde(bound = "X: Serialize + serde::de::DeserializeOwned")]
    pub struct Wrapper<X: Unit> {
        pub inner: X,
    }

    #[serde(bound(serialize = "X: Serialize", deserialize = "X: Deserialize<'de>"))]
    pub struct Split<X: Unit> {
        pub inner: X,
    }
}

#[test]
fn container_bound() {
    use container_bound::{ours, theirs};
    same::<ours::Wrapper<u8>, theirs::Wrapper<u8>>(&[
        r#"{"inner":1}"#,
        r#"{"inner":300}"#,
        r#"{}"#,
    ]);
    same::<ours::Split<u8>, theirs::Split<u8>>(&[r#"{"inner":1}"#, r#"{"inner":-1}"#]);
}

/// Written out rather than through [`case!`]: serde_derive's container `default` code does not
/// resolve (`cannot find value __default`) when its item comes through a `macro_rules!`
/// fragment, so both sides are spelled here, with the same `#[serde]` lines.
mod container_default {
    pub mod ours {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug)]
        #[api(serde_defaults)]
        #[serde(default)]
        pub struct Settings {
            pub retries: u32,
            pub name: String,
        }

        #[derive(ApiModel, Debug)]
        #[api(serde_defaults)]
        #[serde(default = "Tuned::preset")]
        pub struct Tuned {
            pub level: u8,
            pub on: bool,
        }
    }

    pub mod theirs {
        use serde::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug)]
        #[serde(default)]
        pub struct Settings {
            pub retries: u32,
            pub name: String,
        }

        #[derive(Serialize, Deserialize, Debug)]
        #[serde(default = "Tuned::preset")]
        pub struct Tuned {
            pub level: u8,
            pub on: bool,
        }
    }

    macro_rules! defaults {
        ($($side:ident),+) => {$(
            impl Default for $side::Settings {
                fn default() -> Self {
                    Self {
                        retries: 3,
                        name: "default".to_owned(),
                    }
                }
            }

            impl $side::Tuned {
                fn preset() -> Self {
                    Self { level: 9, on: true }
                }
            }
        )+};
    }

    defaults!(ours, theirs);
}

#[test]
fn container_default() {
    use container_default::{ours, theirs};
    same::<ours::Settings, theirs::Settings>(&[
        r#"{}"#,
        r#"{"retries":1}"#,
        r#"{"name":"n"}"#,
        r#"{"retries":null}"#,
        r#"[]"#,
        r#"[1]"#,
        r#"[1,"n"]"#,
        r#"{"retries":"x"}"#,
        r#""s""#,
    ]);
    same::<ours::Tuned, theirs::Tuned>(&[r#"{}"#, r#"{"on":false}"#, r#"[1]"#, r#"{"level":300}"#]);
}

case! { transparent:
    #[serde(transparent)]
    pub struct Meters {
        pub value: f64,
    }

    #[serde(transparent)]
    pub struct Tagged<X> {
        pub value: X,
        #[serde(skip)]
        pub marker: std::marker::PhantomData<X>,
    }
}

#[test]
fn transparent() {
    use transparent::{ours, theirs};
    same::<ours::Meters, theirs::Meters>(&[
        r#"1.5"#,
        r#"2"#,
        r#"{"value":1.5}"#,
        r#""1.5""#,
        r#"null"#,
    ]);
    same::<ours::Tagged<String>, theirs::Tagged<String>>(&[r#""x""#, r#"1"#]);
}

case! { from_into:
    #[serde(from = "Celsius", into = "Celsius")]
    #[derive(Clone)]
    pub struct Temperature {
        pub kelvin: i32,
    }

    #[serde(try_from = "Celsius")]
    pub struct AboveZero {
        pub degrees: i32,
    }
}

macro_rules! conversions {
    ($($side:ident),+) => {$(
        impl From<Celsius> for from_into::$side::Temperature {
            fn from(c: Celsius) -> Self {
                Self { kelvin: c.0 + 273 }
            }
        }

        impl From<from_into::$side::Temperature> for Celsius {
            fn from(t: from_into::$side::Temperature) -> Self {
                Celsius(t.kelvin - 273)
            }
        }

        impl TryFrom<Celsius> for from_into::$side::AboveZero {
            type Error = String;

            fn try_from(c: Celsius) -> Result<Self, String> {
                if c.0 > 0 {
                    Ok(Self { degrees: c.0 })
                } else {
                    Err(format!("{} is not above zero", c.0))
                }
            }
        }
    )+};
}

conversions!(ours, theirs);

#[test]
fn from_into() {
    use from_into::{ours, theirs};
    same::<ours::Temperature, theirs::Temperature>(&[
        r#"20"#,
        r#"-300"#,
        r#"{"kelvin":1}"#,
        r#""20""#,
    ]);
    // `try_from` only reads; serializing writes the struct itself.
    same::<ours::AboveZero, theirs::AboveZero>(&[r#"5"#, r#"0"#, r#"-1"#, r#"{"degrees":5}"#]);
}

case! { crate_path:
    #[serde(crate = "crate::reexport::serde")]
    pub struct Renamed {
        pub a: u32,
    }
}

#[test]
fn crate_path() {
    same::<crate_path::ours::Renamed, crate_path::theirs::Renamed>(&[r#"{"a":1}"#, r#"{"a":"x"}"#]);
}

case! { expecting:
    #[serde(expecting = "a point as `{x, y}` or `[x, y]`")]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    #[serde(expecting = "a known colour")]
    pub enum Colour {
        Red,
        Custom(u32),
    }

    #[serde(expecting = "an identifier number")]
    pub struct Id(pub u64);

    #[serde(tag = "type", expecting = "a tagged shape")]
    pub enum Internal {
        Dot,
        Circle { r: f64 },
    }

    #[serde(tag = "t", content = "c", expecting = "an adjacent shape")]
    pub enum Adjacent {
        Dot,
        Circle(f64),
    }

    #[serde(untagged, expecting = "a number or a name")]
    pub enum Untagged {
        Number(u32),
        Name(String),
    }
}

#[test]
fn expecting() {
    use expecting::{ours, theirs};
    same::<ours::Point, theirs::Point>(&[r#"{"x":1,"y":2}"#, r#""p""#, r#"1"#, r#"[1]"#]);
    same::<ours::Colour, theirs::Colour>(&[r#""Red""#, r#"{"Custom":1}"#, r#"1"#, r#"[]"#]);
    same::<ours::Id, theirs::Id>(&[r#"1"#, r#""1""#]);
    let shapes = [
        r#"{"type":"Dot"}"#,
        r#"1"#,
        r#""Dot""#,
        r#"[]"#,
        r#"["Circle",1.5]"#,
    ];
    same::<ours::Internal, theirs::Internal>(&shapes);
    same::<ours::Adjacent, theirs::Adjacent>(&[
        r#"{"t":"Dot"}"#,
        r#"1"#,
        r#""Dot""#,
        r#"[]"#,
        r#"["Circle",1.5]"#,
        r#"{"t":"Circle","c":1.5}"#,
    ]);
    same::<ours::Untagged, theirs::Untagged>(&[r#"1"#, r#""a""#, r#"[]"#, r#"null"#]);
}

case! { read_only identifiers:
    #[serde(field_identifier, rename_all = "lowercase")]
    pub enum Field {
        Name,
        Age,
        #[serde(other)]
        Unknown,
    }

    #[serde(variant_identifier)]
    pub enum Kind {
        Circle,
        #[serde(alias = "sq")]
        Square,
    }
}

#[test]
fn identifiers() {
    use identifiers::{ours, theirs};
    same_reads::<ours::Field, theirs::Field>(
        &[
            r#""name""#,
            r#""age""#,
            r#""zzz""#,
            r#"0"#,
            r#"5"#,
            r#"null"#,
            r#"{}"#,
        ],
        &[&[4, b'n', b'a', b'm', b'e'], &[1], &[]],
    );
    same_reads::<ours::Kind, theirs::Kind>(
        &[
            r#""Circle""#,
            r#""sq""#,
            r#""Square""#,
            r#""circle""#,
            r#"1"#,
            r#"9"#,
            r#"[]"#,
        ],
        &[&[0], &[1], &[2], &[]],
    );
}

// ---------------------------------------------------------------------------------------------
// Variant attributes

case! { variant_rename:
    pub enum Status {
        #[serde(rename = "on")]
        Active,
        #[serde(rename(serialize = "off_out", deserialize = "off_in"))]
        Inactive,
        #[serde(rename = "data")]
        Data { n: u8 },
    }
}

#[test]
fn variant_rename() {
    use variant_rename::{ours, theirs};
    same::<ours::Status, theirs::Status>(&[
        r#""on""#,
        r#""Active""#,
        r#""off_in""#,
        r#""off_out""#,
        r#"{"data":{"n":1}}"#,
        r#"{"Data":{"n":1}}"#,
    ]);
}

case! { variant_alias:
    #[serde(tag = "kind")]
    pub enum Animal {
        #[serde(alias = "doggo", alias = "pupper")]
        Dog { name: String },
        #[serde(rename = "cat", alias = "kitty")]
        Cat,
    }

    pub enum External {
        #[serde(alias = "a")]
        Alpha(u8),
    }
}

#[test]
fn variant_alias() {
    use variant_alias::{ours, theirs};
    same::<ours::Animal, theirs::Animal>(&[
        r#"{"kind":"Dog","name":"d"}"#,
        r#"{"kind":"doggo","name":"d"}"#,
        r#"{"kind":"pupper","name":"d"}"#,
        r#"{"kind":"kitty"}"#,
        r#"{"kind":"Cat"}"#,
        r#"{"kind":"cow"}"#,
    ]);
    same::<ours::External, theirs::External>(&[r#"{"a":1}"#, r#"{"Alpha":1}"#, r#"{"b":1}"#]);
}

case! { variant_rename_all:
    pub enum Request {
        #[serde(rename_all = "camelCase")]
        Fetch { resource_id: u32, if_none_match: Option<String> },
        #[serde(rename_all(serialize = "UPPERCASE", deserialize = "kebab-case"))]
        Store { resource_id: u32 },
    }
}

#[test]
fn variant_rename_all() {
    use variant_rename_all::{ours, theirs};
    same::<ours::Request, theirs::Request>(&[
        r#"{"Fetch":{"resourceId":1,"ifNoneMatch":null}}"#,
        r#"{"Fetch":{"resourceId":1,"ifNoneMatch":"e"}}"#,
        r#"{"Fetch":{"resourceId":1}}"#,
        r#"{"Fetch":{"resource_id":1,"ifNoneMatch":null}}"#,
        r#"{"Store":{"resource-id":2}}"#,
        r#"{"Store":{"RESOURCE_ID":2}}"#,
    ]);
}

case! { variant_skip:
    pub enum Job {
        Queued(u32),
        #[serde(skip)]
        Internal(u32),
        #[serde(skip_serializing)]
        ReadOnly,
        #[serde(skip_deserializing)]
        WriteOnly { at: u32 },
        Done,
    }
}

#[test]
fn variant_skip() {
    use variant_skip::{ours, theirs};
    same::<ours::Job, theirs::Job>(&[
        r#"{"Queued":1}"#,
        r#"{"Internal":1}"#,
        r#""ReadOnly""#,
        r#"{"WriteOnly":{"at":1}}"#,
        r#""Done""#,
    ]);
    same_value(&ours::Job::Internal(1), &theirs::Job::Internal(1));
    same_value(
        &ours::Job::WriteOnly { at: 2 },
        &theirs::Job::WriteOnly { at: 2 },
    );
    same_value(&ours::Job::ReadOnly, &theirs::Job::ReadOnly);
}

case! { variant_with:
    pub enum Version {
        #[serde(serialize_with = "dotted_ser", deserialize_with = "dotted_de")]
        Release(u8, u8),
        #[serde(with = "as_text")]
        Build(u32),
        Other(String),
    }
}

#[test]
fn variant_with() {
    use variant_with::{ours, theirs};
    same::<ours::Version, theirs::Version>(&[
        r#"{"Release":"1.2"}"#,
        r#"{"Release":"1"}"#,
        r#"{"Release":"1.x"}"#,
        r#"{"Release":[1,2]}"#,
        r#"{"Build":"42"}"#,
        r#"{"Build":42}"#,
        r#"{"Other":"o"}"#,
    ]);
}

case! { variant_bound:
    pub enum Either<L: Unit, R> {
        #[serde(bound(serialize = "L: Serialize", deserialize = "L: Deserialize<'de>"))]
        Left(L),
        Right(R),
    }
}

#[test]
fn variant_bound() {
    use variant_bound::{ours, theirs};
    same::<ours::Either<u8, String>, theirs::Either<u8, String>>(&[
        r#"{"Left":1}"#,
        r#"{"Right":"r"}"#,
        r#"{"Left":"l"}"#,
    ]);
}

case! { variant_borrow:
    pub enum Borrowed<'a> {
        #[serde(borrow)]
        Name(std::borrow::Cow<'a, str>),
        Len(u32),
    }
}

#[test]
fn variant_borrow() {
    use variant_borrow::{ours, theirs};
    same::<ours::Borrowed<'static>, theirs::Borrowed<'static>>(&[
        r#"{"Name":"plain"}"#,
        r#"{"Name":"esc\"aped"}"#,
        r#"{"Len":3}"#,
        r#"{"Name":1}"#,
        r#"{"Len":"x"}"#,
    ]);
    // Borrowed from the input when it has no escapes, as serde's.
    let doc = r#"{"Name":"plain"}"#;
    let ours: ours::Borrowed<'static> = serde_json::from_str(doc).unwrap();
    let theirs: theirs::Borrowed<'static> = serde_json::from_str(doc).unwrap();
    assert!(matches!(
        ours,
        ours::Borrowed::Name(std::borrow::Cow::Borrowed("plain"))
    ));
    assert!(matches!(
        theirs,
        theirs::Borrowed::Name(std::borrow::Cow::Borrowed("plain"))
    ));
}

case! { variant_other:
    #[serde(tag = "t")]
    pub enum Known {
        A,
        B { n: u8 },
        #[serde(other)]
        Unknown,
    }

    #[serde(tag = "t", content = "c")]
    pub enum KnownAdjacent {
        A(u8),
        #[serde(other)]
        Unknown,
    }
}

#[test]
fn variant_other() {
    use variant_other::{ours, theirs};
    same::<ours::Known, theirs::Known>(&[
        r#"{"t":"A"}"#,
        r#"{"t":"B","n":1}"#,
        r#"{"t":"C"}"#,
        r#"{"t":"C","n":1}"#,
        r#"{"t":"Unknown"}"#,
        r#"{"t":5}"#,
    ]);
    same::<ours::KnownAdjacent, theirs::KnownAdjacent>(&[
        r#"{"t":"A","c":1}"#,
        r#"{"t":"Z"}"#,
        r#"{"t":"Z","c":1}"#,
    ]);
}

case! { variant_untagged:
    pub enum Value2 {
        Tagged(u32),
        #[serde(untagged)]
        Bare(String),
        #[serde(untagged)]
        Many(Vec<u8>),
    }
}

#[test]
fn variant_untagged() {
    use variant_untagged::{ours, theirs};
    same::<ours::Value2, theirs::Value2>(&[
        r#"{"Tagged":1}"#,
        r#""s""#,
        r#"[1,2]"#,
        r#"{"Tagged":"x"}"#,
        r#"{"Other":1}"#,
        r#"1.5"#,
    ]);
}

case! { tuple_variant_fields:
    pub enum Packet {
        Sized(u8, #[serde(default)] u8, #[serde(default = "forty_two")] u32),
        Partial(#[serde(skip_deserializing)] u8, u8),
        Hidden(#[serde(skip_serializing)] u8, u8),
        Hex(#[serde(with = "hex")] u32),
        Pair(#[serde(serialize_with = "hex::serialize")] u32, #[serde(deserialize_with = "hex::deserialize")] u32),
    }
}

/// Field attributes on the fields of tuple and newtype variants.
#[test]
fn tuple_variant_fields() {
    use tuple_variant_fields::{ours, theirs};
    same::<ours::Packet, theirs::Packet>(&[
        r#"{"Sized":[1,2,3]}"#,
        r#"{"Sized":[1]}"#,
        r#"{"Sized":[]}"#,
        r#"{"Sized":[1,2,3,4]}"#,
        r#"{"Partial":[7]}"#,
        r#"{"Partial":[7,8]}"#,
        r#"{"Hidden":[1,2]}"#,
        r#"{"Hidden":[1]}"#,
        r#"{"Hex":"0x1f"}"#,
        r#"{"Hex":31}"#,
        r#"{"Pair":[1,"0x2"]}"#,
        r#"{"Pair":["0x1","0x2"]}"#,
    ]);
}

// ---------------------------------------------------------------------------------------------
// Field attributes

case! { field_rename:
    pub struct Person {
        #[serde(rename = "ID")]
        pub id: u32,
        #[serde(rename(serialize = "nameOut", deserialize = "nameIn"))]
        pub name: String,
        #[serde(rename(deserialize = "years"))]
        pub age: u8,
    }
}

#[test]
fn field_rename() {
    use field_rename::{ours, theirs};
    same::<ours::Person, theirs::Person>(&[
        r#"{"ID":1,"nameIn":"n","years":3}"#,
        r#"{"id":1,"nameIn":"n","years":3}"#,
        r#"{"ID":1,"nameOut":"n","years":3}"#,
        r#"{"ID":1,"nameIn":"n","age":3}"#,
        r#"{"ID":1,"nameIn":"n"}"#,
        r#"[1,"n",3]"#,
    ]);
}

case! { field_alias:
    #[serde(deny_unknown_fields)]
    pub struct Contact {
        #[serde(alias = "mail", alias = "e-mail")]
        pub email: String,
        #[serde(rename = "tel", alias = "phone")]
        pub telephone: Option<String>,
    }
}

#[test]
fn field_alias() {
    use field_alias::{ours, theirs};
    same::<ours::Contact, theirs::Contact>(&[
        r#"{"email":"a","tel":null}"#,
        r#"{"mail":"a","tel":"1"}"#,
        r#"{"e-mail":"a","phone":"1"}"#,
        r#"{"mail":"a","email":"b","tel":null}"#,
        r#"{"telephone":"1","email":"a"}"#,
        r#"{"email":"a"}"#,
    ]);
}

case! { field_default:
    pub struct Page {
        #[serde(default)]
        pub size: u32,
        #[serde(default = "forty_two")]
        pub limit: u32,
        #[serde(default)]
        pub cursor: Option<String>,
        pub required: bool,
    }
}

#[test]
fn field_default() {
    use field_default::{ours, theirs};
    same::<ours::Page, theirs::Page>(&[
        r#"{"required":true}"#,
        r#"{"required":true,"size":1,"limit":2,"cursor":"c"}"#,
        r#"{"required":true,"limit":null}"#,
        r#"{"size":1}"#,
        r#"[1,2,"c",true]"#,
        r#"[1]"#,
    ]);
}

case! { field_flatten:
    pub struct Outer {
        pub id: u32,
        #[serde(flatten)]
        pub meta: Meta,
        #[serde(flatten)]
        pub rest: std::collections::BTreeMap<String, Value>,
    }

    pub struct Meta {
        pub owner: String,
        #[serde(default)]
        pub tags: Vec<String>,
    }
}

#[test]
fn field_flatten() {
    use field_flatten::{ours, theirs};
    same::<ours::Outer, theirs::Outer>(&[
        r#"{"id":1,"owner":"o"}"#,
        r#"{"owner":"o","id":1,"tags":["t"],"x":{"y":[1]}}"#,
        r#"{"id":1}"#,
        r#"{"id":1,"owner":2}"#,
        r#"{"id":1,"owner":"o","id":2}"#,
        r#"[1,"o"]"#,
        r#""s""#,
    ]);
}

case! { field_flatten_with_keys:
    pub struct Outer {
        pub id: u32,
        // serde changes nothing for these beside `flatten`.
        #[serde(flatten, rename = "base", alias = "b", default)]
        pub meta: Meta,
        // A predicate and the writer and reader of `with` apply to the flattened value.
        #[serde(flatten, skip_serializing_if = "no_labels", with = "upper_labels")]
        pub labels: std::collections::BTreeMap<String, String>,
        // Never read: left to its default; still written.
        #[serde(flatten, skip_deserializing)]
        pub written: Extra,
        // Never written: still read.
        #[serde(flatten, skip_serializing)]
        pub read: Other,
        // Neither.
        #[serde(flatten, skip)]
        pub neither: Extra,
    }

    #[derive(Default)]
    pub struct Meta {
        pub owner: String,
    }

    #[derive(Default)]
    pub struct Extra {
        #[serde(default)]
        pub extra: u8,
    }

    pub struct Other {
        #[serde(default)]
        pub other: Option<u8>,
    }
}

fn no_labels(labels: &std::collections::BTreeMap<String, String>) -> bool {
    labels.contains_key("none")
}

/// The flattened labels' keys in upper case when written, in lower case when read.
mod upper_labels {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<String, String>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let upper: BTreeMap<String, &String> =
            map.iter().map(|(k, v)| (k.to_uppercase(), v)).collect();
        upper.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, String>, D::Error> {
        let map = BTreeMap::<String, serde_json::Value>::deserialize(d)?;
        Ok(map
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k.to_lowercase(), v.to_owned())))
            .collect())
    }
}

/// serde accepts `flatten` beside every key but `skip_none`-like ones apimodel alone has:
/// `rename`, `alias` and `default` change nothing, the others mean what they mean elsewhere.
#[test]
fn field_flatten_with_keys() {
    use field_flatten_with_keys::{ours, theirs};
    same::<ours::Outer, theirs::Outer>(&[
        r#"{"id":1,"owner":"o"}"#,
        r#"{"id":1,"owner":"o","extra":3,"other":4,"lbl":"x"}"#,
        r#"{"id":1,"owner":"o","none":"x"}"#,
        r#"{"id":1,"owner":"o","Mixed":"y","n":1}"#,
        r#"{"id":1}"#,
        r#"{"id":1,"owner":"o","other":"x"}"#,
    ]);
}

case! { variant_flatten_with_keys:
    #[serde(tag = "kind")]
    pub enum Event {
        Labelled {
            id: u32,
            #[serde(flatten, skip_serializing_if = "no_labels", with = "upper_labels")]
            labels: std::collections::BTreeMap<String, String>,
        },
    }
}

case! { external_variant_flatten_with_keys:
    pub enum Event {
        Labelled {
            id: u32,
            #[serde(flatten, default, with = "upper_labels")]
            labels: std::collections::BTreeMap<String, String>,
        },
    }
}

/// The same in the struct variants of data enums (written as maps, serde's way).
#[test]
fn variant_flatten_with_keys() {
    use external_variant_flatten_with_keys as external;
    use variant_flatten_with_keys::{ours, theirs};
    same::<ours::Event, theirs::Event>(&[
        r#"{"kind":"Labelled","id":1,"a":"x"}"#,
        r#"{"kind":"Labelled","id":1,"none":"x"}"#,
        r#"{"kind":"Labelled","a":"x"}"#,
    ]);
    same::<external::ours::Event, external::theirs::Event>(&[
        r#"{"Labelled":{"id":1,"a":"x"}}"#,
        r#"{"Labelled":{"a":"x"}}"#,
    ]);
}

case! { field_skip:
    pub struct Cached {
        pub key: String,
        #[serde(skip)]
        pub hits: u32,
        #[serde(skip_serializing)]
        pub secret: String,
        #[serde(skip_deserializing)]
        pub computed: u32,
    }
}

#[test]
fn field_skip() {
    use field_skip::{ours, theirs};
    same::<ours::Cached, theirs::Cached>(&[
        r#"{"key":"k","secret":"s"}"#,
        r#"{"key":"k","secret":"s","hits":5,"computed":6}"#,
        r#"{"key":"k"}"#,
        r#"["k","s"]"#,
        r#"["k"]"#,
        r#"["k","s","x"]"#,
    ]);
    let ours = ours::Cached {
        key: "k".into(),
        hits: 1,
        secret: "s".into(),
        computed: 2,
    };
    let theirs = theirs::Cached {
        key: "k".into(),
        hits: 1,
        secret: "s".into(),
        computed: 2,
    };
    same_value(&ours, &theirs);
}

case! { skip_serializing_if:
    pub struct Sparse {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
        #[serde(skip_serializing_if = "is_zero", default)]
        pub count: u32,
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        pub items: Vec<u8>,
        pub last: bool,
    }
}

#[test]
fn skip_serializing_if() {
    use skip_serializing_if::{ours, theirs};
    same::<ours::Sparse, theirs::Sparse>(&[
        r#"{"note":null,"last":true}"#,
        r#"{"note":"n","count":2,"items":[1],"last":false}"#,
        r#"{"note":null,"count":0,"items":[],"last":true}"#,
        r#"{"last":true}"#,
        r#"[null,0,[],true]"#,
        r#"["n",1,[2],false]"#,
        r#"{"note":1,"last":true}"#,
        r#"{}"#,
    ]);
}

case! { skip_serializing_if_in_tuple_variants:
    pub enum Pair {
        Both(u32, #[serde(skip_serializing_if = "is_zero", default)] u32),
    }
}

case! { skip_serializing_if_in_untagged_tuple_variants:
    #[serde(untagged)]
    pub enum Pair {
        Both(u32, #[serde(skip_serializing_if = "is_zero", default)] u32),
    }
}

/// A tuple variant's element with `skip_serializing_if` is left out of what is written and of
/// the length given to the serializer (externally tagged and untagged; serde refuses tuple
/// variants in the other taggings).
#[test]
fn skip_serializing_if_in_tuple_variants() {
    use skip_serializing_if_in_tuple_variants::{ours, theirs};
    use skip_serializing_if_in_untagged_tuple_variants as untagged;
    same::<ours::Pair, theirs::Pair>(&[
        r#"{"Both":[1,2]}"#,
        r#"{"Both":[1,0]}"#,
        r#"{"Both":[1]}"#,
        r#"{"Both":"x"}"#,
    ]);
    for (a, b) in [(1, 0), (1, 2)] {
        same_value(&ours::Pair::Both(a, b), &theirs::Pair::Both(a, b));
    }
    same::<untagged::ours::Pair, untagged::theirs::Pair>(&["[1,2]", "[1,0]", "[1]", "[]"]);
    for (a, b) in [(1, 0), (1, 2)] {
        same_value(
            &untagged::ours::Pair::Both(a, b),
            &untagged::theirs::Pair::Both(a, b),
        );
    }
}

case! { field_with:
    pub struct Register {
        #[serde(with = "hex")]
        pub address: u32,
        #[serde(serialize_with = "hex::serialize")]
        pub written_hex: u32,
        #[serde(deserialize_with = "hex::deserialize")]
        pub read_hex: u32,
    }
}

#[test]
fn field_with() {
    use field_with::{ours, theirs};
    same::<ours::Register, theirs::Register>(&[
        r#"{"address":"0x10","written_hex":1,"read_hex":"0xff"}"#,
        r#"{"address":"16","written_hex":1,"read_hex":"0xff"}"#,
        r#"{"address":"0xzz","written_hex":1,"read_hex":"0x1"}"#,
        r#"{"address":16,"written_hex":1,"read_hex":"0x1"}"#,
        r#"{"address":"0x10","written_hex":"0x1","read_hex":"0x1"}"#,
        r#"["0x1",2,"0x3"]"#,
    ]);
}

case! { field_borrow:
    pub struct Borrowing<'a> {
        pub plain: &'a str,
        #[serde(borrow)]
        pub cow: std::borrow::Cow<'a, str>,
        #[serde(borrow = "'a")]
        pub inner: Inner<'a>,
    }

    pub struct Inner<'b> {
        #[serde(borrow)]
        pub text: std::borrow::Cow<'b, str>,
    }
}

#[test]
fn field_borrow() {
    use field_borrow::{ours, theirs};
    same::<ours::Borrowing<'static>, theirs::Borrowing<'static>>(&[
        r#"{"plain":"p","cow":"c","inner":{"text":"t"}}"#,
        r#"{"plain":"p\n","cow":"c","inner":{"text":"t"}}"#,
        r#"{"plain":"p","cow":"c\n","inner":{"text":"t\t"}}"#,
        r#"{"plain":1,"cow":"c","inner":{"text":"t"}}"#,
    ]);
}

case! { field_bound:
    pub struct Holder<X: Unit> {
        #[serde(bound(serialize = "X: Serialize", deserialize = "X: Deserialize<'de>"))]
        pub item: X,
        #[serde(bound = "")]
        pub count: u32,
    }
}

#[test]
fn field_bound() {
    use field_bound::{ours, theirs};
    same::<ours::Holder<u8>, theirs::Holder<u8>>(&[
        r#"{"item":1,"count":2}"#,
        r#"{"item":256,"count":2}"#,
        r#"{"item":1}"#,
    ]);
}
