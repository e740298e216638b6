//! What generated code calls. Not public API: names and signatures change without notice.
//!
//! Everything that is the same for every model lives here, compiled once, so that the derive
//! emits only each model's table and glue.

/// Calls `$impl!` once per tuple arity from 0 to 16, with each element's type parameter and
/// index (`$impl!(T0 0 T1 1)` for pairs): the tuple impls of `ser::Fields` and `de::Slots`.
macro_rules! tuples {
    ($impl:ident) => {
        $impl!();
        $impl!(T0 0);
        $impl!(T0 0 T1 1);
        $impl!(T0 0 T1 1 T2 2);
        $impl!(T0 0 T1 1 T2 2 T3 3);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10 T11 11);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10 T11 11 T12 12);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10 T11 11 T12 12 T13 13);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10 T11 11 T12 12 T13 13 T14 14);
        $impl!(T0 0 T1 1 T2 2 T3 3 T4 4 T5 5 T6 6 T7 7 T8 8 T9 9 T10 10 T11 11 T12 12 T13 13 T14 14 T15 15);
    };
}

pub mod builder;
pub mod content;
pub mod de;
pub mod enums;
pub mod meta;
pub mod ser;
pub mod ser_buffer;
pub mod union;

pub use serde;

// Each model's `schema_impls!` hook: `schemars::JsonSchema` / `utoipa::ToSchema` with the
// features `schemars` / `utoipa`, nothing without (`crate::openapi`).
pub use crate::__apimodel_schema_impls as schema_impls;
pub use crate::openapi::hook as openapi;

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
