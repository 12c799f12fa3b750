//! Orchestration: runs the stages in order and assembles the [`Article`]. No analysis here.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;

use crate::dates;
use crate::entity::{self, EntityDraft};
use crate::error::Error;
use crate::figure::{self, FigureDraft};
use crate::layout::{self, Layout};
use crate::lexicon::Lexicons;
use crate::model::*;
use crate::normalize::normalize;
use crate::offsets::OffsetIndex;
use crate::quote::{self, QuoteDraft};
use crate::segment::{self, Token};

/// The default for [`Options::max_input_bytes`]: 16 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Options for one parse.
///
/// ```
/// let options = dateline::Options::default().published("2026-02-14")?.max_input_bytes(1 << 20);
/// assert_eq!(options.published_date().as_deref(), Some("2026-02-14"));
/// assert!(dateline::Options::default().published("14/02/2026").is_err());
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    published: Option<Date>,
    max_input_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            published: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Options {
    /// Sets the publication date (`YYYY-MM-DD`), the anchor for relative dates ("on Friday").
    ///
    /// # Errors
    ///
    /// [`Error::InvalidOption`] when `date` is not a valid `YYYY-MM-DD` date.
    pub fn published(mut self, date: &str) -> Result<Options, Error> {
        let parsed = dates::parse_iso(date.trim()).ok_or_else(|| Error::InvalidOption {
            option: "published",
            message: format!("expected a date as YYYY-MM-DD, found {date:?}"),
        })?;
        self.published = Some(parsed);
        Ok(self)
    }

    /// Sets the largest input accepted, in bytes (default [`DEFAULT_MAX_INPUT_BYTES`]).
    pub fn max_input_bytes(mut self, limit: usize) -> Options {
        self.max_input_bytes = limit;
        self
    }

    /// The publication date given, as `YYYY-MM-DD`.
    pub fn published_date(&self) -> Option<String> {
        self.published.map(dates::iso)
    }

    /// The input size limit in bytes.
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes
    }
}

/// A sentence: its token indexes, byte range and block index.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    pub tokens: Range<usize>,
    pub range: Range<usize>,
    pub block: usize,
}

/// What the stages after segmentation read: the text, its layout, tokens and sentences.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub layout: &'a Layout,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every token lowercased once, back to back (the stages ask for lowercase words at every
    /// token; lowercasing on each look-up was a tenth of the pipeline's cost).
    pub lower_text: String,
    /// `lower_spans[i]` is where token `i` starts and ends in `lower_text`.
    pub lower_spans: Vec<[u32; 2]>,
    /// Publication date used to resolve relative dates, and whether it is exact.
    pub anchor: Option<(Date, bool)>,
}

impl<'a> Doc<'a> {
    /// The document of `tokens` and `sentences` over `layout`.
    pub(crate) fn new(
        layout: &'a Layout,
        tokens: Vec<Token>,
        sentences: Vec<Sentence>,
        anchor: Option<(Date, bool)>,
    ) -> Doc<'a> {
        let text = layout.text.as_str();
        let mut lower_text = String::with_capacity(text.len());
        let mut lower_spans = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let word = &text[t.range.clone()];
            let start = u32::try_from(lower_text.len()).unwrap_or(u32::MAX);
            if word.is_ascii() {
                lower_text.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lower_text.push_str(&word.to_lowercase());
            }
            lower_spans.push([start, u32::try_from(lower_text.len()).unwrap_or(u32::MAX)]);
        }
        Doc {
            text,
            layout,
            tokens,
            sentences,
            lower_text,
            lower_spans,
            anchor,
        }
    }

    /// Text of token `i`.
    #[inline]
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].range.clone()]
    }

    /// Token `i` lowercased.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &str {
        let [start, end] = self.lower_spans[i];
        self.lower_text
            .get(start as usize..end as usize)
            .unwrap_or("")
    }

    /// Whether a sentence starts at token `i`.
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        let k = self.sentences.partition_point(|s| s.tokens.start < i);
        self.sentences.get(k).is_some_and(|s| s.tokens.start == i)
    }

    /// Index of the sentence holding byte `at`, if any.
    pub(crate) fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= at);
        (i < self.sentences.len() && self.sentences[i].range.start <= at).then_some(i)
    }

    /// Index of the first token that ends after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.range.end <= at)
    }
}

/// The analysis pipeline. Build it once and reuse it: it holds the compiled lexicons.
/// It is `Send + Sync`; one pipeline serves all threads.
pub struct Pipeline {
    lexicons: &'static Lexicons,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline").finish_non_exhaustive()
    }
}

static SHARED: LazyLock<Pipeline> = LazyLock::new(Pipeline::new);

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    /// Builds a pipeline with the bundled English lexicons.
    pub fn new() -> Pipeline {
        Pipeline {
            lexicons: Lexicons::bundled(),
        }
    }

    /// The process-wide pipeline used by [`crate::parse`].
    pub fn shared() -> &'static Pipeline {
        &SHARED
    }

    /// Parses one article.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] above [`Options::max_input_bytes`]; [`Error::EmptyInput`] when
    /// the input holds no text.
    pub fn parse(&self, input: &str, options: &Options) -> Result<Article, Error> {
        if input.len() > options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: input.len(),
                limit: options.max_input_bytes,
            });
        }
        let normalized = normalize(input);
        let layout = layout::layout(&normalized);
        self.analyze(&layout, options)
    }

    /// Parses one HTML page: the main text, headline, byline, dates, captions and links come from
    /// the markup and its metadata (JSON-LD, OpenGraph), then the same analysis as [`Pipeline::parse`]
    /// runs on the extracted text.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] above [`Options::max_input_bytes`]; [`Error::EmptyInput`] when
    /// the page holds no text.
    #[cfg(feature = "html")]
    pub fn parse_html(&self, html: &str, options: &Options) -> Result<Article, Error> {
        if html.len() > options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: html.len(),
                limit: options.max_input_bytes,
            });
        }
        let layout = crate::html::layout(html);
        self.analyze(&layout, options)
    }

    /// The stages after layout: segment, entities, quotes, figures, assembly.
    fn analyze(&self, layout: &Layout, options: &Options) -> Result<Article, Error> {
        if layout.text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        let (published, published_source) = publication_date(options, layout);
        let (tokens, sentences) = segment_content(layout);
        let anchor = published.map(|d| {
            (
                d,
                published_source == Some(DateSource::Given)
                    || published_source == Some(DateSource::Text)
                    || published_source == Some(DateSource::Metadata),
            )
        });
        let doc = Doc::new(layout, tokens, sentences, anchor);
        let mut entities = entity::run(&doc, self.lexicons);
        let quotes = quote::run(&doc, &mut entities, self.lexicons);
        let figures = figure::run(&doc, &quotes);
        Ok(assemble(
            doc,
            published,
            published_source,
            entities,
            quotes,
            figures,
        ))
    }

    /// Parses many articles, in parallel with the `rayon` feature; results keep the input order.
    pub fn parse_many<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        options: &Options,
    ) -> Vec<Result<Article, Error>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts
                .par_iter()
                .map(|t| self.parse(t.as_ref(), options))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts
                .iter()
                .map(|t| self.parse(t.as_ref(), options))
                .collect()
        }
    }
}

fn publication_date(options: &Options, layout: &Layout) -> (Option<Date>, Option<DateSource>) {
    if let Some(d) = options.published {
        return (Some(d), Some(DateSource::Given));
    }
    if let Some(h) = layout.date_hints.iter().find(|h| h.exact) {
        return (Some(h.date), Some(h.source));
    }
    // Lower bounds only: the article is at least as recent as the latest of them.
    layout
        .date_hints
        .iter()
        .max_by_key(|h| h.date)
        .map_or((None, None), |h| (Some(h.date), Some(h.source)))
}

pub(crate) fn segment_content(layout: &Layout) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for (block_index, block) in layout.blocks.iter().enumerate() {
        if !matches!(
            block.kind,
            BlockKind::Headline | BlockKind::Standfirst | BlockKind::Caption | BlockKind::Paragraph
        ) {
            continue;
        }
        let first = tokens.len();
        segment::tokenize(&layout.text, block.range.clone(), &mut tokens);
        // URLs inside a paragraph are links, not words: their digits are no figures.
        let links: Vec<&Range<usize>> = layout
            .links
            .iter()
            .map(|l| &l.2)
            .filter(|r| r.start < block.range.end && block.range.start < r.end)
            .collect();
        if !links.is_empty() {
            let mut kept = tokens.split_off(first);
            kept.retain(|t| {
                !links
                    .iter()
                    .any(|r| r.start < t.range.end && t.range.start < r.end)
            });
            tokens.extend(kept);
        }
        if tokens.len() == first {
            continue;
        }
        for r in segment::sentences(&layout.text, &tokens[first..]) {
            let range = tokens[first + r.start].range.start..tokens[first + r.end - 1].range.end;
            sentences.push(Sentence {
                tokens: first + r.start..first + r.end,
                range,
                block: block_index,
            });
        }
    }
    // Both live through every stage: give back the growth slack (up to half of each).
    tokens.shrink_to_fit();
    sentences.shrink_to_fit();
    (tokens, sentences)
}

/// A figure value as the JSON contract carries it (issue #10): 15 significant digits, so the
/// float noise of scaling ("$1.08 trillion" = 1080000000000.0001) neither shows in the output
/// nor breaks a JSON round trip; and no value for a number too long for `f64` (infinity
/// serializes as `null`).
fn clean_value(v: f64) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    format!("{v:.14e}").parse().ok()
}

fn assemble(
    doc: Doc<'_>,
    published: Option<Date>,
    published_source: Option<DateSource>,
    entities: Vec<EntityDraft>,
    quotes: Vec<QuoteDraft>,
    figures: Vec<FigureDraft>,
) -> Article {
    let Doc {
        text,
        layout,
        tokens,
        sentences: doc_sentences,
        lower_text,
        lower_spans,
        ..
    } = doc;
    // Tokens are not part of the model: free them before the model is built (peak memory on
    // documents of many short lines, issue #9).
    drop((tokens, lower_text, lower_spans));
    let index = OffsetIndex::new(text);
    let span = |r: &Range<usize>| index.span_of_bytes(r.clone());
    let slice = |r: &Range<usize>| text[r.clone()].to_string();

    let sentences = doc_sentences.iter().map(|s| span(&s.range)).collect();
    drop(doc_sentences);

    let paragraphs = layout
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| {
            let s = span(&b.range);
            Paragraph {
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    let blocks = layout
        .blocks
        .iter()
        .map(|b| {
            let s = span(&b.range);
            Block {
                kind: b.kind,
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    let captions = layout
        .captions
        .iter()
        .map(|c| {
            let s = span(&c.text);
            Caption {
                text: slice(&c.text),
                credit: c.credit.as_ref().map(slice),
                start: s.start,
                end: s.end,
                credit_span: c.credit.as_ref().map(span),
            }
        })
        .collect();
    let links = layout
        .links
        .iter()
        .map(|(url, kind, r)| {
            let s = span(r);
            Link {
                url: url.clone(),
                kind: *kind,
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    let related = layout
        .related
        .iter()
        .map(|(r, url)| {
            let s = span(r);
            RelatedArticle {
                title: slice(r),
                url: url.clone(),
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    let dateline = layout.dateline.as_ref().map(|d| {
        let s = span(&d.range);
        Dateline {
            place: d.place.clone(),
            region: d.region.clone(),
            agency: d.agency.clone(),
            start: s.start,
            end: s.end,
        }
    });

    let entities: Vec<Entity> = entities
        .into_iter()
        .enumerate()
        .map(|(id, e)| Entity {
            id,
            kind: e.kind,
            name: e.name,
            aliases: e.aliases,
            roles: e.roles,
            media: e.media,
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let s = span(&m.range);
                    Mention {
                        start: s.start,
                        end: s.end,
                        text: slice(&m.range),
                        form: m.form,
                    }
                })
                .collect(),
        })
        .collect();
    let quotes = quotes
        .into_iter()
        .enumerate()
        .map(|(id, q)| {
            let parts: Vec<Span> = q.parts.iter().map(span).collect();
            let text = q
                .parts
                .iter()
                .map(|r| &text[r.clone()])
                .collect::<Vec<_>>()
                .join(" … ");
            Quote {
                id,
                kind: q.kind,
                text,
                parts,
                content: q.content.as_ref().map(span),
                speaker: q.speaker.map(|sp| {
                    let s = span(&sp.range);
                    let name = sp
                        .entity
                        .and_then(|e| entities.get(e))
                        .map_or_else(|| slice(&sp.range), |e| e.name.clone());
                    Speaker {
                        entity: sp.entity,
                        name,
                        start: s.start,
                        end: s.end,
                    }
                }),
                cue: q.cue.map(|(r, lemma)| {
                    let s = span(&r);
                    Cue {
                        text: slice(&r),
                        lemma: lemma.to_string(),
                        start: s.start,
                        end: s.end,
                    }
                }),
                addressee: q.addressee.map(|(r, entity)| {
                    let s = span(&r);
                    Addressee {
                        entity,
                        name: slice(&r),
                        start: s.start,
                        end: s.end,
                    }
                }),
                date: q.date.map(dates::iso),
                parent: q.parent,
            }
        })
        .collect();
    let figures = figures
        .into_iter()
        .enumerate()
        .map(|(id, f)| {
            let s = span(&f.range);
            Figure {
                id,
                kind: f.kind,
                text: slice(&f.range),
                start: s.start,
                end: s.end,
                value: f.value.and_then(clean_value),
                value_max: f.value_max.and_then(clean_value),
                unit: f.unit,
                currency: f.currency,
                currency_assumed: f.currency_assumed,
                bound: f.bound,
                approximate: f.approximate,
                counted: f.counted,
                category: f.category,
                date: f.date,
                date_anchor: f.date_anchor,
                quote: f.quote,
                speaker: f.speaker,
            }
        })
        .collect();

    Article {
        schema_version: SCHEMA_VERSION,
        text: text.to_string(),
        headline: layout.headline.as_ref().map(slice),
        standfirst: layout.standfirst.as_ref().map(slice),
        dateline,
        published: published.map(dates::iso),
        published_source,
        authors: layout.authors.clone(),
        captions,
        paragraphs,
        sentences,
        links,
        related,
        blocks,
        entities,
        quotes,
        figures,
        section: layout.section.clone(),
        url: layout.url.clone(),
        image: layout.image.clone(),
    }
}
