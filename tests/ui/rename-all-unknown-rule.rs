use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(rename_all = "camelcase")]
pub struct Model {
    pub name: String,
}

fn main() {}
