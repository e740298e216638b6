//! A model's [`crate::schema`] document, taken apart into the root's schema and its `$defs`,
//! and the one walk that rewrites the references between them.

use serde_json::{Map, Value};

use crate::meta::Model;
use crate::schema::Forms;

/// The document of one model: the root's own schema (without `$schema` and `$defs`) and the
/// models it names, in the order the document lists them, under their `$defs` keys.
pub(crate) struct Document {
    pub(crate) root: Map<String, Value>,
    pub(crate) defs: Vec<(String, Value)>,
}

/// Where a reference of the document points.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target<'a> {
    /// `#`: the root model.
    Root,
    /// `#/$defs/<key>`.
    Def(&'a str),
}

impl Document {
    pub(crate) fn of(model: &'static Model, forms: Forms) -> Self {
        let Value::Object(mut root) = crate::schema::json_schema_in(model, forms) else {
            unreachable!("a model's document is an object")
        };
        root.remove("$schema");
        let defs = match root.remove("$defs") {
            Some(Value::Object(defs)) => defs.into_iter().collect(),
            _ => Vec::new(),
        };
        Document { root, defs }
    }

    /// Some schema of the document (the root's or a def's) refers to the root model.
    #[cfg(feature = "schemars")]
    pub(crate) fn refers_to_root(&self) -> bool {
        fn in_map(map: &Map<String, Value>) -> bool {
            map.iter().any(|(key, value)| match (key.as_str(), value) {
                ("$ref", Value::String(reference)) => reference == "#",
                ("discriminator", Value::Object(discriminator)) => discriminator
                    .get("mapping")
                    .and_then(Value::as_object)
                    .is_some_and(|mapping| mapping.values().any(|r| r == "#")),
                _ => refers(value),
            })
        }
        fn refers(value: &Value) -> bool {
            match value {
                Value::Object(map) => in_map(map),
                Value::Array(items) => items.iter().any(refers),
                _ => false,
            }
        }
        in_map(&self.root) || self.defs.iter().any(|(_, def)| refers(def))
    }
}

/// Replaces every reference in `value` (each `$ref`, each value of a discriminator's
/// `mapping`) by what `to` returns for its target, when it returns something.
pub(crate) fn rewrite(value: &mut Value, to: &mut dyn FnMut(Target<'_>) -> Option<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), &mut *value) {
                    ("$ref", Value::String(reference)) => replace(reference, to),
                    ("discriminator", Value::Object(discriminator)) => {
                        if let Some(Value::Object(mapping)) = discriminator.get_mut("mapping") {
                            for reference in mapping.values_mut() {
                                if let Value::String(reference) = reference {
                                    replace(reference, to);
                                }
                            }
                        }
                    }
                    _ => rewrite(value, to),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite(item, to);
            }
        }
        _ => {}
    }
}

fn replace(reference: &mut String, to: &mut dyn FnMut(Target<'_>) -> Option<String>) {
    let target = if reference == "#" {
        Target::Root
    } else if let Some(key) = reference.strip_prefix("#/$defs/") {
        Target::Def(key)
    } else {
        return;
    };
    if let Some(new) = to(target) {
        *reference = new;
    }
}
