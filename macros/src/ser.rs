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
    let mut pieces = Vec::new();
    for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.is_on_wire()) {
        let member = f.ident;
        let access = quote!(&self.#member);
        let value = match f.attrs.with.get() {
            Some(module) => {
                let (item, value) = with_wrapper(cont, &bounds, i, f, module);
                with_items.push(item);
                value
            }
            None => access.clone(),
        };
        if as_map {
            steps.push(step(f, as_map, &access, &value));
        } else {
            pieces.push(piece(f, &access, &value));
        }
    }

    let body = if as_map {
        quote! {
            let mut __state = __ap::ser::begin_map(__serializer)?;
            #(#steps)*
            __ap::ser::end_map(__state)
        }
    } else {
        // A struct hands its fields to the runtime as one tuple: the per-field code is compiled
        // once in `apimodel`, not in every model's body.
        let name = ident.to_string();
        let fields = nest(pieces);
        quote!(__ap::ser::write_struct(__serializer, #name, #fields))
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

/// One field of a struct in the tuple `write_struct` is given (`__ap::ser::Fields`): always
/// written, skipped when `None`, tri-state, or through its `with` wrapper.
fn piece(f: &Field<'_>, access: &TokenStream, value: &TokenStream) -> TokenStream {
    let key = &f.wire;
    let tokens = if f.tri_state_on_wire() {
        quote!(__ap::ser::Tri(#key, #access))
    } else if !f.skips_none() {
        quote!(__ap::ser::Field(#key, #value))
    } else if f.attrs.with.is_set() {
        quote!(__ap::ser::When(#key, __ap::Option::is_some(#access), #value))
    } else {
        quote!(__ap::ser::Opt(#key, #access))
    };
    respan(tokens, f.ty.span())
}

/// The runtime implements `Fields` for tuples of up to 16: more are nested.
fn nest(mut items: Vec<TokenStream>) -> TokenStream {
    const WIDEST: usize = 16;
    while items.len() > WIDEST {
        items = items
            .chunks(WIDEST)
            .map(|chunk| quote!((#(#chunk,)*)))
            .collect();
    }
    quote!((#(#items,)*))
}

/// What `serialize_struct` is told: how many fields are written, the ones always written plus
/// each `Option` that is `Some`. `fields` pairs each field with the expression of a reference to
/// its value (`&self.x` in a struct, the binding `__v0` in a data enum's struct variant).
pub fn struct_len<'f, 'a: 'f>(
    fields: impl Iterator<Item = (&'f Field<'a>, TokenStream)>,
) -> TokenStream {
    let mut always = 0usize;
    let mut counted = Vec::new();
    for (f, access) in fields.filter(|(f, _)| f.is_keyed()) {
        if f.skips_none() {
            counted.push(respan(quote!(__ap::ser::count(#access)), f.ty.span()));
        } else {
            always += 1;
        }
    }
    quote!(#always #(+ #counted)*)
}

/// Writing one field: `Some` or always, as a struct field or a map entry. `access` is a
/// reference to the field's value, `value` what is written (the same, or its `with` wrapper).
/// Shared with the struct variants of data enums.
pub fn step(f: &Field<'_>, as_map: bool, access: &TokenStream, value: &TokenStream) -> TokenStream {
    respan(step_tokens(f, as_map, access, value), f.ty.span())
}

fn step_tokens(
    f: &Field<'_>,
    as_map: bool,
    access: &TokenStream,
    value: &TokenStream,
) -> TokenStream {
    let key = &f.wire;
    let with = f.attrs.with.is_set();
    let tri = f.tri_state_on_wire();
    match (f.role(), as_map, f.skips_none()) {
        (Role::Additional, ..) => quote!(__ap::ser::additional(&mut __state, #access);),
        (Role::Flattened, ..) => quote!(__ap::ser::flatten(&mut __state, #access);),
        (_, false, _) if tri => quote!(__ap::ser::tri_state(&mut __state, #key, #access);),
        (_, true, _) if tri => {
            quote!(__ap::ser::tri_state_entry(&mut __state, #key, #access);)
        }
        (_, false, true) if with => quote! {
            if __ap::Option::is_none(#access) {
                __ap::ser::skip(&mut __state, #key);
            } else {
                __ap::ser::field(&mut __state, #key, #value);
            }
        },
        (_, false, true) => quote!(__ap::ser::option(&mut __state, #key, #access);),
        (_, false, false) => quote!(__ap::ser::field(&mut __state, #key, #value);),
        (_, true, true) if with => quote! {
            if __ap::Option::is_some(#access) {
                __ap::ser::entry(&mut __state, #key, #value);
            }
        },
        (_, true, true) => quote!(__ap::ser::option_entry(&mut __state, #key, #access);),
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
    let member = f.ident;
    let g = Generics::new(cont.generics);
    let wrapper = format_ident!("__SerializeWith{}", i);
    let item = with_wrapper_item(cont, &wrapper, f.ty, module, &g.where_clause(bounds));
    let turbofish = g.ty_params_with(&[quote!('_)], &[]);
    (
        item,
        quote!(&#wrapper::#turbofish(&self.#member, __ap::PhantomData)),
    )
}

/// The `with` wrapper item itself: `struct #wrapper<'__a, ..>(&'__a T, PhantomData<..>)` whose
/// `Serialize` calls `module::serialize`, under the where clause `wh`. Shared with the struct
/// variants of data enums.
pub fn with_wrapper_item(
    cont: &Container<'_>,
    wrapper: &syn::Ident,
    ty: &syn::Type,
    module: &syn::Path,
    wh: &TokenStream,
) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let lt = quote!('__a);
    let decl = g.impl_params_with(std::slice::from_ref(&lt), &[]);
    let args = g.ty_params_with(std::slice::from_ref(&lt), &[]);
    let ty_g = g.ty_params();
    quote_spanned! {located(module.span())=>
        #[doc(hidden)]
        struct #wrapper #decl (&#lt #ty, __ap::PhantomData<&#lt #ident #ty_g>) #wh;
        #[automatically_derived]
        impl #decl #serde::Serialize for #wrapper #args #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #module::serialize(self.0, __serializer)
            }
        }
    }
}
