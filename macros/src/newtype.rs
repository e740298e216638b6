//! A newtype, `struct AccountId(pub String);`: serde's newtype struct on the wire (the inner
//! value), `From<Inner>` and `into_inner()`; no builder. The visitor lives in the runtime
//! (`apimodel::__private::de::newtype`).
//!
//! Items: [`with_wrappers`] (the field's `with = "module"` adapters), [`conversions`], and the
//! serde impls in [`expand`].

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::Lifetime;
use syn::spanned::Spanned as _;

use crate::ast::{Container, Newtype};
use crate::generics::Generics;
use crate::respan::{located, respan};

/// The items for the derive's `const _` block.
pub fn expand(cont: &Container<'_>, field: &Newtype<'_>) -> TokenStream {
    let serde = quote!(__ap::serde);
    let (ident, name) = (cont.ident, cont.ident.to_string());
    let g = Generics::new(cont.generics);
    let de = Lifetime::new("'de", Span::call_site());
    let (ser_bounds, de_bounds) = match field.attrs.with.get() {
        Some(_) => (Vec::new(), Vec::new()), // the module decides, as serde's `with`
        None => crate::bound::newtype(g, field.ty, &serde, &de),
    };
    let ser_bounds = crate::bound::given(cont.attrs.bound.get(), true).unwrap_or(ser_bounds);
    let de_bounds = crate::bound::given(cont.attrs.bound.get(), false).unwrap_or(de_bounds);
    let (impl_g, ty_g) = (g.impl_params(), g.ty_params());
    let (ser_wh, de_wh) = (g.where_clause(&ser_bounds), g.where_clause(&de_bounds));
    let de_g = g.impl_params_with(&[quote!(#de)], &[]);
    let (wrappers, value, read) = with_wrappers(cont, field);
    let serialize = respan(
        quote!(#serde::Serializer::serialize_newtype_struct(__serializer, #name, #value)),
        field.ty.span(),
    );
    let deserialize = respan(
        match cont.attrs.expecting.get() {
            Some(text) => quote!(__ap::de::newtype_expecting(__deserializer, #name, #text, #read)),
            None => quote!(__ap::de::newtype(__deserializer, #name, #read)),
        },
        field.ty.span(),
    );
    // With serde's defaults, the model is one a user wrote for serde_derive: it may have its own
    // `From<Inner>` and `into_inner`, so none are added.
    let conversions = (!cont.serde_defaults()).then(|| conversions(cont, field));
    let ser_impl = crate::convert::serialize(cont).unwrap_or_else(|| {
        quote! {
            #[automatically_derived]
            impl #impl_g #serde::Serialize for #ident #ty_g #ser_wh {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                    #serialize
                }
            }
        }
    });
    let de_impl = crate::convert::deserialize(cont).unwrap_or_else(|| {
        quote! {
            #[automatically_derived]
            impl #de_g #serde::Deserialize<#de> for #ident #ty_g #de_wh {
                fn deserialize<__D: #serde::Deserializer<#de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                    #deserialize
                }
            }
        }
    });
    let (ser_impl, de_impl) = cont.one_way(|| ser_impl, || de_impl);
    quote! {
        #wrappers
        #conversions
        #ser_impl
        #de_impl
    }
}

/// `From<Inner>` for the newtype and `into_inner(self) -> Inner`.
pub fn conversions(cont: &Container<'_>, field: &Newtype<'_>) -> TokenStream {
    let (ident, vis, ty) = (cont.ident, cont.vis, field.ty);
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let doc = format!("The value this [`{ident}`] wraps.");
    quote! {
        #[automatically_derived]
        impl #impl_g __ap::From<#ty> for #ident #ty_g #wh {
            #[inline]
            fn from(value: #ty) -> Self {
                #ident(value)
            }
        }
        #[automatically_derived]
        impl #impl_g #ident #ty_g #wh {
            #[doc = #doc]
            #[inline]
            #vis fn into_inner(self) -> #ty {
                self.0
            }
        }
    }
}

/// With `with = "module"`: the adapters whose serde impls call the module, the value written
/// and the function that reads; without: `&self.0` and the constructor.
fn with_wrappers(
    cont: &Container<'_>,
    field: &Newtype<'_>,
) -> (TokenStream, TokenStream, TokenStream) {
    let Some(module) = field.attrs.with.get() else {
        return (TokenStream::new(), quote!(&self.0), quote!(|__v| Self(__v)));
    };
    let serde = quote!(__ap::serde);
    let (ident, ty) = (cont.ident, field.ty);
    let g = Generics::new(cont.generics);
    let lt = quote!('__a);
    let decl = g.impl_params_with(std::slice::from_ref(&lt), &[]);
    let args = g.ty_params_with(std::slice::from_ref(&lt), &[]);
    let (plain, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let de_g = g.impl_params_with(&[quote!('de)], &[]);
    let turbofish = g.ty_params_with(&[quote!('_)], &[]);
    let at = located(module.span());
    let ser_items = quote_spanned! {at=>
        #[doc(hidden)]
        struct __SerializeWith #decl (&#lt #ty, __ap::PhantomData<&#lt #ident #ty_g>) #wh;
        #[automatically_derived]
        impl #decl #serde::Serialize for __SerializeWith #args #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #module::serialize(self.0, __serializer)
            }
        }
    };
    let de_items = quote_spanned! {at=>
        #[doc(hidden)]
        struct __DeserializeWith #plain (#ty, __ap::PhantomData<#ident #ty_g>) #wh;
        #[automatically_derived]
        impl #de_g #serde::Deserialize<'de> for __DeserializeWith #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                __ap::Result::map(#module::deserialize(__deserializer), |__v| __DeserializeWith(__v, __ap::PhantomData))
            }
        }
    };
    // Each direction's adapter only when that impl is derived (`serialize_only` /
    // `deserialize_only`): the module may have only the one function.
    let (ser_items, de_items) = cont.one_way(|| ser_items, || de_items);
    (
        quote!(#ser_items #de_items),
        quote!(&__SerializeWith::#turbofish(&self.0, __ap::PhantomData)),
        quote!(|__w: __DeserializeWith #ty_g| Self(__w.0)),
    )
}
