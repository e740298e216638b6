//! `apimodel::json::from_str` / `from_slice`: the same values and serde_json messages as
//! `serde_json::from_str`, plus the path of the bad value, exactly.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]

use apimodel::models::{ConnectSessionCreate, ConnectSessionCreateCategories};
use apimodel_tests::stackone::ATSLocationsPaginated;
use serde::de::DeserializeOwned;
use std::error::Error as _;

/// (document, expected `path()`, expected `Display`).
type Case = (&'static str, &'static str, &'static str);

/// Checks every case through `from_str` and `from_slice`, and that the message after the path is
/// serde_json's own for the same document.
fn check<T: DeserializeOwned>(cases: &[Case]) {
    for &(text, path, display) in cases {
        let Err(from_str) = apimodel::json::from_str::<T>(text) else {
            panic!("{text:?} parsed");
        };
        assert_eq!(from_str.path(), path, "on {text:?}");
        assert_eq!(from_str.to_string(), display, "on {text:?}");

        let Err(from_slice) = apimodel::json::from_slice::<T>(text.as_bytes()) else {
            panic!("{text:?} parsed from bytes");
        };
        assert_eq!(from_slice.path(), path, "on {text:?}");
        assert_eq!(from_slice.to_string(), display, "on {text:?}");

        let Err(plain) = serde_json::from_str::<T>(text) else {
            panic!("{text:?} parsed with serde_json");
        };
        assert_eq!(
            from_str.inner().to_string(),
            plain.to_string(),
            "on {text:?}"
        );
        assert_eq!(
            from_str.source().map(ToString::to_string),
            Some(plain.to_string()),
            "on {text:?}"
        );
        assert_eq!(
            from_str.into_inner().classify(),
            plain.classify(),
            "on {text:?}"
        );
    }
}

#[test]
fn connect_session_create_errors() {
    check::<ConnectSessionCreate>(&[
        (
            r#"{"originOwnerId":"customer-123","categories":["hris",3]}"#,
            "categories[1]",
            "categories[1]: data did not match any variant of untagged enum ConnectSessionCreateCategories at line 1 column 55",
        ),
        (
            r#"{"originOwnerId":"customer-123"}"#,
            ".",
            "missing field `originOwnerName` at line 1 column 32",
        ),
        (
            r#"{"originOwnerId":null,"originOwnerName":"Acme Inc"}"#,
            "originOwnerId",
            "originOwnerId: invalid type: null, expected a string at line 1 column 21",
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":"1h"}"#,
            "expiresIn",
            r#"expiresIn: invalid type: string "1h", expected f64 at line 1 column 59"#,
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":[]}"#,
            "metadata",
            "metadata: invalid type: sequence, expected struct ConnectSessionCreateMetadata at line 1 column 54",
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","categories":"hris"}"#,
            "categories",
            r#"categories: invalid type: string "hris", expected a sequence at line 1 column 62"#,
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"team":{"ids":[1,}}}"#,
            "metadata.team.ids[1]",
            "metadata.team.ids[1]: expected value at line 1 column 73",
        ),
        ("not json", ".", "expected ident at line 1 column 2"),
        ("", ".", "EOF while parsing a value at line 1 column 0"),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b"} {}"#,
            ".",
            "trailing characters at line 1 column 45",
        ),
    ]);
}

#[test]
fn nested_model_errors() {
    check::<ATSLocationsPaginated>(&[
        (
            r#"{"data":[{"id":"1","name":"a"},{"id":2,"name":"b"}],"nextPage":"x"}"#,
            "data[1].id",
            "data[1].id: invalid type: integer `2`, expected a string at line 1 column 38",
        ),
        (
            r#"{"data":[{"id":"1"}],"nextPage":"x"}"#,
            "data[0]",
            "data[0]: missing field `name` at line 1 column 19",
        ),
    ]);
}

#[test]
fn values_equal_serde_json() {
    let text = r#"{"originOwnerId":"a","originOwnerName":"b","categories":["hris","payroll"],"metadata":{"team":{"ids":[1,2]}}}"#;
    let session: ConnectSessionCreate = apimodel::json::from_str(text).unwrap();
    assert_eq!(
        session,
        serde_json::from_str::<ConnectSessionCreate>(text).unwrap()
    );
    assert_eq!(
        session.categories,
        Some(vec![
            ConnectSessionCreateCategories::Hris,
            ConnectSessionCreateCategories::Unknown("payroll".to_owned()),
        ])
    );
    assert_eq!(
        apimodel::json::from_slice::<ConnectSessionCreate>(text.as_bytes()).unwrap(),
        session
    );
    // Trailing whitespace is accepted, as by serde_json.
    assert_eq!(
        apimodel::json::from_str::<ConnectSessionCreate>(&format!("{text} \n")).unwrap(),
        session
    );
}
