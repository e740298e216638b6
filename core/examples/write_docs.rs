//! Writes the reference documentation of every model in `apimodel::models`: one markdown page
//! per model (`models/shared/<name lowercased>.md`, the layout the pages' links expect) and one
//! JSON Schema per model (`schemas/<Name>.json`).
//!
//! ```text
//! cargo run -p apimodel --example write_docs [OUT_DIR]     # default: target/apimodel-docs
//! ```

use std::path::PathBuf;
use std::{env, fs, io};

use apimodel::ApiModel;
use apimodel::meta::Model;
use apimodel::models::ConnectSessionCreate;

fn main() -> io::Result<()> {
    let out = env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/apimodel-docs"), PathBuf::from);
    // The roots: every model they name, however deep, gets a page too.
    let models = Model::collect(&[ConnectSessionCreate::MODEL]);
    let pages = out.join("models").join("shared");
    let schemas = out.join("schemas");
    fs::create_dir_all(&pages)?;
    fs::create_dir_all(&schemas)?;
    let options = apimodel::docs::Options::default();
    for model in &models {
        let page = pages.join(format!("{}.md", model.name.to_lowercase()));
        fs::write(&page, apimodel::docs::render(model, &options))?;
        let schema = apimodel::schema::json_schema_of(model);
        let mut text = serde_json::to_string_pretty(&schema).map_err(io::Error::other)?;
        text.push('\n');
        fs::write(schemas.join(format!("{}.json", model.name)), text)?;
        println!("{}", page.display());
    }
    println!("{} pages and schemas in {}", models.len(), out.display());
    Ok(())
}
