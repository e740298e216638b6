use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(rename = "a", rename = "b")]
    pub name: String,
    #[api(default)]
    #[api(default = 3)]
    pub count: u32,
}

fn main() {}
