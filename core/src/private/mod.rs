//! What generated code calls. Not public API: names and signatures change without notice.
//!
//! Everything that is the same for every model lives here, compiled once, so that the derive
//! emits only each model's table and glue.

pub mod builder;
pub mod de;
pub mod enums;
pub mod ser;

pub use serde;

pub use std::string::String;
