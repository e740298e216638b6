//! A connect-session service on 127.0.0.1 and the client side of it, shared by
//! `tests/test_http.rs` and `examples/http_roundtrip.rs` (each includes this file with
//! `#[path]`; see `Cargo.toml` for why it is not a module of the library).
//!
//! The server is axum taking `axum::Json<ConnectSessionCreate>`; the client is reqwest. Both
//! (de)serialize with the impls `#[derive(ApiModel)]` generates. The server also serves its
//! OpenAPI document, `GET /openapi.json`, written by utoipa's macros from the models'
//! `utoipa::ToSchema` (apimodel's feature `utoipa`).

use apimodel::ApiModel;
use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::routing::{get, patch, post};
use axum::{Json, Router};
use std::error::Error;
use std::io::{self, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use utoipa::OpenApi;

/// How long one request, or the server's shutdown, may take before it is an error.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The lifetime of a session whose request has no `expiresIn`, in seconds.
pub const DEFAULT_EXPIRES_IN: f64 = 1800.0;

/// Bodies `POST /connect_sessions` refuses: what is wrong with each, and the body.
pub const BAD_BODIES: [(&str, &str); 3] = [
    (
        "missing originOwnerName",
        r#"{"originOwnerId":"customer-123"}"#,
    ),
    (
        "categories holding a number",
        r#"{"originOwnerId":"customer-123","originOwnerName":"Acme Inc","categories":["hris",3]}"#,
    ),
    ("not JSON", "originOwnerId=customer-123"),
];

/// How many lines of `/openapi.json` the example prints.
pub const OPENAPI_LINES: usize = 24;

/// The example: starts a [`Server`], posts [`session()`] and then each of [`BAD_BODIES`],
/// writing each request and the status and body (for a refusal, the error's message) of its
/// answer to `out`, then gets the OpenAPI document and writes its first [`OPENAPI_LINES`]
/// lines, and stops the server.
pub async fn roundtrip(out: &mut impl Write) -> Result<(), Box<dyn Error>> {
    let server = Server::start().await?;
    let client = client()?;
    let url = server.url("/connect_sessions");

    let session = session();
    writeln!(
        out,
        "POST /connect_sessions {}",
        serde_json::to_string(&session)?
    )?;
    let reply = post_json(&client, &url, &session).await?;
    writeln!(out, "  {} {}", reply.status, reply.body)?;

    for (what, body) in BAD_BODIES {
        writeln!(out, "POST /connect_sessions {body}  ({what})")?;
        let reply = post_text(&client, &url, "application/json", body).await?;
        // The client reads the error body with the same path-naming parser.
        let error: ApiError = apimodel::json::from_str(&reply.body)?;
        writeln!(out, "  {}: {}", reply.status, error.message)?;
    }

    writeln!(out, "GET /openapi.json")?;
    let reply = get_text(&client, &server.url("/openapi.json")).await?;
    let lines: Vec<&str> = reply.body.lines().collect();
    writeln!(
        out,
        "  {} ({} lines), the first {OPENAPI_LINES}:",
        reply.status,
        lines.len()
    )?;
    for line in lines.iter().take(OPENAPI_LINES) {
        writeln!(out, "  {line}")?;
    }

    server.stop().await?;
    writeln!(out, "server stopped")?;
    Ok(())
}

/// The answer to `POST /connect_sessions`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ConnectSession {
    /// The session's identifier.
    pub id: String,
    /// The token the connect UI is opened with.
    pub token: String,
    /// How long the session is valid for, in seconds.
    pub expires_in: f64,
}

/// The body of `PATCH /connect_sessions/{id}`, and its answer: each field absent (left as it
/// is), `null` (cleared) or a value (set) — the three states of `Option<Option<T>>`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[allow(
    clippy::option_option,
    reason = "absent, `null` and a value are three different requests"
)]
pub struct ConnectSessionPatch {
    /// The provider to connect to.
    pub provider: Option<Option<String>>,
    /// How long the session should be valid for, in seconds; `null` for no limit.
    pub expires_in: Option<Option<f64>>,
}

/// The body of every error response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The response's status code, repeated.
    pub status_code: u16,
    /// What is wrong with the request: for a body that does not fit the model, the path of the
    /// bad value and serde_json's message (`categories[1]: invalid type: ...`).
    pub message: String,
}

/// The session the example posts, made with the builder.
pub fn session() -> ConnectSessionCreate {
    let mut metadata = ConnectSessionCreateMetadata::new();
    metadata.insert("team", "platform");
    ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .provider("hibob")
        .categories(vec![ConnectSessionCreateCategories::Hris])
        .metadata(metadata)
        .expires_in(3600)
        .build()
}

/// The service's routes:
///
/// - `POST /connect_sessions`: a `ConnectSessionCreate` body → `201` and a [`ConnectSession`]
///   (ids `session-1`, `session-2`, … in order of creation);
/// - `POST /connect_sessions/echo`: a `ConnectSessionCreate` body → `200` and the session as
///   the server read it, written back;
/// - `PATCH /connect_sessions/{id}`: a [`ConnectSessionPatch`] → `200` and the changes as the
///   server read them, written back.
///
/// - `GET /openapi.json`: [`ApiDoc`], as utoipa writes it (pretty-printed).
///
/// A body either refuses gets its rejection's status and an [`ApiError`].
pub fn router() -> Router {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/connect_sessions", post(create))
        .route("/connect_sessions/echo", post(echo))
        .route("/connect_sessions/{id}", patch(update))
        .with_state(Arc::new(AtomicU64::new(0)))
}

/// The service's OpenAPI document: the paths of its handlers, whose bodies are models with
/// `#[derive(ApiModel)]` and nothing else, each a component.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Connect sessions",
        version = "1.0.0",
        description = "apimodel's HTTP example"
    ),
    paths(create, echo, update)
)]
pub struct ApiDoc;

async fn openapi() -> ([(axum::http::HeaderName, &'static str); 1], String) {
    let body = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
}

/// An error response: the status and body of a refused request.
type Refusal = (StatusCode, Json<ApiError>);

/// Creates a connect session.
#[utoipa::path(
    post,
    path = "/connect_sessions",
    request_body = ConnectSessionCreate,
    responses(
        (status = 201, description = "The session", body = ConnectSession),
        (status = 400, description = "The body is not JSON", body = ApiError),
        (status = 415, description = "The body is not `application/json`", body = ApiError),
        (status = 422, description = "The body is not a `ConnectSessionCreate`", body = ApiError),
    )
)]
async fn create(
    State(created): State<Arc<AtomicU64>>,
    body: Result<Json<ConnectSessionCreate>, JsonRejection>,
) -> Result<(StatusCode, Json<ConnectSession>), Refusal> {
    let Json(request) = body.map_err(refusal)?;
    let n = created.fetch_add(1, Ordering::Relaxed) + 1;
    let session = ConnectSession {
        id: format!("session-{n}"),
        token: format!("token-{n}"),
        expires_in: request.expires_in.unwrap_or(DEFAULT_EXPIRES_IN),
    };
    Ok((StatusCode::CREATED, Json(session)))
}

/// Reads a connect session and writes it back.
#[utoipa::path(
    post,
    path = "/connect_sessions/echo",
    request_body = ConnectSessionCreate,
    responses(
        (status = 200, description = "The session as read", body = ConnectSessionCreate),
        (status = 422, description = "The body is not a `ConnectSessionCreate`", body = ApiError),
    )
)]
async fn echo(
    body: Result<Json<ConnectSessionCreate>, JsonRejection>,
) -> Result<Json<ConnectSessionCreate>, Refusal> {
    body.map_err(refusal)
}

/// Changes a connect session: an absent field is left as it is, `null` clears it.
#[utoipa::path(
    patch,
    path = "/connect_sessions/{id}",
    params(("id" = String, Path, description = "The session's identifier")),
    request_body = ConnectSessionPatch,
    responses(
        (status = 200, description = "The changes as read", body = ConnectSessionPatch),
        (status = 422, description = "The body is not a `ConnectSessionPatch`", body = ApiError),
    )
)]
async fn update(
    body: Result<Json<ConnectSessionPatch>, JsonRejection>,
) -> Result<Json<ConnectSessionPatch>, Refusal> {
    body.map_err(refusal)
}

/// axum's text for a refused body is its own lead, `: `, then the error it wraps, e.g.
/// ``Failed to deserialize the JSON body into the target type: originOwnerId: invalid type:
/// null, expected a string at line 1 column 21``. The status already says what the lead
/// does (`400` not JSON, `415` not `application/json`, `422` not this model), so the message is
/// the wrapped error alone: `serde_path_to_error`'s `path: message`, the text
/// `apimodel::json::from_str` gives for the same body. A rejection wrapping nothing keeps
/// axum's text.
#[allow(
    clippy::needless_pass_by_value,
    reason = "called as `map_err(refusal)`, which passes the rejection by value"
)]
fn refusal(rejection: JsonRejection) -> Refusal {
    let status = rejection.status();
    let message = rejection
        .source()
        .map_or_else(|| rejection.body_text(), ToString::to_string);
    let body = ApiError {
        status_code: status.as_u16(),
        message,
    };
    (status, Json(body))
}

/// The service running on `127.0.0.1`, on a port the system picked.
pub struct Server {
    addr: SocketAddr,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<io::Result<()>>,
}

impl Server {
    /// Binds `127.0.0.1:0` and serves [`router`] on a task of the current runtime until
    /// [`Server::stop`].
    pub async fn start() -> io::Result<Server> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let (shutdown, stop) = oneshot::channel::<()>();
        let serve = axum::serve(listener, router()).with_graceful_shutdown(async move {
            // A send and a dropped sender both mean stop.
            let _ = stop.await;
        });
        let task = tokio::spawn(async move { serve.await });
        Ok(Server {
            addr,
            shutdown,
            task,
        })
    }

    /// The URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Graceful shutdown: stops accepting connections, lets requests in flight finish, and
    /// waits for the server task, at most [`TIMEOUT`].
    pub async fn stop(self) -> io::Result<()> {
        // Fails only if the server already ended; its task's result below says how.
        let _ = self.shutdown.send(());
        match tokio::time::timeout(TIMEOUT, self.task).await {
            Ok(Ok(served)) => served,
            Ok(Err(panicked)) => Err(io::Error::other(panicked)),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the server did not stop in time",
            )),
        }
    }
}

/// A client for the server: plain HTTP, no proxy, each request bounded by [`TIMEOUT`].
pub fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(TIMEOUT)
        .build()
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    /// Its status.
    pub status: StatusCode,
    /// Its body.
    pub body: String,
}

/// GETs `url`.
pub async fn get_text(client: &reqwest::Client, url: &str) -> reqwest::Result<Reply> {
    read(client.get(url).send().await?).await
}

/// POSTs `value` as JSON, serialized by reqwest with the model's `Serialize`.
pub async fn post_json<T: serde::Serialize>(
    client: &reqwest::Client,
    url: &str,
    value: &T,
) -> reqwest::Result<Reply> {
    read(client.post(url).json(value).send().await?).await
}

/// POSTs `body` as it is, labelled `content_type`.
pub async fn post_text(
    client: &reqwest::Client,
    url: &str,
    content_type: &str,
    body: &'static str,
) -> reqwest::Result<Reply> {
    send_text(client, reqwest::Method::POST, url, content_type, body).await
}

/// Sends `body` as it is with `method`, labelled `content_type`.
pub async fn send_text(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: &str,
    content_type: &str,
    body: &'static str,
) -> reqwest::Result<Reply> {
    let request = client
        .request(method, url)
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body);
    read(request.send().await?).await
}

async fn read(response: reqwest::Response) -> reqwest::Result<Reply> {
    let status = response.status();
    let body = response.text().await?;
    Ok(Reply { status, body })
}
