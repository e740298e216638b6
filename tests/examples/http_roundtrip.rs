//! `ConnectSessionCreate` over real HTTP: an axum server on 127.0.0.1 takes
//! `axum::Json<ConnectSessionCreate>`, a reqwest client posts a builder-made body and three bad
//! ones, gets the service's OpenAPI document (`GET /openapi.json`, from utoipa's macros and the
//! models' `utoipa::ToSchema`), and the server shuts down gracefully. The README shows the
//! output, and `test_http.rs` checks that it still does.
//!
//! `cargo run -p apimodel-tests --example http_roundtrip`

#[path = "../tests/support/http.rs"]
mod http;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    http::roundtrip(&mut std::io::stdout().lock()).await
}
