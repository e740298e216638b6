use apimodel::ApiModel;

// One mistake (two variants with one wire value), one diagnostic: code using the enum's
// methods and traits still compiles against the items the derive emits after an error.
#[derive(ApiModel, Debug)]
pub enum Status {
    Active,
    #[api(rename = "active")]
    Closed,
}

fn main() {
    let status = Status::Active;
    println!("{} {}", status.as_str(), status);
    let parsed: Result<Status, apimodel::ParseEnumError> = "active".parse();
    println!("{parsed:?}");
    println!("{:?}", serde_json::to_string(&status));
    println!("{:?}", serde_json::from_str::<Status>("\"active\""));
    println!("{}", apimodel::docs::markdown::<Status>());
}
