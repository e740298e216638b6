//! A buffer for one value of any self-describing format, and the deserializers that read a type
//! back out of it: what untagged and internally tagged enums (try a variant, then the next) and
//! `flatten` (the parent keeps the keys it does not own, each flattened field reads its own) need.
//!
//! The calls made on visitors and the error messages are those serde_derive's generated code
//! produces when it reads a type from its own buffer, so a model read through this module fails
//! with the same message as its `#[derive(Deserialize)]` twin.
//!
//! | file | the question it answers |
//! |---|---|
//! | `buffer` | what is one buffered value, and how is a value buffered? |
//! | `shared` | what do the two readers below share (scalars, sequences, maps, enums)? |
//! | `owned` | how is a type read out of a buffer it consumes? |
//! | `borrowed` | how is a type read out of a buffer left for the next attempt? |
//! | `flat` | how does a flattened field read its keys from the parent's leftovers? |

mod borrowed;
mod buffer;
mod flat;
mod owned;
mod shared;

pub use borrowed::ContentRefDeserializer;
pub use buffer::Content;
pub use flat::{FlatMapDeserializer, Leftovers, flat, flat_option, flat_with};
pub use owned::ContentDeserializer;

pub(crate) use buffer::ContentVisitor;
