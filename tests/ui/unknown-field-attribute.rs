use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(renam = "fullName")]
    pub name: String,
    #[api(flatten, rename = "r")]
    pub rest: Option<String>,
}

fn main() {}
