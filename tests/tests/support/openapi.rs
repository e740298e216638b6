//! What `test_schemars.rs` and `test_utoipa.rs` share (each includes this file with `#[path]`):
//! the models of the differential and union tests with valid documents of each, the
//! documents made from those by mutation, and the tally of what a schema accepts that the
//! model refuses.
//!
//! The differential test's models are `apimodel::models` and `apimodel_tests::mirror::shapes`
//! (another crate than the test: their impls come from the hook expanded there). The union
//! test's models are private to `test_unions.rs`, so `unions` repeats them here; `Page` is a
//! generic model.

use std::collections::BTreeMap;

use apimodel::ApiModel;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// `test_unions.rs`'s models (its `differential::api`), with the same attributes.
pub mod unions {
    use apimodel::ApiModel;

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Circle {
        pub radius: f64,
        pub label: Option<String>,
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum Ext {
        Point,
        Circle(Circle),
        Pair(u32, String),
        Rect {
            width: u32,
            height_px: Option<u32>,
            #[api(default)]
            tags: Vec<String>,
        },
        #[api(other)]
        Unknown,
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "kind")]
    pub enum Sub {
        A { x: u32 },
        B,
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "type")]
    pub enum Int {
        Ping,
        Circle(Circle),
        Rect { width: u32, height_px: Option<u32> },
        Sub(Sub),
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "t", content = "c")]
    pub enum Adj {
        Ping,
        Circle(Circle),
        Pair(u32, String),
        Rect { width: u32, height_px: Option<u32> },
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(untagged)]
    pub enum Unt {
        Circle(Circle),
        Pair(u32, String),
        Rect { width: u32, height_px: Option<u32> },
        Nothing,
        Number(f64),
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum Effort {
        Auto,
        Low,
        #[api(untagged)]
        Budget(u32),
    }

    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Doc {
        pub shapes: Vec<Int>,
        pub main: Option<Ext>,
        pub adj: Option<Adj>,
        pub unt: Option<Unt>,
        pub effort: Option<Effort>,
    }

    /// `test_unions.rs`'s `api` models besides `Circle` and `Effort` (the same as above).
    pub mod api {
        use super::Circle;
        use apimodel::ApiModel;

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum External {
            Point,
            Circle(Circle),
            Pair(u32, String),
            Rect {
                width: u32,
                height_px: Option<u32>,
                #[api(rename = "lbl")]
                label: Option<String>,
            },
            #[api(other)]
            Unknown,
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "type")]
        pub enum Internal {
            Ping,
            Circle(Circle),
            Rect { width: u32, height_px: Option<u32> },
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(tag = "t", content = "c")]
        pub enum Adjacent {
            Ping,
            Circle(Circle),
            Pair(u32, String),
            Rect { width: u32, height_px: Option<u32> },
        }

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        #[api(untagged)]
        pub enum Untagged {
            Circle(Circle),
            Pair(u32, String),
            Rect { width: u32, height_px: Option<u32> },
            Nothing,
            Number(f64),
        }
    }

    /// `test_unions.rs`'s `api::Event`: `other` keeping the whole object.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "type")]
    pub enum Event {
        Ping,
        Circle(Circle),
        #[api(other)]
        Unknown(serde_json::Value),
    }
}

/// A generic model: one table (and schema) for every argument, the parameter accepting
/// anything.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

/// Calls `$check::<Model>($args.., &[valid documents])` for every model.
macro_rules! every_model {
    ($check:ident $(, $arg:expr)*) => {{
        use apimodel::models::{
            ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
        };
        use apimodel_tests::mirror::shapes as s;
        use serde_json::json;
        use $crate::openapi_support::{Page, unions as u};
        $check::<ConnectSessionCreate>($($arg,)* &[json!({
            "originOwnerId": "a", "originOwnerName": "b", "provider": "hibob",
            "originUsername": "u", "expiresIn": 3600, "categories": ["hris", "new"],
            "metadata": { "team": "platform" }
        })]);
        $check::<ConnectSessionCreateCategories>($($arg,)* &[json!("hris"), json!("brand-new")]);
        $check::<ConnectSessionCreateMetadata>($($arg,)* &[json!({ "a": [1, { "b": null }] })]);
        $check::<s::Account>($($arg,)* &[json!({
            "account_id": 1, "displayName": "n", "is_active": true, "small": 2,
            "signed_small": -3, "short_value": 4, "unsigned_short": 5, "medium_value": 6,
            "big_value": 7, "level": 8, "tags": ["t"], "status": "ACTIVE", "scores": [1, -1],
            "owner": { "ownerId": "o", "emailAddress": "e", "roles": ["gone"] },
            "backup_owner": { "ownerId": "p", "roles": [] }
        })]);
        $check::<s::Owner>($($arg,)* &[json!({ "ownerId": "o", "emailAddress": null, "roles": ["PENDING_REVIEW"] })]);
        $check::<s::Status>($($arg,)* &[json!("ACTIVE"), json!("gone")]);
        $check::<s::Color>($($arg,)* &[json!("darkBlue")]);
        $check::<s::Settings>($($arg,)* &[json!({
            "name": "n", "retries": 1, "timeoutMs": 2, "parent": null, "port": "80",
            "color": "red"
        })]);
        $check::<s::AccountId>($($arg,)* &[json!("acc")]);
        $check::<s::Circle>($($arg,)* &[json!({ "radius": 1.5, "label": "l" }), json!([1.5, "l"])]);
        $check::<s::Shape>($($arg,)* &[
            json!("point"),
            json!({ "circle": { "radius": 1 } }),
            json!({ "segment": [0.5, 1] }),
            json!({ "rect": { "width": 2, "heightPx": 3, "lbl": "x" } }),
            json!({ "owner": "acc" }),
        ]);
        $check::<s::Event>($($arg,)* &[
            json!({ "type": "ping" }),
            json!({ "type": "drawn", "radius": 2 }),
            json!({ "type": "moved", "x": 1, "y": -2, "note": null, "by": "me" }),
            json!({ "type": "other" }),
        ]);
        $check::<s::Payload>($($arg,)* &[
            json!({ "t": "empty" }),
            json!({ "t": "text", "c": "hi" }),
            json!({ "t": "pair", "c": [1, "a"] }),
            json!({ "t": "circle", "c": { "radius": 1 } }),
            json!({ "t": "rect", "c": { "width": 1, "heightPx": 2 } }),
        ]);
        $check::<s::OneOrMany>($($arg,)* &[
            json!("acc"),
            json!(["a", "b"]),
            json!({ "width": 1, "heightPx": null }),
            json!(null),
        ]);
        $check::<s::Effort>($($arg,)* &[json!("auto"), json!("low"), json!(7)]);
        $check::<s::Base>($($arg,)* &[json!({ "id": "i", "createdAt": 5 })]);
        $check::<s::Audit>($($arg,)* &[json!({ "by": "b", "rev": 2 })]);
        $check::<s::Resource>($($arg,)* &[json!({
            "name": "n", "id": "i", "createdAt": 1, "by": "b", "rev": 3, "note": null,
            "color": null, "shape": { "circle": { "radius": 1 } }
        })]);
        $check::<s::Tagged>($($arg,)* &[json!({ "name": "n", "id": "i", "extra": [1] })]);
        $check::<s::Patch>($($arg,)* &[json!({
            "id": "i", "displayName": null, "age": 3, "note": null, "color": "red"
        })]);
        $check::<u::Circle>($($arg,)* &[json!({ "radius": 1, "label": null })]);
        $check::<u::Ext>($($arg,)* &[
            json!("point"),
            json!("other"),
            json!({ "circle": { "radius": 1 } }),
            json!({ "pair": [1, "a"] }),
            json!({ "rect": { "width": 1, "heightPx": 2, "tags": ["x"] } }),
            json!({ "point": null }),
        ]);
        $check::<u::Sub>($($arg,)* &[json!({ "kind": "a", "x": 1 }), json!({ "kind": "b" })]);
        $check::<u::Int>($($arg,)* &[
            json!({ "type": "ping" }),
            json!({ "type": "circle", "radius": 1 }),
            json!({ "type": "rect", "width": 1, "heightPx": null }),
            json!({ "type": "sub", "kind": "a", "x": 2 }),
            json!(["ping"]),
            json!(["circle", 1, "l"]),
            json!(["rect", 1, null]),
            json!(["sub", "a", 2]),
        ]);
        $check::<u::Adj>($($arg,)* &[
            json!({ "t": "ping" }),
            json!({ "t": "circle", "c": { "radius": 1 } }),
            json!({ "t": "pair", "c": [1, "a"] }),
            json!({ "t": "rect", "c": { "width": 1 } }),
            json!({ "t": { "ping": null } }),
            json!(["pair", [1, "a"]]),
            json!(["circle", [1]]),
        ]);
        $check::<u::Unt>($($arg,)* &[
            json!({ "radius": 1 }),
            json!([1, "a"]),
            json!({ "width": 1, "heightPx": 2 }),
            json!(null),
            json!(2.5),
        ]);
        $check::<u::Effort>($($arg,)* &[json!("auto"), json!(3)]);
        $check::<u::Doc>($($arg,)* &[json!({
            "shapes": [{ "type": "ping" }, { "type": "sub", "kind": "b" }],
            "main": { "pair": [1, "a"] }, "adj": { "t": "ping" }, "unt": [2, "b"],
            "effort": "low"
        })]);
        $check::<u::Event>($($arg,)* &[
            json!({ "type": "ping" }),
            json!({ "type": "circle", "radius": 1 }),
            json!({ "type": "new", "any": [1] }),
            json!(["circle", 1]),
        ]);
        $check::<u::api::External>($($arg,)* &[
            json!("point"),
            json!({ "circle": { "radius": 1 } }),
            json!({ "pair": [1, "a"] }),
            json!({ "rect": { "width": 1, "heightPx": 2, "lbl": "x" } }),
        ]);
        $check::<u::api::Internal>($($arg,)* &[
            json!({ "type": "ping" }),
            json!({ "type": "circle", "radius": 1 }),
            json!({ "type": "rect", "width": 1, "heightPx": 2 }),
        ]);
        $check::<u::api::Adjacent>($($arg,)* &[
            json!({ "t": "ping" }),
            json!({ "t": "circle", "c": { "radius": 1 } }),
            json!({ "t": "pair", "c": [1, "a"] }),
            json!({ "t": "rect", "c": { "width": 1, "heightPx": null } }),
        ]);
        $check::<u::api::Untagged>($($arg,)* &[
            json!({ "radius": 1, "label": "l" }),
            json!([1, "a"]),
            json!({ "width": 1 }),
            json!(null),
            json!(-2),
        ]);
        $check::<Page<u::Circle>>($($arg,)* &[json!({ "items": [{ "radius": 1 }], "nextCursor": "c" })]);
        $check::<Page<u32>>($($arg,)* &[json!({ "items": [1, 2] })]);
    }};
}
pub(crate) use every_model;

/// JSON values of every kind, put in place of each value of a valid document.
const VALUES: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1.5",
    "256",
    "4294967296",
    "-0.0",
    "\"\"",
    "\"s\"",
    "\"ping\"",
    "[]",
    "[1]",
    "[\"a\",\"b\"]",
    "{}",
    "{\"radius\":1}",
];

/// `base`, and `base` with one change: each value (at any depth) replaced by each of
/// [`VALUES`], each member removed, an unknown member added to each object, each array
/// emptied. Every document once.
pub fn mutations(base: &Value) -> Vec<Value> {
    let values: Vec<Value> = VALUES
        .iter()
        .map(|v| serde_json::from_str(v).unwrap())
        .collect();
    let mut out = vec![base.clone()];
    let mut paths = Vec::new();
    collect_paths(base, &mut Vec::new(), &mut paths);
    for path in &paths {
        for value in &values {
            out.push(edit(base, path, &mut |slot| *slot = value.clone()));
        }
    }
    for path in paths.iter().filter(|p| !p.is_empty()) {
        let (last, parent) = path.split_last().unwrap();
        out.push(edit(base, parent, &mut |slot| match (slot, last) {
            (Value::Object(map), Step::Key(key)) => {
                map.remove(key);
            }
            (Value::Array(items), Step::Index(i)) => {
                items.remove(*i);
            }
            _ => {}
        }));
    }
    for path in &paths {
        out.push(edit(base, path, &mut |slot| match slot {
            Value::Object(map) => {
                map.insert("zz".to_owned(), json!(1));
            }
            Value::Array(items) => items.clear(),
            _ => {}
        }));
    }
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|doc| seen.insert(doc.to_string()));
    out
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn collect_paths(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                at.push(Step::Key(key.clone()));
                collect_paths(value, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                at.push(Step::Index(i));
                collect_paths(value, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn edit(base: &Value, path: &[Step], change: &mut dyn FnMut(&mut Value)) -> Value {
    let mut doc = base.clone();
    let mut slot = &mut doc;
    for step in path {
        slot = match (slot, step) {
            (Value::Object(map), Step::Key(key)) => map.get_mut(key).unwrap(),
            (Value::Array(items), Step::Index(i)) => &mut items[*i],
            _ => unreachable!("paths follow the document"),
        };
    }
    change(slot);
    doc
}

/// What documents a schema was checked on.
#[derive(Default, Debug)]
pub struct Tally {
    /// Documents the model reads.
    pub accepted: usize,
    /// Documents the model refuses.
    pub refused: usize,
    /// Refused documents the schema still accepts, by kind (the model's error, with its
    /// values left out).
    pub loose: BTreeMap<String, usize>,
    /// Documents the model reads that the schema refuses: bugs, which
    /// [`Tally::assert_none_wrong`] lists.
    pub wrong: Vec<String>,
}

impl Tally {
    /// `doc` against the model `T` and the schema's verdict on it (`valid`). A document the
    /// model reads and the schema refuses is a bug of the schema.
    pub fn check<T: DeserializeOwned + Serialize>(
        &mut self,
        model: &str,
        doc: &Value,
        valid: bool,
    ) {
        match serde_json::from_value::<T>(doc.clone()) {
            Ok(read) => {
                self.accepted += 1;
                if !valid {
                    let written = serde_json::to_value(&read).unwrap();
                    self.wrong.push(format!(
                        "{model} reads {doc}, its schema refuses it (writes {written})"
                    ));
                }
            }
            Err(err) => {
                self.refused += 1;
                if valid {
                    *self.loose.entry(kind(model, &err.to_string())).or_default() += 1;
                }
            }
        }
    }

    /// The kinds seen, one a line (`<count> <kind>`), for the failure message and the README.
    pub fn report(&self) -> String {
        lines(self.loose.iter().map(|(kind, n)| (kind.as_str(), *n)))
    }

    /// No document the model reads is refused by its schema.
    pub fn assert_none_wrong(&self) {
        assert!(
            self.wrong.is_empty(),
            "{} documents read but refused by the schema:\n{}",
            self.wrong.len(),
            self.wrong.join("\n")
        );
    }
}

/// `<count> <what>` a line.
fn lines<'a>(counts: impl Iterator<Item = (&'a str, usize)>) -> String {
    use std::fmt::Write as _;
    counts.fold(String::new(), |mut out, (what, n)| {
        let _ = writeln!(out, "{n:5} {what}");
        out
    })
}

/// Why a schema accepts what the model refuses, from the model's message: what JSON Schema's
/// types cannot say (an integer type's range, `-0.0` being an integer), and where the schema
/// says "anything" (a field with `with`: `Settings.port`, read as a string of digits; a type
/// parameter: `Page`'s `T`). Any other message is kept as it is, values left out.
fn kind(model: &str, message: &str) -> String {
    // An untagged enum's message lists each variant's reason: the kind is theirs.
    // (`... untagged enum Unt: Circle: missing field `radius`; Pair: invalid value: ...`)
    if let Some((_, rest)) = message.split_once("untagged enum ") {
        let reasons = rest.split_once(": ").map_or("", |(_, reasons)| reasons);
        let mut kinds: Vec<String> = reasons
            .split("; ")
            .map(|reason| kind("", reason.split_once(": ").map_or(reason, |(_, r)| r)))
            .filter(|k| k.starts_with("an integer") || k.starts_with("`-0.0`"))
            .collect();
        kinds.dedup();
        return format!("in an untagged enum's variant: {}", kinds.join(", "));
    }
    let ints = ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"];
    let expects_int = ints
        .iter()
        .any(|t| message.ends_with(&format!("expected {t}")));
    if expects_int && message.starts_with("invalid value: integer") {
        return "an integer out of the Rust type's range".to_owned();
    }
    if expects_int && message.starts_with("invalid type: floating point `-0.0`") {
        return "`-0.0` for an integer".to_owned();
    }
    match model {
        "Settings" => return "a field with `with` (schema: anything)".to_owned(),
        "Page" => return "a value of a type parameter (schema: anything)".to_owned(),
        _ => {}
    }
    // The schema takes a variant's index for its tag wherever the enum may be read from a
    // buffer (which reads it), also where it is not (which does not).
    if message.ends_with("expected variant identifier") {
        return if message.starts_with("invalid type: integer") {
            "an integer tag where the enum is not buffered (schema: the variant index)".to_owned()
        } else {
            "`-0.0` for a tag (schema: variant index 0)".to_owned()
        };
    }
    // serde_json's `from_str` reads an externally tagged struct variant from an array, its
    // `from_value` (this test's) does not.
    if message.starts_with("invalid type: sequence, expected struct variant") {
        return "an externally tagged struct variant from an array (serde_json's `from_value`)"
            .to_owned();
    }
    // An `Option` field is absent from serde's sequence form when it has a default, which for
    // `skip_none = false` it has not: the table does not say which.
    if message.starts_with("invalid length") && message.contains("expected struct") {
        return "a struct from an array without an `Option` field it needs there".to_owned();
    }
    let mut out = String::new();
    let mut quote = None;
    for c in message.chars() {
        match (quote, c) {
            (None, '`' | '"') => {
                quote = Some(c);
                out.push_str("..");
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out
}

/// What every model's schema accepts that the model refuses, over [`mutations`] of the
/// documents of [`every_model!`]: `<count> <kind>` a line ([`Tally::report`]).
pub const LOOSE: &str = "   20 `-0.0` for a tag (schema: variant index 0)
   47 `-0.0` for an integer
   16 a field with `with` (schema: anything)
    1 a struct from an array without an `Option` field it needs there
   49 a value of a type parameter (schema: anything)
    3 an externally tagged struct variant from an array (serde_json's `from_value`)
   85 an integer out of the Rust type's range
   25 an integer tag where the enum is not buffered (schema: the variant index)
   11 in an untagged enum's variant: `-0.0` for an integer
   22 in an untagged enum's variant: an integer out of the Rust type's range
";

/// Documents read and refused, over the same documents.
pub const COUNTS: (usize, usize) = (1119, 4428);
