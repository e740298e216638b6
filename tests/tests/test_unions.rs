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

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(untagged)]
    pub enum Untagged {
        Circle(Circle),
        Pair(u32, String),
        Rect { width: u32, height_px: Option<u32> },
        Nothing,
        Number(f64),
    }

    /// The OpenAPI shape `"auto" | integer`.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum Effort {
        Auto,
        Low,
        #[api(untagged)]
        Budget(u32),
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "type")]
    pub enum Event {
        Ping,
        Circle(Circle),
        #[api(other)]
        Unknown(serde_json::Value),
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

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(untagged, rename_all_fields = "camelCase")]
    pub enum Untagged {
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            height_px: Option<u32>,
        },
        Nothing,
        Number(f64),
    }

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub enum Effort {
        Auto,
        Low,
        #[serde(untagged)]
        Budget(u32),
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
        (Err(a), Err(m)) => {
            let (a, m) = (a.to_string(), m.to_string());
            // Ours says why no variant matched, after serde's message.
            if m.starts_with("data did not match any variant") {
                assert!(a.starts_with(&m), "error for {doc}: {a} / {m}");
            } else {
                assert_eq!(a, m, "error for {doc}");
            }
        }
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

#[test]
fn internal_tag_not_first() {
    for doc in [
        r#"{"radius":1.5,"type":"circle"}"#,
        r#"{"width":3,"type":"rect"}"#,
        r#"{"width":"x","type":"rect"}"#,
        r#"{"x":1,"type":"ping"}"#,
        r#"{"x":1}"#,
        r#"{"x":1,"type":"rect","type":"rect"}"#,
        r#"["ping"]"#,
        r#"["ping",1]"#,
        r#"["rect",3]"#,
        r#"["circle",1.5]"#,
        r#"[]"#,
        r#"{"width":3,"type":"nope"}"#,
    ] {
        same_json::<api::Internal, mirror::Internal>(doc);
    }
}

#[test]
fn adjacent_content_first() {
    for doc in [
        r#"{"c":{"radius":1.5},"t":"circle"}"#,
        r#"{"c":[1,"a"],"t":"pair"}"#,
        r#"{"c":null,"t":"ping"}"#,
        r#"{"c":5,"t":"rect"}"#,
        r#"{"c":5}"#,
        r#"{"c":5,"c":6}"#,
    ] {
        same_json::<api::Adjacent, mirror::Adjacent>(doc);
    }
}

#[test]
fn untagged_smoke() {
    for doc in [
        r#"{"radius":1.5}"#,
        r#"[1,"a"]"#,
        r#"{"width":3}"#,
        r#"[3]"#,
        r#"null"#,
        r#"2.5"#,
        r#""x""#,
        r#"{}"#,
    ] {
        same_json::<api::Untagged, mirror::Untagged>(doc);
    }
    let err = serde_json::from_str::<api::Untagged>(r#"{"radius":"big"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum Untagged: \
         Circle: invalid type: string \"big\", expected f64; \
         Pair: invalid type: map, expected tuple variant Untagged::Pair; \
         Rect: missing field `width`; \
         Nothing: invalid type: map, expected unit variant Untagged::Nothing; \
         Number: invalid type: map, expected f64"
    );
}

#[test]
fn untagged_variant_smoke() {
    for doc in [r#""auto""#, r#""low""#, r#"5"#, r#""high""#, r#"-1"#, r#"{"auto":null}"#] {
        same_json::<api::Effort, mirror::Effort>(doc);
    }
    assert_eq!(
        serde_json::from_str::<api::Effort>(r#""high""#).unwrap_err().to_string(),
        "data did not match any variant of untagged enum Effort: \
         tagged variants: unknown variant `high`, expected `auto` or `low`; \
         Budget: invalid type: string \"high\", expected u32"
    );
}

#[test]
fn other_keeps_the_unknown_object() {
    for doc in [
        r#"{"type":"surprise","a":1,"b":[true]}"#,
        r#"{"a":1,"type":"surprise","b":[true]}"#,
    ] {
        let event: api::Event = serde_json::from_str(doc).unwrap();
        let api::Event::Unknown(value) = &event else {
            panic!("{event:?}")
        };
        assert_eq!(value, &serde_json::from_str::<serde_json::Value>(doc).unwrap());
        assert_eq!(serde_json::to_value(&event).unwrap(), *value);
    }
    let ping: api::Event = serde_json::from_str(r#"{"a":1,"type":"ping"}"#).unwrap();
    assert_eq!(ping, api::Event::Ping);
    let circle: api::Event = serde_json::from_str(r#"{"type":"circle","radius":2.0}"#).unwrap();
    assert_eq!(serde_json::to_string(&circle).unwrap(), r#"{"type":"circle","radius":2.0}"#);
}
