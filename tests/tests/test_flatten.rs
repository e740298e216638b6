//! `#[api(flatten)]` against serde's `#[serde(flatten)]`: the same bytes written, the same
//! accept/reject decisions and error messages with `serde_json` (`from_str`, `from_slice`,
//! `from_reader`, `from_value`), hand-listed and generated documents (a deterministic PRNG over
//! key orders, values and typos; `APIMODEL_FLATTEN_DOCS=<n>` for a longer run).

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]
#![allow(
    clippy::option_option,
    reason = "tri-state fields are part of the shapes"
)]

use std::collections::BTreeMap;

use apimodel::ApiModel;
use apimodel_tests::mirror::{Outcome, agree};
use serde::{Deserialize, Serialize};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Models and their serde_derive mirrors

/// Keys every resource has.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Base {
    /// Identifier.
    pub id: String,
    /// Creation time, seconds.
    pub created_at: Option<u64>,
}

/// Who changed a resource, with its base keys: flattened again below (flatten in flatten).
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Audit {
    /// Author.
    pub by: String,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
}

/// A pet with the base keys at its level.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Pet {
    /// Name.
    pub name: String,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
    /// Tag.
    pub tag: Option<String>,
}

/// As `Pet`, rejecting unknown keys.
#[derive(ApiModel, Debug, PartialEq, Clone)]
#[api(deny_unknown_fields)]
pub struct StrictPet {
    /// Name.
    pub name: String,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
}

/// The base keys, if they are all there and right.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct MaybePet {
    /// Name.
    pub name: String,
    /// The base keys, or `None`.
    #[api(flatten)]
    pub base: Option<Base>,
}

/// Flatten and `additional_properties`.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct OpenPet {
    /// Name.
    pub name: String,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
    /// Every other key.
    #[api(additional_properties)]
    pub rest: BTreeMap<String, Value>,
}

/// `additional_properties` declared before the flattened model: it sees the model's keys too,
/// as serde's flattened map does.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct RestFirst {
    /// Every key not `name`.
    #[api(additional_properties)]
    pub rest: BTreeMap<String, Value>,
    /// Name.
    pub name: String,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
}

/// Flatten inside flatten.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Change {
    /// Kind of change.
    pub kind: String,
    /// Who, and the base keys.
    #[api(flatten)]
    pub audit: Audit,
}

/// Flatten inside flatten, rejecting unknown keys: serde reports the keys of the middle model
/// as unknown (it reads them without taking them); so do we.
#[derive(ApiModel, Debug, PartialEq, Clone)]
#[api(deny_unknown_fields)]
pub struct StrictChange {
    /// Kind of change.
    pub kind: String,
    /// Who, and the base keys.
    #[api(flatten)]
    pub audit: Audit,
}

/// The parent owns `id` too: the child never sees it.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Shadow {
    /// The parent's id.
    pub id: String,
    /// The base keys (its `id` is the parent's).
    #[api(flatten)]
    pub base: Option<Base>,
}

/// A flattened map.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Labels {
    /// Name.
    pub name: String,
    /// Every other key, as a number.
    #[api(flatten)]
    pub labels: BTreeMap<String, u32>,
}

/// A newtype, for the mixed shape.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Cents(pub u32);

/// Everything at once: flatten, tri-state, `skip_none = false`, a newtype, two flattened
/// models.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Mixed {
    /// Amount.
    pub price: Cents,
    /// Tri-state note.
    pub note: Option<Option<String>>,
    /// Written as `null` when `None`.
    #[api(skip_none = false)]
    pub color: Option<String>,
    /// The base keys.
    #[api(flatten)]
    pub base: Base,
    /// Maybe an audit (whose base keys the first flatten took already).
    #[api(flatten)]
    pub audit: Option<Audit>,
    /// Count.
    pub count: Option<u8>,
}

/// A generic page: the item's keys beside `total`.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Page<T> {
    /// How many there are.
    pub total: u32,
    /// The item.
    #[api(flatten)]
    pub item: T,
}

/// A newtype flattened: it has no keys, which serde reports when writing and reading.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Priced {
    /// Name.
    pub name: String,
    /// A newtype of a number.
    #[api(flatten)]
    pub price: Cents,
}

mod mirror {
    #![allow(missing_docs, clippy::option_option)]
    use super::{BTreeMap, Deserialize, Serialize, Value};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Base {
        pub id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<u64>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Audit {
        pub by: String,
        #[serde(flatten)]
        pub base: Base,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Pet {
        pub name: String,
        #[serde(flatten)]
        pub base: Base,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<String>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct StrictPet {
        pub name: String,
        #[serde(flatten)]
        pub base: Base,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct MaybePet {
        pub name: String,
        #[serde(flatten)]
        pub base: Option<Base>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct OpenPet {
        pub name: String,
        #[serde(flatten)]
        pub base: Base,
        #[serde(flatten)]
        pub rest: BTreeMap<String, Value>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct RestFirst {
        #[serde(flatten)]
        pub rest: BTreeMap<String, Value>,
        pub name: String,
        #[serde(flatten)]
        pub base: Base,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Change {
        pub kind: String,
        #[serde(flatten)]
        pub audit: Audit,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct StrictChange {
        pub kind: String,
        #[serde(flatten)]
        pub audit: Audit,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Shadow {
        pub id: String,
        #[serde(flatten)]
        pub base: Option<Base>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Labels {
        pub name: String,
        #[serde(flatten)]
        pub labels: BTreeMap<String, u32>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Cents(pub u32);

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Page<T> {
        pub total: u32,
        #[serde(flatten)]
        pub item: T,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Priced {
        pub name: String,
        #[serde(flatten)]
        pub price: Cents,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Mixed {
        pub price: Cents,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "apimodel_tests::mirror::double_option"
        )]
        pub note: Option<Option<String>>,
        pub color: Option<String>,
        #[serde(flatten)]
        pub base: Base,
        #[serde(flatten)]
        pub audit: Option<Audit>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count: Option<u8>,
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-listed documents

/// Documents about the base keys, the parent's and unknown ones.
const DOCS: &[&str] = &[
    r#"{"name":"rex","id":"p1"}"#,
    r#"{"id":"p1","name":"rex","createdAt":5}"#,
    r#"{"name":"rex","id":"p1","createdAt":null,"tag":"t"}"#,
    r#"{"name":"rex","id":"p1","x":1}"#,
    r#"{"x":{"deep":[1,{"y":null}]},"name":"rex","id":"p1"}"#,
    r#"{"name":"rex"}"#,
    r#"{"id":"p1"}"#,
    r#"{}"#,
    r#"{"name":"rex","id":5}"#,
    r#"{"name":"rex","id":"p1","createdAt":"soon"}"#,
    r#"{"name":"rex","id":"p1","createdAt":-1}"#,
    r#"{"name":"rex","id":"p1","createdAt":1.5}"#,
    r#"{"name":"rex","id":"p1","id":"p2"}"#,
    r#"{"name":"rex","name":"max","id":"p1"}"#,
    r#"{"name":"rex","id":"p1","tag":"a","tag":"b"}"#,
    r#"{"name":"rex","id":null}"#,
    r#"{"name":null,"id":"p1"}"#,
    r#"{"name":"rex","id":"p1","by":"me","kind":"k"}"#,
    r#"{"kind":"k","by":"me","id":"p1","name":"n"}"#,
    r#"{"kind":"k","by":"me","id":"p1","x":true}"#,
    r#"{"kind":"k","by":"me"}"#,
    r#"{"kind":"k","id":"p1"}"#,
    r#"{"kind":"k","by":"me","id":"p1","by":"you"}"#,
    r#"{"name":"rex","id":"p1","labels":3,"a":1}"#,
    r#"{"name":"rex","a":1,"b":2}"#,
    r#"{"name":"rex","a":"x"}"#,
    r#"{"name":"rex","a":-1}"#,
    r#"{"price":5,"id":"p1"}"#,
    r#"{"price":5,"id":"p1","note":null,"color":null}"#,
    r#"{"price":5,"id":"p1","note":"n","by":"me","count":2}"#,
    r#"{"price":"5","id":"p1"}"#,
    r#"{"price":5,"id":"p1","by":7}"#,
    r#"{"price":5,"id":"p1","note":1}"#,
    r#"{"price":5,"id":"p1","count":300}"#,
    r#"{"price":5,"note":"n","note":null,"id":"p1"}"#,
    r#"{"name":"rex","id":"p\u0031"}"#,
    r#"{"na\u006de":"rex","id":"p1"}"#,
    r#"{"name":"rex","\u0069d":"p1"}"#,
    r#"["rex","p1"]"#,
    r#"["rex",{"id":"p1"}]"#,
    r#"[]"#,
    r#""rex""#,
    "null",
    "7",
    r#"{"name":"rex","id":"p1""#,
    r#"{"name":"rex","id":"p1",}"#,
    r#"{"name":"rex","id":"p1"} x"#,
    r#"{"name":"rex","id":"p1","x":[1,2"#,
];

fn all_agree(doc: &str) {
    let _ = agree::<Pet, mirror::Pet>(doc);
    let _ = agree::<StrictPet, mirror::StrictPet>(doc);
    let _ = agree::<MaybePet, mirror::MaybePet>(doc);
    let _ = agree::<OpenPet, mirror::OpenPet>(doc);
    let _ = agree::<RestFirst, mirror::RestFirst>(doc);
    let _ = agree::<Change, mirror::Change>(doc);
    let _ = agree::<StrictChange, mirror::StrictChange>(doc);
    let _ = agree::<Shadow, mirror::Shadow>(doc);
    let _ = agree::<Labels, mirror::Labels>(doc);
    let _ = agree::<Mixed, mirror::Mixed>(doc);
    let _ = agree::<Audit, mirror::Audit>(doc);
    let _ = agree::<Base, mirror::Base>(doc);
    let _ = agree::<Page<Base>, mirror::Page<mirror::Base>>(doc);
    let _ = agree::<Page<BTreeMap<String, Value>>, mirror::Page<BTreeMap<String, Value>>>(doc);
    let _ = agree::<Priced, mirror::Priced>(doc);
}

#[test]
fn hand_listed_documents_read_as_serde() {
    for doc in DOCS {
        all_agree(doc);
    }
}

#[test]
fn what_serde_does_and_we_do_too() {
    // Unknown keys are ignored; the flattened model took its own.
    let pet: Pet = serde_json::from_str(r#"{"name":"rex","id":"p1","x":1}"#).unwrap();
    assert_eq!(pet.base.id, "p1");
    // `deny_unknown_fields` with flatten: serde's message names the key, without the list.
    let err = serde_json::from_str::<StrictPet>(r#"{"name":"rex","id":"p1","x":1}"#);
    assert_eq!(
        err.unwrap_err().to_string(),
        "unknown field `x` at line 1 column 30"
    );
    // A missing key of the flattened model: serde's `missing field`.
    let err = serde_json::from_str::<Pet>(r#"{"name":"rex"}"#).unwrap_err();
    assert_eq!(err.to_string(), "missing field `id` at line 1 column 14");
    // `Option<Flat>`: `None` when missing — and when wrong.
    let maybe: MaybePet = serde_json::from_str(r#"{"name":"rex","id":5}"#).unwrap();
    assert_eq!(maybe.base, None);
    // Nested flatten with `deny_unknown_fields`: serde rejects the middle model's own key.
    let err = serde_json::from_str::<StrictChange>(r#"{"kind":"k","by":"me","id":"p1"}"#);
    assert_eq!(
        err.unwrap_err().to_string(),
        "unknown field `by` at line 1 column 32"
    );
    // A sequence is refused: a model that flattens is a map.
    let err = serde_json::from_str::<Pet>(r#"["rex","p1"]"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: sequence, expected struct Pet at line 1 column 0"
    );
}

// ---------------------------------------------------------------------------------------------
// Writing

fn same_bytes<A: Serialize, M: Serialize>(ours: &A, theirs: &M) -> String {
    let json = serde_json::to_string(ours).unwrap();
    assert_eq!(json, serde_json::to_string(theirs).unwrap());
    let pretty = serde_json::to_string_pretty(ours).unwrap();
    assert_eq!(pretty, serde_json::to_string_pretty(theirs).unwrap());
    assert_eq!(
        serde_json::to_value(ours).unwrap(),
        serde_json::to_value(theirs).unwrap()
    );
    // postcard cannot write a map of unknown length: both fail, the same way.
    let a = postcard::to_allocvec(ours).map_err(|e| e.to_string());
    let m = postcard::to_allocvec(theirs).map_err(|e| e.to_string());
    assert!(a.is_err(), "postcard wrote {json}");
    assert_eq!(a, m);
    json
}

fn base(id: &str, created_at: Option<u64>) -> (Base, mirror::Base) {
    (
        Base::builder().id(id).maybe_created_at(created_at).build(),
        mirror::Base {
            id: id.into(),
            created_at,
        },
    )
}

#[test]
fn written_as_serde_writes_flatten() {
    let (b, mb) = base("p1", Some(5));
    let pet = Pet::builder().name("rex").base(b.clone()).build();
    let json = same_bytes(
        &pet,
        &mirror::Pet {
            name: "rex".into(),
            base: mb,
            tag: None,
        },
    );
    assert_eq!(json, r#"{"name":"rex","id":"p1","createdAt":5}"#);
    assert_eq!(serde_json::from_str::<Pet>(&json).unwrap(), pet);

    let (b, _) = base("p1", None);
    let audit = Audit::builder().by("me").base(b.clone()).build();
    let change = Change::builder().kind("k").audit(audit.clone()).build();
    let json = same_bytes(
        &change,
        &mirror::Change {
            kind: "k".into(),
            audit: mirror::Audit {
                by: "me".into(),
                base: mirror::Base {
                    id: "p1".into(),
                    created_at: None,
                },
            },
        },
    );
    assert_eq!(json, r#"{"kind":"k","by":"me","id":"p1"}"#);
    assert_eq!(serde_json::from_str::<Change>(&json).unwrap(), change);

    for some in [true, false] {
        let maybe = MaybePet::builder()
            .name("rex")
            .maybe_base(some.then(|| b.clone()))
            .build();
        let json = same_bytes(
            &maybe,
            &mirror::MaybePet {
                name: "rex".into(),
                base: some.then(|| mirror::Base {
                    id: "p1".into(),
                    created_at: None,
                }),
            },
        );
        assert_eq!(serde_json::from_str::<MaybePet>(&json).unwrap(), maybe);
    }

    let rest = BTreeMap::from([
        ("x".to_owned(), Value::from(1)),
        ("id".to_owned(), "dup".into()),
    ]);
    let open = OpenPet::builder()
        .name("rex")
        .base(b.clone())
        .rest(rest.clone())
        .build();
    let json = same_bytes(
        &open,
        &mirror::OpenPet {
            name: "rex".into(),
            base: mirror::Base {
                id: "p1".into(),
                created_at: None,
            },
            rest,
        },
    );
    // Both write the duplicate key, as serde does.
    assert_eq!(json, r#"{"name":"rex","id":"p1","id":"dup","x":1}"#);

    let labels = Labels::builder()
        .name("rex")
        .labels(BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)]))
        .build();
    same_bytes(
        &labels,
        &mirror::Labels {
            name: "rex".into(),
            labels: BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)]),
        },
    );
}

#[test]
fn mixed_shape_writes_as_serde() {
    for note in [None, Some(None), Some(Some("n".to_owned()))] {
        for color in [None, Some("red".to_owned())] {
            for with_audit in [false, true] {
                let (b, mb) = base("p1", Some(1));
                let audit =
                    with_audit.then(|| Audit::builder().by("me").base(base("p2", None).0).build());
                let mut ours = Mixed::builder()
                    .price(Cents(5))
                    .maybe_color(color.clone())
                    .base(b)
                    .maybe_audit(audit)
                    .count(3_u8)
                    .build();
                ours.note.clone_from(&note);
                let theirs = mirror::Mixed {
                    price: mirror::Cents(5),
                    note: note.clone(),
                    color: color.clone(),
                    base: mb,
                    audit: with_audit.then(|| mirror::Audit {
                        by: "me".into(),
                        base: mirror::Base {
                            id: "p2".into(),
                            created_at: None,
                        },
                    }),
                    count: Some(3),
                };
                let json = same_bytes(&ours, &theirs);
                all_agree(&json);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generated documents

/// splitmix64: a deterministic stream, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Every key any of the shapes knows, and some typos of them.
const KEYS: &[&str] = &[
    "name",
    "id",
    "createdAt",
    "tag",
    "by",
    "kind",
    "price",
    "note",
    "color",
    "count",
    "a",
    "x",
    "nme",
    "Id",
    "created_at",
    "createdat",
    "ID",
    "n\\u0061me",
    "\\u0069d",
    "",
];

/// Values of every kind, valid for some key and wrong for others.
const VALUES: &[&str] = &[
    r#""rex""#,
    r#""p1""#,
    r#""""#,
    r#""a\"b""#,
    "null",
    "true",
    "0",
    "5",
    "255",
    "256",
    "-1",
    "1.5",
    "18446744073709551616",
    "[]",
    "[1,2]",
    "{}",
    r#"{"id":"p1"}"#,
    r#"{"nested":{"deep":[null]}}"#,
];

/// One generated document: a few keys (repeats allowed) in random order, random values; now and
/// then the base keys valid, so that documents are accepted too; now and then broken text.
fn document(rng: &mut Rng) -> String {
    let mut entries: Vec<String> = Vec::new();
    let valid_base = rng.below(3) > 0;
    if valid_base {
        entries.push(r#""id":"p1""#.to_owned());
        entries.push(r#""name":"rex""#.to_owned());
        entries.push(r#""kind":"k""#.to_owned());
        entries.push(r#""by":"me""#.to_owned());
        entries.push(r#""price":5"#.to_owned());
    }
    for _ in 0..rng.below(5) {
        let key = rng.pick(KEYS);
        let value = rng.pick(VALUES);
        entries.push(format!(r#""{key}":{value}"#));
    }
    // Shuffle (Fisher–Yates).
    for i in (1..entries.len()).rev() {
        let j = rng.below(i + 1);
        entries.swap(i, j);
    }
    let mut doc = format!("{{{}}}", entries.join(","));
    match rng.below(40) {
        0 => {
            let cut = rng.below(doc.len());
            doc.truncate(cut);
        }
        1 => doc = format!("[{doc}]"),
        _ => {}
    }
    doc
}

fn generated_count() -> usize {
    std::env::var("APIMODEL_FLATTEN_DOCS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

#[test]
fn generated_documents_read_as_serde() {
    let n = generated_count();
    let mut rng = Rng(0x5EED_F1A7);
    let (mut ok, mut err) = (0_usize, 0_usize);
    for _ in 0..n {
        let doc = document(&mut rng);
        all_agree(&doc);
        let outcome: Outcome = agree::<Mixed, mirror::Mixed>(&doc);
        match outcome {
            Ok(_) => ok += 1,
            Err(_) => err += 1,
        }
    }
    println!("{n} generated documents: Mixed accepted {ok}, rejected {err}");
    assert!(ok > n / 20 && err > n / 20, "accepted {ok}, rejected {err}");
}

// ---------------------------------------------------------------------------------------------
// Metadata, docs page, JSON Schema

#[test]
fn metadata_marks_flattened_fields() {
    use apimodel::meta::Role;
    let fields = Pet::MODEL.fields();
    let base = fields.iter().find(|f| f.name == "base").unwrap();
    assert_eq!(base.role, Role::Flattened);
    assert!(!base.is_keyed());
    assert_eq!(base.kind.model().map(|m| m.name), Some("Base"));
    // The flattened model's page is among the pages of the SDK.
    let pages = apimodel::meta::Model::collect(&[Change::MODEL]);
    let names: Vec<&str> = pages.iter().map(|m| m.name).collect();
    assert_eq!(names, ["Audit", "Base", "Change"]);
}

#[test]
fn docs_page_links_the_flattened_model() {
    let page = apimodel::docs::markdown::<Pet>();
    let rows: Vec<Vec<&str>> = page
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let link = "[Base](../../models/shared/base.md)";
    assert_eq!(
        rows[2..],
        [
            vec!["`name`", "*string*", ":heavy_check_mark:", "Name."],
            vec![
                &format!("all fields of {link}"),
                link,
                ":heavy_check_mark:",
                "The base keys."
            ],
            vec!["`tag`", "*string*", ":heavy_minus_sign:", "Tag."],
        ],
        "{page}"
    );
    let maybe = apimodel::docs::markdown::<MaybePet>();
    let row = maybe.lines().find(|l| l.contains("all fields of")).unwrap();
    assert!(row.contains(":heavy_minus_sign:"), "{maybe}");
}

#[path = "support/schema.rs"]
mod schema_support;

/// The schema of `T` and its `Deserialize` agree on every document.
fn schema_agrees<T: ApiModel + serde::de::DeserializeOwned>(docs: &[&str]) {
    let validator = schema_support::Validator::new(apimodel::schema::json_schema::<T>());
    for doc in docs {
        let value: Value = serde_json::from_str(doc).unwrap();
        let schema = validator.accepts(&value);
        let serde = serde_json::from_value::<T>(value).is_ok();
        assert_eq!(schema, serde, "schema and Deserialize disagree on {doc}");
    }
}

#[test]
fn json_schema_uses_all_of() {
    use serde_json::json;
    let schema = apimodel::schema::json_schema::<Pet>();
    assert_eq!(schema["allOf"], json!([{ "$ref": "#/$defs/Base" }]));
    assert_eq!(schema["required"], json!(["name"]));
    assert!(schema["properties"].get("base").is_none());
    assert_eq!(schema["$defs"]["Base"]["required"], json!(["id"]));
    let strict = apimodel::schema::json_schema::<StrictPet>();
    assert_eq!(strict["unevaluatedProperties"], json!(false));
    assert!(strict.get("additionalProperties").is_none());
    let maybe = apimodel::schema::json_schema::<MaybePet>();
    assert_eq!(
        maybe["allOf"],
        json!([{ "anyOf": [{ "$ref": "#/$defs/Base" }, true] }])
    );
    let open = apimodel::schema::json_schema::<OpenPet>();
    assert_eq!(open["unevaluatedProperties"], json!({}));
    let labels = apimodel::schema::json_schema::<Labels>();
    assert!(labels.get("allOf").is_none());
    assert_eq!(labels["additionalProperties"], json!({ "type": "integer" }));

    let docs = [
        r#"{"name":"rex","id":"p1"}"#,
        r#"{"name":"rex","id":"p1","createdAt":5,"tag":"t"}"#,
        r#"{"name":"rex","id":"p1","x":1}"#,
        r#"{"name":"rex"}"#,
        r#"{"id":"p1"}"#,
        r#"{"name":"rex","id":5}"#,
        r#"{"name":"rex","id":"p1","createdAt":"soon"}"#,
        r#"{"name":"rex","id":"p1","createdAt":null}"#,
        r#"{"name":"rex","a":1,"b":2}"#,
        r#"{"name":"rex","a":"x"}"#,
        r#"{"kind":"k","by":"me","id":"p1"}"#,
        r#"{"kind":"k","by":"me"}"#,
        r#"[]"#,
        "null",
    ];
    schema_agrees::<Pet>(&docs);
    schema_agrees::<StrictPet>(&docs);
    schema_agrees::<MaybePet>(&docs);
    schema_agrees::<OpenPet>(&docs);
    schema_agrees::<Labels>(&docs);
    schema_agrees::<Change>(&docs);
    schema_agrees::<Audit>(&docs);
}

#[test]
fn flattening_what_has_no_keys_fails_as_serde() {
    let ours = Priced::builder().name("n").price(Cents(5)).build();
    let theirs = mirror::Priced {
        name: "n".into(),
        price: mirror::Cents(5),
    };
    let a = serde_json::to_string(&ours).unwrap_err().to_string();
    let m = serde_json::to_string(&theirs).unwrap_err().to_string();
    assert_eq!(a, m);
    assert_eq!(a, "can only flatten structs and maps (got an integer)");
    let doc = r#"{"name":"n","price":5}"#;
    let err = agree::<Priced, mirror::Priced>(doc).unwrap_err();
    assert_eq!(err, "can only flatten structs and maps at line 1 column 22");
}

#[test]
fn generic_page_writes_as_serde() {
    let (b, mb) = base("p1", Some(2));
    let page = Page::builder().total(3_u32).item(b).build();
    let json = same_bytes(&page, &mirror::Page { total: 3, item: mb });
    assert_eq!(json, r#"{"total":3,"id":"p1","createdAt":2}"#);
    assert_eq!(serde_json::from_str::<Page<Base>>(&json).unwrap(), page);
}
