//! Data enums in every tagging, against serde_derive mirrors with the same attributes.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The models, derived with `ApiModel`.
mod api {
    use apimodel::ApiModel;

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Circle {
        pub radius: f64,
        pub label: Option<String>,
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum External {
        Point,
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            height_px: Option<u32>,
            #[api(rename = "lbl")]
            label: Option<String>,
        },
        #[api(other)]
        Unknown,
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "type")]
    pub enum Internal {
        Ping,
        Circle(Circle),
        Rect {
            width: u32,
            height_px: Option<u32>,
        },
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "t", content = "c")]
    pub enum Adjacent {
        Ping,
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            height_px: Option<u32>,
        },
    }
}

/// The same models with serde_derive.
mod mirror {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Circle {
        pub radius: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
    }

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
    pub enum External {
        Point,
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            height_px: Option<u32>,
            #[serde(rename = "lbl", default, skip_serializing_if = "Option::is_none")]
            label: Option<String>,
        },
        #[serde(other)]
        Unknown,
    }

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
    pub enum Internal {
        Ping,
        Circle(Circle),
        Rect {
            width: u32,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            height_px: Option<u32>,
        },
    }

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(
        tag = "t",
        content = "c",
        rename_all = "camelCase",
        rename_all_fields = "camelCase"
    )]
    pub enum Adjacent {
        Ping,
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            height_px: Option<u32>,
        },
    }
}

/// Both read `doc` to the same value (compared as the JSON each writes back) or fail with the
/// same message.
fn same_json<A, M>(doc: &str)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    let ours = serde_json::from_str::<A>(doc).map(|v| serde_json::to_string(&v).unwrap());
    let theirs = serde_json::from_str::<M>(doc).map(|v| serde_json::to_string(&v).unwrap());
    match (&ours, &theirs) {
        (Ok(a), Ok(m)) => assert_eq!(a, m, "re-serialized {doc}"),
        (Err(a), Err(m)) => assert_eq!(a.to_string(), m.to_string(), "error for {doc}"),
        _ => panic!("{doc}: apimodel {ours:?}, serde_derive {theirs:?}"),
    }
}

#[test]
fn external_smoke() {
    for doc in [
        r#""point""#,
        r#"{"point":null}"#,
        r#"{"circle":{"radius":1.5}}"#,
        r#"{"circle":{"radius":1.5,"label":"x"}}"#,
        r#"{"pair":[1,"a"]}"#,
        r#"{"pair":[1]}"#,
        r#"{"rect":{"width":3,"heightPx":4}}"#,
        r#"{"rect":{"width":3,"lbl":"l"}}"#,
        r#"{"rect":[3]}"#,
        r#"{"rect":{}}"#,
        r#""zzz""#,
        r#"{"zzz":null}"#,
        r#"5"#,
        r#"{"circle":5}"#,
    ] {
        same_json::<api::External, mirror::External>(doc);
    }
}

#[test]
fn internal_smoke() {
    for doc in [
        r#"{"type":"ping"}"#,
        r#"{"type":"ping","x":1}"#,
        r#"{"type":"circle","radius":1.5}"#,
        r#"{"type":"rect","width":3,"heightPx":4}"#,
        r#"{"type":"rect","width":3,"type":"rect"}"#,
        r#"{"type":5}"#,
        r#"{"type":"nope"}"#,
        r#"{}"#,
        r#""x""#,
    ] {
        same_json::<api::Internal, mirror::Internal>(doc);
    }
}

#[test]
fn adjacent_smoke() {
    for doc in [
        r#"{"t":"ping"}"#,
        r#"{"t":"ping","c":null}"#,
        r#"{"t":"circle","c":{"radius":1.5}}"#,
        r#"{"t":"pair","c":[1,"a"]}"#,
        r#"{"t":"rect","c":{"width":3}}"#,
        r#"{"t":"rect"}"#,
        r#"{"t":"rect","c":{"width":3},"t":"x"}"#,
        r#"["rect",{"width":3}]"#,
        r#"{}"#,
    ] {
        same_json::<api::Adjacent, mirror::Adjacent>(doc);
    }
}
