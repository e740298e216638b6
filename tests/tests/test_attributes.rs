//! Every field attribute on the wire, checked against the `serde_derive` setup it stands for.

use std::borrow::Cow;
use std::collections::BTreeMap;

use apimodel::ApiModel;
use serde::{Deserialize, Serialize};

/// Serializes both values and parses `docs` into both types: same bytes, same errors.
fn assert_same<A, M>(docs: &[&str])
where
    A: Serialize + for<'de> Deserialize<'de>,
    M: Serialize + for<'de> Deserialize<'de>,
{
    for doc in docs {
        let ours = serde_json::from_str::<A>(doc).map(|v| serde_json::to_string(&v).unwrap());
        let theirs = serde_json::from_str::<M>(doc).map(|v| serde_json::to_string(&v).unwrap());
        match (&ours, &theirs) {
            (Ok(a), Ok(m)) => assert_eq!(a, m, "re-serialized {doc}"),
            (Err(a), Err(m)) => assert_eq!(a.to_string(), m.to_string(), "error for {doc}"),
            _ => panic!("{doc}: apimodel {ours:?}, serde_derive {theirs:?}"),
        }
    }
}

fn sixty() -> u32 {
    60
}

mod unix {
    use serde::{Deserialize, Deserializer, Serializer};

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` contract passes `&T`
    pub fn serialize<S: Serializer>(value: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("@{value}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let s = String::deserialize(d)?;
        s.strip_prefix('@')
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| serde::de::Error::custom(format!("bad timestamp {s:?}")))
    }
}

mod maybe_unix {
    use serde::{Deserialize, Deserializer, Serializer};

    #[allow(clippy::ref_option)] // serde's `with` contract passes `&T`
    pub fn serialize<S: Serializer>(value: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.serialize_str(&format!("@{v}")),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.and_then(|s| s.strip_prefix('@')?.parse().ok()))
    }
}

#[derive(ApiModel, Debug, PartialEq)]
struct Ours {
    #[api(default)]
    retries: u32,
    #[api(default = sixty())]
    timeout: u32,
    #[api(required)]
    parent: Option<String>,
    #[api(skip)]
    cache: Vec<u8>,
    #[api(with = "unix")]
    created_at: u64,
    #[api(with = "maybe_unix")]
    deleted_at: Option<u64>,
    #[api(rename = "ID")]
    id: String,
    note: Option<String>,
}

mod mirror_ours {
    #![allow(dead_code)]
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Ours {
        #[serde(default)]
        pub retries: u32,
        #[serde(default = "sixty")]
        pub timeout: u32,
        #[serde(deserialize_with = "Option::deserialize")]
        pub parent: Option<String>,
        #[serde(skip)]
        pub cache: Vec<u8>,
        #[serde(with = "unix")]
        pub created_at: u64,
        #[serde(with = "maybe_unix", default, skip_serializing_if = "Option::is_none")]
        pub deleted_at: Option<u64>,
        #[serde(rename = "ID")]
        pub id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

#[test]
fn field_attributes_match_serde_derive() {
    assert_same::<Ours, mirror_ours::Ours>(&[
        r#"{"parent":null,"createdAt":"@5","ID":"x"}"#,
        r#"{"parent":"p","createdAt":"@5","ID":"x","retries":3,"timeout":1,"note":"n"}"#,
        r#"{"parent":"p","createdAt":"@5","ID":"x","deletedAt":"@9"}"#,
        r#"{"parent":"p","createdAt":"@5","ID":"x","deletedAt":null}"#,
        r#"{"parent":"p","createdAt":"@5","ID":"x","cache":[1,2]}"#,
        r#"{"createdAt":"@5","ID":"x"}"#,
        r#"{"parent":"p","ID":"x"}"#,
        r#"{"parent":"p","createdAt":"5","ID":"x"}"#,
        r#"{"parent":"p","createdAt":"@5","createdAt":"@6","ID":"x"}"#,
        r#"{"parent":"p","createdAt":"@5","ID":"x","retries":null}"#,
        r#"{"parent":"p","createdAt":"@5","id":"x"}"#,
        r#"["p", "@5", "x"]"#,
        r#"[0, 1, "p", "@5", null, "x", null]"#,
        r#"[0, 1, "p", "@5", "@7", "x"]"#,
        r#"[0, 1, "p"]"#,
    ]);
}

#[test]
fn field_attributes_exact_output() {
    let v = Ours::builder()
        .maybe_parent(None)
        .created_at(5_u32)
        .id("x")
        .cache(vec![1])
        .build();
    assert_eq!(
        serde_json::to_string(&v).unwrap(),
        r#"{"retries":0,"timeout":60,"parent":null,"createdAt":"@5","ID":"x"}"#
    );
    let back: Ours = serde_json::from_str(r#"{"parent":null,"createdAt":"@5","ID":"x"}"#).unwrap();
    assert_eq!(back.cache, Vec::<u8>::new());
    assert_eq!(back.timeout, 60);
}

#[derive(ApiModel, Debug, PartialEq)]
struct OpenOurs {
    name: String,
    tag: Option<String>,
    #[api(additional_properties)]
    rest: BTreeMap<String, serde_json::Value>,
}

mod mirror_openours {
    #![allow(dead_code)]
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct OpenOurs {
        pub name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<String>,
        #[serde(flatten)]
        pub rest: BTreeMap<String, serde_json::Value>,
    }
}

#[test]
fn additional_properties_match_flatten() {
    assert_same::<OpenOurs, mirror_openours::OpenOurs>(&[
        r#"{"name":"n"}"#,
        r#"{"name":"n","x":1,"y":[true],"tag":"t"}"#,
        r#"{"x":1}"#,
        r#"{"name":"n","name":"m"}"#,
        r#"{"name":"n","x":1,"x":2}"#,
        r#"{"name":5}"#,
        r#"["n"]"#,
        r#"{"name":"n","z":{"deep":[1,2,{"a":null}]}}"#,
        r#""text""#,
    ]);
}

#[test]
fn additional_properties_written_at_top_level() {
    let v = OpenOurs::builder()
        .name("n")
        .rest(BTreeMap::from([
            ("b".to_owned(), 2.into()),
            ("a".to_owned(), 1.into()),
        ]))
        .build();
    assert_eq!(
        serde_json::to_string(&v).unwrap(),
        r#"{"name":"n","a":1,"b":2}"#
    );
}

/// `deny_unknown_fields`, `rename_all`, raw identifiers.
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "kebab-case", deny_unknown_fields)]
struct StrictOurs {
    r#type: String,
    max_items: Option<u16>,
}

mod mirror_strictours {
    #![allow(dead_code)]
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "kebab-case", deny_unknown_fields)]
    pub struct StrictOurs {
        pub r#type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_items: Option<u16>,
    }
}

#[test]
fn deny_unknown_fields_matches() {
    assert_same::<StrictOurs, mirror_strictours::StrictOurs>(&[
        r#"{"type":"a"}"#,
        r#"{"type":"a","max-items":3}"#,
        r#"{"type":"a","max_items":3}"#,
        r#"{"type":"a","max-items":70000}"#,
        r#"{"type":"a","max-items":-1}"#,
        r#"{"Type":"a"}"#,
        "{}",
        r#"["a", 2, 3]"#,
    ]);
}

/// Borrowed data: `&str` borrows from the input as with serde_derive; `Cow` is owned unless
/// the input allows borrowing.
#[derive(ApiModel, Debug, PartialEq)]
struct Borrowing<'a> {
    name: &'a str,
    label: Option<Cow<'a, str>>,
    #[api(skip)]
    #[allow(dead_code)]
    scratch: Option<&'a [u8]>,
}

#[test]
fn borrowed_fields() {
    let input = String::from(r#"{"name":"ada","label":"x"}"#);
    let b: Borrowing<'_> = serde_json::from_str(&input).unwrap();
    assert_eq!(b.name, "ada");
    assert_eq!(b.label.as_deref(), Some("x"));
    assert!(std::ptr::eq(b.name.as_ptr(), input[9..].as_ptr()));
    let err = serde_json::from_str::<Borrowing<'_>>(r#"{"name":"a\nb"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: string \"a\\nb\", expected a borrowed string at line 1 column 14"
    );
}

/// Generic parameters get bounds only where a (de)serialized field needs them.
#[derive(ApiModel, Debug, PartialEq)]
struct Generic<T, U, V = u8> {
    items: Vec<T>,
    #[api(skip)]
    local: Option<U>,
    marker: std::marker::PhantomData<V>,
}

#[derive(Default)]
struct NotSerde;

#[test]
fn generic_bounds_as_serde_derive() {
    // `U = NotSerde` and `V = NotSerde` are fine: `local` is skipped (so, as with serde_derive,
    // `U` needs only `Default`), `V` is only in `PhantomData`.
    let g: Generic<u8, NotSerde, NotSerde> =
        serde_json::from_str(r#"{"items":[1],"marker":null}"#).unwrap();
    assert_eq!(g.items, [1]);
    assert!(g.local.is_none());
    assert_eq!(
        serde_json::to_string(&g).unwrap(),
        r#"{"items":[1],"marker":null}"#
    );
}

/// `cfg` on fields: the derive sees the configured struct.
#[derive(ApiModel, Debug, PartialEq)]
struct Configured {
    always: u8,
    #[cfg(any())]
    never: u8,
    #[cfg(test)]
    present: Option<u8>,
}

#[test]
fn cfg_fields() {
    let c = Configured::builder().always(1).present(2).build();
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"always":1,"present":2}"#
    );
    let err = serde_json::from_str::<Configured>(r#"{"present":2}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing field `always` at line 1 column 13"
    );
}

/// Nested models, boxes, maps, vectors.
#[derive(ApiModel, Debug, PartialEq, Clone)]
struct Node {
    name: String,
    children: Vec<Node>,
    parent: Option<Box<Node>>,
    attributes: BTreeMap<String, i64>,
}

#[test]
fn recursive_models() {
    let leaf = Node::builder()
        .name("leaf")
        .children(vec![])
        .attributes(BTreeMap::new())
        .build();
    let root = Node::builder()
        .name("root")
        .children(vec![leaf.clone()])
        .attributes(BTreeMap::from([("depth".to_owned(), 0)]))
        .parent(Box::new(leaf))
        .build();
    let json = serde_json::to_string(&root).unwrap();
    assert_eq!(
        json,
        r#"{"name":"root","children":[{"name":"leaf","children":[],"attributes":{}}],"parent":{"name":"leaf","children":[],"attributes":{}},"attributes":{"depth":0}}"#
    );
    assert_eq!(serde_json::from_str::<Node>(&json).unwrap(), root);
}

/// Names serde_derive's case conversion panics on: a non-ASCII first letter is kept as it is.
#[derive(ApiModel, Debug, PartialEq)]
#[allow(non_snake_case)]
struct Unicode {
    émoji_count: u8,
    Ünit: Option<u8>,
}

#[test]
fn non_ascii_field_names() {
    let u = Unicode::builder().émoji_count(1).Ünit(2).build();
    assert_eq!(
        serde_json::to_string(&u).unwrap(),
        r#"{"émojiCount":1,"Ünit":2}"#
    );
    assert_eq!(
        serde_json::from_str::<Unicode>(r#"{"émojiCount":1}"#).unwrap(),
        Unicode {
            émoji_count: 1,
            Ünit: None
        }
    );
}

#[allow(clippy::unnecessary_wraps)] // serde's `default = "…"` names a function
fn fifty() -> Option<u32> {
    Some(50)
}

/// A defaulted `Option` is always written: `None` as `null`, so that reading it back gives
/// `None` and not the default (serde's `#[serde(default = "…")]` on an `Option` does the same).
#[derive(ApiModel, Debug, PartialEq)]
struct Page {
    #[api(default = Some(50))]
    limit: Option<u32>,
    #[api(default)]
    cursor: Option<String>,
}

mod mirror_page {
    use super::{Deserialize, Serialize, fifty};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Page {
        #[serde(default = "fifty")]
        pub limit: Option<u32>,
        #[serde(default)]
        pub cursor: Option<String>,
    }
}

#[test]
fn defaulted_option_round_trips() {
    let none = Page::builder().maybe_limit(None).build();
    let json = serde_json::to_string(&none).unwrap();
    assert_eq!(json, r#"{"limit":null,"cursor":null}"#);
    assert_eq!(serde_json::from_str::<Page>(&json).unwrap(), none);
    assert_eq!(
        serde_json::from_str::<Page>("{}").unwrap(),
        Page::builder().build()
    );
    assert_eq!(Page::builder().build().limit, Some(50));
    let bytes = postcard::to_allocvec(&none).unwrap();
    assert_eq!(postcard::from_bytes::<Page>(&bytes).unwrap(), none);
    assert_same::<Page, mirror_page::Page>(&[
        "{}",
        r#"{"limit":null}"#,
        r#"{"limit":7,"cursor":"c"}"#,
        r#"{"cursor":null}"#,
        "[null, null]",
        "[3]",
    ]);
}
