//! Records and enums that mirror [`dateline`]'s article model across the FFI.
//!
//! Names are those of the JSON contract (`schema/article.schema.json`); UniFFI turns the fields
//! into camelCase for Kotlin and Swift. Two things differ from the core model:
//!
//! - every `start`/`end` is a **UTF-16 code unit** offset into [`Article::text`] (the core uses
//!   code points), computed with [`dateline::OffsetIndex`];
//! - offsets and ids are `i32` (Kotlin `Int`, Swift `Int32`) so they index strings and lists
//!   without conversion in Kotlin.
//!
//! Conversions destructure each core struct without `..`: a field added to the core model fails
//! to compile here, at the one place where the record must follow. Plain enums are mirrored with
//! `#[uniffi::remote(Enum)]`, which the compiler checks against the core definition.

use dateline::{
    BlockKind, Bound, DateAnchor, DateSource, EntityKind, FigureCategory, FigureKind, LinkKind,
    MentionForm, OffsetIndex, QuoteKind,
};

/// Converts the core's code-point offsets of one text to UTF-16 offsets.
pub(crate) struct Utf16<'a> {
    index: OffsetIndex<'a>,
}

impl<'a> Utf16<'a> {
    pub(crate) fn new(text: &'a str) -> Utf16<'a> {
        Utf16 {
            index: OffsetIndex::new(text),
        }
    }

    /// The UTF-16 range of code points `start..end`.
    pub(crate) fn range(&self, start: usize, end: usize) -> (i32, i32) {
        let r = self.index.utf16_range(dateline::Span::new(start, end));
        (int(r.start), int(r.end))
    }

    pub(crate) fn span(&self, span: dateline::Span) -> Span {
        let (start, end) = self.range(span.start, span.end);
        Span { start, end }
    }
}

/// An offset, length or id as an FFI `i32`. Inputs are capped below `i32::MAX` bytes (see
/// [`crate::MAX_FFI_INPUT_BYTES`]), so the saturation never happens in practice.
fn int(value: usize) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

fn opt_int(value: Option<usize>) -> Option<i32> {
    value.map(int)
}

/// Conversion of a core record that carries offsets into one text.
trait FromCore<T>: Sized {
    fn from_core(value: T, utf16: &Utf16<'_>) -> Self;
}

fn all<T, U: FromCore<T>>(values: Vec<T>, utf16: &Utf16<'_>) -> Vec<U> {
    values.into_iter().map(|v| U::from_core(v, utf16)).collect()
}

/// A half-open range `start..end` of UTF-16 code units in [`Article::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, uniffi::Record)]
pub struct Span {
    /// First code unit of the range.
    pub start: i32,
    /// One past the last code unit of the range.
    pub end: i32,
}

impl FromCore<dateline::Span> for Span {
    fn from_core(span: dateline::Span, utf16: &Utf16<'_>) -> Span {
        utf16.span(span)
    }
}

/// One news article, analysed. Every `start`/`end` is a UTF-16 offset into [`Article::text`].
#[derive(Clone, Debug, Default, PartialEq, uniffi::Record)]
pub struct Article {
    /// Version of the JSON contract.
    pub schema_version: u32,
    /// The normalized article text. Every span indexes this string (in UTF-16 code units).
    pub text: String,
    /// The headline, when the input has one.
    pub headline: Option<String>,
    /// The standfirst (dek, summary line under the headline), when present.
    pub standfirst: Option<String>,
    /// The dateline that opens the story ("MUNICH, Germany —").
    pub dateline: Option<Dateline>,
    /// Publication date as `YYYY-MM-DD`: given by the caller, else inferred.
    pub published: Option<String>,
    /// Where `published` came from.
    pub published_source: Option<DateSource>,
    /// Author names from the byline and author-page links.
    pub authors: Vec<String>,
    /// Photo captions with their credits.
    pub captions: Vec<Caption>,
    /// Body paragraphs in reading order; ordered and disjoint.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of the headline, standfirst, captions and body, in order.
    pub sentences: Vec<Span>,
    /// URLs found in the text.
    pub links: Vec<Link>,
    /// "Related article" / "Read more" lines.
    pub related: Vec<RelatedArticle>,
    /// Every block of `text` with its layout role, in order.
    pub blocks: Vec<Block>,
    /// People, organisations, places and other named things with all their mentions.
    pub entities: Vec<Entity>,
    /// Direct, partial and reported speech with speakers.
    pub quotes: Vec<Quote>,
    /// Numbers, amounts, percentages and dates.
    pub figures: Vec<Figure>,
    /// The section the page files the article under ("Politics"), from HTML metadata.
    pub section: Option<String>,
    /// The canonical URL of the article, from HTML metadata (`<link rel=canonical>`, `og:url`).
    pub url: Option<String>,
    /// The lead image's URL, from HTML metadata (`og:image`, JSON-LD `image`).
    pub image: Option<String>,
}

impl From<dateline::Article> for Article {
    fn from(article: dateline::Article) -> Article {
        let dateline::Article {
            schema_version,
            text,
            headline,
            standfirst,
            dateline,
            published,
            published_source,
            authors,
            captions,
            paragraphs,
            sentences,
            links,
            related,
            blocks,
            entities,
            quotes,
            figures,
            section,
            url,
            image,
        } = article;
        let utf16 = Utf16::new(&text);
        let dateline = dateline.map(|d| Dateline::from_core(d, &utf16));
        let captions = all(captions, &utf16);
        let paragraphs = all(paragraphs, &utf16);
        let sentences = all(sentences, &utf16);
        let links = all(links, &utf16);
        let related = all(related, &utf16);
        let blocks = all(blocks, &utf16);
        let entities = all(entities, &utf16);
        let quotes = all(quotes, &utf16);
        let figures = all(figures, &utf16);
        drop(utf16);
        Article {
            schema_version,
            text,
            headline,
            standfirst,
            dateline,
            published,
            published_source,
            authors,
            captions,
            paragraphs,
            sentences,
            links,
            related,
            blocks,
            entities,
            quotes,
            figures,
            section,
            url,
            image,
        }
    }
}

/// The dateline that opens a story: "MUNICH, Germany —", "WASHINGTON (AP) —".
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Dateline {
    /// The place as written, in its usual case ("Munich"); none in a wire dateline that gives
    /// only the date and the agency ("Oct 23 (Reuters) -").
    pub place: Option<String>,
    /// The region or country after the place ("Germany"), when written.
    pub region: Option<String>,
    /// The news agency in parentheses ("AP", "Reuters"), when written.
    pub agency: Option<String>,
    /// Start of the whole dateline in the text, dash included.
    pub start: i32,
    /// End of the whole dateline.
    pub end: i32,
}

impl FromCore<dateline::Dateline> for Dateline {
    fn from_core(d: dateline::Dateline, utf16: &Utf16<'_>) -> Dateline {
        let dateline::Dateline {
            place,
            region,
            agency,
            start,
            end,
        } = d;
        let (start, end) = utf16.range(start, end);
        Dateline {
            place,
            region,
            agency,
            start,
            end,
        }
    }
}

/// A photo caption and its credit.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Caption {
    /// The caption text, without the credit.
    pub text: String,
    /// The photo credit ("John Thys / AFP", "AP Photo/Evan Vucci").
    pub credit: Option<String>,
    /// Start of the caption text.
    pub start: i32,
    /// End of the caption text.
    pub end: i32,
    /// Where the credit is, when there is one.
    pub credit_span: Option<Span>,
}

impl FromCore<dateline::Caption> for Caption {
    fn from_core(c: dateline::Caption, utf16: &Utf16<'_>) -> Caption {
        let dateline::Caption {
            text,
            credit,
            start,
            end,
            credit_span,
        } = c;
        let (start, end) = utf16.range(start, end);
        Caption {
            text,
            credit,
            start,
            end,
            credit_span: credit_span.map(|s| utf16.span(s)),
        }
    }
}

/// A body paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Paragraph {
    /// Start of the paragraph (after the dateline, for the first one).
    pub start: i32,
    /// End of the paragraph.
    pub end: i32,
}

impl FromCore<dateline::Paragraph> for Paragraph {
    fn from_core(p: dateline::Paragraph, utf16: &Utf16<'_>) -> Paragraph {
        let dateline::Paragraph { start, end } = p;
        let (start, end) = utf16.range(start, end);
        Paragraph { start, end }
    }
}

/// A URL in the text.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Link {
    /// The URL as written.
    pub url: String,
    /// What the link is about.
    pub kind: LinkKind,
    /// Start of the URL in the text.
    pub start: i32,
    /// End of the URL in the text.
    pub end: i32,
}

impl FromCore<dateline::Link> for Link {
    fn from_core(l: dateline::Link, utf16: &Utf16<'_>) -> Link {
        let dateline::Link {
            url,
            kind,
            start,
            end,
        } = l;
        let (start, end) = utf16.range(start, end);
        Link {
            url,
            kind,
            start,
            end,
        }
    }
}

/// A "Related article: …" or "Read more: …" line.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RelatedArticle {
    /// The related article's title.
    pub title: String,
    /// Its URL, when the line carries one.
    pub url: Option<String>,
    /// Start of the title in the text.
    pub start: i32,
    /// End of the title in the text.
    pub end: i32,
}

impl FromCore<dateline::RelatedArticle> for RelatedArticle {
    fn from_core(r: dateline::RelatedArticle, utf16: &Utf16<'_>) -> RelatedArticle {
        let dateline::RelatedArticle {
            title,
            url,
            start,
            end,
        } = r;
        let (start, end) = utf16.range(start, end);
        RelatedArticle {
            title,
            url,
            start,
            end,
        }
    }
}

/// A block of [`Article::text`] and its layout role. Blocks are ordered and disjoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// Start of the block.
    pub start: i32,
    /// End of the block.
    pub end: i32,
}

impl FromCore<dateline::Block> for Block {
    fn from_core(b: dateline::Block, utf16: &Utf16<'_>) -> Block {
        let dateline::Block { kind, start, end } = b;
        let (start, end) = utf16.range(start, end);
        Block { kind, start, end }
    }
}

/// A person, organisation, place or other named thing, with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Entity {
    /// Index of this entity in [`Article::entities`].
    pub id: i32,
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// Canonical name: the fullest proper name in the text ("Mark Rutte").
    pub name: String,
    /// Other names it goes by in the text (surnames, acronyms, expansions).
    pub aliases: Vec<String>,
    /// Roles and titles ("NATO Secretary General").
    pub roles: Vec<String>,
    /// A news outlet or agency.
    pub media: bool,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

impl FromCore<dateline::Entity> for Entity {
    fn from_core(e: dateline::Entity, utf16: &Utf16<'_>) -> Entity {
        let dateline::Entity {
            id,
            kind,
            name,
            aliases,
            roles,
            media,
            mentions,
        } = e;
        Entity {
            id: int(id),
            kind,
            name,
            aliases,
            roles,
            media,
            mentions: all(mentions, utf16),
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Mention {
    /// Start of the mention.
    pub start: i32,
    /// End of the mention.
    pub end: i32,
    /// The mention's text.
    pub text: String,
    /// How the entity is referred to.
    pub form: MentionForm,
}

impl FromCore<dateline::Mention> for Mention {
    fn from_core(m: dateline::Mention, utf16: &Utf16<'_>) -> Mention {
        let dateline::Mention {
            start,
            end,
            text,
            form,
        } = m;
        let (start, end) = utf16.range(start, end);
        Mention {
            start,
            end,
            text,
            form,
        }
    }
}

/// A quotation or reported speech.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Quote {
    /// Index of this quote in [`Article::quotes`].
    pub id: i32,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted words: the parts joined with " … ".
    pub text: String,
    /// The quoted fragments, without quotation marks, in order.
    pub parts: Vec<Span>,
    /// The whole attributed clause, for partial quotes and reported speech; null for direct
    /// quotes, whose content is their parts.
    pub content: Option<Span>,
    /// Who said it; null when the text does not say.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that introduces the speech ("said", "told", "according to").
    pub cue: Option<Cue>,
    /// Whom it was said to.
    pub addressee: Option<Addressee>,
    /// When it was said, as `YYYY-MM-DD`, when the attribution says.
    pub date: Option<String>,
    /// The quote this one is nested in.
    pub parent: Option<i32>,
}

impl FromCore<dateline::Quote> for Quote {
    fn from_core(q: dateline::Quote, utf16: &Utf16<'_>) -> Quote {
        let dateline::Quote {
            id,
            kind,
            text,
            parts,
            content,
            speaker,
            cue,
            addressee,
            date,
            parent,
        } = q;
        Quote {
            id: int(id),
            kind,
            text,
            parts: all(parts, utf16),
            content: content.map(|s| utf16.span(s)),
            speaker: speaker.map(|s| Speaker::from_core(s, utf16)),
            cue: cue.map(|c| Cue::from_core(c, utf16)),
            addressee: addressee.map(|a| Addressee::from_core(a, utf16)),
            date,
            parent: opt_int(parent),
        }
    }
}

/// The speaker of a [`Quote`], as written at the attribution and as resolved.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Speaker {
    /// The entity the speaker resolves to.
    pub entity: Option<i32>,
    /// Canonical name of the speaker ("Mark Rutte" for "he"); `null` for a pronoun that
    /// resolves to no one.
    pub name: Option<String>,
    /// Start of the speaker's mention at the attribution.
    pub start: i32,
    /// End of the speaker's mention at the attribution.
    pub end: i32,
}

impl FromCore<dateline::Speaker> for Speaker {
    fn from_core(s: dateline::Speaker, utf16: &Utf16<'_>) -> Speaker {
        let dateline::Speaker {
            entity,
            name,
            start,
            end,
        } = s;
        let (start, end) = utf16.range(start, end);
        Speaker {
            entity: opt_int(entity),
            name,
            start,
            end,
        }
    }
}

/// The cue that introduces speech.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Cue {
    /// The cue as written ("said", "told", "according to").
    pub text: String,
    /// Its base form ("say", "tell", "according to").
    pub lemma: String,
    /// Start of the cue.
    pub start: i32,
    /// End of the cue.
    pub end: i32,
}

impl FromCore<dateline::Cue> for Cue {
    fn from_core(c: dateline::Cue, utf16: &Utf16<'_>) -> Cue {
        let dateline::Cue {
            text,
            lemma,
            start,
            end,
        } = c;
        let (start, end) = utf16.range(start, end);
        Cue {
            text,
            lemma,
            start,
            end,
        }
    }
}

/// Whom speech was addressed to.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Addressee {
    /// The entity, when the addressee is one.
    pub entity: Option<i32>,
    /// The addressee's name as written.
    pub name: String,
    /// Start of the addressee.
    pub start: i32,
    /// End of the addressee.
    pub end: i32,
}

impl FromCore<dateline::Addressee> for Addressee {
    fn from_core(a: dateline::Addressee, utf16: &Utf16<'_>) -> Addressee {
        let dateline::Addressee {
            entity,
            name,
            start,
            end,
        } = a;
        let (start, end) = utf16.range(start, end);
        Addressee {
            entity: opt_int(entity),
            name,
            start,
            end,
        }
    }
}

/// A number, amount, percentage, quantity or date in the text.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Figure {
    /// Index of this figure in [`Article::figures`].
    pub id: i32,
    /// What kind of figure it is.
    pub kind: FigureKind,
    /// The figure as written.
    pub text: String,
    /// Start of the figure.
    pub start: i32,
    /// End of the figure.
    pub end: i32,
    /// The value, scaled ("$500 million" → 500000000; "5%" → 5). The low end of a range.
    pub value: Option<f64>,
    /// The high end of a range ("between 5 and 10" → 10).
    pub value_max: Option<f64>,
    /// The unit ("km", "percent", "year"), when there is one.
    pub unit: Option<String>,
    /// ISO 4217 currency code for money ("USD").
    pub currency: Option<String>,
    /// Whether the currency was assumed from a bare symbol (`$` → USD).
    pub currency_assumed: bool,
    /// A bound on the value ("over", "at least", "up to").
    pub bound: Option<Bound>,
    /// Whether the value is approximate ("about", "nearly", "some").
    pub approximate: bool,
    /// What a count counts ("men", "people").
    pub counted: Option<String>,
    /// The category of the claim.
    pub category: Option<FigureCategory>,
    /// The date or period the figure refers to: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    /// How `date` was resolved.
    pub date_anchor: Option<DateAnchor>,
    /// The quote that claims this figure.
    pub quote: Option<i32>,
    /// The entity that claims this figure (the quote's speaker).
    pub speaker: Option<i32>,
}

impl FromCore<dateline::Figure> for Figure {
    fn from_core(f: dateline::Figure, utf16: &Utf16<'_>) -> Figure {
        let dateline::Figure {
            id,
            kind,
            text,
            start,
            end,
            value,
            value_max,
            unit,
            currency,
            currency_assumed,
            bound,
            approximate,
            counted,
            category,
            date,
            date_anchor,
            quote,
            speaker,
        } = f;
        let (start, end) = utf16.range(start, end);
        Figure {
            id: int(id),
            kind,
            text,
            start,
            end,
            value,
            value_max,
            unit,
            currency,
            currency_assumed,
            bound,
            approximate,
            counted,
            category,
            date,
            date_anchor,
            quote: opt_int(quote),
            speaker: opt_int(speaker),
        }
    }
}

/// Where a publication date came from.
#[uniffi::remote(Enum)]
pub enum DateSource {
    /// Given by the caller (`Options.published`).
    Given,
    /// A date line of the article ("Published Feb. 13, 2026").
    Text,
    /// A date embedded in a URL of the article.
    Url,
    /// Page metadata (HTML input).
    Metadata,
}

/// What a link points at.
#[uniffi::remote(Enum)]
pub enum LinkKind {
    /// An author page.
    Author,
    /// An article.
    Article,
    /// Anything else.
    Other,
}

/// The layout role of a block of text.
#[uniffi::remote(Enum)]
pub enum BlockKind {
    /// The headline.
    Headline,
    /// The standfirst under the headline.
    Standfirst,
    /// A byline ("By Jane Doe").
    Byline,
    /// A date line ("Published Feb. 13, 2026").
    DateLine,
    /// A photo caption.
    Caption,
    /// A photo credit.
    Credit,
    /// The dateline at the start of the first paragraph.
    Dateline,
    /// A body paragraph.
    Paragraph,
    /// A bare URL.
    Link,
    /// A related-article line.
    Related,
    /// Navigation, share buttons, cookie notes and other page furniture.
    Boilerplate,
}

/// The kind of an [`Entity`].
#[uniffi::remote(Enum)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, government body, party, outlet…
    Organization,
    /// A country, city, region or other place.
    Location,
    /// A named event.
    Event,
    /// A nationality, religious or political group adjective.
    Nationality,
    /// A group of people that speaks or acts.
    Group,
    /// A product, programme, law or work.
    Work,
}

/// How a mention refers to its entity.
#[uniffi::remote(Enum)]
pub enum MentionForm {
    /// A full proper name ("Mark Rutte").
    Name,
    /// Part of the name ("Rutte").
    PartialName,
    /// An acronym ("NATO").
    Acronym,
    /// A pronoun ("he").
    Pronoun,
    /// A description ("the former Dutch prime minister").
    Description,
}

/// The kind of a [`Quote`].
#[uniffi::remote(Enum)]
pub enum QuoteKind {
    /// Whole sentences in quotation marks.
    Direct,
    /// Quoted words embedded in the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks, and what a source is reported to think, judge,
    /// cite or find.
    Indirect,
}

/// The kind of a [`Figure`].
#[uniffi::remote(Enum)]
pub enum FigureKind {
    /// A plain number.
    Number,
    /// A count of things.
    Count,
    /// An amount of money.
    Money,
    /// A percentage or percentage points.
    Percent,
    /// A measured quantity with a unit.
    Quantity,
    /// An age.
    Age,
    /// An ordinal.
    Ordinal,
    /// A date, month or period.
    Date,
    /// A year.
    Year,
}

/// A bound on a figure's value.
#[uniffi::remote(Enum)]
pub enum Bound {
    /// "over", "more than", "above".
    Above,
    /// "at least", "no fewer than".
    AtLeast,
    /// "under", "less than", "below".
    Below,
    /// "up to", "at most", "no more than".
    AtMost,
}

/// What a figure's claim is about.
#[uniffi::remote(Enum)]
pub enum FigureCategory {
    /// People killed or dead.
    Killed,
    /// People wounded or injured.
    Wounded,
    /// Casualties or losses, killed and wounded together.
    Casualties,
    /// People arrested, detained or jailed.
    Arrested,
    /// People displaced, refugees, evacuated.
    Displaced,
    /// Troops, soldiers, recruits.
    Troops,
    /// Protesters and demonstrators.
    Protesters,
    /// Votes and seats.
    Votes,
    /// Aid, funding, loans and grants.
    Aid,
    /// Budgets, spending, revenues, debts.
    Budget,
    /// Prices, costs, wages.
    Price,
    /// Rises and falls, growth, inflation.
    Change,
    /// Anything else with money.
    Money,
    /// Anything else that counts people.
    People,
}

/// How a date was resolved.
#[uniffi::remote(Enum)]
pub enum DateAnchor {
    /// The date is complete as written.
    Absolute,
    /// Resolved against a publication date that was given or stated.
    Published,
    /// Resolved against a publication date inferred from lower bounds.
    Inferred,
    /// No publication date was known.
    Unanchored,
    /// Resolved against an earlier date the text gives ("three weeks later").
    Earlier,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text[start..end]` in UTF-16 code units, as Kotlin's `substring` and `NSString` slice.
    fn utf16_slice(text: &str, start: i32, end: i32) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start as usize..end as usize]).unwrap()
    }

    /// The code-point span of the first `needle` in `text`.
    fn char_span(text: &str, needle: &str) -> dateline::Span {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        dateline::Span::new(start, start + needle.chars().count())
    }

    #[test]
    fn ranges_become_utf16() {
        let text = "Zoë 🎉🙂 said “ça va” — ‘fine’ 👍🏽.";
        let utf16 = Utf16::new(text);
        for needle in ["Zoë", "🎉🙂", "said", "ça va", "“ça va”", "fine", "👍🏽", "."]
        {
            let span = char_span(text, needle);
            let converted = utf16.span(span);
            assert_eq!(utf16_slice(text, converted.start, converted.end), needle);
            assert_eq!(
                utf16.range(span.start, span.end),
                (converted.start, converted.end)
            );
        }
        // Two astral characters before "said": code point 7, UTF-16 unit 9.
        assert_eq!(char_span(text, "said").start, 7);
        assert_eq!(utf16.span(char_span(text, "said")).start, 9);
        // Empty and end-of-text spans.
        let n = text.chars().count();
        assert_eq!(
            utf16.range(n, n),
            (
                int(text.encode_utf16().count()),
                int(text.encode_utf16().count())
            )
        );
        assert_eq!(utf16.range(0, 0), (0, 0));
    }

    /// An article built by hand (independent of what the analysis finds today) whose every span
    /// must slice the same text in UTF-16 as in code points.
    fn article(text: &str) -> dateline::Article {
        let span = |needle: &str| char_span(text, needle);
        let (quote, cue, speaker, figure) = (
            span("Wir schaffen das 🙂"),
            span("sagte"),
            span("Angela Merkel"),
            span("€5 Mio."),
        );
        dateline::Article {
            schema_version: dateline::SCHEMA_VERSION,
            text: text.to_string(),
            dateline: Some(dateline::Dateline {
                place: Some("Zürich".into()),
                region: None,
                agency: None,
                start: 0,
                end: span("ZÜRICH —").end,
            }),
            captions: vec![dateline::Caption {
                text: "Photo 📷".into(),
                credit: Some("Zoë / AFP".into()),
                start: span("Photo 📷").start,
                end: span("Photo 📷").end,
                credit_span: Some(span("Zoë / AFP")),
            }],
            paragraphs: vec![dateline::Paragraph {
                start: 0,
                end: text.chars().count(),
            }],
            sentences: vec![span("“Wir schaffen das 🙂”, sagte Angela Merkel.")],
            entities: vec![dateline::Entity {
                id: 0,
                kind: EntityKind::Person,
                name: "Angela Merkel".into(),
                aliases: vec![],
                roles: vec![],
                media: false,
                mentions: vec![dateline::Mention {
                    start: speaker.start,
                    end: speaker.end,
                    text: "Angela Merkel".into(),
                    form: MentionForm::Name,
                }],
            }],
            quotes: vec![dateline::Quote {
                id: 0,
                kind: QuoteKind::Direct,
                text: "Wir schaffen das 🙂".into(),
                parts: vec![quote],
                content: None,
                speaker: Some(dateline::Speaker {
                    entity: Some(0),
                    name: Some("Angela Merkel".into()),
                    start: speaker.start,
                    end: speaker.end,
                }),
                cue: Some(dateline::Cue {
                    text: "sagte".into(),
                    lemma: "sagen".into(),
                    start: cue.start,
                    end: cue.end,
                }),
                addressee: None,
                date: None,
                parent: None,
            }],
            figures: vec![dateline::Figure {
                id: 0,
                kind: FigureKind::Money,
                text: "€5 Mio.".into(),
                start: figure.start,
                end: figure.end,
                value: Some(5e6),
                value_max: None,
                unit: None,
                currency: Some("EUR".into()),
                currency_assumed: false,
                bound: None,
                approximate: false,
                counted: None,
                category: Some(FigureCategory::Money),
                date: None,
                date_anchor: None,
                quote: Some(0),
                speaker: Some(0),
            }],
            ..dateline::Article::default()
        }
    }

    #[test]
    fn every_span_of_an_article_slices_in_utf16() {
        let text = "ZÜRICH — Photo 📷 Zoë / AFP. 🎉🎉 “Wir schaffen das 🙂”, sagte Angela Merkel. Kosten: €5 Mio.";
        let a = Article::from(article(text));
        let d = a.dateline.as_ref().unwrap();
        assert_eq!(utf16_slice(&a.text, d.start, d.end), "ZÜRICH —");
        let c = &a.captions[0];
        assert_eq!(utf16_slice(&a.text, c.start, c.end), c.text);
        let credit = c.credit_span.unwrap();
        assert_eq!(utf16_slice(&a.text, credit.start, credit.end), "Zoë / AFP");
        assert_eq!(a.paragraphs[0].end, int(text.encode_utf16().count()));
        let q = &a.quotes[0];
        assert_eq!(
            utf16_slice(&a.text, q.parts[0].start, q.parts[0].end),
            q.text
        );
        let cue = q.cue.as_ref().unwrap();
        assert_eq!(utf16_slice(&a.text, cue.start, cue.end), cue.text);
        let speaker = q.speaker.as_ref().unwrap();
        assert_eq!(
            utf16_slice(&a.text, speaker.start, speaker.end),
            "Angela Merkel"
        );
        assert_eq!(speaker.entity, Some(0));
        let m = &a.entities[0].mentions[0];
        assert_eq!(utf16_slice(&a.text, m.start, m.end), m.text);
        let f = &a.figures[0];
        assert_eq!(utf16_slice(&a.text, f.start, f.end), f.text);
        assert_eq!((f.quote, f.speaker), (Some(0), Some(0)));
        // Offsets after the emoji differ between code points and UTF-16.
        assert_ne!(q.parts[0].start as usize, char_span(text, "Wir").start);
    }

    #[test]
    fn parsed_articles_slice_in_utf16() {
        let text = "GENÈVE, Switzerland — 🎉 “Ça ira 🙂,” said Zoë Keller on Friday.\n\n\
                    ‘Prices rise 5%,’ she told the Tribune de Genève. 👍🏽";
        let a = Article::from(dateline::parse(text, &dateline::Options::default()).unwrap());
        let slice = |s: i32, e: i32| utf16_slice(&a.text, s, e);
        for q in &a.quotes {
            let parts: Vec<String> = q.parts.iter().map(|p| slice(p.start, p.end)).collect();
            assert_eq!(parts.join(" … "), q.text);
            if let Some(c) = &q.cue {
                assert_eq!(slice(c.start, c.end), c.text);
            }
        }
        for e in &a.entities {
            for m in &e.mentions {
                assert_eq!(slice(m.start, m.end), m.text);
            }
        }
        for f in &a.figures {
            assert_eq!(slice(f.start, f.end), f.text);
        }
        let len = int(a.text.encode_utf16().count());
        for b in &a.blocks {
            assert!(0 <= b.start && b.start <= b.end && b.end <= len);
        }
    }
}
