//! A unit struct, read as serde_derive reads it.

use core::fmt;

use serde::de::{Deserializer, Error, Visitor};

/// `Deserialize` of a unit struct, as serde_derive's: through `deserialize_unit_struct`,
/// accepting a unit (`null` in JSON).
#[inline]
pub fn unit_struct<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    name: &'static str,
    value: T,
) -> Result<T, D::Error> {
    deserializer.deserialize_unit_struct(
        name,
        UnitVisitor {
            name,
            expecting: None,
            value,
        },
    )
}

/// [`unit_struct`] with serde's `expecting = "..."`.
#[inline]
pub fn unit_struct_expecting<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    name: &'static str,
    expecting: &'static str,
    value: T,
) -> Result<T, D::Error> {
    deserializer.deserialize_unit_struct(
        name,
        UnitVisitor {
            name,
            expecting: Some(expecting),
            value,
        },
    )
}

struct UnitVisitor<T> {
    name: &'static str,
    expecting: Option<&'static str>,
    value: T,
}

impl<T> Visitor<'_> for UnitVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expecting {
            Some(text) => f.write_str(text),
            None => write!(f, "unit struct {}", self.name),
        }
    }

    fn visit_unit<E: Error>(self) -> Result<T, E> {
        Ok(self.value)
    }
}
