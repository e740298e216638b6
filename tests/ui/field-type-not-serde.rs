use apimodel::ApiModel;

pub struct Opaque;

#[derive(ApiModel)]
pub struct Wrapper {
    pub name: String,
    pub handle: Opaque,
}

fn main() {}
