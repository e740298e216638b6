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
//!
//! # Features
//!
//! - `json` (on by default): everything that needs `serde_json`. [`json`]'s `from_str` /
//!   `from_slice`, whose errors name the path of the bad value (`categories[1]: …`); a
//!   `serde_json::Map<String, serde_json::Value>` field with `#[api(additional_properties)]`
//!   (a `BTreeMap` or `HashMap` with `String` keys works without it), [`schema`] (a model's
//!   JSON Schema, as a `serde_json::Value`) and [`models`] (the StackOne connect-session
//!   models, whose metadata is a `serde_json::Map`). Without it apimodel depends on `serde`
//!   alone: the derive, [`meta`] and [`docs`] work with any serde format.
//! - `schemars` (off; implies `json`): every model implements `schemars::JsonSchema`, its schema
//!   being [`schema`]'s, the models it names going into the generator's definitions.
//! - `utoipa` (off; implies `json`): every model implements `utoipa::ToSchema` (and
//!   `PartialSchema`), a component of its name, for `#[derive(utoipa::OpenApi)]` and
//!   `#[utoipa::path]`. Needs Rust 1.88 (utoipa 6's).
//!
//! Without either, the derive's hook for them expands to nothing.

#![forbid(unsafe_code)]
// The docs link to `schema` and `models`, which exist only with `json`; the default build
// (docs.rs's) still checks every link.
#![cfg_attr(not(feature = "json"), allow(rustdoc::broken_intra_doc_links))]

pub mod builder;
pub mod docs;
mod error;
#[cfg(feature = "json")]
pub mod json;
pub mod meta;
#[cfg(feature = "json")]
pub mod models;
mod openapi;
#[cfg(feature = "json")]
pub mod schema;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use apimodel_macros::ApiModel;
pub use error::ParseEnumError;
pub use meta::ApiModel;
pub use serde;

#[cfg(test)]
mod tests;

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
