//! The door: IR → checks → the generated items, or every error plus stubs.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{GenericParam, Ident, Lifetime, Type};

use crate::ast::{Container, Data};
use crate::ctxt::Ctxt;

pub fn derive(input: &syn::DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let cont = Container::from_ast(&cx, input);
    if let Some(cont) = &cont {
        crate::check::check(&cx, cont);
    }
    let failed = cx.has_errors();
    let errors = match cx.check() {
        Ok(()) => TokenStream::new(),
        Err(err) => err.into_compile_error(),
    };
    let Some(cont) = cont else {
        return errors;
    };
    let (outside, inside) = if failed {
        fallback(&cont)
    } else {
        let meta = crate::meta::expand(&cont);
        match &cont.data {
            Data::Struct(fields) => {
                let ser = crate::ser::expand(&cont, fields);
                let de = crate::de::expand(&cont, fields);
                let (builder, builder_impls) = crate::builder::expand(&cont, fields, false);
                let defaults = default_fns(&cont, fields);
                (
                    quote!(#defaults #builder),
                    quote!(#builder_impls #ser #de #meta),
                )
            }
            Data::Enum(variants) => {
                let enums = crate::enums::expand(&cont, variants);
                (TokenStream::new(), quote!(#enums #meta))
            }
        }
    };
    // Everything but the items users name goes into one anonymous block, where the runtime is
    // `__ap`: short paths, and nothing added to the user's namespace.
    let krate = cont.krate();
    quote! {
        #errors
        #outside
        #[doc(hidden)]
        const _: () = {
            use #krate::__private as __ap;
            #inside
        };
    }
}

/// After an error: the trait impls users' code relies on, with bodies that never run (the
/// build has already failed), so one mistake gives one diagnostic instead of a cascade.
fn fallback(cont: &Container<'_>) -> (TokenStream, TokenStream) {
    // The builder too, unless a field named `build` is the error: it would clash again.
    let (builder, builder_impls) = match &cont.data {
        Data::Struct(fields) if !fields.iter().any(|f| f.name() == "build") => {
            let defaults = default_fns(cont, fields);
            let (builder, impls) = crate::builder::expand(cont, fields, true);
            (quote!(#defaults #builder), impls)
        }
        _ => (TokenStream::new(), TokenStream::new()),
    };
    let krate = cont.krate();
    let ident = cont.ident;
    let serde = quote!(#krate::__private::serde);
    let g = Generics::new(cont.generics);
    let impl_g = g.impl_params(None);
    let de_g = g.impl_params(Some(&de_lifetime()));
    let ty_g = g.ty_params();
    let wh = g.where_clause(&[]);
    let stubs = quote! {
        #builder_impls
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                ::core::unreachable!()
            }
        }
        #[automatically_derived]
        impl #de_g #serde::Deserialize<'de> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<'de>>(_: __D) -> ::core::result::Result<Self, __D::Error> {
                ::core::unreachable!()
            }
        }
    };
    (builder, stubs)
}

pub fn de_lifetime() -> Lifetime {
    Lifetime::new("'de", Span::call_site())
}

/// The container's generics, printed the ways the generated items need them.
pub struct Generics<'a> {
    generics: &'a syn::Generics,
}

impl<'a> Generics<'a> {
    pub fn new(generics: &'a syn::Generics) -> Self {
        Generics { generics }
    }

    /// `<'de, 'a, T: Bound, const N: usize>` — declared params without defaults, optionally
    /// preceded by an extra lifetime.
    pub fn impl_params(&self, lead: Option<&Lifetime>) -> TokenStream {
        self.impl_params_with(lead, &[])
    }

    /// As [`Self::impl_params`], followed by extra type params.
    pub fn impl_params_with(&self, lead: Option<&Lifetime>, extra: &[Ident]) -> TokenStream {
        let mut params: Vec<TokenStream> = Vec::new();
        if let Some(lt) = lead {
            params.push(lt.to_token_stream());
        }
        for param in &self.generics.params {
            params.push(match param {
                GenericParam::Lifetime(lt) => {
                    let (l, c, b) = (&lt.lifetime, &lt.colon_token, &lt.bounds);
                    quote!(#l #c #b)
                }
                GenericParam::Type(tp) => {
                    let (i, c, b) = (&tp.ident, &tp.colon_token, &tp.bounds);
                    quote!(#i #c #b)
                }
                GenericParam::Const(cp) => {
                    let (k, i, c, t) = (&cp.const_token, &cp.ident, &cp.colon_token, &cp.ty);
                    quote!(#k #i #c #t)
                }
            });
        }
        params.extend(extra.iter().map(ToTokens::to_token_stream));
        if params.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#params),*>)
        }
    }

    /// `<'a, T, N>`, optionally followed by extra arguments.
    pub fn ty_params(&self) -> TokenStream {
        self.ty_params_with(&[])
    }

    /// `<'lead, 'a, T, N>`.
    pub fn ty_params_lead(&self, lead: Option<&TokenStream>) -> TokenStream {
        let mut args: Vec<TokenStream> = lead.into_iter().cloned().collect();
        args.extend(self.ty_params_list());
        if args.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#args),*>)
        }
    }

    pub fn ty_params_with(&self, extra: &[TokenStream]) -> TokenStream {
        let mut args = self.ty_params_list();
        args.extend(extra.iter().cloned());
        if args.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#args),*>)
        }
    }

    fn ty_params_list(&self) -> Vec<TokenStream> {
        self.generics
            .params
            .iter()
            .map(|param| match param {
                GenericParam::Lifetime(lt) => lt.lifetime.to_token_stream(),
                GenericParam::Type(tp) => tp.ident.to_token_stream(),
                GenericParam::Const(cp) => cp.ident.to_token_stream(),
            })
            .collect()
    }

    /// The declared params with their defaults, for a new item that mirrors the container.
    pub fn decl_params_with(&self, extra: &[TokenStream]) -> TokenStream {
        let mut params: Vec<TokenStream> = self
            .generics
            .params
            .iter()
            .map(|param| match param {
                GenericParam::Lifetime(lt) => {
                    let (l, c, b) = (&lt.lifetime, &lt.colon_token, &lt.bounds);
                    quote!(#l #c #b)
                }
                GenericParam::Type(tp) => {
                    let (i, c, b) = (&tp.ident, &tp.colon_token, &tp.bounds);
                    let d = tp.default.as_ref().map(|(eq, ty)| quote!(#eq #ty));
                    quote!(#i #c #b #d)
                }
                GenericParam::Const(cp) => {
                    let (k, i, c, t) = (&cp.const_token, &cp.ident, &cp.colon_token, &cp.ty);
                    let d = cp.default.as_ref().map(|(eq, expr)| quote!(#eq #expr));
                    quote!(#k #i #c #t #d)
                }
            })
            .collect();
        params.extend(extra.iter().cloned());
        if params.is_empty() {
            TokenStream::new()
        } else {
            quote!(<#(#params),*>)
        }
    }

    /// The declared where clause plus `extra` predicates.
    pub fn where_clause(&self, extra: &[TokenStream]) -> TokenStream {
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

    pub fn type_params(&self) -> Vec<&'a Ident> {
        self.generics.type_params().map(|tp| &tp.ident).collect()
    }

    pub fn lifetimes(&self) -> Vec<&'a Lifetime> {
        self.generics.lifetimes().map(|lt| &lt.lifetime).collect()
    }
}

/// Type params of `params` that occur in `ty` (not counting `PhantomData<..>`, as serde_derive).
pub fn mentioned_type_params<'p>(ty: &Type, params: &[&'p Ident], out: &mut Vec<&'p Ident>) {
    match ty {
        Type::Path(path) => {
            if let Some(qself) = &path.qself {
                mentioned_type_params(&qself.ty, params, out);
            }
            let segments = &path.path.segments;
            if segments.last().is_some_and(|s| s.ident == "PhantomData") {
                return;
            }
            if path.qself.is_none() && path.path.leading_colon.is_none() {
                if let Some(first) = segments.first() {
                    note(&first.ident, params, out);
                }
            }
            for seg in segments {
                if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                    for arg in &args.args {
                        match arg {
                            syn::GenericArgument::Type(t) => {
                                mentioned_type_params(t, params, out);
                            }
                            syn::GenericArgument::AssocType(a) => {
                                mentioned_type_params(&a.ty, params, out);
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        Type::Reference(r) => mentioned_type_params(&r.elem, params, out),
        Type::Slice(s) => mentioned_type_params(&s.elem, params, out),
        Type::Array(a) => mentioned_type_params(&a.elem, params, out),
        Type::Paren(p) => mentioned_type_params(&p.elem, params, out),
        Type::Group(g) => mentioned_type_params(&g.elem, params, out),
        Type::Ptr(p) => mentioned_type_params(&p.elem, params, out),
        Type::Tuple(t) => {
            for elem in &t.elems {
                mentioned_type_params(elem, params, out);
            }
        }
        other => scan_tokens(other.to_token_stream(), params, out),
    }
}

fn scan_tokens<'p>(tokens: TokenStream, params: &[&'p Ident], out: &mut Vec<&'p Ident>) {
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Ident(ident) => note(&ident, params, out),
            proc_macro2::TokenTree::Group(g) => scan_tokens(g.stream(), params, out),
            _ => {}
        }
    }
}

fn note<'p>(ident: &Ident, params: &[&'p Ident], out: &mut Vec<&'p Ident>) {
    if let Some(p) = params.iter().find(|p| **p == ident) {
        if !out.contains(p) {
            out.push(p);
        }
    }
}

/// Lifetimes of `lifetimes` that a `&'a` reference inside `ty` borrows: the input must
/// outlive them (`'de: 'a`), as serde_derive requires for `&str` and `&[u8]` fields.
pub fn borrowed_lifetimes<'l>(ty: &Type, lifetimes: &[&'l Lifetime], out: &mut Vec<&'l Lifetime>) {
    match ty {
        Type::Reference(r) => {
            if let Some(lt) = &r.lifetime {
                if let Some(l) = lifetimes.iter().find(|l| l.ident == lt.ident) {
                    if !out.contains(l) {
                        out.push(l);
                    }
                }
            }
            borrowed_lifetimes(&r.elem, lifetimes, out);
        }
        Type::Path(path) => {
            for seg in &path.path.segments {
                if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                    for arg in &args.args {
                        if let syn::GenericArgument::Type(t) = arg {
                            borrowed_lifetimes(t, lifetimes, out);
                        }
                    }
                }
            }
        }
        Type::Slice(s) => borrowed_lifetimes(&s.elem, lifetimes, out),
        Type::Array(a) => borrowed_lifetimes(&a.elem, lifetimes, out),
        Type::Paren(p) => borrowed_lifetimes(&p.elem, lifetimes, out),
        Type::Group(g) => borrowed_lifetimes(&g.elem, lifetimes, out),
        Type::Tuple(t) => {
            for elem in &t.elems {
                borrowed_lifetimes(elem, lifetimes, out);
            }
        }
        _ => {}
    }
}

/// `tokens` with every span moved to `at` (keeping call-site hygiene), so that a type error in
/// generated code is reported on the user's field rather than on the derive.
pub fn respan(tokens: TokenStream, at: Span) -> TokenStream {
    let span = located(at);
    tokens
        .into_iter()
        .map(|mut tt| {
            if let proc_macro2::TokenTree::Group(g) = &tt {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), at));
                group.set_span(span);
                tt = proc_macro2::TokenTree::Group(group);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// A span with call-site hygiene at the location of `at`: generated locals still resolve,
/// diagnostics point at the user's tokens.
pub fn located(at: Span) -> Span {
    Span::call_site().located_at(at)
}

/// One function per `#[api(default = expr)]`: the expression is written (and type-checked)
/// once, and the builder and `Deserialize` call it.
fn default_fns(cont: &Container<'_>, fields: &[crate::ast::Field<'_>]) -> TokenStream {
    let fns: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| match f.attrs.default.get() {
            Some(crate::attr::Default::Expr(expr)) => {
                let name = default_fn_ident(f);
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
            _ => None,
        })
        .collect();
    if fns.is_empty() {
        return TokenStream::new();
    }
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(None), g.ty_params(), g.where_clause(&[]));
    quote! {
        #[automatically_derived]
        impl #impl_g #ident #ty_g #wh {
            #(#fns)*
        }
    }
}

fn default_fn_ident(f: &crate::ast::Field<'_>) -> Ident {
    quote::format_ident!("__apimodel_default_{}", f.name())
}

/// `<Model<..>>::__apimodel_default_field`, the function of a `default = expr`.
pub fn default_fn_path(cont: &Container<'_>, f: &crate::ast::Field<'_>) -> TokenStream {
    let ident = cont.ident;
    let ty_g = Generics::new(cont.generics).ty_params();
    let name = default_fn_ident(f);
    quote!(<#ident #ty_g>::#name)
}

/// The value of a field that was not given: its `default = expr`, or `Default::default()`.
pub fn default_value(cont: &Container<'_>, f: &crate::ast::Field<'_>) -> TokenStream {
    use syn::spanned::Spanned as _;
    match f.attrs.default.get() {
        Some(crate::attr::Default::Expr(_)) => {
            let path = default_fn_path(cont, f);
            quote!(#path())
        }
        _ => respan(quote!(__ap::Default::default()), f.ty.span()),
    }
}
