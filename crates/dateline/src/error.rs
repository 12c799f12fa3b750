//! The error type of the core crate.

/// An error from dateline. Messages are for people; [`Error::code`] is for programs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_input_bytes`].
    #[error("input too large: {size} bytes, the limit is {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input holds no text (empty, or only whitespace and control characters).
    #[error("empty input: no text to analyse")]
    EmptyInput,
    /// An option has a value the pipeline cannot use.
    #[error("invalid option {option}: {message}")]
    InvalidOption {
        /// The option's name ("published").
        option: &'static str,
        /// What is wrong, with the offending value.
        message: String,
    },
}

impl Error {
    /// A stable snake_case code for the error kind (`input_too_large`, `empty_input`,
    /// `invalid_option`). Codes are public API: they are never renamed.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input_too_large",
            Error::EmptyInput => "empty_input",
            Error::InvalidOption { .. } => "invalid_option",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_values() {
        let e = Error::InputTooLarge {
            size: 11,
            limit: 10,
        };
        assert_eq!(
            e.to_string(),
            "input too large: 11 bytes, the limit is 10 bytes"
        );
        assert_eq!(e.code(), "input_too_large");
        let e = Error::InvalidOption {
            option: "published",
            message: "expected YYYY-MM-DD, found \"x\"".into(),
        };
        assert_eq!(
            e.to_string(),
            "invalid option published: expected YYYY-MM-DD, found \"x\""
        );
        assert_eq!(Error::EmptyInput.code(), "empty_input");
    }
}
