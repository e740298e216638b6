use apimodel::ApiModel;

/// A model defined in the crate that builds it.
#[derive(ApiModel)]
pub struct CreateUser {
    pub user_name: String,
    pub email: Option<String>,
}

fn main() {
    let _user = CreateUser::builder().email("ada@example.com").build();
}
