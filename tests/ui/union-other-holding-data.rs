use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Event {
    Ping { at: u64 },
    #[api(other)]
    Unknown { raw: String },
}

#[derive(ApiModel)]
pub enum External {
    Ping { at: u64 },
    #[api(other)]
    Unknown(serde_json::Value),
}

fn main() {}
