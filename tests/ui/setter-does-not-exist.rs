use apimodel::models::ConnectSessionCreate;

fn main() {
    let _session = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .origin_owner_email("ops@acme.test")
        .build();
}
