//! `schemars::JsonSchema` (feature `schemars`) and `utoipa::ToSchema` (feature `utoipa`) for
//! every model, from its [`crate::schema`] document: one source of truth.
//!
//! The impls must be written in the crate that defines the model (the orphan rule), so the
//! derive emits one hook per model, `__ap::schema_impls! { [impl generics] Name [type
//! generics] [where clause] }`, and this module decides what it means: nothing at all without
//! either feature (a model then compiles exactly as it would without the hook), else the
//! impls, whose bodies call the functions here, compiled once in `apimodel`.
//!
//! Both take the model's document from [`crate::schema::json_schema_of`] and move its pieces:
//! the root's schema becomes the type's schema, every `$defs` entry a definition of the
//! generator (schemars) or a component (utoipa), and each `$ref` (and each discriminator
//! `mapping` value) is rewritten to where the target now lives.

#[cfg(any(feature = "schemars", feature = "utoipa"))]
mod document;
#[cfg(feature = "schemars")]
mod schemars;
#[cfg(feature = "utoipa")]
mod utoipa;

/// What the hook's expansion names, as `apimodel::__private::openapi::…`.
pub mod hook {
    pub use std::borrow::Cow;

    /// A schema's name (`JsonSchema::schema_name`, `ToSchema::name`): no `str` in the
    /// expansion, which a user's `struct str;` could shadow.
    pub type Name = Cow<'static, str>;

    #[cfg(feature = "schemars")]
    pub use super::schemars::json_schema;
    #[cfg(feature = "schemars")]
    pub use ::schemars;

    #[cfg(feature = "utoipa")]
    pub use super::utoipa::{Components, Generics, UtoipaSchema, schema, schemas};
    #[cfg(feature = "utoipa")]
    pub use ::utoipa;
}

/// The hook, without either feature: nothing. Matching any tokens keeps it the cheapest
/// macro to expand (nothing is parsed).
#[cfg(not(any(feature = "schemars", feature = "utoipa")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_schema_impls {
    ($($tokens:tt)*) => {};
}

/// The hook, with a feature: one impl macro per feature, each empty when its feature is off.
#[cfg(any(feature = "schemars", feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_schema_impls {
    ([$($impl_generics:tt)*] $name:ident [$($ty_generics:tt)*] [$($where_clause:tt)*]) => {
        $crate::__apimodel_schemars_impl! {
            [$($impl_generics)*] $name [$($ty_generics)*] [$($where_clause)*]
        }
        $crate::__apimodel_utoipa_impl! {
            [$($impl_generics)*] $name [$($ty_generics)*] [$($where_clause)*]
        }
    };
}

#[cfg(all(feature = "utoipa", not(feature = "schemars")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_schemars_impl {
    ($($tokens:tt)*) => {};
}

/// `schemars::JsonSchema`: named after the model, identified by its path (one per generic
/// model: its table, hence its schema, is the same for every argument).
#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_schemars_impl {
    ([$($impl_generics:tt)*] $name:ident [$($ty_generics:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::openapi::schemars::JsonSchema
            for $name $($ty_generics)* $($where_clause)*
        {
            fn schema_name() -> $crate::__private::openapi::Name {
                $crate::__private::openapi::Cow::Borrowed(
                    <Self as $crate::__private::ApiModel>::MODEL.name,
                )
            }

            fn schema_id() -> $crate::__private::openapi::Name {
                $crate::__private::openapi::Cow::Borrowed(::core::concat!(
                    ::core::module_path!(),
                    "::",
                    ::core::stringify!($name),
                ))
            }

            fn json_schema(
                generator: &mut $crate::__private::openapi::schemars::SchemaGenerator,
            ) -> $crate::__private::openapi::schemars::Schema {
                $crate::__private::openapi::json_schema::<Self>(generator)
            }
        }
    };
}

#[cfg(all(feature = "schemars", not(feature = "utoipa")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_utoipa_impl {
    ($($tokens:tt)*) => {};
}

/// `utoipa::ToSchema`: the component named after the model, and every model it names as
/// further components. `PartialSchema` (the schema itself) comes from utoipa's blanket impl
/// over `ComposeSchema`, a hidden trait of utoipa that its own derive implements for every type
/// and through which it takes generic types (`Page<Pet>` in `components(schemas(..))`, a field
/// `Vec<Pet>`): a model's schema is the same whatever the generic arguments.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __apimodel_utoipa_impl {
    ([$($impl_generics:tt)*] $name:ident [$($ty_generics:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::openapi::utoipa::__dev::ComposeSchema
            for $name $($ty_generics)* $($where_clause)*
        {
            fn compose(
                _: $crate::__private::openapi::Generics,
            ) -> $crate::__private::openapi::UtoipaSchema {
                $crate::__private::openapi::schema(<Self as $crate::__private::ApiModel>::MODEL)
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::openapi::utoipa::ToSchema
            for $name $($ty_generics)* $($where_clause)*
        {
            fn name() -> $crate::__private::openapi::Name {
                $crate::__private::openapi::Cow::Borrowed(
                    <Self as $crate::__private::ApiModel>::MODEL.name,
                )
            }

            fn schemas(schemas: &mut $crate::__private::openapi::Components) {
                $crate::__private::openapi::schemas(
                    <Self as $crate::__private::ApiModel>::MODEL,
                    schemas,
                );
            }
        }
    };
}
