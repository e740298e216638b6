//! Property tests against the serde_derive mirrors.
//!
//! - Random values: the same serialized bytes (JSON, pretty JSON, `serde_json::Value`, YAML,
//!   postcard — including postcard's errors) and the same values read back.
//! - Random JSON text built from fragments (the model's keys, their case variants, unknown and
//!   escaped keys; values of random types; duplicates; truncation; arrays instead of objects):
//!   the same accept/reject decision and the same messages.
//!
//! Each property runs `APIMODEL_PROPTEST_CASES` cases (default 1000).

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    clippy::float_cmp,
    reason = "test tables written uniformly; floats are compared exactly on purpose"
)]

use apimodel::models::ConnectSessionCreate;
use apimodel_tests::mirror::{self, agree, shapes};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

fn config() -> Config {
    let cases = std::env::var("APIMODEL_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Random values.

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 _-]{0,12}",
        any::<String>(),
        Just(String::new()),
        "[\"\\\\\n\t\u{0}\u{7f}\u{e9}\u{1F600}]{0,4}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Floats that read back exactly (serde_json's default float parser is not
        // correctly rounded for every input, which would make read-back compare unequal).
        (any::<i32>(), 1..4u8).prop_map(|(i, q)| Value::from(f64::from(i) + f64::from(q) * 0.25)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn category() -> impl Strategy<Value = mirror::ConnectSessionCreateCategories> {
    prop_oneof![
        prop::sample::select(mirror::CATEGORY_VALUES.to_vec()).prop_map(|v| v.to_owned().into()),
        text().prop_map(mirror::ConnectSessionCreateCategories::from),
    ]
}

/// A float whose shortest decimal form reads back exactly, or (rarely) any finite float.
fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => (any::<i32>(), 0..4u8).prop_map(|(i, q)| f64::from(i) + f64::from(q) * 0.25),
        1 => any::<f64>().prop_filter("finite", |f| f.is_finite()),
    ]
}

fn metadata() -> impl Strategy<Value = mirror::ConnectSessionCreateMetadata> {
    prop::collection::btree_map(text(), json_value(), 0..5).prop_map(|m| {
        mirror::ConnectSessionCreateMetadata {
            values: m.into_iter().collect::<Map<String, Value>>(),
        }
    })
}

fn seed() -> impl Strategy<Value = mirror::ConnectSessionCreate> {
    (
        prop::option::of(prop::collection::vec(category(), 0..5)),
        prop::option::of(float()),
        prop::option::weighted(0.3, metadata()),
        text(),
        text(),
        prop::option::of(text()),
        prop::option::of(text()),
    )
        .prop_map(
            |(categories, expires_in, metadata, id, name, username, provider)| {
                mirror::ConnectSessionCreate {
                    categories,
                    expires_in,
                    metadata,
                    origin_owner_id: id,
                    origin_owner_name: name,
                    origin_username: username,
                    provider,
                }
            },
        )
}

fn status() -> impl Strategy<Value = mirror::Status> {
    prop_oneof![
        Just(mirror::Status::Active),
        Just(mirror::Status::PendingReview),
        Just(mirror::Status::Deleted),
    ]
}

fn owner() -> impl Strategy<Value = mirror::Owner> {
    (
        text(),
        prop::option::of(text()),
        prop::collection::vec(status(), 0..3),
    )
        .prop_map(|(owner_id, email_address, roles)| mirror::Owner {
            owner_id,
            email_address,
            roles,
        })
}

fn account() -> impl Strategy<Value = mirror::Account> {
    (
        (
            any::<u64>(),
            text(),
            any::<bool>(),
            any::<u8>(),
            any::<i8>(),
            any::<i16>(),
            any::<u16>(),
            any::<i32>(),
            any::<i64>(),
        ),
        (
            prop::option::of(any::<u32>()),
            prop::collection::vec(text(), 0..3),
            owner(),
            prop::option::of(owner()),
            status(),
            prop::option::of(prop::collection::vec(any::<i8>(), 0..4)),
        ),
    )
        .prop_map(
            |(
                (
                    account_id,
                    name,
                    is_active,
                    small,
                    signed_small,
                    short_value,
                    unsigned_short,
                    medium_value,
                    big_value,
                ),
                (level, tags, owner, backup_owner, status, scores),
            )| mirror::Account {
                account_id,
                name,
                is_active,
                small,
                signed_small,
                short_value,
                unsigned_short,
                medium_value,
                big_value,
                level,
                tags,
                owner,
                backup_owner,
                status,
                scores,
            },
        )
}

fn settings() -> impl Strategy<Value = mirror::Settings> {
    (
        text(),
        any::<u32>(),
        any::<u64>(),
        prop::option::of(text()),
        any::<u16>(),
        prop::option::of(prop_oneof![
            Just(mirror::Color::Red),
            Just(mirror::Color::DarkBlue)
        ]),
    )
        .prop_map(
            |(name, retries, timeout_ms, parent, port, color)| mirror::Settings {
                name,
                retries,
                timeout_ms,
                parent,
                cache: Vec::new(),
                port,
                color,
            },
        )
}

/// Same bytes in every format, the same outcome when read back, and (for JSON) the value
/// read back equal to the one written. Returns the postcard outcome for further checks.
fn same_everywhere<A, M>(ours: &A, theirs: &M) -> Result<A, postcard::Error>
where
    A: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    M: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_vec(ours).unwrap();
    assert_eq!(json, serde_json::to_vec(theirs).unwrap());
    assert_eq!(
        serde_json::to_string_pretty(ours).unwrap(),
        serde_json::to_string_pretty(theirs).unwrap()
    );
    let value = serde_json::to_value(ours).unwrap();
    assert_eq!(value, serde_json::to_value(theirs).unwrap());
    let yaml = serde_yaml::to_string(ours).unwrap();
    assert_eq!(yaml, serde_yaml::to_string(theirs).unwrap());

    // Read back: the same outcome as the mirror.
    let back = |a: Result<A, String>, m: Result<M, String>| {
        let a = a.map(|v| serde_json::to_string(&v).unwrap());
        let m = m.map(|v| serde_json::to_string(&v).unwrap());
        assert_eq!(a, m);
    };
    back(
        serde_json::from_slice(&json).map_err(|e| e.to_string()),
        serde_json::from_slice(&json).map_err(|e| e.to_string()),
    );
    back(
        serde_json::from_value(value.clone()).map_err(|e| e.to_string()),
        serde_json::from_value(value).map_err(|e| e.to_string()),
    );
    back(
        serde_yaml::from_str(&yaml).map_err(|e| e.to_string()),
        serde_yaml::from_str(&yaml).map_err(|e| e.to_string()),
    );

    let bytes = postcard::to_allocvec(ours);
    assert_eq!(bytes, postcard::to_allocvec(theirs));
    let bytes = bytes?;
    let a = postcard::from_bytes::<A>(&bytes);
    let m = postcard::from_bytes::<M>(&bytes);
    assert_eq!(
        a.as_ref().map(|v| serde_json::to_string(v).unwrap()),
        m.as_ref().map(|v| serde_json::to_string(v).unwrap())
    );
    a
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn seed_values_serialize_identically(theirs in seed()) {
        let ours = ConnectSessionCreate::from(theirs.clone());
        let postcard = same_everywhere(&ours, &theirs);
        // JSON reads back the same value (the floats drawn read back exactly).
        let json = serde_json::to_string(&ours).unwrap();
        let back: ConnectSessionCreate = serde_json::from_str(&json).unwrap();
        if theirs.expires_in.is_none_or(|f| f.abs() < 1e10 && f == (f * 4.0).round() / 4.0) {
            prop_assert_eq!(&back, &ours);
        }
        prop_assert_eq!(back, ConnectSessionCreate::from(serde_json::from_str::<mirror::ConnectSessionCreate>(&json).unwrap()));
        // postcard: metadata cannot be written; with it absent the skipped `None` makes the
        // bytes unreadable (documented in test_formats), the same as with serde_derive.
        if theirs.metadata.is_some() && !theirs.metadata.as_ref().unwrap().values.is_empty() {
            prop_assert_eq!(postcard.unwrap_err(), postcard::Error::SerializeSeqLengthUnknown);
        }
    }

    #[test]
    fn account_and_settings_values_serialize_identically(a in account(), s in settings()) {
        let ours = shapes::Account::from(a.clone());
        let back = same_everywhere(&ours, &a);
        let all_set = a.level.is_some()
            && a.backup_owner.as_ref().is_some_and(|o| o.email_address.is_some())
            && a.owner.email_address.is_some()
            && a.scores.is_some();
        if all_set {
            prop_assert_eq!(back.unwrap(), ours.clone());
        }
        let json = serde_json::to_string(&ours).unwrap();
        prop_assert_eq!(serde_json::from_str::<shapes::Account>(&json).unwrap(), ours);

        let ours = shapes::Settings::from(s.clone());
        let back = same_everywhere(&ours, &s);
        if s.color.is_some() {
            prop_assert_eq!(back.unwrap(), ours.clone());
        }
        let json = serde_json::to_string(&ours).unwrap();
        prop_assert_eq!(serde_json::from_str::<shapes::Settings>(&json).unwrap(), ours);
    }
}

// ---------------------------------------------------------------------------------------
// Random JSON text.

const SEED_KEYS: &[&str] = &[
    "categories",
    "expiresIn",
    "metadata",
    "originOwnerId",
    "originOwnerName",
    "originUsername",
    "provider",
];

const ACCOUNT_KEYS: &[&str] = &[
    "account_id",
    "displayName",
    "is_active",
    "small",
    "signed_small",
    "short_value",
    "unsigned_short",
    "medium_value",
    "big_value",
    "level",
    "tags",
    "owner",
    "backup_owner",
    "status",
    "scores",
];

const SETTINGS_KEYS: &[&str] = &[
    "name",
    "retries",
    "timeoutMs",
    "parent",
    "cache",
    "port",
    "color",
];

/// A key: one of the model's, a case variant of one, an escaped spelling, or an unknown one.
fn key(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    let known = prop::sample::select(keys.to_vec());
    prop_oneof![
        6 => known.clone().prop_map(str::to_owned),
        1 => known.clone().prop_map(str::to_uppercase),
        1 => known.clone().prop_map(|k| {
            let mut c = k.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }),
        1 => known.prop_map(|k| format!("\\u{:04x}{}", u32::from(k.as_bytes()[0]), &k[1..])),
        1 => "[a-zA-Z_]{0,6}",
        1 => Just("ownerId".to_owned()),
        1 => Just("roles".to_owned()),
    ]
}

/// Value text: random JSON of any type, values near the edges, or not JSON at all.
fn value_text() -> impl Strategy<Value = String> {
    let edges = prop::sample::select(vec![
        "null",
        "0",
        "-1",
        "255",
        "256",
        "-129",
        "65536",
        "2147483648",
        "-9223372036854775809",
        "18446744073709551616",
        "1e400",
        "-0.0",
        "0.5",
        "1e2",
        "\"\"",
        "\"hris\"",
        "\"ACTIVE\"",
        "\"gone\"",
        "\"red\"",
        "\"darkBlue\"",
        "\"80\"",
        "\"x\"",
        "[\"hris\",\"new\"]",
        "[\"PENDING_REVIEW\"]",
        "{\"ownerId\":\"o\",\"roles\":[]}",
        "{\"ownerId\":1}",
        "[]",
        "{}",
        "[1,-1]",
        "{\"a\":[{}]}",
        "nul",
        "01",
        "[1,",
        "{\"a\"",
        "\"\\ud800\"",
        "tru",
        "\"\\q\"",
        "[[[[[[]]]]]]",
    ]);
    prop_oneof![
        3 => json_value().prop_map(|v| v.to_string()),
        3 => edges.prop_map(str::to_owned),
    ]
}

/// A document: members (with the model's keys mostly), maybe wrapped as an array, maybe cut.
fn document(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        prop::collection::vec((key(keys), value_text()), 0..10),
        any::<bool>(),
        prop::option::weighted(0.15, any::<prop::sample::Index>()),
        prop::sample::select(vec!["", " ", "\n", "\t "]),
        0..20u8,
    )
        .prop_map(|(members, as_array, cut, ws, odd)| {
            let mut text = if as_array && odd < 3 {
                let values: Vec<&str> = members.iter().map(|(_, v)| v.as_str()).collect();
                format!("[{}]", values.join(","))
            } else {
                let members: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("{ws}\"{k}\"{ws}:{ws}{v}"))
                    .collect();
                format!("{{{}{ws}}}", members.join(","))
            };
            if odd == 19 {
                text.push(',');
            }
            if let Some(cut) = cut {
                let mut at = cut.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.truncate(at);
            }
            text
        })
}

/// Always two required members up front, so more documents get past `missing field`.
fn seed_document() -> impl Strategy<Value = String> {
    (document(SEED_KEYS), any::<bool>()).prop_map(|(doc, prefix)| {
        if prefix && doc.starts_with('{') && doc.len() > 2 {
            format!(
                r#"{{"originOwnerId":"i","originOwnerName":"n",{}"#,
                &doc[1..]
            )
        } else {
            doc
        }
    })
}

/// What the free-form metadata must read from `text`: exactly the JSON objects, keeping every
/// key (a repeated key's last value). Whatever the seed model made of the same text: it skips
/// the values of unknown keys unread, so it accepts objects the metadata cannot hold (a lone
/// surrogate `"\ud800"` under an unknown key).
fn metadata_of(text: &str) -> Option<String> {
    serde_json::from_str::<Map<String, Value>>(text)
        .ok()
        .map(|map| serde_json::to_string(&map).unwrap())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_seed_documents(doc in seed_document()) {
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&doc).ok();
        let metadata = agree::<apimodel::models::ConnectSessionCreateMetadata, mirror::ConnectSessionCreateMetadata>(&doc);
        prop_assert_eq!(metadata.ok(), metadata_of(&doc), "{:?}", doc);
    }

    #[test]
    fn random_account_documents(doc in document(ACCOUNT_KEYS)) {
        agree::<shapes::Account, mirror::Account>(&doc).ok();
        agree::<shapes::Owner, mirror::Owner>(&doc).ok();
    }

    #[test]
    fn random_settings_documents(doc in document(SETTINGS_KEYS)) {
        agree::<shapes::Settings, mirror::Settings>(&doc).ok();
    }
}

/// The JSON generator is not vacuous: over a fixed sample it produces documents that are
/// accepted and documents rejected for each kind of reason.
#[test]
fn generator_reaches_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = seed_document();
    let (mut ok, mut missing, mut duplicate, mut invalid, mut syntax) = (0, 0, 0, 0, 0);
    for _ in 0..3000 {
        let doc = strategy.new_tree(&mut runner).unwrap().current();
        match agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&doc) {
            Ok(_) => ok += 1,
            Err(e) if e.starts_with("missing field") => missing += 1,
            Err(e) if e.starts_with("duplicate field") => duplicate += 1,
            Err(e) if e.starts_with("invalid") => invalid += 1,
            Err(_) => syntax += 1,
        }
    }
    assert!(
        ok > 30 && missing > 30 && duplicate > 30 && invalid > 30 && syntax > 30,
        "ok {ok}, missing {missing}, duplicate {duplicate}, invalid {invalid}, syntax {syntax}"
    );
}

/// `random_seed_documents` checks the metadata on documents it accepts and on ones it rejects.
#[test]
fn seed_documents_reach_both_metadata_outcomes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = seed_document();
    let (mut ok, mut err) = (0, 0);
    for _ in 0..3000 {
        let doc = strategy.new_tree(&mut runner).unwrap().current();
        match metadata_of(&doc) {
            Some(_) => ok += 1,
            None => err += 1,
        }
    }
    assert!(ok > 30 && err > 30, "ok {ok}, err {err}");
}
