use serde::{Deserialize, Serialize};

/// Filters for file search.
#[derive(Debug, apimodel::ApiModel, Clone, PartialEq)]
#[api(serde_defaults)]
#[serde(untagged)]
pub enum Filter {
    /// A filter used to compare a specified attribute key to a given value using a defined
    /// comparison operation.
    Comparison(ComparisonFilter),
    /// Combine multiple filters using `and` or `or`.
    Compound(CompoundFilter),
}

/// Single comparison filter.
#[derive(Debug, apimodel::ApiModel, Clone, PartialEq)]
#[api(serde_defaults)]
pub struct ComparisonFilter {
    /// Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    /// - `eq`: equals
    /// - `ne`: not equal
    /// - `gt`: greater than
    /// - `gte`: greater than or equal
    /// - `lt`: less than
    /// - `lte`: less than or equal
    /// - `in`: in
    /// - `nin`: not in
    pub r#type: ComparisonType,
    /// The key to compare against the value.
    pub key: String,
    /// The value to compare against the attribute key; supports string, number, or boolean types.
    pub value: serde_json::Value,
}

#[derive(Debug, apimodel::ApiModel, Clone, Copy, PartialEq)]
#[api(serde_defaults)]
pub enum ComparisonType {
    #[serde(rename = "eq")]
    Equals,
    #[serde(rename = "ne")]
    NotEquals,
    #[serde(rename = "gt")]
    GreaterThan,
    #[serde(rename = "gte")]
    GreaterThanOrEqual,
    #[serde(rename = "lt")]
    LessThan,
    #[serde(rename = "lte")]
    LessThanOrEqual,
    #[serde(rename = "in")]
    In,
    #[serde(rename = "nin")]
    NotIn,
}

/// Combine multiple filters using `and` or `or`.
#[derive(Debug, apimodel::ApiModel, Clone, PartialEq)]
#[api(serde_defaults)]
pub struct CompoundFilter {
    /// 'Type of operation: `and` or `or`.'
    pub r#type: CompoundType,
    /// Array of filters to combine. Items can be ComparisonFilter or CompoundFilter.
    pub filters: Vec<Filter>,
}

#[derive(Debug, apimodel::ApiModel, Clone, PartialEq)]
#[api(serde_defaults)]
#[serde(rename_all = "lowercase")]
pub enum CompoundType {
    And,
    Or,
}
