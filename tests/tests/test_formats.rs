//! Formats other than JSON text: postcard (not self-describing: structs are sequences),
//! YAML, and `serde_json::Value`. Bytes, values and errors equal the serde_derive mirror's.

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::{ConnectSessionCreate, ConnectSessionCreateCategories};
use apimodel_tests::mirror::{self, shapes};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

/// Every `Option` set, `metadata` excepted (a `serde_json::Value` cannot go through postcard).
fn full_without_metadata() -> ConnectSessionCreate {
    ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .provider("hibob")
        .origin_username("ada")
        .categories(vec![
            ConnectSessionCreateCategories::Ats,
            ConnectSessionCreateCategories::Unknown("x".to_owned()),
        ])
        .expires_in(0.25)
        .build()
}

fn full_account() -> mirror::Account {
    mirror::Account {
        account_id: u64::MAX,
        name: "Ada".to_owned(),
        is_active: true,
        small: 200,
        signed_small: -100,
        short_value: -30_000,
        unsigned_short: 60_000,
        medium_value: i32::MIN,
        big_value: i64::MAX,
        level: Some(u32::MAX),
        tags: vec!["a".to_owned(), String::new()],
        owner: mirror::Owner {
            owner_id: "o".to_owned(),
            email_address: Some("e@x".to_owned()),
            roles: vec![mirror::Status::PendingReview],
        },
        backup_owner: Some(mirror::Owner {
            owner_id: "b".to_owned(),
            email_address: Some(String::new()),
            roles: vec![],
        }),
        status: mirror::Status::Deleted,
        scores: Some(vec![i8::MIN, 0, i8::MAX]),
    }
}

/// postcard bytes of both, asserted equal; and both read back from them, compared as
/// `Debug` of the outcome (`postcard::Error` or the value re-serialized to JSON).
fn postcard_both<A, M>(ours: &A, theirs: &M) -> (Vec<u8>, Result<String, postcard::Error>)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    let bytes = postcard::to_allocvec(ours);
    assert_eq!(bytes, postcard::to_allocvec(theirs));
    let bytes = bytes.unwrap();
    let a = postcard::from_bytes::<A>(&bytes).map(|v| serde_json::to_string(&v).unwrap());
    let m = postcard::from_bytes::<M>(&bytes).map(|v| serde_json::to_string(&v).unwrap());
    assert_eq!(a, m);
    (bytes, a)
}

#[test]
fn postcard_round_trip_of_full_models() {
    let ours = full_without_metadata();
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    let (bytes, back) = postcard_both(&ours, &theirs);
    let mut expected = vec![1, 2, 3];
    expected.extend_from_slice(b"ats");
    expected.push(1);
    expected.extend_from_slice(b"x");
    expected.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0xd0, 0x3f]); // Some(0.25f64), LE
    expected.push(12);
    expected.extend_from_slice(b"customer-123");
    expected.push(8);
    expected.extend_from_slice(b"Acme Inc");
    expected.extend_from_slice(&[1, 3]);
    expected.extend_from_slice(b"ada");
    expected.extend_from_slice(&[1, 5]);
    expected.extend_from_slice(b"hibob");
    assert_eq!(bytes, expected);
    // `metadata: None` is skipped, so these bytes do not read back: after `expiresIn` the
    // reader takes the length of `originOwnerId` (12) as `metadata`'s option tag.
    assert_eq!(back, Err(postcard::Error::DeserializeBadOption));

    let theirs = full_account();
    let ours = shapes::Account::from(theirs.clone());
    let (bytes, back) = postcard_both(&ours, &theirs);
    assert_eq!(
        postcard::from_bytes::<shapes::Account>(&bytes).unwrap(),
        ours
    );
    assert_eq!(
        postcard::from_bytes::<mirror::Account>(&bytes).unwrap(),
        theirs
    );
    assert_eq!(back.unwrap(), serde_json::to_string(&ours).unwrap());

    let theirs = mirror::Settings {
        name: "s".to_owned(),
        retries: 3,
        timeout_ms: 40,
        parent: None,
        cache: vec![9],
        port: 443,
        color: Some(mirror::Color::DarkBlue),
    };
    let ours = shapes::Settings::from(theirs.clone());
    let (bytes, _) = postcard_both(&ours, &theirs);
    // name, retries, timeoutMs, parent (required: `None` is written), port (as a string), color.
    assert_eq!(bytes, b"\x01s\x03\x28\x00\x03443\x01\x01");
    let back = postcard::from_bytes::<shapes::Settings>(&bytes).unwrap();
    assert_eq!(
        back,
        shapes::Settings {
            cache: Vec::new(),
            ..ours
        }
    );
}

#[test]
fn postcard_with_none_fields_is_what_serde_derive_gives() {
    // `skip_serializing_if` leaves no trace on a non-self-describing format, so a model with
    // `None` fields writes bytes that do not read back. serde_derive does exactly the same.
    let ours = ConnectSessionCreate::builder()
        .origin_owner_id("id")
        .origin_owner_name("name")
        .build();
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    let (bytes, back) = postcard_both(&ours, &theirs);
    assert_eq!(bytes, b"\x02id\x04name");
    // `categories`' option tag is 2.
    assert_eq!(back, Err(postcard::Error::DeserializeBadOption));

    // An account whose only `None` is the last field: the reader runs out of bytes.
    let mut theirs = full_account();
    theirs.scores = None;
    let ours = shapes::Account::from(theirs.clone());
    let (_, back) = postcard_both(&ours, &theirs);
    assert_eq!(back, Err(postcard::Error::DeserializeUnexpectedEnd));

    // `None` in the middle: the next field's bytes are read as the option tag.
    let mut theirs = full_account();
    theirs.level = None;
    let ours = shapes::Account::from(theirs.clone());
    let (_, back) = postcard_both(&ours, &theirs);
    assert_eq!(back, Err(postcard::Error::DeserializeBadOption));

    let mut theirs = full_account();
    theirs.owner.email_address = None;
    let ours = shapes::Account::from(theirs.clone());
    let (_, back) = postcard_both(&ours, &theirs);
    // `roles`' length (1) is taken for `Some`, and the bytes go on being misread until a
    // serde-level check fails (postcard reports every such error as `SerdeDeCustom`).
    assert_eq!(back, Err(postcard::Error::SerdeDeCustom));
}

#[test]
fn postcard_metadata_cannot_be_written() {
    // A map of unknown length (what `flatten` and `additional_properties` write) is an error
    // in postcard, for both.
    let mut ours = full_without_metadata();
    ours.metadata = Some([("k", json!(1))].into_iter().collect());
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    let a = postcard::to_allocvec(&ours).unwrap_err();
    assert_eq!(a, postcard::to_allocvec(&theirs).unwrap_err());
    assert_eq!(a, postcard::Error::SerializeSeqLengthUnknown);
}

#[test]
fn postcard_errors_on_hand_written_bytes() {
    type C = ConnectSessionCreate;
    type CM = mirror::ConnectSessionCreate;
    let cases: &[(&[u8], Result<&str, postcard::Error>)] = &[
        (
            b"\x00\x00\x00\x02id\x04name\x00\x00",
            Ok(r#"{"originOwnerId":"id","originOwnerName":"name"}"#),
        ),
        (
            b"\x01\x01\x04hris\x00\x00\x02id\x04name\x00\x00",
            Ok(r#"{"categories":["hris"],"originOwnerId":"id","originOwnerName":"name"}"#),
        ),
        (b"", Err(postcard::Error::DeserializeUnexpectedEnd)),
        (
            b"\x00\x00\x00",
            Err(postcard::Error::DeserializeUnexpectedEnd),
        ),
        (
            b"\x00\x00\x00\x02id\x04name\x00",
            Err(postcard::Error::DeserializeUnexpectedEnd),
        ),
        (
            b"\x00\x00\x00\x02i\xff\x04name\x00\x00",
            Err(postcard::Error::DeserializeBadUtf8),
        ),
        // metadata: an empty map reads back; a value inside needs `deserialize_any`.
        (
            b"\x00\x00\x01\x00\x02id\x04name\x00\x00",
            Ok(r#"{"metadata":{},"originOwnerId":"id","originOwnerName":"name"}"#),
        ),
        (
            b"\x00\x00\x01\x01\x01k\x00\x02id\x04name\x00\x00",
            Err(postcard::Error::WontImplement),
        ),
    ];
    for (bytes, expected) in cases {
        let a = postcard::from_bytes::<C>(bytes).map(|v| serde_json::to_string(&v).unwrap());
        let m = postcard::from_bytes::<CM>(bytes).map(|v| serde_json::to_string(&v).unwrap());
        assert_eq!(a, m, "on {bytes:?}");
        assert_eq!(a, expected.clone().map(str::to_owned), "on {bytes:?}");
    }
    // Trailing bytes are left for the caller, for both.
    let (a, rest) = postcard::take_from_bytes::<C>(b"\x00\x00\x00\x01a\x01b\x00\x00\xaa").unwrap();
    let (m, rest2) =
        postcard::take_from_bytes::<CM>(b"\x00\x00\x00\x01a\x01b\x00\x00\xaa").unwrap();
    assert_eq!(rest, rest2);
    assert_eq!(rest, b"\xaa");
    assert_eq!(mirror::ConnectSessionCreate::from_api(&a), m);
}

#[test]
fn yaml_round_trip() {
    let mut ours = full_without_metadata();
    ours.metadata = Some(
        [("team", json!("platform")), ("n", json!([1, {"a": null}]))]
            .into_iter()
            .collect(),
    );
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    let yaml = serde_yaml::to_string(&ours).unwrap();
    assert_eq!(yaml, serde_yaml::to_string(&theirs).unwrap());
    assert_eq!(
        yaml,
        "categories:\n- ats\n- x\nexpiresIn: 0.25\nmetadata:\n  n:\n  - 1\n  - a: null\n  team: platform\noriginOwnerId: customer-123\noriginOwnerName: Acme Inc\noriginUsername: ada\nprovider: hibob\n"
    );
    assert_eq!(
        serde_yaml::from_str::<ConnectSessionCreate>(&yaml).unwrap(),
        ours
    );
    assert_eq!(
        serde_yaml::from_str::<mirror::ConnectSessionCreate>(&yaml).unwrap(),
        theirs
    );

    let theirs = full_account();
    let ours = shapes::Account::from(theirs.clone());
    let yaml = serde_yaml::to_string(&ours).unwrap();
    assert_eq!(yaml, serde_yaml::to_string(&theirs).unwrap());
    assert_eq!(
        serde_yaml::from_str::<shapes::Account>(&yaml).unwrap(),
        ours
    );
}

#[test]
fn yaml_errors() {
    type C = ConnectSessionCreate;
    type CM = mirror::ConnectSessionCreate;
    for (text, expected) in [
        ("originOwnerId: a\n", "missing field `originOwnerName`"),
        (
            "originOwnerId: a\noriginOwnerName: b\nprovider: p\nprovider: q\n",
            "duplicate field `provider`",
        ),
        (
            "originOwnerId: [1]\noriginOwnerName: b\n",
            "originOwnerId: invalid type: sequence, expected a string at line 1 column 16",
        ),
        (
            "originOwnerId: a\noriginOwnerName: b\nmetadata: 3\n",
            "metadata: invalid type: integer `3`, expected struct ConnectSessionCreateMetadata at line 3 column 11",
        ),
        (
            "- a\n",
            "invalid type: sequence, expected struct ConnectSessionCreate",
        ),
    ] {
        let a = serde_yaml::from_str::<C>(text).unwrap_err().to_string();
        let m = serde_yaml::from_str::<CM>(text).unwrap_err().to_string();
        assert_eq!(a, m, "on {text:?}");
        assert_eq!(a, expected, "on {text:?}");
    }
    let a = serde_yaml::from_str::<shapes::Account>("account_id: 1\nnope: 2\n")
        .unwrap_err()
        .to_string();
    let m = serde_yaml::from_str::<mirror::Account>("account_id: 1\nnope: 2\n")
        .unwrap_err()
        .to_string();
    assert_eq!(a, m);
    assert!(
        a.starts_with("unknown field `nope`, expected one of `account_id`"),
        "{a}"
    );
}

#[test]
fn json_value_round_trip() {
    let mut ours = full_without_metadata();
    ours.metadata = Some([("k", json!({"deep": [true]}))].into_iter().collect());
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    let value = serde_json::to_value(&ours).unwrap();
    assert_eq!(value, serde_json::to_value(&theirs).unwrap());
    assert_eq!(
        value,
        json!({
            "categories": ["ats", "x"],
            "expiresIn": 0.25,
            "metadata": {"k": {"deep": [true]}},
            "originOwnerId": "customer-123",
            "originOwnerName": "Acme Inc",
            "originUsername": "ada",
            "provider": "hibob",
        })
    );
    assert_eq!(
        serde_json::from_value::<ConnectSessionCreate>(value.clone()).unwrap(),
        ours
    );
    // From a borrowed `Value` too.
    assert_eq!(
        <ConnectSessionCreate as serde::Deserialize>::deserialize(&value).unwrap(),
        ours
    );
    let theirs_back: mirror::ConnectSessionCreate =
        serde::Deserialize::deserialize(&value).unwrap();
    assert_eq!(theirs_back, theirs);

    let theirs = full_account();
    let ours = shapes::Account::from(theirs.clone());
    let value = serde_json::to_value(&ours).unwrap();
    assert_eq!(value, serde_json::to_value(&theirs).unwrap());
    assert_eq!(
        serde_json::from_value::<shapes::Account>(value).unwrap(),
        ours
    );
}

#[test]
fn json_value_errors() {
    type C = ConnectSessionCreate;
    type CM = mirror::ConnectSessionCreate;
    for (value, expected) in [
        (
            json!({"originOwnerId": "a"}),
            "missing field `originOwnerName`",
        ),
        (
            json!(["a", "b", "c", "d", "e", "f", "g", "h"]),
            "invalid type: string \"a\", expected a sequence",
        ),
        (
            json!([null, null, null, "a", "b", null, null, null]),
            "invalid length 8, expected fewer elements in array",
        ),
        (
            json!([null, null, null, "a"]),
            "invalid length 4, expected struct ConnectSessionCreate with 7 elements",
        ),
        (
            json!(true),
            "invalid type: boolean `true`, expected struct ConnectSessionCreate",
        ),
        (
            json!({"originOwnerId": "a", "originOwnerName": "b", "metadata": [1]}),
            "invalid type: sequence, expected struct ConnectSessionCreateMetadata",
        ),
    ] {
        let a = serde_json::from_value::<C>(value.clone())
            .unwrap_err()
            .to_string();
        let m = serde_json::from_value::<CM>(value.clone())
            .unwrap_err()
            .to_string();
        assert_eq!(a, m, "on {value}");
        assert_eq!(a, expected, "on {value}");
        let a = <C as serde::Deserialize>::deserialize(&value)
            .unwrap_err()
            .to_string();
        let m = <CM as serde::Deserialize>::deserialize(&value)
            .unwrap_err()
            .to_string();
        assert_eq!(a, m, "on &{value}");
    }
}
