//! One derive for HTTP API models.
//!
//! `#[derive(ApiModel)]` on a struct with named fields gives it a typestate builder whose
//! `build()` compiles only once every required field is set, and `serde::Serialize` /
//! `serde::Deserialize` impls with camelCase keys — the wire behaviour of `serde_derive` with
//! `#[serde(rename_all = "camelCase")]` and `#[serde(default, skip_serializing_if =
//! "Option::is_none")]` on every `Option` field, generated without `serde_derive`.
//!
//! ```
//! use apimodel::ApiModel;
//!
//! #[derive(ApiModel, Debug, PartialEq)]
//! pub struct CreateUser {
//!     /// The user's login.
//!     pub user_name: String,
//!     /// Shown in the UI when set.
//!     pub display_name: Option<String>,
//! }
//!
//! let user = CreateUser::builder().user_name("ada").build();
//! let json = serde_json::to_string(&user).unwrap();
//! assert_eq!(json, r#"{"userName":"ada"}"#);
//! assert_eq!(serde_json::from_str::<CreateUser>(&json).unwrap(), user);
//! ```
//!
//! On an enum of unit variants it gives a string enum (`as_str`, `Display`, `FromStr`, serde);
//! a `#[api(other)] Unknown(String)` variant makes it open to values added later.
//! See the README for every attribute.

#![forbid(unsafe_code)]

pub mod docs;
#[cfg(feature = "json")]
pub mod json;
pub mod meta;
pub mod models;
pub mod schema;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use apimodel_macros::ApiModel;
pub use meta::ApiModel;
pub use serde;

use core::fmt;

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// `FromStr` error of a closed string enum: the text is none of its wire values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    enum_name: &'static str,
    value: String,
    expected: &'static [&'static str],
}

impl ParseEnumError {
    fn new(enum_name: &'static str, value: &str, expected: &'static [&'static str]) -> Self {
        ParseEnumError {
            enum_name,
            value: value.to_owned(),
            expected,
        }
    }

    /// The text that was not recognised.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} value `{}`, expected one of ",
            self.enum_name, self.value
        )?;
        for (i, v) in self.expected.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{v}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseEnumError {}
