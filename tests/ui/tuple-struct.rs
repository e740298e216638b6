use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct UserId(pub String);

fn main() {}
