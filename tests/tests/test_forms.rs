//! Field and struct forms beyond the flat model — `skip_none`, tri-state `Option<Option<T>>`,
//! newtypes — each against the `serde_derive` setup it stands for: same bytes (serde_json and
//! postcard), same accept/reject decisions, same error messages.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]
#![allow(clippy::option_option, reason = "tri-state fields are the subject")]

use std::fmt::Debug;

use apimodel::ApiModel;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Parses every document into both types: the same value (compared as the JSON each writes
/// back) or the same error message.
fn same_json<A, M>(docs: &[&str])
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    for doc in docs {
        let ours = serde_json::from_str::<A>(doc).map(|v| serde_json::to_string(&v).unwrap());
        let theirs = serde_json::from_str::<M>(doc).map(|v| serde_json::to_string(&v).unwrap());
        match (&ours, &theirs) {
            (Ok(a), Ok(m)) => assert_eq!(a, m, "re-serialized {doc}"),
            (Err(a), Err(m)) => assert_eq!(a.to_string(), m.to_string(), "error for {doc}"),
            _ => panic!("{doc}: apimodel {ours:?}, serde_derive {theirs:?}"),
        }
    }
}

/// Both values write the same JSON and the same postcard bytes, which both read back the same;
/// every prefix of those bytes (and the bytes with a trailing extra) reads back the same
/// in both, or fails the same way. (A `None` skipped in postcard's sequence does not read back
/// in either: postcard has no end marker, which is why `skip_none = false` exists.)
fn same_value<A, M>(ours: &A, theirs: &M) -> String
where
    A: Serialize + DeserializeOwned + Debug + PartialEq,
    M: Serialize + DeserializeOwned,
{
    let json = serde_json::to_string(ours).unwrap();
    assert_eq!(json, serde_json::to_string(theirs).unwrap());
    same_json::<A, M>(&[&json]);
    let bytes = postcard::to_allocvec(ours).unwrap();
    assert_eq!(
        bytes,
        postcard::to_allocvec(theirs).unwrap(),
        "postcard of {json}"
    );
    let mut longer = bytes.clone();
    longer.push(1);
    for input in (0..=bytes.len()).map(|n| &bytes[..n]).chain([&longer[..]]) {
        let a = postcard::from_bytes::<A>(input).map(|v| serde_json::to_string(&v).unwrap());
        let m = postcard::from_bytes::<M>(input).map(|v| serde_json::to_string(&v).unwrap());
        assert_eq!(a, m, "postcard {input:?}");
    }
    json
}

// ---------------------------------------------------------------------------------------------
// skip_none = false

/// `skip_none = false` on one field.
#[derive(ApiModel, Debug, PartialEq, Clone)]
struct Nulls {
    id: String,
    /// Written as `null` when `None`.
    #[api(skip_none = false)]
    note: Option<String>,
    tag: Option<u32>,
}

#[allow(clippy::unnecessary_wraps)] // serde's `default = "…"` names a function
fn five() -> Option<u32> {
    Some(5)
}

/// `skip_none = false` on the container, overridden by fields.
#[derive(ApiModel, Debug, PartialEq, Clone)]
#[api(skip_none = false)]
struct AllNulls {
    first: Option<u32>,
    #[api(skip_none = true)]
    second: Option<String>,
    count: u8,
    #[api(default = Some(5), skip_none = true)]
    limit: Option<u32>,
    #[api(rename = "LAST")]
    last: Option<bool>,
}

mod mirror_nulls {
    use super::{Deserialize, Serialize, five};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Nulls {
        pub id: String,
        pub note: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<u32>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct AllNulls {
        pub first: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub second: Option<String>,
        pub count: u8,
        #[serde(default = "five", skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
        #[serde(rename = "LAST")]
        pub last: Option<bool>,
    }
}

#[test]
fn skip_none_false_writes_null() {
    let none = Nulls::builder().id("a").build();
    let json = same_value(
        &none,
        &mirror_nulls::Nulls {
            id: "a".into(),
            note: None,
            tag: None,
        },
    );
    assert_eq!(json, r#"{"id":"a","note":null}"#);
    assert_eq!(serde_json::from_str::<Nulls>(&json).unwrap(), none);
    // `note` is in the sequence as `None`; `tag` is skipped (serde's `skip_serializing_if`).
    assert_eq!(postcard::to_allocvec(&none).unwrap(), [1, b'a', 0]);
    let some = Nulls::builder().id("a").note("n").tag(7_u32).build();
    let json = same_value(
        &some,
        &mirror_nulls::Nulls {
            id: "a".into(),
            note: Some("n".into()),
            tag: Some(7),
        },
    );
    assert_eq!(json, r#"{"id":"a","note":"n","tag":7}"#);
    let bytes = postcard::to_allocvec(&some).unwrap();
    assert_eq!(postcard::from_bytes::<Nulls>(&bytes).unwrap(), some);
    let note_only = Nulls::builder().id("").maybe_note(None).tag(0_u32).build();
    let bytes = postcard::to_allocvec(&note_only).unwrap();
    assert_eq!(bytes, [0, 0, 1, 0]);
    assert_eq!(postcard::from_bytes::<Nulls>(&bytes).unwrap(), note_only);
    same_value(
        &note_only,
        &mirror_nulls::Nulls {
            id: String::new(),
            note: None,
            tag: Some(0),
        },
    );
}

#[test]
fn skip_none_false_reads_as_serde() {
    same_json::<Nulls, mirror_nulls::Nulls>(&[
        r#"{"id":"a"}"#,
        r#"{"id":"a","note":null}"#,
        r#"{"id":"a","note":"n"}"#,
        r#"{"id":"a","note":"n","tag":null}"#,
        r#"{"id":"a","note":1}"#,
        r#"{"id":"a","note":"n","note":null}"#,
        r#"{"id":"a","note":null,"note":null}"#,
        r#"{"note":null}"#,
        r#"{"id":null}"#,
        r#"{"id":"a","x":[1,{}]}"#,
        r#"["a"]"#,
        r#"["a", null]"#,
        r#"["a", "n", 3]"#,
        r#"["a", "n", 3, 4]"#,
        r#"[]"#,
        r#"[null]"#,
        r#""a""#,
        "null",
        "7",
    ]);
}

#[test]
fn skip_none_on_the_container() {
    let empty = AllNulls::builder().count(1_u8).build();
    let mirror_empty = mirror_nulls::AllNulls {
        first: None,
        second: None,
        count: 1,
        limit: Some(5),
        last: None,
    };
    assert_eq!(
        same_value(&empty, &mirror_empty),
        r#"{"first":null,"count":1,"limit":5,"LAST":null}"#
    );
    let bytes = postcard::to_allocvec(&empty).unwrap();
    assert_eq!(bytes, [0, 1, 1, 5, 0]);
    assert_eq!(
        postcard::from_bytes::<AllNulls>(&[0, 0, 1, 1, 5, 0]).unwrap(),
        empty
    );
    let nothing = AllNulls::builder().count(1_u8).maybe_limit(None).build();
    let mirror_nothing = mirror_nulls::AllNulls {
        limit: None,
        ..mirror_empty
    };
    assert_eq!(
        same_value(&nothing, &mirror_nothing),
        r#"{"first":null,"count":1,"LAST":null}"#
    );
    let full = AllNulls::builder()
        .first(1_u32)
        .second("s")
        .count(2_u8)
        .limit(3_u32)
        .last(true)
        .build();
    same_value(
        &full,
        &mirror_nulls::AllNulls {
            first: Some(1),
            second: Some("s".into()),
            count: 2,
            limit: Some(3),
            last: Some(true),
        },
    );
    same_json::<AllNulls, mirror_nulls::AllNulls>(&[
        r#"{"count":1}"#,
        r#"{"count":1,"first":null,"second":null,"limit":null,"LAST":null}"#,
        r#"{"count":1,"first":2,"second":"s","limit":9,"LAST":false}"#,
        r#"{"first":2}"#,
        r#"{"count":1,"LAST":1}"#,
        r#"{"count":1,"last":true}"#,
        r#"{"count":1,"limit":1,"limit":2}"#,
        r#"[null, null, 1]"#,
        r#"[null, null, 1, null, null]"#,
        r#"[1, "s", 2, 3, true]"#,
        r#"[1, "s"]"#,
        r#"[1, "s", 2, 3, true, 6]"#,
    ]);
}

// ---------------------------------------------------------------------------------------------
// Closed enums: serde's map form of a unit variant

/// `doc` read as `A` and as `M` from JSON text, from a `serde_json::Value` and from YAML:
/// the same value (as JSON) or the same message.
fn same_everywhere<A, M>(doc: &str) -> Result<String, String>
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    fn show<T: Serialize, E: ToString>(r: Result<T, E>) -> Result<String, String> {
        r.map(|v| serde_json::to_string(&v).unwrap())
            .map_err(|e| e.to_string())
    }
    let text = show(serde_json::from_str::<A>(doc));
    assert_eq!(text, show(serde_json::from_str::<M>(doc)), "json {doc}");
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(doc) {
        assert_eq!(
            show(serde_json::from_value::<A>(value.clone())),
            show(serde_json::from_value::<M>(value)),
            "value {doc}"
        );
    }
    assert_eq!(
        show(serde_yaml::from_str::<A>(doc)),
        show(serde_yaml::from_str::<M>(doc)),
        "yaml {doc}"
    );
    text
}

/// A `serde_derive` struct that buffers its content (`flatten`): the enum is read from serde's
/// `Content`.
#[derive(Serialize, Deserialize)]
struct Flat<S> {
    #[serde(flatten)]
    inner: Status<S>,
}

#[derive(Serialize, Deserialize)]
struct Status<S> {
    status: S,
}

#[test]
fn closed_enum_reads_the_map_form() {
    use apimodel_tests::mirror::{self, shapes};
    for doc in [
        r#"{"gone": null}"#,
        r#"{"ACTIVE": null}"#,
        r#"{"PENDING_REVIEW": null}"#,
        r#""gone""#,
        r#"{}"#,
        r#"{"a": 1}"#,
        r#"{"gone": 1}"#,
        r#"{"gone": {}}"#,
        r#"{"gone": []}"#,
        r#"{"gone": null, "ACTIVE": null}"#,
        r#"{"a": null, "b": null}"#,
        r#"{"Gone": null}"#,
        r#"{"1": null}"#,
        r#"{"gone": "x"}"#,
        r#"[]"#,
        r#"["gone"]"#,
        "null",
        "1",
    ] {
        same_everywhere::<shapes::Status, mirror::Status>(doc).ok();
        // Through serde's buffered `Content` (an enum inside a `flatten`ed struct).
        let nested = format!(r#"{{"status": {doc}}}"#);
        same_everywhere::<Flat<shapes::Status>, Flat<mirror::Status>>(&nested).ok();
    }
    assert_eq!(
        same_everywhere::<shapes::Status, mirror::Status>(r#"{"gone": null}"#),
        Ok(r#""gone""#.to_owned())
    );
    let err = |doc| same_everywhere::<shapes::Status, mirror::Status>(doc).unwrap_err();
    assert_eq!(err("{}"), "expected value at line 1 column 2");
    assert_eq!(
        err(r#"{"a": null, "b": null}"#),
        "unknown variant `a`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone` at line 1 column 4"
    );
    assert_eq!(
        err(r#"{"gone": null, "ACTIVE": null}"#),
        "expected value at line 1 column 13"
    );
    assert_eq!(
        err(r#"{"gone": 1}"#),
        "invalid type: integer `1`, expected unit at line 1 column 10"
    );
    assert_eq!(
        serde_json::from_str::<Vec<shapes::Status>>(r#"["ACTIVE", {"gone": null}]"#).unwrap(),
        [shapes::Status::Active, shapes::Status::Deleted]
    );
}

// ---------------------------------------------------------------------------------------------
// Sequence length messages

/// One field: serde_derive says "with 1 element".
#[derive(ApiModel, Debug, PartialEq)]
struct One {
    only: u8,
}

/// Two fields, one skipped: the count is of the fields on the wire.
#[derive(ApiModel, Debug, PartialEq)]
struct Two {
    first: u8,
    #[api(skip)]
    hidden: u8,
    second: Option<u8>,
    third: String,
}

mod mirror_len {
    use super::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct One {
        pub only: u8,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Two {
        pub first: u8,
        #[serde(skip)]
        pub hidden: u8,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub second: Option<u8>,
        pub third: String,
    }
}

#[test]
fn sequence_length_messages() {
    same_json::<One, mirror_len::One>(&["[]", "[1]", "[1, 2]", "[null]"]);
    same_json::<Two, mirror_len::Two>(&[
        "[]",
        "[1]",
        "[1, 2]",
        "[1, 2, \"x\"]",
        "[1, null, \"x\", 4]",
    ]);
    assert_eq!(
        serde_json::from_str::<One>("[]").unwrap_err().to_string(),
        "invalid length 0, expected struct One with 1 element at line 1 column 2"
    );
    assert_eq!(
        serde_json::from_str::<Two>("[1]").unwrap_err().to_string(),
        "invalid length 2, expected struct Two with 3 elements at line 1 column 3"
    );
    assert_eq!(
        postcard::from_bytes::<One>(&[]).unwrap_err(),
        postcard::from_bytes::<mirror_len::One>(&[]).unwrap_err()
    );
}

// ---------------------------------------------------------------------------------------------
// Tri-state `Option<Option<T>>`

/// A PATCH body: absent leaves a field alone, `null` clears it, a value sets it.
#[derive(ApiModel, Debug, PartialEq, Clone)]
struct UserPatch {
    /// The display name.
    display_name: Option<Option<String>>,
    age: Option<Option<u32>>,
    tags: Option<Option<Vec<String>>>,
    id: u64,
    #[api(skip_none = false)]
    note: Option<String>,
}

mod mirror_patch {
    #![allow(clippy::option_option)]
    use super::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct UserPatch {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "apimodel_tests::mirror::double_option"
        )]
        pub display_name: Option<Option<String>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "apimodel_tests::mirror::double_option"
        )]
        pub age: Option<Option<u32>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "apimodel_tests::mirror::double_option"
        )]
        pub tags: Option<Option<Vec<String>>>,
        pub id: u64,
        pub note: Option<String>,
    }

    impl From<&super::UserPatch> for UserPatch {
        fn from(p: &super::UserPatch) -> Self {
            UserPatch {
                display_name: p.display_name.clone(),
                age: p.age,
                tags: p.tags.clone(),
                id: p.id,
                note: p.note.clone(),
            }
        }
    }
}

#[test]
fn tri_state_builder() {
    let untouched = UserPatch::builder().id(1_u64).build();
    assert_eq!(untouched.display_name, None);
    let set = UserPatch::builder()
        .id(1_u64)
        .display_name("Ada")
        .age(36_u32)
        .tags(vec!["x".to_owned()])
        .build();
    assert_eq!(set.display_name, Some(Some("Ada".to_owned())));
    assert_eq!(set.age, Some(Some(36)));
    let cleared = UserPatch::builder()
        .id(1_u64)
        .maybe_display_name(None)
        .maybe_age(Some(3))
        .build();
    assert_eq!(cleared.display_name, Some(None));
    assert_eq!(cleared.age, Some(Some(3)));
    // Optional setters keep the builder's type: conditional calls compile.
    let mut b = UserPatch::builder().id(2_u64);
    if cleared.age.is_some() {
        b = b.maybe_tags(None);
    }
    assert_eq!(b.build().tags, Some(None));
}

#[test]
fn tri_state_writes_as_double_option() {
    let cases = [
        (
            UserPatch::builder().id(1_u64).build(),
            r#"{"id":1,"note":null}"#,
        ),
        (
            UserPatch::builder()
                .id(1_u64)
                .maybe_display_name(None)
                .maybe_age(None)
                .maybe_tags(None)
                .build(),
            r#"{"displayName":null,"age":null,"tags":null,"id":1,"note":null}"#,
        ),
        (
            UserPatch::builder()
                .id(1_u64)
                .display_name("")
                .age(0_u32)
                .tags(Vec::new())
                .note("n")
                .build(),
            r#"{"displayName":"","age":0,"tags":[],"id":1,"note":"n"}"#,
        ),
        (
            UserPatch::builder().id(9_u64).maybe_age(None).build(),
            r#"{"age":null,"id":9,"note":null}"#,
        ),
    ];
    for (patch, json) in cases {
        let mirror = mirror_patch::UserPatch::from(&patch);
        assert_eq!(same_value(&patch, &mirror), json);
        assert_eq!(serde_json::from_str::<UserPatch>(json).unwrap(), patch);
    }
    // postcard: `Some(None)` is one `0` byte, `Some(Some(v))` is `1, v` (not `Option<Option<T>>`'s
    // own `1, 0` / `1, 1, v`); every tri-state set, the bytes read back.
    let all_set = UserPatch::builder()
        .id(1_u64)
        .maybe_display_name(None)
        .age(5_u32)
        .tags(vec!["t".to_owned()])
        .build();
    let bytes = postcard::to_allocvec(&all_set).unwrap();
    assert_eq!(bytes, [0, 1, 5, 1, 1, 1, b't', 1, 0]);
    assert_eq!(postcard::from_bytes::<UserPatch>(&bytes).unwrap(), all_set);
}

#[test]
fn tri_state_reads_as_double_option() {
    same_json::<UserPatch, mirror_patch::UserPatch>(&[
        r#"{"id":1}"#,
        r#"{"id":1,"displayName":null}"#,
        r#"{"id":1,"displayName":"x"}"#,
        r#"{"id":1,"displayName":"x","age":null,"tags":["a"]}"#,
        r#"{"id":1,"displayName":1}"#,
        r#"{"id":1,"age":"1"}"#,
        r#"{"id":1,"age":-1}"#,
        r#"{"id":1,"tags":[null]}"#,
        r#"{"id":1,"tags":{}}"#,
        r#"{"id":1,"displayName":null,"displayName":null}"#,
        r#"{"id":1,"displayName":null,"displayName":"x"}"#,
        r#"{"id":1,"displayName":"x","displayName":null}"#,
        r#"{"displayName":null}"#,
        r#"{"id":null,"age":null}"#,
        r#"{"id":1,"display_name":null}"#,
        r#"[]"#,
        r#"[null]"#,
        r#"[null, null, null, 1]"#,
        r#"["x", 2, ["a"], 1, "n"]"#,
        r#"["x", 2, ["a"], 1, "n", 0]"#,
        r#"["x", 2]"#,
        r#"[1]"#,
        "null",
        r#""x""#,
    ]);
    let read = |doc| serde_json::from_str::<UserPatch>(doc).map(|p| p.display_name);
    assert_eq!(read(r#"{"id":1}"#).unwrap(), None);
    assert_eq!(read(r#"{"id":1,"displayName":null}"#).unwrap(), Some(None));
    assert_eq!(
        read(r#"{"id":1,"displayName":"x"}"#).unwrap(),
        Some(Some("x".to_owned()))
    );
    assert_eq!(
        read(r#"{"id":1,"displayName":null,"displayName":"x"}"#)
            .unwrap_err()
            .to_string(),
        "duplicate field `displayName` at line 1 column 40"
    );
    // serde_json::Value and YAML take the same paths.
    for doc in [
        r#"{"id":1,"age":null}"#,
        r#"{"id":1,"age":3,"tags":null}"#,
        r#"{"id":1,"age":"x"}"#,
    ] {
        same_everywhere::<UserPatch, mirror_patch::UserPatch>(doc).ok();
    }
}

#[test]
fn tri_state_metadata_is_an_option() {
    use apimodel::meta::{Role, Type};
    let fields = UserPatch::MODEL.fields();
    assert_eq!(fields[0].ty, "Option<Option<String>>");
    assert_eq!(fields[0].role, Role::Optional);
    assert_eq!(fields[0].kind, Type::Option(&Type::String));
    assert_eq!(fields[1].kind, Type::Option(&Type::Integer));
    let schema = apimodel::schema::json_schema::<UserPatch>();
    assert_eq!(schema["required"], serde_json::json!(["id"]));
    assert_eq!(
        schema["properties"]["displayName"],
        serde_json::json!({"type": ["string", "null"], "description": "The display name."})
    );
    assert_eq!(
        schema["properties"]["age"]["type"],
        serde_json::json!(["integer", "null"])
    );
}

/// A tri-state in a model written as a map (`additional_properties`).
#[derive(ApiModel, Debug, PartialEq)]
struct OpenPatch {
    name: Option<Option<String>>,
    #[api(additional_properties)]
    rest: std::collections::BTreeMap<String, serde_json::Value>,
}

mod mirror_open_patch {
    #![allow(clippy::option_option)]
    use super::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct OpenPatch {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "apimodel_tests::mirror::double_option"
        )]
        pub name: Option<Option<String>>,
        #[serde(flatten)]
        pub rest: std::collections::BTreeMap<String, serde_json::Value>,
    }
}

#[test]
fn tri_state_with_additional_properties() {
    same_json::<OpenPatch, mirror_open_patch::OpenPatch>(&[
        "{}",
        r#"{"name":null}"#,
        r#"{"name":"n","x":null}"#,
        r#"{"x":1,"name":null,"y":[]}"#,
        r#"{"name":1}"#,
        r#"{"name":null,"name":null}"#,
    ]);
    let patch: OpenPatch = serde_json::from_str(r#"{"name":null,"x":1}"#).unwrap();
    assert_eq!(patch.name, Some(None));
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"name":null,"x":1}"#
    );
}

// ---------------------------------------------------------------------------------------------
// Newtypes

/// An account's identifier.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct AccountId(pub String);

/// A count, generic.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Count<T>(pub T);

/// A borrowed name.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Name<'a>(pub &'a str);

/// A timestamp through a `with` module.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Stamp(#[api(with = "at_seconds")] pub u64);

/// A model holding newtypes.
#[derive(ApiModel, Debug, PartialEq, Clone)]
pub struct Account {
    id: AccountId,
    parent: Option<AccountId>,
    stamps: Vec<Stamp>,
}

mod at_seconds {
    use serde::{Deserialize, Deserializer, Serializer};

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` contract passes `&T`
    pub fn serialize<S: Serializer>(value: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{value}s"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let s = String::deserialize(d)?;
        s.strip_suffix('s')
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| serde::de::Error::custom(format!("bad stamp {s:?}")))
    }
}

mod mirror_newtype {
    use super::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct AccountId(pub String);

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Count<T>(pub T);

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    pub struct Stamp(#[serde(with = "super::at_seconds")] pub u64);

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub struct Account {
        pub id: AccountId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<AccountId>,
        pub stamps: Vec<Stamp>,
    }
}

#[test]
fn newtype_conversions() {
    let id = AccountId::from("acc_1".to_owned());
    assert_eq!(id, AccountId("acc_1".to_owned()));
    assert_eq!(id.clone().into_inner(), "acc_1");
    let id: AccountId = String::from("x").into();
    assert_eq!(id.0, "x");
    assert_eq!(Count::from(3_u8).into_inner(), 3);
}

#[test]
fn newtype_is_the_inner_value() {
    let json = same_value(
        &AccountId("acc_1".into()),
        &mirror_newtype::AccountId("acc_1".into()),
    );
    assert_eq!(json, r#""acc_1""#);
    assert_eq!(
        same_value(&Count(7_i32), &mirror_newtype::Count(7_i32)),
        "7"
    );
    assert_eq!(same_value(&Stamp(9), &mirror_newtype::Stamp(9)), r#""9s""#);
    let account = Account::builder()
        .id(AccountId("a".into()))
        .parent(AccountId("p".into()))
        .stamps(vec![Stamp(1), Stamp(2)])
        .build();
    let mirror = mirror_newtype::Account {
        id: mirror_newtype::AccountId("a".into()),
        parent: Some(mirror_newtype::AccountId("p".into())),
        stamps: vec![mirror_newtype::Stamp(1), mirror_newtype::Stamp(2)],
    };
    assert_eq!(
        same_value(&account, &mirror),
        r#"{"id":"a","parent":"p","stamps":["1s","2s"]}"#
    );
    let bytes = postcard::to_allocvec(&account).unwrap();
    assert_eq!(postcard::from_bytes::<Account>(&bytes).unwrap(), account);
    let name: Name<'_> = serde_json::from_str(r#""ada""#).unwrap();
    assert_eq!(name, Name("ada"));
    assert_eq!(serde_json::to_string(&name).unwrap(), r#""ada""#);
}

#[test]
fn newtype_reads_as_serde() {
    use serde_test::Token;
    same_json::<AccountId, mirror_newtype::AccountId>(&[
        r#""x""#,
        r#""""#,
        "1",
        "null",
        "{}",
        r#"{"0":"x"}"#,
        r#"["x"]"#,
        "[]",
        r#"["x", "y"]"#,
        "[1]",
        "[null]",
    ]);
    same_json::<Count<u8>, mirror_newtype::Count<u8>>(&["1", "256", "-1", r#""1""#, "[1]", "[]"]);
    same_json::<Stamp, mirror_newtype::Stamp>(&[r#""5s""#, r#""5""#, "5", r#"["5s"]"#, "[]"]);
    same_json::<Account, mirror_newtype::Account>(&[
        r#"{"id":"a","stamps":[]}"#,
        r#"{"id":1,"stamps":[]}"#,
        r#"{"id":"a","parent":null,"stamps":["1s"]}"#,
        r#"{"id":["a"],"stamps":[["1s"]]}"#,
        r#"{"id":[],"stamps":[]}"#,
        r#"{"id":"a","stamps":["1"]}"#,
        r#"["a", null, []]"#,
    ]);
    assert_eq!(
        serde_json::from_str::<AccountId>("[]")
            .unwrap_err()
            .to_string(),
        "invalid type: sequence, expected a string at line 1 column 0"
    );
    assert_eq!(
        serde_json::from_str::<AccountId>("1")
            .unwrap_err()
            .to_string(),
        "invalid type: integer `1`, expected a string at line 1 column 1"
    );
    for doc in [r#""x""#, "[\"x\"]", "1", "{}"] {
        same_everywhere::<AccountId, mirror_newtype::AccountId>(doc).ok();
    }
    // A format that offers a sequence instead of the newtype (serde_test, serde's `Content`):
    // one element is the value, none is serde_derive's `invalid length`.
    let seq = [Token::Seq { len: Some(1) }, Token::Str("a"), Token::SeqEnd];
    serde_test::assert_de_tokens(&AccountId("a".into()), &seq);
    serde_test::assert_de_tokens(&mirror_newtype::AccountId("a".into()), &seq);
    let empty = [Token::Seq { len: Some(0) }, Token::SeqEnd];
    let message = "invalid length 0, expected tuple struct AccountId with 1 element";
    serde_test::assert_de_tokens_error::<AccountId>(&empty, message);
    serde_test::assert_de_tokens_error::<mirror_newtype::AccountId>(&empty, message);
    let wrong = [Token::Bool(true)];
    let message = "invalid type: boolean `true`, expected tuple struct AccountId";
    serde_test::assert_de_tokens_error::<AccountId>(&wrong, message);
    serde_test::assert_de_tokens_error::<mirror_newtype::AccountId>(&wrong, message);
    // serde_test sees the same calls.
    serde_test::assert_tokens(
        &AccountId("a".into()),
        &[Token::NewtypeStruct { name: "AccountId" }, Token::Str("a")],
    );
}

#[test]
fn newtype_metadata_is_the_inner_type() {
    use apimodel::meta::{ModelKind, Type};
    let model = AccountId::MODEL;
    assert_eq!(model.name, "AccountId");
    assert_eq!(model.docs, "An account's identifier.");
    let ModelKind::Newtype { ty, inner } = model.kind else {
        panic!("{model:?}");
    };
    assert_eq!((ty, *inner), ("String", Type::String));
    assert!(model.fields().is_empty());
    let schema = apimodel::schema::json_schema::<AccountId>();
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["title"], "AccountId");
    let schema = apimodel::schema::json_schema::<Account>();
    assert_eq!(schema["properties"]["id"]["$ref"], "#/$defs/AccountId");
    assert_eq!(schema["$defs"]["AccountId"]["type"], "string");
    let page = apimodel::docs::markdown::<AccountId>();
    assert!(page.contains("## Type\n\n*string* (`String`)"), "{page}");
}
