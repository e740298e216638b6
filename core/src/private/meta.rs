//! What a derived `ApiModel` table names, all in this one module: the description types
//! (re-exported from [`crate::meta`]) and the constructors.
//!
//! Constructors with positional arguments, so that each table entry the derive emits is a few
//! tokens (the expansion's size is what every `cargo check` of an SDK pays for); one module, so
//! that the derive imports everything a table uses with one `use`.

use core::marker::PhantomData;

pub use crate::meta::{
    ApiModel, Field, Model, ModelKind, Role, Tagging, Type, UnionVariant, Variant, VariantData,
};

/// A struct model.
pub const fn structure(
    name: &'static str,
    docs: &'static str,
    fields: &'static [Field],
    deny_unknown_fields: bool,
) -> Model {
    Model {
        name,
        docs,
        kind: ModelKind::Struct {
            fields,
            deny_unknown_fields,
        },
    }
}

/// A string enum model.
pub const fn enumeration(
    name: &'static str,
    docs: &'static str,
    variants: &'static [Variant],
    open: bool,
) -> Model {
    Model {
        name,
        docs,
        kind: ModelKind::Enum { variants, open },
    }
}

/// A data enum's table.
pub const fn union(
    name: &'static str,
    docs: &'static str,
    variants: &'static [UnionVariant],
    tagging: Tagging,
) -> Model {
    Model {
        name,
        docs,
        kind: ModelKind::Union { variants, tagging },
    }
}

/// A variant of a data enum; `flags` is 1 for `untagged`, 2 for `other`, 4 when it is not read,
/// 8 when it is not written.
pub const fn union_variant(
    name: &'static str,
    wire: &'static str,
    docs: &'static str,
    data: VariantData,
    flags: u8,
) -> UnionVariant {
    UnionVariant {
        name,
        wire,
        docs,
        data,
        untagged: flags & 1 != 0,
        other: flags & 2 != 0,
        read: flags & 4 == 0,
        written: flags & 8 == 0,
    }
}

/// A newtype's table.
pub const fn newtype(
    name: &'static str,
    docs: &'static str,
    ty: &'static str,
    inner: &'static Type,
) -> Model {
    Model {
        name,
        docs,
        kind: ModelKind::Newtype { ty, inner },
    }
}

/// A plain required field.
pub const fn required(
    name: &'static str,
    wire: &'static str,
    ty: &'static str,
    kind: Type,
    docs: &'static str,
) -> Field {
    field(name, wire, ty, kind, Role::Required, None, None, docs)
}

/// A plain `Option<T>` field, given `T`.
pub const fn optional(
    name: &'static str,
    wire: &'static str,
    ty: &'static str,
    inner: &'static Type,
    docs: &'static str,
) -> Field {
    field(
        name,
        wire,
        ty,
        Type::Option(inner),
        Role::Optional,
        None,
        None,
        docs,
    )
}

/// A plain field written `String`: the commonest field of an API model.
pub const fn required_string(name: &'static str, wire: &'static str, docs: &'static str) -> Field {
    required(name, wire, "String", Type::String, docs)
}

/// A plain field written `Option<String>`.
pub const fn optional_string(name: &'static str, wire: &'static str, docs: &'static str) -> Field {
    optional(name, wire, "Option<String>", &Type::String, docs)
}

/// Any field.
#[allow(clippy::too_many_arguments, reason = "one per column of the table")]
pub const fn field(
    name: &'static str,
    wire: &'static str,
    ty: &'static str,
    kind: Type,
    role: Role,
    default: Option<&'static str>,
    with: Option<&'static str>,
    docs: &'static str,
) -> Field {
    Field {
        name,
        wire,
        ty,
        kind,
        role,
        default,
        with,
        docs,
    }
}

/// An enum variant.
pub const fn variant(name: &'static str, wire: &'static str, docs: &'static str) -> Variant {
    Variant { name, wire, docs }
}

/// [`Type::Named`].
pub const fn named(name: &'static str, model: Option<fn() -> &'static Model>) -> Type {
    Type::Named { name, model }
}

/// `<Probe<T>>::MODEL` is `Some` when `T: ApiModel` and `None` otherwise: the inherent
/// constant wins when its bound holds, else the one of [`NotModel`] (which generated code
/// imports) is found. Decided where the derive expands, for the concrete type written.
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ApiModel + ?Sized> Probe<T> {
    /// The table of `T`, behind a function so that recursive models are no const cycle.
    pub const MODEL: Option<fn() -> &'static Model> = Some(model::<T>);
}

/// The fallback of [`Probe`].
pub trait NotModel {
    /// No table.
    const MODEL: Option<fn() -> &'static Model> = None;
}

impl<T: ?Sized> NotModel for Probe<T> {}

fn model<T: ApiModel + ?Sized>() -> &'static Model {
    T::MODEL
}
