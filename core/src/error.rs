//! The error of parsing a string enum from text.

use core::fmt;

/// `FromStr` error of a closed string enum: the text is none of its wire values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    enum_name: &'static str,
    value: String,
    expected: &'static [&'static str],
}

impl ParseEnumError {
    pub(crate) fn new(
        enum_name: &'static str,
        value: &str,
        expected: &'static [&'static str],
    ) -> Self {
        ParseEnumError {
            enum_name,
            value: value.to_owned(),
            expected,
        }
    }

    /// The text that was not recognised.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} value `{}`, expected one of ",
            self.enum_name, self.value
        )?;
        for (i, v) in self.expected.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{v}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseEnumError {}
