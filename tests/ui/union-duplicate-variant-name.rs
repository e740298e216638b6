use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Shape {
    Circle { radius: f64 },
    #[api(rename = "circle")]
    Round { radius: f64 },
}

fn main() {}
