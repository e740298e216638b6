use apimodel::ApiModel;

#[derive(ApiModel)]
pub enum Shape {
    Circle {
        #[api(default = "one")]
        radius: f64,
    },
    Square {
        side: f64,
    },
}

fn main() {}
