//! # dateline
//!
//! Turns one news article, as plain text copied from a page or a PDF, into one typed
//! [`Article`]: headline, captions and credits, dateline, authors, publication date, paragraphs,
//! links and related lines; quotes with resolved speakers, cues and addressees; figures (numbers,
//! money, percentages, counts, dates) tied to what they count and who claims them; and entities
//! with roles, aliases and every mention.
//!
//! ```
//! use dateline::{parse, Options};
//!
//! let text = "MUNICH, Germany — “In December, they lost 35,000 of their own men,” \
//!             NATO Secretary General Mark Rutte said on Friday.";
//! let article = parse(text, &Options::default().published("2026-02-14")?)?;
//! assert_eq!(article.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Munich"));
//! let quote = &article.quotes[0];
//! assert_eq!(quote.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Mark Rutte"));
//! let men = article.figures.iter().find(|f| f.counted.as_deref() == Some("men")).unwrap();
//! assert_eq!(men.value, Some(35000.0));
//! assert_eq!(men.date.as_deref(), Some("2025-12"));
//! # Ok::<(), dateline::Error>(())
//! ```
//!
//! ## Pipeline
//!
//! Each stage is a module with one input and one output; all spans index one text:
//!
//! ```text
//! input ─ normalize ─ layout ─ segment ─ entity ─ quote ─ figure ─ link ─▶ Article
//!          (chars)    (blocks)  (tokens,   (mentions,  (quotes,  (values,   (coreference,
//!                                sentences) entities)   cues)     dates)     speakers, claims)
//! ```
//!
//! ## Offsets
//!
//! Inside the pipeline, ranges are UTF-8 byte ranges into the layout's text. The model exposes
//! **code-point** offsets (`start`, `end`, end exclusive), the unit of Python's `str` and of the
//! JSON contract. [`OffsetIndex`] converts to bytes (Rust slicing) and UTF-16 (Kotlin, Swift).

#![deny(missing_docs)]

mod dates;
mod entity;
mod error;
mod figure;
#[cfg(feature = "html")]
mod html;
mod layout;
mod lexicon;
mod model;
mod normalize;
mod offsets;
mod pipeline;
mod quote;
mod segment;

pub use error::Error;
pub use model::*;
pub use offsets::OffsetIndex;
pub use pipeline::{Options, Pipeline, DEFAULT_MAX_INPUT_BYTES};

/// The README's Rust example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;

/// Parses one article with a default [`Pipeline`].
///
/// # Errors
///
/// [`Error::InputTooLarge`] when the input exceeds [`Options::max_input_bytes`], and
/// [`Error::EmptyInput`] when it holds no text.
pub fn parse(text: &str, options: &Options) -> Result<Article, Error> {
    Pipeline::shared().parse(text, options)
}

/// Parses one HTML page with a default [`Pipeline`]: the article body, headline, authors,
/// publication date, captions and links come from the markup and its metadata (JSON-LD,
/// OpenGraph, `<meta>`), then the same analysis as [`parse`] runs on the extracted text.
///
/// ```
/// let html = r#"<html><head><title>Storm hits coast - The Daily</title>
///   <meta property="article:published_time" content="2026-02-13T09:00:00Z"></head>
///   <body><article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
///   <p>MIAMI (AP) — A storm hit the coast on Friday, officials said, and 3,000 homes lost power.</p>
///   </article></body></html>"#;
/// let article = dateline::parse_html(html, &dateline::Options::default())?;
/// assert_eq!(article.headline.as_deref(), Some("Storm hits coast"));
/// assert_eq!(article.authors, ["Jane Doe"]);
/// assert_eq!(article.published.as_deref(), Some("2026-02-13"));
/// assert_eq!(article.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("Miami"));
/// # Ok::<(), dateline::Error>(())
/// ```
///
/// # Errors
///
/// [`Error::InputTooLarge`] when the page exceeds [`Options::max_input_bytes`], and
/// [`Error::EmptyInput`] when it holds no text.
#[cfg(feature = "html")]
pub fn parse_html(html: &str, options: &Options) -> Result<Article, Error> {
    Pipeline::shared().parse_html(html, options)
}

/// Parses many articles in parallel (with the `rayon` feature), keeping their order; each slot
/// holds that article's result.
///
/// ```
/// let results = dateline::parse_many(&["One story.", ""], &dateline::Options::default());
/// assert!(results[0].is_ok());
/// assert_eq!(results[1].as_ref().unwrap_err().code(), "empty_input");
/// ```
pub fn parse_many<S: AsRef<str> + Sync>(
    texts: &[S],
    options: &Options,
) -> Vec<Result<Article, Error>> {
    Pipeline::shared().parse_many(texts, options)
}
