use apimodel::ApiModel;

pub struct Opaque;

#[derive(ApiModel)]
pub struct Wide {
    pub id: String,
    pub name: String,
    pub handle: Opaque,
    pub description: Option<String>,
    pub owner_email: Option<String>,
    pub score: Option<f64>,
    pub tags: Option<Vec<String>>,
    pub count: Option<u32>,
    pub active: Option<bool>,
    pub note: Option<String>,
}

fn main() {}
