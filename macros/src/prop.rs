//! What a field means, answered once from its attributes and type: its role, how the builder
//! stores it, how it is written and read, its default. Generators ask these questions; only
//! `check.rs` looks at raw attribute spans.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens as _, format_ident, quote};
use syn::Type;
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;

use crate::ast::{Field, option_inner};
use crate::attr::Default;

/// How the builder and the wire treat a field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Must be set in the builder; a missing key is an error.
    Required,
    /// `Option<T>`: `None` when absent, skipped when `None`.
    Optional,
    /// `#[api(default)]`: the default when absent, always serialized.
    Defaulted,
    /// `#[api(skip)]`: not on the wire at all.
    Skipped,
    /// `#[api(additional_properties)]`: every unknown key.
    Additional,
    /// `#[api(flatten)]`: a model (or map) whose keys are read and written at this model's
    /// level, as serde's `flatten`. Set in the builder as one value: required unless an
    /// `Option`.
    Flattened,
}

/// Where the builder keeps a field until `build()`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// A required field: a type parameter of the builder, `Unset` until its setter is called.
    State,
    /// An `Option` field, stored as itself: unset is `None`.
    Itself,
    /// Any other optional field, stored as `Option<T>`: unset is its default.
    OrDefault,
}

/// What reading does when the field's key is absent.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Absent {
    /// `missing field`, always (`#[api(required)]`, `with`).
    Missing,
    /// serde's rule for a plain field: `missing field`, unless the type reads from nothing.
    MissingUnlessOption,
    /// The field's [`DefaultValue`].
    Default,
}

/// The value of a field that was not given.
#[derive(Clone, Copy)]
pub enum DefaultValue<'a> {
    /// `Default::default()`.
    Trait,
    /// `#[api(default = expr)]`, emitted once as a function.
    Expr(&'a TokenStream),
}

impl<'a> Field<'a> {
    pub fn role(&self) -> Role {
        let a = &self.attrs;
        if a.skip.is_set() || (a.skip_serializing.is_set() && a.skip_deserializing.is_set()) {
            Role::Skipped
        } else if a.additional_properties.is_set() {
            Role::Additional
        } else if a.flatten.is_set() {
            Role::Flattened
        } else if a.required.is_set() {
            Role::Required
        } else if a.default.is_set() || a.skip_deserializing.is_set() {
            Role::Defaulted
        } else if self.option_inner.is_some() {
            Role::Optional
        } else {
            Role::Required
        }
    }

    /// Read or written under its own key.
    pub fn is_keyed(&self) -> bool {
        matches!(
            self.role(),
            Role::Required | Role::Optional | Role::Defaulted
        )
    }

    /// Read under its own key (not `skip_deserializing`).
    pub fn reads_key(&self) -> bool {
        self.is_keyed() && !self.attrs.skip_deserializing.is_set()
    }

    /// Written when serializing: keyed, the `additional_properties` map, or flattened; not
    /// `skip_serializing`.
    pub fn is_written(&self) -> bool {
        self.role() != Role::Skipped && !self.attrs.skip_serializing.is_set()
    }

    /// Read when deserializing: keyed, the `additional_properties` map, or flattened; not
    /// `skip_deserializing`.
    pub fn is_read(&self) -> bool {
        self.role() != Role::Skipped && !self.attrs.skip_deserializing.is_set()
    }

    /// The function that writes the field's value: serde's `serialize_with`, or
    /// `module::serialize` of `with = "module"`.
    pub fn ser_with(&self) -> Option<TokenStream> {
        crate::ast::element_ser_with(&self.attrs)
    }

    /// The function that reads the field's value: serde's `deserialize_with`, or
    /// `module::deserialize` of `with = "module"`.
    pub fn de_with(&self) -> Option<TokenStream> {
        crate::ast::element_de_with(&self.attrs).or_else(|| self.borrowed_cow())
    }

    /// serde's `borrow` on a `Cow<'a, str>` or `Cow<'a, [u8]>`: read through the runtime's
    /// borrowing functions, as serde_derive does (other types borrow through their own impl).
    fn borrowed_cow(&self) -> Option<TokenStream> {
        self.attrs.borrow.get()?;
        cow_reader(self.ty)
    }

    /// The span of the `with` / `serialize_with` / `deserialize_with` path, for errors of the
    /// wrapper that calls it.
    pub fn with_span(&self, ser: bool) -> Option<Span> {
        crate::ast::with_path(&self.attrs, ser).map(Spanned::span)
    }

    /// serde's `skip_serializing_if = "path"`, unless it is `Option::is_none` on an `Option`
    /// field, which [`Self::skips_none`] answers.
    pub fn skip_if(&self) -> Option<&syn::Path> {
        let path = self.attrs.skip_serializing_if.get()?;
        (!self.skip_if_is_none()).then_some(path)
    }

    /// `skip_serializing_if = "Option::is_none"` on an `Option` field.
    fn skip_if_is_none(&self) -> bool {
        let Some(path) = self.attrs.skip_serializing_if.get() else {
            return false;
        };
        let text = path.to_token_stream().to_string().replace(' ', "");
        self.option_inner.is_some()
            && matches!(
                text.as_str(),
                "Option::is_none"
                    | "std::option::Option::is_none"
                    | "core::option::Option::is_none"
                    | "::std::option::Option::is_none"
                    | "::core::option::Option::is_none"
            )
    }

    /// Read from the keys the model does not own, after them, in declaration order: a
    /// flattened field that is read (not `skip_deserializing`), or `additional_properties` in
    /// a model that also flattens (serde reads both as `flatten` fields).
    pub fn reads_leftovers(&self, model_flattens: bool) -> bool {
        match self.role() {
            Role::Flattened => self.is_read(),
            Role::Additional => model_flattens,
            _ => false,
        }
    }

    /// A flattened `Option<T>`: `None` whenever `T` cannot be read from the leftover keys.
    pub fn flattens_option(&self) -> bool {
        self.role() == Role::Flattened && self.option_inner.is_some()
    }

    /// `None` is left out when writing. By default an `Option` field skips it and a defaulted
    /// `Option` writes `null` (so that a round trip keeps `None` instead of reading back the
    /// default); `skip_none = …` on the field, else on the container, decides otherwise. A
    /// `required` `Option` is always written.
    pub fn skips_none(&self) -> bool {
        if self.tri_state().is_some() {
            return true; // `null` is `Some(None)`: only `None` is absent
        }
        if self.skip_if_is_none() {
            return true;
        }
        if self.attrs.skip_serializing_if.is_set() {
            return false; // written when its predicate says so: `skip_if`
        }
        let setting = self
            .attrs
            .skip_none
            .get()
            .copied()
            .or(self.container_skip_none)
            .or(self.serde_defaults.then_some(false));
        match self.role() {
            Role::Optional => setting.unwrap_or(true),
            Role::Defaulted if self.option_inner.is_some() => setting.unwrap_or(false),
            _ => false,
        }
    }

    /// `T` of a tri-state `Option<Option<T>>` field (decided on the tokens, as `Option`):
    /// absent ⇄ `None`, `null` ⇄ `Some(None)`, a value ⇄ `Some(Some(v))`. Only a plain
    /// optional field is tri-state (`check.rs` rejects `required` and `default` on one).
    pub fn tri_state(&self) -> Option<&'a Type> {
        let a = &self.attrs;
        // serde_derive has no tri-state: there `Option<Option<T>>` is a plain `Option` (`null`
        // reads as `None`), and PATCH bodies use a `with` module.
        if self.serde_defaults
            || a.required.is_set()
            || a.default.is_set()
            || a.skip.is_set()
            || a.flatten.is_set()
        {
            return None;
        }
        self.option_inner.and_then(option_inner)
    }

    /// Read and written by the tri-state runtime calls: a tri-state field without `with`
    /// (a `with` module reads and writes the whole `Option<Option<T>>`, as serde's).
    pub fn tri_state_on_wire(&self) -> bool {
        self.tri_state().is_some()
            && !self.attrs.with.is_set()
            && !self.attrs.serialize_with.is_set()
            && !self.attrs.deserialize_with.is_set()
    }

    pub fn storage(&self) -> Storage {
        match self.role() {
            Role::Flattened if self.option_inner.is_some() => Storage::Itself,
            Role::Required | Role::Flattened => Storage::State,
            Role::Optional => Storage::Itself,
            Role::Defaulted | Role::Skipped | Role::Additional => Storage::OrDefault,
        }
    }

    pub fn absent(&self) -> Absent {
        if self.takes_container_default() {
            return Absent::Default;
        }
        match self.role() {
            Role::Required if self.attrs.required.is_set() || self.de_with().is_some() => {
                Absent::Missing
            }
            Role::Required => Absent::MissingUnlessOption,
            // serde's plain `Option<T>` (no `default`): with serde's defaults, or written as
            // `null` (`skip_none = false`): absent from a map it is `None`, missing from a
            // sequence it is `invalid length`; with `with`, `missing field` (serde asks no
            // deserializer then).
            Role::Optional if self.is_plain_option() && self.de_with().is_some() => Absent::Missing,
            Role::Optional if self.is_plain_option() => Absent::MissingUnlessOption,
            _ => Absent::Default,
        }
    }

    /// serde's `Option<T>` field without `default`.
    fn is_plain_option(&self) -> bool {
        self.serde_defaults || !self.skips_none()
    }

    /// Read with serde's container `default`: when absent (or skipped), the field of the
    /// container's default value. A field's own `default` wins.
    pub fn takes_container_default(&self) -> bool {
        self.container_default && !self.attrs.default.is_set()
    }

    pub fn default_value(&self) -> DefaultValue<'_> {
        match self.attrs.default.get() {
            Some(Default::Expr(expr)) => DefaultValue::Expr(expr),
            _ => DefaultValue::Trait,
        }
    }

    /// Filled with `Default::default()` of its own type when absent (a `T: Default` bound for
    /// its type parameters, as serde_derive infers). `Option` fields need none: `Option<T>` is
    /// `Default` for every `T`.
    pub fn fills_with_default_trait(&self) -> bool {
        matches!(self.attrs.default.get(), Some(Default::Trait))
            || ((self.role() == Role::Skipped || self.attrs.skip_deserializing.is_set())
                && !self.attrs.default.is_set()
                && !self.container_default)
    }

    /// The type the setter takes: `T` of a tri-state `Option<Option<T>>`, the inner `U` of an
    /// `Option<U>` field, else the field's type.
    pub fn setter_type(&self) -> &'a Type {
        self.tri_state().or(self.option_inner).unwrap_or(self.ty)
    }

    /// How many `Some(..)` the setter wraps around its value to store it: 1 for an `Option`
    /// field stored as itself, 2 for a tri-state or a defaulted `Option` (stored as
    /// `Option<field>`), otherwise 1 (stored as `Option<field>`).
    pub fn setter_somes(&self) -> usize {
        match (self.option_inner.is_some(), self.storage()) {
            (true, Storage::Itself) if self.tri_state().is_none() => 1,
            (true, _) => 2,
            (false, _) => 1,
        }
    }

    /// The setter takes `impl Into<_>` (not with `#[api(into = false)]`).
    pub fn setter_converts(&self) -> bool {
        self.attrs.into.get() != Some(&false)
    }

    /// `maybe_<field>`, the `Option` setter of an `Option` field.
    pub fn maybe_setter(&self) -> Option<Ident> {
        self.option_inner
            .map(|_| format_ident!("maybe_{}", self.ident.unraw()))
    }
}

/// The runtime's borrowing reader of a `Cow<'a, str>` or `Cow<'a, [u8]>` (serde's `borrow` on
/// one reads it through such a function); `None` for other types.
pub fn cow_reader(ty: &Type) -> Option<TokenStream> {
    let Type::Path(path) = crate::ast::ungroup(ty) else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Cow" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(crate::ast::ungroup(ty)),
        _ => None,
    })? {
        Type::Path(p) if p.path.is_ident("str") => Some(quote!(__ap::de::borrow_cow_str)),
        Type::Slice(s) if matches!(crate::ast::ungroup(&s.elem), Type::Path(p) if p.path.is_ident("u8")) => {
            Some(quote!(__ap::de::borrow_cow_bytes))
        }
        _ => None,
    }
}
