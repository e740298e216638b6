use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(rename_al = "camelCase")]
pub struct Model {
    pub name: String,
}

#[derive(ApiModel)]
#[api(tag = "type")]
pub struct Other {
    pub name: String,
}

fn main() {}
