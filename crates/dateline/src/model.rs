//! The article model: what [`crate::parse`] returns.
//!
//! Every record that points into the article carries `start`/`end` as **Unicode code-point
//! offsets** into [`Article::text`] (end exclusive), so that Python's `text[start:end]` and
//! [`Article::slice`] give the same string. Relations between records are indexes (`entity`,
//! `quote`, `parent`), never copies.
//!
//! The serde field names are the JSON contract (see `schema/article.schema.json`): they are part of
//! the public API and are the same in Rust, Python, Kotlin and Swift.

use serde::{Deserialize, Serialize};

use crate::offsets::OffsetIndex;

/// The version of the JSON contract that this crate writes. It changes when a field is renamed,
/// removed or changes type, not when one is added.
///
/// 2: [`Speaker::name`] may be `null` (a pronoun that resolves to no one).
pub const SCHEMA_VERSION: u32 = 2;

/// A half-open range `start..end` of code points in [`Article::text`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First code point of the range.
    pub start: usize,
    /// One past the last code point of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of code points the span covers.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One news article, analysed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Version of the JSON contract ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The normalized article text. Every span in the model indexes this string.
    pub text: String,
    /// The headline, when the input has one.
    pub headline: Option<String>,
    /// The standfirst (dek, summary line under the headline), when present.
    pub standfirst: Option<String>,
    /// The dateline that opens the story ("MUNICH, Germany —").
    pub dateline: Option<Dateline>,
    /// Publication date as `YYYY-MM-DD`: given by the caller, else inferred.
    pub published: Option<String>,
    /// Where [`Article::published`] came from.
    pub published_source: Option<DateSource>,
    /// Author names from the byline and author-page links.
    pub authors: Vec<String>,
    /// Photo captions with their credits.
    pub captions: Vec<Caption>,
    /// Body paragraphs in reading order; ordered and disjoint.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of the headline, standfirst, captions, credits, bylines and body, in order.
    pub sentences: Vec<Span>,
    /// URLs found in the text.
    pub links: Vec<Link>,
    /// "Related article" / "Read more" lines.
    pub related: Vec<RelatedArticle>,
    /// Every block of [`Article::text`] with its layout role, in order.
    pub blocks: Vec<Block>,
    /// People, organisations, places and other named things with all their mentions.
    pub entities: Vec<Entity>,
    /// Direct, partial and reported speech with speakers.
    pub quotes: Vec<Quote>,
    /// Numbers, amounts, percentages and dates.
    pub figures: Vec<Figure>,
    /// The section the page files the article under ("Politics"), from HTML metadata.
    #[serde(default)]
    pub section: Option<String>,
    /// The canonical URL of the article, from HTML metadata (`<link rel=canonical>`, `og:url`).
    #[serde(default)]
    pub url: Option<String>,
    /// The lead image's URL, from HTML metadata (`og:image`, JSON-LD `image`).
    #[serde(default)]
    pub image: Option<String>,
}

impl Article {
    /// The text that `span` covers. Out-of-range spans are clamped, so this never panics.
    ///
    /// ```
    /// let article = dateline::parse("Rutte said it was “clear”.", &dateline::Options::default()).unwrap();
    /// let quote = &article.quotes[0];
    /// assert_eq!(article.slice(quote.parts[0]), "clear");
    /// ```
    pub fn slice(&self, span: Span) -> &str {
        let index = OffsetIndex::new(&self.text);
        let range = index.byte_range(span);
        self.text.get(range).unwrap_or("")
    }

    /// An index that converts this article's code-point offsets to byte or UTF-16 offsets.
    pub fn offset_index(&self) -> OffsetIndex<'_> {
        OffsetIndex::new(&self.text)
    }

    /// The entity with this id.
    pub fn entity(&self, id: usize) -> Option<&Entity> {
        self.entities.get(id)
    }
}

/// Where a publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the caller ([`crate::Options::published`]).
    Given,
    /// A date line of the article ("Published Feb. 13, 2026", "December 17, 2023, 12:34 PM").
    Text,
    /// A date embedded in a URL of the article (`…/2026-02-11/…`).
    Url,
    /// Page metadata (HTML input).
    Metadata,
}

/// The dateline that opens a story: "MUNICH, Germany —", "WASHINGTON (AP) —".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as written, in its usual case ("Munich"); none in a wire dateline that gives
    /// only the date and the agency ("Oct 23 (Reuters) -").
    pub place: Option<String>,
    /// The region or country after the place ("Germany"), when written.
    pub region: Option<String>,
    /// The news agency in parentheses ("AP", "Reuters"), when written.
    pub agency: Option<String>,
    /// Start of the whole dateline in the text, dash included.
    pub start: usize,
    /// End of the whole dateline.
    pub end: usize,
}

/// A photo caption and its credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caption {
    /// The caption text, without the credit.
    pub text: String,
    /// The photo credit ("John Thys / AFP", "AP Photo/Evan Vucci").
    pub credit: Option<String>,
    /// Start of the caption text.
    pub start: usize,
    /// End of the caption text.
    pub end: usize,
    /// Where the credit is, when there is one.
    pub credit_span: Option<Span>,
}

/// A body paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Start of the paragraph (after the dateline, for the first one).
    pub start: usize,
    /// End of the paragraph.
    pub end: usize,
}

/// A URL in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// The URL as written.
    pub url: String,
    /// What the link is about, when it can be told from the URL or the layout.
    pub kind: LinkKind,
    /// Start of the URL in the text.
    pub start: usize,
    /// End of the URL in the text.
    pub end: usize,
}

/// What a link points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// An author page (`/author/…`, `/by/…`, `/profile/…`).
    Author,
    /// An article (has a date or a long slug in its path).
    Article,
    /// Anything else.
    Other,
}

/// A "Related article: …" or "Read more: …" line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelatedArticle {
    /// The related article's title.
    pub title: String,
    /// Its URL, when the line carries one.
    pub url: Option<String>,
    /// Start of the title in the text.
    pub start: usize,
    /// End of the title in the text.
    pub end: usize,
}

/// A block of [`Article::text`] and its layout role. Blocks are ordered and disjoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// Start of the block.
    pub start: usize,
    /// End of the block.
    pub end: usize,
}

/// The layout role of a block of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// A person, organisation, place or other named thing, with every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Index of this entity in [`Article::entities`].
    pub id: usize,
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// Canonical name: the fullest proper name in the text ("Mark Rutte").
    pub name: String,
    /// Other names it goes by in the text (surnames, acronyms, expansions).
    pub aliases: Vec<String>,
    /// Roles and titles ("NATO Secretary General", "former Dutch prime minister").
    pub roles: Vec<String>,
    /// A news outlet or agency.
    pub media: bool,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// The kind of an [`Entity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, government body, party, outlet…
    Organization,
    /// A country, city, region or other place.
    Location,
    /// A named event ("Munich Security Conference").
    Event,
    /// A nationality, religious or political group adjective ("Russian", "Western").
    Nationality,
    /// A group of people that speaks or acts ("Western officials").
    Group,
    /// A product, programme, law or work ("Telegram", "Prioritized Ukrainian Requirements List").
    Work,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start of the mention.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// The mention's text.
    pub text: String,
    /// How the entity is referred to.
    pub form: MentionForm,
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A full proper name ("Mark Rutte").
    Name,
    /// Part of the name ("Rutte").
    PartialName,
    /// An acronym ("PURL", "NATO").
    Acronym,
    /// A pronoun ("he", "his").
    Pronoun,
    /// A description ("the former Dutch prime minister").
    Description,
}

/// A quotation or reported speech.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Index of this quote in [`Article::quotes`].
    pub id: usize,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted words: the parts joined with " … ".
    pub text: String,
    /// The quoted fragments, without quotation marks, in order. A split quote
    /// (`"A," he said. "B."`) and a multi-paragraph quote have several parts.
    pub parts: Vec<Span>,
    /// The whole attributed clause, for partial quotes (the writer's words around the quoted
    /// ones) and reported speech; `null` for direct quotes, whose content is their parts.
    pub content: Option<Span>,
    /// Who said it; `null` when the text does not say.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that introduces the speech ("said", "told", "according to").
    pub cue: Option<Cue>,
    /// Whom it was said to ("The Moscow Times").
    pub addressee: Option<Addressee>,
    /// When it was said, as `YYYY-MM-DD`, when the attribution says ("on Friday").
    pub date: Option<String>,
    /// The quote this one is nested in (`‘…’` inside `“…”`).
    pub parent: Option<usize>,
}

/// The kind of a [`Quote`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Whole sentences in quotation marks.
    Direct,
    /// Quoted words embedded in the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks ("X said that …"), and what a source is
    /// reported to think, judge, cite or find ("X fears that …", "X praised Y", "a poll shows …").
    Indirect,
}

/// The speaker of a [`Quote`], as written at the attribution and as resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The entity the speaker resolves to.
    pub entity: Option<usize>,
    /// Canonical name of the speaker ("Mark Rutte" for "he"); the mention as written when it
    /// is a description that resolves to no entity; `null` when the mention is a pronoun that
    /// resolves to no one ("she" with nobody named before), so a pronoun never stands in for
    /// a name.
    pub name: Option<String>,
    /// Start of the speaker's mention at the attribution.
    pub start: usize,
    /// End of the speaker's mention at the attribution.
    pub end: usize,
}

/// The cue that introduces speech.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written ("said", "told", "according to").
    pub text: String,
    /// Its base form ("say", "tell", "according to").
    pub lemma: String,
    /// Start of the cue.
    pub start: usize,
    /// End of the cue.
    pub end: usize,
}

/// Whom speech was addressed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressee {
    /// The entity, when the addressee is one.
    pub entity: Option<usize>,
    /// The addressee's name as written.
    pub name: String,
    /// Start of the addressee.
    pub start: usize,
    /// End of the addressee.
    pub end: usize,
}

/// A number, amount, percentage, quantity or date in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Index of this figure in [`Article::figures`].
    pub id: usize,
    /// What kind of figure it is.
    pub kind: FigureKind,
    /// The figure as written.
    pub text: String,
    /// Start of the figure.
    pub start: usize,
    /// End of the figure.
    pub end: usize,
    /// The value, scaled ("$500 million" → 500000000; "5%" → 5). The low end of a range.
    pub value: Option<f64>,
    /// The high end of a range ("between 5 and 10" → 10).
    pub value_max: Option<f64>,
    /// The unit ("km", "percent", "percentage point", "year"), when there is one.
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
    /// The category of the claim ([`FigureCategory`]).
    pub category: Option<FigureCategory>,
    /// The date or period the figure refers to: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A range of
    /// years ("2021-2023") gives its first year; [`Figure::value_max`] holds the last.
    pub date: Option<String>,
    /// How [`Figure::date`] was resolved.
    pub date_anchor: Option<DateAnchor>,
    /// The quote that claims this figure.
    pub quote: Option<usize>,
    /// The entity that claims this figure (the quote's speaker).
    pub speaker: Option<usize>,
}

/// The kind of a [`Figure`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A plain number ("35,000", "two million").
    Number,
    /// A count of things ("35,000 of their own men").
    Count,
    /// An amount of money ("$500 million").
    Money,
    /// A percentage or percentage points.
    Percent,
    /// A measured quantity with a unit ("40 km").
    Quantity,
    /// An age ("aged 45", "45-year-old").
    Age,
    /// An ordinal ("third", "21st").
    Ordinal,
    /// A date, month or period ("Feb. 12", "December", "on Friday").
    Date,
    /// A year ("2024").
    Year,
}

/// A bound on a figure's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// What a figure's claim is about. A closed list, in the spirit of GDELT's counts; see
/// `ARCHITECTURE.md` for the words that select each category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateAnchor {
    /// The date is complete as written ("Feb. 12, 2026", "2026-02-11").
    Absolute,
    /// Resolved against a publication date that was given or stated ("on Friday" in a past-tense
    /// sentence is the most recent Friday).
    Published,
    /// Resolved against a publication date inferred from lower bounds (linked articles' dates,
    /// caption dates): the nearest matching day is taken.
    Inferred,
    /// No publication date was known; resolved against nothing (year left open).
    Unanchored,
    /// Resolved against an earlier date the text gives: narrative time ("They married on April
    /// 22, 2023 … a wedding a few weeks later").
    Earlier,
}
