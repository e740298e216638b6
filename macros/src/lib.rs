//! The derive behind [`apimodel`](https://docs.rs/apimodel). Depend on `apimodel`, not on this crate:
//! the generated code names `::apimodel::__private`, which only `apimodel` provides.

mod ast;
mod attr;
mod builder;
mod case;
mod check;
mod ctxt;
mod de;
mod enums;
mod expand;
mod ser;

use proc_macro::TokenStream;

/// Derives builder, `Serialize` and `Deserialize` for an API model; see the `apimodel` crate.
#[proc_macro_derive(ApiModel, attributes(api))]
pub fn derive_api_model(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
