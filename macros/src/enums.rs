//! String enums: the variant table and two matches ([`table`]); the items users call
//! ([`surface`]: `as_str`, `Display`, `FromStr`, serde) forward to `apimodel::__private::enums`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ast::{Container, Shape, Variant};
use crate::generics::Generics;

pub fn expand(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let table = table(cont, variants);
    let surface = surface(cont, variants, false);
    quote!(#table #surface)
}

/// `impl StrEnum`: the wire values of the known variants, the catch-all, and index ⇄ variant.
fn table(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let ident = cont.ident;
    let name = ident.to_string();
    // A unit `other` (an identifier's fallback) is a known variant too.
    let is_other = |v: &Variant<'_>| v.attrs.other.is_set() && !matches!(v.shape, Shape::Unit);
    let other = variants.iter().find(|v| is_other(v));
    let known: Vec<&Variant<'_>> = variants.iter().filter(|v| !is_other(v)).collect();
    let fallback = known
        .iter()
        .position(|v| v.attrs.other.is_set())
        .map(|i| quote!(const FALLBACK: __ap::Option<usize> = __ap::Some(#i);));
    let wires = known.iter().map(|v| &v.wire);
    let from_index = from_index_body(ident, &known, other);
    let (index, other_const) = index_body(ident, &known, other);
    let read = read_names(&known);
    // serde's `rename` on the container: the name the format is handed.
    let (ser_name, de_name) = (cont.name_ser(), cont.name_de());
    let ser_name = (ser_name != name).then(|| quote!(const SER_NAME: &'static str = #ser_name;));
    let de_name = (de_name != name).then(|| quote!(const DE_NAME: &'static str = #de_name;));
    let expecting = cont
        .attrs
        .expecting
        .get()
        .map(|text| quote!(const EXPECTING: __ap::Option<&'static str> = __ap::Some(#text);));
    // Every function of a string enum is `#[inline]`: a non-generic function is otherwise
    // compiled to machine code in the model's crate at every `cargo build`, used or not; inline,
    // it is compiled where it is called (as serde_derive's generic impls are). The StackOne
    // set's `cargo build` ran 3.5 % fewer instructions this way (`bench/ir.sh`).
    quote! {
        #[automatically_derived]
        impl __ap::enums::StrEnum for #ident {
            const NAME: &'static str = #name;
            const VARIANTS: &'static [&'static str] = &[#(#wires),*];
            #ser_name
            #de_name
            #read
            #expecting
            #fallback
            const OTHER: __ap::Option<fn(__ap::String) -> Self> = #other_const;
            #[inline]
            fn from_index(__index: usize) -> Self {
                #from_index
            }
            #[inline]
            fn index(&self) -> __ap::Result<usize, &str> {
                #index
            }
        }
    }
}

/// `from_index`'s body: the variant at an index of `VARIANTS`. It is only called with those
/// indices; its last arm is a wildcard so the match needs no panic. Variants are named
/// `Name::Variant`, not `Self::Variant`: the resolver finds the first by a lookup, where rustc's
/// type checker finds the second by a walk over the variants, once per arm, which is quadratic
/// (8,000 variants: this match checked in 0.53 s over an empty crate's, against 0.86 s with
/// `Self::`).
fn from_index_body(
    ident: &Ident,
    known: &[&Variant<'_>],
    other: Option<&Variant<'_>>,
) -> TokenStream {
    let last = known.len().saturating_sub(1);
    let arms = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        if i == last {
            quote!(_ => #ident::#var,)
        } else {
            quote!(#i => #ident::#var,)
        }
    });
    let fallback = match (known.is_empty(), other) {
        (false, _) => TokenStream::new(),
        (true, Some(v)) => {
            let var = v.ident;
            quote!(_ => #ident::#var(__ap::String::new()),)
        }
        // An enum without variants has no value to return, and no index reaches here.
        (true, None) => quote!(_ => ::core::unreachable!(),),
    };
    quote!(match __index { #(#arms)* #fallback })
}

/// `index`'s body, and `OTHER`. Each arm is an index, and one `Ok` wraps the match: an
/// `Ok(..)` per arm is a generic call that rustc type-checks once per variant (3,824 variants:
/// 0.13 s over an empty crate's, against 0.23 s with an `Ok` per arm and 0.27 s with `Self::`
/// as well).
fn index_body(
    ident: &Ident,
    known: &[&Variant<'_>],
    other: Option<&Variant<'_>>,
) -> (TokenStream, TokenStream) {
    let arms = known.iter().enumerate().map(|(i, v)| {
        let var = v.ident;
        quote!(#ident::#var => #i,)
    });
    match other {
        // Only the catch-all: no `Ok` at all, which would be unreachable code.
        Some(v) if known.is_empty() => {
            let var = v.ident;
            (
                quote!(match self { #ident::#var(__other) => __ap::Err(__other) }),
                quote!(__ap::Some(#ident::#var)),
            )
        }
        Some(v) => {
            let var = v.ident;
            (
                quote!(__ap::Ok(match self {
                    #(#arms)*
                    #ident::#var(__other) => return __ap::Err(__other),
                })),
                quote!(__ap::Some(#ident::#var)),
            )
        }
        // An enum without variants has no value to match (`*self`, as a reference is always
        // inhabited).
        None if known.is_empty() => (quote!(match *self {}), quote!(__ap::None)),
        None => (
            quote!(__ap::Ok(match self { #(#arms)* })),
            quote!(__ap::None),
        ),
    }
}

/// `READ` and `EXPECTED` when some variant is read under other names than it is written
/// (serde's `alias`, `rename(deserialize = ..)`): each variant's names, sorted as serde_derive
/// lists them.
fn read_names(known: &[&Variant<'_>]) -> Option<TokenStream> {
    if known
        .iter()
        .all(|v| v.aliases.is_empty() && v.wire == v.wire_de)
    {
        return None;
    }
    let names: Vec<(usize, Vec<&String>)> = known
        .iter()
        .enumerate()
        .map(|(i, v)| (i, crate::ast::read_names(&v.wire_de, &v.aliases)))
        .collect();
    let pairs = names
        .iter()
        .flat_map(|(i, names)| names.iter().map(move |n| quote!((#n, #i))));
    let expected = names.iter().flat_map(|(_, names)| names.iter());
    Some(quote! {
        const READ: &'static [(&'static str, usize)] = &[#(#pairs),*];
        const EXPECTED: &'static [&'static str] = &[#(#expected),*];
    })
}

/// What users call on a string enum: `as_str`, `Display`, `FromStr`, `Serialize`,
/// `Deserialize`. With `stub` (after an error) the bodies never run, but the items exist, so
/// code using them adds no errors of its own.
pub fn surface(cont: &Container<'_>, variants: &[Variant<'_>], stub: bool) -> TokenStream {
    let krate = cont.krate();
    let ident = cont.ident;
    let name = ident.to_string();
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let other = variants.iter().find(|v| v.attrs.other.is_set());
    let from_str_err = match other {
        Some(_) => quote!(::core::convert::Infallible),
        None => quote!(#krate::ParseEnumError),
    };
    let body = |real: TokenStream| {
        if stub {
            quote!(::core::unreachable!())
        } else {
            real
        }
    };
    let as_str = body(quote!(__ap::enums::wire(
        <Self as __ap::enums::StrEnum>::VARIANTS,
        <Self as __ap::enums::StrEnum>::index(self)
    )));
    let from_str = body(match other {
        Some(v) => {
            let var = v.ident;
            quote! {
                __ap::Ok(match __ap::enums::parse_open(<Self as __ap::enums::StrEnum>::VARIANTS, __s) {
                    __ap::Ok(__i) => <Self as __ap::enums::StrEnum>::from_index(__i),
                    __ap::Err(__other) => Self::#var(__other),
                })
            }
        }
        None => quote! {
            __ap::Result::map(
                __ap::enums::parse(#name, <Self as __ap::enums::StrEnum>::VARIANTS, __s),
                <Self as __ap::enums::StrEnum>::from_index,
            )
        },
    });
    let serde_impls = serde_impls(cont, stub);
    if cont.serde_defaults() {
        // A model written for serde_derive may have its own `as_str`, `Display` and `FromStr`:
        // with serde's defaults, the derive adds only what serde_derive would.
        return serde_impls;
    }
    let as_str_doc = format!("The wire value of this `{name}`, as serialized.");
    quote! {
        #[automatically_derived]
        impl #impl_g #ident #ty_g #wh {
            #[doc = #as_str_doc]
            #[inline]
            pub fn as_str(&self) -> &str {
                #as_str
            }
        }

        #[automatically_derived]
        impl #impl_g ::core::fmt::Display for #ident #ty_g #wh {
            #[inline]
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.pad(self.as_str())
            }
        }

        #[automatically_derived]
        impl #impl_g ::core::str::FromStr for #ident #ty_g #wh {
            type Err = #from_str_err;
            #[inline]
            fn from_str(__s: &str) -> __ap::Result<Self, Self::Err> {
                #from_str
            }
        }

        #serde_impls
    }
}

/// A string enum's `Serialize` and `Deserialize` (or those of serde's `into` / `from`); with
/// `stub`, bodies that never run.
fn serde_impls(cont: &Container<'_>, stub: bool) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let de_g = g.impl_params_with(&[quote!('de)], &[]);
    let body = |real: TokenStream| {
        if stub {
            quote!(::core::unreachable!())
        } else {
            real
        }
    };
    let serialize = body(quote!(__ap::enums::serialize(self, __serializer)));
    // serde's `variant_identifier` / `field_identifier`: read as an identifier.
    let a = &cont.attrs;
    let deserialize = body(
        if a.variant_identifier.is_set() || a.field_identifier.is_set() {
            let field = a.field_identifier.is_set();
            quote!(__ap::enums::identifier(__deserializer, #field))
        } else {
            quote!(__ap::enums::deserialize(__deserializer))
        },
    );
    // A generic enum is an error already; with a lifetime named `'de`, `impl<'de, 'de>` would
    // be a second one.
    let deserialize_impl = (!g.declares_de()).then(|| {
        quote! {
            #[automatically_derived]
            impl #de_g #serde::Deserialize<'de> for #ident #ty_g #wh {
                fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                    #deserialize
                }
            }
        }
    });
    let deserialize_impl = match crate::convert::deserialize(cont) {
        Some(from) if !stub => Some(from),
        _ => deserialize_impl,
    };
    let serialize_impl = match crate::convert::serialize(cont) {
        Some(into) if !stub => into,
        _ => quote! {
            #[automatically_derived]
            impl #impl_g #serde::Serialize for #ident #ty_g #wh {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                    #serialize
                }
            }
        },
    };
    // `serialize_only` / `deserialize_only`: one of the two.
    let (serialize_impl, deserialize_impl) = cont.one_way(|| serialize_impl, || deserialize_impl);
    quote!(#serialize_impl #deserialize_impl)
}
