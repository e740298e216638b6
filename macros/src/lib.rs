//! The derive behind [`apimodel`](https://docs.rs/apimodel). Depend on `apimodel`, not on this crate:
//! the generated code names `::apimodel::__private`, which only `apimodel` provides.

// Code generators are long linear sequences of `quote!` blocks; splitting them hides the
// shape of the output. Short names (`g`, `f`, `b`) are the local convention for generics,
// fields and the builder path.
// `match` over `Option`s reads as a table of cases in generators, so `single_match_else`
// and `match_wildcard_for_single_variants` stay off.
#![allow(
    clippy::too_many_lines,
    clippy::similar_names,
    clippy::many_single_char_names,
    clippy::single_match_else,
    clippy::match_wildcard_for_single_variants
)]

mod ast;
mod attr;
mod builder;
mod case;
mod check;
mod ctxt;
mod de;
mod enums;
mod expand;
mod meta;
mod ser;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives builder, `Serialize` and `Deserialize` for an API model; see the `apimodel` crate.
#[proc_macro_derive(ApiModel, attributes(api))]
pub fn derive_api_model(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
