//! Tuple structs of other than one field, and unit structs: serde's `serialize_tuple_struct`
//! and `serialize_unit_struct`, read back as serde_derive reads them. They have no builder (no
//! field names for setters) and no keys; their fields take `skip`, `skip_serializing(_if)`,
//! `skip_deserializing`, `default`, `with`, `serialize_with`, `deserialize_with` and `bound`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned as _;

use crate::ast::{Container, Newtype, element_de_with, element_ser_with};
use crate::attr::FieldAttrs;
use crate::generics::Generics;
use crate::respan::respan;

/// `impl Serialize` and `impl Deserialize` of a tuple struct.
pub fn expand(cont: &Container<'_>, fields: &[Newtype<'_>]) -> TokenStream {
    let (ser, de) = cont.one_way(
        || crate::convert::serialize(cont).unwrap_or_else(|| serialize(cont, fields)),
        || crate::convert::deserialize(cont).unwrap_or_else(|| deserialize(cont, fields)),
    );
    quote!(#ser #de)
}

/// `impl Serialize` and `impl Deserialize` of a unit struct.
pub fn unit(cont: &Container<'_>) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let (ser_name, de_name) = (cont.name_ser(), cont.name_de());
    let g = Generics::new(cont.generics);
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&[]));
    let de_g = g.impl_params_with(&[quote!('de)], &[]);
    let read = match cont.attrs.expecting.get() {
        Some(text) => {
            quote!(__ap::de::unit_struct_expecting(__deserializer, #de_name, #text, #ident))
        }
        None => quote!(__ap::de::unit_struct(__deserializer, #de_name, #ident)),
    };
    let ser = crate::convert::serialize(cont).unwrap_or_else(|| {
        quote! {
            #[automatically_derived]
            impl #impl_g #serde::Serialize for #ident #ty_g #wh {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                    #serde::Serializer::serialize_unit_struct(__serializer, #ser_name)
                }
            }
        }
    });
    let de = crate::convert::deserialize(cont).unwrap_or_else(|| {
        quote! {
            #[automatically_derived]
            impl #de_g #serde::Deserialize<'de> for #ident #ty_g #wh {
                fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                    #read
                }
            }
        }
    });
    let (ser, de) = cont.one_way(|| ser, || de);
    quote!(#ser #de)
}

/// A written element of a tuple struct or tuple variant: its share of the length given to the
/// serializer (`+ 1`, or none when its `skip_serializing_if` holds) and its `write`, guarded by
/// the same predicate, as serde_derive counts and writes it.
pub fn counted(
    a: &FieldAttrs,
    access: &TokenStream,
    write: TokenStream,
) -> (TokenStream, TokenStream) {
    match a.skip_serializing_if.get() {
        Some(pred) => (
            quote!(+ if #pred(#access) { 0 } else { 1 }),
            quote!(if !#pred(#access) { #write }),
        ),
        None => (quote!(+ 1), write),
    }
}

/// A field is written: not `skip`, not `skip_serializing`.
pub fn written(a: &FieldAttrs) -> bool {
    !a.skip.is_set() && !a.skip_serializing.is_set()
}

/// A field is read: not `skip`, not `skip_deserializing`.
pub fn read(a: &FieldAttrs) -> bool {
    !a.skip.is_set() && !a.skip_deserializing.is_set()
}

fn with_span(a: &FieldAttrs, ser: bool, ty: &syn::Type) -> Span {
    crate::ast::with_path(a, ser).map_or_else(|| ty.span(), syn::spanned::Spanned::span)
}

fn serialize(cont: &Container<'_>, fields: &[Newtype<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let name = cont.name_ser();
    let g = Generics::new(cont.generics);
    let bounds = crate::bound::given(cont.attrs.bound.get(), true).unwrap_or_else(|| {
        let mut bounds = Vec::new();
        for f in fields.iter().filter(|f| written(&f.attrs)) {
            match crate::bound::given(f.attrs.bound.get(), true) {
                Some(given) => bounds.extend(given),
                None if element_ser_with(&f.attrs).is_none() => {
                    bounds.extend(crate::bound::newtype(g, f.ty, &serde, &dummy_de()).0);
                }
                None => {}
            }
        }
        bounds
    });
    let (impl_g, ty_g, wh) = (g.impl_params(), g.ty_params(), g.where_clause(&bounds));
    let mut items = Vec::new();
    let mut count = Vec::new();
    let mut steps = Vec::new();
    for (i, f) in fields.iter().enumerate().filter(|(_, f)| written(&f.attrs)) {
        let member = syn::Index::from(i);
        let access = quote!(&self.#member);
        let value = match element_ser_with(&f.attrs) {
            Some(func) => {
                let wrapper = format_ident!("__SerializeWith{}", i);
                let span = with_span(&f.attrs, true, f.ty);
                items.push(crate::ser::with_wrapper_item(
                    cont,
                    &wrapper,
                    &[f.ty],
                    &func,
                    span,
                    &wh,
                ));
                let turbofish = g.ty_params_with(&[quote!('_)], &[]);
                quote!(&#wrapper::#turbofish(#access, __ap::PhantomData))
            }
            None => access.clone(),
        };
        let write = respan(
            quote!(#serde::ser::SerializeTupleStruct::serialize_field(&mut __state, #value)?;),
            f.ty.span(),
        );
        let (n, step) = counted(&f.attrs, &access, write);
        count.push(n);
        steps.push(step);
    }
    quote! {
        #(#items)*
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                let mut __state = #serde::Serializer::serialize_tuple_struct(__serializer, #name, 0 #(#count)*)?;
                #(#steps)*
                #serde::ser::SerializeTupleStruct::end(__state)
            }
        }
    }
}

fn dummy_de() -> syn::Lifetime {
    syn::Lifetime::new("'de", Span::call_site())
}

/// The where predicates of `Deserialize`: the container's `bound`, or serde_derive's inference
/// (`T: Deserialize<'de>` for read fields, `T: Default` for skipped ones, a field's `bound`).
fn de_bounds(cont: &Container<'_>, fields: &[Newtype<'_>], de: &syn::Lifetime) -> Vec<TokenStream> {
    let serde = quote!(__ap::serde);
    let g = Generics::new(cont.generics);
    crate::bound::given(cont.attrs.bound.get(), false).unwrap_or_else(|| {
        let mut bounds = Vec::new();
        for f in fields {
            if !read(&f.attrs) {
                let ty = f.ty;
                if f.attrs.default.get().is_none() {
                    bounds.push(quote!(#ty: __ap::Default));
                }
                continue;
            }
            if matches!(f.attrs.default.get(), Some(crate::attr::Default::Trait)) {
                let ty = f.ty;
                bounds.push(quote!(#ty: __ap::Default));
            }
            match crate::bound::given(f.attrs.bound.get(), false) {
                Some(given) => bounds.extend(given),
                None if element_de_with(&f.attrs).is_none() => {
                    bounds.extend(crate::bound::newtype(g, f.ty, &serde, de).1);
                }
                None => {}
            }
        }
        bounds
    })
}

fn deserialize(cont: &Container<'_>, fields: &[Newtype<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let name = cont.name_de();
    let g = Generics::new(cont.generics);
    let de = dummy_de();
    let bounds = de_bounds(cont, fields, &de);
    let impl_g = g.impl_params_with(&[quote!(#de)], &[]);
    let (ty_g, wh) = (g.ty_params(), g.where_clause(&bounds));
    let (decl, plain_wh) = (g.impl_params(), g.where_clause(&[]));
    let len = fields.iter().filter(|f| read(&f.attrs)).count();
    let (expecting, with_len) = match cont.attrs.expecting.get() {
        Some(text) => (text.value(), text.value()),
        None => {
            // serde's messages say the Rust name; `deserialize_tuple_struct` gets `rename`'s.
            let rust = syn::ext::IdentExt::unraw(ident).to_string();
            let plural = if len == 1 { "" } else { "s" };
            (
                format!("tuple struct {rust}"),
                format!("tuple struct {rust} with {len} element{plural}"),
            )
        }
    };
    let (items, values) = elements(cont, fields, &impl_g, &wh, &with_len);
    let phantom = quote!(__ap::PhantomData<#ident #ty_g>);
    quote! {
        #(#items)*
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<#de> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<#de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                #[doc(hidden)]
                struct __Visitor #decl (#phantom) #plain_wh;
                impl #impl_g #serde::de::Visitor<#de> for __Visitor #ty_g #wh {
                    type Value = #ident #ty_g;
                    fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        ::core::fmt::Formatter::write_str(__f, #expecting)
                    }
                    fn visit_seq<__A: #serde::de::SeqAccess<#de>>(self, mut __seq: __A) -> __ap::Result<Self::Value, __A::Error> {
                        __ap::Ok(#ident(#(#values),*))
                    }
                }
                #serde::Deserializer::deserialize_tuple_struct(__deserializer, #name, #len, __Visitor(__ap::PhantomData))
            }
        }
    }
}

/// Each field's value in `visit_seq` (the next element, or its default when it is not read or
/// the sequence ended), and the `deserialize_with` wrappers they are read through.
fn elements(
    cont: &Container<'_>,
    fields: &[Newtype<'_>],
    impl_g: &TokenStream,
    wh: &TokenStream,
    with_len: &str,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let serde = quote!(__ap::serde);
    let ty_g = Generics::new(cont.generics).ty_params();
    let mut items = Vec::new();
    let mut n = 0usize;
    let values = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let ty = f.ty;
            if !read(&f.attrs) {
                return default_of(f);
            }
            let index = n;
            n += 1;
            let (read_ty, unwrap) = match element_de_with(&f.attrs) {
                Some(func) => {
                    let wrapper = format_ident!("__DeserializeWith{}", i);
                    let span = with_span(&f.attrs, false, ty);
                    items.push(crate::de::with_wrapper_item(
                        cont, &wrapper, ty, &func, span, impl_g, wh,
                    ));
                    (quote!(#wrapper #ty_g), quote!(.0))
                }
                None => (quote!(#ty), TokenStream::new()),
            };
            let missing = match f.attrs.default.get() {
                Some(_) => default_of(f),
                None => {
                    quote!(return __ap::Err(#serde::de::Error::invalid_length(#index, &#with_len)))
                }
            };
            respan(
                quote! {
                    match #serde::de::SeqAccess::next_element::<#read_ty>(&mut __seq)? {
                        __ap::Some(__v) => __v #unwrap,
                        __ap::None => #missing,
                    }
                },
                ty.span(),
            )
        })
        .collect();
    (items, values)
}

/// A field's value when it is not read: its `default`, else `Default::default()`.
fn default_of(f: &Newtype<'_>) -> TokenStream {
    match f.attrs.default.get() {
        Some(crate::attr::Default::Expr(expr)) => quote!(#expr),
        _ => respan(quote!(__ap::Default::default()), f.ty.span()),
    }
}
