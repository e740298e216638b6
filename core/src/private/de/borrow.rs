//! serde's `#[serde(borrow)]` on a `Cow` field: borrowed from the input when the format lends
//! it, owned otherwise.

use core::fmt;

use serde::de::{Deserializer, Error, Unexpected, Visitor};

/// serde's `#[serde(borrow)]` on a `Cow<'a, str>` field: borrowed from the input when the
/// format hands out borrowed text, owned otherwise.
pub fn borrow_cow_str<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<std::borrow::Cow<'a, str>, D::Error> {
    struct CowStr;

    impl<'a> Visitor<'a> for CowStr {
        type Value = std::borrow::Cow<'a, str>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_borrowed_str<E: Error>(self, v: &'a str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v))
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.to_owned()))
        }

        fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v))
        }

        fn visit_borrowed_bytes<E: Error>(self, v: &'a [u8]) -> Result<Self::Value, E> {
            core::str::from_utf8(v)
                .map(std::borrow::Cow::Borrowed)
                .map_err(|_| E::invalid_value(Unexpected::Bytes(v), &self))
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            core::str::from_utf8(v)
                .map(|s| std::borrow::Cow::Owned(s.to_owned()))
                .map_err(|_| E::invalid_value(Unexpected::Bytes(v), &self))
        }

        fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            String::from_utf8(v)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| E::invalid_value(Unexpected::Bytes(&e.into_bytes()), &self))
        }
    }

    deserializer.deserialize_str(CowStr)
}

/// serde's `#[serde(borrow)]` on a `Cow<'a, [u8]>` field.
pub fn borrow_cow_bytes<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<std::borrow::Cow<'a, [u8]>, D::Error> {
    struct CowBytes;

    impl<'a> Visitor<'a> for CowBytes {
        type Value = std::borrow::Cow<'a, [u8]>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a byte array")
        }

        fn visit_borrowed_str<E: Error>(self, v: &'a str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v.as_bytes()))
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.as_bytes().to_vec()))
        }

        fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.into_bytes()))
        }

        fn visit_borrowed_bytes<E: Error>(self, v: &'a [u8]) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Borrowed(v))
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v.to_vec()))
        }

        fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            Ok(std::borrow::Cow::Owned(v))
        }
    }

    deserializer.deserialize_bytes(CowBytes)
}
