//! The states of a generated builder's required fields.
//!
//! `#[derive(ApiModel)]` gives every required field a type parameter on the model's builder:
//! [`Unset`] until its setter is called, then [`Set<T>`] holding the value. `build()` compiles
//! only when every one of them is `Set`; otherwise the compiler names each missing field:
//!
//! ```compile_fail
//! use apimodel::models::ConnectSessionCreate;
//!
//! // error[E0277]: missing required field `origin_owner_name`
//! let session = ConnectSessionCreate::builder().origin_owner_id("customer-123").build();
//! ```
//!
//! You rarely name these types; they appear in a builder's type when you store one:
//!
//! ```
//! use apimodel::builder::{Set, Unset};
//! use apimodel::models::{ConnectSessionCreate, ConnectSessionCreateBuilder};
//!
//! let half: ConnectSessionCreateBuilder<Set<String>, Unset> =
//!     ConnectSessionCreate::builder().origin_owner_id("customer-123");
//! let session = half.origin_owner_name("Acme Inc").build();
//! assert_eq!(session.origin_owner_name, "Acme Inc");
//! ```

/// A required field whose setter has not been called yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unset;

/// A required field that has been set, holding its value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Set<T>(pub T);
