use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Model {
    pub user_id: String,
    #[api(rename = "userId")]
    pub legacy_user_id: Option<String>,
}

fn main() {}
