use serde::{Deserialize, Serialize};

#[derive(Clone, apimodel::ApiModel, Debug, PartialEq, Default)]
#[api(serde_defaults)]
#[serde(rename_all = "lowercase")]
pub enum ReasoningEffort {
    None,
    Minimal,
    Low,
    #[default]
    Medium,
    High,
    Xhigh,
    Max,
}
