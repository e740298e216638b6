//! `impl Serialize`: one runtime call per field, in declaration order.
//!
//! Items: [`with_wrapper`] (a field's `with = "module"` adapter), [`step`] (one field), and the
//! impl in [`expand`].

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::ast::{Container, Field};
use crate::generics::Generics;
use crate::prop::Role;
use crate::respan::{located, respan};

pub fn expand(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let bounds = crate::bound::serialize(g, fields, &serde);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&bounds));

    // A model with `additional_properties` or a flattened field is written as a map (serde's
    // `flatten`).
    let as_map = fields
        .iter()
        .any(|f| matches!(f.role(), Role::Additional | Role::Flattened));
    let mut with_items = Vec::new();
    let mut steps = Vec::new();
    for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.is_on_wire()) {
        let value = match f.attrs.with.get() {
            Some(module) => {
                let (item, value) = with_wrapper(cont, &bounds, i, f, module);
                with_items.push(item);
                value
            }
            None => {
                let member = f.ident;
                quote!(&self.#member)
            }
        };
        steps.push(respan(step(f, as_map, &value), f.ty.span()));
    }

    let body = if as_map {
        quote! {
            let mut __state = __ap::ser::begin_map(__serializer)?;
            #(#steps)*
            __ap::ser::end_map(__state)
        }
    } else {
        // `serialize_struct` is told how many fields are written: the ones always written,
        // plus each `Option` that is `Some`.
        let name = ident.to_string();
        let always = fields
            .iter()
            .filter(|f| f.is_keyed() && !f.skips_none())
            .count();
        let counted = fields
            .iter()
            .filter(|f| f.is_keyed() && f.skips_none())
            .map(|f| {
                let member = f.ident;
                respan(quote!(__ap::ser::count(&self.#member)), f.ty.span())
            });
        quote! {
            let mut __state = __ap::ser::begin_struct(__serializer, #name, #always #(+ #counted)*)?;
            #(#steps)*
            __ap::ser::end_struct(__state)
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

/// Writing one field: `Some` or always, as a struct field or a map entry.
fn step(f: &Field<'_>, as_map: bool, value: &TokenStream) -> TokenStream {
    let (member, key) = (f.ident, &f.wire);
    let with = f.attrs.with.is_set();
    let tri = f.tri_state_on_wire();
    match (f.role(), as_map, f.skips_none()) {
        (Role::Additional, ..) => quote!(__ap::ser::additional(&mut __state, &self.#member);),
        (Role::Flattened, ..) => quote!(__ap::ser::flatten(&mut __state, &self.#member);),
        (_, false, _) if tri => quote!(__ap::ser::tri_state(&mut __state, #key, &self.#member);),
        (_, true, _) if tri => {
            quote!(__ap::ser::tri_state_entry(&mut __state, #key, &self.#member);)
        }
        (_, false, true) if with => quote! {
            if __ap::Option::is_none(&self.#member) {
                __ap::ser::skip(&mut __state, #key);
            } else {
                __ap::ser::field(&mut __state, #key, #value);
            }
        },
        (_, false, true) => quote!(__ap::ser::option(&mut __state, #key, &self.#member);),
        (_, false, false) => quote!(__ap::ser::field(&mut __state, #key, #value);),
        (_, true, true) if with => quote! {
            if __ap::Option::is_some(&self.#member) {
                __ap::ser::entry(&mut __state, #key, #value);
            }
        },
        (_, true, true) => quote!(__ap::ser::option_entry(&mut __state, #key, &self.#member);),
        (_, true, false) => quote!(__ap::ser::entry(&mut __state, #key, #value);),
    }
}

/// `with = "module"`: a wrapper around `&field` whose `Serialize` calls `module::serialize`,
/// and the expression that wraps the field.
fn with_wrapper(
    cont: &Container<'_>,
    bounds: &[TokenStream],
    i: usize,
    f: &Field<'_>,
    module: &syn::Path,
) -> (TokenStream, TokenStream) {
    let serde = quote!(__ap::serde);
    let (ident, member, ty) = (cont.ident, f.ident, f.ty);
    let g = Generics::new(cont.generics);
    let wh = g.where_clause(bounds);
    let wrapper = format_ident!("__SerializeWith{}", i);
    let lt = quote!('__a);
    let decl = g.impl_params_with(std::slice::from_ref(&lt), &[]);
    let args = g.ty_params_with(std::slice::from_ref(&lt), &[]);
    let ty_g = g.ty_params();
    let item = quote_spanned! {located(module.span())=>
        #[doc(hidden)]
        struct #wrapper #decl (&#lt #ty, __ap::PhantomData<&#lt #ident #ty_g>) #wh;
        #[automatically_derived]
        impl #decl #serde::Serialize for #wrapper #args #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #module::serialize(self.0, __serializer)
            }
        }
    };
    let turbofish = g.ty_params_with(&[quote!('_)], &[]);
    (
        item,
        quote!(&#wrapper::#turbofish(&self.#member, __ap::PhantomData)),
    )
}
