//! A newtype (a tuple struct of one field), read as serde_derive reads it.

use core::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Error, SeqAccess, Visitor};

/// `Deserialize` of a newtype (a tuple struct of one field), as serde_derive's: through
/// `deserialize_newtype_struct`, also from a sequence of one element.
#[inline]
pub fn newtype<'de, D, V, T>(
    deserializer: D,
    name: &'static str,
    wrap: fn(V) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_newtype_struct(
        name,
        NewtypeVisitor {
            name,
            expecting: None,
            wrap,
        },
    )
}

/// [`newtype`] with serde's `expecting = "..."`: what its messages say is expected.
#[inline]
pub fn newtype_expecting<'de, D, V, T>(
    deserializer: D,
    name: &'static str,
    expecting: &'static str,
    wrap: fn(V) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_newtype_struct(
        name,
        NewtypeVisitor {
            name,
            expecting: Some(expecting),
            wrap,
        },
    )
}

struct NewtypeVisitor<V, T> {
    name: &'static str,
    expecting: Option<&'static str>,
    wrap: fn(V) -> T,
}

impl<'de, V: Deserialize<'de>, T> Visitor<'de> for NewtypeVisitor<V, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expecting {
            Some(text) => f.write_str(text),
            None => write!(f, "tuple struct {}", self.name),
        }
    }

    #[inline]
    fn visit_newtype_struct<E: Deserializer<'de>>(self, deserializer: E) -> Result<T, E::Error> {
        V::deserialize(deserializer).map(self.wrap)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        match seq.next_element()? {
            Some(value) => Ok((self.wrap)(value)),
            None => match self.expecting {
                Some(text) => Err(A::Error::invalid_length(0, &text)),
                None => Err(A::Error::invalid_length(0, &NewtypeLen(self.name))),
            },
        }
    }
}

/// serde_derive's "tuple struct Name with 1 element".
struct NewtypeLen(&'static str);

impl de::Expected for NewtypeLen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tuple struct {} with 1 element", self.0)
    }
}
