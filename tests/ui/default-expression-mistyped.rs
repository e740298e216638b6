use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(default = "thirty")]
    pub timeout: u32,
}

fn main() {}
