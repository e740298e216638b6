use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Empty;

fn main() {}
