//! serde's `from`, `try_from` and `into` on a container: its `Deserialize` reads another type and
//! converts (`From`, `TryFrom`), its `Serialize` converts a clone (`Into`) and writes that. The
//! builder and the metadata table are the model's own, as without them.

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned as _;

use crate::ast::Container;
use crate::generics::Generics;
use crate::respan::respan;

/// `impl Serialize` through `into = "Type"`; `None` without it.
pub fn serialize(cont: &Container<'_>) -> Option<TokenStream> {
    let into = cont.attrs.into.get()?;
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let bounds = crate::bound::given(cont.attrs.bound.get(), true).unwrap_or_default();
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&bounds));
    let body = respan(
        quote! {
            #serde::Serialize::serialize(
                &<Self as __ap::Into<#into>>::into(<Self as ::core::clone::Clone>::clone(self)),
                __serializer,
            )
        },
        into.span(),
    );
    Some(quote! {
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    })
}

/// `impl Deserialize` through `from = "Type"` or `try_from = "Type"` (its error, `Display`,
/// becomes the format's custom error); `None` without either.
pub fn deserialize(cont: &Container<'_>) -> Option<TokenStream> {
    let a = &cont.attrs;
    let serde = quote!(__ap::serde);
    let body = match (a.from.get(), a.try_from.get()) {
        (Some(from), _) => respan(
            quote! {
                __ap::Result::map(
                    <#from as #serde::Deserialize<'de>>::deserialize(__deserializer),
                    <Self as __ap::From<#from>>::from,
                )
            },
            from.span(),
        ),
        (None, Some(from)) => respan(
            quote! {
                match <#from as #serde::Deserialize<'de>>::deserialize(__deserializer) {
                    __ap::Ok(__v) => __ap::Result::map_err(
                        <Self as ::core::convert::TryFrom<#from>>::try_from(__v),
                        <__D::Error as #serde::de::Error>::custom,
                    ),
                    __ap::Err(__e) => __ap::Err(__e),
                }
            },
            from.span(),
        ),
        (None, None) => return None,
    };
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let bounds = crate::bound::given(a.bound.get(), false).unwrap_or_default();
    let (impl_g, ty_g, wh) = (
        g.impl_params_with(&[quote!('de)], &[]),
        g.ty_params(),
        g.where_clause(&bounds),
    );
    Some(quote! {
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<'de> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                #body
            }
        }
    })
}
