//! serde_derive's bound inference, in one place: which type parameters must be `Serialize`,
//! `Deserialize<'de>` or `Default`, and which lifetimes the input must outlive.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Ident, Lifetime, Type};

use crate::ast::{Field, Shape, Variant};
use crate::attr::{Borrow, Bounds};
use crate::generics::Generics;

/// serde's `bound = ".."` on the container (or on a field, a variant): the predicates that
/// replace the inferred ones, for serializing (`ser`) or deserializing.
pub fn given(bounds: Option<&Bounds>, ser: bool) -> Option<Vec<TokenStream>> {
    let bounds = bounds?;
    let preds = if ser { &bounds.ser } else { &bounds.de };
    preds
        .as_ref()
        .map(|preds| preds.iter().map(ToTokens::to_token_stream).collect())
}

/// `T: Serialize` for every type parameter that a serialized field mentions (`with` fields
/// excepted: their module decides; a field's own `bound` replaces what it would add).
pub fn serialize(g: Generics<'_>, fields: &[Field<'_>], serde: &TokenStream) -> Vec<TokenStream> {
    let params = g.type_params();
    let mut used = Vec::new();
    let mut own = Vec::new();
    for f in fields.iter().filter(|f| f.is_written()) {
        if let Some(preds) = given(f.attrs.bound.get(), true) {
            own.extend(preds);
        } else if f.ser_with().is_none() {
            mentioned_type_params(f.ty, &params, &mut used);
            own.extend(
                associated_types(f.ty, &params)
                    .into_iter()
                    .map(|t| quote!(#t: #serde::Serialize)),
            );
        }
    }
    own.extend(used.iter().map(|p| quote!(#p: #serde::Serialize)));
    own
}

/// `'de: 'a` for lifetimes that `&'a` fields borrow from the input, `T: Deserialize<'de>` for
/// parameters of fields that are read, `T: Default` for parameters of fields filled with
/// `Default::default()`.
pub fn deserialize(
    g: Generics<'_>,
    fields: &[Field<'_>],
    serde: &TokenStream,
    de: &Lifetime,
) -> Vec<TokenStream> {
    let params = g.type_params();
    let lifetimes = g.lifetimes();
    let (mut read, mut defaulted, mut borrowed) = (Vec::new(), Vec::new(), Vec::new());
    let mut own = Vec::new();
    for f in fields {
        let given = given(f.attrs.bound.get(), false);
        if f.fills_with_default_trait() && given.is_none() {
            mentioned_type_params(f.ty, &params, &mut defaulted);
        }
        if f.is_read() {
            match given {
                Some(preds) => own.extend(preds),
                None if f.de_with().is_none() => {
                    mentioned_type_params(f.ty, &params, &mut read);
                    own.extend(
                        associated_types(f.ty, &params)
                            .into_iter()
                            .map(|t| quote!(#t: #serde::Deserialize<#de>)),
                    );
                }
                None => {}
            }
            read_lifetimes(f.attrs.borrow.get(), f.ty, &lifetimes, &mut borrowed);
        }
    }
    let mut bounds: Vec<TokenStream> = borrowed.iter().map(|l| quote!(#de: #l)).collect();
    bounds.extend(own);
    bounds.extend(read.iter().map(|p| quote!(#p: #serde::Deserialize<#de>)));
    bounds.extend(
        defaulted
            .iter()
            .map(|p| quote!(#p: ::core::default::Default)),
    );
    bounds
}

/// The lifetimes a read value borrows from the input: serde's `borrow` (every lifetime of the
/// type, or those it names), else those of its `&'a` references.
fn read_lifetimes<'l>(
    borrow: Option<&Borrow>,
    ty: &Type,
    lifetimes: &[&'l Lifetime],
    out: &mut Vec<&'l Lifetime>,
) {
    match borrow {
        Some(Borrow::All) => all_lifetimes(ty, lifetimes, out),
        Some(Borrow::Some(chosen)) => {
            for lt in chosen {
                if let Some(l) = lifetimes.iter().find(|l| l.ident == lt.ident) {
                    if !out.contains(l) {
                        out.push(l);
                    }
                }
            }
        }
        None => borrowed_lifetimes(ty, lifetimes, out),
    }
}

/// A newtype's bounds, as serde_derive infers them from its one field: `T: Serialize` and
/// `'de: 'a` plus `T: Deserialize<'de>`.
pub fn newtype(
    g: Generics<'_>,
    ty: &Type,
    serde: &TokenStream,
    de: &Lifetime,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let (params, lifetimes) = (g.type_params(), g.lifetimes());
    let (mut used, mut borrowed) = (Vec::new(), Vec::new());
    mentioned_type_params(ty, &params, &mut used);
    borrowed_lifetimes(ty, &lifetimes, &mut borrowed);
    let assoc = associated_types(ty, &params);
    let mut ser: Vec<TokenStream> = used.iter().map(|p| quote!(#p: #serde::Serialize)).collect();
    ser.extend(assoc.iter().map(|t| quote!(#t: #serde::Serialize)));
    let mut de_bounds: Vec<TokenStream> = borrowed.iter().map(|l| quote!(#de: #l)).collect();
    de_bounds.extend(used.iter().map(|p| quote!(#p: #serde::Deserialize<#de>)));
    de_bounds.extend(assoc.iter().map(|t| quote!(#t: #serde::Deserialize<#de>)));
    (ser, de_bounds)
}

/// A data enum's bounds, as serde_derive infers them from its variants' fields: `Serialize`
/// bounds, then `Deserialize<'de>` ones (with `'de: 'a` and `Default` as for structs).
pub fn union(
    g: Generics<'_>,
    variants: &[Variant<'_>],
    serde: &TokenStream,
    de: &Lifetime,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let (params, lifetimes) = (g.type_params(), g.lifetimes());
    let (mut used, mut borrowed, mut defaulted) = (Vec::new(), Vec::new(), Vec::new());
    let mut ser = Vec::new();
    let mut de_bounds = Vec::new();
    let mut assoc = Vec::new();
    for v in variants {
        let (given_ser, given_de) = (
            given(v.attrs.bound.get(), true),
            given(v.attrs.bound.get(), false),
        );
        if given_ser.is_some() || given_de.is_some() {
            ser.extend(given_ser.unwrap_or_default());
            de_bounds.extend(given_de.unwrap_or_default());
            continue;
        }
        match &v.shape {
            Shape::Unit => {}
            // A `with` variant: its functions decide.
            _ if v.ser_with().is_some() || v.de_with().is_some() => {}
            Shape::Newtype(ty) => {
                mentioned_type_params(ty, &params, &mut used);
                let borrow = v
                    .attrs
                    .borrow
                    .get()
                    .or_else(|| v.elements.first().and_then(|e| e.borrow.get()));
                read_lifetimes(borrow, ty, &lifetimes, &mut borrowed);
                assoc.extend(associated_types(ty, &params));
            }
            Shape::Tuple(tys) => {
                for (e, ty) in v.elements.iter().zip(tys) {
                    // Filled with `Default::default()`: serde's `default`, or not read.
                    let trait_default = match e.default.get() {
                        Some(crate::attr::Default::Trait) => true,
                        Some(crate::attr::Default::Expr(_)) => false,
                        None => !crate::tuple::read(e),
                    };
                    if trait_default {
                        mentioned_type_params(ty, &params, &mut defaulted);
                    }
                    mentioned_type_params(ty, &params, &mut used);
                    borrowed_lifetimes(ty, &lifetimes, &mut borrowed);
                    assoc.extend(associated_types(ty, &params));
                }
            }
            Shape::Struct(fields) => {
                ser.extend(serialize(g, fields, serde));
                de_bounds.extend(deserialize(g, fields, serde, de));
            }
        }
    }
    ser.extend(used.iter().map(|p| quote!(#p: #serde::Serialize)));
    ser.extend(assoc.iter().map(|t| quote!(#t: #serde::Serialize)));
    de_bounds.extend(borrowed.iter().map(|l| quote!(#de: #l)));
    de_bounds.extend(used.iter().map(|p| quote!(#p: #serde::Deserialize<#de>)));
    de_bounds.extend(assoc.iter().map(|t| quote!(#t: #serde::Deserialize<#de>)));
    de_bounds.extend(
        defaulted
            .iter()
            .map(|p| quote!(#p: ::core::default::Default)),
    );
    (dedup(ser), dedup(de_bounds))
}

/// Each bound once, in first-seen order.
fn dedup(bounds: Vec<TokenStream>) -> Vec<TokenStream> {
    let mut seen: Vec<String> = Vec::new();
    bounds
        .into_iter()
        .filter(|b| {
            let text = b.to_string();
            let new = !seen.contains(&text);
            if new {
                seen.push(text);
            }
            new
        })
        .collect()
}

/// Type params of `params` that occur in `ty` (not counting `PhantomData<..>`, as serde_derive).
fn mentioned_type_params<'p>(ty: &Type, params: &[&'p Ident], out: &mut Vec<&'p Ident>) {
    match ty {
        Type::Path(path) => {
            if let Some(qself) = &path.qself {
                mentioned_type_params(&qself.ty, params, out);
            }
            let segments = &path.path.segments;
            if segments.last().is_some_and(|s| s.ident == "PhantomData") {
                return;
            }
            // `T` names the parameter; `T::Assoc` is an associated type, bounded as a whole
            // (`associated_types`), as serde_derive does.
            if path.qself.is_none() && path.path.leading_colon.is_none() && segments.len() == 1 {
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

/// The associated types of type parameters that `ty` mentions (`T::Assoc`, in any argument
/// position): serde_derive bounds each of them, not the parameter.
fn associated_types(ty: &Type, params: &[&Ident]) -> Vec<TokenStream> {
    fn walk(ty: &Type, params: &[&Ident], out: &mut Vec<TokenStream>) {
        match ty {
            Type::Path(path) => {
                let segments = &path.path.segments;
                let first_is_param = path.qself.is_none()
                    && path.path.leading_colon.is_none()
                    && segments.len() > 1
                    && segments
                        .first()
                        .is_some_and(|s| params.iter().any(|p| **p == s.ident));
                if first_is_param {
                    let text = ty.to_token_stream();
                    if !out.iter().any(|t| t.to_string() == text.to_string()) {
                        out.push(text);
                    }
                    return;
                }
                for seg in segments {
                    if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                        for arg in &args.args {
                            if let syn::GenericArgument::Type(t) = arg {
                                walk(t, params, out);
                            }
                        }
                    }
                }
            }
            Type::Reference(r) => walk(&r.elem, params, out),
            Type::Slice(s) => walk(&s.elem, params, out),
            Type::Array(a) => walk(&a.elem, params, out),
            Type::Paren(p) => walk(&p.elem, params, out),
            Type::Group(g) => walk(&g.elem, params, out),
            Type::Tuple(t) => {
                for elem in &t.elems {
                    walk(elem, params, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(ty, params, &mut out);
    out
}

/// Every lifetime of `lifetimes` that `ty` names (`#[serde(borrow)]`).
fn all_lifetimes<'l>(ty: &Type, lifetimes: &[&'l Lifetime], out: &mut Vec<&'l Lifetime>) {
    fn scan<'l>(tokens: TokenStream, lifetimes: &[&'l Lifetime], out: &mut Vec<&'l Lifetime>) {
        let mut after_quote = false;
        for tt in tokens {
            match tt {
                proc_macro2::TokenTree::Punct(p) => after_quote = p.as_char() == '\'',
                proc_macro2::TokenTree::Ident(ident) if after_quote => {
                    after_quote = false;
                    if let Some(l) = lifetimes.iter().find(|l| l.ident == ident) {
                        if !out.contains(l) {
                            out.push(l);
                        }
                    }
                }
                proc_macro2::TokenTree::Group(g) => {
                    after_quote = false;
                    scan(g.stream(), lifetimes, out);
                }
                proc_macro2::TokenTree::Ident(_) | proc_macro2::TokenTree::Literal(_) => {
                    after_quote = false;
                }
            }
        }
    }
    scan(ty.to_token_stream(), lifetimes, out);
}

/// Lifetimes of `lifetimes` that a `&'a` reference inside `ty` borrows: the input must
/// outlive them (`'de: 'a`), as serde_derive requires for `&str` and `&[u8]` fields.
fn borrowed_lifetimes<'l>(ty: &Type, lifetimes: &[&'l Lifetime], out: &mut Vec<&'l Lifetime>) {
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
