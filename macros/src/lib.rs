//! The derive behind [`apimodel`](https://docs.rs/apimodel). Depend on `apimodel`, not on this crate:
//! the generated code names `::apimodel::__private`, which only `apimodel` provides.

// Short names (`g`, `f`, `b`, `k`) are the local convention for generics, fields, the builder
// and keyed fields. `match` over `Option`s reads as a table of cases in generators, so
// `single_match_else` and `match_wildcard_for_single_variants` stay off.
#![allow(
    clippy::similar_names,
    clippy::many_single_char_names,
    clippy::single_match_else,
    clippy::match_wildcard_for_single_variants
)]

// Parse: the IR and its attributes.
mod ast;
mod attr;
mod case;
mod ctxt;
// Meaning and rules.
mod check;
mod prop;
// Shared help for generators (leaves: they import no generator).
mod bound;
mod default;
mod generics;
mod respan;
// Generators, one per output.
mod builder;
mod convert;
mod de;
mod enums;
mod meta;
mod newtype;
mod ser;
mod transparent;
mod tuple;
mod union;
// Wiring, and what is emitted after an error.
mod expand;
mod fallback;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives builder, `Serialize` and `Deserialize` for an API model; see the `apimodel` crate.
/// Reads `#[api(...)]` and, with serde_derive's meaning, `#[serde(...)]`.
#[proc_macro_derive(ApiModel, attributes(api, serde))]
pub fn derive_api_model(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
