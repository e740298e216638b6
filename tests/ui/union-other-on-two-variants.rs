use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(tag = "type")]
pub enum Event {
    Ping { at: u64 },
    #[api(other)]
    Unknown,
    #[api(other)]
    Unrecognised,
}

fn main() {}
