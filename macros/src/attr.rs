//! `#[api(...)]` and `#[serde(...)]` attributes: one parser per position (container, variant,
//! field), one branch per key. The path only decides which keys are allowed and, for `default`,
//! how its value is written (`default = expr` in `#[api]`, serde's `default = "path"` in
//! `#[serde]`); a key means the same in both.

use std::fmt::Write as _;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::punctuated::Punctuated;
use syn::{Attribute, LitBool, LitStr, Token};

use crate::case::RenameRule;
use crate::ctxt::Ctxt;

/// Which attribute a key was written in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    Api,
    Serde,
}

impl Spelling {
    /// The attribute's path: `api` or `serde`.
    fn path(self) -> &'static str {
        match self {
            Spelling::Api => "api",
            Spelling::Serde => "serde",
        }
    }

    /// Whose attribute it is, in messages: `apimodel` or `serde`.
    fn owner(self) -> &'static str {
        match self {
            Spelling::Api => "apimodel",
            Spelling::Serde => "serde",
        }
    }
}

/// A value given at most once; the second occurrence is reported where it stands.
pub struct Attr<T> {
    name: &'static str,
    value: Option<(Span, Spelling, T)>,
}

impl<T> Attr<T> {
    fn none(name: &'static str) -> Self {
        Attr { name, value: None }
    }

    fn set(&mut self, cx: &Ctxt, key: &Key<'_, '_>, value: T) {
        let name = self.name;
        match &self.value {
            Some((_, first, _)) if *first == key.spelling => cx.error_spanned_by(
                &key.meta.path,
                format!("duplicate {} attribute `{name}`", key.spelling.owner()),
            ),
            Some((_, first, _)) => cx.error_spanned_by(
                &key.meta.path,
                format!(
                    "`{name}` is given twice, as `#[{}({name} ..)]` and as `#[{}({name} ..)]`; keep one of them",
                    first.path(),
                    key.spelling.path()
                ),
            ),
            None => self.value = Some((span_of(&key.meta.path), key.spelling, value)),
        }
    }

    pub fn get(&self) -> Option<&T> {
        self.value.as_ref().map(|(_, _, v)| v)
    }

    pub fn span(&self) -> Option<Span> {
        self.value.as_ref().map(|(s, _, _)| *s)
    }

    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }

    /// Written in `#[serde(...)]`.
    pub fn is_serde(&self) -> bool {
        matches!(self.value, Some((_, Spelling::Serde, _)))
    }
}

impl Attr<Names> {
    /// `rename(serialize = ..)` and `rename(deserialize = ..)` may be given apart, as serde
    /// takes them: the halves are merged, a half given twice is a duplicate.
    fn merge(&mut self, cx: &Ctxt, key: &Key<'_, '_>, names: Names) {
        let Some((_, _, have)) = &mut self.value else {
            return self.set(cx, key, names);
        };
        if (have.ser.is_some() && names.ser.is_some()) || (have.de.is_some() && names.de.is_some())
        {
            return self.set(cx, key, names);
        }
        if names.ser.is_some() {
            have.ser = names.ser;
        }
        if names.de.is_some() {
            have.de = names.de;
        }
    }
}

fn span_of(path: &syn::Path) -> Span {
    path.segments
        .first()
        .map_or_else(Span::call_site, |s| s.ident.span())
}

/// A name that may differ by direction: `rename = "x"` or serde's
/// `rename(serialize = "a", deserialize = "b")` (either half may be left out).
#[derive(Default)]
pub struct Names {
    pub ser: Option<LitStr>,
    pub de: Option<LitStr>,
}

/// `rename_all = "rule"`, or `rename_all(serialize = "..", deserialize = "..")`.
#[derive(Default, Clone, Copy)]
pub struct Rules {
    pub ser: Option<RenameRule>,
    pub de: Option<RenameRule>,
}

/// `bound = "T: Trait"`, or `bound(serialize = "..", deserialize = "..")`: where predicates that
/// replace the inferred ones.
#[derive(Default)]
pub struct Bounds {
    pub ser: Option<Vec<syn::WherePredicate>>,
    pub de: Option<Vec<syn::WherePredicate>>,
}

/// `borrow` (every lifetime of the field's type) or `borrow = "'a + 'b"`.
pub enum Borrow {
    All,
    Some(Vec<syn::Lifetime>),
}

pub struct ContainerAttrs {
    pub rename: Attr<Names>,
    pub rename_all: Attr<Rules>,
    /// serde's `rename_all_fields`: the rule for the fields of every struct variant.
    pub rename_all_fields: Attr<Rules>,
    pub deny_unknown_fields: Attr<()>,
    pub krate: Attr<syn::Path>,
    pub skip_none: Attr<bool>,
    /// `#[api(tag = "type")]`: a data enum, internally (or, with `content`, adjacently) tagged.
    pub tag: Attr<LitStr>,
    /// `#[api(content = "data")]`: with `tag`, adjacently tagged.
    pub content: Attr<LitStr>,
    /// `#[api(untagged)]`: a data enum read by trying each variant in order.
    pub untagged: Attr<()>,
    /// `#[api(serde_defaults)]`: serde_derive's defaults (names as written, `None` as `null`).
    pub serde_defaults: Attr<()>,
    /// `#[api(serialize_only)]`: only `Serialize` is derived (serde_derive's
    /// `#[derive(Serialize)]` alone), for types whose fields cannot be read.
    pub serialize_only: Attr<()>,
    /// `#[api(deserialize_only)]`: only `Deserialize` is derived.
    pub deserialize_only: Attr<()>,
    /// `default`: a missing field takes its value from the container's `Default`.
    pub default: Attr<Default>,
    pub bound: Attr<Bounds>,
    pub transparent: Attr<()>,
    pub from: Attr<syn::Type>,
    pub try_from: Attr<syn::Type>,
    pub into: Attr<syn::Type>,
    pub expecting: Attr<LitStr>,
    pub variant_identifier: Attr<()>,
    pub field_identifier: Attr<()>,
}

pub enum Default {
    /// `#[api(default)]`: `Default::default()`.
    Trait,
    /// `#[api(default = expr)]`, or serde's `default = "path"` as the call `path()`.
    Expr(TokenStream),
}

pub struct FieldAttrs {
    pub rename: Attr<Names>,
    pub alias: Vec<LitStr>,
    pub default: Attr<Default>,
    pub required: Attr<()>,
    pub skip: Attr<()>,
    pub skip_serializing: Attr<()>,
    pub skip_deserializing: Attr<()>,
    pub skip_serializing_if: Attr<syn::Path>,
    pub with: Attr<syn::Path>,
    pub serialize_with: Attr<syn::Path>,
    pub deserialize_with: Attr<syn::Path>,
    pub additional_properties: Attr<()>,
    pub into: Attr<bool>,
    pub skip_none: Attr<bool>,
    pub flatten: Attr<()>,
    pub bound: Attr<Bounds>,
    pub borrow: Attr<Borrow>,
}

pub struct VariantAttrs {
    pub rename: Attr<Names>,
    pub alias: Vec<LitStr>,
    pub rename_all: Attr<Rules>,
    pub other: Attr<()>,
    /// `#[api(untagged)]` on a variant of a tagged enum: tried when no tag matches.
    pub untagged: Attr<()>,
    pub skip: Attr<()>,
    pub skip_serializing: Attr<()>,
    pub skip_deserializing: Attr<()>,
    pub with: Attr<syn::Path>,
    pub serialize_with: Attr<syn::Path>,
    pub deserialize_with: Attr<syn::Path>,
    pub bound: Attr<Bounds>,
    pub borrow: Attr<Borrow>,
}

// Every key, named once: the parsers, the duplicate and unknown-key messages use these.
const RENAME_ALL: &str = "rename_all";
const RENAME_ALL_FIELDS: &str = "rename_all_fields";
const DENY_UNKNOWN_FIELDS: &str = "deny_unknown_fields";
const CRATE: &str = "crate";
const RENAME: &str = "rename";
const ALIAS: &str = "alias";
const DEFAULT: &str = "default";
const REQUIRED: &str = "required";
const SKIP: &str = "skip";
const SKIP_SERIALIZING: &str = "skip_serializing";
const SKIP_DESERIALIZING: &str = "skip_deserializing";
const SKIP_SERIALIZING_IF: &str = "skip_serializing_if";
const WITH: &str = "with";
const SERIALIZE_WITH: &str = "serialize_with";
const DESERIALIZE_WITH: &str = "deserialize_with";
const ADDITIONAL_PROPERTIES: &str = "additional_properties";
const INTO: &str = "into";
const OTHER: &str = "other";
const SKIP_NONE: &str = "skip_none";
const FLATTEN: &str = "flatten";
const TAG: &str = "tag";
const CONTENT: &str = "content";
const UNTAGGED: &str = "untagged";
const SERDE_DEFAULTS: &str = "serde_defaults";
const SERIALIZE_ONLY: &str = "serialize_only";
const DESERIALIZE_ONLY: &str = "deserialize_only";
const BOUND: &str = "bound";
const BORROW: &str = "borrow";
const TRANSPARENT: &str = "transparent";
const FROM: &str = "from";
const TRY_FROM: &str = "try_from";
const EXPECTING: &str = "expecting";
const VARIANT_IDENTIFIER: &str = "variant_identifier";
const FIELD_IDENTIFIER: &str = "field_identifier";
/// serde's `remote` and `getter` (deriving for a type of another crate): not supported.
const REMOTE: &str = "remote";
const GETTER: &str = "getter";

/// Keys of each position, and which of them `#[serde]` does not have (apimodel's own).
const CONTAINER_KEYS: &[&str] = &[
    RENAME,
    RENAME_ALL,
    RENAME_ALL_FIELDS,
    DENY_UNKNOWN_FIELDS,
    CRATE,
    SKIP_NONE,
    TAG,
    CONTENT,
    UNTAGGED,
    SERDE_DEFAULTS,
    SERIALIZE_ONLY,
    DESERIALIZE_ONLY,
    DEFAULT,
    BOUND,
    TRANSPARENT,
    FROM,
    TRY_FROM,
    INTO,
    EXPECTING,
    VARIANT_IDENTIFIER,
    FIELD_IDENTIFIER,
];
const CONTAINER_API_ONLY: &[&str] = &[SKIP_NONE, SERDE_DEFAULTS, SERIALIZE_ONLY, DESERIALIZE_ONLY];
const FIELD_KEYS: &[&str] = &[
    RENAME,
    ALIAS,
    DEFAULT,
    REQUIRED,
    SKIP,
    SKIP_SERIALIZING,
    SKIP_DESERIALIZING,
    SKIP_SERIALIZING_IF,
    WITH,
    SERIALIZE_WITH,
    DESERIALIZE_WITH,
    ADDITIONAL_PROPERTIES,
    INTO,
    SKIP_NONE,
    FLATTEN,
    BOUND,
    BORROW,
];
const FIELD_API_ONLY: &[&str] = &[REQUIRED, ADDITIONAL_PROPERTIES, INTO, SKIP_NONE];
const VARIANT_KEYS: &[&str] = &[
    RENAME,
    ALIAS,
    RENAME_ALL,
    OTHER,
    UNTAGGED,
    SKIP,
    SKIP_SERIALIZING,
    SKIP_DESERIALIZING,
    WITH,
    SERIALIZE_WITH,
    DESERIALIZE_WITH,
    BOUND,
    BORROW,
];
const VARIANT_API_ONLY: &[&str] = &[];

/// One key of an `#[api(...)]` or `#[serde(...)]` attribute.
struct Key<'m, 'a> {
    meta: ParseNestedMeta<'m>,
    spelling: Spelling,
    position: &'a str,
    known: &'a [&'a str],
    api_only: &'a [&'a str],
}

impl Key<'_, '_> {
    fn is(&self, key: &str) -> bool {
        self.meta.path.is_ident(key)
            && !(self.spelling == Spelling::Serde && self.api_only.contains(&key))
    }

    fn unknown(&self) -> syn::Error {
        let meta = &self.meta;
        let key = meta.path.to_token_stream().to_string().replace(' ', "");
        let spelling = self.spelling.owner();
        if key == REMOTE || key == GETTER {
            return syn::Error::new_spanned(
                &meta.path,
                format!(
                    "`{key}` is not supported: `ApiModel` derives for types of this crate only; derive `Serialize` and `Deserialize` with serde_derive for a remote type"
                ),
            );
        }
        if self.spelling == Spelling::Serde && self.api_only.contains(&key.as_str()) {
            let written = if meta.input.is_empty() || meta.input.peek(Token![,]) {
                format!("#[api({key})]")
            } else {
                format!("#[api({key} = ...)]")
            };
            return syn::Error::new_spanned(
                &meta.path,
                format!(
                    "`{key}` is an apimodel attribute that serde does not have; write it as `{written}`"
                ),
            );
        }
        let known: Vec<&str> = match self.spelling {
            Spelling::Api => self.known.to_vec(),
            Spelling::Serde => self
                .known
                .iter()
                .copied()
                .filter(|k| !self.api_only.contains(k))
                .collect(),
        };
        let mut msg = format!("unknown {spelling} {} attribute `{key}`", self.position);
        if let Some(best) = known
            .iter()
            .filter(|k| edit_distance(k, &key) <= 2.max(key.len() / 3))
            .min_by_key(|k| edit_distance(k, &key))
        {
            let _ = write!(msg, ", did you mean `{best}`?");
        } else {
            msg.push_str(", expected one of ");
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            msg.push_str(&list.join(", "));
        }
        syn::Error::new_spanned(&meta.path, msg)
    }
}

impl ContainerAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = ContainerAttrs {
            rename: Attr::none(RENAME),
            rename_all: Attr::none(RENAME_ALL),
            rename_all_fields: Attr::none(RENAME_ALL_FIELDS),
            deny_unknown_fields: Attr::none(DENY_UNKNOWN_FIELDS),
            krate: Attr::none(CRATE),
            skip_none: Attr::none(SKIP_NONE),
            tag: Attr::none(TAG),
            content: Attr::none(CONTENT),
            untagged: Attr::none(UNTAGGED),
            serde_defaults: Attr::none(SERDE_DEFAULTS),
            serialize_only: Attr::none(SERIALIZE_ONLY),
            deserialize_only: Attr::none(DESERIALIZE_ONLY),
            default: Attr::none(DEFAULT),
            bound: Attr::none(BOUND),
            transparent: Attr::none(TRANSPARENT),
            from: Attr::none(FROM),
            try_from: Attr::none(TRY_FROM),
            into: Attr::none(INTO),
            expecting: Attr::none(EXPECTING),
            variant_identifier: Attr::none(VARIANT_IDENTIFIER),
            field_identifier: Attr::none(FIELD_IDENTIFIER),
        };
        let (known, api_only) = (CONTAINER_KEYS, CONTAINER_API_ONLY);
        for_each_key(cx, attrs, "container", known, api_only, |key| {
            if out.read_naming(cx, &key)?
                || out.read_shape(cx, &key)?
                || out.read_serde(cx, &key)?
            {
                Ok(())
            } else {
                Err(key.unknown())
            }
        });
        out
    }

    /// `rename`, `rename_all`, `rename_all_fields`, `crate`: names. `Ok(false)`: not one of
    /// these keys.
    fn read_naming(&mut self, cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<bool> {
        if key.is(RENAME) {
            // #[api(rename = "Name")], #[serde(rename(serialize = "A", deserialize = "B"))]
            self.rename.merge(cx, key, names(key)?);
        } else if key.is(RENAME_ALL) {
            // #[api(rename_all = "camelCase")], #[serde(rename_all(serialize = "..", deserialize = ".."))]
            self.rename_all.set(cx, key, rules(cx, key)?);
        } else if key.is(RENAME_ALL_FIELDS) {
            // #[serde(rename_all_fields = "camelCase")]: the fields of every struct variant
            self.rename_all_fields.set(cx, key, rules(cx, key)?);
        } else if key.is(CRATE) {
            // #[api(crate = "path::to::apimodel")]; serde's `crate = "path::to::serde"` names
            // a serde the generated code does not use (it reaches serde through apimodel)
            let lit = string_value(&key.meta)?;
            match lit.parse::<syn::Path>() {
                Ok(path) if key.spelling == Spelling::Api => self.krate.set(cx, key, path),
                Ok(_) => {}
                Err(_) => cx.error_spanned_by(
                    &lit,
                    format!("`crate = {:?}` is not a path, expected e.g. `crate = \"my_sdk::apimodel\"`", lit.value()),
                ),
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// `tag`, `content`, `untagged`, `deny_unknown_fields`, `skip_none`, `serde_defaults`,
    /// `serialize_only`, `deserialize_only`, `transparent`: how the container is shaped on the wire.
    fn read_shape(&mut self, cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<bool> {
        if key.is(TAG) {
            // #[api(tag = "type")]
            self.tag.set(cx, key, string_value(&key.meta)?);
        } else if key.is(CONTENT) {
            // #[api(content = "data")]
            self.content.set(cx, key, string_value(&key.meta)?);
        } else if key.is(UNTAGGED) {
            // #[api(untagged)]
            no_value(key)?;
            self.untagged.set(cx, key, ());
        } else if key.is(DENY_UNKNOWN_FIELDS) {
            // #[api(deny_unknown_fields)]
            no_value(key)?;
            self.deny_unknown_fields.set(cx, key, ());
        } else if key.is(SKIP_NONE) {
            // #[api(skip_none = false)]: every `Option` field writes `None` as `null`
            self.skip_none.set(cx, key, bool_value(&key.meta)?);
        } else if key.is(SERDE_DEFAULTS) {
            // #[api(serde_defaults)]: names as written, `None` written as `null`
            no_value(key)?;
            self.serde_defaults.set(cx, key, ());
        } else if key.is(SERIALIZE_ONLY) {
            // #[api(serialize_only)]: serde_derive's `#[derive(Serialize)]` alone
            no_value(key)?;
            self.serialize_only.set(cx, key, ());
        } else if key.is(DESERIALIZE_ONLY) {
            // #[api(deserialize_only)]: serde_derive's `#[derive(Deserialize)]` alone
            no_value(key)?;
            self.deserialize_only.set(cx, key, ());
        } else if key.is(TRANSPARENT) {
            // #[serde(transparent)]
            no_value(key)?;
            self.transparent.set(cx, key, ());
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// `default`, `bound`, `from`, `try_from`, `into`, `expecting`, `variant_identifier`,
    /// `field_identifier`: serde's container keys of reading and writing.
    fn read_serde(&mut self, cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<bool> {
        if key.is(DEFAULT) {
            // #[serde(default)] or #[serde(default = "path")]: missing fields from `Default`
            self.default.set(cx, key, default_value(key)?);
        } else if key.is(BOUND) {
            // #[serde(bound = "T: Trait")], #[serde(bound(serialize = "..", deserialize = ".."))]
            self.bound.set(cx, key, bounds(key)?);
        } else if key.is(FROM) {
            // #[serde(from = "Type")]
            self.from.set(cx, key, type_value(&key.meta)?);
        } else if key.is(TRY_FROM) {
            // #[serde(try_from = "Type")]
            self.try_from.set(cx, key, type_value(&key.meta)?);
        } else if key.is(INTO) {
            // #[serde(into = "Type")]
            self.into.set(cx, key, type_value(&key.meta)?);
        } else if key.is(EXPECTING) {
            // #[serde(expecting = "a thing")]
            self.expecting.set(cx, key, string_value(&key.meta)?);
        } else if key.is(VARIANT_IDENTIFIER) {
            // #[serde(variant_identifier)]
            no_value(key)?;
            self.variant_identifier.set(cx, key, ());
        } else if key.is(FIELD_IDENTIFIER) {
            // #[serde(field_identifier)]
            no_value(key)?;
            self.field_identifier.set(cx, key, ());
        } else {
            return Ok(false);
        }
        Ok(true)
    }
}

impl FieldAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = FieldAttrs {
            rename: Attr::none(RENAME),
            alias: Vec::new(),
            default: Attr::none(DEFAULT),
            required: Attr::none(REQUIRED),
            skip: Attr::none(SKIP),
            skip_serializing: Attr::none(SKIP_SERIALIZING),
            skip_deserializing: Attr::none(SKIP_DESERIALIZING),
            skip_serializing_if: Attr::none(SKIP_SERIALIZING_IF),
            with: Attr::none(WITH),
            serialize_with: Attr::none(SERIALIZE_WITH),
            deserialize_with: Attr::none(DESERIALIZE_WITH),
            additional_properties: Attr::none(ADDITIONAL_PROPERTIES),
            into: Attr::none(INTO),
            skip_none: Attr::none(SKIP_NONE),
            flatten: Attr::none(FLATTEN),
            bound: Attr::none(BOUND),
            borrow: Attr::none(BORROW),
        };
        for_each_key(cx, attrs, "field", FIELD_KEYS, FIELD_API_ONLY, |key| {
            if out.read_presence(cx, &key)? || out.read_codec(cx, &key)? {
                Ok(())
            } else {
                Err(key.unknown())
            }
        });
        out
    }

    /// `rename`, `alias`, `default`, `required`, `skip*`, `flatten`, `additional_properties`,
    /// `into`, `skip_none`: under which key the field is, when, and in the builder.
    /// `Ok(false)`: not one of these keys.
    fn read_presence(&mut self, cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<bool> {
        if key.is(RENAME) {
            // #[api(rename = "wireName")], #[serde(rename(serialize = "a", deserialize = "b"))]
            self.rename.merge(cx, key, names(key)?);
        } else if key.is(ALIAS) {
            // #[serde(alias = "otherName")], any number of times
            self.alias.push(string_value(&key.meta)?);
        } else if key.is(DEFAULT) {
            // #[api(default)], #[api(default = expr)], #[serde(default = "path")]
            self.default.set(cx, key, default_value(key)?);
        } else if key.is(REQUIRED) {
            // #[api(required)]
            no_value(key)?;
            self.required.set(cx, key, ());
        } else if key.is(SKIP) {
            // #[api(skip)]
            no_value(key)?;
            self.skip.set(cx, key, ());
        } else if key.is(SKIP_SERIALIZING) {
            // #[serde(skip_serializing)]
            no_value(key)?;
            self.skip_serializing.set(cx, key, ());
        } else if key.is(SKIP_DESERIALIZING) {
            // #[serde(skip_deserializing)]
            no_value(key)?;
            self.skip_deserializing.set(cx, key, ());
        } else if key.is(FLATTEN) {
            // #[api(flatten)]: the field's keys are read and written at this model's level
            no_value(key)?;
            self.flatten.set(cx, key, ());
        } else if key.is(ADDITIONAL_PROPERTIES) {
            // #[api(additional_properties)]
            no_value(key)?;
            self.additional_properties.set(cx, key, ());
        } else if key.is(INTO) {
            // #[api(into = false)]
            self.into.set(cx, key, bool_value(&key.meta)?);
        } else if key.is(SKIP_NONE) {
            // #[api(skip_none = false)]: `None` is written as `null`
            self.skip_none.set(cx, key, bool_value(&key.meta)?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// `skip_serializing_if`, `with`, `serialize_with`, `deserialize_with`, `bound`, `borrow`:
    /// how the value is written and read.
    fn read_codec(&mut self, cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<bool> {
        if key.is(SKIP_SERIALIZING_IF) {
            // #[serde(skip_serializing_if = "path::to::predicate")]
            self.skip_serializing_if
                .set(cx, key, path_value(&key.meta, "a function path")?);
        } else if key.is(WITH) {
            // #[api(with = "module")]
            self.with
                .set(cx, key, path_value(&key.meta, "a module path")?);
        } else if key.is(SERIALIZE_WITH) {
            // #[serde(serialize_with = "path::to::function")]
            self.serialize_with
                .set(cx, key, path_value(&key.meta, "a function path")?);
        } else if key.is(DESERIALIZE_WITH) {
            // #[serde(deserialize_with = "path::to::function")]
            self.deserialize_with
                .set(cx, key, path_value(&key.meta, "a function path")?);
        } else if key.is(BOUND) {
            // #[serde(bound = "T: Trait")], #[serde(bound(serialize = "..", deserialize = ".."))]
            self.bound.set(cx, key, bounds(key)?);
        } else if key.is(BORROW) {
            // #[serde(borrow)], #[serde(borrow = "'a + 'b")]
            self.borrow.set(cx, key, borrow(key)?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }
}

impl VariantAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = VariantAttrs {
            rename: Attr::none(RENAME),
            alias: Vec::new(),
            rename_all: Attr::none(RENAME_ALL),
            other: Attr::none(OTHER),
            untagged: Attr::none(UNTAGGED),
            skip: Attr::none(SKIP),
            skip_serializing: Attr::none(SKIP_SERIALIZING),
            skip_deserializing: Attr::none(SKIP_DESERIALIZING),
            with: Attr::none(WITH),
            serialize_with: Attr::none(SERIALIZE_WITH),
            deserialize_with: Attr::none(DESERIALIZE_WITH),
            bound: Attr::none(BOUND),
            borrow: Attr::none(BORROW),
        };
        for_each_key(
            cx,
            attrs,
            "variant",
            VARIANT_KEYS,
            VARIANT_API_ONLY,
            |key| {
                if key.is(RENAME) {
                    // #[api(rename = "wire-value")], #[serde(rename(serialize = "a", deserialize = "b"))]
                    out.rename.merge(cx, &key, names(&key)?);
                } else if key.is(ALIAS) {
                    // #[serde(alias = "other-value")], any number of times
                    out.alias.push(string_value(&key.meta)?);
                } else if key.is(RENAME_ALL) {
                    // #[serde(rename_all = "camelCase")]: this struct variant's fields
                    out.rename_all.set(cx, &key, rules(cx, &key)?);
                } else if key.is(OTHER) {
                    // #[api(other)]
                    no_value(&key)?;
                    out.other.set(cx, &key, ());
                } else if key.is(UNTAGGED) {
                    // #[api(untagged)]
                    no_value(&key)?;
                    out.untagged.set(cx, &key, ());
                } else if key.is(SKIP) {
                    // #[serde(skip)]
                    no_value(&key)?;
                    out.skip.set(cx, &key, ());
                } else if key.is(SKIP_SERIALIZING) {
                    // #[serde(skip_serializing)]
                    no_value(&key)?;
                    out.skip_serializing.set(cx, &key, ());
                } else if key.is(SKIP_DESERIALIZING) {
                    // #[serde(skip_deserializing)]
                    no_value(&key)?;
                    out.skip_deserializing.set(cx, &key, ());
                } else if key.is(WITH) {
                    // #[serde(with = "module")]
                    out.with
                        .set(cx, &key, path_value(&key.meta, "a module path")?);
                } else if key.is(SERIALIZE_WITH) {
                    // #[serde(serialize_with = "path::to::function")]
                    out.serialize_with
                        .set(cx, &key, path_value(&key.meta, "a function path")?);
                } else if key.is(DESERIALIZE_WITH) {
                    // #[serde(deserialize_with = "path::to::function")]
                    out.deserialize_with
                        .set(cx, &key, path_value(&key.meta, "a function path")?);
                } else if key.is(BOUND) {
                    // #[serde(bound = "T: Trait")]
                    out.bound.set(cx, &key, bounds(&key)?);
                } else if key.is(BORROW) {
                    // #[serde(borrow)], #[serde(borrow = "'a")]
                    out.borrow.set(cx, &key, borrow(&key)?);
                } else {
                    return Err(key.unknown());
                }
                Ok(())
            },
        );
        out
    }
}

/// Runs `f` on every key of every `#[api(...)]` and `#[serde(...)]` attribute; a parse error in
/// one attribute is recorded and the next attribute is still read.
fn for_each_key(
    cx: &Ctxt,
    attrs: &[Attribute],
    position: &str,
    known: &[&str],
    api_only: &[&str],
    mut f: impl FnMut(Key<'_, '_>) -> syn::Result<()>,
) {
    for attr in attrs {
        let spelling = if attr.path().is_ident("api") {
            Spelling::Api
        } else if attr.path().is_ident("serde") {
            Spelling::Serde
        } else {
            continue;
        };
        if let syn::Meta::Path(path) = &attr.meta {
            let example = match spelling {
                Spelling::Api => "#[api(rename = \"wireName\")]",
                Spelling::Serde => "#[serde(rename = \"wireName\")]",
            };
            cx.error_spanned_by(path, format!("expected a list of keys, e.g. `{example}`"));
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            f(Key {
                meta,
                spelling,
                position,
                known,
                api_only,
            })
        });
        if let Err(err) = result {
            cx.syn_error(err);
        }
    }
}

fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let key = meta.path.to_token_stream().to_string();
    let value = meta
        .value()
        .map_err(|_| meta.error(format!("expected a string value: `{key} = \"...\"`")))?;
    value.parse::<LitStr>().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected a string value: `{key} = \"...\"`"),
        )
    })
}

/// `key = "path"`, parsed as a path (a module or a function).
fn path_value(meta: &ParseNestedMeta<'_>, what: &str) -> syn::Result<syn::Path> {
    let lit = string_value(meta)?;
    let key = meta.path.to_token_stream().to_string();
    lit.parse::<syn::Path>().map_err(|_| {
        syn::Error::new(
            lit.span(),
            format!(
                "`{key} = {:?}` is not {what}, expected e.g. `{key} = \"my_module{}\"`",
                lit.value(),
                if what == "a module path" {
                    ""
                } else {
                    "::function"
                }
            ),
        )
    })
}

/// `key = "Type"`.
fn type_value(meta: &ParseNestedMeta<'_>) -> syn::Result<syn::Type> {
    let lit = string_value(meta)?;
    let key = meta.path.to_token_stream().to_string();
    lit.parse::<syn::Type>().map_err(|_| {
        syn::Error::new(
            lit.span(),
            format!(
                "`{key} = {:?}` is not a type, expected e.g. `{key} = \"MyType\"`",
                lit.value()
            ),
        )
    })
}

/// `key = "one"` (both directions), or `key(serialize = "a", deserialize = "b")` (either may be
/// left out).
/// `copy` makes the second value of the first form (syn's types are not `Clone` without its
/// `clone-impls` feature, which the derive does without).
fn split<T>(
    key: &Key<'_, '_>,
    mut parse: impl FnMut(&ParseNestedMeta<'_>) -> syn::Result<T>,
    copy: impl Fn(&T) -> T,
) -> syn::Result<(Option<T>, Option<T>)> {
    let meta = &key.meta;
    if meta.input.peek(Token![=]) {
        let one = parse(meta)?;
        return Ok((Some(copy(&one)), Some(one)));
    }
    let name = meta.path.to_token_stream().to_string();
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error(format!(
            "expected `{name} = \"...\"` or `{name}(serialize = \"...\", deserialize = \"...\")`"
        )));
    }
    let (mut ser, mut de) = (None, None);
    meta.parse_nested_meta(|inner| {
        let slot = if inner.path.is_ident("serialize") {
            &mut ser
        } else if inner.path.is_ident("deserialize") {
            &mut de
        } else {
            return Err(inner.error(format!(
                "expected `serialize` or `deserialize` in `{name}(serialize = \"...\", deserialize = \"...\")`"
            )));
        };
        if slot.is_some() {
            let which = inner.path.to_token_stream().to_string();
            return Err(inner.error(format!("duplicate `{which}` in `{name}(..)`")));
        }
        *slot = Some(parse(&inner)?);
        Ok(())
    })?;
    Ok((ser, de))
}

fn names(key: &Key<'_, '_>) -> syn::Result<Names> {
    let (ser, de) = split(key, string_value, |lit| {
        LitStr::new(&lit.value(), lit.span())
    })?;
    Ok(Names { ser, de })
}

fn rules(cx: &Ctxt, key: &Key<'_, '_>) -> syn::Result<Rules> {
    let (ser, de) = split(
        key,
        |meta| {
            let lit = string_value(meta)?;
            Ok(match RenameRule::from_str(&lit.value()) {
                Ok(rule) => Some(rule),
                Err(msg) => {
                    cx.error_spanned_by(&lit, msg);
                    None
                }
            })
        },
        |rule| *rule,
    )?;
    Ok(Rules {
        ser: ser.flatten(),
        de: de.flatten(),
    })
}

fn bounds(key: &Key<'_, '_>) -> syn::Result<Bounds> {
    let (ser, de) = split(
        key,
        |meta| {
            let lit = string_value(meta)?;
            let preds = lit
                .parse_with(Punctuated::<syn::WherePredicate, Token![,]>::parse_terminated)
                .map_err(|e| {
                    syn::Error::new(
                        lit.span(),
                        format!("expected where predicates, e.g. `bound = \"T: MyTrait\"`: {e}"),
                    )
                })?;
            Ok(preds.into_iter().collect::<Vec<_>>())
        },
        |preds| {
            preds
                .iter()
                .map(|p| syn::parse2(p.to_token_stream()).expect("a predicate reparses"))
                .collect()
        },
    )?;
    Ok(Bounds { ser, de })
}

fn borrow(key: &Key<'_, '_>) -> syn::Result<Borrow> {
    let meta = &key.meta;
    if !meta.input.peek(Token![=]) {
        return Ok(Borrow::All);
    }
    let lit = string_value(meta)?;
    let lifetimes = lit
        .parse_with(Punctuated::<syn::Lifetime, Token![+]>::parse_separated_nonempty)
        .map_err(|_| {
            syn::Error::new(
                lit.span(),
                "expected lifetimes joined by `+`, e.g. `borrow = \"'a + 'b\"`",
            )
        })?;
    Ok(Borrow::Some(lifetimes.into_iter().collect()))
}

/// `default`, `default = expr` (`#[api]`) or `default = "path"` (`#[serde]`, the call `path()`).
fn default_value(key: &Key<'_, '_>) -> syn::Result<Default> {
    let meta = &key.meta;
    if !meta.input.peek(Token![=]) {
        return Ok(Default::Trait);
    }
    if key.spelling == Spelling::Serde {
        let path = path_value(meta, "a function path")?;
        return Ok(Default::Expr(quote::quote!(#path())));
    }
    let eq: Token![=] = meta.input.parse()?;
    let expr = expr_until_comma(meta)?;
    if expr.is_empty() {
        return Err(syn::Error::new(
            eq.span,
            "expected an expression after `default =`, e.g. `default = 30` or `default = Vec::new()`",
        ));
    }
    Ok(Default::Expr(expr))
}

/// `key = false` / `key = true`.
fn bool_value(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    let key = meta.path.to_token_stream().to_string();
    let expected = || format!("expected `{key} = false` or `{key} = true`");
    let value = meta.value().map_err(|_| meta.error(expected()))?;
    let lit: LitBool = value
        .parse()
        .map_err(|e| syn::Error::new(e.span(), expected()))?;
    Ok(lit.value)
}

fn no_value(key: &Key<'_, '_>) -> syn::Result<()> {
    let meta = &key.meta;
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        let name = meta.path.to_token_stream().to_string();
        let spelling = key.spelling.path();
        Err(meta.error(format!(
            "`{name}` takes no value, write `#[{spelling}({name})]`"
        )))
    }
}

/// The tokens of `default = <expr>` up to the next top-level comma. The expression is spliced
/// into generated code as written, so the compiler type-checks it at the user's tokens.
fn expr_until_comma(meta: &ParseNestedMeta<'_>) -> syn::Result<TokenStream> {
    meta.input.step(|cursor| {
        let mut rest = *cursor;
        let mut tokens = TokenStream::new();
        let mut angle_depth = 0usize;
        while let Some((tt, next)) = rest.token_tree() {
            if let TokenTree::Punct(p) = &tt {
                match p.as_char() {
                    ',' if angle_depth == 0 => break,
                    '<' => angle_depth += 1,
                    '>' => angle_depth = angle_depth.saturating_sub(1),
                    _ => {}
                }
            }
            tokens.extend([tt]);
            rest = next;
        }
        Ok((tokens, rest))
    })
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A doc comment, read once for every use (setter docs, the metadata table). Literal lines are
/// joined with `\n` and unindented as rustdoc does; a `#[doc = include_str!(..)]` (or any other
/// expression) is kept as written, inside `concat!`, which expands it.
pub struct Docs<'a> {
    pieces: Vec<DocPiece<'a>>,
}

enum DocPiece<'a> {
    Text(String),
    Expr(&'a syn::Expr),
}

impl<'a> Docs<'a> {
    /// The `#[doc = ...]` attributes among `attrs`, in order.
    pub fn parse(attrs: &'a [Attribute]) -> Self {
        let pieces = attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(nv) => Some(match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => DocPiece::Text(s.value()),
                    expr => DocPiece::Expr(expr),
                }),
                _ => None,
            })
            .collect();
        Docs { pieces }
    }

    /// The whole text when every line is a literal.
    pub fn text(&self) -> Option<String> {
        let mut lines = Vec::with_capacity(self.pieces.len());
        for piece in &self.pieces {
            match piece {
                DocPiece::Text(line) => lines.push(line.as_str()),
                DocPiece::Expr(_) => return None,
            }
        }
        Some(unindent(&lines.join("\n")))
    }

    /// An expression of type `&'static str`: the doc, followed by `suffix` (nothing when the doc
    /// is empty). A string literal when every line is one, else `concat!(..)`.
    pub fn to_expr(&self, suffix: &str) -> TokenStream {
        if let Some(text) = self.text() {
            let text = if text.is_empty() {
                suffix.trim_start().to_owned()
            } else {
                text + suffix
            };
            return quote::quote!(#text);
        }
        let parts = self.pieces.iter().enumerate().map(|(i, piece)| {
            let sep = (i > 0).then(|| quote::quote!("\n",));
            match piece {
                DocPiece::Text(s) => quote::quote!(#sep #s,),
                DocPiece::Expr(expr) => quote::quote!(#sep #expr,),
            }
        });
        quote::quote!(::core::concat!(#(#parts)* #suffix))
    }
}

/// Lines without their common leading whitespace, without leading and trailing blank lines.
fn unindent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| if l.is_empty() { "" } else { &l[indent..] })
        .collect();
    let start = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(start, |e| e + 1);
    lines[start..end].join("\n")
}

#[cfg(test)]
mod tests {
    use super::{Docs, edit_distance, unindent};

    #[test]
    fn distance() {
        assert_eq!(edit_distance("rename", "rename"), 0);
        assert_eq!(edit_distance("rename", "renam"), 1);
        assert_eq!(edit_distance("rename_all", "renameall"), 1);
        assert_eq!(edit_distance("skip", "required"), 7);
    }

    #[test]
    fn docs_are_unindented_and_joined() {
        assert_eq!(unindent("  a\n\n    b\n  c  \n"), "a\n\n  b\nc");
        let item: syn::DeriveInput =
            syn::parse_str("/// The origin owner\n///   name\n#[doc = \"\"] struct A;").unwrap();
        let docs = Docs::parse(&item.attrs);
        assert_eq!(docs.text().as_deref(), Some("The origin owner\n  name"));
        assert_eq!(
            docs.to_expr("\n\nRequired.").to_string(),
            "\"The origin owner\\n  name\\n\\nRequired.\""
        );
        let none: syn::DeriveInput = syn::parse_str("struct A;").unwrap();
        assert_eq!(
            Docs::parse(&none.attrs)
                .to_expr("\n\nRequired.")
                .to_string(),
            "\"Required.\""
        );
    }

    #[test]
    fn docs_keep_expressions() {
        let item: syn::DeriveInput =
            syn::parse_str("/** Block\n    doc */ #[doc = include_str!(\"x.md\")] struct A;")
                .unwrap();
        let docs = Docs::parse(&item.attrs);
        assert_eq!(docs.text(), None);
        assert_eq!(
            docs.to_expr("!").to_string(),
            ":: core :: concat ! (\" Block\\n    doc \" , \"\\n\" , include_str ! (\"x.md\") , \"!\")"
        );
    }
}
