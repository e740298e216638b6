//! What generated code calls. Not public API: names and signatures change without notice.
//!
//! Everything that is the same for every model lives here, compiled once, so that the derive
//! emits only each model's table and glue.

pub mod builder;
pub mod content;
pub mod de;
pub mod enums;
pub mod meta;
pub mod ser;
pub mod union;

pub use serde;

// Short names for generated code, which refers to the runtime as `__ap` inside its `const _`
// blocks: `__ap::Some(..)` instead of `::core::option::Option::Some(..)` keeps every model's
// expansion smaller (what the compiler must parse and resolve for each model).
pub use core::convert::{From, Into};
pub use core::default::Default;
pub use core::marker::PhantomData;
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};
pub use std::string::String;

// The metadata trait, so that generated code names only `__private` (the table's types and
// constructors are in `meta`).
pub use crate::meta::ApiModel;
