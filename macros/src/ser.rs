//! `impl Serialize`: one runtime call per field, in declaration order.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::ast::{Container, Field, Role};
use crate::expand::{Generics, mentioned_type_params};

pub fn expand(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let private = quote!(__ap);
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let name = ident.to_string();
    let g = Generics::new(cont.generics);

    // `T: Serialize` for every type parameter a serialized field mentions.
    let params = g.type_params();
    let mut used = Vec::new();
    for f in fields {
        if f.role() != Role::Skipped && !f.attrs.with.is_set() {
            mentioned_type_params(f.ty, &params, &mut used);
        }
    }
    let bounds: Vec<TokenStream> = used.iter().map(|p| quote!(#p: #serde::Serialize)).collect();
    let impl_g = g.impl_params(None);
    let ty_g = g.ty_params();
    let wh = g.where_clause(&bounds);

    let flatten = fields.iter().any(|f| f.role() == Role::Additional);
    let mut with_items = Vec::new();
    let mut always = 0usize;
    let mut counted = Vec::new();
    let mut steps = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let member = f.ident;
        let key = &f.wire;
        let span = f.ty.span();
        let skips_none = f.option_inner.is_some() && f.role() != Role::Required;
        let value = match f.attrs.with.get() {
            Some(module) => {
                let wrapper = format_ident!("__SerializeWith{}", i);
                let ty = f.ty;
                let lt = syn::Lifetime::new("'__a", proc_macro2::Span::call_site());
                let decl = g.impl_params(Some(&lt));
                let args = g.ty_params_lead(Some(&quote!(#lt)));
                let ty_g = g.ty_params();
                with_items.push(quote_spanned! {crate::expand::located(module.span())=>
                    #[doc(hidden)]
                    struct #wrapper #decl (&#lt #ty, __ap::PhantomData<&#lt #ident #ty_g>) #wh;
                    #[automatically_derived]
                    impl #decl #serde::Serialize for #wrapper #args #wh {
                        fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                            #module::serialize(self.0, __serializer)
                        }
                    }
                });
                let turbofish = g.ty_params_lead(Some(&quote!('_)));
                quote!(&#wrapper::#turbofish(&self.#member, __ap::PhantomData))
            }
            None => quote!(&self.#member),
        };
        let step = match (f.role(), flatten) {
            (Role::Skipped, _) => continue,
            (Role::Additional, _) => {
                quote_spanned!(crate::expand::located(span)=> #private::ser::additional(&mut __state, &self.#member)?;)
            }
            (_, false) if skips_none => {
                counted.push(quote_spanned!(crate::expand::located(span)=> #private::ser::count(&self.#member)));
                if f.attrs.with.is_set() {
                    quote_spanned! {crate::expand::located(span)=>
                        if __ap::Option::is_none(&self.#member) {
                            #serde::ser::SerializeStruct::skip_field(&mut __state, #key)?;
                        } else {
                            #serde::ser::SerializeStruct::serialize_field(&mut __state, #key, #value)?;
                        }
                    }
                } else {
                    quote_spanned!(crate::expand::located(span)=> #private::ser::option(&mut __state, #key, &self.#member)?;)
                }
            }
            (_, false) => {
                always += 1;
                quote_spanned!(crate::expand::located(span)=> #private::ser::field(&mut __state, #key, #value)?;)
            }
            (_, true) if skips_none => {
                if f.attrs.with.is_set() {
                    quote_spanned! {crate::expand::located(span)=>
                        if __ap::Option::is_some(&self.#member) {
                            #private::ser::entry(&mut __state, #key, #value)?;
                        }
                    }
                } else {
                    quote_spanned!(crate::expand::located(span)=> #private::ser::option_entry(&mut __state, #key, &self.#member)?;)
                }
            }
            (_, true) => {
                quote_spanned!(crate::expand::located(span)=> #private::ser::entry(&mut __state, #key, #value)?;)
            }
        };
        steps.push(crate::expand::respan(step, span));
    }

    let body = if flatten {
        quote! {
            let mut __state = #serde::Serializer::serialize_map(__serializer, __ap::None)?;
            #(#steps)*
            #serde::ser::SerializeMap::end(__state)
        }
    } else {
        quote! {
            let mut __state = #serde::Serializer::serialize_struct(__serializer, #name, #always #(+ #counted)*)?;
            #(#steps)*
            #serde::ser::SerializeStruct::end(__state)
        }
    };

    quote! {
        #(#with_items)*
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    }
}
