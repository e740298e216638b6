//! `utoipa::PartialSchema::schema` and `utoipa::ToSchema::schemas` of a model: its document's
//! root, and its `$defs` as components, each reference pointing at `#/components/schemas/…`.
//!
//! utoipa's schema types are typed where they can say what the document says (`type`,
//! `properties`, `required`, `oneOf` with its `discriminator`, …): what they have no field for
//! (`const`, `not`, `prefixItems`, `unevaluatedProperties`, a boolean schema among `anyOf`'s, an
//! empty `properties`, …) is kept in the schema's extensions, which utoipa writes as they are,
//! so the served JSON is the document's.

use ::utoipa::openapi::extensions::Extensions;
use ::utoipa::openapi::schema::{
    AdditionalProperties, AllOf, AnyOf, Array, ArrayItems, Discriminator, Object, OneOf, Schema,
    SchemaFormat, SchemaType,
};
use ::utoipa::openapi::{Ref, RefOr};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::document::{Document, Target, rewrite};
use crate::meta::Model;
use crate::schema::Forms;

/// What `PartialSchema::schema` returns.
pub type UtoipaSchema = RefOr<Schema>;

/// What `ComposeSchema::compose` is given: the schemas of the generic arguments.
pub type Generics = Vec<RefOr<Schema>>;

/// What `ToSchema::schemas` fills: components by name.
pub type Components = Vec<(String, RefOr<Schema>)>;

/// Where a component is.
const COMPONENTS: &str = "#/components/schemas/";

/// The model's own schema.
pub fn schema(model: &'static Model) -> UtoipaSchema {
    let doc = Document::of(model, Forms::Read);
    convert(components(model, Value::Object(doc.root)))
}

/// Every model this one names (directly or not), as components, in the document's order.
pub fn schemas(model: &'static Model, out: &mut Components) {
    for (key, def) in Document::of(model, Forms::Read).defs {
        out.push((key, convert(components(model, def))));
    }
}

/// `value` with its references pointing at components: the root model's is named after it.
fn components(model: &'static Model, mut value: Value) -> Value {
    rewrite(&mut value, &mut |target| {
        Some(match target {
            Target::Root => format!("{COMPONENTS}{}", model.name),
            Target::Def(key) => format!("{COMPONENTS}{key}"),
        })
    });
    value
}

/// One JSON schema as utoipa's, keeping every keyword (see the module docs).
fn convert(value: Value) -> RefOr<Schema> {
    let Value::Object(mut map) = value else {
        // Only a boolean schema is no object, and none is converted alone.
        return RefOr::T(Schema::Object(any()));
    };
    if map.contains_key("$ref") && map.keys().all(|k| k == "$ref" || k == "description") {
        if let (Some(Value::String(location)), description) = (
            map.remove("$ref"),
            map.remove("description").and_then(string),
        ) {
            let mut reference = Ref::new(location);
            reference.description = description.unwrap_or_default();
            return RefOr::Ref(reference);
        }
    }
    RefOr::T(if map.contains_key("oneOf") && all_objects(&map, "oneOf") {
        let mut one_of = OneOf::new();
        one_of.items = items(&mut map, "oneOf");
        one_of.title = take_string(&mut map, "title");
        one_of.description = take_string(&mut map, "description");
        one_of.discriminator = take_typed::<Discriminator>(&mut map, "discriminator");
        one_of.extensions = extensions(map);
        Schema::OneOf(one_of)
    } else if map.contains_key("allOf")
        && !map.contains_key("properties")
        && all_objects(&map, "allOf")
    {
        let mut all_of = AllOf::new();
        all_of.items = items(&mut map, "allOf");
        all_of.title = take_string(&mut map, "title");
        all_of.description = take_string(&mut map, "description");
        all_of.extensions = extensions(map);
        Schema::AllOf(all_of)
    } else if map.contains_key("anyOf") && all_objects(&map, "anyOf") {
        let mut any_of = AnyOf::new();
        any_of.items = items(&mut map, "anyOf");
        any_of.description = take_string(&mut map, "description");
        any_of.extensions = extensions(map);
        Schema::AnyOf(any_of)
    } else if map.get("type") == Some(&Value::from("array")) && map.contains_key("items") {
        map.remove("type");
        let items = map.remove("items");
        let no_more = items == Some(Value::Bool(false));
        let mut array = Array::new(match items {
            Some(items @ Value::Object(_)) => convert(items),
            _ => RefOr::T(Schema::Object(any())),
        });
        if no_more {
            array.items = ArrayItems::False;
        }
        if let Some(Value::Array(prefix)) = map.remove("prefixItems") {
            array.prefix_items = prefix.into_iter().map(schema_of).collect();
        }
        array.min_items = take_typed(&mut map, "minItems");
        array.max_items = take_typed(&mut map, "maxItems");
        array.title = take_string(&mut map, "title");
        array.description = take_string(&mut map, "description");
        array.extensions = extensions(map);
        Schema::Array(array)
    } else {
        Schema::Object(object(map))
    })
}

/// One JSON schema as a `Schema` (an array's `prefixItems` have no place for a `Ref`): a
/// reference is an `Object` whose `$ref` is an extension.
fn schema_of(value: Value) -> Schema {
    match convert(value) {
        RefOr::T(schema) => schema,
        RefOr::Ref(reference) => {
            let mut object = any();
            if !reference.description.is_empty() {
                object.description = Some(reference.description);
            }
            let mut map = Map::new();
            map.insert("$ref".to_owned(), Value::from(reference.ref_location));
            object.extensions = extensions(map);
            Schema::Object(object)
        }
    }
}

/// A schema that is none of the composites: an object, a scalar, or anything.
fn object(mut map: Map<String, Value>) -> Object {
    let mut object = any();
    if let Some(ty) = take_typed::<SchemaType>(&mut map, "type") {
        object.schema_type = ty;
    }
    object.title = take_string(&mut map, "title");
    object.description = take_string(&mut map, "description");
    object.format = take_typed::<SchemaFormat>(&mut map, "format");
    object.enum_values = take_typed::<Vec<Value>>(&mut map, "enum");
    if let Some(Value::Array(required)) = map.get("required") {
        if !required.is_empty() && required.iter().all(Value::is_string) {
            object.required = take_typed(&mut map, "required").unwrap_or_default();
        }
    }
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        // utoipa leaves out an empty `properties`: kept as an extension.
        if !properties.is_empty() {
            for (key, value) in core::mem::take(properties) {
                object.properties.insert(key, convert(value));
            }
            map.remove("properties");
        }
    }
    match map.remove("additionalProperties") {
        Some(Value::Bool(free)) => {
            object.additional_properties = Some(Box::new(AdditionalProperties::FreeForm(free)));
        }
        Some(schema @ Value::Object(_)) => {
            object.additional_properties =
                Some(Box::new(AdditionalProperties::RefOr(convert(schema))));
        }
        Some(other) => {
            map.insert("additionalProperties".to_owned(), other);
        }
        None => {}
    }
    object.extensions = extensions(map);
    object
}

/// An `Object` that says nothing: no `type` (utoipa's default is `object`).
fn any() -> Object {
    let mut object = Object::new();
    object.schema_type = SchemaType::AnyValue;
    object
}

/// Every item of the array under `key` is a schema object (not `true`), so utoipa can hold it.
fn all_objects(map: &Map<String, Value>, key: &str) -> bool {
    matches!(map.get(key), Some(Value::Array(items)) if items.iter().all(Value::is_object))
}

fn items(map: &mut Map<String, Value>, key: &str) -> Vec<RefOr<Schema>> {
    match map.remove(key) {
        Some(Value::Array(items)) => items.into_iter().map(convert).collect(),
        _ => Vec::new(),
    }
}

fn string(value: Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    take_typed(map, key)
}

/// The value under `key` as utoipa's type `T`, taken out of `map` only when `T` writes it back
/// exactly as it was: otherwise it stays, and ends among the extensions.
fn take_typed<T: DeserializeOwned + Serialize>(
    map: &mut Map<String, Value>,
    key: &str,
) -> Option<T> {
    let value = map.get(key)?;
    let typed: T = serde_json::from_value(value.clone()).ok()?;
    if serde_json::to_value(&typed).ok().as_ref() != Some(value) {
        return None;
    }
    map.remove(key);
    Some(typed)
}

/// What no typed field took.
fn extensions(map: Map<String, Value>) -> Option<Extensions> {
    if map.is_empty() {
        return None;
    }
    let mut extensions = Extensions::default();
    extensions.extend(map);
    Some(extensions)
}
