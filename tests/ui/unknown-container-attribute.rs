use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(rename_al = "camelCase")]
pub struct Model {
    pub name: String,
}

fn main() {}
