use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Base {
    pub id: String,
}

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Event {
    Created {
        #[api(flatten)]
        base: Base,
        name: String,
    },
}

fn main() {}
