//! The helper traits serde's attribute cases name in their `#[serde(...)]` paths
//! (`default = "MyDefault::my_default"`, `skip_serializing_if = "ShouldSkip::should_skip"`,
//! `serialize_with = ...`, `deserialize_with = ...`), shared by the `test_serde_*` files that
//! port those cases (each includes this file with `#[path]`).
//!
//! For `i32` the number 123 is the special value: it is the default, it is skipped, and it is
//! written as `true` (any other number as `false`; `true` reads back as 123, `false` as 2).

#![allow(
    dead_code,
    reason = "each including test file uses a part of the helpers"
)]

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A default that is not `Default::default`: a field that names it must not need `Default`.
pub trait MyDefault: Sized {
    fn my_default() -> Self;
}

/// The predicate of `skip_serializing_if`.
pub trait ShouldSkip: Sized {
    fn should_skip(&self) -> bool;
}

/// The writer of `serialize_with`, as a trait so a generic field can name it.
pub trait SerializeWith: Sized {
    fn serialize_with<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error>;
}

/// The reader of `deserialize_with`, as a trait so a generic field can name it.
pub trait DeserializeWith: Sized {
    fn deserialize_with<'de, D: Deserializer<'de>>(de: D) -> Result<Self, D::Error>;
}

/// The value every helper treats specially.
pub const SPECIAL: i32 = 123;

impl MyDefault for i32 {
    fn my_default() -> Self {
        SPECIAL
    }
}

impl ShouldSkip for i32 {
    fn should_skip(&self) -> bool {
        *self == SPECIAL
    }
}

impl SerializeWith for i32 {
    fn serialize_with<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        (*self == SPECIAL).serialize(ser)
    }
}

impl DeserializeWith for i32 {
    fn deserialize_with<'de, D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        Ok(if bool::deserialize(de)? { SPECIAL } else { 2 })
    }
}
