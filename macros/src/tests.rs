//! The expansion never panics: generated struct and enum definitions, with random names,
//! types and attribute contents (valid and garbage), all give tokens or a `compile_error!`.

// Building test sources with `format!` reads better than `write!` chains.
#![allow(clippy::format_push_string)]

use std::panic;

/// A small deterministic generator (xorshift), so failures reproduce from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "id",
    "name",
    "r#type",
    "r#match",
    "build",
    "builder",
    "value",
    "map",
    "state",
    "__",
    "_x",
    "maybe_id",
    "__field0",
    "serializer",
    "deserializer",
    "émoji",
    "a_b_c",
    "URL",
    "x2",
];
const TYPES: &[&str] = &[
    "String",
    "u8",
    "i64",
    "f64",
    "bool",
    "Option<String>",
    "Option<Vec<u8>>",
    "Option<Option<u8>>",
    "Option<Option<T>>",
    "Vec<T>",
    "Option<T>",
    "&'a str",
    "Cow<'a, str>",
    "BTreeMap<String, u8>",
    "serde_json::Map<String, serde_json::Value>",
    "Box<Self>",
    "[u8; 4]",
    "(u8, u8)",
    "::core::option::Option<u8>",
    "std::option::Option<T>",
    "fn()",
    "dyn Send",
    "_",
];
const FIELD_ATTRS: &[&str] = &[
    "",
    "rename = \"x\"",
    "rename = \"\"",
    "rename = 5",
    "rename",
    "default",
    "default = 3",
    "default = ",
    "default = Vec::<u8>::new()",
    "default = HashMap::<K, V>::new(), skip",
    "required",
    "required = true",
    "skip",
    "with = \"m\"",
    "with = \"1 + 2\"",
    "with = m",
    "additional_properties",
    "into = false",
    "into = \"no\"",
    "into",
    "skip_none = false",
    "skip_none = true",
    "skip_none",
    "skip_none = \"no\"",
    "flatten",
    "rename = \"a\", rename = \"b\"",
    "=",
    ",",
    "::",
    "rename(x)",
    "default(1)",
];
const CONTAINER_ATTRS: &[&str] = &[
    "",
    "rename_all = \"camelCase\"",
    "rename_all = \"kebab-case\"",
    "rename_all = \"nope\"",
    "rename_all = 1",
    "deny_unknown_fields",
    "deny_unknown_fields = true",
    "crate = \"x::y\"",
    "crate = \"1\"",
    "crate = \"\"",
    "tag = \"t\"",
    "tag = \"x\"",
    "tag = \"t\", content = \"c\"",
    "content = \"c\"",
    "tag = \"c\", content = \"c\"",
    "untagged",
    "untagged, tag = \"t\"",
    "tag",
    "skip_none = false",
    "skip_none",
    "rename_all",
    ",,",
];
const GENERICS: &[&str] = &[
    "",
    "<T>",
    "<'a>",
    "<'a, T: Clone>",
    "<T = u8>",
    "<const N: usize>",
    "<T> where T: Copy",
];

fn random_struct(rng: &mut Rng) -> String {
    let mut src = String::new();
    for _ in 0..rng.below(3) {
        src.push_str(&format!("#[api({})]\n", rng.pick(CONTAINER_ATTRS)));
    }
    let generics = rng.pick(GENERICS);
    let (params, wh) = generics
        .split_once(" where ")
        .map_or((generics, ""), |(p, w)| (p, w));
    let wh = if wh.is_empty() {
        String::new()
    } else {
        format!(" where {wh}")
    };
    src.push_str(&format!("pub struct Model{params}{wh} {{\n"));
    for _ in 0..rng.below(6) {
        for _ in 0..rng.below(3) {
            src.push_str(&format!("    #[api({})]\n", rng.pick(FIELD_ATTRS)));
        }
        if rng.below(4) == 0 {
            src.push_str("    /// Docs.\n");
        }
        src.push_str(&format!(
            "    pub {}: {},\n",
            rng.pick(NAMES),
            rng.pick(TYPES)
        ));
    }
    src.push('}');
    src
}

fn random_enum(rng: &mut Rng) -> String {
    let mut src = String::new();
    for _ in 0..rng.below(2) {
        src.push_str(&format!("#[api({})]\n", rng.pick(CONTAINER_ATTRS)));
    }
    src.push_str(&format!("pub enum Kind{} {{\n", rng.pick(&["", "<T>"])));
    let variants = [
        "A",
        "B",
        "HrisLegacy",
        "A2",
        "r#Type",
        "Unknown(String)",
        "Other(u8)",
        "Unit { x: u8 }",
        "Two(String, String)",
        "S { #[api(rename = \"t\")] y: Option<u8>, #[api(default)] z: Vec<u8> }",
        "S2 { #[api(skip)] a: u8, #[api(with = \"m\")] b: u8, c: Option<Option<u8>> }",
        "V(serde_json::Value)",
        "M(Model)",
        "T(#[api(rename = \"x\")] u8)",
        "E {}",
        "Z()",
    ];
    let attrs = [
        "",
        "other",
        "rename = \"a\"",
        "rename = \"b\"",
        "other, rename = \"x\"",
        "othr",
        "other = 1",
        "untagged",
        "untagged, other",
    ];
    for _ in 0..rng.below(6) {
        src.push_str(&format!(
            "    #[api({})]\n    {},\n",
            rng.pick(&attrs),
            rng.pick(&variants)
        ));
    }
    src.push('}');
    src
}

#[test]
fn expansion_never_panics() {
    let cases: u64 = std::env::var("APIMODEL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut errors, mut unparsable) = (0u64, 0u64, 0u64);
    for case in 0..cases {
        let src = if rng.below(3) == 0 {
            random_enum(&mut rng)
        } else {
            random_struct(&mut rng)
        };
        let Ok(input) = syn::parse_str::<syn::DeriveInput>(&src) else {
            unparsable += 1;
            continue;
        };
        let result = panic::catch_unwind(|| crate::expand::derive(&input).to_string());
        match result {
            Ok(tokens) if tokens.contains("compile_error") => errors += 1,
            Ok(_) => ok += 1,
            Err(payload) => panic!("case {case}: the derive panicked ({payload:?}) on\n{src}"),
        }
    }
    // The generator reaches both outcomes; otherwise it tests nothing.
    assert!(ok > cases / 20, "only {ok} expansions without errors");
    assert!(errors > cases / 20, "only {errors} expansions with errors");
    assert!(unparsable < cases / 2, "{unparsable} unparsable inputs");
}

/// Token trees in `tokens`, counting every token inside groups.
pub(crate) fn count_tokens(tokens: proc_macro2::TokenStream) -> usize {
    tokens
        .into_iter()
        .map(|tt| match tt {
            proc_macro2::TokenTree::Group(g) => 1 + count_tokens(g.stream()),
            _ => 1,
        })
        .sum()
}

/// The seed model as a user writes it: the fixture of the expansion-size tests.
pub(crate) const SEED_MODEL: &str = r"
pub struct ConnectSessionCreate {
    /// The categories of the provider to connect to
    pub categories: Option<Vec<ConnectSessionCreateCategories>>,
    /// How long the session should be valid for in seconds
    pub expires_in: Option<f64>,
    /// The metadata for the connection
    pub metadata: Option<ConnectSessionCreateMetadata>,
    /// The origin owner identifier
    pub origin_owner_id: String,
    /// The origin owner name
    pub origin_owner_name: String,
    /// The origin username
    pub origin_username: Option<String>,
    /// The provider to connect to
    pub provider: Option<String>,
}";

/// A data enum of every variant shape an internally tagged enum allows.
const UNION_MODEL: &str = r#"
#[api(tag = "type")]
pub enum Event {
    Ping,
    MessageCreated(Message),
    MemberJoined { member_id: String, display_name: String, invited_by: Option<String> },
    Typing { member_id: String, channel_id: String },
}"#;

/// The size of the expansion is a product number (it is what every `cargo check` of an SDK
/// type-checks): this budget makes growth a deliberate decision. Run with `--nocapture` to see
/// the figures, split by part; `BENCHMARKS.md` tracks them.
#[test]
fn expansion_size_budget() {
    let seed: syn::DeriveInput = syn::parse_str(SEED_MODEL).unwrap();
    let seed_tokens = count_tokens(crate::expand::derive(&seed));
    let cx = crate::ctxt::Ctxt::default();
    let cont = crate::ast::Container::from_ast(&cx, &seed).unwrap();
    cx.check().unwrap();
    if let crate::ast::Data::Struct(fields) = &cont.data {
        let (item, impls) = crate::builder::expand(&cont, fields, false);
        println!(
            "ConnectSessionCreate by part: builder {}, Serialize {}, Deserialize {}, metadata {}",
            count_tokens(item) + count_tokens(impls),
            count_tokens(crate::ser::expand(&cont, fields)),
            count_tokens(crate::de::expand(&cont, fields)),
            count_tokens(crate::meta::expand(&cont)),
        );
    }
    let wide = format!(
        "pub struct Wide {{ {} }}",
        (0..100)
            .map(|i| if i % 5 == 0 {
                format!("pub f{i}: String,")
            } else {
                format!("pub f{i}: Option<u32>,")
            })
            .collect::<String>()
    );
    let wide: syn::DeriveInput = syn::parse_str(&wide).unwrap();
    let wide_tokens = count_tokens(crate::expand::derive(&wide));
    println!(
        "expansion tokens: ConnectSessionCreate {seed_tokens}, 100 fields (20 required) {wide_tokens}"
    );
    // Data enums are not budgeted yet; printed so that their growth is seen.
    for (name, src) in [
        ("internally tagged union", UNION_MODEL),
        (
            "externally tagged union",
            &UNION_MODEL.replace("#[api(tag = \"type\")]", ""),
        ),
    ] {
        let union: syn::DeriveInput = syn::parse_str(src).unwrap();
        let cx = crate::ctxt::Ctxt::default();
        let cont = crate::ast::Container::from_ast(&cx, &union).unwrap();
        cx.check().unwrap();
        println!(
            "{name} (4 variants, 5 fields): {} tokens, of which metadata {}",
            count_tokens(crate::expand::derive(&union)),
            count_tokens(crate::meta::expand(&cont)),
        );
    }
    assert!(
        seed_tokens < 2500,
        "ConnectSessionCreate expands to {seed_tokens} tokens"
    );
    assert!(
        wide_tokens < 29_000,
        "the 100-field model expands to {wide_tokens} tokens"
    );
}
