//! Models on both sides of the runtime's widest tuple of slots (16 keys): with no key, 1, 16
//! (read through `DeStruct::read`) and 17 (read by a generated loop), and a data enum's struct
//! variant of 17, read as a map, as a JSON array (a sequence, with `invalid length` when short)
//! and through postcard. Every result is the serde_derive mirror's: the same value written back,
//! or the same error message.
//!
//! The models' builders are never used here: the derive allows `dead_code` on them, and CI's
//! `-D warnings` checks that it does.

#![allow(
    missing_docs,
    clippy::large_enum_variant,
    reason = "test models, one variant wide on purpose"
)]

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Each model twice, in `ours` (`ApiModel`) and `theirs` (serde_derive), with `req` fields of
/// type `String` and `opt` fields of type `Option<u32>`, in that order.
macro_rules! models {
    ($($name:ident { req: [$($r:ident),*], opt: [$($o:ident),*] })*) => {
        mod ours {
            $(
                #[derive(apimodel::ApiModel, Debug, Clone, PartialEq)]
                pub struct $name {
                    $(pub $r: String,)*
                    $(pub $o: Option<u32>,)*
                }
            )*
        }

        mod theirs {
            $(
                #[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
                #[serde(rename_all = "camelCase")]
                pub struct $name {
                    $(pub $r: String,)*
                    $(
                        #[serde(default, skip_serializing_if = "Option::is_none")]
                        pub $o: Option<u32>,
                    )*
                }
            )*
        }
    };
}

models! {
    Empty { req: [], opt: [] }
    One { req: [only_key], opt: [] }
    Sixteen {
        req: [r0, r1, r2, r3, r4, r5, r6, r7],
        opt: [o8, o9, o10, o11, o12, o13, o14, o15]
    }
    Seventeen {
        req: [r0, r1, r2, r3, r4, r5, r6, r7],
        opt: [o8, o9, o10, o11, o12, o13, o14, o15, o16]
    }
}

mod ours_enum {
    #[derive(apimodel::ApiModel, Debug, Clone, PartialEq)]
    pub enum Event {
        Small {
            first_key: String,
        },
        Wide {
            r0: String,
            r1: String,
            r2: String,
            r3: String,
            r4: String,
            r5: String,
            r6: String,
            r7: String,
            o8: Option<u32>,
            o9: Option<u32>,
            o10: Option<u32>,
            o11: Option<u32>,
            o12: Option<u32>,
            o13: Option<u32>,
            o14: Option<u32>,
            o15: Option<u32>,
            o16: Option<u32>,
        },
    }
}

mod theirs_enum {
    #[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
    #[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
    pub enum Event {
        Small {
            first_key: String,
        },
        Wide {
            r0: String,
            r1: String,
            r2: String,
            r3: String,
            r4: String,
            r5: String,
            r6: String,
            r7: String,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o8: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o9: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o10: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o11: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o12: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o13: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o14: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o15: Option<u32>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            o16: Option<u32>,
        },
    }
}

/// `json` read by both (and written back), or the same error.
fn same_json<O, T>(json: &str)
where
    O: Serialize + DeserializeOwned,
    T: Serialize + DeserializeOwned,
{
    let ours = serde_json::from_str::<O>(json)
        .map(|v| serde_json::to_string(&v).unwrap())
        .map_err(|e| e.to_string());
    let theirs = serde_json::from_str::<T>(json)
        .map(|v| serde_json::to_string(&v).unwrap())
        .map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "for {json}");
}

/// `json` read by both, then through postcard: the same bytes; those bytes, and every prefix of
/// them, read back alike (a `None` that is skipped leaves no byte, so serde_derive cannot read
/// its own bytes back either: both must fail the same way).
fn same_postcard<O, T>(json: &str)
where
    O: Serialize + DeserializeOwned,
    T: Serialize + DeserializeOwned,
{
    let ours: O = serde_json::from_str(json).unwrap();
    let theirs: T = serde_json::from_str(json).unwrap();
    let bytes = postcard::to_allocvec(&ours).unwrap();
    assert_eq!(bytes, postcard::to_allocvec(&theirs).unwrap(), "for {json}");
    for cut in 0..=bytes.len() {
        let ours = postcard::from_bytes::<O>(&bytes[..cut])
            .map(|v| serde_json::to_string(&v).unwrap())
            .map_err(|e| e.to_string());
        let theirs = postcard::from_bytes::<T>(&bytes[..cut])
            .map(|v| serde_json::to_string(&v).unwrap())
            .map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "for {json} cut at {cut}");
    }
}

/// A JSON object of `req` strings and `opt` numbers under camelCase keys.
fn object(req: &[&str], opt: &[&str]) -> String {
    let entries: Vec<String> = req
        .iter()
        .map(|k| format!("\"{k}\":\"v-{k}\""))
        .chain(opt.iter().enumerate().map(|(i, k)| format!("\"{k}\":{i}")))
        .collect();
    format!("{{{}}}", entries.join(","))
}

const REQ: [&str; 8] = ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"];
const OPT16: [&str; 8] = ["o8", "o9", "o10", "o11", "o12", "o13", "o14", "o15"];
const OPT17: [&str; 9] = ["o8", "o9", "o10", "o11", "o12", "o13", "o14", "o15", "o16"];

/// Documents that exercise every rule of a struct's fields, for a model of `req` and `opt`.
fn documents(req: &[&str], opt: &[&str]) -> Vec<String> {
    let mut docs = vec![
        object(req, opt),
        object(req, &[]),
        "{}".to_owned(),
        "[]".to_owned(),
        "null".to_owned(),
        "7".to_owned(),
        r#"{"unknownKey":1}"#.to_owned(),
    ];
    if let Some(first) = req.first() {
        // A missing required key, the first and the last.
        docs.push(object(&req[1..], opt));
        docs.push(object(&req[..req.len() - 1], opt));
        // A repeated key.
        let full = object(req, opt);
        docs.push(format!(
            "{},\"{first}\":\"again\"}}",
            &full[..full.len() - 1]
        ));
        // A wrong type.
        docs.push(format!("{{\"{first}\":1}}"));
    }
    if let Some(last) = opt.last() {
        docs.push(format!("{{\"{last}\":null}}"));
        docs.push(format!("{{\"{last}\":\"x\"}}"));
    }
    // As sequences: whole, short, and with one element too many.
    let values: Vec<String> = req
        .iter()
        .map(|k| format!("\"v-{k}\""))
        .chain(opt.iter().enumerate().map(|(i, _)| i.to_string()))
        .collect();
    docs.push(format!("[{}]", values.join(",")));
    if values.len() > 2 {
        docs.push(format!("[{}]", values[..2].join(",")));
        docs.push(format!("[{}]", values[..values.len() - 1].join(",")));
    }
    docs.push(format!(
        "[{}]",
        values
            .iter()
            .chain(["0".to_owned()].iter())
            .cloned()
            .collect::<Vec<_>>()
            .join(",")
    ));
    docs
}

#[test]
fn structs_of_every_width_read_and_write_as_serde_derive() {
    for doc in documents(&[], &[]) {
        same_json::<ours::Empty, theirs::Empty>(&doc);
    }
    for doc in documents(&["onlyKey"], &[]) {
        same_json::<ours::One, theirs::One>(&doc);
    }
    for doc in documents(&REQ, &OPT16) {
        same_json::<ours::Sixteen, theirs::Sixteen>(&doc);
    }
    for doc in documents(&REQ, &OPT17) {
        same_json::<ours::Seventeen, theirs::Seventeen>(&doc);
    }
}

#[test]
fn structs_of_every_width_go_through_postcard_as_serde_derive() {
    same_postcard::<ours::Empty, theirs::Empty>("{}");
    same_postcard::<ours::One, theirs::One>(r#"{"onlyKey":"x"}"#);
    same_postcard::<ours::Sixteen, theirs::Sixteen>(&object(&REQ, &OPT16));
    same_postcard::<ours::Sixteen, theirs::Sixteen>(&object(&REQ, &[]));
    same_postcard::<ours::Seventeen, theirs::Seventeen>(&object(&REQ, &OPT17));
    same_postcard::<ours::Seventeen, theirs::Seventeen>(&object(&REQ, &[]));
}

#[test]
fn a_wide_struct_variant_reads_and_writes_as_serde_derive() {
    for doc in documents(&REQ, &OPT17) {
        let wide = format!("{{\"wide\":{doc}}}");
        same_json::<ours_enum::Event, theirs_enum::Event>(&wide);
    }
    for doc in documents(&["firstKey"], &[]) {
        let small = format!("{{\"small\":{doc}}}");
        same_json::<ours_enum::Event, theirs_enum::Event>(&small);
    }
    same_postcard::<ours_enum::Event, theirs_enum::Event>(&format!(
        "{{\"wide\":{}}}",
        object(&REQ, &OPT17)
    ));
    same_postcard::<ours_enum::Event, theirs_enum::Event>(r#"{"small":{"firstKey":"x"}}"#);
}

#[test]
fn a_short_sequence_names_the_model_and_its_length() {
    let err = serde_json::from_str::<ours::Seventeen>(r#"["a","b"]"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid length 2, expected struct Seventeen with 17 elements at line 1 column 9"
    );
    let err = serde_json::from_str::<ours_enum::Event>(r#"{"wide":["a"]}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid length 1, expected struct variant Event::Wide with 17 elements at line 1 column 13"
    );
}
