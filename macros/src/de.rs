//! `impl Deserialize`: the model's field table and typed slots; the visitor lives in the runtime.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::ast::{Container, Field, Role};
use crate::attr::Default;
use crate::expand::{Generics, borrowed_lifetimes, de_lifetime, mentioned_type_params};

/// Above this many keys, a `match` finds a key faster than the runtime's scan.
const MATCH_ABOVE: usize = 12;

pub fn expand(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let de = quote!(__ap::de);
    let ident = cont.ident;
    let name = ident.to_string();
    let g = Generics::new(cont.generics);
    let de_lt = de_lifetime();

    // Bounds as serde_derive infers them: `T: Deserialize<'de>` for parameters of fields that
    // are read, `T: Default` for parameters of fields filled with `Default::default()`, and
    // `'de: 'a` for lifetimes that `&'a` fields borrow from the input.
    let params = g.type_params();
    let lifetimes = g.lifetimes();
    let (mut read, mut defaulted, mut borrowed) = (Vec::new(), Vec::new(), Vec::new());
    for f in fields {
        let fills_default = matches!(f.attrs.default.get(), Some(Default::Trait))
            || (f.role() == Role::Skipped && f.attrs.default.get().is_none());
        if fills_default {
            mentioned_type_params(f.ty, &params, &mut defaulted);
        }
        if f.role() != Role::Skipped {
            if !f.attrs.with.is_set() {
                mentioned_type_params(f.ty, &params, &mut read);
            }
            borrowed_lifetimes(f.ty, &lifetimes, &mut borrowed);
        }
    }
    let mut bounds: Vec<TokenStream> = borrowed.iter().map(|l| quote!(#de_lt: #l)).collect();
    bounds.extend(read.iter().map(|p| quote!(#p: #serde::Deserialize<#de_lt>)));
    bounds.extend(
        defaulted
            .iter()
            .map(|p| quote!(#p: ::core::default::Default)),
    );
    let impl_g = g.impl_params(Some(&de_lt));
    let ty_g = g.ty_params();
    let wh = g.where_clause(&bounds);
    let plain_wh = g.where_clause(&[]);

    let keyed: Vec<&Field<'_>> = fields.iter().filter(|f| f.is_keyed()).collect();
    let field_names = keyed.iter().map(|f| &f.wire);
    let additional = fields.iter().find(|f| f.role() == Role::Additional);

    // `with = "module"`: a wrapper whose `Deserialize` calls `module::deserialize`.
    let mut with_items = Vec::new();
    let mut wrappers = Vec::new();
    for (i, f) in keyed.iter().enumerate() {
        let wrapper = f.attrs.with.get().map(|module| {
            let wrapper = format_ident!("__DeserializeWith{}", i);
            let ty = f.ty;
            let decl = g.impl_params(None);
            with_items.push(quote_spanned! {crate::expand::located(module.span())=>
                #[doc(hidden)]
                struct #wrapper #decl (#ty, __ap::PhantomData<#ident #ty_g>) #plain_wh;
                #[automatically_derived]
                impl #impl_g #serde::Deserialize<#de_lt> for #wrapper #ty_g #wh {
                    fn deserialize<__D: #serde::Deserializer<#de_lt>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                        __ap::Result::map(#module::deserialize(__deserializer), |__v| #wrapper(__v, __ap::PhantomData))
                    }
                }
            });
            quote!(#wrapper #ty_g)
        });
        wrappers.push(wrapper);
    }

    // visit_map: one slot per keyed field, one match arm per key.
    let slots: Vec<_> = (0..keyed.len())
        .map(|i| format_ident!("__f{}", i))
        .collect();
    let slot_decls = keyed
        .iter()
        .zip(&slots)
        .zip(&wrappers)
        .map(|((_, slot), wrapper)| match wrapper {
            Some(w) => {
                quote!(let mut #slot: __ap::Option<#w> = __ap::None;)
            }
            None => quote!(let mut #slot = __ap::None;),
        });
    let arms = keyed.iter().zip(&slots).enumerate().map(|(i, (f, slot))| {
        let key = &f.wire;
        let pat = if additional.is_some() {
            quote!(#de::Key::Field(#i))
        } else {
            quote!(#i)
        };
        crate::expand::respan(
            quote!(#pat => #de::value(&mut __map, &mut #slot, #key)?,),
            f.ty.span(),
        )
    });
    let (next_key, unknown_arm, ap_decl) = match additional {
        Some(ap) => {
            let ty = ap.ty;
            (
                quote!(#de::next_key_or_other::<Self, __A>(&mut __map)?),
                quote! {
                    #de::Key::Other(__key) => #de::other(&mut __map, &mut __additional, __key)?,
                    #de::Key::Field(_) => #de::ignore(&mut __map)?,
                },
                quote_spanned!(crate::expand::located(ty.span())=> let mut __additional: #ty = __ap::Default::default();),
            )
        }
        None => (
            quote!(#de::next_key::<Self, __A>(&mut __map)?),
            quote!(_ => #de::ignore(&mut __map)?,),
            TokenStream::new(),
        ),
    };

    let mut map_inits = Vec::new();
    let mut seq_lets = Vec::new();
    let mut seq_inits = Vec::new();
    let mut k = 0usize;
    for f in fields {
        let member = f.ident;
        let key = &f.wire;
        let default = crate::expand::default_value(cont, f);
        if !f.is_keyed() {
            let value = if f.role() == Role::Additional {
                quote!(__additional)
            } else {
                default.clone()
            };
            map_inits.push(quote!(#member: #value));
            seq_inits.push(quote!(#member: #default));
            continue;
        }
        let slot = &slots[k];
        let wrapper = &wrappers[k];
        let index = k;
        k += 1;
        let unwrap = if wrapper.is_some() {
            quote!(let #slot = __ap::Option::map(#slot, |__w| __w.0);)
        } else {
            TokenStream::new()
        };
        let strict = f.attrs.required.is_set() || f.attrs.with.is_set();
        let map_value = match (f.role(), f.attrs.default.get()) {
            (Role::Required, _) if strict => {
                quote!(#de::required::<_, __A::Error>(#slot, #key)?)
            }
            (Role::Required, _) => quote!(#de::or_missing::<_, __A::Error>(#slot, #key)?),
            (_, Some(Default::Expr(_))) => {
                let default_fn = crate::expand::default_fn_path(cont, f);
                quote!(__ap::Option::unwrap_or_else(#slot, #default_fn))
            }
            _ => crate::expand::respan(quote!(#de::or_default(#slot)), f.ty.span()),
        };
        let map_value = crate::expand::respan(map_value, f.ty.span());
        map_inits.push(if unwrap.is_empty() {
            quote!(#member: #map_value)
        } else {
            quote!(#member: { #unwrap #map_value })
        });

        let elem_ty = match wrapper {
            Some(w) => quote!(#w),
            None => quote!(_),
        };
        let take = if wrapper.is_some() {
            quote!(.0)
        } else {
            TokenStream::new()
        };
        let seq_value = match f.role() {
            Role::Required => {
                quote!(#de::element::<Self, __A, #elem_ty>(&mut __seq, #index)? #take)
            }
            _ if wrapper.is_some() => quote! {
                match #de::optional_element::<__A, #elem_ty>(&mut __seq)? {
                    __ap::Some(__v) => __v #take,
                    __ap::None => #default,
                }
            },
            _ => match f.attrs.default.get() {
                Some(Default::Expr(_)) => {
                    let default_fn = crate::expand::default_fn_path(cont, f);
                    quote!(__ap::Option::unwrap_or_else(#de::optional_element(&mut __seq)?, #default_fn))
                }
                _ => quote!(#de::or_default(#de::optional_element(&mut __seq)?)),
            },
        };
        seq_lets.push(crate::expand::respan(
            quote!(let #slot = #seq_value;),
            f.ty.span(),
        ));
        seq_inits.push(quote!(#member: #slot));
    }

    let field_index = (keyed.len() > MATCH_ABOVE).then(|| {
        let arms = keyed.iter().enumerate().map(|(i, f)| {
            let key = &f.wire;
            quote!(#key => __ap::Some(#i),)
        });
        quote! {
            // No `#[inline]`: inlined into serde_json's `next_key_seed` it cost 1.4 % more
            // instructions per parse than serde_derive; as its own function, 0.2 %
            // (`bench/instructions.py`).
            fn field_index(__key: &str) -> __ap::Option<usize> {
                match __key {
                    #(#arms)*
                    _ => __ap::None,
                }
            }
        }
    });
    let deny = cont.attrs.deny_unknown_fields.is_set().then(|| {
        quote!(
            const DENY_UNKNOWN: bool = true;
        )
    });
    let visit_seq = if additional.is_some() {
        quote!(
            const FLATTEN: bool = true;
        )
    } else {
        quote! {
            fn visit_seq<__A: #serde::de::SeqAccess<#de_lt>>(mut __seq: __A) -> __ap::Result<Self, __A::Error> {
                #(#seq_lets)*
                __ap::Ok(#ident { #(#seq_inits),* })
            }
        }
    };

    quote! {
        #(#with_items)*
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<#de_lt> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<#de_lt>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                #de::deserialize::<Self, __D>(__deserializer)
            }
        }
        #[automatically_derived]
        impl #impl_g #de::DeStruct<#de_lt> for #ident #ty_g #wh {
            const NAME: &'static str = #name;
            const FIELDS: &'static [&'static str] = &[#(#field_names),*];
            #deny
            #field_index
            fn visit_map<__A: #serde::de::MapAccess<#de_lt>>(mut __map: __A) -> __ap::Result<Self, __A::Error> {
                #(#slot_decls)*
                #ap_decl
                while let __ap::Some(__key) = #next_key {
                    match __key {
                        #(#arms)*
                        #unknown_arm
                    }
                }
                __ap::Ok(#ident { #(#map_inits),* })
            }
            #visit_seq
        }
    }
}
