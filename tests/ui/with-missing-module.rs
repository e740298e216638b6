use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    #[api(with = "unix_seconds")]
    pub created_at: u64,
}

fn main() {}
