use std::collections::BTreeMap;

use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(flatten)]
    pub count: u32,
    #[api(flatten)]
    pub name: String,
    #[api(flatten)]
    pub list: Vec<String>,
    #[api(flatten)]
    pub pair: (String, String),
    #[api(flatten)]
    pub twice: Option<Option<String>>,
    #[api(flatten)]
    pub by_number: BTreeMap<u32, String>,
}

fn main() {}
