//! What generated builders use besides the public states of [`crate::builder`].
//!
//! Each model's derive emits one gate trait per required field, carrying the field's own
//! `#[diagnostic::on_unimplemented]` message: a message is a string literal, so only a trait
//! of the model's can name the field exactly (a trait shared here would print a path). Taking
//! the value out of a state is the same for every field, so it lives here, compiled once.

pub use crate::builder::{Set, Unset};

/// The value of a required field's state. `build()` asks for it next to the field's gate.
pub trait Take<T> {
    /// The value that was set.
    fn take(self) -> T;
}

impl<T> Take<T> for Set<T> {
    #[inline]
    fn take(self) -> T {
        self.0
    }
}

/// `Unset` takes nothing: `build()` also requires the field's gate, which only [`Set`]
/// implements, so this is never called. Implementing it keeps an unset field at one error
/// (the gate's, which names the field) instead of adding a second one for `Take`.
impl<T> Take<T> for Unset {
    fn take(self) -> T {
        unreachable!("`build()` requires every required field's gate, which `Unset` lacks")
    }
}
