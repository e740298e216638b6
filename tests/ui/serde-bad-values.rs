use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(serde_defaults)]
#[serde(rename_all = "camel", bound = "T")]
pub struct Page<T> {
    #[serde(default = "1 + 2")]
    pub size: u32,
    #[serde(skip_serializing_if = "")]
    pub items: Vec<T>,
    #[serde(rename(serialise = "next"))]
    pub next_page: Option<String>,
}

fn main() {}
