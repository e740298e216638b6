use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(rename_all = "camelCase")]
pub struct AccountId(#[api(rename = "id")] pub String);

fn main() {
    // The newtype's conversions still exist after the error: no cascade.
    let _ = AccountId::from(String::new()).into_inner();
}
