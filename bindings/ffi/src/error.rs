//! The error that crosses the FFI: `DatelineException` in Kotlin, `DatelineError` in Swift.

/// Why a parse failed. Each variant carries a message for people; the variant is for programs
/// (it matches the core's stable error codes: `input_too_large`, `empty_input`, `invalid_option`).
///
/// The error is *flat* across the FFI: in Kotlin every variant is a subclass of
/// `DatelineException` whose `message` is the text below (a field named `message` would clash
/// with `Throwable.message`); in Swift it is `DatelineError.InputTooLarge(message:)` and so on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
#[non_exhaustive]
pub enum DatelineError {
    /// The input is larger than the `max_input_bytes` option.
    #[error("{message}")]
    InputTooLarge {
        /// What went wrong, with the size and the limit.
        message: String,
    },
    /// The input holds no text.
    #[error("{message}")]
    EmptyInput {
        /// What went wrong.
        message: String,
    },
    /// An option has a value the pipeline cannot use (a `published` date not in `YYYY-MM-DD`).
    #[error("{message}")]
    InvalidOption {
        /// What went wrong, with the offending value.
        message: String,
    },
    /// An error this version of the bindings does not know by kind.
    #[error("{message}")]
    Other {
        /// What went wrong.
        message: String,
    },
}

impl DatelineError {
    /// The core's stable snake_case code for this error (`input_too_large`, `empty_input`,
    /// `invalid_option`), or `other`.
    pub fn code(&self) -> &'static str {
        match self {
            DatelineError::InputTooLarge { .. } => "input_too_large",
            DatelineError::EmptyInput { .. } => "empty_input",
            DatelineError::InvalidOption { .. } => "invalid_option",
            DatelineError::Other { .. } => "other",
        }
    }
}

impl From<dateline::Error> for DatelineError {
    fn from(error: dateline::Error) -> DatelineError {
        let message = error.to_string();
        match error {
            dateline::Error::InputTooLarge { .. } => DatelineError::InputTooLarge { message },
            dateline::Error::EmptyInput => DatelineError::EmptyInput { message },
            dateline::Error::InvalidOption { .. } => DatelineError::InvalidOption { message },
            // The core error is #[non_exhaustive]: a kind added there surfaces as `Other` until
            // it gets its own variant here.
            _ => DatelineError::Other { message },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_map_to_their_variant_with_the_core_message() {
        let e = DatelineError::from(dateline::Error::InputTooLarge {
            size: 11,
            limit: 10,
        });
        assert_eq!(
            e,
            DatelineError::InputTooLarge {
                message: "input too large: 11 bytes, the limit is 10 bytes".into()
            }
        );
        assert_eq!(e.code(), "input_too_large");
        assert_eq!(
            e.to_string(),
            "input too large: 11 bytes, the limit is 10 bytes"
        );

        let e = DatelineError::from(dateline::Error::EmptyInput);
        assert_eq!(e.code(), "empty_input");
        assert_eq!(e.to_string(), "empty input: no text to analyse");

        let e = DatelineError::from(dateline::Error::InvalidOption {
            option: "published",
            message: "expected a date as YYYY-MM-DD, found \"x\"".into(),
        });
        assert_eq!(e.code(), "invalid_option");
        assert!(
            e.to_string().starts_with("invalid option published: "),
            "{e}"
        );
    }

    #[test]
    fn codes_agree_with_the_core() {
        for core in [
            dateline::Error::InputTooLarge { size: 2, limit: 1 },
            dateline::Error::EmptyInput,
            dateline::Error::InvalidOption {
                option: "published",
                message: String::new(),
            },
        ] {
            let code = core.code();
            assert_eq!(DatelineError::from(core).code(), code);
        }
    }
}
