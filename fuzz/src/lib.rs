//! Shared code of the fuzz targets: every model shape, read as the `ApiModel` type and as its
//! `serde_derive` mirror, and the two outcomes compared.

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, Outcome, agree, agree_bytes, outcome, shapes};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Calls `$check::<Model, Mirror>($input)` for every model shape whose messages are serde's
/// (compared in full), postcard's included.
macro_rules! every_shape {
    ($check:ident, $input:expr) => {{
        let input = $input;
        postcard_shapes!($check, input);
        // Flatten (serde buffers the map: no postcard).
        $check::<shapes::Resource, mirror::Resource>(input);
        $check::<shapes::Tagged, mirror::Tagged>(input);
    }};
}

/// The shapes postcard reads (or fails to read) as serde does: not flatten, internally tagged
/// or untagged enums, which need a self-describing format. An adjacently tagged enum is written
/// as `[index, content]` and, as with serde, never read back: both must fail alike.
macro_rules! postcard_shapes {
    ($check:ident, $input:expr) => {{
        let input = $input;
        $check::<ConnectSessionCreate, mirror::ConnectSessionCreate>(input);
        $check::<Vec<ConnectSessionCreate>, Vec<mirror::ConnectSessionCreate>>(input);
        $check::<ConnectSessionCreateMetadata, mirror::ConnectSessionCreateMetadata>(input);
        $check::<ConnectSessionCreateCategories, mirror::ConnectSessionCreateCategories>(input);
        $check::<Vec<ConnectSessionCreateCategories>, Vec<mirror::ConnectSessionCreateCategories>>(
            input,
        );
        $check::<shapes::Account, mirror::Account>(input);
        $check::<shapes::Owner, mirror::Owner>(input);
        $check::<shapes::Settings, mirror::Settings>(input);
        $check::<shapes::Status, mirror::Status>(input);
        $check::<Option<shapes::Status>, Option<mirror::Status>>(input);
        $check::<shapes::Color, mirror::Color>(input);
        // Newtypes, tri-states, `skip_none = false`, externally and adjacently tagged enums.
        $check::<shapes::AccountId, mirror::AccountId>(input);
        $check::<shapes::Patch, mirror::Patch>(input);
        $check::<shapes::Shape, mirror::Shape>(input);
        $check::<Vec<shapes::Shape>, Vec<mirror::Shape>>(input);
        $check::<shapes::Payload, mirror::Payload>(input);
    }};
}

/// Calls `$check::<Model, Mirror>($input)` for every shape whose error messages differ from
/// serde's by design (README, "Unions"): internally tagged enums (tag first: one pass,
/// document order, positions) and untagged ones (each variant's reason appended).
macro_rules! values_only_shapes {
    ($check:ident, $input:expr) => {{
        let input = $input;
        $check::<shapes::Event, mirror::Event>(input);
        $check::<Vec<shapes::Event>, Vec<mirror::Event>>(input);
        $check::<shapes::OneOrMany, mirror::OneOrMany>(input);
        $check::<shapes::Effort, mirror::Effort>(input);
        $check::<Vec<shapes::Effort>, Vec<mirror::Effort>>(input);
    }};
}

/// JSON: `from_slice` and `from_reader` on the raw bytes; `from_str` and `from_value` too when
/// they are UTF-8 (`agree` runs `agree_bytes` itself). Panics (the finding) unless the model and
/// its mirror agree on every one.
pub fn json(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        every_shape!(json_text, text);
    } else {
        every_shape!(json_bytes, data);
    }
    values_only_shapes!(json_values_only, data);
}

fn json_bytes<A, M>(data: &[u8])
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    let _outcome = agree_bytes::<A, M>(data);
}

fn json_text<A, M>(text: &str)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    let _outcome = agree::<A, M>(text);
}

/// As `json_text`/`json_bytes` (every reader), but two rejections agree whatever their
/// messages. One accept/reject difference is let through (README, "Unions"): with the tag
/// first, an internally tagged enum skips an unused key's value as a plain struct does, where
/// serde's buffer decodes it and may refuse it — an out-of-range number (`1e999`, documented)
/// or a string that is not valid UTF-8 or holds a lone surrogate escape (`"\ud800"`; the
/// README names only numbers).
fn json_values_only<A, M>(data: &[u8])
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    same_value(
        "from_slice",
        data,
        outcome(serde_json::from_slice::<A>(data)),
        outcome(serde_json::from_slice::<M>(data)),
    );
    same_value(
        "from_reader",
        data,
        outcome(serde_json::from_reader::<_, A>(data)),
        outcome(serde_json::from_reader::<_, M>(data)),
    );
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    same_value(
        "from_str",
        data,
        outcome(serde_json::from_str::<A>(text)),
        outcome(serde_json::from_str::<M>(text)),
    );
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        same_value(
            "from_value",
            data,
            outcome(serde_json::from_value::<A>(value.clone())),
            outcome(serde_json::from_value::<M>(value)),
        );
    }
}

/// serde_json errors of a value that `IgnoredAny` skips without decoding.
const SKIPPED_BY_A_PLAIN_STRUCT: [&str; 4] = [
    "number out of range",
    "invalid unicode code point",
    "lone leading surrogate in hex escape",
    "unexpected end of hex escape",
];

fn same_value(reader: &str, data: &[u8], ours: Outcome, theirs: Outcome) {
    match (&ours, &theirs) {
        (Ok(a), Ok(m)) => assert_eq!(
            a,
            m,
            "{reader}: re-serialization disagrees on {:?}",
            String::from_utf8_lossy(data)
        ),
        (Err(_), Err(_)) => {}
        (Ok(_), Err(m)) if SKIPPED_BY_A_PLAIN_STRUCT.iter().any(|e| m.starts_with(e)) => {}
        _ => panic!(
            "{reader}: ours {ours:?} but serde_derive {theirs:?} on {:?}",
            String::from_utf8_lossy(data)
        ),
    }
}

/// postcard: `from_bytes`. Both `Ok` with the same postcard bytes (or the same serialization
/// error) and the same JSON bytes when written back, or both `Err` with the same error.
pub fn postcard(data: &[u8]) {
    postcard_shapes!(postcard_agree, data);
}

fn postcard_agree<A, M>(data: &[u8])
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    let ours = postcard::from_bytes::<A>(data);
    let theirs = postcard::from_bytes::<M>(data);
    match (ours, theirs) {
        (Ok(a), Ok(m)) => {
            assert_eq!(
                postcard::to_allocvec(&a),
                postcard::to_allocvec(&m),
                "postcard re-serialization disagrees on {data:?}"
            );
            assert_eq!(
                serde_json::to_vec(&a).map_err(|e| e.to_string()),
                serde_json::to_vec(&m).map_err(|e| e.to_string()),
                "JSON re-serialization disagrees on {data:?}"
            );
        }
        (Err(a), Err(m)) => {
            assert_eq!(a, m, "postcard errors disagree on {data:?}");
            assert_eq!(a.to_string(), m.to_string());
        }
        (a, m) => panic!(
            "postcard: ours {} but serde_derive {} on {data:?}",
            if a.is_ok() { "accepts" } else { "rejects" },
            if m.is_ok() { "accepts" } else { "rejects" },
        ),
    }
}
