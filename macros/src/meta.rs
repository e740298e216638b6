//! `impl apimodel::ApiModel`: the model's description as `'static` data (names, wire keys,
//! types as written, required-ness, defaults, docs) for documentation and JSON Schema.
//!
//! One constant table per model and nothing else: no function per field, no allocation. The
//! rendering lives in the runtime (`apimodel::docs`, `apimodel::schema`), compiled once. A
//! field's type is classified here, from its tokens (the table is in `apimodel::meta`'s
//! docs); a type that is none of the known shapes is `Named`, and whether it has a table of
//! its own is asked of the compiler with `Probe` (an inherent constant that exists when the
//! type implements `ApiModel`, shadowing a trait constant that says it does not).

use std::collections::BTreeSet;

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt as _;

use crate::ast::{Container, Data, Field, Shape, Tagging, Variant, option_inner, ungroup};
use crate::attr::Default;
use crate::generics::Generics;
use crate::prop::Role;

/// The runtime items a table uses, written as paths (`__ap::meta::structure`): measured with
/// `bench/ab.sh`, one `use` of short aliases per model cost the compiler 5 % more time and
/// 13 MB more memory on 300 structs than the longer paths. It remembers whether `Probe` is
/// used: its fallback trait must be in scope.
#[derive(Default)]
struct Uses(BTreeSet<&'static str>);

/// Key → path under `apimodel::__private::meta`: (key, module within it, item).
const ITEMS: &[(&str, &str, &str)] = &[
    ("__AmStruct", "", "structure"),
    ("__AmEnum", "", "enumeration"),
    ("__AmNewtype", "", "newtype"),
    ("__AmUnion", "", "union"),
    ("__AmUVar", "", "union_variant"),
    ("__AmVd", "", "VariantData"),
    ("__AmTg", "", "Tagging"),
    ("__AmReq", "", "required"),
    ("__AmOpt", "", "optional"),
    ("__AmRs", "", "required_string"),
    ("__AmOs", "", "optional_string"),
    ("__AmModel", "", "Model"),
    ("__AmField", "", "field"),
    ("__AmVar", "", "variant"),
    ("__AmNamed", "", "named"),
    ("__AmProbe", "", "Probe"),
    ("__AmTs", "Type", "String"),
    ("__AmTi", "Type", "Integer"),
    ("__AmTn", "Type", "Number"),
    ("__AmTb", "Type", "Boolean"),
    ("__AmTd", "Type", "DateTime"),
    ("__AmTa", "Type", "Any"),
    ("__AmTo", "Type", "Option"),
    ("__AmTl", "Type", "List"),
    ("__AmTm", "Type", "Map"),
];

impl Uses {
    /// The path of the item, recorded as used.
    fn get(&mut self, key: &'static str) -> TokenStream {
        self.0.insert(key);
        let (_, module, item) = ITEMS
            .iter()
            .find(|(k, _, _)| *k == key)
            .copied()
            .unwrap_or(("", "", "Model"));
        let item = Ident::new(item, Span::call_site());
        if module.is_empty() {
            quote!(__ap::meta::#item)
        } else {
            let module = Ident::new(module, Span::call_site());
            quote!(__ap::meta::#module::#item)
        }
    }

    /// `NotModel`, the fallback of every `Probe`, when one is used.
    fn imports(&self, meta: &TokenStream) -> TokenStream {
        if self.0.contains("__AmProbe") {
            // Unused when every probe finds a table.
            quote!(#[allow(unused_imports)] use #meta::NotModel as _;)
        } else {
            TokenStream::new()
        }
    }
}

pub fn expand(cont: &Container<'_>) -> TokenStream {
    table_impl(cont, false)
}

/// After an error: the `ApiModel` impl with an empty table (no fields, no variants), so that
/// code rendering the model's docs or schema adds no errors of its own.
pub fn stub(cont: &Container<'_>) -> TokenStream {
    table_impl(cont, true)
}

fn table_impl(cont: &Container<'_>, empty: bool) -> TokenStream {
    let krate = cont.krate();
    let meta = quote!(#krate::__private::meta);
    let mut uses = Uses::default();
    let ident = cont.ident;
    let name = ident.unraw().to_string();
    let docs = cont.docs.to_expr("");
    let model = match &cont.data {
        Data::Struct(fields) => {
            let fields: Vec<TokenStream> = if empty {
                Vec::new()
            } else {
                // serde's container `default`: a missing field is the container default's.
                let whole = cont.attrs.default.get().map(|d| match d {
                    Default::Trait => format!("{name}::default()"),
                    Default::Expr(expr) => tokens_string(expr.clone()),
                });
                fields
                    .iter()
                    .map(|f| field(f, whole.as_deref(), &meta, &mut uses))
                    .collect()
            };
            let deny = cont.attrs.deny_unknown_fields.is_set();
            let structure = uses.get("__AmStruct");
            quote!(#structure(#name, #docs, &[#(#fields),*], #deny))
        }
        Data::Enum(variants) => {
            let open = variants.iter().any(|v| v.attrs.other.is_set());
            let variants: Vec<TokenStream> = variants
                .iter()
                .filter(|v| !v.attrs.other.is_set() && !empty)
                .map(|v| variant(v, &mut uses))
                .collect();
            let enumeration = uses.get("__AmEnum");
            quote!(#enumeration(#name, #docs, &[#(#variants),*], #open))
        }
        Data::Union(variants) => union_model(cont, variants, empty, &meta, &mut uses),
        // Described as a newtype of any value: the metadata has no tuple form, and "any" is
        // what every document of theirs validates against.
        Data::Tuple(fields) => {
            let tys: Vec<String> = fields.iter().map(|f| type_string(f.ty)).collect();
            let ty = format!("({})", tys.join(", "));
            let any = uses.get("__AmTa");
            let newtype = uses.get("__AmNewtype");
            quote!(#newtype(#name, #docs, #ty, &#any))
        }
        Data::Unit => {
            let any = uses.get("__AmTa");
            let newtype = uses.get("__AmNewtype");
            quote!(#newtype(#name, #docs, "()", &#any))
        }
        Data::Newtype(field) => {
            let ty = type_string(field.ty);
            // With `with`, the wire format is the module's: anything.
            let inner = if field.attrs.with.is_set() {
                uses.get("__AmTa").into_token_stream()
            } else {
                classify(field.ty, &mut uses)
            };
            let newtype = uses.get("__AmNewtype");
            quote!(#newtype(#name, #docs, #ty, &#inner))
        }
    };
    let model_ty = uses.get("__AmModel");
    let imports = uses.imports(&meta);
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    // Goes into the derive's `const _` block, beside the other impls.
    quote! {
        #imports
        #[automatically_derived]
        impl #impl_g #krate::__private::ApiModel for #ident #ty_g #wh {
            const MODEL: &'static #model_ty = &#model;
        }
    }
}

/// A data enum's model: its variants and tagging (`empty`: none, after an error).
fn union_model(
    cont: &Container<'_>,
    variants: &[Variant<'_>],
    empty: bool,
    meta: &TokenStream,
    uses: &mut Uses,
) -> TokenStream {
    let name = cont.ident.unraw().to_string();
    let docs = cont.docs.to_expr("");
    let variants: Vec<TokenStream> = if empty {
        Vec::new()
    } else {
        variants
            .iter()
            .map(|v| union_variant(cont, v, meta, uses))
            .collect()
    };
    let tg = uses.get("__AmTg");
    let tagging = match cont.tagging() {
        Tagging::External => quote!(#tg::External),
        Tagging::Internal(tag) => quote!(#tg::Internal { tag: #tag }),
        Tagging::Adjacent(tag, content) => {
            quote!(#tg::Adjacent { tag: #tag, content: #content })
        }
        Tagging::Untagged => quote!(#tg::Untagged),
    };
    let union = uses.get("__AmUnion");
    quote!(#union(#name, #docs, &[#(#variants),*], #tagging))
}

/// A field's entry; `whole` is the container's own default (serde's container `default`), as
/// text, which a field without a default of its own takes its value from when it is missing.
fn field(f: &Field<'_>, whole: Option<&str>, meta: &TokenStream, uses: &mut Uses) -> TokenStream {
    let name = f.name();
    let wire = &f.wire;
    let ty = type_string(f.ty);
    let docs = f.docs.to_expr("");
    let mut role = f.role();
    let mut default = f.attrs.default.get().map(|d| match d {
        Default::Trait => "Default::default()".to_owned(),
        Default::Expr(expr) => tokens_string(expr.clone()),
    });
    if let (Role::Required, Some(whole), true) = (role, whole, f.takes_container_default()) {
        role = Role::Defaulted;
        default = Some(format!("{whole}.{name}"));
    }
    // The wire format is the functions': `with`'s module, else `deserialize_with`, else
    // `serialize_with`.
    let a = &f.attrs;
    let with = [&a.with, &a.deserialize_with, &a.serialize_with]
        .into_iter()
        .find_map(|attr| attr.get())
        .map(|path| tokens_string(path.to_token_stream()));
    // The common cases have a constructor of their own: fewer tokens per field.
    if with.is_none() {
        match (role, f.option_inner) {
            (Role::Required, _) if default.is_none() => {
                if ty == "String" {
                    let required = uses.get("__AmRs");
                    return quote!(#required(#name, #wire, #docs));
                }
                let kind = classify(f.ty, uses);
                let required = uses.get("__AmReq");
                return quote!(#required(#name, #wire, #ty, #kind, #docs));
            }
            (Role::Optional, Some(inner)) => {
                if ty == "Option<String>" {
                    let optional = uses.get("__AmOs");
                    return quote!(#optional(#name, #wire, #docs));
                }
                // A tri-state `Option<Option<T>>` is described as an `Option<T>`: not
                // required, `T` or `null`.
                let inner = classify(f.tri_state().unwrap_or(inner), uses);
                let optional = uses.get("__AmOpt");
                return quote!(#optional(#name, #wire, #ty, &#inner, #docs));
            }
            _ => {}
        }
    }
    let kind = classify(f.ty, uses);
    let role = match role {
        Role::Required => quote!(Required),
        Role::Optional => quote!(Optional),
        Role::Defaulted => quote!(Defaulted),
        Role::Skipped => quote!(Skipped),
        Role::Additional => quote!(Additional),
        Role::Flattened => quote!(Flattened),
    };
    let (default, with) = (option_str(default), option_str(with));
    let field = uses.get("__AmField");
    quote!(#field(#name, #wire, #ty, #kind, #meta::Role::#role, #default, #with, #docs))
}

fn union_variant(
    cont: &Container<'_>,
    v: &Variant<'_>,
    meta: &TokenStream,
    uses: &mut Uses,
) -> TokenStream {
    let name = v.ident.unraw().to_string();
    let wire = &v.wire;
    let docs = v.docs.to_expr("");
    let vd = uses.get("__AmVd");
    let data = match &v.shape {
        // With serde's `with` on the variant, the wire format is its functions': anything,
        // held as a newtype variant's value.
        _ if v.ser_with().is_some() || v.de_with().is_some() => {
            let any = uses.get("__AmTa");
            let written = match v.field_types().as_slice() {
                [ty] => type_string(ty),
                tys => tokens_string(quote!((#(#tys),*))),
            };
            quote!(#vd::Newtype { ty: #written, inner: &#any })
        }
        Shape::Unit => quote!(#vd::Unit),
        Shape::Newtype(ty) => {
            let written = type_string(ty);
            let inner = classify(ty, uses);
            quote!(#vd::Newtype { ty: #written, inner: &#inner })
        }
        Shape::Tuple(tys) => {
            let types: Vec<TokenStream> = tys.iter().map(|ty| classify(ty, uses)).collect();
            quote!(#vd::Tuple(&[#(#types),*]))
        }
        Shape::Struct(fields) => {
            let fields: Vec<TokenStream> =
                fields.iter().map(|f| field(f, None, meta, uses)).collect();
            quote!(#vd::Struct(&[#(#fields),*]))
        }
    };
    let untagged = v.attrs.untagged.is_set() || cont.tagging() == Tagging::Untagged;
    let flags = u8::from(untagged)
        | (u8::from(v.attrs.other.is_set()) << 1)
        | (u8::from(!v.is_read()) << 2)
        | (u8::from(!v.is_written()) << 3);
    let union_variant = uses.get("__AmUVar");
    quote!(#union_variant(#name, #wire, #docs, #data, #flags))
}

fn variant(v: &Variant<'_>, uses: &mut Uses) -> TokenStream {
    let name = v.ident.unraw().to_string();
    let wire = &v.wire;
    let docs = v.docs.to_expr("");
    let variant = uses.get("__AmVar");
    quote!(#variant(#name, #wire, #docs))
}

/// The `Type` of a type as written (see `apimodel::meta`'s docs for the table).
fn classify(ty: &syn::Type, uses: &mut Uses) -> TokenStream {
    let ty = ungroup(ty);
    if let Some(inner) = option_inner(ty) {
        return wrap("__AmTo", inner, uses);
    }
    match ty {
        syn::Type::Paren(paren) => classify(&paren.elem, uses),
        syn::Type::Reference(reference) => classify(&reference.elem, uses),
        syn::Type::Slice(slice) => wrap("__AmTl", &slice.elem, uses),
        syn::Type::Array(array) => wrap("__AmTl", &array.elem, uses),
        syn::Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return unnamed(ty, uses);
            };
            let name = last.ident.unraw().to_string();
            let args = crate::ast::type_args(last);
            let leaf = match (name.as_str(), args.as_slice()) {
                ("String" | "str" | "char", []) => "__AmTs",
                (
                    "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                    | "u128" | "usize",
                    [],
                ) => "__AmTi",
                (nonzero, []) if nonzero.starts_with("NonZero") => "__AmTi",
                ("f32" | "f64", []) => "__AmTn",
                ("bool", []) => "__AmTb",
                ("Value", []) => "__AmTa",
                (
                    "DateTime" | "NaiveDateTime" | "OffsetDateTime" | "PrimitiveDateTime"
                    | "UtcDateTime" | "Timestamp" | "Zoned",
                    _,
                ) => "__AmTd",
                (
                    "Vec" | "VecDeque" | "LinkedList" | "BinaryHeap" | "HashSet" | "BTreeSet"
                    | "IndexSet",
                    [item, ..],
                ) => return wrap("__AmTl", item, uses),
                ("HashMap" | "BTreeMap" | "IndexMap" | "Map", [_, value, ..]) => {
                    return wrap("__AmTm", value, uses);
                }
                ("Box" | "Rc" | "Arc" | "Cow", [inner, ..]) => return classify(inner, uses),
                _ => {
                    let (named, probe) = (uses.get("__AmNamed"), uses.get("__AmProbe"));
                    return quote!(#named(#name, <#probe<#ty>>::MODEL));
                }
            };
            uses.get(leaf).into_token_stream()
        }
        _ => unnamed(ty, uses),
    }
}

/// `Option(&T)`, `List(&T)`, `Map(&T)`.
fn wrap(key: &'static str, inner: &syn::Type, uses: &mut Uses) -> TokenStream {
    let inner = classify(inner, uses);
    let wrapper = uses.get(key);
    quote!(#wrapper(&#inner))
}

/// A type that is not a path (a tuple, a function pointer, a trait object): named as written,
/// without a table.
fn unnamed(ty: &syn::Type, uses: &mut Uses) -> TokenStream {
    let name = type_string(ty);
    let named = uses.get("__AmNamed");
    quote!(#named(#name, ::core::option::Option::None))
}

/// `Some("…")` / `None` as tokens.
fn option_str(value: Option<String>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// A type as a user would write it: `Option<Vec<Category>>`, `&'a str`, `[u8; 4]`.
fn type_string(ty: &syn::Type) -> String {
    tokens_string(ty.to_token_stream())
}

fn tokens_string(tokens: TokenStream) -> String {
    let mut out = String::new();
    write_tokens(tokens, &mut out);
    out
}

fn write_tokens(tokens: TokenStream, out: &mut String) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(tt) = tokens.next() {
        match tt {
            TokenTree::Ident(ident) => {
                word_break(out);
                out.push_str(&ident.to_string());
            }
            TokenTree::Literal(lit) => {
                word_break(out);
                out.push_str(&lit.to_string());
            }
            TokenTree::Punct(p) => match p.as_char() {
                ',' | ';' => {
                    out.push(p.as_char());
                    out.push(' ');
                }
                '+' | '=' => {
                    out.push(' ');
                    out.push(p.as_char());
                    out.push(' ');
                }
                '-' if matches!(tokens.peek(), Some(TokenTree::Punct(q)) if q.as_char() == '>') => {
                    tokens.next();
                    out.push_str(" -> ");
                }
                c => out.push(c),
            },
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                if group.delimiter() == Delimiter::Brace {
                    word_break(out);
                }
                out.push_str(open);
                write_tokens(group.stream(), out);
                out.push_str(close);
            }
        }
    }
}

/// A space between two words (`dyn Trait`, `&'a str`, `&mut T`), none after punctuation.
fn word_break(out: &mut String) {
    if out
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
    {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use crate::tests::{SEED_MODEL as SEED, count_tokens as count};

    fn expand(src: &str) -> proc_macro2::TokenStream {
        let input: syn::DeriveInput = syn::parse_str(src).unwrap();
        let cx = crate::ctxt::Ctxt::default();
        let cont = crate::ast::Container::from_ast(&cx, &input).unwrap();
        cx.check().unwrap();
        super::expand(&cont)
    }

    /// The table is part of every model's expansion: it stays a small share of it. (It was
    /// 195 tokens with a `use` of short aliases per model; the paths that replaced them are
    /// longer but cheaper to compile — see `Uses`.)
    #[test]
    fn table_size() {
        let n = count(expand(SEED));
        assert!(n <= 260, "ConnectSessionCreate's table is {n} tokens");
    }

    /// The table carries each doc comment unindented, as rustdoc shows it; a doc made by a
    /// macro is left to `concat!`.
    #[test]
    fn docs_are_unindented_in_the_table() {
        let tokens = expand(
            "/// A user.\n///   Indented.\n struct A { /** Block\n    doc */ a: u8, #[doc = include_str!(\"x.md\")] b: u8 }",
        )
        .to_string();
        assert!(tokens.contains("\"A user.\\n  Indented.\""), "{tokens}");
        assert!(tokens.contains("\"Block\\n   doc\""), "{tokens}");
        assert!(
            tokens.contains(":: core :: concat ! (include_str ! (\"x.md\") , \"\")"),
            "{tokens}"
        );
    }

    #[test]
    fn types_print_as_written() {
        let ty = |s: &str| super::type_string(&syn::parse_str::<syn::Type>(s).unwrap());
        assert_eq!(ty("Option < Vec < u8 > >"), "Option<Vec<u8>>");
        assert_eq!(ty("&'a mut str"), "&'a mut str");
        assert_eq!(ty("[u8; 4]"), "[u8; 4]");
        assert_eq!(ty("(u8, String)"), "(u8, String)");
        assert_eq!(
            ty("Box<dyn Fn(u8) -> u8 + Send>"),
            "Box<dyn Fn(u8) -> u8 + Send>"
        );
        assert_eq!(
            ty("::std::collections::BTreeMap<String, serde_json::Value>"),
            "::std::collections::BTreeMap<String, serde_json::Value>"
        );
    }
}
