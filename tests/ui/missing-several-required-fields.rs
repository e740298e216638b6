use apimodel::models::ConnectSessionCreate;

fn main() {
    let _session = ConnectSessionCreate::builder().provider("hibob").build();
}
