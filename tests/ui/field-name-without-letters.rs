use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    pub __: String,
}

fn main() {}
