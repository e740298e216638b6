use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(serde_defaults)]
#[serde(rename_al = "camelCase")]
pub struct Account {
    #[serde(skip_serialising_if = "Option::is_none")]
    pub nickname: Option<String>,
}

fn main() {}
