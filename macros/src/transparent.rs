//! serde's `transparent`: a struct with one field on the wire (the others `skip`ped) is written
//! and read as that field's value, with no struct or newtype around it.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned as _;

use crate::ast::{Container, Data, Field};
use crate::generics::Generics;
use crate::respan::respan;

/// `impl Serialize` and `impl Deserialize` of a `transparent` container; `None` without it (or
/// without exactly one field on the wire, which `check.rs` reports).
pub fn expand(cont: &Container<'_>) -> Option<(TokenStream, TokenStream)> {
    if !cont.attrs.transparent.is_set() {
        return None;
    }
    let (ty, member, build) = the_field(cont)?;
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let de = syn::Lifetime::new("'de", Span::call_site());
    let (ser_bounds, de_bounds) = crate::bound::newtype(g, ty, &serde, &de);
    let mut de_bounds = crate::bound::given(cont.attrs.bound.get(), false).unwrap_or(de_bounds);
    if let Data::Struct(fields) = &cont.data {
        de_bounds.extend(default_bounds(fields));
    }
    let ser_bounds = crate::bound::given(cont.attrs.bound.get(), true).unwrap_or(ser_bounds);
    let (impl_g, ty_g) = (g.impl_params(), g.ty_params());
    let (ser_wh, de_wh) = (g.where_clause(&ser_bounds), g.where_clause(&de_bounds));
    let de_g = g.impl_params_with(&[quote!(#de)], &[]);
    let write = respan(
        quote!(<#ty as #serde::Serialize>::serialize(&self.#member, __serializer)),
        ty.span(),
    );
    let read = respan(
        quote!(<#ty as #serde::Deserialize<#de>>::deserialize(__deserializer)),
        ty.span(),
    );
    let ser = quote! {
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #ser_wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #write
            }
        }
    };
    let de = quote! {
        #[automatically_derived]
        impl #de_g #serde::Deserialize<#de> for #ident #ty_g #de_wh {
            fn deserialize<__D: #serde::Deserializer<#de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                __ap::Result::map(#read, |__v| #build)
            }
        }
    };
    Some((ser, de))
}

/// The one field on the wire: its type, its member, and the value built around it (the other
/// fields filled with their defaults).
fn the_field<'a>(cont: &Container<'a>) -> Option<(&'a syn::Type, TokenStream, TokenStream)> {
    let found = match &cont.data {
        Data::Newtype(field) => (field.ty, quote!(0), quote!(Self(__v))),
        Data::Struct(fields) => {
            let mut on_wire = fields.iter().filter(|f| on_wire(f));
            let (field, None) = (on_wire.next()?, on_wire.next()) else {
                return None;
            };
            let inits = fields.iter().map(|f| {
                let member = f.ident;
                if core::ptr::eq(f, field) {
                    quote!(#member: __v)
                } else {
                    let value = crate::default::value(cont, None, f);
                    quote!(#member: #value)
                }
            });
            let member = field.ident;
            (field.ty, quote!(#member), quote!(Self { #(#inits),* }))
        }
        Data::Tuple(elements) => {
            let mut on_wire = elements.iter().enumerate().filter(|(_, e)| {
                crate::tuple::written(&e.attrs) && !crate::ast::is_named(e.ty, "PhantomData")
            });
            let ((index, element), None) = (on_wire.next()?, on_wire.next()) else {
                return None;
            };
            let values = (0..elements.len()).map(|i| {
                if i == index {
                    quote!(__v)
                } else {
                    quote!(__ap::Default::default())
                }
            });
            let member = syn::Index::from(index);
            (element.ty, quote!(#member), quote!(Self(#(#values),*)))
        }
        Data::Enum(_) | Data::Union(_) | Data::Unit => return None,
    };
    Some(found)
}

/// The field a `transparent` struct is written as: on the wire, and not a `PhantomData` (serde
/// skips those there).
pub fn on_wire(f: &Field<'_>) -> bool {
    f.is_keyed() && !crate::ast::is_named(f.ty, "PhantomData")
}

/// `T: Default` for the type parameters of the skipped fields, which are filled with their
/// default.
fn default_bounds(fields: &[Field<'_>]) -> Vec<TokenStream> {
    fields
        .iter()
        .filter(|f| !on_wire(f) && (f.fills_with_default_trait() || f.is_keyed()))
        .map(|f| {
            let ty = f.ty;
            quote!(#ty: __ap::Default)
        })
        .collect()
}
