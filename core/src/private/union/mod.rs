//! Data enums: everything but each enum's variant table and its per-variant glue.
//!
//! A data enum implements [`DeUnion`] (`table`: its variant table and four small functions
//! that build a variant from a deserializer, a map or a sequence). Its `Deserialize` is
//! [`deserialize`], which picks the reader of its tagging; each reader is a file, with the
//! writers of that tagging beside it, serde_derive's messages and calls:
//!
//! | file | the question it answers |
//! |---|---|
//! | `table` | what does a derived data enum tell the runtime? |
//! | `identifier` | which variant does a tag name? |
//! | `body` | how is a variant's data read once its variant is known? |
//! | `external` | how does an externally tagged enum go on and off the wire? |
//! | `internal` | an internally tagged one: is its object read as it comes or buffered? |
//! | `tag_first` | how does a variant read the rest of the map its tag came first in? |
//! | `buffered` | how is a buffered internally tagged object read back? |
//! | `tagged_newtype` | how is an internally tagged newtype variant written? |
//! | `adjacent` | how does an adjacently tagged enum go on and off the wire? |
//! | `untagged` | which untagged variant does a buffer hold, and why did none? |
//!
//! The buffer they share is [`content`](super::content).

mod adjacent;
mod body;
mod buffered;
mod external;
mod identifier;
mod internal;
mod table;
mod tag_first;
mod tagged_newtype;
mod untagged;

use serde::de::Deserialize as _;
use serde::de::{Deserializer, Error};

use super::content::{Content, ContentRefDeserializer};

pub use adjacent::{adjacent, adjacent_variant};
pub use body::{Variant, element};
pub use external::{AsStruct, external, struct_variant};
pub use internal::{internal, tagged_struct, tagged_unit};
pub use table::{DeUnion, FieldAliases, Shape, Tagging};
pub use tag_first::TagRest;
pub use tagged_newtype::tagged_newtype;
pub use untagged::{BodyOf, SerBody};

/// `Deserialize` of every data enum: the tagged variants by the enum's tagging, then (when
/// the input matched none) its `untagged` variants in order, from a buffer.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    if T::UNTAGGED_FROM == T::SHAPES.len() && T::TAGGING != Tagging::Untagged {
        return tagged::<T, D>(deserializer);
    }
    let content = Content::deserialize(deserializer)?;
    let mut refused = None;
    if T::TAGGING != Tagging::Untagged {
        match tagged::<T, _>(ContentRefDeserializer::<D::Error>::new(&content)) {
            Ok(value) => return Ok(value),
            Err(err) => refused = Some(err),
        }
    }
    untagged::variants::<T, D::Error>(&content, refused)
}

/// The tagged variants, read by the enum's tagging.
fn tagged<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DeUnion<'de>,
    D: Deserializer<'de>,
{
    match T::TAGGING {
        Tagging::External => external(deserializer),
        Tagging::Internal => internal(deserializer),
        Tagging::Adjacent => adjacent(deserializer),
        Tagging::Untagged => Err(D::Error::custom("no tagged variant")),
    }
}
