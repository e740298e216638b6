//! Typestate markers of the generated builders.

/// A required field that has not been set yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unset;

/// A required field that has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Set<T>(pub T);

/// What `build()` asks of the state of each required field; `F` is a marker type named like
/// the field, so that rustc's message names it when the field is still [`Unset`].
///
/// The trait lives here rather than in each model because `#[diagnostic::...]` attributes do
/// not resolve inside `#![no_implicit_prelude]` modules. rustc prints the marker by its path:
/// `origin_owner_id` when the name is unique in the crate, `models::_::__fields::origin_owner_id`
/// otherwise or from another crate; either way the message names the field.
#[diagnostic::on_unimplemented(
    message = "missing required field `{F}`",
    label = "`.build()` needs every required field; this one was never set",
    note = "a required field is not an `Option` and has no `#[api(default)]`, or is marked `#[api(required)]`: call its setter before `.build()`"
)]
pub trait IsSet<F, T> {
    /// The value that was set.
    fn take(self) -> T;
}

impl<F, T> IsSet<F, T> for Set<T> {
    #[inline]
    fn take(self) -> T {
        self.0
    }
}
