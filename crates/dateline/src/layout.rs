//! Stage 2: plain-text layout.
//!
//! Input: normalized text as copied from a page or a PDF. Output: [`Layout`], the article text
//! rebuilt as blocks separated by blank lines (hard-wrapped lines joined) and the role of each block:
//! headline, byline, caption and credit, dateline, body paragraph, link, related line, boilerplate.
//!
//! Every later stage indexes [`Layout::text`]. Nothing is dropped from it: boilerplate stays in the
//! text as blocks of kind `boilerplate`, only the analysis skips it.

use foldhash::HashSet;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::dates;
use crate::lexicon::Lexicons;
use crate::model::{BlockKind, DateSource, LinkKind};

/// A block of the rebuilt text and its role.
///
/// The offsets are `u32`, not `usize` (12 bytes a block instead of 24; a text of many short
/// lines has a block per line, issue #9); texts are capped below 4 GiB
/// ([`crate::pipeline::MAX_TEXT_BYTES`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LayoutBlock {
    pub kind: BlockKind,
    start: u32,
    end: u32,
}

impl LayoutBlock {
    /// The block of kind `kind` over `range` (byte offsets below
    /// [`crate::pipeline::MAX_TEXT_BYTES`]).
    pub(crate) fn new(kind: BlockKind, range: Range<usize>) -> LayoutBlock {
        debug_assert!(range.end <= crate::pipeline::MAX_TEXT_BYTES);
        LayoutBlock {
            kind,
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// The block's byte range.
    #[inline]
    pub(crate) fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The dateline's parts (byte ranges into [`Layout::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatelineParts {
    pub place: Option<String>,
    pub region: Option<String>,
    pub agency: Option<String>,
    pub range: Range<usize>,
}

/// A caption and its credit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CaptionParts {
    pub text: Range<usize>,
    pub credit: Option<Range<usize>>,
}

/// A date that tells when the article was published, and how sure it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateHint {
    pub date: Date,
    pub source: DateSource,
    /// `true` for a date line of the article itself; `false` for a lower bound (a linked article's
    /// date, an event date in a caption).
    pub exact: bool,
}

/// Output of the layout stage. Ranges are byte ranges into `text`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    pub text: String,
    pub blocks: Vec<LayoutBlock>,
    pub headline: Option<Range<usize>>,
    pub standfirst: Option<Range<usize>>,
    pub dateline: Option<DatelineParts>,
    pub captions: Vec<CaptionParts>,
    pub authors: Vec<String>,
    pub links: Vec<(String, LinkKind, Range<usize>)>,
    pub related: Vec<(Range<usize>, Option<String>)>,
    pub date_hints: Vec<DateHint>,
    /// Page metadata of HTML input (none for plain text): section, canonical URL, lead image.
    pub section: Option<String>,
    pub url: Option<String>,
    pub image: Option<String>,
}

/// What a single source line is, before lines are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineKind {
    Url,
    Related,
    Byline,
    DateLine,
    Credit,
    Text,
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"“”‘’]+"#).expect("valid url regex")
});
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:related(?: article| articles| story| stories| content| coverage| reading)?|read more|read also|also read|see also|more on this|more|watch|listen|recommended)\s*(?::|\||—|–|-)\s*(\S.*)$")
        .expect("valid related regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Ss]tory by|(?:Review|News|Analysis|Opinion|Commentary|Feature|Interview) by)[:\s]+(\p{Lu}[\p{L}\p{M}.'’ -]+(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}\p{M}.'’ -]+)*)(?:\s*[|,•·]\s*(.+))?$")
        .expect("valid byline regex")
});
static REPORTING_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[Aa]dditional )?[Rr]eporting by ([^;]+?)(?:\s+in\s+\p{Lu}[\p{L} ]+)?(?:;.*)?\.?$",
    )
    .expect("valid reporting-by regex")
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:published|updated|posted|last updated|first published|modified|date)\s*(?:on|at)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{m}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{m},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d(?:T[\d:.+Z-]+)?|\d{{1,2}}/\d{{1,2}}/\d{{4}})(?-u:\b)[^a-z]{{0,40}}(?:[ap]\.?m\.?|[A-Z]{{2,4}}|GMT[+-]?\d*|UTC)?[^a-z]{{0,20}}$",
        m = dates::MONTH_PATTERN
    ))
    .expect("valid date line regex")
});
/// A credit that makes up the whole of a string (up to trailing whitespace): "John Thys / AFP",
/// "AP Photo/Evan Vucci", "(Getty Images)", "Photo: Reuters", "REUTERS/Jane Doe".
///
/// Anchored at both ends so that the lazy DFA runs forward from a candidate start: searching for a
/// credit at the end of a block (`(?:\s|^)(…)\s*$`) ran a reverse search whose states, built from
/// the large Unicode classes, cost ~200k instructions per caption-like block. See
/// [`credit_tail_start`].
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:",
        r"\((?:[^()]*(?:Photo|Getty|AFP|Reuters|REUTERS|AP|EPA|Images|Pool|File|Handout|Courtesy|via|/)[^()]*)\)",
        // At most 80 characters after the label, checked in `caption_credit`: a bounded
        // repetition of `[^.]` is 80 copies of a Unicode class, a DFA too large for its cache.
        r"|(?:Photo|Image|Picture|Credit|Photograph|Illustration)s?(?: by)?\s*:\s*[^.]{2,}",
        r"|(?:\p{Lu}[\p{L}\p{M}.'’-]*\s){0,3}\p{Lu}[\p{L}\p{M}.'’-]*\s?/\s?(?:\p{Lu}[\p{L}\p{M}&.'’-]*)(?:\s(?:via\s)?\p{Lu}[\p{L}\p{M}&.'’-]*){0,3}",
        r"|(?:Getty Images|AFP via Getty Images|Shutterstock|Reuters|AFP|AP|EPA|TASS|Sputnik|Pexels|Unsplash)",
        r")\s*$"
    ))
    .expect("valid credit regex")
});
// Repetitions of Unicode classes are unbounded here and their lengths are checked in
// `find_dateline`: a bounded repetition (`{1,30}`) copies the class's automaton per step and made
// these two patterns cost 26 ms to compile, paid once per process.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?)",
        r"(?:,\s*(?P<region>\p{Lu}[\p{L}\p{M}.'’ ]+?))?",
        r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}))?",
        r"(?:\s*\((?P<agency>[\p{L}][\p{L}\p{M} .&-]*)\))?",
        r"\s*(?:—|–|--|-|:)\s+"
    ))
    .expect("valid dateline regex")
});
/// The longest region and agency names of a dateline, in characters.
const DATELINE_PART_CHARS: usize = 31;
static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{L}\p{M}.'’]*(?: \p{Lu}[\p{L}\p{M}.'’]*)?(?: \p{Lu}[\p{L}\p{M}.'’]*)?)",
        r"(?:,\s*(?P<region>\p{Lu}[\p{L}\p{M}.'’ ]+?))?",
        // (CNN's pages style the parentheses away: "Hong Kong CNN —".)
        r"\s*(?:\((?P<agency>Reuters|AP|AFP|Bloomberg|dpa|UPI|CNN|TASS|Xinhua|ANSA|EFE|IANS|PTI)\)\s*(?:—|–|--|-|:)",
        r"|(?P<bare_agency>CNN)\s+(?:—|–))\s+"
    ))
    .expect("valid agency dateline regex")
});
static PLACELESS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?)\s*)?",
        r"(?:\((?P<agency>Reuters|AP|AFP|Bloomberg|dpa|UPI|CNN|TASS|Xinhua|ANSA|EFE|IANS|PTI)\)",
        r"\s*(?:—|–|--|-|:)\s+",
        // CNN's own style sets no dash: "(CNN) President Donald Trump …", "(CNN)President …".
        r"|\((?P<bare_agency>CNN)\)\s*(?:\p{Lu}|$))"
    ))
    .expect("valid place-less dateline regex")
});

/// Lines of page furniture, matched on the whole trimmed line (case-insensitive).
const BOILERPLATE: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "menu",
    "search",
    "close",
    "skip to content",
    "skip to main content",
    "home",
    "news",
    "comments",
    "show comments",
    "leave a comment",
    "read more",
    "continue reading",
    "more",
    "follow us",
    "newsletter",
    "sign up for our newsletter",
    "accept",
    "accept all",
    "accept cookies",
    "reject all",
    "manage cookies",
    "cookie settings",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "contact us",
    "about us",
    "all rights reserved",
    "back to top",
    "top stories",
    "trending",
    "most read",
    "most popular",
    "related topics",
    "related",
    "listen",
    "watch",
    "video",
    "live",
    "photos",
    "gallery",
    "loading",
    "loading...",
    "next",
    "previous",
    "open in app",
    "download the app",
    "toggle navigation",
    "facebook",
    "twitter",
    "instagram",
    "linkedin",
    "youtube",
    "whatsapp",
    "telegram",
    "reddit",
    "flipboard",
    "pinterest",
    "rss",
    "off on",
    "print this page",
    "save",
    "saved",
];
static BOILERPLATE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BOILERPLATE.iter().copied().collect());
static BOILERPLATE_MAX_LEN: LazyLock<usize> =
    LazyLock::new(|| BOILERPLATE.iter().map(|b| b.len()).max().unwrap_or(0));
static BOILERPLATE_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)|copyright(?-u:\b))|(?-u:\b)all rights reserved(?-u:\b)|(?-u:\b)cookies?(?-u:\b).*(?-u:\b)(?:accept|consent|use|policy)(?-u:\b)|(?-u:\b)we use cookies(?-u:\b)|^(?:sign up|subscribe)(?-u:\b).*(?-u:\b)(?:newsletter|inbox|email)(?-u:\b)|(?-u:\b)click here(?-u:\b)|(?-u:\b)javascript(?-u:\b)|^follow (?:us|@)|^(?:share|tweet) (?:this|on)(?-u:\b)|(?-u:\b)turn on (?:desktop )?notifications(?-u:\b)")
        .expect("valid boilerplate regex")
});

/// Runs the layout stage on normalized text.
pub(crate) fn layout(normalized: &str) -> Layout {
    let vocabulary = Vocabulary::new(normalized);
    let mut out = Layout::default();
    // The text is rebuilt as the raw blocks are read: one piece per block, pieces separated by a
    // blank line. No list of raw blocks or of piece strings is kept (a text of many short lines
    // would hold a vector or a string per line, issue #9).
    let mut rebuilt = Rebuilt {
        text: String::with_capacity(normalized.len()),
        pieces: Vec::new(),
        scratch: String::new(),
    };
    raw_blocks(normalized, |block| {
        split_block(block, &vocabulary, &mut rebuilt)
    });
    let Rebuilt { text, pieces, .. } = rebuilt;
    out.text = text;
    classify(&mut out, &pieces);
    out
}

/// The text being rebuilt, its pieces, and the text piece being joined.
struct Rebuilt {
    text: String,
    pieces: Vec<Piece>,
    scratch: String,
}

/// A piece of the rebuilt text: its line kind and byte range. The offsets are `u32` (12 bytes a
/// piece, not 24: a text of many short lines has a piece per line, issue #9); the pipeline refuses
/// texts of 4 GiB or more ([`crate::pipeline::MAX_TEXT_BYTES`]) before any piece is used.
struct Piece {
    kind: LineKind,
    start: u32,
    end: u32,
}

impl Piece {
    fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Rebuilt {
    /// Appends a piece, after a blank line unless it is the first.
    fn push(&mut self, kind: LineKind, piece: &str) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(piece);
        self.pieces.push(Piece {
            kind,
            start: start as u32,
            end: self.text.len() as u32,
        });
    }

    /// Appends the text piece being joined.
    fn push_scratch(&mut self) {
        let piece = std::mem::take(&mut self.scratch);
        self.push(LineKind::Text, &piece);
        self.scratch = piece;
        self.scratch.clear();
    }
}

/// Splits the text at blank lines, and at a line that starts with stray spaces after a line that
/// ends a sentence (a page-break artefact of copies); hands each raw block to `block`, from the
/// start of its first line to the end of its last (a block of a million lines is no vector of
/// them, issue #9).
fn raw_blocks<'t>(text: &'t str, mut block: impl FnMut(&'t str)) {
    // The current block's byte range, and its last line trimmed.
    let mut current: Option<(usize, usize)> = None;
    let mut last = "";
    let mut line_start = 0;
    for line in text.split('\n') {
        let (start, end) = (line_start, line_start + line.len());
        line_start = end + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some((s, e)) = current.take() {
                block(&text[s..e]);
            }
            continue;
        }
        let indented = line.starts_with(' ');
        if indented && current.is_some() && ends_sentence(last) {
            if let Some((s, e)) = current.take() {
                block(&text[s..e]);
            }
        }
        current = Some((current.map_or(start, |c| c.0), end));
        last = trimmed;
    }
    if let Some((s, e)) = current {
        block(&text[s..e]);
    }
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', ']']);
    t.ends_with(['.', '!', '?', ':'])
}

/// Lowercased words of the text, to decide whether a hyphen at a line end belongs to the word.
///
/// Built on the first look-up: most texts have no line that ends with a hyphen, and the set (an
/// allocation per word) was the most costly part of the stage on long pages.
struct Vocabulary<'a> {
    text: &'a str,
    words: OnceCell<HashSet<String>>,
}

impl<'a> Vocabulary<'a> {
    fn new(text: &'a str) -> Self {
        Vocabulary {
            text,
            words: OnceCell::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.words
            .get_or_init(|| {
                self.text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| w.len() > 3)
                    .map(str::to_lowercase)
                    .collect()
            })
            .contains(word)
    }
}

fn line_kind(line: &str) -> LineKind {
    if is_url_line(line) {
        LineKind::Url
    } else if line.len() < 300
        && RELATED.is_match(line)
        && !line.to_ascii_lowercase().starts_with("more ")
    {
        LineKind::Related
    } else if line.len() < 200
        && may_be_byline(line)
        && (byline_names(line).is_some() || REPORTING_BY.is_match(line))
    {
        LineKind::Byline
    } else if line.len() < 90 && has_digit(line) && (DATE_LINE.is_match(line) || is_date_line(line))
    {
        LineKind::DateLine
    } else if line.len() < 80 && is_credit_only(line) {
        LineKind::Credit
    } else {
        LineKind::Text
    }
}

/// Whether a line starts as [`BYLINE`] or [`REPORTING_BY`] must ("By", "Written by",
/// "Additional reporting by"…): a literal test that spares the regexes on most lines.
fn may_be_byline(line: &str) -> bool {
    const OPENERS: &[&str] = &[
        "By",
        "by",
        "BY",
        "Written by",
        "written by",
        "Words by",
        "words by",
        "Reporting by",
        "reporting by",
        "Story by",
        "story by",
        "Additional reporting by",
        "additional reporting by",
        "Review by",
        "News by",
        "Analysis by",
        "Opinion by",
        "Commentary by",
        "Feature by",
        "Interview by",
    ];
    OPENERS.iter().any(|o| line.starts_with(o))
}

/// The names of a "By …" line ([`BYLINE`]'s first group), also when a date, a time or a social
/// handle follows them on the line ("By Jackson Hayes December 21, 2023", "By Jessica Choi Dec.
/// 21, 2023 11:00 pm EST").
fn byline_names(line: &str) -> Option<String> {
    if let Some(c) = BYLINE.captures(line) {
        return Some(c[1].to_string());
    }
    let cut = [date_start(line), time_or_handle_start(line)]
        .into_iter()
        .flatten()
        .min()?;
    let head = line[..cut]
        .trim_end()
        .trim_end_matches([',', '|', '-', '·', '•'])
        .trim_end();
    let head = head.strip_suffix(" on").unwrap_or(head).trim_end();
    BYLINE.captures(head).map(|c| c[1].to_string())
}

/// The byte where a time ("4:00") or a social handle ("@name") starts a word of `s`.
fn time_or_handle_start(s: &str) -> Option<usize> {
    let mut at = 0;
    for w in s.split(' ') {
        let start = at;
        at += w.len() + 1;
        let time = w.split_once(':').is_some_and(|(h, m)| {
            !h.is_empty()
                && h.len() <= 2
                && h.bytes().all(|b| b.is_ascii_digit())
                && m.len() >= 2
                && m.bytes().take(2).all(|b| b.is_ascii_digit())
        });
        if time || w.starts_with('@') {
            return Some(start);
        }
    }
    None
}

/// Whether `line` may hold a digit as [`DATE_LINE`] and [`is_date_line`] need (`\d` is any
/// Unicode digit, so any non-ASCII byte counts too).
fn has_digit(line: &str) -> bool {
    line.bytes().any(|b| b.is_ascii_digit() || !b.is_ascii())
}

/// A line that is a date with only time words around it: "Updated 6:42 AM EST, February 13, 2024".
fn is_date_line(line: &str) -> bool {
    if dates::find_full_date(line).is_none() {
        return false;
    }
    const TIME_WORDS: &[&str] = &[
        "published",
        "updated",
        "posted",
        "last",
        "first",
        "modified",
        "on",
        "at",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "msk",
        "ist",
        "jst",
        "et",
        "pt",
        "date",
        "time",
        "|",
    ];
    line.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).all(|w| {
        let w = w.trim_end_matches(':').to_lowercase();
        let bare = w.trim_end_matches('.');
        w.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '+' | 't' | 'z' | '.'))
            // "11:11am"
            || w.strip_suffix("am").or_else(|| w.strip_suffix("pm")).is_some_and(|t| {
                !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == ':')
            })
            || TIME_WORDS.contains(&w.as_str())
            || TIME_WORDS.contains(&bare)
            // Month and weekday names come from the one calendar table in `dates`.
            || dates::month_number(bare).is_some()
            || dates::weekday(bare).is_some()
    })
}

fn is_url_line(line: &str) -> bool {
    let t = line.trim_matches(['<', '>', '(', ')']);
    // A URL opens with "http" or "www" (case-insensitive; other characters left to the regex).
    if !t.starts_with(|c: char| matches!(c, 'h' | 'H' | 'w' | 'W') || !c.is_ascii()) {
        return false;
    }
    URL.find(t)
        .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// Whether a line can end with a credit at all: every branch of `CREDIT` needs a bracket,
/// a colon, a slash or an agency name. Checked first because the regex is costly on long pages.
fn may_hold_credit(line: &str) -> bool {
    // A cheap necessary condition for `CREDIT`, per alternative: most blocks hold a ':' or
    // '/' somewhere (times, URLs), so looking only at the end of the block matters (the regex
    // cost ~40k instructions per paragraph of page copies).
    let t = line.trim_end();
    // "(AP Photo/Evan Vucci)", "(Getty Images)": an agency word or a slash in the last group.
    if let Some(inner) = t.strip_suffix(')') {
        let credit_group = inner.rfind('(').is_some_and(|open| {
            let inner = &inner[open + 1..];
            inner.contains('/')
                || [
                    "Photo", "Getty", "AFP", "Reuters", "REUTERS", "AP", "EPA", "Images", "Pool",
                    "File", "Handout", "Courtesy", "via",
                ]
                .iter()
                .any(|w| inner.contains(w))
        });
        if credit_group {
            return true;
        }
    }
    // "Jane Doe / AFP", "AP Photo/Evan Vucci": a name on both sides of the last slash, and at
    // most four names (and "via") after it.
    if let Some(slash) = t.rfind('/') {
        let after = &t[slash + 1..];
        let before = t[..slash].trim_end();
        if after.trim_start().starts_with(char::is_uppercase)
            && before.ends_with(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
            && after.split_whitespace().count() <= 8
        {
            return true;
        }
    }
    // "Photo: Reuters", "Credit: …": a label shortly before the end.
    let mut tail = t.len().saturating_sub(200);
    while !t.is_char_boundary(tail) {
        tail += 1;
    }
    let tail = &t[tail..];
    if tail.contains(':')
        && ["Photo", "Image", "Picture", "Credit", "Illustration"]
            .iter()
            .any(|label| tail.contains(label))
    {
        return true;
    }
    [
        "Getty Images",
        "Shutterstock",
        "Reuters",
        "AFP",
        "AP",
        "EPA",
        "TASS",
        "Sputnik",
        "Pexels",
        "Unsplash",
    ]
    .iter()
    .any(|agency| t.ends_with(agency))
}

fn is_credit_only(line: &str) -> bool {
    if !may_hold_credit(line) {
        return false;
    }
    // The credit group of `(?:\s|^)(credit)\s*$` starts at 0 only through `^`: the line is a
    // credit from its first character (a credit never starts with whitespace).
    is_credit(line) && line.split_whitespace().take(9).count() <= 8 && !line.ends_with('.')
}

/// Whether `rest` is a credit and nothing else ([`CREDIT`]). Every credit starts with '(' or an
/// upper-case letter (`\p{Lu}`: A–Z among ASCII characters), tested first without the regex.
fn is_credit(rest: &str) -> bool {
    rest.starts_with(|c: char| c == '(' || c.is_ascii_uppercase() || !c.is_ascii())
        && CREDIT.is_match(rest)
}

/// The start of the leftmost match of `(?:\s|^)(credit)\s*$` in `s` at or after `from`: `0` when
/// all of `s` is a credit, else a whitespace character followed by a credit up to the end.
fn credit_tail_start(s: &str, from: usize) -> Option<usize> {
    if from == 0 && is_credit(s) {
        return Some(0);
    }
    s[from..]
        .char_indices()
        .find(|&(i, c)| c.is_whitespace() && is_credit(&s[from + i + c.len_utf8()..]))
        .map(|(i, _)| from + i)
}

/// Turns one raw block into pieces: special lines stand alone, text lines are joined when the
/// block is hard-wrapped.
fn split_block(block: &str, vocabulary: &Vocabulary<'_>, out: &mut Rebuilt) {
    // The block's lines, trimmed (none is blank).
    let lines = || block.split('\n').map(str::trim);
    let longest = lines().map(|l| l.chars().count()).max().unwrap_or(0);
    // Whether `out.scratch` holds a text piece being joined.
    let mut text = false;
    let mut prev: Option<&str> = None;
    for line in lines() {
        let kind = line_kind(line);
        if kind != LineKind::Text {
            if std::mem::take(&mut text) {
                out.push_scratch();
            }
            out.push(kind, line);
            prev = None;
            continue;
        }
        match prev {
            Some(p) if text && continues(p, line, longest) => {
                join_line(&mut out.scratch, line, vocabulary);
            }
            _ => {
                if text {
                    out.push_scratch();
                }
                out.scratch.push_str(line);
                text = true;
            }
        }
        prev = Some(line);
    }
    if text {
        out.push_scratch();
    }
}

/// Whether `next` continues the paragraph of `prev` (a hard wrap) rather than starting a block.
fn continues(prev: &str, next: &str, longest: usize) -> bool {
    let prev_len = prev.chars().count();
    let next_starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    if prev.ends_with('-') || prev.ends_with(',') || next_starts_lower && !ends_sentence(prev) {
        return true;
    }
    // After a sentence, a short line of capitalised words is a name or a heading ("…dupe." then
    // "Claire Lower"), not the wrapped end of the paragraph.
    if ends_sentence(prev)
        && next.len() < 40
        && !ends_sentence(next)
        && next
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    // A wrapped line fills most of the width of the block's longest line.
    prev_len >= 40 && prev_len * 10 >= longest * 6
}

fn join_line(text: &mut String, next: &str, vocabulary: &Vocabulary<'_>) {
    if let Some(stem) = text.strip_suffix('-') {
        let left = stem
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let right: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
        let left_is_word = left.chars().last().is_some_and(char::is_alphabetic);
        let joined = format!("{left}{right}").to_lowercase();
        if left_is_word
            && right.chars().next().is_some_and(char::is_lowercase)
            && vocabulary.contains(&joined)
            && !vocabulary.contains(&format!("{left}-{right}").to_lowercase())
        {
            // A word broken by hyphenation at the line end ("recruit-" + "ment").
            text.pop();
        }
        text.push_str(next);
        return;
    }
    text.push(' ');
    text.push_str(next);
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut at_start = true;
    for c in word.chars() {
        if at_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = matches!(c, ' ' | '-' | '.' | '\'' | '’');
    }
    out
}

pub(crate) fn is_boilerplate(line: &str) -> bool {
    let t = line
        .trim()
        .trim_end_matches([':', '.', '>', '»', '›'])
        .trim();
    is_boilerplate_phrase(t)
        || (t.len() < 200 && BOILERPLATE_PATTERN.is_match(t))
        || t.chars().all(|c| !c.is_alphanumeric())
        || has_two_separators(t)
}

/// Whether `t` lowercased is a listed phrase. Lowercasing costs an allocation: ASCII text is
/// lowercased into a buffer instead (its length does not change), other text only for lengths a
/// listed phrase can have (lowercasing may change a length, hence the margin).
fn is_boilerplate_phrase(t: &str) -> bool {
    const MAX: usize = 32;
    if t.len() <= MAX && t.is_ascii() {
        let mut buf = [0u8; MAX];
        let lower = &mut buf[..t.len()];
        lower.copy_from_slice(t.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|l| BOILERPLATE_SET.contains(l));
    }
    t.len() <= 2 * *BOILERPLATE_MAX_LEN && BOILERPLATE_SET.contains(t.to_lowercase().as_str())
}

/// At least two menu separators ('|', '•', '·'), i.e. three items or more. `matches` with one
/// character searches with `memchr`, much faster on paragraphs than splitting at any of three.
fn has_two_separators(t: &str) -> bool {
    ['|', '•', '·']
        .iter()
        .map(|&c| t.matches(c).take(2).count())
        .sum::<usize>()
        >= 2
}

/// Prose: a block that reads as sentences rather than a label or a menu item.
pub(crate) fn is_prose(text: &str) -> bool {
    // Words counted up to 12, all the test needs (paragraphs are long).
    let words = text.split_whitespace().take(12).count();
    words >= 12 || (words >= 6 && ends_sentence(text))
}

pub(crate) fn is_title_like(text: &str) -> bool {
    // Words counted up to 31, all the test needs.
    let words = text.split_whitespace().take(31).count();
    (2..=30).contains(&words)
        && text.len() < 250
        && !text.ends_with('.')
        && !text.ends_with(',')
        && text.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '\'')
        })
        || text.split_whitespace().next().is_some_and(|w| {
            // "iPhone 15 Pro Max review", "eBay sues…": a brand with an inner capital.
            w.starts_with(|c: char| c.is_lowercase())
                && w.chars().skip(1).any(char::is_uppercase)
                && (2..=30).contains(&text.split_whitespace().take(31).count())
                && text.len() < 250
                && !text.ends_with(['.', ','])
        })
}

/// A first line in title case that ends with a full stop, as some copies and corpora write
/// headlines ("Trump Just Responded To Rubio’s Biggest Attack Yet With 1 Line."): one sentence
/// whose longer words are nearly all capitalised.
fn is_title_case_sentence(text: &str) -> bool {
    let body = text.trim_end().trim_end_matches(['.', '!', '?']);
    if !text.trim_end().ends_with('.')
        || body.contains(". ")
        || !body.starts_with(|c: char| c.is_uppercase() || matches!(c, '‘' | '\''))
    {
        return false;
    }
    // Words of four letters or more: title case leaves short function words lowercase.
    let long: Vec<&str> = body
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 4 && caps * 10 >= long.len() * 9
}

/// Marks the bylines without "By" in `window` (see [`bare_byline`]) and records their names.
fn find_bare_bylines(
    text: &str,
    pieces: &[Piece],
    kinds: &mut [BlockKind],
    window: Range<usize>,
    found: &mut Vec<(usize, Vec<String>)>,
) {
    let lex = Lexicons::bundled();
    for i in window {
        if kinds[i] == BlockKind::Byline {
            continue;
        }
        if pieces[i].kind != LineKind::Text || kinds[i] == BlockKind::Caption {
            continue;
        }
        let s = &text[pieces[i].range()];
        let next_is_date = pieces.get(i + 1).is_some_and(|p| {
            let next = &text[p.range()];
            p.kind == LineKind::DateLine || next.len() < 60 && date_start(next) == Some(0)
        });
        let after_label = i > 0 && is_author_label(&text[pieces[i - 1].range()]);
        // "Oct 24, 2019 at 2:56 pm | By Dru Marie Allen": a byline after a separator.
        if let Some(c) = s
            .split(" | ")
            .skip(1)
            .find_map(|part| BYLINE.captures(part))
        {
            kinds[i] = BlockKind::Byline;
            // A line of page furniture joined after it ("… Allen Advertisement").
            let names = c[1]
                .trim_end()
                .rsplit_once(' ')
                .filter(|(_, last)| is_boilerplate(last))
                .map_or(&c[1], |(head, _)| head);
            found.push((i, split_names(names)));
            continue;
        }
        let Some((names, dated)) = bare_byline(s, lex, next_is_date || after_label) else {
            continue;
        };
        if dated || next_is_date || after_label {
            kinds[i] = BlockKind::Byline;
            found.push((i, names));
        }
    }
}

fn classify(out: &mut Layout, pieces: &[Piece]) {
    // Moved out while `out` is filled in (a copy cost a pass over the page), put back at the end.
    let text = std::mem::take(&mut out.text);
    let mut kinds: Vec<BlockKind> = Vec::with_capacity(pieces.len());
    // Credits found inside caption pieces, by piece index (in order; sparse: a vector with a slot
    // per piece cost 24 bytes a line on texts of many short lines, issue #9).
    let mut credits: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let (kind, range) = (&piece.kind, piece.range());
        let s = &text[range.clone()];
        let k = match kind {
            LineKind::Url => BlockKind::Link,
            LineKind::Related => BlockKind::Related,
            LineKind::Byline => BlockKind::Byline,
            LineKind::DateLine => BlockKind::DateLine,
            LineKind::Credit => BlockKind::Credit,
            LineKind::Text => {
                if is_boilerplate(s) {
                    BlockKind::Boilerplate
                } else if let Some(credit) = caption_credit(s) {
                    credits.push((i, range.start + credit.start..range.start + credit.end));
                    BlockKind::Caption
                } else {
                    BlockKind::Paragraph
                }
            }
        };
        kinds.push(k);
    }

    // The body is the densest run of prose; text blocks outside it are page furniture, except the
    // headline and standfirst found just before it.
    let scores: Vec<i64> = pieces
        .iter()
        .zip(&kinds)
        .map(|(p, k)| {
            let s = &text[p.range()];
            match k {
                BlockKind::Paragraph if is_prose(s) || ends_sentence(s) => s.len() as i64,
                BlockKind::Paragraph => -20,
                BlockKind::Boilerplate => -40,
                _ => 0,
            }
        })
        .collect();
    let body = densest_run(&scores);
    let has_prose = scores.iter().any(|&s| s > 0);
    // Bylines without "By" in the lines just before the body: a name alone next to a date line or
    // after an "Author" label, or a name before a date on its own line.
    let mut bare_bylines: Vec<(usize, Vec<String>)> = Vec::new();
    if has_prose {
        // The byline may also open the densest run (short header lines score nothing).
        let window = body.start.saturating_sub(15)..(body.start + 6).min(pieces.len());
        find_bare_bylines(&text, pieces, &mut kinds, window, &mut bare_bylines);
    }
    drop(scores);
    for (i, k) in kinds.iter_mut().enumerate() {
        if *k == BlockKind::Paragraph && has_prose && !body.contains(&i) {
            *k = BlockKind::Boilerplate;
        }
    }
    let body_start = if has_prose { body.start } else { 0 };

    // Headline: the title-like text before the body, preferring the one that repeats the page
    // title ("Headline - Site"); else the first line of the document when it looks like a title.
    let mut headline: Option<usize> = None;
    // A page copy starts with the page title ("Headline - Site"); the headline block repeats it.
    let page_title = pieces
        .first()
        .map(|p| &text[p.range()])
        .and_then(strip_site_suffix);
    let mut best = 0.0;
    // The page title's words, split once (not per candidate block).
    let mut title_words: Option<Vec<String>> = None;
    // The headline block may sit just inside the densest run (short header lines score nothing).
    for i in 1..(body_start + 8).min(pieces.len()) {
        let s = &text[pieces[i].range()];
        // The page title's own words again, even as a sentence ("It doesn't have to be.").
        let repeats_title = page_title.is_some_and(|(t, _)| t == s) && s.len() < 250;
        if pieces[i].kind != LineKind::Text
            || !(is_title_like(s) || repeats_title)
            || s.split_whitespace().count() < 3
        {
            continue;
        }
        // A heading after the body's first two paragraphs is a subheading, however much it repeats
        // the title ("Pugh Hit By An Object …" on the first line, "Pugh Hit In Face …" later).
        // (Only when the body follows the first line, which has no site name: a page copy may
        // have prose-like banners before its headline.)
        let bare_title = page_title.is_some_and(|(t, _)| t.len() == pieces[0].range().len());
        if bare_title
            && body_start <= 1
            && (body_start..i)
                .filter(|&k| kinds[k] == BlockKind::Paragraph && is_prose(&text[pieces[k].range()]))
                .count()
                >= 2
        {
            break;
        }
        let score = page_title.map_or(0.0, |(t, _)| {
            word_overlap(title_words.get_or_insert_with(|| overlap_words(t)), s)
        });
        if score >= 0.6 && score >= best {
            best = score;
            headline = Some(i);
        }
    }
    if headline.is_none() {
        // The last title-like block before the byline/date/caption group that precedes the body.
        let mut i = body_start;
        while i > 0
            && matches!(
                kinds[i - 1],
                BlockKind::Byline
                    | BlockKind::DateLine
                    | BlockKind::Caption
                    | BlockKind::Credit
                    | BlockKind::Link
            )
        {
            i -= 1;
        }
        let before = i;
        let headline_like = |k: usize| {
            let s = &text[pieces[k].range()];
            is_title_like(s)
                && pieces[k].kind == LineKind::Text
                && (s.split_whitespace().count() >= 3 || body_start <= 2)
                && !is_ui_phrase(s)
        };
        if before > 0 && headline_like(before - 1) {
            // A standfirst sits between the headline and the byline.
            if before >= 2
                && is_title_like(&text[pieces[before - 2].range()])
                && pieces[before - 2].kind == LineKind::Text
                && before < body_start
            {
                headline = Some(before - 2);
                out.standfirst = Some(pieces[before - 1].range());
                kinds[before - 1] = BlockKind::Standfirst;
            } else {
                headline = Some(before - 1);
            }
        } else if before > 0
            && before < body_start
            && pieces[before - 1].kind == LineKind::Text
            && before >= 2
            && is_title_like(&text[pieces[before - 2].range()])
            && pieces[before - 2].kind == LineKind::Text
        {
            headline = Some(before - 2);
            out.standfirst = Some(pieces[before - 1].range());
            kinds[before - 1] = BlockKind::Standfirst;
        } else if body_start == 0
            && pieces.len() > 1
            && kinds[0] == BlockKind::Paragraph
            && pieces[0].kind == LineKind::Text
        {
            let s = &text[pieces[0].range()];
            let words = s.split_whitespace().count();
            if is_title_like(s) && !s.contains(['“', '"']) && words <= 20
                || words <= 25 && kinds[1] == BlockKind::Paragraph && is_title_case_sentence(s)
            {
                headline = Some(0);
            } else if words <= 25
                && kinds[1] == BlockKind::Paragraph
                && pieces[1].kind == LineKind::Text
                && !s.contains(['“', '"'])
                && !s.trim_end_matches(['.', '!', '?']).contains(". ")
                && find_dateline(&text, pieces[1].range()).is_some()
            {
                // A dateline opens the story: one short sentence before it is the headline,
                // even with a full stop ("Clinton calls Obamacare ‘crazy system’ during stop.").
                headline = Some(0);
            }
        }
    }
    // No headline block: the page title itself, without the site name.
    if headline.is_none()
        && body_start > 0
        && pieces.first().is_some_and(|p| p.kind == LineKind::Text)
        && matches!(kinds[0], BlockKind::Paragraph | BlockKind::Boilerplate)
    {
        if let Some((_, prefix_len)) =
            page_title.filter(|(t, _)| is_title_like(t) && t.split_whitespace().count() >= 3)
        {
            kinds[0] = BlockKind::Headline;
            out.headline = Some(pieces[0].range().start..pieces[0].range().start + prefix_len);
        }
    }
    if let Some(h) = headline {
        kinds[h] = BlockKind::Headline;
        out.headline = Some(pieces[h].range());
        // Bylines right under the headline, wherever the densest run starts.
        if has_prose {
            let window = h + 1..(h + 7).min(pieces.len());
            find_bare_bylines(&text, pieces, &mut kinds, window, &mut bare_bylines);
        }
        // A single paragraph between the headline and the byline or date line is the standfirst.
        if out.standfirst.is_none()
            && h + 2 < pieces.len()
            && kinds[h + 1] == BlockKind::Paragraph
            && matches!(kinds[h + 2], BlockKind::Byline | BlockKind::DateLine)
            && text[pieces[h + 1].range()].split_whitespace().count() <= 60
        {
            kinds[h + 1] = BlockKind::Standfirst;
            out.standfirst = Some(pieces[h + 1].range());
        }
    }

    // Captions: a caption block, and a credit block right after a caption.
    let mut i = 0;
    while i < pieces.len() {
        match kinds[i] {
            BlockKind::Caption => {
                let r = pieces[i].range();
                let mut credit = credits
                    .binary_search_by_key(&i, |c| c.0)
                    .ok()
                    .map(|k| credits[k].1.clone());
                let caption_end = credit
                    .as_ref()
                    .map_or(r.end, |c| trim_end_at(&text, r.start, c.start));
                if credit.is_none() && i + 1 < pieces.len() && kinds[i + 1] == BlockKind::Credit {
                    credit = Some(pieces[i + 1].range());
                    i += 1;
                }
                let label = caption_label_len(&text[r.start..caption_end]);
                let credit = credit.map(|c| c.start + caption_label_len(&text[c.clone()])..c.end);
                out.captions.push(CaptionParts {
                    text: r.start + label..caption_end,
                    credit,
                });
            }
            BlockKind::Credit => {
                // A credit line before a caption-less photo, or after a paragraph; keep it.
                out.captions.push(CaptionParts {
                    text: pieces[i].range().start..pieces[i].range().start,
                    credit: Some(pieces[i].range()),
                });
            }
            _ => {}
        }
        i += 1;
    }

    // Bylines, dates, links, related lines. A byline counts up to the first long paragraph of
    // the body, however many share buttons come before it.
    let first_long = (body_start..body.end.min(pieces.len()))
        .find(|&k| kinds[k] == BlockKind::Paragraph && pieces[k].range().len() >= 200)
        .unwrap_or(body_start);
    for (i, range) in pieces.iter().map(Piece::range).enumerate() {
        let s = &text[range.clone()];
        match kinds[i] {
            BlockKind::Byline
                if i <= body_start + 8
                    || i < first_long
                    || (has_prose
                        && i + 3 >= body.end
                        && i <= body.end + 3
                        && REPORTING_BY.is_match(s)) =>
            {
                let names =
                    byline_names(s).or_else(|| REPORTING_BY.captures(s).map(|c| c[1].to_string()));
                for name in names.iter().flat_map(|n| split_names(n)) {
                    push_unique(&mut out.authors, name);
                }
                // "By Jackson Hayes December 21, 2023": the date of the byline.
                if i <= body_start + 8 {
                    if let Some(date) = line_date(s) {
                        out.date_hints.push(DateHint {
                            date,
                            source: DateSource::Text,
                            exact: true,
                        });
                    }
                }
                if let Some((_, names)) = bare_bylines.iter().find(|(k, _)| *k == i) {
                    for name in names {
                        push_unique(&mut out.authors, name.clone());
                    }
                    if let Some(date) = dates::find_full_date(s) {
                        out.date_hints.push(DateHint {
                            date,
                            source: DateSource::Text,
                            exact: true,
                        });
                    }
                }
            }
            BlockKind::DateLine => {
                if let Some(date) = dates::find_full_date(s) {
                    out.date_hints.push(DateHint {
                        date,
                        source: DateSource::Text,
                        exact: true,
                    });
                }
            }
            BlockKind::Related => {
                if let Some(c) = RELATED.captures(s) {
                    let m = c.get(1).expect("group 1 always matches");
                    let mut title = range.start + m.start()..range.start + m.end();
                    let url = URL.find(&text[title.clone()]).map(|u| {
                        let url_start = title.start + u.start();
                        title.end = trim_end_at(&text, title.start, url_start);
                        trim_url(u.as_str()).to_string()
                    });
                    out.related.push((title, url));
                }
            }
            _ => {}
        }
    }
    // The publication date is the one between the headline and the first long paragraph: put
    // the dates found there first, before dates of related stories or comments elsewhere. A
    // short line with a date after a few words counts too ("Date published October 17, 2023",
    // "Timothy Rapp Featured Columnist December 22, 2023 Comments").
    if !pieces.is_empty() {
        let zone_start = headline.map_or(body_start.saturating_sub(15), |h| h + 1);
        let zone_end = first_long.max(zone_start).min(pieces.len() - 1);
        let mut header_dates = Vec::new();
        for k in zone_start..=zone_end {
            let s = &text[pieces[k].range()];
            let dated_line = matches!(kinds[k], BlockKind::DateLine | BlockKind::Byline)
                || s.len() < 150
                    && (kinds[k] != BlockKind::Paragraph || !ends_sentence(s))
                    && date_start(s).is_some_and(|at| s[..at].split_whitespace().count() <= 8);
            if let Some(date) = dated_line.then(|| line_date(s)).flatten() {
                header_dates.push(DateHint {
                    date,
                    source: DateSource::Text,
                    exact: true,
                });
            }
        }
        out.date_hints.splice(0..0, header_dates);
    }
    for m in URL.find_iter(&text) {
        let url = trim_url(m.as_str());
        let range = m.start()..m.start() + url.len();
        let kind = link_kind(url);
        if kind == LinkKind::Author {
            if let Some(name) = author_from_url(url) {
                push_unique(&mut out.authors, name);
            }
        }
        if let Some(date) = dates::url_date(url) {
            out.date_hints.push(DateHint {
                date,
                source: DateSource::Url,
                exact: false,
            });
        }
        out.links.push((url.to_string(), kind, range));
    }

    // The dateline opens the first body paragraph.
    if let Some(first) = kinds.iter().position(|k| *k == BlockKind::Paragraph) {
        out.dateline = find_dateline(&text, pieces[first].range());
    }

    // Blocks, with the dateline split from its paragraph: a block per piece, one more for the
    // dateline and at most one more per caption (its credit).
    out.blocks
        .reserve_exact(pieces.len() + 1 + out.captions.len());
    for (i, range) in pieces.iter().map(Piece::range).enumerate() {
        let kind = kinds[i];
        match &out.dateline {
            Some(d) if d.range.start == range.start => {
                out.blocks
                    .push(LayoutBlock::new(BlockKind::Dateline, d.range.clone()));
                if d.range.end < range.end {
                    out.blocks
                        .push(LayoutBlock::new(kind, d.range.end..range.end));
                }
            }
            _ => {
                if kind == BlockKind::Caption {
                    // Captions are in text order, one per piece: binary search.
                    let from = out.captions.partition_point(|c| c.text.start < range.start);
                    if let Some(c) = out.captions[from..]
                        .iter()
                        .take_while(|c| c.text.start <= range.end)
                        .find(|c| c.text.end <= range.end)
                    {
                        if c.text.end > c.text.start {
                            out.blocks.push(LayoutBlock::new(kind, c.text.clone()));
                        }
                        if let Some(credit) =
                            c.credit.as_ref().filter(|cr| range.contains(&cr.start))
                        {
                            out.blocks
                                .push(LayoutBlock::new(BlockKind::Credit, credit.clone()));
                        }
                        continue;
                    }
                }
                out.blocks.push(LayoutBlock::new(kind, range.clone()));
            }
        }
    }
    out.text = text;
}

/// The dateline that opens the paragraph at `range` of `text` ("MUNICH, Germany —",
/// "WASHINGTON (AP) —"), if any.
pub(crate) fn find_dateline(text: &str, range: Range<usize>) -> Option<DatelineParts> {
    let s = &text[range.clone()];
    let short = |c: &regex::Captures<'_>| {
        ["region", "agency"].iter().all(|g| {
            c.name(g)
                .is_none_or(|m| m.as_str().chars().count() <= DATELINE_PART_CHARS)
        })
    };
    let caps = may_open_dateline(s)
        .then(|| DATELINE.captures(s))
        .flatten()
        .filter(|c| {
            let place = &c["place"];
            place.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && place.split_whitespace().count() <= 4
                && short(c)
        });
    let c = caps
        .or_else(|| {
            may_open_agency_dateline(s)
                .then(|| AGENCY_DATELINE.captures(s))
                .flatten()
                .filter(short)
        })
        .or_else(|| {
            // A wire dateline without a place ("Oct 23 (Reuters) -", "(Reuters) -").
            (s.starts_with('(') || s.starts_with(|c: char| c.is_ascii_uppercase()))
                .then(|| PLACELESS_DATELINE.captures(s))
                .flatten()
        })?;
    let whole = c.get(0).expect("group 0 always matches");
    let place = c.name("place").map(|m| {
        let place = m.as_str().trim().to_string();
        if place.chars().any(char::is_lowercase) {
            place
        } else {
            title_case(&place)
        }
    });
    Some(DatelineParts {
        place,
        region: c.name("region").map(|m| m.as_str().trim().to_string()),
        agency: c
            .name("agency")
            .or_else(|| c.name("bare_agency"))
            .map(|m| m.as_str().trim().to_string()),
        // (CNN's dash-less style matched the next word's capital: it is no part of the
        // dateline.)
        range: range.start
            ..range.start + whole.end()
                - whole
                    .as_str()
                    .chars()
                    .next_back()
                    .filter(|c| c.is_alphabetic())
                    .map_or(0, char::len_utf8),
    })
}

/// Whether `s` can match [`DATELINE`]: a place of two characters or more opens it, an upper-case
/// letter (`\p{Lu}`) and then an upper-case letter, a mark or one of `.'’ -`. Only ASCII
/// characters are tested; the regex decides on the others. Spares the regex (and its compilation)
/// on most texts.
fn may_open_dateline(s: &str) -> bool {
    let mut chars = s.chars();
    let first = chars
        .next()
        .is_some_and(|c| !c.is_ascii() || c.is_ascii_uppercase());
    first
        && chars.next().is_some_and(|c| {
            !c.is_ascii() || c.is_ascii_uppercase() || matches!(c, '.' | '\'' | ' ' | '-')
        })
}

/// Whether `s` can match [`AGENCY_DATELINE`]: it opens with an upper-case letter (ASCII tested)
/// and holds an agency name in brackets.
fn may_open_agency_dateline(s: &str) -> bool {
    const AGENCIES: &[&str] = &[
        "Reuters",
        "AP",
        "AFP",
        "Bloomberg",
        "dpa",
        "UPI",
        "CNN",
        "TASS",
        "Xinhua",
        "ANSA",
        "EFE",
        "IANS",
        "PTI",
    ];
    s.starts_with(|c: char| !c.is_ascii() || c.is_ascii_uppercase())
        && (s.match_indices('(').any(|(i, _)| {
            let rest = &s[i + 1..];
            AGENCIES
                .iter()
                .any(|a| rest.strip_prefix(a).is_some_and(|r| r.starts_with(')')))
        }) || s.get(..60).unwrap_or(s).contains(" CNN "))
}

/// The maximum-sum run of block scores (Kadane); an empty range when no score is positive.
fn densest_run(scores: &[i64]) -> Range<usize> {
    let (mut best, mut best_range) = (0i64, 0..0);
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += s;
        if sum > best {
            best = sum;
            best_range = start..i + 1;
        }
    }
    best_range
}

/// The credit at the end of a caption-like block, as a byte range within `s`.
pub(crate) fn caption_credit(s: &str) -> Option<Range<usize>> {
    if s.len() > 600 || !may_hold_credit(s) {
        return None;
    }
    // `find` runs on the lazy DFA; the credit is the match without the whitespace around it
    // (captures ran the slower capture engine on every caption-like block).
    let mut from = 0;
    let m = loop {
        // A match always runs to the end of `s` (`\s*$`).
        let start = credit_tail_start(s, from)?;
        let whole = &s[start..];
        let lead = whole.len() - whole.trim_start().len();
        let trail = whole.len() - whole.trim_end().len();
        let m = start + lead..s.len() - trail;
        if label_credit_text(&s[m.clone()]).is_some_and(|rest| rest.chars().count() > 80) {
            // A "Photo: …" label too far from the end; a later one may still do.
            from = start + whole.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        break m;
    };
    // The caption before the credit must end a sentence or a date ("on Feb. 12.").
    let before = s[..m.start].trim_end();
    if before.is_empty()
        || !(before.ends_with(['.', ')', '!', '?', '”', '"']) || before.ends_with(" File"))
    {
        return None;
    }
    Some(m)
}

/// The text after a credit label ("Photo: Reuters" → "Reuters"), when `credit` starts with one.
fn label_credit_text(credit: &str) -> Option<&str> {
    let rest = [
        "Photograph",
        "Photo",
        "Image",
        "Picture",
        "Credit",
        "Illustration",
    ]
    .iter()
    .find_map(|label| credit.strip_prefix(label))?;
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let rest = rest.strip_prefix(" by").unwrap_or(rest);
    Some(rest.trim_start().strip_prefix(':')?.trim())
}

/// Length of a leading "Photo:", "Caption:" or "Credit:" label.
fn caption_label_len(s: &str) -> usize {
    for label in [
        "Photo:",
        "Photograph:",
        "Image:",
        "Caption:",
        "Credit:",
        "Photo credit:",
        "Picture:",
        "Pictured:",
    ] {
        if let Some(rest) = s.strip_prefix(label) {
            return s.len() - rest.trim_start().len();
        }
    }
    0
}

/// A page title without its site name ("Headline - Site", "Headline | Site"): the title and the
/// byte length of the headline part.
fn strip_site_suffix(title: &str) -> Option<(&str, usize)> {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(at) = title.rfind(sep) {
            let site = &title[at + sep.len()..];
            if at > 0 && site.split_whitespace().count() <= 5 {
                // "Headline | Politics News | Sky News", "Headline | News, Scores, Highlights,
                // Stats, and Rumors | Bleacher Report": a section before the site name.
                let mut at = at;
                while let Some(k) = title[..at].rfind(sep) {
                    let section = &title[k + sep.len()..at];
                    if k == 0
                        || section.split_whitespace().count() > 6
                        || title[..k].split_whitespace().count() < 3
                    {
                        break;
                    }
                    at = k;
                }
                return Some((&title[..at], at));
            }
        }
    }
    Some((title, title.len()))
}

/// Lowercased words of `s` for [`word_overlap`], punctuation ignored.
fn overlap_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of the words of `b` that occur in `wa` (the [`overlap_words`] of the other text;
/// case-insensitive, punctuation ignored).
fn word_overlap(wa: &[String], b: &str) -> f64 {
    let wb = overlap_words(b);
    if wb.is_empty() || wa.is_empty() {
        return 0.0;
    }
    let hits = wb.iter().filter(|w| wa.contains(w)).count();
    let max_len = wa.len().max(wb.len()) as f64;
    hits as f64 / max_len
}

/// Interface phrases that look like titles ("Read full article", "See 6 More").
fn is_ui_phrase(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "read"
            | "see"
            | "subscribe"
            | "enter"
            | "sign"
            | "click"
            | "watch"
            | "follow"
            | "get"
            | "download"
            | "share"
            | "join"
            | "log"
            | "view"
            | "show"
            | "load"
            | "explore"
            | "discover"
            | "listen"
            | "advertisement"
            | "sponsored"
    )
}

fn trim_end_at(text: &str, floor: usize, at: usize) -> usize {
    floor
        + text[floor..at]
            .trim_end_matches([' ', '|', '-', '—', '–', ':'])
            .len()
}

fn trim_url(url: &str) -> &str {
    let mut u = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '’', '*']);
    // Close parentheses only when the URL opened one.
    while u.ends_with(')') && u.matches('(').count() < u.matches(')').count() {
        u = &u[..u.len() - 1];
    }
    u
}

pub(crate) fn link_kind(url: &str) -> LinkKind {
    let path = url.splitn(4, '/').nth(3).unwrap_or("").to_ascii_lowercase();
    let first = path.split('/').next().unwrap_or("");
    if matches!(
        first,
        "author"
            | "authors"
            | "by"
            | "profile"
            | "profiles"
            | "people"
            | "staff"
            | "contributor"
            | "contributors"
            | "journalist"
            | "journalists"
            | "writers"
    ) {
        LinkKind::Author
    } else if dates::url_date(url).is_some()
        || path.split('/').any(|seg| seg.matches('-').count() >= 3)
    {
        LinkKind::Article
    } else {
        LinkKind::Other
    }
}

pub(crate) fn author_from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?.trim_end_matches('/');
    let slug = path.rsplit('/').next()?;
    let slug = slug.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    let words: Vec<&str> = slug.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len()) || words.iter().any(|w| !w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| title_case(w))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Job titles after a name in a byline ("Senior Writer").
const BYLINE_ROLES: &[&str] = &[
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "contributor",
    "columnist",
    "senior",
    "staff",
    "contributing",
    "producer",
    "journalist",
    "author",
    "analyst",
];

/// Degrees after a name ("Ilana Muhlstein, MS").
const DEGREES: &[&str] = &[
    "ms", "md", "phd", "ph.d", "rn", "mph", "rd", "ma", "mba", "do", "jd", "esq", "dds", "np",
];

/// Capitalised words of page furniture that are no part of a person's name ("More From Forbes").
const NOT_IN_NAMES: &[&str] = &[
    "from", "the", "of", "for", "with", "about", "more", "in", "on", "at", "to", "by", "our",
    "your", "my", "this", "news", "today", "and", "read", "see", "share", "follow",
];

/// A label line before a byline ("Author", "Written by").
fn is_author_label(line: &str) -> bool {
    let label = line.trim().trim_end_matches(':').to_lowercase();
    matches!(
        label.as_str(),
        "author" | "authors" | "by" | "written by" | "words by" | "story by"
    ) || label.len() < 30
        // "COMMENTARY BY", "Analysis by": a section label and "by".
        && label.ends_with(" by")
        && label.split_whitespace().count() == 2
}

/// A byline without "By" ("Pamela Falk", "Eric Berger - Dec 21, 2023 1:00 pm UTC", "Javier
/// Espinoza and Patricia Nilsson, Financial Times - Dec 20, 2023", "Daniel Tannenbaum |
/// Sponsored"): the names, each opening with a known given name, and whether a date follows on
/// the line. `None` when the line is not made of names.
///
/// A name opens with a known given name, or, when `framed` (a date line after it, an "Author"
/// label before it), ends with a known surname ("Zayda Rivera").
fn bare_byline(line: &str, lex: &Lexicons, framed: bool) -> Option<(Vec<String>, bool)> {
    if line.len() > 150 {
        return None;
    }
    let mut names = line;
    let mut rest = "";
    for sep in [" - ", " | ", " — ", " – ", " · ", " • "] {
        if let Some(k) = names.find(sep) {
            rest = &line[k..];
            names = &names[..k];
        }
    }
    // "Doric Sam December 20, 2023": a date on the line ends the names.
    if let Some(k) = date_start(names) {
        rest = &line[k..];
        names = &names[..k];
    }
    // "John Sexton 4:00 PM on …", "Timothy Rapp @TRappaRT Featured Columnist": a time or a
    // social handle ends the names too.
    if let Some(k) = time_or_handle_start(names) {
        if rest.is_empty() {
            rest = &line[k..];
        }
        names = &names[..k];
    }
    let dated = dates::find_full_date(rest).is_some();
    let framed = framed || dated;
    // "Miguel Cortina Writer", "Tom Davies Associated Press": a role or a known outlet after the
    // name is not part of it.
    let trim = |n: &str| -> String {
        let mut words: Vec<&str> = n.split_whitespace().collect();
        let mut role = false;
        loop {
            let k = words.len();
            if k > 2 && BYLINE_ROLES.contains(&words[k - 1].to_lowercase().as_str()) {
                words.pop();
                role = true;
            } else if role && k > 2 && words[1].trim_end_matches('.').len() > 1 {
                // "Sandhya Kambhampati Data Reporter": a word of the job before it.
                words.truncate(2);
            } else if let Some(cut) = (2..k.saturating_sub(1)).find(|&c| {
                lex.organizations
                    .contains_key(words[c..].join(" ").as_str())
            }) {
                words.truncate(cut);
            } else {
                return words.join(" ");
            }
        }
    };
    let parts: Vec<String> = split_names(names).iter().map(|n| trim(n)).collect();
    let is_name = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (2..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| !NOT_IN_NAMES.contains(&w.to_lowercase().as_str()))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
            })
            && (lex.first_names.contains_key(title_case(words[0]).as_str())
                || framed
                    && lex
                        .surnames
                        .contains(title_case(words[words.len() - 1]).as_str()))
    };
    // Every name but a trailing outlet ("…, Financial Times") must be a person's.
    let persons: Vec<String> = parts.iter().filter(|n| is_name(n)).cloned().collect();
    let first_ok = parts.first().is_some_and(|n| is_name(n));
    let others_ok = parts.len() - persons.len() <= 1
        && parts.last().is_some_and(|n| is_name(n) || parts.len() > 1);
    (first_ok && others_ok && !persons.is_empty()).then_some((persons, dated))
}

/// The date of a header line: the one after "Published"/"Posted" when the line also says when
/// it was updated ("Updated Dec. 23, 2023 / Published Dec. 22, 2023"), else the first.
fn line_date(s: &str) -> Option<Date> {
    let lower = s.to_ascii_lowercase();
    ["published", "posted"]
        .iter()
        .filter_map(|label| lower.find(label))
        .min()
        .and_then(|at| dates::find_full_date(&s[at..]))
        .or_else(|| dates::find_full_date(s))
}

/// The byte where a date ("December 20, 2023", "Dec 21, 2023", "12/20/2023") starts in `s`.
fn date_start(s: &str) -> Option<usize> {
    let mut offset = 0;
    let mut words = s.split(' ').peekable();
    while let Some(word) = words.next() {
        let bare = word.trim_end_matches([',', '.']);
        // "22 December 2023": a day before the month.
        let day_first = bare.len() <= 2
            && bare.bytes().all(|b| b.is_ascii_digit())
            && words.peek().is_some_and(|next| {
                dates::month_number(next.trim_end_matches([',', '.'])).is_some()
            });
        let may_open = dates::month_number(bare).is_some()
            || day_first
            || bare.contains(['/', '-']) && bare.starts_with(|c: char| c.is_ascii_digit());
        if may_open && dates::find_full_date(&s[offset..]).is_some() {
            return Some(offset);
        }
        offset += word.len() + 1;
    }
    None
}

/// Author names of a byline: split at commas and "and", upper-case names in title case, and an
/// agency after upper-case names dropped ("JANE MORGAN Associated Press" → "Jane Morgan").
pub(crate) fn split_names(names: &str) -> Vec<String> {
    // "Vaughn Cockayne - The Washington Times - Thursday", "Emma Baty Published: Dec 22": what
    // follows a dash or a date label is no name.
    let mut names = names.split(" - ").next().unwrap_or(names);
    for label in [" Published", " Updated", " Posted", " Last updated"] {
        if let Some(at) = names.find(label) {
            names = &names[..at];
        }
    }
    let lex = Lexicons::bundled();
    let parts: Vec<&str> = names
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(|n| n.trim().trim_end_matches('.').trim())
        .collect();
    // "Sandhya Kambhampati Data and Graphics Journalist": a job after "and" takes the words of
    // it before "and" too.
    let job = |n: &str| {
        let last = n.rsplit(' ').next().unwrap_or_default().to_lowercase();
        BYLINE_ROLES.contains(&last.as_str())
    };
    parts
        .iter()
        .enumerate()
        .map(|(k, n)| {
            let words: Vec<&str> = n.split_whitespace().collect();
            let before_job = parts.get(k + 1).is_some_and(|next| job(next) && !job(n));
            if before_job && words.len() > 2 && words[1].trim_end_matches('.').len() > 1 {
                return words[..2].join(" ");
            }
            // "Amanda Cappelli Fox News", "John O'Connor The Associated Press": an outlet
            // after the name.
            let person = words
                .first()
                .is_some_and(|w| lex.first_names.contains_key(*w));
            if let Some(cut) = (2..words.len()).filter(|_| person).find(|&c| {
                let rest = words[c..].join(" ");
                let rest = rest.strip_prefix("The ").unwrap_or(&rest);
                lex.organizations.contains_key(rest)
            }) {
                return words[..cut].join(" ");
            }
            n.to_string()
        })
        .filter(|n| !n.is_empty() && n.chars().next().is_some_and(char::is_uppercase))
        .map(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            let caps = words
                .iter()
                .take_while(|w| {
                    w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
                })
                .count();
            if caps >= 2 {
                return title_case(&words[..caps].join(" "));
            }
            // "Dave Epstein Globe Correspondent", "Rick Lane Contributor": a job after the
            // name (and the outlet before it) is no part of it.
            let mut k = words.len();
            while k > 2 && BYLINE_ROLES.contains(&words[k - 1].to_lowercase().as_str()) {
                k -= 1;
            }
            // (Only after a person's given name: "Coldwater Daily Reporter" is a paper.)
            if k < words.len() && lex.first_names.contains_key(words[0]) {
                let initial = words[1].trim_end_matches('.').len() <= 1;
                let keep = if k > 2 && !initial { 2 } else { k };
                return words[..keep].join(" ");
            }
            n.to_string()
        })
        .filter(|n| {
            let lower = n.to_lowercase();
            // "Crimson Staff Writer", "Politics Reporter", "MS": a job or a degree, no name.
            let last = lower.rsplit(' ').next().unwrap_or_default();
            !matches!(
                lower.as_str(),
                "staff" | "staff reporter" | "our correspondent" | "editorial board"
            ) && !BYLINE_ROLES.contains(&last)
                && !DEGREES.contains(&lower.trim_end_matches('.'))
        })
        .collect()
}

pub(crate) fn push_unique(list: &mut Vec<String>, name: String) {
    if !list.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
        list.push(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(l: &Layout) -> Vec<(BlockKind, &str)> {
        l.blocks
            .iter()
            .map(|b| (b.kind, &l.text[b.range()]))
            .collect()
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let l = layout("The Russian people should know that the war is destroying their\ncountry and should do everything they can to stop it, he told\nThe Moscow Times.\n\nSecond paragraph.");
        assert_eq!(
            blocks(&l),
            vec![
                (BlockKind::Paragraph, "The Russian people should know that the war is destroying their country and should do everything they can to stop it, he told The Moscow Times."),
                (BlockKind::Paragraph, "Second paragraph."),
            ]
        );
    }

    #[test]
    fn hyphenated_words_across_lines() {
        // "long-term" stays hyphenated; "recruit-ment" is rejoined because "recruitment" occurs.
        let l = layout("Russia is a long-\nterm threat, and recruitment fell because recruit-\nment stalled across the country this year.");
        assert_eq!(l.text, "Russia is a long-term threat, and recruitment fell because recruitment stalled across the country this year.");
    }

    #[test]
    fn caption_credits_at_the_end_of_a_block() {
        let long = "x".repeat(90);
        let late = format!("The scene. Photo: {long} and more. Photo: Jane Doe");
        let cases: &[(&str, Option<&str>)] = &[
            (
                "A protester in Kyiv on Feb. 12. (AP Photo/Evan Vucci)",
                Some("(AP Photo/Evan Vucci)"),
            ),
            (
                "Rutte speaks in Brussels on Feb. 12. John Thys / AFP",
                Some("John Thys / AFP"),
            ),
            (
                "The new bridge at dusk. Photo: Reuters",
                Some("Photo: Reuters"),
            ),
            (
                "Crowds gather on Sunday. Getty Images",
                Some("Getty Images"),
            ),
            (
                "Firefighters at work. Jane Doe/Reuters via Getty",
                Some("Jane Doe/Reuters via Getty"),
            ),
            // Slashes, colons and parentheses that are no credit.
            ("Read the report at https://example.com/news/report", None),
            ("Last updated: 2023/12/19 at 9:01 PM", None),
            ("How he helped the Dodgers land a star (1:39)", None),
            ("It rained all week (see page 4).", None),
            // A label more than 80 characters from the end is no credit; a later one is.
            (late.as_str(), Some("Photo: Jane Doe")),
        ];
        for (text, credit) in cases {
            let got = caption_credit(text).map(|r| &text[r]);
            assert_eq!(got, *credit, "{text}");
        }
    }

    #[test]
    fn caption_credit_dateline_links_related() {
        let input = " NATO Secretary General Mark Rutte speaks during a press conference in Brussels, on Feb. 12. John Thys / AFP\n\nMUNICH, Germany — The Russian people should know that the war is destroying their country, he said.\n\nhttps://www.themoscowtimes.com/author/charlie-hancock\nhttps://www.bloomberg.com/news/articles/2026-02-11/russian-war-losses\n\nRelated article: Next Round of Talks Set for Next Week, Kremlin Says\n\nThe conference took place the day after ministers met in Brussels.";
        let l = layout(input);
        assert_eq!(l.captions.len(), 1);
        let c = &l.captions[0];
        assert!(l.text[c.text.clone()].ends_with("on Feb. 12."));
        assert_eq!(&l.text[c.credit.clone().unwrap()], "John Thys / AFP");
        let d = l.dateline.as_ref().unwrap();
        assert_eq!(
            (d.place.as_deref(), d.region.as_deref()),
            (Some("Munich"), Some("Germany"))
        );
        assert_eq!(&l.text[d.range.clone()], "MUNICH, Germany — ");
        assert_eq!(l.authors, vec!["Charlie Hancock"]);
        assert_eq!(l.links.len(), 2);
        assert_eq!(l.links[0].1, LinkKind::Author);
        assert_eq!(l.related.len(), 1);
        assert_eq!(
            &l.text[l.related[0].0.clone()],
            "Next Round of Talks Set for Next Week, Kremlin Says"
        );
        assert!(l
            .date_hints
            .iter()
            .any(|h| dates::iso(h.date) == "2026-02-11" && !h.exact));
        let kinds: Vec<BlockKind> = l.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Caption,
                BlockKind::Credit,
                BlockKind::Dateline,
                BlockKind::Paragraph,
                BlockKind::Link,
                BlockKind::Link,
                BlockKind::Related,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn datelines() {
        let cases = [
            ("WASHINGTON (AP) — The Senate voted on Tuesday to pass the measure after a long debate.", Some("Washington"), None, Some("AP")),
            ("ATLANTA -- Federal drug officials are warning Georgia to shelve its plans for pharmacies.", Some("Atlanta"), None, None),
            ("KYIV, Ukraine (Reuters) - Ukraine said on Monday it had struck a refinery deep inside Russia.", Some("Kyiv"), Some("Ukraine"), Some("Reuters")),
            ("ST. PETERSBURG, Russia — Officials said on Monday that the bridge would reopen next month.", Some("St. Petersburg"), Some("Russia"), None),
            ("London (Reuters) - British inflation fell more than expected last month, official data showed.", Some("London"), None, Some("Reuters")),
            ("KYIV, Feb 13 (Reuters) - Ukraine said on Monday it had struck a refinery deep inside Russia.", Some("Kyiv"), None, Some("Reuters")),
            // Wire datelines without a place.
            ("Oct 23 (Reuters) - Oil prices rose on Thursday as supply fears grew, traders said.", None, None, Some("Reuters")),
            ("(Reuters) - Russian President Vladimir Putin said on Friday that Moscow was ready.", None, None, Some("Reuters")),
            ("Feb. 13, 2026 (AP) — Officials said the bridge would reopen next month after repairs.", None, None, Some("AP")),
            // CNN's pages drop the parentheses.
            ("Hong Kong CNN  — Jack Ma has put off plans to sell Alibaba shares after the stock fell.", Some("Hong Kong"), None, Some("CNN")),
            // CNN's own style sets no dash.
            ("(CNN) President Donald Trump made an unscheduled trip to Walter Reed hospital on Saturday.", None, None, Some("CNN")),
        ];
        for (text, place, region, agency) in cases {
            let l = layout(text);
            let d = l
                .dateline
                .as_ref()
                .unwrap_or_else(|| panic!("no dateline in {text}"));
            assert_eq!(d.place.as_deref(), place, "{text}");
            assert_eq!(d.region.as_deref(), region, "{text}");
            assert_eq!(d.agency.as_deref(), agency, "{text}");
            // The dateline ends before the story's first word.
            let dateline = l.text[d.range.clone()].trim_end();
            assert!(
                !dateline.ends_with(char::is_alphabetic),
                "{text}: {dateline}"
            );
        }
        assert!(layout(
            "US President Joe Biden said on Tuesday that the deal was done, officials said."
        )
        .dateline
        .is_none());
        assert!(
            layout("Viewers of CNN — and of Fox — saw the debate on Tuesday night.")
                .dateline
                .is_none()
        );
    }

    #[test]
    fn one_sentence_headline_with_a_full_stop_before_a_dateline() {
        for (headline, body) in [
            (
                "Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.",
                "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the law during a stop in Flint.",
            ),
            (
                "Storm leaves thousands without power in the north.",
                "KYIV, Ukraine (Reuters) - A storm cut power to thousands of homes on Monday, officials said.",
            ),
        ] {
            let l = layout(&format!("{headline}\n\n{body}\n\nA second paragraph follows here.\n"));
            assert_eq!(l.headline.clone().map(|h| &l.text[h]), Some(headline));
            assert!(l.dateline.is_some(), "{body}");
        }
        // Without a dateline, a first sentence is the story's lede, not a headline.
        let l = layout("Storm leaves thousands without power in the north.\n\nOfficials said on Monday that power would return soon.\n");
        assert!(l.headline.is_none());
    }

    #[test]
    fn page_copy_with_menus_headline_byline_and_date() {
        let input = "Pharmacies can't sell marijuana, agency says - Example News\n\nExample News\n\nVideo\n\nLive\n\nShows\n\nPharmacies can't sell marijuana, agency says\n\nBy Jane Doe and John Roe\nDecember 17, 2023, 12:34 PM\n\nFILE - Vials are filled at a dispensary in Venice, Calif., May 14, 2013. (AP Photo/Damian Dovarganes, File)\n\nATLANTA -- Federal drug officials are warning Georgia to shelve its plans to be the first state to allow pharmacies to dispense medical marijuana products.\n\nNews outlets report that the U.S. Drug Enforcement Administration on Nov. 27 warned pharmacies that dispensing medical marijuana violates federal law.\n\nShare this article\n\nThe board began accepting applications to dispense the products in October, officials said.\n\nTop Stories\n\nPrivacy Policy\n\nTerms of Use\n\n© 2023 Example News";
        let l = layout(input);
        assert_eq!(
            l.headline.clone().map(|h| &l.text[h]),
            Some("Pharmacies can't sell marijuana, agency says")
        );
        assert_eq!(l.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(
            l.date_hints.first().map(|h| (dates::iso(h.date), h.exact)),
            Some(("2023-12-17".to_string(), true))
        );
        assert_eq!(l.captions.len(), 1);
        assert_eq!(
            l.captions[0].credit.clone().map(|c| &l.text[c]),
            Some("(AP Photo/Damian Dovarganes, File)")
        );
        let paragraphs: Vec<&str> = l
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| &l.text[b.range()])
            .collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        assert!(paragraphs[2].starts_with("The board began"));
        for furniture in [
            "Video",
            "Share this article",
            "Top Stories",
            "Privacy Policy",
            "© 2023 Example News",
        ] {
            assert!(
                l.blocks
                    .iter()
                    .any(|b| b.kind == BlockKind::Boilerplate && &l.text[b.range()] == furniture),
                "{furniture}"
            );
        }
    }

    #[test]
    fn site_suffixes() {
        for (title, headline) in [
            ("Rishi Sunak under fire over visa rules | Politics News | Sky News", "Rishi Sunak under fire over visa rules"),
            (
                "Hill had no setbacks | News, Scores, Highlights, Stats, and Rumors | Bleacher Report",
                "Hill had no setbacks",
            ),
            ("Black lawmakers voice concerns | TechCrunch", "Black lawmakers voice concerns"),
            // A section after too short a headline stays.
            ("Review | Dune | Example", "Review | Dune"),
        ] {
            assert_eq!(strip_site_suffix(title).map(|t| t.0), Some(headline), "{title}");
        }
    }

    #[test]
    fn headline_block_after_short_header_lines() {
        let input = "Short sleep adds up over time - Example\n\nWhy You Can Trust Example\n\nOur \
                     advice is expert-vetted and based on independent research and testing.\n\n\
                     Wellness\n\nShort sleep adds up over time\n\nPulling an all-nighter \
                     feels terrible, but skimping on sleep a little each night may affect you in \
                     ways you do not realize, researchers said.\n\nMost adults need between seven \
                     and eight hours per night, so getting less than that counts as short sleep, \
                     according to the researchers.";
        let l = layout(input);
        assert_eq!(
            l.headline.clone().map(|h| &l.text[h]),
            Some("Short sleep adds up over time")
        );
    }

    #[test]
    fn title_case_first_line_with_a_full_stop_is_the_headline() {
        let body = "The debate from Detroit started with a bang when the two rivals were \
                    pressed about their attacks.\n\nThe moderator asked why he had changed course.";
        let headline = "Trump Just Responded To Rubio’s Biggest Attack Yet With 1 Line.";
        let l = layout(&format!("{headline}\n\n{body}"));
        assert_eq!(l.headline.clone().map(|h| &l.text[h]), Some(headline));
        // A sentence in sentence case stays the first paragraph.
        let first = "The senator said on Monday that the bill would pass the chamber this week.";
        let l = layout(&format!("{first}\n\n{body}"));
        assert_eq!(l.headline, None);
    }

    #[test]
    fn a_subheading_that_repeats_the_first_line_is_not_the_headline() {
        let headline = "Singer Hit By A Bottle On Stage At 'Summer Nights' Gala";
        let text = format!(
            "{headline}\n\nThey were posing for photos at the gala in Lisbon on Sunday when the \
             singer was hit by a bottle thrown from the crowd.\n\nShe was with her band and \
             her manager, who rushed to help her off the stage after the bottle hit.\n\nSinger \
             Hit On Stage At 'Summer Nights' Gala\n\nThe singer was shocked when the bottle hit \
             her in the face during the show, and the police are looking for the man who threw \
             it."
        );
        let l = layout(&text);
        assert_eq!(l.headline.clone().map(|h| &l.text[h]), Some(headline));
    }

    #[test]
    fn headlines_that_read_as_sentences_or_open_with_a_brand() {
        let body = "Pulling an all-nighter feels terrible, but skimping on sleep a little each \
                    night may affect you in ways you do not realize, researchers said.\n\nMost \
                    adults need between seven and eight hours per night, so getting less than \
                    that counts as short sleep, according to the researchers.";
        for headline in [
            "Government technology is famously bad. It doesn't have to be.",
            "iPhone 15 Pro Max review: the best just got better",
        ] {
            let input = format!("{headline} | Example\n\nMenu\n\nSections\n\n{headline}\n\n{body}");
            let l = layout(&input);
            assert_eq!(
                l.headline.clone().map(|h| &l.text[h]),
                Some(headline),
                "{input}"
            );
        }
    }

    #[test]
    fn bylines_without_by() {
        let body = "ATLANTA -- Federal drug officials are warning the state to shelve its plans \
                    to be the first to allow pharmacies to dispense medical marijuana products, \
                    officials said on Tuesday.\n\nThe board began accepting applications to \
                    dispense the products in October, and several pharmacies had applied, the \
                    agency said in a statement.";
        // (header lines between the headline and the body, expected authors)
        let cases: &[(&str, &[&str])] = &[
            // A name alone, a date line after it.
            (
                "Pamela Falk\nDecember 22, 2023 at 7:35 PM",
                &["Pamela Falk"],
            ),
            // A known surname is enough when a date line frames the name.
            (
                "Zayda Rivera\nDecember 22, 2023 at 10:20 PM",
                &["Zayda Rivera"],
            ),
            // A name, a dash and a date on one line; an outlet after the names.
            ("Eric Berger - Dec 21, 2023 1:00 pm UTC", &["Eric Berger"]),
            (
                "Javier Espinoza and Patricia Nilsson, Financial Times - Dec 20, 2023 3:06 pm UTC",
                &["Javier Espinoza", "Patricia Nilsson"],
            ),
            // After an "Author" label; a job title is no name.
            (
                "Author\nDaniel Tannenbaum | Sponsored",
                &["Daniel Tannenbaum"],
            ),
            ("By Cam Kettles, Crimson Staff Writer", &["Cam Kettles"]),
            // After a date and a separator.
            ("Oct 24, 2019 at 2:56 pm | By Dru Allen", &["Dru Allen"]),
            // A date, a time or a handle after "By" names; a job after the name.
            ("By Jackson Hayes December 21, 2023", &["Jackson Hayes"]),
            ("By Jessica Choi Dec. 21, 2023 11:00 pm EST", &["Jessica Choi"]),
            (
                "By Dave Epstein Globe Correspondent, Updated December 22, 2023, 5:49 p.m.",
                &["Dave Epstein"],
            ),
            ("Review by Rick Lane Contributor\nPublished on 19 Dec 2023", &["Rick Lane"]),
            // An outlet or a job after the name; a paper named like a job stays out.
            ("By Amanda Cappelli Fox News\nPublished October 8, 2023", &["Amanda Cappelli"]),
            (
                "By Sandhya Kambhampati Data and Graphics Journalist\nDec. 23, 2023 3 AM PT",
                &["Sandhya Kambhampati"],
            ),
            ("By Coldwater Daily Reporter\nDecember 22, 2023", &[]),
            // A time or a social handle ends the names.
            ("John Sexton 4:00 PM on December 20, 2023", &["John Sexton"]),
            (
                "Timothy Rapp @TRappaRT Featured Columnist December 22, 2023",
                &["Timothy Rapp"],
            ),
            // A name line after a standfirst sentence is no wrapped line of it.
            (
                "If nothing else, it makes an excellent dessert dupe.\nClaire Lower\nDecember 22, 2023",
                &["Claire Lower"],
            ),
            // Not bylines: a section name over a date, a name with no date or label.
            ("Breaking News\nDecember 22, 2023", &[]),
            ("Pamela Falk", &[]),
        ];
        for (header, authors) in cases {
            let input = format!(
                "Menu\n\nSign in\n\nAgency quashes the state's pharmacy plan\n\n{header}\n\n{body}"
            );
            let l = layout(&input);
            assert_eq!(&l.authors, authors, "{header}");
        }
    }

    #[test]
    fn plain_headline_then_body() {
        let l = layout("Storm hits coast\n\nA storm hit the coast on Monday, killing three people and cutting power to thousands.");
        assert_eq!(l.headline.map(|h| &l.text[h]), Some("Storm hits coast"));
    }

    #[test]
    fn short_inputs_are_body() {
        let l = layout("Hello");
        assert_eq!(blocks(&l), vec![(BlockKind::Paragraph, "Hello")]);
        let l = layout("");
        assert!(l.blocks.is_empty());
    }
}
