use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Shape {
    Circle { radius: f64 },
    Square(f64),
    Point,
}

fn main() {}
