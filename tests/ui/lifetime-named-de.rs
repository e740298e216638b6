use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Borrowed<'de> {
    pub name: &'de str,
}

fn main() {}
