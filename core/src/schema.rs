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
//! # Which documents: [`Forms`]
//!
//! The deserializer reads more than the model writes, as serde_derive's does: a struct from an
//! array of its fields in declaration order (`[1.5, "l"]` for `{"radius": 1.5, "label": "l"}`),
//! an internally tagged enum's tag from a variant index (`{"type": 0}`), an internally or
//! adjacently tagged enum from an array (`["circle", 1.5]`, `["pair", [1, "a"]]`), a unit
//! variant from a one-entry object (`{"point": null}`). By default ([`Forms::Read`]) the schema
//! takes all of them, so that every document the model reads validates; each struct stays one
//! schema object, its array form written with the array keywords beside the object ones (`"type":
//! ["object", "array"]`, `prefixItems`, `minItems`, `maxItems`: JSON Schema applies each keyword
//! to its own type; the array ones are an `allOf` entry). [`Forms::Written`] describes only the model's own forms, what it writes:
//! the schema for documentation and code generators, every document of which the model reads.
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

/// Which documents a schema describes (see the [module docs](self#which-documents-forms)).
///
/// ```
/// use apimodel::models::ConnectSessionCreate;
/// use apimodel::schema::{Forms, json_schema_in};
/// use serde_json::json;
///
/// let model = <ConnectSessionCreate as apimodel::ApiModel>::MODEL;
/// let read = json_schema_in(model, Forms::Read);
/// // The fields in declaration order; the first five up to `originOwnerName` are needed.
/// assert_eq!(read["type"], json!(["object", "array"]));
/// assert_eq!(read["allOf"][0]["minItems"], 5);
/// assert_eq!(read["allOf"][0]["items"], false);
/// assert_eq!(read["allOf"][0]["prefixItems"][3], json!({ "type": "string" }));
/// let written = json_schema_in(model, Forms::Written);
/// assert_eq!(written["type"], "object");
/// assert_eq!(written.get("prefixItems"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Forms {
    /// Every document the model reads: its own forms and serde's others (a struct from an
    /// array, a tag from a variant index, a tagged enum from an array, a unit variant from a
    /// one-entry object). What [`json_schema`] gives, and the `schemars` and `utoipa` impls.
    #[default]
    Read,
    /// The model's own forms: what it writes, each of which it reads. What schemars'
    /// `Contract::Serialize` gives.
    Written,
}

impl Forms {
    /// Whether a data enum's variant is in these forms: read, or written.
    fn shows(self, v: &UnionVariant) -> bool {
        match self {
            Forms::Read => v.read,
            Forms::Written => v.written,
        }
    }
}

/// The JSON Schema of `T`: every document `T` reads ([`Forms::Read`]).
pub fn json_schema<T: ApiModel + ?Sized>() -> Value {
    json_schema_of(T::MODEL)
}

/// The JSON Schema of a model's table: every document it reads ([`Forms::Read`]).
pub fn json_schema_of(model: &'static Model) -> Value {
    json_schema_in(model, Forms::Read)
}

/// The JSON Schema of a model's table, of the documents `forms` says.
pub fn json_schema_in(model: &'static Model, forms: Forms) -> Value {
    let mut cx = Cx {
        root: model,
        forms,
        defs: Vec::new(),
        done: 0,
        inline: Vec::new(),
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
    forms: Forms,
    /// Every model met, under its `$defs` key; the first `done` have a schema.
    defs: Vec<(String, &'static Model)>,
    done: usize,
    /// The models whose sequence forms are being written out (see [`Cx::model_seqs`]).
    inline: Vec<&'static Model>,
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
            } => {
                let object = Value::Object(self.object(fields, deny_unknown_fields));
                let seqs = self.read_seqs(|cx| cx.struct_seq(fields).into_iter().collect());
                if let Value::Object(schema) = with_seqs(object, seqs) {
                    out.extend(schema);
                }
            }
            ModelKind::Union { variants, tagging } => {
                let (tags, forms) = (Tags::new(variants, self.forms), self.forms);
                // Indices count the variants in the schema's forms (serde numbers the read
                // ones for reading).
                let entries: Vec<Value> = variants
                    .iter()
                    .filter(|v| forms.shows(v))
                    .enumerate()
                    .map(|(i, v)| self.variant(v, tagging, &tags, i))
                    .collect();
                // Tagged variants exclude each other (`oneOf`: exactly one); an untagged one
                // may read what another does, the first winning: `anyOf`.
                let untagged = variants.iter().any(|v| v.untagged);
                let key = if untagged || tagging == Tagging::Untagged {
                    "anyOf"
                } else {
                    "oneOf"
                };
                out.insert(key.to_owned(), Value::Array(entries));
                if let Tagging::Internal { tag } | Tagging::Adjacent { tag, .. } = tagging {
                    let mut discriminator = Map::new();
                    discriminator.insert("propertyName".to_owned(), Value::from(tag));
                    let mut mapping = Map::new();
                    let named = |v: &&UnionVariant| !v.untagged && !v.other && forms.shows(v);
                    for v in variants.iter().filter(named) {
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
                        // Read and written by functions of its own: any keys, any values.
                        (Some(_), _) => additional = Some(Value::Bool(true)),
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

    /// A variant's data alone: nothing (`null`), its value, an array, an object (read from an
    /// array too when `struct_seq`: serde reads an untagged struct variant from a map only).
    fn content(&mut self, data: &VariantData, struct_seq: bool) -> Value {
        match *data {
            VariantData::Unit => json!({ "type": "null" }),
            VariantData::Newtype { inner, .. } => self.ty(inner),
            VariantData::Tuple(types) => self.tuple(types).schema(),
            VariantData::Struct(fields) => {
                let object = Value::Object(self.object(fields, false));
                if !struct_seq {
                    return object;
                }
                let seqs = self.read_seqs(|cx| cx.struct_seq(fields).into_iter().collect());
                with_seqs(object, seqs)
            }
        }
    }

    /// One entry of a data enum's `oneOf` (`anyOf`): variant `index`.
    fn variant(&mut self, v: &UnionVariant, tagging: Tagging, tags: &Tags, index: usize) -> Value {
        let mut schema = match (tagging, &v.data) {
            _ if v.untagged => self.content(&v.data, false),
            (Tagging::Untagged, data) => self.content(data, false),
            (Tagging::External, VariantData::Unit) => {
                let name = tags.name(v);
                let name = if v.other {
                    name
                } else {
                    json!({ "type": "string", "const": v.wire })
                };
                // serde reads a unit variant from `{"<name>": null}` too.
                self.or_read(name, |name| vec![entry_of(name)])
            }
            (Tagging::External, data) => {
                let content = self.content(data, true);
                json!({
                    "type": "object",
                    "properties": { v.wire: content },
                    "required": [v.wire],
                    "additionalProperties": false,
                })
            }
            (Tagging::Internal { tag }, data) => {
                let tag_value = tags.ident(v, index);
                let map = match data {
                    VariantData::Struct(fields) => {
                        let mut object = self.object(fields, false);
                        insert_tag(&mut object, tag, tag_value.clone());
                        Value::Object(object)
                    }
                    VariantData::Unit => {
                        json!({ "type": "object", "properties": { tag: tag_value }, "required": [tag] })
                    }
                    VariantData::Newtype { .. } | VariantData::Tuple(_) => {
                        let content = self.content(data, true);
                        json!({ "allOf": [{ "type": "object", "properties": { tag: tag_value }, "required": [tag] }, content] })
                    }
                };
                // serde reads an internally tagged enum from `[tag, ...content]` too.
                let seqs = self.read_seqs(|cx| cx.internal_seqs(v, &tag_value));
                with_seqs(map, seqs)
            }
            (Tagging::Adjacent { tag, content }, data) => {
                // serde reads the content as an untagged variant: a struct from a map only.
                let value = self.content(data, false);
                let required = if matches!(data, VariantData::Unit) {
                    json!([tag])
                } else {
                    json!([tag, content])
                };
                // The tag is read as a unit variant: from `{"<name>": null}` too.
                let name = self.or_read(tags.name(v), |name| vec![entry_of(name)]);
                let map = json!({
                    "type": "object",
                    "properties": { tag: name, content: value.clone() },
                    "required": required,
                });
                // ... and the enum from `[tag, content]`.
                let tag_value = tags.ident(v, index);
                let seqs = self.read_seqs(|_| vec![Seq::exact(vec![tag_value, value])]);
                with_seqs(map, seqs)
            }
        };
        if let Value::Object(map) = &mut schema {
            map.insert("title".to_owned(), Value::from(v.name));
            describe(map, v.docs);
        }
        schema
    }

    /// `schema`, or with [`Forms::Read`] `anyOf` it and what `more` gives.
    fn or_read(&mut self, schema: Value, more: impl FnOnce(&Value) -> Vec<Value>) -> Value {
        if self.forms == Forms::Written {
            return schema;
        }
        let mut any_of = vec![schema];
        let more = more(&any_of[0]);
        any_of.extend(more);
        json!({ "anyOf": any_of })
    }

    /// What `seqs` gives with [`Forms::Read`], nothing with [`Forms::Written`].
    fn read_seqs(&mut self, seqs: impl FnOnce(&mut Self) -> Vec<Seq>) -> Vec<Seq> {
        match self.forms {
            Forms::Read => seqs(self),
            Forms::Written => Vec::new(),
        }
    }

    /// A tuple's elements, as serde reads them: exactly as many.
    fn tuple(&mut self, types: &[Type]) -> Seq {
        Seq::exact(types.iter().map(|t| self.ty(t)).collect())
    }

    /// A struct read from a sequence, as serde_derive's `visit_seq`: its fields but the skipped
    /// ones, in declaration order, the trailing ones that may be absent left out or not; none
    /// for a struct that flattens or takes additional properties (serde reads it from a map
    /// only).
    fn struct_seq(&mut self, fields: &[Field]) -> Option<Seq> {
        let mut items = Vec::new();
        let mut min = 0;
        for field in fields {
            match field.role {
                Role::Skipped => continue,
                Role::Flattened | Role::Additional => return None,
                Role::Required => min = items.len() + 1,
                Role::Optional | Role::Defaulted => {}
            }
            items.push(if field.with.is_some() {
                json!({})
            } else {
                self.ty(&field.kind)
            });
        }
        Some(Seq {
            items,
            min,
            rest: None,
        })
    }

    /// What a value of type `ty` reads from a sequence.
    fn type_seqs(&mut self, ty: &Type) -> Vec<Seq> {
        match *ty {
            Type::Any | Type::Named { model: None, .. } => vec![Seq::any()],
            Type::List(inner) => {
                let items = self.ty(inner);
                vec![Seq {
                    items: Vec::new(),
                    min: 0,
                    rest: Some(items),
                }]
            }
            Type::Option(inner) => self.type_seqs(inner),
            Type::Named {
                model: Some(model), ..
            } => self.model_seqs(model()),
            Type::String
            | Type::Integer
            | Type::Number
            | Type::Boolean
            | Type::DateTime
            | Type::Map(_) => Vec::new(),
        }
    }

    /// What a model reads from a sequence, written out: a sequence form of a model cannot be a
    /// `$ref` when it follows a tag (`["sub", "a", 1]`). A model met again inside its own
    /// forms is taken as any sequence.
    fn model_seqs(&mut self, model: &'static Model) -> Vec<Seq> {
        if self.inline.iter().any(|m| same(m, model)) {
            return vec![Seq::any()];
        }
        self.inline.push(model);
        let seqs = match model.kind {
            ModelKind::Struct { fields, .. } => self.struct_seq(fields).into_iter().collect(),
            ModelKind::Newtype { inner, .. } => self.type_seqs(inner),
            ModelKind::Enum { .. } => Vec::new(),
            ModelKind::Union { variants, tagging } => {
                let tags = Tags::new(variants, Forms::Read);
                let mut seqs = Vec::new();
                for (i, v) in variants.iter().filter(|v| v.read).enumerate() {
                    seqs.extend(match tagging {
                        _ if v.untagged => self.untagged_seqs(v),
                        Tagging::Untagged => self.untagged_seqs(v),
                        Tagging::External => Vec::new(),
                        Tagging::Internal { .. } => self.internal_seqs(v, &tags.ident(v, i)),
                        Tagging::Adjacent { .. } => {
                            let content = self.content(&v.data, false);
                            vec![Seq::exact(vec![tags.ident(v, i), content])]
                        }
                    });
                }
                seqs
            }
        };
        self.inline.pop();
        seqs
    }

    /// An internally tagged variant read from a sequence: its tag, then its content.
    fn internal_seqs(&mut self, v: &UnionVariant, tag: &Value) -> Vec<Seq> {
        let seqs = match v.data {
            // serde's `InternallyTaggedUnitVisitor` reads no element, and the buffered sequence
            // must then be at its end: the tag alone.
            VariantData::Unit => vec![Seq::exact(Vec::new())],
            VariantData::Newtype { inner, .. } => self.type_seqs(inner),
            VariantData::Tuple(types) => vec![self.tuple(types)],
            VariantData::Struct(fields) => self.struct_seq(fields).into_iter().collect(),
        };
        seqs.into_iter().map(|seq| seq.after(tag.clone())).collect()
    }

    /// An untagged variant read from a sequence.
    fn untagged_seqs(&mut self, v: &UnionVariant) -> Vec<Seq> {
        match v.data {
            VariantData::Unit | VariantData::Struct(_) => Vec::new(),
            VariantData::Newtype { inner, .. } => self.type_seqs(inner),
            VariantData::Tuple(types) => vec![self.tuple(types)],
        }
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

/// The tag values of a data enum's variants.
struct Tags {
    forms: Forms,
    /// The `other` variant's name: every string but the known names.
    other_name: Value,
    /// The `other` variant's identifier: its name, or an integer that is no known variant's
    /// index (serde maps every index past the variants to `other`).
    other_ident: Value,
}

impl Tags {
    fn new(variants: &[UnionVariant], forms: Forms) -> Self {
        let tagged = || variants.iter().filter(|v| !v.untagged && forms.shows(v));
        let known: Vec<Value> = tagged()
            .filter(|v| !v.other)
            .map(|v| Value::from(v.wire))
            .collect();
        let indices: Vec<Value> = tagged()
            .enumerate()
            .filter(|(_, v)| !v.other)
            .map(|(i, _)| Value::from(i))
            .collect();
        let other_name = json!({ "type": "string", "not": { "enum": known } });
        let other_ident = json!({ "anyOf": [
            other_name,
            { "type": "integer", "minimum": 0, "not": { "enum": indices } },
        ] });
        Tags {
            forms,
            other_name,
            other_ident,
        }
    }

    /// The tag as a name (an externally tagged variant's, an adjacently tagged tag).
    fn name(&self, v: &UnionVariant) -> Value {
        if v.other {
            self.other_name.clone()
        } else {
            json!({ "const": v.wire })
        }
    }

    /// The tag as an identifier read from a buffered value, variant `index` of the enum: with
    /// [`Forms::Read`], its name or its index among the tagged variants.
    fn ident(&self, v: &UnionVariant, index: usize) -> Value {
        match (self.forms, v.other) {
            (Forms::Written, _) => self.name(v),
            (Forms::Read, true) => self.other_ident.clone(),
            (Forms::Read, false) => json!({ "enum": [v.wire, index] }),
        }
    }
}

/// A unit variant as serde also reads it: `{"<name>": null}`.
fn entry_of(name: &Value) -> Value {
    json!({
        "type": "object",
        "minProperties": 1,
        "maxProperties": 1,
        "propertyNames": name,
        "additionalProperties": { "type": "null" },
    })
}

/// A form of a JSON array: the schemas of its first items, how many of them it needs at least,
/// and the schema of any later item (`None`: no later items).
struct Seq {
    items: Vec<Value>,
    min: usize,
    rest: Option<Value>,
}

impl Seq {
    /// Exactly these items.
    fn exact(items: Vec<Value>) -> Self {
        let min = items.len();
        Seq {
            items,
            min,
            rest: None,
        }
    }

    /// Any array.
    fn any() -> Self {
        Seq {
            items: Vec::new(),
            min: 0,
            rest: Some(json!({})),
        }
    }

    /// `tag`, then this form.
    fn after(mut self, tag: Value) -> Self {
        self.items.insert(0, tag);
        self.min += 1;
        self
    }

    /// The array keywords (not `type`). Later items are always said (`items`, `false` for
    /// none), so that utoipa can hold the schema as its `Array`.
    fn keywords(self) -> Map<String, Value> {
        let mut out = Map::new();
        if !self.items.is_empty() {
            out.insert("prefixItems".to_owned(), Value::Array(self.items));
        }
        if self.min > 0 {
            out.insert("minItems".to_owned(), Value::from(self.min));
        }
        out.insert("items".to_owned(), self.rest.unwrap_or(Value::Bool(false)));
        out
    }

    fn schema(self) -> Value {
        let mut out = Map::new();
        out.insert("type".to_owned(), Value::from("array"));
        out.extend(self.keywords());
        Value::Object(out)
    }
}

/// `schema` (of objects) that also accepts `seqs`. One sequence form beside a plain object
/// schema joins it: `"type": ["object", "array"]`, and the array keywords in an `allOf` entry
/// (they apply to arrays only; one keyword, so that utoipa keeps it as one extension of its
/// `Object`, written in the document's order). Else `anyOf` the schema and the forms.
fn with_seqs(schema: Value, mut seqs: Vec<Seq>) -> Value {
    if seqs.is_empty() {
        return schema;
    }
    match schema {
        Value::Object(mut map)
            if seqs.len() == 1
                && map.get("type") == Some(&Value::from("object"))
                && !["allOf", "anyOf", "oneOf"]
                    .iter()
                    .any(|k| map.contains_key(*k)) =>
        {
            map.insert("type".to_owned(), json!(["object", "array"]));
            if let Some(seq) = seqs.pop() {
                map.insert(
                    "allOf".to_owned(),
                    Value::Array(vec![Value::Object(seq.keywords())]),
                );
            }
            Value::Object(map)
        }
        schema => {
            let mut any_of = vec![schema];
            any_of.extend(seqs.into_iter().map(Seq::schema));
            json!({ "anyOf": any_of })
        }
    }
}
