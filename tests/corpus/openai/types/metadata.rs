// Not copied (its hand-written `From<serde_json::Value>` clashes with the `From<Inner>` ApiModel generates for a newtype): the crate's own type.
pub use ::async_openai::types::Metadata;
