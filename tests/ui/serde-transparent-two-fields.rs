use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(serde_defaults)]
#[serde(transparent)]
pub struct Meters {
    pub value: f64,
    pub unit: String,
}

fn main() {}
