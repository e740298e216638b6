use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type", content = "data", untagged)]
pub struct Circle {
    pub radius: f64,
}

fn main() {}
