//! Feature `utoipa`: every model's `utoipa::ToSchema` / `PartialSchema` is its
//! `apimodel::schema` document, the root as the model's component and every model it names
//! as components of their own (`$ref`s pointing at `#/components/schemas/…`); an `OpenApi`
//! document made with utoipa's own macros parses as OpenAPI 3.1 (oas3), each component compiles
//! in boon, and every document a model reads validates against its component.

#![allow(
    unused_qualifications,
    reason = "utoipa's macros qualify the type paths they are given, at their tokens"
)]

use apimodel::ApiModel;
use apimodel::models::ConnectSessionCreate;
use apimodel_tests::mirror::shapes::{Account, Event, Resource, Shape};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use utoipa::openapi::{ComponentsBuilder, OpenApiBuilder};
use utoipa::{OpenApi, PartialSchema, ToSchema};

#[path = "support/openapi.rs"]
mod openapi_support;

use openapi_support::unions::{Circle, Doc};
use openapi_support::{Page, Tally, every_model, mutations};

/// apimodel's document of `T` as components: the root under the model's name, then each
/// `$defs` entry, every reference moved to `#/components/schemas/`.
fn expected_components<T: ApiModel>() -> Map<String, Value> {
    let mut doc = apimodel::schema::json_schema::<T>();
    let name = T::MODEL.name;
    move_refs(&mut doc, name);
    let map = doc.as_object_mut().unwrap();
    map.remove("$schema");
    let defs = map.remove("$defs");
    let mut out = Map::new();
    out.insert(name.to_owned(), Value::Object(map.clone()));
    if let Some(Value::Object(defs)) = defs {
        out.extend(defs);
    }
    out
}

fn move_refs(value: &mut Value, root: &str) {
    match value {
        Value::String(reference) if reference == "#" => {
            *reference = format!("#/components/schemas/{root}");
        }
        Value::String(reference) if reference.starts_with("#/$defs/") => {
            *reference = reference.replace("#/$defs/", "#/components/schemas/");
        }
        Value::Array(items) => items.iter_mut().for_each(|v| move_refs(v, root)),
        Value::Object(map) => map.values_mut().for_each(|v| move_refs(v, root)),
        _ => {}
    }
}

/// What utoipa gives for `T`: `schema()` under `name()`, then `schemas()`.
fn utoipa_components<T: ToSchema>() -> Map<String, Value> {
    let mut out = Map::new();
    out.insert(
        T::name().into_owned(),
        serde_json::to_value(T::schema()).unwrap(),
    );
    let mut schemas = Vec::new();
    T::schemas(&mut schemas);
    for (name, schema) in schemas {
        assert!(
            out.insert(name.clone(), serde_json::to_value(schema).unwrap())
                .is_none(),
            "{name} twice"
        );
    }
    out
}

fn same_as_apimodel<T: ApiModel + ToSchema>(_: &[Value]) {
    assert_eq!(
        utoipa_components::<T>(),
        expected_components::<T>(),
        "{}",
        T::MODEL.name
    );
}

#[test]
fn every_schema_is_apimodel_s() {
    every_model!(same_as_apimodel);
}

/// An OpenAPI document holding `T`'s components, as utoipa writes it.
fn document_of<T: ToSchema>() -> Value {
    let mut schemas = Vec::new();
    T::schemas(&mut schemas);
    let components = ComponentsBuilder::new()
        .schema(T::name(), T::schema())
        .schemas_from_iter(schemas)
        .build();
    let doc = OpenApiBuilder::new().components(Some(components)).build();
    serde_json::to_value(doc).unwrap()
}

/// A component of an OpenAPI document, compiled (boon, draft 2020-12: OpenAPI 3.1's dialect).
struct Component {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Component {
    fn new(document: Value, name: &str) -> Self {
        const URL: &str = "https://apimodel.invalid/openapi.json";
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(URL, document).unwrap();
        let index = compiler
            .compile(&format!("{URL}#/components/schemas/{name}"), &mut schemas)
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        Component { schemas, index }
    }

    fn accepts(&self, value: &Value) -> bool {
        self.schemas.validate(value, self.index).is_ok()
    }
}

fn read_all<T: ApiModel + ToSchema + DeserializeOwned + Serialize>(
    tally: &mut Tally,
    bases: &[Value],
) {
    let component = Component::new(document_of::<T>(), &T::name());
    for base in bases {
        for doc in mutations(base) {
            let valid = component.accepts(&doc);
            tally.check::<T>(T::MODEL.name, &doc, valid);
        }
    }
}

/// The same documents as `test_schemars.rs`, the same verdicts.
#[test]
fn every_document_a_model_reads_validates() {
    let mut tally = Tally::default();
    every_model!(read_all, &mut tally);
    tally.assert_none_wrong();
    assert_eq!(tally.report(), openapi_support::LOOSE, "{tally:?}");
    assert_eq!(
        (tally.accepted, tally.refused),
        openapi_support::COUNTS,
        "{tally:?}"
    );
}

/// Creates a connect session.
#[utoipa::path(
    post,
    path = "/connect_sessions",
    request_body = ConnectSessionCreate,
    responses((status = 201, description = "The session", body = Account))
)]
#[allow(dead_code, reason = "only its OpenAPI path is used")]
fn create_session() {}

/// Draws a shape.
#[utoipa::path(post, path = "/shapes", request_body = Shape, responses((status = 204)))]
#[allow(dead_code, reason = "only its OpenAPI path is used")]
fn draw() {}

/// The API of the issue: utoipa's macros only, the models' impls from apimodel.
#[derive(OpenApi)]
#[openapi(
    paths(create_session, draw),
    components(schemas(Event, Resource, Doc, Page<Circle>))
)]
struct ApiDoc;

#[test]
fn open_api_document_parses_as_3_1_and_each_component_compiles() {
    let text = ApiDoc::openapi().to_pretty_json().unwrap();
    let spec = oas3::from_json(&text).unwrap();
    assert_eq!(spec.openapi, "3.1.0");
    let components = spec.components.as_ref().unwrap();
    let mut names: Vec<&String> = components.schemas.keys().collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Account",
            "AccountId",
            "Adj",
            "Audit",
            "Base",
            "Circle",
            "ConnectSessionCreate",
            "ConnectSessionCreateCategories",
            "ConnectSessionCreateMetadata",
            "Doc",
            "Effort",
            "Event",
            "Ext",
            "Int",
            "Owner",
            // utoipa names a generic type's component after its arguments.
            "Page_Circle",
            "Resource",
            "Shape",
            "Status",
            "Sub",
            "Unt",
        ]
    );
    let document: Value = serde_json::from_str(&text).unwrap();
    for name in &names {
        Component::new(document.clone(), name);
    }
    // The request bodies refer to the models' components.
    assert_eq!(
        document["paths"]["/connect_sessions"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"],
        json!({ "$ref": "#/components/schemas/ConnectSessionCreate" })
    );
    assert_eq!(
        document["paths"]["/shapes"]["post"]["requestBody"]["content"]["application/json"]["schema"],
        json!({ "$ref": "#/components/schemas/Shape" })
    );
    // A component is the model's schema, as apimodel writes it.
    assert_eq!(
        document["components"]["schemas"]["ConnectSessionCreate"],
        expected_components::<ConnectSessionCreate>()["ConnectSessionCreate"]
    );
    // The union's discriminator, typed by utoipa.
    let oas3::spec::Schema::Object(event) = &components.schemas["Event"] else {
        panic!("Event is a schema object")
    };
    let oas3::spec::ObjectOrReference::Object(event) = &**event else {
        panic!("Event is a schema, not a reference")
    };
    assert_eq!(event.one_of.len(), 4);
    assert_eq!(
        event
            .discriminator
            .as_ref()
            .map(|d| d.property_name.as_str()),
        Some("type")
    );
}

/// utoipa's typed tree holds what it has fields for; the rest is kept in extensions.
#[test]
fn typed_where_utoipa_can_say_it() {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::{Schema, SchemaType, Type};
    let RefOr::T(Schema::Object(object)) = ConnectSessionCreate::schema() else {
        panic!("an object")
    };
    // An object, or serde's sequence form of it.
    assert!(
        matches!(&object.schema_type, SchemaType::Array(types) if *types == [Type::Object, Type::Array])
    );
    assert_eq!(object.required, ["originOwnerId", "originOwnerName"]);
    assert_eq!(object.properties.len(), 7);
    // The array keywords: one extension, `allOf`.
    let extensions = object.extensions.as_ref().unwrap();
    assert_eq!(extensions.keys().collect::<Vec<_>>(), ["allOf"]);
    assert_eq!(extensions["allOf"][0]["minItems"], 5);
    let RefOr::T(Schema::OneOf(one_of)) = Event::schema() else {
        panic!("a oneOf")
    };
    assert_eq!(one_of.items.len(), 4);
    assert_eq!(one_of.discriminator.unwrap().property_name, "type");
    // `{"const": "ping"}`: no field in utoipa's types, kept as an extension.
    let RefOr::T(Schema::Object(ping)) = &one_of.items[0] else {
        panic!("an object")
    };
    let RefOr::T(Schema::Object(tag)) = &ping.properties["type"] else {
        panic!("an object")
    };
    // `{"enum": ["ping", 0]}`: the name, or the index serde's buffer reads.
    assert_eq!(tag.enum_values, Some(vec![json!("ping"), json!(0)]));
    assert!(tag.extensions.is_none());
}
