//! Types used in OpenAI API requests and responses.
//! These types are created from component schemas in the [OpenAPI spec](https://github.com/openai/openai-openapi)

pub mod mcp;
mod metadata;

pub mod responses;
pub(crate) mod shared;

pub use metadata::*;
