use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Value {
    Text(String),
    Count(u32),
    List(Vec<u8>),
}

fn main() {}
