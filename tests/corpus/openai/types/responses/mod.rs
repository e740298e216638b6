mod api;
mod conversation;
mod impls;
mod response;
mod sdk;
mod stream;

pub use api::*;
pub use conversation::*;
pub use response::*;
pub use stream::*;

// Re-export shared types
pub use crate::openai::types::shared::ComparisonFilter;
pub use crate::openai::types::shared::ComparisonType;
pub use crate::openai::types::shared::CompletionTokensDetails;
pub use crate::openai::types::shared::CompoundFilter;
pub use crate::openai::types::shared::CompoundType;
pub use crate::openai::types::shared::CustomGrammarFormatParam;
pub use crate::openai::types::shared::Filter;
pub use crate::openai::types::shared::GrammarSyntax;
pub use crate::openai::types::shared::ImageDetail;
pub use crate::openai::types::shared::InputTokenDetails;
pub use crate::openai::types::shared::OutputTokenDetails;
pub use crate::openai::types::shared::PromptTokensDetails;
pub use crate::openai::types::shared::ReasoningEffort;
pub use crate::openai::types::shared::ResponseFormat;
pub use crate::openai::types::shared::ResponseFormatJsonSchema;
pub use crate::openai::types::shared::ResponseUsage;

pub use crate::openai::types::shared::{
    MisalignmentErrorDetailsResource, MisalignmentErrorType, MisalignmentSteer,
    ModerationConfigParam, ModerationInputType, ModerationMode, ModerationParam,
    ModerationPolicyParam, ModerationResultBody, PromptCacheModeEnum, PromptCacheOptionsParam,
    PromptCacheTTLEnum,
};

pub mod websocket;

pub use crate::openai::types::shared::MessagePhase;
pub use crate::openai::types::shared::PromptCacheBreakpointTTLEnum;
pub use crate::openai::types::shared::{ImageGenInputUsageDetails, ImageGenOutputTokensDetails};
