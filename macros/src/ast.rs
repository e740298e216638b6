//! The derive's input as a borrowed IR: every item keeps its `original` syntax for spans.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::{Ident, LitStr, Type};

use crate::attr::{ContainerAttrs, Docs, FieldAttrs, Rules, VariantAttrs};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;

pub struct Container<'a> {
    pub ident: &'a Ident,
    pub generics: &'a syn::Generics,
    pub vis: &'a syn::Visibility,
    pub attrs: ContainerAttrs,
    pub data: Data<'a>,
    pub docs: Docs<'a>,
}

pub enum Data<'a> {
    Struct(Vec<Field<'a>>),
    /// A string enum: unit variants and at most one `#[api(other)] Unknown(String)`.
    Enum(Vec<Variant<'a>>),
    /// A data enum (`union.rs`): tuple or struct variants, or a `tag`/`content`/`untagged`.
    Union(Vec<Variant<'a>>),
    /// A tuple struct of one field: `struct AccountId(pub String);`.
    Newtype(Box<Newtype<'a>>),
    /// A tuple struct of another number of fields (`tuple.rs`): serde's tuple struct.
    Tuple(Vec<Newtype<'a>>),
    /// A unit struct (`struct Empty;`): serde's unit struct.
    Unit,
}

/// The one field of a newtype.
pub struct Newtype<'a> {
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
}

pub struct Field<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
    /// The key written, after `rename` / `rename_all`.
    pub wire: String,
    /// The key read (serde's `rename(deserialize = ..)` may make it differ from `wire`).
    pub wire_de: String,
    /// Other keys read as this field (`alias`).
    pub aliases: Vec<String>,
    /// The container asked for serde_derive's defaults (`#[api(serde_defaults)]`).
    pub serde_defaults: bool,
    /// The struct has serde's container `default`: a missing field takes the value of the
    /// container's default.
    pub container_default: bool,
    /// `T` when the field is written `Option<T>`.
    pub option_inner: Option<&'a Type>,
    /// The container's `skip_none`, which the field's own overrides (`prop::skips_none`).
    pub container_skip_none: Option<bool>,
    pub docs: Docs<'a>,
    pub original: &'a syn::Field,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub attrs: VariantAttrs,
    /// The name written, after `rename` / `rename_all`.
    pub wire: String,
    /// The name read.
    pub wire_de: String,
    /// Other names read as this variant (`alias`).
    pub aliases: Vec<String>,
    pub docs: Docs<'a>,
    pub original: &'a syn::Variant,
    pub shape: Shape<'a>,
    /// The attributes of each field of a newtype or tuple variant (serde's `with`, `skip`, ..).
    pub elements: Vec<FieldAttrs>,
}

/// What a variant holds.
pub enum Shape<'a> {
    Unit,
    /// `Variant(T)`.
    Newtype(&'a Type),
    /// `Variant(A, B, ..)`: two fields or more.
    Tuple(Vec<&'a Type>),
    /// `Variant { a: A, .. }`: its fields are read and written as a struct's.
    Struct(Vec<Field<'a>>),
}

/// How a data enum marks its variant on the wire.
#[derive(Clone, PartialEq, Eq)]
pub enum Tagging {
    /// `{"variant": content}` (serde's default).
    External,
    /// `#[api(tag = "t")]`: `{"t": "variant", ...fields}`.
    Internal(String),
    /// `#[api(tag = "t", content = "c")]`: `{"t": "variant", "c": content}`.
    Adjacent(String, String),
    /// `#[api(untagged)]`: the first variant that reads the input.
    Untagged,
}

impl Field<'_> {
    pub fn span(&self) -> Span {
        self.ident.span()
    }

    /// The Rust name, without `r#`.
    pub fn name(&self) -> String {
        self.ident.unraw().to_string()
    }
}

impl<'a> Container<'a> {
    pub fn from_ast(cx: &Ctxt, input: &'a syn::DeriveInput) -> Option<Self> {
        let attrs = ContainerAttrs::parse(cx, &input.attrs);
        let data = match &input.data {
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => {
                    let naming = Naming {
                        container_default: attrs.default.is_set(),
                        ..Naming::fields(&attrs, attrs.rename_all.get())
                    };
                    Data::Struct(named.named.iter().map(|f| field(cx, f, &naming)).collect())
                }
                syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                    let original = &fields.unnamed[0];
                    Data::Newtype(Box::new(Newtype {
                        ty: &original.ty,
                        attrs: FieldAttrs::parse(cx, &original.attrs),
                    }))
                }
                syn::Fields::Unnamed(fields) => Data::Tuple(
                    fields
                        .unnamed
                        .iter()
                        .map(|f| Newtype {
                            ty: &f.ty,
                            attrs: FieldAttrs::parse(cx, &f.attrs),
                        })
                        .collect(),
                ),
                syn::Fields::Unit => Data::Unit,
            },
            syn::Data::Enum(data) => {
                let variants: Vec<Variant<'a>> = data
                    .variants
                    .iter()
                    .map(|v| variant(cx, v, &attrs))
                    .collect();
                let tagged =
                    attrs.tag.is_set() || attrs.content.is_set() || attrs.untagged.is_set();
                // serde's identifiers read a unit `other` as their fallback.
                let identifier =
                    attrs.variant_identifier.is_set() || attrs.field_identifier.is_set();
                if tagged || variants.iter().any(|v| v.makes_data_enum(identifier)) {
                    Data::Union(variants)
                } else {
                    Data::Enum(variants)
                }
            }
            syn::Data::Union(data) => {
                cx.syn_error(syn::Error::new(
                    data.union_token.span,
                    "`ApiModel` cannot be derived for a union; use a struct with named fields or an enum of unit variants",
                ));
                return None;
            }
        };
        Some(Container {
            ident: &input.ident,
            generics: &input.generics,
            vis: &input.vis,
            attrs,
            data,
            docs: Docs::parse(&input.attrs),
        })
    }

    /// serde_derive's defaults were asked for (`#[api(serde_defaults)]`).
    pub fn serde_defaults(&self) -> bool {
        self.attrs.serde_defaults.is_set()
    }

    /// Whether `Serialize` is derived: not under `#[api(deserialize_only)]`.
    pub fn writes(&self) -> bool {
        !self.attrs.deserialize_only.is_set()
    }

    /// Whether `Deserialize` is derived: not under `#[api(serialize_only)]`.
    pub fn reads(&self) -> bool {
        !self.attrs.serialize_only.is_set()
    }

    /// The `Serialize` and the `Deserialize` items, each made only when it is derived
    /// (`#[api(deserialize_only)]` / `#[api(serialize_only)]` leave one out).
    pub fn one_way<S, D>(
        &self,
        ser: impl FnOnce() -> S,
        de: impl FnOnce() -> D,
    ) -> (Option<S>, Option<D>) {
        (self.writes().then(ser), self.reads().then(de))
    }

    /// The Rust name serde's messages and `serialize_struct` use (`rename` on the container).
    pub fn name_ser(&self) -> String {
        match self.attrs.rename.get().and_then(|n| n.ser.as_ref()) {
            Some(lit) => lit.value(),
            None => self.ident.unraw().to_string(),
        }
    }

    /// The name `deserialize_struct` and the messages of reading use.
    pub fn name_de(&self) -> String {
        match self.attrs.rename.get().and_then(|n| n.de.as_ref()) {
            Some(lit) => lit.value(),
            None => self.ident.unraw().to_string(),
        }
    }

    /// The path generated code uses for the runtime: `::apimodel` or `#[api(crate = "...")]`.
    pub fn krate(&self) -> proc_macro2::TokenStream {
        match self.attrs.krate.get() {
            Some(path) => quote::quote!(#path),
            None => quote::quote!(::apimodel),
        }
    }
}

/// How the names of one list of fields (or variants) are made: the rules of `rename_all` for
/// each direction, and the defaults that apply to the fields.
struct Naming {
    ser: Option<RenameRule>,
    de: Option<RenameRule>,
    skip_none: Option<bool>,
    serde_defaults: bool,
    container_default: bool,
}

impl Naming {
    /// The fields of a struct, or of a struct variant: `rules` when given, else camelCase
    /// (or, with `serde_defaults`, names as written).
    fn fields(attrs: &ContainerAttrs, rules: Option<&Rules>) -> Self {
        let serde_defaults = attrs.serde_defaults.is_set();
        let fallback = (!serde_defaults).then_some(RenameRule::Camel);
        let rules = rules.copied().unwrap_or_default();
        Naming {
            ser: rules
                .ser
                .or(if rules_given(rules) { None } else { fallback }),
            de: rules
                .de
                .or(if rules_given(rules) { None } else { fallback }),
            skip_none: attrs.skip_none.get().copied(),
            serde_defaults,
            container_default: false,
        }
    }

    fn wire(rule: Option<RenameRule>, given: Option<&LitStr>, name: &str, variant: bool) -> String {
        match (given, rule) {
            (Some(lit), _) => lit.value(),
            (None, Some(rule)) if variant => rule.apply_to_variant(name),
            (None, Some(rule)) => rule.apply_to_field(name),
            (None, None) => name.to_owned(),
        }
    }
}

/// A `rename_all` whose one direction is given leaves the other as written, as serde's does;
/// with neither given, the default rule applies to both.
fn rules_given(rules: Rules) -> bool {
    rules.ser.is_some() || rules.de.is_some()
}

fn field<'a>(cx: &Ctxt, f: &'a syn::Field, naming: &Naming) -> Field<'a> {
    let ident = f.ident.as_ref().expect("named field");
    let attrs = FieldAttrs::parse(cx, &f.attrs);
    let name = ident.unraw().to_string();
    let names = attrs.rename.get();
    let wire = Naming::wire(naming.ser, names.and_then(|n| n.ser.as_ref()), &name, false);
    let wire_de = Naming::wire(naming.de, names.and_then(|n| n.de.as_ref()), &name, false);
    let aliases = attrs.alias.iter().map(LitStr::value).collect();
    Field {
        ident,
        ty: &f.ty,
        attrs,
        wire,
        wire_de,
        aliases,
        serde_defaults: naming.serde_defaults,
        container_default: naming.container_default,
        option_inner: option_inner(&f.ty),
        container_skip_none: naming.skip_none,
        docs: Docs::parse(&f.attrs),
        original: f,
    }
}

fn variant<'a>(cx: &Ctxt, v: &'a syn::Variant, cont: &ContainerAttrs) -> Variant<'a> {
    let attrs = VariantAttrs::parse(cx, &v.attrs);
    let own = Naming::fields(cont, cont.rename_all.get());
    let name = v.ident.unraw().to_string();
    let names = attrs.rename.get();
    let wire = Naming::wire(own.ser, names.and_then(|n| n.ser.as_ref()), &name, true);
    let wire_de = Naming::wire(own.de, names.and_then(|n| n.de.as_ref()), &name, true);
    let aliases = attrs.alias.iter().map(LitStr::value).collect();
    let shape = match &v.fields {
        syn::Fields::Unit => Shape::Unit,
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            Shape::Newtype(&fields.unnamed[0].ty)
        }
        syn::Fields::Unnamed(fields) => {
            Shape::Tuple(fields.unnamed.iter().map(|f| &f.ty).collect())
        }
        // Struct variants' fields are camelCase, as struct fields (serde's `rename_all_fields`),
        // unless the variant's own `rename_all` or the enum's `rename_all_fields` says otherwise.
        syn::Fields::Named(named) => {
            let rules = attrs.rename_all.get().or(cont.rename_all_fields.get());
            let naming = Naming::fields(cont, rules);
            Shape::Struct(named.named.iter().map(|f| field(cx, f, &naming)).collect())
        }
    };
    let elements = match &v.fields {
        syn::Fields::Unnamed(fields) => fields
            .unnamed
            .iter()
            .map(|f| FieldAttrs::parse(cx, &f.attrs))
            .collect(),
        _ => Vec::new(),
    };
    Variant {
        ident: &v.ident,
        attrs,
        wire,
        wire_de,
        aliases,
        docs: Docs::parse(&v.attrs),
        original: v,
        shape,
        elements,
    }
}

impl<'a> Variant<'a> {
    /// The types of the variant's fields, in order (none for a unit variant).
    pub fn field_types(&self) -> Vec<&'a Type> {
        match &self.shape {
            Shape::Unit => Vec::new(),
            Shape::Newtype(ty) => vec![*ty],
            Shape::Tuple(tys) => tys.clone(),
            Shape::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
        }
    }

    /// serde's `serialize_with` (or `with`) on a unit, tuple or struct variant: the variant is
    /// written as a newtype variant holding what the function writes of all its fields.
    pub fn writes_whole_with(&self) -> bool {
        !matches!(self.shape, Shape::Newtype(_)) && element_ser_with(&self.attrs).is_some()
    }

    /// serde's `deserialize_with` (or `with`) on a unit, tuple or struct variant: the variant is
    /// read as a newtype variant whose value the function returns as a tuple of its fields.
    pub fn reads_whole_with(&self) -> bool {
        !matches!(self.shape, Shape::Newtype(_)) && element_de_with(&self.attrs).is_some()
    }

    /// Written when serializing (serde's `skip_serializing` and `skip` say not).
    pub fn is_written(&self) -> bool {
        !self.attrs.skip.is_set() && !self.attrs.skip_serializing.is_set()
    }

    /// The function that writes a newtype variant's value (serde's `serialize_with`, or
    /// `module::serialize` of `with`).
    pub fn ser_with(&self) -> Option<proc_macro2::TokenStream> {
        element_ser_with(&self.attrs).or_else(|| match self.shape {
            Shape::Newtype(_) => self.elements.first().and_then(element_ser_with),
            _ => None,
        })
    }

    /// The function that reads a newtype variant's value (serde's `deserialize_with`, or
    /// `module::deserialize` of `with`).
    pub fn de_with(&self) -> Option<proc_macro2::TokenStream> {
        element_de_with(&self.attrs).or_else(|| match self.shape {
            Shape::Newtype(_) => self.elements.first().and_then(element_de_with),
            _ => None,
        })
    }

    /// The `with` path of a newtype variant (on the variant or on its field), for the span of
    /// its wrapper.
    pub fn with_path(&self, ser: bool) -> Option<&syn::Path> {
        with_path(&self.attrs, ser).or_else(|| match self.shape {
            Shape::Newtype(_) => self.elements.first().and_then(|e| with_path(e, ser)),
            _ => None,
        })
    }

    /// Read when deserializing (serde's `skip_deserializing` and `skip` say not).
    pub fn is_read(&self) -> bool {
        !self.attrs.skip.is_set() && !self.attrs.skip_deserializing.is_set()
    }

    /// A variant only a data enum has: one holding data, unless it is a string enum's
    /// `#[api(other)] Unknown(String)`; or an `untagged` one. In an `identifier` enum (serde's
    /// `variant_identifier` / `field_identifier`) a unit `other` is the string enum's fallback.
    fn makes_data_enum(&self, identifier: bool) -> bool {
        let string_other = self.attrs.other.is_set()
            && matches!(self.shape, Shape::Newtype(ty) if is_named(ty, "String"));
        // serde's per-variant attributes (`skip`, `with`, ..) are the data enum's code.
        let a = &self.attrs;
        let per_variant = a.skip.is_set()
            || a.skip_serializing.is_set()
            || a.skip_deserializing.is_set()
            || a.with.is_set()
            || a.serialize_with.is_set()
            || a.deserialize_with.is_set()
            || self
                .elements
                .iter()
                .any(|e| element_ser_with(e).is_some() || element_de_with(e).is_some());
        // serde's `other` on a unit variant: unknown names read as it, as in any data enum.
        let unit_other = a.other.is_set() && matches!(self.shape, Shape::Unit) && !identifier;
        per_variant
            || unit_other
            || a.untagged.is_set()
            || !(matches!(self.shape, Shape::Unit) || string_other)
    }
}

impl Container<'_> {
    /// A data enum's tagging, from its attributes.
    pub fn tagging(&self) -> Tagging {
        let a = &self.attrs;
        match (a.tag.get(), a.content.get(), a.untagged.is_set()) {
            (_, _, true) => Tagging::Untagged,
            (Some(tag), Some(content), _) => Tagging::Adjacent(tag.value(), content.value()),
            (Some(tag), None, _) => Tagging::Internal(tag.value()),
            (None, ..) => Tagging::External,
        }
    }
}

/// Every name a field or variant is read by — its name read and its `alias`es — sorted and
/// once each, as serde_derive's `BTreeSet` lists them in its messages.
pub fn read_names<'n>(wire_de: &'n String, aliases: &'n [String]) -> Vec<&'n String> {
    let mut names: Vec<&String> = aliases.iter().collect();
    names.push(wire_de);
    names.sort();
    names.dedup();
    names
}

/// The function that writes an element of a tuple or newtype variant: `serialize_with`, or
/// `module::serialize` of `with`.
pub fn element_ser_with<A: WithAttrs>(a: &A) -> Option<proc_macro2::TokenStream> {
    let (with, own) = a.with_paths(true);
    match (own, with) {
        (Some(path), _) => Some(quote::quote!(#path)),
        (None, Some(module)) => Some(quote::quote!(#module::serialize)),
        (None, None) => None,
    }
}

/// The function that reads an element: `deserialize_with`, or `module::deserialize`.
pub fn element_de_with<A: WithAttrs>(a: &A) -> Option<proc_macro2::TokenStream> {
    let (with, own) = a.with_paths(false);
    match (own, with) {
        (Some(path), _) => Some(quote::quote!(#path)),
        (None, Some(module)) => Some(quote::quote!(#module::deserialize)),
        (None, None) => None,
    }
}

/// The path a direction's wrapper calls (its own `serialize_with` / `deserialize_with`, else
/// `with`), for the span of that wrapper.
pub fn with_path<A: WithAttrs>(a: &A, ser: bool) -> Option<&syn::Path> {
    let (with, own) = a.with_paths(ser);
    own.or(with)
}

/// The `with` and the direction's own path of a variant's or a field's attributes.
pub trait WithAttrs {
    fn with_paths(&self, ser: bool) -> (Option<&syn::Path>, Option<&syn::Path>);
}

impl WithAttrs for FieldAttrs {
    fn with_paths(&self, ser: bool) -> (Option<&syn::Path>, Option<&syn::Path>) {
        let own = if ser {
            &self.serialize_with
        } else {
            &self.deserialize_with
        };
        (self.with.get(), own.get())
    }
}

impl WithAttrs for VariantAttrs {
    fn with_paths(&self, ser: bool) -> (Option<&syn::Path>, Option<&syn::Path>) {
        let own = if ser {
            &self.serialize_with
        } else {
            &self.deserialize_with
        };
        (self.with.get(), own.get())
    }
}

/// The last segment of a path type is `name` (`String`, `std::string::String`).
pub fn is_named(ty: &Type, name: &str) -> bool {
    match ungroup(ty) {
        Type::Path(p) if p.qself.is_none() => {
            p.path.segments.last().is_some_and(|s| s.ident == name)
        }
        _ => false,
    }
}

/// `T` of a field written `Option<T>`, `core::option::Option<T>` or `std::option::Option<T>`.
/// Decided on the tokens, as serde users write it; a type alias of `Option` is a plain type.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    let prefix_ok = match segments.len() {
        1 => path.path.leading_colon.is_none(),
        3 => {
            let root = &segments[0].ident;
            (root == "core" || root == "std") && segments[1].ident == "option"
        }
        _ => false,
    };
    if !prefix_ok || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match &args.args[0] {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The type arguments of a path segment: `[String, V]` of `BTreeMap<String, V>`.
pub fn type_args(segment: &syn::PathSegment) -> Vec<&Type> {
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

pub fn ungroup(mut ty: &Type) -> &Type {
    while let Type::Group(group) = ty {
        ty = &group.elem;
    }
    ty
}
