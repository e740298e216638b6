use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(renam = "fullName")]
    pub name: String,
    #[api(flatten)]
    pub rest: Option<String>,
}

fn main() {}
