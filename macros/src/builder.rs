//! The typestate builder. Only required fields live in the type (one parameter each, `Unset`
//! or `Set<T>`); optional fields are plain storage, so setting them never changes the type.
//!
//! One function per generated item: [`storage`] (the builder struct), [`gates`],
//! [`builder_fn`], [`into_builder_fn`], [`required_setter`], [`optional_setter`], [`build_fn`].

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens as _, format_ident, quote, quote_spanned};

use crate::ast::{Container, Field};
use crate::generics::Generics;
use crate::prop::{DefaultValue, Role, Storage};
use crate::respan::located;

/// The builder struct (an item of the user's module) and its impls (for the derive's `const _`
/// block, where the runtime is `__ap`). With `stub`, `build()` has no gates and no body: the
/// derive already failed, and a half-understood field must not add "missing required field"
/// errors to the real one.
pub fn expand(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    stub: bool,
) -> (TokenStream, TokenStream) {
    let b = Builder::new(cont, fields);
    let item = storage(&b);
    let gates = if stub { TokenStream::new() } else { gates(&b) };
    let builder_fn = builder_fn(&b);
    let into_builder_fn = into_builder_fn(&b);
    let required_setters = b
        .required
        .iter()
        .enumerate()
        .map(|(i, f)| required_setter(&b, i, f));
    let optional_setters = b
        .optional
        .iter()
        .enumerate()
        .map(|(j, f)| optional_setter(&b, j, f));
    let build_fn = build_fn(&b, stub);
    let (ident, builder, wh) = (cont.ident, &b.name, b.g.where_clause(&[]));
    let (impl_states, ty_states) = (
        b.g.impl_params_with(&[], &b.states),
        b.g.ty_params_with(&[], &b.states),
    );
    let ty_g = b.g.ty_params();
    let impl_g = b.g.impl_params();
    let impls = quote! {
        #gates

        // The builder is there to be used, not a warning when it is not (a binary crate that
        // only reads and writes its models): `dead_code` is allowed on all of it.
        #[automatically_derived]
        #[allow(dead_code)]
        impl #impl_g #ident #ty_g #wh {
            #builder_fn
            #into_builder_fn
        }

        #[automatically_derived]
        #[allow(non_snake_case, dead_code)] // setters are named after fields: `maybe___x`, `camelCase`
        impl #impl_states #builder #ty_states #wh {
            #(#required_setters)*
            #(#optional_setters)*
            #build_fn
        }
    };
    (item, impls)
}

/// What every item of the builder needs to know.
struct Builder<'c, 'a> {
    cont: &'c Container<'a>,
    fields: &'c [Field<'a>],
    required: Vec<&'c Field<'a>>,
    optional: Vec<&'c Field<'a>>,
    /// `ModelBuilder`.
    name: Ident,
    g: Generics<'a>,
    /// `__S0, __S1, …`: one state parameter per required field.
    states: Vec<TokenStream>,
}

impl<'c, 'a> Builder<'c, 'a> {
    fn new(cont: &'c Container<'a>, fields: &'c [Field<'a>]) -> Self {
        let (required, optional): (Vec<_>, Vec<_>) =
            fields.iter().partition(|f| f.storage() == Storage::State);
        let states = (0..required.len())
            .map(|i| format_ident!("__S{}", i).into_token_stream())
            .collect();
        Builder {
            cont,
            fields,
            required,
            optional,
            // With serde's defaults the model was written for serde_derive, often beside a
            // builder derive (derive_builder, bon) that already declares `{Name}Builder`.
            name: if cont.serde_defaults() {
                format_ident!("{}ApiBuilder", cont.ident)
            } else {
                format_ident!("{}Builder", cont.ident)
            },
            g: Generics::new(cont.generics),
            states,
        }
    }

    /// `#[inline]` for a setter that would otherwise be compiled to machine code at every
    /// `cargo build` of the model's crate, used or not: one that is not generic, because its
    /// impl has no state or type parameter (a model without required fields) and it takes no
    /// `impl Into` (a `maybe_` setter, `into = false`). Generic setters are compiled where
    /// they are called anyway, and the attribute on them is only more to read: 0.4 % more
    /// instructions in `cargo check` of 30 structs, against 3 % fewer in the StackOne set's
    /// `cargo build` where it is needed (`bench/ir.sh`).
    fn inline(&self, converts: bool) -> Option<TokenStream> {
        let generic = !self.states.is_empty()
            || !self.g.type_params().is_empty()
            || self.cont.generics.const_params().next().is_some();
        (!generic && !converts).then(|| quote!(#[inline]))
    }

    /// Only a generic model's builder has a `__model: PhantomData` field, which uses every
    /// parameter.
    fn has_model_field(&self) -> bool {
        !self.cont.generics.params.is_empty()
    }

    /// `__model: PhantomData` in a builder literal, when the builder has the field.
    fn model_init(&self) -> Option<TokenStream> {
        self.has_model_field()
            .then(|| quote!(__model: __ap::PhantomData))
    }

    /// The field's index in `__required` (a required field) or `__optional`.
    fn slot(&self, f: &Field<'_>) -> usize {
        let same = |other: &&Field<'_>| core::ptr::eq(*other, f);
        let list = if f.storage() == Storage::State {
            &self.required
        } else {
            &self.optional
        };
        list.iter().position(same).unwrap_or_default()
    }

    /// The builder type after the `i`th required field is set.
    fn with_state_set(&self, i: usize, ty: &syn::Type) -> TokenStream {
        let mut states = self.states.clone();
        states[i] = quote!(__ap::builder::Set<#ty>);
        let builder = &self.name;
        let args = self.g.ty_params_with(&[], &states);
        quote!(#builder #args)
    }

    /// A struct literal of the builder with the `i`th required field set to `value`.
    fn rebuild(&self, i: usize, value: &TokenStream) -> TokenStream {
        let moved = (0..self.required.len()).map(|j| {
            if j == i {
                quote!(__ap::builder::Set(#value))
            } else {
                let j = syn::Index::from(j);
                quote!(self.__required.#j)
            }
        });
        let (builder, model) = (&self.name, self.model_init());
        quote! {
            #builder { __required: (#(#moved,)*), __optional: self.__optional, #model }
        }
    }
}

/// `struct ModelBuilder<…, __S0 = Unset, …> { __required, __optional }`, and `__model` (a
/// `PhantomData` of the model) when the model is generic.
fn storage(b: &Builder<'_, '_>) -> TokenStream {
    let krate = b.cont.krate();
    let (ident, vis, builder) = (b.cont.ident, b.cont.vis, &b.name);
    let state_decls: Vec<TokenStream> = b
        .states
        .iter()
        .map(|s| quote!(#s = #krate::builder::Unset))
        .collect();
    let decl_g = b.g.decl_params_with(&state_decls);
    let (ty_g, wh) = (b.g.ty_params(), b.g.where_clause(&[]));
    let states = &b.states;
    // An `Option<U>` field is stored as itself, others as `Option<T>` (unset = its default).
    let optional_tys = b.optional.iter().map(|f| {
        let ty = f.ty;
        match f.storage() {
            Storage::Itself => quote!(#ty),
            _ => quote!(::core::option::Option<#ty>),
        }
    });
    let doc = format!(
        "Builder of [`{ident}`], from [`{ident}::builder`]. Set every required field, then call `.build()`: it compiles only once they are all set."
    );
    let model = b
        .has_model_field()
        .then(|| quote!(__model: ::core::marker::PhantomData<fn() -> #ident #ty_g>,));
    quote! {
        #[doc = #doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        #[allow(dead_code)]
        #vis struct #builder #decl_g #wh {
            __required: (#(#states,)*),
            __optional: (#(#optional_tys,)*),
            #model
        }
    }
}

/// One gate trait per required field, named like it, in a module `required`, implemented
/// only by `Set`: `build()` asks each state for its gate (and the runtime's `Take` to move the
/// value out), and rustc reports every unset field with the gate's message — a literal naming
/// the field, wherever the model lives.
/// `do_not_recommend` keeps rustc from listing the `Set` impl as a hint. The module keeps the
/// traits out of the block's namespace (a field named `u8` would otherwise shadow the type).
fn gates(b: &Builder<'_, '_>) -> TokenStream {
    if b.required.is_empty() {
        return TokenStream::new();
    }
    let traits = b.required.iter().map(|f| {
        let gate = f.ident;
        let message = format!("missing required field `{}`", f.name());
        let label = format!("call `.{gate}(..)` before `.build()`");
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            pub trait #gate {}
        }
    });
    let impls = b.required.iter().map(|f| {
        let gate = f.ident;
        quote! {
            #[diagnostic::do_not_recommend]
            impl<T> required::#gate for __ap::builder::Set<T> {}
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        mod required {
            #(#traits)*
        }
        #(#impls)*
    }
}

/// `Model::builder()`: every state `Unset`, every optional field unset.
fn builder_fn(b: &Builder<'_, '_>) -> TokenStream {
    let (vis, builder, ty_g) = (b.cont.vis, &b.name, b.g.ty_params());
    let model = b.model_init();
    let unsets = b.required.iter().map(|_| quote!(__ap::builder::Unset));
    let nones = b.optional.iter().map(|_| quote!(__ap::None));
    let doc =
        format!("Starts a [`{builder}`]: `.build()` compiles once every required field is set.");
    quote! {
        #[doc = #doc]
        #[inline]
        #vis fn builder() -> #builder #ty_g {
            #builder { __required: (#(#unsets,)*), __optional: (#(#nones,)*), #model }
        }
    }
}

/// `model.into_builder()`: every required state `Set`, every optional field as it is, so a
/// copy with one field changed is `model.into_builder().field(x).build()`.
fn into_builder_fn(b: &Builder<'_, '_>) -> TokenStream {
    let (ident, vis, builder) = (b.cont.ident, b.cont.vis, &b.name);
    let model = b.model_init();
    let set_states: Vec<TokenStream> = b
        .required
        .iter()
        .map(|f| {
            let ty = f.ty;
            quote!(__ap::builder::Set<#ty>)
        })
        .collect();
    let ty_set = b.g.ty_params_with(&[], &set_states);
    let required = b.required.iter().map(|f| {
        let member = f.ident;
        quote!(__ap::builder::Set(self.#member))
    });
    let optional = b.optional.iter().map(|f| {
        let member = f.ident;
        match f.storage() {
            Storage::Itself => quote!(self.#member),
            _ => quote!(__ap::Some(self.#member)),
        }
    });
    let doc = format!(
        "A [`{builder}`] holding every field of this `{ident}`: change some, then `.build()` again."
    );
    quote! {
        #[doc = #doc]
        #[inline]
        #vis fn into_builder(self) -> #builder #ty_set {
            #builder { __required: (#(#required,)*), __optional: (#(#optional,)*), #model }
        }
    }
}

/// The setter of the `i`th required field, which moves its state to `Set`; for an
/// `#[api(required)]` `Option` field also `maybe_<field>`.
fn required_setter(b: &Builder<'_, '_>, i: usize, f: &Field<'_>) -> TokenStream {
    let (vis, setter) = (b.cont.vis, f.ident);
    let next = b.with_state_set(i, f.ty);
    let doc = f.docs.to_expr("\n\nRequired.");
    let (arg, conv) = setter_arg(f);
    let value = if f.option_inner.is_some() {
        quote!(__ap::Some(#conv))
    } else {
        conv
    };
    let rebuild = b.rebuild(i, &value);
    let maybe = maybe_setter(b, f, "; `None` sends `null`.\n\nRequired.", |inner| {
        let rebuild = b.rebuild(i, &quote!(value));
        quote! {
            (self, value: __ap::Option<#inner>) -> #next {
                #rebuild
            }
        }
    });
    let inline = b.inline(f.setter_converts());
    quote_spanned! {located(f.span())=>
        #[doc = #doc]
        #inline
        #vis fn #setter(self, value: #arg) -> #next {
            #rebuild
        }
        #maybe
    }
}

/// The setter of the `j`th optional field, which keeps the builder's type; for an `Option`
/// field also `maybe_<field>`.
fn optional_setter(b: &Builder<'_, '_>, j: usize, f: &Field<'_>) -> TokenStream {
    let (vis, setter) = (b.cont.vis, f.ident);
    let j = syn::Index::from(j);
    let status = optional_status(f);
    let doc = f.docs.to_expr(&format!("\n\n{status}"));
    let (arg, conv) = setter_arg(f);
    // `Some(..)` once or twice (a tri-state, or an `Option` stored as `Option<field>`).
    let twice = f.setter_somes() == 2;
    let set = if twice {
        quote!(__ap::Some(__ap::Some(#conv)))
    } else {
        quote!(__ap::Some(#conv))
    };
    let maybe = maybe_setter(b, f, &format!(".\n\n{status}"), |inner| {
        let set_maybe = if twice {
            quote!(__ap::Some(value))
        } else {
            quote!(value)
        };
        quote! {
            (mut self, value: __ap::Option<#inner>) -> Self {
                self.__optional.#j = #set_maybe;
                self
            }
        }
    });
    let inline = b.inline(f.setter_converts());
    quote_spanned! {located(f.span())=>
        #[doc = #doc]
        #inline
        #vis fn #setter(mut self, value: #arg) -> Self {
            self.__optional.#j = #set;
            self
        }
        #maybe
    }
}

/// The "Optional…" line of an optional setter's docs.
fn optional_status(f: &Field<'_>) -> String {
    match (f.role(), f.attrs.default.is_set(), f.default_value()) {
        (_, true, DefaultValue::Expr(expr)) => format!("Optional; defaults to `{expr}`."),
        (_, true, DefaultValue::Trait) => "Optional; defaults to `Default::default()`.".to_owned(),
        (Role::Skipped, ..) => {
            "Optional; not sent on the wire; defaults to `Default::default()`.".to_owned()
        }
        (Role::Additional, ..) => {
            "Optional; every entry is sent as a top-level key; empty by default.".to_owned()
        }
        _ if f.tri_state().is_some() => {
            "Optional; not calling it leaves the key out, `maybe_…(None)` sends `null`.".to_owned()
        }
        _ => "Optional.".to_owned(),
    }
}

/// `maybe_<field>(Option<U>)` of an `Option` field, with `signature_and_body` after its name;
/// nothing for other fields.
fn maybe_setter(
    b: &Builder<'_, '_>,
    f: &Field<'_>,
    doc_tail: &str,
    signature_and_body: impl FnOnce(&syn::Type) -> TokenStream,
) -> TokenStream {
    let Some(maybe) = f.maybe_setter() else {
        return TokenStream::new();
    };
    let doc = if f.tri_state().is_some() {
        format!(
            "Sets `{}` from an `Option`: `None` sends `null`{doc_tail}",
            f.name()
        )
    } else {
        format!("Sets `{}` from an `Option`{doc_tail}", f.name())
    };
    let rest = signature_and_body(f.setter_type());
    let (vis, inline) = (b.cont.vis, b.inline(false));
    quote! {
        #[doc = #doc]
        #inline
        #vis fn #maybe #rest
    }
}

/// `build()`: a struct literal in declaration order. It carries the gates in its own where
/// clause (not the impl's), so rustc reports each unset field with its gate's message instead
/// of "method not found".
fn build_fn(b: &Builder<'_, '_>, stub: bool) -> TokenStream {
    let (ident, vis, ty_g) = (b.cont.ident, b.cont.vis, b.g.ty_params());
    let doc = format!("Builds the [`{ident}`]: every required field has been set.");
    let take = |state: &TokenStream, f: &Field<'_>| {
        let ty = f.ty;
        quote!(<#state as __ap::builder::Take<#ty>>::take)
    };
    let (body, gates) = if stub {
        (quote!(::core::unreachable!()), TokenStream::new())
    } else {
        let inits = b.fields.iter().map(|f| {
            let member = f.ident;
            let slot = syn::Index::from(b.slot(f));
            match f.storage() {
                Storage::State => {
                    let take = take(&b.states[b.slot(f)], f);
                    quote!(#member: #take(self.__required.#slot))
                }
                Storage::Itself => quote!(#member: self.__optional.#slot),
                Storage::OrDefault => {
                    let default = crate::default::function(b.cont, None, f);
                    quote!(#member: __ap::Option::unwrap_or_else(self.__optional.#slot, #default))
                }
            }
        });
        let body = quote!(#ident { #(#inits),* });
        let mut bounds: Vec<TokenStream> = b
            .required
            .iter()
            .zip(&b.states)
            .map(|(f, state)| {
                let (member, ty) = (f.ident, f.ty);
                quote!(#state: required::#member + __ap::builder::Take<#ty>)
            })
            .collect();
        // A generic field left unset takes `Default::default()`: `build()` needs it there only
        // (serde_derive asks it of `Deserialize` alone, which the model may need without it).
        if !b.g.type_params().is_empty() {
            bounds.extend(
                b.fields
                    .iter()
                    .filter(|f| {
                        f.storage() == Storage::OrDefault
                            && matches!(f.default_value(), DefaultValue::Trait)
                    })
                    .map(|f| {
                        let ty = f.ty;
                        quote!(#ty: __ap::Default)
                    }),
            );
        }
        let gates = if bounds.is_empty() {
            TokenStream::new()
        } else {
            quote!(where #(#bounds,)*)
        };
        (body, gates)
    };
    quote! {
        #[doc = #doc]
        #[must_use = "`build()` returns the model and does nothing else"]
        #[inline]
        #vis fn build(self) -> #ident #ty_g #gates {
            #body
        }
    }
}

/// The setter's parameter type and how it becomes the stored value.
fn setter_arg(f: &Field<'_>) -> (TokenStream, TokenStream) {
    let target = f.setter_type();
    if f.setter_converts() {
        (quote!(impl __ap::Into<#target>), quote!(value.into()))
    } else {
        (quote!(#target), quote!(value))
    }
}

/// A field name the builder's own methods take (`build`, or `maybe_x` beside an `Option` field
/// `x`). `check.rs` refuses these with apimodel's defaults; with serde's, the model gets no
/// builder instead (serde_derive takes any field names).
pub fn setters_clash(fields: &[Field<'_>]) -> bool {
    fields.iter().any(|f| {
        let name = f.name();
        name == "build"
            || name.strip_prefix("maybe_").is_some_and(|base| {
                fields
                    .iter()
                    .any(|g| g.option_inner.is_some() && g.name() == base)
            })
    })
}
