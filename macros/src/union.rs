//! Data enums: `Serialize` (one `match`, one runtime call or a few field steps per variant),
//! `Deserialize` (forwards to the runtime's visitor of the enum's tagging) and the `DeUnion`
//! table the runtime drives (`apimodel::__private::union`).
//!
//! Items: [`serialize`] (+ [`ser_arm`], [`body_arm`], [`struct_fields`]), [`ser_body`] (the
//! untagged form of tuple and struct variants, for adjacently tagged content), [`deserialize`],
//! [`de_table`] (+ [`unit_fn`], [`newtype_fn`], [`fields_fn`], [`seq_fn`]).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;

use crate::ast::{
    Container, Field, Shape, Tagging, Variant, element_de_with, element_ser_with, with_path,
};
use crate::generics::Generics;
use crate::prop::Role;
use crate::respan::respan;

pub fn expand(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let wrappers = with_wrappers(cont, variants);
    // serde's `into` / `from`: the conversion's impl instead of the enum's own;
    // `serialize_only` / `deserialize_only`: one direction.
    let (ser, de) = cont.one_way(
        || match crate::convert::serialize(cont) {
            Some(into) => into,
            None => {
                let flat_wrappers = flat_wrappers(cont, variants);
                let ser = serialize(cont, variants);
                let body = ser_body(cont, variants);
                quote!(#flat_wrappers #ser #body)
            }
        },
        || match crate::convert::deserialize(cont) {
            Some(from) => from,
            None => {
                let de = deserialize(cont, variants);
                let table = de_table(cont, variants);
                quote!(#de #table)
            }
        },
    );
    let defaults = crate::default::variant_functions(cont, variants);
    quote!(#wrappers #defaults #ser #de)
}

/// The names of a `with` field's wrappers: `__SerializeWith{i}V{Variant}`, `__DeserializeWith..`.
fn wrapper_names(v: &Variant<'_>, i: usize) -> (Ident, Ident) {
    let var = v.ident.unraw();
    (
        format_ident!("__SerializeWith{}V{}", i, var),
        format_ident!("__DeserializeWith{}V{}", i, var),
    )
}

/// The names of a whole-variant `with`'s wrappers: `__SerializeWholeV{Variant}`,
/// `__DeserializeWholeV{Variant}` (apart from the fields' own, which [`wrapper_names`] numbers).
fn whole_wrapper_names(v: &Variant<'_>) -> (Ident, Ident) {
    let var = v.ident.unraw();
    (
        format_ident!("__SerializeWholeV{}", var),
        format_ident!("__DeserializeWholeV{}", var),
    )
}

/// `with = "module"` on a struct variant's field: a wrapper around `&field` whose `Serialize`
/// calls `module::serialize`, and one around the value whose `Deserialize` calls
/// `module::deserialize`.
fn with_wrappers(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let (_, _, ser_wh) = ser_generics(cont, variants);
    let (de_impl_g, _, de_wh) = de_generics(cont, variants);
    let mut out = TokenStream::new();
    for v in variants {
        out.extend(whole_with_wrappers(cont, v, &ser_wh, (&de_impl_g, &de_wh)));
        for part in with_parts(v) {
            let (ser, de) = wrapper_names(v, part.position);
            if let Some((func, span)) = part.ser.filter(|_| cont.writes()) {
                out.extend(crate::ser::with_wrapper_item(
                    cont,
                    &ser,
                    &[part.ty],
                    &func,
                    span,
                    &ser_wh,
                ));
            }
            if let Some((func, span)) = part.de.filter(|_| cont.reads()) {
                out.extend(crate::de::with_wrapper_item(
                    cont, &de, part.ty, &func, span, &de_impl_g, &de_wh,
                ));
            }
        }
    }
    out
}

/// A field of a variant that is written or read through its own `with` functions.
struct WithPart<'a> {
    /// Its position among the variant's fields (the wrapper's number).
    position: usize,
    ty: &'a syn::Type,
    /// The function that writes it, and the span of its wrapper; the same for reading.
    ser: Option<(TokenStream, proc_macro2::Span)>,
    de: Option<(TokenStream, proc_macro2::Span)>,
}

/// The variant's fields with `with` functions of their own (a newtype variant's, also from
/// the variant's attributes): each direction only when the field is written or read by itself.
fn with_parts<'a>(v: &Variant<'a>) -> Vec<WithPart<'a>> {
    let at =
        |path: Option<&syn::Path>, ty: &syn::Type| path.map_or_else(|| ty.span(), Spanned::span);
    match &v.shape {
        Shape::Unit => Vec::new(),
        Shape::Newtype(ty) => vec![WithPart {
            position: 0,
            ty,
            ser: v.ser_with().map(|func| (func, at(v.with_path(true), ty))),
            de: v.de_with().map(|func| (func, at(v.with_path(false), ty))),
        }],
        Shape::Tuple(tys) => v
            .elements
            .iter()
            .zip(tys)
            .enumerate()
            .map(|(k, (e, ty))| WithPart {
                position: k,
                ty,
                ser: element_ser_with(e)
                    .filter(|_| written_by_parts(v, e))
                    .map(|func| (func, at(with_path(e, true), ty))),
                de: element_de_with(e)
                    .filter(|_| read_by_parts(v, e))
                    .map(|func| (func, at(with_path(e, false), ty))),
            })
            .collect(),
        Shape::Struct(fields) => fields
            .iter()
            .enumerate()
            .map(|(i, f)| WithPart {
                position: i,
                ty: f.ty,
                ser: f
                    .ser_with()
                    .filter(|_| {
                        (f.is_keyed() || f.role() == Role::Flattened)
                            && f.is_written()
                            && !v.writes_whole_with()
                    })
                    .map(|func| (func, f.with_span(true).unwrap_or_else(|| f.ty.span()))),
                de: f
                    .de_with()
                    .filter(|_| f.reads_key() && !v.reads_whole_with())
                    .map(|func| (func, f.with_span(false).unwrap_or_else(|| f.ty.span()))),
            })
            .collect(),
    }
}

/// serde's `serialize_with` / `deserialize_with` (or `with`) on a whole unit, tuple or struct
/// variant: a wrapper holding a reference to each field, whose `Serialize` passes them all to
/// the function; one whose `Deserialize` takes the tuple of the fields the function returns
/// (`()` for a unit variant, the field's own type for one field).
fn whole_with_wrappers(
    cont: &Container<'_>,
    v: &Variant<'_>,
    ser_wh: &TokenStream,
    (de_impl_g, de_wh): (&TokenStream, &TokenStream),
) -> TokenStream {
    let (ser, de) = whole_wrapper_names(v);
    let span = |ser: bool| {
        v.with_path(ser)
            .map_or_else(|| v.ident.span(), Spanned::span)
    };
    let tys = v.field_types();
    let mut out = TokenStream::new();
    if let (Some(func), true) = (v.ser_with(), v.writes_whole_with() && cont.writes()) {
        out.extend(crate::ser::with_wrapper_item(
            cont,
            &ser,
            &tys,
            &func,
            span(true),
            ser_wh,
        ));
    }
    if let (Some(func), true) = (v.de_with(), v.reads_whole_with() && cont.reads()) {
        let tuple = match tys.as_slice() {
            [ty] => quote!(#ty),
            tys => quote!((#(#tys),*)),
        };
        out.extend(crate::de::with_wrapper_item(
            cont,
            &de,
            &tuple,
            &func,
            span(false),
            de_impl_g,
            de_wh,
        ));
    }
    out
}

/// A tuple variant's element is written one by one (not by a whole-variant `serialize_with`).
fn written_by_parts(v: &Variant<'_>, e: &crate::attr::FieldAttrs) -> bool {
    crate::tuple::written(e) && !v.writes_whole_with()
}

/// A tuple variant's element is read one by one (not by a whole-variant `deserialize_with`).
fn read_by_parts(v: &Variant<'_>, e: &crate::attr::FieldAttrs) -> bool {
    crate::tuple::read(e) && !v.reads_whole_with()
}

/// The variant built from what a whole-variant `deserialize_with` returned (`__w.0`, the
/// tuple of its fields).
fn from_whole_with(v: &Variant<'_>) -> TokenStream {
    let var = v.ident;
    let n = v.field_types().len();
    let parts: Vec<TokenStream> = if n == 1 {
        vec![quote!(__w.0)]
    } else {
        (0..n)
            .map(|k| {
                let k = syn::Index::from(k);
                quote!(__w.0.#k)
            })
            .collect()
    };
    match &v.shape {
        Shape::Unit => quote!(Self::#var),
        Shape::Newtype(_) | Shape::Tuple(_) => quote!(Self::#var(#(#parts),*)),
        Shape::Struct(fields) => {
            let members = fields.iter().map(|f| f.ident);
            quote!(Self::#var { #(#members: #parts),* })
        }
    }
}

/// The bindings of a variant's fields in a pattern: `Self::V`, `Self::V(__v0, ..)`,
/// `Self::V { a: __v0, b: _ }` (skipped fields unbound).
fn pattern(v: &Variant<'_>) -> TokenStream {
    let var = v.ident;
    if !v.is_written() {
        return match &v.shape {
            Shape::Unit => quote!(Self::#var),
            Shape::Newtype(_) | Shape::Tuple(_) => quote!(Self::#var(..)),
            Shape::Struct(_) => quote!(Self::#var { .. }),
        };
    }
    let whole = v.writes_whole_with();
    match &v.shape {
        Shape::Unit => quote!(Self::#var),
        Shape::Newtype(_) => quote!(Self::#var(__v0)),
        Shape::Tuple(_) => {
            let binds = v.elements.iter().enumerate().map(|(i, e)| {
                if whole || crate::tuple::written(e) {
                    let bind = format_ident!("__v{}", i);
                    quote!(#bind)
                } else {
                    quote!(_)
                }
            });
            quote!(Self::#var(#(#binds),*))
        }
        Shape::Struct(fields) => {
            let binds = fields.iter().enumerate().map(|(i, f)| {
                let member = f.ident;
                if whole || f.is_written() {
                    let bind = format_ident!("__v{}", i);
                    quote!(#member: #bind)
                } else {
                    quote!(#member: _)
                }
            });
            quote!(Self::#var { #(#binds),* })
        }
    }
}

fn index(variants: &[Variant<'_>], v: &Variant<'_>) -> u32 {
    let i = variants
        .iter()
        .position(|x| core::ptr::eq(x, v))
        .unwrap_or(0);
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// `impl Serialize`: one arm per variant.
fn serialize(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let tagging = cont.tagging();
    let arms = variants.iter().map(|v| {
        let pat = pattern(v);
        let arm = if !v.is_written() {
            // serde's `skip_serializing` (or `skip`): the variant has no wire form.
            let msg = format!(
                "the enum variant {}::{} cannot be serialized",
                cont.ident.unraw(),
                v.ident.unraw()
            );
            quote!(__ap::Err(<__S::Error as #serde::ser::Error>::custom(#msg)))
        } else if v.attrs.untagged.is_set() || tagging == Tagging::Untagged {
            body_arm(cont, v)
        } else {
            ser_arm(cont, &tagging, index(variants, v), v)
        };
        quote!(#pat => #arm,)
    });
    // An enum without variants has no value to write.
    let body = if variants.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#arms)* })
    };
    let (impl_g, ty_g, wh) = ser_generics(cont, variants);
    quote! {
        #[automatically_derived]
        impl #impl_g #serde::Serialize for #ident #ty_g #wh {
            fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    }
}

/// The `impl` header's generics and where clause of the serializing impls.
fn ser_generics(
    cont: &Container<'_>,
    variants: &[Variant<'_>],
) -> (TokenStream, TokenStream, TokenStream) {
    let g = Generics::new(cont.generics);
    let de = syn::Lifetime::new("'de", proc_macro2::Span::call_site());
    let ser = crate::bound::given(cont.attrs.bound.get(), true)
        .unwrap_or_else(|| crate::bound::union(g, variants, &quote!(__ap::serde), &de).0);
    (g.impl_params(), g.ty_params(), g.where_clause(&ser))
}

/// The `impl<'de, ..>` header's generics and where clause of the deserializing impls.
fn de_generics(
    cont: &Container<'_>,
    variants: &[Variant<'_>],
) -> (TokenStream, TokenStream, TokenStream) {
    let g = Generics::new(cont.generics);
    let de = syn::Lifetime::new("'de", proc_macro2::Span::call_site());
    let bounds = crate::bound::given(cont.attrs.bound.get(), false)
        .unwrap_or_else(|| crate::bound::union(g, variants, &quote!(__ap::serde), &de).1);
    (
        g.impl_params_with(&[quote!(#de)], &[]),
        g.ty_params(),
        g.where_clause(&bounds),
    )
}

/// The shape a variant is written in: its own, or a newtype's when a whole-variant
/// `serialize_with` writes it.
enum Written<'v, 'a> {
    Unit,
    Newtype,
    Tuple,
    Struct(&'v [Field<'a>]),
}

fn written_shape<'v, 'a>(v: &'v Variant<'a>) -> Written<'v, 'a> {
    if v.writes_whole_with() {
        return Written::Newtype;
    }
    match &v.shape {
        Shape::Unit => Written::Unit,
        Shape::Newtype(_) => Written::Newtype,
        Shape::Tuple(_) => Written::Tuple,
        Shape::Struct(fields) => Written::Struct(fields),
    }
}

/// A tagged variant, written with its tag.
fn ser_arm(cont: &Container<'_>, tagging: &Tagging, index: u32, v: &Variant<'_>) -> TokenStream {
    let serde = quote!(__ap::serde);
    let name = cont.name_ser();
    let (wire, rust) = (&v.wire, v.ident.unraw().to_string());
    if v.attrs.other.is_set() && matches!(v.shape, Shape::Newtype(_)) {
        // The unknown object, tag included, written back as it came.
        return quote!(#serde::Serialize::serialize(__v0, __serializer));
    }
    match (tagging, written_shape(v)) {
        (Tagging::External, Written::Unit) => {
            quote!(#serde::Serializer::serialize_unit_variant(__serializer, #name, #index, #wire))
        }
        (Tagging::External, Written::Newtype) => {
            let value = newtype_value(v);
            quote!(#serde::Serializer::serialize_newtype_variant(__serializer, #name, #index, #wire, #value))
        }
        (Tagging::External, Written::Tuple) => {
            let (len, elements) = written_elements(
                v,
                |value| quote!(#serde::ser::SerializeTupleVariant::serialize_field(&mut __state, #value)?;),
            );
            quote!({
                let mut __state = #serde::Serializer::serialize_tuple_variant(__serializer, #name, #index, #wire, #len)?;
                #elements
                #serde::ser::SerializeTupleVariant::end(__state)
            })
        }
        (Tagging::External, Written::Struct(fields)) if crate::ser::writes_map(fields) => {
            let wrapper = format_ident!("__FlatV{}", v.ident.unraw());
            quote!(#serde::Serializer::serialize_newtype_variant(__serializer, #name, #index, #wire, &#wrapper(self)))
        }
        (Tagging::External, Written::Struct(fields)) => {
            let fields = struct_fields(v, fields);
            quote!(__ap::union::struct_variant(__serializer, #name, #index, #wire, #fields))
        }
        (Tagging::Internal(tag), Written::Unit) => {
            quote!(__ap::union::tagged_unit(__serializer, #name, #tag, #wire))
        }
        (Tagging::Internal(tag), Written::Newtype) => {
            let value = newtype_value(v);
            quote!(__ap::union::tagged_newtype(__serializer, (#name, #rust), #tag, #wire, #value))
        }
        (Tagging::Internal(tag), Written::Struct(fields)) if crate::ser::writes_map(fields) => {
            let entries = flat_entries(v, fields);
            quote!({
                let mut __state = __ap::ser::begin_map(__serializer)?;
                __ap::ser::entry(&mut __state, #tag, #wire);
                #entries
                __ap::ser::end_map(__state)
            })
        }
        (Tagging::Internal(tag), Written::Struct(fields)) => {
            let fields = struct_fields(v, fields);
            quote!(__ap::union::tagged_struct(__serializer, #name, #tag, #wire, #fields))
        }
        (Tagging::Adjacent(tag, content), shape) => {
            let value = match shape {
                Written::Unit => quote!(__ap::None::<(&'static str, &())>),
                Written::Newtype => {
                    let value = newtype_value(v);
                    quote!(__ap::Some((#content, #value)))
                }
                Written::Tuple | Written::Struct(_) => {
                    quote!(__ap::Some((#content, &__ap::union::BodyOf(self))))
                }
            };
            quote!(__ap::union::adjacent_variant(__serializer, #name, #index, (#tag, #wire), #value))
        }
        // A tuple variant of an internally tagged enum is an error (`check.rs`); untagged
        // variants are written by `body_arm`.
        (Tagging::Internal(_) | Tagging::Untagged, _) => body_arm(cont, v),
    }
}

/// What a tuple variant writes: its length (an expression: an element with
/// `skip_serializing_if` counts when it is written) and `write` of each written element's
/// binding, or of its `serialize_with` wrapper.
fn written_elements(
    v: &Variant<'_>,
    write: impl Fn(&TokenStream) -> TokenStream,
) -> (TokenStream, TokenStream) {
    let (mut len, mut steps) = (quote!(0), TokenStream::new());
    for (k, e) in v.elements.iter().enumerate() {
        if !crate::tuple::written(e) {
            continue;
        }
        let bind = format_ident!("__v{}", k);
        let value = if element_ser_with(e).is_some() {
            let (wrapper, _) = wrapper_names(v, k);
            quote!(&#wrapper(#bind, __ap::PhantomData))
        } else {
            quote!(#bind)
        };
        let (n, step) = crate::tuple::counted(e, &quote!(#bind), write(&value));
        len.extend(n);
        steps.extend(step);
    }
    (len, steps)
}

/// What a newtype variant writes: its value, or the wrapper of its `serialize_with`.
fn newtype_value(v: &Variant<'_>) -> TokenStream {
    if v.writes_whole_with() {
        let (wrapper, _) = whole_wrapper_names(v);
        let binds = (0..v.field_types().len()).map(|i| format_ident!("__v{}", i));
        return quote!(&#wrapper(#(#binds,)* __ap::PhantomData));
    }
    if v.ser_with().is_some() {
        let (wrapper, _) = wrapper_names(v, 0);
        quote!(&#wrapper(__v0, __ap::PhantomData))
    } else {
        quote!(__v0)
    }
}

/// A variant's data without a tag: `()`, its value, an array, an object (named after the enum,
/// or, as adjacently tagged content, after the variant: serde_derive's names).
fn body_arm(cont: &Container<'_>, v: &Variant<'_>) -> TokenStream {
    let serde = quote!(__ap::serde);
    let name = match cont.tagging() {
        Tagging::Adjacent(..) if !v.attrs.untagged.is_set() => v.wire.clone(),
        _ => cont.name_ser(),
    };
    match written_shape(v) {
        Written::Unit => quote!(#serde::Serializer::serialize_unit(__serializer)),
        Written::Newtype => {
            let value = newtype_value(v);
            quote!(#serde::Serialize::serialize(#value, __serializer))
        }
        Written::Tuple => {
            let (len, elements) = written_elements(
                v,
                |value| quote!(#serde::ser::SerializeTuple::serialize_element(&mut __state, #value)?;),
            );
            quote!({
                let mut __state = #serde::Serializer::serialize_tuple(__serializer, #len)?;
                #elements
                #serde::ser::SerializeTuple::end(__state)
            })
        }
        Written::Struct(fields) if crate::ser::writes_map(fields) => {
            let entries = flat_entries(v, fields);
            quote!({
                let mut __state = __ap::ser::begin_map(__serializer)?;
                #entries
                __ap::ser::end_map(__state)
            })
        }
        Written::Struct(fields) => {
            let fields = struct_fields(v, fields);
            quote!(__ap::ser::write_struct(__serializer, #name, #fields))
        }
    }
}

/// A struct variant's fields as the tuple the runtime writes (`__ap::ser::Fields`): the pieces
/// of a struct model (`ser::fields_tuple`), on the variant's bindings.
fn struct_fields(v: &Variant<'_>, fields: &[Field<'_>]) -> TokenStream {
    let pieces = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_keyed() && f.is_written())
        .map(|(i, f)| {
            let (access, value) = written_value(v, i, f);
            crate::ser::piece(f, &access, &value)
        })
        .collect();
    crate::ser::fields_tuple(pieces)
}

/// A struct variant's field `i` as the pattern binds it (`__v{i}`, a reference) and what is
/// written for it: itself, or its `serialize_with` wrapper.
fn written_value(v: &Variant<'_>, i: usize, f: &Field<'_>) -> (TokenStream, TokenStream) {
    let access = format_ident!("__v{}", i);
    let access = quote!(#access);
    let value = if f.ser_with().is_some() {
        let (wrapper, _) = wrapper_names(v, i);
        quote!(&#wrapper(#access, __ap::PhantomData))
    } else {
        access.clone()
    };
    (access, value)
}

/// `impl SerBody`: the content of an adjacently tagged enum's tuple and struct variants.
fn ser_body(cont: &Container<'_>, variants: &[Variant<'_>]) -> Option<TokenStream> {
    if !matches!(cont.tagging(), Tagging::Adjacent(..)) {
        return None;
    }
    let bodies: Vec<&Variant<'_>> = variants
        .iter()
        .filter(|v| {
            !v.attrs.untagged.is_set()
                && matches!(written_shape(v), Written::Tuple | Written::Struct(_))
        })
        .collect();
    if bodies.is_empty() {
        return None;
    }
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let arms = bodies.iter().map(|v| {
        let pat = pattern(v);
        let arm = body_arm(cont, v);
        quote!(#pat => #arm,)
    });
    // Only called from the arms of these variants.
    let rest = (bodies.len() < variants.len()).then(|| quote!(_ => ::core::unreachable!(),));
    let (impl_g, ty_g, wh) = ser_generics(cont, variants);
    Some(quote! {
        #[automatically_derived]
        impl #impl_g __ap::union::SerBody for #ident #ty_g #wh {
            fn body<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                match self {
                    #(#arms)*
                    #rest
                }
            }
        }
    })
}

/// `impl Deserialize`: the runtime's entry, which reads the table.
fn deserialize(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let (impl_g, ty_g, wh) = de_generics(cont, variants);
    quote! {
        #[automatically_derived]
        impl #impl_g #serde::Deserialize<'de> for #ident #ty_g #wh {
            fn deserialize<__D: #serde::Deserializer<'de>>(__deserializer: __D) -> __ap::Result<Self, __D::Error> {
                __ap::union::deserialize::<Self, __D>(__deserializer)
            }
        }
    }
}

/// `impl DeUnion`: the variant table and the functions that build each kind of variant.
fn de_table(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let ident = cont.ident;
    let name = cont.name_de();
    let type_name = cont.ident.unraw().to_string();
    let type_name =
        (type_name != name).then(|| quote!(const TYPE_NAME: &'static str = #type_name;));
    let names = variant_names(cont, variants);
    let field_aliases = field_aliases(variants);
    let shapes = variants.iter().map(shape_entry);
    let tag_consts = tag_consts(cont);
    let other = variants
        .iter()
        .position(|v| v.attrs.other.is_set())
        .map(|i| quote!(const OTHER: __ap::Option<usize> = __ap::Some(#i);));
    let deny = cont.attrs.deny_unknown_fields.is_set().then(|| {
        quote!(
            const DENY_UNKNOWN: bool = true;
        )
    });
    let serde_defaults = cont.serde_defaults().then(|| {
        quote!(
            const SERDE: bool = true;
        )
    });
    let expecting = crate::de::expecting(cont);
    let unit = unit_fn(variants);
    let newtype = newtype_fn(cont, variants);
    let fields = fields_fn(cont, variants);
    let flat = flat_fn(cont, variants);
    let seq = seq_fn(cont, variants);
    let (impl_g, ty_g, wh) = de_generics(cont, variants);
    quote! {
        #[automatically_derived]
        impl #impl_g __ap::union::DeUnion<'de> for #ident #ty_g #wh {
            const NAME: &'static str = #name;
            #type_name
            #names
            #field_aliases
            const SHAPES: &'static [__ap::union::Shape] = &[#(#shapes),*];
            #tag_consts
            #other
            #deny
            #serde_defaults
            #expecting
            #unit
            #newtype
            #fields
            #flat
            #seq
        }
    }
}

/// A variant's `__ap::union::Shape`: how the runtime reads it (a whole-variant
/// `deserialize_with` reads it as a newtype).
fn shape_entry(v: &Variant<'_>) -> TokenStream {
    let rust = v.ident.unraw().to_string();
    if v.reads_whole_with() {
        return quote!(__ap::union::Shape::Newtype(#rust));
    }
    match &v.shape {
        Shape::Unit => quote!(__ap::union::Shape::Unit(#rust)),
        Shape::Newtype(_) => quote!(__ap::union::Shape::Newtype(#rust)),
        Shape::Tuple(_) => {
            let len = v.elements.iter().filter(|e| crate::tuple::read(e)).count();
            quote!(__ap::union::Shape::Tuple(#rust, #len))
        }
        Shape::Struct(fields) => {
            let keys = fields.iter().filter(|f| f.reads_key()).map(|f| &f.wire_de);
            if crate::de::flattens(fields) {
                quote!(__ap::union::Shape::Flat(#rust, &[#(#keys),*]))
            } else {
                quote!(__ap::union::Shape::Struct(#rust, &[#(#keys),*]))
            }
        }
    }
}

/// `TAGGING`, `TAG`, `CONTENT` and `KEYS`: how the variant is marked on the wire.
fn tag_consts(cont: &Container<'_>) -> TokenStream {
    match &cont.tagging() {
        Tagging::Internal(tag) => quote! {
            const TAGGING: __ap::union::Tagging = __ap::union::Tagging::Internal;
            const TAG: &'static str = #tag;
        },
        Tagging::Adjacent(tag, content) => quote! {
            const TAGGING: __ap::union::Tagging = __ap::union::Tagging::Adjacent;
            const TAG: &'static str = #tag;
            const CONTENT: &'static str = #content;
            const KEYS: &'static [&'static str] = &[#tag, #content];
        },
        Tagging::Untagged => {
            quote!(
                const TAGGING: __ap::union::Tagging = __ap::union::Tagging::Untagged;
            )
        }
        Tagging::External => TokenStream::new(),
    }
}

/// serde's `alias` on the fields of struct variants: `FIELD_ALIASES`, one entry per variant
/// (its aliases with their key indices, every name in serde_derive's order); nothing when no
/// field has one.
fn field_aliases(variants: &[Variant<'_>]) -> Option<TokenStream> {
    let any = variants.iter().any(|v| match &v.shape {
        Shape::Struct(fields) => fields.iter().any(|f| !f.aliases.is_empty()),
        _ => false,
    });
    if !any {
        return None;
    }
    let entries = variants.iter().map(|v| {
        let Shape::Struct(fields) = &v.shape else {
            return quote!((&[], &[]));
        };
        let read: Vec<&Field<'_>> = fields.iter().filter(|f| f.reads_key()).collect();
        let pairs = read
            .iter()
            .enumerate()
            .flat_map(|(i, f)| f.aliases.iter().map(move |a| quote!((#a, #i))));
        let expected = read
            .iter()
            .flat_map(|f| crate::ast::read_names(&f.wire_de, &f.aliases));
        quote!((&[#(#pairs),*], &[#(#expected),*]))
    });
    Some(quote! {
        const FIELD_ALIASES: &'static [__ap::union::FieldAliases] = &[#(#entries),*];
    })
}

/// `VARIANTS`, the names read of the tagged variants (not those serde's `skip_deserializing`
/// leaves out: then `INDICES` maps each to its declaration index), and their aliases.
fn variant_names(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let tagging = cont.tagging();
    let tagged: Vec<(usize, &Variant<'_>)> = variants
        .iter()
        .enumerate()
        .filter(|(_, v)| tagging != Tagging::Untagged && !v.attrs.untagged.is_set())
        .collect();
    let untagged_from = tagged.len();
    let read: Vec<(usize, &Variant<'_>)> =
        tagged.into_iter().filter(|(_, v)| v.is_read()).collect();
    let wires = read.iter().map(|(_, v)| &v.wire_de);
    let aliases = variant_aliases(&read);
    let indices = (read.len() != untagged_from).then(|| {
        let indices = read.iter().map(|(i, _)| i);
        quote! {
            const INDICES: &'static [usize] = &[#(#indices),*];
            const UNTAGGED_FROM: usize = #untagged_from;
        }
    });
    quote! {
        const VARIANTS: &'static [&'static str] = &[#(#wires),*];
        #aliases
        #indices
    }
}

/// serde's `alias` on variants: `ALIASES` and `EXPECTED` (each variant's names sorted, as
/// serde_derive lists them); nothing when no variant has one.
fn variant_aliases(read: &[(usize, &Variant<'_>)]) -> Option<TokenStream> {
    if read.iter().all(|(_, v)| v.aliases.is_empty()) {
        return None;
    }
    let pairs = read
        .iter()
        .flat_map(|(i, v)| v.aliases.iter().map(move |a| quote!((#a, #i))));
    let expected = read
        .iter()
        .flat_map(|(_, v)| crate::ast::read_names(&v.wire_de, &v.aliases));
    Some(quote! {
        const ALIASES: &'static [(&'static str, usize)] = &[#(#pairs),*];
        const EXPECTED: &'static [&'static str] = &[#(#expected),*];
    })
}

/// `match __index { i => arm, .. }` over the variants `pick` keeps, the last one as `_` (the
/// runtime only asks for indices of these variants, and the match needs no panic).
fn dispatch<'c, 'a: 'c>(
    variants: &'c [Variant<'a>],
    pick: impl Fn(&Variant<'a>) -> bool,
    arm: impl Fn(usize, &'c Variant<'a>) -> TokenStream,
) -> Option<TokenStream> {
    let picked: Vec<(usize, &Variant<'_>)> = variants
        .iter()
        .enumerate()
        .filter(|(_, v)| pick(v))
        .collect();
    let last = picked.len().checked_sub(1)?;
    let arms = picked.iter().enumerate().map(|(n, (i, v))| {
        let body = arm(*i, v);
        if n == last {
            quote!(_ => #body,)
        } else {
            quote!(#i => #body,)
        }
    });
    Some(quote!(match __index { #(#arms)* }))
}

fn unit_fn(variants: &[Variant<'_>]) -> Option<TokenStream> {
    let body = dispatch(
        variants,
        |v| matches!(v.shape, Shape::Unit) && !v.reads_whole_with(),
        |_, v| {
            let var = v.ident;
            quote!(Self::#var)
        },
    )?;
    // `#[inline]`: not compiled to machine code in the model's crate unless used there (see
    // `enums::table`).
    Some(quote! {
        #[inline]
        fn unit(__index: usize) -> Self {
            #body
        }
    })
}

fn newtype_fn(cont: &Container<'_>, variants: &[Variant<'_>]) -> Option<TokenStream> {
    let serde = quote!(__ap::serde);
    let ty_g = Generics::new(cont.generics).ty_params();
    let body = dispatch(
        variants,
        |v| matches!(v.shape, Shape::Newtype(_)) || v.reads_whole_with(),
        |_, v| {
            let var = v.ident;
            let Shape::Newtype(ty) = v.shape else {
                let (_, wrapper) = whole_wrapper_names(v);
                let build = from_whole_with(v);
                return quote!(__ap::Result::map(
                    <#wrapper #ty_g as #serde::Deserialize>::deserialize(__deserializer),
                    |__w| #build,
                ));
            };
            if v.de_with().is_some() {
                let (_, wrapper) = wrapper_names(v, 0);
                return quote!(__ap::Result::map(
                    <#wrapper #ty_g as #serde::Deserialize>::deserialize(__deserializer),
                    |__w| Self::#var(__w.0),
                ));
            }
            // serde's `borrow` (on the variant or its field) on a `Cow`: borrowed from the input.
            let borrow =
                v.attrs.borrow.is_set() || v.elements.first().is_some_and(|e| e.borrow.is_set());
            if let (true, Some(reader)) = (borrow, crate::prop::cow_reader(ty)) {
                return quote!(__ap::Result::map(#reader(__deserializer), Self::#var));
            }
            respan(
                quote!(__ap::Result::map(<#ty as #serde::Deserialize>::deserialize(__deserializer), Self::#var)),
                ty.span(),
            )
        },
    )?;
    Some(quote! {
        fn newtype<__D: #serde::Deserializer<'de>>(__index: usize, __deserializer: __D) -> __ap::Result<Self, __D::Error> {
            #body
        }
    })
}

/// Struct variants, from a map or a sequence (`__ap::de::Fields`): each read exactly as a struct
/// model's fields (`de::fields_body`), with `__ap::union::Variant<Self, N>` for the keys.
fn fields_fn(cont: &Container<'_>, variants: &[Variant<'_>]) -> Option<TokenStream> {
    let body = struct_variants(cont, variants, false)?;
    Some(quote! {
        fn fields<__A: __ap::de::Fields<'de>>(__index: usize, mut __map: __A) -> __ap::Result<Self, __A::Error> {
            #body
        }
    })
}

/// Struct variants with a `flatten` field, from a map only (serde's): each read as a struct
/// model that flattens (`de::flat_body`).
fn flat_fn(cont: &Container<'_>, variants: &[Variant<'_>]) -> Option<TokenStream> {
    let body = struct_variants(cont, variants, true)?;
    Some(quote! {
        fn flat<__A: __ap::serde::de::MapAccess<'de>>(__index: usize, mut __map: __A) -> __ap::Result<Self, __A::Error> {
            #body
        }
    })
}

/// The `match` over the struct variants that flatten (`flat`) or do not: each variant's fields
/// read by the struct models' code, with `__ap::union::Variant<Self, N>` for the keys.
fn struct_variants(
    cont: &Container<'_>,
    variants: &[Variant<'_>],
    flat: bool,
) -> Option<TokenStream> {
    dispatch(
        variants,
        |v| {
            matches!(&v.shape, Shape::Struct(fields) if crate::de::flattens(fields) == flat)
                && !v.reads_whole_with()
        },
        |i, v| {
            let Shape::Struct(fields) = &v.shape else {
                unreachable!()
            };
            let keyed = crate::de::keyed(fields, |_, position| wrapper_names(v, position).1);
            let var = v.ident;
            let target = crate::de::Target {
                keys: quote!(__ap::union::Variant<Self, #i>),
                path: quote!(Self::#var),
                variant: Some(i),
            };
            let body = if flat {
                crate::de::flat_body(cont, fields, &keyed, &target)
            } else {
                crate::de::fields_body(cont, fields, &keyed, &target)
            };
            quote!({ #body })
        },
    )
}

/// The entries of a struct variant that flattens, written into `__state` (a map, as serde
/// writes such a variant): each field's key and value, a flattened field's entries.
fn flat_entries(v: &Variant<'_>, fields: &[Field<'_>]) -> TokenStream {
    let entries = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_written())
        .map(|(i, f)| {
            let (access, value) = written_value(v, i, f);
            crate::ser::entry(f, &access, &value)
        });
    quote!(#(#entries)*)
}

/// An externally tagged struct variant that flattens is a newtype variant holding a map: the
/// map, as a type (`__FlatV{Variant}`) whose `Serialize` writes the variant's entries.
fn flat_wrappers(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    if cont.tagging() != Tagging::External {
        return TokenStream::new();
    }
    let serde = quote!(__ap::serde);
    let ident = cont.ident;
    let g = Generics::new(cont.generics);
    let (_, _, wh) = ser_generics(cont, variants);
    let lt = quote!('__a);
    let decl = g.impl_params_with(std::slice::from_ref(&lt), &[]);
    let args = g.ty_params_with(std::slice::from_ref(&lt), &[]);
    let ty_g = g.ty_params();
    let mut out = TokenStream::new();
    for v in variants
        .iter()
        .filter(|v| !v.attrs.untagged.is_set() && v.is_written())
    {
        let Shape::Struct(fields) = &v.shape else {
            continue;
        };
        if !crate::ser::writes_map(fields) {
            continue;
        }
        let wrapper = format_ident!("__FlatV{}", v.ident.unraw());
        let var = v.ident;
        let binds = fields.iter().enumerate().map(|(i, f)| {
            let member = f.ident;
            if f.is_written() {
                let bind = format_ident!("__v{}", i);
                quote!(#member: #bind)
            } else {
                quote!(#member: _)
            }
        });
        let entries = flat_entries(v, fields);
        let rest = (variants.len() > 1).then(|| quote!(_ => ::core::unreachable!(),));
        out.extend(quote! {
            #[doc(hidden)]
            struct #wrapper #decl (&#lt #ident #ty_g) #wh;
            #[automatically_derived]
            impl #decl #serde::Serialize for #wrapper #args #wh {
                fn serialize<__S: #serde::Serializer>(&self, __serializer: __S) -> __ap::Result<__S::Ok, __S::Error> {
                    match self.0 {
                        #ident::#var { #(#binds),* } => {
                            let mut __state = __ap::ser::begin_map(__serializer)?;
                            #entries
                            __ap::ser::end_map(__state)
                        }
                        #rest
                    }
                }
            }
        });
    }
    out
}

/// Tuple variants from a sequence, element by element.
fn seq_fn(cont: &Container<'_>, variants: &[Variant<'_>]) -> Option<TokenStream> {
    let ty_g = Generics::new(cont.generics).ty_params();
    let body = dispatch(
        variants,
        |v| matches!(v.shape, Shape::Tuple(_)) && !v.reads_whole_with(),
        |i, v| {
            let var = v.ident;
            let Shape::Tuple(tys) = &v.shape else {
                unreachable!()
            };
            let mut n = 0usize;
            let elements = v.elements.iter().zip(tys).enumerate().map(|(k, (e, ty))| {
                let default = || match e.default.get() {
                    Some(crate::attr::Default::Expr(expr)) => quote!(#expr),
                    _ => respan(quote!(__ap::Default::default()), ty.span()),
                };
                if !crate::tuple::read(e) {
                    return default();
                }
                let index = n;
                n += 1;
                let (read_ty, unwrap) = if element_de_with(e).is_some() {
                    let (_, wrapper) = wrapper_names(v, k);
                    (quote!(#wrapper #ty_g), quote!(.0))
                } else {
                    (quote!(_), TokenStream::new())
                };
                if e.default.get().is_none() {
                    return quote!(__ap::union::element::<Self, __A, #read_ty>(&mut __seq, #i, #index)? #unwrap);
                }
                // serde's `default` on an element: a short sequence leaves it to its default.
                let default = default();
                quote!(match __ap::serde::de::SeqAccess::next_element::<#read_ty>(&mut __seq)? {
                    __ap::Some(__v) => __v #unwrap,
                    __ap::None => #default,
                })
            });
            quote!(__ap::Ok(Self::#var(#(#elements),*)))
        },
    )?;
    Some(quote! {
        fn seq<__A: __ap::serde::de::SeqAccess<'de>>(__index: usize, mut __seq: __A) -> __ap::Result<Self, __A::Error> {
            #body
        }
    })
}
