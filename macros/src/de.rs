//! `impl Deserialize`: the model's key table and typed slots; the visitor lives in the runtime
//! (`apimodel::__private::de`).
//!
//! Items: [`with_wrapper`] (a field's `with = "module"` adapter), the `Deserialize` impl, and the
//! `DeStruct` impl the runtime drives: [`key_table`], [`field_index`], [`visit_map`] (one body for
//! maps and sequences: [`fields_body`], which data enums' struct variants share, or
//! [`visit_map_flat`] for a model that flattens).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Lifetime;
use syn::ext::IdentExt as _;
use syn::spanned::Spanned as _;

use crate::ast::{Container, Field, option_inner};
use crate::generics::Generics;
use crate::prop::{Absent, DefaultValue, Role};
use crate::respan::{located, respan};

/// Above this many keys, a `match` finds a key faster than the runtime's scan.
const MATCH_ABOVE: usize = 12;

/// The runtime reads models of up to this many keys through a tuple of slots; wider ones get
/// their own `visit` body.
const MAX_SLOTS: usize = crate::ser::WIDEST_TUPLE;

pub fn expand(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let de = Lifetime::new("'de", Span::call_site());
    let mut bounds = crate::bound::given(cont.attrs.bound.get(), false)
        .unwrap_or_else(|| crate::bound::deserialize(g, fields, &serde, &de));
    if matches!(cont.attrs.default.get(), Some(crate::attr::Default::Trait))
        && cont.attrs.bound.get().is_none()
    {
        let ty_g = g.ty_params();
        bounds.push(quote!(#ident #ty_g: __ap::Default));
    }
    let impl_g = g.impl_params_with(&[quote!(#de)], &[]);
    let (ty_g, wh) = (g.ty_params(), g.where_clause(&bounds));

    let keyed = keyed(fields, |index, _| {
        format_ident!("__DeserializeWith{}", index)
    });
    let with_items = keyed
        .iter()
        .filter_map(|k| with_wrapper(cont, &impl_g, &wh, k));
    let key_table = key_table(cont, fields, &keyed);
    let visit_map = if flattens(fields) {
        visit_map_flat(cont, fields, &keyed)
    } else {
        visit_map(cont, fields, &keyed)
    };
    quote! {
        #(#with_items)*
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<#de> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<#de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                __ap::de::deserialize::<Self, __D>(__deserializer)
            }
        }
        #[automatically_derived]
        impl #impl_g __ap::de::DeStruct<#de> for #ident #ty_g #wh {
            #key_table
            #visit_map
        }
    }
}

/// The keyed fields of a struct or struct variant, with the name of each `with` wrapper
/// (`wrapper(keyed index, position among all fields)`).
pub fn keyed<'c, 'a>(
    fields: &'c [Field<'a>],
    wrapper: impl Fn(usize, usize) -> Ident,
) -> Vec<Keyed<'c, 'a>> {
    fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.reads_key())
        .enumerate()
        .map(|(index, (position, field))| Keyed {
            index,
            field,
            slot: format_ident!("__f{}", index),
            wrapper: field.de_with().map(|func| (wrapper(index, position), func)),
        })
        .collect()
}

/// A field read under its own key: its position in the key table, its local slot in
/// `visit`, and the `with` wrapper it is read through.
pub struct Keyed<'c, 'a> {
    index: usize,
    field: &'c Field<'a>,
    slot: Ident,
    /// The wrapper's name and the function it calls (`deserialize_with`, `module::deserialize`).
    wrapper: Option<(Ident, TokenStream)>,
}

impl Keyed<'_, '_> {
    /// The type read from the input: the wrapper (with the model's arguments) or the field's.
    /// Written out, not left to inference: cheaper for the compiler.
    fn read_type(&self, cont: &Container<'_>) -> TokenStream {
        match &self.wrapper {
            Some((wrapper, _)) => {
                let ty_g = Generics::new(cont.generics).ty_params();
                quote!(#wrapper #ty_g)
            }
            None => {
                let ty = self.field.ty;
                quote!(#ty)
            }
        }
    }

    /// The slot's type in `visit_map`: `Option<T>` of what is read (a tri-state field is its
    /// own slot).
    fn slot_type(&self, cont: &Container<'_>) -> TokenStream {
        match &self.wrapper {
            None if self.field.tri_state_on_wire() => {
                let ty = self.field.ty;
                quote!(#ty)
            }
            _ => {
                let ty = self.read_type(cont);
                quote!(__ap::Option<#ty>)
            }
        }
    }
}

/// What a body of keyed fields builds: the model itself, or a data enum's struct variant.
pub struct Target {
    /// The `DeStruct` type whose keys and messages the runtime reads: `Self`, or
    /// `__ap::union::Variant<Self, N>`.
    pub keys: TokenStream,
    /// The path of the struct literal: the model's name, or `Self::Variant`.
    pub path: TokenStream,
    /// The struct variant's index, which its fields' default functions carry.
    pub variant: Option<usize>,
}

impl Target {
    fn model(cont: &Container<'_>) -> Self {
        let ident = cont.ident;
        Target {
            keys: quote!(Self),
            path: quote!(#ident),
            variant: None,
        }
    }
}

/// `with = "module"`: a wrapper whose `Deserialize` calls `module::deserialize`.
fn with_wrapper(
    cont: &Container<'_>,
    impl_g: &TokenStream,
    wh: &TokenStream,
    k: &Keyed<'_, '_>,
) -> Option<TokenStream> {
    let (wrapper, func) = k.wrapper.as_ref()?;
    let span = k
        .field
        .with_span(false)
        .unwrap_or_else(|| k.field.ty.span());
    Some(with_wrapper_item(
        cont, wrapper, k.field.ty, func, span, impl_g, wh,
    ))
}

/// The `with` wrapper item itself: `struct #wrapper<..>(T, PhantomData<..>)` whose
/// `Deserialize<'de>` (under `impl_g` and `wh`) calls `func` (`module::deserialize` or a
/// `deserialize_with` function), spanned at `span`. Shared with the struct variants of data
/// enums.
pub fn with_wrapper_item(
    cont: &Container<'_>,
    wrapper: &Ident,
    ty: &impl quote::ToTokens,
    func: &TokenStream,
    span: Span,
    impl_g: &TokenStream,
    wh: &TokenStream,
) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let (decl, ty_g, plain_wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    quote_spanned! {located(span)=>
        #[doc(hidden)]
        struct #wrapper #decl (#ty, __ap::PhantomData<#ident #ty_g>) #plain_wh;
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<'de> for #wrapper #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                __ap::Result::map(#func(__deserializer), |__v| #wrapper(__v, __ap::PhantomData))
            }
        }
    }
}

/// The constants the runtime reads: the model's name, its keys, whether unknown keys are
/// errors, whether it is read as a map only (`additional_properties`, `flatten`); and
/// [`field_index`].
fn key_table(cont: &Container<'_>, fields: &[Field<'_>], keyed: &[Keyed<'_, '_>]) -> TokenStream {
    let name = cont.name_de();
    let keys = keyed.iter().map(|k| &k.field.wire_de);
    let aliases = aliases(keyed);
    let expecting = expecting(cont);
    let deny = cont.attrs.deny_unknown_fields.is_set().then(|| {
        quote!(
            const DENY_UNKNOWN: bool = true;
        )
    });
    let flatten = (has_additional(fields) || flattens(fields)).then(|| {
        quote!(
            const FLATTEN: bool = true;
        )
    });
    let field_index = field_index(keyed);
    let type_name = cont.ident.unraw().to_string();
    let type_name =
        (type_name != name).then(|| quote!(const TYPE_NAME: &'static str = #type_name;));
    quote! {
        const NAME: &'static str = #name;
        #type_name
        const FIELDS: &'static [&'static str] = &[#(#keys),*];
        #aliases
        #deny
        #flatten
        #field_index
        #expecting
    }
}

/// serde's `alias`: `ALIASES` (each alias with its field's index) and `EXPECTED` (every key in
/// serde_derive's order: each field's names sorted, as its `BTreeSet` holds them); nothing when
/// no field has one. Shared with the struct variants of data enums.
pub fn aliases(keyed: &[Keyed<'_, '_>]) -> Option<TokenStream> {
    if keyed.iter().all(|k| k.field.aliases.is_empty()) {
        return None;
    }
    let pairs = keyed.iter().flat_map(|k| {
        let i = k.index;
        k.field.aliases.iter().map(move |a| quote!((#a, #i)))
    });
    let expected = keyed
        .iter()
        .flat_map(|k| crate::ast::read_names(&k.field.wire_de, &k.field.aliases));
    Some(quote! {
        const ALIASES: &'static [(&'static str, usize)] = &[#(#pairs),*];
        const EXPECTED: &'static [&'static str] = &[#(#expected),*];
    })
}

/// serde's `expecting = "..."`: what the messages say is expected instead of `struct Name`
/// (a data enum's `enum Name`). Shared with data enums' tables.
pub fn expecting(cont: &Container<'_>) -> Option<TokenStream> {
    let text = cont.attrs.expecting.get()?;
    Some(quote!(const EXPECTING: __ap::Option<&'static str> = __ap::Some(#text);))
}

/// Wide models look their keys up with a `match`.
fn field_index(keyed: &[Keyed<'_, '_>]) -> Option<TokenStream> {
    if keyed.len() <= MATCH_ABOVE {
        return None;
    }
    let arms = keyed.iter().map(|k| {
        let (key, i, aliases) = (&k.field.wire_de, k.index, &k.field.aliases);
        quote!(#key #(| #aliases)* => __ap::Some(#i),)
    });
    Some(quote! {
        // No `#[inline]`: inlined into serde_json's `next_key_seed` it cost 1.4 % more
        // instructions per parse than serde_derive; as its own function, 0.2 %
        // (`bench/instructions.py`).
        fn field_index(__key: &str) -> __ap::Option<usize> {
            match __key {
                #(#arms)*
                _ => __ap::None,
            }
        }
    })
}

/// `visit` (maps and sequences; `visit_map` for a map-only model, one with
/// `additional_properties`).
fn visit_map(cont: &Container<'_>, fields: &[Field<'_>], keyed: &[Keyed<'_, '_>]) -> TokenStream {
    let additional = fields.iter().find(|f| f.role() == Role::Additional);
    let target = Target::model(cont);
    // One body reads a map and a sequence (`__ap::de::Fields`); a model with
    // `additional_properties` is a map only.
    let (signature, body) = match additional {
        None => (
            quote!(visit<__A: __ap::de::Fields<'de>>),
            fields_body(cont, fields, keyed, &target),
        ),
        Some(ap) => (
            quote!(visit_map<__A: __ap::serde::de::MapAccess<'de>>),
            loop_body(cont, fields, keyed, &target, Some(ap)),
        ),
    };
    quote! {
        fn #signature(mut __map: __A) -> __ap::Result<Self, __A::Error> {
            #body
        }
    }
}

/// The statements that read `target`'s keyed fields from `__map` (any `__ap::de::Fields`: a
/// map, or a sequence through `SeqFields`) and return it. Shared with the struct variants of
/// data enums.
pub fn fields_body(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    keyed: &[Keyed<'_, '_>],
    target: &Target,
) -> TokenStream {
    if keyed.len() <= MAX_SLOTS {
        slots_body(cont, fields, keyed, target)
    } else {
        loop_body(cont, fields, keyed, target, None)
    }
}

/// Wider than the runtime's tuples of slots: one typed slot per keyed field, one match arm per
/// key, then the struct literal (with `additional`, unknown keys go into its map).
fn loop_body(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    keyed: &[Keyed<'_, '_>],
    target: &Target,
    additional: Option<&Field<'_>>,
) -> TokenStream {
    let (keys, path) = (&target.keys, &target.path);
    // Slots are typed: left to inference, every `V: Deserialize` obligation of the loop waits
    // for the struct literal at the end, which costs the compiler more than the tokens.
    let slot_decls = keyed.iter().map(|k| {
        let slot = &k.slot;
        let ty = k.slot_type(cont);
        quote!(let mut #slot: #ty = __ap::None;)
    });
    let arms = keyed.iter().map(|k| {
        let (i, slot, key) = (k.index, &k.slot, &k.field.wire_de);
        let pat = if additional.is_some() {
            quote!(__ap::de::Key::Field(#i))
        } else {
            quote!(#i)
        };
        let read = if k.field.tri_state_on_wire() {
            quote!(tri_state)
        } else {
            quote!(value)
        };
        respan(
            quote!(#pat => __ap::de::#read(&mut __map, &mut #slot, #key),),
            k.field.ty.span(),
        )
    });
    let (next_key, unknown_arm, additional_decl) = match additional {
        Some(ap) => {
            let ty = ap.ty;
            (
                quote!(__ap::de::next_key_or_other::<#keys, __A>(&mut __map)?),
                quote! {
                    __ap::de::Key::Other(__key) => __ap::de::other(&mut __map, &mut __additional, __key),
                    __ap::de::Key::Field(_) => __ap::de::ignore(&mut __map),
                },
                quote_spanned!(located(ty.span())=> let mut __additional: #ty = __ap::Default::default();),
            )
        }
        None => (
            quote!(__ap::de::next_key::<#keys, __A>(&mut __map)?),
            quote!(_ => __ap::de::ignore(&mut __map),),
            TokenStream::new(),
        ),
    };
    let inits = fields.iter().map(|f| {
        let member = f.ident;
        let value = match keyed.iter().find(|k| core::ptr::eq(k.field, f)) {
            Some(k) => map_value(cont, k, target),
            None if f.role() == Role::Additional => quote!(__additional),
            None => unread_value(cont, target.variant, f),
        };
        quote!(#member: #value)
    });
    let default = container_default(cont, target);
    quote! {
        #default
        #(#slot_decls)*
        #additional_decl
        // One `?` for the whole match: each arm's is a branch more for the compiler.
        while let __ap::Some(__key) = #next_key {
            match __key {
                #(#arms)*
                #unknown_arm
            }?;
        }
        __ap::Ok(#path { #(#inits),* })
    }
}

/// Through the runtime's `DeStruct::read`: the keyed fields' slots are a tuple, the loop and
/// each field's read and finish are compiled once in `apimodel`. What is left here is the
/// struct literal.
fn slots_body(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    keyed: &[Keyed<'_, '_>],
    target: &Target,
) -> TokenStream {
    let (keys, path) = (&target.keys, &target.path);
    let (slots, types): (Vec<&Ident>, Vec<TokenStream>) =
        keyed.iter().map(|k| (&k.slot, slot(cont, k))).unzip();
    let inits = fields.iter().map(|f| {
        let member = f.ident;
        let value = match keyed.iter().find(|k| core::ptr::eq(k.field, f)) {
            Some(k) if finished_in_runtime(k) && k.wrapper.is_some() => {
                let slot = &k.slot;
                quote!(#slot.0)
            }
            Some(k) if finished_in_runtime(k) => {
                let slot = &k.slot;
                quote!(#slot)
            }
            Some(k) => map_value(cont, k, target),
            None => unread_value(cont, target.variant, f),
        };
        quote!(#member: #value)
    });
    let default = container_default(cont, target);
    // A `match`, not `?`: the operator is the `Try` machinery, resolved and checked in every
    // model (30 structs: 0.981x the instructions of `cargo check` this way, `bench/ir.sh`).
    quote! {
        #default
        match <#keys as __ap::de::DeStruct<'de>>::read(&mut __map, (#(#types,)*)) {
            __ap::Ok((#(#slots,)*)) => __ap::Ok(#path { #(#inits),* }),
            __ap::Err(__e) => __ap::Err(__e),
        }
    }
}

/// The runtime finishes a field (`Req`, `Dflt`), so that the first absent one is the error as
/// in declaration order, unless it cannot fail and the runtime cannot finish it: a default
/// expression, a default through a `with` wrapper, a tri-state field. Those are `Raw` slots,
/// finished by [`map_value`]. (A required field's `with` wrapper is a `Req` slot unwrapped in
/// the struct literal.)
fn finished_in_runtime(k: &Keyed<'_, '_>) -> bool {
    let f = k.field;
    match f.absent() {
        Absent::Missing | Absent::MissingUnlessOption => true,
        Absent::Default => {
            k.wrapper.is_none()
                && !f.tri_state_on_wire()
                && !f.takes_container_default()
                && matches!(f.default_value(), DefaultValue::Trait)
        }
    }
}

/// A keyed field's empty slot in the tuple `DeStruct::read` is given.
fn slot(cont: &Container<'_>, k: &Keyed<'_, '_>) -> TokenStream {
    let f = k.field;
    let ty = k.read_type(cont);
    let tokens = if finished_in_runtime(k) {
        match f.absent() {
            Absent::Missing => quote!(__ap::de::Req::<#ty, true>(__ap::None)),
            Absent::MissingUnlessOption => quote!(__ap::de::Req::<#ty>(__ap::None)),
            Absent::Default => quote!(__ap::de::Dflt::<#ty>(__ap::None)),
        }
    } else {
        match f.tri_state() {
            Some(inner) if k.wrapper.is_none() => {
                quote!(__ap::de::Raw::<__ap::Option<#inner>>(__ap::None))
            }
            _ => quote!(__ap::de::Raw::<#ty>(__ap::None)),
        }
    };
    respan(tokens, f.ty.span())
}

/// `visit_map` of a model with flattened fields, as serde_derive's: every key it does not own is
/// buffered; once the map is read, its own fields (a missing one is reported first), then each
/// field that reads the leftovers in declaration order (flattened fields, and
/// `additional_properties`), then `deny_unknown_fields` on what none of them took.
fn visit_map_flat(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    keyed: &[Keyed<'_, '_>],
) -> TokenStream {
    let body = flat_body(cont, fields, keyed, &Target::model(cont));
    quote! {
        fn visit_map<__A: __ap::serde::de::MapAccess<'de>>(mut __map: __A) -> __ap::Result<Self, __A::Error> {
            #body
        }
    }
}

/// The statements of [`visit_map_flat`] for `target`, reading from `__map` (a `MapAccess`):
/// shared with the struct variants of data enums that flatten.
pub fn flat_body(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    keyed: &[Keyed<'_, '_>],
    target: &Target,
) -> TokenStream {
    let (keys, path) = (&target.keys, &target.path);
    let slot_decls = keyed.iter().map(|k| {
        let (slot, ty) = (&k.slot, k.slot_type(cont));
        quote!(let mut #slot: #ty = __ap::None;)
    });
    let arms = keyed.iter().map(|k| {
        let (i, slot, key) = (k.index, &k.slot, &k.field.wire_de);
        let read = if k.field.tri_state_on_wire() {
            quote!(tri_state)
        } else {
            quote!(value)
        };
        respan(
            quote!(__ap::de::FlatKey::Field(#i) => __ap::de::#read(&mut __map, &mut #slot, #key),),
            k.field.ty.span(),
        )
    });
    let own = keyed.iter().map(|k| {
        let (slot, value) = (&k.slot, map_value(cont, k, target));
        quote!(let #slot = #value;)
    });
    let flat: Vec<(&Field<'_>, Ident)> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.reads_leftovers(true))
        .map(|(i, f)| (f, format_ident!("__flat{}", i)))
        .collect();
    let reads = flat.iter().map(|(f, local)| flat_read(f, local));
    let deny = cont
        .attrs
        .deny_unknown_fields
        .is_set()
        .then(|| quote!(__ap::de::deny_leftovers::<__A::Error>(__rest)?;));
    let inits = fields.iter().map(|f| {
        let member = f.ident;
        if let Some(k) = keyed.iter().find(|k| core::ptr::eq(k.field, f)) {
            let slot = &k.slot;
            quote!(#member: #slot)
        } else if let Some((_, local)) = flat.iter().find(|(g, _)| core::ptr::eq(*g, f)) {
            quote!(#member: #local)
        } else {
            let default = unread_value(cont, target.variant, f);
            quote!(#member: #default)
        }
    });
    let default = container_default(cont, target);
    quote! {
        #default
        #(#slot_decls)*
        let mut __rest = __ap::Default::default();
        while let __ap::Some(__key) = __ap::de::next_key_flat::<#keys, __A>(&mut __map)? {
            match __key {
                #(#arms)*
                __ap::de::FlatKey::Other(__key) => __ap::de::collect(&mut __map, &mut __rest, __key),
                __ap::de::FlatKey::Field(_) => __ap::de::ignore(&mut __map),
            }?;
        }
        #(#own)*
        #(#reads)*
        #deny
        __ap::Ok(#path { #(#inits),* })
    }
}

/// `let local = ..;` reading a flattened field from the leftovers `__rest`: through its
/// `deserialize_with`, as an `Option` that is `None` when its type cannot be read, or as itself.
fn flat_read(f: &Field<'_>, local: &Ident) -> TokenStream {
    let with = crate::ast::element_de_with(&f.attrs);
    let read = match (f.flattens_option(), f.option_inner.and_then(option_inner)) {
        // serde's `deserialize_with` on a flattened field: the function reads the leftovers.
        _ if with.is_some() => {
            quote!(__ap::content::flat_with::<_, __A::Error>(&mut __rest, |__d| #with(__d))?)
        }
        // serde's flattened `Option<Option<T>>`: the inner `Option` is `None` when `T`
        // cannot be read, the outer one always `Some`.
        (true, Some(_)) => quote!(__ap::Some(__ap::content::flat_option::<_, __A::Error>(
            &mut __rest
        )?)),
        (true, None) => quote!(__ap::content::flat_option::<_, __A::Error>(&mut __rest)?),
        (false, _) => quote!(__ap::content::flat::<_, __A::Error>(&mut __rest)?),
    };
    respan(quote!(let #local = #read;), f.ty.span())
}

/// A keyed field's value once the map is read: its slot, or what an absent key means.
fn map_value(cont: &Container<'_>, k: &Keyed<'_, '_>, target: &Target) -> TokenStream {
    let keys = &target.keys;
    let (f, slot, key, index) = (k.field, &k.slot, &k.field.wire_de, k.index);
    let slot = if k.wrapper.is_some() {
        quote!(__ap::Option::map(#slot, |__w| __w.0))
    } else {
        quote!(#slot)
    };
    if f.tri_state_on_wire() {
        return slot; // the slot is the field: `None` when the key never came
    }
    let value = match (f.absent(), f.default_value()) {
        (Absent::Default, _) if f.takes_container_default() => {
            let member = f.ident;
            quote!(__ap::Option::unwrap_or(#slot, __default.#member))
        }
        (Absent::Missing, _) => {
            quote!(__ap::de::or_absent::<#keys, _, _>(&__map, #slot, #key, #index, true)?)
        }
        (Absent::MissingUnlessOption, _) => {
            quote!(__ap::de::or_absent::<#keys, _, _>(&__map, #slot, #key, #index, false)?)
        }
        (Absent::Default, DefaultValue::Expr(_)) => {
            let default = crate::default::function(cont, target.variant, f);
            quote!(__ap::Option::unwrap_or_else(#slot, #default))
        }
        (Absent::Default, DefaultValue::Trait) => quote!(__ap::de::or_default(#slot)),
    };
    respan(value, f.ty.span())
}

/// The value of a field that is not read (`skip`, `skip_deserializing`).
fn unread_value(cont: &Container<'_>, variant: Option<usize>, f: &Field<'_>) -> TokenStream {
    if f.takes_container_default() {
        let member = f.ident;
        quote!(__default.#member)
    } else {
        crate::default::value(cont, variant, f)
    }
}

/// serde's container `default`: the value missing fields are taken from, made before the input
/// is read, as serde_derive's.
fn container_default(cont: &Container<'_>, target: &Target) -> Option<TokenStream> {
    if target.variant.is_some() {
        return None;
    }
    match cont.attrs.default.get()? {
        crate::attr::Default::Trait => {
            Some(quote!(let __default: Self = __ap::Default::default();))
        }
        crate::attr::Default::Expr(call) => Some(quote!(let __default: Self = #call;)),
    }
}

fn has_additional(fields: &[Field<'_>]) -> bool {
    fields.iter().any(|f| f.role() == Role::Additional)
}

/// Read as serde reads a struct that flattens (a map only, leftovers handed on): a flattened
/// field that is read (serde's rule: not `skip_deserializing`).
pub fn flattens(fields: &[Field<'_>]) -> bool {
    fields
        .iter()
        .any(|f| f.role() == Role::Flattened && f.reads_leftovers(true))
}
