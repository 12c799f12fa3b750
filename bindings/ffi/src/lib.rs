//! # dateline-ffi
//!
//! Swift and Kotlin bindings of [`dateline`], generated with [UniFFI](https://mozilla.github.io/uniffi-rs/)
//! from proc-macros (no UDL). This crate only maps types: every function converts its arguments,
//! calls **one** core function and converts the result; the analysis lives in `dateline`.
//!
//! - [`parse`] parses one article with the shared pipeline; [`Pipeline`] is built once and
//!   reused ([`Pipeline::parse`], [`Pipeline::parse_many`]).
//! - [`records`] holds the records and enums that mirror the article model, with the field
//!   names of the JSON contract (camelCase in Kotlin and Swift).
//! - [`DatelineError`] becomes `DatelineException` in Kotlin and a Swift `Error`.
//!
//! ## Offsets
//!
//! Every `start`/`end` in these records is a **UTF-16 code unit** offset into `Article.text`, the
//! unit of Kotlin/Java `String`, `NSString` and `NSRange`, so `text.substring(start, end)` in
//! Kotlin gives the span's text. The core's [`dateline::OffsetIndex`] computes them.
//!
//! Generate the bindings with `scripts/ffi/generate.sh`; `docs/mobile.md` explains the Android
//! and Apple builds.

use std::sync::Arc;

mod error;
pub mod records;

pub use error::DatelineError;
pub use records::*;

uniffi::setup_scaffolding!();

/// The largest input accepted across the FFI, whatever `max_input_bytes` says: offsets are
/// 32-bit signed integers (Kotlin `Int`, Swift `Int32`), and a text's UTF-16 length never exceeds
/// its UTF-8 length.
pub const MAX_FFI_INPUT_BYTES: u64 = i32::MAX as u64;

/// Options for one parse. Every field is optional; `Options()` in Kotlin and Swift gives the
/// defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq, uniffi::Record)]
pub struct Options {
    /// The publication date as `YYYY-MM-DD`, the anchor for relative dates ("on Friday").
    /// Anything else fails with `InvalidOption`.
    #[uniffi(default)]
    pub published: Option<String>,
    /// The largest input accepted, in UTF-8 bytes (default 16 MiB). Values above 2^31 - 1 are
    /// capped there (see [`MAX_FFI_INPUT_BYTES`]).
    #[uniffi(default)]
    pub max_input_bytes: Option<u64>,
}

impl TryFrom<Options> for dateline::Options {
    type Error = DatelineError;

    fn try_from(options: Options) -> Result<dateline::Options, DatelineError> {
        let Options {
            published,
            max_input_bytes,
        } = options;
        let mut core = dateline::Options::default();
        if let Some(date) = published {
            core = core.published(&date)?;
        }
        let limit = max_input_bytes
            .unwrap_or(dateline::DEFAULT_MAX_INPUT_BYTES as u64)
            .min(MAX_FFI_INPUT_BYTES);
        // Lossless: the limit is at most i32::MAX, which fits every usize of 32 bits or more.
        Ok(core.max_input_bytes(usize::try_from(limit).unwrap_or(usize::MAX)))
    }
}

/// Parses one article with the process-wide pipeline.
///
/// # Errors
///
/// `InputTooLarge` above `options.max_input_bytes`, `EmptyInput` when the input holds no text,
/// `InvalidOption` for a `published` date that is not `YYYY-MM-DD`.
#[uniffi::export(default(options))]
pub fn parse(text: String, options: Options) -> Result<Article, DatelineError> {
    let options = dateline::Options::try_from(options)?;
    Ok(Article::from(dateline::parse(&text, &options)?))
}

/// Parses one HTML page with the process-wide pipeline: the article body, headline, authors,
/// publication date, captions and links come from the markup and its metadata.
///
/// # Errors
///
/// As [`parse`].
#[uniffi::export(default(options))]
pub fn parse_html(html: String, options: Options) -> Result<Article, DatelineError> {
    let options = dateline::Options::try_from(options)?;
    Ok(Article::from(dateline::parse_html(&html, &options)?))
}

/// The result of one article of [`Pipeline::parse_many`]: the article, or why it failed.
#[derive(Clone, Debug, PartialEq, uniffi::Enum)]
// The variants cross the FFI serialized; boxing the article would not change what is copied.
#[allow(clippy::large_enum_variant)]
pub enum ParseResult {
    /// The article parsed.
    Success {
        /// The parsed article.
        article: Article,
    },
    /// The article failed; the others are unaffected.
    Failure {
        /// Why it failed (throwable as is in Kotlin and Swift).
        error: DatelineError,
    },
}

impl From<Result<dateline::Article, dateline::Error>> for ParseResult {
    fn from(result: Result<dateline::Article, dateline::Error>) -> ParseResult {
        match result {
            Ok(article) => ParseResult::Success {
                article: Article::from(article),
            },
            Err(error) => ParseResult::Failure {
                error: DatelineError::from(error),
            },
        }
    }
}

/// The analysis pipeline. Build it once and reuse it: it holds the compiled lexicons. One pipeline
/// may be used from many threads at once.
#[derive(Debug, Default, uniffi::Object)]
pub struct Pipeline {
    inner: dateline::Pipeline,
}

#[uniffi::export]
impl Pipeline {
    /// Builds a pipeline with the bundled English lexicons.
    #[uniffi::constructor]
    pub fn new() -> Arc<Pipeline> {
        Arc::new(Pipeline {
            inner: dateline::Pipeline::new(),
        })
    }

    /// Parses one article.
    ///
    /// # Errors
    ///
    /// As [`parse`].
    #[uniffi::method(default(options))]
    pub fn parse(&self, text: String, options: Options) -> Result<Article, DatelineError> {
        let options = dateline::Options::try_from(options)?;
        Ok(Article::from(self.inner.parse(&text, &options)?))
    }

    /// Parses one HTML page (see [`parse_html`]).
    ///
    /// # Errors
    ///
    /// As [`parse`].
    #[uniffi::method(default(options))]
    pub fn parse_html(&self, html: String, options: Options) -> Result<Article, DatelineError> {
        let options = dateline::Options::try_from(options)?;
        Ok(Article::from(self.inner.parse_html(&html, &options)?))
    }

    /// Parses many articles (in parallel), returning one result per text in the input order.
    ///
    /// # Errors
    ///
    /// Only an invalid option fails the whole call; each article's own failure is its
    /// [`ParseResult::Failure`].
    #[uniffi::method(default(options))]
    pub fn parse_many(
        &self,
        texts: Vec<String>,
        options: Options,
    ) -> Result<Vec<ParseResult>, DatelineError> {
        let options = dateline::Options::try_from(options)?;
        Ok(self
            .inner
            .parse_many(&texts, &options)
            .into_iter()
            .map(ParseResult::from)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_convert_and_validate() {
        let core = dateline::Options::try_from(Options::default()).unwrap();
        assert_eq!(core, dateline::Options::default());

        let core = dateline::Options::try_from(Options {
            published: Some("2026-02-14".into()),
            max_input_bytes: Some(1000),
        })
        .unwrap();
        assert_eq!(core.published_date().as_deref(), Some("2026-02-14"));
        assert_eq!(core.input_limit(), 1000);

        let capped = dateline::Options::try_from(Options {
            published: None,
            max_input_bytes: Some(u64::MAX),
        })
        .unwrap();
        assert_eq!(capped.input_limit() as u64, MAX_FFI_INPUT_BYTES);

        let err = dateline::Options::try_from(Options {
            published: Some("14/02/2026".into()),
            max_input_bytes: None,
        })
        .unwrap_err();
        assert!(
            matches!(err, DatelineError::InvalidOption { .. }),
            "{err:?}"
        );
    }

    #[test]
    fn parse_maps_errors() {
        assert!(matches!(
            parse("  \n ".into(), Options::default()),
            Err(DatelineError::EmptyInput { .. })
        ));
        let too_large = Options {
            published: None,
            max_input_bytes: Some(4),
        };
        assert!(matches!(
            parse("Hello world.".into(), too_large),
            Err(DatelineError::InputTooLarge { .. })
        ));
    }

    #[test]
    fn parse_many_keeps_order_and_isolates_failures() {
        let pipeline = Pipeline::new();
        let texts = vec![
            "First story.".to_string(),
            String::new(),
            "Third story, “quoted”.".to_string(),
        ];
        let results = pipeline
            .parse_many(texts.clone(), Options::default())
            .unwrap();
        assert_eq!(results.len(), 3);
        for (i, result) in results.iter().enumerate() {
            match (i, result) {
                (1, ParseResult::Failure { error }) => assert_eq!(error.code(), "empty_input"),
                (_, ParseResult::Success { article }) => {
                    assert_eq!(
                        article,
                        &pipeline
                            .parse(texts[i].clone(), Options::default())
                            .unwrap()
                    )
                }
                _ => panic!("unexpected result {i}: {result:?}"),
            }
        }
        let bad = Options {
            published: Some("yesterday".into()),
            max_input_bytes: None,
        };
        assert!(pipeline.parse_many(texts, bad).is_err());
    }
}
