use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Pair(pub String, pub u32);

fn main() {}
