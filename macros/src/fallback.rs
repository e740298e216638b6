//! After an error: the items users' code names — the builder and its setters, `Serialize`,
//! `Deserialize`, `ApiModel` (also of a data enum), and a string enum's `as_str`/`Display`/`FromStr` — with bodies
//! that never run (the build has already failed), so one mistake gives one diagnostic instead of
//! a cascade of "no method `builder`" and "trait not implemented".

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Data, Field};
use crate::generics::Generics;

/// The items for outside and inside the derive's `const _` block, as [`crate::expand`] places
/// them.
pub fn expand(cont: &Container<'_>) -> (TokenStream, TokenStream) {
    let meta = crate::meta::stub(cont);
    match &cont.data {
        Data::Struct(fields) => {
            let (builder, builder_impls) = builder(cont, fields);
            let serde = serde_stubs(cont);
            (builder, quote!(#builder_impls #serde #meta))
        }
        Data::Enum(variants) => {
            let surface = crate::enums::surface(cont, variants, true);
            (TokenStream::new(), quote!(#surface #meta))
        }
        Data::Union(_) | Data::Tuple(_) | Data::Unit => {
            let serde = serde_stubs(cont);
            (TokenStream::new(), quote!(#serde #meta))
        }
        Data::Newtype(field) => {
            let conversions = crate::newtype::conversions(cont, field);
            let serde = serde_stubs(cont);
            (TokenStream::new(), quote!(#conversions #serde #meta))
        }
    }
}

/// The builder without gates, unless a field named `build` is the error: it would clash again.
fn builder(cont: &Container<'_>, fields: &[Field<'_>]) -> (TokenStream, TokenStream) {
    if fields.iter().any(|f| f.name() == "build")
        || (cont.serde_defaults() && crate::builder::setters_clash(fields))
    {
        return (TokenStream::new(), TokenStream::new());
    }
    let defaults = crate::default::functions(cont, fields);
    let (builder, impls) = crate::builder::expand(cont, fields, true);
    (quote!(#defaults #builder), impls)
}

fn serde_stubs(cont: &Container<'_>) -> TokenStream {
    let ident = cont.ident;
    let serde = quote!(__ap::serde);
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let de_g = g.impl_params_with(&[quote!('de)], &[]);
    // With a lifetime named `'de` (the error), `impl<'de, 'de>` would be a second one.
    let deserialize = (!g.declares_de()).then(|| {
        quote! {
            #[automatically_derived]
            impl #de_g #serde::Deserialize<'de> for #ident #ty_g #wh {
                fn deserialize<__D: #serde::Deserializer<'de>>(_: __D) -> __ap::Result<Self, __D::Error> {
                    ::core::unreachable!()
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, _: __S) -> __ap::Result<__S::Ok, __S::Error> {
                ::core::unreachable!()
            }
        }
        #deserialize
    }
}
