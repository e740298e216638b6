//! JSON parsing whose errors say where the bad value is.
//!
//! `serde_json` reports a line and a column; in a response body of a few kilobytes on one line
//! that points at a character, not at a field of the model. [`from_str`] and [`from_slice`]
//! parse exactly as `serde_json::from_str` and `serde_json::from_slice` do (same values, same
//! messages, trailing characters rejected) and their [`Error`] also carries the path of the
//! value that failed — `categories[1]`, `metadata.team` — as tracked by `serde_path_to_error`.
//! It is the text axum's `Json` extractor puts after its own lead, so a client reads the same
//! words a server built on axum answers with.
//!
//! ```
//! use apimodel::models::ConnectSessionCreate;
//!
//! let body = r#"{"originOwnerId":"customer-123","categories":["hris",3]}"#;
//! let err = apimodel::json::from_str::<ConnectSessionCreate>(body).unwrap_err();
//! assert_eq!(err.path(), "categories[1]");
//! assert_eq!(
//!     err.to_string(),
//!     "categories[1]: data did not match any variant of untagged enum \
//!      ConnectSessionCreateCategories at line 1 column 55",
//! );
//! assert_eq!((err.inner().line(), err.inner().column()), (1, 55));
//!
//! // At the top level there is no path to name: the text is serde_json's alone.
//! let err = apimodel::json::from_str::<ConnectSessionCreate>(r#"{"originOwnerId":"c"}"#)
//!     .unwrap_err();
//! assert_eq!(err.path(), ".");
//! assert_eq!(err.to_string(), "missing field `originOwnerName` at line 1 column 21");
//! ```
//!
//! Available with the `json` feature (on by default).

use core::fmt;
use serde::Deserialize;
use serde_path_to_error::Segment;

/// Deserializes a `T` from JSON text, as `serde_json::from_str` does; on failure the error
/// names the path of the bad value.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, Error> {
    parse(&mut serde_json::Deserializer::from_str(text))
}

/// Deserializes a `T` from JSON bytes, as `serde_json::from_slice` does; on failure the error
/// names the path of the bad value.
pub fn from_slice<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, Error> {
    parse(&mut serde_json::Deserializer::from_slice(bytes))
}

fn parse<'de, R, T>(deserializer: &mut serde_json::Deserializer<R>) -> Result<T, Error>
where
    R: serde_json::de::Read<'de>,
    T: Deserialize<'de>,
{
    let value = serde_path_to_error::deserialize(&mut *deserializer).map_err(Error::tracked)?;
    // Only whitespace may follow the value, as in `serde_json::from_str`.
    deserializer.end().map_err(Error::top_level)?;
    Ok(value)
}

/// A JSON document that is not a valid `T`: serde_json's error and the path of the value it is
/// about.
///
/// `Display` writes `path: message`, for example
/// ``originOwnerId: invalid type: null, expected a string at line 1 column 21``, or the message
/// alone when there is no path to name (see [`Error::path`]).
#[derive(Debug)]
pub struct Error {
    path: String,
    named: bool,
    inner: serde_json::Error,
}

impl Error {
    fn tracked(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let named = err
            .path()
            .iter()
            .any(|segment| !matches!(segment, Segment::Unknown));
        Error {
            path: err.path().to_string(),
            named,
            inner: err.into_inner(),
        }
    }

    fn top_level(inner: serde_json::Error) -> Self {
        Error {
            path: ".".to_owned(),
            named: false,
            inner,
        }
    }

    /// Where the bad value is: map keys joined by `.` and sequence indexes in brackets, as
    /// `serde_path_to_error` writes them (`categories[1]`, `metadata.team`, `items[0].id`).
    ///
    /// `.` when the error is about the document itself rather than a value in it: a required
    /// field missing from the top-level object, a syntax error before the first key, trailing
    /// characters. A key that could not be read as text shows as `?`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// serde_json's error: its message, [`line`](serde_json::Error::line),
    /// [`column`](serde_json::Error::column) and [`classify`](serde_json::Error::classify).
    pub fn inner(&self) -> &serde_json::Error {
        &self.inner
    }

    /// serde_json's error, without the path.
    pub fn into_inner(self) -> serde_json::Error {
        self.inner
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.named {
            write!(f, "{}: ", self.path)?;
        }
        fmt::Display::fmt(&self.inner, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.inner)
    }
}
