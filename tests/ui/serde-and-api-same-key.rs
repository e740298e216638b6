use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Account {
    #[api(rename = "id")]
    #[serde(rename = "accountId")]
    pub account_id: String,
}

fn main() {}
