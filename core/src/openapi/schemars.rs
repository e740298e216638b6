//! `schemars::JsonSchema::json_schema` of a model: its document's root, with the models it names
//! put into the generator's definitions (at the generator's `definitions_path`, shared by every
//! schema the generator makes: each model once) and referenced there.

use ::schemars::generate::Contract;
use ::schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use super::document::{Document, Target, rewrite};
use crate::meta::{ApiModel, Model};
use crate::schema::Forms;

/// The schema of `T`, for its `JsonSchema` impl.
pub fn json_schema<T: ApiModel + JsonSchema + ?Sized>(generator: &mut SchemaGenerator) -> Schema {
    // Where the model itself is (`#` at the root, else its definition) only schemars knows,
    // from the type: asked only when the model refers to itself.
    schema_of(T::MODEL, generator, &mut |generator| {
        let reference = generator.subschema_for::<T>();
        reference
            .get("$ref")
            .and_then(Value::as_str)
            .unwrap_or("#")
            .to_owned()
    })
}

fn schema_of(
    model: &'static Model,
    generator: &mut SchemaGenerator,
    self_ref: &mut dyn FnMut(&mut SchemaGenerator) -> String,
) -> Schema {
    // schemars' deserialize contract (its default) is what the model reads, its serialize
    // contract what it writes.
    let forms = match generator.contract() {
        Contract::Serialize => Forms::Written,
        _ => Forms::Read,
    };
    let doc = Document::of(model, forms);
    let root_ref = if doc.refers_to_root() {
        self_ref(generator)
    } else {
        "#".to_owned()
    };
    let path = definitions_path(generator);
    let refs = Refs {
        doc: &doc,
        root: &root_ref,
        path: &path,
    };
    // Each def keeps its document key as its definition's name unless the generator holds
    // another schema under that name (a different model of the same name, or a type being
    // generated there): then the next free `Name2`, `Name3`, … Names and contents depend on
    // each other (a def may name another), so decide again after each rename.
    let mut names: Vec<String> = doc.defs.iter().map(|(key, _)| key.clone()).collect();
    let mut schemas = refs.defs(&names);
    for _ in 0..4 * names.len() {
        let clash = |i: usize, name: &str, schemas: &[Value]| {
            generator
                .definitions()
                .get(name)
                .is_some_and(|held| *held != schemas[i])
        };
        let Some(i) = (0..names.len()).find(|&i| clash(i, &names[i], &schemas)) else {
            break;
        };
        let base = &doc.defs[i].0;
        // Finite: the generator holds finitely many definitions.
        if let Some(free) = (2..=names.len() + generator.definitions().len() + 2)
            .map(|n| format!("{base}{n}"))
            .find(|name| !names.contains(name) && !clash(i, name, &schemas))
        {
            names[i] = free;
        }
        schemas = refs.defs(&names);
    }
    for (name, schema) in names.iter().zip(schemas) {
        generator
            .definitions_mut()
            .entry(name.clone())
            .or_insert(schema);
    }
    let root = refs.value(Value::Object(doc.root.clone()), &names);
    Schema::try_from(root).unwrap_or_default()
}

/// How the document's references are written in the generator.
struct Refs<'a> {
    doc: &'a Document,
    /// The root model's reference.
    root: &'a str,
    /// The generator's definitions path (`/$defs`).
    path: &'a str,
}

impl Refs<'_> {
    /// `value` with its references pointing into the generator, the defs being named `names`.
    fn value(&self, mut value: Value, names: &[String]) -> Value {
        rewrite(&mut value, &mut |target| match target {
            Target::Root => Some(self.root.to_owned()),
            Target::Def(key) => self
                .doc
                .defs
                .iter()
                .position(|(k, _)| k == key)
                .map(|i| format!("#{}/{}", self.path, names[i])),
        });
        value
    }

    /// Every def, rewritten.
    fn defs(&self, names: &[String]) -> Vec<Value> {
        self.doc
            .defs
            .iter()
            .map(|(_, schema)| self.value(schema.clone(), names))
            .collect()
    }
}

/// The generator's `definitions_path` as the pointer that follows `#` in a reference.
fn definitions_path(generator: &SchemaGenerator) -> String {
    let path = &generator.settings().definitions_path;
    let path = path.strip_prefix('#').unwrap_or(path);
    path.strip_suffix('/').unwrap_or(path).to_owned()
}
