use apimodel::ApiModel;

#[derive(ApiModel)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
    pub total: u64,
}

fn main() {
    let _page = Page::<String>::builder().items(vec![]).build();
}
