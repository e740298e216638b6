use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(content = "data")]
pub enum Shape {
    Circle { radius: f64 },
}

fn main() {}
