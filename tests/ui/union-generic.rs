use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Page<T> {
    Empty,
    Items { items: Vec<T> },
}

fn main() {}
