use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(required, default)]
    pub parent: Option<String>,
}

fn main() {}
