//! What generated builders use besides the public states of [`crate::builder`].
//!
//! Each model's derive emits one gate trait per required field, carrying the field's own
//! `#[diagnostic::on_unimplemented]` message: a message is a string literal, so only a trait
//! of the model's can name the field exactly (a trait shared here would print a path).

pub use crate::builder::{Set, Unset};
