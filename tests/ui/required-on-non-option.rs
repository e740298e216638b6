use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(required)]
    pub name: String,
}

fn main() {}
