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

/// The largest input accepted whatever [`Options::max_input_bytes`] says: 2 GiB. The stages keep
/// byte offsets as `u32` (tokens, sentences, layout blocks: half the memory of `usize` on texts of
/// many short lines, issue #9), and the rebuilt text of an input of this size stays below 4 GiB.
pub(crate) const MAX_INPUT_BYTES: usize = 1 << 31;

/// The longest rebuilt text the stages accept: every byte offset must fit a `u32`.
pub(crate) const MAX_TEXT_BYTES: usize = u32::MAX as usize;

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

    /// Sets the largest input accepted, in bytes (default [`DEFAULT_MAX_INPUT_BYTES`]). Inputs
    /// above 2 GiB are refused whatever the limit (the stages keep 32-bit byte offsets).
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

    /// The limit in force: the one set, capped at [`MAX_INPUT_BYTES`].
    fn effective_limit(&self) -> usize {
        self.max_input_bytes.min(MAX_INPUT_BYTES)
    }
}

/// A sentence: its token indexes (never empty) and block index.
///
/// `u32`, not `usize`, and no byte range (it is its tokens'): 12 bytes a sentence instead of 40
/// (a text of many short lines has millions of sentences, issue #9). Texts are below
/// [`MAX_TEXT_BYTES`] and every token is at least a byte, so token and block counts fit.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    first: u32,
    last: u32,
    block: u32,
}

impl Sentence {
    fn new(tokens: Range<usize>, block: usize) -> Sentence {
        debug_assert!(tokens.start < tokens.end && tokens.end <= MAX_TEXT_BYTES);
        Sentence {
            first: tokens.start as u32,
            last: tokens.end as u32,
            block: block as u32,
        }
    }

    /// The sentence's token indexes.
    #[inline]
    pub(crate) fn tokens(&self) -> Range<usize> {
        self.first as usize..self.last as usize
    }

    /// The sentence's byte range: from its first token's start to its last token's end.
    #[inline]
    pub(crate) fn range(&self, tokens: &[Token]) -> Range<usize> {
        tokens[self.first as usize].start()..tokens[self.last as usize - 1].end()
    }

    /// Index of the layout block holding the sentence.
    #[inline]
    pub(crate) fn block(&self) -> usize {
        self.block as usize
    }
}

/// What the stages after segmentation read: the text, its layout, tokens and sentences.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub layout: &'a Layout,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every token lowercased once (the stages ask for lowercase words at every token;
    /// lowercasing on each look-up was a tenth of the pipeline's cost): a copy of the text with
    /// each token lowercased in place, so token `i` is `lower_text[tokens[i].range()]` and needs
    /// no span of its own (8 bytes a token on texts of many short lines, issue #9).
    pub lower_text: String,
    /// The tokens whose lowercase is not as long as they are ("İ", "K" the Kelvin sign): token
    /// index and the lowercase's range in `lower_moved_text`, in token order. Usually none.
    pub lower_moved: Vec<(u32, u32, u32)>,
    pub lower_moved_text: String,
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
        // ASCII tokens are lowercased with the whole text; the others one by one.
        let mut lower_text = text.to_ascii_lowercase();
        let mut lower_moved = Vec::new();
        let mut lower_moved_text = String::new();
        for (i, t) in tokens.iter().enumerate() {
            let word = &text[t.range()];
            if word.is_ascii() {
                continue;
            }
            let lower = word.to_lowercase();
            if lower.len() == word.len() {
                lower_text.replace_range(t.range(), &lower);
            } else {
                let start = lower_moved_text.len() as u32;
                lower_moved_text.push_str(&lower);
                lower_moved.push((i as u32, start, lower_moved_text.len() as u32));
            }
        }
        Doc {
            text,
            layout,
            tokens,
            sentences,
            lower_text,
            lower_moved,
            lower_moved_text,
            anchor,
        }
    }

    /// Text of token `i`.
    #[inline]
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].range()]
    }

    /// Token `i` lowercased.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &str {
        if !self.lower_moved.is_empty() {
            if let Ok(k) = self.lower_moved.binary_search_by_key(&i, |m| m.0 as usize) {
                let (_, start, end) = self.lower_moved[k];
                return self
                    .lower_moved_text
                    .get(start as usize..end as usize)
                    .unwrap_or("");
            }
        }
        self.lower_text.get(self.tokens[i].range()).unwrap_or("")
    }

    /// Whether a sentence starts at token `i`.
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        let k = self.sentences.partition_point(|s| s.tokens().start < i);
        self.sentences.get(k).is_some_and(|s| s.tokens().start == i)
    }

    /// Index of the sentence holding byte `at`, if any.
    pub(crate) fn sentence_at(&self, at: usize) -> Option<usize> {
        let tokens = &self.tokens;
        let i = self
            .sentences
            .partition_point(|s| s.range(tokens).end <= at);
        (i < self.sentences.len() && self.sentences[i].range(tokens).start <= at).then_some(i)
    }

    /// Index of the first token that ends after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.end() <= at)
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
        if input.len() > options.effective_limit() {
            return Err(Error::InputTooLarge {
                size: input.len(),
                limit: options.effective_limit(),
            });
        }
        let normalized = normalize(input);
        let layout = layout::layout(&normalized);
        // The layout has its own text: free the normalized copy before the analysis (issue #9).
        drop(normalized);
        self.analyze(layout, options)
    }

    /// Parses one article the caller no longer needs as text: the same as [`Pipeline::parse`],
    /// but the input is freed as soon as it is normalized, so a large document is not held twice
    /// (the CLI reads files this way; peak memory, issue #9).
    ///
    /// # Errors
    ///
    /// As [`Pipeline::parse`].
    pub fn parse_owned(&self, input: String, options: &Options) -> Result<Article, Error> {
        if input.len() > options.effective_limit() {
            return Err(Error::InputTooLarge {
                size: input.len(),
                limit: options.effective_limit(),
            });
        }
        let normalized = normalize(&input);
        drop(input);
        let layout = layout::layout(&normalized);
        drop(normalized);
        self.analyze(layout, options)
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
        if html.len() > options.effective_limit() {
            return Err(Error::InputTooLarge {
                size: html.len(),
                limit: options.effective_limit(),
            });
        }
        let layout = crate::html::layout(html);
        self.analyze(layout, options)
    }

    /// The stages after layout: segment, entities, quotes, figures, assembly.
    fn analyze(&self, mut layout: Layout, options: &Options) -> Result<Article, Error> {
        if layout.text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        if layout.text.len() > MAX_TEXT_BYTES {
            return Err(Error::InputTooLarge {
                size: layout.text.len(),
                limit: MAX_TEXT_BYTES,
            });
        }
        // The text and the blocks live through every stage: give back their growth slack.
        layout.text.shrink_to_fit();
        layout.blocks.shrink_to_fit();
        let (published, published_source) = publication_date(options, &layout);
        let (tokens, sentences) = segment_content(&layout);
        let anchor = published.map(|d| {
            (
                d,
                published_source == Some(DateSource::Given)
                    || published_source == Some(DateSource::Text)
                    || published_source == Some(DateSource::Metadata),
            )
        });
        let doc = Doc::new(&layout, tokens, sentences, anchor);
        let mut entities = entity::run(&doc, self.lexicons);
        let quotes = quote::run(&doc, &mut entities, self.lexicons);
        let figures = figure::run(&doc, &quotes);
        // Tokens and lowercase words are not part of the model: free them before the model is
        // built (peak memory on documents of many short lines, issue #9).
        let Doc {
            sentences,
            tokens,
            lower_text,
            lower_moved,
            lower_moved_text,
            ..
        } = doc;
        drop((lower_text, lower_moved, lower_moved_text));
        // Sentence byte ranges (8 bytes each) need the tokens, which go next.
        let ranges: Vec<[u32; 2]> = sentences
            .iter()
            .map(|s| {
                let r = s.range(&tokens);
                [r.start as u32, r.end as u32]
            })
            .collect();
        drop((sentences, tokens));
        Ok(assemble(
            layout,
            ranges,
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
    let mut tokens = Vec::with_capacity(layout.text.len() / 2);
    let mut sentences = Vec::with_capacity(layout.blocks.len());
    // Link spans are disjoint (regex matches, or blocks of their own): sorted by start, their
    // ends are sorted too, and a block's links are found by binary search.
    let mut links: Vec<Range<usize>> = layout.links.iter().map(|l| l.2.clone()).collect();
    links.sort_unstable_by_key(|r| r.start);
    for (block_index, block) in layout.blocks.iter().enumerate() {
        if !matches!(
            block.kind,
            BlockKind::Headline | BlockKind::Standfirst | BlockKind::Caption | BlockKind::Paragraph
        ) {
            continue;
        }
        let first = tokens.len();
        segment::tokenize(&layout.text, block.range(), &mut tokens);
        // URLs inside a paragraph are links, not words: their digits are no figures.
        let range = block.range();
        let from = links.partition_point(|r| r.end <= range.start);
        let to = from + links[from..].partition_point(|r| r.start < range.end);
        let links = &links[from..to];
        if !links.is_empty() {
            let mut kept = tokens.split_off(first);
            // Tokens and links are both in text order: one cursor walks the links.
            let mut next = 0;
            kept.retain(|t| {
                while next < links.len() && links[next].end <= t.start() {
                    next += 1;
                }
                links.get(next).is_none_or(|r| r.start >= t.end())
            });
            tokens.extend(kept);
        }
        if tokens.len() == first {
            continue;
        }
        for r in segment::sentences(&layout.text, &tokens[first..]) {
            sentences.push(Sentence::new(first + r.start..first + r.end, block_index));
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
/// Whether a mention is only a pronoun ("she", "They", "I", "who", "He’s").
fn is_pronoun(mention: &str) -> bool {
    let word = mention
        .split(['\'', '’'])
        .next()
        .unwrap_or(mention)
        .to_lowercase();
    matches!(
        word.as_str(),
        "i" | "me"
            | "my"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "they"
            | "them"
            | "their"
            | "it"
            | "its"
            | "who"
            | "which"
            | "that"
    )
}

fn clean_value(v: f64) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    format!("{v:.14e}").parse().ok()
}

/// Builds the model. It takes the layout and the sentences by value and frees each internal
/// vector once its model counterpart is built, and moves the text into the article (peak memory
/// on documents of many short lines, issue #9).
fn assemble(
    mut layout: Layout,
    doc_sentences: Vec<[u32; 2]>,
    published: Option<Date>,
    published_source: Option<DateSource>,
    entities: Vec<EntityDraft>,
    quotes: Vec<QuoteDraft>,
    figures: Vec<FigureDraft>,
) -> Article {
    let text = std::mem::take(&mut layout.text);
    let layout_blocks = std::mem::take(&mut layout.blocks);
    let index = OffsetIndex::new(&text);
    let span = |r: &Range<usize>| index.span_of_bytes(r.clone());
    let slice = |r: &Range<usize>| text[r.clone()].to_string();

    let sentences = doc_sentences
        .iter()
        .map(|&[start, end]| span(&(start as usize..end as usize)))
        .collect();
    drop(doc_sentences);

    let blocks: Vec<Block> = layout_blocks
        .iter()
        .map(|b| {
            let s = span(&b.range());
            Block {
                kind: b.kind,
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    drop(layout_blocks);
    // A paragraph's span is its block's; counted first, so the vector is allocated once.
    let is_paragraph = |b: &&Block| b.kind == BlockKind::Paragraph;
    let mut paragraphs = Vec::with_capacity(blocks.iter().filter(is_paragraph).count());
    paragraphs.extend(blocks.iter().filter(is_paragraph).map(|b| Paragraph {
        start: b.start,
        end: b.end,
    }));
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
                    let name = match sp.entity.and_then(|e| entities.get(e)) {
                        Some(e) => Some(e.name.clone()),
                        None => Some(slice(&sp.range)).filter(|m| !is_pronoun(m)),
                    };
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

    let headline = layout.headline.as_ref().map(slice);
    let standfirst = layout.standfirst.as_ref().map(slice);
    drop(index);
    Article {
        schema_version: SCHEMA_VERSION,
        text,
        headline,
        standfirst,
        dateline,
        published: published.map(dates::iso),
        published_source,
        authors: layout.authors,
        captions,
        paragraphs,
        sentences,
        links,
        related,
        blocks,
        entities,
        quotes,
        figures,
        section: layout.section,
        url: layout.url,
        image: layout.image,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_owned_is_parse() {
        let p = Pipeline::new();
        let text = "Talks stall\n\n“We lost 300 tanks,” said Jane Smith on Friday.\n";
        let options = Options::default();
        assert_eq!(
            p.parse_owned(text.to_string(), &options).unwrap(),
            p.parse(text, &options).unwrap()
        );
        let tight = Options::default().max_input_bytes(4);
        assert!(matches!(
            p.parse_owned(text.to_string(), &tight),
            Err(Error::InputTooLarge { .. })
        ));
    }

    #[test]
    fn input_limit_is_capped_so_offsets_fit_32_bits() {
        let options = Options::default().max_input_bytes(usize::MAX);
        assert_eq!(options.input_limit(), usize::MAX);
        assert_eq!(options.effective_limit(), MAX_INPUT_BYTES);
        let big = "x".repeat(64);
        let small = Options::default().max_input_bytes(16);
        assert_eq!(
            Pipeline::shared().parse(&big, &small).unwrap_err().code(),
            "input_too_large"
        );
    }

    #[test]
    fn lowercase_words_are_the_tokens_lowercased() {
        // "İ" (2 bytes) lowercases to 3 bytes, the capital sharp s (3 bytes) to 2: those words
        // are kept aside; "É", "Ω" and ASCII words are lowercased in place. (Not the Kelvin
        // sign: normalization composes it to "K".)
        let text =
            "They flew to İSTANBUL and walked the \u{1E9E}TRASSE in the ÉCOLE, said Ωmega Corp.";
        let layout = layout::layout(&normalize(text));
        let (tokens, sentences) = segment_content(&layout);
        let doc = Doc::new(&layout, tokens, sentences, None);
        assert_eq!(doc.lower_moved.len(), 2);
        for i in 0..doc.tokens.len() {
            assert_eq!(doc.lower(i), doc.tok(i).to_lowercase(), "token {i}");
        }
        assert!((0..doc.tokens.len()).any(|i| doc.lower(i) == "école"));
    }
}
