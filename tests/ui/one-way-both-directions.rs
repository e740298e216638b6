use apimodel::ApiModel;

/// Neither direction left: a model must derive at least one of the two impls.
#[derive(ApiModel)]
#[api(serde_defaults, serialize_only, deserialize_only)]
pub struct Event {
    pub name: String,
}

/// `serialize_only` is apimodel's: serde has no such attribute.
#[derive(ApiModel)]
#[serde(serialize_only)]
pub struct Notice {
    pub text: String,
}

fn main() {}
