use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Status {
    Active,
    #[api(other)]
    Unknown(String),
    #[api(other)]
    Unrecognised(String),
}

fn main() {}
