//! `#[api(serde_defaults)]` with `#[serde(...)]` attributes, compared with serde_derive on the
//! same item: each `twin!` writes one item twice, once deriving `ApiModel` (with
//! `#[api(serde_defaults)]`) and once `Serialize, Deserialize`, and `agree` reads and writes
//! documents through both in JSON and postcard.

#![allow(
    dead_code,
    clippy::trivially_copy_pass_by_ref,
    clippy::ref_option,
    clippy::needless_raw_string_hashes,
    clippy::option_option,
    reason = "twin items are read only through serde; helper functions take the signatures serde calls them with; documents are written alike; Option<Option<T>> is among the shapes"
)]

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The same items, twice: `$m::api` derives `ApiModel` with serde's defaults, `$m::sd`
/// `serde_derive`.
macro_rules! twin {
    ($m:ident { $($item:item)* }) => {
        mod $m {
            pub mod api {
                #[allow(unused_imports)]
                use super::super::*;
                $(
                    #[derive(apimodel::ApiModel, Debug)]
                    #[api(serde_defaults)]
                    $item
                )*
            }
            pub mod sd {
                #[allow(unused_imports)]
                use super::super::*;
                $(
                    #[derive(serde::Serialize, serde::Deserialize, Debug)]
                    $item
                )*
            }
        }
    };
}

/// `doc` read by both: the same decision, the same message, the same value (written back
/// as JSON and as postcard), and postcard bytes of one read by the other.
#[track_caller]
fn agree<A, S>(doc: &str)
where
    A: Serialize + DeserializeOwned,
    S: Serialize + DeserializeOwned,
{
    let a = serde_json::from_str::<A>(doc);
    let s = serde_json::from_str::<S>(doc);
    match (a, s) {
        (Ok(a), Ok(s)) => {
            let (ja, js) = (serde_json::to_string(&a), serde_json::to_string(&s));
            assert_eq!(
                ja.as_ref().map_err(ToString::to_string),
                js.as_ref().map_err(ToString::to_string),
                "written back from {doc}"
            );
            let (pa, ps) = (postcard::to_allocvec(&a), postcard::to_allocvec(&s));
            assert_eq!(
                pa.as_ref().map_err(ToString::to_string),
                ps.as_ref().map_err(ToString::to_string),
                "postcard of {doc}"
            );
            if let Ok(bytes) = ps {
                let back_a =
                    postcard::from_bytes::<A>(&bytes).map(|v| serde_json::to_string(&v).ok());
                let back_s =
                    postcard::from_bytes::<S>(&bytes).map(|v| serde_json::to_string(&v).ok());
                assert_eq!(
                    back_a.map_err(|e| e.to_string()),
                    back_s.map_err(|e| e.to_string()),
                    "postcard read back of {doc}"
                );
            }
        }
        (Err(a), Err(s)) => assert_eq!(a.to_string(), s.to_string(), "refusing {doc}"),
        (a, s) => panic!(
            "{doc}: apimodel {:?}, serde_derive {:?}",
            a.map(|v| serde_json::to_string(&v).unwrap())
                .map_err(|e| e.to_string()),
            s.map(|v| serde_json::to_string(&v).unwrap())
                .map_err(|e| e.to_string()),
        ),
    }
}

/// Every document of `docs` through [`agree`].
#[track_caller]
fn agree_all<A, S>(docs: &[&str])
where
    A: Serialize + DeserializeOwned,
    S: Serialize + DeserializeOwned,
{
    for doc in docs {
        agree::<A, S>(doc);
    }
}

twin!(plain {
    pub struct Plain {
        pub user_id: String,
        pub nick_name: Option<String>,
        pub count: u32,
    }
});

#[test]
fn names_as_written_and_none_as_null() {
    agree_all::<plain::api::Plain, plain::sd::Plain>(&[
        r#"{"user_id":"u","nick_name":"n","count":1}"#,
        r#"{"user_id":"u","count":1}"#,
        r#"{"user_id":"u","nick_name":null,"count":1}"#,
        r#"{"userId":"u","count":1}"#,
        r#"{"user_id":"u"}"#,
        r#"{"user_id":"u","count":1,"user_id":"v"}"#,
        r#"["u",null,1]"#,
        r#"["u"]"#,
        r#"[]"#,
        r#"5"#,
    ]);
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn seven() -> u32 {
    7
}

fn as_text<S: serde::Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&n.to_string())
}

fn from_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(d)?;
    text.parse().map_err(serde::de::Error::custom)
}

twin!(fields {
    #[serde(rename_all = "camelCase")]
    pub struct Fields {
        #[serde(rename = "ID")]
        pub id: String,
        #[serde(rename(serialize = "outName", deserialize = "inName"))]
        pub split_name: u32,
        #[serde(alias = "colour", alias = "hue")]
        pub color: Option<String>,
        #[serde(default = "seven")]
        pub level: u32,
        #[serde(default, skip_serializing_if = "is_zero")]
        pub zero_skipped: u32,
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        pub tags: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub maybe: Option<u8>,
        #[serde(skip_serializing)]
        pub write_never: Option<u8>,
        #[serde(skip_deserializing)]
        pub read_never: u8,
        #[serde(serialize_with = "as_text", deserialize_with = "from_text")]
        pub text_number: u32,
    }
});

#[test]
fn field_attributes() {
    agree_all::<fields::api::Fields, fields::sd::Fields>(&[
        r#"{"ID":"a","inName":1,"textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"color":"red","textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"colour":"red","textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"hue":"red","color":"blue","textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"level":2,"zeroSkipped":3,"tags":["x"],"textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"maybe":4,"writeNever":1,"readNever":9,"textNumber":"5"}"#,
        r#"{"ID":"a","outName":1,"textNumber":"5"}"#,
        r#"{"ID":"a","inName":1,"textNumber":5}"#,
        r#"{"ID":"a","inName":1,"textNumber":"x"}"#,
        r#"{"ID":"a","inName":1}"#,
        r#"{"id":"a","inName":1,"textNumber":"5"}"#,
    ]);
}

twin!(strict {
    #[serde(deny_unknown_fields, rename = "Renamed", expecting = "a strict thing")]
    pub struct Strict {
        #[serde(alias = "b")]
        pub a: u8,
        pub c: Option<u8>,
    }
});

#[test]
fn container_rename_expecting_deny() {
    agree_all::<strict::api::Strict, strict::sd::Strict>(&[
        r#"{"a":1}"#,
        r#"{"b":1,"c":2}"#,
        r#"{"a":1,"b":2}"#,
        r#"{"a":1,"x":2}"#,
        r#"[1,2]"#,
        r#"[1]"#,
        r#""text""#,
    ]);
}

twin!(defaulted {
    #[derive(Default)]
    #[serde(default)]
    pub struct Defaulted {
        pub a: u8,
        pub b: String,
        #[serde(default = "seven_u8")]
        pub c: u8,
        #[serde(skip)]
        pub d: u8,
    }
});

fn seven_u8() -> u8 {
    7
}

#[test]
fn container_default() {
    agree_all::<defaulted::api::Defaulted, defaulted::sd::Defaulted>(&[
        r#"{}"#,
        r#"{"a":1}"#,
        r#"{"b":"x","c":1,"d":3}"#,
        r#"[]"#,
        r#"[1]"#,
        r#"{"a":null}"#,
    ]);
}

/// The wire form of `Converted`.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug)]
pub struct Raw {
    /// Half of `Converted::doubled`.
    pub n: i64,
}

twin!(converted {
    #[derive(Clone)]
    #[serde(from = "Raw", into = "Raw")]
    pub struct Converted {
        pub doubled: i64,
    }

    #[serde(try_from = "i64")]
    pub struct Positive {
        pub value: i64,
    }

    #[derive(Clone)]
    #[serde(into = "String", from = "String")]
    pub enum Level {
        Low,
        High,
    }

    #[serde(transparent)]
    pub struct Wrapper {
        pub inner: Vec<u8>,
        #[serde(skip)]
        pub note: String,
    }

    #[serde(transparent)]
    pub struct Id(pub String);
});

macro_rules! conversions {
    () => {
        impl From<Raw> for m::Converted {
            fn from(raw: Raw) -> Self {
                m::Converted { doubled: raw.n * 2 }
            }
        }
        impl From<m::Converted> for Raw {
            fn from(c: m::Converted) -> Self {
                Raw { n: c.doubled / 2 }
            }
        }
        impl TryFrom<i64> for m::Positive {
            type Error = String;
            fn try_from(value: i64) -> Result<Self, String> {
                if value > 0 {
                    Ok(m::Positive { value })
                } else {
                    Err(format!("{value} is not positive"))
                }
            }
        }
        impl From<String> for m::Level {
            fn from(s: String) -> Self {
                if s == "high" {
                    m::Level::High
                } else {
                    m::Level::Low
                }
            }
        }
        impl From<m::Level> for String {
            fn from(l: m::Level) -> Self {
                match l {
                    m::Level::Low => "low".into(),
                    m::Level::High => "high".into(),
                }
            }
        }
    };
}
mod conv_api {
    use super::Raw;
    use super::converted::api as m;
    conversions!();
}
mod conv_sd {
    use super::Raw;
    use super::converted::sd as m;
    conversions!();
}

#[test]
fn from_try_from_into_transparent() {
    use converted::{api, sd};
    agree_all::<api::Converted, sd::Converted>(&[r#"{"n":4}"#, r#"{"n":"x"}"#, "{}"]);
    agree_all::<api::Positive, sd::Positive>(&["5", "-1", r#""x""#]);
    agree_all::<api::Level, sd::Level>(&[r#""high""#, r#""other""#, "3"]);
    agree_all::<api::Wrapper, sd::Wrapper>(&["[1,2]", "[]", r#"{"inner":[1]}"#, "null"]);
    agree_all::<api::Id, sd::Id>(&[r#""a""#, "5", "[]"]);
}

twin!(enums {
    pub enum Plain {
        First,
        SecondOne,
        #[serde(rename = "third")]
        Third,
        #[serde(alias = "fourth", alias = "4")]
        Fourth,
    }

    #[serde(rename_all = "snake_case")]
    pub enum Shape {
        Circle { radius_mm: f64 },
        #[serde(rename_all = "camelCase")]
        Rect { width_mm: f64, height_mm: Option<f64> },
        Named(String),
        Pair(u8, u8),
        Nothing,
    }

    #[serde(tag = "kind", rename_all_fields = "camelCase")]
    pub enum Event {
        Created { item_id: String, at_time: Option<u64> },
        #[serde(alias = "removed")]
        Deleted { item_id: String },
        Ping,
    }
});

#[test]
fn string_enums_and_unions() {
    use enums::{api, sd};
    agree_all::<api::Plain, sd::Plain>(&[
        r#""First""#,
        r#""SecondOne""#,
        r#""third""#,
        r#""Third""#,
        r#""fourth""#,
        r#""4""#,
        r#""Fourth""#,
        r#""nope""#,
        r#"{"First":null}"#,
        "0",
    ]);
    agree_all::<api::Shape, sd::Shape>(&[
        r#"{"circle":{"radius_mm":2.0}}"#,
        r#"{"rect":{"widthMm":2.0,"heightMm":null}}"#,
        r#"{"rect":{"widthMm":2.0}}"#,
        r#"{"named":"x"}"#,
        r#"{"pair":[1,2]}"#,
        r#""nothing""#,
        r#"{"circle":{"radiusMm":2.0}}"#,
        r#"{"Circle":{"radius_mm":2.0}}"#,
    ]);
    agree_all::<api::Event, sd::Event>(&[
        r#"{"kind":"Created","itemId":"a","atTime":1}"#,
        r#"{"kind":"Created","itemId":"a"}"#,
        r#"{"kind":"removed","itemId":"a"}"#,
        r#"{"kind":"Deleted","itemId":"a"}"#,
        r#"{"kind":"Ping"}"#,
        r#"{"kind":"Other"}"#,
        r#"{"itemId":"a"}"#,
    ]);
}

fn is_false(b: &bool) -> bool {
    !*b
}

twin!(tuples {
    pub struct Pair(pub String, pub u32);

    pub struct Skips(
        pub u8,
        #[serde(skip)] pub u8,
        #[serde(serialize_with = "as_text", deserialize_with = "from_text")] pub u32,
        #[serde(skip_serializing_if = "is_false", default)] pub bool,
    );

    pub struct Nothing;

    pub struct Empty();

    pub struct Braces {}
});

#[test]
fn tuple_and_unit_structs() {
    use tuples::{api, sd};
    agree_all::<api::Pair, sd::Pair>(&[
        r#"["a",1]"#,
        r#"["a"]"#,
        "[]",
        r#"["a",1,2]"#,
        "{}",
        "null",
    ]);
    agree_all::<api::Skips, sd::Skips>(&[
        r#"[1,"5",true]"#,
        r#"[1,"5",false]"#,
        r#"[1,"5"]"#,
        "[1]",
        r#"[1,5,true]"#,
    ]);
    agree_all::<api::Nothing, sd::Nothing>(&["null", "[]", "{}", "1"]);
    agree_all::<api::Empty, sd::Empty>(&["[]", "[1]", "null"]);
    agree_all::<api::Braces, sd::Braces>(&["{}", "[]", r#"{"a":1}"#, "null"]);
}

/// `u32` written as text, for a newtype variant's `with`.
mod text {
    pub fn serialize<S: serde::Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        super::as_text(n, s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        super::from_text(d)
    }
}

twin!(variants {
    #[serde(rename = "Kinds")]
    pub enum Kinds {
        Plain(u32),
        #[serde(with = "text")]
        Text(u32),
        #[serde(skip)]
        Hidden,
        #[serde(skip_deserializing)]
        WriteOnly(u8),
        #[serde(skip_serializing)]
        ReadOnly { a: u8 },
        Last,
    }

    #[serde(tag = "t")]
    pub enum Tagged {
        #[serde(skip_deserializing)]
        First { a: u8 },
        Second { b: u8 },
        #[serde(rename(serialize = "third_out", deserialize = "third_in"))]
        Third { c: u8 },
    }
});

#[test]
fn variant_attributes() {
    use variants::{api, sd};
    agree_all::<api::Kinds, sd::Kinds>(&[
        r#"{"Plain":1}"#,
        r#"{"Text":"7"}"#,
        r#"{"Text":7}"#,
        r#""Hidden""#,
        r#"{"WriteOnly":1}"#,
        r#"{"ReadOnly":{"a":1}}"#,
        r#""Last""#,
        r#""Nope""#,
    ]);
    agree_all::<api::Tagged, sd::Tagged>(&[
        r#"{"t":"First","a":1}"#,
        r#"{"t":"Second","b":1}"#,
        r#"{"t":"third_in","c":1}"#,
        r#"{"t":"third_out","c":1}"#,
    ]);
    // The variants serde refuses to write.
    for (api, sd) in [
        (api::Kinds::Hidden, sd::Kinds::Hidden),
        (api::Kinds::ReadOnly { a: 1 }, sd::Kinds::ReadOnly { a: 1 }),
    ] {
        assert_eq!(
            serde_json::to_string(&api).unwrap_err().to_string(),
            serde_json::to_string(&sd).unwrap_err().to_string()
        );
    }
    assert_eq!(
        serde_json::to_string(&api::Kinds::WriteOnly(3)).unwrap(),
        serde_json::to_string(&sd::Kinds::WriteOnly(3)).unwrap()
    );
    assert_eq!(
        postcard::to_allocvec(&api::Kinds::Last).unwrap(),
        postcard::to_allocvec(&sd::Kinds::Last).unwrap()
    );
}

twin!(elements {
    pub enum Elements {
        Texted(#[serde(with = "text")] u32, String),
        Skipping(u8, #[serde(skip)] u8, u8),
        One(#[serde(serialize_with = "as_text", deserialize_with = "from_text")] u32),
    }
});

#[test]
fn tuple_variant_elements() {
    use elements::{api, sd};
    agree_all::<api::Elements, sd::Elements>(&[
        r#"{"Texted":["5","a"]}"#,
        r#"{"Texted":[5,"a"]}"#,
        r#"{"Texted":["5"]}"#,
        r#"{"Skipping":[1,2]}"#,
        r#"{"Skipping":[1,2,3]}"#,
        r#"{"Skipping":[1]}"#,
        r#"{"One":"9"}"#,
        r#"{"One":9}"#,
    ]);
}

/// Identifiers, which serde_derive only reads: `$m::api` derives `ApiModel`, `$m::sd` only
/// `Deserialize`.
macro_rules! read_twin {
    ($m:ident { $($item:item)* }) => {
        mod $m {
            pub mod api {
                $(
                    #[derive(apimodel::ApiModel, Debug, PartialEq)]
                    #[api(serde_defaults)]
                    $item
                )*
            }
            pub mod sd {
                $(
                    #[derive(serde::Deserialize, Debug, PartialEq)]
                    $item
                )*
            }
        }
    };
}

/// `doc` read by both: the same value (by `Debug`) or the same message.
#[track_caller]
fn read_alike<A, S>(doc: &str)
where
    A: DeserializeOwned + std::fmt::Debug,
    S: DeserializeOwned + std::fmt::Debug,
{
    let a = serde_json::from_str::<A>(doc).map(|v| format!("{v:?}"));
    let s = serde_json::from_str::<S>(doc).map(|v| format!("{v:?}"));
    assert_eq!(
        a.map_err(|e| e.to_string()),
        s.map_err(|e| e.to_string()),
        "reading {doc}"
    );
}

read_twin!(ident {
    #[serde(variant_identifier)]
    pub enum Variant {
        Alpha,
        #[serde(rename = "beta")]
        Beta,
    }

    #[serde(field_identifier, rename_all = "lowercase")]
    pub enum Field {
        Name,
        Size,
    }
});

twin!(identifiers {
    #[serde(deny_unknown_fields)]
    pub enum Fallback {
        Known,
        #[serde(other)]
        Unknown,
    }
});

#[test]
fn identifiers_and_unit_other() {
    for doc in [
        r#""Alpha""#,
        r#""beta""#,
        r#""Beta""#,
        "1",
        "2",
        r#"{"Alpha":null}"#,
        "null",
    ] {
        read_alike::<ident::api::Variant, ident::sd::Variant>(doc);
    }
    for doc in [r#""name""#, r#""size""#, r#""Name""#, "0", "5", "[]"] {
        read_alike::<ident::api::Field, ident::sd::Field>(doc);
    }
    agree_all::<identifiers::api::Fallback, identifiers::sd::Fallback>(&[
        r#""Known""#,
        r#""Other""#,
        r#"{"Known":null}"#,
        r#"{"Else":null}"#,
        "3",
    ]);
}

mod borrowed {
    use std::borrow::Cow;

    #[derive(apimodel::ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    pub struct Api<'a> {
        #[serde(borrow)]
        pub name: Cow<'a, str>,
        pub raw: &'a str,
        #[serde(borrow)]
        pub bytes: Cow<'a, [u8]>,
        pub owned: Cow<'a, str>,
    }

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    pub struct Sd<'a> {
        #[serde(borrow)]
        pub name: Cow<'a, str>,
        pub raw: &'a str,
        #[serde(borrow)]
        pub bytes: Cow<'a, [u8]>,
        pub owned: Cow<'a, str>,
    }
}

#[test]
fn borrow_is_zero_copy() {
    use std::borrow::Cow;
    let doc = r#"{"name":"ada","raw":"x","bytes":"yz","owned":"o"}"#;
    let api: borrowed::Api<'_> = serde_json::from_str(doc).unwrap();
    let sd: borrowed::Sd<'_> = serde_json::from_str(doc).unwrap();
    assert!(matches!(api.name, Cow::Borrowed("ada")));
    assert!(matches!(api.bytes, Cow::Borrowed(b"yz")));
    assert!(matches!(api.owned, Cow::Owned(_)));
    assert_eq!(format!("{api:?}"), format!("{sd:?}").replace("Sd", "Api"));
    assert_eq!(
        serde_json::to_string(&api).unwrap(),
        serde_json::to_string(&sd).unwrap()
    );
    // An escaped string cannot be borrowed: serde owns it, and so does the copy.
    let escaped = r#"{"name":"a\"b","raw":"x","bytes":"yz","owned":"o"}"#;
    let api: borrowed::Api<'_> = serde_json::from_str(escaped).unwrap();
    assert!(matches!(api.name, Cow::Owned(ref s) if s == "a\"b"));
    for bad in [
        r#"{"raw":"x","bytes":"yz","owned":"o"}"#,
        r#"{"name":1,"raw":"x","bytes":"yz","owned":"o"}"#,
    ] {
        assert_eq!(
            serde_json::from_str::<borrowed::Api<'_>>(bad)
                .unwrap_err()
                .to_string(),
            serde_json::from_str::<borrowed::Sd<'_>>(bad)
                .unwrap_err()
                .to_string()
        );
    }
}

twin!(serde_errors {
    #[serde(untagged)]
    pub enum Loose {
        Number(u8),
        Pair { a: u8, b: u8 },
    }

    #[serde(tag = "type")]
    pub enum Event {
        Started { id: u32, name: String },
        Stopped { id: u32 },
    }
});

#[test]
fn serde_messages_where_apimodel_says_more() {
    use serde_errors::{api, sd};
    // apimodel's own defaults say why each untagged variant refused; serde's defaults do not.
    agree_all::<api::Loose, sd::Loose>(&["1", r#"{"a":1,"b":2}"#, r#""x""#, r#"{"a":1}"#, "300"]);
    // Tag first: serde buffers the object, so a bad field is reported at the object's end.
    agree_all::<api::Event, sd::Event>(&[
        r#"{"type":"Started","id":1,"name":"n"}"#,
        r#"{"type":"Started","id":"x","name":"n"}"#,
        r#"{"type":"Started","id":1,"name":5,"extra":true}"#,
        r#"{"type":"Nope","id":1}"#,
        r#"{"id":1,"type":"Stopped"}"#,
        r#"{"type":"Stopped","type":"Stopped","id":1}"#,
        r#"{"type":"Stopped"}"#,
    ]);
}

twin!(readme {
    #[derive(Clone, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct ConnectSession {
        pub origin_owner_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub categories: Vec<String>,
        #[serde(alias = "expires", skip_serializing_if = "Option::is_none")]
        pub expires_in: Option<f64>,
        pub metadata: Option<serde_json::Value>,
    }
});

/// The README's "Migrating from serde_derive" model: its "before" (serde_derive) and "after"
/// (the derive swapped) agree.
#[test]
fn readme_migration_example() {
    use readme::{api, sd};
    agree_all::<api::ConnectSession, sd::ConnectSession>(&[
        r#"{"originOwnerId":"c-1","expires":60}"#,
        r#"{"originOwnerId":"c-1","provider":"p","categories":["a"],"expiresIn":1,"metadata":{"k":1}}"#,
        r#"{"originOwnerId":"c-1","expires":60,"expiresIn":61}"#,
        r#"{"provider":"p"}"#,
        r#"["c-1",null,[],null,null]"#,
    ]);
}

twin!(tagged_struct {
    #[serde(tag = "type")]
    pub struct Circle {
        pub radius: f64,
    }

    #[serde(tag = "kind", deny_unknown_fields)]
    pub struct Strict {
        pub a: u8,
    }

    #[serde(tag = "type")]
    pub struct WithExtra {
        pub a: u8,
        #[serde(flatten)]
        pub extra: std::collections::BTreeMap<String, u8>,
    }
});

#[test]
fn tag_on_a_struct() {
    use tagged_struct::{api, sd};
    agree_all::<api::Circle, sd::Circle>(&[
        r#"{"type":"Circle","radius":1.0}"#,
        r#"{"radius":1.0}"#,
        "[1.0]",
    ]);
    agree_all::<api::Strict, sd::Strict>(&[r#"{"kind":"Strict","a":1}"#, r#"{"a":1}"#]);
    agree_all::<api::WithExtra, sd::WithExtra>(&[
        r#"{"type":"WithExtra","a":1,"b":2}"#,
        r#"{"a":1}"#,
    ]);
}

twin!(free_names {
    pub struct Release {
        pub build: String,
        pub note: Option<String>,
        pub maybe_note: Option<String>,
        #[serde(default)]
        pub patch: Option<Option<u8>>,
        #[serde(skip, rename = "unused")]
        pub cache: u8,
        #[serde(rename = "same")]
        pub first: Option<u8>,
    }
});

/// Field names and combinations serde_derive takes and apimodel's own defaults refuse: with
/// serde's defaults they compile (the model without a builder when a name is one of the
/// builder's methods) and read as serde's.
#[test]
fn serde_names_and_combinations() {
    use free_names::{api, sd};
    agree_all::<api::Release, sd::Release>(&[
        r#"{"build":"b","note":"n","maybe_note":null,"patch":null,"same":1}"#,
        r#"{"build":"b","patch":5}"#,
        r#"{"build":"b","note":null,"maybe_note":null}"#,
        r#"["b",null,null,null,null]"#,
    ]);
}

/// Extra keys, for `flatten` in struct variants.
#[derive(apimodel::ApiModel, Debug)]
#[api(serde_defaults)]
pub struct Extra {
    /// A note, among the flattened keys.
    pub note: Option<String>,
}

twin!(flat_variants {
    pub enum External {
        Plain { a: u8 },
        Flat {
            a: u8,
            #[serde(flatten)]
            extra: Extra,
        },
        Rest {
            #[serde(flatten)]
            rest: std::collections::BTreeMap<String, u8>,
        },
    }

    #[serde(tag = "type")]
    pub enum Internal {
        Flat {
            a: u8,
            #[serde(flatten)]
            extra: Extra,
        },
        Other { b: u8 },
    }

    #[serde(tag = "t", content = "c")]
    pub enum Adjacent {
        Flat {
            a: u8,
            #[serde(flatten)]
            extra: Extra,
        },
    }

    #[serde(untagged)]
    pub enum Untagged {
        Flat {
            a: u8,
            #[serde(flatten)]
            extra: Extra,
        },
        Number(u8),
    }
});

#[test]
fn flatten_in_struct_variants() {
    use flat_variants::{api, sd};
    agree_all::<api::External, sd::External>(&[
        r#"{"Plain":{"a":1}}"#,
        r#"{"Flat":{"a":1,"note":"n"}}"#,
        r#"{"Flat":{"note":"n","a":1,"x":2}}"#,
        r#"{"Flat":{"note":"n"}}"#,
        r#"{"Flat":[1]}"#,
        r#"{"Rest":{"x":1,"y":2}}"#,
        r#"{"Rest":{"x":"no"}}"#,
    ]);
    agree_all::<api::Internal, sd::Internal>(&[
        r#"{"type":"Flat","a":1,"note":"n"}"#,
        r#"{"a":1,"type":"Flat"}"#,
        r#"{"type":"Flat","note":"n"}"#,
        r#"{"type":"Other","b":1}"#,
    ]);
    agree_all::<api::Adjacent, sd::Adjacent>(&[
        r#"{"t":"Flat","c":{"a":1,"note":"n"}}"#,
        r#"{"t":"Flat","c":{"note":"n"}}"#,
        r#"{"c":{"a":1},"t":"Flat"}"#,
    ]);
    agree_all::<api::Untagged, sd::Untagged>(&[r#"{"a":1,"note":"n"}"#, "5", r#"{"note":"n"}"#]);
}

/// `flatten` in a struct variant with apimodel's own defaults (camelCase, `None` left out):
/// the same wire as serde_derive with the attributes those defaults stand for.
mod flat_variant_api {
    #[derive(apimodel::ApiModel, Debug)]
    pub struct Base {
        pub created_at: Option<u64>,
    }

    #[derive(apimodel::ApiModel, Debug)]
    #[api(tag = "kind")]
    pub enum Event {
        Created {
            item_id: String,
            #[api(flatten)]
            base: Base,
        },
    }

    pub mod sd {
        #[derive(serde::Serialize, serde::Deserialize, Debug)]
        #[serde(rename_all = "camelCase")]
        pub struct Base {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub created_at: Option<u64>,
        }

        #[derive(serde::Serialize, serde::Deserialize, Debug)]
        #[serde(
            tag = "kind",
            rename_all = "camelCase",
            rename_all_fields = "camelCase"
        )]
        pub enum Event {
            Created {
                item_id: String,
                #[serde(flatten)]
                base: Base,
            },
        }
    }
}

#[test]
fn flatten_in_a_struct_variant_with_apimodel_defaults() {
    use flat_variant_api::{Event, sd};
    agree_all::<Event, sd::Event>(&[
        r#"{"kind":"created","itemId":"a","createdAt":1}"#,
        r#"{"kind":"created","itemId":"a"}"#,
        r#"{"itemId":"a","kind":"created","extra":true}"#,
    ]);
}

/// serde's `with` functions of a whole variant: a pair written as `"a-b"`, read back from it.
mod pair_text {
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};

    pub fn serialize<S: Serializer>(a: &u8, b: &String, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{a}-{b}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<(u8, String), D::Error> {
        let text = String::deserialize(deserializer)?;
        let (a, b) = text
            .split_once('-')
            .ok_or_else(|| D::Error::custom("no dash"))?;
        Ok((a.parse().map_err(D::Error::custom)?, b.to_owned()))
    }
}

/// A unit variant's functions: it is written as the map `{"unit": true}`.
fn unit_as_map<S: serde::Serializer>(serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap as _;
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry("unit", &true)?;
    map.end()
}

fn unit_from_map<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<(), D::Error> {
    use serde::Deserialize as _;
    std::collections::BTreeMap::<String, bool>::deserialize(deserializer).map(drop)
}

twin!(whole_with {
    pub enum External {
        #[serde(with = "pair_text")]
        Pair(u8, String),
        #[serde(with = "pair_text")]
        Named { a: u8, b: String },
        #[serde(serialize_with = "unit_as_map", deserialize_with = "unit_from_map")]
        Unit,
        Plain(u8),
    }

    #[serde(tag = "t")]
    pub enum Internal {
        #[serde(serialize_with = "unit_as_map", deserialize_with = "unit_from_map")]
        Unit,
        #[serde(with = "pair_text")]
        Named { a: u8, b: String },
        Other { n: u8 },
    }

    #[serde(tag = "t", content = "c")]
    pub enum Adjacent {
        #[serde(with = "pair_text")]
        Pair(u8, String),
        #[serde(with = "pair_text")]
        Named { a: u8, b: String },
        Plain(u8),
    }

    #[serde(untagged)]
    pub enum Untagged {
        #[serde(with = "pair_text")]
        Pair(u8, String),
        Plain(u8),
    }
});

#[test]
fn with_on_whole_variants() {
    use whole_with::{api, sd};
    agree_all::<api::External, sd::External>(&[
        r#"{"Pair":"1-x"}"#,
        r#"{"Pair":[1,"x"]}"#,
        r#"{"Pair":"1x"}"#,
        r#"{"Named":"2-y"}"#,
        r#"{"Named":{"a":2,"b":"y"}}"#,
        r#"{"Unit":{"unit":true}}"#,
        r#""Unit""#,
        r#"{"Plain":3}"#,
    ]);
    agree_all::<api::Internal, sd::Internal>(&[
        r#"{"t":"Unit","unit":true}"#,
        r#"{"t":"Unit"}"#,
        r#"{"t":"Named","a":1}"#,
        r#"{"t":"Other","n":1}"#,
    ]);
    agree_all::<api::Adjacent, sd::Adjacent>(&[
        r#"{"t":"Pair","c":"1-x"}"#,
        r#"{"t":"Named","c":"2-y"}"#,
        r#"{"t":"Named","c":{"a":2,"b":"y"}}"#,
        r#"{"t":"Pair"}"#,
        r#"{"t":"Plain","c":3}"#,
    ]);
    agree_all::<api::Untagged, sd::Untagged>(&[r#""1-x""#, r#"3"#, r#""x""#]);
    let written = |a: serde_json::Result<String>, s: serde_json::Result<String>| {
        assert_eq!(a.map_err(|e| e.to_string()), s.map_err(|e| e.to_string()));
    };
    let named = (1, String::from("x"));
    written(
        serde_json::to_string(&api::Internal::Named {
            a: named.0,
            b: named.1.clone(),
        }),
        serde_json::to_string(&sd::Internal::Named {
            a: named.0,
            b: named.1.clone(),
        }),
    );
    written(
        serde_json::to_string(&api::Internal::Unit),
        serde_json::to_string(&sd::Internal::Unit),
    );
    written(
        serde_json::to_string(&api::Adjacent::Named {
            a: named.0,
            b: named.1.clone(),
        }),
        serde_json::to_string(&sd::Adjacent::Named {
            a: named.0,
            b: named.1,
        }),
    );
}

twin!(flat_tagged {
    pub enum Shape {
        Dot,
        Circle(f64),
        Line(u8, u8),
        Rect { w: u8, h: Option<u8> },
    }

    pub struct Drawing {
        pub name: String,
        #[serde(flatten)]
        pub shape: Shape,
    }
});

/// A flattened externally tagged enum: each variant is its name's entry in the parent map,
/// tuple and struct variants buffered into one value (serde's).
#[test]
fn flattened_enum_variants() {
    use flat_tagged::{api, sd};
    agree_all::<api::Drawing, sd::Drawing>(&[
        r#"{"name":"a","Dot":null}"#,
        r#"{"name":"a","Circle":1.5}"#,
        r#"{"name":"a","Line":[1,2]}"#,
        r#"{"name":"a","Rect":{"w":1,"h":null}}"#,
        r#"{"name":"a","Rect":{"w":1}}"#,
        r#"{"name":"a","Rect":[1,2]}"#,
        r#"{"name":"a"}"#,
    ]);
}

twin!(tagged_external {
    pub enum Shape {
        Dot,
        Circle(f64),
        Line(u8, u8),
        Rect { w: u8, h: Option<u8> },
    }

    #[serde(tag = "kind")]
    pub enum Event {
        Drawn(Shape),
        Cleared,
    }
});

/// An internally tagged newtype variant holding an externally tagged enum: the tag, then the
/// inner variant's name as a key; tuple and struct variants buffered into one value (serde's).
#[test]
fn externally_tagged_enum_in_internally_tagged_variant() {
    use tagged_external::{api, sd};
    agree_all::<api::Event, sd::Event>(&[
        r#"{"kind":"Drawn","Dot":null}"#,
        r#"{"kind":"Drawn","Circle":1.5}"#,
        r#"{"kind":"Drawn","Line":[1,2]}"#,
        r#"{"kind":"Drawn","Rect":{"w":1,"h":null}}"#,
        r#"{"kind":"Drawn","Rect":{"w":1}}"#,
        r#"{"kind":"Drawn","Rect":[1,2]}"#,
        r#"{"kind":"Drawn","Line":[1]}"#,
        r#"{"kind":"Drawn"}"#,
        r#"{"Line":[1,2],"kind":"Drawn"}"#,
        r#"{"kind":"Cleared"}"#,
    ]);
}

twin!(flat_double_option {
    pub struct Extra {
        pub note: String,
    }

    pub struct Holder {
        pub id: u8,
        #[serde(flatten)]
        pub extra: Option<Option<Extra>>,
    }
});

/// A flattened `Option<Option<T>>`: the inner `Option` reads `None` when `T` cannot be read
/// from the rest, the outer one is always `Some`; `None` and `Some(None)` write nothing.
#[test]
fn flattened_double_option() {
    use flat_double_option::{api, sd};
    agree_all::<api::Holder, sd::Holder>(&[
        r#"{"id":1,"note":"n"}"#,
        r#"{"id":1}"#,
        r#"{"id":1,"note":5}"#,
        r#"{"note":"n"}"#,
    ]);
    let written = |api: Option<Option<api::Extra>>, sd: Option<Option<sd::Extra>>| {
        let api = serde_json::to_string(&api::Holder { id: 1, extra: api }).unwrap();
        let sd = serde_json::to_string(&sd::Holder { id: 1, extra: sd }).unwrap();
        assert_eq!(api, sd);
        api
    };
    assert_eq!(written(None, None), r#"{"id":1}"#);
    assert_eq!(written(Some(None), Some(None)), r#"{"id":1}"#);
    let note = || "n".to_owned();
    assert_eq!(
        written(
            Some(Some(api::Extra { note: note() })),
            Some(Some(sd::Extra { note: note() }))
        ),
        r#"{"id":1,"note":"n"}"#
    );
}

/// A model derived one way only keeps the rest of what the derive gives: the builder (with its
/// required fields) and the table.
mod one_way {
    use apimodel::ApiModel;

    /// Written only: it borrows, so it cannot be read.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults, serialize_only)]
    pub struct Outgoing<'a> {
        pub name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<&'a str>,
    }

    /// Read only: its flattened rest has no `Serialize`.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(serde_defaults, deserialize_only)]
    pub struct Incoming {
        pub id: u32,
        #[serde(flatten)]
        pub rest: serde::de::IgnoredAny,
    }
}

#[test]
fn one_way_models_keep_builder_and_table() {
    use apimodel::ApiModel;
    use one_way::{Incoming, Outgoing};
    let out = Outgoing::builder().name("n").build();
    assert_eq!(serde_json::to_string(&out).unwrap(), r#"{"name":"n"}"#);
    let out = Outgoing::builder().name("n").note("m").build();
    assert_eq!(
        serde_json::to_string(&out).unwrap(),
        r#"{"name":"n","note":"m"}"#
    );
    assert_eq!(Outgoing::MODEL.name, "Outgoing");
    let read: Incoming = serde_json::from_str(r#"{"id":3,"x":[1]}"#).unwrap();
    let built = Incoming::builder()
        .id(3_u32)
        .rest(serde::de::IgnoredAny)
        .build();
    assert_eq!(read, built);
    assert_eq!(Incoming::MODEL.name, "Incoming");
}

fn default_true() -> bool {
    true
}

twin!(sdk_shapes {
    /// A resource whose fields use Rust keywords and JSON-LD style keys.
    pub struct Resource {
        #[serde(rename = "type")]
        pub r#type: String,
        #[serde(rename = "@id", alias = "id", alias = "ID")]
        pub id: String,
        #[serde(default = "default_true")]
        pub enabled: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub tags: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parent: Option<Box<Resource>>,
        #[serde(flatten)]
        pub extra: serde_json::Map<String, serde_json::Value>,
    }

    /// A page of any item type.
    #[serde(bound(deserialize = "T: DeserializeOwned"))]
    pub struct Page<T> {
        pub data: Vec<T>,
        pub has_more: bool,
    }

    /// A string or a list of strings.
    #[serde(untagged)]
    pub enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }

    /// Discriminants and a `#[default]` variant, as derive(Default) wants them.
    #[derive(Default)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum Level {
        #[default]
        LowLevel = 1,
        HighLevel = 2,
    }

    /// An empty object.
    pub struct Empty {}

    /// An enum without variants: nothing reads it.
    pub enum Never {}

    /// Non-exhaustive, with a map of lists.
    #[non_exhaustive]
    #[serde(deny_unknown_fields, default)]
    #[derive(Default)]
    pub struct Settings {
        pub groups: std::collections::HashMap<String, Vec<u8>>,
        pub level: Level,
    }
});

#[test]
fn sdk_shapes_agree() {
    use sdk_shapes::{api, sd};
    agree_all::<api::Resource, sd::Resource>(&[
        r#"{"type":"t","@id":"i"}"#,
        r#"{"type":"t","id":"i","enabled":false,"tags":["a"],"x":1}"#,
        r#"{"type":"t","ID":"i","parent":{"type":"p","@id":"q","y":[1]}}"#,
        r#"{"type":"t"}"#,
        r#"{"type":1,"@id":"i"}"#,
    ]);
    agree_all::<api::Page<api::OneOrMany>, sd::Page<sd::OneOrMany>>(&[
        r#"{"data":["a",["b","c"]],"has_more":true}"#,
        r#"{"data":[1],"has_more":true}"#,
        r#"{"data":[]}"#,
    ]);
    agree_all::<api::Level, sd::Level>(&[
        r#""LOW_LEVEL""#,
        r#""HIGH_LEVEL""#,
        r#""LowLevel""#,
        "1",
    ]);
    agree_all::<api::Empty, sd::Empty>(&["{}", r#"{"a":1}"#, "[]", "null"]);
    agree_all::<api::Never, sd::Never>(&[r#""A""#, "0", "{}", "null"]);
    agree_all::<api::Settings, sd::Settings>(&[
        "{}",
        r#"{"groups":{"a":[1,2]},"level":"HIGH_LEVEL"}"#,
        r#"{"groups":{"a":[256]}}"#,
        r#"{"other":1}"#,
    ]);
}
