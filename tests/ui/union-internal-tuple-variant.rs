use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Shape {
    Circle { radius: f64 },
    Line(f64, f64),
}

fn main() {}
