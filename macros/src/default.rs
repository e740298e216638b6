//! Defaults of fields that were not given. A `#[api(default = expr)]` is written once, as a
//! hidden function of the model, so a mistyped expression is one error on the user's tokens and
//! the builder and `Deserialize` share it.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned as _;

use crate::ast::{Container, Field, Shape, Variant};
use crate::generics::Generics;
use crate::prop::DefaultValue;
use crate::respan::respan;

/// The inherent impl holding one function per `default = expr`; nothing when there is none.
/// An item of the user's module (the builder, outside the `const _` block, calls it too).
pub fn functions(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    inherent_impl(cont, fields.iter().map(|f| (None, f)))
}

/// The same for the fields of a data enum's struct variants: `__apimodel_default_v{i}_{field}`
/// for variant `i` (digits end at the `_`, and a field name cannot start with one: no clash).
pub fn variant_functions(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    inherent_impl(
        cont,
        variants
            .iter()
            .enumerate()
            .flat_map(|(i, v)| match &v.shape {
                Shape::Struct(fields) => fields.iter().map(|f| (Some(i), f)).collect(),
                _ => Vec::new(),
            }),
    )
}

fn inherent_impl<'f, 'a: 'f>(
    cont: &Container<'_>,
    fields: impl Iterator<Item = (Option<usize>, &'f Field<'a>)>,
) -> TokenStream {
    let fns: Vec<TokenStream> = fields
        .filter_map(|(variant, f)| match f.default_value() {
            DefaultValue::Expr(expr) => {
                let name = function_ident(variant, f);
                let ty = f.ty;
                Some(quote! {
                    #[doc(hidden)]
                    #[inline]
                    // `default = Some(..)` is a fine default for an `Option` field.
                    #[allow(clippy::unnecessary_wraps)]
                    fn #name() -> #ty {
                        #expr
                    }
                })
            }
            DefaultValue::Trait => None,
        })
        .collect();
    if fns.is_empty() {
        return TokenStream::new();
    }
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    quote! {
        #[automatically_derived]
        impl #impl_g #ident #ty_g #wh {
            #(#fns)*
        }
    }
}

/// A path to call for the default of field `f` (of the struct variant at index `variant`):
/// `<Model<..>>::__apimodel_default_field` or `__ap::Default::default` (spanned on the field's
/// type, which must be `Default`).
pub fn function(cont: &Container<'_>, variant: Option<usize>, f: &Field<'_>) -> TokenStream {
    match f.default_value() {
        DefaultValue::Expr(_) => {
            let ident = cont.ident;
            let ty_g = Generics::new(cont.generics).ty_params();
            let name = function_ident(variant, f);
            quote!(<#ident #ty_g>::#name)
        }
        DefaultValue::Trait => respan(quote!(__ap::Default::default), f.ty.span()),
    }
}

/// The default as a value: `function()`.
pub fn value(cont: &Container<'_>, variant: Option<usize>, f: &Field<'_>) -> TokenStream {
    let function = function(cont, variant, f);
    quote!(#function())
}

fn function_ident(variant: Option<usize>, f: &Field<'_>) -> Ident {
    match variant {
        Some(variant) => format_ident!("__apimodel_default_v{}_{}", variant, f.name()),
        None => format_ident!("__apimodel_default_{}", f.name()),
    }
}
