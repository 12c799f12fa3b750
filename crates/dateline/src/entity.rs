//! Stage 4: entities and coreference.
//!
//! Input: the segmented document and the lexicons. Output: [`EntityDraft`]s, each with its
//! mentions (byte ranges), ordered by first mention.
//!
//! Recognition works on runs of capitalised tokens in each sentence:
//! 1. a run is split at a title ("NATO Secretary General | Mark Rutte"): the left part is the
//!    person's role, and is itself scanned for entities (NATO, U.S., Polish);
//! 2. the name is classified by the lexicons (organisations, places, demonyms, given names and
//!    surnames), by its last word ("… Conference" is an event, "… Ministry" an organisation), by an
//!    acronym defined in the text ("Prioritized Ukrainian Requirements List (PURL)"), and by context
//!    (a title before it, a speech verb after it);
//! 3. mentions are clustered: a surname or given name alone joins the person who bears it, an
//!    acronym joins its expansion; then pronouns ("he", "his") and role descriptions ("the former
//!    Dutch prime minister") join the most recent compatible person.

use foldhash::{HashMap, HashSet};
use std::collections::BTreeMap;
use std::ops::Range;

use crate::lexicon::{Gender, HeadKind, Lexicons};
use crate::model::{EntityKind, MentionForm};
use crate::pipeline::Doc;
use crate::segment::TokenKind;

/// A mention before assembly: its byte range and form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MentionDraft {
    pub range: Range<usize>,
    pub form: MentionForm,
}

/// An entity before assembly.
#[derive(Clone, Debug)]
pub(crate) struct EntityDraft {
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub media: bool,
    pub mentions: Vec<MentionDraft>,
    pub gender: Gender,
}

impl EntityDraft {
    fn new(kind: EntityKind, name: String) -> EntityDraft {
        EntityDraft {
            kind,
            name,
            aliases: Vec::new(),
            roles: Vec::new(),
            media: false,
            mentions: Vec::new(),
            gender: Gender::Unknown,
        }
    }

    /// Adds a role unless a known one already says it ("president" after "president of the
    /// region"); a longer role replaces the shorter ones it contains.
    fn add_role(&mut self, role: &str) {
        let role = role.trim().trim_end_matches(',').trim();
        if role.is_empty() {
            return;
        }
        let lower = role.to_lowercase();
        // Whether `short` appears in `long` as whole words.
        let within = |short: &str, long: &str| {
            long.match_indices(short).any(|(i, _)| {
                let before = long[..i].chars().next_back();
                let after = long[i + short.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        if self.roles.iter().any(|r| within(&lower, &r.to_lowercase())) {
            return;
        }
        self.roles.retain(|r| !within(&r.to_lowercase(), &lower));
        self.roles.push(role.to_string());
    }

    fn add_alias(&mut self, alias: &str) {
        if alias != self.name && !self.aliases.iter().any(|a| a == alias) {
            self.aliases.push(alias.to_string());
        }
    }
}

/// Words that a title-case headline capitalises but that never sit inside a name: pronouns,
/// prepositions, auxiliaries and speech verbs.
const HEADLINE_BREAKS: &[&str] = &[
    "i", "he", "she", "they", "we", "it", "you", "his", "her", "their", "its", "our", "says",
    "say", "said", "tells", "told", "asks", "warns", "urges", "claims", "denies", "admits", "over",
    "with", "to", "from", "by", "after", "before", "about", "against", "into", "on", "in", "at",
    "as", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should",
    "must", "shall", "does", "did", "been", "has", "have", "had", "be", "not", "no", "amid",
    "despite", "than", "if", "who", "what", "why", "how", "when", "where", "vs", "but", "or",
];

/// What offices and ministries are "for" ("Human Rights", "Foreign Affairs"): a name ending in
/// one is no person's, even before a speech verb.
pub(crate) const REMITS: &[&str] = &[
    "rights",
    "affairs",
    "relations",
    "development",
    "security",
    "education",
    "health",
    "energy",
    "defence",
    "defense",
    "finance",
    "transport",
    "environment",
    "agriculture",
    "welfare",
    "housing",
    "culture",
    "sport",
    "sports",
    "science",
    "technology",
    "innovation",
    "commerce",
    "refugees",
    "migration",
    "immigration",
    "trade",
    "labour",
    "labor",
    "employment",
];

/// Words that open sentences and are capitalised only for that reason.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "with",
    "without",
    "from",
    "to",
    "by",
    "of",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "some",
    "many",
    "most",
    "all",
    "several",
    "other",
    "another",
    "each",
    "every",
    "no",
    "not",
    "only",
    "also",
    "yet",
    "still",
    "even",
    "just",
    "now",
    "then",
    "since",
    "although",
    "though",
    "because",
    "despite",
    "according",
    "under",
    "over",
    "among",
    "between",
    "during",
    "until",
    "about",
    "against",
    "asked",
    "meanwhile",
    "however",
    "instead",
    "both",
    "either",
    "neither",
    "one",
    "two",
    "three",
    "last",
    "next",
    "first",
    "new",
    "more",
    "less",
    "few",
    "much",
    "such",
    "than",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "let",
    "let’s",
    "let's",
    "please",
    "yes",
    "thank",
    "thanks",
    "dear",
    "hello",
    "oh",
    "well",
    "like",
    "unlike",
    "once",
    "whether",
    "through",
    "into",
    "onto",
    "upon",
    "within",
    "across",
    "around",
    "behind",
    "beyond",
    "near",
    "off",
    "out",
    "up",
    "down",
    "again",
    "ever",
    "never",
    "always",
    "often",
    "sometimes",
    "perhaps",
    "maybe",
    "why",
    "whose",
    "whom",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "earlier",
    "later",
    "photo",
    "file",
    "image",
    "read",
    "see",
    "watch",
    "click",
    "sign",
    "share",
    "related",
    "updated",
    "published",
    "posted",
    "editor",
    "note",
    "editor’s",
];

/// Calendar words: capitalised, but never names.
const CALENDAR_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
];

/// Last words that make a capitalised name a work, programme, law or product.
/// Place words that come before a place's name rather than after it.
const LEADING_PLACE_HEADS: &[&str] = &[
    "Lake", "Mount", "Mt.", "Fort", "Ft.", "Port", "Cape", "Isle", "Gulf", "Bay",
];

/// Words for things a lone name can be: "a tool called Nightshade", "Glaze, a tool that …".
const THING_NOUNS: &[&str] = &[
    "tool",
    "app",
    "application",
    "platform",
    "software",
    "program",
    "programme",
    "chatbot",
    "service",
    "product",
    "game",
    "film",
    "movie",
    "documentary",
    "album",
    "song",
    "book",
    "novel",
    "series",
    "show",
    "podcast",
    "drug",
    "vaccine",
    "device",
    "feature",
    "system",
    "algorithm",
    "website",
    "browser",
    "smartphone",
    "console",
    "robot",
    "satellite",
    "rocket",
    "spacecraft",
    "probe",
    "rover",
    "telescope",
    "missile",
    "drone",
    "ship",
    "vessel",
    "aircraft",
    "jet",
    "car",
    "truck",
    "chip",
    "processor",
    "engine",
    "language",
    "framework",
    "library",
    "plugin",
    "extension",
    "operating",
];

const WORK_HEADS: &[&str] = &[
    "List",
    "Act",
    "Bill",
    "Program",
    "Programme",
    "Plan",
    "Initiative",
    "Agreement",
    "Treaty",
    "Accord",
    "Accords",
    "Law",
    "Report",
    "Index",
    "Strategy",
    "Doctrine",
    "Protocol",
    "Convention",
    "Charter",
    "Declaration",
    "Directive",
    "Fund",
];

/// Lowercase connectors allowed inside a name ("Bank of England", "Ludwig van Beethoven").
const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "del", "della", "di", "da", "du", "la", "le", "bin",
    "al", "el", "for", "and", "y", "dos", "das", "ibn",
];

/// Possessives that continue a name ("People's Party", "Children's Hospital").
const IN_NAME_POSSESSIVES: &[&str] = &[
    "People's",
    "People’s",
    "Women's",
    "Women’s",
    "Children's",
    "Children’s",
    "Men's",
    "Men’s",
];

/// Name particles that may come in pairs ("von der", "de la").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das",
];

/// Speech and report verbs that follow a speaker's name.
const SPEECH_AFTER: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "stated",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "noted",
    "argued",
    "insisted",
    "warned",
    "explained",
    "claimed",
    "announced",
    "declared",
    "replied",
    "responded",
    "continued",
    "recalled",
    "acknowledged",
    "admitted",
    "believes",
    "believed",
    "thinks",
    "thought",
    "suggested",
    "has",
    "had",
    "was",
    "is",
    "who",
    "thanked",
];

/// Words for people that are no roles ([`Lexicons::titles`] holds those): the head of an
/// apposition that makes an unknown name a person ("…, a mother of three,").
const PERSON_NOUNS: &[&str] = &[
    "mother",
    "father",
    "mom",
    "dad",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "friend",
    "neighbor",
    "neighbour",
    "native",
    "fan",
    "voter",
    "supporter",
    "critic",
    "patient",
    "customer",
    "passenger",
    "man",
    "woman",
    "boy",
    "girl",
];

/// Prepositions before a place ("in Paris", "from Texas").
const LOCATIVE: &[&str] = &[
    "in",
    "from",
    "at",
    "near",
    "across",
    "to",
    "into",
    "outside",
    "inside",
    "throughout",
];

const PRONOUNS_MALE: &[&str] = &["he", "him", "his", "himself"];
const PRONOUNS_FEMALE: &[&str] = &["she", "her", "hers", "herself"];

/// Modifiers inside a role description ("the former Dutch prime minister").
const DESCRIPTION_MODIFIERS: &[&str] = &[
    "former",
    "then",
    "current",
    "new",
    "outgoing",
    "incoming",
    "acting",
    "late",
    "longtime",
    "veteran",
    "top",
    "senior",
    "deputy",
    "chief",
    "interim",
    "embattled",
    "newly",
    "elected",
    "sitting",
    "previous",
    "ex",
];

/// A capitalised run classified, before clustering.
#[derive(Clone, Debug)]
struct Candidate {
    range: Range<usize>,
    kind: EntityKind,
    /// The name used for clustering (lexicon canonical name, or the text).
    name: String,
    role: Option<String>,
    media: bool,
    tokens: usize,
    /// A single token whose kind depends on the people found elsewhere.
    pending_single: bool,
    /// An acronym that stands for this name ("PURL").
    acronym: Option<String>,
    /// After a locative preposition ("in Paris").
    locative: bool,
    /// The first word of a longer name that is nothing known: only a known person's surname.
    modifier: bool,
    /// For a modifier: the whole name (range, tokens, last word), a person after all when the
    /// text later names its last word as one ("Mazher Chishty … Mr Chishty said").
    full: Option<(Range<usize>, usize, String)>,
    /// A single word followed by a speech verb ("Chishty said").
    speaks: bool,
}

impl Candidate {
    /// Makes a modifier cut to its first word the whole name of `tokens` words at `range` again,
    /// of `kind`, decided.
    fn restore(&mut self, text: &str, range: Range<usize>, tokens: usize, kind: EntityKind) {
        self.name = text[range.clone()].to_string();
        self.range = range;
        self.tokens = tokens;
        self.kind = kind;
        self.modifier = false;
        self.pending_single = false;
    }
}

struct Recognizer<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'d Lexicons,
    function_words: HashSet<&'static str>,
    calendar: HashSet<&'static str>,
    /// Capitalised words seen in a position that is not sentence-initial.
    mid_caps: HashSet<&'d str>,
    /// Lowercase words of the text, to tell "Speaking" (a verb) from a name.
    lower_words: HashSet<&'d str>,
    acronyms: HashMap<String, usize>,
    /// Initials of the organisations named so far in three or more capitalised words.
    implied_acronyms: HashMap<String, usize>,
    /// Every word of the text lowercased, made on the first ambiguous acronym.
    all_words: std::cell::OnceCell<HashSet<&'d str>>,
    candidates: Vec<Candidate>,
    /// First and last words of the people named in full so far (looked up per sentence-initial
    /// word: a set, not a scan of the candidates, keeps long texts linear).
    given_names_seen: HashSet<String>,
    surnames_seen: HashSet<String>,
}

/// The kind of thing a plural before "like" or "such as" names, for the name at token `at`
/// or a later one of its list ("brands like Praying and Barragán"): 16 tokens back at most.
fn kind_named_before(doc: &Doc<'_>, at: usize) -> Option<EntityKind> {
    let mut i = at;
    let floor = at.saturating_sub(16);
    // Back over earlier names of the list and their separators.
    while i > floor {
        let w = doc.tok(i - 1);
        if matches!(w, "like" | "as") {
            break;
        }
        let name_word = w.starts_with(char::is_uppercase) || matches!(w, "," | "and" | "&");
        if !name_word {
            return None;
        }
        i -= 1;
    }
    if i <= floor + 1 {
        return None;
    }
    let mut head = i - 2;
    if doc.tok(i - 1) == "as" {
        if doc.lower(i - 2) != "such" || i < floor + 3 {
            return None;
        }
        head = i - 3;
    }
    match doc.lower(head) {
        "brands" | "companies" | "firms" | "retailers" | "labels" | "startups" | "banks"
        | "automakers" | "carmakers" | "airlines" | "publishers" | "outlets" | "newspapers"
        | "broadcasters" | "networks" | "universities" | "schools" | "organizations"
        | "organisations" | "groups" | "chains" | "platforms" | "apps" | "studios" | "teams"
        | "clubs" | "charities" | "agencies" => Some(EntityKind::Organization),
        "countries" | "nations" | "cities" | "states" | "towns" | "regions" | "provinces"
        | "destinations" => Some(EntityKind::Location),
        "artists" | "singers" | "actors" | "actresses" | "players" | "stars" | "celebrities"
        | "musicians" | "rappers" | "athletes" | "politicians" | "leaders" | "designers"
        | "writers" | "authors" | "directors" | "comedians" => Some(EntityKind::Person),
        _ => None,
    }
}

/// Runs the entity stage.
pub(crate) fn run(doc: &Doc<'_>, lex: &Lexicons) -> Vec<EntityDraft> {
    let mut r = Recognizer::new(doc, lex);
    for s in 0..doc.sentences.len() {
        r.sentence(s);
    }
    let mut entities = r.cluster();
    apposition_roles(doc, lex, &mut entities);
    resolve_anaphora(doc, lex, &mut entities);
    for e in &mut entities {
        e.mentions.sort_by_key(|m| (m.range.start, m.range.end));
        e.mentions.dedup_by(|a, b| a.range == b.range);
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities.sort_by_key(|e| e.mentions[0].range.start);
    entities
}

/// Legal forms that end a company's name, also after a comma ("Downtown Madison, Inc.").
pub(crate) const CORPORATE_SUFFIXES: &[&str] = &[
    "Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Corp.", "Corp", "PLC", "plc", "LLP", "L.P.",
    "GmbH", "AG", "S.A.", "N.V.",
];

fn is_cap_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// "Pan-democrat", "Text-based": a capitalised word, a hyphen and a lowercase word.
fn is_lower_compound(s: &str) -> bool {
    let Some((head, tail)) = strip_possessive(s).split_once('-') else {
        return false;
    };
    let mut head_chars = head.chars();
    head_chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && head_chars.all(|c| c.is_ascii_lowercase())
        && !tail.is_empty()
        && tail.chars().all(|c| c.is_ascii_lowercase())
}

/// "Chung-tai", "Kwok-hung", "Jong-un": a romanised Chinese or Korean given name, two
/// syllables joined by a hyphen ("Text-based" and "Long-term" are not syllables).
fn is_given_compound(s: &str) -> bool {
    is_lower_compound(s)
        && strip_possessive(s)
            .split('-')
            .all(|part| is_romanised_syllable(&part.to_ascii_lowercase()))
}

/// One syllable of Pinyin, Wade-Giles, Cantonese or Korean romanisation: an onset, one run of
/// vowels and a coda ("cheung", "kwok", "tai", "un").
fn is_romanised_syllable(s: &str) -> bool {
    const ONSETS: &[&str] = &[
        "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
        "r", "z", "c", "s", "y", "w", "ng", "gw", "kw", "ts", "tz", "hs",
    ];
    const CODAS: &[&str] = &["", "n", "ng", "m", "p", "t", "k", "h", "r"];
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    if s.len() > 6 {
        return false;
    }
    let nucleus_start = s.find(is_vowel).unwrap_or(s.len());
    let rest = &s[nucleus_start..];
    let coda_start = rest.find(|c| !is_vowel(c)).unwrap_or(rest.len());
    nucleus_start < s.len()
        && ONSETS.contains(&&s[..nucleus_start])
        && CODAS.contains(&&rest[coda_start..])
}

fn is_acronym(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() || letters == 7 {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// All-capital abbreviations of things and roles that name no organisation.
const COMMON_ABBREVIATIONS: &[&str] = &[
    "OS", "AI", "TV", "PC", "IT", "IP", "ID", "CEO", "CFO", "COO", "CTO", "GDP", "DNA", "RNA",
    "USB", "PDF", "VPN", "API", "SUV", "ATM", "GPS", "LED", "LCD", "CPU", "GPU", "RAM", "SSD",
    "HIV", "AIDS", "ICU", "ER", "IQ", "PR", "HR", "VIP", "DIY", "FAQ", "URL", "SMS", "ETF", "IPO",
    "VAT", "PhD", "MBA", "MP", "MPs", "OK", "R&D", // Time zones ("0730 GMT").
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST",
    "IST", "JST",
];

/// Strips a possessive "’s" / "'s" / trailing apostrophe.
fn strip_possessive(s: &str) -> &str {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    s
}

fn is_opening_context(t: &str) -> bool {
    matches!(
        t,
        "“" | "\"" | "‘" | "'" | ":" | "—" | "–" | "(" | "[" | "-" | ";" | "•"
    )
}

impl<'d, 'a> Recognizer<'d, 'a> {
    fn new(doc: &'d Doc<'a>, lex: &'d Lexicons) -> Recognizer<'d, 'a> {
        let mut mid_caps = HashSet::default();
        let mut lower_words = HashSet::default();
        for s in &doc.sentences {
            for i in s.tokens() {
                let t = doc.tok(i);
                if doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                if is_cap_word(t) {
                    if i > s.tokens().start && !is_opening_context(doc.tok(i - 1)) {
                        mid_caps.insert(strip_possessive(t));
                    }
                } else {
                    lower_words.insert(t);
                }
            }
        }
        Recognizer {
            doc,
            lex,
            function_words: FUNCTION_WORDS.iter().copied().collect(),
            calendar: CALENDAR_WORDS.iter().copied().collect(),
            mid_caps,
            lower_words,
            acronyms: HashMap::default(),
            implied_acronyms: HashMap::default(),
            all_words: std::cell::OnceCell::new(),
            candidates: Vec::new(),
            given_names_seen: HashSet::default(),
            surnames_seen: HashSet::default(),
        }
    }

    fn tok(&self, i: usize) -> &'d str {
        let r = self.doc.tokens[i].range();
        &self.doc.text[r]
    }

    fn is_name_token(&self, i: usize) -> bool {
        let t = self.tok(i);
        let tokens = &self.doc.tokens;
        // "G/O Media", "A/B testing": a letter glued to a slash is part of a code.
        let slashed = t.len() == 1
            && (tokens
                .get(i + 1)
                .is_some_and(|n| n.start() == tokens[i].end() && self.tok(i + 1) == "/")
                || i > 0 && tokens[i - 1].end() == tokens[i].start() && self.tok(i - 1) == "/");
        tokens[i].kind == TokenKind::Word
            && is_cap_word(t)
            && t != "I"
            && !slashed
            && !self.calendar.contains(strip_possessive(t))
            // "Christmas Day", "New Year’s Eve": a day's name, not the surname "Day".
            && !(matches!(strip_possessive(t), "Day" | "Eve")
                && i > 0
                && {
                    let p = self.tok(i - 1);
                    self.calendar.contains(strip_possessive(p))
                        || matches!(p, "Year’s" | "Year's" | "Years" | "Mother’s" | "Mother's"
                            | "Father’s" | "Father's" | "Valentine’s" | "Valentine's")
                })
            // A code, not a name: "KB5033375", "A320neo" stays ("G7", "F-16" too).
            && t.bytes().filter(u8::is_ascii_digit).count() < 4
    }

    fn sentence(&mut self, s: usize) {
        let range = self.doc.sentences[s].tokens();
        // A headline in title case capitalises every word: names end at its function words and
        // verbs ("Jenelle Evans Says She Chose Ashley Salazar Over Kailyn Lowry").
        let title_case = self.doc.layout.blocks[self.doc.sentences[s].block()].kind
            == crate::model::BlockKind::Headline
            && {
                // Words of four letters or more: title case leaves short prepositions lowercase.
                let long = |i: &usize| {
                    self.doc.tokens[*i].kind == TokenKind::Word
                        && self.tok(*i).chars().filter(|c| c.is_alphabetic()).count() >= 4
                };
                let words = range.clone().filter(long).count();
                let caps = range
                    .clone()
                    .filter(long)
                    .filter(|&i| self.is_name_token(i))
                    .count();
                words >= 4 && caps * 10 >= words * 8
            };
        let breaks = |i: usize| title_case && HEADLINE_BREAKS.contains(&self.doc.lower(i));
        let mut i = range.start;
        while i < range.end {
            if !self.is_name_token(i) || breaks(i) {
                i += 1;
                continue;
            }
            let initial = i == range.start || is_opening_context(self.tok(i - 1));
            let mut start = i;
            let mut end = i + 1;
            while !self.tok(end - 1).ends_with("’s") && !self.tok(end - 1).ends_with("'s")
                // "Korean People's Army", "Women's March": an irregular plural's possessive is
                // part of a name, never a person's.
                || end < range.end
                    && self.is_name_token(end)
                    && IN_NAME_POSSESSIVES.contains(&self.tok(end - 1))
            {
                if end < range.end && self.is_name_token(end) && !breaks(end) {
                    end += 1;
                } else if end + 1 < range.end
                    && CONNECTORS.contains(&self.tok(end))
                    && self.is_name_token(end + 1)
                    && (self.tok(end) != "and"
                        || self.known_name(start, end + 2)
                        || self.and_in_org_name(start, end, range.end))
                    // "Lydia Buchtmann for Food Standards Australia": a person's name takes no
                    // "for" complement.
                    && (self.tok(end) != "for"
                        || !self.lex.first_names.contains_key(self.tok(start)))
                {
                    end += 2;
                } else if end + 2 < range.end
                    && PARTICLES.contains(&self.tok(end))
                    && PARTICLES.contains(&self.tok(end + 1))
                    && self.is_name_token(end + 2)
                {
                    // "Ursula von der Leyen", "Ana de la Cruz".
                    end += 3;
                } else if end + 1 < range.end
                    && self.tok(end) == ","
                    && CORPORATE_SUFFIXES.contains(&strip_possessive(self.tok(end + 1)))
                {
                    // "Downtown Madison, Inc.", "Acme Holdings, LLC": a company's legal form
                    // after a comma.
                    end += 2;
                } else {
                    break;
                }
            }
            if initial {
                let first = self.tok(start);
                // Lowercased once by the document (no allocation here).
                let lower = self.doc.lower(start);
                let keep_the =
                    first == "The" && end - start > 1 && self.lookup_org(start, end).is_some();
                if self.function_words.contains(lower) && !keep_the {
                    start += 1;
                } else if end - start > 1 && self.opening_verb_form(first) {
                    // "Injecting Clinton's troubles …", "Asked Trump …", "Reportedly Smith …":
                    // a sentence-initial verb form or adverb before a name is not its first name.
                    start += 1;
                    // … nor its preposition ("Railing Against Trump, Sanders …").
                    if end - start > 1 && self.function_words.contains(self.doc.lower(start)) {
                        start += 1;
                    }
                } else if end - start == 1 && !self.known_single(first) {
                    // A capitalised first word that is a common word elsewhere ("Speaking", "Asked").
                    // ("Jenelle Evans … Jenelle reposted …": the given name of someone named
                    // before stays a name.)
                    let stem = strip_possessive(first);
                    let given_name_of_someone = self.given_names_seen.contains(stem);
                    if (!self.mid_caps.contains(stem) || self.lower_words.contains(lower))
                        && !given_name_of_someone
                    {
                        start += 1;
                    }
                }
            } else if end - start > 1
                && matches!(
                    self.tok(start),
                    "Why" | "How" | "What" | "Where" | "When" | "Whether"
                )
            {
                // "… in the future Why Florida State wants to leave": a heading run into the
                // sentence before it opens with its question word, which names nothing.
                start += 1;
            } else if self.tok(start) == "The"
                && end - start > 1
                && self.lookup_org(start, end).is_none()
            {
                // "The" mid-sentence is part of a name only for names like "The Moscow Times".
                let rest_known = self.lookup_org(start + 1, end).is_some();
                if !rest_known
                    || !self
                        .lex
                        .organizations
                        .get(strip_possessive(self.span_text(start + 1, end)))
                        .is_some_and(|o| o.media)
                {
                    start += 1;
                }
            }
            // Connectors never open or close a name ("But for NATO" → "NATO").
            while start < end && !self.is_name_token(start) {
                start += 1;
            }
            while end > start && !self.is_name_token(end - 1) {
                end -= 1;
            }
            // (Bounded: runs of twelve words at most, looked up in the article's first 200 KB,
            // so a pathological "headline" stays linear.)
            if title_case && (3..=12).contains(&(end - start)) {
                // A long run in a title-case headline ("Black Lawmakers Rip Donald Trump") is
                // names and words together: keep the parts the article writes elsewhere ("Donald
                // Trump"), longest first, left to right.
                let mut parts = Vec::new();
                let mut a = start;
                while a < end {
                    match (a + 1..=end).rev().find(|&b| self.written_after(s, a, b)) {
                        Some(b) => {
                            parts.push((a, b));
                            a = b;
                        }
                        None => a += 1,
                    }
                }
                if !parts.is_empty() {
                    for (a, b) in parts {
                        self.process(a, b, range.end);
                    }
                    i = end;
                    continue;
                }
            }
            // "Getting to Know …": a lone word of a title-case headline that nothing knows and
            // the article never writes again is a word, not a name.
            // (Headlines of 40 tokens at most: one look each keeps a pathological one linear.)
            if title_case
                && end - start == 1
                && range.len() <= 40
                && !self.known_single(self.tok(start))
                && !self
                    .lex
                    .first_names
                    .contains_key(strip_possessive(self.tok(start)))
                && !self.written_after(s, start, end)
            {
                i = end;
                continue;
            }
            if start < end {
                self.process(start, end, range.end);
            }
            i = end;
        }
    }

    /// Whether the words of tokens `a..b` of sentence `s` come again, as a whole word, in the
    /// 200 KB after its block (bounded, so a pathological headline stays linear).
    fn written_after(&self, s: usize, a: usize, b: usize) -> bool {
        let body = self.doc.layout.blocks[self.doc.sentences[s].block()]
            .range()
            .end;
        let mut window_end = (body + 200_000).min(self.doc.text.len());
        while !self.doc.text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let window = &self.doc.text[body..window_end];
        let name = strip_possessive(self.span_text(a, b));
        window.match_indices(name).any(|(at, _)| {
            let after = window[at + name.len()..].chars().next();
            let before = window[..at].chars().next_back();
            !after.is_some_and(char::is_alphanumeric) && !before.is_some_and(char::is_alphanumeric)
        })
    }

    /// Whether the "and" at token `and` joins two fields in an organisation's "of" complement
    /// ("Faculty of Arts and Sciences", "Ministry of Trade and Industry"): the run so far has an
    /// organisation's head word before "of", and one word follows "and" that is neither a given
    /// name nor a title ("Department of Justice and Attorney General Merrick Garland" stays
    /// two).
    fn and_in_org_name(&self, start: usize, and: usize, limit: usize) -> bool {
        let of_after_head = (start + 1..and).any(|k| {
            self.tok(k) == "of"
                && self.lex.heads.get(self.tok(k - 1)) == Some(&HeadKind::Organization)
        });
        let field = and + 1;
        let next = field + 1;
        // ("Massachusetts Institute of Technology and Colorado State University": a place after
        // "and" opens a second name.)
        of_after_head
            && field < limit
            && self.is_name_token(field)
            && !self.lex.first_names.contains_key(self.tok(field))
            && !self
                .lex
                .places
                .contains_key(strip_possessive(self.tok(field)))
            && self.title_at(field, limit) == 0
            && (next >= limit || !self.is_name_token(next) || self.title_at(next, limit) > 0)
    }

    /// Whether tokens `start..end` form a name the lexicons know ("Bosnia and Herzegovina").
    fn known_name(&self, start: usize, end: usize) -> bool {
        let text = self.span_text(start, end);
        self.lex.places.contains_key(text) || self.lex.organizations.contains_key(text)
    }

    /// Whether a sentence-initial capitalised word is a gerund, participle or adverb
    /// ("Injecting", "Asked", "Reportedly") rather than a given name: a "-ing", "-ed" or "-ly"
    /// word that no lexicon knows as a name and the text never capitalises mid-sentence.
    fn opening_verb_form(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        (lower.len() > 4 && lower.ends_with("ing")
            || lower.len() > 3 && lower.ends_with("ed")
            || lower.len() > 4 && lower.ends_with("ly"))
            && !self.lex.first_names.contains_key(word)
            && !self.lex.surnames.contains(word)
            && !self.lex.places.contains_key(word)
            && !self.lex.organizations.contains_key(word)
            && !self.mid_caps.contains(word)
    }

    fn known_single(&self, word: &str) -> bool {
        let w = strip_possessive(word);
        self.lex.places.contains_key(w)
            || self.lex.organizations.contains_key(w)
            || self.lex.demonyms.contains_key(w)
            || self.lex.surnames.contains(w) && self.mid_caps.contains(w)
    }

    fn span_text(&self, start: usize, end: usize) -> &'d str {
        &self.doc.text[self.doc.tokens[start].start()..self.doc.tokens[end - 1].end()]
    }

    /// The byte range of tokens `start..end`, without a final possessive.
    fn name_range(&self, start: usize, end: usize) -> Range<usize> {
        let r = self.doc.tokens[start].start()..self.doc.tokens[end - 1].end();
        let text = &self.doc.text[r.clone()];
        let stripped = strip_possessive(text);
        r.start..r.start + stripped.len()
    }

    /// Whether the text uses a distinctive word of an organisation's name ("securities" for the
    /// Securities and Exchange Commission, "cricket" for the International Cricket Council).
    fn names_in_text(&self, name: &str) -> bool {
        const GENERIC: &[&str] = &[
            "international",
            "national",
            "conference",
            "commission",
            "council",
            "association",
            "committee",
            "organization",
            "organisation",
            "federal",
            "united",
            "court",
        ];
        name.split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| w.len() >= 5 && !GENERIC.contains(&w.as_str()))
            .any(|w| {
                self.all_words
                    .get_or_init(|| {
                        (0..self.doc.tokens.len())
                            .filter(|&i| self.doc.tokens[i].kind == TokenKind::Word)
                            .map(|i| self.doc.lower(i))
                            .collect()
                    })
                    .contains(w.as_str())
            })
    }

    fn lookup_org(&self, start: usize, end: usize) -> Option<&'d crate::lexicon::OrgEntry> {
        let text = strip_possessive(self.span_text(start, end));
        self.lex.organizations.get(text).or_else(|| {
            text.strip_prefix("The ")
                .and_then(|t| self.lex.organizations.get(t))
        })
    }

    /// The longest title phrase starting at token `i`, in tokens.
    fn title_at(&self, i: usize, end: usize) -> usize {
        let mut best = 0;
        let mut phrase = String::new();
        for j in i..end.min(i + self.lex.title_max_words.max(1)) {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(self.doc.lower(j));
            if self.lex.titles.contains(phrase.as_str()) {
                best = j + 1 - i;
            }
        }
        best
    }

    /// Splits a run at its last title followed by a name and records the candidates.
    fn process(&mut self, mut start: usize, end: usize, sentence_end: usize) {
        // "Pan-democrat Lam Cheuk-ting": a hyphenated word capitalised only because it opens the
        // sentence describes the name after it.
        // ("Co-founder of Google Larry Page": a title stays one.)
        if end - start >= 3
            && is_lower_compound(self.tok(start))
            && !is_given_compound(self.tok(start))
            && !self.lex.titles.contains(self.doc.lower(start))
            && self.doc.opens_sentence(start)
        {
            start += 1;
        }
        // "Australian-born Assange", "London-based Revolut": where someone comes from or works
        // describes the name after it, however short.
        if end - start >= 2 && {
            let w = self.doc.lower(start);
            [
                "-born",
                "-based",
                "-raised",
                "-bred",
                "-educated",
                "-trained",
            ]
            .iter()
            .any(|x| w.ends_with(x))
        } {
            start += 1;
        }
        // Known multi-word names win over titles inside them ("Secretary of State" is a title,
        // "State Department" an organisation).
        if end - start > 1
            && (self.lookup_org(start, end).is_some()
                || self
                    .lex
                    .places
                    .contains_key(strip_possessive(self.span_text(start, end))))
        {
            self.classify(start, end, None, sentence_end);
            return;
        }
        let mut split: Option<(usize, usize)> = None; // (title start, name start)
        let mut j = start;
        while j < end {
            let len = self.title_at(j, end);
            if len > 0 {
                let mut name_start = j + len;
                // "Governor of Washington Chris Gregoire": the title takes "of" and the place or
                // organisation after it.
                if name_start + 1 < end && matches!(self.tok(name_start), "of" | "for") {
                    if let Some(k) = (name_start + 2..end)
                        .rev()
                        .find(|&k| self.known_name(name_start + 1, k))
                    {
                        name_start = k;
                    } else if name_start + 3 < end && self.is_name_token(name_start + 1) {
                        // "Minister of Education Stefania Giannini", "Secretary of State for
                        // Urbanism Ans Persoons", "Minister for Foreign Affairs Penny Wong": the
                        // name starts at a given name or honorific, else after one word.
                        // (A hyphenated given name counts by its first part: "Eva-Marie".)
                        let given = (name_start + 2..end - 1).find(|&k| {
                            let w = self.tok(k);
                            self.lex.first_names.contains_key(w)
                                || w.split_once('-').is_some_and(|(first, rest)| {
                                    !rest.is_empty() && self.lex.first_names.contains_key(first)
                                })
                                || matches!(
                                    self.tok(k),
                                    "Mr." | "Mrs." | "Ms." | "Dr." | "Mr" | "Ms"
                                )
                        });
                        name_start = given.unwrap_or(name_start + 2);
                    }
                }
                // ("King Street", "General Hospital": a title before a place's or
                // organisation's head word is part of that name; "Dean Kamen": a title that is
                // also a given name, before a lone surname, is the given name.)
                let head_only = name_start + 1 == end
                    && (self
                        .lex
                        .heads
                        .contains_key(strip_possessive(self.tok(name_start)))
                        || len == 1 && self.lex.first_names.contains_key(self.tok(j))
                        // ("Gen Z", "Gen X": a letter is no name.)
                        || self.tok(name_start).chars().count() == 1);
                // ("Graduate Students Union-United Auto Workers", "Doctor Who Society of
                // Canada": an organisation's head word after the title, inside a hyphenated word
                // or before "of", names no person; "Mayor Don Guardian" still does.)
                // (Bounded: a run of thousands of titles stays linear.)
                let org_after = (name_start..end.min(name_start + 12)).any(|k| {
                    let w = strip_possessive(self.tok(k));
                    let org_head =
                        |part: &str| self.lex.heads.get(part) == Some(&HeadKind::Organization);
                    w.contains('-') && w.split('-').any(org_head)
                        || org_head(w) && k + 1 < end && self.tok(k + 1) == "of"
                });
                if name_start < end
                    && self.title_at(name_start, end) == 0
                    && !head_only
                    && !org_after
                {
                    split = Some((j, name_start));
                }
                j += len;
            } else {
                j += 1;
            }
        }
        // "NASA Bill Ingalls", "Reuters John Smith": a known organisation or place glued to a
        // person's name (photo credits, lists).
        if split.is_none() && end - start >= 3 {
            // Also after an organisation's name that no lexicon knows ("University of Texas
            // Arlington Amneh Jafari").
            let org_like = |p: usize| {
                // "Scientologist Tom Cruise", "Australian Valeska Paris".
                let describer = |w: &str| self.lex.demonyms.contains_key(w) || w.ends_with("ist");
                p == start + 1 && describer(self.tok(start))
                    || self.known_name(start, p)
                    || self.lex.heads.get(self.tok(p - 1)) == Some(&HeadKind::Organization)
                    || (start + 1..p).any(|k| {
                        self.tok(k) == "of"
                            && self.lex.heads.get(self.tok(k - 1)) == Some(&HeadKind::Organization)
                    })
            };
            if let Some(p) = (start + 1..end - 1).find(|&p| {
                self.lex.first_names.contains_key(self.tok(p))
                    && org_like(p)
                    && !self
                        .lex
                        .heads
                        .contains_key(strip_possessive(self.tok(end - 1)))
            }) {
                self.scan_prefix(start, p, sentence_end);
                self.classify(p, end, None, sentence_end);
                return;
            }
        }
        match split {
            // "Co-founder of Google": a role whose complement is not a name of its own person.
            Some((title_start, name_start)) if !self.is_name_token(name_start) => {
                if title_start > start {
                    self.scan_prefix(start, title_start, sentence_end);
                }
                let mut k = name_start;
                while k < end && !self.is_name_token(k) {
                    k += 1;
                }
                if k < end {
                    self.scan_prefix(k, end, sentence_end);
                }
            }
            Some((title_start, name_start)) => {
                let role = self.span_text(start, name_start).to_string();
                // Entities inside the role ("NATO", "U.S.", "Polish").
                if title_start > start {
                    self.scan_prefix(start, title_start, sentence_end);
                }
                match self.person_of_place(name_start, end) {
                    Some(of) => {
                        self.classify(name_start, of, Some(role), sentence_end);
                        self.classify_after_of(of + 1, end, sentence_end);
                    }
                    None => self.classify(name_start, end, Some(role), sentence_end),
                }
            }
            None if self.person_of_place(start, end).is_some() => {
                let of = self.person_of_place(start, end).unwrap_or(end);
                self.classify(start, of, None, sentence_end);
                self.classify_after_of(of + 1, end, sentence_end);
            }
            None => {
                // A run that is only a title ("President", "Secretary of State") names nobody,
                // unless it is the surname of someone named before ("Howard Dean … Dean, a
                // former chairman, …").
                let surname_of_someone = end - start == 1
                    && self
                        .surnames_seen
                        .contains(strip_possessive(self.tok(start)));
                if self.title_at(start, end) == end - start
                    && !surname_of_someone
                    && !self
                        .lex
                        .organizations
                        .contains_key(self.span_text(start, end))
                {
                    return;
                }
                // "an Ottawa MP", "the Acme CEO", "the then UK Home Secretary, Sajid Javid": a
                // title after its place or company names nobody; the words before it may still
                // name the place or company.
                // ("Howard Dean", "Stephen King": a title word after a given name is a surname.)
                // (Most titles end in a title word: look further only then.)
                if end - start >= 2
                    && self.lex.titles.contains(self.doc.lower(end - 1))
                    && self.lookup_org(start, end).is_none()
                {
                    if let Some(title) = (start + 1..end).find(|&j| {
                        self.title_at(j, end) == end - j
                            && !self.lex.first_names.contains_key(self.tok(j - 1))
                    }) {
                        self.scan_prefix(start, title, sentence_end);
                        return;
                    }
                }
                self.classify(start, end, None, sentence_end);
            }
        }
    }

    /// The name after "Kim Smith of": a single unknown word there is a place ("Ryan Brooks of
    /// Dudley"), not a surname.
    fn classify_after_of(&mut self, start: usize, end: usize, sentence_end: usize) {
        let before = self.candidates.len();
        self.classify(start, end, None, sentence_end);
        if let Some(c) = self.candidates.get_mut(before) {
            if c.pending_single && !c.modifier {
                c.kind = EntityKind::Location;
                c.locative = true;
            }
        }
    }

    /// "Marc Lamont Hill", "Lewis Ward": a given name, maybe a middle name, and a surname that
    /// is also a place head. (Not the heads that are plainly streets and buildings: "Penny
    /// Lane", "Grace Street".)
    fn full_person_name(&self, start: usize, end: usize) -> bool {
        let last = strip_possessive(self.tok(end - 1));
        if end - start == 2 {
            return self.lex.first_names.contains_key(self.tok(start))
                && self.lex.surnames.contains(last)
                && self.lex.heads.get(last) == Some(&HeadKind::Place)
                && !matches!(
                    last,
                    "Street"
                        | "Road"
                        | "Avenue"
                        | "Lane"
                        | "Square"
                        | "Station"
                        | "Bridge"
                        | "Drive"
                        | "Plaza"
                        | "Park"
                        | "Church"
                        | "Hospital"
                        | "Airport"
                        | "Island"
                        | "Valley"
                );
        }
        end - start == 3
            && self.lex.first_names.contains_key(self.tok(start))
            && self
                .lex
                .surnames
                .contains(strip_possessive(self.tok(end - 1)))
            && is_cap_word(self.tok(start + 1))
            && self.tok(start + 1).chars().any(|c| c.is_lowercase())
            && !self.lex.heads.contains_key(self.tok(start + 1))
            && self.lex.heads.get(strip_possessive(self.tok(end - 1))) == Some(&HeadKind::Place)
    }

    /// "Rand Paul of Kentucky": the index of "of" when a person's name precedes a place.
    fn person_of_place(&self, start: usize, end: usize) -> Option<usize> {
        let of = (start + 1..end.saturating_sub(1)).find(|&k| self.tok(k) == "of")?;
        let first_name = self.lex.first_names.contains_key(self.tok(start));
        let left_person = (first_name
            || self.lex.surnames.contains(self.tok(of - 1))
            || is_given_compound(self.tok(of - 1)))
            && !self.lex.heads.contains_key(self.tok(of - 1))
            && self.lookup_org(start, end).is_none();
        // "Cheng Chung-tai of Civic Passion", "Nick Rhodes of Duran Duran": a left side that can
        // only be a person's name takes any name after "of".
        let left_certain =
            left_person && (is_given_compound(self.tok(of - 1)) || first_name && of - start <= 3);
        let right = strip_possessive(self.span_text(of + 1, end));
        let last = strip_possessive(self.tok(end - 1));
        // "Rand Paul of Kentucky", "Matthew Ingram of The Globe and Mail", "Gary Chan of DAB",
        // "Kim Smith of Acme Corporation".
        let right_named = self.lex.places.contains_key(right)
            || self.lookup_org(of + 1, end).is_some()
            || self.tok(of + 1) == "The"
            || end - of == 2 && is_acronym(right)
            || self.lex.heads.contains_key(last)
            || left_certain;
        (left_person && of > start + 1 && right_named).then_some(of)
    }

    fn scan_prefix(&mut self, start: usize, end: usize, sentence_end: usize) {
        // ("Faculty of Arts and Sciences Dean …", "Acme Holdings CEO …": a name with an
        // organisation's head word before the title is that organisation.)
        let org_head = |k: usize| self.lex.heads.get(self.tok(k)) == Some(&HeadKind::Organization);
        let headed = end - start >= 2
            && (org_head(end - 1)
                || (start + 1..end - 1).any(|k| self.tok(k) == "of" && org_head(k - 1)));
        if headed
            || self.lookup_org(start, end).is_some()
            || self.lex.places.contains_key(self.span_text(start, end))
        {
            self.classify(start, end, None, sentence_end);
            return;
        }
        for i in start..end {
            if self.lookup_org(i, i + 1).is_some()
                || self.lex.places.contains_key(self.tok(i))
                || self.lex.demonyms.contains_key(self.tok(i))
            {
                self.classify(i, i + 1, None, sentence_end);
            }
        }
    }

    fn classify(&mut self, start: usize, end: usize, role: Option<String>, sentence_end: usize) {
        let range = self.name_range(start, end);
        let text = &self.doc.text[range.clone()];
        let tokens = end - start;
        // Abbreviations of things, not of organisations ("OS", "GDP", "CEO", "a KIE is just a
        // temporary fix").
        if tokens == 1
            && (COMMON_ABBREVIATIONS.contains(&strip_possessive(text))
                || is_acronym(text)
                    && start > 0
                    && matches!(self.doc.lower(start - 1), "a" | "an")
                    // ("an FBI agent", "a NATO member": the organisation modifies a noun.)
                    && (end >= sentence_end
                        || self.doc.tokens[end].kind == TokenKind::Punct
                        || matches!(self.doc.lower(end), "is" | "was" | "that" | "which")))
        {
            return;
        }
        let last = strip_possessive(self.tok(end - 1));
        let first = self.tok(start);
        let next = (end < sentence_end).then(|| self.tok(end));
        let prev = (start > 0).then(|| self.tok(start - 1));
        let followed_by_speech = next.is_some_and(|n| SPEECH_AFTER.contains(&n));
        let mut c = Candidate {
            range,
            kind: EntityKind::Organization,
            name: text.to_string(),
            role,
            media: false,
            tokens,
            pending_single: false,
            acronym: None,
            locative: prev.is_some_and(|p| LOCATIVE.contains(&p)),
            modifier: false,
            full: None,
            // ("Hill has said", "Hill has described himself": after an auxiliary too.)
            speaks: tokens == 1 && {
                let verb = match next {
                    Some("has" | "had") => self.doc.tokens.get(end + 1).map(|_| self.tok(end + 1)),
                    other => other,
                };
                verb.is_some_and(|n| {
                    matches!(
                        n,
                        "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes"
                    )
                }) || next == Some("has")
                    && self.doc.tokens.get(end + 2).is_some()
                    && matches!(self.doc.lower(end + 2), "himself" | "herself")
            },
        };

        // An acronym defined right after the name: "… List (PURL)".
        if end + 2 < self.doc.tokens.len()
            && self.tok(end) == "("
            && self.tok(end + 2) == ")"
            && is_acronym(self.tok(end + 1))
        {
            let acronym = self.tok(end + 1);
            let initials: String = (start..end)
                .map(|i| self.tok(i))
                .filter(|w| is_cap_word(w))
                .filter_map(|w| w.chars().next())
                .collect();
            if tokens > 1 && initials.eq_ignore_ascii_case(acronym.trim_end_matches('s'))
                || tokens > 1
                    && initials.len() >= acronym.len()
                    && acronym.chars().all(|a| initials.contains(a))
            {
                c.acronym = Some(acronym.to_string());
            }
        }

        let bare = strip_possessive(text);
        let ambiguous = self
            .lex
            .ambiguous_aliases
            .get(bare.strip_prefix("The ").unwrap_or(bare));
        let short = bare.strip_prefix("The ").unwrap_or(bare);
        let implied = (tokens <= 2 && is_acronym(short))
            .then(|| self.implied_acronyms.get(short))
            .flatten()
            .copied();
        if let Some(id) = implied.filter(|_| !self.acronyms.contains_key(short)) {
            // An organisation named earlier by the words this acronym abbreviates.
            c.kind = self.candidates[id].kind;
            c.name = self.candidates[id].name.clone();
        } else if let Some(&id) = self.acronyms.get(text).filter(|_| ambiguous.is_some()) {
            // "the Southeastern Conference (SEC)": the article's own expansion first.
            c.kind = self.candidates[id].kind;
            c.name = self.candidates[id].name.clone();
        } else if let Some(entries) = ambiguous {
            // "SEC" is the Securities and Exchange Commission only in an article that names
            // securities or the exchange; with no such word, or words of both, the acronym
            // stays its own name.
            let named: Vec<&crate::lexicon::OrgEntry> = entries
                .iter()
                .filter(|o| self.names_in_text(&o.name))
                .collect();
            c.kind = EntityKind::Organization;
            if let [org] = named[..] {
                c.name = org.name.clone();
                c.media = org.media;
            } else {
                c.name = bare.strip_prefix("The ").unwrap_or(bare).to_string();
            }
        } else if let Some(org) = self.lookup_org(start, end) {
            // "Munich Security Conference" is an organisation that news mostly treats as an event.
            let event = tokens > 1 && self.lex.heads.get(last) == Some(&HeadKind::Event);
            c.kind = if event {
                EntityKind::Event
            } else {
                EntityKind::Organization
            };
            c.name = org.name.clone();
            c.media = org.media;
        } else if let Some(&id) = self.acronyms.get(text) {
            c.kind = self.candidates[id].kind;
            c.name = self.candidates[id].name.clone();
        } else if self.lex.places.contains_key(text) {
            c.kind = EntityKind::Location;
        } else if tokens == 1 && self.lex.demonyms.contains_key(text) {
            c.kind = EntityKind::Nationality;
        } else if let Some(head) = (tokens > 1
            && !self.full_person_name(start, end)
            // "said Tom Day, the general manager": a given name and a surname that is also an
            // event's head ("Victoria Day"), known as a person by the apposition.
            && !(tokens == 2
                && self.lex.first_names.contains_key(self.tok(start))
                && self.lex.heads.get(last) == Some(&HeadKind::Event)
                && self.person_apposition(end, sentence_end)))
        .then(|| {
            // "Ministry of Agriculture": the head is the word before "of".
            let of_head = (start + 1..end)
                .find(|&k| self.tok(k) == "of")
                .map(|k| self.tok(k - 1));
            self.lex
                .heads
                .get(last)
                .or_else(|| of_head.and_then(|h| self.lex.heads.get(h)))
        })
        .flatten()
        {
            c.kind = match head {
                HeadKind::Organization => EntityKind::Organization,
                HeadKind::Event => EntityKind::Event,
                HeadKind::Place => EntityKind::Location,
            };
        } else if tokens > 1
            && LEADING_PLACE_HEADS.contains(&first)
            && !self.lex.first_names.contains_key(first)
            // ("Gulf Arab states": a region's adjective.)
            && !self.lex.demonyms.contains_key(last)
        {
            // "Lake Barkley", "Fort Smith", "Mount Kenya": a place word before the name.
            c.kind = EntityKind::Location;
        } else if tokens > 1
            && WORK_HEADS.contains(&last)
            // "Nathan Law": a given name and a surname ("Law" is a common Chinese and English
            // surname the census list lacks).
            && !(tokens == 2
                && self.lex.first_names.contains_key(first)
                && (self.lex.surnames.contains(last) || last == "Law"))
        {
            c.kind = EntityKind::Work;
        } else if tokens > 1
            && prev.is_some_and(|p| matches!(p, "the" | "The"))
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "star"
                        | "stars"
                        | "actor"
                        | "actress"
                        | "villain"
                        | "franchise"
                        | "creator"
                        | "director"
                        | "author"
                        | "host"
                        | "films"
                        | "movies"
                        | "books"
                        | "novels"
                        | "series"
                        | "fans"
                )
            })
        {
            // "the James Bond star", "the Harry Potter author": a work or its character
            // before a word for its people.
            c.kind = EntityKind::Work;
        } else if c.role.is_some()
            || tokens > 1
                // ("Harvard Graduate Students Union-United Auto Workers": an organisation's head
                // word inside, even in a hyphenated word, is no person's name.)
                && !(start..end.min(start + 12)).any(|k| {
                    self.tok(k).contains('-')
                        && strip_possessive(self.tok(k)).split('-').any(|part| {
                            self.lex.heads.get(part) == Some(&HeadKind::Organization)
                        })
                })
                && (self.lex.first_names.contains_key(first)
                    // ("the Grant of Rights deal": a given name before "of" names a thing.)
                    && !(start + 1..end).any(|k| self.tok(k) == "of")
                    || is_given_compound(last)
                    || self.lex.surnames.contains(last) && !is_acronym(last)
                    || followed_by_speech && self.could_be_personal_name(start, end))
        {
            c.kind = EntityKind::Person;
        } else if tokens == 1 {
            if is_acronym(text) {
                c.kind = EntityKind::Organization;
            } else {
                // Decided after every run is known: a surname of someone named in full, or a
                // place after a preposition, or nothing.
                c.pending_single = true;
                c.kind = if followed_by_speech && self.lex.surnames.contains(text) {
                    EntityKind::Person
                } else if prev.is_some_and(|p| {
                    matches!(
                        p,
                        "in" | "from" | "at" | "near" | "across" | "to" | "into" | "outside"
                    )
                }) {
                    EntityKind::Location
                } else {
                    EntityKind::Organization
                };
            }
        } else if (2..=3).contains(&tokens)
            && !is_acronym(last)
            && (self.person_apposition(end, sentence_end) || self.lowercase_title_before(start))
        {
            // "Mazher Chishty, 60, …", "Mazher Chishty, a public relations consultant, …":
            // names from beyond the lexicons, known by what the text says of them.
            c.kind = EntityKind::Person;
        } else if tokens >= 3 || is_acronym(last) {
            c.kind = EntityKind::Organization;
        } else if prev.is_some_and(|p| matches!(p, "in" | "from" | "at" | "near")) {
            c.kind = EntityKind::Location;
        } else {
            // "the Warhol Polaroids": the first word may still be the surname of someone named
            // in full, used as a modifier.
            let first_end = self.name_range(start, start + 1);
            c.full = Some((c.range.clone(), tokens, last.to_string()));
            c.range = first_end.clone();
            c.name = self.doc.text[first_end].to_string();
            c.tokens = 1;
            c.role = None;
            c.pending_single = true;
            c.modifier = true;
        }
        if let Some(a) = &c.acronym {
            self.acronyms.insert(a.clone(), self.candidates.len());
        }
        // "the Congressional Black Caucus … co-chair of the CBC": an organisation of three or
        // more capitalised words stands for its initials in this text.
        if c.kind == EntityKind::Organization && c.acronym.is_none() {
            let initials: String = c
                .name
                .split_whitespace()
                .filter(|w| is_cap_word(w))
                .filter_map(|w| w.chars().next())
                .collect();
            if initials.len() >= 3 && initials.chars().all(|l| l.is_ascii_uppercase()) {
                self.implied_acronyms
                    .entry(initials)
                    .or_insert(self.candidates.len());
            }
        }
        if c.kind == EntityKind::Person && c.tokens > 1 {
            if let Some((given, rest)) = c.name.split_once(' ') {
                self.given_names_seen.insert(given.to_string());
                let surname = rest.rsplit(' ').next().unwrap_or(rest);
                self.surnames_seen.insert(surname.to_string());
            }
        }
        self.candidates.push(c);
    }

    /// Whether a name nothing else classifies could be a person's, when only a speech verb says
    /// so: no acronym ("WSL Strategic Retail told"), no organisation word ("Fashion Trust
    /// Arabia said") and no nationality first ("American Eagle posted").
    fn could_be_personal_name(&self, start: usize, end: usize) -> bool {
        !self.lex.demonyms.contains_key(self.tok(start))
            && (start..end).all(|i| {
                let w = strip_possessive(self.tok(i));
                !is_acronym(w)
                    && self.lex.heads.get(w) != Some(&HeadKind::Organization)
                    // ("Web of Angels was …": a title's function words; "Charles de Gaulle"
                    // keeps its particle.)
                    && !matches!(w, "of" | "the" | "and" | "for" | "in" | "on" | "at" | "to")
            })
            // ("The High Commissioner for Human Rights said": an office's remit.)
            && !REMITS.contains(&self.doc.lower(end - 1))
    }

    /// Whether a lowercase role noun stands right before the name at token `start`
    /// ("Chanel’s chairman Alain Wertheimer", "said party spokeswoman Ana Ruiz").
    fn lowercase_title_before(&self, start: usize) -> bool {
        start > 0
            && self.doc.tokens[start - 1].kind == TokenKind::Word
            && self.tok(start - 1).starts_with(char::is_lowercase)
            && self.lex.titles.contains(self.doc.lower(start - 1))
            && !self.doc.lower(start - 1).ends_with('s')
    }

    /// Whether the words after a name at token `end` describe a person: an age in commas
    /// ("…, 60,") or an indefinite apposition whose head is a role or a word for a person
    /// ("…, a public relations consultant from Hampshire,", "…, a mother of three,").
    fn person_apposition(&self, end: usize, sentence_end: usize) -> bool {
        if end + 2 >= sentence_end || self.tok(end) != "," {
            return false;
        }
        let next = self.tok(end + 1);
        if next.len() <= 3 && next.bytes().all(|b| b.is_ascii_digit()) {
            return matches!(self.tok(end + 2), "," | ".")
                && next
                    .parse::<u32>()
                    .is_ok_and(|age| (1..=115).contains(&age));
        }
        // "…, a consultant,", "…, the chief executive,", "…, co-founder of Primus Partners,".
        // A role in title case: "…, Head of Research at ICICI Securities,".
        let lower = self.doc.lower(end + 1);
        let title_case_role = next.starts_with(char::is_uppercase)
            && (self.lex.titles.contains(lower)
                || self.lex.titles.contains(format!("{lower} of").as_str()));
        if title_case_role {
            return true;
        }
        let first = if matches!(next, "a" | "an" | "the") {
            end + 2
        } else if next.starts_with(char::is_lowercase) {
            end + 1
        } else {
            return false;
        };
        // The head noun is the last word before the apposition ends or a complement opens.
        let stop = (first..sentence_end.min(end + 9)).find(|&k| {
            matches!(
                self.doc.lower(k),
                "," | "."
                    | ";"
                    | "from"
                    | "of"
                    | "at"
                    | "in"
                    | "with"
                    | "for"
                    | "who"
                    | "whose"
                    | "based"
                    | "and"
            )
        });
        let Some(stop) = stop.filter(|&k| k > first) else {
            return false;
        };
        let head = self.doc.lower(stop - 1);
        self.doc.tokens[stop - 1].kind == TokenKind::Word
            && (self.lex.titles.contains(head) || PERSON_NOUNS.contains(&head))
    }

    /// Groups candidates into entities.
    /// Lone words the text names as a thing: "The tool, called Nightshade,", "an app named
    /// Threads", "Glaze, a tool that …". They are works (products, programmes), whatever
    /// preposition comes before them elsewhere ("integrate Nightshade into Glaze").
    fn named_works(&self) -> HashSet<&'d str> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
        let lone_name = |i: usize| {
            word(i)
                && is_cap_word(doc.tok(i))
                && !(i + 1 < n && word(i + 1) && is_cap_word(doc.tok(i + 1)))
                && !(i > 0 && word(i - 1) && is_cap_word(doc.tok(i - 1)))
        };
        let mut works = HashSet::default();
        for i in 2..n {
            if !lone_name(i) {
                continue;
            }
            // "a tool called X", "The tool, called X,".
            let called = matches!(
                doc.lower(i - 1),
                "called" | "named" | "dubbed" | "nicknamed" | "codenamed"
            ) && (THING_NOUNS.contains(&doc.lower(i - 2))
                || i >= 3 && doc.tok(i - 2) == "," && THING_NOUNS.contains(&doc.lower(i - 3)));
            // "X, a tool that …", "X, a free app for …".
            // (Not the last word of a longer title: "Breath of the Wild, a game".)
            let described = i + 3 < n
                && doc.tok(i + 1) == ","
                && matches!(doc.lower(i + 2), "a" | "an")
                && !matches!(doc.lower(i - 1), "of" | "the" | "and" | "&" | "de" | "for")
                && (i + 3..n.min(i + 6))
                    .take_while(|&k| word(k) && !matches!(doc.lower(k), "and" | "or" | "that"))
                    .any(|k| THING_NOUNS.contains(&doc.lower(k)));
            // A word the text also writes in lowercase is a common noun ("Human(s) Work").
            let common = self
                .lower_words
                .contains(doc.tok(i).to_lowercase().as_str());
            if (called || described) && !common {
                works.insert(strip_possessive(doc.tok(i)));
            }
        }
        works
    }

    fn cluster(self) -> Vec<EntityDraft> {
        let lex = self.lex;
        let mut entities: Vec<EntityDraft> = Vec::new();
        let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
        // People named with two or more words, by each of their name parts.
        let mut person_parts: HashMap<String, usize> = HashMap::default();
        // Their last words only.
        let mut surnames: HashMap<String, usize> = HashMap::default();
        // Organisations named with two or more words, by their last word ("The News" after "The
        // Detroit News").
        let mut org_heads: HashMap<String, usize> = HashMap::default();
        // People named so far, by the last word of their name ([`person_match`]).
        let mut persons_by_last: HashMap<String, Vec<usize>> = HashMap::default();
        let works = self.named_works();
        let mut candidates = self.candidates;
        // "brands like Praying and Barragán", "countries such as Chad": the kind the plural
        // before "like" names, for names no lexicon knows.
        for c in &mut candidates {
            if lex.places.contains_key(&c.name)
                || lex.organizations.contains_key(&c.name)
                || lex
                    .first_names
                    .contains_key(c.name.split(' ').next().unwrap_or(""))
            {
                continue;
            }
            if let Some(kind) = kind_named_before(self.doc, self.doc.token_at(c.range.start)) {
                // (A name cut to its first word for want of a kind is whole again.)
                match c.full.take() {
                    Some((range, tokens, _)) => c.restore(self.doc.text, range, tokens, kind),
                    None => {
                        c.kind = kind;
                        c.pending_single = false;
                        c.modifier = false;
                    }
                }
            }
        }
        // Words the text names as people: "Mr Chishty", "Chishty said".
        let people: HashSet<String> = candidates
            .iter()
            .filter(|c| {
                c.tokens == 1 && (c.kind == EntityKind::Person && c.role.is_some() || c.speaks)
            })
            .filter(|c| {
                !lex.places.contains_key(&c.name)
                    && !lex.organizations.contains_key(&c.name)
                    && !lex.demonyms.contains_key(&c.name)
            })
            .map(|c| c.name.clone())
            .collect();
        // Two-word names that speak ("Suu Kyi said") and end a longer name the text gives
        // ("Aung San Suu Kyi"): every other "Suu Kyi" is that person too.
        let spoken_tails: HashSet<String> = {
            let spoken: HashSet<&str> = candidates
                .iter()
                .filter(|c| c.kind == EntityKind::Person && c.tokens == 2)
                .map(|c| c.name.as_str())
                .collect();
            candidates
                .iter()
                .filter(|c| (3..=4).contains(&c.tokens))
                .filter_map(|c| {
                    let words: Vec<&str> = c.name.split_whitespace().collect();
                    let tail = words.get(words.len().checked_sub(2)?..)?.join(" ");
                    spoken.contains(tail.as_str()).then_some(tail)
                })
                .collect()
        };
        for c in &mut candidates {
            // "(Conleth Hill)" … "Hill has said": a two-word name whose last word is a surname
            // and a place head is a person when the text makes that word someone, unless a
            // preposition or the gazetteer makes it a place.
            if c.kind == EntityKind::Location && c.tokens == 2 && !c.locative {
                let mut words = c.name.split_whitespace();
                let (first, last) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                if people.contains(last)
                    && lex.surnames.contains(last)
                    && lex.heads.get(last) == Some(&HeadKind::Place)
                    && !lex.places.contains_key(&c.name)
                    && !lex.places.contains_key(first)
                    && !LEADING_PLACE_HEADS.contains(&first)
                    && !self.lower_words.contains(first.to_lowercase().as_str())
                {
                    c.kind = EntityKind::Person;
                    continue;
                }
            }
            let Some((range, tokens, last)) = c.full.take() else {
                continue;
            };
            if tokens == 2 && spoken_tails.contains(&self.doc.text[range.clone()]) {
                c.restore(self.doc.text, range, tokens, EntityKind::Person);
                continue;
            }
            // ("Say Mexico demanded …": a word the text also writes in lowercase opens no name.)
            let first = self.doc.text[range.clone()]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if people.contains(&last) && !self.lower_words.contains(first.as_str()) {
                c.restore(self.doc.text, range, tokens, EntityKind::Person);
            }
        }
        let mut pending: Vec<&Candidate> = Vec::new();
        for c in &candidates {
            if c.pending_single {
                pending.push(c);
                continue;
            }
            // "Valeska Paris … Paris claims": a lone word that is the surname of someone named in
            // full earlier is that person, even when it is also a place, unless a locative
            // preposition makes it the place.
            // (By the words as written: "Spiegel" after "Bart Spiegel" is not "Der Spiegel".)
            let surface = strip_possessive(&self.doc.text[c.range.clone()]);
            let surname_of = (c.tokens == 1
                && matches!(c.kind, EntityKind::Location | EntityKind::Organization)
                && !c.locative
                && !is_acronym(surface))
            .then(|| person_parts.get(surface).copied())
            .flatten()
            .filter(|&id| entities[id].name.ends_with(surface));
            let head_of = (c.kind == EntityKind::Organization
                && c.tokens == 1
                && !is_acronym(surface)
                && self.doc.text[..c.range.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w == "The" || w == "the"))
            .then(|| org_heads.get(surface).copied())
            .flatten();
            let id = if let Some(id) = surname_of.or(head_of) {
                id
            } else if c.kind == EntityKind::Person && c.tokens == 1 {
                match person_parts.get(&c.name) {
                    Some(&id) => id,
                    None => {
                        pending.push(c);
                        continue;
                    }
                }
            } else {
                let key = (c.kind, c.name.clone());
                let found = by_key.get(&key).copied().or_else(|| {
                    // "Volodymyr Zelensky" after "Zelensky"? Same surname and compatible first name.
                    // (Only the people with that last word: a page listing thousands of names
                    // stays linear.)
                    (c.kind == EntityKind::Person)
                        .then(|| {
                            let (_, last, _) = first_and_last_word(&c.name)?;
                            let ids = persons_by_last.get(last)?;
                            person_match(&entities, ids, &c.name, lex)
                        })
                        .flatten()
                });
                match found {
                    Some(id) => id,
                    None => {
                        let mut e = EntityDraft::new(c.kind, c.name.clone());
                        if c.kind == EntityKind::Person {
                            e.gender = lex.gender_of(&c.name);
                        }
                        entities.push(e);
                        let id = entities.len() - 1;
                        by_key.insert(key, id);
                        if c.kind == EntityKind::Person {
                            if let Some((_, last, _)) = first_and_last_word(&c.name) {
                                persons_by_last
                                    .entry(last.to_string())
                                    .or_default()
                                    .push(id);
                            }
                        }
                        id
                    }
                }
            };
            let text = c.name.clone();
            let e = &mut entities[id];
            let form = if c.tokens == 1 && is_acronym(&text) {
                MentionForm::Acronym
            } else if e.name == text || c.tokens > 1 {
                MentionForm::Name
            } else {
                MentionForm::PartialName
            };
            e.mentions.push(MentionDraft {
                range: c.range.clone(),
                form,
            });
            if let Some(r) = &c.role {
                e.add_role(r);
            }
            e.media |= c.media;
            let surface = &self.doc.text[c.range.clone()];
            if surface != e.name && c.kind != EntityKind::Person {
                e.add_alias(surface);
            }
            if let Some(a) = &c.acronym {
                e.add_alias(a);
            }
            // ("Best VPN for Mac": the word after "for" is no head.)
            if e.kind == EntityKind::Organization && c.tokens > 1 && !e.name.contains(" for ") {
                // ("the House" is no "White House", "the Office" no "Oval Office".)
                if let Some(last) = e.name.rsplit(' ').next().filter(|w| {
                    is_cap_word(w)
                        && !matches!(*w, "House" | "Office" | "Center" | "Centre" | "Hall")
                }) {
                    org_heads.entry(last.to_string()).or_insert(id);
                }
            }
            if e.kind == EntityKind::Person && c.tokens > 1 {
                let words: Vec<&str> = c.name.split_whitespace().collect();
                if let Some(last) = surname(&words).filter(|_| words.len() > 1) {
                    // A surname alone names the first person introduced with it: "Donald Trump
                    // … Ivanka Trump … Trump said" (news names its subject first and the
                    // relatives in full).
                    person_parts.entry(last.to_string()).or_insert(id);
                    surnames.entry(last.to_string()).or_insert(id);
                    e.add_alias(last);
                }
                if words.len() > 1 {
                    person_parts.entry(words[0].to_string()).or_insert(id);
                    // A middle name of three or more letters ("Jane Jiang Fang … Jiang said"),
                    // after any first or last name that holds the same word.
                    for middle in words.iter().skip(1).take(words.len().saturating_sub(2)) {
                        if middle.chars().filter(|c| c.is_alphabetic()).count() >= 3
                            && !generational_suffix(middle)
                            && middle.starts_with(char::is_uppercase)
                        {
                            person_parts.entry(middle.to_string()).or_insert(id);
                        }
                    }
                }
            }
        }
        for c in pending {
            let text = &c.name;
            // "Gloria developed severe eczema": a given name alone names a person, and so does
            // a family in the plural ("the Sams" after "Thomas Sam").
            let family = !c.modifier
                && c.name
                    .strip_suffix('s')
                    .is_some_and(|stem| surnames.contains_key(stem));
            let kind = if given_alone(lex, c) || family {
                EntityKind::Person
            } else if !c.modifier && works.contains(text.as_str()) {
                EntityKind::Work
            } else {
                c.kind
            };
            let id = if c.modifier {
                // Only a known surname ("the Warhol Polaroids"), never a given name.
                match surnames.get(text) {
                    Some(&id) => id,
                    None => continue,
                }
            } else if let Some(&id) = person_parts.get(text) {
                id
            } else if let Some(&id) = (kind == EntityKind::Organization
                && self.doc.text[..c.range.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w == "The" || w == "the"))
            .then(|| org_heads.get(text.as_str()))
            .flatten()
            {
                // "The Detroit News … The News said": an organisation's last word after "the".
                id
            } else if let Some(&id) = by_key.get(&(kind, text.clone())) {
                id
            } else if let Some(id) = (kind != EntityKind::Location && !c.locative)
                .then(|| misspelt_surname(text, &surnames))
                .flatten()
            {
                // "Kathryn Waters … Water said", "K.C. Maurer … said Mauer".
                id
            } else if kind == EntityKind::Person
                || kind == EntityKind::Location
                || kind == EntityKind::Work
                || lex.surnames.contains(text.as_str()) && kind != EntityKind::Organization
            {
                let mut e = EntityDraft::new(kind, text.clone());
                if kind == EntityKind::Person {
                    e.gender = lex.gender_of(text);
                }
                entities.push(e);
                by_key.insert((kind, text.clone()), entities.len() - 1);
                entities.len() - 1
            } else {
                // A lone capitalised word with no evidence: not an entity.
                continue;
            };
            let form = if entities[id].name == *text {
                MentionForm::Name
            } else {
                MentionForm::PartialName
            };
            entities[id].mentions.push(MentionDraft {
                range: c.range.clone(),
                form,
            });
            if let Some(r) = &c.role {
                entities[id].add_role(r);
            }
        }
        merge_people_named_in_full(&mut entities, lex);
        entities
    }
}

/// "Aung San Suu Kyi met Obama. … Suu Kyi said": a long name no lexicon knows, read as an
/// organisation for its length, whose last words name a person the text knows, is that person.
fn merge_people_named_in_full(entities: &mut Vec<EntityDraft>, lex: &Lexicons) {
    // The last two or three words of each such organisation name, to look people up in (a scan
    // of every organisation per person would be quadratic on pages listing many names).
    let mut tails: HashMap<String, usize> = HashMap::default();
    for (o, e) in entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        if e.kind != EntityKind::Organization
            || e.media
            || !(3..=4).contains(&words.len())
            || lex.organizations.contains_key(&e.name)
            || !words
                .iter()
                .all(|w| is_cap_word(w) && !lex.heads.contains_key(*w))
        {
            continue;
        }
        for n in 2..words.len() {
            tails.entry(words[words.len() - n..].join(" ")).or_insert(o);
        }
    }
    if tails.is_empty() {
        return;
    }
    let mut merged = Vec::new();
    for (p, person) in entities.iter().enumerate() {
        // ("Mark IV" of "Lincoln Continental Mark IV" is a model, not a man; "Baker Marie
        // Lefèvre": words before a given name are a title in title case.)
        let mut words = person.name.split_whitespace();
        let first = words.next();
        if person.kind != EntityKind::Person
            || !person.name.contains(' ')
            || words.last().is_some_and(generational_suffix)
            || first.is_some_and(|w| lex.first_names.contains_key(w))
        {
            continue;
        }
        if let Some(&o) = tails.get(&person.name) {
            merged.push((o, p));
        }
    }
    if merged.is_empty() {
        return;
    }
    for &(o, p) in &merged {
        let mentions = std::mem::take(&mut entities[p].mentions);
        let gender = entities[p].gender;
        let roles = std::mem::take(&mut entities[p].roles);
        let e = &mut entities[o];
        e.kind = EntityKind::Person;
        e.gender = gender;
        e.mentions.extend(mentions);
        e.mentions.sort_by_key(|m| m.range.start);
        for r in roles {
            e.add_role(&r);
        }
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// A lone capitalised word that is a given name and nothing else the text suggests.
fn given_alone(lex: &Lexicons, c: &Candidate) -> bool {
    c.tokens == 1 && !c.locative && lex.first_names.contains_key(c.name.as_str())
}

/// A person among `ids` (those whose name ends in the last word of `name`) with a compatible
/// first word.
fn person_match(
    entities: &[EntityDraft],
    ids: &[usize],
    name: &str,
    lex: &Lexicons,
) -> Option<usize> {
    let (first, last, one_word) = first_and_last_word(name)?;
    let given_first = lex.first_names.contains_key(first);
    ids.iter().copied().find(|&id| {
        let e = &entities[id];
        if e.kind != EntityKind::Person {
            return false;
        }
        let Some((ef, el, e_one_word)) = first_and_last_word(&e.name) else {
            return false;
        };
        // "Robert F. Kennedy" is not "Robert F. Kennedy Jr.": full names with different
        // generational suffixes are father and son.
        fn suffix(n: &str) -> Option<&str> {
            n.split_whitespace()
                .last()
                .filter(|w| generational_suffix(w))
                .map(|w| w.trim_end_matches([',', '.']))
        }
        let generations_differ = !one_word && !e_one_word && suffix(&e.name) != suffix(name);
        el == last
            && !generations_differ
            && (e_one_word
                || one_word
                || ef == first
                || ef.starts_with(first.trim_end_matches('.'))
                || first.starts_with(ef.trim_end_matches('.'))
                || one_letter_apart(ef, first)
                // "Suu Kyi" of "Aung San Suu Kyi": the last words of a longer name.
                // (A name of four capitalised words at most: not a headline run that ends in
                // one.)
                || e.name.len() > name.len()
                    && !given_first
                    && e.name.ends_with(name)
                    && e.name.as_bytes()[e.name.len() - name.len() - 1] == b' '
                    && e.name.split_whitespace().count() <= 4
                    && e.name.split_whitespace().all(is_cap_word))
    })
}

/// The first and last words of a name and whether it has only one; without allocating (this
/// runs for every candidate against every person: pages listing a hundred names).
fn first_and_last_word(name: &str) -> Option<(&str, &str, bool)> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    // The surname skips a generational suffix ("Robert F. Kennedy Jr." → "Kennedy").
    Some(match words.rev().find(|w| !generational_suffix(w)) {
        Some(last) => (first, last, false),
        None => (first, first, true),
    })
}

/// The surname among a person's name words: the last word, before a generational suffix
/// ("Robert F. Kennedy Jr." → "Kennedy", "Martin Luther King III" → "King").
fn surname<'a>(words: &[&'a str]) -> Option<&'a str> {
    words
        .iter()
        .rev()
        .find(|w| !generational_suffix(w))
        .copied()
}

/// Whether a name word is a generational suffix ("Jr.", "Sr", "III").
fn generational_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']),
        "Jr" | "Sr" | "II" | "III" | "IV" | "V"
    )
}

/// The person whose surname a lone word misspells: one edit away (two for long names), same
/// first letter, at least five letters. Only in documents with few people (the scan is linear in
/// them).
fn misspelt_surname(word: &str, surnames: &HashMap<String, usize>) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    if w.len() < 5 || surnames.len() > 64 || !w[0].is_uppercase() {
        return None;
    }
    let mut found = None;
    for (name, &id) in surnames {
        let n: Vec<char> = name.chars().collect();
        if n.first() != w.first() || n.len().abs_diff(w.len()) > 2 {
            continue;
        }
        let limit = if w.len() >= 8 && n.len() >= 8 { 2 } else { 1 };
        if edit_distance(&w, &n, limit) <= limit {
            if found.is_some_and(|f| f != id) {
                return None; // ambiguous
            }
            found = Some(id);
        }
    }
    found
}

/// Levenshtein distance, or `limit + 1` once it exceeds `limit`.
fn edit_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Two spellings of one given name ("Kristin" / "Kristen"): same length of at least five
/// letters, same first letter, one letter different.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() == b.len()
        && a.len() >= 5
        && a.first() == b.first()
        && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
}

/// The longest apposition read as a role, in tokens.
const APPOSITION_MAX_TOKENS: usize = 12;

/// Roles in apposition after a person's name: "Stefano Bonaccini, the region’s president,",
/// "Michael McFaul, a senior fellow at Stanford,", "Jane Doe, the president of the union.". The
/// apposition opens with an article or a possessive, holds a title word (the titles lexicon)
/// and ends at the next comma, bracket, quotation mark or the sentence end; the role is its text
/// without the article.
fn apposition_roles(doc: &Doc<'_>, lex: &Lexicons, entities: &mut [EntityDraft]) {
    for e in entities.iter_mut() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let mut roles = Vec::new();
        for m in &e.mentions {
            let name = doc.token_at(m.range.start);
            if let Some(role) = lowercase_title_before(doc, lex, name) {
                roles.push(role);
            }
            if let Some(role) = description_before(doc, lex, name) {
                roles.push(role);
            }
            let comma = doc.token_at(m.range.end);
            if comma + 2 >= doc.tokens.len() || doc.tok(comma) != "," {
                continue;
            }
            let Some(s) = doc.sentence_at(doc.tokens[comma].start()) else {
                continue;
            };
            let sentence_end = doc.sentences[s].tokens().end;
            let first = comma + 1;
            let opener = doc.lower(first);
            let article = matches!(opener, "the" | "a" | "an");
            // Without an article, the apposition opens with its title ("Diane Swonk, chief
            // economist at KPMG,").
            let title_first = doc.tok(first).starts_with(char::is_lowercase) && {
                let mut t = first;
                while t < first + 3 && DESCRIPTION_MODIFIERS.contains(&doc.lower(t)) {
                    t += 1;
                }
                lex.titles.contains(doc.lower(t))
                    || t + 1 < doc.tokens.len()
                        && lex
                            .titles
                            .contains(format!("{} {}", doc.lower(t), doc.lower(t + 1)).as_str())
            };
            if !(article || title_first || opener.ends_with("’s") || opener.ends_with("'s")) {
                continue;
            }
            let end = (first..sentence_end.min(first + APPOSITION_MAX_TOKENS + 1))
                .find(|&t| {
                    matches!(
                        doc.tok(t),
                        "," | "." | ";" | ":" | "(" | ")" | "“" | "”" | "\"" | "—" | "–"
                    )
                })
                .unwrap_or(sentence_end);
            let body = if article { first + 1 } else { first };
            if end <= body || end - first > APPOSITION_MAX_TOKENS {
                continue;
            }
            // A name inside is another person's ("his wife, Jane,") unless after "of"/"at".
            let holds_title = (body..end).any(|t| {
                lex.titles.contains(doc.lower(t))
                    || t + 1 < end
                        && lex
                            .titles
                            .contains(format!("{} {}", doc.lower(t), doc.lower(t + 1)).as_str())
            });
            let verb = (body..end).any(|t| {
                matches!(
                    doc.lower(t),
                    "is" | "was" | "are" | "were" | "said" | "says" | "has" | "had" | "who"
                )
            });
            if holds_title && !verb {
                roles.push(
                    doc.text[doc.tokens[body].start()..doc.tokens[end - 1].end()].to_string(),
                );
            }
        }
        for r in roles {
            e.add_role(&r);
        }
    }
}

/// Relatives named in apposition ("her son-in-law, Nikita,"); their gender, where they have
/// one, is read by [`role_gender`].
const KINSHIP: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "son-in-law",
    "daughter-in-law",
    "mother-in-law",
    "father-in-law",
    "brother-in-law",
    "sister-in-law",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "nephew",
    "niece",
    "uncle",
    "aunt",
    "cousin",
    "fiancé",
    "fiancée",
    "fiance",
    "fiancee",
    "girlfriend",
    "boyfriend",
    "partner",
    "stepson",
    "stepdaughter",
    "widow",
    "widower",
];

/// A description in apposition before the name at token `name`, set off by a comma ("The
/// governor of Bryansk, Alexander Bogomaz, said"): from its article to the comma, when it
/// holds a title; the role is its text without the article.
fn description_before(doc: &Doc<'_>, lex: &Lexicons, name: usize) -> Option<String> {
    if name < 3 || doc.tok(name - 1) != "," {
        return None;
    }
    let comma = name - 1;
    let sentence_start = doc
        .sentence_at(doc.tokens[name].start())
        .map_or(0, |s| doc.sentences[s].tokens().start);
    let floor = sentence_start.max(comma.saturating_sub(APPOSITION_MAX_TOKENS));
    // The description opens the sentence or follows a comma.
    let open = (floor..comma)
        .rev()
        .find(|&t| doc.tok(t) == ",")
        .map_or(sentence_start, |t| t + 1);
    // "… after her son-in-law, Nikita, left": a relative by a possessive.
    // (One modifier may come between: "his late wife", "her eldest son".)
    let possessive = |t: usize| matches!(doc.lower(t), "his" | "her" | "their" | "my" | "our");
    // (The name closes the apposition: "…his mother, Montalvo was put through" is a clause.)
    let after = (name..doc.tokens.len().min(name + 5)).find(|&t| {
        doc.tokens[t].kind != TokenKind::Word || !doc.tok(t).starts_with(char::is_uppercase)
    });
    let closed = after.is_some_and(|t| matches!(doc.tok(t), "," | "." | ")" | ";"));
    if closed
        && KINSHIP.contains(&doc.lower(comma - 1))
        && (possessive(comma - 2)
            || comma >= 3
                && comma - 3 >= floor
                && possessive(comma - 3)
                && doc.tok(comma - 2).starts_with(char::is_lowercase))
    {
        return Some(doc.tok(comma - 1).to_lowercase());
    }
    if open < floor || open + 1 >= comma || !matches!(doc.lower(open), "the" | "a" | "an") {
        return None;
    }
    let body = open + 1..comma;
    let holds_title = body
        .clone()
        .any(|t| lex.titles.contains(doc.lower(t)) && !doc.tok(t).starts_with(char::is_uppercase));
    let clause = body.clone().any(|t| {
        matches!(
            doc.lower(t),
            "is" | "was" | "are" | "were" | "said" | "says" | "has" | "had" | "who" | "when"
        )
    });
    (holds_title && !clause).then(|| {
        doc.text[doc.tokens[body.start].start()..doc.tokens[body.end - 1].end()].to_string()
    })
}

/// A title in lowercase right before the name at token `name` ("Kremlin spokesman Dmitry
/// Peskov", "former defense minister Jane Doe"): the title with its modifiers and up to two
/// capitalised qualifiers before it (an organisation, place or nationality). Titles in title case
/// are read with the name itself.
fn lowercase_title_before(doc: &Doc<'_>, lex: &Lexicons, name: usize) -> Option<String> {
    let lowercase_word = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word && doc.tok(t).starts_with(char::is_lowercase)
    };
    let sentence_start = doc
        .sentence_at(doc.tokens.get(name)?.start())
        .map_or(0, |s| doc.sentences[s].tokens().start);
    let mut title_start = None;
    for len in 1..=3 {
        if name < sentence_start + len || !(name - len..name).all(lowercase_word) {
            break;
        }
        let phrase: Vec<&str> = (name - len..name).map(|t| doc.lower(t)).collect();
        if lex.titles.contains(phrase.join(" ").as_str()) {
            title_start = Some(name - len);
        }
    }
    let mut start = title_start?;
    while start > sentence_start
        && lowercase_word(start - 1)
        && DESCRIPTION_MODIFIERS.contains(&doc.lower(start - 1))
    {
        start -= 1;
    }
    let mut qualifiers = 0;
    while qualifiers < 2
        && start > sentence_start
        && doc.tokens[start - 1].kind == TokenKind::Word
        && doc.tok(start - 1).starts_with(char::is_uppercase)
        && !matches!(
            doc.lower(start - 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
    {
        start -= 1;
        qualifiers += 1;
    }
    Some(doc.text[doc.tokens[start].start()..doc.tokens[name - 1].end()].to_string())
}

/// Resolves pronouns and role descriptions to the most recent compatible person.
fn resolve_anaphora(doc: &Doc<'_>, lex: &Lexicons, entities: &mut [EntityDraft]) {
    // Person mentions by position.
    let mut people: Vec<(usize, usize)> = Vec::new(); // (start byte, entity)
    for (id, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Person {
            for m in &e.mentions {
                people.push((m.range.start, id));
            }
        }
    }
    people.sort_unstable();
    // Each entity's mention starts before this pass, sorted. The pass only adds mentions at the
    // cursor, so these answer "where is it first named" and "is it named after the cursor"
    // without scanning every mention (a long article made that quadratic).
    let named_at: Vec<Vec<usize>> = entities
        .iter()
        .map(|e| {
            let mut starts: Vec<usize> = e.mentions.iter().map(|m| m.range.start).collect();
            starts.sort_unstable();
            starts
        })
        .collect();
    let people_end: HashMap<usize, usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| (m.range.start, m.range.end)))
        .collect();
    // People by sentence, with whether each mention is the object of a preposition, in text
    // order; filled while scanning, so a sentence's list holds the mentions before the cursor.
    // Sparse: most sentences name nobody, and a vector per sentence costs 24 bytes each.
    let mut by_sentence: PeopleBySentence = HashMap::default();
    for e in entities.iter_mut() {
        if e.kind == EntityKind::Person && e.gender == Gender::Unknown {
            e.gender = role_gender(&e.roles);
        }
    }
    // Families named in the plural ("the Sams" after "Thomas Sam"), for "they".
    let last_names: HashSet<&str> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.name.contains(' '))
        .filter_map(|e| e.name.rsplit(' ').next())
        .collect();
    let families: HashSet<usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityKind::Person
                && !e.name.contains(' ')
                && e.name
                    .strip_suffix('s')
                    .is_some_and(|stem| last_names.contains(stem))
        })
        .map(|(id, _)| id)
        .collect();
    let mut recent_family: Option<(usize, usize)> = None; // (entity, sentence index)
                                                          // Organisations by position, for "its".
    let mut things: Vec<(usize, usize)> = Vec::new();
    for (id, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Organization {
            things.extend(e.mentions.iter().map(|m| (m.range.start, id)));
        }
    }
    things.sort_unstable();
    let mut thing_cursor = 0;
    let mut recent_thing: Option<(usize, usize)> = None; // (entity, sentence index)
    let mut cursor = 0;
    let mut recent: Vec<usize> = Vec::new(); // entity ids, most recent last
    let mut s_index = 0;
    let mut i = 0;
    while i < doc.tokens.len() {
        let t = &doc.tokens[i];
        while s_index < doc.sentences.len() && doc.sentences[s_index].tokens().end <= i {
            s_index += 1;
        }
        while cursor < people.len() && people[cursor].0 < t.start() {
            let (at, id) = people[cursor];
            if families.contains(&id) {
                recent_family = Some((id, s_index));
                cursor += 1;
                continue;
            }
            push_recent(&mut recent, id);
            if let Some(s) = doc.sentence_at(at) {
                let k = doc.token_at(at);
                // Objects of prepositions and possessors ("Thomas' sister") are not subjects.
                let pp = k > 0 && PREPOSITIONS.contains(&doc.lower(k - 1));
                let possessor = people_end
                    .get(&at)
                    .is_some_and(|&end| is_possessive_at(doc.text, end));
                by_sentence
                    .entry(s)
                    .or_default()
                    .push((k, id, pp || possessor));
            }
            cursor += 1;
        }
        while thing_cursor < things.len() && things[thing_cursor].0 < t.start() {
            recent_thing = Some((things[thing_cursor].1, s_index));
            thing_cursor += 1;
        }
        let lower = doc.lower(i);
        // "its" refers to the organisation named in this or the previous sentence.
        if lower == "its" {
            if let Some((id, at)) = recent_thing.filter(|(_, at)| s_index <= at + 1) {
                let _ = at;
                entities[id].mentions.push(MentionDraft {
                    range: t.range(),
                    form: MentionForm::Pronoun,
                });
            }
            i += 1;
            continue;
        }
        // "they" after a family named in the plural ("the Sams … they"), while the family stays
        // in the last few sentences.
        if matches!(lower, "they" | "them" | "their" | "theirs" | "themselves") {
            if let Some((id, at)) = recent_family.filter(|(_, at)| s_index <= at + 2) {
                let _ = at;
                entities[id].mentions.push(MentionDraft {
                    range: t.range(),
                    form: MentionForm::Pronoun,
                });
                recent_family = Some((id, s_index));
            }
            i += 1;
            continue;
        }
        let gender = if PRONOUNS_MALE.contains(&lower) {
            Some(Gender::Male)
        } else if PRONOUNS_FEMALE.contains(&lower) {
            Some(Gender::Female)
        } else {
            None
        };
        if let Some(g) = gender {
            // `“I called a friend on Martha’s Vineyard …,” she said`, `“I cannot believe Martha
            // would not want his books back,” she said`: a speaker's pronoun right after a quote
            // is nobody named inside that quote.
            // (A possessive names the possessor, who may be the quote's subject: "“Ryan lost
            // his fight,” his twin brother posted"; there only a name first seen inside the
            // quote is left out.)
            let quoted = quote_just_closed(doc, i);
            let subject = matches!(lower, "he" | "she");
            let compatible = |id: usize| {
                entities[id].kind == EntityKind::Person
                    && (entities[id].gender == g || entities[id].gender == Gender::Unknown)
                    && !quoted.as_ref().is_some_and(|q| {
                        let starts = &named_at[id];
                        if subject {
                            starts
                                .get(starts.partition_point(|&s| s < q.start))
                                .is_some_and(|&s| s < q.end)
                        } else {
                            starts.first().is_some_and(|first| q.contains(first))
                        }
                    })
            };
            let known = |id: usize| entities[id].gender == g;
            let found =
                salient_antecedent(doc, &by_sentence, s_index, i, lower, &compatible, &known)
                    .or_else(|| recent.iter().rev().copied().find(|&id| compatible(id)));
            if let Some(id) = found {
                // A possessive ("His father …") is not the sentence's subject.
                let possessive = matches!(lower, "his" | "her" | "hers");
                by_sentence
                    .entry(s_index)
                    .or_default()
                    .push((i, id, possessive));
                if entities[id].gender == Gender::Unknown {
                    entities[id].gender = g;
                }
                entities[id].mentions.push(MentionDraft {
                    range: t.range(),
                    form: MentionForm::Pronoun,
                });
                push_recent(&mut recent, id);
            }
            i += 1;
            continue;
        }
        if lower == "the" {
            if let Some((end, title_words, named)) = description_at(doc, lex, i) {
                let role_text =
                    doc.text[doc.tokens[i + 1].start()..doc.tokens[end - 1].end()].to_string();
                let head = title_words
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .to_string();
                let by_role = recent.iter().rev().copied().find(|&id| {
                    entities[id]
                        .roles
                        .iter()
                        .any(|r| r.to_lowercase().contains(&head))
                });
                // "The attorney general … is suing Trump": a person named later in the same
                // sentence is someone else than the description (an apposition, "The attorney
                // general, Letitia James,", is another rule's).
                let sentence_end = doc
                    .sentences
                    .get(s_index)
                    .map_or(t.start(), |s| doc.tokens[s.tokens().end - 1].end());
                let after = doc.tokens[end - 1].end();
                let named_after = |id: usize| {
                    let starts = &named_at[id];
                    starts
                        .get(starts.partition_point(|&s| s < after))
                        .is_some_and(|&s| s < sentence_end)
                };
                // (A description with an organisation's name must match a role: "the Tesla
                // CEO" is not whoever was named last.)
                let found = by_role
                    .or_else(|| {
                        recent
                            .last()
                            .copied()
                            .filter(|_| !named && role_text.split_whitespace().count() > 1)
                    })
                    .filter(|&id| !named_after(id));
                if let Some(id) = found {
                    let range = t.start()..doc.tokens[end - 1].end();
                    entities[id].mentions.push(MentionDraft {
                        range,
                        form: MentionForm::Description,
                    });
                    entities[id].add_role(&role_text);
                    push_recent(&mut recent, id);
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

/// Prepositions whose objects are less salient antecedents than subjects.
const PREPOSITIONS: &[&str] = &[
    "to", "with", "by", "for", "from", "of", "at", "about", "against", "toward", "towards", "on",
    "in", "into", "than", "like", "between", "among", "via", "per", "behind", "under", "over",
];

/// How many sentences back a pronoun looks for a salient antecedent before falling back to the
/// most recent compatible person.
const SALIENCE_WINDOW: usize = 3;

/// How many person mentions of a sentence a pronoun looks at.
const SALIENCE_SCAN: usize = 32;

/// The antecedent of a third-person pronoun at token `i` of sentence `s` among the people
/// mentioned in this sentence before it or in the previous few sentences: in its own sentence the
/// nearest compatible mention; in an earlier sentence the first compatible mention that is not the
/// object of a preposition or a possessive (the subject), else the first. A reflexive ("himself") takes the nearest mention of its own
/// sentence; an object pronoun ("him") skips the subject of its own clause ("Devocht, who had
/// told Montalvo he would assist him" → Montalvo).
/// The byte range of the double-quoted span that closes right before token `i` (`,” she
/// said`, `” he added`), within its sentence or the few before it.
fn quote_just_closed(doc: &Doc<'_>, i: usize) -> Option<Range<usize>> {
    // (A straight mark right before a word opens a quote: `"He had pressure …`.)
    let closes = |k: usize| {
        matches!(doc.tok(k), "”" | "\"" | "''")
            && doc.text[doc.tokens[k].end()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
    };
    let close = (i.saturating_sub(2)..i).rev().find(|&k| closes(k))?;
    if (close + 1..i).any(|k| doc.tok(k) != ",") {
        return None;
    }
    let open = (close.saturating_sub(400)..close)
        .rev()
        .find(|&k| matches!(doc.tok(k), "“" | "\"" | "``" | "''"))?;
    Some(doc.tokens[open].start()..doc.tokens[close].start())
}

fn salient_antecedent(
    doc: &Doc<'_>,
    by_sentence: &PeopleBySentence,
    s: usize,
    i: usize,
    pronoun: &str,
    compatible: &dyn Fn(usize) -> bool,
    known_gender: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut here = by_sentence.get(&s).map_or(&[][..], Vec::as_slice);
    // "Appointed by Pope Benedict XVI, he said …": the subject right after a fronted participle
    // phrase is that phrase's subject too, so nobody named inside the phrase.
    let sentence_start = doc.sentences.get(s).map_or(i, |x| x.tokens().start);
    let opener = doc.lower(sentence_start);
    let fronted_participle = matches!(pronoun, "he" | "she")
        && i > sentence_start + 2
        && doc.tok(i - 1) == ","
        && doc.tok(sentence_start).starts_with(char::is_uppercase)
        && opener.len() > 4
        && (opener.ends_with("ed") || opener.ends_with("ing"))
        && !(sentence_start..i - 1).any(|k| doc.tok(k) == ",");
    if fronted_participle {
        here = &here[..here.partition_point(|m| m.0 < sentence_start)];
    }
    if matches!(pronoun, "himself" | "herself") {
        return here
            .iter()
            .rev()
            .take(SALIENCE_SCAN)
            .map(|m| m.1)
            .find(|&id| compatible(id));
    }
    // The subject of the pronoun's own clause: the nearest mention before it with no clause
    // boundary in between.
    let clause_subject = (pronoun == "him")
        .then(|| here.last())
        .flatten()
        .filter(|m| !m.2 && i <= m.0 + 4)
        .filter(|m| {
            (m.0 + 1..i).all(|k| {
                let w = doc.tok(k);
                !matches!(
                    w,
                    "," | ";" | "who" | "that" | "and" | "but" | "because" | "when"
                )
            })
        })
        .map(|m| m.1);
    let usable = |m: &&(usize, usize, bool)| compatible(m.1) && Some(m.1) != clause_subject;
    // In its own sentence, the nearest compatible person ("Alia Salem said Mohamed wishes to use
    // his newfound fame"); one whose given name states the gender first ("Travis Kelce's
    // teammate hasn't met Taylor Swift, but he …": not the unisex "Taylor").
    let nearest_known = here
        .iter()
        .rev()
        .take(SALIENCE_SCAN)
        .find(|m| usable(m) && known_gender(m.1));
    if let Some(m) = nearest_known.or_else(|| here.iter().rev().take(SALIENCE_SCAN).find(usable)) {
        return Some(m.1);
    }
    // Else the subject of the nearest sentence that names a compatible person ("Montalvo
    // contacted former members, who helped him get in touch with Devocht. He traveled …").
    // A person whose given name states the gender beats one whose name does not ("Manju Sam …
    // their child, Gloria. She died …").
    let from = s.saturating_sub(SALIENCE_WINDOW);
    for sentence in (from..s).rev() {
        // The first mentions of a sentence hold its subject; a bounded scan keeps the stage
        // linear on pathological sentences.
        let Some(all) = by_sentence.get(&sentence) else {
            continue;
        };
        let list = &all[..all.len().min(SALIENCE_SCAN)];
        let known = |m: &&(usize, usize, bool)| usable(m) && known_gender(m.1);
        let found = list
            .iter()
            .filter(known)
            .find(|m| !m.2)
            .or_else(|| list.iter().find(known))
            .or_else(|| list.iter().filter(usable).find(|m| !m.2))
            .or_else(|| list.iter().find(usable));
        if let Some(m) = found {
            return Some(m.1);
        }
    }
    None
}

/// People mentioned per sentence index, in text order: (token, entity, not a subject).
type PeopleBySentence = HashMap<usize, Vec<(usize, usize, bool)>>;

/// Whether a possessive ending ("’s", "'s", "'") follows byte `end`.
fn is_possessive_at(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return true;
    }
    rest.strip_prefix('\'')
        .or_else(|| rest.strip_prefix('’'))
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
}

/// The gender a person's roles state ("Mr.", "spokeswoman", "actress").
fn role_gender(roles: &[String]) -> Gender {
    for role in roles {
        for w in role.split(|c: char| !c.is_alphanumeric() && c != '.') {
            let w = w.to_lowercase();
            let w = w.trim_end_matches('.');
            if matches!(
                w,
                "mr" | "sir"
                    | "lord"
                    | "king"
                    | "prince"
                    | "duke"
                    | "father"
                    | "brother"
                    | "son"
                    | "husband"
                    | "uncle"
                    | "nephew"
                    | "grandfather"
                    | "grandson"
                    | "stepson"
                    | "boyfriend"
                    | "fiancé"
                    | "fiance"
                    | "widower"
                    | "businessman"
                    | "chairman"
                    | "spokesman"
                    | "congressman"
                    | "actor"
                    | "boy"
                    | "man"
            ) {
                return Gender::Male;
            }
            if matches!(
                w,
                "mrs"
                    | "ms"
                    | "miss"
                    | "madam"
                    | "dame"
                    | "lady"
                    | "queen"
                    | "princess"
                    | "duchess"
                    | "mother"
                    | "sister"
                    | "daughter"
                    | "wife"
                    | "aunt"
                    | "niece"
                    | "grandmother"
                    | "granddaughter"
                    | "stepdaughter"
                    | "girlfriend"
                    | "fiancée"
                    | "fiancee"
                    | "widow"
                    | "businesswoman"
                    | "chairwoman"
                    | "spokeswoman"
                    | "congresswoman"
                    | "actress"
                    | "girl"
                    | "woman"
            ) {
                return Gender::Female;
            }
        }
    }
    Gender::Unknown
}

fn push_recent(recent: &mut Vec<usize>, id: usize) {
    recent.retain(|&x| x != id);
    recent.push(id);
}

/// A role description starting at token `i` ("the former Dutch prime minister"): its end token,
/// the title words, and whether an organisation's name comes before them ("the Wikileaks
/// founder"). Not when a name follows ("the prime minister Mark Rutte").
fn description_at(doc: &Doc<'_>, lex: &Lexicons, i: usize) -> Option<(usize, String, bool)> {
    let sentence = doc.sentences.get(doc.sentence_at(doc.tokens[i].start())?)?;
    let end_limit = sentence.tokens().end;
    let mut j = i + 1;
    while j < end_limit {
        let w = doc.tok(j);
        // ("the award-winning actor", "the long-time senator": a hyphenated modifier.)
        let hyphenated = w.len() > 3
            && w.contains('-')
            && w.starts_with(char::is_lowercase)
            && j + 1 < end_limit
            && doc.tokens[j + 1].kind == TokenKind::Word;
        if DESCRIPTION_MODIFIERS.contains(&doc.lower(j))
            || hyphenated
            || lex.demonyms.contains_key(w)
            || w == "U.S."
            || w == "-"
        {
            j += 1;
        } else {
            break;
        }
    }
    // "the Wikileaks founder", "the Tesla chief executive": an organisation's name before the
    // title.
    let mut named = false;
    let mut m = j;
    while m < end_limit
        && m < j + 3
        && doc.tokens[m].kind == TokenKind::Word
        && doc.tok(m).starts_with(char::is_uppercase)
        && !lex.titles.contains(doc.lower(m))
    {
        m += 1;
    }
    if m > j && m < end_limit && doc.tok(m).starts_with(char::is_lowercase) {
        j = m;
        named = true;
    }
    let mut best = 0;
    let mut phrase = String::new();
    for k in j..end_limit.min(j + lex.title_max_words.max(1)) {
        let w = doc.tok(k);
        if w.chars().next().is_some_and(char::is_uppercase)
            && k == j
            && !lex.titles.contains(doc.lower(k))
        {
            break;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        // Tokens lowercased once by the document (no allocation per word).
        phrase.push_str(doc.lower(k));
        if lex.titles.contains(phrase.as_str()) {
            best = k + 1 - j;
        }
    }
    if best == 0 {
        return None;
    }
    let end = j + best;
    let title: String = (j..end).map(|k| doc.lower(k)).collect::<Vec<_>>().join(" ");
    // Honorifics and generic nouns are not descriptions of one person.
    if matches!(
        title.as_str(),
        "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "official"
            | "officials"
            | "officer"
            | "leader"
            | "head"
            | "chief"
            | "chair"
    ) {
        return None;
    }
    if end < end_limit
        && doc.tok(end).chars().next().is_some_and(char::is_uppercase)
        && doc.tokens[end].kind == TokenKind::Word
    {
        return None;
    }
    // Plural roles ("the ministers") describe groups.
    if title.ends_with('s') && !title.ends_with("ss") {
        return None;
    }
    Some((end, title, named))
}

/// Looks up the entity mentioned exactly at, or covering, a byte range.
///
/// A B-tree, not a sorted `Vec`: the quote stage adds a mention for every pronoun it resolves, and
/// inserting into the middle of a vector made a long paragraph of quotes quadratic.
#[derive(Debug, Default)]
pub(crate) struct MentionIndex {
    /// (start, end, order) -> (entity, form). Among mentions of one range, the one added last
    /// comes first: `order` counts down from [`Self::FIRST_ADDED`].
    spans: BTreeMap<(usize, usize, u64), (usize, MentionForm)>,
    added: u64,
}

impl MentionIndex {
    const FIRST_ADDED: u64 = 1 << 40;

    pub(crate) fn new(entities: &[EntityDraft]) -> MentionIndex {
        let mut spans: Vec<_> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| {
                e.mentions
                    .iter()
                    .map(move |m| (m.range.start, m.range.end, id, m.form))
            })
            .collect();
        spans.sort_unstable_by_key(|s| (s.0, s.1));
        let spans = spans
            .into_iter()
            .enumerate()
            .map(|(i, s)| ((s.0, s.1, Self::FIRST_ADDED + i as u64), (s.2, s.3)))
            .collect();
        MentionIndex { spans, added: 0 }
    }

    /// Mentions that lie inside `range`, in text order.
    pub(crate) fn within(
        &self,
        range: &Range<usize>,
    ) -> impl Iterator<Item = (Range<usize>, usize, MentionForm)> + '_ {
        let end = range.end;
        // `BTreeMap::range` panics on a reversed range.
        let start = range.start.min(end);
        self.spans
            .range((start, 0, 0)..(end, 0, 0))
            .filter(move |(k, _)| k.1 <= end)
            .map(|(k, v)| (k.0..k.1, v.0, v.1))
    }

    /// Mentions that start before byte `at` and not before `floor`, nearest first.
    pub(crate) fn before(
        &self,
        at: usize,
        floor: usize,
    ) -> impl Iterator<Item = (Range<usize>, usize, MentionForm)> + '_ {
        self.spans
            .range((floor.min(at), 0, 0)..(at, 0, 0))
            .rev()
            .map(|(k, v)| (k.0..k.1, v.0, v.1))
    }

    pub(crate) fn add(&mut self, range: Range<usize>, entity: usize, form: MentionForm) {
        self.added += 1;
        let order = Self::FIRST_ADDED - self.added;
        self.spans
            .insert((range.start, range.end, order), (entity, form));
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse, Article, EntityKind, Options};

    fn article(text: &str) -> Article {
        parse(text, &Options::default()).unwrap()
    }

    #[test]
    fn names_in_a_title_case_headline_end_at_its_words() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Jenelle Evans Says She Chose Ashley Salazar Over Kailyn Lowry\n\nJenelle Evans \
                 spoke to Ashley Salazar and Kailyn Lowry on Friday.",
                &["Jenelle Evans", "Ashley Salazar", "Kailyn Lowry"],
            ),
            // The parts the article writes elsewhere are the names.
            (
                "Black Lawmakers Rip Donald Trump As A Disgusting Fraud\n\nDonald Trump said \
                 on Friday that he was right. Trump spoke again.",
                &["Donald Trump"],
            ),
        ];
        // The plural before "like" or "such as" gives its list's names their kind.
        let a = article(
            "Nu metal returns\n\nBrands like Praying and Barragán sell shirts. Countries such \
             as Tuvalu and Nauru signed. Stars like Zendaya and Timothée Chalamet came.",
        );
        let kinds: Vec<(&str, EntityKind)> = a
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect();
        for want in [
            ("Praying", EntityKind::Organization),
            ("Barragán", EntityKind::Organization),
            ("Nauru", EntityKind::Location),
            ("Zendaya", EntityKind::Person),
            ("Timothée Chalamet", EntityKind::Person),
        ] {
            assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
        }
        // A lone word of a title-case headline that the article never writes again names
        // nothing ("Getting to Know …"); one it writes again does.
        let a = article(
            "Getting to Know Star Actor Conleth Hill\n\nConleth Hill was born in Ballycastle.",
        );
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.contains(&"Know"), "{names:?}");
        assert!(names.contains(&"Conleth Hill"), "{names:?}");
        for (text, want) in cases {
            let a = article(text);
            let people: Vec<&str> = a
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| e.name.as_str())
                .collect();
            assert_eq!(people, *want, "{text}");
        }
        // A name that holds a lowercase preposition stays whole, and speaks whole.
        let a = article("Bank of America Says Profit Rose in Third Quarter\n\nThe bank met.");
        assert_eq!(a.entities[0].name, "Bank of America");
        assert_eq!(
            a.quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Bank of America")
        );
    }

    #[test]
    fn platforms_keep_the_names_the_text_gives_them() {
        // Twitter is not shown as X, nor Facebook as Meta, in a story that names them so.
        let a = article("Elon Musk said on Twitter that Facebook was a rival. Meta declined.");
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        for want in ["Twitter", "Facebook", "Meta"] {
            assert!(names.contains(&want), "{want} in {names:?}");
        }
        assert!(!names.contains(&"X"), "{names:?}");
    }

    #[test]
    fn a_pronoun_prefers_a_person_whose_given_name_states_the_gender() {
        // "Taylor" is given to men and women: "he" goes to the person named as male, and "her"
        // then goes to Taylor Swift.
        let a = article(
            "Travis Kelce's teammate has not met Taylor Swift, but he has been in her orbit.",
        );
        let swift = a
            .entities
            .iter()
            .find(|e| e.name == "Taylor Swift")
            .unwrap();
        let forms: Vec<&str> = swift
            .mentions
            .iter()
            .map(|m| a.slice(crate::Span::new(m.start, m.end)))
            .collect();
        assert!(!forms.contains(&"he"), "{forms:?}");
        assert!(forms.contains(&"her"), "{forms:?}");
    }

    #[test]
    fn a_surname_skips_generational_suffixes() {
        let a = article(
            "Robert F. Kennedy Jr. is running as an independent. Kennedy rejects the label. His \
             uncle, President John F. Kennedy, was killed in 1963. His father, Sen. Robert F. \
             Kennedy, ran in 1968. Kennedy said on Friday that he would stay in the race.",
        );
        let people: Vec<(&str, usize)> = a
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        // The son, named first, owns the bare surname; uncle and father stay apart.
        let son = a
            .entities
            .iter()
            .find(|e| e.name == "Robert F. Kennedy Jr.")
            .unwrap();
        assert!(son.aliases.iter().any(|x| x == "Kennedy"), "{people:?}");
        let bare: Vec<&str> = son
            .mentions
            .iter()
            .map(|m| a.slice(crate::Span::new(m.start, m.end)))
            .filter(|s| *s == "Kennedy")
            .collect();
        assert_eq!(bare.len(), 2, "{people:?}");
        assert!(
            people.iter().any(|(n, _)| *n == "John F. Kennedy"),
            "{people:?}"
        );
        assert!(
            people.iter().any(|(n, _)| *n == "Robert F. Kennedy"),
            "{people:?}"
        );
        assert_eq!(
            a.quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Robert F. Kennedy Jr.")
        );
    }

    #[test]
    fn a_description_with_an_organisation_name_refers_back_by_role() {
        let a = article(
            "Prosecutors dropped an inquiry into Wikileaks co-founder Julian Assange. The \
             Wikileaks founder always denied the accusation.",
        );
        let assange = a
            .entities
            .iter()
            .find(|e| e.name == "Julian Assange")
            .unwrap();
        assert!(
            assange
                .mentions
                .iter()
                .any(|m| m.text == "The Wikileaks founder"),
            "{assange:?}"
        );
        // Without a matching role, not whoever was named last.
        let a = article("Elon Musk met Jane Roe on Monday. The Tesla chief executive spoke later.");
        assert!(
            a.entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .all(|e| e.mentions.iter().all(|m| !m.text.contains("Tesla"))),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_description_is_not_the_person_named_after_it_in_the_same_sentence() {
        let a = article(
            "Donald Trump spoke on Monday. The attorney general of New York is suing Trump \
             for $40 million.",
        );
        let trump = a
            .entities
            .iter()
            .find(|e| e.name == "Donald Trump")
            .unwrap();
        assert!(trump.roles.is_empty(), "{:?}", trump.roles);
        // Without the name after it, the description still refers back.
        let a = article(
            "Mark Rutte spoke in Munich. The former Dutch prime minister said Europe must spend.",
        );
        let rutte = a.entities.iter().find(|e| e.name == "Mark Rutte").unwrap();
        assert_eq!(rutte.roles, ["former Dutch prime minister"]);
    }

    #[test]
    fn roles_in_apposition() {
        // (text, person, roles)
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "“It is bad,” said Stefano Bonaccini, the region’s president.",
                "Stefano Bonaccini",
                &["region’s president"],
            ),
            (
                "Michael McFaul, a senior fellow at Stanford, said the talks failed.",
                "Michael McFaul",
                &["senior fellow at Stanford"],
            ),
            // The longer role holds the shorter one.
            (
                "Jane Doe, the president of the union, said the strike would go on. The \
                 president said so again.",
                "Jane Doe",
                &["president of the union"],
            ),
            (
                "“It is too cautious,” said Diane Swonk, chief economist at KPMG.",
                "Diane Swonk",
                &["chief economist at KPMG"],
            ),
            // A relative in apposition after a possessive; not a fronted clause's noun.
            (
                "She ran out moments after her son-in-law, Kim Lee, left.",
                "Kim Lee",
                &["son-in-law"],
            ),
            (
                "After trying to speak with his mother, Dan Roe was put through to a lawyer.",
                "Dan Roe",
                &[],
            ),
            // A lowercase title before the name, with its qualifiers.
            (
                "Kremlin spokesman Dmitry Peskov told reporters that Moscow would respond.",
                "Dmitry Peskov",
                &["Kremlin spokesman"],
            ),
            (
                "The plan was backed by former defense minister Jane Doe on Monday.",
                "Jane Doe",
                &["former defense minister"],
            ),
            // A description before the name.
            (
                "The governor of Bryansk, Alexander Bogomaz, said 12 drones were shot down.",
                "Alexander Bogomaz",
                &["governor of Bryansk"],
            ),
            // An age is no role; a clause is no apposition.
            (
                "Jane Doe, 45, said the strike would go on.",
                "Jane Doe",
                &[],
            ),
            (
                "Jane Doe, the woman who is president, said the strike would go on.",
                "Jane Doe",
                &[],
            ),
        ];
        for (text, name, roles) in cases {
            let a = article(text);
            let e = a
                .entities
                .iter()
                .find(|e| e.name == *name)
                .unwrap_or_else(|| panic!("{name} in {text}"));
            assert_eq!(e.roles, *roles, "{text}");
        }
    }

    /// The entity holding the mention that starts at the `nth` (0-based) occurrence of `word`.
    fn entity_at<'a>(a: &'a Article, word: &str, nth: usize) -> Option<&'a crate::Entity> {
        let start = a
            .text
            .match_indices(word)
            .filter(|(i, _)| {
                let before = a.text[..*i].chars().next_back();
                let after = a.text[i + word.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .nth(nth)?
            .0;
        let cp = a.text[..start].chars().count();
        a.entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.start == cp))
    }

    /// Each case: text, then (word, occurrence, expected entity name or "" for none, kind).
    type Case<'a> = (&'a str, &'a [(&'a str, usize, &'a str)]);

    fn check(cases: &[Case<'_>], kind: EntityKind) {
        for (text, expected) in cases {
            let a = article(text);
            for &(word, nth, name) in *expected {
                let got = entity_at(&a, word, nth)
                    .filter(|e| e.kind == kind)
                    .map_or("", |e| e.name.as_str());
                assert_eq!(
                    got,
                    name,
                    "{text}\n  {word}#{nth}: entities {:?}",
                    a.entities
                        .iter()
                        .map(|e| (&e.name, e.kind, e.mentions.len()))
                        .collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn names_and_surnames() {
        check(
            &[
                // A name from beyond the lexicons is a person by what the text says of it: an
                // age or a role in apposition, or a later "Mr" or speech verb with its surname.
                (
                    "Mazher Chishty, a public relations consultant from Hampshire, bought a car. \
                     Tunde Oyelaran, 60, did not.",
                    &[
                        ("Mazher Chishty", 0, "Mazher Chishty"),
                        ("Tunde Oyelaran", 0, "Tunde Oyelaran"),
                    ],
                ),
                (
                    "The car was sold to Mazher Chishty in 2019. Mr Chishty said he was misled. \
                     Later, Chishty said he would sue.",
                    &[
                        ("Mazher Chishty", 0, "Mazher Chishty"),
                        ("Chishty", 1, "Mazher Chishty"),
                        ("Chishty", 2, "Mazher Chishty"),
                    ],
                ),
                // A title's complement is one word unless a given name or honorific starts the
                // name later.
                (
                    "Minister of Education Stefania Giannini spoke. Minister for Foreign Affairs \
                     Penny Wong agreed. Secretary of State for Urbanism Ans Persoons left.",
                    &[
                        ("Stefania Giannini", 0, "Stefania Giannini"),
                        ("Penny Wong", 0, "Penny Wong"),
                        ("Ans Persoons", 0, "Ans Persoons"),
                    ],
                ),
                (
                    "Deputy Director of Public Prosecution Eva-Marie Persson took the decision.",
                    &[("Eva-Marie Persson", 0, "Eva-Marie Persson")],
                ),
                // An occupation opening the sentence is a title, not a given name.
                (
                    "Rapper Mickey Factz was first to report the news.",
                    &[("Mickey Factz", 0, "Mickey Factz")],
                ),
                // A hyphenated title opening the sentence stays a title.
                (
                    "Co-founder of Google Larry Page spoke at the event.",
                    &[("Larry Page", 0, "Larry Page")],
                ),
                // A middle name alone names the person ("Jane Jiang Fang … Jiang said").
                (
                    "Chief People Officer Jane Jiang Fang wrote a post. Jiang said the timing was \
                     a coincidence.",
                    &[("Jiang", 1, "Jane Jiang Fang")],
                ),
                // A title-case role in apposition.
                (
                    "Pankaj Pandey, Head of Research at ICICI Securities, pointed out the risks.",
                    &[("Pankaj Pandey", 0, "Pankaj Pandey")],
                ),
                // A lowercase role noun before an unknown name.
                (
                    "Chanel’s global executive chairman Alain Wertheimer sent an email.",
                    &[("Alain Wertheimer", 0, "Alain Wertheimer")],
                ),
                // A speech verb alone makes no person of an acronym, an organisation word or a
                // nationality.
                (
                    "“We cannot go on,” Wendy Liebmann, founder of WSL Strategic Retail told WWD. \
                     Fashion Trust Arabia said the awards were postponed. American Eagle posted \
                     an image.",
                    &[
                        ("WSL Strategic Retail", 0, ""),
                        ("Fashion Trust Arabia", 0, ""),
                        ("American Eagle", 0, ""),
                    ],
                ),
                // An apposition about a place or a thing makes no person.
                (
                    "Hollow Creek, a town of 2,000 people, flooded. Blue Ridge Farms, a business \
                     in the valley, closed.",
                    &[("Hollow Creek", 0, ""), ("Blue Ridge Farms", 0, "")],
                ),
                // A given name alone is a person, and one entity however often it recurs.
                (
                    "The couple's daughter, Gloria, developed severe eczema. Doctors said Gloria \
                     was malnourished. Gloria died in May.",
                    &[
                        ("Gloria", 0, "Gloria"),
                        ("Gloria", 1, "Gloria"),
                        ("Gloria", 2, "Gloria"),
                    ],
                ),
                // A surname that is also a place is the person named in full earlier, but not
                // after a locative preposition.
                (
                    "Australian woman Valeska Paris says the church held her on a ship. Paris \
                     claims she was forced to work. She later moved to Paris.",
                    &[("Paris", 1, "Valeska Paris"), ("Paris", 2, "")],
                ),
                // A surname alone is the first person introduced with it, not a relative named
                // later.
                (
                    "Donald Trump announced his pick. Ivanka Trump spoke first at the rally. \
                     Trump said he was proud.",
                    &[("Trump", 2, "Donald Trump")],
                ),
                // A sentence-initial participle and the preposition after it open no name.
                (
                    "Railing Against Trump, Sanders Vows To Act. Donald Trump said he paid.",
                    &[("Trump", 0, "Donald Trump")],
                ),
                // A sentence-initial gerund or adverb is not a given name.
                (
                    "Hillary Clinton spoke first. Injecting Clinton's record into the race is \
                     risky. Reportedly Clinton declined.",
                    &[
                        ("Injecting", 0, ""),
                        ("Clinton", 1, "Hillary Clinton"),
                        ("Reportedly", 0, ""),
                    ],
                ),
                // A person's name takes no "for" complement.
                (
                    "Lydia Buchtmann for Food Standards Australia New Zealand said the rules \
                     would change.",
                    &[("Lydia", 0, "Lydia Buchtmann")],
                ),
                // A title whose complement is an organisation names nobody by itself.
                (
                    "Co-founder of Google, Sergey Brin, personally met with Mohamed during his \
                     visit.",
                    &[("of", 0, ""), ("Sergey", 0, "Sergey Brin")],
                ),
                // A person's name stops before "of" and an organisation.
                (
                    "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed it a \
                     war.",
                    &[("Matthew", 0, "Matthew Ingram")],
                ),
                (
                    "Gary Chan of DAB failed to get re-elected.",
                    &[("Gary", 0, "Gary Chan")],
                ),
                // A left side that can only be a name takes any name after "of"; romanised
                // Chinese given names ("Chung-tai") mark a person.
                (
                    "Voters also elected Cheng Chung-tai of Civic Passion and Wu Chi-wai.",
                    &[("Cheng", 0, "Cheng Chung-tai"), ("Wu", 0, "Wu Chi-wai")],
                ),
                (
                    "The party was hosted by Nick Rhodes of Duran Duran in London.",
                    &[("Nick", 0, "Nick Rhodes")],
                ),
                // A lone word after "of" is the person's place, not a second person.
                (
                    "\u{201c}It was a shock,\u{201d} said Ryan Brooks of Dudley. Ryan Brooks of \
                     Dudley said it again.",
                    &[
                        ("Ryan", 0, "Ryan Brooks"),
                        ("Dudley", 0, ""),
                        ("Dudley", 1, ""),
                    ],
                ),
                // A sentence-initial hyphenated describer is not part of the name.
                (
                    "Pan-democrat Lam Cheuk-ting won the seat.",
                    &[("Lam", 0, "Lam Cheuk-ting")],
                ),
                // A title before a place's head word is part of the place's name.
                (
                    "Traffic on King Street and at General Hospital rebounded.",
                    &[("King", 0, ""), ("Street", 0, ""), ("General", 0, "")],
                ),
                // A place word before a name makes a place ("Lake Barkley", "Fort Smith"),
                // not a region's adjective ("Gulf Arab states").
                (
                    "The body was found in Lake Barkley, far from Fort Smith.",
                    &[("Barkley", 0, ""), ("Smith", 0, "")],
                ),
                // A given name and a surname that is also a place's head word: a person,
                // whose surname alone refers back to them.
                (
                    "Lewis Ward, research director at IDC, sees a problem. \u{201c}It is hard,\u{201d} \
                     says Ward.",
                    &[("Lewis", 0, "Lewis Ward"), ("Ward", 1, "Lewis Ward")],
                ),
                // A studio's or a label's head word makes an organisation, even after a given
                // name.
                (
                    "Dick Clark Productions denies it. Paramount Pictures and A24 Films agreed.",
                    &[("Dick", 0, ""), ("Paramount", 0, "")],
                ),
                // A title with "of" before "was" is no person ("Charles de Gaulle was" is).
                (
                    "Web of Angels was the first novel she sold. Charles de Gaulle was a general.",
                    &[("Web", 0, ""), ("Charles", 0, "Charles de Gaulle")],
                ),
                // Academic titles; a title that is also a given name before a lone surname is
                // the given name.
                (
                    "Stipends rose, GSAS Dean Emma Dench wrote. Provost Alan M. Garber agreed. \
                     The inventor Dean Kamen did not.",
                    &[
                        ("Emma", 0, "Emma Dench"),
                        ("Alan", 0, "Alan M. Garber"),
                        ("Dean", 1, "Dean Kamen"),
                    ],
                ),
                (
                    "Howard Dean spoke. Dean, a doctor, smiled.",
                    &[("Dean", 1, "Howard Dean")],
                ),
                // A rare given name that only ever opens sentences is still that person's.
                (
                    "Jenelle Evans doesn’t hold back. Jenelle reposted the photos.",
                    &[("Jenelle", 1, "Jenelle Evans")],
                ),
                // Abbreviated titles without their periods (British style); "Gen Z" is a
                // generation.
                (
                    "Lawmakers grilled Lt Col Alexander Vindman and Sgt Maj John Doe. Gen Z \
                     voters stayed home.",
                    &[
                        ("Lt", 0, ""),
                        ("Alexander", 0, "Alexander Vindman"),
                        ("John", 0, "John Doe"),
                        ("Z", 0, ""),
                    ],
                ),
                // Where someone comes from describes the name, however short.
                (
                    "Julian Assange was evicted. Australian-born Assange faces a charge.",
                    &[("Assange", 1, "Julian Assange")],
                ),
                // A surname that is also a place or work head ("Hill", "Law").
                (
                    "The host, Marc Lamont Hill, disagreed. Nathan Law earned a surprise victory.",
                    &[("Marc", 0, "Marc Lamont Hill"), ("Nathan", 0, "Nathan Law")],
                ),
                // An unknown given name before one: a person when the surname alone is someone
                // ("Hill has said"), not the relative named in full later.
                (
                    "It follows sergeant PJ Collins (Conleth Hill) as he investigates. Hill has \
                     said that fans got “freaked out.” His brother Ronan Hill also worked on it.",
                    &[("Conleth", 0, "Conleth Hill"), ("Hill", 1, "Conleth Hill")],
                ),
                // Two spellings of one given name with one surname are one person.
                (
                    "Kristin Wilkins curated the show. Kristen Wilkins said it was popular. \
                     Wilkins added that more would come.",
                    &[
                        ("Kristen", 0, "Kristin Wilkins"),
                        ("Wilkins", 2, "Kristin Wilkins"),
                    ],
                ),
                // A lone surname misspelt by one letter is the person named in full.
                (
                    "Kathryn Waters opened the show. \"He was such a personality\", Water said.",
                    &[("Water", 0, "Kathryn Waters")],
                ),
                // Not when it is ambiguous or far from every surname: a person of its own.
                (
                    "Anna Walker and Ben Walken spoke. Walke said no. Wilson said yes.",
                    &[("Walke", 0, "Walke"), ("Wilson", 0, "Wilson")],
                ),
                // A known surname as a modifier is the person; an unknown word is nothing.
                (
                    "Andy Warhol took many pictures. The Warhol Polaroids were donated. The Sea \
                     Polaroids were not.",
                    &[("Warhol", 1, "Andy Warhol"), ("Sea", 0, "")],
                ),
                // A describing word before a full name is not part of it.
                (
                    "The church wanted to remove a video of Scientologist Tom Cruise. The Cruise \
                     video spread.",
                    &[("Tom", 0, "Tom Cruise"), ("Cruise", 1, "Tom Cruise")],
                ),
                // A person's name after an organisation's name no lexicon knows.
                (
                    "Psychology major at University of Texas Arlington Amneh Jafari heard of the \
                     incident.",
                    &[("Amneh", 0, "Amneh Jafari")],
                ),
            ],
            EntityKind::Person,
        );
    }

    #[test]
    fn organisations() {
        check(
            &[
                // A title acronym after a company names nobody; the company stays.
                (
                    "Paul Dewar, an Ottawa MP, spoke before the Apple CEO resigned.",
                    &[("Apple", 0, "Apple"), ("Ottawa", 0, "")],
                ),
                // A company's legal form after a comma is part of its name.
                (
                    "The report by Downtown Madison, Inc. was released on Monday.",
                    &[("Downtown", 0, "Downtown Madison, Inc.")],
                ),
                // "and" joins two fields of an organisation's "of" complement, not two names;
                // an organisation named before a title is kept.
                (
                    "On Monday, Faculty of Arts and Sciences Dean Hopi E. Hoekstra met the \
                     Massachusetts Institute of Technology and Colorado State University.",
                    &[
                        ("Faculty", 0, "Faculty of Arts and Sciences"),
                        ("Massachusetts", 0, "Massachusetts Institute of Technology"),
                        ("Colorado", 0, "Colorado State University"),
                    ],
                ),
                // An organisation's head word after a title, also inside a hyphenated word,
                // keeps the whole run an organisation.
                (
                    "The Harvard Graduate Students Union-United Auto Workers pushed for it. The \
                     Doctor Who Society of Canada met.",
                    &[
                        (
                            "Harvard",
                            0,
                            "Harvard Graduate Students Union-United Auto Workers",
                        ),
                        ("Doctor", 0, "Doctor Who Society of Canada"),
                    ],
                ),
                // A title's abbreviation alone names no organisation.
                (
                    "As the company’s VP of public policy points out, consumers win.",
                    &[("VP", 0, "")],
                ),
                // Any title after a place or company names nobody.
                (
                    "The then UK Home Secretary, Sajid Javid, met the Federal Reserve Chair.",
                    &[("UK", 0, ""), ("Federal", 0, "Federal Reserve")],
                ),
                // An irregular plural's possessive continues the name.
                (
                    "Shells were fired by the Korean People's Army, and the New People\u{2019}s \
                     Party won two seats.",
                    &[
                        ("Korean", 0, "Korean People's Army"),
                        ("New", 0, "New People\u{2019}s Party"),
                    ],
                ),
            ],
            EntityKind::Organization,
        );
    }

    #[test]
    fn an_acronym_of_an_organisation_named_in_the_text_is_that_organisation() {
        check(
            &[
                // Over the gazetteer's "CBC" (the broadcaster), with or without "The".
                (
                    "Members of the Congressional Black Caucus wrote to Julie Su. Emanuel \
                     Cleaver, co-chair of the CBC, spoke. The CBC is stepping up.",
                    &[
                        ("CBC", 0, "Congressional Black Caucus"),
                        ("The CBC", 0, "Congressional Black Caucus"),
                    ],
                ),
                // Two capitalised words are too few to stand for an acronym.
                (
                    "The Detroit News ran the story. DN editors declined to comment.",
                    &[("DN", 0, "")],
                ),
            ],
            EntityKind::Organization,
        );
    }

    #[test]
    fn the_last_words_of_a_longer_name_are_that_person() {
        check(
            &[
                // A long name no lexicon knows, later a speaker by its last two words.
                (
                    "Aung San Suu Kyi met Obama. \"Unity means prosperity,\" Suu Kyi said.",
                    &[
                        ("Aung", 0, "Aung San Suu Kyi"),
                        ("Suu Kyi", 1, "Aung San Suu Kyi"),
                    ],
                ),
                // Every later mention by the last two words, even without a speech verb.
                (
                    "Aung San Suu Kyi met Obama. Later, Suu Kyi presided over a summit. \"Unity \
                     means prosperity,\" Suu Kyi said.",
                    &[("Suu Kyi", 1, "Aung San Suu Kyi")],
                ),
                // A model with a generational-looking number is no one.
                (
                    "The Lincoln Continental Mark IV sold well. The Mark IV was long.",
                    &[("Lincoln", 0, "")],
                ),
            ],
            EntityKind::Person,
        );
    }

    #[test]
    fn a_given_name_before_an_event_head_is_a_person_by_its_apposition() {
        check(
            &[(
                "“It was crazy rain,” said Tom Day, the general manager of the resort. Nothing \
                 changes by Christmas Day, Day said.",
                &[
                    ("Tom Day", 0, "Tom Day"),
                    ("Day", 2, "Tom Day"),
                    ("Christmas", 0, ""),
                ],
            )],
            EntityKind::Person,
        );
    }

    #[test]
    fn lone_names_the_text_calls_things_are_works() {
        check(
            &[
                // Named as a thing, it stays one after "to"/"into" elsewhere.
                (
                    "The tool, called Nightshade, poisons images. Zhao's team also built Glaze, \
                     a tool that masks a style. The team will fold Nightshade into Glaze.",
                    &[
                        ("Nightshade", 0, "Nightshade"),
                        ("Nightshade", 1, "Nightshade"),
                        ("Glaze", 0, "Glaze"),
                        ("Glaze", 1, "Glaze"),
                    ],
                ),
                (
                    "Meta launched an app called Threads in July. Users flocked to Threads.",
                    &[("Threads", 1, "Threads")],
                ),
                // Not the last word of a longer title, nor a word the text writes in lowercase,
                // nor a name before a list.
                (
                    "Nintendo saved Zelda with Breath of the Wild, a game that sold well. The \
                     book is Human Work, a Taschen book on work. Of the 60 MVPs, the numbers \
                     and film agree.",
                    &[("Wild", 0, ""), ("Work", 0, ""), ("MVPs", 0, "")],
                ),
            ],
            EntityKind::Work,
        );
    }

    #[test]
    fn an_acronym_of_several_organisations_is_expanded_only_by_the_article() {
        // (text, the organisation's name)
        let cases = [
            (
                "The SEC fined the firm. Securities lawyers said the fine was small.",
                "Securities and Exchange Commission",
            ),
            (
                "The SEC and the Big Ten have new television deals for southeastern schools.",
                "Southeastern Conference",
            ),
            // Neither named: the acronym is the name.
            ("The SEC and the Big Ten have new television deals.", "SEC"),
            // The article's own expansion wins.
            (
                "The Southeastern Conference (SEC) met. The SEC voted on Friday.",
                "Southeastern Conference",
            ),
        ];
        for (text, want) in cases {
            let a = article(text);
            let names: Vec<&str> = a
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Organization)
                .map(|e| e.name.as_str())
                .collect();
            assert!(
                names.contains(&want) && !names.iter().any(|n| n.contains("SEC") && *n != want),
                "{text}: {names:?}"
            );
        }
        // A given name before "of" names a thing: "a Grant of Rights deal".
        let a = article("ACC schools signed a Grant of Rights deal in 2016.");
        assert!(
            a.entities.iter().all(|e| e.kind != EntityKind::Person),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn an_organisations_last_word_after_the_is_that_organisation() {
        // (text, the surface, the organisation it names)
        let cases = [
            (
                "The Detroit News obtained the recording. The News said he died in 2021.",
                "News",
                "Detroit News",
            ),
            (
                "The New York Knicks lost on Friday. The Knicks play again on Sunday.",
                "Knicks",
                "New York Knicks",
            ),
        ];
        for (text, surface, want) in cases {
            let a = article(text);
            let e = a
                .entities
                .iter()
                .find(|e| e.mentions.iter().any(|m| m.text == surface))
                .unwrap_or_else(|| panic!("{text}: no {surface}: {:?}", a.entities));
            assert_eq!(e.name, want, "{text}");
        }
        // "the House" is not the White House.
        let a = article("The White House declined to comment. The House voted on Friday.");
        assert!(
            a.entities
                .iter()
                .find(|e| e.name == "White House")
                .is_some_and(|e| e.mentions.len() == 1),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn romanised_given_names() {
        for (word, given) in [
            ("Chung-tai", true),
            ("Kwok-hung", true),
            ("Cheuk-ting", true),
            ("Jong-un", true),
            ("Siu-lai's", true),
            ("Text-based", false),
            ("Long-term", false),
            ("Data-driven", false),
            ("Well-known", false),
            ("Pan-democrat", false),
            ("Chung-Tai", false),
            ("Chung", false),
        ] {
            assert_eq!(super::is_given_compound(word), given, "{word}");
        }
    }

    #[test]
    fn codes_and_abbreviations_of_things_are_no_organisations() {
        let text = "Microsoft blamed the KB5033375 update and two OS fixes. A KIE is a temporary \
                    fix, and an FBI agent said the GDP grew.";
        let a = crate::parse(text, &crate::Options::default()).unwrap();
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        for word in ["KB5033375", "OS", "KIE", "GDP"] {
            assert!(!names.contains(&word), "{word} in {names:?}");
        }
        // An organisation that modifies a noun after "an" stays one.
        assert!(names.contains(&"Microsoft"), "{names:?}");
        assert!(
            a.entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "FBI")),
            "{names:?}"
        );
    }

    #[test]
    fn edit_distances() {
        let d = |a: &str, b: &str, limit| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            super::edit_distance(&a, &b, limit)
        };
        assert_eq!(d("Water", "Waters", 1), 1);
        assert_eq!(d("Mauer", "Maurer", 1), 1);
        assert_eq!(d("Bauchtman", "Buchtmann", 2), 2);
        assert_eq!(d("Johnson", "Jackson", 1), 2);
        assert_eq!(d("", "Ab", 3), 2);
    }

    #[test]
    fn possessive_endings() {
        for (text, end, expected) in [
            ("Trump's plan", 5, true),
            ("Trump’s plan", 5, true),
            ("Thomas’ sister", 6, true),
            ("Thomas' sister", 6, true),
            ("Thomas’x", 6, false),
            ("Thomas said", 6, false),
            ("Thomas’", 6, true),
            ("Thomas", 6, false),
        ] {
            assert_eq!(super::is_possessive_at(text, end), expected, "{text}");
        }
    }

    #[test]
    fn pronouns() {
        check(
            &[
                // A sentence-initial pronoun is the previous sentence's subject, not its last
                // person.
                (
                    "Daniel Montalvo left the Sea Org in 2009. Montalvo contacted former members, \
                     who helped him get in touch with Tom Devocht. He traveled to Florida.",
                    &[("He", 0, "Daniel Montalvo"), ("him", 0, "Daniel Montalvo")],
                ),
                // In its own sentence, the nearest compatible person.
                (
                    "Alia Salem said Ahmed Mohamed wishes to use his fame.",
                    &[("his", 0, "Ahmed Mohamed")],
                ),
                // … but not one named inside a fronted participle phrase, whose subject the
                // pronoun is.
                (
                    "Cardinal John Smith led the diocese. Appointed by Pope Benedict XVI in 2010, \
                     he said the church must change.",
                    &[("he", 0, "John Smith")],
                ),
                // Gender from given names: never a person of the other gender.
                (
                    "Mark Rutte met Ursula von der Leyen in Brussels. She said the talks went \
                     well, and he agreed.",
                    &[("She", 0, "Ursula von der Leyen"), ("he", 0, "Mark Rutte")],
                ),
                // A speaker's pronoun after a quote is nobody first named inside it.
                (
                    "Mary Steenburgen woke up hearing music. “I called a friend of mine, Nellie \
                     Wall, on Martha’s Vineyard,” she said.",
                    &[("she", 0, "Mary Steenburgen")],
                ),
                // A given name too often a word to mark a person still states a gender.
                (
                    "Victoria Beckham released a statement. The chairman sent an email. He said \
                     the company would donate.",
                    &[("He", 0, "")],
                ),
                // Gender from honorifics.
                (
                    "Ms. Okonjo spoke after Mr. Adeyemi. He said the plan had failed.",
                    &[("He", 0, "Adeyemi")],
                ),
                // A given name states the gender where another name does not.
                (
                    "Thomas Sam and Manju Sam are on trial over the death of their child, \
                     Gloria. She died in May.",
                    &[("She", 0, "Gloria")],
                ),
                // A reflexive is the nearest person of its own sentence.
                (
                    "Thomas Sam told the court that John Smith had hurt himself.",
                    &[("himself", 0, "John Smith")],
                ),
                // An object pronoun is not the subject of its own clause.
                (
                    "Mark Rutte said Joe Biden praised him.",
                    &[("him", 0, "Mark Rutte")],
                ),
                // "they" after a family named in the plural, while it stays in view.
                (
                    "Thomas Sam and Manju Sam are on trial in Sydney. The court heard that the \
                     Sams shunned medicine and that they used homeopathy instead. Their lawyer \
                     spoke. The jury retired. The weather was fine. They were calm.",
                    &[("they", 0, "Sams"), ("Their", 0, "Sams"), ("They", 0, "")],
                ),
                // A possessor is not a subject.
                (
                    "Thomas Sam stayed home. Allegedly, Thomas' sister pleaded with him.",
                    &[("him", 0, "Thomas Sam")],
                ),
            ],
            EntityKind::Person,
        );
    }
}
