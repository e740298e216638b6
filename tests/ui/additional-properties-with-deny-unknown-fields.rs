use std::collections::BTreeMap;

use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(deny_unknown_fields)]
pub struct Model {
    pub name: String,
    #[api(additional_properties)]
    pub rest: BTreeMap<String, String>,
}

fn main() {}
