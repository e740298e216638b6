//! `impl Serialize`: a struct is one runtime call with a tuple of its fields ([`piece`],
//! [`fields_tuple`]); a model written as a map (`additional_properties`, `flatten`) one call per
//! field ([`entry`]).
//!
//! Items: [`with_wrapper`] (a field's `with = "module"` adapter) and the impl in [`expand`].

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
    let bounds = crate::bound::given(cont.attrs.bound.get(), true)
        .unwrap_or_else(|| crate::bound::serialize(g, fields, &serde));
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&bounds));

    // A model with `additional_properties` or a flattened field is written as a map (serde's
    // `flatten`).
    let as_map = writes_map(fields);
    let mut with_items = Vec::new();
    let mut steps = Vec::new();
    let mut pieces = Vec::new();
    // serde's `tag = ".."` on a struct: the struct's name under the tag, first (reading ignores
    // it, as serde_derive's does).
    if let Some(tag) = cont.attrs.tag.get() {
        let name = cont.name_ser();
        if as_map {
            steps.push(quote!(__ap::ser::entry(&mut __state, #tag, #name);));
        } else {
            pieces.push(quote!(__ap::ser::Field(#tag, #name)));
        }
    }
    for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.is_written()) {
        let member = f.ident;
        let access = quote!(&self.#member);
        let value = match f.ser_with() {
            Some(func) => {
                let (item, value) = with_wrapper(cont, &bounds, i, f, &func);
                with_items.push(item);
                value
            }
            None => access.clone(),
        };
        if as_map {
            steps.push(entry(f, &access, &value));
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
        let name = cont.name_ser();
        let fields = fields_tuple(pieces);
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

/// Written as a map: a field is the `additional_properties` map, or a flattened one is written
/// (serde's rule: not `skip_serializing`).
pub fn writes_map(fields: &[Field<'_>]) -> bool {
    fields.iter().any(|f| match f.role() {
        Role::Additional => true,
        Role::Flattened => f.is_written(),
        _ => false,
    })
}

/// One field of a struct in the tuple `write_struct` is given (`__ap::ser::Fields`): always
/// written, skipped when `None`, tri-state, or through its `with` wrapper. `access` is a
/// reference to the field's value, `value` what is written (the same, or its `with` wrapper).
/// Shared with the struct variants of data enums.
pub fn piece(f: &Field<'_>, access: &TokenStream, value: &TokenStream) -> TokenStream {
    let key = &f.wire;
    let tokens = if let Some(pred) = f.skip_if() {
        quote!(__ap::ser::When(#key, !#pred(#access), #value))
    } else if f.tri_state_on_wire() {
        quote!(__ap::ser::Tri(#key, #access))
    } else if !f.skips_none() {
        quote!(__ap::ser::Field(#key, #value))
    } else if f.ser_with().is_some() {
        quote!(__ap::ser::When(#key, __ap::Option::is_some(#access), #value))
    } else {
        quote!(__ap::ser::Opt(#key, #access))
    };
    respan(tokens, f.ty.span())
}

/// The widest tuple the runtime implements its tuple traits for (`ser::Fields`, `de::Slots`:
/// the `tuples!` macro of `apimodel::__private`).
pub const WIDEST_TUPLE: usize = 16;

/// The tuple of pieces; wider than [`WIDEST_TUPLE`], tuples are nested.
pub fn fields_tuple(mut items: Vec<TokenStream>) -> TokenStream {
    while items.len() > WIDEST_TUPLE {
        items = items
            .chunks(WIDEST_TUPLE)
            .map(|chunk| quote!((#(#chunk,)*)))
            .collect();
    }
    quote!((#(#items,)*))
}

/// Writing one field of a model written as a map: an entry (when `Some`, for a field that skips
/// `None`), the entries of a flattened field or of the `additional_properties` map. `access` is
/// a reference to the field's value, `value` what is written (the same, or its `with` wrapper).
pub fn entry(f: &Field<'_>, access: &TokenStream, value: &TokenStream) -> TokenStream {
    let key = &f.wire;
    let tokens = match f.role() {
        Role::Additional => quote!(__ap::ser::additional(&mut __state, #access);),
        // serde's `skip_serializing_if` and `serialize_with` apply to a flattened field too.
        Role::Flattened => match f.skip_if() {
            Some(pred) => quote! {
                if !#pred(#access) {
                    __ap::ser::flatten(&mut __state, #value);
                }
            },
            None => quote!(__ap::ser::flatten(&mut __state, #value);),
        },
        _ if f.skip_if().is_some() => {
            let pred = f.skip_if();
            quote! {
                if !#pred(#access) {
                    __ap::ser::entry(&mut __state, #key, #value);
                }
            }
        }
        _ if f.tri_state_on_wire() => {
            quote!(__ap::ser::tri_state_entry(&mut __state, #key, #access);)
        }
        _ if !f.skips_none() => quote!(__ap::ser::entry(&mut __state, #key, #value);),
        _ if f.ser_with().is_some() => quote! {
            if __ap::Option::is_some(#access) {
                __ap::ser::entry(&mut __state, #key, #value);
            }
        },
        _ => quote!(__ap::ser::option_entry(&mut __state, #key, #access);),
    };
    respan(tokens, f.ty.span())
}

/// `with = "module"` or `serialize_with = "function"`: a wrapper around `&field` whose
/// `Serialize` calls `func` (`module::serialize`), and the expression that wraps the field.
fn with_wrapper(
    cont: &Container<'_>,
    bounds: &[TokenStream],
    i: usize,
    f: &Field<'_>,
    func: &TokenStream,
) -> (TokenStream, TokenStream) {
    let member = f.ident;
    let g = Generics::new(cont.generics);
    let wrapper = format_ident!("__SerializeWith{}", i);
    let span = f.with_span(true).unwrap_or_else(|| f.ty.span());
    let item = with_wrapper_item(cont, &wrapper, &[f.ty], func, span, &g.where_clause(bounds));
    let turbofish = g.ty_params_with(&[quote!('_)], &[]);
    (
        item,
        quote!(&#wrapper::#turbofish(&self.#member, __ap::PhantomData)),
    )
}

/// The `with` wrapper item itself: `struct #wrapper<'__a, ..>(&'__a T, PhantomData<..>)` whose
/// `Serialize` calls `func` (spanned at `span`, the attribute's path), under the where clause
/// `wh`. Shared with data enums: a variant-level `serialize_with` gets one holding a reference
/// to each of the variant's fields (`tys`; none for a unit variant), passed in order.
pub fn with_wrapper_item(
    cont: &Container<'_>,
    wrapper: &syn::Ident,
    tys: &[&syn::Type],
    func: &TokenStream,
    span: proc_macro2::Span,
    wh: &TokenStream,
) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let lt = quote!('__a);
    let decl = g.impl_params_with(std::slice::from_ref(&lt), &[]);
    let args = g.ty_params_with(std::slice::from_ref(&lt), &[]);
    let ty_g = g.ty_params();
    let members = (0..tys.len()).map(syn::Index::from);
    quote_spanned! {located(span)=>
        #[doc(hidden)]
        struct #wrapper #decl (#(&#lt #tys,)* __ap::PhantomData<&#lt #ident #ty_g>) #wh;
        #[automatically_derived]
        impl #decl #serde::Serialize for #wrapper #args #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #func(#(self.#members,)* __serializer)
            }
        }
    }
}
