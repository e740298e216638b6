//! String enums: the open `ConnectSessionCreateCategories` (written as a string on every
//! format; read as serde_derive's unit variants with a last `#[serde(untagged)] Unknown(String)`
//! from a self-describing format, as a string from a compact one) and closed enums (serde_derive's
//! enum of unit variants), in JSON, `serde_json::Value`, postcard and serde's value deserializers.

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::ConnectSessionCreateCategories as Categories;
use apimodel_tests::mirror::{self, shapes};
use serde::de::IntoDeserializer;
use serde::de::value::Error as ValueError;
use serde::{Deserialize, Serialize};
use serde_json::json;

fn all_categories() -> Vec<Categories> {
    mirror::CATEGORY_VALUES
        .iter()
        .map(|v| v.parse().unwrap())
        .chain([
            Categories::Unknown("future".to_owned()),
            Categories::Unknown(String::new()),
            Categories::Unknown("Ats".to_owned()),
        ])
        .collect()
}

fn to_mirror(c: &Categories) -> mirror::ConnectSessionCreateCategories {
    match c {
        Categories::Unknown(s) => mirror::ConnectSessionCreateCategories::Unknown(s.clone()),
        known => known.as_str().to_owned().into(),
    }
}

#[test]
fn open_enum_wire_is_a_string_in_every_format() {
    for c in all_categories() {
        let m = to_mirror(&c);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, serde_json::to_string(&m).unwrap());
        assert_eq!(json, serde_json::to_string(c.as_str()).unwrap());
        assert_eq!(serde_json::from_str::<Categories>(&json).unwrap(), c);

        let value = serde_json::to_value(&c).unwrap();
        assert_eq!(value, json!(c.as_str()));
        assert_eq!(serde_json::from_value::<Categories>(value).unwrap(), c);

        let bytes = postcard::to_allocvec(&c).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&m).unwrap());
        assert_eq!(bytes, postcard::to_allocvec(c.as_str()).unwrap());
        assert_eq!(postcard::from_bytes::<Categories>(&bytes).unwrap(), c);

        let yaml = serde_yaml::to_string(&c).unwrap();
        assert_eq!(yaml, serde_yaml::to_string(&m).unwrap());
        assert_eq!(serde_yaml::from_str::<Categories>(&yaml).unwrap(), c);
    }
    assert_eq!(
        postcard::to_allocvec(&Categories::HrisLegacy).unwrap(),
        b"\x0bhris-legacy"
    );
}

#[test]
fn open_enum_reads_as_serde_derives_untagged_catch_all() {
    // From a self-describing format, serde's `#[serde(untagged)] Unknown(String)`: bytes name
    // no variant in serde's buffer but `String` reads them, so even a known value's bytes are
    // the catch-all's; other bytes, and what is neither a string nor a map, match no variant.
    let ok: Result<Categories, ValueError> =
        Categories::deserialize(serde::de::value::BytesDeserializer::new(b"crm"));
    assert_eq!(ok.unwrap(), Categories::Unknown("crm".to_owned()));
    let theirs: Result<mirror::ConnectSessionCreateCategories, ValueError> =
        Deserialize::deserialize(serde::de::value::BytesDeserializer::new(b"crm"));
    assert_eq!(
        theirs.unwrap(),
        mirror::ConnectSessionCreateCategories::Unknown("crm".to_owned())
    );

    let ours: ValueError = Categories::deserialize(
        serde::de::value::BytesDeserializer::<ValueError>::new(b"\xff"),
    )
    .unwrap_err();
    let theirs: ValueError =
        mirror::ConnectSessionCreateCategories::deserialize(serde::de::value::BytesDeserializer::<
            ValueError,
        >::new(b"\xff"))
        .unwrap_err();
    assert_eq!(ours.to_string(), theirs.to_string());
    assert_eq!(
        ours.to_string(),
        "data did not match any variant of untagged enum ConnectSessionCreateCategories"
    );

    for (ours, theirs) in [
        (
            Categories::deserialize(7u32.into_deserializer()).map(|_| ()),
            mirror::ConnectSessionCreateCategories::deserialize(7u32.into_deserializer())
                .map(|_| ()),
        ),
        (
            Categories::deserialize(true.into_deserializer()).map(|_| ()),
            mirror::ConnectSessionCreateCategories::deserialize(true.into_deserializer())
                .map(|_| ()),
        ),
    ] {
        let (ours, theirs): (ValueError, ValueError) = (ours.unwrap_err(), theirs.unwrap_err());
        assert_eq!(ours.to_string(), theirs.to_string());
    }
    let err: ValueError = Categories::deserialize(7u32.into_deserializer()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum ConnectSessionCreateCategories"
    );
    // serde's map form of a known value, from `serde_json::Value` and YAML.
    for (doc, want) in [
        (r#"{"hris-legacy": null}"#, Ok(Categories::HrisLegacy)),
        (
            r#"{"new": null}"#,
            Err("data did not match any variant of untagged enum ConnectSessionCreateCategories"),
        ),
    ] {
        let want = want.map_err(str::to_owned);
        let value: serde_json::Value = serde_json::from_str(doc).unwrap();
        let ours = serde_json::from_value::<Categories>(value.clone()).map_err(|e| e.to_string());
        let theirs = serde_json::from_value::<mirror::ConnectSessionCreateCategories>(value)
            .map_err(|e| e.to_string());
        assert_eq!(ours, want, "{doc}");
        assert_eq!(theirs.map(|t| to_ours(&t)), want, "{doc}");
        let yaml = serde_yaml::from_str::<Categories>(doc).map_err(|e| e.to_string());
        assert_eq!(yaml, want, "{doc}");
    }
}

fn to_ours(c: &mirror::ConnectSessionCreateCategories) -> Categories {
    c.clone().into()
}

#[test]
fn open_enum_display_as_str_from_str() {
    assert_eq!(format!("{:>12}|", Categories::Hris), "        hris|");
    assert_eq!(format!("{:<6}|", Categories::Ats), "ats   |");
    assert_eq!(format!("{}", Categories::Unknown("x y".to_owned())), "x y");
    for c in all_categories() {
        let back: Categories = c.as_str().parse().unwrap();
        // `Unknown("…")` holding a known value would parse to the known variant; these do not.
        assert_eq!(back, c);
        assert_eq!(c.to_string(), c.as_str());
    }
}

fn closed_pairs() -> [(shapes::Status, mirror::Status); 3] {
    [
        (shapes::Status::Active, mirror::Status::Active),
        (shapes::Status::PendingReview, mirror::Status::PendingReview),
        (shapes::Status::Deleted, mirror::Status::Deleted),
    ]
}

#[test]
fn closed_enum_is_serde_derives_unit_variant_everywhere() {
    for (index, (ours, theirs)) in closed_pairs().into_iter().enumerate() {
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
        assert_eq!(
            serde_json::to_value(ours).unwrap(),
            serde_json::to_value(theirs).unwrap()
        );
        assert_eq!(
            serde_yaml::to_string(&ours).unwrap(),
            serde_yaml::to_string(&theirs).unwrap()
        );
        // postcard writes the variant index.
        let bytes = postcard::to_allocvec(&ours).unwrap();
        assert_eq!(bytes, vec![u8::try_from(index).unwrap()]);
        assert_eq!(bytes, postcard::to_allocvec(&theirs).unwrap());
        assert_eq!(
            postcard::from_bytes::<shapes::Status>(&bytes).unwrap(),
            ours
        );
        // serde's value deserializers: by name and by index.
        let by_name: shapes::Status = Deserialize::deserialize(
            IntoDeserializer::<ValueError>::into_deserializer(ours.as_str()),
        )
        .unwrap();
        assert_eq!(by_name, ours);
        let by_index: Result<shapes::Status, ValueError> =
            Deserialize::deserialize(u32::try_from(index).unwrap().into_deserializer());
        assert_eq!(by_index.unwrap(), ours);
    }
}

#[test]
fn closed_enum_rejects_what_serde_derive_rejects() {
    // postcard: a variant index out of range.
    let ours = postcard::from_bytes::<shapes::Status>(&[3]).unwrap_err();
    let theirs = postcard::from_bytes::<mirror::Status>(&[3]).unwrap_err();
    assert_eq!(ours, theirs);
    assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
    assert_eq!(ours.to_string(), theirs.to_string());
    let ours = postcard::from_bytes::<shapes::Status>(&[]).unwrap_err();
    assert_eq!(
        ours,
        postcard::from_bytes::<mirror::Status>(&[]).unwrap_err()
    );
    assert_eq!(ours, postcard::Error::DeserializeUnexpectedEnd);

    for index in [3u32, 4, u32::MAX] {
        let ours: ValueError = shapes::Status::deserialize(index.into_deserializer()).unwrap_err();
        let theirs: ValueError =
            mirror::Status::deserialize(index.into_deserializer()).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string());
        assert_eq!(
            ours.to_string(),
            format!("invalid value: integer `{index}`, expected variant index 0 <= i < 3")
        );
    }
    for name in ["active", "Gone", "", "PENDING-REVIEW"] {
        let ours: ValueError = shapes::Status::deserialize(name.into_deserializer()).unwrap_err();
        let theirs: ValueError = mirror::Status::deserialize(name.into_deserializer()).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string());
        assert_eq!(
            ours.to_string(),
            format!("unknown variant `{name}`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone`")
        );
    }
    // Bytes as a variant name: serde_derive reads them lossily.
    let ours: ValueError = shapes::Status::deserialize(serde::de::value::BytesDeserializer::<
        ValueError,
    >::new(b"gone\xff"))
    .unwrap_err();
    let theirs: ValueError = mirror::Status::deserialize(serde::de::value::BytesDeserializer::<
        ValueError,
    >::new(b"gone\xff"))
    .unwrap_err();
    assert_eq!(ours.to_string(), theirs.to_string());
    // A string where an enum is expected from a map-like format.
    let ours: ValueError = shapes::Status::deserialize(true.into_deserializer()).unwrap_err();
    let theirs: ValueError = mirror::Status::deserialize(true.into_deserializer()).unwrap_err();
    assert_eq!(ours.to_string(), theirs.to_string());
    assert_eq!(
        ours.to_string(),
        "invalid type: boolean `true`, expected enum Status"
    );
}

#[test]
fn closed_enum_display_and_from_str() {
    assert_eq!(shapes::Status::PendingReview.to_string(), "PENDING_REVIEW");
    assert_eq!(format!("{:^8}", shapes::Status::Deleted), "  gone  ");
    assert_eq!(shapes::Color::DarkBlue.as_str(), "darkBlue");
    assert_eq!("red".parse(), Ok(shapes::Color::Red));
    assert_eq!(
        "Red".parse::<shapes::Color>().unwrap_err().to_string(),
        "unknown Color value `Red`, expected one of `red`, `darkBlue`"
    );
}

#[test]
fn enums_inside_models_in_json_value() {
    let theirs = mirror::Owner {
        owner_id: "o".to_owned(),
        email_address: None,
        roles: vec![mirror::Status::Deleted, mirror::Status::Active],
    };
    let ours = shapes::Owner::from(theirs.clone());
    let value = serde_json::to_value(&ours).unwrap();
    assert_eq!(value, serde_json::to_value(&theirs).unwrap());
    assert_eq!(value, json!({"ownerId": "o", "roles": ["gone", "ACTIVE"]}));
    assert_eq!(
        serde_json::from_value::<shapes::Owner>(value).unwrap(),
        ours
    );
}

#[test]
fn serialize_is_the_same_call_for_any_serializer() {
    fn check<A: Serialize, M: Serialize>(ours: &A, theirs: &M) {
        assert_eq!(
            serde_json::to_string(ours).unwrap(),
            serde_json::to_string(theirs).unwrap()
        );
        assert_eq!(
            postcard::to_allocvec(ours).unwrap(),
            postcard::to_allocvec(theirs).unwrap()
        );
    }
    for (ours, theirs) in closed_pairs() {
        check(&ours, &theirs);
        check(&vec![ours; 3], &vec![theirs; 3]);
        check(&Some(ours), &Some(theirs));
    }
}

/// Enums at the edges of the variant list: none at all (nothing reads it, as with serde_derive),
/// and only the catch-all (every string is its own, as serde_derive's lone untagged `String`).
#[test]
fn enums_without_known_variants() {
    #[derive(apimodel::ApiModel, Debug)]
    enum Never {}

    #[derive(apimodel::ApiModel, Debug, PartialEq)]
    enum Anything {
        #[api(other)]
        Other(String),
    }

    mod theirs {
        /// serde_derive names an untagged enum by its Rust name in its message.
        #[derive(serde::Deserialize, Debug, PartialEq)]
        pub enum Anything {
            #[serde(untagged)]
            Other(String),
        }
    }

    assert_eq!(
        serde_json::from_str::<Never>(r#""a""#)
            .unwrap_err()
            .to_string(),
        "unknown variant `a`, there are no variants at line 1 column 3"
    );
    for doc in [r#""a""#, r#""""#, "1", "null", "{}"] {
        let ours = serde_json::from_str::<Anything>(doc).map_err(|e| e.to_string());
        let theirs = serde_json::from_str::<theirs::Anything>(doc).map_err(|e| e.to_string());
        match (ours, theirs) {
            (Ok(Anything::Other(a)), Ok(theirs::Anything::Other(b))) | (Err(a), Err(b)) => {
                assert_eq!(a, b, "{doc}");
            }
            (a, b) => panic!("{doc}: {a:?} against {b:?}"),
        }
    }
    let value = Anything::Other("free text".to_owned());
    assert_eq!(value.as_str(), "free text");
    assert_eq!(value.to_string(), "free text");
    assert_eq!("x".parse::<Anything>(), Ok(Anything::Other("x".to_owned())));
    assert_eq!(serde_json::to_string(&value).unwrap(), r#""free text""#);
    assert_eq!(
        postcard::to_allocvec(&value).unwrap(),
        postcard::to_allocvec("free text").unwrap()
    );
}
