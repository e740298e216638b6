use apimodel::models::ConnectSessionCreate;

fn main() {
    let _session = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .provider("hibob")
        .build();
}
