//! `impl apimodel::ApiModel`: the model's description as `'static` data (names, wire keys,
//! types as written, required-ness, defaults, docs) for documentation and JSON Schema.

use proc_macro2::TokenStream;

use crate::ast::Container;

pub fn expand(_cont: &Container<'_>) -> TokenStream {
    TokenStream::new()
}
