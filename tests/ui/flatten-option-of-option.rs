use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    pub id: String,
    #[api(flatten)]
    pub twice: Option<Option<String>>,
}

fn main() {}
