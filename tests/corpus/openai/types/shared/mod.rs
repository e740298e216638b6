//! Shared types - these types are use by multiple type modules
//! and not exported directly, instead they are re-exported
//! by the modules that use them.

mod completion_tokens_details;
mod custom_grammar_format_param;
mod filter;

mod image_detail;

mod prompt_tokens_details;
mod reasoning_effort;
mod response_format;
mod response_usage;

pub use completion_tokens_details::*;
pub use custom_grammar_format_param::*;
pub use filter::*;

pub use image_detail::*;

pub use prompt_tokens_details::*;
pub use reasoning_effort::*;
pub use response_format::*;
pub use response_usage::*;

mod prompt_cache;
pub use prompt_cache::*;

mod moderation;
pub use moderation::*;

mod misalignment;
pub use misalignment::*;

mod image_usage;
pub use image_usage::*;

mod message_phase;
pub use message_phase::*;
