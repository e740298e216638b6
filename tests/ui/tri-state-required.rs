use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct UserPatch {
    #[api(required)]
    pub nickname: Option<Option<String>>,
    #[api(default)]
    pub avatar: Option<Option<String>>,
    #[api(skip_none = false)]
    pub bio: Option<Option<String>>,
}

fn main() {}
