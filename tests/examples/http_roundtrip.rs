//! `ConnectSessionCreate` over real HTTP: an axum server on 127.0.0.1 takes
//! `axum::Json<ConnectSessionCreate>`, a reqwest client posts a builder-made body and three bad
//! ones, and the server shuts down gracefully.
//!
//! `cargo run -p apimodel-tests --example http_roundtrip`

#[path = "../tests/support/http.rs"]
mod http;

use http::{ApiError, BAD_BODIES, Server};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = Server::start().await?;
    let client = http::client()?;
    let url = server.url("/connect_sessions");

    let session = http::session();
    println!(
        "POST /connect_sessions {}",
        serde_json::to_string(&session)?
    );
    let reply = http::post_json(&client, &url, &session).await?;
    println!("  {} {}", reply.status, reply.body);

    for (what, body) in BAD_BODIES {
        println!("POST /connect_sessions {body}  ({what})");
        let reply = http::post_text(&client, &url, "application/json", body).await?;
        // The client reads the error body with the same path-naming parser.
        let error: ApiError = apimodel::json::from_str(&reply.body)?;
        println!("  {}: {}", reply.status, error.message);
    }

    server.stop().await?;
    println!("server stopped");
    Ok(())
}
