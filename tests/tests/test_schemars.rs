//! Feature `schemars`: every model's `schemars::JsonSchema` is its `apimodel::schema`
//! document, the models it names going into the generator's definitions; every document a
//! model reads validates against it (boon, draft 2020-12), and what it accepts that the model
//! refuses is counted by kind.

use apimodel::ApiModel;
use apimodel_tests::mirror::shapes;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[path = "support/openapi.rs"]
mod openapi_support;
#[path = "support/schema.rs"]
mod schema_support;

use openapi_support::{Page, Tally, every_model, mutations, unions};
use schema_support::Validator;

fn root<T: JsonSchema + ?Sized>() -> Value {
    SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value()
}

/// The root schema schemars makes for `T` is apimodel's document, exactly.
fn same_as_apimodel<T: ApiModel + JsonSchema>(_: &[Value]) {
    assert_eq!(
        root::<T>(),
        apimodel::schema::json_schema::<T>(),
        "{}",
        T::MODEL.name
    );
}

#[test]
fn every_schema_is_apimodel_s() {
    every_model!(same_as_apimodel);
}

/// Every mutation of the valid documents, against the model and the schemars schema.
fn read_all<T: ApiModel + JsonSchema + DeserializeOwned + Serialize>(
    tally: &mut Tally,
    bases: &[Value],
) {
    let validator = Validator::new(root::<T>());
    for base in bases {
        for doc in mutations(base) {
            let valid = validator.accepts(&doc);
            tally.check::<T>(T::MODEL.name, &doc, valid);
        }
    }
}

#[test]
fn every_document_a_model_reads_validates() {
    let mut tally = Tally::default();
    every_model!(read_all, &mut tally);
    eprintln!(
        "{} documents read, {} refused\nrefused but valid:\n{}",
        tally.accepted,
        tally.refused,
        tally.report()
    );
    tally.assert_none_wrong();
    assert_eq!(tally.report(), openapi_support::LOOSE, "{tally:?}");
    assert_eq!(
        (tally.accepted, tally.refused),
        openapi_support::COUNTS,
        "{tally:?}"
    );
}

/// A type of the application's own whose schema names two models that share a third: one
/// generator, each model defined once.
struct Listing;

impl JsonSchema for Listing {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Listing".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let account = generator.subschema_for::<shapes::Account>();
        let owner = generator.subschema_for::<shapes::Owner>();
        let page = generator.subschema_for::<Page<unions::Circle>>();
        schemars::json_schema!({
            "type": "object",
            "properties": { "account": account, "owner": owner, "page": page }
        })
    }
}

#[test]
fn models_are_defined_once_and_referenced() {
    let schema = root::<Listing>();
    assert_eq!(
        schema["properties"],
        json!({
            "account": { "$ref": "#/$defs/Account" },
            "owner": { "$ref": "#/$defs/Owner" },
            "page": { "$ref": "#/$defs/Page" },
        })
    );
    let defs = schema["$defs"].as_object().unwrap();
    assert_eq!(
        defs.keys().collect::<Vec<_>>(),
        ["Account", "Owner", "Page", "Status"]
    );
    // Each definition is the model's own document, without `$schema` and `$defs`.
    let own = |mut doc: Value| {
        let map = doc.as_object_mut().unwrap();
        map.remove("$schema");
        map.remove("$defs");
        doc
    };
    assert_eq!(
        defs["Account"],
        own(apimodel::schema::json_schema::<shapes::Account>())
    );
    assert_eq!(
        defs["Owner"],
        own(apimodel::schema::json_schema::<shapes::Owner>())
    );
    assert_eq!(
        defs["Status"],
        own(apimodel::schema::json_schema::<shapes::Status>())
    );
    assert_eq!(
        defs["Owner"]["properties"]["roles"]["items"],
        json!({ "$ref": "#/$defs/Status" })
    );
}

/// The generator's settings say where definitions live: OpenAPI 3.0's are components.
#[test]
fn definitions_follow_the_generator_s_path() {
    let generator = SchemaGenerator::new(SchemaSettings::openapi3().with(|s| {
        s.transforms.clear();
        s.meta_schema = None;
    }));
    let schema = generator.into_root_schema_for::<shapes::Owner>().to_value();
    assert_eq!(
        schema["properties"]["roles"],
        json!({
            "type": "array",
            "items": { "$ref": "#/components/schemas/Status" },
            "description": "`roles`"
        })
    );
    assert_eq!(
        schema["components"]["schemas"]["Status"]["enum"],
        json!(["ACTIVE", "PENDING_REVIEW", "gone"])
    );
}

mod first {
    /// The first `Item`.
    #[derive(apimodel::ApiModel)]
    pub struct Item {
        pub a: u32,
    }
}

mod second {
    /// The second `Item`.
    #[derive(apimodel::ApiModel)]
    pub struct Item {
        pub b: String,
    }

    #[derive(apimodel::ApiModel)]
    pub struct Holder {
        pub item: Item,
    }
}

struct Both;

impl JsonSchema for Both {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Both".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let first = generator.subschema_for::<first::Item>();
        let holder = generator.subschema_for::<second::Holder>();
        schemars::json_schema!({ "anyOf": [first, holder] })
    }
}

/// Two models of one name in one generator: the second gets `Item2`, as schemars names its
/// own types.
#[test]
fn two_models_of_one_name_get_two_definitions() {
    let schema = root::<Both>();
    assert_eq!(
        schema["anyOf"],
        json!([{ "$ref": "#/$defs/Item" }, { "$ref": "#/$defs/Holder" }])
    );
    assert_eq!(
        schema["$defs"]["Holder"]["properties"]["item"],
        json!({ "$ref": "#/$defs/Item2" })
    );
    assert_eq!(schema["$defs"]["Item"]["description"], "The first `Item`.");
    assert_eq!(
        schema["$defs"]["Item2"]["description"],
        "The second `Item`."
    );
}

/// A tree of itself.
#[derive(ApiModel)]
pub struct Node {
    /// Its name.
    pub name: String,
    /// Its subtrees.
    pub children: Vec<Node>,
}

struct Forest;

impl JsonSchema for Forest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Forest".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let node = generator.subschema_for::<Node>();
        schemars::json_schema!({ "type": "array", "items": node })
    }
}

/// A recursive model refers to itself as `#` at the root, to its definition elsewhere.
#[test]
fn a_recursive_model_refers_to_itself() {
    let alone = root::<Node>();
    assert_eq!(
        alone["properties"]["children"]["items"],
        json!({ "$ref": "#" })
    );
    assert_eq!(alone.get("$defs"), None);
    let forest = root::<Forest>();
    assert_eq!(forest["items"], json!({ "$ref": "#/$defs/Node" }));
    assert_eq!(
        forest["$defs"]["Node"]["properties"]["children"]["items"],
        json!({ "$ref": "#/$defs/Node" })
    );
}

/// A generic model is one schema, named after it, whatever its arguments.
#[test]
fn a_generic_model_is_one_schema() {
    assert_eq!(<Page<u32>>::schema_name(), "Page");
    assert_eq!(
        <Page<u32>>::schema_id(),
        <Page<unions::Circle>>::schema_id()
    );
    assert_eq!(
        <Page<u32>>::schema_id(),
        "test_schemars::openapi_support::Page"
    );
    assert_eq!(root::<Page<u32>>(), root::<Page<unions::Circle>>());
    assert_eq!(
        root::<Page<u32>>()["properties"]["items"],
        json!({ "type": "array", "items": {} })
    );
}

/// schemars' own entry point, on a model of another crate (`apimodel::models`).
#[test]
fn schema_for_a_model() {
    let schema = schemars::schema_for!(apimodel::models::ConnectSessionCreate);
    assert_eq!(schema.get("title"), Some(&json!("ConnectSessionCreate")));
    assert_eq!(
        schema.get("required"),
        Some(&json!(["originOwnerId", "originOwnerName"]))
    );
}
