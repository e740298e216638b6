use apimodel::ApiModel;

/// A map type the runtime does not know how to fill.
#[derive(Default)]
pub struct IndexMap<K, V>(Vec<(K, V)>);

#[derive(ApiModel)]
pub struct Model {
    pub name: String,
    #[api(additional_properties)]
    pub rest: IndexMap<String, String>,
}

fn main() {}
