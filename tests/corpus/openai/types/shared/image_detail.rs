use serde::{Deserialize, Serialize};

#[derive(Debug, apimodel::ApiModel, Default, Clone, PartialEq)]
#[api(serde_defaults)]
#[serde(rename_all = "lowercase")]
pub enum ImageDetail {
    #[default]
    Auto,
    Low,
    High,
    Original,
}
