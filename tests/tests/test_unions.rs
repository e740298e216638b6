//! Data enums in every tagging, against serde_derive mirrors with the same attributes.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]
#![allow(
    clippy::option_option,
    reason = "tri-state fields in struct variants are tested"
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
        Rect { width: u32, height_px: Option<u32> },
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "t", content = "c")]
    pub enum Adjacent {
        Ping,
        Circle(Circle),
        Pair(u32, String),
        Rect { width: u32, height_px: Option<u32> },
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
    #[serde(
        tag = "type",
        rename_all = "camelCase",
        rename_all_fields = "camelCase"
    )]
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

/// [`same_json`] for internally tagged enums: when the tag is the first key, the document is
/// read in one pass and an error carries the position where it was found (README, "Unions").
fn same_json_tagged<A, M>(doc: &str, tag: &str)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    if !doc.starts_with(&format!("{{\"{tag}\":")) {
        return same_json::<A, M>(doc);
    }
    let ours = serde_json::from_str::<A>(doc).map(|v| serde_json::to_string(&v).unwrap());
    let theirs = serde_json::from_str::<M>(doc).map(|v| serde_json::to_string(&v).unwrap());
    match (&ours, &theirs) {
        (Ok(a), Ok(m)) => assert_eq!(a, m, "re-serialized {doc}"),
        (Err(a), Err(m)) => {
            let strip = |e: &serde_json::Error| {
                let s = e.to_string();
                match s.rfind(" at line ") {
                    Some(at) => s[..at].to_owned(),
                    None => s,
                }
            };
            let (a, m) = (strip(a), strip(m));
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
        same_json_tagged::<api::Internal, mirror::Internal>(doc, "type");
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
        same_json_tagged::<api::Internal, mirror::Internal>(doc, "type");
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
    for doc in [
        r#""auto""#,
        r#""low""#,
        r#"5"#,
        r#""high""#,
        r#"-1"#,
        r#"{"auto":null}"#,
    ] {
        same_json::<api::Effort, mirror::Effort>(doc);
    }
    assert_eq!(
        serde_json::from_str::<api::Effort>(r#""high""#)
            .unwrap_err()
            .to_string(),
        "data did not match any variant of untagged enum Effort: \
         tagged variants: unknown variant `high`, expected `auto` or `low`; \
         Budget: invalid type: string \"high\", expected u32"
    );
}

#[test]
fn adjacent_other_keeps_the_unknown_object() {
    use apimodel::ApiModel;

    #[derive(ApiModel, Debug, PartialEq)]
    #[api(tag = "t", content = "c")]
    enum Command {
        Stop,
        Go(u32),
        #[api(other)]
        Unknown(serde_json::Value),
    }
    for doc in [
        r#"{"t":"jump","c":{"height":3},"extra":true}"#,
        r#"{"x":1,"c":[1],"t":"jump"}"#,
        r#"{"t":"jump"}"#,
    ] {
        let command: Command = serde_json::from_str(doc).unwrap();
        let Command::Unknown(value) = &command else {
            panic!("{command:?}")
        };
        assert_eq!(
            value,
            &serde_json::from_str::<serde_json::Value>(doc).unwrap()
        );
        assert_eq!(serde_json::to_value(&command).unwrap(), *value);
    }
    assert_eq!(
        serde_json::from_str::<Command>(r#"{"c":5,"t":"go"}"#).unwrap(),
        Command::Go(5)
    );
    assert_eq!(
        serde_json::from_str::<Command>(r#"{"t":"stop"}"#).unwrap(),
        Command::Stop
    );
    assert_eq!(
        serde_json::from_str::<Command>(r#"{"t":"go","c":"x"}"#)
            .unwrap_err()
            .to_string(),
        "invalid type: string \"x\", expected u32"
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
        assert_eq!(
            value,
            &serde_json::from_str::<serde_json::Value>(doc).unwrap()
        );
        assert_eq!(serde_json::to_value(&event).unwrap(), *value);
    }
    // A sequence, whose first element is the tag, is kept whole too: written back, it is the
    // same sequence.
    for doc in [r#"["surprise",1,{"a":true}]"#, r#"["surprise"]"#] {
        let event: api::Event = serde_json::from_str(doc).unwrap();
        let api::Event::Unknown(value) = &event else {
            panic!("{event:?}")
        };
        assert_eq!(serde_json::to_string(value).unwrap(), doc);
        assert_eq!(serde_json::to_string(&event).unwrap(), doc);
    }
    let ping: api::Event = serde_json::from_str(r#"{"a":1,"type":"ping"}"#).unwrap();
    assert_eq!(ping, api::Event::Ping);
    let circle: api::Event = serde_json::from_str(r#"{"type":"circle","radius":2.0}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&circle).unwrap(),
        r#"{"type":"circle","radius":2.0}"#
    );
}

use differential::api as differential_models;

/// Generated documents, read by both sides: serde_json (`from_str`, `from_slice`,
/// `from_value`, `from_reader`) and postcard.
mod differential {
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use std::sync::atomic::{AtomicUsize, Ordering};

    pub(crate) mod api {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub struct Circle {
            pub radius: f64,
            pub label: Option<String>,
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum Ext {
            Point,
            Circle(Circle),
            Pair(u32, String),
            Rect {
                width: u32,
                height_px: Option<u32>,
                #[api(default)]
                tags: Vec<String>,
            },
            #[api(other)]
            Unknown,
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "kind")]
        pub enum Sub {
            A { x: u32 },
            B,
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "type")]
        pub enum Int {
            Ping,
            Circle(Circle),
            Rect { width: u32, height_px: Option<u32> },
            Sub(Sub),
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "t", content = "c")]
        pub enum Adj {
            Ping,
            Circle(Circle),
            Pair(u32, String),
            Rect { width: u32, height_px: Option<u32> },
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(untagged)]
        pub enum Unt {
            Circle(Circle),
            Pair(u32, String),
            Rect { width: u32, height_px: Option<u32> },
            Nothing,
            Number(f64),
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum Effort {
            Auto,
            Low,
            #[api(untagged)]
            Budget(u32),
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub struct Doc {
            pub shapes: Vec<Int>,
            pub main: Option<Ext>,
            pub adj: Option<Adj>,
            pub unt: Option<Unt>,
            pub effort: Option<Effort>,
        }
    }

    pub(crate) mod mirror {
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
        pub enum Ext {
            Point,
            Circle(Circle),
            Pair(u32, String),
            Rect {
                width: u32,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                height_px: Option<u32>,
                #[serde(default)]
                tags: Vec<String>,
            },
            #[serde(other)]
            Unknown,
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(tag = "kind", rename_all = "camelCase")]
        pub enum Sub {
            A { x: u32 },
            B,
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(
            tag = "type",
            rename_all = "camelCase",
            rename_all_fields = "camelCase"
        )]
        pub enum Int {
            Ping,
            Circle(Circle),
            Rect {
                width: u32,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                height_px: Option<u32>,
            },
            Sub(Sub),
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(
            tag = "t",
            content = "c",
            rename_all = "camelCase",
            rename_all_fields = "camelCase"
        )]
        pub enum Adj {
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
        pub enum Unt {
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

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(rename_all = "camelCase")]
        pub struct Doc {
            pub shapes: Vec<Int>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub main: Option<Ext>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub adj: Option<Adj>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub unt: Option<Unt>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub effort: Option<Effort>,
        }
    }

    /// xorshift: failures reproduce from the printed seed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % n as u64).unwrap()
        }

        fn one_in(&mut self, n: usize) -> bool {
            self.below(n) == 0
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    /// What a generated document holds that makes apimodel's first error legitimately differ
    /// from serde's (README, "Unions"): an internally tagged object read in one pass.
    #[derive(Default)]
    struct Notes {
        /// Some internally tagged object has its tag first: its errors carry a position and
        /// come in document order.
        streamed: bool,
        /// ... and repeats its tag, which serde reports before any content error.
        duplicate_tag: bool,
    }

    /// A JSON value that is right most of the time.
    fn scalar(rng: &mut Rng, kind: &str) -> String {
        if rng.one_in(6) {
            return rng
                .pick(&["null", "\"s\"", "-3", "7", "2.5", "true", "[]", "{}", "[1]"])
                .to_owned();
        }
        match kind {
            "u32" => rng.pick(&["0", "3", "4294967295", "12"]).to_owned(),
            "f64" => rng.pick(&["1.5", "0", "-2.25", "3"]).to_owned(),
            "str" => rng
                .pick(&["\"a\"", "\"type\"", "\"\\u00e9\"", "\"\""])
                .to_owned(),
            "opt_u32" => rng.pick(&["null", "5"]).to_owned(),
            "opt_str" => rng.pick(&["null", "\"l\""]).to_owned(),
            "tags" => rng.pick(&["[]", "[\"x\"]", "[\"x\",\"y\"]"]).to_owned(),
            _ => "null".to_owned(),
        }
    }

    /// `{"k": v, ...}` from entries, shuffled a little, with duplicates and unknown keys.
    fn object(rng: &mut Rng, mut entries: Vec<(String, String)>) -> String {
        if rng.one_in(8) && !entries.is_empty() {
            let i = rng.below(entries.len());
            entries.remove(i);
        }
        if rng.one_in(8) && !entries.is_empty() {
            let i = rng.below(entries.len());
            let dup = entries[i].clone();
            entries.push(dup);
        }
        if rng.one_in(5) {
            let at = rng.below(entries.len() + 1);
            entries.insert(at, ("zz".to_owned(), scalar(rng, "any")));
        }
        if rng.one_in(4) && entries.len() > 1 {
            let i = rng.below(entries.len());
            let j = rng.below(entries.len());
            entries.swap(i, j);
        }
        let body: Vec<String> = entries
            .iter()
            .map(|(k, v)| format!("\"{k}\":{v}"))
            .collect();
        format!("{{{}}}", body.join(","))
    }

    fn entries(pairs: &[(&str, String)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    fn circle_fields(rng: &mut Rng) -> Vec<(String, String)> {
        let mut e = entries(&[("radius", scalar(rng, "f64"))]);
        if rng.one_in(2) {
            e.push(("label".to_owned(), scalar(rng, "opt_str")));
        }
        e
    }

    fn rect_fields(rng: &mut Rng, tags: bool) -> Vec<(String, String)> {
        let mut e = entries(&[("width", scalar(rng, "u32"))]);
        if rng.one_in(2) {
            e.push(("heightPx".to_owned(), scalar(rng, "opt_u32")));
        }
        if tags && rng.one_in(2) {
            e.push(("tags".to_owned(), scalar(rng, "tags")));
        }
        e
    }

    fn pair(rng: &mut Rng) -> String {
        match rng.below(5) {
            0 => format!("[{}]", scalar(rng, "u32")),
            1 => format!("[{},{},1]", scalar(rng, "u32"), scalar(rng, "str")),
            _ => format!("[{},{}]", scalar(rng, "u32"), scalar(rng, "str")),
        }
    }

    fn circle(rng: &mut Rng) -> String {
        let fields = circle_fields(rng);
        object(rng, fields)
    }

    fn rect(rng: &mut Rng, tags: bool) -> String {
        if rng.one_in(8) {
            return format!("[{}]", scalar(rng, "u32"));
        }
        let fields = rect_fields(rng, tags);
        object(rng, fields)
    }

    fn ext(rng: &mut Rng) -> String {
        match rng.below(12) {
            0 => rng
                .pick(&["\"point\"", "\"zzz\"", "\"circle\"", "5", "null"])
                .to_owned(),
            1 => "{\"point\":null}".to_owned(),
            2 | 3 => format!("{{\"circle\":{}}}", circle(rng)),
            4 | 5 => format!("{{\"pair\":{}}}", pair(rng)),
            6..=8 => format!("{{\"rect\":{}}}", rect(rng, true)),
            9 => format!("{{\"zzz\":{}}}", scalar(rng, "any")),
            10 => "{}".to_owned(),
            _ => format!("{{\"circle\":{},\"pair\":[1,\"a\"]}}", circle(rng)),
        }
    }

    fn sub(rng: &mut Rng, notes: &mut Notes) -> Vec<(String, String)> {
        // Not an integer: serde's buffer reads a variant index there, the streamed path does
        // not (README, "Unions").
        let inner = rng.pick(&["\"a\"", "\"b\"", "\"c\"", "null"]).to_owned();
        let mut e = entries(&[("kind", inner)]);
        if rng.one_in(2) {
            e.push(("x".to_owned(), scalar(rng, "u32")));
        }
        let _ = notes;
        e
    }

    /// An internally tagged object: the tag first, last, in between, missing or twice.
    fn int(rng: &mut Rng, notes: &mut Notes) -> String {
        if rng.one_in(12) {
            return rng
                .pick(&[
                    "[\"ping\"]",
                    "[]",
                    "[\"rect\",3]",
                    "[\"rect\"]",
                    "[\"circle\",1.5,null]",
                    "\"ping\"",
                    "5",
                    "null",
                ])
                .to_owned();
        }
        let variant = rng.pick(&["ping", "circle", "rect", "sub", "sub", "nope"]);
        let mut fields = match variant {
            "circle" => circle_fields(rng),
            "rect" => rect_fields(rng, false),
            "sub" => sub(rng, notes),
            _ if rng.one_in(2) => circle_fields(rng),
            _ => Vec::new(),
        };
        if rng.one_in(5) {
            fields.push(("zz".to_owned(), scalar(rng, "any")));
        }
        let tag_value = if rng.one_in(10) {
            rng.pick(&["5", "null", "\"Ping\""]).to_owned()
        } else {
            format!("\"{variant}\"")
        };
        let tag = ("type".to_owned(), tag_value);
        let mut first = false;
        match rng.below(10) {
            0..=4 => {
                fields.insert(0, tag);
                first = true;
            }
            5 | 6 => fields.push(tag),
            7 => {
                let at = rng.below(fields.len() + 1);
                first = at == 0;
                fields.insert(at, tag);
            }
            8 => {}
            _ => {
                fields.insert(0, tag.clone());
                fields.push(tag);
                first = true;
                notes.duplicate_tag = true;
            }
        }
        if first {
            notes.streamed = true;
        }
        // No shuffling: the tag's position is the point. Some keys are escaped, so the
        // format hands them over as owned strings.
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| {
                if rng.one_in(12) {
                    let escaped = k.replacen('e', "\\u0065", 1).replacen('t', "\\u0074", 1);
                    format!("\"{escaped}\":{v}")
                } else {
                    format!("\"{k}\":{v}")
                }
            })
            .collect();
        format!("{{{}}}", body.join(","))
    }

    fn adj(rng: &mut Rng) -> String {
        if rng.one_in(10) {
            return rng
                .pick(&[
                    "[\"ping\",null]",
                    "[\"circle\",{\"radius\":1}]",
                    "[\"ping\"]",
                    "[]",
                    "\"ping\"",
                ])
                .to_owned();
        }
        let variant = rng.pick(&["ping", "circle", "pair", "rect", "nope"]);
        let content = match variant {
            "circle" => circle(rng),
            "pair" => pair(rng),
            "rect" => rect(rng, false),
            _ => rng.pick(&["null", "{}", "5"]).to_owned(),
        };
        let mut e = Vec::new();
        if !rng.one_in(10) {
            e.push(("t".to_owned(), format!("\"{variant}\"")));
        }
        if !rng.one_in(5) {
            e.push(("c".to_owned(), content));
        }
        object(rng, e)
    }

    fn unt(rng: &mut Rng) -> String {
        match rng.below(7) {
            0 => circle(rng),
            1 => pair(rng),
            2 => rect(rng, false),
            _ => scalar(rng, "any"),
        }
    }

    fn effort(rng: &mut Rng) -> String {
        rng.pick(&[
            "\"auto\"",
            "\"low\"",
            "\"high\"",
            "5",
            "-1",
            "{\"auto\":null}",
            "null",
            "[]",
        ])
        .to_owned()
    }

    fn doc(rng: &mut Rng, notes: &mut Notes) -> String {
        let n = rng.below(3);
        let shapes: Vec<String> = (0..n).map(|_| int(rng, notes)).collect();
        let mut e = entries(&[("shapes", format!("[{}]", shapes.join(",")))]);
        if rng.one_in(2) {
            e.push(("main".to_owned(), ext(rng)));
        }
        if rng.one_in(2) {
            e.push(("adj".to_owned(), adj(rng)));
        }
        if rng.one_in(2) {
            e.push(("unt".to_owned(), unt(rng)));
        }
        if rng.one_in(2) {
            e.push(("effort".to_owned(), effort(rng)));
        }
        object(rng, e)
    }

    /// The message without serde_json's ` at line L column C`.
    fn without_position(message: &str) -> &str {
        match message.rfind(" at line ") {
            Some(at) => &message[..at],
            None => message,
        }
    }

    type Outcome = Result<String, String>;

    fn outcome<T: Serialize>(result: Result<T, serde_json::Error>) -> Outcome {
        result
            .map(|v| serde_json::to_string(&v).unwrap())
            .map_err(|e| e.to_string())
    }

    /// Both sides' results for one document, through `from_str`, `from_slice`, `from_value`,
    /// `from_reader`.
    fn check<A, M>(doc: &str, notes: &Notes)
    where
        A: Serialize + DeserializeOwned,
        M: Serialize + DeserializeOwned,
    {
        let value = serde_json::from_str::<serde_json::Value>(doc).expect("generated JSON");
        let runs: [(Outcome, Outcome); 4] = [
            (
                outcome(serde_json::from_str::<A>(doc)),
                outcome(serde_json::from_str::<M>(doc)),
            ),
            (
                outcome(serde_json::from_slice::<A>(doc.as_bytes())),
                outcome(serde_json::from_slice::<M>(doc.as_bytes())),
            ),
            (
                outcome(serde_json::from_value::<A>(value.clone())),
                outcome(serde_json::from_value::<M>(value)),
            ),
            // An `io::Read`: every string comes owned.
            (
                outcome(serde_json::from_reader::<_, A>(doc.as_bytes())),
                outcome(serde_json::from_reader::<_, M>(doc.as_bytes())),
            ),
        ];
        for (ours, theirs) in runs {
            match (&ours, &theirs) {
                (Ok(a), Ok(m)) => {
                    ACCEPTED.fetch_add(1, Ordering::Relaxed);
                    assert_eq!(a, m, "re-serialized {doc}");
                }
                (Err(a), Err(m)) => {
                    if a == m {
                        continue;
                    }
                    if m.contains("data did not match any variant") {
                        // serde's message, then why each variant refused.
                        assert!(
                            a.starts_with(without_position(m)),
                            "error for {doc}: {a} / {m}"
                        );
                    } else if notes.streamed {
                        // The tag came first: the same error, with a position of its own
                        // (unless serde reported a second tag before it).
                        if !notes.duplicate_tag {
                            assert_eq!(
                                without_position(a),
                                without_position(m),
                                "error for {doc} (tag first)"
                            );
                        }
                    } else {
                        assert_eq!(a, m, "error for {doc}");
                    }
                }
                _ => panic!("{doc}: apimodel {ours:?}, serde_derive {theirs:?}"),
            }
        }
    }

    static ACCEPTED: AtomicUsize = AtomicUsize::new(0);

    /// postcard: both write the same bytes for the value both read, and read them back the
    /// same way (or fail the same way: serde cannot read internally tagged or untagged enums
    /// from a non-self-describing format).
    fn postcard<A, M>(doc: &str)
    where
        A: Serialize + DeserializeOwned,
        M: Serialize + DeserializeOwned,
    {
        let (Ok(ours), Ok(theirs)) = (
            serde_json::from_str::<A>(doc),
            serde_json::from_str::<M>(doc),
        ) else {
            return;
        };
        let a = postcard::to_allocvec(&ours).map_err(|e| e.to_string());
        let m = postcard::to_allocvec(&theirs).map_err(|e| e.to_string());
        assert_eq!(a, m, "postcard bytes of {doc}");
        let Ok(bytes) = a else { return };
        let back_a = postcard::from_bytes::<A>(&bytes).map(|v| serde_json::to_string(&v).unwrap());
        let back_m = postcard::from_bytes::<M>(&bytes).map(|v| serde_json::to_string(&v).unwrap());
        assert_eq!(back_a, back_m, "postcard read of {doc}");
    }

    fn count() -> usize {
        std::env::var("APIMODEL_UNION_DOCS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(4_000)
    }

    /// Each generator runs `count()` documents (5 generators: 20,000 by default; set
    /// `APIMODEL_UNION_DOCS` for a long run).
    fn run(seed: u64, generate: fn(&mut Rng, &mut Notes) -> String, check_one: fn(&str, &Notes)) {
        let mut rng = Rng(seed);
        for _ in 0..count() {
            let mut notes = Notes::default();
            let doc = generate(&mut rng, &mut notes);
            check_one(&doc, &notes);
        }
        eprintln!(
            "{} documents (4 readers each), {} reads accepted so far in this process",
            count(),
            ACCEPTED.load(Ordering::Relaxed)
        );
    }

    #[test]
    fn externally_tagged() {
        run(
            0x9E37_79B9_7F4A_7C15,
            |rng, _| ext(rng),
            |doc, notes| {
                check::<api::Ext, mirror::Ext>(doc, notes);
                postcard::<api::Ext, mirror::Ext>(doc);
            },
        );
    }

    #[test]
    fn internally_tagged() {
        run(0xD1B5_4A32_D192_ED03, int, |doc, notes| {
            check::<api::Int, mirror::Int>(doc, notes);
            postcard::<api::Int, mirror::Int>(doc);
        });
    }

    #[test]
    fn adjacently_tagged() {
        run(
            0xA076_1D64_78BD_642F,
            |rng, _| adj(rng),
            |doc, notes| {
                check::<api::Adj, mirror::Adj>(doc, notes);
                postcard::<api::Adj, mirror::Adj>(doc);
            },
        );
    }

    #[test]
    fn untagged() {
        run(
            0xE703_7ED1_A0B4_28DB,
            |rng, _| unt(rng),
            |doc, notes| {
                check::<api::Unt, mirror::Unt>(doc, notes);
                check::<api::Effort, mirror::Effort>(doc, notes);
            },
        );
    }

    #[test]
    fn nested_in_structs_and_vecs() {
        run(0x8EBC_6AF0_9C88_C6E3, doc, |doc, notes| {
            check::<api::Doc, mirror::Doc>(doc, notes);
            postcard::<api::Doc, mirror::Doc>(doc);
        });
    }
}

/// Field attributes in struct variants, `rename_all`, `deny_unknown_fields`, unit-only tagged
/// enums, maps and nested enums in newtype variants.
mod attributes {
    use std::collections::BTreeMap;

    mod api {
        use std::collections::BTreeMap;

        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "kind", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
        pub enum Job {
            RunNow,
            Scheduled {
                at_time: u64,
                #[api(default = 3)]
                retries: u32,
                #[api(skip)]
                attempts: u32,
                #[api(rename = "why")]
                reason: Option<String>,
                owner: Option<String>,
                #[api(skip_none = false)]
                note: Option<String>,
                patch: Option<Option<String>>,
            },
            Tagged(BTreeMap<String, u32>),
            #[api(rename = "inner")]
            Inner(Inner),
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(untagged)]
        pub enum Inner {
            Named { name: String },
            Counted { count: u32 },
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "type")]
        pub enum Status {
            Active,
            InactiveNow,
        }
    }

    mod mirror {
        use std::collections::BTreeMap;

        use serde::{Deserialize, Serialize};

        fn three() -> u32 {
            3
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(
            tag = "kind",
            rename_all = "SCREAMING_SNAKE_CASE",
            rename_all_fields = "camelCase",
            deny_unknown_fields
        )]
        pub enum Job {
            RunNow,
            Scheduled {
                at_time: u64,
                #[serde(default = "three")]
                retries: u32,
                #[serde(skip)]
                attempts: u32,
                #[serde(rename = "why", default, skip_serializing_if = "Option::is_none")]
                reason: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                owner: Option<String>,
                note: Option<String>,
                #[serde(
                    default,
                    skip_serializing_if = "Option::is_none",
                    with = "apimodel_tests::mirror::double_option"
                )]
                patch: Option<Option<String>>,
            },
            Tagged(BTreeMap<String, u32>),
            #[serde(rename = "inner")]
            Inner(Inner),
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(untagged)]
        pub enum Inner {
            Named { name: String },
            Counted { count: u32 },
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Status {
            Active,
            InactiveNow,
        }
    }

    #[test]
    fn struct_variant_fields() {
        for doc in [
            r#"{"kind":"RUN_NOW"}"#,
            r#"{"kind":"RUN_NOW","x":1}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":null}"#,
            r#"{"kind":"SCHEDULED","atTime":5}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":"o","why":"w","retries":1,"note":"n"}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":"o","attempts":2}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":"o","patch":null}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":"o","patch":"p"}"#,
            r#"{"atTime":5,"owner":"o","kind":"SCHEDULED"}"#,
            r#"{"atTime":5,"owner":"o","kind":"SCHEDULED","zz":1}"#,
            r#"{"kind":"SCHEDULED","atTime":5,"owner":"o","zz":1}"#,
            r#"{"kind":"TAGGED","a":1,"b":2}"#,
            r#"{"a":1,"kind":"TAGGED","b":2}"#,
            r#"{"kind":"TAGGED","a":"x"}"#,
            r#"{"kind":"inner","name":"n"}"#,
            r#"{"kind":"inner","count":2}"#,
            r#"{"count":2,"kind":"inner"}"#,
            r#"{"kind":"inner","nothing":2}"#,
            r#"{"kind":"runNow"}"#,
        ] {
            super::same_json_tagged::<api::Job, mirror::Job>(doc, "kind");
        }
    }

    #[test]
    fn unit_only_tagged_enum() {
        assert_eq!(
            serde_json::to_string(&api::Status::InactiveNow).unwrap(),
            r#"{"type":"inactiveNow"}"#
        );
        for doc in [
            r#"{"type":"active"}"#,
            r#"{"type":"inactiveNow","extra":[1]}"#,
            r#"{"extra":[1],"type":"active"}"#,
            r#""active""#,
            r#"{"type":"gone"}"#,
            r#"["active"]"#,
            r#"[]"#,
        ] {
            super::same_json_tagged::<api::Status, mirror::Status>(doc, "type");
        }
        let _ = BTreeMap::<String, u32>::new();
    }

    #[test]
    fn skip_none_on_the_enum() {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(skip_none = false)]
        enum Patch {
            Set {
                value: Option<String>,
                #[api(skip_none = true)]
                note: Option<String>,
            },
        }
        let set = Patch::Set {
            value: None,
            note: None,
        };
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"{"set":{"value":null}}"#
        );
        assert_eq!(serde_json::from_str::<Patch>(r#"{"set":{}}"#).unwrap(), set);
    }

    #[test]
    fn required_option_in_a_struct_variant() {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        enum Change {
            Set {
                #[api(required)]
                value: Option<String>,
            },
        }
        let err = serde_json::from_str::<Change>(r#"{"type":"set"}"#).unwrap_err();
        assert_eq!(err.to_string(), "missing field `value` at line 1 column 14");
        let err = serde_json::from_str::<Change>(r#"{"x":1,"type":"set"}"#).unwrap_err();
        assert_eq!(err.to_string(), "missing field `value`");
        let set: Change = serde_json::from_str(r#"{"type":"set","value":null}"#).unwrap();
        assert_eq!(set, Change::Set { value: None });
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"{"type":"set","value":null}"#
        );
    }
}

#[path = "support/schema.rs"]
mod schema_support;

/// The metadata table, the docs page and the JSON Schema of data enums.
mod metadata {
    use apimodel::meta::{ApiModel, ModelKind, Tagging, VariantData};
    use serde_json::{Value, json};

    use super::differential_models as m;

    /// Every document validates exactly when it is expected to.
    fn validates<T: ApiModel>(docs: &[(&str, bool)]) {
        let validator = crate::schema_support::Validator::new(apimodel::schema::json_schema::<T>());
        for (doc, expected) in docs {
            let value: Value = serde_json::from_str(doc).unwrap();
            assert_eq!(
                validator.accepts(&value),
                *expected,
                "{doc} against {:#}",
                apimodel::schema::json_schema::<T>()
            );
        }
    }

    #[test]
    fn table_lists_the_variants_and_the_tagging() {
        let model = <m::Int as ApiModel>::MODEL;
        let ModelKind::Union { variants, tagging } = &model.kind else {
            panic!("{model:?}")
        };
        assert_eq!(*tagging, Tagging::Internal { tag: "type" });
        let names: Vec<(&str, &str)> = variants.iter().map(|v| (v.name, v.wire)).collect();
        assert_eq!(
            names,
            [
                ("Ping", "ping"),
                ("Circle", "circle"),
                ("Rect", "rect"),
                ("Sub", "sub")
            ]
        );
        assert!(matches!(variants[0].data, VariantData::Unit));
        let VariantData::Newtype { ty, inner } = &variants[1].data else {
            panic!()
        };
        assert_eq!(*ty, "Circle");
        assert_eq!(inner.model().map(|m| m.name), Some("Circle"));
        let VariantData::Struct(fields) = &variants[2].data else {
            panic!()
        };
        let wires: Vec<&str> = fields.iter().map(|f| f.wire).collect();
        assert_eq!(wires, ["width", "heightPx"]);
        // The models a union names are reachable from it (docs of a whole SDK).
        let nested: Vec<&str> = model.nested().iter().map(|m| m.name).collect();
        assert_eq!(nested, ["Circle", "Sub"]);
        let effort = <m::Effort as ApiModel>::MODEL.union_variants();
        assert!(effort[2].untagged && !effort[0].untagged);
    }

    #[test]
    fn docs_page_lists_the_variants() {
        let page = apimodel::docs::markdown::<m::Int>();
        assert!(
            page.contains("One of the following, chosen by the value of `type`."),
            "{page}"
        );
        assert!(page.contains("| `Circle`"), "{page}");
        assert!(
            page.contains("[Circle](../../models/shared/circle.md)"),
            "{page}"
        );
        assert!(
            page.contains("{ `width`: *number*, `heightPx?`: *number* }"),
            "{page}"
        );
        let page = apimodel::docs::markdown::<m::Unt>();
        assert!(page.contains("*untagged*"), "{page}");
    }

    #[test]
    fn schema_is_one_of_with_a_discriminator() {
        let schema = apimodel::schema::json_schema::<m::Int>();
        assert_eq!(
            schema["discriminator"],
            json!({ "propertyName": "type", "mapping": { "circle": "#/$defs/Circle", "sub": "#/$defs/Sub" } })
        );
        assert_eq!(schema["oneOf"].as_array().unwrap().len(), 4);
        validates::<m::Int>(&[
            (r#"{"type":"ping"}"#, true),
            (r#"{"type":"circle","radius":1.5}"#, true),
            (r#"{"type":"rect","width":3}"#, true),
            (r#"{"type":"sub","kind":"b"}"#, true),
            (r#"{"type":"rect"}"#, false),
            (r#"{"type":"nope"}"#, false),
            (r#"{"radius":1.5}"#, false),
        ]);
        validates::<m::Ext>(&[
            (r#""point""#, true),
            (r#""anything""#, true),
            (r#"{"pair":[1,"a"]}"#, true),
            (r#"{"rect":{"width":1}}"#, true),
            (r#"{"pair":[1]}"#, false),
            (r#"{"circle":{}}"#, false),
        ]);
        validates::<m::Adj>(&[
            (r#"{"t":"ping"}"#, true),
            (r#"{"t":"circle","c":{"radius":1}}"#, true),
            (r#"{"t":"circle"}"#, false),
        ]);
        validates::<m::Unt>(&[(r#"[1,"a"]"#, true), (r#"null"#, true), (r#""x""#, false)]);
        validates::<m::Effort>(&[(r#""auto""#, true), (r#"5"#, true), (r#""x""#, false)]);
        validates::<super::api::Event>(&[
            (r#"{"type":"ping"}"#, true),
            (r#"{"type":"circle","radius":1}"#, true),
            (r#"{"type":"surprise","a":1}"#, true),
            (r#"{"a":1}"#, false),
        ]);
    }
}

/// Generic data enums: serde_derive's bounds, serde_derive's wire.
mod generic {
    use super::{same_json, same_json_tagged};

    mod api {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum Either<L, R> {
            Left(L),
            Right(R),
            Both(L, R),
            Named {
                left: L,
                #[api(skip)]
                right: Option<R>,
            },
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "type")]
        pub enum Page<T> {
            Empty,
            Items { items: Vec<T>, next: Option<String> },
        }

        /// OpenAPI's `T | T[]`.
        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(untagged)]
        pub enum OneOrMany<T> {
            One(T),
            Many(Vec<T>),
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum Text<'a> {
            Borrowed(&'a str),
        }
    }

    mod mirror {
        use serde::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
        pub enum Either<L, R> {
            Left(L),
            Right(R),
            Both(L, R),
            Named {
                left: L,
                #[serde(skip)]
                right: Option<R>,
            },
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(
            tag = "type",
            rename_all = "camelCase",
            rename_all_fields = "camelCase"
        )]
        pub enum Page<T> {
            Empty,
            Items {
                items: Vec<T>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                next: Option<String>,
            },
        }

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        #[serde(untagged)]
        pub enum OneOrMany<T> {
            One(T),
            Many(Vec<T>),
        }
    }

    #[test]
    fn generic_enums_read_and_write_as_serde() {
        for doc in [
            r#"{"left":1}"#,
            r#"{"right":"r"}"#,
            r#"{"both":[1,"r"]}"#,
            r#"{"named":{"left":2}}"#,
            r#"{"left":"x"}"#,
        ] {
            same_json::<api::Either<u8, String>, mirror::Either<u8, String>>(doc);
        }
        for doc in [
            r#"{"type":"empty"}"#,
            r#"{"type":"items","items":[1,2],"next":"n"}"#,
            r#"{"items":[1,2],"type":"items"}"#,
            r#"{"type":"items","items":["x"]}"#,
        ] {
            same_json_tagged::<api::Page<u32>, mirror::Page<u32>>(doc, "type");
        }
        for doc in [r#"1"#, r#"[1,2]"#, r#""x""#, r#"[]"#] {
            same_json::<api::OneOrMany<u32>, mirror::OneOrMany<u32>>(doc);
        }
        let text: api::Text<'_> = serde_json::from_str(r#"{"borrowed":"hi"}"#).unwrap();
        assert_eq!(text, api::Text::Borrowed("hi"));
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"borrowed":"hi"}"#
        );
        let schema = apimodel::schema::json_schema::<api::Page<u32>>();
        assert_eq!(schema["oneOf"].as_array().unwrap().len(), 2);
    }
}

/// `with = "module"` on struct variants' fields, as serde's `with`.
mod with_module {
    use super::{same_json, same_json_tagged};

    /// A `u32` written as a string.
    pub mod as_string {
        use serde::{Deserialize, Deserializer, Serializer};

        #[allow(
            clippy::trivially_copy_pass_by_ref,
            reason = "serde's `with` signature"
        )]
        pub fn serialize<S: Serializer>(value: &u32, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(&value.to_string())
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
            let text = String::deserialize(d)?;
            text.parse().map_err(serde::de::Error::custom)
        }
    }

    /// An `Option<u32>` written as an optional string.
    pub mod opt_string {
        use serde::{Deserialize, Deserializer, Serializer};

        #[allow(
            clippy::ref_option,
            clippy::trivially_copy_pass_by_ref,
            reason = "serde's `with` signature"
        )]
        pub fn serialize<S: Serializer>(value: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => s.serialize_some(&v.to_string()),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
            match Option::<String>::deserialize(d)? {
                Some(text) => text.parse().map(Some).map_err(serde::de::Error::custom),
                None => Ok(None),
            }
        }
    }

    mod api {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        pub enum Internal {
            Counted {
                #[api(with = "super::as_string")]
                count: u32,
                #[api(with = "super::opt_string")]
                limit: Option<u32>,
                #[api(with = "super::as_string", default)]
                page: u32,
            },
        }

        #[derive(ApiModel, Debug, PartialEq)]
        pub enum External {
            Counted {
                #[api(with = "super::as_string")]
                count: u32,
                #[api(with = "super::opt_string")]
                limit: Option<u32>,
            },
        }
    }

    mod mirror {
        use serde::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Internal {
            Counted {
                #[serde(with = "super::as_string")]
                count: u32,
                #[serde(
                    with = "super::opt_string",
                    default,
                    skip_serializing_if = "Option::is_none"
                )]
                limit: Option<u32>,
                #[serde(with = "super::as_string", default)]
                page: u32,
            },
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(rename_all = "camelCase")]
        pub enum External {
            Counted {
                #[serde(with = "super::as_string")]
                count: u32,
                #[serde(
                    with = "super::opt_string",
                    default,
                    skip_serializing_if = "Option::is_none"
                )]
                limit: Option<u32>,
            },
        }
    }

    #[test]
    fn with_reads_and_writes_as_serde() {
        for doc in [
            r#"{"type":"counted","count":"3","limit":"4","page":"2"}"#,
            r#"{"type":"counted","count":"3"}"#,
            r#"{"count":"3","limit":null,"type":"counted"}"#,
            r#"{"type":"counted","count":3}"#,
            r#"{"type":"counted","count":"x"}"#,
            r#"{"type":"counted","limit":"4"}"#,
            r#"["counted","3","4","5"]"#,
        ] {
            same_json_tagged::<api::Internal, mirror::Internal>(doc, "type");
        }
        for doc in [
            r#"{"counted":{"count":"3","limit":"4"}}"#,
            r#"{"counted":{"count":"3"}}"#,
            r#"{"counted":["3","4"]}"#,
            r#"{"counted":["3"]}"#,
            r#"{"counted":{"limit":"4"}}"#,
        ] {
            same_json::<api::External, mirror::External>(doc);
        }
        let value = api::External::Counted {
            count: 1,
            limit: Some(2),
        };
        let theirs = mirror::External::Counted {
            count: 1,
            limit: Some(2),
        };
        assert_eq!(
            postcard::to_allocvec(&value).unwrap(),
            postcard::to_allocvec(&theirs).unwrap()
        );
    }
}

/// The calls made on the `Serializer` and `Deserializer` (names, lengths, variant indices),
/// checked with serde_test against serde_derive's for the same value.
mod tokens {
    use serde_test::{Token, assert_de_tokens, assert_ser_tokens, assert_tokens};

    use super::differential::{api, mirror};

    fn both_ser<A, M>(ours: &A, theirs: &M, tokens: &[Token])
    where
        A: serde::Serialize,
        M: serde::Serialize,
    {
        assert_ser_tokens(theirs, tokens);
        assert_ser_tokens(ours, tokens);
    }

    #[test]
    fn externally_tagged_calls() {
        let rect = api::Ext::Rect {
            width: 3,
            height_px: None,
            tags: vec![],
        };
        let mirror_rect = mirror::Ext::Rect {
            width: 3,
            height_px: None,
            tags: vec![],
        };
        let tokens = [
            Token::StructVariant {
                name: "Ext",
                variant: "rect",
                len: 2,
            },
            Token::Str("width"),
            Token::U32(3),
            Token::Str("tags"),
            Token::Seq { len: Some(0) },
            Token::SeqEnd,
            Token::StructVariantEnd,
        ];
        both_ser(&rect, &mirror_rect, &tokens);
        let full = [
            Token::StructVariant {
                name: "Ext",
                variant: "rect",
                len: 3,
            },
            Token::Str("width"),
            Token::U32(3),
            Token::Str("heightPx"),
            Token::Some,
            Token::U32(4),
            Token::Str("tags"),
            Token::Seq { len: Some(0) },
            Token::SeqEnd,
            Token::StructVariantEnd,
        ];
        assert_de_tokens(
            &mirror::Ext::Rect {
                width: 3,
                height_px: Some(4),
                tags: vec![],
            },
            &full,
        );
        assert_de_tokens(
            &api::Ext::Rect {
                width: 3,
                height_px: Some(4),
                tags: vec![],
            },
            &full,
        );
        assert_tokens(
            &api::Ext::Pair(1, "a".to_owned()),
            &[
                Token::TupleVariant {
                    name: "Ext",
                    variant: "pair",
                    len: 2,
                },
                Token::U32(1),
                Token::Str("a"),
                Token::TupleVariantEnd,
            ],
        );
        assert_tokens(
            &api::Ext::Point,
            &[Token::UnitVariant {
                name: "Ext",
                variant: "point",
            }],
        );
    }

    #[test]
    fn internally_tagged_calls() {
        let rect = api::Int::Rect {
            width: 3,
            height_px: Some(4),
        };
        let mirror_rect = mirror::Int::Rect {
            width: 3,
            height_px: Some(4),
        };
        both_ser(
            &rect,
            &mirror_rect,
            &[
                Token::Struct {
                    name: "Int",
                    len: 3,
                },
                Token::Str("type"),
                Token::Str("rect"),
                Token::Str("width"),
                Token::U32(3),
                Token::Str("heightPx"),
                Token::Some,
                Token::U32(4),
                Token::StructEnd,
            ],
        );
        both_ser(
            &api::Int::Ping,
            &mirror::Int::Ping,
            &[
                Token::Struct {
                    name: "Int",
                    len: 1,
                },
                Token::Str("type"),
                Token::Str("ping"),
                Token::StructEnd,
            ],
        );
        let circle = api::Int::Circle(api::Circle {
            radius: 1.5,
            label: None,
        });
        let mirror_circle = mirror::Int::Circle(mirror::Circle {
            radius: 1.5,
            label: None,
        });
        both_ser(
            &circle,
            &mirror_circle,
            &[
                Token::Struct {
                    name: "Circle",
                    len: 2,
                },
                Token::Str("type"),
                Token::Str("circle"),
                Token::Str("radius"),
                Token::F64(1.5),
                Token::StructEnd,
            ],
        );
    }

    #[test]
    fn adjacently_tagged_calls() {
        both_ser(
            &api::Adj::Pair(1, "a".to_owned()),
            &mirror::Adj::Pair(1, "a".to_owned()),
            &[
                Token::Struct {
                    name: "Adj",
                    len: 2,
                },
                Token::Str("t"),
                Token::UnitVariant {
                    name: "Adj",
                    variant: "pair",
                },
                Token::Str("c"),
                Token::Tuple { len: 2 },
                Token::U32(1),
                Token::Str("a"),
                Token::TupleEnd,
                Token::StructEnd,
            ],
        );
        both_ser(
            &api::Adj::Ping,
            &mirror::Adj::Ping,
            &[
                Token::Struct {
                    name: "Adj",
                    len: 1,
                },
                Token::Str("t"),
                Token::UnitVariant {
                    name: "Adj",
                    variant: "ping",
                },
                Token::StructEnd,
            ],
        );
        both_ser(
            &api::Adj::Rect {
                width: 1,
                height_px: None,
            },
            &mirror::Adj::Rect {
                width: 1,
                height_px: None,
            },
            &[
                Token::Struct {
                    name: "Adj",
                    len: 2,
                },
                Token::Str("t"),
                Token::UnitVariant {
                    name: "Adj",
                    variant: "rect",
                },
                Token::Str("c"),
                Token::Struct {
                    name: "rect",
                    len: 1,
                },
                Token::Str("width"),
                Token::U32(1),
                Token::StructEnd,
                Token::StructEnd,
            ],
        );
    }

    #[test]
    fn untagged_calls() {
        both_ser(
            &api::Unt::Rect {
                width: 1,
                height_px: None,
            },
            &mirror::Unt::Rect {
                width: 1,
                height_px: None,
            },
            &[
                Token::Struct {
                    name: "Unt",
                    len: 1,
                },
                Token::Str("width"),
                Token::U32(1),
                Token::StructEnd,
            ],
        );
        both_ser(&api::Unt::Nothing, &mirror::Unt::Nothing, &[Token::Unit]);
        assert_de_tokens(&api::Unt::Nothing, &[Token::Unit]);
        let adjacent = [
            Token::Struct {
                name: "Adj",
                len: 2,
            },
            Token::Str("t"),
            Token::UnitVariant {
                name: "Adj",
                variant: "circle",
            },
            Token::Str("c"),
            Token::Struct {
                name: "Circle",
                len: 1,
            },
            Token::Str("radius"),
            Token::F64(2.0),
            Token::StructEnd,
            Token::StructEnd,
        ];
        let circle = api::Circle {
            radius: 2.0,
            label: None,
        };
        assert_de_tokens(&api::Adj::Circle(circle), &adjacent);
        assert_de_tokens(
            &mirror::Adj::Circle(mirror::Circle {
                radius: 2.0,
                label: None,
            }),
            &adjacent,
        );
        both_ser(
            &api::Effort::Budget(5),
            &mirror::Effort::Budget(5),
            &[Token::U32(5)],
        );
    }
}

/// `deny_unknown_fields` on adjacently and externally tagged enums.
mod deny {
    use super::same_json;

    mod api {
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "t", content = "c", deny_unknown_fields)]
        pub enum Adj {
            Ping,
            Point { x: u8 },
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(deny_unknown_fields)]
        pub enum Ext {
            Point { x: u8 },
        }
    }

    mod mirror {
        use serde::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(
            tag = "t",
            content = "c",
            deny_unknown_fields,
            rename_all = "camelCase"
        )]
        pub enum Adj {
            Ping,
            Point { x: u8 },
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(deny_unknown_fields, rename_all = "camelCase")]
        pub enum Ext {
            Point { x: u8 },
        }
    }

    #[test]
    fn unknown_keys_are_refused_as_serde_refuses_them() {
        for doc in [
            r#"{"t":"ping"}"#,
            r#"{"t":"ping","z":1}"#,
            r#"{"z":1,"t":"ping"}"#,
            r#"{"t":"point","c":{"x":1,"y":2}}"#,
            r#"{"t":"point","c":{"x":1},"z":0}"#,
        ] {
            same_json::<api::Adj, mirror::Adj>(doc);
        }
        for doc in [r#"{"point":{"x":1}}"#, r#"{"point":{"x":1,"y":2}}"#] {
            same_json::<api::Ext, mirror::Ext>(doc);
        }
    }
}

/// postcard and adjacently tagged enums: written as `[index, content]`, not read back (serde's
/// reads its tag as an identifier, which postcard does not support), the same on both sides.
#[test]
fn postcard_adjacently_tagged() {
    use differential::{api, mirror};
    let ours = api::Adj::Pair(1, "a".to_owned());
    let theirs = mirror::Adj::Pair(1, "a".to_owned());
    let bytes = postcard::to_allocvec(&ours).unwrap();
    assert_eq!(bytes, postcard::to_allocvec(&theirs).unwrap());
    assert_eq!(bytes, [2, 1, 1, b'a']);
    let a = postcard::from_bytes::<api::Adj>(&bytes).unwrap_err();
    let m = postcard::from_bytes::<mirror::Adj>(&bytes).unwrap_err();
    assert_eq!(a, m);
    assert_eq!(a, postcard::Error::WontImplement);
}
