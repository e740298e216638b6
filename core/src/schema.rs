//! JSON Schema (draft 2020-12) of a model's wire format, built from its table.
//!
//! - a struct is an `object`: `properties` under the wire keys (skipped and
//!   `additional_properties` fields are not properties), `required` lists the required keys,
//!   `additionalProperties` is `false` with `#[api(deny_unknown_fields)]`, the schema of the
//!   map's values with an `#[api(additional_properties)]` field, and absent (anything goes)
//!   otherwise — the derive ignores unknown keys;
//! - an `Option<T>` accepts `null`: `{"type": ["string", "null"]}`, or
//!   `{"anyOf": [{"$ref": …}, {"type": "null"}]}` for a nested model;
//! - a newtype is its inner type's schema, with its own `title` and `description`;
//! - a closed string enum is `{"type": "string", "enum": [...]}`; an open one (with an
//!   `#[api(other)]` variant) lists its known values and accepts any string:
//!   `{"anyOf": [{"type": "string", "enum": [...]}, {"type": "string"}]}`;
//! - integers are `integer`, floats `number`, date-times `{"type": "string", "format":
//!   "date-time"}`, `serde_json::Value` and types without a table
//!   (and fields with `#[api(with = "...")]`) accept anything;
//! - a flattened model (`#[api(flatten)]`) is an `allOf` entry (`{"anyOf": [model, true]}` for
//!   an `Option`, which constrains nothing), and the struct's unknown-key rule is then written
//!   `unevaluatedProperties`, which sees the keys `allOf` declares; a flattened map is the
//!   struct's rule for other keys. The schema states the intent where serde's flatten is looser
//!   or stricter: a flattened model with `deny_unknown_fields` still rejects the parent's keys in
//!   the schema (serde ignores it there), and a `deny_unknown_fields` parent of a model that
//!   flattens in turn accepts that model's keys (serde rejects them);
//! - nested models live in `$defs` under their Rust names and are referenced with `$ref`;
//!   the root is `#`; `title` is the Rust name, `description` the doc comment's description:
//!   its paragraphs before the first heading (as on the [`crate::docs`] pages).
//!
//! ```
//! use apimodel::models::ConnectSessionCreate;
//!
//! let schema = apimodel::schema::json_schema::<ConnectSessionCreate>();
//! assert_eq!(schema["required"], serde_json::json!(["originOwnerId", "originOwnerName"]));
//! assert_eq!(schema["properties"]["provider"]["type"], serde_json::json!(["string", "null"]));
//! ```

use serde_json::{Map, Value, json};

use crate::meta::{
    ApiModel, Field, Model, ModelKind, Role, Tagging, Type, UnionVariant, VariantData, same, text,
};

/// The `$schema` of every root.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The JSON Schema of `T`.
pub fn json_schema<T: ApiModel + ?Sized>() -> Value {
    json_schema_of(T::MODEL)
}

/// The JSON Schema of a model's table.
pub fn json_schema_of(model: &'static Model) -> Value {
    let mut cx = Cx {
        root: model,
        defs: Vec::new(),
        done: 0,
    };
    let mut root = Map::new();
    root.insert("$schema".to_owned(), Value::from(DRAFT));
    root.extend(cx.model(model));
    // Every def may name more models: fill them in until none is new.
    let mut defs = Map::new();
    while cx.done < cx.defs.len() {
        let (key, model) = (cx.defs[cx.done].0.clone(), cx.defs[cx.done].1);
        cx.done += 1;
        let schema = cx.model(model);
        defs.insert(key, Value::Object(schema));
    }
    if !defs.is_empty() {
        root.insert("$defs".to_owned(), Value::Object(defs));
    }
    Value::Object(root)
}

struct Cx {
    root: &'static Model,
    /// Every model met, under its `$defs` key; the first `done` have a schema.
    defs: Vec<(String, &'static Model)>,
    done: usize,
}

impl Cx {
    fn model(&mut self, model: &'static Model) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("title".to_owned(), Value::from(model.name));
        describe(&mut out, model.docs);
        match model.kind {
            ModelKind::Struct {
                fields,
                deny_unknown_fields,
            } => out.extend(self.object(fields, deny_unknown_fields)),
            ModelKind::Union { variants, tagging } => {
                // The `other` variant takes every tag but the known ones (`oneOf`: exactly one).
                let known: Vec<Value> = variants
                    .iter()
                    .filter(|v| !v.untagged && !v.other)
                    .map(|v| Value::from(v.wire))
                    .collect();
                let other_tag = json!({ "type": "string", "not": { "enum": known } });
                let one_of: Vec<Value> = variants
                    .iter()
                    .map(|v| self.variant(v, tagging, &other_tag))
                    .collect();
                out.insert("oneOf".to_owned(), Value::Array(one_of));
                if let Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } = tagging {
                    let mut discriminator = Map::new();
                    discriminator.insert("propertyName".to_owned(), Value::from(tag));
                    let mut mapping = Map::new();
                    for v in variants.iter().filter(|v| !v.untagged && !v.other) {
                        if let (Tagging::Internal { .. }, VariantData::Newtype { inner, .. }) =
                            (tagging, &v.data)
                        {
                            if let Some(model) = inner.model() {
                                mapping
                                    .insert(v.wire.to_owned(), Value::from(self.reference(model)));
                            }
                        }
                    }
                    if !mapping.is_empty() {
                        discriminator.insert("mapping".to_owned(), Value::Object(mapping));
                    }
                    out.insert("discriminator".to_owned(), Value::Object(discriminator));
                }
            }
            ModelKind::Newtype { inner, .. } => {
                if let Value::Object(schema) = self.ty(inner) {
                    out.extend(schema);
                }
            }
            ModelKind::Enum { variants, open } => {
                let values: Vec<Value> = variants.iter().map(|v| Value::from(v.wire)).collect();
                if open {
                    out.insert(
                        "anyOf".to_owned(),
                        json!([{ "type": "string", "enum": values }, { "type": "string" }]),
                    );
                } else {
                    out.insert("type".to_owned(), Value::from("string"));
                    out.insert("enum".to_owned(), Value::Array(values));
                }
            }
        }
        out
    }

    /// A struct's fields as an object schema.
    fn object(&mut self, fields: &[Field], deny_unknown_fields: bool) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("type".to_owned(), Value::from("object"));
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut additional = None;
        let mut all_of = Vec::new();
        for field in fields {
            match field.role {
                Role::Skipped => continue,
                Role::Flattened => {
                    match (field.with, field.kind.strip_option()) {
                        // A flattened map takes every key the model does not own.
                        (None, Type::Map(values)) => additional = Some(self.ty(values)),
                        (_, inner) => {
                            let schema = self.ty(inner);
                            // An `Option` of a flattened model is `None` when its keys do not
                            // fit: it constrains nothing.
                            all_of.push(if matches!(field.kind, Type::Option(_)) {
                                json!({ "anyOf": [schema, true] })
                            } else {
                                schema
                            });
                        }
                    }
                    continue;
                }
                Role::Additional => {
                    additional = Some(match (field.with, field.kind.strip_option()) {
                        (None, Type::Map(values)) => self.ty(values),
                        _ => Value::Bool(true),
                    });
                    continue;
                }
                Role::Required => required.push(Value::from(field.wire)),
                Role::Optional | Role::Defaulted => {}
            }
            let mut schema = if field.with.is_some() {
                Value::Object(Map::new())
            } else {
                self.ty(&field.kind)
            };
            if let Value::Object(map) = &mut schema {
                describe(map, field.docs);
            }
            properties.insert(field.wire.to_owned(), schema);
        }
        out.insert("properties".to_owned(), Value::Object(properties));
        if !required.is_empty() {
            out.insert("required".to_owned(), Value::Array(required));
        }
        // With flattened models (`allOf`), the keys they declare are not this schema's
        // `properties`: `unevaluatedProperties` sees through `allOf`.
        let rest = if all_of.is_empty() {
            "additionalProperties"
        } else {
            out.insert("allOf".to_owned(), Value::Array(all_of));
            "unevaluatedProperties"
        };
        if let Some(additional) = additional {
            out.insert(rest.to_owned(), additional);
        } else if deny_unknown_fields {
            out.insert(rest.to_owned(), Value::Bool(false));
        }
        out
    }

    /// A variant's data alone: nothing (`null`), its value, an array, an object.
    fn content(&mut self, data: &VariantData) -> Value {
        match *data {
            VariantData::Unit => json!({ "type": "null" }),
            VariantData::Newtype { inner, .. } => self.ty(inner),
            VariantData::Tuple(types) => {
                let items: Vec<Value> = types.iter().map(|t| self.ty(t)).collect();
                let len = items.len();
                json!({ "type": "array", "prefixItems": items, "minItems": len, "maxItems": len })
            }
            VariantData::Struct(fields) => Value::Object(self.object(fields, false)),
        }
    }

    /// One entry of a data enum's `oneOf`.
    fn variant(&mut self, v: &UnionVariant, tagging: Tagging, other_tag: &Value) -> Value {
        let tag_value = if v.other {
            other_tag.clone()
        } else {
            json!({ "const": v.wire })
        };
        let mut schema = match (tagging, &v.data) {
            _ if v.untagged => self.content(&v.data),
            (Tagging::Untagged, data) => self.content(data),
            (Tagging::External, VariantData::Unit) if v.other => tag_value,
            (Tagging::External, VariantData::Unit) => json!({ "type": "string", "const": v.wire }),
            (Tagging::External, data) => {
                let content = self.content(data);
                json!({
                    "type": "object",
                    "properties": { v.wire: content },
                    "required": [v.wire],
                    "additionalProperties": false,
                })
            }
            (Tagging::Internal { tag }, VariantData::Struct(fields)) => {
                let mut object = self.object(fields, false);
                insert_tag(&mut object, tag, tag_value);
                Value::Object(object)
            }
            (Tagging::Internal { tag }, VariantData::Newtype { .. } | VariantData::Tuple(_)) => {
                let content = self.content(&v.data);
                json!({ "allOf": [{ "type": "object", "properties": { tag: tag_value }, "required": [tag] }, content] })
            }
            (Tagging::Internal { tag }, VariantData::Unit) => {
                json!({ "type": "object", "properties": { tag: tag_value }, "required": [tag] })
            }
            (Tagging::Adjacent { tag, content }, data) => {
                let value = self.content(data);
                let required = if matches!(data, VariantData::Unit) {
                    json!([tag])
                } else {
                    json!([tag, content])
                };
                json!({
                    "type": "object",
                    "properties": { tag: tag_value, content: value },
                    "required": required,
                })
            }
        };
        if let Value::Object(map) = &mut schema {
            map.insert("title".to_owned(), Value::from(v.name));
            describe(map, v.docs);
        }
        schema
    }

    fn ty(&mut self, ty: &Type) -> Value {
        match *ty {
            Type::String => json!({ "type": "string" }),
            Type::Integer => json!({ "type": "integer" }),
            Type::Number => json!({ "type": "number" }),
            Type::Boolean => json!({ "type": "boolean" }),
            Type::DateTime => json!({ "type": "string", "format": "date-time" }),
            Type::Any => json!({}),
            Type::Option(inner) => nullable(self.ty(inner)),
            Type::List(inner) => json!({ "type": "array", "items": self.ty(inner) }),
            Type::Map(inner) => json!({ "type": "object", "additionalProperties": self.ty(inner) }),
            Type::Named { model, .. } => match model {
                Some(model) => json!({ "$ref": self.reference(model()) }),
                None => json!({}),
            },
        }
    }

    /// `#` for the root, else `#/$defs/<key>`, registering the model on first sight.
    fn reference(&mut self, model: &'static Model) -> String {
        if same(model, self.root) {
            return "#".to_owned();
        }
        if let Some((key, _)) = self.defs.iter().find(|(_, m)| same(m, model)) {
            return format!("#/$defs/{key}");
        }
        // Two different models of one name (from two modules) get `Name`, `Name2`, ….
        let mut key = model.name.to_owned();
        let mut n = 1;
        while key == self.root.name || self.defs.iter().any(|(k, _)| *k == key) {
            n += 1;
            key = format!("{}{n}", model.name);
        }
        self.defs.push((key.clone(), model));
        format!("#/$defs/{key}")
    }
}

/// The schema that also accepts `null`.
fn nullable(schema: Value) -> Value {
    let Value::Object(mut map) = schema else {
        return schema;
    };
    if map.is_empty() {
        return Value::Object(map); // already accepts anything
    }
    if let Some(Value::String(ty)) = map.get("type") {
        if !map.contains_key("enum") {
            let ty = json!([ty, "null"]);
            map.insert("type".to_owned(), ty);
            return Value::Object(map);
        }
    }
    json!({ "anyOf": [map, { "type": "null" }] })
}

fn describe(map: &mut Map<String, Value>, docs: &str) {
    let description = text::description(docs);
    if !description.is_empty() {
        map.insert("description".to_owned(), Value::from(description));
    }
}

/// The tag as the first property of a struct variant's object, and required.
fn insert_tag(object: &mut Map<String, Value>, tag: &str, value: Value) {
    if let Some(Value::Object(properties)) = object.get_mut("properties") {
        let mut with_tag = Map::new();
        with_tag.insert(tag.to_owned(), value);
        with_tag.extend(core::mem::take(properties));
        *properties = with_tag;
    }
    match object.get_mut("required") {
        Some(Value::Array(required)) => required.insert(0, Value::from(tag)),
        _ => {
            object.insert("required".to_owned(), json!([tag]));
        }
    }
}
