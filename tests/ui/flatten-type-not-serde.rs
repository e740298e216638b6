use apimodel::ApiModel;

/// Not a model: no serde impls.
pub struct Plain {
    pub id: String,
}

#[derive(ApiModel)]
pub struct Model {
    pub name: String,
    #[api(flatten)]
    pub base: Plain,
}

fn main() {}
