use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Status {
    Active,
    #[api(other)]
    Unknown,
}

fn main() {}
