//! Shared code of the fuzz targets: every model shape, read as the `ApiModel` type and as its
//! `serde_derive` mirror, and the two outcomes compared.

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, agree, agree_bytes, shapes};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Calls `$check::<Model, Mirror>($input)` for every model shape.
macro_rules! every_shape {
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

/// postcard: `from_bytes`. Both `Ok` with the same postcard bytes (or the same serialization
/// error) and the same JSON bytes when written back, or both `Err` with the same error.
pub fn postcard(data: &[u8]) {
    every_shape!(postcard_agree, data);
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
