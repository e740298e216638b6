use apimodel::ApiModel;

#[derive(ApiModel)]
#[api(rename_all = "Camel")]
pub struct Model {
    #[api(required)]
    pub name: String,
    #[api(skip = true)]
    pub cache: Vec<u8>,
    #[api(defualt)]
    pub count: u32,
}

fn main() {
    // Stubs keep the rest of the program quiet: only the derive's errors are reported.
    serde_json_like::<Model>();
    let _ = Model::builder().name("n").count(1_u32).build();
}

fn serde_json_like<T: apimodel::serde::Serialize + for<'de> apimodel::serde::Deserialize<'de>>() {}
