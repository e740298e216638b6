//! The reference oracle: every model written twice, once with `#[derive(ApiModel)]` and once
//! with `serde_derive` and the `#[serde(...)]` attributes the spec says the derive stands for.
//!
//! The mirrors carry the same Rust names as the models they mirror (serde puts the name in
//! messages such as `expected struct ConnectSessionCreate`), so they live in this module and
//! the extra `ApiModel` shapes live in [`shapes`]. The seed's mirrors and those of `Account`,
//! `Owner`, `Settings`, `Status` and `Color` convert into their models with `From`, which is
//! how the differential tests build both sides from one random value; the union, flatten,
//! tri-state and newtype shapes (`Shape`, `Event`, `Payload`, `OneOrMany`, `Effort`,
//! `Resource`, `Tagged`, `Patch`, `AccountId`) are compared by what they read and write only
//! (the fuzz targets).

#![allow(
    clippy::option_option,
    reason = "tri-state fields are among the shapes"
)]

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use apimodel::models as api;

/// Mirror of [`api::ConnectSessionCreate`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ConnectSessionCreate {
    /// `categories`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ConnectSessionCreateCategories>>,
    /// `expiresIn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<f64>,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ConnectSessionCreateMetadata>,
    /// `originOwnerId`
    pub origin_owner_id: String,
    /// `originOwnerName`
    pub origin_owner_name: String,
    /// `originUsername`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_username: Option<String>,
    /// `provider`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

/// Mirror of [`api::ConnectSessionCreateMetadata`]: `additional_properties` is serde's `flatten`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct ConnectSessionCreateMetadata {
    /// Every key.
    #[serde(flatten)]
    pub values: Map<String, Value>,
}

/// Mirror of the open enum [`api::ConnectSessionCreateCategories`]: from a self-describing
/// (human-readable) format it reads as serde_derive's unit variants with a last
/// `#[serde(untagged)] Unknown(String)` ([`serde_form`]: also serde's map form of a known value,
/// `{"hris": null}`, and serde's messages); from a compact one (postcard), where serde's form
/// cannot be read at all, as a `String`. It writes a `String` (a unit variant would be its index
/// in postcard), the known values mapped by a hand-written table (not by apimodel's code).
#[derive(Serialize, Debug, Clone, PartialEq, Eq, Hash)]
#[serde(into = "String")]
#[allow(
    missing_docs,
    reason = "variants are the wire values listed in the spec"
)]
pub enum ConnectSessionCreateCategories {
    Ats,
    Hris,
    HrisLegacy,
    Crm,
    Iam,
    Marketing,
    Lms,
    Stackone,
    Documents,
    Ticketing,
    Screening,
    Messaging,
    Accounting,
    Scheduling,
    Unknown(String),
}

impl<'de> Deserialize<'de> for ConnectSessionCreateCategories {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            serde_form::ConnectSessionCreateCategories::deserialize(deserializer).map(Self::from)
        } else {
            String::deserialize(deserializer).map(Self::from)
        }
    }
}

/// [`ConnectSessionCreateCategories`] as serde_derive reads an open enum.
pub mod serde_form {
    use serde::Deserialize;

    /// The known values as unit variants, then any other string.
    #[derive(Deserialize)]
    #[serde(rename_all = "kebab-case")]
    #[allow(
        missing_docs,
        reason = "variants are the wire values listed in the spec"
    )]
    pub enum ConnectSessionCreateCategories {
        Ats,
        Hris,
        HrisLegacy,
        Crm,
        Iam,
        Marketing,
        Lms,
        Stackone,
        Documents,
        Ticketing,
        Screening,
        Messaging,
        Accounting,
        Scheduling,
        #[serde(untagged)]
        Unknown(String),
    }

    impl From<ConnectSessionCreateCategories> for super::ConnectSessionCreateCategories {
        fn from(c: ConnectSessionCreateCategories) -> Self {
            use super::ConnectSessionCreateCategories as C;
            use ConnectSessionCreateCategories as F;
            match c {
                F::Ats => C::Ats,
                F::Hris => C::Hris,
                F::HrisLegacy => C::HrisLegacy,
                F::Crm => C::Crm,
                F::Iam => C::Iam,
                F::Marketing => C::Marketing,
                F::Lms => C::Lms,
                F::Stackone => C::Stackone,
                F::Documents => C::Documents,
                F::Ticketing => C::Ticketing,
                F::Screening => C::Screening,
                F::Messaging => C::Messaging,
                F::Accounting => C::Accounting,
                F::Scheduling => C::Scheduling,
                F::Unknown(s) => C::Unknown(s),
            }
        }
    }
}

/// The 14 wire values of the categories, in declaration order.
pub const CATEGORY_VALUES: [&str; 14] = [
    "ats",
    "hris",
    "hris-legacy",
    "crm",
    "iam",
    "marketing",
    "lms",
    "stackone",
    "documents",
    "ticketing",
    "screening",
    "messaging",
    "accounting",
    "scheduling",
];

impl From<String> for ConnectSessionCreateCategories {
    fn from(s: String) -> Self {
        use ConnectSessionCreateCategories as C;
        match s.as_str() {
            "ats" => C::Ats,
            "hris" => C::Hris,
            "hris-legacy" => C::HrisLegacy,
            "crm" => C::Crm,
            "iam" => C::Iam,
            "marketing" => C::Marketing,
            "lms" => C::Lms,
            "stackone" => C::Stackone,
            "documents" => C::Documents,
            "ticketing" => C::Ticketing,
            "screening" => C::Screening,
            "messaging" => C::Messaging,
            "accounting" => C::Accounting,
            "scheduling" => C::Scheduling,
            _ => C::Unknown(s),
        }
    }
}

impl From<ConnectSessionCreateCategories> for String {
    fn from(c: ConnectSessionCreateCategories) -> String {
        use ConnectSessionCreateCategories as C;
        let s = match c {
            C::Ats => "ats",
            C::Hris => "hris",
            C::HrisLegacy => "hris-legacy",
            C::Crm => "crm",
            C::Iam => "iam",
            C::Marketing => "marketing",
            C::Lms => "lms",
            C::Stackone => "stackone",
            C::Documents => "documents",
            C::Ticketing => "ticketing",
            C::Screening => "screening",
            C::Messaging => "messaging",
            C::Accounting => "accounting",
            C::Scheduling => "scheduling",
            C::Unknown(s) => return s,
        };
        s.to_owned()
    }
}

impl From<ConnectSessionCreateCategories> for api::ConnectSessionCreateCategories {
    fn from(c: ConnectSessionCreateCategories) -> Self {
        use ConnectSessionCreateCategories as C;
        use api::ConnectSessionCreateCategories as A;
        match c {
            C::Ats => A::Ats,
            C::Hris => A::Hris,
            C::HrisLegacy => A::HrisLegacy,
            C::Crm => A::Crm,
            C::Iam => A::Iam,
            C::Marketing => A::Marketing,
            C::Lms => A::Lms,
            C::Stackone => A::Stackone,
            C::Documents => A::Documents,
            C::Ticketing => A::Ticketing,
            C::Screening => A::Screening,
            C::Messaging => A::Messaging,
            C::Accounting => A::Accounting,
            C::Scheduling => A::Scheduling,
            C::Unknown(s) => A::Unknown(s),
        }
    }
}

impl From<ConnectSessionCreateMetadata> for api::ConnectSessionCreateMetadata {
    fn from(m: ConnectSessionCreateMetadata) -> Self {
        api::ConnectSessionCreateMetadata { values: m.values }
    }
}

impl From<ConnectSessionCreate> for api::ConnectSessionCreate {
    fn from(m: ConnectSessionCreate) -> Self {
        api::ConnectSessionCreate {
            categories: m
                .categories
                .map(|v| v.into_iter().map(Into::into).collect()),
            expires_in: m.expires_in,
            metadata: m.metadata.map(Into::into),
            origin_owner_id: m.origin_owner_id,
            origin_owner_name: m.origin_owner_name,
            origin_username: m.origin_username,
            provider: m.provider,
        }
    }
}

/// Extra shapes that exercise the attributes the seed model does not use.
pub mod shapes {
    use apimodel::ApiModel;

    /// snake_case keys, a renamed field, `deny_unknown_fields`, integers of every width, `bool`,
    /// `Vec`, nested models and a closed enum.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(rename_all = "snake_case", deny_unknown_fields)]
    pub struct Account {
        /// `account_id`
        pub account_id: u64,
        /// `displayName`
        #[api(rename = "displayName")]
        pub name: String,
        /// `is_active`
        pub is_active: bool,
        /// `small`
        pub small: u8,
        /// `signed_small`
        pub signed_small: i8,
        /// `short_value`
        pub short_value: i16,
        /// `unsigned_short`
        pub unsigned_short: u16,
        /// `medium_value`
        pub medium_value: i32,
        /// `big_value`
        pub big_value: i64,
        /// `level`
        pub level: Option<u32>,
        /// `tags`
        pub tags: Vec<String>,
        /// `owner`
        pub owner: Owner,
        /// `backup_owner`
        pub backup_owner: Option<Owner>,
        /// `status`
        pub status: Status,
        /// `scores`
        pub scores: Option<Vec<i8>>,
    }

    /// camelCase (the default), unknown keys ignored, a `Vec` of a closed enum.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Owner {
        /// `ownerId`
        pub owner_id: String,
        /// `emailAddress`
        pub email_address: Option<String>,
        /// `roles`
        pub roles: Vec<Status>,
    }

    /// A closed enum: unknown values are errors.
    #[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq)]
    #[api(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum Status {
        /// `ACTIVE`
        Active,
        /// `PENDING_REVIEW`
        PendingReview,
        /// `gone`
        #[api(rename = "gone")]
        Deleted,
    }

    /// A closed enum with the default variant rule (camelCase).
    #[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Color {
        /// `red`
        Red,
        /// `darkBlue`
        DarkBlue,
    }

    /// `default`, `default = expr`, `required`, `skip` and `with`.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Settings {
        /// `name`
        pub name: String,
        /// `retries`: `Default` when absent, always written.
        #[api(default)]
        pub retries: u32,
        /// `timeoutMs`: 30 when absent.
        #[api(default = 30)]
        pub timeout_ms: u64,
        /// `parent`: must be present, may be null.
        #[api(required)]
        pub parent: Option<String>,
        /// Never on the wire.
        #[api(skip)]
        pub cache: Vec<u8>,
        /// `port`: written as a string through `with`.
        #[api(with = "crate::mirror::as_string")]
        pub port: u16,
        /// `color`
        pub color: Option<Color>,
    }

    /// A newtype: reads and writes as the string it holds.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct AccountId(pub String);

    /// The payload of the unions' newtype variants.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Circle {
        /// `radius`
        pub radius: f64,
        /// `label`
        pub label: Option<String>,
    }

    /// Externally tagged (no attribute): unit, newtype, tuple and struct variants, a newtype
    /// variant of a newtype struct, and the `other` unit that unknown names read as.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum Shape {
        /// `"point"`
        Point,
        /// `{"circle":{...}}`
        Circle(Circle),
        /// `{"segment":[a,b]}`
        Segment(f64, f64),
        /// `{"rect":{"width":..,"heightPx":..,"lbl":..}}`
        Rect {
            /// `width`
            width: u32,
            /// `heightPx`
            height_px: Option<u32>,
            /// `lbl`
            #[api(rename = "lbl")]
            label: Option<String>,
        },
        /// `{"owner":"id"}`
        Owner(AccountId),
        /// Any other variant name.
        #[api(other)]
        Unknown,
    }

    /// Internally tagged: unit, newtype and struct variants (one with a tri-state field and a
    /// `skip_none = false` one) and an `other` unit.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "type")]
    pub enum Event {
        /// `{"type":"ping"}`
        Ping,
        /// `{"type":"drawn","radius":..}`
        Drawn(Circle),
        /// `{"type":"moved","x":..,"y":..}`
        Moved {
            /// `x`
            x: i32,
            /// `y`
            y: i32,
            /// `note`: absent, `null` or a string.
            note: Option<Option<String>>,
            /// `by`: written as `null` when `None`.
            #[api(skip_none = false)]
            by: Option<String>,
        },
        /// Any other tag.
        #[api(other)]
        Unknown,
    }

    /// Adjacently tagged.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(tag = "t", content = "c")]
    pub enum Payload {
        /// `{"t":"empty"}`
        Empty,
        /// `{"t":"text","c":".."}`
        Text(String),
        /// `{"t":"pair","c":[n,".."]}`
        Pair(u32, String),
        /// `{"t":"circle","c":{..}}`
        Circle(Circle),
        /// `{"t":"rect","c":{"width":..}}`
        Rect {
            /// `width`
            width: u32,
            /// `heightPx`
            height_px: Option<u32>,
        },
    }

    /// Untagged: the first variant that reads the input.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    #[api(untagged)]
    pub enum OneOrMany {
        /// `"id"`
        One(AccountId),
        /// `["id", ..]`
        Many(Vec<AccountId>),
        /// `{"width":..}`
        Sized {
            /// `width`
            width: u32,
            /// `heightPx`
            height_px: Option<u32>,
        },
        /// `null`
        Nothing,
    }

    /// A string enum with an untagged fallback (OpenAPI's `"auto" | integer`).
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub enum Effort {
        /// `"auto"`
        Auto,
        /// `"low"`
        Low,
        /// `5`
        #[api(untagged)]
        Budget(u32),
    }

    /// Keys every resource has, flattened into [`Resource`] and [`Tagged`].
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Base {
        /// `id`
        pub id: AccountId,
        /// `createdAt`
        pub created_at: Option<u64>,
    }

    /// Flattened as an `Option` into [`Resource`]: `None` unless all its keys are right.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Audit {
        /// `by`
        pub by: String,
        /// `rev`
        pub rev: Option<u32>,
    }

    /// Two flattened models (one an `Option`), a tri-state, a `skip_none = false` field and a
    /// union field.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Resource {
        /// `name`
        pub name: String,
        /// The base keys.
        #[api(flatten)]
        pub base: Base,
        /// Maybe the audit keys.
        #[api(flatten)]
        pub audit: Option<Audit>,
        /// `note`: absent, `null` or a string.
        pub note: Option<Option<String>>,
        /// `color`: written as `null` when `None`.
        #[api(skip_none = false)]
        pub color: Option<String>,
        /// `shape`
        pub shape: Option<Shape>,
    }

    /// Flatten and `additional_properties`.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Tagged {
        /// `name`
        pub name: String,
        /// The base keys.
        #[api(flatten)]
        pub base: Base,
        /// Every other key.
        #[api(additional_properties)]
        pub rest: std::collections::BTreeMap<String, serde_json::Value>,
    }

    /// A PATCH body without flatten (postcard reads it): tri-states and `skip_none = false`.
    #[derive(ApiModel, Debug, Clone, PartialEq)]
    pub struct Patch {
        /// `id`
        pub id: AccountId,
        /// `displayName`: absent, `null` or a string.
        pub display_name: Option<Option<String>>,
        /// `age`: absent, `null` or a number.
        pub age: Option<Option<u32>>,
        /// `note`: written as `null` when `None`.
        #[api(skip_none = false)]
        pub note: Option<String>,
        /// `color`
        pub color: Option<Color>,
    }
}

/// A `with` module: a `u16` written as a decimal string.
pub mod as_string {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    /// Writes the number as a string.
    pub fn serialize<S: Serializer>(value: &u16, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    /// Reads a string holding a number.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u16, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(D::Error::custom)
    }
}

/// Mirror of [`shapes::Account`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Account {
    pub account_id: u64,
    #[serde(rename = "displayName")]
    pub name: String,
    pub is_active: bool,
    pub small: u8,
    pub signed_small: i8,
    pub short_value: i16,
    pub unsigned_short: u16,
    pub medium_value: i32,
    pub big_value: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    pub tags: Vec<String>,
    pub owner: Owner,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_owner: Option<Owner>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<Vec<i8>>,
}

/// Mirror of [`shapes::Owner`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Owner {
    pub owner_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    pub roles: Vec<Status>,
}

/// Mirror of [`shapes::Status`].
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Status {
    Active,
    PendingReview,
    #[serde(rename = "gone")]
    Deleted,
}

/// Mirror of [`shapes::Color`].
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Color {
    Red,
    DarkBlue,
}

/// Mirror of [`shapes::Settings`]. `required` on an `Option` is serde's `deserialize_with`
/// (a field with `deserialize_with` and no `default` must be present).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Settings {
    pub name: String,
    #[serde(default)]
    pub retries: u32,
    #[serde(default = "thirty")]
    pub timeout_ms: u64,
    #[serde(deserialize_with = "Option::deserialize")]
    pub parent: Option<String>,
    #[serde(skip)]
    pub cache: Vec<u8>,
    #[serde(with = "as_string")]
    pub port: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
}

fn thirty() -> u64 {
    30
}

/// Mirror of [`shapes::AccountId`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct AccountId(pub String);

/// Mirror of [`shapes::Circle`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Circle {
    pub radius: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Mirror of [`shapes::Shape`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Shape {
    Point,
    Circle(Circle),
    Segment(f64, f64),
    Rect {
        width: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height_px: Option<u32>,
        #[serde(rename = "lbl", default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
    },
    Owner(AccountId),
    #[serde(other)]
    Unknown,
}

/// Mirror of [`shapes::Event`]: a tri-state is `serde_with`'s `double_option`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Event {
    Ping,
    Drawn(Circle),
    Moved {
        x: i32,
        y: i32,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "double_option"
        )]
        note: Option<Option<String>>,
        by: Option<String>,
    },
    #[serde(other)]
    Unknown,
}

/// Mirror of [`shapes::Payload`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(
    tag = "t",
    content = "c",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Payload {
    Empty,
    Text(String),
    Pair(u32, String),
    Circle(Circle),
    Rect {
        width: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height_px: Option<u32>,
    },
}

/// Mirror of [`shapes::OneOrMany`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged, rename_all_fields = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum OneOrMany {
    One(AccountId),
    Many(Vec<AccountId>),
    Sized {
        width: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height_px: Option<u32>,
    },
    Nothing,
}

/// Mirror of [`shapes::Effort`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented enum")]
pub enum Effort {
    Auto,
    Low,
    #[serde(untagged)]
    Budget(u32),
}

/// Mirror of [`shapes::Base`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Base {
    pub id: AccountId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
}

/// Mirror of [`shapes::Audit`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Audit {
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<u32>,
}

/// Mirror of [`shapes::Resource`]: `flatten` is serde's.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Resource {
    pub name: String,
    #[serde(flatten)]
    pub base: Base,
    #[serde(flatten)]
    pub audit: Option<Audit>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub note: Option<Option<String>>,
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<Shape>,
}

/// Mirror of [`shapes::Tagged`]: `additional_properties` is a second `flatten`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Tagged {
    pub name: String,
    #[serde(flatten)]
    pub base: Base,
    #[serde(flatten)]
    pub rest: std::collections::BTreeMap<String, Value>,
}

/// Mirror of [`shapes::Patch`].
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs, reason = "mirror of a documented model")]
pub struct Patch {
    pub id: AccountId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub display_name: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub age: Option<Option<u32>>,
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
}

/// `serde_with`'s `rust::double_option`, written out: the mirror of a tri-state field.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// `None` is skipped by the field's `skip_serializing_if`; `Some(None)` is `null`.
    #[allow(
        clippy::ref_option,
        clippy::option_option,
        reason = "serde's `with` contract on a tri-state field"
    )]
    pub fn serialize<S, T>(values: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        T: Serialize,
    {
        match values {
            None => serializer.serialize_unit(),
            Some(None) => serializer.serialize_none(),
            Some(Some(v)) => serializer.serialize_some(&v),
        }
    }

    /// Present: `Some` of what `Option<T>` reads (`null` is `Some(None)`).
    #[allow(clippy::option_option, reason = "a tri-state field")]
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
    where
        T: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Deserialize::deserialize(deserializer).map(Some)
    }
}

impl From<Status> for shapes::Status {
    fn from(s: Status) -> Self {
        match s {
            Status::Active => shapes::Status::Active,
            Status::PendingReview => shapes::Status::PendingReview,
            Status::Deleted => shapes::Status::Deleted,
        }
    }
}

impl From<Color> for shapes::Color {
    fn from(c: Color) -> Self {
        match c {
            Color::Red => shapes::Color::Red,
            Color::DarkBlue => shapes::Color::DarkBlue,
        }
    }
}

impl From<Owner> for shapes::Owner {
    fn from(o: Owner) -> Self {
        shapes::Owner {
            owner_id: o.owner_id,
            email_address: o.email_address,
            roles: o.roles.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<Account> for shapes::Account {
    fn from(a: Account) -> Self {
        shapes::Account {
            account_id: a.account_id,
            name: a.name,
            is_active: a.is_active,
            small: a.small,
            signed_small: a.signed_small,
            short_value: a.short_value,
            unsigned_short: a.unsigned_short,
            medium_value: a.medium_value,
            big_value: a.big_value,
            level: a.level,
            tags: a.tags,
            owner: a.owner.into(),
            backup_owner: a.backup_owner.map(Into::into),
            status: a.status.into(),
            scores: a.scores,
        }
    }
}

impl From<Settings> for shapes::Settings {
    fn from(s: Settings) -> Self {
        shapes::Settings {
            name: s.name,
            retries: s.retries,
            timeout_ms: s.timeout_ms,
            parent: s.parent,
            cache: s.cache,
            port: s.port,
            color: s.color.map(Into::into),
        }
    }
}

/// What one parse gave: the value re-serialized to JSON, or the error's message.
pub type Outcome = Result<String, String>;

/// The outcome of a `serde_json` parse, the value compared by its JSON bytes.
///
/// # Panics
///
/// When the parsed value does not serialize.
pub fn outcome<T: Serialize>(result: Result<T, serde_json::Error>) -> Outcome {
    result
        .map(|value| serde_json::to_string(&value).expect("a parsed value serializes"))
        .map_err(|e| e.to_string())
}

/// Parses `text` as the model `A` and as its mirror `M` with `serde_json::from_str`,
/// `from_slice`, `from_reader` and (when `text` is JSON at all) `from_value`; panics unless each
/// pair agrees (both `Ok` with the same JSON bytes, or both `Err` with the same message).
/// Returns the `from_str` outcome.
///
/// # Panics
///
/// On any disagreement: that is the test.
pub fn agree<A, M>(text: &str) -> Outcome
where
    A: Serialize + serde::de::DeserializeOwned,
    M: Serialize + serde::de::DeserializeOwned,
{
    let ours = outcome(serde_json::from_str::<A>(text));
    let theirs = outcome(serde_json::from_str::<M>(text));
    assert_eq!(ours, theirs, "from_str disagrees on {text:?}");
    let bytes = agree_bytes::<A, M>(text.as_bytes());
    assert_eq!(ours, bytes, "from_str and from_slice disagree on {text:?}");
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        let a = outcome(serde_json::from_value::<A>(value.clone()));
        let m = outcome(serde_json::from_value::<M>(value));
        assert_eq!(a, m, "from_value disagrees on {text:?}");
    }
    ours
}

/// As [`agree`] for bytes that need not be UTF-8: `from_slice` and `from_reader`.
///
/// # Panics
///
/// On any disagreement.
pub fn agree_bytes<A, M>(bytes: &[u8]) -> Outcome
where
    A: Serialize + serde::de::DeserializeOwned,
    M: Serialize + serde::de::DeserializeOwned,
{
    let ours = outcome(serde_json::from_slice::<A>(bytes));
    let theirs = outcome(serde_json::from_slice::<M>(bytes));
    assert_eq!(
        ours,
        theirs,
        "from_slice disagrees on {:?}",
        String::from_utf8_lossy(bytes)
    );
    let a = outcome(serde_json::from_reader::<_, A>(bytes));
    let m = outcome(serde_json::from_reader::<_, M>(bytes));
    assert_eq!(
        a,
        m,
        "from_reader disagrees on {:?}",
        String::from_utf8_lossy(bytes)
    );
    ours
}

impl ConnectSessionCreate {
    /// The mirror of a model value, field by field.
    pub fn from_api(m: &api::ConnectSessionCreate) -> Self {
        ConnectSessionCreate {
            categories: m.categories.as_ref().map(|v| {
                v.iter()
                    .map(|c| match c {
                        api::ConnectSessionCreateCategories::Unknown(s) => {
                            ConnectSessionCreateCategories::Unknown(s.clone())
                        }
                        known => ConnectSessionCreateCategories::from(known.as_str().to_owned()),
                    })
                    .collect()
            }),
            expires_in: m.expires_in,
            metadata: m.metadata.as_ref().map(|md| ConnectSessionCreateMetadata {
                values: md.values.clone(),
            }),
            origin_owner_id: m.origin_owner_id.clone(),
            origin_owner_name: m.origin_owner_name.clone(),
            origin_username: m.origin_username.clone(),
            provider: m.provider.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{agree, shapes};

    /// The new shapes read their valid documents (the fuzz seeds) on both sides, to the same
    /// bytes: the mirrors are right, so the fuzz targets compare two readers that accept.
    #[test]
    fn new_shapes_read_their_seeds() {
        let accepted = [
            agree::<shapes::AccountId, super::AccountId>(r#""acc_1""#),
            agree::<shapes::Shape, super::Shape>(r#"{"rect":{"width":3,"heightPx":4,"lbl":"l"}}"#),
            agree::<Vec<shapes::Shape>, Vec<super::Shape>>(
                r#"["point",{"segment":[0.0,1.0]},{"owner":"a"},"zzz",{"zzz":null},{"circle":{"radius":1.5}}]"#,
            ),
            agree::<shapes::Payload, super::Payload>(
                r#"{"c":{"width":3,"heightPx":null},"t":"rect"}"#,
            ),
            agree::<shapes::Payload, super::Payload>(r#"{"t":"pair","c":[1,"a"]}"#),
            agree::<shapes::Resource, super::Resource>(
                r#"{"name":"r","id":"a","createdAt":5,"by":"me","rev":2,"note":null,"shape":"point"}"#,
            ),
            agree::<shapes::Resource, super::Resource>(r#"{"name":"r","id":"a","by":7}"#),
            agree::<shapes::Tagged, super::Tagged>(r#"{"name":"t","id":"a","x":{"deep":[1]}}"#),
            agree::<shapes::Patch, super::Patch>(
                r#"{"id":"a","displayName":null,"age":30,"color":"darkBlue"}"#,
            ),
            // Valid documents: the same value, whatever the messages of broken ones.
            agree::<Vec<shapes::Event>, Vec<super::Event>>(
                r#"[{"type":"ping"},{"type":"drawn","radius":2.5},{"x":1,"y":2,"type":"moved","note":null},{"type":"moved","x":1,"y":2,"by":"me","note":"n"},{"type":"other","a":1}]"#,
            ),
            agree::<Vec<shapes::OneOrMany>, Vec<super::OneOrMany>>(
                r#"["a",["a","b"],{"width":640},null]"#,
            ),
            agree::<Vec<shapes::Effort>, Vec<super::Effort>>(r#"["auto","low",5]"#),
        ];
        for outcome in accepted {
            assert!(outcome.is_ok(), "{outcome:?}");
        }
        assert_eq!(
            agree::<shapes::Resource, super::Resource>(r#"{"name":"r","id":"a"}"#).unwrap(),
            r#"{"name":"r","id":"a","color":null}"#
        );
    }
}
