use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Deployment {
    pub build: String,
}

fn main() {}
