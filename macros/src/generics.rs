//! The container's generics, printed the ways generated items need them: one printer, three
//! forms, with extra parameters before (`'de`) or after (builder states) the declared ones.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{GenericParam, Ident, Lifetime};

/// How a parameter list is printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `<'a, T: Bound = Default, const N: usize = 1>`: a new item mirroring the container.
    Decl,
    /// `<'a, T: Bound, const N: usize>`: an `impl` header.
    Impl,
    /// `<'a, T, N>`: the arguments of a type.
    Ty,
}

#[derive(Clone, Copy)]
pub struct Generics<'a> {
    generics: &'a syn::Generics,
}

impl<'a> Generics<'a> {
    pub fn new(generics: &'a syn::Generics) -> Self {
        Generics { generics }
    }

    /// `<'a, T: Bound, const N: usize>`, for `impl` headers.
    pub fn impl_params(self) -> TokenStream {
        self.print(Form::Impl, &[], &[])
    }

    /// The `impl` header's params after `lead` (e.g. `'de`) and before `extra`.
    pub fn impl_params_with(self, lead: &[TokenStream], extra: &[TokenStream]) -> TokenStream {
        self.print(Form::Impl, lead, extra)
    }

    /// `<'a, T, N>`, the container's own arguments.
    pub fn ty_params(self) -> TokenStream {
        self.print(Form::Ty, &[], &[])
    }

    /// The container's arguments after `lead` and before `extra`.
    pub fn ty_params_with(self, lead: &[TokenStream], extra: &[TokenStream]) -> TokenStream {
        self.print(Form::Ty, lead, extra)
    }

    /// The declared params with their defaults, followed by `extra`: a new item that mirrors the
    /// container (the builder struct).
    pub fn decl_params_with(self, extra: &[TokenStream]) -> TokenStream {
        self.print(Form::Decl, &[], extra)
    }

    /// The declared where clause plus `extra` predicates.
    pub fn where_clause(self, extra: &[TokenStream]) -> TokenStream {
        let declared: Vec<&syn::WherePredicate> = self
            .generics
            .where_clause
            .iter()
            .flat_map(|w| w.predicates.iter())
            .collect();
        if declared.is_empty() && extra.is_empty() {
            TokenStream::new()
        } else {
            quote!(where #(#declared,)* #(#extra,)*)
        }
    }

    pub fn type_params(self) -> Vec<&'a Ident> {
        self.generics.type_params().map(|tp| &tp.ident).collect()
    }

    /// A declared lifetime named `'de` (an error: the derive needs the name for itself).
    pub fn declares_de(self) -> bool {
        self.generics
            .lifetimes()
            .any(|lt| lt.lifetime.ident == "de")
    }

    pub fn lifetimes(self) -> Vec<&'a Lifetime> {
        self.generics.lifetimes().map(|lt| &lt.lifetime).collect()
    }

    fn print(self, form: Form, lead: &[TokenStream], extra: &[TokenStream]) -> TokenStream {
        let declared = self
            .generics
            .params
            .iter()
            .map(|param| param_tokens(param, form));
        let all: Vec<TokenStream> = lead
            .iter()
            .cloned()
            .chain(declared)
            .chain(extra.iter().cloned())
            .collect();
        if all.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#all),*>)
        }
    }
}

fn param_tokens(param: &GenericParam, form: Form) -> TokenStream {
    match (param, form) {
        (GenericParam::Lifetime(lt), Form::Ty) => lt.lifetime.to_token_stream(),
        (GenericParam::Type(tp), Form::Ty) => tp.ident.to_token_stream(),
        (GenericParam::Const(cp), Form::Ty) => cp.ident.to_token_stream(),
        (GenericParam::Lifetime(lt), _) => {
            let (l, c, b) = (&lt.lifetime, &lt.colon_token, &lt.bounds);
            quote!(#l #c #b)
        }
        (GenericParam::Type(tp), _) => {
            let (i, c, b) = (&tp.ident, &tp.colon_token, &tp.bounds);
            let default = (form == Form::Decl)
                .then_some(tp.default.as_ref())
                .flatten()
                .map(|(eq, ty)| quote!(#eq #ty));
            quote!(#i #c #b #default)
        }
        (GenericParam::Const(cp), _) => {
            let (k, i, c, t) = (&cp.const_token, &cp.ident, &cp.colon_token, &cp.ty);
            let default = (form == Form::Decl)
                .then_some(cp.default.as_ref())
                .flatten()
                .map(|(eq, expr)| quote!(#eq #expr));
            quote!(#k #i #c #t #default)
        }
    }
}
