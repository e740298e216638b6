//! `apimodel::schema`'s two [`Forms`]: with `Read` (the default) every document a model reads
//! in one of serde's other forms validates — a struct from an array, a tag from a variant
//! index, a tagged enum from an array, a unit variant from a one-entry object —; with
//! `Written`, none of those forms is in the schema. schemars' serialize contract gives the
//! written one.

use apimodel::ApiModel;
use apimodel::schema::{Forms, json_schema_in};
use schemars::generate::SchemaSettings;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[path = "support/openapi.rs"]
#[allow(
    dead_code,
    unused_imports,
    unused_macros,
    reason = "only the models are used here"
)]
mod openapi_support;
#[path = "support/schema.rs"]
mod schema_support;

use openapi_support::unions as u;
use schema_support::Validator;

/// Each document is read by `T` (serde_json's `from_str`, as a server reads a body), validates
/// against its `Read` schema and not against its `Written` one.
fn other_forms<T: ApiModel + DeserializeOwned>(docs: &[&str]) {
    let read = Validator::new(json_schema_in(T::MODEL, Forms::Read));
    let written = Validator::new(json_schema_in(T::MODEL, Forms::Written));
    for doc in docs {
        let value: Value = serde_json::from_str(doc).unwrap();
        assert!(serde_json::from_str::<T>(doc).is_ok(), "{doc}");
        assert!(read.accepts(&value), "{doc}");
        assert!(!written.accepts(&value), "{doc}");
    }
}

#[test]
fn serde_s_other_forms_are_read_and_valid() {
    other_forms::<u::Circle>(&["[1.5]", r#"[1.5,"l"]"#, "[1.5,null]"]);
    other_forms::<u::Ext>(&[
        r#"{"point":null}"#,
        r#"{"anything":null}"#,
        // from_str reads a struct variant from an array (from_value does not).
        r#"{"rect":[1]}"#,
        r#"{"rect":[1,2,["a"]]}"#,
        r#"{"circle":[1]}"#,
    ]);
    other_forms::<u::Int>(&[
        r#"["ping"]"#,
        r#"["circle",1]"#,
        r#"["rect",1,null]"#,
        r#"["sub","a",1]"#,
        // `Sub` is read from the buffer of `Int`'s content: its tag by index.
        r#"["sub",0,1]"#,
        // (Its tag after `Int`'s: `Int` buffers the object before it reads `Sub` from it.)
        r#"{"kind":0,"type":"sub","x":1}"#,
    ]);
    other_forms::<u::Adj>(&[
        r#"{"t":{"ping":null}}"#,
        r#"["ping",null]"#,
        r#"["pair",[1,"a"]]"#,
        r#"["circle",[1]]"#,
        r#"["rect",{"width":1}]"#,
    ]);
    other_forms::<u::Event>(&[
        // `Event` is buffered (its `other` keeps the object): the tag is read by index.
        r#"{"type":0}"#,
        r#"{"type":256}"#,
        r#"["circle",1]"#,
        r#"["new",1]"#,
    ]);
    other_forms::<u::Doc>(&[r#"{"shapes":[["ping"]],"unt":[1.5]}"#]);
}

/// What serde refuses in those forms, the schema refuses too (where it can tell).
#[test]
fn refused_forms_are_invalid() {
    let refused = |schema: Value, docs: &[Value]| {
        let validator = Validator::new(schema);
        for doc in docs {
            assert!(!validator.accepts(doc), "{doc}");
        }
    };
    let circle = apimodel::schema::json_schema::<u::Circle>();
    // Too short (`radius` is required), too long, of the wrong type.
    refused(circle, &[json!([]), json!([1, "l", 2]), json!(["l"])]);
    let int = apimodel::schema::json_schema::<u::Int>();
    refused(
        int,
        &[
            json!(["ping", 1]),
            json!(["circle"]),
            json!(["nope", 1]),
            json!({ "type": 4 }),
        ],
    );
    let adj = apimodel::schema::json_schema::<u::Adj>();
    // The content of an adjacently tagged struct variant is read from a map only.
    refused(adj, &[json!(["ping"]), json!({ "t": "rect", "c": [1] })]);
}

/// `Written` is the schema without serde's other forms; schemars' serialize contract gives it,
/// its default (deserialize) contract the `Read` one.
#[test]
fn written_is_the_serialize_contract() {
    let written = json_schema_in(u::Circle::MODEL, Forms::Written);
    assert_eq!(written["type"], "object");
    assert_eq!(written.get("allOf"), None);
    let serialize = SchemaSettings::default()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<u::Circle>()
        .to_value();
    assert_eq!(serialize, written);
    let deserialize = schemars::schema_for!(u::Circle).to_value();
    assert_eq!(deserialize, apimodel::schema::json_schema::<u::Circle>());
    assert_eq!(deserialize["type"], json!(["object", "array"]));
    let int = json_schema_in(u::Int::MODEL, Forms::Written);
    assert_eq!(
        int["oneOf"][0]["properties"]["type"],
        json!({ "const": "ping" })
    );
}

/// serde numbers the variants it reads: with a `skip_deserializing` variant first, index 0 is
/// the second variant. The `Read` schema leaves the unread variant out and numbers the others
/// as serde does; the `Written` one leaves out the variant that is never written.
mod skipped {
    #[derive(apimodel::ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "kind")]
    pub enum Picked {
        #[serde(skip_deserializing)]
        Old {
            x: i32,
        },
        New {
            y: i32,
        },
        #[serde(skip_serializing)]
        Legacy {
            z: i32,
        },
    }

    /// Buffers its content, so `Picked` reads its tag by index too.
    #[derive(apimodel::ApiModel, Debug, PartialEq)]
    #[api(serde_defaults)]
    #[serde(tag = "type")]
    pub enum Outer {
        Inner(Picked),
    }

    /// serde_derive's own, to confirm the numbering.
    pub mod sd {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        #[serde(tag = "kind")]
        #[allow(dead_code, reason = "serde never reads `Old`")]
        pub enum Picked {
            #[serde(skip_deserializing)]
            Old {
                x: i32,
            },
            New {
                y: i32,
            },
            #[serde(skip_serializing)]
            Legacy {
                z: i32,
            },
        }

        #[derive(serde::Deserialize, Debug, PartialEq)]
        #[serde(tag = "type")]
        pub enum Outer {
            Inner(Picked),
        }
    }
}

#[test]
fn skipped_variants_and_their_indices() {
    use skipped::{Outer, Picked, sd};
    let by_index = r#"{"type":"Inner","kind":0,"y":1}"#;
    let read: Outer = serde_json::from_str(by_index).unwrap();
    assert_eq!(read, Outer::Inner(Picked::New { y: 1 }));
    let theirs: sd::Outer = serde_json::from_str(by_index).unwrap();
    assert_eq!(theirs, sd::Outer::Inner(sd::Picked::New { y: 1 }));
    other_forms::<Outer>(&[by_index, r#"{"type":"Inner","kind":1,"z":1}"#]);
    let read = Validator::new(json_schema_in(Outer::MODEL, Forms::Read));
    let written = Validator::new(json_schema_in(Picked::MODEL, Forms::Written));
    for (doc, reads) in [
        (json!({ "type": "Inner", "kind": "Old", "x": 1 }), false),
        (json!({ "type": "Inner", "kind": 2, "z": 1 }), false),
        (json!({ "type": "Inner", "kind": "Legacy", "z": 1 }), true),
    ] {
        assert_eq!(
            serde_json::from_value::<Outer>(doc.clone()).is_ok(),
            reads,
            "{doc}"
        );
        assert_eq!(read.accepts(&doc), reads, "{doc}");
    }
    assert!(written.accepts(&json!({ "kind": "Old", "x": 1 })));
    assert!(!written.accepts(&json!({ "kind": "Legacy", "z": 1 })));
}
