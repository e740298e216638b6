//! A compiled JSON Schema (boon, draft 2020-12), shared by the tests that check a model's
//! schema against what its `Deserialize` accepts (each includes this file with `#[path]`: boon
//! is a dev-dependency, which the library cannot use).

use serde_json::Value;

/// A compiled schema (checked against the 2020-12 meta-schema on the way).
pub struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    pub fn new(schema: Value) -> Self {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler
            .add_resource("https://apimodel.invalid/schema.json", schema)
            .unwrap();
        let index = compiler
            .compile("https://apimodel.invalid/schema.json", &mut schemas)
            .unwrap_or_else(|e| panic!("{e:#}"));
        Validator { schemas, index }
    }

    pub fn accepts(&self, value: &Value) -> bool {
        self.schemas.validate(value, self.index).is_ok()
    }
}
