use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Shape {
    Circle {
        #[api(into = false)]
        radius: f64,
    },
    Line(#[api(required)] f64, f64),
}

fn main() {}
