//! `apimodel::meta` tables and `apimodel::docs::markdown` pages: the seed document, its
//! siblings, and every document of a real SDK regenerated from Rust models.

use std::collections::BTreeMap;
use std::path::PathBuf;

use apimodel::ApiModel;
use apimodel::docs::{Options, markdown, markdown_with, render};
use apimodel::meta::{Model, ModelKind, Role, Type, Variant};
use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::stackone;

/// A file or folder of `tests/fixtures/`: the seed document and the public reference
/// documents (provenance in `tests/fixtures/reference/README.md`), kept in the repository so
/// that a fresh clone runs these tests.
fn fixture(path: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(path);
    assert!(path.exists(), "{} is missing", path.display());
    path
}

fn read(path: &str) -> String {
    std::fs::read_to_string(fixture(path)).unwrap()
}

/// The lines of the page from `## Fields` / `## Values` on.
fn table_lines(page: &str) -> Vec<&str> {
    page.lines().skip_while(|l| !l.starts_with("## ")).collect()
}

// ---------------------------------------------------------------------------------- the seed

#[test]
fn seed_table_rows_equal_cell_for_cell() {
    let page = markdown::<ConnectSessionCreate>();
    let seed = read("seeds/ConnectSessionCreate.md");
    assert_eq!(page.lines().next(), Some("# ConnectSessionCreate"));
    // Byte for byte, padding included, from the `## Fields` heading to the end.
    assert_eq!(table_lines(&page), table_lines(&seed));
    assert_eq!(parse(&page).rows, parse(&seed).rows);
}

#[test]
fn seed_page_is_the_seed() {
    // `apimodel::models::ConnectSessionCreate`: the whole page, line for line.
    assert_eq!(
        markdown::<ConnectSessionCreate>(),
        read("seeds/ConnectSessionCreate.md")
    );
    // The metadata object's page is its reference document too.
    assert_eq!(
        markdown::<ConnectSessionCreateMetadata>(),
        read("reference/seed-siblings/connectsessioncreatemetadata.md")
    );
}

#[test]
fn seed_page_is_the_seed_when_the_model_has_no_description() {
    // The SDK's own ConnectSessionCreate has no description paragraph, as the seed.
    let page = markdown::<stackone::ConnectSessionCreate>();
    assert_eq!(page, read("seeds/ConnectSessionCreate.md"));
}

#[test]
fn seed_siblings() {
    assert_eq!(
        markdown::<stackone::ConnectSessionCreateCategories>(),
        read("reference/seed-siblings/connectsessioncreatecategories.md")
    );
    assert_eq!(
        markdown::<stackone::ConnectSessionCreateMetadata>(),
        read("reference/seed-siblings/connectsessioncreatemetadata.md")
    );
}

#[test]
fn enum_page_lists_its_known_values() {
    let page = markdown::<ConnectSessionCreateCategories>();
    let rows = parse(&page).rows;
    assert_eq!(rows.len(), 14, "the catch-all `Unknown` is not a value");
    assert_eq!(rows[0], ["`Ats`", "ats"]);
    assert_eq!(rows[2], ["`HrisLegacy`", "hris-legacy"]);
    assert_eq!(rows[13], ["`Scheduling`", "scheduling"]);
    assert!(page.contains("\n## Values\n\n| Name         | Value        |\n"));
}

#[test]
fn free_form_model_has_an_empty_table() {
    let page = markdown::<ConnectSessionCreateMetadata>();
    assert!(page.ends_with(
        "\n\n## Fields\n\n| Field       | Type        | Required    | Description |\n| ----------- | ----------- | ----------- | ----------- |"
    ));
}

#[test]
fn link_prefix_is_an_option() {
    let options = Options::default().with_link_prefix("https://docs.example.com/models/");
    let page = markdown_with::<ConnectSessionCreate>(&options);
    assert!(page.contains(
        "| [ConnectSessionCreateCategories](https://docs.example.com/models/connectsessioncreatecategories.md)[] |"
    ));
    assert_eq!(Options::default().link_prefix, "../../models/shared/");
}

// ---------------------------------------------------------------------------------- metadata

#[test]
fn connect_session_create_table() {
    let model = ConnectSessionCreate::MODEL;
    assert_eq!(model.name, "ConnectSessionCreate");
    assert_eq!(
        model.docs,
        "# Request body\n\nThe request body that creates a connect session."
    );
    let ModelKind::Struct {
        fields,
        deny_unknown_fields,
    } = model.kind
    else {
        panic!("a struct");
    };
    assert!(!deny_unknown_fields);
    let summary: Vec<(&str, &str, &str, Role)> = fields
        .iter()
        .map(|f| (f.name, f.wire, f.ty, f.role))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "categories",
                "categories",
                "Option<Vec<ConnectSessionCreateCategories>>",
                Role::Optional
            ),
            ("expires_in", "expiresIn", "Option<f64>", Role::Optional),
            (
                "metadata",
                "metadata",
                "Option<ConnectSessionCreateMetadata>",
                Role::Optional
            ),
            ("origin_owner_id", "originOwnerId", "String", Role::Required),
            (
                "origin_owner_name",
                "originOwnerName",
                "String",
                Role::Required
            ),
            (
                "origin_username",
                "originUsername",
                "Option<String>",
                Role::Optional
            ),
            ("provider", "provider", "Option<String>", Role::Optional),
        ]
    );
    assert_eq!(
        fields[0].docs,
        "The categories of the provider to connect to"
    );
    let categories = &fields[0].kind;
    let Type::Option(Type::List(Type::Named {
        name,
        model: Some(f),
    })) = categories
    else {
        panic!("{categories:?}");
    };
    assert_eq!(*name, "ConnectSessionCreateCategories");
    assert_eq!(f().name, "ConnectSessionCreateCategories");
    assert_eq!(fields[1].kind, Type::Option(&Type::Number));
    assert_eq!(fields[3].kind, Type::String);
    assert!(
        fields
            .iter()
            .all(|f| f.default.is_none() && f.with.is_none())
    );
}

#[test]
fn enum_table() {
    let model = ConnectSessionCreateCategories::MODEL;
    let ModelKind::Enum { variants, open } = model.kind else {
        panic!("an enum");
    };
    assert!(open);
    assert_eq!(variants.len(), 14);
    assert_eq!(
        variants[2],
        Variant {
            name: "HrisLegacy",
            wire: "hris-legacy",
            docs: "`hris-legacy`"
        }
    );
    assert!(model.fields().is_empty());
    // The converted SDK's enums are closed: the documents list every value.
    assert!(matches!(
        stackone::AnswerEnumValue::MODEL.kind,
        ModelKind::Enum { open: false, .. }
    ));
}

#[test]
fn reachable_models() {
    let names: Vec<&str> = Model::collect(&[ConnectSessionCreate::MODEL])
        .iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(
        names,
        [
            "ConnectSessionCreate",
            "ConnectSessionCreateCategories",
            "ConnectSessionCreateMetadata"
        ]
    );
}

mod shapes {
    #![allow(dead_code, missing_docs)]

    use std::borrow::Cow;
    use std::collections::{BTreeMap, HashMap, HashSet};

    use apimodel::ApiModel;

    /// Not a model: no table, no link.
    #[derive(Debug, Default, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    pub struct Opaque;

    pub type Alias = Vec<String>;

    pub mod with_string {
        #[allow(
            clippy::trivially_copy_pass_by_ref,
            reason = "serde's `with` passes a reference"
        )]
        pub fn serialize<S: serde::Serializer>(v: &u32, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(v)
        }
        pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
            let s: String = serde::Deserialize::deserialize(d)?;
            s.parse().map_err(serde::de::Error::custom)
        }
    }

    /// A tree.
    ///
    /// It grows.
    ///
    /// # Examples
    ///
    /// Not part of the description.
    #[derive(ApiModel)]
    #[api(deny_unknown_fields)]
    pub struct Node<'a> {
        /// A name
        /// on two lines.
        ///
        /// Second paragraph.
        pub r#type: String,
        pub label: &'a str,
        pub cow: Cow<'a, str>,
        pub letter: char,
        pub count: u32,
        pub big: i128,
        pub ratio: f32,
        pub flag: Option<bool>,
        pub any: serde_json::Value,
        pub children: Vec<Node<'a>>,
        pub boxed: Option<Box<Node<'a>>>,
        pub tags: HashSet<String>,
        pub by_name: BTreeMap<String, Leaf>,
        pub scores: HashMap<String, Vec<f64>>,
        pub matrix: Vec<Vec<u8>>,
        pub pair: [u8; 2],
        pub tuple: Option<(u8, String)>,
        pub opaque: Option<Opaque>,
        pub alias: Option<Alias>,
        /// Pipes | in a cell.
        #[api(rename = "x-custom")]
        pub custom: Option<String>,
        #[api(default = 7 + 1)]
        pub defaulted: u8,
        #[api(default)]
        pub plain_default: Vec<String>,
        #[api(required)]
        pub required_option: Option<Leaf>,
        #[api(skip)]
        pub skipped: Option<Opaque>,
        #[api(with = "with_string")]
        pub via: u32,
    }

    /// Leaf
    #[derive(ApiModel)]
    pub struct Leaf {
        #[api(additional_properties)]
        pub rest: serde_json::Map<String, serde_json::Value>,
    }

    #[derive(ApiModel)]
    pub struct Page<T> {
        pub items: Vec<T>,
        pub next: Option<String>,
    }
}

#[test]
fn type_classification() {
    // `Type`'s equality asks only whether a `Named` has a table, not which.
    fn table() -> &'static Model {
        <shapes::Leaf as ApiModel>::MODEL
    }
    const fn named(name: &'static str, has: bool) -> Type {
        Type::Named {
            name,
            model: if has { Some(table) } else { None },
        }
    }
    const NODE: Type = named("Node", true);
    const LEAF: Type = named("Leaf", true);
    const TUPLE: Type = named("(u8, String)", false);
    const OPAQUE: Type = named("Opaque", false);
    const ALIAS: Type = named("Alias", false);
    use Type::{Any, Boolean, Integer, List, Map, Number, Option as Opt, String as Str};
    let model = <shapes::Node<'static> as ApiModel>::MODEL;
    let kinds: BTreeMap<&str, (Type, &str)> = model
        .fields()
        .iter()
        .map(|f| (f.name, (f.kind, f.ty)))
        .collect();
    let expect: &[(&str, Type, &str)] = &[
        ("type", Str, "String"),
        ("label", Str, "&'a str"),
        ("cow", Str, "Cow<'a, str>"),
        ("letter", Str, "char"),
        ("count", Integer, "u32"),
        ("big", Integer, "i128"),
        ("ratio", Number, "f32"),
        ("flag", Opt(&Boolean), "Option<bool>"),
        ("any", Any, "serde_json::Value"),
        ("children", List(&NODE), "Vec<Node<'a>>"),
        ("boxed", Opt(&NODE), "Option<Box<Node<'a>>>"),
        ("tags", List(&Str), "HashSet<String>"),
        ("by_name", Map(&LEAF), "BTreeMap<String, Leaf>"),
        ("scores", Map(&List(&Number)), "HashMap<String, Vec<f64>>"),
        ("matrix", List(&List(&Integer)), "Vec<Vec<u8>>"),
        ("pair", List(&Integer), "[u8; 2]"),
        ("tuple", Opt(&TUPLE), "Option<(u8, String)>"),
        ("opaque", Opt(&OPAQUE), "Option<Opaque>"),
        ("alias", Opt(&ALIAS), "Option<Alias>"),
        ("custom", Opt(&Str), "Option<String>"),
        ("defaulted", Integer, "u8"),
        ("plain_default", List(&Str), "Vec<String>"),
        ("required_option", Opt(&LEAF), "Option<Leaf>"),
        ("skipped", Opt(&OPAQUE), "Option<Opaque>"),
        ("via", Integer, "u32"),
    ];
    assert_eq!(kinds.len(), expect.len());
    for (name, kind, ty) in expect {
        assert_eq!(kinds[name], (*kind, *ty), "field `{name}`");
    }
    // A recursive model's link resolves lazily.
    let List(Type::Named { model: Some(f), .. }) = kinds["children"].0 else {
        panic!()
    };
    assert_eq!(f().name, "Node");
    // A type parameter never has a table.
    let page = <shapes::Page<shapes::Leaf> as ApiModel>::MODEL;
    assert_eq!(page.name, "Page");
    assert_eq!(
        page.fields()[0].kind,
        List(&Type::Named {
            name: "T",
            model: None
        })
    );
}

#[test]
fn roles_defaults_and_docs() {
    let model = <shapes::Node<'static> as ApiModel>::MODEL;
    let field = |name: &str| model.fields().iter().find(|f| f.name == name).unwrap();
    assert_eq!(field("type").wire, "type");
    assert_eq!(
        field("type").docs,
        "A name\non two lines.\n\nSecond paragraph."
    );
    assert_eq!(field("custom").wire, "x-custom");
    assert_eq!(field("defaulted").role, Role::Defaulted);
    assert_eq!(field("defaulted").default, Some("7 + 1"));
    assert_eq!(field("plain_default").default, Some("Default::default()"));
    assert_eq!(field("required_option").role, Role::Required);
    assert!(field("required_option").is_nullable());
    assert_eq!(field("skipped").role, Role::Skipped);
    assert_eq!(field("via").with, Some("with_string"));
    assert_eq!(field("label").docs, "");
    assert_eq!(
        model.docs,
        "A tree.\n\nIt grows.\n\n# Examples\n\nNot part of the description."
    );
    assert!(matches!(
        model.kind,
        ModelKind::Struct {
            deny_unknown_fields: true,
            ..
        }
    ));
    let leaf = <shapes::Leaf as ApiModel>::MODEL;
    assert_eq!(leaf.fields()[0].role, Role::Additional);
    assert!(model.field("x-custom").is_some());
    assert!(model.field("skipped").is_none());
}

#[test]
fn page_of_every_shape() {
    let page = render(
        <shapes::Node<'static> as ApiModel>::MODEL,
        &Options::default().with_link_prefix("./"),
    );
    let doc = parse(&page);
    assert_eq!(doc.title, "Node");
    assert_eq!(doc.description, ["A tree.", "It grows."]);
    let cells: BTreeMap<String, (String, String, String)> = doc
        .rows
        .iter()
        .map(|r| (r[0].clone(), (r[1].clone(), r[2].clone(), r[3].clone())))
        .collect();
    let check = |wire: &str, ty: &str, required: bool, description: &str| {
        let mark = if required {
            ":heavy_check_mark:"
        } else {
            ":heavy_minus_sign:"
        };
        assert_eq!(
            cells[&format!("`{wire}`")],
            (ty.to_owned(), mark.to_owned(), description.to_owned()),
            "row of `{wire}`"
        );
    };
    check("type", "*string*", true, "A name on two lines.");
    check("count", "*number*", true, "N/A");
    check("ratio", "*number*", true, "N/A");
    check("flag", "*boolean*", false, "N/A");
    check("any", "*any*", true, "N/A");
    check("children", "[Node](./node.md)[]", true, "N/A");
    check("boxed", "[Node](./node.md)", false, "N/A");
    check("byName", "Record<string, [Leaf](./leaf.md)>", true, "N/A");
    check("scores", "Record<string, *number*[]>", true, "N/A");
    check("matrix", "*number*[][]", true, "N/A");
    check("tuple", "*(u8, String)*", false, "N/A");
    check("opaque", "*Opaque*", false, "N/A");
    check("x-custom", "*string*", false, "Pipes \\| in a cell.");
    check("defaulted", "*number*", false, "N/A");
    check("requiredOption", "[Leaf](./leaf.md)", true, "N/A");
    assert!(
        !cells.contains_key("`skipped`"),
        "skipped fields are not on the wire"
    );
    assert_eq!(cells.len(), 24);
}

// ------------------------------------------------------------------- the real SDK, regenerated

/// A document as the comparison sees it: padding and the Example column aside.
#[derive(Debug, PartialEq)]
struct Doc {
    title: String,
    description: Vec<String>,
    section: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn parse(text: &str) -> Doc {
    let mut lines = text.lines();
    let title = lines
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .expect("a `# Title` line")
        .to_owned();
    let mut description = Vec::new();
    let mut section = String::new();
    for line in lines.by_ref() {
        if let Some(s) = line.strip_prefix("## ") {
            s.clone_into(&mut section);
            break;
        }
        if !line.trim().is_empty() {
            description.push(line.trim().to_owned());
        }
    }
    let table: Vec<Vec<String>> = lines
        .filter(|l| l.starts_with('|'))
        .map(|l| cells(l).into_iter().take(4).collect())
        .collect();
    assert!(table.len() >= 2, "{title}: no table");
    Doc {
        title,
        description,
        section,
        header: table[0].clone(),
        rows: table[2..].to_vec(),
    }
}

/// The cells of a table row; `\|` does not split.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let mut out = vec![String::new()];
    let mut escaped = false;
    for c in inner.chars() {
        if c == '|' && !escaped {
            out.push(String::new());
        } else {
            out.last_mut().unwrap().push(c);
        }
        escaped = c == '\\';
    }
    out.into_iter().map(|c| c.trim().to_owned()).collect()
}

#[test]
fn every_reference_document_is_regenerated() {
    let folder = fixture("reference/stackone-ts-2023-11");
    let models: BTreeMap<String, &Model> = stackone::MODELS
        .iter()
        .map(|m| (format!("{}.md", m.name.to_lowercase()), *m))
        .collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 204);
    assert_eq!(models.len(), 204);

    let (mut same, mut exact, mut with_example) = (0, 0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap().to_str().unwrap();
        let reference = std::fs::read_to_string(path).unwrap();
        let Some(model) = models.get(file) else {
            failures.push(format!("{file}: no model"));
            continue;
        };
        let page = render(model, &Options::default());
        if page == reference {
            exact += 1;
        }
        if reference
            .lines()
            .any(|l| l.starts_with("| Field") && l.contains("| Example"))
        {
            with_example += 1;
        }
        let (ours, theirs) = (parse(&page), parse(&reference));
        if ours == theirs {
            same += 1;
        } else {
            failures.push(format!("{file}:\n  ours:   {ours:?}\n  theirs: {theirs:?}"));
        }
    }
    println!(
        "{same} of {} documents regenerated (title, description, every Field/Type/Required/Description \
         or Name/Value cell); {exact} byte for byte; {with_example} have an Example column, \
         which changes their padding",
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(same, 204);
    // Every document without an Example column is reproduced byte for byte, padding included.
    assert_eq!(exact, 204 - with_example);
}

/// The table is a guest too: every name it could lean on shadowed. (Not under
/// `#![no_implicit_prelude]`, which the builder's `#[diagnostic::…]` gates cannot live in.)
mod guest {
    #![allow(dead_code, missing_docs, clippy::upper_case_acronyms)]

    struct Option;
    struct Some;
    struct None;
    struct String;
    struct Vec;
    struct Model;
    struct Type;
    struct Field;
    struct Role;
    struct Probe;
    struct NotModel;
    struct ApiModel;
    mod meta {}
    mod core {}

    /// Outer.
    #[derive(::apimodel::ApiModel)]
    pub struct Outer {
        /// Inners.
        pub inners: ::std::vec::Vec<Inner>,
        pub maybe: ::core::option::Option<Inner>,
        pub name: ::std::string::String,
        pub note: ::core::option::Option<::std::string::String>,
        pub kind: ::core::option::Option<Kind>,
    }

    #[derive(::apimodel::ApiModel)]
    pub struct Inner {
        pub v: u8,
    }

    #[derive(::apimodel::ApiModel)]
    pub enum Kind {
        A,
        #[api(other)]
        Other(::std::string::String),
    }
}

#[test]
fn guest_tables_link_their_models() {
    let page = markdown::<guest::Outer>();
    let rows = parse(&page).rows;
    assert_eq!(
        rows[0],
        [
            "`inners`",
            "[Inner](../../models/shared/inner.md)[]",
            ":heavy_check_mark:",
            "Inners."
        ]
    );
    assert_eq!(rows[1][1], "[Inner](../../models/shared/inner.md)");
    assert_eq!(rows[2][1], "*string*");
    assert_eq!(rows[3][1], "*string*");
    assert_eq!(rows[4][1], "[Kind](../../models/shared/kind.md)");
    assert_eq!(
        <guest::Outer as ApiModel>::MODEL.fields()[3].ty,
        "::core::option::Option<::std::string::String>"
    );
}
