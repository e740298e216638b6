use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Status {
    Active,
    #[api(othr)]
    Unknown(String),
}

fn main() {}
