//! `ConnectSessionCreate` over real HTTP on 127.0.0.1: the axum service of `support/http.rs`
//! (shared with the `http_roundtrip` example) and a reqwest client. Exact statuses and bodies;
//! every request is bounded by the client's timeout and every test stops its server.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "literal JSON bodies, written uniformly"
)]

#[path = "support/http.rs"]
mod http;

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use http::{ApiError, BAD_BODIES, ConnectSession, ConnectSessionPatch, Server};
use reqwest::StatusCode;
use serde_json::json;
use std::error::Error;
use utoipa::OpenApi as _;

type TestResult = Result<(), Box<dyn Error>>;

/// `http::session()` as the client sends it.
const SESSION: &str = r#"{"categories":["hris"],"expiresIn":3600.0,"metadata":{"team":"platform"},"originOwnerId":"customer-123","originOwnerName":"Acme Inc","provider":"hibob"}"#;

/// What the server answers to each of `BAD_BODIES`, in order.
const REFUSALS: [(StatusCode, &str); 3] = [
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        r#"{"statusCode":422,"message":"missing field `originOwnerName` at line 1 column 32"}"#,
    ),
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        r#"{"statusCode":422,"message":"categories[1]: data did not match any variant of untagged enum ConnectSessionCreateCategories at line 1 column 84"}"#,
    ),
    (
        StatusCode::BAD_REQUEST,
        r#"{"statusCode":400,"message":"expected value at line 1 column 1"}"#,
    ),
];

/// The example's exchanges, then a session without `expiresIn`, then the server stops and
/// refuses connections.
#[tokio::test]
async fn example_exchanges() -> TestResult {
    let server = Server::start().await?;
    let client = http::client()?;
    let url = server.url("/connect_sessions");

    assert_eq!(serde_json::to_string(&http::session())?, SESSION);
    let reply = http::post_json(&client, &url, &http::session()).await?;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(
        reply.body,
        r#"{"id":"session-1","token":"token-1","expiresIn":3600.0}"#
    );
    assert_eq!(
        apimodel::json::from_str::<ConnectSession>(&reply.body)?,
        ConnectSession {
            id: "session-1".to_owned(),
            token: "token-1".to_owned(),
            expires_in: 3600.0,
        }
    );

    for ((what, body), (status, refusal)) in BAD_BODIES.into_iter().zip(REFUSALS) {
        let reply = http::post_text(&client, &url, "application/json", body).await?;
        assert_eq!(reply.status, status, "{what}");
        assert_eq!(reply.body, refusal, "{what}");
        // The server's message is the text `apimodel::json` gives a client for the same body.
        let error: ApiError = apimodel::json::from_str(&reply.body)?;
        assert_eq!(error.status_code, status.as_u16(), "{what}");
        let Err(parsed) = apimodel::json::from_str::<ConnectSessionCreate>(body) else {
            panic!("{what}: parsed");
        };
        assert_eq!(error.message, parsed.to_string(), "{what}");
    }

    // Refused bodies created nothing: the next session is the second.
    let minimal = r#"{"originOwnerId":"customer-456","originOwnerName":"Globex"}"#;
    let reply = http::post_text(&client, &url, "application/json", minimal).await?;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(
        reply.body,
        r#"{"id":"session-2","token":"token-2","expiresIn":1800.0}"#
    );

    server.stop().await?;
    let Err(after) = http::post_text(&http::client()?, &url, "application/json", minimal).await
    else {
        panic!("the server answered after it stopped");
    };
    assert!(after.is_connect(), "{after:?}");
    Ok(())
}

/// The README's "Over HTTP" section shows what the `http_roundtrip` example prints.
#[tokio::test]
async fn readme_shows_the_example_output() -> TestResult {
    let readme = include_str!("../../README.md");
    let section = readme
        .split_once("## Over HTTP\n")
        .ok_or("no Over HTTP section")?
        .1;
    let shown = section
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.split_once("```\n"))
        .ok_or("no text block in the Over HTTP section")?
        .0;

    let mut printed = Vec::new();
    http::roundtrip(&mut printed).await?;
    assert_eq!(String::from_utf8(printed)?, shown);
    Ok(())
}

/// Refusals besides the example's: the content type, trailing characters, a bad value deep in
/// free-form metadata, an unknown route.
#[tokio::test]
async fn other_refusals() -> TestResult {
    let server = Server::start().await?;
    let client = http::client()?;
    let url = server.url("/connect_sessions");

    let cases = [
        (
            "text/plain",
            SESSION,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            r#"{"statusCode":415,"message":"Expected request with `Content-Type: application/json`"}"#,
        ),
        (
            "application/json",
            r#"{"originOwnerId":"a","originOwnerName":"b"} {}"#,
            StatusCode::BAD_REQUEST,
            r#"{"statusCode":400,"message":"trailing characters at line 1 column 45"}"#,
        ),
        (
            "application/json",
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"limits":{"tiers":["gold",]}}}"#,
            StatusCode::BAD_REQUEST,
            r#"{"statusCode":400,"message":"metadata.limits.tiers: trailing comma at line 1 column 82"}"#,
        ),
        (
            "application/json",
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":"1h"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            r#"{"statusCode":422,"message":"expiresIn: invalid type: string \"1h\", expected f64 at line 1 column 59"}"#,
        ),
    ];
    for (content_type, body, status, refusal) in cases {
        let reply = http::post_text(&client, &url, content_type, body).await?;
        assert_eq!(
            (reply.status, reply.body.as_str()),
            (status, refusal),
            "{body}"
        );
    }

    let reply = http::post_text(
        &client,
        &server.url("/sessions"),
        "application/json",
        SESSION,
    )
    .await?;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (StatusCode::NOT_FOUND, "")
    );

    server.stop().await?;
    Ok(())
}

/// An open enum over the wire: a category this version does not know is accepted, kept, and
/// written back unchanged.
#[tokio::test]
async fn unknown_category_is_echoed_unchanged() -> TestResult {
    let server = Server::start().await?;
    let client = http::client()?;

    let body = r#"{"categories":["payroll","hris","hris-legacy"],"originOwnerId":"customer-123","originOwnerName":"Acme Inc"}"#;
    let reply = http::post_text(
        &client,
        &server.url("/connect_sessions/echo"),
        "application/json",
        body,
    )
    .await?;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::OK, body));
    let echoed: ConnectSessionCreate = apimodel::json::from_str(&reply.body)?;
    assert_eq!(
        echoed.categories,
        Some(vec![
            ConnectSessionCreateCategories::Unknown("payroll".to_owned()),
            ConnectSessionCreateCategories::Hris,
            ConnectSessionCreateCategories::HrisLegacy,
        ])
    );

    let reply = http::post_text(
        &client,
        &server.url("/connect_sessions"),
        "application/json",
        body,
    )
    .await?;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (
            StatusCode::CREATED,
            r#"{"id":"session-1","token":"token-1","expiresIn":1800.0}"#
        )
    );

    server.stop().await?;
    Ok(())
}

/// Free-form metadata with nested objects, arrays, nulls, numbers and booleans goes to the
/// server and back unchanged (keys in order: serde_json's map is sorted).
#[tokio::test]
async fn nested_metadata_round_trips() -> TestResult {
    let server = Server::start().await?;
    let client = http::client()?;

    let metadata: ConnectSessionCreateMetadata = [
        ("team", json!("platform")),
        (
            "limits",
            json!({"seats": 25, "tiers": ["gold", null, 1.5], "trial": {"days": 14, "extended": false}}),
        ),
        ("active", json!(true)),
    ]
    .into_iter()
    .collect();
    let sent = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .metadata(metadata)
        .build();

    let reply = http::post_json(&client, &server.url("/connect_sessions/echo"), &sent).await?;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.body,
        r#"{"metadata":{"active":true,"limits":{"seats":25,"tiers":["gold",null,1.5],"trial":{"days":14,"extended":false}},"team":"platform"},"originOwnerId":"customer-123","originOwnerName":"Acme Inc"}"#
    );
    let echoed: ConnectSessionCreate = apimodel::json::from_str(&reply.body)?;
    assert_eq!(echoed, sent);
    assert_eq!(
        echoed.metadata.as_ref().and_then(|m| m.get("limits")),
        Some(
            &json!({"seats": 25, "tiers": ["gold", null, 1.5], "trial": {"days": 14, "extended": false}})
        )
    );

    server.stop().await?;
    Ok(())
}

/// A tri-state response model over the wire: absent, `null` and a value stay apart, both in the
/// bytes the server writes back and in what the client reads.
#[tokio::test]
async fn patch_keeps_absent_and_null_apart() -> TestResult {
    let server = Server::start().await?;
    let client = http::client()?;
    let url = server.url("/connect_sessions/session-1");

    let cases = [
        (
            "{}",
            ConnectSessionPatch {
                provider: None,
                expires_in: None,
            },
        ),
        (
            r#"{"provider":null}"#,
            ConnectSessionPatch {
                provider: Some(None),
                expires_in: None,
            },
        ),
        (
            r#"{"provider":"hibob","expiresIn":null}"#,
            ConnectSessionPatch {
                provider: Some(Some("hibob".to_owned())),
                expires_in: Some(None),
            },
        ),
        (
            r#"{"expiresIn":60.0}"#,
            ConnectSessionPatch {
                provider: None,
                expires_in: Some(Some(60.0)),
            },
        ),
    ];
    for (body, expected) in cases {
        let reply = http::send_text(
            &client,
            reqwest::Method::PATCH,
            &url,
            "application/json",
            body,
        )
        .await?;
        assert_eq!((reply.status, reply.body.as_str()), (StatusCode::OK, body));
        assert_eq!(
            apimodel::json::from_str::<ConnectSessionPatch>(&reply.body)?,
            expected
        );
    }

    let reply = http::send_text(
        &client,
        reqwest::Method::PATCH,
        &url,
        "application/json",
        r#"{"expiresIn":"soon"}"#,
    )
    .await?;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            r#"{"statusCode":422,"message":"expiresIn: invalid type: string \"soon\", expected f64 at line 1 column 19"}"#
        )
    );

    server.stop().await?;
    Ok(())
}

/// `GET /openapi.json`: an OpenAPI 3.1 document (oas3 parses it) whose paths name the models'
/// components, each compiling as a JSON Schema (boon, 2020-12: OpenAPI 3.1's dialect), the
/// request body's component accepting the example's session and refusing its bad bodies.
#[tokio::test]
async fn openapi_json_is_an_openapi_3_1_document() -> TestResult {
    const URL: &str = "https://apimodel.invalid/openapi.json";
    let server = Server::start().await?;
    let reply = http::get_text(&http::client()?, &server.url("/openapi.json")).await?;
    server.stop().await?;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, http::ApiDoc::openapi().to_pretty_json()?);

    let spec = oas3::from_json(&reply.body)?;
    assert_eq!(spec.openapi, "3.1.0");
    assert_eq!(spec.info.title, "Connect sessions");
    let paths: Vec<&String> = spec.paths.as_ref().ok_or("no paths")?.keys().collect();
    assert_eq!(
        paths,
        [
            "/connect_sessions",
            "/connect_sessions/echo",
            "/connect_sessions/{id}"
        ]
    );
    let components = spec.components.as_ref().ok_or("no components")?;
    let names: Vec<&String> = components.schemas.keys().collect();
    assert_eq!(
        names,
        [
            "ApiError",
            "ConnectSession",
            "ConnectSessionCreate",
            "ConnectSessionCreateCategories",
            "ConnectSessionCreateMetadata",
            "ConnectSessionPatch",
        ]
    );

    let document: serde_json::Value = serde_json::from_str(&reply.body)?;
    assert_eq!(
        document["paths"]["/connect_sessions"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"],
        json!({ "$ref": "#/components/schemas/ConnectSessionCreate" })
    );
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(URL, document)?;
    let mut schemas = boon::Schemas::new();
    let mut indices = Vec::new();
    for name in &names {
        let index = compiler
            .compile(&format!("{URL}#/components/schemas/{name}"), &mut schemas)
            .map_err(|e| format!("{name}: {e:#}"))?;
        indices.push(index);
    }
    let create = indices[2];
    let valid = |body: &str| {
        schemas
            .validate(&serde_json::from_str(body).unwrap(), create)
            .is_ok()
    };
    assert!(valid(SESSION));
    assert!(!valid(BAD_BODIES[0].1), "{}", BAD_BODIES[0].0);
    assert!(!valid(BAD_BODIES[1].1), "{}", BAD_BODIES[1].0);
    Ok(())
}
