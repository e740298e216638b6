//! Serialization: the exact JSON of the seed model, its enums and the extra shapes, byte for
//! byte the same as the serde_derive mirrors give.

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, shapes};
use serde::Serialize;
use serde_json::json;

fn full() -> ConnectSessionCreate {
    let mut metadata = ConnectSessionCreateMetadata::new();
    metadata.insert("team", "platform");
    metadata.insert("seats", 12);
    metadata.insert("tags", json!(["a", {"b": null}]));
    ConnectSessionCreate {
        categories: Some(vec![
            ConnectSessionCreateCategories::Hris,
            ConnectSessionCreateCategories::HrisLegacy,
            ConnectSessionCreateCategories::Unknown("future-category".to_owned()),
        ]),
        expires_in: Some(3600.0),
        metadata: Some(metadata),
        origin_owner_id: "customer-123".to_owned(),
        origin_owner_name: "Acme Inc".to_owned(),
        origin_username: Some("ada".to_owned()),
        provider: Some("hibob".to_owned()),
    }
}

fn full_mirror() -> mirror::ConnectSessionCreate {
    let mut values = serde_json::Map::new();
    values.insert("team".to_owned(), json!("platform"));
    values.insert("seats".to_owned(), json!(12));
    values.insert("tags".to_owned(), json!(["a", {"b": null}]));
    mirror::ConnectSessionCreate {
        categories: Some(vec![
            mirror::ConnectSessionCreateCategories::Hris,
            mirror::ConnectSessionCreateCategories::HrisLegacy,
            mirror::ConnectSessionCreateCategories::Unknown("future-category".to_owned()),
        ]),
        expires_in: Some(3600.0),
        metadata: Some(mirror::ConnectSessionCreateMetadata { values }),
        origin_owner_id: "customer-123".to_owned(),
        origin_owner_name: "Acme Inc".to_owned(),
        origin_username: Some("ada".to_owned()),
        provider: Some("hibob".to_owned()),
    }
}

fn minimal() -> ConnectSessionCreate {
    ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .build()
}

/// Both compact and pretty JSON of `ours` equal the mirror's, and the compact one is returned.
fn same_json<A: Serialize, M: Serialize>(ours: &A, theirs: &M) -> String {
    let a = serde_json::to_string(ours).unwrap();
    assert_eq!(a, serde_json::to_string(theirs).unwrap());
    assert_eq!(
        serde_json::to_string_pretty(ours).unwrap(),
        serde_json::to_string_pretty(theirs).unwrap()
    );
    assert_eq!(
        serde_json::to_vec(ours).unwrap(),
        serde_json::to_vec(theirs).unwrap()
    );
    a
}

#[test]
fn full_model_exact_json() {
    let json = same_json(&full(), &full_mirror());
    assert_eq!(
        json,
        r#"{"categories":["hris","hris-legacy","future-category"],"expiresIn":3600.0,"metadata":{"seats":12,"tags":["a",{"b":null}],"team":"platform"},"originOwnerId":"customer-123","originOwnerName":"Acme Inc","originUsername":"ada","provider":"hibob"}"#
    );
}

#[test]
fn full_model_exact_pretty_json() {
    assert_eq!(
        serde_json::to_string_pretty(&full()).unwrap(),
        r#"{
  "categories": [
    "hris",
    "hris-legacy",
    "future-category"
  ],
  "expiresIn": 3600.0,
  "metadata": {
    "seats": 12,
    "tags": [
      "a",
      {
        "b": null
      }
    ],
    "team": "platform"
  },
  "originOwnerId": "customer-123",
  "originOwnerName": "Acme Inc",
  "originUsername": "ada",
  "provider": "hibob"
}"#
    );
}

#[test]
fn minimal_model_skips_every_none() {
    let mirror = mirror::ConnectSessionCreate {
        categories: None,
        expires_in: None,
        metadata: None,
        origin_owner_id: "customer-123".to_owned(),
        origin_owner_name: "Acme Inc".to_owned(),
        origin_username: None,
        provider: None,
    };
    let json = same_json(&minimal(), &mirror);
    assert_eq!(
        json,
        r#"{"originOwnerId":"customer-123","originOwnerName":"Acme Inc"}"#
    );
}

#[test]
fn some_fields_set() {
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("")
        .origin_owner_name("\"quoted\"\n")
        .expires_in(0.5)
        .categories(Vec::new())
        .metadata(ConnectSessionCreateMetadata::new())
        .build();
    let json = same_json(&session, &mirror::ConnectSessionCreate::from_api(&session));
    assert_eq!(
        json,
        r#"{"categories":[],"expiresIn":0.5,"metadata":{},"originOwnerId":"","originOwnerName":"\"quoted\"\n"}"#
    );
}

#[test]
fn non_finite_expires_in_is_null_as_with_serde_derive() {
    for f in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut session = minimal();
        session.expires_in = Some(f);
        let json = same_json(&session, &mirror::ConnectSessionCreate::from_api(&session));
        assert_eq!(
            json,
            r#"{"expiresIn":null,"originOwnerId":"customer-123","originOwnerName":"Acme Inc"}"#
        );
    }
}

#[test]
fn every_category_serializes_to_its_wire_value() {
    use ConnectSessionCreateCategories as C;
    let all = [
        C::Ats,
        C::Hris,
        C::HrisLegacy,
        C::Crm,
        C::Iam,
        C::Marketing,
        C::Lms,
        C::Stackone,
        C::Documents,
        C::Ticketing,
        C::Screening,
        C::Messaging,
        C::Accounting,
        C::Scheduling,
    ];
    assert_eq!(all.len(), mirror::CATEGORY_VALUES.len());
    for (value, wire) in all.iter().zip(mirror::CATEGORY_VALUES) {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, format!("\"{wire}\""));
        assert_eq!(value.as_str(), wire);
        assert_eq!(value.to_string(), wire);
        let theirs = mirror::ConnectSessionCreateCategories::from(wire.to_owned());
        assert_eq!(json, serde_json::to_string(&theirs).unwrap());
    }
    assert_eq!(
        serde_json::to_string(&C::Unknown("new \"one\"".to_owned())).unwrap(),
        r#""new \"one\"""#
    );
    // An `Unknown` holding a known value writes that value (the enum is a string on the wire).
    assert_eq!(
        serde_json::to_string(&C::Unknown("hris".to_owned())).unwrap(),
        r#""hris""#
    );
}

#[test]
fn closed_enum_values() {
    let cases = [
        (
            shapes::Status::Active,
            mirror::Status::Active,
            r#""ACTIVE""#,
        ),
        (
            shapes::Status::PendingReview,
            mirror::Status::PendingReview,
            r#""PENDING_REVIEW""#,
        ),
        (
            shapes::Status::Deleted,
            mirror::Status::Deleted,
            r#""gone""#,
        ),
    ];
    for (ours, theirs, json) in cases {
        assert_eq!(same_json(&ours, &theirs), json);
    }
    assert_eq!(
        same_json(&shapes::Color::DarkBlue, &mirror::Color::DarkBlue),
        r#""darkBlue""#
    );
    assert_eq!(
        same_json(&shapes::Color::Red, &mirror::Color::Red),
        r#""red""#
    );
}

pub(crate) fn account_mirror() -> mirror::Account {
    mirror::Account {
        account_id: u64::MAX,
        name: "Ada".to_owned(),
        is_active: true,
        small: u8::MAX,
        signed_small: i8::MIN,
        short_value: i16::MIN,
        unsigned_short: u16::MAX,
        medium_value: i32::MIN,
        big_value: i64::MIN,
        level: Some(7),
        tags: vec!["x".to_owned(), "y".to_owned()],
        owner: mirror::Owner {
            owner_id: "o1".to_owned(),
            email_address: None,
            roles: vec![mirror::Status::Active, mirror::Status::Deleted],
        },
        backup_owner: Some(mirror::Owner {
            owner_id: "o2".to_owned(),
            email_address: Some("b@example.com".to_owned()),
            roles: vec![],
        }),
        status: mirror::Status::PendingReview,
        scores: None,
    }
}

#[test]
fn account_exact_json() {
    let theirs = account_mirror();
    let ours = shapes::Account::from(theirs.clone());
    assert_eq!(
        same_json(&ours, &theirs),
        r#"{"account_id":18446744073709551615,"displayName":"Ada","is_active":true,"small":255,"signed_small":-128,"short_value":-32768,"unsigned_short":65535,"medium_value":-2147483648,"big_value":-9223372036854775808,"level":7,"tags":["x","y"],"owner":{"ownerId":"o1","roles":["ACTIVE","gone"]},"backup_owner":{"ownerId":"o2","emailAddress":"b@example.com","roles":[]},"status":"PENDING_REVIEW"}"#
    );
}

#[test]
fn settings_exact_json() {
    let theirs = mirror::Settings {
        name: "s".to_owned(),
        retries: 0,
        timeout_ms: 30,
        parent: None,
        cache: vec![1, 2, 3],
        port: 8080,
        color: None,
    };
    let ours = shapes::Settings::from(theirs.clone());
    // `default` fields are always written, `required` options are written as null, `skip`
    // fields never, `with` fields through the module.
    assert_eq!(
        same_json(&ours, &theirs),
        r#"{"name":"s","retries":0,"timeoutMs":30,"parent":null,"port":"8080"}"#
    );
    let theirs = mirror::Settings {
        parent: Some("p".to_owned()),
        color: Some(mirror::Color::DarkBlue),
        ..theirs
    };
    let ours = shapes::Settings::from(theirs.clone());
    assert_eq!(
        same_json(&ours, &theirs),
        r#"{"name":"s","retries":0,"timeoutMs":30,"parent":"p","port":"8080","color":"darkBlue"}"#
    );
}

#[test]
fn metadata_alone_is_a_plain_object() {
    let metadata: ConnectSessionCreateMetadata =
        [("b", json!(1)), ("a", json!({"nested": [true]}))]
            .into_iter()
            .collect();
    let theirs = mirror::ConnectSessionCreateMetadata {
        values: metadata.values.clone(),
    };
    assert_eq!(
        same_json(&metadata, &theirs),
        r#"{"a":{"nested":[true]},"b":1}"#
    );
    assert_eq!(
        same_json(
            &ConnectSessionCreateMetadata::new(),
            &mirror::ConnectSessionCreateMetadata::default()
        ),
        "{}"
    );
}
