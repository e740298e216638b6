use apimodel::ApiModel;

pub struct Opaque;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Event {
    Created { id: String, handle: Opaque },
    Deleted { id: String },
}

fn main() {}
