use derive_builder::Builder;
use serde::{Deserialize, Serialize};

use crate::openai::error::OpenAIError;

#[derive(Debug, apimodel::ApiModel, Clone, PartialEq, Default)]
#[api(serde_defaults)]
#[serde(rename_all = "lowercase")]
pub enum GrammarSyntax {
    Lark,
    #[default]
    Regex,
}

// Not copied (derive_builder's default `CustomGrammarFormatParamBuilder` clashes with the builder ApiModel generates): the crate's own type.
pub use ::async_openai::types::responses::CustomGrammarFormatParam;
