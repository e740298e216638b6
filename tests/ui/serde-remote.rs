use apimodel::ApiModel;

pub struct Duration {
    pub secs: u64,
}

#[derive(ApiModel)]
#[serde(remote = "Duration")]
pub struct DurationDef {
    pub secs: u64,
}

fn main() {}
