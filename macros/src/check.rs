//! Rules that span several fields or attributes, checked once the IR is built.

use std::collections::BTreeMap;

use quote::ToTokens as _;

use crate::ast::{
    Container, Data, Field, Newtype, Shape, Tagging, Variant, is_named, option_inner,
};
use crate::ctxt::Ctxt;

pub fn check(cx: &Ctxt, cont: &Container<'_>) {
    match &cont.data {
        Data::Struct(fields) => check_struct(cx, cont, fields),
        Data::Enum(variants) => check_enum(cx, cont, variants),
        Data::Union(variants) => check_union(cx, cont, variants),
        Data::Newtype(field) => check_newtype(cx, cont, field),
        Data::Tuple(_) | Data::Unit => check_de_lifetime(cx, cont),
    }
    if !matches!(cont.data, Data::Union(_)) {
        check_tag_on_non_enum(cx, cont);
    }
    check_one_way(cx, cont);
}

/// `serialize_only` and `deserialize_only` each leave one impl out; both would leave serde out.
fn check_one_way(cx: &Ctxt, cont: &Container<'_>) {
    let c = &cont.attrs;
    if let (Some(_), Some(span)) = (c.serialize_only.span(), c.deserialize_only.span()) {
        cx.syn_error(syn::Error::new(
            span,
            "`serialize_only` and `deserialize_only` together would derive neither `Serialize` \
             nor `Deserialize`: keep one of them, or remove both to derive both",
        ));
    }
}

/// `tag`, `content` and `untagged` describe data enums only; a struct with named fields also
/// takes serde's `tag` (it writes the struct's name under it).
fn check_tag_on_non_enum(cx: &Ctxt, cont: &Container<'_>) {
    let what = match cont.data {
        Data::Struct(_) => "a struct",
        Data::Newtype(_) => "a newtype",
        Data::Tuple(_) => "a tuple struct",
        Data::Unit => "a unit struct",
        Data::Enum(_) | Data::Union(_) => return,
    };
    let c = &cont.attrs;
    let tag = match cont.data {
        Data::Struct(_) => None,
        _ => c.tag.span(),
    };
    each_set(
        cx,
        [
            (tag, "tag"),
            (c.content.span(), "content"),
            (c.untagged.span(), "untagged"),
        ],
        |key| {
            format!(
                "`{key}` applies to enums whose variants hold data; {what} has no variants to tag: remove `{key}`"
            )
        },
    );
}

/// A newtype is its inner value on the wire: only `with` applies to its field, and no
/// container attribute but `crate`.
fn check_newtype(cx: &Ctxt, cont: &Container<'_>, field: &Newtype<'_>) {
    check_de_lifetime(cx, cont);
    if cont.serde_defaults() {
        return; // serde_derive takes these on a newtype, where they change nothing
    }
    let (c, a) = (&cont.attrs, &field.attrs);
    each_set(
        cx,
        [
            (c.rename_all.span(), "rename_all"),
            (c.deny_unknown_fields.span(), "deny_unknown_fields"),
            (c.skip_none.span(), "skip_none"),
            (a.rename.span(), "rename"),
            (a.default.span(), "default"),
            (a.required.span(), "required"),
            (a.skip.span(), "skip"),
            (a.additional_properties.span(), "additional_properties"),
            (a.into.span(), "into"),
            (a.skip_none.span(), "skip_none"),
            (a.flatten.span(), "flatten"),
        ],
        |key| {
            format!(
                "`{key}` has no effect on a newtype, which is written as its inner value; remove `{key}`"
            )
        },
    );
}

fn check_struct(cx: &Ctxt, cont: &Container<'_>, fields: &[Field<'_>]) {
    check_de_lifetime(cx, cont);
    check_transparent(cx, cont, fields);
    let mut wire_names: BTreeMap<&str, &Field<'_>> = BTreeMap::new();
    let mut additional: Option<&Field<'_>> = None;
    for field in fields {
        check_attribute_combinations(cx, field);
        check_additional_properties(cx, cont, field, &mut additional);
        check_flatten(cx, field);
        // With serde's defaults, a model whose field names clash with the builder's methods
        // gets no builder (`builder::setters_clash`) rather than an error serde would not give.
        if !cont.serde_defaults() {
            check_setter_names(cx, fields, field);
        }
        check_wire_name(cx, field, &mut wire_names);
    }
}

/// serde's `transparent`: exactly one field on the wire, the others skipped; as serde_derive
/// requires.
fn check_transparent(cx: &Ctxt, cont: &Container<'_>, fields: &[Field<'_>]) {
    let Some(span) = cont.attrs.transparent.span() else {
        return;
    };
    let on_wire: Vec<&Field<'_>> = fields
        .iter()
        .filter(|f| crate::transparent::on_wire(f))
        .collect();
    match on_wire.as_slice() {
        [_] => {}
        [] => cx.syn_error(syn::Error::new(
            span,
            "`transparent` needs one field that is not skipped: the value the struct is written as",
        )),
        [_, second, ..] => cx.error_spanned_by(
            second.ident,
            format!(
                "`transparent` writes the struct as its one field, but `{}` is a second field on the wire; mark the others `#[serde(skip)]`",
                second.name()
            ),
        ),
    }
    if let Some(other) = [
        cont.attrs.from.span(),
        cont.attrs.try_from.span(),
        cont.attrs.into.span(),
    ]
    .into_iter()
    .flatten()
    .next()
    {
        cx.syn_error(syn::Error::new(
            other,
            "`transparent` and `from` / `try_from` / `into` both say how the struct is written; keep one of them",
        ));
    }
}

/// serde_derive rejects it too: `Deserialize<'de>` needs the name for itself.
fn check_de_lifetime(cx: &Ctxt, cont: &Container<'_>) {
    if !cont.reads() {
        return;
    }
    if let Some(de) = cont
        .generics
        .lifetimes()
        .find(|lt| lt.lifetime.ident == "de")
    {
        cx.error_spanned_by(
            &de.lifetime,
            "a lifetime parameter named `'de` clashes with the one `Deserialize<'de>` is generated with; rename it, e.g. `'a`",
        );
    }
}

/// `required`, `default` and `skip` with what contradicts them.
fn check_attribute_combinations(cx: &Ctxt, field: &Field<'_>) {
    let a = &field.attrs;
    let name = field.name();
    if field.serde_defaults {
        // serde_derive takes every combination these rules refuse (a skipped field's `rename`,
        // `default` on an `Option<Option<T>>`, ..); the apimodel-only keys they name
        // (`required`, `skip_none`) keep their meaning without the checks.
        return;
    }
    if let (Some(span), None) = (a.required.span(), field.option_inner) {
        cx.syn_error(syn::Error::new(
            span,
            format!("`required` applies to `Option<T>` fields; `{name}` is not an `Option`, so it is required already: remove `required`"),
        ));
    }
    if let (true, Some(span)) = (a.required.is_set(), a.default.span()) {
        cx.syn_error(syn::Error::new(
            span,
            format!("`{name}` cannot be both `required` and `default`: a required key has no default; remove one of them"),
        ));
    }
    if field.option_inner.and_then(option_inner).is_some() {
        for (set, key, why) in [
            (
                a.required.span(),
                "required",
                "its key may be absent (`None`), `null` (`Some(None)`) or a value",
            ),
            (a.default.span(), "default", "an absent key is `None`"),
            (
                a.skip_none.span(),
                "skip_none",
                "`None` is always left out, since `null` is `Some(None)`",
            ),
        ] {
            if let Some(span) = set {
                cx.syn_error(syn::Error::new(
                    span,
                    format!("`{name}` is tri-state (`Option<Option<T>>`): {why}; remove `{key}`"),
                ));
            }
        }
    } else if let Some(span) = a.skip_none.span() {
        if field.option_inner.is_none() {
            cx.syn_error(syn::Error::new(
                span,
                format!("`skip_none` applies to `Option<T>` fields; `{name}` is not an `Option`, so it has no `None` to skip: remove `skip_none`"),
            ));
        } else if a.required.is_set() {
            cx.syn_error(syn::Error::new(
                span,
                format!("`{name}` is `required`: its key is always written, `null` for `None`; remove `skip_none`"),
            ));
        }
    }
    if a.skip.is_set() && !a.flatten.is_set() {
        each_set(
            cx,
            [
                (a.required.span(), "required"),
                (a.rename.span(), "rename"),
                (a.with.span(), "with"),
                (a.additional_properties.span(), "additional_properties"),
                (a.skip_none.span(), "skip_none"),
            ],
            |key| {
                format!(
                    "`{key}` has no effect on `{name}`, which is `skip`ped: it is never on the wire; remove `{key}`"
                )
            },
        );
    }
}

/// `additional_properties`: a supported map, once per model, without `deny_unknown_fields`.
fn check_additional_properties<'c, 'a>(
    cx: &Ctxt,
    cont: &Container<'_>,
    field: &'c Field<'a>,
    additional: &mut Option<&'c Field<'a>>,
) {
    let a = &field.attrs;
    let name = field.name();
    if let Some(span) = a.additional_properties.span() {
        match map_kind(field.ty) {
            MapKind::Supported => {}
            MapKind::Other(map) => cx.error_spanned_by(
                &field.original.ty,
                format!("`additional_properties` supports `serde_json::Map<String, serde_json::Value>`, `BTreeMap<String, V>` and `HashMap<String, V>`; `{map}` is not one of them"),
            ),
            MapKind::NotAMap => cx.error_spanned_by(
                &field.original.ty,
                format!("`additional_properties` needs a map with `String` keys, such as `serde_json::Map<String, serde_json::Value>` or `BTreeMap<String, V>`; `{name}` is not a map"),
            ),
        }
        if let Some(first) = additional {
            cx.syn_error(syn::Error::new(
                span,
                format!(
                    "only one field can hold `additional_properties`; `{}` already does",
                    first.name()
                ),
            ));
        } else {
            *additional = Some(field);
        }
        if cont.attrs.deny_unknown_fields.is_set() {
            cx.syn_error(syn::Error::new(
                span,
                "`additional_properties` receives the unknown keys that `deny_unknown_fields` rejects; remove one of them",
            ));
        }
        each_set(
            cx,
            [
                (a.rename.span(), "rename"),
                (a.required.span(), "required"),
                (a.with.span(), "with"),
            ],
            |key| {
                format!(
                    "`{key}` cannot be combined with `additional_properties`: the map's entries are written at the top level under their own keys"
                )
            },
        );
    }
}

/// `flatten`: alone on its field. Any type compiles, as serde's (an `Option<Option<T>>` too,
/// read as `Some` of a flattened `Option<T>`): what has
/// no keys (a number, a string, a list), a map whose keys are not strings, one model flattened
/// twice or two maps that each take every leftover key fail (or read) at run time as serde's do.
fn check_flatten(cx: &Ctxt, field: &Field<'_>) {
    let a = &field.attrs;
    let name = field.name();
    if !a.flatten.is_set() {
        return;
    }
    // Written `#[serde(..)]`, `rename`, `default` and `skip` keep serde's meaning beside
    // `flatten`, which accepts them: the first two change nothing, `skip` skips the field. In
    // `#[api]` they are refused as the mistakes they are there.
    let api = |attr: Option<proc_macro2::Span>, serde: bool| attr.filter(|_| !serde);
    for (set, key, why) in [
        (
            api(a.rename.span(), a.rename.is_serde()),
            "rename",
            "it has no key of its own (its model's keys are written at this level)",
        ),
        (
            a.skip_none.span(),
            "skip_none",
            "it has no key of its own to leave out",
        ),
        (
            a.required.span(),
            "required",
            "it has no key of its own to require",
        ),
        (
            api(a.default.span(), a.default.is_serde()),
            "default",
            "it is read from its model's keys; make it an `Option` for a model whose keys may all be missing",
        ),
        (
            api(a.skip.span(), a.skip.is_serde()),
            "skip",
            "a skipped field is never on the wire",
        ),
        (
            a.additional_properties.span(),
            "additional_properties",
            "a field is either flattened or the map of unknown keys",
        ),
    ] {
        if let Some(at) = set {
            cx.syn_error(syn::Error::new(
                at,
                format!(
                    "`{key}` cannot be combined with `flatten` on `{name}`: {why}; remove `{key}`"
                ),
            ));
        }
    }
}

/// Field names that would clash with the builder's methods.
fn check_setter_names(cx: &Ctxt, fields: &[Field<'_>], field: &Field<'_>) {
    let name = field.name();
    if name == "build" {
        cx.error_spanned_by(
            field.ident,
            "a field named `build` would shadow the builder's `build()` method; rename the Rust field (e.g. `build_info`) and keep the wire key with `#[api(rename = \"build\")]`",
        );
    }
    if let Some(base) = name.strip_prefix("maybe_") {
        if let Some(other) = fields
            .iter()
            .find(|f| f.option_inner.is_some() && f.name() == base)
        {
            cx.error_spanned_by(
                field.ident,
                format!("a field named `{name}` collides with the setter `maybe_{}` generated for the `Option` field `{}`; rename one of them", other.name(), other.name()),
            );
        }
    }
}

/// A non-empty wire key, used by one field only.
fn check_wire_name<'c>(
    cx: &Ctxt,
    field: &'c Field<'_>,
    wire_names: &mut BTreeMap<&'c str, &'c Field<'c>>,
) {
    let a = &field.attrs;
    let name = field.name();
    if field.serde_defaults {
        return; // serde_derive takes any names, even empty or shared ones (the first field wins)
    }
    if field.is_keyed() && field.wire.is_empty() && !a.rename.is_set() {
        cx.error_spanned_by(
            field.ident,
            format!("`{name}` has no letters for `rename_all` to work with, so its wire key would be empty; name the key with `#[api(rename = \"...\")]`"),
        );
    }
    if field.is_keyed() {
        if let Some(first) = wire_names.get(field.wire.as_str()) {
            let at = match field.attrs.rename.get().and_then(|n| n.ser.as_ref()) {
                Some(lit) => lit.to_token_stream(),
                None => field.ident.to_token_stream(),
            };
            cx.error_spanned_by(
                at,
                format!(
                    "`{}` and `{}` both map to the wire key `{}`; give one of them another name with `#[api(rename = \"...\")]`",
                    first.name(),
                    name,
                    field.wire
                ),
            );
        } else {
            wire_names.insert(&field.wire, field);
        }
    }
}

fn check_enum(cx: &Ctxt, cont: &Container<'_>, variants: &[Variant<'_>]) {
    // serde_derive takes `deny_unknown_fields` on any enum, where it changes nothing.
    let serde = cont.serde_defaults() || cont.attrs.deny_unknown_fields.is_serde();
    if let (Some(span), false) = (cont.attrs.deny_unknown_fields.span(), serde) {
        cx.syn_error(syn::Error::new(
            span,
            "`deny_unknown_fields` applies to structs; an enum without `#[api(other)]` already rejects unknown values",
        ));
    }
    if let Some(span) = cont.attrs.skip_none.span() {
        cx.syn_error(syn::Error::new(
            span,
            "`skip_none` applies to structs and their `Option` fields; an enum has no fields",
        ));
    }
    if !cont.generics.params.is_empty() {
        cx.error_spanned_by(
            &cont.generics.params,
            "a string enum cannot be generic: its variants carry no data",
        );
    }
    let mut other: Option<&Variant<'_>> = None;
    let mut wire_names: BTreeMap<&str, &Variant<'_>> = BTreeMap::new();
    for v in variants {
        let name = v.ident.to_string();
        if let Some(span) = v.attrs.other.span() {
            check_other(cx, cont, v, span, other);
            other = other.or(Some(v));
            continue;
        }
        if !matches!(v.original.fields, syn::Fields::Unit) {
            cx.error_spanned_by(
                &v.original.fields,
                format!("`ApiModel` enums are string enums: `{name}` must be a unit variant; only the catch-all `#[api(other)] Unknown(String)` holds data"),
            );
            continue;
        }
        if cont.serde_defaults() {
            continue; // serde_derive takes shared names (the first variant is read)
        }
        if let Some(first) = wire_names.get(v.wire.as_str()) {
            let at = match v.attrs.rename.get().and_then(|n| n.ser.as_ref()) {
                Some(lit) => lit.to_token_stream(),
                None => v.ident.to_token_stream(),
            };
            cx.error_spanned_by(
                at,
                format!(
                    "`{}` and `{}` both map to the wire value `{}`; give one of them another name with `#[api(rename = \"...\")]`",
                    first.ident, name, v.wire
                ),
            );
        } else {
            wire_names.insert(&v.wire, v);
        }
    }
}

/// A string enum's `other` variant: one, holding the unknown string (or, in an identifier, a
/// unit fallback), without `rename`; `first` is the `other` variant seen before it.
fn check_other(
    cx: &Ctxt,
    cont: &Container<'_>,
    v: &Variant<'_>,
    span: proc_macro2::Span,
    first: Option<&Variant<'_>>,
) {
    let name = v.ident.to_string();
    // serde's identifiers read unknown names as a unit `other`.
    let identifier = cont.attrs.variant_identifier.is_set() || cont.attrs.field_identifier.is_set();
    let unit_fallback = identifier && matches!(v.original.fields, syn::Fields::Unit);
    if !(is_string_tuple(&v.original.fields) || unit_fallback) {
        cx.syn_error(syn::Error::new(
            span,
            format!("`other` needs a variant holding the unknown value, write `{name}(String)`"),
        ));
    }
    if let Some(first) = first {
        cx.syn_error(syn::Error::new(
            span,
            format!(
                "only one variant can be `other`; `{}` already is",
                first.ident
            ),
        ));
    }
    if let Some(span) = v.attrs.rename.span() {
        cx.syn_error(syn::Error::new(
            span,
            "`rename` has no effect on the `other` variant, which takes every unknown value; remove it",
        ));
    }
}

/// `Name(String)` (or `Name(std::string::String)`).
fn is_string_tuple(fields: &syn::Fields) -> bool {
    let syn::Fields::Unnamed(fields) = fields else {
        return false;
    };
    fields.unnamed.len() == 1
        && last_segment(&fields.unnamed[0].ty).is_some_and(|s| s.ident == "String")
}

enum MapKind {
    /// A map the runtime can fill (`apimodel::__private::de::AdditionalProperties`).
    Supported,
    /// Another type named like a map (`IndexMap`, `FxHashMap`), by that name.
    Other(String),
    NotAMap,
}

fn map_kind(ty: &syn::Type) -> MapKind {
    let Some(segment) = last_segment(ty) else {
        return MapKind::NotAMap;
    };
    let name = segment.ident.to_string();
    match name.as_str() {
        "Map" | "BTreeMap" | "HashMap" => MapKind::Supported,
        _ if name.ends_with("Map") => MapKind::Other(name),
        _ => MapKind::NotAMap,
    }
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match crate::ast::ungroup(ty) {
        syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        _ => None,
    }
}

/// Data enums: the container's tagging, then every variant.
fn check_union(cx: &Ctxt, cont: &Container<'_>, variants: &[Variant<'_>]) {
    let c = &cont.attrs;
    check_de_lifetime(cx, cont);
    if let (Some(span), false) = (c.content.span(), c.tag.is_set()) {
        cx.syn_error(syn::Error::new(
            span,
            "`content` names where an adjacently tagged enum keeps a variant's data, next to its `tag`; add `tag = \"...\"` or remove `content`",
        ));
    }
    if let Some(span) = c.untagged.span() {
        for (set, key) in [(c.tag.is_set(), "tag"), (c.content.is_set(), "content")] {
            if set {
                cx.syn_error(syn::Error::new(
                    span,
                    format!("an `untagged` enum has no `{key}`: remove `untagged` or `{key}`"),
                ));
            }
        }
    }
    if let (Some(tag), Some(content)) = (c.tag.get(), c.content.get()) {
        if tag.value() == content.value() {
            cx.error_spanned_by(
                content,
                format!(
                    "`tag` and `content` are both `{}`; give them different keys",
                    tag.value()
                ),
            );
        }
    }
    let tagging = cont.tagging();
    let mut other: Option<&Variant<'_>> = None;
    let mut first_untagged: Option<&Variant<'_>> = None;
    let mut wire_names: BTreeMap<&str, &Variant<'_>> = BTreeMap::new();
    for v in variants {
        check_variant_fields(cx, cont, &tagging, v);
        check_variant_other(cx, &tagging, v, &mut other);
        if let Some(span) = v.attrs.untagged.span() {
            // On a variant of an `untagged` enum it changes nothing, as serde's; the order rule
            // below still holds, as serde's.
            if v.attrs.other.is_set() && tagging != Tagging::Untagged {
                cx.syn_error(syn::Error::new(
                    span,
                    "an `untagged` variant has no tag, so it cannot be the `other` one; remove one of them",
                ));
            }
            first_untagged.get_or_insert(v);
            continue;
        }
        if let Some(first) = first_untagged {
            cx.error_spanned_by(
                v.ident,
                format!(
                    "`untagged` variants are tried after the tagged ones and must come last; move `{}` before `{}`",
                    v.ident, first.ident
                ),
            );
        }
        if tagging == Tagging::Untagged || cont.serde_defaults() {
            continue; // serde_derive takes shared names (the first variant is read)
        }
        if let Some(first) = wire_names.get(v.wire.as_str()) {
            let at = match v.attrs.rename.get().and_then(|n| n.ser.as_ref()) {
                Some(lit) => lit.to_token_stream(),
                None => v.ident.to_token_stream(),
            };
            cx.error_spanned_by(
                at,
                format!(
                    "`{}` and `{}` both map to the wire value `{}`; give one of them another name with `#[api(rename = \"...\")]`",
                    first.ident, v.ident, v.wire
                ),
            );
        } else {
            wire_names.insert(&v.wire, v);
        }
    }
}

/// `other`: once, in a tagged enum, on a unit variant (serde's) or a newtype holding
/// `serde_json::Value` of an internally or adjacently tagged enum (the unknown object, kept).
fn check_variant_other<'c, 'a>(
    cx: &Ctxt,
    tagging: &Tagging,
    v: &'c Variant<'a>,
    other: &mut Option<&'c Variant<'a>>,
) {
    let Some(span) = v.attrs.other.span() else {
        return;
    };
    let name = v.ident;
    if let Some(first) = other {
        cx.syn_error(syn::Error::new(
            span,
            format!(
                "only one variant can be `other`; `{}` already is",
                first.ident
            ),
        ));
    } else {
        *other = Some(v);
    }
    match (tagging, &v.shape) {
        (Tagging::Untagged, _) => cx.syn_error(syn::Error::new(
            span,
            "an `untagged` enum has no tag to be unknown, so no `other` variant; remove `other`",
        )),
        (_, Shape::Unit) => {}
        (Tagging::Internal(_) | Tagging::Adjacent(..), Shape::Newtype(ty))
            if is_named(ty, "Value") => {}
        (Tagging::External, _) => cx.syn_error(syn::Error::new(
            span,
            format!("`other` in an externally tagged enum must be a unit variant (`{name}`), which unknown variant names read as"),
        )),
        _ => cx.syn_error(syn::Error::new(
            span,
            format!("`other` must be a unit variant (`{name}`), or a newtype holding the whole unknown object (`{name}(serde_json::Value)`)"),
        )),
    }
}

/// What a variant holds: struct fields as a struct's (minus the builder-only and map-only
/// attributes), no attributes on tuple fields, and no tuple variant in an internally tagged
/// enum.
fn check_variant_fields(cx: &Ctxt, cont: &Container<'_>, tagging: &Tagging, v: &Variant<'_>) {
    let name = v.ident;
    // An untagged variant writes no tag: none goes into its content (serde's rule too).
    let writes_tag = |tagging: &Tagging| match tagging {
        Tagging::Internal(tag) if !v.attrs.untagged.is_set() => Some(tag.clone()),
        _ => None,
    };
    match &v.shape {
        // A newtype's value is only known to be an object at run time: serde compiles any, then
        // fails to write a tag into a string or a list (`cannot serialize tagged newtype variant
        // E::V containing a string`) and to read one from an object; so does the runtime.
        Shape::Unit | Shape::Newtype(_) => {}
        // serde refuses these too (`#[serde(tag = "...")] cannot be used with tuple variants`),
        // untagged ones included.
        Shape::Tuple(_) => {
            if let Tagging::Internal(tag) = tagging {
                cx.error_spanned_by(
                    &v.original.fields,
                    format!("an internally tagged variant writes its tag `{tag}` into its content, which must be an object: the tuple variant `{name}` is an array; use named fields, or `content = \"...\"` (adjacently tagged)"),
                );
            }
        }
        Shape::Struct(fields) => {
            let mut wire_names: BTreeMap<&str, &Field<'_>> = BTreeMap::new();
            for field in fields {
                check_attribute_combinations(cx, field);
                check_wire_name(cx, field, &mut wire_names);
                let a = &field.attrs;
                for (set, key, why) in [
                    (
                        a.additional_properties.span(),
                        "additional_properties",
                        "is not supported on the fields of enum variants",
                    ),
                    (
                        a.into.span(),
                        "into",
                        "configures a builder setter, and enums have no builder",
                    ),
                ] {
                    if let Some(span) = set {
                        cx.syn_error(syn::Error::new(span, format!("`{key}` {why}; remove it")));
                    }
                }
                if let Some(tag) = writes_tag(tagging) {
                    if field.is_keyed() && field.wire == tag {
                        cx.error_spanned_by(
                            field.ident,
                            format!("the field `{}` of `{name}` has the wire key `{tag}`, which is the enum's tag; rename the field or the tag", field.name()),
                        );
                    }
                }
            }
        }
    }
    // The fields of tuple and newtype variants take serde's element attributes (`with`,
    // `skip`, `default`, ..); keys that name a key or a builder setter mean nothing there.
    for e in &v.elements {
        each_set(
            cx,
            [
                (e.required.span(), "required"),
                (e.into.span(), "into"),
                (e.skip_none.span(), "skip_none"),
                (e.additional_properties.span(), "additional_properties"),
                (e.flatten.span(), "flatten"),
            ],
            |key| {
                format!(
                    "`{key}` has no meaning on the field of a tuple or newtype variant, which has no key and no setter; remove `{key}`"
                )
            },
        );
    }
    if cont.attrs.deny_unknown_fields.is_set() {
        // applies to struct variants (as serde's)
    }
}

/// One error per attribute that is set among `attrs` (`(its span, its key)`), at that
/// attribute, with `message(key)`.
fn each_set<const N: usize>(
    cx: &Ctxt,
    attrs: [(Option<proc_macro2::Span>, &str); N],
    message: impl Fn(&str) -> String,
) {
    for (span, key) in attrs {
        if let Some(span) = span {
            cx.syn_error(syn::Error::new(span, message(key)));
        }
    }
}
