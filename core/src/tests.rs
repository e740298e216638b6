//! The crate without its `json` feature (`cargo test -p apimodel --no-default-features --lib`):
//! the derive's output, the tables and the markdown pages need nothing but `serde`.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::value::{Error, MapDeserializer};

use crate::meta::Role;
use crate::{ApiModel, ParseEnumError};

/// A user.
#[derive(ApiModel, Debug, PartialEq)]
#[api(crate = "crate")]
struct User {
    /// The login.
    user_name: String,
    /// Every other key.
    #[api(additional_properties)]
    extra: BTreeMap<String, String>,
}

/// A colour.
#[derive(ApiModel, Debug, PartialEq)]
#[api(crate = "crate")]
enum Colour {
    /// Red.
    Red,
    /// Dark blue.
    DarkBlue,
}

#[test]
fn derive_tables_and_pages_without_serde_json() {
    let entries = [("userName", "ada"), ("team", "analysis")];
    let user = User::deserialize(MapDeserializer::<_, Error>::new(entries.into_iter())).unwrap();
    assert_eq!(user.user_name, "ada");
    assert_eq!(user.extra["team"], "analysis");
    assert_eq!(User::builder().user_name("ada").build().extra.len(), 0);

    let fields = User::MODEL.fields();
    assert_eq!(
        (fields[0].wire, fields[0].role),
        ("userName", Role::Required)
    );
    assert_eq!(fields[1].role, Role::Additional);
    assert!(crate::docs::markdown::<User>().starts_with("# User\n\nA user.\n"));

    assert_eq!("darkBlue".parse::<Colour>(), Ok(Colour::DarkBlue));
    let error: ParseEnumError = "green".parse::<Colour>().unwrap_err();
    assert_eq!(error.value(), "green");
    assert_eq!(Colour::MODEL.variants()[1].wire, "darkBlue");
}
