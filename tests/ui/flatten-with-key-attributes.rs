use apimodel::ApiModel;

#[derive(ApiModel, Clone)]
pub struct A {
    pub a: String,
}

#[derive(ApiModel, Clone)]
pub struct B {
    pub b: String,
}

#[derive(ApiModel, Clone)]
pub struct C {
    pub c: String,
}

#[derive(ApiModel, Clone)]
pub struct E {
    pub e: String,
}

#[derive(ApiModel, Clone)]
pub struct F {
    pub f: String,
}

#[derive(ApiModel)]
pub struct Model {
    #[api(flatten, rename = "base")]
    pub renamed: A,
    #[api(flatten, default)]
    pub defaulted: B,
    #[api(flatten, skip)]
    pub skipped: C,
    #[api(flatten, required)]
    pub required: Option<E>,
    #[api(flatten, skip_none = false)]
    pub nulls: Option<F>,
}

fn main() {}
