//! The pipeline, wired: parse into the IR, check it, then generate every item — or, after an
//! error, every error plus the fallback items. No module imports this one.

use proc_macro2::TokenStream;
use quote::quote;

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
        crate::fallback::expand(&cont)
    } else {
        generate(&cont)
    };
    // Everything but the items users name goes into one anonymous block, where the runtime is
    // `__ap`: short paths, and nothing added to the user's namespace.
    let krate = cont.krate();
    let schema_impls = schema_impls(&cont);
    quote! {
        #errors
        #outside
        #[doc(hidden)]
        const _: () = {
            use #krate::__private as __ap;
            #inside
            #schema_impls
        };
    }
}

/// The one hook of `apimodel`'s `schemars` / `utoipa` features: a `macro_rules!` of the
/// runtime, given the model's name and generics, which its features expand into
/// `schemars::JsonSchema` / `utoipa::ToSchema` impls, or into nothing. Emitted after an error
/// too (the impls read the table, which the fallback also emits), so code naming them adds no
/// error of its own.
fn schema_impls(cont: &Container<'_>) -> TokenStream {
    let g = crate::generics::Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let ident = cont.ident;
    quote!(__ap::schema_impls!([#impl_g] #ident [#ty_g] [#wh]);)
}

/// The items for outside the `const _` block (the builder struct and the default functions,
/// which users' code may name) and for inside it (every impl).
fn generate(cont: &Container<'_>) -> (TokenStream, TokenStream) {
    let omit = bench_omit();
    let part = |name: &str, make: &dyn Fn() -> TokenStream| {
        if omit.iter().any(|o| o == name) {
            TokenStream::new()
        } else {
            make()
        }
    };
    let meta = part("metadata", &|| crate::meta::expand(cont));
    match &cont.data {
        Data::Struct(fields) => {
            let defaults = crate::default::functions(cont, fields);
            let no_builder = omit.iter().any(|o| o == "builder")
                || (cont.serde_defaults() && crate::builder::setters_clash(fields));
            let (builder, builder_impls) = if no_builder {
                (TokenStream::new(), TokenStream::new())
            } else {
                crate::builder::expand(cont, fields, false)
            };
            let (ser, de) = match crate::transparent::expand(cont) {
                Some(impls) => impls,
                None => (
                    part("serialize", &|| {
                        crate::convert::serialize(cont)
                            .unwrap_or_else(|| crate::ser::expand(cont, fields))
                    }),
                    part("deserialize", &|| {
                        crate::convert::deserialize(cont)
                            .unwrap_or_else(|| crate::de::expand(cont, fields))
                    }),
                ),
            };
            let (ser, de) = cont.one_way(|| ser, || de);
            (
                quote!(#defaults #builder),
                quote!(#builder_impls #ser #de #meta),
            )
        }
        Data::Enum(variants) => {
            let enums = crate::enums::expand(cont, variants);
            (TokenStream::new(), quote!(#enums #meta))
        }
        Data::Union(variants) => {
            let union = crate::union::expand(cont, variants);
            (TokenStream::new(), quote!(#union #meta))
        }
        Data::Tuple(fields) => (TokenStream::new(), {
            let tuple = match crate::transparent::expand(cont) {
                Some((ser, de)) => {
                    let (ser, de) = cont.one_way(|| ser, || de);
                    quote!(#ser #de)
                }
                None => crate::tuple::expand(cont, fields),
            };
            quote!(#tuple #meta)
        }),
        Data::Unit => (TokenStream::new(), {
            let unit = crate::tuple::unit(cont);
            quote!(#unit #meta)
        }),
        Data::Newtype(field) => {
            let newtype = match crate::transparent::expand(cont) {
                Some((ser, de)) => {
                    let (ser, de) = cont.one_way(|| ser, || de);
                    let conversions =
                        (!cont.serde_defaults()).then(|| crate::newtype::conversions(cont, field));
                    quote!(#conversions #ser #de)
                }
                None => crate::newtype::expand(cont, field),
            };
            (TokenStream::new(), quote!(#newtype #meta))
        }
    }
}

/// Parts of a struct's expansion left out, for the compile-time benchmark only
/// (`bench/compile.py --suite parts`): with the `bench-omit` feature,
/// `APIMODEL_BENCH_OMIT=builder,serialize,deserialize,metadata` measures what each part costs.
/// Without the feature (always, outside that benchmark), nothing is left out and no environment
/// variable is read.
fn bench_omit() -> Vec<String> {
    if !cfg!(feature = "bench-omit") {
        return Vec::new();
    }
    std::env::var("APIMODEL_BENCH_OMIT")
        .map(|v| v.split(',').map(str::to_owned).collect())
        .unwrap_or_default()
}
