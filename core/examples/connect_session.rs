//! Builds a `ConnectSessionCreate`, prints its JSON, reads it back, and shows what a body
//! without `originOwnerName` gives.

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};

fn main() -> Result<(), serde_json::Error> {
    let mut metadata = ConnectSessionCreateMetadata::new();
    metadata.insert("team", "platform");

    let session = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .provider("hibob")
        .maybe_origin_username(None)
        .categories(vec![
            ConnectSessionCreateCategories::Hris,
            ConnectSessionCreateCategories::HrisLegacy,
        ])
        .metadata(metadata)
        .expires_in(3600)
        .build();

    let json = serde_json::to_string_pretty(&session)?;
    println!("request body:\n{json}");

    let parsed: ConnectSessionCreate = serde_json::from_str(&json)?;
    assert_eq!(parsed, session);
    println!("parsed back: {parsed:?}");

    let body = r#"{"originOwnerId": "customer-123"}"#;
    match serde_json::from_str::<ConnectSessionCreate>(body) {
        Ok(_) => unreachable!("originOwnerName is required"),
        Err(err) => println!("{body} -> error: {err}"),
    }
    Ok(())
}
