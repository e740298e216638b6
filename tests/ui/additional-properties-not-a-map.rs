use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    pub name: String,
    #[api(additional_properties)]
    pub rest: Vec<(String, String)>,
}

fn main() {}
