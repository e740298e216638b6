//! `apimodel::schema::json_schema`: the exact schema of the seed model, and a JSON Schema
//! validator (boon, draft 2020-12) agreeing with the derive's `Deserialize` on what the wire
//! accepts.

use apimodel::ApiModel;
use apimodel::models::{ConnectSessionCreate, ConnectSessionCreateCategories};
use apimodel::schema::{json_schema, json_schema_of};
use apimodel_tests::stackone;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[path = "support/schema.rs"]
mod schema_support;
use schema_support::Validator;

/// The schema and `Deserialize` of `T` agree on every document; returns the schema's verdicts.
fn verdicts<T: ApiModel + DeserializeOwned>(documents: &[Value]) -> Vec<bool> {
    let validator = Validator::new(json_schema::<T>());
    documents
        .iter()
        .map(|doc| {
            let schema = validator.accepts(doc);
            let serde = serde_json::from_value::<T>(doc.clone()).is_ok();
            assert_eq!(schema, serde, "schema and Deserialize disagree on {doc}");
            schema
        })
        .collect()
}

#[test]
fn connect_session_create_schema() {
    let schema = json_schema::<ConnectSessionCreate>();
    let expected = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "ConnectSessionCreate",
        "type": ["object", "array"],
        "properties": {
            "categories": {
                "type": ["array", "null"],
                "items": { "$ref": "#/$defs/ConnectSessionCreateCategories" },
                "description": "The categories of the provider to connect to"
            },
            "expiresIn": {
                "type": ["number", "null"],
                "description": "How long the session should be valid for in seconds"
            },
            "metadata": {
                "anyOf": [{ "$ref": "#/$defs/ConnectSessionCreateMetadata" }, { "type": "null" }],
                "description": "The metadata for the connection"
            },
            "originOwnerId": { "type": "string", "description": "The origin owner identifier" },
            "originOwnerName": { "type": "string", "description": "The origin owner name" },
            "originUsername": { "type": ["string", "null"], "description": "The origin username" },
            "provider": { "type": ["string", "null"], "description": "The provider to connect to" }
        },
        "required": ["originOwnerId", "originOwnerName"],
        // serde's sequence form: the fields in declaration order, up to the last required one.
        "allOf": [{
            "prefixItems": [
                { "type": ["array", "null"], "items": { "$ref": "#/$defs/ConnectSessionCreateCategories" } },
                { "type": ["number", "null"] },
                { "anyOf": [{ "$ref": "#/$defs/ConnectSessionCreateMetadata" }, { "type": "null" }] },
                { "type": "string" },
                { "type": "string" },
                { "type": ["string", "null"] },
                { "type": ["string", "null"] }
            ],
            "minItems": 5,
            "items": false
        }],
        "$defs": {
            "ConnectSessionCreateCategories": {
                "title": "ConnectSessionCreateCategories",
                "anyOf": [
                    {
                        "type": "string",
                        "enum": [
                            "ats", "hris", "hris-legacy", "crm", "iam", "marketing", "lms",
                            "stackone", "documents", "ticketing", "screening", "messaging",
                            "accounting", "scheduling"
                        ]
                    },
                    { "type": "string" }
                ]
            },
            "ConnectSessionCreateMetadata": {
                "title": "ConnectSessionCreateMetadata",
                "description": "The metadata for the connection",
                "type": "object",
                "properties": {},
                "additionalProperties": {}
            }
        }
    });
    assert_eq!(schema, expected);
}

#[test]
fn connect_session_create_accepts_and_rejects() {
    let ok = |doc: Value| (doc, true);
    let bad = |doc: Value| (doc, false);
    let cases = [
        ok(json!({ "originOwnerId": "a", "originOwnerName": "b" })),
        ok(json!({
            "originOwnerId": "a", "originOwnerName": "b", "provider": "hibob",
            "originUsername": "u", "expiresIn": 3600, "categories": ["hris", "ats"],
            "metadata": { "team": "platform", "n": [1, 2] }
        })),
        ok(
            json!({ "originOwnerId": "a", "originOwnerName": "b", "provider": null, "categories": null }),
        ),
        ok(json!({ "originOwnerId": "a", "originOwnerName": "b", "categories": ["brand-new"] })),
        ok(json!({ "originOwnerId": "a", "originOwnerName": "b", "unknownKey": 1 })),
        bad(json!({ "originOwnerName": "b" })),
        bad(json!({ "originOwnerId": "a" })),
        bad(json!({ "originOwnerId": 5, "originOwnerName": "b" })),
        bad(json!({ "originOwnerId": null, "originOwnerName": "b" })),
        bad(json!({ "originOwnerId": "a", "originOwnerName": "b", "categories": "hris" })),
        bad(json!({ "originOwnerId": "a", "originOwnerName": "b", "categories": [1] })),
        bad(json!({ "originOwnerId": "a", "originOwnerName": "b", "expiresIn": "soon" })),
        bad(json!({ "originOwnerId": "a", "originOwnerName": "b", "metadata": [] })),
        bad(json!({ "originOwnerId": "a", "originOwnerName": "b", "provider": true })),
        bad(json!([])),
    ];
    let docs: Vec<Value> = cases.iter().map(|(d, _)| d.clone()).collect();
    let expected: Vec<bool> = cases.iter().map(|(_, v)| *v).collect();
    assert_eq!(verdicts::<ConnectSessionCreate>(&docs), expected);
}

#[test]
fn open_enum_accepts_any_string() {
    let docs = [json!("hris"), json!("brand-new"), json!(1), json!(null)];
    assert_eq!(
        verdicts::<ConnectSessionCreateCategories>(&docs),
        [true, true, false, false]
    );
}

mod shapes {
    #![allow(dead_code, missing_docs)]

    use std::collections::BTreeMap;

    use apimodel::ApiModel;

    /// Closed.
    #[derive(ApiModel, Debug)]
    #[api(rename_all = "snake_case")]
    pub enum Color {
        DarkRed,
        Blue,
    }

    /// A tree with every attribute.
    #[derive(ApiModel, Debug)]
    #[api(deny_unknown_fields)]
    pub struct Node {
        pub name: String,
        pub size: u32,
        pub weight: Option<f64>,
        pub color: Option<Color>,
        pub children: Vec<Node>,
        #[api(required)]
        pub parent: Option<Box<Node>>,
        #[api(default)]
        pub tags: Vec<String>,
        #[api(skip)]
        pub cache: Option<String>,
        pub scores: BTreeMap<String, i64>,
    }

    /// Open to more keys, all numbers.
    #[derive(ApiModel, Debug)]
    pub struct Counters {
        pub total: u64,
        #[api(additional_properties)]
        pub rest: BTreeMap<String, u64>,
    }
}

#[test]
fn every_attribute_in_the_schema() {
    let schema = json_schema::<shapes::Node>();
    assert_eq!(schema["additionalProperties"], json!(false));
    assert_eq!(
        schema["required"],
        json!(["name", "size", "children", "parent", "scores"])
    );
    assert_eq!(schema["properties"]["size"], json!({ "type": "integer" }));
    assert_eq!(
        schema["properties"]["children"],
        json!({ "type": "array", "items": { "$ref": "#" } })
    );
    assert_eq!(
        schema["properties"]["parent"],
        json!({ "anyOf": [{ "$ref": "#" }, { "type": "null" }] })
    );
    assert_eq!(
        schema["properties"]["scores"],
        json!({ "type": "object", "additionalProperties": { "type": "integer" } })
    );
    assert!(schema["properties"].get("cache").is_none());
    assert_eq!(
        schema["$defs"]["Color"],
        json!({ "title": "Color", "description": "Closed.", "type": "string", "enum": ["dark_red", "blue"] })
    );
    let counters = json_schema::<shapes::Counters>();
    assert_eq!(
        counters["additionalProperties"],
        json!({ "type": "integer" })
    );
    assert!(counters["properties"].get("rest").is_none());
}

#[test]
fn node_accepts_and_rejects() {
    let leaf = json!({ "name": "leaf", "size": 1, "children": [], "parent": null, "scores": {} });
    let cases = [
        (leaf.clone(), true),
        (
            json!({ "name": "root", "size": 2, "weight": 1.5, "color": "dark_red",
                    "children": [leaf.clone()], "parent": leaf.clone(), "tags": ["a"],
                    "scores": { "x": -3 } }),
            true,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [], "scores": {} }),
            false,
        ), // parent missing
        (
            json!({ "name": "n", "size": 1.5, "children": [], "parent": null, "scores": {} }),
            false,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [], "parent": null, "scores": {}, "x": 1 }),
            false,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [], "parent": null, "scores": {}, "color": "red" }),
            false,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [1], "parent": null, "scores": {} }),
            false,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [], "parent": null, "scores": { "x": "y" } }),
            false,
        ),
        (
            json!({ "name": "n", "size": 1, "children": [], "parent": null, "scores": {}, "tags": null }),
            false,
        ),
    ];
    let docs: Vec<Value> = cases.iter().map(|(d, _)| d.clone()).collect();
    let expected: Vec<bool> = cases.iter().map(|(_, v)| *v).collect();
    assert_eq!(verdicts::<shapes::Node>(&docs), expected);

    let counters = [
        json!({ "total": 3, "a": 1, "b": 2 }),
        json!({ "total": 3, "a": "one" }),
        json!({ "a": 1 }),
    ];
    assert_eq!(
        verdicts::<shapes::Counters>(&counters),
        [true, false, false]
    );
}

#[test]
fn every_sdk_model_has_a_valid_schema() {
    for model in stackone::MODELS {
        // Compiling checks the schema against the meta-schema and resolves every `$ref`.
        let validator = Validator::new(json_schema_of(model));
        if model.fields().is_empty()
            && matches!(model.kind, apimodel::meta::ModelKind::Struct { .. })
        {
            assert!(
                validator.accepts(&json!({ "any": ["thing"] })),
                "{}",
                model.name
            );
        }
    }
    // A date-time is a string in date-time format.
    let schema = json_schema::<stackone::Candidate>();
    assert_eq!(
        schema["properties"]["createdAt"],
        json!({ "type": "string", "format": "date-time" })
    );
    let employee = Validator::new(json_schema::<stackone::Employee>());
    assert!(employee.accepts(&json!({})));
    assert!(!employee.accepts(&json!({ "gender": { "value": "unknown-gender" } })));
    assert!(employee.accepts(&json!({ "gender": { "sourceValue": "m", "value": "male" } })));
}

/// serde's container `default`: every field may be missing, from an object or from an array
/// (the container's default gives it), so the schema requires none; the table says where each
/// value comes from.
#[test]
fn container_default_requires_nothing() {
    use apimodel::meta::Role;

    fn port() -> Settings {
        Settings {
            name: "svc".into(),
            port: 80,
            tag: None,
            retries: 1,
        }
    }

    #[derive(ApiModel, Debug, Default)]
    #[api(serde_defaults)]
    #[serde(default)]
    struct Conf {
        name: String,
        port: u16,
        tag: Option<String>,
    }

    #[derive(ApiModel, Debug)]
    #[api(serde_defaults)]
    #[serde(default = "port")]
    struct Settings {
        name: String,
        port: u16,
        tag: Option<String>,
        #[serde(default)]
        retries: u8,
    }

    let docs = [
        json!({}),
        json!([]),
        json!({ "port": 8080 }),
        json!(["n"]),
        json!(["n", 1, null]),
        json!({ "port": "80" }),
        json!({ "port": 1.5 }),
        json!(["n", "x"]),
    ];
    let read = [true, true, true, true, true, false, false, false];
    assert_eq!(verdicts::<Conf>(&docs), read);
    let docs_with_retries: Vec<Value> = docs
        .iter()
        .map(|doc| match doc {
            Value::Array(items) if items.len() == 3 => json!(["n", 1, null, 2]),
            doc => doc.clone(),
        })
        .collect();
    assert_eq!(verdicts::<Settings>(&docs_with_retries), read);
    let defaults: Vec<_> = Settings::MODEL
        .fields()
        .iter()
        .map(|f| (f.name, f.role, f.default))
        .collect();
    assert_eq!(
        defaults,
        [
            ("name", Role::Defaulted, Some("port().name")),
            ("port", Role::Defaulted, Some("port().port")),
            ("tag", Role::Optional, None),
            ("retries", Role::Defaulted, Some("Default::default()")),
        ]
    );
    assert_eq!(
        Conf::MODEL.fields()[0].default,
        Some("Conf::default().name")
    );
}

/// A field read by a function of its own (`deserialize_with`, `with`), keyed or flattened: the
/// schema cannot know its format and constrains nothing there.
#[test]
fn fields_read_by_functions_are_any_value() {
    fn from_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }

    mod any_map {
        use std::collections::BTreeMap;

        pub fn serialize<S: serde::Serializer>(
            map: &BTreeMap<String, u8>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            serde::Serialize::serialize(map, s)
        }

        /// Keeps the small numbers, drops the rest.
        pub fn deserialize<'de, D: serde::Deserializer<'de>>(
            d: D,
        ) -> Result<BTreeMap<String, u8>, D::Error> {
            let all = <BTreeMap<String, serde_json::Value> as serde::Deserialize>::deserialize(d)?;
            Ok(all
                .into_iter()
                .filter_map(|(k, v)| Some((k, u8::try_from(v.as_u64()?).ok()?)))
                .collect())
        }
    }

    #[derive(ApiModel, Debug)]
    #[api(serde_defaults)]
    struct Counted {
        #[serde(deserialize_with = "from_text")]
        count: u32,
        #[serde(flatten, with = "any_map")]
        rest: std::collections::BTreeMap<String, u8>,
    }

    let docs = [
        json!({ "count": "7" }),
        json!({ "count": "7", "big": 1000, "word": "w", "small": 1 }),
        json!({ "count": 7 }),
        json!({}),
    ];
    let validator = Validator::new(json_schema::<Counted>());
    for doc in &docs {
        if serde_json::from_value::<Counted>(doc.clone()).is_ok() {
            assert!(validator.accepts(doc), "read but refused: {doc}");
        }
    }
    assert!(serde_json::from_value::<Counted>(docs[1].clone()).is_ok());
    assert_eq!(Counted::MODEL.fields()[0].with, Some("from_text"));
}
