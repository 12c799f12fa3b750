//! # dateline-eval
//!
//! Evaluation harnesses for [`dateline`]:
//!
//! * [`quotes`]: a faithful Rust port of the reference quote scorer
//!   (`shared/data/quotes/score_quotes.py`) and a runner over PolNeAR-style gold JSONL;
//! * [`figures`]: pass/fail rules over the converted peer test suites (Recognizers-Text,
//!   quantulum3, Duckling) in `shared/data/figures`;
//! * [`entities`]: named-mention detection and coreference scores against GUM news documents;
//! * [`html`]: `parse_html` against the naeb and Zyte article-extraction benchmarks (body F1 as
//!   the Zyte `evaluate.py` defines it, title, date and author accuracy, speed);
//! * [`pagetext`]: the plain-text layout stage on whole-page text copies of the same pages
//!   (body bag-of-words F1, exact title, authors and date).
//!
//! [`Article::text`](dateline::Article::text) is the *normalized* text, which can differ from
//! the gold text (lines joined, whitespace normalized), so every predicted span is mapped back to
//! gold offsets with an [`align::Alignment`] before scoring.
//!
//! The data sets are not part of the repository; [`data_dir`] finds them next to it.

#![deny(missing_docs)]

pub mod align;
pub mod entities;
pub mod figures;
pub mod html;
mod io;
pub mod pagetext;
pub mod pyjson;
pub mod quotes;

pub use io::{data_dir, parse_guarded, read_jsonl, EvalError, PANIC_PREFIX};
