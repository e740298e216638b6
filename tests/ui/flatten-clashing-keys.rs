use std::collections::BTreeMap;

use apimodel::ApiModel;

#[derive(ApiModel, Clone)]
pub struct Base {
    pub id: String,
}

#[derive(ApiModel)]
pub struct Twice {
    #[api(flatten)]
    pub first: Base,
    #[api(flatten)]
    pub second: Option<Base>,
}

#[derive(ApiModel)]
pub struct TwoMaps {
    #[api(flatten)]
    pub labels: BTreeMap<String, String>,
    #[api(additional_properties)]
    pub rest: BTreeMap<String, String>,
}

#[derive(ApiModel)]
#[api(deny_unknown_fields)]
pub struct Denied {
    #[api(flatten)]
    pub labels: BTreeMap<String, String>,
}

fn main() {}
