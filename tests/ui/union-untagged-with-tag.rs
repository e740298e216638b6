use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(untagged, tag = "type")]
pub enum Shape {
    Circle { radius: f64 },
}

fn main() {}
