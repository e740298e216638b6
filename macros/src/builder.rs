//! The typestate builder. Only required fields live in the type (one parameter each, `Unset`
//! or `Set<T>`); optional fields are plain storage, so setting them never changes the type.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt as _;

use crate::ast::{Container, Field, Role};
use crate::attr::Default;
use crate::expand::Generics;

/// With `stub`, `build()` has no gates and no body: the derive already failed, and a
/// half-understood field must not add "missing required field" errors to the real one.
/// The builder struct (an item of the user's module) and its impls (for the derive's `const _`
/// block, where the runtime is `__ap`).
pub fn expand(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    stub: bool,
) -> (TokenStream, TokenStream) {
    let krate = cont.krate();
    // Inside the `const _` block the runtime is `__ap`; the builder struct itself is outside.
    let b = quote!(__ap::builder);
    let ident = cont.ident;
    let vis = cont.vis;
    let builder = format_ident!("{}Builder", ident);
    let g = Generics::new(cont.generics);
    let ty_g = g.ty_params();
    let impl_g = g.impl_params(None);
    let wh = g.where_clause(&[]);

    let required: Vec<&Field<'_>> = fields
        .iter()
        .filter(|f| f.role() == Role::Required)
        .collect();
    let optional: Vec<&Field<'_>> = fields
        .iter()
        .filter(|f| f.role() != Role::Required)
        .collect();
    let states: Vec<_> = (0..required.len())
        .map(|i| format_ident!("__S{}", i))
        .collect();
    let state_decls: Vec<TokenStream> = states
        .iter()
        .map(|s| quote!(#s = #krate::__private::builder::Unset))
        .collect();
    let state_args: Vec<TokenStream> = states
        .iter()
        .map(quote::ToTokens::to_token_stream)
        .collect();
    let decl_g = g.decl_params_with(&state_decls);
    let impl_states = g.impl_params_with(None, &states);
    let ty_states = g.ty_params_with(&state_args);

    // Storage of optional fields: an `Option<U>` field as itself, others as `Option<T>`
    // (unset = its default).
    let stores_directly =
        |f: &Field<'_>| f.role() == Role::Optional && f.attrs.default.get().is_none();
    let optional_tys = optional.iter().map(|f| {
        let ty = f.ty;
        if stores_directly(f) {
            quote!(#ty)
        } else {
            quote!(::core::option::Option<#ty>)
        }
    });
    let unsets = required.iter().map(|_| quote!(#b::Unset));
    let nones = optional.iter().map(|_| quote!(__ap::None));

    // One marker type per required field, named like it: `build()` asks each state to be
    // `Set` through `IsSet<marker, T>`, and rustc reports every unset one by the marker's name.
    let mut markers = Vec::new();
    let mut gate_bounds = Vec::new();
    let mut setters = Vec::new();
    for (i, f) in required.iter().enumerate() {
        let name = f.name();
        let setter = f.ident;
        markers.push(quote!(pub enum #setter {}));
        let ty = f.ty;
        let state = &states[i];
        gate_bounds.push(quote!(#state: #b::IsSet<__fields::#setter, #ty>));

        // The new state tuple: this field `Set`, the others moved over.
        let moved = (0..required.len()).map(|j| {
            let j_lit = syn::Index::from(j);
            if j == i {
                quote!(#b::Set(__value))
            } else {
                quote!(self.__required.#j_lit)
            }
        });
        let mut next_args = state_args.clone();
        next_args[i] = quote!(#b::Set<#ty>);
        let next_ty = g.ty_params_with(&next_args);
        let docs = crate::attr::doc_text(&f.docs);
        // One `#[doc]` per setter: attributes cost the compiler more than their text.
        let required_doc = format!("{docs}\n\nRequired.");
        let rebuild = quote! {
            #builder { __required: (#(#moved,)*), __optional: self.__optional, __model: __ap::PhantomData }
        };
        match f.option_inner {
            // `#[api(required)] field: Option<U>`: `.field(u)` or `.maybe_field(option)`.
            Some(inner) => {
                let maybe = format_ident!("maybe_{}", f.ident.unraw());
                let (arg, conv) = into_arg(f, inner);
                let maybe_required_doc =
                    format!("Sets `{name}` from an `Option`; `None` sends `null`.\n\nRequired.");
                setters.push(quote_spanned! {crate::expand::located(f.span())=>
                    #[doc = #required_doc]
                    #vis fn #setter(self, value: #arg) -> #builder #next_ty {
                        let __value = __ap::Some(#conv);
                        #rebuild
                    }
                    #[doc = #maybe_required_doc]
                    #vis fn #maybe(self, value: __ap::Option<#inner>) -> #builder #next_ty {
                        let __value = value;
                        #rebuild
                    }
                });
            }
            None => {
                let (arg, conv) = into_arg(f, ty);
                setters.push(quote_spanned! {crate::expand::located(f.span())=>
                    #[doc = #required_doc]
                    #vis fn #setter(self, value: #arg) -> #builder #next_ty {
                        let __value = #conv;
                        #rebuild
                    }
                });
            }
        }
    }

    for (j, f) in optional.iter().enumerate() {
        let j = syn::Index::from(j);
        let name = f.name();
        let setter = f.ident;
        let docs = crate::attr::doc_text(&f.docs);
        let status = match f.attrs.default.get() {
            Some(Default::Expr(expr)) => format!("\nOptional; defaults to `{expr}`."),
            Some(Default::Trait) => "\nOptional; defaults to `Default::default()`.".to_owned(),
            None if f.role() == Role::Skipped => {
                "\nOptional; not sent on the wire; defaults to `Default::default()`.".to_owned()
            }
            None if f.role() == Role::Additional => {
                "\nOptional; every entry is sent as a top-level key; empty by default.".to_owned()
            }
            None => "\nOptional.".to_owned(),
        };
        let setter_doc = format!("{docs}\n{status}");
        let direct = stores_directly(f);
        match f.option_inner {
            Some(inner) => {
                let maybe = format_ident!("maybe_{}", f.ident.unraw());
                let (arg, conv) = into_arg(f, inner);
                let (set, set_maybe) = if direct {
                    (quote!(__ap::Some(#conv)), quote!(value))
                } else {
                    (
                        quote!(__ap::Some(__ap::Some(#conv))),
                        quote!(__ap::Some(value)),
                    )
                };
                let maybe_setter_doc = format!("Sets `{name}` from an `Option`.\n{status}");
                setters.push(quote_spanned! {crate::expand::located(f.span())=>
                    #[doc = #setter_doc]
                    #vis fn #setter(mut self, value: #arg) -> Self {
                        self.__optional.#j = #set;
                        self
                    }
                    #[doc = #maybe_setter_doc]
                    #vis fn #maybe(mut self, value: __ap::Option<#inner>) -> Self {
                        self.__optional.#j = #set_maybe;
                        self
                    }
                });
            }
            None => {
                let (arg, conv) = into_arg(f, f.ty);
                setters.push(quote_spanned! {crate::expand::located(f.span())=>
                    #[doc = #setter_doc]
                    #vis fn #setter(mut self, value: #arg) -> Self {
                        self.__optional.#j = __ap::Some(#conv);
                        self
                    }
                });
            }
        }
    }

    // build(): a struct literal, fields in declaration order.
    let mut r = 0usize;
    let mut o = 0usize;
    let inits = fields.iter().map(|f| {
        let member = f.ident;
        if f.role() == Role::Required {
            let idx = syn::Index::from(r);
            let state = &states[r];
            let ty = f.ty;
            r += 1;
            quote!(#member: <#state as #b::IsSet<__fields::#member, #ty>>::take(self.__required.#idx))
        } else {
            let idx = syn::Index::from(o);
            o += 1;
            if stores_directly(f) {
                quote!(#member: self.__optional.#idx)
            } else {
                let default = crate::expand::default_value(cont, f);
                quote! {
                    #member: match self.__optional.#idx {
                        __ap::Some(__v) => __v,
                        __ap::None => #default,
                    }
                }
            }
        }
    });

    let build_body = if stub {
        quote!(::core::unreachable!())
    } else {
        quote!(#ident { #(#inits),* })
    };
    let builder_doc = format!(
        "Builder of [`{ident}`], from [`{ident}::builder`]. Set every required field, then call `.build()`: it compiles only once they are all set."
    );
    let builder_fn_doc =
        format!("Starts a [`{builder}`]: `.build()` compiles once every required field is set.");
    let build_doc = format!("Builds the [`{ident}`]: every required field has been set.");
    let gate_wh = if gate_bounds.is_empty() || stub {
        TokenStream::new()
    } else {
        quote!(where #(#gate_bounds,)*)
    };
    // `build` carries the gates in its own where clause (not the impl's), so rustc reports
    // each unset field with its `on_unimplemented` message instead of "method not found".
    let item = quote! {
        #[doc = #builder_doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        #vis struct #builder #decl_g #wh {
            __required: (#(#state_args,)*),
            __optional: (#(#optional_tys,)*),
            __model: ::core::marker::PhantomData<fn() -> #ident #ty_g>,
        }
    };
    let impls = quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            mod __fields {
                #(#markers)*
            }

            #[automatically_derived]
            impl #impl_g #ident #ty_g #wh {
                #[doc = #builder_fn_doc]
                #[inline]
                #vis fn builder() -> #builder #ty_g {
                    #builder { __required: (#(#unsets,)*), __optional: (#(#nones,)*), __model: __ap::PhantomData }
                }
            }

            #[automatically_derived]
            #[allow(non_snake_case)] // setters are named after fields: `maybe___x`, `camelCase`
            impl #impl_states #builder #ty_states #wh {
                #(#setters)*

                #[doc = #build_doc]
                #[must_use = "`build()` returns the model and does nothing else"]
                #[inline]
                #vis fn build(self) -> #ident #ty_g #gate_wh {
                    #build_body
                }
            }
    };
    (item, impls)
}

/// The setter's parameter type and how it becomes the stored value.
fn into_arg(f: &Field<'_>, target: &syn::Type) -> (TokenStream, TokenStream) {
    if f.attrs.into.get() == Some(&false) {
        (quote!(#target), quote!(value))
    } else {
        (quote!(impl __ap::Into<#target>), quote!(value.into()))
    }
}
