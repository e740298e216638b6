use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Patch {
    #[api(skip_none = false)]
    pub name: String,
    #[api(required, skip_none = true)]
    pub parent: Option<String>,
}

fn main() {}
