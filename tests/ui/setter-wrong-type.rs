use apimodel::models::ConnectSessionCreate;

fn main() {
    let _session = ConnectSessionCreate::builder()
        .origin_owner_id(42)
        .origin_owner_name("Acme Inc")
        .build();
}
