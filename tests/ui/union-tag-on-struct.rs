use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub struct Circle {
    pub radius: f64,
}

fn main() {}
