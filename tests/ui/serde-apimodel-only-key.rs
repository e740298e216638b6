use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Account {
    #[serde(required)]
    pub nickname: Option<String>,
}

fn main() {}
