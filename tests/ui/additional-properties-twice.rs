use std::collections::BTreeMap;

use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(additional_properties)]
    pub first: BTreeMap<String, String>,
    #[api(additional_properties)]
    pub second: BTreeMap<String, String>,
}

fn main() {}
