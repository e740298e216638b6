// After a mistake in a data enum, code that serializes it and renders its docs adds no
// errors of its own: one mistake, one diagnostic.
use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Shape {
    Circle { radius: f64 },
    Line(f64, f64),
}

fn main() {
    let shape = Shape::Circle { radius: 1.0 };
    let _ = serde_json::to_string(&shape);
    let _: Result<Shape, _> = serde_json::from_str("{}");
    let _ = apimodel::docs::markdown::<Shape>();
}
