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

#[derive(Debug, apimodel::ApiModel, Clone, PartialEq, Default, Builder)]
#[api(serde_defaults)]
#[builder(build_fn(error = "OpenAIError"))]
pub struct CustomGrammarFormatParam {
    /// The grammar definition.
    pub definition: String,
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    pub syntax: GrammarSyntax,
}
