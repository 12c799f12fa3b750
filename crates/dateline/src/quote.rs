//! Stage 5: quotes and reported speech.
//!
//! Input: the segmented document and its entities. Output: [`QuoteDraft`]s with their parts,
//! cue, speaker (resolved to an entity), addressee and date; entities gain the speakers that only
//! a speech verb revealed ("Caddell said" makes Caddell a person, "Western officials say" a group).
//!
//! 1. **Marks.** Quotation marks are paired inside one paragraph at a time, so a stray mark never
//!    derails the rest of the article. Straight marks are told apart by the characters around them;
//!    apostrophes (`it's`, `'90s`, `ministers'`) are never marks. A paragraph that opens a quote
//!    without closing it continues into the next paragraph when that one opens with a mark.
//!    Single marks inside double ones are nested quotes.
//! 2. **Attribution.** Each quoted fragment looks for a speech verb next to it: after the closing
//!    mark (`,” he said`, `,” said Rutte`), or before the opening one (`Rutte said: “…`). A fragment
//!    embedded in the writer's sentence (`These casualties “do not come…,” Rutte said`) is a
//!    partial quote whose content is the whole clause. A fragment right after an attributed one
//!    (`“A,” he said. “B.”`) or continuing it across paragraphs joins its quote; a paragraph that is
//!    only a quote continues the previous paragraph's speaker.
//! 3. **Reported speech.** `X said (that) …`, `X told Y …`, `…, X said.`, `…, said X.`,
//!    `according to X, …` without marks.
//! 4. **Speakers** resolve through the entity stage's mentions: names, surnames, pronouns and
//!    descriptions already point at their entity. A group (`Western officials`) becomes a group
//!    entity; an unknown subject stays unresolved (`null` entity) rather than guessed.

use foldhash::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;

use crate::dates;
use crate::entity::{EntityDraft, MentionDraft, MentionIndex};
use crate::lexicon::{Gender, Lexicons};
use crate::model::{BlockKind, EntityKind, MentionForm, QuoteKind};
use crate::pipeline::Doc;
use crate::segment::{Token, TokenKind};

/// The speaker of a quote before assembly.
#[derive(Clone, Debug)]
pub(crate) struct SpeakerDraft {
    pub range: Range<usize>,
    pub entity: Option<usize>,
}

/// A quote before assembly.
#[derive(Clone, Debug)]
pub(crate) struct QuoteDraft {
    pub kind: QuoteKind,
    pub parts: Vec<Range<usize>>,
    pub content: Option<Range<usize>>,
    pub speaker: Option<SpeakerDraft>,
    pub cue: Option<(Range<usize>, &'static str)>,
    pub addressee: Option<(Range<usize>, Option<usize>)>,
    pub date: Option<Date>,
    pub parent: Option<usize>,
}

impl QuoteDraft {
    /// Reported speech: the clause is both the part and the content.
    fn reported(
        clause: Range<usize>,
        speaker: SpeakerDraft,
        cue: (Range<usize>, &'static str),
        addressee: Option<(Range<usize>, Option<usize>)>,
        date: Option<Date>,
    ) -> QuoteDraft {
        QuoteDraft {
            kind: QuoteKind::Indirect,
            parts: vec![clause.clone()],
            content: Some(clause),
            speaker: Some(speaker),
            cue: Some(cue),
            addressee,
            date,
            parent: None,
        }
    }
}

/// Speech verbs: form → (lemma, takes a reported clause).
const CUES: &[(&str, &str, bool)] = &[
    ("say", "say", true),
    ("says", "say", true),
    ("said", "say", true),
    ("saying", "say", true),
    ("tell", "tell", true),
    ("tells", "tell", true),
    ("told", "tell", true),
    ("telling", "tell", true),
    ("add", "add", true),
    ("adds", "add", true),
    ("added", "add", true),
    ("adding", "add", true),
    ("warn", "warn", true),
    ("warns", "warn", true),
    ("warned", "warn", true),
    ("warning", "warn", false),
    ("argue", "argue", true),
    ("argues", "argue", true),
    ("argued", "argue", true),
    ("insist", "insist", true),
    ("insists", "insist", true),
    ("insisted", "insist", true),
    ("note", "note", true),
    ("notes", "note", true),
    ("noted", "note", true),
    ("write", "write", true),
    ("writes", "write", true),
    ("wrote", "write", true),
    ("written", "write", true),
    ("tweet", "tweet", true),
    ("tweets", "tweet", true),
    ("tweeted", "tweet", true),
    ("post", "post", false),
    ("posted", "post", false),
    ("explain", "explain", true),
    ("explains", "explain", true),
    ("explained", "explain", true),
    ("claim", "claim", true),
    ("claims", "claim", true),
    ("claimed", "claim", true),
    ("state", "state", true),
    ("states", "state", true),
    ("stated", "state", true),
    ("announce", "announce", true),
    ("announces", "announce", true),
    ("announced", "announce", true),
    ("declare", "declare", true),
    ("declares", "declare", true),
    ("declared", "declare", true),
    ("reply", "reply", false),
    ("replied", "reply", false),
    ("respond", "respond", false),
    ("responded", "respond", false),
    ("continue", "continue", false),
    ("continued", "continue", false),
    ("recall", "recall", true),
    ("recalls", "recall", true),
    ("recalled", "recall", true),
    ("acknowledge", "acknowledge", true),
    ("acknowledges", "acknowledge", true),
    ("acknowledged", "acknowledge", true),
    ("admit", "admit", true),
    ("admits", "admit", true),
    ("admitted", "admit", true),
    ("ask", "ask", false),
    ("asks", "ask", false),
    ("asked", "ask", false),
    ("suggest", "suggest", true),
    ("suggests", "suggest", true),
    ("suggested", "suggest", true),
    ("proposed", "propose", true),
    ("proposes", "propose", true),
    ("stress", "stress", true),
    ("stresses", "stress", true),
    ("stressed", "stress", true),
    ("emphasize", "emphasize", true),
    ("emphasized", "emphasize", true),
    ("emphasizing", "emphasize", true),
    ("emphasising", "emphasize", true),
    ("emphasizes", "emphasize", true),
    ("emphasised", "emphasize", true),
    ("predict", "predict", true),
    ("predicts", "predict", true),
    ("predicted", "predict", true),
    ("believe", "believe", true),
    ("believes", "believe", true),
    ("believed", "believe", true),
    ("think", "think", true),
    ("thinks", "think", true),
    ("thought", "think", true),
    ("confirm", "confirm", true),
    ("confirms", "confirm", true),
    ("confirmed", "confirm", true),
    ("deny", "deny", true),
    ("denies", "deny", true),
    ("denied", "deny", true),
    ("report", "report", true),
    ("reports", "report", true),
    ("reported", "report", true),
    ("reporting", "report", true),
    ("assert", "assert", true),
    ("asserts", "assert", true),
    ("asserted", "assert", true),
    ("contend", "contend", true),
    ("contends", "contend", true),
    ("contended", "contend", true),
    ("complain", "complain", true),
    ("complains", "complain", true),
    ("complained", "complain", true),
    ("caution", "caution", true),
    ("cautioned", "caution", true),
    ("cautioning", "caution", true),
    ("cautions", "caution", true),
    ("concede", "concede", true),
    ("concedes", "concede", true),
    ("conceded", "concede", true),
    ("conceding", "concede", true),
    ("conclude", "conclude", true),
    ("concluded", "conclude", true),
    ("concluding", "conclude", true),
    ("concludes", "conclude", true),
    ("maintain", "maintain", true),
    ("maintains", "maintain", true),
    ("maintained", "maintain", true),
    ("reiterate", "reiterate", true),
    ("reiterated", "reiterate", true),
    ("reiterates", "reiterate", true),
    ("testify", "testify", true),
    ("testified", "testify", true),
    ("testifying", "testify", true),
    ("testifies", "testify", true),
    ("vow", "vow", true),
    ("vowed", "vow", true),
    ("promise", "promise", true),
    ("promised", "promise", true),
    ("pledge", "pledge", true),
    ("pledged", "pledge", true),
    ("went", "go on", false),
    ("goes", "go on", false),
    ("vows", "vow", true),
    ("promises", "promise", true),
    ("pledges", "pledge", true),
    ("threaten", "threaten", true),
    ("threatened", "threaten", true),
    ("threatens", "threaten", true),
    ("charge", "charge", true),
    ("charged", "charge", true),
    ("charges", "charge", true),
    ("estimate", "estimate", true),
    ("estimated", "estimate", true),
    ("estimates", "estimate", true),
    ("indicate", "indicate", true),
    ("indicated", "indicate", true),
    ("indicates", "indicate", true),
    ("observe", "observe", true),
    ("observed", "observe", true),
    ("observing", "observe", true),
    ("observes", "observe", true),
    ("remark", "remark", true),
    ("remarked", "remark", true),
    ("urge", "urge", false),
    ("urged", "urge", false),
    ("urges", "urge", false),
    ("joke", "joke", true),
    ("joked", "joke", true),
    ("quip", "quip", true),
    ("quipped", "quip", true),
    ("quips", "quip", true),
    ("shout", "shout", true),
    ("shouted", "shout", true),
    ("allege", "allege", true),
    ("alleged", "allege", true),
    ("alleges", "allege", true),
    ("hint", "hint", true),
    ("hinted", "hint", true),
    ("demand", "demand", false),
    ("demanded", "demand", false),
    ("wonder", "wonder", true),
    ("wondered", "wonder", true),
    ("mention", "mention", true),
    ("mentioned", "mention", true),
    ("mentioning", "mention", true),
    ("mentions", "mention", true),
    ("reveal", "reveal", true),
    ("revealed", "reveal", true),
    ("revealing", "reveal", true),
    ("reveals", "reveal", true),
    ("assure", "assure", true),
    ("assured", "assure", true),
    ("assuring", "assure", true),
    ("assures", "assure", true),
    ("inform", "inform", true),
    ("informed", "inform", true),
    ("repeat", "repeat", true),
    ("repeated", "repeat", true),
    ("repeating", "repeat", true),
    ("repeats", "repeat", true),
    ("accuse", "accuse", true),
    ("accuses", "accuse", true),
    ("accused", "accuse", true),
    ("criticize", "criticize", false),
    ("criticized", "criticize", false),
    ("criticizes", "criticize", false),
    ("criticise", "criticize", false),
    ("criticised", "criticize", false),
    ("criticises", "criticize", false),
    // Celebrity and feature writing's verbs of saying ("shared" only: "share" and "shares" are
    // mostly nouns).
    ("gush", "gush", true),
    ("gushed", "gush", true),
    ("gushes", "gush", true),
    ("confess", "confess", true),
    ("confessed", "confess", true),
    ("confessing", "confess", true),
    ("confesses", "confess", true),
    ("rave", "rave", false),
    ("raved", "rave", false),
    ("raves", "rave", false),
    ("tease", "tease", false),
    ("teased", "tease", false),
    ("teases", "tease", false),
    ("shared", "share", false),
    ("penned", "pen", false),
    ("chimed", "chime in", false),
    ("dished", "dish", false),
    ("spilled", "spill", false),
    // Verbs of judging take the quoted words they judge by ("blasted the payout as “morally
    // wrong”"), not a reported clause.
    ("blast", "blast", false),
    ("blasted", "blast", false),
    ("blasts", "blast", false),
    ("slam", "slam", false),
    ("slammed", "slam", false),
    ("slams", "slam", false),
    ("denounce", "denounce", false),
    ("denounced", "denounce", false),
    ("denounces", "denounce", false),
    ("decry", "decry", false),
    ("decried", "decry", false),
    ("decries", "decry", false),
    ("deride", "deride", false),
    ("derided", "deride", false),
    ("derides", "deride", false),
    ("lambast", "lambast", false),
    ("lambasted", "lambast", false),
    ("lambasts", "lambast", false),
    ("blame", "blame", false),
    ("blamed", "blame", false),
    ("blames", "blame", false),
    ("accusing", "accuse", true),
    ("confide", "confide", true),
    ("confides", "confide", true),
    ("confided", "confide", true),
    ("whisper", "whisper", true),
    ("whispered", "whisper", true),
    ("whispers", "whisper", true),
    ("mutter", "mutter", true),
    ("muttered", "mutter", true),
    ("mutters", "mutter", true),
    ("retort", "retort", true),
    ("retorted", "retort", true),
    ("retorts", "retort", true),
    ("proclaim", "proclaim", true),
    ("proclaimed", "proclaim", true),
    ("proclaiming", "proclaim", true),
    ("proclaims", "proclaim", true),
    ("jeer", "jeer", false),
    ("jeered", "jeer", false),
    ("plead", "plead", false),
    ("pleaded", "plead", false),
    ("pleads", "plead", false),
    ("scoff", "scoff", false),
    ("scoffed", "scoff", false),
    ("scoffs", "scoff", false),
    ("put", "put", false),
    ("puts", "put", false),
    ("read", "read", false),
    ("reads", "read", false),
    ("call", "call", false),
    ("called", "call", false),
    ("calls", "call", false),
    ("calling", "call", false),
    ("describe", "describe", false),
    ("described", "describe", false),
    ("describes", "describe", false),
    ("describing", "describe", false),
    ("arguing", "argue", true),
    ("claiming", "claim", true),
    ("noting", "note", true),
    ("insisting", "insist", true),
    ("explaining", "explain", true),
    ("suggesting", "suggest", true),
    ("stressing", "stress", true),
    ("predicting", "predict", true),
    ("acknowledging", "acknowledge", true),
    ("asserting", "assert", true),
    ("contending", "contend", true),
    ("complaining", "complain", true),
    ("declaring", "declare", true),
    ("announcing", "announce", true),
    ("writing", "write", true),
    ("tweeting", "tweet", true),
    ("promising", "promise", true),
    ("pledging", "pledge", true),
    ("vowing", "vow", true),
    ("recalling", "recall", true),
    ("admitting", "admit", true),
    ("denying", "deny", true),
    ("confirming", "confirm", true),
    ("reiterating", "reiterate", true),
    ("alleging", "allege", true),
    ("maintaining", "maintain", true),
    ("asking", "ask", false),
    ("replying", "reply", false),
    ("responding", "respond", false),
    ("joking", "joke", false),
    ("quipping", "quip", false),
    ("shouting", "shout", false),
    ("yelling", "yell", false),
    ("chanting", "chant", false),
    ("screaming", "scream", false),
    ("exclaiming", "exclaim", false),
    ("urging", "urge", false),
    ("describing", "describe", false),
    ("comment", "comment", true),
    ("comments", "comment", true),
    ("commented", "comment", true),
    ("commenting", "comment", true),
    ("show", "show", true),
    ("shows", "show", true),
    ("showed", "show", true),
    ("find", "find", true),
    ("finds", "find", true),
    ("found", "find", true),
    ("answer", "answer", false),
    ("answered", "answer", false),
    ("answers", "answer", false),
    ("replies", "reply", false),
    ("responds", "respond", false),
    ("continues", "continue", false),
    ("boast", "boast", true),
    ("boasted", "boast", true),
    ("boasts", "boast", true),
    ("yelled", "yell", false),
    ("yells", "yell", false),
    ("sings", "sing", false),
    ("sang", "sing", false),
    ("chants", "chant", false),
    ("screams", "scream", false),
    ("shouts", "shout", true),
    ("exclaims", "exclaim", false),
    ("screamed", "scream", false),
    ("chanted", "chant", false),
    ("exclaimed", "exclaim", false),
    ("countered", "counter", true),
    ("lamented", "lament", true),
    ("laments", "lament", true),
    ("mused", "muse", false),
    ("muses", "muse", false),
    ("recounted", "recount", true),
    ("recounts", "recount", true),
    // Manner-of-speaking verbs that mostly follow the quote they report ("…,” Trump interjected).
    ("interject", "interject", false),
    ("interjected", "interject", false),
    ("interjects", "interject", false),
    ("advised", "advise", false),
    ("advises", "advise", false),
    ("snapped", "snap", false),
    ("sighed", "sigh", false),
    ("laughed", "laugh", false),
    ("intoned", "intone", false),
    ("murmured", "murmur", false),
    ("marveled", "marvel", false),
    ("marvelled", "marvel", false),
    ("fumed", "fume", true),
    ("bragged", "brag", true),
    ("brags", "brag", true),
    ("groused", "grouse", false),
    ("grumbled", "grumble", false),
    ("griped", "gripe", false),
    ("objected", "object", false),
    ("texted", "text", false),
    ("emailed", "email", false),
    ("elaborated", "elaborate", false),
    ("clarified", "clarify", true),
    ("reasoned", "reason", true),
    ("surmised", "surmise", true),
    ("speculated", "speculate", true),
    ("speculates", "speculate", true),
    ("opined", "opine", true),
    ("opines", "opine", true),
    ("agreed", "agree", false),
    ("disagreed", "disagree", false),
    ("exhorted", "exhort", false),
    ("implored", "implore", false),
    ("implores", "implore", false),
    ("begged", "beg", false),
    ("queried", "query", false),
    ("rebutted", "rebut", false),
    ("underscored", "underscore", true),
    ("reckoned", "reckon", true),
    ("bemoaned", "bemoan", false),
    ("whined", "whine", false),
    ("swore", "swear", true),
    ("touted", "tout", false),
    ("reminded", "remind", false),
    ("disclosed", "disclose", true),
    ("affirmed", "affirm", true),
    ("reaffirmed", "reaffirm", true),
    ("chuckled", "chuckle", false),
    ("barked", "bark", false),
    ("blurted", "blurt", false),
    ("gasped", "gasp", false),
    ("inquired", "inquire", false),
    ("enthused", "enthuse", false),
    ("ranted", "rant", false),
    ("mumbled", "mumble", false),
    ("stammered", "stammer", false),
    ("wailed", "wail", false),
    ("sobbed", "sob", false),
    ("echoed", "echo", false),
    ("shrugged", "shrug", false),
];

/// Cue forms that are also nouns ("a report", "mental state", "his claims").
/// Adjectives that make a following noun-or-verb cue a noun ("recent tweets").
const NOUN_ADJECTIVES: &[&str] = &[
    "recent",
    "latest",
    "new",
    "angry",
    "many",
    "several",
    "few",
    "early",
    "late",
    "previous",
    "multiple",
    "numerous",
    "public",
    "private",
    "other",
    "past",
    "first",
    "last",
    "earlier",
    "such",
    "these",
    "those",
    "false",
    "official",
    // "on a press call Friday", "a conference call", "in phone calls".
    "press",
    "phone",
    "conference",
    "video",
    "earnings",
    "radio",
];

/// How many tokens after a partial quote [`Stage::claim_end`] looks for the end of its claim.
const CLAIM_REACH: usize = 120;

/// Words that open an indirect question ("asked whether …", "Asked if …,").
fn question_word(word: &str) -> bool {
    matches!(
        word,
        "if" | "whether" | "what" | "how" | "why" | "when" | "where" | "who"
    )
}

/// Words that open a fronted subordinate clause ("While he acknowledged …, he stayed").
fn fronted_subordinator(word: &str) -> bool {
    matches!(
        word,
        "while"
            | "although"
            | "though"
            | "because"
            | "since"
            | "if"
            | "when"
            | "whereas"
            | "unless"
            | "after"
            | "before"
            | "as"
    )
}

/// How many bytes before a token a mention that covers it may start: longer than any name.
const NAME_REACH: usize = 512;

/// Nouns that report what their possessor said or holds when "that" follows ("Trump’s claim
/// that …").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "statement",
    "argument",
    "warning",
    "promise",
    "pledge",
    "vow",
    "insistence",
    "emphasis",
    "suggestion",
    "contention",
    "admission",
    "allegation",
    "accusation",
    "prediction",
    "boast",
    "charge",
];

/// Nouns for words said or written, as the object of a speech verb right before a quote ("tweeted
/// a warning. “…”").
const SPEECH_OBJECTS: &[&str] = &[
    "warning",
    "statement",
    "message",
    "note",
    "response",
    "reply",
    "explanation",
    "tweet",
    "post",
    "plea",
    "appeal",
    "reminder",
    "rebuke",
    "retort",
    "prediction",
    "promise",
    "apology",
];

const NOUN_CUES: &[&str] = &[
    "state",
    "states",
    "report",
    "reports",
    "claim",
    "claims",
    "note",
    "notes",
    "post",
    "call",
    "calls",
    "promise",
    "estimate",
    "estimates",
    "answer",
    "answers",
    "tweet",
    "tweets",
    "reads",
    "read",
    "put",
    "boast",
    "boasts",
    "demand",
    "quip",
    "joke",
    "vow",
    "pledge",
    "remark",
    "mention",
    "repeat",
    "reveal",
    "whisper",
    "retort",
    "hint",
    "stress",
    "caution",
    "urge",
    "wonder",
    "shout",
    "reply",
    "replies",
    "laments",
    "reporting",
    "blame",
    "charge",
    "comment",
];

/// The indexes of the quotes that have a speaker, in the order of their speakers' spans.
fn by_speaker_position(quotes: &[QuoteDraft]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].speaker.is_some())
        .collect();
    order.sort_by_key(|&i| quotes[i].speaker.as_ref().map_or(0, |s| s.range.start));
    order
}

/// Nouns for one person that [`AGENT_ENDINGS`] does not catch ("a spokesman", "a source"; "one
/// resident" is caught by its ending).
const ONE_PERSON_NOUNS: &[&str] = &[
    "official",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "man",
    "woman",
    "person",
    "witness",
    "friend",
    "aide",
    "expert",
    "analyst",
    "colleague",
    "diplomat",
    "veteran",
    "chief",
    "fan",
    "coach",
    "relative",
    "employee",
    "nurse",
    "victim",
    "wife",
    "husband",
    "son",
    "boy",
    "girl",
    "guy",
    "insider",
    "staffer",
    "pilot",
    "pupil",
    "specialist",
    "cousin",
    "niece",
    "nephew",
    "uncle",
    "aunt",
    "bystander",
    "passenger",
    "physician",
    "surgeon",
    "scientist",
];

/// Roles a definite description names a person by ("said the singer", "the senator added").
const ROLE_NOUNS: &[&str] = &[
    "actor",
    "singer",
    "rapper",
    "star",
    "player",
    "coach",
    "senator",
    "governor",
    "mayor",
    "president",
    "minister",
    "lawmaker",
    "spokesperson",
    "ceo",
    "founder",
    "executive",
    "director",
    "writer",
    "author",
    "reporter",
    "journalist",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "officer",
    "detective",
    "teacher",
    "doctor",
    "researcher",
    "professor",
    "economist",
    "candidate",
    "congressman",
    "congresswoman",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "commissioner",
    "chancellor",
    "premier",
    "secretary",
    "ambassador",
    "general",
    "colonel",
    "captain",
    "sergeant",
    "driver",
    "owner",
    "manager",
    "worker",
    "musician",
    "comedian",
    "host",
    "presenter",
    "producer",
    "filmmaker",
    "artist",
    "designer",
    "model",
    "athlete",
    "quarterback",
    "pitcher",
    "striker",
    "goalkeeper",
    "boxer",
    "fighter",
    "champion",
    "billionaire",
    "entrepreneur",
    "investor",
    "activist",
    "campaigner",
    "suspect",
    "defendant",
    "survivor",
    "novelist",
    "poet",
    "historian",
    "chef",
    "priest",
    "pastor",
    "bishop",
    "pope",
    "rabbi",
    "imam",
    "sheriff",
    "chief",
    "spokesman",
    "spokeswoman",
    "politician",
    "nominee",
    "incumbent",
    "challenger",
    "veteran",
    "influencer",
    "youtuber",
];

/// Heads after a person's name for the people who speak for them ("the Trump campaign").
const PERSON_ENTOURAGE: &[&str] = &[
    "campaign",
    "camp",
    "administration",
    "team",
    "transition",
    "aides",
    "aide",
    "advisers",
    "advisors",
    "adviser",
    "advisor",
    "allies",
    "ally",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyers",
    "lawyer",
    "attorney",
    "attorneys",
    "surrogates",
    "supporters",
];

/// Words a show's or a book's name modifies: "“Daily Show” host", "“Succession” star".
const WORK_PEOPLE: &[&str] = &[
    "host",
    "co-host",
    "hosts",
    "anchor",
    "star",
    "stars",
    "creator",
    "showrunner",
    "presenter",
    "author",
    "actor",
    "actress",
    "cast",
    "producer",
    "producers",
    "viewers",
    "fans",
    "contestant",
    "contestants",
    "episode",
    "episodes",
    "season",
    "singer",
    "songstress",
    "songwriter",
    "rapper",
    "hitmaker",
    "director",
    "writer",
    "narrator",
    "franchise",
    "trailer",
    "album",
    "tour",
];

/// Words right before the quoted name of a work or show.
const WORK_NOUNS: &[&str] = &[
    "on",
    "titled",
    "entitled",
    "show",
    "program",
    "programme",
    "documentary",
    "film",
    "movie",
    "book",
    "memoir",
    "series",
    "column",
    "ad",
    "spot",
    "article",
    "commentary",
    "editorial",
    "magazine",
    "newspaper",
    "segment",
    "episode",
    "broadcast",
    "clip",
    "edition",
    "season",
    "premiere",
    "chapter",
    "album",
    "song",
    "podcast",
    "headline",
    "novel",
    "play",
    "report",
    "op-ed",
    "essay",
    "paper",
    "study",
    "website",
    "script",
    "screenplay",
    "poem",
    "track",
    "single",
    "musical",
    "opera",
    "game",
    "blog",
    "newsletter",
    "exhibition",
    "campaign",
];

/// Words that open an adverbial phrase before a sentence's subject.
const CLAUSE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "as",
    "while",
    "when",
    "across",
    "since",
    "despite",
    "with",
    "without",
    "for",
    "from",
    "under",
    "over",
    "by",
    "following",
    "asked",
    "given",
    "although",
    "though",
    "if",
    "once",
    "until",
    "like",
    "unlike",
    "amid",
    "among",
    "to",
    "speaking",
    "writing",
    "last",
    "earlier",
    "later",
    "this",
];

/// Words before a noun, never before a verb.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "mental", "new", "latest", "first", "final", "no", "any", "every", "each",
];

/// [`CUES`] by word form.
static CUE_INDEX: LazyLock<HashMap<&'static str, (&'static str, bool)>> = LazyLock::new(|| {
    CUES.iter()
        .map(|&(form, lemma, clausal)| (form, (lemma, clausal)))
        .collect()
});

/// [`EVALUATIONS`] by word form (looked up for every word that is no cue).
static EVALUATION_INDEX: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| EVALUATIONS.iter().copied().collect());

/// Lowercase words that may stand between a subject and its speech verb ("has also said").
const ADVERBS: &[&str] = &[
    // Clitics split from a pronoun ("he’d say", "they'll tell").
    "’d",
    "'d",
    "’ll",
    "'ll",
    "’ve",
    "'ve",
    "also",
    "later",
    "previously",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "reportedly",
    "once",
    "recently",
    "again",
    "further",
    "earlier",
    "separately",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "often",
    "first",
    "last",
    "still",
    "just",
    "already",
    "even",
    "both",
    "all",
    "himself",
    "herself",
    "themselves",
    "itself",
    "too",
    "now",
    "always",
    "sometimes",
    "usually",
    "long",
    "soon",
    "quickly",
    "publicly",
    "privately",
];

/// Endings of nouns for people by what they do ("trader", "economist", "participant",
/// "historian").
const AGENT_ENDINGS: &[&str] = &["er", "or", "ist", "ant", "ent", "ian"];

/// Whether a described subject's head word can speak: a plural, a group or role noun, a share of
/// respondents ("63 percent said …"), or a capitalised name.
fn speaking_head(head: &str) -> bool {
    let lower = head.to_lowercase();
    let l = lower.as_str();
    head.starts_with(char::is_uppercase)
        || PERSONAL_PRONOUNS.contains(&l)
        || l.ends_with('s') && !l.ends_with("ss")
        // A person by what they do ("a staffer", "the donor", "an activist", "the president").
        || AGENT_ENDINGS.iter().any(|x| l.ends_with(x)) && !AGENT_LOOKALIKES.contains(&l)
        || GROUP_NOUNS.contains(&l)
        || SOURCE_NOUNS.contains(&l)
        || people_plural(l)
}

/// Verbs that open a sentence as imperatives addressed to the reader ("Look at …", "Imagine …").
const IMPERATIVE_OPENERS: &[&str] = &[
    "look", "consider", "imagine", "remember", "note", "see", "try", "check", "click", "visit",
    "read", "watch", "think", "keep", "tap", "select", "open", "use", "picture", "compare",
];

/// Things whose names end like agent nouns ("the merger", "the number", "the winter").
const AGENT_LOOKALIKES: &[&str] = &[
    "merger",
    "number",
    "order",
    "matter",
    "power",
    "center",
    "centre",
    "border",
    "water",
    "weather",
    "quarter",
    "summer",
    "winter",
    "chapter",
    "corner",
    "error",
    "sector",
    "factor",
    "layer",
    "filter",
    "tower",
    "computer",
    "disaster",
    "character",
    "cancer",
    "element",
    "moment",
    "event",
    "amount",
    "payment",
    "investment",
    "agreement",
    "newspaper",
    "paper",
    "letter",
    "poster",
    "trailer",
    "container",
    "server",
    "printer",
    "monitor",
    "motor",
    "reactor",
    "indicator",
    "sensor",
    "calendar",
    "register",
    "parliament",
    "government",
    "department",
    "statement",
    "document",
];

/// Nouns that name a kind of organisation and nothing more, so that "the company" refers to the
/// organisation named last.
const ORGANIZATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "retailer",
    "airline",
    "insurer",
    "lender",
    "bank",
    "broker",
    "startup",
    "conglomerate",
    "manufacturer",
    "maker",
    "chain",
    "operator",
    "producer",
    "supplier",
    "utility",
    "regulator",
    "watchdog",
    "charity",
    "nonprofit",
    "organization",
    "organisation",
    "corporation",
    "business",
    "brand",
    "club",
    "studio",
    "publisher",
    "developer",
    "giant",
];

/// Whether `adjective preposition` opens how a source knows what it says ("familiar with",
/// "close to", "briefed on").
fn sourcing_adjective(adjective: &str, preposition: &str) -> bool {
    matches!(
        (adjective, preposition),
        ("familiar", "with")
            | ("close", "to")
            | ("briefed", "on")
            | ("knowledgeable", "about")
            | ("privy", "to")
            | ("involved", "in")
    )
}

/// Whether a lowercase word has the ending of an abstract or collective common noun ("analysis",
/// "research", "evidence" aside): names of people do not end this way.
fn abstract_noun(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "sis", "tion", "sion", "ment", "ness", "ity", "ism", "ogy", "ship", "ery",
    ];
    lower.len() > 5 && ENDINGS.iter().any(|e| lower.ends_with(e))
        || matches!(
            lower,
            "research" | "evidence" | "data" | "footage" | "video" | "polling" | "science"
        )
}

/// Whether a lowercase plural names abstract things ("applications", "investments",
/// "illnesses") rather than bodies that speak ("organizations", "governments").
fn thing_plural(word: &str) -> bool {
    const BODIES: &[&str] = &[
        "organization",
        "organisation",
        "administration",
        "association",
        "coalition",
        "delegation",
        "commission",
        "foundation",
        "institution",
        "federation",
        "corporation",
        "nation",
        "congregation",
        "government",
        "department",
        "parliament",
    ];
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    stem.starts_with(char::is_lowercase)
        && stem.len() > 5
        && ["tion", "sion", "ment", "ness", "ism", "ogy"]
            .iter()
            .any(|e| stem.ends_with(e))
        && !BODIES.contains(&stem)
}

/// Whether a lowercase plural names people by what they do or are ("traders", "villagers",
/// "economists", "participants", "employees"), so that a bare plural before a speech verb
/// ("…, traders said.") is a speaking group without a lexicon entry of its own.
fn people_plural(lower: &str) -> bool {
    if PEOPLE_PLURALS.contains(&lower) {
        return true;
    }
    let Some(stem) = lower.strip_suffix('s') else {
        return false;
    };
    // Agent nouns, minus the common plurals of things that end the same way ("numbers",
    // "papers", "orders", "centers", "factors").
    const THINGS: &[&str] = &[
        "number",
        "paper",
        "order",
        "center",
        "centre",
        "factor",
        "letter",
        "matter",
        "quarter",
        "meter",
        "water",
        "layer",
        "filter",
        "border",
        "error",
        "sector",
        "motor",
        "monitor",
        "computer",
        "chapter",
        "corner",
        "winter",
        "summer",
        "power",
        "tower",
        "member",
        "anchor",
        "point",
        "event",
        "moment",
        "comment",
        "segment",
        "statement",
        "document",
        "element",
        "payment",
        "agreement",
        "investment",
        "amount",
        "account",
    ];
    (AGENT_ENDINGS.iter().any(|x| stem.ends_with(x)) || stem.ends_with("ee"))
        && stem.len() > 3
        && !THINGS.contains(&stem)
}

/// Plurals for people and outlets that [`people_plural`]'s endings miss.
const PEOPLE_PLURALS: &[&str] = &[
    "citizens",
    "rebels",
    "refugees",
    "nurses",
    "families",
    "relatives",
    "locals",
    "colleagues",
    "militants",
    "victims",
    "medics",
    "troops",
    "fans",
    "friends",
    "neighbours",
    "parents",
    "insurgents",
    "soldiers",
    "militias",
    "unions",
    "allies",
    "rivals",
    "ministers",
    "judges",
    "pilots",
    "guards",
    "crews",
    "bosses",
    "executives",
    "sources",
    "media",
    "outlets",
    "television",
    "radio",
    "newspapers",
    "broadcasters",
    "tabloids",
    // Political camps and groups of people by what they are.
    "conservatives",
    "liberals",
    "progressives",
    "moderates",
    "evangelicals",
    "independents",
    "veterans",
    "women",
    "men",
    "people",
    "students",
    "experts",
    "economists",
    "scientists",
    "doctors",
    "delegates",
    "superdelegates",
    "lawmakers",
    "legislators",
    "senators",
    "officials",
    "residents",
    "voters",
    "critics",
    "supporters",
    "opponents",
    "advocates",
    "analysts",
    "observers",
    "protesters",
    "demonstrators",
    "aides",
    "diplomats",
    "authorities",
    "investigators",
    "prosecutors",
    "police",
    "witnesses",
    "survivors",
    "immigrants",
    "migrants",
    "workers",
    "employees",
    "staff",
    "teachers",
    "patients",
    "researchers",
    "republicans",
    "democrats",
    "stewards",
    "members",
    "athletes",
    "coaches",
    "candidates",
    "scholars",
    "clients",
    "landlords",
    "pundits",
    "kids",
    "teens",
    "youths",
    "guests",
    "attendees",
    "priests",
];

/// Singular nouns for people, bodies and documents that can carry quoted words ("the book
/// accuses …", "the photo quotes …", "63 percent said …").
const SOURCE_NOUNS: &[&str] = &[
    "men",
    "women",
    "people",
    "children",
    "percent",
    "majority",
    "minority",
    "half",
    "third",
    "book",
    "program",
    "programme",
    "photo",
    "video",
    "ad",
    "post",
    "tweet",
    "memo",
    "letter",
    "bill",
    "document",
    "survey",
    "poll",
    "study",
    "article",
    "column",
    "editorial",
    "filing",
    "complaint",
    "lawsuit",
    "ruling",
    "order",
    "plan",
    "proposal",
    "platform",
    "resolution",
    "law",
    "rule",
    "policy",
    "hashtag",
    "website",
    "site",
    "page",
    "sign",
    "banner",
    "slogan",
    "headline",
    "caption",
    "message",
    "email",
    "note",
    "list",
    "film",
    "show",
    "non-profit",
    "nonprofit",
    "organization",
    "organisation",
    "group",
    "firm",
    "board",
    "panel",
    "court",
    "council",
    "committee",
    "party",
    "union",
    "network",
    "paper",
    "magazine",
    "newspaper",
    "station",
    "release",
    "speech",
    "manifesto",
    "guide",
    "handbook",
    "textbook",
    "piece",
    "story",
    "report",
    "statement",
    "ballot",
    "measure",
    "amendment",
    "agreement",
    "deal",
    "description",
    "notice",
    "announcement",
    "inscription",
    "slide",
    "footage",
    "recording",
    "transcript",
    "data",
    "analysis",
    "research",
    "findings",
    "records",
    "figures",
    "estimate",
    "estimates",
    "investigation",
    "review",
    "audit",
    "statistics",
    "documents",
    "reports",
    "polls",
    "surveys",
    "studies",
    "filings",
    "numbers",
    "projections",
];

/// Lowercase words that can head a speaking group or role ("officials", "the spokesman").
const GROUP_NOUNS: &[&str] = &[
    "officials",
    "official",
    "speakers",
    "sources",
    "source",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "police",
    "prosecutors",
    "prosecutor",
    "residents",
    "witnesses",
    "witness",
    "authorities",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ministry",
    "government",
    "statement",
    "report",
    "critics",
    "supporters",
    "observers",
    "diplomats",
    "diplomat",
    "lawmakers",
    "lawmaker",
    "leaders",
    "leader",
    "aides",
    "aide",
    "investigators",
    "researchers",
    "scientists",
    "economists",
    "doctors",
    "officers",
    "officer",
    "activists",
    "protesters",
    "people",
    "campaign",
    "spokespeople",
    "representatives",
    "representative",
    "members",
    "member",
    "staff",
    "team",
    "agency",
    "company",
    "organizers",
    "organisers",
    "officials’",
    "advisers",
    "adviser",
    "advisor",
    "advisors",
    "senators",
    "voters",
    "democrats",
    "republicans",
    "administration",
    "office",
    "department",
    "commission",
    "committee",
    "council",
    "court",
    "judge",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "study",
    "survey",
    "poll",
    "data",
    "figures",
    "polls",
    "others",
    "many",
    "some",
    "several",
    "both",
    "president",
    "minister",
    "secretary",
    "director",
    "chief",
    "chairman",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "candidate",
    "nominee",
    "executive",
    "founder",
    "professor",
    "man",
    "woman",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "friend",
    "neighbor",
    "teacher",
];

/// Verbs that take a speech verb in the infinitive and share its subject ("used to boast",
/// "wanted to say").
const CATENATIVES: &[&str] = &[
    "used",
    "wanted",
    "wants",
    "tried",
    "tries",
    "began",
    "begins",
    "continued",
    "continues",
    "likes",
    "liked",
    "went",
    "refused",
    "declined",
    "needs",
    "needed",
    "hastened",
    "rushed",
    "seemed",
    "appeared",
    "sought",
];

/// Words that qualify a share of people before its number ("Another 19 percent", "About one in
/// five").
const SHARE_QUALIFIERS: &[&str] = &[
    "another", "about", "some", "only", "just", "nearly", "almost", "over", "roughly",
];

/// Pronouns for an unnamed speaker: the whole subject ("At the rally someone shouted"), a group.
const INDEFINITE_PRONOUNS: &[&str] = &[
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
];

/// Common irregular past tenses: the verb of a relative clause ("A grandmother who went to
/// the hospital … claimed").
const IRREGULAR_PASTS: &[&str] = &[
    "saw", "spoke", "met", "knew", "went", "came", "got", "had", "made", "took", "gave", "left",
    "ran", "found", "lost", "won", "became", "began", "brought", "bought", "built", "caught",
    "did", "drove", "fell", "felt", "fought", "flew", "grew", "heard", "held", "kept", "led",
    "paid", "rode", "rose", "sat", "sent", "shot", "sold", "spent", "stood", "struck", "taught",
    "thought", "threw", "wore", "wrote", "fled", "swam", "broke", "chose", "drew", "ate", "forgot",
];

/// Words that end a subject when walking back from a speech verb.
const SUBJECT_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "if", "when", "while",
    "whereas", "as", "after", "before", "since", "than", "where", "what", "how", "why", "said",
    "told", "says", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into",
    "over", "under", "so", "yet", "although", "though", "unless", "until", "whether", "it", "this",
    "these", "those", "once",
];

/// Auxiliary and copular verbs, lowercase, that end a noun phrase.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "should",
    "may", "might", "must", "did", "does", "do", "be", "been",
];

/// Capitalised words that never name a speaker.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "as",
    "it",
    "its",
    "there",
    "some",
    "many",
    "several",
    "other",
    "one",
    "two",
    "three",
    "according",
    "unless",
    "contrast",
    "if",
    "when",
    "while",
    "after",
    "before",
    "because",
    "although",
    "though",
    "however",
    "meanwhile",
    "instead",
    "also",
    "still",
    "yet",
    "so",
    "then",
    "now",
    "here",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "whose",
    "whom",
    "whatever",
    "whoever",
    "it's",
    "it’s",
    "that's",
    "that’s",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "not",
    "no",
    "yes",
    "asked",
    "like",
    "for",
    "with",
    "from",
    "by",
    "of",
    "to",
    "even",
    "only",
    "just",
    "all",
];

const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you", "it"];

const DAY_WORDS: &[&str] = &[
    "on",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "late",
    "last",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Nouns and names in -ly that are no adverbs ("The family said", "a key ally").
const LY_NOUNS: &[&str] = &[
    "family",
    "ally",
    "assembly",
    "rally",
    "supply",
    "reply",
    "anomaly",
    "monopoly",
    "italy",
    "july",
    "bully",
    "belly",
    "jelly",
    "fly",
    "butterfly",
    "lily",
    "sally",
    "holly",
    "emily",
    "kelly",
    "molly",
    "billy",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "homily",
    "folly",
];

/// Whether `lower` negates the verb after it ("not", "never", "didn't").
fn negation(lower: &str) -> bool {
    matches!(lower, "not" | "never" | "n't" | "n’t")
        || lower.ends_with("n't")
        || lower.ends_with("n’t")
}

/// Whether a word is an adverb in -ly ("repeatedly", "now"-like modifiers of a verb), not a noun
/// or name in -ly ([`LY_NOUNS`]).
pub(crate) fn ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !LY_NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n))
}

/// Verbs of belief, expectation and feeling: form → lemma. PolNeAR counts what people think as
/// attributions; these report a clause only when "that" follows the verb (see `cue_at`).
const BELIEF_CUES: &[(&str, &str)] = &[
    ("worry", "worry"),
    ("worries", "worry"),
    ("worried", "worry"),
    ("hope", "hope"),
    ("hopes", "hope"),
    ("hoped", "hope"),
    ("know", "know"),
    ("knows", "know"),
    ("knew", "know"),
    ("expect", "expect"),
    ("expects", "expect"),
    ("expected", "expect"),
    ("fear", "fear"),
    ("fears", "fear"),
    ("feared", "fear"),
    ("assume", "assume"),
    ("assumes", "assume"),
    ("assumed", "assume"),
    ("doubt", "doubt"),
    ("doubts", "doubt"),
    ("doubted", "doubt"),
    ("understand", "understand"),
    ("understands", "understand"),
    ("understood", "understand"),
    ("realize", "realize"),
    ("realizes", "realize"),
    ("realized", "realize"),
    ("realise", "realize"),
    ("realises", "realize"),
    ("realised", "realize"),
    ("suspect", "suspect"),
    ("suspects", "suspect"),
    ("suspected", "suspect"),
    ("feel", "feel"),
    ("feels", "feel"),
    ("felt", "feel"),
    ("forecast", "forecast"),
    ("forecasts", "forecast"),
    ("recognize", "recognize"),
    ("recognizes", "recognize"),
    ("recognized", "recognize"),
    ("afraid", "fear"),
    ("confident", "confident"),
    ("concerned", "concerned"),
    ("convinced", "convinced"),
    ("aware", "aware"),
    ("hopeful", "hope"),
];

/// Verbs that judge or cite something named after them, outside [`CUES`]: form → lemma.
/// "Clinton praised Smegielski for …", "cited derogatory comments Trump had made": what is
/// judged or cited is reported (PolNeAR counts these), read by `Stage::evaluation_at`.
const EVALUATIONS: &[(&str, &str)] = &[
    ("praise", "praise"),
    ("praises", "praise"),
    ("praised", "praise"),
    ("praising", "praise"),
    ("condemn", "condemn"),
    ("condemns", "condemn"),
    ("condemned", "condemn"),
    ("condemning", "condemn"),
    ("cite", "cite"),
    ("cites", "cite"),
    ("cited", "cite"),
    ("citing", "cite"),
    ("dismiss", "dismiss"),
    ("dismisses", "dismiss"),
    ("dismissed", "dismiss"),
    ("dismissing", "dismiss"),
    ("applaud", "applaud"),
    ("applauds", "applaud"),
    ("applauded", "applaud"),
    ("applauding", "applaud"),
    ("highlight", "highlight"),
    ("highlights", "highlight"),
    ("highlighted", "highlight"),
    ("highlighting", "highlight"),
    ("mock", "mock"),
    ("mocks", "mock"),
    ("mocked", "mock"),
    ("mocking", "mock"),
    ("ridicule", "ridicule"),
    ("ridicules", "ridicule"),
    ("ridiculed", "ridicule"),
    ("ridiculing", "ridicule"),
    ("blaming", "blame"),
    ("criticizing", "criticize"),
    ("criticising", "criticize"),
    ("slamming", "slam"),
    ("blasting", "blast"),
    ("denouncing", "denounce"),
    ("lambasting", "lambast"),
    ("touting", "tout"),
    ("tout", "tout"),
    ("touts", "tout"),
    ("endorse", "endorse"),
    ("endorses", "endorse"),
    ("endorsed", "endorse"),
    ("endorsing", "endorse"),
    ("reject", "reject"),
    ("rejects", "reject"),
    ("rejected", "reject"),
    ("rejecting", "reject"),
    ("defend", "defend"),
    ("defends", "defend"),
    ("defended", "defend"),
    ("defending", "defend"),
    // (Not "question(s)": mostly the noun, "the big question is …".)
    ("questioned", "question"),
    ("questioning", "question"),
];

/// The lemmas whose object is what they report (those of [`EVALUATIONS`] and the verbs of
/// judging in [`CUES`]).
const EVALUATION_LEMMAS: &[&str] = &[
    "praise",
    "condemn",
    "cite",
    "dismiss",
    "applaud",
    "highlight",
    "mock",
    "ridicule",
    "blame",
    "criticize",
    "slam",
    "blast",
    "denounce",
    "lambast",
    "decry",
    "deride",
    "tout",
    "mention",
    "question",
    "announce",
    "endorse",
    "reject",
    "defend",
];

/// Nouns of the occasion or medium of speech: "in an interview", "at a rally", "on Twitter".
fn setting_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "statement"
            | "speech"
            | "rally"
            | "event"
            | "conference"
            | "hearing"
            | "meeting"
            | "briefing"
            | "appearance"
            | "debate"
            | "forum"
            | "call"
            | "email"
            | "letter"
            | "post"
            | "video"
            | "excerpt"
            | "tweet"
            | "tweets"
            | "twitter"
            | "facebook"
            | "release"
            | "address"
            | "remarks"
            | "visit"
            | "stop"
            | "op-ed"
            | "column"
            | "book"
            | "memoir"
            | "commercial"
            | "ad"
    )
}

/// Records whose findings are reported like speech: "the poll shows …", "records show …".
const FINDING_SOURCES: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "average",
    "averages",
    "analysis",
    "study",
    "studies",
    "data",
    "report",
    "records",
    "documents",
    "document",
    "video",
    "footage",
    "email",
    "emails",
    "transcript",
    "research",
    "figures",
    "results",
    "returns",
];

/// Beliefs said with a copula: "are worried that …", "was confident that …".
const BELIEF_ADJECTIVES: &[&str] = &[
    "worried",
    "afraid",
    "confident",
    "concerned",
    "convinced",
    "aware",
    "hopeful",
];

/// "one" to "ten": counts written as words.
fn small_number_word(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

fn belief_cue(lower: &str) -> Option<&'static str> {
    BELIEF_CUES
        .iter()
        .find(|(form, _)| *form == lower)
        .map(|(_, lemma)| *lemma)
}

fn cue(word: &str) -> Option<(&'static str, bool)> {
    // Cues are short ASCII words: skip the rest without allocating.
    if word.len() > 12 || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
        return CUE_INDEX.get(word).copied();
    }
    CUE_INDEX.get(word.to_ascii_lowercase().as_str()).copied()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    DoubleOpen,
    DoubleClose,
    SingleOpen,
    SingleClose,
}

/// A turn of an interview transcript: its paragraph, speaker label and words.
struct Turn {
    block: usize,
    label: Range<usize>,
    speech: Range<usize>,
    entity: Option<usize>,
}

/// Upper-case labels that open a paragraph without naming a speaker.
const TURN_STOP_LABELS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "CLARIFICATION",
    "WATCH",
    "READ",
    "READ MORE",
    "RELATED",
    "MORE",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "BREAKING",
    "ADVERTISEMENT",
    "SOURCE",
    "SOURCES",
    "CREDIT",
    "WARNING",
    "DISCLAIMER",
    "FACT CHECK",
    "ANALYSIS",
    "OPINION",
    "LIVE",
    "EXCLUSIVE",
    "SEE ALSO",
    "ALSO",
    "PLUS",
    "NEW",
];

/// A quoted fragment: the span inside its marks.
#[derive(Clone, Debug)]
struct Fragment {
    /// Byte of the opening mark.
    open: usize,
    /// Inside the marks, trimmed.
    inner: Range<usize>,
    /// Byte after the closing mark (or the end of the paragraph when unclosed).
    close_end: usize,
    /// Byte of the closing mark, when there is one.
    close: Option<usize>,
    block: usize,
    /// Opened and not closed in its paragraph, and the next paragraph opens with a mark.
    continues: bool,
    /// The fragment this one is nested in.
    parent: Option<usize>,
}

/// How a fragment or clause is attributed.
#[derive(Clone, Debug)]
struct Attribution {
    cue_token: usize,
    cue_range: Range<usize>,
    lemma: &'static str,
    speaker: Option<SpeakerDraft>,
    addressee: Option<(Range<usize>, Option<usize>)>,
    date: Option<Date>,
    kind: QuoteKind,
    content: Option<Range<usize>>,
}

struct Stage<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'d Lexicons,
    entities: &'d mut Vec<EntityDraft>,
    index: MentionIndex,
    groups: HashMap<String, usize>,
    /// The latest group of several words by its head noun ("official" for "senior security
    /// official"), for "the official" later.
    group_heads: HashMap<String, usize>,
    /// Memo of [`Stage::trailing_cue_floor`] by sentence end token (issue #10).
    trailing_floors: HashMap<usize, usize>,
    /// Byte spans of the top-level quoted fragments (marks included), in order: a name inside
    /// someone's quoted words is not the writer's subject.
    quoted: Vec<Range<usize>>,
}

/// Runs the quote stage.
pub(crate) fn run(
    doc: &Doc<'_>,
    entities: &mut Vec<EntityDraft>,
    lex: &Lexicons,
) -> Vec<QuoteDraft> {
    let index = MentionIndex::new(entities);
    let mut stage = Stage {
        doc,
        lex,
        entities,
        index,
        groups: HashMap::default(),
        group_heads: HashMap::default(),
        trailing_floors: HashMap::default(),
        quoted: Vec::new(),
    };
    let mut fragments = stage.fragments();
    // Interview transcripts ("PENCE: Well, look, …"): each turn is its speaker's quote, and a
    // mark left at the start of a turn opens nothing.
    let turns = stage.transcript_turns();
    let mut last_turn_speech: HashMap<usize, usize> = HashMap::default(); // block -> start
    for t in &turns {
        let start = last_turn_speech.entry(t.block).or_insert(t.speech.start);
        *start = (*start).max(t.speech.start);
    }
    fragments.retain(|f| {
        last_turn_speech
            .get(&f.block)
            .is_none_or(|&speech| f.close.is_some() && f.open >= speech)
    });
    stage.quoted = fragments
        .iter()
        .filter(|f| f.parent.is_none())
        .map(|f| f.open..f.close_end)
        .collect();
    stage.quoted.sort_by_key(|r| r.start);
    let mut quotes = stage.direct(&fragments);
    for turn in turns {
        quotes.push(stage.turn_quote(turn));
    }
    let used_cues: Vec<usize> = Vec::new();
    stage.indirect(&fragments, &mut quotes, used_cues);
    stage.listed_claims(&mut quotes);
    // Parts are ordered and disjoint whatever path added them.
    for q in &mut quotes {
        q.parts.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end)));
        let mut end = 0;
        q.parts.retain(|p| {
            let keep = p.start >= end;
            if keep {
                end = p.end;
            }
            keep
        });
    }
    stage.continue_reported_speakers(&mut quotes);
    stage.resolve_they(&mut quotes);
    stage.described_person_pronouns(&mut quotes);
    stage.role_of_last_speaker(&mut quotes);
    stage.interviewee_first_person(&mut quotes);
    stage.first_person(&quotes);
    stage.pull_quotes(&mut quotes);
    stage.drop_unused_groups(&mut quotes);
    // Attributions read more than once (a sentence seen for a quote and for reported speech)
    // must not repeat a mention.
    for e in stage.entities.iter_mut() {
        e.mentions.sort_by_key(|m| (m.range.start, m.range.end));
        e.mentions.dedup_by(|a, b| a.range == b.range);
    }
    quotes.sort_by_key(|q| q.parts.first().map_or(0, |p| p.start));
    // Parents were recorded as part starts; turn them into indexes.
    let starts: Vec<usize> = quotes
        .iter()
        .map(|q| q.parts.first().map_or(0, |p| p.start))
        .collect();
    for q in &mut quotes {
        if let Some(p) = q.parent {
            let i = starts.partition_point(|&s| s < p);
            q.parent = (starts.get(i) == Some(&p)).then_some(i);
        }
    }
    quotes
}

impl<'d, 'a> Stage<'d, 'a> {
    /// A pull quote: a quote no cue attributes, whose words an attributed quote of the article
    /// says too ("'Countries have responded with very sweeping policy changes'" above the
    /// paragraph where Schildkraut says it). It takes that quote's speaker.
    fn pull_quotes(&self, quotes: &mut [QuoteDraft]) {
        const WINDOW: usize = 4;
        let text = self.doc.text;
        // Words as hashes of their lowercase letters (FNV-1a): no string per word.
        let words = |q: &QuoteDraft| -> Vec<u64> {
            q.parts
                .iter()
                .flat_map(|p| text[p.clone()].split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(|w| {
                    w.chars()
                        .flat_map(char::to_lowercase)
                        .fold(0xcbf2_9ce4_8422_2325_u64, |h, c| {
                            (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
                        })
                })
                .collect()
        };
        let orphan = |q: &QuoteDraft| {
            q.speaker.is_none()
                && q.cue.is_none()
                && q.parent.is_none()
                && q.kind == QuoteKind::Direct
        };
        if !quotes.iter().any(orphan) {
            return;
        }
        // Every window of words of the attributed quotes (bounded: a window map of a huge
        // document stays linear in its size).
        let mut said: Vec<Vec<u64>> = vec![Vec::new(); quotes.len()];
        // (window -> quote and word where it first occurs)
        let mut windows: HashMap<&[u64], (usize, usize)> = HashMap::default();
        for (i, q) in quotes.iter().enumerate() {
            if q.kind != QuoteKind::Indirect
                && q.speaker.as_ref().is_some_and(|s| s.entity.is_some())
            {
                said[i] = words(q);
            }
        }
        for (i, w) in said.iter().enumerate() {
            for (at, window) in w.windows(WINDOW).enumerate() {
                windows.entry(window).or_insert((i, at));
            }
        }
        let mut found: Vec<(usize, SpeakerDraft)> = Vec::new();
        for (j, q) in quotes.iter().enumerate() {
            if !orphan(q) {
                continue;
            }
            let mine = words(q);
            if mine.len() <= WINDOW {
                continue;
            }
            let Some(&(i, at)) = windows.get(&mine[..WINDOW]) else {
                continue;
            };
            if said[i].get(at..at + mine.len()) == Some(mine.as_slice()) {
                if let Some(s) = quotes[i].speaker.clone() {
                    found.push((j, s));
                }
            }
        }
        for (j, s) in found {
            quotes[j].speaker = Some(s);
        }
    }

    /// Records that the pronoun at `range` refers to `entity` (a mention, and the index's entry).
    fn point_pronoun(&mut self, range: Range<usize>, entity: usize) {
        self.entities[entity].mentions.push(MentionDraft {
            range: range.clone(),
            form: MentionForm::Pronoun,
        });
        self.index.add(range, entity, MentionForm::Pronoun);
    }

    /// "The authors say … They call for …": the group in the plural named last before byte
    /// `at`, within a few sentences (the referent of "they").
    fn plural_group_before(&self, at: usize) -> Option<usize> {
        self.index
            .before(at, at.saturating_sub(1200))
            .take(8)
            .find(|(_, e, _)| {
                let name = self.entities[*e].name.to_lowercase();
                let head = name.rsplit(' ').next().unwrap_or("");
                self.entities[*e].kind == EntityKind::Group
                    && (head.ends_with('s') && !head.ends_with("ss")
                        || PEOPLE_PLURALS.contains(&head)
                        || matches!(head, "police" | "people"))
            })
            .map(|(_, e, _)| e)
    }

    /// Resolves the "they" speakers left unresolved once every attribution is read (a group
    /// named by reported speech is found after the quotes): see [`Self::plural_group_before`].
    fn resolve_they(&mut self, quotes: &mut [QuoteDraft]) {
        for q in quotes.iter_mut() {
            let Some(s) = q.speaker.as_mut().filter(|s| s.entity.is_none()) else {
                continue;
            };
            if !self.doc.text[s.range.clone()].eq_ignore_ascii_case("they") {
                continue;
            }
            let entity = self
                .plural_group_before(s.range.start)
                .or_else(|| self.organization_subject_before(s.range.start));
            if let Some(entity) = entity {
                s.entity = Some(entity);
                self.point_pronoun(s.range.clone(), entity);
            }
        }
    }

    /// "A spokesman for the company said the bridge was safe. “We checked every bolt,” he said.":
    /// a "he" or "she" speaking right after a quote of one person the text describes but does
    /// not name is that person, not the last person named before (nor nobody). No named person
    /// may come between, and the two share a paragraph: in the next one a "he" may answer
    /// ("one questioner claimed …" then "“You’re right,” he said" is the candidate).
    fn described_person_pronouns(&mut self, quotes: &mut [QuoteDraft]) {
        let order = by_speaker_position(quotes);
        // The described person last quoted: (entity, end of the last span that spoke for them).
        let mut last: Option<(usize, usize)> = None;
        let mut moved: Vec<(usize, Range<usize>)> = Vec::new();
        let mut to: HashMap<(usize, usize), usize> = HashMap::default();
        for i in order {
            let Some(s) = quotes[i].speaker.as_ref() else {
                continue;
            };
            let (range, entity) = (s.range.clone(), s.entity);
            let word = self.doc.text[range.clone()].to_lowercase();
            if matches!(word.as_str(), "he" | "she") {
                if let Some((person, _)) = last.filter(|&(person, end)| {
                    entity != Some(person)
                        && range.start >= end
                        && range.start - end <= 600
                        && self.same_block(end - 1, range.start)
                        && !self.index.within(&(end..range.start)).any(|(_, e, form)| {
                            form != MentionForm::Pronoun
                                && self.entities[e].kind == EntityKind::Person
                        })
                }) {
                    if let Some(old) = entity {
                        moved.push((old, range.clone()));
                    }
                    to.insert((range.start, range.end), person);
                    if let Some(s) = quotes[i].speaker.as_mut() {
                        s.entity = Some(person);
                    }
                    self.point_pronoun(range.clone(), person);
                    last = Some((person, range.end));
                    continue;
                }
            }
            last = entity
                .filter(|&e| self.describes_one_person(e, &range))
                .map(|e| (e, range.end))
                .or_else(|| {
                    last.filter(|&(person, _)| entity == Some(person))
                        .map(|(person, _)| (person, range.end))
                });
        }
        // The pronoun's mention leaves the person it was first given to.
        self.drop_mentions(moved, &to, quotes);
    }

    /// "“We lost the baby,” Van Der Beek said. … “You never know why these things happen,”
    /// said the actor.": a speaker described by a definite role noun alone ("the actor", "the
    /// former senator") is the person quoted last, when no other person is named between
    /// (outside quotes), the two are in one paragraph or the next, and the noun's gender does
    /// not contradict theirs.
    fn role_of_last_speaker(&mut self, quotes: &mut [QuoteDraft]) {
        let order = by_speaker_position(quotes);
        let mut last: Option<(usize, usize)> = None;
        let mut moved: Vec<(usize, Range<usize>)> = Vec::new();
        let mut to: HashMap<(usize, usize), usize> = HashMap::default();
        for i in order {
            let Some(s) = quotes[i].speaker.as_ref() else {
                continue;
            };
            let (range, entity) = (s.range.clone(), s.entity);
            if let (Some(group), Some((person, end))) = (entity, last) {
                let gender = self.entities[person].gender;
                let block = |at: usize| self.block_at(at);
                let fits = self.entities[group].kind == EntityKind::Group
                    && range.start >= end
                    && range.start - end <= 1500
                    // (The same paragraph or the next: further on, "the fire chief" may be
                    // someone new.)
                    && block(end - 1)
                        .zip(block(range.start))
                        .is_some_and(|(a, b)| b <= a + 1)
                    && self
                        .definite_role(&range)
                        .is_some_and(|g| g == Gender::Unknown || gender == Gender::Unknown || g == gender)
                    && !self.index.within(&(end..range.start)).any(|(r, e, form)| {
                        e != person
                            && form != MentionForm::Pronoun
                            && self.entities[e].kind == EntityKind::Person
                            && !overlaps_any(&r, &self.quoted)
                    });
                if fits {
                    moved.push((group, range.clone()));
                    to.insert((range.start, range.end), person);
                    if let Some(s) = quotes[i].speaker.as_mut() {
                        s.entity = Some(person);
                    }
                    self.entities[person].mentions.push(MentionDraft {
                        range: range.clone(),
                        form: MentionForm::Description,
                    });
                    self.index
                        .add(range.clone(), person, MentionForm::Description);
                    last = Some((person, range.end));
                    continue;
                }
            }
            // Only the quote just before counts: after a group's or nobody's, no one is "last".
            last = entity
                .filter(|&e| self.entities[e].kind == EntityKind::Person)
                .map(|e| (e, range.end));
        }
        self.drop_mentions(moved, &to, quotes);
    }

    /// Removes the mentions at the given (entity, range) pairs, each entity's list read once.
    /// Every quote whose speaker was one of them follows its first quote to `to`'s entity
    /// ("The military official pointed to …, saying …": two quotes, one speaker span).
    fn drop_mentions(
        &mut self,
        moved: Vec<(usize, Range<usize>)>,
        to: &HashMap<(usize, usize), usize>,
        quotes: &mut [QuoteDraft],
    ) {
        for q in quotes.iter_mut() {
            if let Some(s) = q.speaker.as_mut() {
                if let Some(&e) = to.get(&(s.range.start, s.range.end)) {
                    s.entity = Some(e);
                }
            }
        }
        let mut by_entity: HashMap<usize, HashSet<(usize, usize)>> = HashMap::default();
        for (e, r) in moved {
            by_entity.entry(e).or_default().insert((r.start, r.end));
        }
        for (e, ranges) in by_entity {
            self.entities[e]
                .mentions
                .retain(|m| !ranges.contains(&(m.range.start, m.range.end)));
        }
    }

    /// The gender a definite role description alone states ("the actor": male, "the singer":
    /// unknown), or `None` when `range` is no such description ("the head of the agency", "the
    /// officials", "the company").
    fn definite_role(&self, range: &Range<usize>) -> Option<Gender> {
        let text = self.doc.text[range.clone()].to_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.len() < 2 || words.len() > 4 || words[0] != "the" {
            return None;
        }
        let head = *words.last()?;
        if words[1..].iter().any(|w| {
            matches!(*w, "of" | "for" | "with" | "at" | "from" | "and" | "to")
                || w.ends_with("’s")
                || w.ends_with("'s")
        }) || head.ends_with('s') && !head.ends_with("ss")
            // ("the government", "the statement": things, whatever their ending.)
            || head.ends_with("ment")
        {
            return None;
        }
        const FEMALE: &[&str] = &[
            "actress",
            "spokeswoman",
            "woman",
            "mother",
            "wife",
            "daughter",
            "girl",
            "sister",
            "queen",
            "princess",
            "singer-songwriter",
        ];
        const MALE: &[&str] = &[
            "actor",
            "spokesman",
            "man",
            "father",
            "husband",
            "son",
            "boy",
            "brother",
            "king",
            "prince",
        ];
        if FEMALE.contains(&head) {
            return Some(Gender::Female);
        }
        if MALE.contains(&head) {
            return Some(Gender::Male);
        }
        // (A role by name only: "the newspaper" ends like "the reporter".)
        let person = ONE_PERSON_NOUNS.contains(&head) || ROLE_NOUNS.contains(&head);
        person.then_some(Gender::Unknown)
    }

    /// The block (paragraph) holding byte `at`.
    fn block_at(&self, at: usize) -> Option<usize> {
        self.doc
            .sentence_at(at)
            .map(|s| self.doc.sentences[s].block())
    }

    /// Whether bytes `a` and `b` lie in one block (paragraph).
    fn same_block(&self, a: usize, b: usize) -> bool {
        self.block_at(a).is_some() && self.block_at(a) == self.block_at(b)
    }

    /// Whether group `entity`, spoken for at `range`, is one person the text describes: "a
    /// spokesman for the company", "one resident", "a source familiar with the talks" (not
    /// "officials", "the company").
    fn describes_one_person(&self, entity: usize, range: &Range<usize>) -> bool {
        if self.entities[entity].kind != EntityKind::Group {
            return false;
        }
        let text = self.doc.text[range.clone()].to_lowercase();
        let mut words = text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .peekable();
        if !words
            .peek()
            // ("the campaign manager" may well be someone named before: only the indefinite.)
            .is_some_and(|w| matches!(*w, "a" | "an" | "one" | "another"))
        {
            return false;
        }
        words.next();
        let head = words
            .take_while(|w| {
                !matches!(
                    *w,
                    "for"
                        | "of"
                        | "with"
                        | "familiar"
                        | "close"
                        | "who"
                        | "from"
                        | "at"
                        | "in"
                        | "on"
                        | "to"
                        | "and"
                )
            })
            .last()
            .unwrap_or("");
        let plural = head.ends_with('s') && !head.ends_with("ss");
        !plural
            && (ONE_PERSON_NOUNS.contains(&head)
                || AGENT_ENDINGS.iter().any(|x| head.ends_with(x))
                    && !AGENT_LOOKALIKES.contains(&head))
    }

    /// "Hide.me is the only VPN to offer split tunnelling. They state on their website: …": a
    /// "They" opening a sentence, with no group before it, is the organisation that opens the
    /// sentence before, in the same paragraph.
    fn organization_subject_before(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let s = doc.sentence_at(at)?;
        if s == 0 || doc.tokens[doc.sentences[s].tokens().start].start() != at {
            return None;
        }
        let previous = &doc.sentences[s - 1];
        if previous.block() != doc.sentences[s].block() {
            return None;
        }
        let mut first = previous.tokens().start;
        if doc.lower(first) == "the" {
            first += 1;
        }
        let opening = doc.tokens.get(first)?.start();
        self.index
            .within(&(opening..at))
            .find(|(r, _, _)| r.start == opening)
            .filter(|(_, e, _)| self.entities[*e].kind == EntityKind::Organization)
            .map(|(_, e, _)| e)
    }

    /// "Interview with LibriVox founder Hugh McGuire": in an interview, the answers' "I" is the
    /// person the headline names. Resolves the speakers still written "I".
    fn interviewee_first_person(&mut self, quotes: &mut [QuoteDraft]) {
        let Some(headline) = self
            .doc
            .layout
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Headline)
            .map(|b| b.range())
        else {
            return;
        };
        let title = self.doc.text[headline.clone()].to_lowercase();
        let Some(at) = ["interview with", "q&a with", "in conversation with"]
            .iter()
            .find_map(|p| title.find(p))
        else {
            return;
        };
        let after = headline.start + at;
        let Some(person) = self
            .index
            .within(&(after..headline.end))
            .find(|(_, e, _)| self.entities[*e].kind == EntityKind::Person)
            .map(|(_, e, _)| e)
        else {
            return;
        };
        for q in quotes.iter_mut() {
            let Some(s) = q.speaker.as_mut().filter(|s| s.entity.is_none()) else {
                continue;
            };
            // (Not in a question: the interviewer asks those.)
            let question = self
                .doc
                .sentence_at(s.range.start)
                .map(|k| self.doc.layout.blocks[self.doc.sentences[k].block()].range())
                .is_some_and(|b| self.doc.text[b].trim_end().ends_with('?'));
            if &self.doc.text[s.range.clone()] != "I" || question {
                continue;
            }
            s.entity = Some(person);
            self.point_pronoun(s.range.clone(), person);
        }
    }

    /// Groups made for a subject the stage then rejected ("said the combined security lapses
    /// raise serious questions" read as a subject before the clause was seen) speak in no quote:
    /// removes them and renumbers the entities the quotes point to.
    fn drop_unused_groups(&mut self, quotes: &mut [QuoteDraft]) {
        let used: HashSet<usize> = quotes
            .iter()
            .flat_map(|q| {
                let speaker = q.speaker.as_ref().and_then(|s| s.entity);
                let addressee = q.addressee.as_ref().and_then(|a| a.1);
                speaker.into_iter().chain(addressee)
            })
            .collect();
        let mut dropped: Vec<usize> = self
            .groups
            .values()
            .copied()
            .filter(|id| !used.contains(id))
            .collect();
        if dropped.is_empty() {
            return;
        }
        dropped.sort_unstable();
        let mut remap = Vec::with_capacity(self.entities.len());
        let mut next = 0;
        for old in 0..self.entities.len() {
            remap.push(next);
            if dropped.binary_search(&old).is_err() {
                next += 1;
            }
        }
        let mut old = 0;
        self.entities.retain(|_| {
            let keep = dropped.binary_search(&old).is_err();
            old += 1;
            keep
        });
        self.groups
            .retain(|_, id| dropped.binary_search(id).is_err());
        for id in self.groups.values_mut() {
            *id = remap[*id];
        }
        for q in quotes.iter_mut() {
            if let Some(e) = q.speaker.as_mut().and_then(|s| s.entity.as_mut()) {
                *e = remap[*e];
            }
            if let Some(e) = q.addressee.as_mut().and_then(|a| a.1.as_mut()) {
                *e = remap[*e];
            }
        }
    }

    fn tok(&self, i: usize) -> &'d str {
        let r = self.doc.tokens[i].range();
        &self.doc.text[r]
    }

    /// The cue at token `t`, unless its context makes it a noun or a name: "the United States",
    /// "Kim's mental state", "his claims", "The Washington Post".
    /// Whether the words before token `t` are a determiner and a name modifying it: "a Donald
    /// Trump tweet", "the White House statement" (a noun, not a verb).
    fn name_modifier_after_determiner(&self, t: usize) -> bool {
        let mut k = t;
        while k > 0 && t - k < 4 && self.tok(k - 1).starts_with(char::is_uppercase) {
            k -= 1;
        }
        k < t
            && k > 0
            && matches!(
                self.tok(k - 1),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "this" | "that"
            )
    }

    /// Whether token `t` lies in the article's headline.
    /// "…, with some Tories accusing him of …": a participle after "with" and a short noun
    /// phrase (an absolute construction) has that phrase for its subject.
    fn with_absolute(&self, t: usize) -> bool {
        // (People only: "with a statement accusing him" leaves it to the main verb.)
        let people = t > 0
            && (self.tok(t - 1).starts_with(char::is_uppercase)
                || people_plural(self.doc.lower(t - 1)));
        people
            && (t.saturating_sub(5)..t.saturating_sub(1)).any(|w| {
                self.doc.lower(w) == "with"
                    && (w + 1..t).all(|i| {
                        self.doc.tokens[i].kind == TokenKind::Word
                            && !AUXILIARIES.contains(&self.doc.lower(i))
                            && cue(self.tok(i)).is_none()
                    })
            })
    }

    fn in_headline(&self, t: usize) -> bool {
        // Through the sentence's block: a scan of the blocks per cue would be quadratic.
        self.doc
            .sentence_at(self.doc.tokens[t].start())
            .is_some_and(|s| {
                self.doc.layout.blocks[self.doc.sentences[s].block()].kind == BlockKind::Headline
            })
    }

    /// Whether token `b` is a determiner, possessive, superlative or preposition, so that the
    /// word after it is a noun ("the greatest fear that …", "no doubt that …").
    fn modifies_noun(&self, b: usize) -> bool {
        let lower = self.doc.lower(b);
        // (DETERMINERS holds the articles and possessive pronouns.)
        DETERMINERS.contains(&lower)
            || matches!(lower, "some" | "of" | "in" | "with" | "without" | "for")
            || lower
                .strip_suffix("’s")
                .or_else(|| lower.strip_suffix("'s"))
                .is_some_and(|owner| {
                    !matches!(
                        owner,
                        "" | "he" | "she" | "it" | "that" | "who" | "there" | "what"
                    )
                })
            || (lower.len() > 4 && lower.ends_with("est"))
    }

    /// Whether token `b` makes the verb after it no statement of a belief held: a modal, an
    /// infinitive or a negation ("The Russian people should know that …", "wants them to
    /// understand that …", "did not expect that …").
    fn unasserted(&self, b: usize) -> bool {
        let lower = self.doc.lower(b);
        negation(lower)
            || matches!(
                lower,
                "should"
                    | "must"
                    | "would"
                    | "could"
                    | "will"
                    | "can"
                    | "may"
                    | "might"
                    | "to"
                    | "let"
                    | "’ll"
                    | "'ll"
                    | "’d"
                    | "'d"
            )
    }

    /// Whether token `t` stands inside someone's reported clause: a speech verb comes before
    /// it in its sentence, or a trailing attribution after a comma ends the sentence ("The
    /// Russians know that …, Rutte told The Moscow Times."). Within 40 tokens each way.
    fn inside_reported_clause(&self, t: usize) -> bool {
        let Some(s) = self.doc.sentence_at(self.doc.tokens[t].start()) else {
            return false;
        };
        let tokens = self.doc.sentences[s].tokens();
        let speech = |k: usize| cue(self.tok(k)).is_some_and(|c| c.1);
        (tokens.start.max(t.saturating_sub(40))..t).any(speech) || self.trailing_cue_reports(t)
    }

    /// Whether a trailing attribution after a comma ends the sentence of token `t` within 40
    /// tokens ("Europe must defend itself, Ruiz said Friday as she entered the talks."): `t`
    /// is inside the clause it reports.
    fn trailing_cue_reports(&self, t: usize) -> bool {
        let Some(s) = self.doc.sentence_at(self.doc.tokens[t].start()) else {
            return false;
        };
        let tokens = self.doc.sentences[s].tokens();
        let speech = |k: usize| cue(self.tok(k)).is_some_and(|c| c.1);
        // (Not a participle, ", saying, “…”": a second attribution, not a trailing one.)
        (t + 1..tokens.end.min(t + 40)).any(|k| {
            speech(k)
                && !self.tok(k).ends_with("ing")
                && (k.saturating_sub(8).max(t + 1)..k).any(|c| self.tok(c) == ",")
                && tokens.end - k <= 12
        })
    }

    fn cue_at(&self, t: usize) -> Option<(&'static str, bool)> {
        let w = self.tok(t);
        // A phrasal cue with its particle: "points out that …", not "at one point".
        let phrasal = || {
            matches!(w, "point" | "points" | "pointed" | "pointing")
                && self.doc.tokens.get(t + 1).is_some()
                && self.doc.lower(t + 1) == "out"
        };
        let that_next =
            |k: usize| self.doc.tokens.get(t + k).is_some() && self.doc.lower(t + k) == "that";
        let found = match cue(w) {
            Some(found) => found,
            None if phrasal() => ("point out", true),
            // "made clear that …", "made it clear that …".
            None if matches!(self.doc.lower(t), "make" | "makes" | "made" | "making")
                && self.doc.tokens.get(t + 1).is_some()
                && (self.doc.lower(t + 1) == "clear" && that_next(2)
                    || self.doc.lower(t + 1) == "it"
                        && self.doc.tokens.get(t + 2).is_some()
                        && self.doc.lower(t + 2) == "clear"
                        && that_next(3)) =>
            {
                ("make clear", true)
            }
            // A belief or a feeling reports a clause only when "that" opens it: "worries that
            // the cost …", not "worries about", "hopes to".
            // Inside someone's reported clause a belief is part of what they said ("Clinton
            // says she hopes …, but she knows that …").
            None if that_next(1) => match belief_cue(self.doc.lower(t)) {
                Some(lemma)
                    if !self.inside_reported_clause(t)
                        && !(t > 0 && (self.modifies_noun(t - 1) || self.unasserted(t - 1))) =>
                {
                    (lemma, true)
                }
                _ => return None,
            },
            None => return None,
        };
        let sentence_start = self
            .doc
            .sentence_at(self.doc.tokens[t].start())
            .is_none_or(|s| self.doc.sentences[s].tokens().start == t);
        // A capitalised verb is a cue at the start of a sentence or in a headline's title case
        // ("Zelensky Says …").
        if w.starts_with(char::is_uppercase) && !sentence_start && !self.in_headline(t) {
            return None;
        }
        // "he shared.", "shared with TBL", "shared that …": not the adjective ("features shared
        // tables").
        if w == "shared"
            && self.doc.tokens.get(t + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && self.tok(t + 1).starts_with(char::is_lowercase)
                    && !matches!(
                        self.doc.lower(t + 1),
                        "with"
                            | "that"
                            | "a"
                            | "an"
                            | "the"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "on"
                            | "in"
                            | "how"
                            | "what"
                            | "some"
                            | "this"
                            | "about"
                    )
            })
        {
            return None;
        }
        // "has written", "had also written": a participle is a cue only after "have" ("a
        // written statement" is an adjective).
        if w == "written" {
            let mut b = t;
            // (At most three adverbs: cue_at runs for many tokens and must stay cheap.)
            while b > 0
                && t - b < 3
                && (ly_adverb(self.doc.lower(b - 1)) || self.doc.lower(b - 1) == "also")
            {
                b -= 1;
            }
            if b == 0
                || !matches!(
                    self.doc.lower(b - 1),
                    "has" | "have" | "had" | "having" | "’ve" | "'ve"
                )
            {
                return None;
            }
        }
        // "“…,” she spilled to Radar": gossip's cue, after a quote or before "to" and an outlet
        // ("oil spilled into the bay" is no speech).
        if w == "spilled" {
            let close = |i: usize| matches!(self.tok(i), "”" | "\"");
            let to_outlet = t + 2 < self.doc.tokens.len()
                && self.doc.lower(t + 1) == "to"
                && self.tok(t + 2).starts_with(char::is_uppercase);
            let after_quote = (t.saturating_sub(4)..t).any(close);
            if !to_outlet && !after_quote {
                return None;
            }
        }
        // "as she put it", "puts it this way:": "put" speaks only with "it" ("puts military
        // in a 'quasi-state of war'" places).
        if matches!(w, "put" | "puts" | "Put" | "Puts")
            && !self
                .doc
                .tokens
                .get(t + 1)
                .is_some_and(|_| matches!(self.tok(t + 1), "it" | ":" | "this" | "that"))
        {
            return None;
        }
        // "softer language calling for …": a participle after a noun describes the noun; only
        // a participle after a comma, a conjunction or a preposition, or in a progressive,
        // speaks for the clause's subject.
        if matches!(w, "calling" | "describing")
            && t > 0
            && !matches!(
                self.doc.lower(t - 1),
                "," | "and" | "but" | "by" | "while" | "when" | "after" | "before" | "is" | "are"
                    | "was" | "were" | "been" | "point" | "—" | "–" | "-" | "statement"
                    | "letter" | "tweet" | "post" | "message" | "video" | "memo" | "resolution"
            )
            // ("… and Trump calling it a “great meeting”": a name's participle.)
            && !self.tok(t - 1).starts_with(char::is_uppercase)
        {
            return None;
        }
        // "by calling out Trump for …", "calling off the talks": a phrasal verb, no speech.
        if matches!(w, "calling" | "Calling")
            && self.doc.tokens.get(t + 1).is_some_and(|_| {
                matches!(self.doc.lower(t + 1), "out" | "off" | "up" | "in" | "back")
            })
        {
            return None;
        }
        // "a new version of this engine, called the L8P": a participle that names, not a
        // speaker after what they said (which a closing quote mark would show: "“Stop!” called
        // the guard").
        if w == "called"
            && t > 1
            && self.tok(t - 1) == ","
            && !matches!(self.tok(t - 2), "”" | "\"" | "’" | "'")
            && self.doc.tokens.get(t + 1).is_some_and(|_| {
                self.tok(t + 1).starts_with(char::is_uppercase)
                    || matches!(self.doc.lower(t + 1), "the" | "a" | "an")
            })
        {
            // The name alone up to a comma or the sentence's end ("…, called EB-5, allows"),
            // not a call of something something ("…, called Obama a “petulant child”").
            let names_only = (t + 1..(t + 7).min(self.doc.tokens.len()))
                .map(|i| self.tok(i))
                .take_while(|x| !matches!(*x, "“" | "\"" | "‘"))
                .any(|x| matches!(x, "," | "." | ";" | ")"));
            if names_only {
                return None;
            }
        }
        // "state broadcaster CCTV said", "the state said": the noun, not the verb.
        if w.eq_ignore_ascii_case("state")
            && (t > 0
                && matches!(
                    self.doc.lower(t - 1),
                    "the"
                        | "a"
                        | "this"
                        | "that"
                        | "each"
                        | "every"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "per"
                        | "one"
                        | "another"
                        | "home"
                        | "whose"
                )
                || self.doc.tokens.get(t + 1).is_some_and(|_| {
                    matches!(
                        self.doc.lower(t + 1),
                        "media"
                            | "broadcaster"
                            | "television"
                            | "tv"
                            | "news"
                            | "radio"
                            | "agency"
                            | "officials"
                            | "department"
                            | "police"
                            | "prosecutors"
                            | "lawmakers"
                            | "legislators"
                            | "law"
                            | "laws"
                            | "government"
                            | "senator"
                            | "sen."
                            | "rep."
                            | "representative"
                            | "legislature"
                            | "health"
                            | "regulators"
                            | "auditor"
                            | "attorney"
                            | "-"
                            | "-run"
                            | "-owned"
                    )
                }))
        {
            return None;
        }
        // "which has proposed a rule that would ban …": a proposal of a thing reports no words
        // ("proposed that …", "proposed we “wake up”" do).
        if found.0 == "propose"
            && self.doc.tokens.get(t + 1).is_some()
            && matches!(
                self.doc.lower(t + 1),
                "a" | "an" | "the" | "this" | "its" | "their" | "his" | "her" | "new"
            )
        {
            return None;
        }
        // "helped found LAION", "went on to found a charity": the verb "found" (establish).
        if w == "found"
            && t > 0
            && matches!(
                self.doc.lower(t - 1),
                "help" | "helps" | "helped" | "helping" | "to" | "co"
            )
        {
            return None;
        }
        // "wanted some say in the disposition of his effects", "no say over": the noun.
        if w == "say"
            && t > 0
            && t + 1 < self.doc.tokens.len()
            && matches!(
                self.tok(t - 1),
                "some" | "any" | "no" | "more" | "final" | "little" | "much" | "equal" | "real"
            )
            && matches!(self.doc.lower(t + 1), "in" | "over")
        {
            return None;
        }
        // "GOP state leaders", "state officials": "state" before a noun is no verb.
        if found.0 == "state"
            && self
                .doc
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.kind == TokenKind::Word)
            && self.tok(t + 1).starts_with(char::is_lowercase)
            && !matches!(
                self.doc.lower(t + 1),
                "that"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "it"
                    | "they"
                    | "he"
                    | "she"
                    | "we"
                    | "in"
                    | "on"
                    | "to"
                    | "this"
                    | "publicly"
                    | "clearly"
            )
        {
            return None;
        }
        // "a blog post", "the tweet", "his claim": a base form after a determiner or a noun is
        // the noun, not the verb ("they post", "will tweet" are verbs).
        // ("a voluntary recall", "the recall of …": the noun.)
        if matches!(w, "recall" | "recalls")
            && (t.saturating_sub(2)..t).any(|p| {
                matches!(
                    self.doc.lower(p),
                    "a" | "an" | "the" | "this" | "its" | "their" | "his" | "her" | "voluntary"
                )
            })
        {
            return None;
        }
        // "filings by states that want …", "a flood of reports": after a preposition, the noun
        // (a gerund is still a verb: "by saying that …").
        if t > 0
            && !w.ends_with("ing")
            && matches!(
                self.doc.lower(t - 1),
                "by" | "of" | "among" | "between" | "against"
            )
        {
            return None;
        }
        // "the melee trooper’s very obvious tells", "his claims": a plural after a possessive
        // (and adjectives) is the noun.
        if w.ends_with('s') && w.starts_with(char::is_lowercase) && t > 0 {
            let mut p = t;
            while p > 0 && t - p < 3 && {
                let a = self.doc.lower(p - 1);
                matches!(
                    a,
                    "very" | "most" | "more" | "so" | "too" | "many" | "new" | "old"
                ) || [
                    "ous", "ive", "al", "ful", "less", "ic", "ible", "able", "ary", "ent", "ant",
                    "ward", "ed",
                ]
                .iter()
                .any(|x| a.ends_with(x))
                    && self.tok(p - 1).starts_with(char::is_lowercase)
            } {
                p -= 1;
            }
            if p > 0 {
                let owner = self.doc.lower(p - 1);
                let possessive = matches!(
                    owner,
                    "his" | "her" | "their" | "its" | "my" | "our" | "your"
                ) || (owner.ends_with("’s") || owner.ends_with("'s"))
                    && !matches!(
                        owner,
                        "it’s"
                            | "it's"
                            | "he’s"
                            | "he's"
                            | "she’s"
                            | "she's"
                            | "that’s"
                            | "that's"
                            | "what’s"
                            | "what's"
                            | "there’s"
                            | "there's"
                            | "who’s"
                            | "who's"
                            | "here’s"
                            | "here's"
                    );
                if possessive {
                    return None;
                }
            }
        }
        // "Let’s say you think …", "let us say": a supposition, not speech.
        if w.eq_ignore_ascii_case("say") && t > 0 {
            let prev = self.doc.lower(t - 1);
            let before = if t > 1 { self.doc.lower(t - 2) } else { "" };
            if matches!(prev, "let's" | "let’s")
                || matches!(prev, "us" | "’s" | "'s") && before == "let"
            {
                return None;
            }
        }
        // "comments" is a verb only after quoted words ("…,” comments Robin Biesbroek") or
        // before "that" ("derogatory comments Trump had made" is the noun).
        if w == "comments"
            && !(t > 0 && matches!(self.tok(t - 1), "”" | "\"" | "," | "''")
                || self.doc.tokens.get(t + 1).is_some() && self.doc.lower(t + 1) == "that")
        {
            return None;
        }
        // "a celestial wonder that …", "a bold claim": a base form after "a"/"an" and one word
        // is a noun (a verb after a singular subject takes -s).
        // ("a Weibo post that said …": a name as the modifier too.)
        if found.0 == w
            && t >= 2
            && matches!(self.doc.lower(t - 2), "a" | "an")
            && self.doc.tokens[t - 1].kind == TokenKind::Word
        {
            return None;
        }
        // "the marriage claim the account made", "a unique light show that …": a noun after a
        // determiner and a noun ("the officials claim …", "the data show …" are verbs).
        if matches!(w, "claim" | "show")
            && t >= 2
            && (matches!(self.doc.lower(t - 2), "the" | "a" | "an" | "this" | "that")
                || t >= 3
                    && matches!(self.doc.lower(t - 3), "the" | "a" | "an" | "this" | "that")
                    && self.tok(t - 2).starts_with(char::is_lowercase)
                    && self.doc.tokens[t - 2].kind == TokenKind::Word)
            && self.doc.tokens[t - 1].kind == TokenKind::Word
            && self.tok(t - 1).starts_with(char::is_lowercase)
            && !self.doc.lower(t - 1).ends_with('s')
            && !matches!(
                self.doc.lower(t - 1),
                "police"
                    | "people"
                    | "staff"
                    | "government"
                    | "public"
                    | "media"
                    | "press"
                    | "party"
                    | "team"
                    | "company"
                    | "group"
                    | "data"
                    | "criteria"
            )
        {
            return None;
        }
        // ("a TV show you were enjoying", "his comments", "the hibernating state".)
        if matches!(
            w,
            "post"
                | "tweet"
                | "claim"
                | "report"
                | "comment"
                | "comments"
                | "reply"
                | "answer"
                | "show"
                | "shows"
                | "state"
        ) && t > 0
            && {
                let prev = self.doc.lower(t - 1);
                matches!(w, "state" | "show" | "shows") && prev.ends_with("ing")
                    || matches!(
                        prev,
                        "tv" | "talk" | "game" | "radio" | "reality" | "cooking" | "morning"
                    )
                    || matches!(
                        prev,
                        "a" | "an"
                            | "the"
                            | "this"
                            | "that"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                            | "blog"
                            | "facebook"
                            | "instagram"
                            | "online"
                            | "news"
                            | "social"
                            | "media"
                            | "twitter"
                            | "x"
                            | "linkedin"
                            | "reddit"
                            | "new"
                            | "first"
                            | "last"
                            | "latest"
                            | "recent"
                            | "same"
                            | "original"
                    )
                    || self.tok(t - 1).ends_with("’s")
                    || self.tok(t - 1).ends_with("'s")
            }
        {
            return None;
        }
        // "was accused of fraud", "the accused": passive or a noun, no one speaks; "tweets
        // accusing X of …" (a reduced relative) and "to accuse" leave the clause's speaker to
        // the main verb.
        if found.0 == "accuse"
            && t > 0
            && (matches!(
                self.doc.lower(t - 1),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "being"
                    | "be"
                    | "the"
                    | "an"
                    | "get"
                    | "got"
                    | "stand"
                    | "stands"
                    | "stood"
                    | "to"
            ) || w.ends_with("ing") && self.tok(t - 1) != "," && !self.with_absolute(t))
        {
            return None;
        }
        // Passive: "a Marine was found guilty", "she was told", "it is widely reported" — the
        // subject does not speak ("has been saying" is active).
        if t > 0 && !w.ends_with("ing") && !BELIEF_ADJECTIVES.contains(&self.doc.lower(t)) {
            let mut b = t - 1;
            // (ADVERBS also lists the copulas that may stand before a verb: "was" is not
            // skipped as one here.)
            if b > 0
                && (ly_adverb(self.doc.lower(b)) || ADVERBS.contains(&self.doc.lower(b)))
                && !AUXILIARIES.contains(&self.doc.lower(b))
            {
                b -= 1;
            }
            if matches!(
                self.doc.lower(b),
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "am"
                    | "been"
                    | "being"
                    | "be"
                    | "get"
                    | "gets"
                    | "got"
            ) {
                return None;
            }
        }
        // "charged that …" is an accusation; "charged with fraud", "the charges" are not speech.
        if found.0 == "charge"
            && !(self.doc.tokens.get(t + 1).is_some() && self.tok(t + 1) == "that")
        {
            return None;
        }
        // "went on" is a speech verb only with its particle, closing the clause ("Trump went
        // on, …" / "…,” Trump went on.") and not before "to" ("went on to win").
        if found.0 == "go on" {
            let next = |k: usize| self.doc.tokens.get(t + k).map(|_| self.tok(t + k));
            if next(1) != Some("on") || !matches!(next(2), None | Some("," | "." | ":" | "“")) {
                return None;
            }
        }
        // "a think tank": a noun.
        if found.0 == "think"
            && self.doc.tokens.get(t + 1).is_some()
            && matches!(self.doc.lower(t + 1), "tank" | "tanks" | "piece" | "pieces")
        {
            return None;
        }
        // "tell the odd white lie", "told stories", "tell the difference": what is told, not
        // a report.
        if found.0 == "tell"
            && (t + 1..(t + 5).min(self.doc.tokens.len())).any(|k| {
                matches!(
                    self.doc.lower(k),
                    "lie"
                        | "lies"
                        | "truth"
                        | "story"
                        | "stories"
                        | "joke"
                        | "jokes"
                        | "tale"
                        | "tales"
                        | "difference"
                        | "apart"
                        | "fibs"
                        | "fib"
                )
            })
            && !(t + 1..(t + 5).min(self.doc.tokens.len())).any(|k| self.doc.lower(k) == "that")
        {
            return None;
        }
        // "Rest Adds Up Over Time", "… add to the narrative that …": not words added; "added
        // to reporters", "added to the Times" say to whom.
        if found.0 == "add" {
            let word = |k: usize| self.doc.tokens.get(t + k).map(|_| self.doc.lower(t + k));
            let person = |k: usize| {
                self.doc.tokens.get(t + k).is_some_and(|_| {
                    self.tok(t + k).starts_with(char::is_uppercase)
                        || matches!(
                            self.doc.lower(t + k),
                            "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them"
                        )
                })
            };
            match word(1) {
                Some("up") => return None,
                Some("to") if !(person(2) || word(2) == Some("the") && person(3)) => return None,
                _ => {}
            }
        }
        // "she found it hard to accept", "found himself alone": an object and its complement;
        // "The body found in Lake Barkley was …", "found dead", "found guilty": a participle
        // or a state, not a finding.
        if found.0 == "find" && self.doc.tokens.get(t + 1).is_some() {
            let state = matches!(
                self.doc.lower(t + 1),
                "in" | "at"
                    | "on"
                    | "near"
                    | "inside"
                    | "under"
                    | "dead"
                    | "alive"
                    | "guilty"
                    | "floating"
                    | "wrapped"
                    | "lying"
            );
            let object = matches!(
                self.doc.lower(t + 1),
                "it" | "them"
                    | "him"
                    | "her"
                    | "me"
                    | "us"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "itself"
                    | "myself"
                    | "ourselves"
                    | "yourself"
            );
            // ("The study found it was safe" reports a clause.)
            let clause = self.doc.tokens.get(t + 2).is_some_and(|_| {
                matches!(
                    self.doc.lower(t + 2),
                    "was"
                        | "is"
                        | "were"
                        | "are"
                        | "had"
                        | "has"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "did"
                        | "does"
                        | "might"
                        | "may"
                        | "should"
                )
            });
            if state || object && !clause {
                return None;
            }
        }
        // "his administration continues to carve out …" is not speech.
        if found.0 == "continue" && self.doc.tokens.get(t + 1).is_some() && self.tok(t + 1) == "to"
        {
            return None;
        }
        if t > 0 && NOUN_CUES.contains(&w.to_ascii_lowercase().as_str()) {
            // "missing Wall Street estimates", "beat Refinitiv estimates": a name that is the
            // object of a verb or preposition modifies the noun.
            let mut name = t;
            while name > 0 && t - name < 4 && self.tok(name - 1).starts_with(char::is_uppercase) {
                name -= 1;
            }
            if name < t && name > 0 {
                let before = self.doc.lower(name - 1);
                let object = self.doc.tokens[name - 1].kind == TokenKind::Word
                    && self.tok(name - 1).starts_with(char::is_lowercase)
                    && (before.ends_with("ing") && before.len() > 4
                        || before.ends_with("ed") && before.len() > 3
                        || matches!(
                            before,
                            "of" | "to"
                                | "with"
                                | "from"
                                | "above"
                                | "below"
                                | "than"
                                | "beat"
                                | "miss"
                                | "missed"
                                | "topped"
                                | "top"
                                | "exceed"
                        ));
                if object {
                    return None;
                }
            }
            let prev = self.tok(t - 1);
            let lower = prev.to_ascii_lowercase();
            // ("secretary of state as …": a noun after "of"; "took note of": after a light
            // verb.)
            if DETERMINERS.contains(&lower.as_str())
                || matches!(
                    lower.as_str(),
                    "take" | "takes" | "took" | "taken" | "taking" | "make" | "makes" | "made"
                )
                || lower == "of"
                || prev.ends_with("'s")
                || prev.ends_with("’s")
                || matches!(prev, "'" | "’")
                || matches!(prev, "”" | "\"") && !self.after_quoted_clause(t - 1)
                || self.doc.tokens[t - 1].kind == TokenKind::Number
                // "Trump's early-morning tweets", "his recent claims are …": a noun.
                || prev.contains('-') && prev.chars().all(|c| c.is_lowercase() || c == '-')
                || NOUN_ADJECTIVES.contains(&lower.as_str())
                // "the rampant blame that …": a base form after a determiner and one singular
                // word would not agree with it as a verb ("the officials blame" would).
                || t >= 2
                    && found.0 == w
                    // (Their past tense is the base form: "the article read".)
                    && !matches!(w, "read" | "put")
                    && self.doc.tokens[t - 1].kind == TokenKind::Word
                    && prev.chars().all(|c| c.is_lowercase())
                    && !prev.ends_with('s')
                    && !people_plural(&lower)
                    && !GROUP_NOUNS.contains(&lower.as_str())
                    && matches!(
                        self.doc.lower(t - 2),
                        "the" | "a" | "an" | "this" | "his" | "her" | "its"
                    )
                || self.name_modifier_after_determiner(t)
                || self.doc.tokens.get(t + 1).is_some_and(|_| {
                    matches!(self.tok(t + 1), "are" | "were" | "is" | "was" | "have" | "has")
                })
            {
                return None;
            }
        }
        Some(found)
    }

    /// "I", "me", "my" inside a direct quote are its speaker.
    fn first_person(&mut self, quotes: &[QuoteDraft]) {
        for q in quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
            let Some(id) = q
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .filter(|&e| self.entities[e].kind == EntityKind::Person)
            else {
                continue;
            };
            for part in &q.parts {
                let mut t = self.doc.token_at(part.start);
                while t < self.doc.tokens.len() && self.doc.tokens[t].end() <= part.end {
                    let w = self.tok(t);
                    if matches!(w, "I" | "me" | "my" | "myself" | "mine" | "Me" | "My") {
                        let range = self.doc.tokens[t].range();
                        self.point_pronoun(range, id);
                    }
                    t += 1;
                }
            }
        }
    }

    /// Paragraphs that open with an upper-case speaker label and a colon, the convention of
    /// interview transcripts ("PENCE: Well, look, …", "MR. TRUMP: We will …"). A label counts when
    /// it names a person of the article, or when the article holds three turns or more.
    fn transcript_turns(&self) -> Vec<Turn> {
        let text = self.doc.text;
        let mut turns = Vec::new();
        for (b, block) in self.doc.layout.blocks.iter().enumerate() {
            if block.kind != BlockKind::Paragraph {
                continue;
            }
            let r = block.range();
            let lead = text[r.clone()]
                .find(|c: char| !matches!(c, '"' | '“' | '”' | '\'' | ' '))
                .unwrap_or(0);
            let start = r.start + lead;
            let head = &text[start..ceil_boundary(text, (start + 40).min(r.end))];
            let Some(colon) = head.find(": ") else {
                continue;
            };
            let label = &head[..colon];
            let letters = label.chars().filter(|c| c.is_alphabetic()).count();
            let speech_start = start + colon + 2;
            let speech = speech_start..r.end;
            if letters < 2
                || label.split(' ').count() > 3
                || !label
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
                || TURN_STOP_LABELS.contains(&label)
                || self.names_a_place(label)
                || text[speech.clone()].split_whitespace().count() < 2
            {
                continue;
            }
            let surname = label.rsplit(' ').next().unwrap_or(label);
            let entity = self.entities.iter().position(|e| {
                e.kind == EntityKind::Person
                    && e.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.to_uppercase() == surname)
            });
            turns.push(Turn {
                block: b,
                label: start..start + colon,
                speech,
                entity,
            });
        }
        if turns.len() < 3 {
            turns.retain(|t| t.entity.is_some());
        }
        turns
    }

    /// Whether an upper-case label is a place the lexicon knows ("WASHINGTON", "NEW YORK"):
    /// a dateline, not a speaker.
    fn names_a_place(&self, label: &str) -> bool {
        let title: Vec<String> = label
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect();
        self.lex.places.contains_key(title.join(" ").as_str())
    }

    fn turn_quote(&mut self, turn: Turn) -> QuoteDraft {
        if let Some(id) = turn.entity {
            self.entities[id].mentions.push(MentionDraft {
                range: turn.label.clone(),
                form: MentionForm::PartialName,
            });
            self.index
                .add(turn.label.clone(), id, MentionForm::PartialName);
        }
        let colon = turn.label.end..turn.label.end + 1;
        let end = self.doc.text[turn.speech.clone()].trim_end().len() + turn.speech.start;
        let speech = turn.speech.start..end;
        QuoteDraft {
            kind: QuoteKind::Direct,
            parts: vec![speech],
            content: None,
            speaker: Some(SpeakerDraft {
                range: turn.label,
                entity: turn.entity,
            }),
            cue: Some((colon, "say")),
            addressee: None,
            date: None,
            parent: None,
        }
    }

    /// Quoted fragments of every content block, in text order.
    fn fragments(&self) -> Vec<Fragment> {
        let text = self.doc.text;
        let blocks = &self.doc.layout.blocks;
        // Found as the loop goes (no list of them: a text of many short lines has a block per
        // line, issue #9).
        let quotable_from = |from: usize| {
            (from..blocks.len()).find(|&i| {
                matches!(
                    blocks[i].kind,
                    BlockKind::Paragraph
                        | BlockKind::Headline
                        | BlockKind::Standfirst
                        | BlockKind::Caption
                )
            })
        };
        let mut out = Vec::new();
        // Open double marks: (byte of the mark, byte after it, style). `''` marks are two
        // bytes. A mark of another style nests ("… “inner” …"); a mark of the same style
        // re-opens (a stray mark does not swallow the paragraph).
        let style = |at: usize| match text[at..].chars().next() {
            Some('"' | '\'') => 0u8,
            Some('«' | '»') => 2,
            _ => 1,
        };
        // A text typed with curly marks whose paragraphs sometimes start with a straight one
        // (`"Kevin was snoring.`): such a lone straight mark is a conversion artefact.
        let curly_text = text.matches(['“', '”']).count() > 2 * text.matches('"').count();
        let mut next_quotable = quotable_from(0);
        while let Some(b) = next_quotable {
            next_quotable = quotable_from(b + 1);
            let range = blocks[b].range();
            let marks = scan_marks(text, range.clone());
            // The style of the mark opening the next paragraph, if one does.
            let next_opens = next_quotable.and_then(|n| {
                let r = blocks[n].range();
                scan_marks(text, r.start..ceil_boundary(text, (r.start + 8).min(r.end)))
                    .first()
                    .filter(|m| m.0 == r.start && m.1 == Mark::DoubleOpen)
                    .map(|m| style(m.0))
            });
            let mut open: Vec<(usize, usize, u8)> = Vec::new();
            let mut top: Vec<usize> = Vec::new();
            let mut nested: Vec<usize> = Vec::new();
            for (i, &(at, mark, len)) in marks.iter().enumerate() {
                match mark {
                    Mark::DoubleOpen => {
                        let st = style(at);
                        if let Some(pos) = open.iter().position(|o| o.2 == st) {
                            // Marks of one style at both levels (`"he shouted "Allah hu
                            // Akbar!" as …"`, “… what he calls “hell” than …”) nest when the
                            // next two marks of the style both close (looked for among the next
                            // few marks only).
                            let nests = pos + 1 == open.len()
                                && marks[i + 1..]
                                    .iter()
                                    .take(16)
                                    .filter(|m| {
                                        matches!(m.1, Mark::DoubleOpen | Mark::DoubleClose)
                                            && style(m.0) == st
                                    })
                                    .take(2)
                                    .filter(|m| m.1 == Mark::DoubleClose)
                                    .count()
                                    == 2;
                            if !nests {
                                open.truncate(pos);
                            }
                        }
                        open.push((at, at + len, st));
                    }
                    Mark::DoubleClose => {
                        let st = style(at);
                        // A close of another style than any open mark still closes the last one
                        // (“text" typed with mixed marks).
                        let Some(pos) = open
                            .iter()
                            .rposition(|o| o.2 == st)
                            .or(open.len().checked_sub(1))
                        else {
                            continue;
                        };
                        let (mark_at, o, _) = open[pos];
                        open.truncate(pos);
                        if let Some(inner) = trim_inner(text, o..at) {
                            if pos == 0 {
                                top.push(out.len());
                            } else {
                                nested.push(out.len());
                            }
                            out.push(Fragment {
                                open: mark_at,
                                inner,
                                close_end: at + len,
                                close: Some(at),
                                block: b,
                                continues: false,
                                parent: None,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(&(mark_at, o, st)) = open.first() {
                let at_start = mark_at == range.start;
                // A multi-paragraph quote goes on in the same style of marks.
                let next_opens = next_opens == Some(st);
                let stray = st == 0 && curly_text && !next_opens;
                if (next_opens || at_start) && !stray {
                    if let Some(inner) = trim_inner(text, o..range.end) {
                        top.push(out.len());
                        out.push(Fragment {
                            open: mark_at,
                            inner,
                            close_end: range.end,
                            close: None,
                            block: b,
                            continues: next_opens,
                            parent: None,
                        });
                    }
                }
            }
            // Double marks inside double marks of another style: records under their container.
            for &n in &nested {
                let r = out[n].inner.clone();
                let container = top
                    .iter()
                    .copied()
                    .find(|&f| out[f].inner.start <= r.start && r.end <= out[f].inner.end);
                match container {
                    Some(c) => out[n].parent = Some(c),
                    // The container never closed: the inner quote stands alone.
                    None => top.push(n),
                }
            }
            // Single marks: nested inside double fragments, or top-level elsewhere.
            let singles: Vec<(usize, Mark, usize)> = marks
                .iter()
                .copied()
                .filter(|m| matches!(m.1, Mark::SingleOpen | Mark::SingleClose))
                .collect();
            // Top-level fragments do not overlap: sorted by start, the one holding a byte is
            // found by binary search (a paragraph of thousands of quotes stays linear).
            let mut covered: Vec<(usize, Range<usize>)> =
                top.iter().map(|&f| (f, out[f].inner.clone())).collect();
            covered.sort_by_key(|(_, r)| r.start);
            let holding = |at: usize, end_inclusive: bool| {
                let i = covered.partition_point(|(_, r)| r.start <= at);
                let (f, r) = covered.get(i.checked_sub(1)?)?;
                (at < r.end || end_inclusive && at == r.end).then_some(*f)
            };
            let mut pending: Option<(usize, usize)> = None; // (inner start, len of mark)
            for (at, mark, len) in singles {
                let container = holding(at, false);
                match mark {
                    Mark::SingleOpen => pending = Some((at + len, len)),
                    Mark::SingleClose => {
                        let Some((o, olen)) = pending.take() else {
                            continue;
                        };
                        let same = holding(o, true) == container;
                        if !same {
                            continue;
                        }
                        let Some(inner) = trim_inner(text, o..at) else {
                            continue;
                        };
                        let words = text[inner.clone()].split_whitespace().count();
                        if container.is_none() && words < 2 && blocks[b].kind != BlockKind::Headline
                        {
                            continue;
                        }
                        out.push(Fragment {
                            open: o - olen,
                            inner,
                            close_end: at + len,
                            close: Some(at),
                            block: b,
                            continues: false,
                            parent: container,
                        });
                    }
                    _ => {}
                }
            }
        }
        out.sort_by_key(|f| f.open);
        // Parents were indexes before sorting; re-point them by position.
        out
    }

    /// Direct and partial quotes from fragments.
    fn direct(&mut self, fragments: &[Fragment]) -> Vec<QuoteDraft> {
        let mut quotes: Vec<QuoteDraft> = Vec::new();
        let mut cue_quote: HashMap<usize, usize> = HashMap::default();
        // Quote of the previous top-level fragment, and where its attribution ended.
        let mut last: Option<(usize, &Fragment, usize)> = None;
        let mut block_quote: HashMap<usize, usize> = HashMap::default();
        for f in fragments
            .iter()
            .filter(|f| f.parent.is_none() && f.open < f.inner.start)
        {
            // “Fox News Sunday”, NBC's “Nightly News”, the documentary “13th”: the name of a
            // work or show in a writer's sentence, not anyone's words.
            let title = is_title(&self.doc.text[f.inner.clone()]);
            // Anywhere in the sentence ("the “Used to Be Young” songstress"), but only when
            // nothing inside the marks ends a clause (not "“No Way,” singer Jane Doe said").
            // (The inner span leaves a closing comma out: look up to the mark.)
            let bare = !self.doc.text[f.inner.start..f.close.unwrap_or(f.inner.end)]
                .trim_end()
                .ends_with([',', '.', '!', '?', ';', ':']);
            if title && bare && self.names_a_work_before_noun(f)
                || self.titles_a_work_after_comma(f)
            {
                continue;
            }
            // A title that is the subject of the writer's sentence: "“The Iron Claw” revolves
            // around …", "“The Iron Claw” is in theaters."
            let next = self.doc.token_at(f.close_end);
            if title
                && bare
                && self.fragment_covers_sentence(f)
                && next < self.doc.tokens.len()
                && self.doc.tokens[next].kind == TokenKind::Word
                && self.tok(next).starts_with(char::is_lowercase)
                && self.cue_at(next).is_none()
                && self.doc.layout.blocks[f.block].kind != BlockKind::Headline
            {
                continue;
            }
            // A title in marks on a line of its own, as listings head their entries
            // ("‘Shrek: The Musical’"): a name, not anyone's words.
            let block = self.doc.layout.blocks[f.block].range();
            if title
                && f.close.is_some()
                && self.only_space_or_punct(block.start, f.open)
                && self.only_space_or_punct(f.close_end, block.end)
                && !self.doc.text[f.inner.clone()]
                    .trim_end()
                    .ends_with(['.', '!', '?', ','])
            {
                continue;
            }
            if !self.fragment_covers_sentence(f)
                && title
                && (self.names_a_work(f)
                    || self.doc.layout.blocks[f.block].kind != BlockKind::Headline
                        && !self.cued_name(f))
            {
                continue;
            }
            let attribution = self.attribute(f);
            let continuing = last.filter(|(_, prev, _)| {
                prev.continues
                    && prev.block != f.block
                    && self.next_content_block(prev.block) == Some(f.block)
            });
            let follows = last.filter(|(q, prev, attr_end)| {
                prev.block == f.block
                    && quotes[*q].speaker.is_some()
                    && *attr_end <= f.open
                    && (self.only_space_or_punct(*attr_end, f.open)
                        || self.fragment_covers_sentence(f)
                            && self.same_speaker_between(
                                *attr_end..f.open,
                                quotes[*q].speaker.as_ref().and_then(|s| s.entity),
                            ))
            });
            let qi = if let Some((q, _, _)) = continuing {
                quotes[q].parts.push(f.inner.clone());
                if let Some(a) = &attribution {
                    if quotes[q].speaker.is_none() {
                        apply(&mut quotes[q], a);
                    }
                    cue_quote.insert(a.cue_token, q);
                }
                q
            } else if let Some(q) = attribution
                .as_ref()
                .and_then(|a| cue_quote.get(&a.cue_token).copied())
            {
                quotes[q].parts.push(f.inner.clone());
                q
            } else if let (Some((q, _, _)), None) = (follows, &attribution) {
                quotes[q].parts.push(f.inner.clone());
                q
            } else if let Some(q) = last
                // "Cruz called Trump a “pathological liar” who is “utterly amoral,” a “bully”":
                // quoted words without a cue of their own inside the claim of the partial quote
                // before them are more parts of it.
                .filter(|(q, prev, _)| {
                    attribution.is_none()
                        && prev.block == f.block
                        && quotes[*q].kind == QuoteKind::Partial
                        && quotes[*q]
                            .content
                            .as_ref()
                            .is_some_and(|c| c.start <= f.open && f.inner.end <= c.end)
                })
                .map(|(q, _, _)| q)
            {
                quotes[q].parts.push(f.inner.clone());
                q
            } else {
                let mut quote = QuoteDraft {
                    kind: QuoteKind::Direct,
                    parts: vec![f.inner.clone()],
                    content: None,
                    speaker: None,
                    cue: None,
                    addressee: None,
                    date: None,
                    parent: None,
                };
                match &attribution {
                    Some(a) => {
                        apply(&mut quote, a);
                        cue_quote.insert(a.cue_token, quotes.len());
                    }
                    None => {
                        // A paragraph that is only a quote continues the previous paragraph's speaker.
                        let block = &self.doc.layout.blocks[f.block];
                        let whole =
                            f.open == block.range().start && f.close_end + 2 >= block.range().end;
                        let prev_block = self.prev_content_block(f.block);
                        let introduced = prev_block.and_then(|b| self.introducer(b));
                        if whole && introduced.is_some() {
                            // "The New York Times reports:" / "He said:" before the quote.
                            quote.speaker = introduced;
                        } else if whole {
                            if let Some(prev) = prev_block
                                .and_then(|b| block_quote.get(&b))
                                .map(|&q| &quotes[q])
                            {
                                let floor = prev_block
                                    .map_or(f.open, |b| self.doc.layout.blocks[b].range().start);
                                quote.speaker = prev
                                    .speaker
                                    .clone()
                                    .map(|s| self.nearest_mention(s, f.open, floor));
                            } else if let Some(b) = prev_block {
                                // The person the previous paragraph is about introduces the quote
                                // ("Tina Houchins had a question for the president.").
                                let r = &self.doc.layout.blocks[b].range();
                                let (from, to) =
                                    (self.doc.token_at(r.start), self.doc.token_at(r.end));
                                quote.speaker = self.sentence_subject(from, to).filter(|s| {
                                    s.entity.is_some_and(|e| {
                                        self.entities[e].kind == EntityKind::Person
                                    })
                                });
                            }
                        }
                        if quote.speaker.is_none() && whole {
                            quote.speaker = self.next_block_describer(f.block);
                        }
                        if quote.speaker.is_none() && self.fragment_covers_sentence(f) {
                            quote.speaker = self.previous_sentence_speaker(f);
                            if quote.speaker.is_none() {
                                quote.speaker = self.paragraph_person(f);
                            }
                            if quote.speaker.is_none() {
                                quote.speaker = self.previous_sentence_subject(f);
                            }
                        }
                        if !self.fragment_covers_sentence(f) {
                            // "Reid gave the Texan a compliment: “…”": a quoted sentence set
                            // off by a colon or dash stays whole, its speaker the subject.
                            let set_off = self.quoted_sentence(f);
                            if !set_off {
                                quote.kind = QuoteKind::Partial;
                            }
                            // Scare quotes and quoted phrases belong to the sentence's subject
                            // ("Clinton cited … as “Miss Piggy”").
                            if let Some(sentence) = self.doc.sentence_at(f.open) {
                                let mut from = self.doc.sentences[sentence].tokens().start;
                                let to = self.doc.token_at(f.open);
                                // "“Maintainers are the ones who translate,” by which he means
                                // “…”": a quote opening the sentence holds no subject.
                                // (Fragments are in text order: look only at those from the
                                // sentence's start, not at all of them per fragment.)
                                let s_start = self.doc.tokens[from].start();
                                let at = fragments.partition_point(|g| g.open < s_start);
                                if let Some(first) = fragments[at..]
                                    .iter()
                                    .take_while(|g| g.open < f.open)
                                    .take(4)
                                    .find(|g| {
                                        g.parent.is_none()
                                            && g.close_end <= f.open
                                            && self.doc.token_at(g.open) == from
                                    })
                                {
                                    from = self.doc.token_at(first.close_end);
                                    while from < to && matches!(self.tok(from), "," | "—" | "–")
                                    {
                                        from += 1;
                                    }
                                }
                                // (A quoted sentence after a colon belongs to the last
                                // coordinated clause before it: "…,” but he gave X a
                                // compliment: “…”".)
                                if set_off && to > from + 3 {
                                    if let Some(p) = self.coordinated_pronoun(from + 2, to - 1) {
                                        from = p;
                                    }
                                }
                                // ("…, and as Trump went on about “…”": the subject of the
                                // nearest clause that a subordinator or ", and/but" opens.)
                                let nearest = (from.max(to.saturating_sub(12)) + 1..to)
                                    .rev()
                                    .find(|&u| {
                                        matches!(
                                            self.doc.lower(u),
                                            "as" | "while"
                                                | "when"
                                                | "because"
                                                | "although"
                                                | "though"
                                                | "whereas"
                                        ) && self.tok(u - 1) == ","
                                            || matches!(self.doc.lower(u), "and" | "but")
                                                && self.tok(u - 1) == ","
                                            // ("one in which he took credit for “…”")
                                            || self.doc.lower(u) == "which"
                                                && matches!(
                                                    self.doc.lower(u - 1),
                                                    "in" | "on" | "at" | "with" | "for"
                                                )
                                    })
                                    .and_then(|u| {
                                        let mut v = u + 1;
                                        if v < to
                                            && matches!(
                                                self.doc.lower(v),
                                                "as" | "while" | "when" | "because"
                                            )
                                        {
                                            v += 1;
                                        }
                                        // (Only a name or a pronoun: resolving a noun phrase
                                        // registers it.)
                                        (v < to
                                            && (self.tok(v).starts_with(char::is_uppercase)
                                                || matches!(self.tok(v), "he" | "she")))
                                        .then(|| self.clause_subject(v, to, true))
                                        .flatten()
                                    })
                                    .filter(|s| {
                                        s.entity.is_some_and(|e| {
                                            self.entities[e].kind == EntityKind::Person
                                        })
                                    });
                                let subject =
                                    nearest.or_else(|| self.clause_subject(from, to, true));
                                // The words the subject's verb governs claim the quote
                                // (PolNeAR's mixed content): "Clinton criticized [the law as
                                // a “crazy system”]". Without a subject, the quoted words are
                                // all the writer attributes.
                                quote.content =
                                    subject.as_ref().filter(|_| !set_off).and_then(|s| {
                                        let after = self.doc.token_at(s.range.end);
                                        let start = self.object_start(after, to)?;
                                        let end =
                                            self.claim_end(sentence, f.close_end).max(f.close_end);
                                        Some(self.doc.tokens[start].start().min(f.open)..end)
                                    });
                                // "it’s instead been dubbed “feather duvet lung”": a passive
                                // label right before the quoted words names no one who says it.
                                let labelled = (to.saturating_sub(3).max(from)..to)
                                    .any(|t| self.passive_at(t, to));
                                // "…,” said Aida. Biden “kind of misspoke. This is not …”":
                                // quoted words that run on past a sentence of their own are
                                // more speech of the one just quoted, not the subject's.
                                // (The quoted words right after the subject: its predicate.)
                                let inner = &self.doc.text[f.inner.clone()];
                                // (The text test first: the subject is looked up only for
                                // the few quotes that run on.)
                                let runs_on = !set_off
                                    && inner.len() < 2000
                                    && inner.match_indices(". ").any(|(i, _)| {
                                        inner[i + 2..].starts_with(char::is_uppercase)
                                    })
                                    && subject
                                        .clone()
                                        .or_else(|| self.sentence_subject(from, to))
                                        .is_some_and(|s| {
                                            self.doc.token_at(s.range.end) == to
                                                && !PERSONAL_PRONOUNS.contains(
                                                    &self.doc.text[s.range.clone()]
                                                        .to_lowercase()
                                                        .as_str(),
                                                )
                                        });
                                let previous_speaker = last
                                    .filter(|(_, prev, _)| {
                                        runs_on
                                            && (prev.block == f.block
                                                || self.prev_content_block(f.block)
                                                    == Some(prev.block))
                                    })
                                    .and_then(|(q, _, _)| quotes[q].speaker.clone())
                                    .filter(|s| s.entity.is_some());
                                if let Some(s) = previous_speaker {
                                    quote.speaker = Some(s);
                                } else {
                                    quote.speaker = subject
                                        .or_else(|| {
                                            self.sentence_subject(from, to).filter(|s| {
                                                let after = self.doc.token_at(s.range.end);
                                                !labelled
                                                    && !self.passive_after(after, to)
                                                    && !self.passive_verb_after(after, to)
                                            })
                                        })
                                        // "Nightshade infects not only the word “dog”": a product
                                        // that mentions words says nothing.
                                        .filter(|s| {
                                            s.entity.is_none_or(|e| {
                                                self.entities[e].kind != EntityKind::Work
                                            })
                                        });
                                }
                                // "a Times article hailed Trump as “The Comeback Kid”": the
                                // one labelled "as …" is not the one who labels.
                                let labelled_as = |s: &SpeakerDraft| {
                                    let after = self.doc.token_at(s.range.end);
                                    after < to
                                        && self.doc.lower(after) == "as"
                                        && (after + 1 == to
                                            || after + 2 == to
                                                && matches!(
                                                    self.doc.lower(after + 1),
                                                    "a" | "an" | "the"
                                                ))
                                };
                                if quote.speaker.as_ref().is_some_and(labelled_as) {
                                    let labelled = quote.speaker.take().map(|s| s.range);
                                    quote.speaker = self
                                        .clause_subject(from, to, true)
                                        .filter(|s| Some(&s.range) != labelled.as_ref());
                                }
                                // "''…,'' said Steve Schmidt. Unless rivals quit, ''it's very
                                // difficult …''": quoted words right after the speaker's quote,
                                // with no one else named between, are still theirs.
                                if quote.speaker.is_none() {
                                    quote.speaker = last
                                        .filter(|(q, prev, attr_end)| {
                                            prev.block == f.block
                                                && *attr_end <= f.open
                                                && self.same_speaker_between(
                                                    *attr_end..f.open,
                                                    quotes[*q]
                                                        .speaker
                                                        .as_ref()
                                                        .and_then(|s| s.entity),
                                                )
                                        })
                                        .and_then(|(q, _, _)| quotes[q].speaker.clone());
                                }
                            }
                        }
                    }
                }
                quotes.push(quote);
                quotes.len() - 1
            };
            let attr_end = attribution
                .as_ref()
                .map(|a| self.sentence_end_after(a.cue_token).max(f.close_end))
                .or_else(|| {
                    last.filter(|(q, _, _)| *q == qi)
                        .map(|(_, _, e)| e.max(f.close_end))
                })
                .unwrap_or(f.close_end);
            last = Some((qi, f, attr_end));
            block_quote.insert(f.block, qi);
        }
        // Nested fragments: their own records, under their parent quote.
        // The parts of top-level quotes, sorted: they do not overlap, so the one holding a nested
        // fragment is found by binary search.
        let mut top_parts: Vec<(Range<usize>, usize)> = quotes
            .iter()
            .enumerate()
            .flat_map(|(qi, q)| q.parts.iter().map(move |p| (p.clone(), qi)))
            .collect();
        top_parts.sort_by_key(|(p, _)| p.start);
        for f in fragments.iter().filter(|f| f.parent.is_some()) {
            let i = top_parts.partition_point(|(p, _)| p.start <= f.inner.start);
            let parent = i
                .checked_sub(1)
                .map(|i| &top_parts[i])
                .filter(|(p, _)| f.inner.end <= p.end)
                .map(|(_, qi)| *qi);
            let Some(p) = parent else { continue };
            let parent_start = quotes[p].parts[0].start;
            quotes.push(QuoteDraft {
                kind: QuoteKind::Direct,
                parts: vec![f.inner.clone()],
                content: None,
                speaker: quotes[p].speaker.clone(),
                cue: None,
                addressee: None,
                date: None,
                parent: Some(parent_start),
            });
        }
        quotes
    }

    /// The speaker of a paragraph that ends with a colon after a speech verb and introduces the
    /// quote in the next paragraph: "The New York Times reports:", "He said:".
    fn introducer(&mut self, block: usize) -> Option<SpeakerDraft> {
        self.introduction(block).map(|(speaker, _)| speaker)
    }

    /// `“…” ¶ That was how Jeffrey Bewkes once described the merger.`: a paragraph that is only
    /// a quote, attributed by the paragraph after it ("That was how X described", "This is how X
    /// put it", "So said X").
    fn next_block_describer(&mut self, block: usize) -> Option<SpeakerDraft> {
        let doc = self.doc;
        let next = self.next_content_block(block)?;
        let r = doc.layout.blocks[next].range();
        let first = doc.token_at(r.start);
        let last = doc
            .sentence_at(r.start)
            .map_or(first, |s| doc.sentences[s].tokens().end)
            .min(first + 30);
        if first + 3 >= last {
            return None;
        }
        if doc.lower(first) == "so" && doc.lower(first + 1) == "said" {
            return self.subject_after(first + 2, last).map(|(s, _)| s);
        }
        let how = matches!(doc.lower(first), "that" | "this" | "those" | "these")
            && matches!(
                doc.lower(first + 1),
                "was" | "is" | "were" | "are" | "’s" | "'s"
            )
            && doc.lower(first + 2) == "how";
        if !how {
            return None;
        }
        let v = (first + 4..last).find(|&v| {
            self.cue_at(v).is_some()
                || matches!(
                    doc.lower(v),
                    "described" | "put" | "summed" | "characterized"
                )
        })?;
        self.subject_before(v, first + 3)
    }

    /// [`Self::introducer`] with its speech verb's token.
    fn introduction(&mut self, block: usize) -> Option<(SpeakerDraft, usize)> {
        let doc = self.doc;
        let r = doc.layout.blocks[block].range();
        let (first, last) = (doc.token_at(r.start), doc.token_at(r.end));
        if last <= first + 1 || self.tok(last - 1) != ":" {
            return None;
        }
        let from = doc
            .sentence_at(doc.tokens[last - 1].start())
            .map_or(first, |s| doc.sentences[s].tokens().start)
            .max(first);
        let v = (from..last - 1)
            .rev()
            .take(6)
            .find(|&v| self.cue_at(v).is_some())?;
        self.subject_before(v, from)
            .or_else(|| self.subject_after(v + 1, last - 1).map(|(s, _)| s))
            .map(|s| (s, v))
    }

    /// "Soerens argued that:" and a list of items after it: each item is a claim the introducer
    /// reports (at most 30 items a list).
    fn listed_claims(&mut self, quotes: &mut Vec<QuoteDraft>) {
        let doc = self.doc;
        let blocks = &doc.layout.blocks;
        let mut b = 0;
        while b < blocks.len() {
            let r = blocks[b].range();
            let first_item = self.next_content_block(b).filter(|&n| {
                blocks[b].kind == BlockKind::Paragraph
                    && doc.text[r.clone()].trim_end().ends_with(':')
                    && list_marker(&doc.text[blocks[n].range()]).is_some()
            });
            let Some(mut item) = first_item else {
                b += 1;
                continue;
            };
            let Some((speaker, v)) = self.introduction(b) else {
                b += 1;
                continue;
            };
            let Some((lemma, _)) = self.cue_at(v) else {
                b += 1;
                continue;
            };
            let cue = (doc.tokens[v].range(), lemma);
            for _ in 0..30 {
                let ir = blocks[item].range();
                let Some(marker) = list_marker(&doc.text[ir.clone()]) else {
                    break;
                };
                let content = ir.start + marker..ir.start + doc.text[ir].trim_end().len();
                // (An item that quotes words gives them its speaker, as a reported clause does.)
                let quoted = quotes.iter().any(|q| {
                    q.parts
                        .iter()
                        .any(|p| p.start < content.end && content.start < p.end)
                });
                let claim = QuoteDraft::reported(content, speaker.clone(), cue.clone(), None, None);
                if quoted {
                    adopt(quotes, claim);
                } else {
                    quotes.push(claim);
                }
                match self.next_content_block(item) {
                    Some(n) => item = n,
                    None => break,
                }
            }
            b = item.max(b + 1);
        }
    }

    /// `…, Schiff said. “The other factor …”`: a quote opening a sentence right after a sentence
    /// that ends with an attribution of reported speech continues that speaker.
    /// An inherited speaker pointed at its latest mention before byte `at` (not before
    /// `floor`): a paragraph that is only a quote is claimed by the one last named ("Clinton
    /// restricted comments to … ¶ “If any bank …”"), not by an earlier mention.
    /// "Sophia just needs 24 hours … But in that tricky transition period? “I get into bed
    /// …”": a quoted sentence in the first person, with no cue, in a paragraph about one person
    /// (the only person it names before the quote) is that person's.
    /// The person whose sentence, right before a quoted sentence that ends its paragraph, sets
    /// it up without a speech verb ("Sen. Bernie Sanders identified young voters' exhaustion as
    /// a reason. “The younger people are sick and tired of it.”"): news writing's convention
    /// for the quoted words of the sentence's subject.
    fn previous_sentence_subject(&mut self, f: &Fragment) -> Option<SpeakerDraft> {
        let doc = self.doc;
        let block = doc.layout.blocks[f.block].range();
        // The quote closes its paragraph (a cue may follow later in it otherwise).
        if !self.only_space_or_punct(f.close_end, block.end) {
            return None;
        }
        let s = doc.sentence_at(f.open)?;
        let prev = doc.sentences.get(s.checked_sub(1)?)?.clone();
        if prev.block() != f.block {
            return None;
        }
        let (first, last) = (prev.tokens().start, prev.tokens().end);
        let subject = self.main_subject(first, last)?;
        if self.in_quoted(subject.range.start) {
            return None;
        }
        let entity = subject.entity?;
        if self.entities[entity].kind != EntityKind::Person {
            return None;
        }
        // The subject must open the clause, not sit in a phrase before it.
        let at = doc.token_at(subject.range.start);
        (at < first + 12).then_some(subject)
    }

    fn paragraph_person(&self, f: &Fragment) -> Option<SpeakerDraft> {
        let inner = &self.doc.text[f.inner.clone()];
        let first_person = inner
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .take(12)
            .any(|w| {
                matches!(
                    w,
                    "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "my" | "My" | "me"
                )
            });
        if !first_person {
            return None;
        }
        let block = self.doc.layout.blocks[f.block].range();
        if block.start >= f.open {
            return None;
        }
        // The nearest mentions only (a bounded look per quote, however long the paragraph),
        // keeping the nearest name over a pronoun.
        let mut person: Option<(Range<usize>, usize, bool)> = None;
        for (range, e, form) in self.index.before(f.open, block.start).take(64) {
            if self.entities[e].kind != EntityKind::Person || self.in_quoted(range.start) {
                continue;
            }
            let pronoun = form == MentionForm::Pronoun;
            match &person {
                None => person = Some((range, e, pronoun)),
                Some((_, p, stored_pronoun)) if *p == e => {
                    if *stored_pronoun && !pronoun {
                        person = Some((range, e, pronoun));
                    }
                }
                Some(_) => return None,
            }
        }
        person.map(|(range, e, _)| SpeakerDraft {
            range,
            entity: Some(e),
        })
    }

    fn nearest_mention(&self, speaker: SpeakerDraft, at: usize, floor: usize) -> SpeakerDraft {
        let Some(entity) = speaker.entity else {
            return speaker;
        };
        let nearest = self.index.before(at, floor).find(|(r, e, _)| {
            *e == entity
                && !matches!(
                    self.doc.text[r.clone()].to_lowercase().as_str(),
                    "his" | "her" | "its" | "their" | "hers"
                )
        });
        match nearest {
            Some((range, _, _)) if range.start > speaker.range.start => SpeakerDraft {
                range,
                entity: Some(entity),
            },
            _ => speaker,
        }
    }

    /// Whether tokens `from..to` hold nothing but names, numbers, punctuation and the function
    /// words of noun and prepositional phrases: no verb, so no clause.
    fn verbless(&self, from: usize, to: usize) -> bool {
        from < to
            && (from..to).all(|i| {
                let w = self.tok(i);
                self.doc.tokens[i].kind != TokenKind::Word
                    || w.starts_with(char::is_uppercase)
                    || matches!(
                        self.doc.lower(i),
                        "the"
                            | "a"
                            | "an"
                            | "of"
                            | "for"
                            | "with"
                            | "in"
                            | "at"
                            | "from"
                            | "on"
                            | "and"
                            | "to"
                            | "by"
                    )
            })
    }

    /// `Smith said the plan was flawed. “It will never work.”`: a quoted sentence with no
    /// attribution of its own, right after a sentence of reported speech (in its paragraph, or
    /// ending the paragraph before when the quote opens its own), continues that speaker.
    fn continue_reported_speakers(&self, quotes: &mut [QuoteDraft]) {
        let doc = self.doc;
        // The last attribution of reported speech in each sentence, by cue position.
        let mut reported: HashMap<usize, (usize, SpeakerDraft)> = HashMap::default();
        for q in quotes.iter() {
            let (QuoteKind::Indirect, Some(speaker), Some((cue, _))) = (q.kind, &q.speaker, &q.cue)
            else {
                continue;
            };
            let Some(s) = doc.sentence_at(cue.start) else {
                continue;
            };
            if reported.get(&s).is_none_or(|(at, _)| *at < cue.start) {
                reported.insert(s, (cue.start, speaker.clone()));
            }
        }
        if reported.is_empty() {
            return;
        }
        for q in quotes.iter_mut() {
            if q.kind != QuoteKind::Direct || q.speaker.is_some() || q.cue.is_some() {
                continue;
            }
            let Some(part) = q.parts.first() else {
                continue;
            };
            let Some(s) = doc.sentence_at(part.start) else {
                continue;
            };
            let sentence = doc.sentences[s].range(&doc.tokens);
            let opens_sentence = doc.text[sentence.start..part.start].chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„')
            });
            // …and ends it: "“Daily Show” host Trevor Noah …" is a name, not a quote.
            let end = q.parts.last().map_or(part.end, |p| p.end);
            let closes_sentence = doc.sentence_at(end.saturating_sub(1)).is_some_and(|e| {
                let r = doc.sentences[e].range(&doc.tokens);
                doc.text.get(end..r.end.max(end)).is_some_and(|rest| {
                    rest.chars().all(|c| {
                        c.is_whitespace()
                            || matches!(c, '.' | '!' | '?' | ',' | '"' | '\'' | '”' | '’' | '»')
                    })
                })
            });
            let Some(prev) = s.checked_sub(1) else {
                continue;
            };
            let (block, prev_block) = (doc.sentences[s].block(), doc.sentences[prev].block());
            let adjacent =
                prev_block == block || self.prev_content_block(block) == Some(prev_block);
            if !opens_sentence || !closes_sentence || !adjacent {
                continue;
            }
            if let Some((_, speaker)) = reported.get(&prev) {
                let floor = doc.sentences[prev].range(&doc.tokens).start;
                q.speaker = Some(self.nearest_mention(speaker.clone(), part.start, floor));
            }
        }
    }

    fn previous_sentence_speaker(&mut self, f: &Fragment) -> Option<SpeakerDraft> {
        let doc = self.doc;
        let s = doc.sentence_at(f.open)?;
        let prev = doc.sentences.get(s.checked_sub(1)?)?.clone();
        if prev.block() != f.block {
            return None;
        }
        let (first, last) = (prev.tokens().start, prev.tokens().end);
        // (The attribution may carry a long medium: "…, Jane Doe says in the magazine’s annual
        // celebration of Women in Hollywood.")
        let from = last.saturating_sub(16).max(first);
        if let Some((t, lemma)) = (from..last).find_map(|t| Some((t, self.cue_at(t)?.0))) {
            if let Some(speaker) = self
                .trailing_attribution(t, lemma, first, last)
                .and_then(|q| q.speaker)
            {
                return Some(speaker);
            }
        }
        // `Lawrence Cummings called him a master at deals. “He showed …”`: the subject of a
        // speech verb in the sentence before, a person or an organisation.
        if let Some(v) = (first..last).find(|&v| self.cue_at(v).is_some()) {
            let subject = self.subject_before(v, first).filter(|s| {
                s.entity.is_some_and(|e| {
                    matches!(
                        self.entities[e].kind,
                        EntityKind::Person | EntityKind::Organization
                    )
                })
            });
            if subject.is_some() {
                return subject;
            }
        }
        // `Cruz tweeted a warning. “Missouri: …”`, `The campaign issued a statement. “…”`: a
        // verb whose object names the words that follow.
        // ("… issued a statement regarding the rejection of …. “Like many Texans, …”": the
        // object may take a phrase of its own.)
        if last < first + 4 || self.tok(last - 1) != "." {
            return None;
        }
        let verb = (first + 2..last - 1).find_map(|head| {
            if !SPEECH_OBJECTS.contains(&self.doc.lower(head)) {
                return None;
            }
            let det = (head.saturating_sub(3).max(first + 1)..head).find(|&i| {
                matches!(
                    self.doc.lower(i),
                    "a" | "an" | "the" | "this" | "his" | "her" | "their" | "its"
                )
            })?;
            let verb = det - 1;
            let gives = self.cue_at(verb).is_some()
                || matches!(
                    self.doc.lower(verb),
                    "issued" | "released" | "sent" | "posted" | "shared" | "gave" | "offered"
                );
            gives.then_some(verb)
        })?;
        self.subject_before(verb, first)
    }

    /// Whether a speech verb just before a title-case fragment makes it someone's words: a
    /// nickname or label ("called her “Miss Piggy”", "described it as “A Disaster”"), not the
    /// name of a show someone "starred in".
    fn cued_name(&self, f: &Fragment) -> bool {
        let t = self.doc.token_at(f.open);
        // Within the sentence: the paragraph before ends in nobody's verb for this name.
        let from = self
            .doc
            .sentence_at(f.open)
            .map_or(0, |s| self.doc.sentences[s].tokens().start);
        (t.saturating_sub(5).max(from)..t).any(|u| {
            self.cue_at(u).is_some()
                || matches!(
                    self.tok(u).to_lowercase().as_str(),
                    "labeled"
                        | "labelled"
                        | "dubbed"
                        | "branded"
                        | "hailed"
                        | "proclaimed"
                        | "nicknamed"
                        | "deemed"
                        | "rated"
                )
        })
    }

    /// "“Daily Show” host Trevor Noah": a name that modifies a word for a work's people or
    /// parts, even when it opens the sentence.
    fn names_a_work_before_noun(&self, f: &Fragment) -> bool {
        let after = self.doc.token_at(f.close_end);
        f.close.is_some()
            && after < self.doc.tokens.len()
            && self.doc.tokens[after].start() >= f.close_end
            && WORK_PEOPLE.contains(&self.doc.lower(after))
    }

    /// Whether the words before a fragment introduce the name of a work or show: "on “Fox
    /// News Sunday”", "NBC's “Nightly News”", "the documentary “13th”", "titled “Arrogant”".
    /// "In a paper, “Statin Use and the Risk of Venous Thromboembolism …,” published in …": a
    /// long title set off by a comma after the noun for its work.
    fn titles_a_work_after_comma(&self, f: &Fragment) -> bool {
        let t = self.doc.token_at(f.open);
        t >= 2
            && self.tok(t - 1) == ","
            && {
                let noun = self.doc.lower(t - 2);
                WORK_NOUNS.contains(&noun) && !matches!(noun, "on" | "titled" | "entitled")
            }
            && is_title_of(&self.doc.text[f.inner.clone()], 20)
    }

    fn names_a_work(&self, f: &Fragment) -> bool {
        let t = self.doc.token_at(f.open);
        let Some(prev) = t.checked_sub(1).map(|p| self.tok(p)) else {
            return false;
        };
        let lower = prev.to_lowercase();
        if lower == "of" {
            // "a broadcast of “Fox News Sunday”", "the latest episode of ‘The 411’".
            return t
                .checked_sub(2)
                .is_some_and(|p| WORK_NOUNS.contains(&self.tok(p).to_lowercase().as_str()));
        }
        // "told “Good Morning America”", "confirmed to “Good Morning America”": the show
        // someone spoke to.
        if matches!(lower.as_str(), "told" | "tell" | "tells" | "telling")
            || lower == "to" && t >= 2 && self.cue_at(t - 2).is_some()
        {
            return true;
        }
        // "a Nicole Taylor script called “Wild Rose”": a work's name.
        if matches!(lower.as_str(), "called" | "named") {
            return t
                .checked_sub(2)
                .is_some_and(|p| WORK_NOUNS.contains(&self.tok(p).to_lowercase().as_str()));
        }
        prev.ends_with("'s") || prev.ends_with("’s") || WORK_NOUNS.contains(&lower.as_str())
    }

    /// Whether the writer's sentences in `gap` (between a quote's attribution and the next quote
    /// in the paragraph) stay with the same speaker: short, naming no other person or
    /// organisation ("…,” Obama said. He did not suggest retaliation. “Our goal …”).
    fn same_speaker_between(&self, gap: Range<usize>, speaker: Option<usize>) -> bool {
        let Some(speaker) = speaker else {
            return false;
        };
        gap.len() <= 300
            && self.index.within(&gap).all(|(r, e, form)| {
                // Pronouns are read as the speaker's: coreference may have sent them elsewhere.
                // A possessor names no new speaker ("He then referred to Cooke’s testimony").
                let possessor = form != MentionForm::Pronoun
                    && ["’s", "'s"].iter().any(|p| {
                        self.doc.text[r.clone()].ends_with(p)
                            || self.doc.text[r.end..].starts_with(p)
                    });
                e == speaker
                    || possessor
                    || form == MentionForm::Pronoun
                        && self.entities[e].kind == self.entities[speaker].kind
                    || !matches!(
                        self.entities[e].kind,
                        EntityKind::Person | EntityKind::Organization | EntityKind::Group
                    )
            })
    }

    fn next_content_block(&self, block: usize) -> Option<usize> {
        let blocks = &self.doc.layout.blocks;
        (block + 1..blocks.len()).find(|&b| blocks[b].kind == BlockKind::Paragraph)
    }

    fn prev_content_block(&self, block: usize) -> Option<usize> {
        let blocks = &self.doc.layout.blocks;
        (0..block)
            .rev()
            .find(|&b| blocks[b].kind == BlockKind::Paragraph)
    }

    fn only_space_or_punct(&self, from: usize, to: usize) -> bool {
        self.doc.text.get(from..to).is_some_and(|s| {
            s.chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '—' | '–' | '-'))
        })
    }

    /// Byte offset of the end of the sentence holding token `t`.
    fn sentence_end_after(&self, t: usize) -> usize {
        let at = self.doc.tokens[t].start();
        self.doc
            .sentence_at(at)
            .map_or(self.doc.tokens[t].end(), |s| {
                self.doc.sentences[s].range(&self.doc.tokens).end
            })
    }

    /// Whether the fragment starts its sentence (nothing of the writer's before it).
    fn fragment_covers_sentence(&self, f: &Fragment) -> bool {
        let Some(s) = self.doc.sentence_at(f.open) else {
            return true;
        };
        let sentence = &self.doc.sentences[s];
        let start = sentence.range(&self.doc.tokens).start;
        start >= f.open || self.only_space_or_punct(start, f.open)
    }

    /// Whether the fragment is a quoted sentence set off inside the writer's sentence: after a
    /// colon or dash (`posted two words - ''So terrible'' -`), or after a comma when it ends
    /// like a sentence (`as his friends jeered, ''Do svidaniya.''`). Such a quote is direct: its
    /// words are the claim, not a clause around them. Names of works and slogans in title case
    /// stay out (`the slogan, “Make America Great Again.”`).
    fn quoted_sentence(&self, f: &Fragment) -> bool {
        let doc = self.doc;
        let inner = doc.text[f.inner.clone()].trim_end();
        let open_tok = doc.token_at(f.open);
        if open_tok == 0 || !inner.starts_with(char::is_uppercase) || is_title(inner) {
            return false;
        }
        match self.tok(open_tok - 1) {
            ":" | "—" | "–" | "-" => true,
            "," => inner.ends_with(['.', '?', '!']),
            _ => false,
        }
    }

    /// Finds the speech verb and speaker of a fragment.
    fn attribute(&mut self, f: &Fragment) -> Option<Attribution> {
        let doc = self.doc;
        let open_tok = doc.token_at(f.open);
        let s_open = doc.sentence_at(f.open)?;
        let sentence_start = doc.sentences[s_open].tokens().start;
        let starts_sentence = self.fragment_covers_sentence(f) || self.quoted_sentence(f);
        // A headline names its speaker around a title-case verb: `Obama Says Museum Will Tell of
        // 'Suffering'`, `Trump 'Could Address Clean Energy', Lindsey Graham Says`.
        if doc.layout.blocks[f.block].kind == BlockKind::Headline {
            return self.headline_attribution(f);
        }
        // "Blumenthal was asked, “If you had known …?”": a question put to the subject, who is
        // the one asked; the one asking is not named.
        if open_tok >= sentence_start + 3
            && matches!(self.tok(open_tok - 1), "," | ":")
            && doc.lower(open_tok - 2) == "asked"
            && matches!(
                doc.lower(open_tok - 3),
                "was" | "were" | "is" | "are" | "been" | "being"
            )
        {
            let start = self.np_start(open_tok - 3, sentence_start);
            let addressee = (start < open_tok - 3)
                .then(|| self.resolve_np(start, open_tok - 3))
                .flatten()
                .map(|s| (s.range, s.entity));
            return Some(Attribution {
                cue_token: open_tok - 2,
                cue_range: doc.tokens[open_tok - 2].range(),
                lemma: "ask",
                speaker: None,
                addressee,
                date: None,
                kind: QuoteKind::Direct,
                content: None,
            });
        }
        // 1. After the closing mark: `,” he said`, `,” said Rutte`, `,” Sikorski told X on Friday.`
        if let Some(close) = f.close {
            // The first token after the closing mark (a `''` mark is two tokens).
            let mut k = doc.token_at(f.close_end);
            // The attribution may stand in the next sentence (`“…?” Clinton said.`).
            // A quote ending in "?" or "!" ends its sentence; the attribution is the next one.
            // A nested quote may close first: "“… ask, ‘So what?’” Holmes testified."
            let before_close = doc.text[..close]
                .trim_end()
                .trim_end_matches(['’', '\'', '”', '"']);
            let asks = before_close.ends_with(['?', '!']);
            // "“… as they are now.” Black said.": a full stop for the comma, and a sentence that
            // is only the attribution.
            let bare_attribution = before_close.ends_with('.')
                && doc
                    .tokens
                    .get(k)
                    .and_then(|t| doc.sentence_at(t.start()))
                    .filter(|&s| doc.sentences[s].block() == f.block)
                    .is_some_and(|s| {
                        let r = doc.sentences[s].tokens();
                        r.start == k
                            && r.len() <= 6
                            && self.tok(r.end - 1) == "."
                            && (r.start..r.end).any(|i| {
                                self.cue_at(i)
                                    .is_some_and(|(lemma, _)| matches!(lemma, "say" | "add"))
                            })
                    });
            // (Not when a cue before the mark attributes it: "Clinton responds to Mills with,
            // “Why now?” Mills then writes back …".)
            let asks = asks && self.fragment_covers_sentence(f);
            let s_close = if asks || bare_attribution {
                // Only in the same paragraph: the next paragraph's "Clinton says …" is not it.
                doc.tokens
                    .get(k)
                    .and_then(|t| doc.sentence_at(t.start()))
                    .filter(|&s| doc.sentences[s].block() == f.block)
                    .unwrap_or(s_open)
            } else {
                doc.sentence_at(close).unwrap_or(s_open)
            };
            let limit = doc.sentences[s_close].tokens().end.max(k);
            // `“…” ― Krystal Correa`: a dash and a name closing the paragraph.
            if k < doc.tokens.len() && matches!(self.tok(k), "―" | "—" | "–" | "-") {
                let block_end = doc.layout.blocks[f.block].range().end;
                let mut e = k + 1;
                while e < doc.tokens.len()
                    && doc.tokens[e].end() <= block_end
                    && doc.tokens[e].kind == TokenKind::Word
                    && e < k + 6
                {
                    e += 1;
                }
                let line_ends = e >= doc.tokens.len()
                    || doc.tokens[e].start() >= block_end
                    || matches!(self.tok(e), "." | "“" | "\"");
                if e > k + 1 && line_ends && self.tok(k + 1).starts_with(char::is_uppercase) {
                    if let Some(speaker) = self.resolve_np(k + 1, e) {
                        return Some(Attribution {
                            cue_token: k,
                            cue_range: doc.tokens[k].range(),
                            lemma: "say",
                            speaker: Some(speaker),
                            addressee: None,
                            date: None,
                            kind: QuoteKind::Direct,
                            content: None,
                        });
                    }
                }
            }
            if k < limit && matches!(self.tok(k), "," | "—" | "–") {
                k += 1;
            }
            // `the “new Gannett,” as Reed dubbed the combination`: the one who names it so.
            // The namer may carry an apposition ("as Van Jackson, associate professor at …,
            // puts it"), so look to the clause's end, not a few words.
            if k + 2 < limit && doc.lower(k) == "as" {
                let clause_end = (k + 1..limit.min(k + 30))
                    .find(|&v| matches!(self.tok(v), "." | ";" | "“" | "”" | "\"" | "?" | "!"))
                    .unwrap_or(limit.min(k + 30));
                let relative = (k + 1..clause_end)
                    .find(|&v| matches!(doc.lower(v), "who" | "which" | "that"))
                    .unwrap_or(clause_end);
                let verb = (k + 2..relative).find(|&v| {
                    matches!(
                        doc.lower(v),
                        "called"
                            | "calls"
                            | "dubbed"
                            | "dubs"
                            | "put"
                            | "puts"
                            | "termed"
                            | "terms"
                            | "described"
                            | "describes"
                            | "labeled"
                            | "labelled"
                            | "nicknamed"
                            | "branded"
                    )
                });
                if let Some(v) = verb {
                    if let Some(speaker) = self.subject_before(v, k + 1) {
                        let lemma = match doc.lower(v) {
                            "called" | "calls" => "call",
                            "put" | "puts" => "put",
                            "described" | "describes" => "describe",
                            _ => "call",
                        };
                        return Some(Attribution {
                            cue_token: v,
                            cue_range: doc.tokens[v].range(),
                            lemma,
                            speaker: Some(speaker),
                            addressee: None,
                            date: None,
                            kind: if starts_sentence {
                                QuoteKind::Direct
                            } else {
                                QuoteKind::Partial
                            },
                            content: None,
                        });
                    }
                }
            }
            if k < limit {
                // `… had “been friends,” he claimed they had never met`: a cue that opens its own
                // reported clause is a new claim, not this partial quote's attribution.
                // So is a cue whose subject opens a coordinated clause ("…” in response, and he
                // urged …") or a free relative ("…, engaging in what analysts described as …").
                let claims_more = |a: &Attribution| {
                    // After the cue, its subject and its addressee ("Hollerich told the
                    // members.").
                    let spoken_to = a.speaker.as_ref().map_or(0, |s| s.range.end);
                    let addressee = a.addressee.as_ref().map_or(0, |(r, _)| r.end);
                    let after = doc.token_at(a.cue_range.end.max(spoken_to).max(addressee));
                    let coordinated = a.speaker.as_ref().is_some_and(|s| {
                        let b = doc.token_at(s.range.start);
                        s.range.start < a.cue_range.start
                            && b > 0
                            && matches!(
                                doc.lower(b - 1),
                                "and" | "but" | "what" | "while" | "whereas"
                            )
                    });
                    // ("… the senator said the other day, recalling …": a time, no clause.)
                    let other_day = after + 2 < limit
                        && doc.lower(after) == "the"
                        && doc.lower(after + 1) == "other";
                    !starts_sentence
                        && !other_day
                        && (coordinated
                            || after < limit
                                && matches!(
                                    doc.lower(after),
                                    "that" | "they" | "he" | "she" | "we" | "it" | "i" | "the"
                                ))
                };
                if let Some(mut a) = self.attribution_after(k, limit).filter(|a| !claims_more(a)) {
                    // `“…” to drive up the stock price, she said`: the clause the quoted words
                    // open, up to the attribution.
                    let continued = a.content.take().map(|c| c.end);
                    if !starts_sentence {
                        a.kind = QuoteKind::Partial;
                        let sentence = &doc.sentences[s_open];
                        // A fronted adjunct is part of what is claimed ("In past campaigns,
                        // “we felt …”"); a topic ("As for …,", "Details aside,") or a
                        // participle phrase about the speaker is not.
                        let s0 = sentence.tokens().start;
                        let w = doc.lower(s0);
                        let next = |i: usize| {
                            if s0 + i < open_tok {
                                doc.lower(s0 + i)
                            } else {
                                ""
                            }
                        };
                        let topic = w == "as" && matches!(next(1), "for" | "to")
                            || next(1) == "aside"
                            || w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
                        let start = if topic {
                            self.skip_openers(s0, open_tok).unwrap_or(s0)
                        } else {
                            s0
                        };
                        let end = continued.unwrap_or(f.close_end).max(f.close_end);
                        a.content = Some(doc.tokens[start].start().min(f.open)..end);
                    } else if let Some(end) = continued {
                        a.content = Some(f.open..end.max(f.close_end));
                    }
                    return Some(a);
                }
                // `A cashier who “steals …” is held accountable, Warren said.`
                let first = doc.sentences[s_open].tokens().start;
                // Only cues near the sentence end can start a trailing attribution: skip the rest
                // (issue #10: scanning to the end per fragment was quadratic in a long sentence).
                // A cue shortly after the mark may be followed by a participle clause
                // (`…” to drive up costs, she said, referencing …`) that the floor does not see.
                let floor = k.max(self.trailing_cue_floor(limit));
                let near = k..limit.min(k + 25).min(floor);
                for t in near.chain(floor..limit) {
                    let Some((lemma, _)) = self.cue_at(t) else {
                        continue;
                    };
                    if let Some(q) = self.trailing_attribution(t, lemma, first, limit) {
                        // "…” in response, and he urged …", "…, engaging in what analysts
                        // described as …": a new clause's cue, not this quote's.
                        let one_word_subject = t >= first + 2
                            && doc.tokens[t - 1].kind == TokenKind::Word
                            && self.tok(t - 1).starts_with(char::is_lowercase);
                        if one_word_subject
                            && matches!(
                                doc.lower(t - 2),
                                "and" | "but" | "what" | "while" | "whereas"
                            )
                        {
                            continue;
                        }
                        let content = q.content.clone();
                        return Some(Attribution {
                            cue_token: t,
                            cue_range: doc.tokens[t].range(),
                            lemma,
                            speaker: q.speaker,
                            addressee: q.addressee,
                            date: q.date,
                            kind: if starts_sentence {
                                QuoteKind::Direct
                            } else {
                                QuoteKind::Partial
                            },
                            content: if starts_sentence { None } else { content },
                        });
                    }
                }
            }
        }
        // `… “…,” according to Mr. Rhodes.`, `Over the long term, according to the budget
        // office, the rise in debt “is mainly …”`: the source the sentence names.
        if let Some(a) = self.according_to_source(f, s_open, starts_sentence) {
            return Some(a);
        }
        // "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": the named source.
        if let Some(a) = self.in_the_words_of(f, sentence_start) {
            return Some(a);
        }
        // 2. Before the opening mark, in the same sentence: `Rutte said: “…`, `X told Y that “…`.
        // A headline-style `Rush Limbaugh: … ‘Reeks of Fear’` names its speaker before a colon.
        if let Some(colon) =
            (sentence_start + 1..open_tok.min(sentence_start + 6)).find(|&i| self.tok(i) == ":")
        {
            if let Some(speaker) = self.resolve_np(sentence_start, colon).filter(|s| {
                s.entity
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                    && !self.column_label(sentence_start, colon, s)
            }) {
                return Some(Attribution {
                    cue_token: colon,
                    cue_range: doc.tokens[colon].range(),
                    lemma: "say",
                    speaker: Some(speaker),
                    addressee: None,
                    date: None,
                    kind: if colon + 1 == open_tok {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    },
                    content: (colon + 1 != open_tok).then(|| {
                        doc.tokens[colon + 1].start()
                            ..self.claim_end(s_open, f.close_end).max(f.close_end)
                    }),
                });
            }
        }
        let mut v = open_tok;
        while v > sentence_start {
            v -= 1;
            let w = self.tok(v);
            if matches!(w, "“" | "”" | "\"") {
                break;
            }
            if let Some(a) = self.possessor_claim(v, open_tok, sentence_start, f) {
                return Some(a);
            }
            // "have been described by UN officials as “hell on earth”": a passive speech verb
            // and its agent (not a cue for the passive's subject).
            let agent = ((w.ends_with("ed") || matches!(w, "told" | "written"))
                && v > sentence_start
                && v + 2 < open_tok
                && self.doc.lower(v + 1) == "by"
                && matches!(
                    self.doc.lower(v - 1),
                    "was" | "were" | "is" | "are" | "been" | "being" | "be"
                ))
            .then(|| cue(w))
            .flatten()
            .and_then(|(lemma, _)| Some((lemma, self.subject_after(v + 2, open_tok)?)));
            let Some(lemma) = agent
                .as_ref()
                .map(|(lemma, _)| *lemma)
                .or_else(|| self.cue_at(v).map(|(lemma, _)| lemma))
            else {
                continue;
            };
            // "declined to comment, but said …": a cue refused is no attribution.
            if v >= sentence_start + 2
                && self.tok(v - 1) == "to"
                && matches!(
                    self.doc.lower(v - 2),
                    "declined" | "refused" | "declines" | "refuses" | "declining" | "refusing"
                )
            {
                continue;
            }
            let mut k = v + 1;
            // `and said …`, `, saying …` and `by announcing …` take the subject of the main
            // clause.
            // ("issued a statement warning that …": a participle after the statement the
            // subject issued.)
            let statement_participle = w.ends_with("ing")
                && v >= sentence_start + 3
                && matches!(
                    self.doc.lower(v - 1),
                    "statement" | "letter" | "tweet" | "post" | "message" | "video" | "memo"
                )
                && matches!(
                    self.doc.lower(v - 2),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their"
                )
                && matches!(
                    self.doc.lower(v - 3),
                    "issued" | "released" | "posted" | "published" | "sent" | "put" | "shared"
                );
            // ("… at one point calling the mayor a “liar”": a time phrase, then the
            // participle of the main clause.)
            let at_one_point = w.ends_with("ing")
                && v >= sentence_start + 3
                && self.doc.lower(v - 3) == "at"
                && matches!(self.doc.lower(v - 2), "one" | "some" | "that")
                && matches!(self.doc.lower(v - 1), "point" | "time" | "stage");
            let coordinated = v > sentence_start
                && (self.tok(v - 1) == "and"
                    || statement_participle
                    || at_one_point
                    || w.ends_with("ing")
                        && matches!(
                            self.doc.lower(v - 1),
                            "," | "by" | "after" | "before" | "while" | "when"
                        ));
            // "I laughed and said, “…”", "after she attacked police officers nationwide and
            // blamed …": the subject of the verb conjoined before "and" (its object between).
            let past = |k: usize| {
                let w = self.tok(k);
                w.starts_with(char::is_lowercase)
                    && (w.ends_with("ed") || IRREGULAR_PASTS.contains(&w))
            };
            let shared_verb = (coordinated && self.tok(v - 1) == "and" && v >= sentence_start + 3)
                .then(|| {
                    (v.saturating_sub(10).max(sentence_start + 1)..v - 1)
                        .rev()
                        // (Across quote marks in the object: "lamented the “disheartened”
                        // state of the campaign and criticized …".)
                        .take_while(|&k| {
                            (doc.tokens[k].kind == TokenKind::Word
                                || matches!(self.tok(k), "“" | "”" | "\"" | "‘" | "’"))
                                && !matches!(self.tok(k), "and")
                        })
                        .find(|&k| past(k))
                })
                .flatten();
            // "The Manhattan Project, wrote Richard Rhodes, …, was “…”": a parenthetical
            // attribution with its subject after the verb.
            let parenthetical = (v > sentence_start + 1
                && self.tok(v - 1) == ","
                && !coordinated
                && v + 2 < open_tok
                && !matches!(lemma, "tell" | "ask" | "inform" | "assure" | "urge")
                && (self.tok(v + 1).starts_with(char::is_uppercase)
                    || matches!(self.doc.lower(v + 1), "the" | "a" | "an")))
            .then(|| self.subject_after(v + 1, open_tok))
            .flatten()
            .filter(|(_, after)| *after < open_tok && self.tok(*after) == ",");
            // (The two exclude each other: a comma or a form of "be" before the verb.)
            let subject_after_verb = agent.map(|(_, a)| a).or(parenthetical);
            if let Some((_, after)) = &subject_after_verb {
                k = *after;
            }
            let direct_subject = if let Some((s, _)) = subject_after_verb {
                Some(s)
            } else if let Some(k) = shared_verb {
                self.subject_before(k, sentence_start)
                    .or_else(|| self.main_subject(sentence_start, v - 1))
            } else if coordinated {
                // "After saying her foot was “so swollen …,” she was …": a participle in a
                // fronted adjunct speaks for the main clause's subject after the quote.
                let fronted = w.ends_with("ing")
                    && v == sentence_start + 1
                    && matches!(
                        doc.lower(sentence_start),
                        "after" | "before" | "while" | "when" | "since" | "upon"
                    );
                let closes_adjunct = doc.text[..f.close_end]
                    .trim_end_matches(['”', '"', '\'', '’'])
                    .ends_with(',')
                    || doc
                        .tokens
                        .get(doc.token_at(f.close_end))
                        .is_some_and(|t| &doc.text[t.start()..t.end()] == ",");
                if fronted && closes_adjunct {
                    let mut a = doc.token_at(f.close_end);
                    let end = doc.sentences[s_open].tokens().end;
                    while a < end && matches!(self.tok(a), "," | "”" | "\"" | "’" | "'" | "''")
                    {
                        a += 1;
                    }
                    (a < end)
                        .then(|| self.clause_subject(a, end, false))
                        .flatten()
                } else {
                    None
                }
            } else {
                self.subject_before(v, sentence_start)
            };
            let speaker = match direct_subject.or_else(|| {
                coordinated
                    .then(|| self.main_subject(sentence_start, v - 1))
                    .flatten()
            }) {
                Some(s) => s,
                None => {
                    // `“A,” said X, “B.”`: the verb comes first, right after a closing mark
                    // (or a comma after one).
                    let closing = |t: usize| matches!(self.tok(t), "”" | "\"" | "'" | "’");
                    let after_mark = v > sentence_start
                        && (closing(v - 1)
                            || self.tok(v - 1) == "," && v > sentence_start + 1 && closing(v - 2));
                    if !after_mark {
                        continue;
                    }
                    let Some((s, after)) = self.subject_after(v + 1, open_tok) else {
                        continue;
                    };
                    k = after;
                    s
                }
            };
            let addressee = self.addressee_at(lemma, &mut k, open_tok);
            let date = self.day_after(&mut k, open_tok);
            // `said of Clinton, “If she …”`, `said later, “NATO is …”`: a short adjunct and a
            // comma before a quoted sentence still make a direct quote.
            // ("what lawmakers called “fraud.”": a label inside the writer's sentence.)
            let said_by = doc.token_at(speaker.range.start);
            let label = matches!(lemma, "call" | "dub" | "term" | "label")
                && said_by > sentence_start
                && self.tok(said_by - 1).eq_ignore_ascii_case("what");
            let adjacent = starts_sentence
                || !label && (k..open_tok).all(|i| matches!(self.tok(i), "," | ":" | "—" | "–"))
                || open_tok >= k + 2
                    && open_tok - k <= 8
                    && matches!(self.tok(open_tok - 1), "," | ":")
                    && !(k..open_tok - 1).any(|i| {
                        self.tok(i).eq_ignore_ascii_case("that") || self.cue_at(i).is_some()
                    })
                    && doc.text[f.inner.clone()].starts_with(char::is_uppercase);
            let content_start = doc
                .tokens
                .get(self.complementizer(k, open_tok))
                .map_or(f.open, |t| t.start())
                .min(f.open);
            let end = self.claim_end(s_open, f.close_end);
            // `Clinton says she admired … what she calls “…”`: a pronoun speaker of an embedded
            // cue is the subject of the cue that embeds it.
            let pronoun = speaker.range.len() <= 4
                && PERSONAL_PRONOUNS
                    .contains(&doc.text[speaker.range.clone()].to_lowercase().as_str());
            // A named inner speaker is reported by the outer one only through "that": "Trump
            // said that Clinton once described it as “…”" (the outer claim holds the quote).
            let subject_start = doc.token_at(speaker.range.start);
            // ("Pompeo said that after legal consultation Washington had concluded …": a short
            // adjunct may stand between "that" and the inner subject.)
            // ("Mr. Ross said Mr. Obama had told …": a clause without "that" right after a
            // verb of saying.)
            let name_start = (subject_start.saturating_sub(4).max(sentence_start + 1)
                ..subject_start)
                .rev()
                .take_while(|&u| {
                    doc.tokens[u].kind == TokenKind::Word
                        && self.tok(u).starts_with(char::is_uppercase)
                })
                .last()
                .unwrap_or(subject_start);
            let reported = self.opens_reported_clause(subject_start, sentence_start)
                || name_start > sentence_start + 1
                    && self.cue_at(name_start - 1).is_some_and(|(lemma, _)| {
                        matches!(lemma, "say" | "write" | "add" | "claim")
                    })
                    && !self.tok(name_start - 1).ends_with("ing");
            // ("When my mother mentioned it, I laughed and said …": a fronted clause does not
            // embed the main one.)
            // ("She said, if elected, she would ask …": the clause after "said," is no fronted
            // one.)
            let fronted = subject_start > sentence_start
                && self.tok(subject_start - 1) == ","
                && !(sentence_start..subject_start - 1)
                    .any(|u| self.tok(u + 1) == "," && self.cue_at(u).is_some());
            let outer = if (pronoun || reported) && !fronted {
                // Not across another quote or a coordinated clause ("… “A,” but he said …").
                (sentence_start.max(subject_start.saturating_sub(40))..subject_start)
                    .rev()
                    .take_while(|&u| {
                        let quote_mark =
                            matches!(doc.tok(u), "“" | "”" | "\"" | ";" | "'" | "''" | "‘" | "’");
                        let coordination = matches!(doc.lower(u), "but" | "and")
                            && u > sentence_start
                            && doc.tok(u - 1) == ",";
                        // ("… for his plans, though he said “…”": an adverbial clause is not
                        // the outer claim's.)
                        let subordinate = matches!(
                            doc.lower(u),
                            "though" | "although" | "because" | "while" | "whereas" | "since"
                        );
                        !quote_mark && !coordination && !subordinate
                    })
                    .find_map(|u| {
                        self.cue_at(u)?;
                        self.subject_before(u, sentence_start).map(|s| (u, s))
                    })
            } else {
                None
            };
            // "Ban Ki-moon condemned what he called …": without an embedding cue, the subject
            // of the clause that embeds "what PRONOUN calls".
            let what_subject = if pronoun && outer.is_none() {
                let subject_start = doc.token_at(speaker.range.start);
                (subject_start > sentence_start
                    && self.tok(subject_start - 1).eq_ignore_ascii_case("what"))
                .then(|| self.clause_subject(sentence_start, subject_start - 1, false))
                .flatten()
                .filter(|s| s.range.end <= speaker.range.start)
                // ("Filmmakers … replaced it with what she calls …": "she" is someone else.)
                .filter(|s| {
                    let pronoun = doc.text[speaker.range.clone()].to_lowercase();
                    let entity = s.entity.map(|e| &self.entities[e]);
                    match pronoun.as_str() {
                        "he" | "she" => entity.is_some_and(|e| {
                            e.kind == EntityKind::Person
                                && (e.gender == Gender::Unknown
                                    || e.gender
                                        == if pronoun == "he" {
                                            Gender::Male
                                        } else {
                                            Gender::Female
                                        })
                        }),
                        _ => true,
                    }
                })
            } else {
                None
            };
            // ("She added that she thinks …": the content is what she added.)
            let content_start = match &outer {
                Some((u, _)) => doc
                    .tokens
                    .get(self.complementizer(u + 1, open_tok))
                    .map_or(content_start, |t| t.start().min(content_start)),
                None => content_start,
            };
            // "… with what they call Trump’s “self-centered message”": the free relative is
            // the claim.
            let content_start = if matches!(lemma, "call" | "describe" | "dub" | "term" | "label")
                && subject_start > sentence_start
                && self.tok(subject_start - 1).eq_ignore_ascii_case("what")
            {
                doc.tokens[subject_start - 1].start().min(content_start)
            } else {
                content_start
            };
            // "These employees, Stumpf explained at the hearing, were “well-paid,”", "Of
            // course, Clinton said, “I didn't know him”": an attribution set off by commas
            // inside the claim; the words before it open the claim.
            let lead = (outer.is_none() && what_subject.is_none())
                .then(|| self.claim_lead(sentence_start, subject_start, k, open_tok))
                .flatten();
            // "Floyd Abrams told me that he believes “…”": the quote sits in the outer claim's
            // clause, and the outer cue's addressee is the one told.
            let embedded = outer.is_some();
            let adjacent = adjacent && !embedded;
            let mut addressee = addressee;
            if let Some((u, _)) = &outer {
                let mut after = u + 1;
                let outer_lemma = self.cue_at(*u).map_or(lemma, |c| c.0);
                addressee = self
                    .addressee_at(outer_lemma, &mut after, open_tok)
                    .or(addressee);
            }
            let (mut v, mut lemma, mut speaker) = match (outer, what_subject) {
                (Some((u, s)), _) => (u, self.cue_at(u).map_or(lemma, |c| c.0), s),
                (None, Some(s)) => (v, lemma, s),
                (None, None) => (v, lemma, speaker),
            };
            // "Reid said both are “non-entities,” but he gave the Texan a compliment: “…”": a
            // quote set off by a colon belongs to the coordinated clause that the colon ends.
            if adjacent && open_tok > v + 4 && self.tok(open_tok - 1) == ":" {
                let coordinated = self.coordinated_pronoun(v + 3, open_tok - 2).filter(|&p| {
                    self.tok(p + 1).starts_with(char::is_lowercase)
                        && !(p + 1..open_tok).any(|i| self.cue_at(i).is_some())
                });
                if let Some(p) = coordinated {
                    if let Some(s) = self.resolve_np(p, p + 1) {
                        (v, lemma, speaker) = (open_tok - 1, "say", s);
                    }
                }
            }
            return Some(Attribution {
                cue_token: v,
                cue_range: doc.tokens[v].range(),
                lemma,
                speaker: Some(speaker),
                addressee,
                date,
                kind: if adjacent && lead.is_none() {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                },
                content: match lead {
                    Some(lead) => Some(lead..end.max(f.close_end)),
                    None => (!adjacent).then(|| content_start..end.max(f.close_end)),
                },
            });
        }
        None
    }

    /// A share of people as the subject of the verb at token `t` where `subject_before`'s
    /// narrower share rules found none: "all but two said …", "about two-thirds, 67 percent,
    /// say …", "as many as three-fourths of them tell pollsters …" (a group). The words back to
    /// the sentence start, a comma after other words, or a conjunction, at most 12; one of them
    /// must count.
    fn share_subject(&mut self, t: usize, first: usize) -> Option<SpeakerDraft> {
        let share_word = |w: &str| {
            matches!(
                w,
                "percent"
                    | "all"
                    | "most"
                    | "many"
                    | "half"
                    | "majority"
                    | "minority"
                    | "third"
                    | "thirds"
                    | "quarter"
                    | "quarters"
                    | "fourths"
                    | "fifths"
                    | "two-thirds"
                    | "three-fourths"
                    | "three-quarters"
                    | "one-third"
                    | "one-quarter"
                    | "dozen"
                    | "dozens"
            ) || small_number_word(w)
        };
        let filler = |w: &str| {
            matches!(
                w,
                "of" | "them"
                    | "those"
                    | "but"
                    | "a"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "more"
                    | "than"
                    | "just"
                    | "over"
                    | "under"
                    | "as"
                    | "only"
                    | "roughly"
                    | "some"
                    | "fewer"
                    | "less"
                    | ","
                    | "-"
            )
        };
        let mut end = t;
        if end > first && self.tok(end - 1) == "," {
            end -= 1;
        }
        let mut start = end;
        let mut counts = false;
        while start > first && end - start < 12 {
            let w = self.doc.lower(start - 1);
            let number = self.doc.tokens[start - 1].kind == TokenKind::Number;
            if number || share_word(w) {
                counts = true;
            } else if !filler(w) {
                break;
            }
            start -= 1;
        }
        while start < end && matches!(self.tok(start), "," | "-") {
            start += 1;
        }
        let opens = start == first
            || matches!(
                self.doc.lower(start - 1),
                "," | "and" | "but" | "while" | "whereas" | ":" | ";"
            );
        if !counts || start >= end || !opens {
            return None;
        }
        Some(self.group(start, end))
    }

    /// A verb of [`EVALUATIONS`] at token `t` used as a verb, active and with an object:
    /// its lemma. ("the praise", "his defense of …", "was praised by …", "cited by" are not.)
    fn evaluation_at(&self, t: usize) -> Option<&'static str> {
        let lower = self.doc.lower(t);
        if lower.len() < 4 || lower.len() > 12 {
            return None;
        }
        let lemma = *EVALUATION_INDEX.get(lower)?;
        let w = self.tok(t);
        let first_in_sentence = self
            .doc
            .sentence_at(self.doc.tokens[t].start())
            .is_none_or(|s| self.doc.sentences[s].tokens().start == t);
        if w.starts_with(char::is_uppercase) && !first_in_sentence {
            return None;
        }
        if t > 0 && (self.modifies_noun(t - 1) || self.copula_start(t, 0) < t) {
            return None;
        }
        // "Europe must defend itself, Ruiz said": inside someone's reported clause, or not
        // asserted, the verb reports nothing of its own.
        if t > 0 && self.unasserted(t - 1) || self.trailing_cue_reports(t) {
            return None;
        }
        // "has faced ridicule", "drew praise", "widespread praise": the noun.
        if t > 0
            && matches!(
                self.doc.lower(t - 1),
                "face"
                    | "faces"
                    | "faced"
                    | "facing"
                    | "draw"
                    | "draws"
                    | "drew"
                    | "drawn"
                    | "received"
                    | "receives"
                    | "earned"
                    | "earns"
                    | "won"
                    | "wins"
                    | "sparked"
                    | "attracted"
                    | "got"
                    | "gets"
                    | "much"
                    | "more"
                    | "widespread"
                    | "public"
                    | "high"
                    | "lavish"
                    | "international"
            )
        {
            return None;
        }
        if t > 0
            && matches!(
                self.doc.lower(t - 1),
                "was" | "were" | "is" | "are" | "been" | "being" | "be" | "get" | "got"
            )
        {
            return None;
        }
        Some(lemma)
    }

    /// Whether an object that a verb of judging reports follows token `t`: a word or a quote,
    /// not a preposition, a particle or a clause.
    fn evaluated_object_after(&self, t: usize, last: usize) -> bool {
        t + 2 < last
            && (self.doc.tokens[t + 1].kind != TokenKind::Punct
                || matches!(self.tok(t + 1), "“" | "\"" | "‘"))
            && !matches!(
                self.doc.lower(t + 1),
                "by" | "to"
                    | "of"
                    | "off"
                    | "out"
                    | "up"
                    | "down"
                    | "that"
                    | "as"
                    | "on"
                    | "in"
                    | "at"
                    | "for"
                    | "with"
                    | "from"
                    | "about"
                    | "into"
                    | "over"
                    | "and"
                    | "or"
            )
    }

    /// Where the object of a verb of judging, from token `k`, ends (a byte): before a comma, a
    /// dash, a coordinated verb ("blasted Rubio and defended Cruz"), a contrast ("but also …")
    /// or the occasion of the words ("in a recent interview", "on Twitter"); else at the
    /// clause's end. Bounded like [`Stage::claim_end`].
    fn evaluated_object_end(&self, k: usize, last: usize, s: usize) -> usize {
        let mut depth = 0usize;
        for i in k + 1..last.min(k + CLAIM_REACH) {
            match self.tok(i) {
                "“" => depth += 1,
                "”" => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 {
                continue;
            }
            let w = self.doc.lower(i);
            let next = |n: usize| (i + n < last).then(|| self.doc.lower(i + n));
            let stop = matches!(w, "," | ";" | ":" | "—" | "–" | "(" | "." | "!" | "?")
                || matches!(w, "and" | "but")
                    && next(1).is_some_and(|n| {
                        n == "also"
                            || self.tok(i + 1).starts_with(char::is_lowercase)
                                && (n.ends_with("ed")
                                    || IRREGULAR_PASTS.contains(&n)
                                    || self.cue_at(i + 1).is_some())
                    })
                || matches!(w, "in" | "on" | "at" | "during" | "before" | "after")
                    && (1..=3).any(|n| {
                        next(n).is_some_and(|n| {
                            setting_noun(n)
                                || crate::dates::weekday(n).is_some()
                                || crate::dates::month_number(n).is_some()
                                || matches!(
                                    n,
                                    "today"
                                        | "yesterday"
                                        | "tonight"
                                        | "morning"
                                        | "evening"
                                        | "night"
                                        | "week"
                                        | "weekend"
                                        | "month"
                                        | "year"
                                )
                        })
                    });
            if stop {
                // ("investments that, critics say, juiced …": not the relative pronoun.)
                let mut e = i - 1;
                if e > k && matches!(self.doc.lower(e), "that" | "which" | "who") {
                    e -= 1;
                }
                return self.doc.tokens[e].end();
            }
        }
        self.clause_end(s)
    }

    /// Where a claim opens before an attribution set off by commas inside it: `LEAD, SUBJ CUE
    /// [ADJUNCT], REST` with the quote in REST ("These employees, Stumpf explained at the
    /// hearing, were “well-paid,”", "In other words, he said, “the era … is over.”"). The
    /// subject starts at token `subject`, the cue's complements end at `k`, the quote opens at
    /// `open`. Not a setting of the words (a time, a place, an occasion: "On Sunday, Trump
    /// said, “…”", "At a rally, …", "Speaking to reporters, …", "Asked about …, …").
    fn claim_lead(
        &self,
        sentence_start: usize,
        subject: usize,
        k: usize,
        open: usize,
    ) -> Option<usize> {
        let doc = self.doc;
        if subject < sentence_start + 2 || self.tok(subject - 1) != "," || k > open {
            return None;
        }
        // The attribution closes with a comma, after at most a short adjunct.
        let close = (k..open.min(k + 8)).find(|&i| self.tok(i) == ",")?;
        if (k..close).any(|i| {
            doc.tokens[i].kind != TokenKind::Word
                || AUXILIARIES.contains(&doc.lower(i))
                || self.cue_at(i).is_some()
        }) {
            return None;
        }
        let lead = sentence_start..subject - 1;
        let first = doc.lower(lead.start);
        // A time, a setting or the speaker's circumstances, whatever their words.
        let circumstance = matches!(
            first,
            "on" | "at"
                | "during"
                | "after"
                | "before"
                | "later"
                | "earlier"
                | "then"
                | "now"
                | "today"
                | "yesterday"
                | "asked"
                | "when"
                | "while"
                | "meanwhile"
                | "separately"
                | "afterward"
                | "afterwards"
                | "as"
        ) && !(first == "as" && lead.len() > 1 && doc.lower(lead.start + 1) == "for")
            && !(first == "at" && lead.len() > 1 && doc.lower(lead.start + 1) == "least")
            // "Lamenting their luck, …", "Repeatedly, …": a participle phrase or an adverb.
            || first.ends_with("ing")
            || lead.len() == 1 && ly_adverb(first)
            // "In Just the Way You Are, Billy Joel sings", "In Iowa, …": a named setting.
            || first == "in"
                && lead
                    .clone()
                    .skip(1)
                    .any(|i| self.tok(i).starts_with(char::is_uppercase));
        // "John Dickey, the chief executive of …, said": a name and its apposition are the
        // subject.
        let name_apposition = self.tok(lead.end - 1).starts_with(char::is_uppercase)
            && matches!(doc.lower(subject), "a" | "an" | "the")
            || lead
                .clone()
                .all(|i| self.tok(i).starts_with(char::is_uppercase));
        // "In a statement, …", "In March, …", "Pressed on the issue, …": an occasion.
        let setting = circumstance
            || name_apposition
            || first == "pressed"
            || first == "in"
                && (lead.len() <= 2
                    || lead.clone().any(|i| {
                        let w = doc.lower(i);
                        DAY_WORDS.contains(&w)
                            || setting_noun(w)
                            || doc.tokens[i].kind == TokenKind::Number
                            || crate::dates::month_number(w).is_some()
                    }));
        let clean = lead.clone().all(|i| {
            !matches!(
                self.tok(i),
                "“" | "”" | "\"" | "‘" | "’" | "''" | "(" | ")" | ";" | ":"
            ) && self.cue_at(i).is_none()
        });
        (!setting && clean && !lead.is_empty()).then(|| doc.tokens[lead.start].start())
    }

    /// Whether the closing mark at token `mark` ends a quoted clause (`,”` `?”` `!”`), where an
    /// inverted attribution follows (`“…,” read the statement`), rather than quoted words
    /// (`the “disheartened” state`).
    fn after_quoted_clause(&self, mark: usize) -> bool {
        let at = self.doc.tokens[mark].start();
        self.doc.text[..at]
            .trim_end()
            .ends_with([',', '?', '!', '.'])
    }

    /// The speaker of a quote in a headline: the noun phrase before the first "Says"/"Warns"/…
    /// or a `Name:` opening the headline.
    fn headline_attribution(&mut self, f: &Fragment) -> Option<Attribution> {
        let doc = self.doc;
        let block = doc.layout.blocks[f.block].range();
        let first = doc.token_at(block.start);
        // Headlines are short; a long "headline" block is read only at its start (issue #10).
        let last = doc.token_at(block.end).min(first + 60);
        let inside = |t: &Token| f.open <= t.start() && t.start() < f.close_end;
        let open_tok = doc.token_at(f.open);
        let (v, lemma) = (first..last)
            .find_map(|v| {
                let w = self.tok(v);
                let (lemma, _) = cue(w)?;
                // ("Retired General Reveals ‘Demoralizing’ Experience": any speech verb in the
                // headline's present tense before the quoted words.)
                let speech = matches!(w, "Says" | "Said" | "Tells" | "Told" | "Warns" | "Urges")
                    || w.chars().all(char::is_lowercase) && matches!(lemma, "say" | "tell")
                    || v < open_tok
                        && w.starts_with(char::is_uppercase)
                        && w.ends_with('s')
                        && !w.ends_with("ss");
                (speech && !inside(&doc.tokens[v])).then_some((v, lemma))
            })
            .or_else(|| {
                // `Obama on Climate Change: The Trends Are 'Terrifying'`.
                (first + 1..last.min(first + 6))
                    .find(|&i| self.tok(i) == ":")
                    .map(|c| (c, "say"))
            })?;
        // The speaker phrase ends at the verb and starts after a comma or closing mark.
        let from = (first..v)
            .rev()
            .find(|&i| matches!(self.tok(i), "," | "”" | "’" | "'" | "\"" | ":" | "—" | "–"))
            .map_or(first, |i| i + 1);
        let end = if self.tok(v) == ":" {
            // Only the name before "on …" in `Obama on Climate Change:`.
            (from..v).find(|&i| self.tok(i) == "on").unwrap_or(v)
        } else {
            v
        };
        if from >= end {
            return None;
        }
        let speaker = self.resolve_np(from, end)?;
        let mentioned = speaker.entity.is_some_and(|e| {
            matches!(
                self.entities[e].kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Group
            )
        });
        // ("Spirit Of The Week: WhistlePig ‘…’": before a colon, a single title-case word the
        // article never names again is a column's name, not a speaker.)
        let column = self.tok(v) == ":" && self.column_label(from, end, &speaker);
        if !mentioned || column {
            return None;
        }
        // The claim is the rest of the headline: "Pat Caddell: Democrat Voters Worried About
        // …; It’s ‘in Their Heads’", "Obama Says Museum Will Tell of ‘Suffering and Delight’".
        let mut tail = doc.token_at(block.end).min(first + 60);
        while tail > v + 1 && doc.tokens[tail - 1].kind == TokenKind::Punct {
            tail -= 1;
        }
        // (Quoted words that make up all of it are a quote of their own.)
        let whole = doc.tokens.get(v + 1..tail).is_none_or(|rest| {
            rest.iter()
                .all(|t| f.open <= t.start() && t.end() <= f.close_end)
        });
        let content = (v + 1 < tail && doc.tokens[v + 1].start() <= f.open && !whole)
            .then(|| doc.tokens[v + 1].start()..doc.tokens[tail - 1].end().max(f.close_end));
        Some(Attribution {
            cue_token: v,
            cue_range: doc.tokens[v].range(),
            lemma,
            speaker: Some(speaker),
            addressee: None,
            date: None,
            kind: QuoteKind::Partial,
            content,
        })
    }

    /// The first token after the verb that follows a subject ending before token `after`
    /// ("has openly [admired] …"), if that verb comes before the quote at token `open`.
    fn object_start(&self, after: usize, open: usize) -> Option<usize> {
        let mut t = after;
        while t < open && {
            let w = self.tok(t).to_lowercase();
            ADVERBS.contains(&w.as_str()) || ly_adverb(&w)
        } {
            t += 1;
        }
        let verb = self.tok(t);
        let is_verb = t < open
            && self.doc.tokens[t].kind == TokenKind::Word
            && verb.starts_with(char::is_lowercase);
        is_verb.then(|| self.complementizer(t + 1, open))
    }

    /// Where reported content starts after a verb's complements, `from` tokens before the
    /// quote at token `open`: at a nearby "that" ("said on its website [that …]", "tweeted in
    /// the early morning hours [that …]"), else at `from`.
    fn complementizer(&self, mut from: usize, open: usize) -> usize {
        while from < open && self.tok(from) == "," {
            from += 1;
        }
        // "says he’s satisfied that …", "said they were concerned that …": a pronoun subject
        // opens the reported clause; a "that" after it belongs to the clause.
        // "called on the administration to “…”": the ones called on are what is claimed.
        if from + 1 < open
            && from > 0
            && self.doc.lower(from) == "on"
            && matches!(
                self.doc.lower(from - 1),
                "called" | "calls" | "call" | "calling"
            )
        {
            from += 1;
        }
        if from < open {
            let w = self.doc.lower(from);
            let pronoun = w.split(['\'', '’']).next().unwrap_or(w);
            if matches!(pronoun, "he" | "she" | "they" | "we" | "i" | "it" | "there") {
                return from;
            }
        }
        let window = (from..open.min(from + 10))
            .take_while(|&t| !matches!(self.tok(t), "“" | "”" | "\"" | "‘" | "’" | "." | ";"));
        if let Some(that) = window
            .clone()
            .find(|&t| self.tok(t).eq_ignore_ascii_case("that"))
        {
            // "said Mr. Obama had told leaders that …", "said his comments were taken out of
            // context and that …": a verb before "that" opens the clause already.
            // (Not after a noun's prepositional phrase: "a letter on Trump was ridiculed for
            // its prediction that …".)
            let clause_before = !matches!(
                self.doc.lower(from),
                "on" | "in" | "at" | "of" | "for" | "from" | "by" | "with" | "about" | "to"
            ) && (from + 1..that).any(|t| {
                AUXILIARIES.contains(&self.doc.lower(t))
                    && self.tok(t).starts_with(char::is_lowercase)
            });
            return if clause_before { from } else { that };
        }
        if from >= open {
            return from;
        }
        match self.doc.lower(from) {
            // "tells his supporters at a rally to “go …”": a short adjunct before what they
            // are told to do.
            // ("on" is left out: "called on Americans to …", "went on to say …".)
            // ("told reporters in Washington she will …": a short place phrase before the
            // clause's pronoun subject.)
            "at" | "in" | "during" | "after" => window
                .clone()
                .find(|&t| {
                    self.tok(t) == "to"
                        && (t + 1 == open
                            || self.doc.tokens[t + 1].kind == TokenKind::Word
                                && self.tok(t + 1).starts_with(char::is_lowercase))
                })
                .or_else(|| {
                    window
                        .take(6)
                        .take_while(|&t| self.doc.tokens[t].kind == TokenKind::Word)
                        .skip(2)
                        .find(|&t| matches!(self.tok(t), "he" | "she" | "they" | "we" | "I"))
                })
                .unwrap_or(from),
            // "told them this weekend he would …": a time phrase before the clause's subject.
            "this" | "last" | "earlier" | "later" => window
                .take(4)
                .find(|&t| matches!(self.doc.lower(t), "he" | "she" | "they" | "we" | "i"))
                .unwrap_or(from),
            _ => from,
        }
    }

    /// The first token of a clause's core after tokens `i..to` open it with conjunctions
    /// ("But", "Still,") and a leading adverbial phrase ending at a comma ("On Friday, …",
    /// "Details aside, …"), unless that phrase names someone ("Rubio, a senator,").
    fn skip_openers(&self, mut i: usize, to: usize) -> Option<usize> {
        let lower = |t: usize| self.tok(t).to_lowercase();
        while i < to
            && matches!(
                lower(i).as_str(),
                "but"
                    | "and"
                    | "so"
                    | "yet"
                    | "still"
                    | "meanwhile"
                    | "however"
                    | "instead"
                    | "now"
                    | "then"
                    | "also"
                    | "indeed"
            )
        {
            i += 1;
            if i < to && self.tok(i) == "," {
                i += 1;
            }
        }
        // A leading adverbial phrase ends at its comma ("On Friday, …", "In a statement, …",
        // "A week later, however, …", "First, …"), unless it names someone ("Rubio, a senator,").
        loop {
            // "Increasingly worried about …, President Obama …", "Asked about …, she …".
            let participial = {
                let w = lower(i);
                ly_adverb(&w) || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
            };
            // "Fifteen minutes after Pence was picked, …", "Two days before the vote, …".
            let time_clause = i + 2 < to
                && (self.doc.tokens[i].kind == TokenKind::Number
                    || crate::figure::number_word(&lower(i)).is_some()
                    || matches!(lower(i).as_str(), "a" | "an" | "several" | "moments"))
                && (matches!(
                    lower(i + 1).as_str(),
                    "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "minute"
                        | "hour"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                ) && matches!(lower(i + 2).as_str(), "after" | "before" | "into" | "since"));
            // ("Hours before Parise’s two-goal game, …", "Moments after the vote, …".)
            let bare_time_clause = i + 1 < to
                && matches!(
                    lower(i).as_str(),
                    "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments"
                )
                && matches!(lower(i + 1).as_str(), "after" | "before" | "into" | "since");
            if time_clause || bare_time_clause {
                let comma = (i + 2..to.min(i + 24)).find(|&c| self.tok(c) == ",")?;
                i = comma + 1;
                continue;
            }
            if i < to && (CLAUSE_OPENERS.contains(&lower(i).as_str()) || participial) {
                let comma = (i + 1..to.min(i + 30)).find(|&c| self.tok(c) == ",")?;
                i = comma + 1;
                // (`While Sullivan proclaims it a “terrific piece,” Clinton …`: the comma sits
                // inside the closing mark.)
                while i < to && matches!(self.tok(i), "”" | "’" | "\"" | "'" | "''") {
                    i += 1;
                }
                continue;
            }
            let Some(comma) = (i + 1..to.min(i + 6)).find(|&c| self.tok(c) == ",") else {
                break;
            };
            let phrase = self.doc.tokens[i].start()..self.doc.tokens[comma - 1].end();
            let names = self.index.within(&phrase).next().is_some()
                || (i..comma).any(|t| {
                    self.tok(t).starts_with(char::is_uppercase)
                        && t > i
                        && self.doc.tokens[t].kind == TokenKind::Word
                });
            if names || (i..comma).any(|t| self.doc.tokens[t].kind == TokenKind::Punct) {
                break;
            }
            i = comma + 1;
        }
        Some(i)
    }

    /// The subject of the clause in tokens `from..to` that a participle or coordinated verb
    /// after it shares: the speaker of a speech verb in it ("Law said, noting …"), else the
    /// sentence's subject.
    fn main_subject(&mut self, from: usize, to: usize) -> Option<SpeakerDraft> {
        // Only the clause next to the participle: a bounded look back keeps long sentences
        // linear (issue #10).
        let cued = (from.max(to.saturating_sub(40))..to).rev().find_map(|u| {
            self.cue_at(u)?;
            if self.tok(u).to_lowercase().ends_with("ing") {
                return None;
            }
            // "… defend not paying an architect who said …, saying, “…”": a relative clause's
            // verb is not the main clause's.
            if u > from && matches!(self.doc.lower(u - 1), "who" | "which") {
                return None;
            }
            // "… in a letter posted on Twitter Tuesday, saying …": a participle after a
            // prepositional phrase's noun modifies it; the main verb is earlier.
            if u >= from + 3
                && self.doc.lower(u).ends_with("ed")
                && matches!(
                    self.doc.lower(u - 2),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                )
                && matches!(
                    self.doc.lower(u - 3),
                    "in" | "on" | "with" | "through" | "via" | "from" | "at" | "by"
                )
            {
                return None;
            }
            let subject = self
                .subject_before(u, from)
                .or_else(|| self.subject_after(u + 1, to).map(|(s, _)| s))?;
            // "Pompeo said that after legal consultation Washington had concluded …, saying
            // …": a verb inside a reported clause is not the main one.
            let start = self.doc.token_at(subject.range.start);
            (!self.opens_reported_clause(start, from)).then_some(subject)
        });
        if cued.is_some() {
            return cued;
        }
        // "While she has stepped up her criticisms of Trump, saying …": a participle inside a
        // subordinate clause shares that clause's subject, right after its conjunction.
        if to > from + 2
            && matches!(
                self.doc.lower(from),
                "while" | "although" | "though" | "as" | "when" | "after" | "because" | "since"
            )
            && !(from + 1..to).any(|c| self.tok(c) == ",")
        {
            return self.clause_subject(from + 1, to, false);
        }
        self.clause_subject(from, to, false)
            .or_else(|| self.sentence_subject(from, to))
    }

    /// The subject noun phrase that opens the sentence in tokens `from..to`, whatever it names
    /// ("Politifact then ruled …", "Other leaders used …", "He made the criticism …"): the one
    /// who uses quoted words when no speech verb introduces them.
    fn clause_subject(&mut self, from: usize, to: usize, strict: bool) -> Option<SpeakerDraft> {
        let lower = |t: usize| self.tok(t).to_lowercase();
        let mut i = from;
        // The dateline ("FLINT, Mich., Oct. 4 (UPI) —") is not the subject.
        if let Some(d) = &self.doc.layout.dateline {
            let at = self.doc.tokens.get(i).map_or(usize::MAX, |t| t.start());
            if d.range.start <= at && at < d.range.end {
                i = self.doc.token_at(d.range.end).max(i);
            }
        }
        // "A few days ago in an interview with RT he blasted …": a time phrase in "ago", then
        // the pronoun subject after any prepositional phrase.
        if let Some(ago) = (i..to.min(i + 6)).find(|&t| lower(t) == "ago") {
            i = ago + 1;
            if let Some(p) = (i..to.min(i + 12))
                .find(|&t| PERSONAL_PRONOUNS.contains(&self.tok(t)) && self.tok(t) != "it")
            {
                i = p;
            }
        }
        while i < to && matches!(self.tok(i), "“" | "\"" | "‘" | "'" | "(" | "-" | "—") {
            i += 1;
        }
        // "On September 27 they published …": a short time phrase without its comma, then the
        // subject.
        if i + 2 < to
            && matches!(
                lower(i).as_str(),
                "on" | "in" | "last" | "earlier" | "later"
            )
        {
            let time_word = |t: usize| {
                self.doc.tokens[t].kind == TokenKind::Number
                    || crate::dates::weekday(self.tok(t)).is_some()
                    || crate::dates::month_number(self.tok(t)).is_some()
                    || matches!(lower(t).as_str(), "week" | "month" | "year" | "night")
            };
            let mut j = i + 1;
            while j < to.min(i + 4) && time_word(j) {
                j += 1;
            }
            if j > i + 1
                && j + 1 < to
                && (matches!(self.tok(j), "he" | "she" | "they" | "we" | "I" | "the")
                    || self.tok(j).starts_with(char::is_uppercase)
                        && self.doc.tokens[j].kind == TokenKind::Word)
            {
                i = j;
            }
        }
        i = self.skip_openers(i, to)?;
        // "Ah, but one piece of history …": a coordinator after an interjection.
        while i + 1 < to && matches!(lower(i).as_str(), "but" | "yet" | "so") {
            i += 1;
        }
        // "…, which regulates campaign finances, issued a statement warning …": a clause that
        // starts at a verb has lost its subject.
        if i < to && self.tok(i).starts_with(char::is_lowercase) && {
            let w = lower(i);
            w.ends_with("ed") || IRREGULAR_PASTS.contains(&w.as_str())
        } {
            return None;
        }
        // "Perhaps there are grounds for …", "It shouldn’t escape notice that …": an expletive
        // subject names nobody.
        if i < to && lower(i) == "perhaps" {
            i += 1;
        }
        // "Look at the “home” page", "Imagine a “perfect storm”": an imperative opening the
        // sentence has no subject.
        if i < to
            && self.doc.opens_sentence(i)
            && self.tok(i).starts_with(char::is_uppercase)
            && IMPERATIVE_OPENERS.contains(&lower(i).as_str())
        {
            return None;
        }
        // "…, you blend ingredients …": the reader says nothing; "…, and select your program
        // (“ice cream,” …)": an imperative after a coordinator has no subject.
        if i < to && matches!(lower(i).as_str(), "you" | "and" | "or" | "then") {
            return None;
        }
        if i + 1 < to {
            let next = lower(i + 1);
            let linking = matches!(
                next.as_str(),
                "is" | "was"
                    | "are"
                    | "were"
                    | "seems"
                    | "seemed"
                    | "should"
                    | "would"
                    | "may"
                    | "might"
                    | "must"
            ) || next.ends_with("n’t")
                || next.ends_with("n't");
            if lower(i) == "there" || lower(i) == "it" && linking {
                return None;
            }
            // "Consider this 2014 entry — “…”": an imperative verb before its object.
            let capitalised_alone = self.tok(i).starts_with(char::is_uppercase)
                && self.doc.opens_sentence(i)
                && matches!(next.as_str(), "this" | "these" | "the" | "a" | "an");
            let known = self
                .index
                .within(&self.doc.tokens[i].range())
                .any(|(_, e, _)| {
                    self.entities[e].mentions.len() > 1
                        && matches!(
                            self.entities[e].kind,
                            EntityKind::Person | EntityKind::Organization
                        )
                });
            if capitalised_alone && !known {
                return None;
            }
        }
        // "It’s been common for …", "There’s …": no subject; "I’m old enough to …": the
        // writer, whom nothing names; "He’s …": the pronoun alone.
        let contraction = (i < to)
            .then(|| {
                // (The tokenizer splits a pronoun's clitic off: "I" + "’m".)
                let mut w = lower(i);
                if i + 1 < to && self.tok(i + 1).starts_with(['\'', '’']) {
                    w.push_str(&lower(i + 1));
                }
                let (p, rest) = w.split_once(['\'', '’'])?;
                (matches!(
                    p,
                    "i" | "we"
                        | "you"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "there"
                        | "that"
                        | "what"
                        | "here"
                ) && matches!(rest, "m" | "s" | "re" | "ve" | "ll" | "d"))
                .then(|| p.to_string())
            })
            .flatten();
        if let Some(p) = &contraction {
            if !matches!(p.as_str(), "he" | "she" | "they") {
                return None;
            }
        }
        let determiner = i < to
            && matches!(
                lower(i).as_str(),
                "the" | "a" | "an" | "this" | "that" | "one" | "another" | "each" | "every"
            );
        let mut e = i;
        while e < to && e < i + 8 {
            let t = &self.doc.tokens[e];
            let w = self.tok(e);
            let lw = lower(e);
            // ("the study -- which notes …": a spaced hyphen is a dash.)
            let spaced = t.start() > 0 && self.doc.text[..t.start()].ends_with(char::is_whitespace);
            let word =
                t.kind != TokenKind::Punct || matches!(w, "'" | "’" | ".") || w == "-" && !spaced;
            if !word {
                break;
            }
            // "The movie shows …", "a fresh poll finds …": after a determiner and a noun, a
            // word in -s is the verb.
            // "The actor spoke about …": an irregular past after the noun is the verb.
            let past_verb = determiner
                && e >= i + 2
                && w.starts_with(char::is_lowercase)
                && IRREGULAR_PASTS.contains(&lw.as_str());
            let s_verb = past_verb
                || lw.ends_with('s')
                    && !lw.ends_with("ss")
                    && w.starts_with(char::is_lowercase)
                    && (determiner && e >= i + 2
                    // "Polestar continues to see …", "Google plans a …": a word in -s before
                    // "to", "that" or an article is a verb.
                    // ("Merriam-Webster defines “snow” as …": before the quoted words.)
                    || e > i
                        && e + 1 == to
                        && self.tok(e - 1).starts_with(char::is_uppercase)
                    || e > i
                        && e + 1 < to
                        && (matches!(lower(e + 1).as_str(), "to" | "that" | "the" | "a" | "an")
                            // "Pope takes on …", "Apple moves into …": after a name, before a
                            // particle.
                            || self.tok(e - 1).starts_with(char::is_uppercase)
                                && matches!(
                                    lower(e + 1).as_str(),
                                    "on" | "up" | "over" | "into" | "out" | "off" | "aim" | "after"
                                )));
            let verbish = ADVERBS.contains(&lw.as_str())
                || AUXILIARIES.contains(&lw.as_str())
                || SUBJECT_STOPS.contains(&lw.as_str())
                || s_verb
                || w.starts_with(char::is_lowercase)
                    // ("The award-winning actor", "a well-connected donor": compound
                    // adjectives.)
                    && !w.contains('-')
                    // ("The retired neurosurgeon", "the embattled governor": a participle right
                    // after the determiner is an adjective.)
                    && !(determiner && e == i + 1 && self.cue_at(e).is_none())
                    && (lw.ends_with("ed")
                        || self.cue_at(e).is_some()
                        || lw.ends_with("ing")
                        || ly_adverb(&lw));
            if e > i && verbish {
                break;
            }
            e += 1;
        }
        // "I can’t look at …", "He also says": a personal pronoun is the whole subject.
        if contraction.is_some() || matches!(lower(i).as_str(), "i" | "we" | "he" | "she" | "they")
        {
            e = i + 1;
        }
        if e == i || e >= to {
            return None;
        }
        // Strict: a described subject must be able to speak ("The worry here is that “…”"
        // names nobody; "Polestar continues to see … “made-in-China”" is no claim by a group).
        if strict {
            // "Crows and ravens are considered the “…”", "He was also found with towels “all
            // wrapped around [the] neck”": the subject of a passive is not the one who calls it
            // so.
            if self.passive_after(e, to) || self.passive_verb_after(e, to) {
                return None;
            }
            let range = self.doc.tokens[i].start()..self.doc.tokens[e - 1].end();
            let head_start = self.doc.tokens[e - 1].start();
            // A possessor is not the subject: "His goal was “…”", "Sondland’s appearance
            // follows … “improper.”" name nobody who speaks.
            let named = self.index.within(&range).any(|(r, ent, _)| {
                let mention = &self.doc.text[r.clone()];
                let after = &self.doc.text[r.end..head_start.max(r.end)];
                let possessor = r.end <= head_start
                    && (mention.ends_with("’s")
                        || mention.ends_with("'s")
                        || after.starts_with(['’', '\''])
                        || matches!(
                            mention.to_lowercase().as_str(),
                            "his" | "her" | "their" | "its" | "my" | "our" | "your"
                        ));
                !possessor
                    && matches!(
                        self.entities[ent].kind,
                        EntityKind::Person | EntityKind::Organization
                    )
            });
            // The last word ("the study --"), or a pronoun subject ("He’s been …").
            let head = (i..e)
                .rev()
                .find(|&k| self.doc.tokens[k].kind == TokenKind::Word)
                .map_or("", |k| self.tok(k));
            let first = self.doc.lower(i);
            let pronoun = PERSONAL_PRONOUNS.iter().any(|p| {
                first == *p
                    || first
                        .strip_prefix(p)
                        .is_some_and(|x| x.starts_with(['\'', '’']))
            });
            // ("Frustrations at Carson’s inability … have begun": an abstract noun.)
            let abstract_head = head.starts_with(char::is_uppercase)
                && abstract_noun(head.to_lowercase().trim_end_matches('s'))
                // ("niche AI applications … could graduate from “meh”": things, not speakers.)
                || thing_plural(head);
            if !named && !pronoun && (!speaking_head(head) || abstract_head) {
                return None;
            }
        }
        if let Some(s) = self.resolve_np(i, e) {
            return Some(s);
        }
        // "Federal labor organizations have …", "One sweeping question asked …": a described
        // group.
        let head = self.tok(e - 1);
        let lowercase_head = head.chars().all(|c| c.is_lowercase() || c == '-');
        (e - i >= 2
            && lowercase_head
            && (!strict || speaking_head(head))
            && !PERSONAL_PRONOUNS.contains(&head))
        .then(|| self.group(i, e))
    }

    /// Whether token `v` (before `to`) opens a passive verb ("are considered", "was seen"):
    /// its subject is not the one who calls a thing so.
    fn passive_at(&self, v: usize, to: usize) -> bool {
        if v + 1 >= to
            || !matches!(
                self.doc.lower(v),
                "is" | "are" | "was" | "were" | "been" | "be"
            )
        {
            return false;
        }
        // ("was widely seen": an adverb between.)
        let p = if ly_adverb(self.doc.lower(v + 1)) && v + 2 < to {
            v + 2
        } else {
            v + 1
        };
        let w = self.doc.lower(p);
        // Only a label the quoted words give ("are considered the “…”", "was dubbed a “…”"):
        // "was ridiculed for its prediction that …" still reports the subject's claim.
        (w.ends_with("ed") || w.ends_with("en") || matches!(w, "known" | "seen"))
            && w != "quoted"
            && to - p <= 4
            && (p + 1..to).all(|t| {
                matches!(
                    self.doc.lower(t),
                    "as" | "a" | "an" | "the" | "to" | "be" | "simply"
                )
            })
    }

    /// Whether the clause after a subject ending before token `from` is passive ("Crows and
    /// ravens are considered …"): a form of "be" and a participle within the next words.
    fn passive_after(&self, from: usize, to: usize) -> bool {
        (from..to.min(from + 6))
            .take_while(|&t| {
                !matches!(self.tok(t), "," | "“" | "\"" | ";") && self.cue_at(t).is_none()
            })
            .any(|t| self.passive_at(t, to))
    }

    /// Whether a passive verb follows a subject ending before token `from` ("He was also found
    /// with …", "The man was charged with …"): a form of "be", adverbs, a past participle and
    /// "with" or "in".
    fn passive_verb_after(&self, from: usize, to: usize) -> bool {
        let Some(be) = (from..to.min(from + 2)).find(|&t| {
            matches!(
                self.doc.lower(t),
                "is" | "are" | "was" | "were" | "been" | "being"
            )
        }) else {
            return false;
        };
        let mut p = be + 1;
        // (A few adverbs at most: the look-up stays bounded per quote.)
        while p < to.min(be + 5)
            && (ADVERBS.contains(&self.doc.lower(p)) || ly_adverb(self.doc.lower(p)))
        {
            p += 1;
        }
        // (Only before "with" or "in", where a thing, not an agent, follows: "have been
        // startled by Trump’s “isolationist” …" and "is based on" keep their subjects.)
        p + 1 < to && matches!(self.doc.lower(p + 1), "with" | "in") && {
            let w = self.doc.lower(p);
            self.tok(p).starts_with(char::is_lowercase)
                && (w.ends_with("ed") && w.len() > 4
                    || matches!(
                        w,
                        "found" | "held" | "kept" | "left" | "caught" | "seen" | "taken" | "given"
                    ))
        }
    }

    /// "Spirit Of The Week: WhistlePig ‘…’": before a colon, a speaker that is one title-case
    /// word of a longer label, no known name and never named again is a column's name.
    fn column_label(&self, from: usize, end: usize, speaker: &SpeakerDraft) -> bool {
        let word = self.doc.token_at(speaker.range.start);
        end > from + 1
            && self.doc.tokens[word].end() == speaker.range.end
            && !self.lex.surnames.contains(self.tok(word))
            && !self.lex.first_names.contains_key(self.tok(word))
            && speaker
                .entity
                .is_some_and(|e| self.entities[e].mentions.len() < 2)
    }

    /// Whether the subject at token `subject` opens a clause reported after "that" ("said that
    /// Clinton …"), maybe after a short adjunct ("said that after legal consultation
    /// Washington …").
    fn opens_reported_clause(&self, subject: usize, floor: usize) -> bool {
        let doc = self.doc;
        subject > floor
            && (self.tok(subject - 1).eq_ignore_ascii_case("that")
                || (subject.saturating_sub(8).max(floor)..subject - 1)
                    .rev()
                    .take_while(|&u| {
                        (doc.tokens[u].kind == TokenKind::Word || self.tok(u) == ",")
                            && !matches!(doc.lower(u), "which" | "who" | "whom" | "whose" | "as")
                            && self.cue_at(u).is_none()
                            && !AUXILIARIES.contains(&doc.lower(u))
                    })
                    .any(|u| {
                        doc.lower(u) == "that"
                            && (matches!(
                                doc.lower(u + 1),
                                "after" | "before" | "despite" | "following" | "in" | "on"
                            ) || doc.lower(u + 1) == "the" && u + 2 < subject)
                    }))
    }

    /// Whether byte `at` lies inside a top-level quoted fragment.
    fn in_quoted(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.start <= at);
        i > 0 && at < self.quoted[i - 1].end
    }

    /// The person (else organisation or group) named first in tokens `from..to`: the subject a
    /// coordinated verb or an unattributed partial quote belongs to.
    fn sentence_subject(&self, from: usize, to: usize) -> Option<SpeakerDraft> {
        if from >= to {
            return None;
        }
        let doc = self.doc;
        let head = doc.tokens[from].start()..doc.tokens[to - 1].end();
        let mentions: Vec<(Range<usize>, usize, MentionForm)> = self
            .index
            .within(&head)
            .filter(|(r, _, _)| !self.in_quoted(r.start))
            .collect();
        let (range, entity, _) = mentions
            .iter()
            .find(|(_, e, f)| {
                self.entities[*e].kind == EntityKind::Person && *f != MentionForm::Pronoun
            })
            .or_else(|| {
                mentions.iter().find(|(_, e, _)| {
                    matches!(
                        self.entities[*e].kind,
                        EntityKind::Organization | EntityKind::Group
                    )
                })
            })
            .cloned()?;
        Some(SpeakerDraft {
            range,
            entity: Some(entity),
        })
    }

    /// The source of an "according to X" phrase in sentence `s`, outside fragment `f`.
    fn according_to_source(
        &mut self,
        f: &Fragment,
        s: usize,
        starts_sentence: bool,
    ) -> Option<Attribution> {
        let doc = self.doc;
        let sentence = doc.sentences[s].tokens();
        let inside = doc.token_at(f.open)..doc.token_at(f.close_end);
        // Near the fragment only: a scan of the whole sentence per fragment is quadratic in a
        // sentence of thousands of quotes (issue #10).
        let near = sentence.start.max(inside.start.saturating_sub(40))
            ..sentence.end.min(inside.end.saturating_add(40));
        let t = near.clone().find(|&t| {
            !inside.contains(&t)
                && t + 2 < sentence.end
                && doc.lower(t) == "according"
                && doc.lower(t + 1) == "to"
        })?;
        let (speaker, after) = self.subject_after(t + 2, sentence.end)?;
        speaker.entity?;
        let first = self
            .skip_openers(sentence.start, inside.start)
            .unwrap_or(sentence.start);
        let content = if starts_sentence {
            None
        } else if t <= first + 4 && after < inside.start && self.tok(after) == "," {
            // The phrase opens the sentence: the claim is what follows it.
            doc.tokens
                .get(after + 1)
                .map(|tok| tok.start().min(f.open)..self.claim_end(s, f.close_end))
        } else {
            Some(doc.tokens[first].start().min(f.open)..f.close_end)
        };
        Some(Attribution {
            cue_token: t,
            cue_range: doc.tokens[t].start()..doc.tokens[t + 1].end(),
            lemma: "according to",
            speaker: Some(speaker),
            addressee: None,
            date: None,
            kind: if starts_sentence {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            },
            content,
        })
    }

    /// `… and in the words of the prosecutor, Mark Tedeschi, “…”`: the source named after "in the
    /// words of" shortly before the opening mark.
    fn in_the_words_of(&mut self, f: &Fragment, sentence_start: usize) -> Option<Attribution> {
        let doc = self.doc;
        let open_tok = doc.token_at(f.open);
        let w = (sentence_start.max(open_tok.saturating_sub(16))..open_tok).find(|&i| {
            i + 3 < open_tok
                && doc.lower(i) == "in"
                && doc.lower(i + 1) == "the"
                && doc.lower(i + 2) == "words"
                && doc.lower(i + 3) == "of"
        })?;
        let (speaker, _) = self.subject_after(w + 4, open_tok)?;
        // The description's apposition names the person ("the prosecutor, Mark Tedeschi,").
        let speaker = match (speaker.entity, self.doc.token_at(speaker.range.end)) {
            (Some(e), comma)
                if self.entities[e].kind != EntityKind::Person
                    && comma < open_tok
                    && self.tok(comma) == "," =>
            {
                let start = comma + 1;
                let end = (start..open_tok)
                    .find(|&i| matches!(self.tok(i), "," | "“" | "\""))
                    .unwrap_or(open_tok);
                self.resolve_np(start, end)
                    .filter(|s| {
                        s.entity
                            .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                    })
                    .unwrap_or(speaker)
            }
            _ => speaker,
        };
        speaker.entity?;
        Some(Attribution {
            cue_token: w + 2,
            cue_range: doc.tokens[w].start()..doc.tokens[w + 3].end(),
            lemma: "say",
            speaker: Some(speaker),
            addressee: None,
            date: None,
            kind: if self.quoted_sentence(f) || self.fragment_covers_sentence(f) {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            },
            content: None,
        })
    }

    /// `Trump’s claim that there have been “thousands of shootings”`, `his repeated emphasis
    /// that …`: a claim noun at token `noun`, owned by a possessor and followed by "that",
    /// attributes the quote to the possessor.
    fn possessor_claim(
        &mut self,
        noun: usize,
        open_tok: usize,
        sentence_start: usize,
        f: &Fragment,
    ) -> Option<Attribution> {
        let doc = self.doc;
        if noun + 1 >= open_tok
            || doc.lower(noun + 1) != "that"
            || !CLAIM_NOUNS.contains(&doc.lower(noun))
        {
            return None;
        }
        // Up to two modifiers between the possessor and the noun ("repeated", "false").
        let mut p = noun;
        while p > sentence_start
            && noun - p < 2
            && doc.tokens[p - 1].kind == TokenKind::Word
            && self.tok(p - 1).starts_with(char::is_lowercase)
            && !matches!(doc.lower(p - 1), "his" | "her" | "their" | "its")
        {
            p -= 1;
        }
        let owner = p.checked_sub(1).filter(|&o| o >= sentence_start)?;
        let w = self.tok(owner);
        let speaker = if matches!(doc.lower(owner), "his" | "her" | "their") {
            // "He repeated his assertion that …": the verb's subject, when it is the same
            // pronoun's person, is the one who claims (a verb and an adverb between at most).
            let subject = match doc.lower(owner) {
                "his" => "he",
                "her" => "she",
                _ => "they",
            };
            let verb_subject = (owner.saturating_sub(3).max(sentence_start)
                ..owner.saturating_sub(1))
                .rev()
                .find(|&k| doc.lower(k) == subject)
                .filter(|&k| {
                    (k + 1..owner).all(|i| {
                        doc.tokens[i].kind == TokenKind::Word
                            && self.tok(i).starts_with(char::is_lowercase)
                    })
                });
            match verb_subject {
                Some(k) => self.resolve_np(k, k + 1)?,
                None => self.resolve_np(owner, owner + 1)?,
            }
        } else if (w.ends_with("’s") || w.ends_with("'s")) && w.starts_with(char::is_uppercase) {
            // The capitalised words of the possessor ("Donald Trump’s").
            let mut start = owner;
            while start > sentence_start
                && owner - start < 3
                && self.tok(start - 1).starts_with(char::is_uppercase)
                && doc.tokens[start - 1].kind == TokenKind::Word
            {
                start -= 1;
            }
            let speaker = self.resolve_np(start, owner + 1)?;
            speaker.entity?;
            speaker
        } else {
            return None;
        };
        Some(Attribution {
            cue_token: noun,
            cue_range: doc.tokens[noun].range(),
            lemma: "claim",
            speaker: Some(speaker),
            addressee: None,
            date: None,
            kind: QuoteKind::Partial,
            content: Some(
                doc.tokens[noun + 1].start()
                    ..self
                        .claim_end(doc.sentence_at(f.open)?, f.close_end)
                        .max(f.close_end),
            ),
        })
    }

    /// End of the words a partial quote's clause claims: the sentence `s` up to a boundary
    /// after the quote that closes at byte `close_end` (a dash, a semicolon, ", but …",
    /// ", which …", "and says …"): "… as “unhinged” — a metaphor for …" claims up to the dash.
    /// Whether token `t` opens the writer's adjunct after a claim: "…, before reversing
    /// himself", "after meeting …", "without saying …".
    fn writers_adjunct(&self, t: usize) -> bool {
        matches!(self.doc.lower(t), "before" | "after" | "without")
            && self
                .doc
                .tokens
                .get(t + 1)
                .is_some_and(|_| self.doc.lower(t + 1).ends_with("ing"))
    }

    /// The last personal pronoun in tokens `from..to` that opens a clause of its own: after
    /// ";", "that", or ", and/but/yet" (the comma maybe inside a closing mark) — "…,” but he
    /// gave the Texan a compliment: “…”".
    fn coordinated_pronoun(&self, from: usize, to: usize) -> Option<usize> {
        (from.max(2)..to).rev().find(|&p| {
            matches!(self.tok(p), "he" | "she" | "they" | "we" | "I")
                && (matches!(self.tok(p - 1), ";" | "that")
                    || matches!(self.tok(p - 1), "but" | "and" | "yet")
                        && matches!(self.tok(p - 2), "," | "”" | "\"" | "''"))
        })
    }

    /// Whether token `first`, a sentence's first, opens a fronted subordinate clause ("While
    /// …", "Even as …").
    fn opens_fronted_clause(&self, first: usize) -> bool {
        let doc = self.doc;
        fronted_subordinator(doc.lower(first))
            || doc.lower(first) == "even"
                && first + 1 < doc.tokens.len()
                && matches!(doc.lower(first + 1), "as" | "though" | "if" | "when")
    }

    fn claim_end(&self, s: usize, close_end: usize) -> usize {
        let end = self.clause_end(s);
        let sentence = &self.doc.sentences[s];
        let from = self.doc.token_at(close_end).max(sentence.tokens().start);
        // "Even as Mr. Obama says that he opposes “…” abroad, his administration continues …":
        // a claim inside a fronted subordinate clause ends at that clause's comma.
        let first = sentence.tokens().start;
        let fronted = from > first + 2
            && from < first + 40
            && self.opens_fronted_clause(first)
            // (Not counting a comma inside the closing mark: `… a “terrific piece,” Clinton …`.)
            && !(first..from.saturating_sub(3)).any(|i| self.tok(i) == ",");
        // A claim's boundary comes within a few dozen words of its quote; looking further, per
        // quote, was quadratic in a sentence of thousands of quotes (issue #10).
        for t in from..sentence.tokens().end.min(from + CLAIM_REACH) {
            let at = self.doc.tokens[t].start();
            if at >= end {
                break;
            }
            let w = self.tok(t);
            let lower = self.doc.lower(t);
            // A comma may sit inside the closing mark: `is “true,” but …`, `…,'' on …`.
            let closing = |m: usize| matches!(self.tok(m), "”" | "\"" | "’" | "'" | "''");
            let after_comma = t > 0
                && (self.tok(t - 1) == ","
                    || t > 1 && closing(t - 1) && self.tok(t - 2) == ","
                    || t > 2 && closing(t - 1) && closing(t - 2) && self.tok(t - 3) == ",");
            let boundary = match w {
                "—" | "–" | "--" | ";" | "(" => true,
                _ if fronted && after_comma => true,
                "and" | "but" if self.doc.tokens.get(t + 1).is_some() => {
                    let v = self.tok(t + 1);
                    // ("… “on paper” but suggesting that …": the writer's participle.)
                    v.starts_with(char::is_lowercase)
                        && (self.cue_at(t + 1).is_some()
                            && (v.ends_with('s')
                                || v.ends_with("ing")
                                || IRREGULAR_PASTS.contains(&v)
                                || matches!(v, "said" | "told" | "wrote"))
                            || v.ends_with("ed"))
                        || after_comma && w == "but"
                        // "… and Trump calling it a “…”": another speaker's speech verb.
                        || v.starts_with(char::is_uppercase)
                            && self.doc.tokens[t + 1].kind == TokenKind::Word
                            && (t + 2..(t + 5).min(sentence.tokens().end))
                                .take_while(|&j| self.doc.tokens[j].kind == TokenKind::Word)
                                .any(|j| {
                                    self.cue_at(j).is_some()
                                        || self.tok(j).starts_with(char::is_lowercase)
                                            && self.tok(j).ends_with("ing")
                                            && self.tok(j).len() > 5
                                })
                        || after_comma
                            && matches!(self.doc.lower(t + 1), "he" | "she" | "they" | "we")
                            && t + 2 < sentence.tokens().end
                            && self.cue_at(t + 2).is_some()
                }
                // `…,” he claimed they …`: another attribution.
                "he" | "she" | "they" | "we" | "I" if after_comma => self
                    .doc
                    .tokens
                    .get(t + 1)
                    .is_some_and(|_| self.cue_at(t + 1).is_some()),
                // `…,'' on Tuesday night he said …`: a time phrase, then another attribution.
                _ if after_comma
                    && (t + 1..(t + 5).min(sentence.tokens().end.saturating_sub(1))).any(|j| {
                        matches!(self.doc.lower(j), "he" | "she" | "they" | "we" | "i")
                            && self.cue_at(j + 1).is_some()
                            && (t..j).all(|m| self.doc.tokens[m].kind == TokenKind::Word)
                    }) =>
                {
                    true
                }
                _ if after_comma && self.writers_adjunct(t) => true,
                // "called her a “disgrace” Wednesday on …": the writer's day right after the
                // quoted words.
                _ if t == from
                    && (crate::dates::weekday(w).is_some()
                        || matches!(lower, "yesterday" | "today")) =>
                {
                    true
                }
                _ => {
                    let next = |i: usize| {
                        self.doc
                            .tokens
                            .get(t + i)
                            .map_or("", |_| self.doc.lower(t + i))
                    };
                    after_comma
                        && (matches!(
                            lower,
                            "which"
                                | "who"
                                | "whom"
                                | "whose"
                                | "while"
                                | "although"
                                | "though"
                                | "according"
                                | "where"
                        ) || lower == "when" && !(next(1) == "it" && next(2).starts_with("come"))
                            // (", including …" goes on naming what was claimed.)
                            // (Not a noun in a list: ", housing and …".)
                            || lower.ends_with("ing")
                                && lower.len() > 5
                                && lower != "including"
                                && !matches!(next(1), "," | "and" | "or" | "." | "")
                            // ", implicitly putting …": the writer's participle.
                            || lower.ends_with("ly") && next(1).ends_with("ing"))
                }
            };
            if boundary {
                let mut p = t;
                while p > from && matches!(self.tok(p - 1), "," | "—" | "–") {
                    p -= 1;
                }
                let prev_end = self.doc.tokens[p.saturating_sub(1)].end();
                return prev_end.max(close_end);
            }
        }
        end
    }

    /// "… had been displaced, adding that aid was on the way": where a participle speech verb
    /// after a comma opens a second attribution within tokens `k..last`, the end of the clause
    /// before it (bounded, as [`Stage::claim_end`], to stay linear).
    fn participle_attribution(&self, k: usize, last: usize) -> Option<usize> {
        let mut seen = 0usize;
        let mut depth = 0usize;
        for t in k + 1..last.min(k + CLAIM_REACH) {
            match self.tok(t) {
                "“" => depth += 1,
                "”" => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 || t <= k + 2 {
                continue;
            }
            seen += 1;
            // "accused X of …, and asserted that …": a coordinated speech verb.
            if self.tok(t) == "and"
                && seen > 2
                && t + 1 < last
                && self.tok(t + 1).starts_with(char::is_lowercase)
                && self.tok(t + 1).ends_with("ed")
                && self.cue_at(t + 1).is_some()
            {
                let end = if self.tok(t - 1) == "," { t - 2 } else { t - 1 };
                return Some(self.doc.tokens[end].end());
            }
            // The comma, maybe inside closing marks (`…,'' on Tuesday …`).
            let mut c = t - 1;
            while c > k && matches!(self.tok(c), "”" | "\"" | "’" | "'" | "''") {
                c -= 1;
            }
            if self.tok(c) != "," {
                continue;
            }
            let w = self.tok(t);
            let participle =
                w.ends_with("ing") && w.starts_with(char::is_lowercase) && self.cue_at(t).is_some();
            // `…, on Tuesday night he said …`: a short time phrase, then a new attribution.
            let new_speaker = (t..(t + 4).min(last.saturating_sub(1))).any(|j| {
                matches!(self.doc.lower(j), "he" | "she" | "they" | "we" | "i")
                    && self.cue_at(j + 1).is_some()
                    && (t..j).all(|m| self.doc.tokens[m].kind == TokenKind::Word)
            });
            let adjunct = t + 1 < last && self.writers_adjunct(t);
            if participle || new_speaker || adjunct {
                // Through the closing marks of a quote that ends the clause, else before the
                // comma.
                let end = if c + 1 < t { t - 1 } else { c - 1 };
                return Some(self.doc.tokens[end].end());
            }
        }
        None
    }

    /// End of a sentence without its final punctuation.
    /// "A student – who police say was a legal gun owner – opened fire": a cue inside a dash or
    /// bracket parenthetical opened after `first` and before the cue at `t` reports a clause that
    /// ends where the parenthetical closes (the byte end of the last token before it, from token
    /// `k` on).
    fn parenthetical_close(&self, first: usize, t: usize, k: usize, last: usize) -> Option<usize> {
        let dash = |i: usize| matches!(self.tok(i), "–" | "—");
        let close = if (first..t).filter(|&i| dash(i)).count() % 2 == 1 {
            (k..last).find(|&i| dash(i))?
        } else {
            let open = (first..t)
                .rev()
                .find(|&i| matches!(self.tok(i), "(" | ")"))?;
            if self.tok(open) != "(" {
                return None;
            }
            (k..last).find(|&i| self.tok(i) == ")")?
        };
        (close > k).then(|| self.doc.tokens[close - 1].end())
    }

    fn clause_end(&self, s: usize) -> usize {
        let sentence = &self.doc.sentences[s];
        let mut t = sentence.tokens().end;
        while t > sentence.tokens().start + 1 && matches!(self.tok(t - 1), "." | "!" | "?" | ";") {
            t -= 1;
        }
        self.doc.tokens[t - 1].end()
    }

    /// `SUBJ CUE …` or `CUE SUBJ …` starting at token `k`.
    /// The attribution of a direct quote by the verb at token `cue_token`, reading the addressee
    /// and the day that follow from token `after`.
    fn direct_attribution(
        &mut self,
        cue_token: usize,
        lemma: &'static str,
        speaker: SpeakerDraft,
        mut after: usize,
        limit: usize,
    ) -> Attribution {
        let addressee = self.addressee_at(lemma, &mut after, limit);
        let date = self.day_after(&mut after, limit);
        Attribution {
            cue_token,
            cue_range: self.doc.tokens[cue_token].range(),
            lemma,
            speaker: Some(speaker),
            addressee,
            date,
            kind: QuoteKind::Direct,
            content: None,
        }
    }

    fn attribution_after(&mut self, k: usize, limit: usize) -> Option<Attribution> {
        // CUE SUBJ: `said Rutte`, `said the official`.
        // A cue followed by a colon introduces the next quote (`''…'' Mr. Zahed said: ''…''`).
        let doc = self.doc;
        let introduces = |t: usize| t < limit && doc.tok(t) == ":";
        if let Some((lemma, _)) = self.cue_at(k) {
            // `“…” suggests that …`: the quoted words are the verb's subject, not its object.
            // `“…,” describing the team as …`: a participle does not invert its subject.
            if k + 1 < limit && self.tok(k + 1) == "that"
                || self.tok(k).ends_with("ing") && self.tok(k).starts_with(char::is_lowercase)
            {
                return None;
            }
            let (subject, after) = self.subject_after(k + 1, limit)?;
            if introduces(after) {
                return None;
            }
            return Some(self.direct_attribution(k, lemma, subject, after, limit));
        }
        // "the “enemy of the people,” has also been echoed by …": the quoted words end a
        // subject whose verb follows; no attribution.
        // (As written: "Will Moy" is a name.)
        if k + 1 < limit && AUXILIARIES.contains(&self.tok(k)) && self.cue_at(k + 1).is_none() {
            return None;
        }
        // SUBJ CUE: the verb within a short noun phrase, or after a name and its apposition
        // ("Michael McFaul, a senior fellow at … and a former ambassador to Russia, said").
        let apposition = (k + 1..limit.min(k + 6)).any(|i| self.tok(i) == ",");
        let reach = if apposition { 40 } else { 14 };
        let mut v = k;
        while v < limit && v < k + reach {
            let w = self.tok(v);
            if let Some((lemma, _)) = self.cue_at(v) {
                // ("“…” often in his campaign, and criticized Obama": a conjoined verb, whose
                // subject is the sentence's.)
                if v == k || introduces(v + 1) || matches!(self.doc.lower(v - 1), "and" | "but") {
                    return None;
                }
                // The subject starts at the closing mark; an apposition or a party label may
                // follow it ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said").
                let np_end = (k..v)
                    .find(|&i| matches!(self.tok(i), "," | "("))
                    .unwrap_or(v);
                // "Hackers “directly fund” the missile programs, said spokesperson Vedant
                // Patel": the quoted words go on with the clause up to the comma before an
                // inverted cue, whose subject follows it.
                // (Only the verbs that invert: not "state" in "…, state Del. Marcia Price".)
                if np_end > k
                    && np_end + 1 == v
                    && self.tok(np_end) == ","
                    && matches!(
                        lemma,
                        "say" | "tell" | "add" | "write" | "ask" | "explain" | "note" | "warn"
                    )
                {
                    // (The name ends the sentence or its clause: in "…, said Gunstock’s trails
                    // weren’t …" the words after the cue are what was said.)
                    let inverted = self.subject_after(v + 1, limit).filter(|(_, after)| {
                        *after >= limit
                            || matches!(self.tok(*after), "." | "," | ";" | "!" | "?" | "(")
                    });
                    if let Some((subject, after)) = inverted {
                        let mut a = self.direct_attribution(v, lemma, subject, after, limit);
                        a.kind = QuoteKind::Partial;
                        a.content =
                            Some(self.doc.tokens[k].start()..self.doc.tokens[np_end - 1].end());
                        return Some(a);
                    }
                }
                let subject = if np_end == v {
                    let subject = self.subject_before(v, k);
                    // (A person named at the end of the phrase speaks: "University of
                    // California law professor Veena Dubal told …".)
                    let starts_at_mark = subject.as_ref().is_some_and(|s| {
                        let s_start = self.doc.token_at(s.range.start);
                        // ("“…,” JPL scientist and study co-author Michael Malaska said":
                        // coordinated roles before the name.)
                        // ("“…,” Jane Roe and Michael Malaska said": two people, of whom the
                        // last speaks, as before a reported clause.)
                        let person_ends = |a: usize| {
                            let end = self.doc.tokens[a - 1].end();
                            self.index
                                .before(end, end.saturating_sub(80))
                                .any(|(r, e, _)| {
                                    r.end == end && self.entities[e].kind == EntityKind::Person
                                })
                        };
                        let roles = (k + 1..s_start)
                            .find(|&i| self.doc.lower(i) == "and")
                            .filter(|&a| {
                                self.lex.titles.contains(self.doc.lower(a - 1)) || person_ends(a)
                            })
                            .and_then(|a| self.coordinated_role_person(a + 1, v))
                            .is_some_and(|after| after == v);
                        self.np_start(v, k) == k
                            || roles
                            || s_start == k
                            || s.entity
                                .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                                && self.tok(s_start).starts_with(char::is_uppercase)
                                && (k..s_start).all(|i| {
                                    self.doc.tokens[i].kind == TokenKind::Word
                                        && !matches!(
                                            self.doc.lower(i),
                                            "when"
                                                | "while"
                                                | "as"
                                                | "after"
                                                | "before"
                                                | "and"
                                                | "but"
                                                | "that"
                                                | "which"
                                                | "who"
                                                | "if"
                                                | "because"
                                                | "since"
                                                | "where"
                                                | "so"
                                                | "than"
                                        )
                                })
                    });
                    if starts_at_mark {
                        subject?
                    } else {
                        // "Mr. Morgan of the Sierra Club said", "a narrator in the ad asks":
                        // the head before the prepositional phrase.
                        let head_end = (k + 1..v).find(|&i| {
                            matches!(self.tok(i), "of" | "in" | "at" | "from" | "for" | "with")
                        })?;
                        self.resolve_np(k, head_end)?
                    }
                } else {
                    if np_end == k {
                        return None;
                    }
                    // "''…'' of the Clinton proposals, Mr. Holtz-Eakin said": words continuing
                    // the quoted clause, then the subject.
                    // ("''…'' than that of the C.I.A. chief, Mr. Zuckoff said").
                    let continues_clause = matches!(
                        self.doc.lower(k),
                        "of" | "for"
                            | "to"
                            | "in"
                            | "on"
                            | "about"
                            | "at"
                            | "from"
                            | "with"
                            | "than"
                            | "as"
                            | "because"
                            | "if"
                            | "when"
                            | "by"
                            | "into"
                            | "over"
                            | "against"
                            | "without"
                            | "like"
                            | "until"
                            | "unless"
                    )
                        // "“…” its options, he said": a pronoun after the comma is the
                        // subject; the words before it go on with the quoted clause.
                        // (Only a short object, no clause of its own: "“…” and mishandled
                        // classified information, he said" is another attribution's.)
                        || v == np_end + 2
                            && self.tok(np_end) == ","
                            && matches!(
                                self.doc.lower(np_end + 1),
                                "he" | "she" | "they" | "we" | "i"
                            )
                            && np_end - k <= 6
                            && (k..np_end).all(|i| {
                                let l = self.doc.lower(i);
                                !matches!(l, "and" | "but" | "or") && !l.ends_with("ed")
                            })
                        // "The war hurts “the weakest” families, John Smith said": so is a
                        // person's name, when the quoted words end in no punctuation of their
                        // own ("“…,” his spokesman, John Smith said" is an apposition).
                        || v > np_end + 1
                            && self.tok(np_end) == ","
                            && np_end - k <= 6
                            && k >= 2
                            && !matches!(self.tok(k - 2), "," | "." | "!" | "?" | "…" | "—")
                            && (k..np_end).all(|i| {
                                let l = self.doc.lower(i);
                                !matches!(l, "and" | "but" | "or")
                                    && !l.ends_with("ed")
                                    && !self.lex.titles.contains(l)
                                    && !SOURCE_NOUNS.contains(&l)
                            })
                            && {
                                let name = self.doc.tokens[np_end + 1].start()
                                    ..self.doc.tokens[v - 1].end();
                                self.index.within(&name).any(|(r, e, _)| {
                                    r == name && self.entities[e].kind == EntityKind::Person
                                })
                            };
                    if continues_clause {
                        // The quoted words are part of a longer reported clause: the quote is
                        // partial and claims the clause up to the comma (the caller extends
                        // it back to the opening mark).
                        let subject = self.subject_before(v, np_end + 1)?;
                        let mut a = self.direct_attribution(v, lemma, subject, v + 1, limit);
                        a.kind = QuoteKind::Partial;
                        a.content =
                            Some(self.doc.tokens[k].start()..self.doc.tokens[np_end - 1].end());
                        return Some(a);
                    } else if let Some(name) = self.appositive_name(k, np_end, v) {
                        name
                    } else {
                        self.resolve_np(k, np_end)?
                    }
                };
                return Some(self.direct_attribution(v, lemma, subject, v + 1, limit));
            }
            // A bracketed label ("(D-Mo.)", "(R-Ohio)") may hold a period: step over it whole.
            if w == "(" {
                if let Some(close) = (v + 1..limit.min(v + 8)).find(|&i| self.tok(i) == ")") {
                    v = close + 1;
                    continue;
                }
            }
            // A period before a comma ends an abbreviation, not the sentence: ", R-Ky., said".
            let abbreviation = w == "." && v + 1 < limit && self.tok(v + 1) == ",";
            if matches!(w, "." | "!" | "?" | "“" | "”" | "\"" | ";") && !abbreviation {
                return None;
            }
            v += 1;
        }
        None
    }

    /// Whether tokens `first..comma` are a short noun phrase, a comma and an apposition ("Jane
    /// Doe, the mayor", "The mayor, Jane Doe", "Michael McFaul, a senior fellow at Stanford")
    /// rather than a clause.
    fn subject_and_apposition(&self, first: usize, comma: usize) -> bool {
        let Some(c1) = (first + 1..comma).find(|&i| self.tok(i) == ",") else {
            return false;
        };
        let verbish = |i: usize| {
            let w = self.tok(i);
            AUXILIARIES.contains(&w)
                || SUBJECT_STOPS.contains(&self.doc.lower(i))
                || self.cue_at(i).is_some()
                || w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ing"))
        };
        let head = first..c1;
        let apposition = c1 + 1..comma;
        let opens = |i: usize| {
            matches!(
                self.doc.lower(i),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "who"
            ) || self.tok(i).starts_with(char::is_uppercase)
                // An age ("Mr. Smith, 62, told the court …").
                || self.doc.tokens[i].kind == TokenKind::Number && i + 1 == comma
        };
        // A party label does not lengthen the name ("Sen. Ted Cruz (R-Tex.)").
        let mut depth = 0usize;
        let head_words = head
            .clone()
            .filter(|&i| {
                match self.tok(i) {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .count();
        !head.is_empty()
            && head_words <= 6
            && head.len() <= 12
            && !head.clone().any(verbish)
            && self.doc.tokens[first].kind == TokenKind::Word
            && !apposition.is_empty()
            && apposition.len() <= 16
            && opens(c1 + 1)
            && !apposition
                .clone()
                .any(|i| AUXILIARIES.contains(&self.tok(i)))
    }

    /// "his twin brother, Damon Minor, posted": when the noun phrase `start..comma` only
    /// describes (lowercase words) and a person's name follows it in apposition, up to the next
    /// comma before `limit`, the name speaks.
    fn appositive_name(
        &mut self,
        start: usize,
        comma: usize,
        limit: usize,
    ) -> Option<SpeakerDraft> {
        // Lowercase words, but a prepositional phrase may name a place or body ("the governor
        // of Bryansk").
        // … or a relative clause ("The company that runs the AMAs, Dick Clark Productions,").
        let preposition = (start..comma)
            .find(|&i| {
                matches!(
                    self.tok(i),
                    "of" | "for" | "at" | "in" | "from" | "that" | "which" | "who"
                )
            })
            .unwrap_or(comma);
        // A possessor may lead it ("Ukraine's president, Volodymyr Zelensky,", "the European
        // Commission's president, …").
        let possessor = (start..comma.min(start + 4)).find(|&i| {
            let w = self.tok(i);
            w.ends_with("'s") || w.ends_with("’s")
        });
        if start >= comma
            || self.tok(comma) != ","
            || !(start..comma).all(|i| {
                self.tok(i).starts_with(char::is_lowercase)
                    || i > preposition
                    || possessor.is_some_and(|p| i <= p) && possessor < Some(comma - 1)
                    || i == start
                        && matches!(
                            self.doc.lower(i),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                        )
            })
        {
            return None;
        }
        let end = (comma + 1..limit).find(|&i| self.tok(i) == ",")?;
        let name = comma + 1..end;
        let capitalised = name.clone().all(|i| {
            self.doc.tokens[i].kind == TokenKind::Word
                && self.tok(i).starts_with(char::is_uppercase)
                || self.tok(i) == "."
        });
        if name.is_empty() || name.len() > 5 || !capitalised {
            return None;
        }
        self.resolve_np(name.start, name.end).filter(|s| {
            s.entity.is_some_and(|e| {
                matches!(
                    self.entities[e].kind,
                    EntityKind::Person | EntityKind::Organization
                )
            })
        })
    }

    /// First token of the noun phrase that ends before token `v` (adverbs skipped), not before `floor`.
    fn np_start(&self, v: usize, floor: usize) -> usize {
        let mut j = v;
        while j > floor && ADVERBS.contains(&self.tok(j - 1).to_lowercase().as_str())
            || j > floor
                && ly_adverb(self.tok(j - 1))
                && self.tok(j - 1).chars().all(char::is_lowercase)
        {
            j -= 1;
        }
        let end = j;
        let mut i = end;
        while i > floor {
            let w = self.tok(i - 1);
            let t = &self.doc.tokens[i - 1];
            let lower = w.to_lowercase();
            // ("the report said": a noun cue right before the verb is the subject's head.)
            // ("the Smiths’ daughter": a plural's possessive mark, written against its word.)
            let plural_possessive = matches!(w, "'" | "’")
                && i >= 2
                && i < end
                && self.tok(i - 2).ends_with('s')
                && self.doc.tokens[i - 2].end() == t.start();
            // ("A G/O spokesperson": a slash inside a word.)
            let slash = w == "/"
                && i >= floor + 2
                && i < end
                && self.doc.tokens[i - 2].end() == t.start()
                && self.doc.tokens[i].start() == t.end();
            let ok = plural_possessive
                || slash
                || (t.kind == TokenKind::Word
                    && !SUBJECT_STOPS.contains(&lower.as_str())
                    && (cue(w).is_none()
                        || i == end && NOUN_CUES.contains(&lower.as_str())
                        // ("state broadcaster CCTV": the noun.)
                        || lower == "state" && self.cue_at(i - 1).is_none()))
                || matches!(w, "-" | "(" | ")")
                    && end - i < 8
                    // ("-- with some grounding in history -- a reader": a double dash closes a
                    // parenthetical, no name.)
                    && !(w == "-" && (i >= 2 && self.tok(i - 2) == "-" || self.tok(i) == "-"))
                    // ("… after Clinton left office - the State Department told": a dash before
                    // an article closes a parenthetical.)
                    && !(w == "-" && i < end && matches!(self.doc.lower(i), "the" | "a" | "an"));
            // (", requiring local police to tell …": a participle after a comma opens a clause
            // whose object is the phrase.)
            let participle = i < end
                && i >= floor + 2
                && lower.ends_with("ing")
                && w.starts_with(char::is_lowercase)
                && self.tok(i - 2) == ",";
            // ("this past weekend (her campaign later disclosed …": an opening bracket with no
            // closing one after it starts a parenthetical and its own subject.)
            let opens_aside = w == "(" && !(i..end).any(|k| self.tok(k) == ")");
            if !ok || participle || opens_aside || end - i >= 12 {
                break;
            }
            i -= 1;
        }
        // "it's a media war many would say …": a pronoun's contraction ends the phrase, and a
        // quantifier after a noun heads the subject alone.
        if let Some(c) = (i..end).rev().find(|&k| {
            let lower = self.doc.lower(k);
            matches!(
                lower,
                "it's"
                    | "it’s"
                    | "that's"
                    | "that’s"
                    | "there's"
                    | "there’s"
                    | "he's"
                    | "he’s"
                    | "she's"
                    | "she’s"
                    | "what's"
                    | "what’s"
                    | "here's"
                    | "here’s"
            )
        }) {
            i = c + 1;
        }
        if end > i + 1
            && matches!(
                self.doc.lower(end - 1),
                "many" | "some" | "most" | "others" | "few" | "several"
            )
            && self.doc.tokens[end - 2].kind == TokenKind::Word
            && self.tok(end - 2).starts_with(char::is_lowercase)
            && !matches!(
                self.doc.lower(end - 2),
                "the" | "a" | "of" | "and" | "or" | "so" | "too" | "very" | "how" | "as" | "that"
            )
        {
            i = end - 1;
        }
        // "Due to the extent of his injury doctors said …": after a fronted adjunct without its
        // comma, a bare plural of people before the verb is the subject.
        let opener = (end > i + 1)
            .then(|| self.doc.sentence_at(self.doc.tokens[end - 1].start()))
            .flatten()
            .map(|s| self.doc.sentences[s].tokens().start);
        if let Some(o) = opener.filter(|&o| o < i && end - o <= 16) {
            if people_plural(self.doc.lower(end - 1))
                && matches!(
                    self.doc.lower(o),
                    "due"
                        | "because"
                        | "after"
                        | "before"
                        | "despite"
                        | "given"
                        | "in"
                        | "with"
                        | "during"
                        | "following"
                        | "amid"
                )
                && (o..end).all(|k| self.tok(k) != ",")
                && self.tok(end - 2).starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&self.doc.lower(end - 2))
            {
                i = end - 1;
            }
        }
        // "At the rally someone shouted": an indefinite pronoun is the whole subject.
        if end > i && INDEFINITE_PRONOUNS.contains(&self.doc.lower(end - 1)) {
            i = end - 1;
        }
        // Do not start on a comma or bracket.
        while i < end && matches!(self.tok(i), "," | "(" | ")" | "-") {
            i += 1;
        }
        i
    }

    /// The speaker whose noun phrase ends right before token `v`.
    /// Where the finite verb of a copula or a progressive ends up: for "are (increasingly)
    /// afraid" or "is (now) saying" at `v`, the copula's index; else `v`.
    fn copula_start(&self, v: usize, floor: usize) -> usize {
        let lower = self.doc.lower(v);
        if !(lower.ends_with("ing") || BELIEF_ADJECTIVES.contains(&lower)) {
            return v;
        }
        let mut b = v;
        while b > floor + 1
            && v - b < 2
            && (ly_adverb(self.doc.lower(b - 1))
                || matches!(
                    self.doc.lower(b - 1),
                    "so" | "very" | "also" | "still" | "now"
                ))
        {
            b -= 1;
        }
        if b > floor + 1
            && matches!(
                self.doc.lower(b - 1),
                "is" | "are" | "was" | "were" | "am" | "’s" | "'s" | "’re" | "'re"
            )
        {
            b - 1
        } else {
            v
        }
    }

    fn subject_before(&mut self, v: usize, floor: usize) -> Option<SpeakerDraft> {
        let v = self.copula_start(v, floor);
        // "made it a personal mission to tell …", "the right to say": an infinitive after a
        // noun phrase has no subject before it.
        // (An infinitive is the base form: "we spoke to said" is no infinitive.)
        let base_form = self
            .cue_at(v)
            .is_some_and(|(lemma, _)| self.doc.lower(v) == lemma);
        let went_on = v >= floor + 4
            && self.tok(v - 1) == "to"
            && self.doc.lower(v - 2) == "on"
            && matches!(self.doc.lower(v - 3), "went" | "goes" | "go" | "going");
        if v > floor + 2
            && base_form
            && !went_on
            && self.tok(v - 1) == "to"
            && self.doc.tokens[v - 2].kind == TokenKind::Word
            && !CATENATIVES.contains(&self.doc.lower(v - 2))
            && (v.saturating_sub(5).max(floor)..v - 2).any(|i| {
                matches!(
                    self.doc.lower(i),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
                )
            })
        {
            return None;
        }
        // "Taylor Swift stopped one of her shows in Buenos Aires last month to tell her fans
        // …": an infinitive of purpose after the main clause takes that clause's subject.
        if v > floor + 3
            && base_form
            && !went_on
            && (matches!(self.doc.lower(v), "tell" | "warn" | "urge" | "remind")
                // ("turned to Twitter last month to describe his city as …": the noun before
                // "to" is a preposition's object.)
                || {
                    let np = self.np_start(self.before_time_phrase(v - 1, floor), floor);
                    np > floor
                        && matches!(
                            self.doc.lower(np - 1),
                            "to" | "on" | "in" | "at" | "into" | "onto" | "via"
                        )
                })
            // ("too early to tell whether …": no one is told; "requiring local police to tell
            // …": the people before "to" are the ones who tell.)
            && self.doc.tokens.get(v + 1).is_some_and(|n| n.kind == TokenKind::Word)
            && !matches!(
                self.doc.lower(v + 1),
                "whether" | "if" | "how" | "what" | "why" | "when" | "which" | "who"
            )
            && !people_plural(self.doc.lower(v - 2))
            && !GROUP_NOUNS.contains(&self.doc.lower(v - 2))
            && self.tok(v - 1) == "to"
            && self.doc.tokens[v - 2].kind == TokenKind::Word
            && !CATENATIVES.contains(&self.doc.lower(v - 2))
            && self.doc.opens_sentence(floor)
        {
            if let Some(s) = self.clause_subject(floor, v - 1, false).filter(|s| {
                s.entity
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            }) {
                return Some(s);
            }
        }
        // "he used to boast that …", "she wanted to say": the subject of the verb before "to".
        // ("He went on to say …": a particle between.)
        let v = if v >= floor + 3
            && self.tok(v - 1) == "to"
            && CATENATIVES.contains(&self.doc.lower(v - 2))
        {
            v - 2
        } else if went_on {
            v - 3
        } else {
            v
        };
        // "the singer can be heard telling the crowd", "is seen saying": a participle after a
        // passive verb of perception takes the passive's subject.
        let v = {
            let mut w = v;
            if w > floor + 1
                && matches!(
                    self.doc.lower(w - 1),
                    "heard" | "seen" | "filmed" | "caught" | "shown" | "recorded"
                )
                && self.tok(v).ends_with("ing")
            {
                w -= 1;
                while w > floor && AUXILIARIES.contains(&self.doc.lower(w - 1)) {
                    w -= 1;
                }
            }
            if w + 1 < v {
                w
            } else {
                v
            }
        };
        // "Councilmember Casey McKeon, who was one of the three council members proposing the
        // changes noted that …": a relative clause left without its closing comma; the name
        // before it speaks, not the last noun phrase of the clause.
        if let Some(who) = (v.saturating_sub(20).max(floor + 2)..v.saturating_sub(2))
            .rev()
            .take_while(|&i| !matches!(self.tok(i), "," | ";" | "(" | ")" | "—" | "–"))
            .find(|&i| self.doc.lower(i) == "who")
        {
            if self.tok(who - 1) == ","
                && self.tok(who - 2).starts_with(char::is_uppercase)
                && self.doc.tokens[who - 2].kind == TokenKind::Word
                // (A copula's complement runs up to the verb; "Obama, who has gotten less credit
                // than aides say": another clause has its own subject.)
                && matches!(self.doc.lower(who + 1), "was" | "is" | "were" | "are")
            {
                if let Some(s) = self.subject_before(who - 1, floor) {
                    return Some(s);
                }
            }
        }
        // "Trump, who has called …", "Lynch, who told Congress": the relative pronoun speaks
        // for the name it follows (its span is the pronoun's, as for "he said").
        let mut aux = v;
        loop {
            if aux > floor
                && matches!(
                    self.doc.lower(aux - 1),
                    "has" | "have" | "had" | "had," | "previously" | "once" | "also" | "later"
                )
            {
                aux -= 1;
            } else if aux > floor + 2
                // ("McConnell, who in 2010 said …": a year or a weekday between.)
                && matches!(self.doc.lower(aux - 2), "in" | "on")
                && (self.doc.tokens[aux - 1].kind == TokenKind::Number
                    && self.tok(aux - 1).len() == 4
                    || crate::dates::weekday(self.tok(aux - 1)).is_some())
            {
                aux -= 2;
            } else {
                break;
            }
        }
        // ("the Chicago Police Department which reported …": "which" for an organisation, with
        // or without a comma.)
        let relative = aux >= floor + 3
            && match self.doc.lower(aux - 1) {
                // Restrictive too: "a career Army officer who described the call as “…”".
                "who" => {
                    matches!(self.tok(aux - 2), "," | "-" | "—" | "–")
                        || self.doc.tokens[aux - 2].kind == TokenKind::Word
                            && (speaking_head(self.tok(aux - 2))
                                // "an architect who said …": "who" names a person, and an
                                // article a word or two before makes that word a noun.
                                || (aux.saturating_sub(4).max(floor)..aux - 2).any(|i| {
                                    matches!(self.doc.lower(i), "a" | "an" | "the")
                                }))
                }
                "which" => {
                    self.doc.tokens[aux - 2].kind == TokenKind::Word
                        && self.tok(aux - 2).starts_with(char::is_uppercase)
                        || matches!(self.tok(aux - 2), ",")
                }
                _ => false,
            };
        if relative {
            let comma = if matches!(self.tok(aux - 2), "," | "-" | "—" | "–") {
                aux - 2
            } else {
                aux - 1
            };
            let mut start = self.np_start(comma, floor);
            if comma == aux - 1 {
                // The head's prepositional phrases belong to it ("a tech staffer at the State
                // Department who told …").
                for _ in 0..2 {
                    if start > floor + 1
                        && matches!(
                            self.doc.lower(start - 1),
                            "at" | "of" | "for" | "in" | "from" | "with" | "on"
                        )
                    {
                        start = self.np_start(start - 1, floor);
                    }
                }
                // No comma to set the clause off: the noun phrase opens at its determiner at the
                // latest ("heard [an officer] who called …").
                // A determiner after a preposition opens the phrase's complement ("a tech staffer
                // at the State Department who told …").
                if let Some(d) = (start..comma).rev().find(|&i| {
                    matches!(
                        self.doc.lower(i),
                        "a" | "an" | "the" | "this" | "that" | "his" | "her" | "their" | "its"
                    ) && (i == start
                        || !matches!(
                            self.doc.lower(i - 1),
                            "at" | "of" | "for" | "in" | "from" | "with" | "on" | "to" | "by"
                        ))
                }) {
                    start = d;
                }
            }
            // The object of a speech verb is its addressee ("told a young woman who suggested
            // …"), not a speaker.
            let addressed = comma == aux - 1 && start > floor && self.cue_at(start - 1).is_some();
            if start < comma && !addressed {
                let mut antecedent = self.resolve_np(start, comma)?;
                // "McConnell, now the majority leader, who …": the name before an apposition.
                if self.tok(start).starts_with(char::is_lowercase)
                    && start > floor + 1
                    && self.tok(start - 1) == ","
                {
                    let name = self.np_start(start - 1, floor);
                    if let Some(named) = (name < start - 1)
                        .then(|| self.resolve_np(name, start - 1))
                        .flatten()
                        .filter(|s| {
                            s.entity
                                .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                        })
                    {
                        antecedent = named;
                    }
                }
                let who = self.doc.tokens[aux - 1].range();
                let Some(entity) = antecedent.entity else {
                    return Some(antecedent);
                };
                self.point_pronoun(who.clone(), entity);
                return Some(SpeakerDraft {
                    range: who,
                    entity: Some(entity),
                });
            }
        }
        // "Another 19 percent said they …", "…, while 73% said": a share of those asked.
        // (Only "say": "39 percent blame his supporters" quotes nobody.)
        if v >= floor + 2
            && self.cue_at(v).is_some_and(|(lemma, _)| lemma == "say")
            && matches!(self.doc.lower(v - 1), "percent" | "%" | "cent")
            && {
                let n = if self.doc.lower(v - 1) == "cent" && self.doc.lower(v - 2) == "per" {
                    v.saturating_sub(3)
                } else {
                    v - 2
                };
                n >= floor && self.doc.tokens[n].kind == TokenKind::Number
            }
        {
            let mut start = (floor..v - 1)
                .rev()
                .find(|&i| self.doc.tokens[i].kind == TokenKind::Number)
                .unwrap_or(v - 2);
            if start > floor && SHARE_QUALIFIERS.contains(&self.doc.lower(start - 1)) {
                start -= 1;
            }
            let opens_clause = start == floor
                || matches!(
                    self.doc.lower(start - 1),
                    "," | "and" | "but" | "while" | "whereas" | ";" | ":"
                );
            if opens_clause {
                return Some(self.group(start, v));
            }
        }
        // "Six in 10 say …", "About one in five say …": a share too.
        let count = |i: usize| {
            self.doc.tokens[i].kind == TokenKind::Number || small_number_word(self.doc.lower(i))
        };
        if v >= floor + 3
            && self.cue_at(v).is_some_and(|(lemma, _)| lemma == "say")
            && count(v - 1)
            && self.doc.lower(v - 2) == "in"
            && count(v - 3)
        {
            let mut start = v - 3;
            if start > floor && SHARE_QUALIFIERS.contains(&self.doc.lower(start - 1)) {
                start -= 1;
            }
            if start == floor || matches!(self.tok(start - 1), "," | ";" | ":") {
                return Some(self.group(start, v));
            }
        }
        // "family members of 9/11 victims, many of whom say …": a share of the group the
        // relative pronoun refers back to.
        if aux >= floor + 5
            && self.doc.lower(aux - 1) == "whom"
            && self.doc.lower(aux - 2) == "of"
            && matches!(
                self.doc.lower(aux - 3),
                "many" | "some" | "most" | "all" | "several" | "few" | "both" | "half" | "one"
            )
            && self.tok(aux - 4) == ","
        {
            let comma = aux - 4;
            let start = self.np_start(comma, floor);
            if start < comma {
                let antecedent = self.resolve_np(start, comma)?;
                let share = self.doc.tokens[aux - 3].start()..self.doc.tokens[aux - 1].end();
                return Some(SpeakerDraft {
                    range: share,
                    entity: antecedent.entity,
                });
            }
        }
        // "… – one he calls “…”": a personal pronoun right before the verb is its subject.
        if aux > floor
            && matches!(self.doc.lower(aux - 1), "he" | "she" | "they" | "we" | "i")
            && (aux - 1 == floor || !matches!(self.doc.lower(aux - 2), "to" | "of" | "for"))
        {
            return self.resolve_np(aux - 1, aux);
        }
        // "Kall -- co-editor of Debating The Donald, a book … -- said": the name before an
        // apposition between dashes.
        if v > floor + 3 && matches!(self.tok(v - 1), "-" | "—" | "–") {
            let mut close = v - 1;
            while close > floor && matches!(self.tok(close - 1), "-" | "—" | "–") {
                close -= 1;
            }
            if let Some(open) = (floor.max(close.saturating_sub(30))..close)
                .rev()
                .find(|&i| matches!(self.tok(i), "-" | "—" | "–"))
            {
                let mut open = open;
                while open > floor && matches!(self.tok(open - 1), "-" | "—" | "–") {
                    open -= 1;
                }
                // (A person only: "…, or DFA - which was founded … - said" is an alias's
                // clause, and the speaker is further back.)
                if open > floor && open + 1 < close {
                    if let Some(s) = self.subject_before(open, floor).filter(|s| {
                        s.entity
                            .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                    }) {
                        return Some(s);
                    }
                }
            }
        }
        // "Sen. David Perdue (R-Ga.) said": the name before a bracketed label.
        if v > floor + 2 && self.tok(v - 1) == ")" {
            if let Some(open) = (floor.max(v.saturating_sub(9))..v - 1)
                .rev()
                .find(|&i| self.tok(i) == "(")
            {
                if open > floor {
                    return self.subject_before(open, floor);
                }
            }
        }
        // "Minyon Moore, a senior adviser to the campaign, called …": skip the apposition back to
        // the name before it (and any adverb after it: "…, a staunch ally, effectively
        // acknowledged").
        // ("Powell, who faces …, has repeatedly said": auxiliaries too.)
        let mut after_apposition = v;
        while after_apposition > floor + 3 && {
            let w = self.tok(after_apposition - 1);
            w.starts_with(char::is_lowercase)
                && (ly_adverb(w)
                    || matches!(
                        w,
                        "has" | "have" | "had" | "also" | "once" | "later" | "will" | "would"
                    ))
        } {
            after_apposition -= 1;
        }
        let v = if after_apposition < v && self.tok(after_apposition - 1) == "," {
            after_apposition
        } else {
            v
        };
        // "The agency (NHTSA), the road safety regulator, on Friday announced": a time phrase
        // between the apposition and the verb.
        let v = if v > floor + 2 && self.tok(v - 1) != "," {
            let t = self.before_time_phrase(v, floor);
            if t < v && t > floor + 2 && self.tok(t - 1) == "," {
                t
            } else {
                v
            }
        } else {
            v
        };
        // "Jonathan Gullis, a Conservative former minister wrote …": an apposition whose closing
        // comma is missing still describes the name before it.
        if v > floor + 4 && self.tok(v - 1) != "," {
            let mut start = self.np_start(v, floor);
            // (Through the description's prepositional phrases: "a former agent for President
            // Bill Clinton has written".)
            for _ in 0..2 {
                if start > floor + 2
                    && matches!(
                        self.doc.lower(start - 1),
                        "for" | "of" | "at" | "with" | "in"
                    )
                {
                    start = self.np_start(start - 1, floor);
                }
            }
            if start > floor + 1
                && start + 1 < v
                && v - start <= 14
                && matches!(self.doc.lower(start), "a" | "an")
                && self.tok(start - 1) == ","
            {
                let comma = start - 1;
                let name_start = self.np_start(comma, floor);
                let named = name_start < comma
                    && (name_start..comma).all(|i| {
                        self.doc.tokens[i].kind == TokenKind::Word
                            && self.tok(i).starts_with(char::is_uppercase)
                            || self.tok(i) == "."
                    });
                if named {
                    if let Some(s) = self.resolve_np(name_start, comma).filter(|s| {
                        s.entity
                            .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                    }) {
                        return Some(s);
                    }
                }
            }
        }
        if v > floor + 2 && self.tok(v - 1) == "," {
            // The apposition opens at its "who"/"whose" even across inner commas ("Mr.
            // Slinker, whose start-up, Paradata, uses …, said").
            let window = floor.max(v.saturating_sub(32))..v - 1;
            let relative = window.clone().find(|&i| {
                self.tok(i) == "," && i + 1 < v && matches!(self.doc.lower(i + 1), "who" | "whose")
            });
            let mut open = relative.or_else(|| window.clone().rev().find(|&i| self.tok(i) == ","));
            // "…, director of exhibits at the University of Arkansas, Fayetteville, said": a
            // place after a name's comma continues that name; the apposition opens before.
            if let Some(c) = open.filter(|&c| {
                relative.is_none()
                    && c > floor + 1
                    && c + 2 < v
                    && v - 1 - c <= 4
                    && self.tok(c - 1).starts_with(char::is_uppercase)
                    && {
                        let place = &self.doc.text
                            [self.doc.tokens[c + 1].start()..self.doc.tokens[v - 2].end()];
                        self.lex.places.contains_key(place)
                    }
            }) {
                if let Some(earlier) = (window.start..c).rev().find(|&i| self.tok(i) == ",") {
                    open = Some(earlier);
                }
            }
            let open = open;
            // A stray comma after a subject and its prepositional phrases ("Dr. Jane Roe with
            // the Committee for Accuracy (CAMERA), says …").
            if open.is_none()
                && v - 1 - floor <= 16
                && self.tok(floor).starts_with(char::is_uppercase)
                && self.verbless(floor, v - 1)
            {
                return self.resolve_np(floor, v - 1).filter(|s| {
                    s.entity
                        .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                });
            }
            if let Some(mut open) = open {
                let apposition = self.tok(open + 1).to_lowercase();
                let looks_like = matches!(apposition.as_str(), "a" | "an" | "the" | "who" | "whose")
                        || self.doc.tokens[open + 1].kind == TokenKind::Word
                            && cue(self.tok(open + 1)).is_none()
                        // An age alone: "Mr. Smith, 62, told the court".
                        || open + 3 == v && self.doc.tokens[open + 1].kind == TokenKind::Number
                        // "Jack Kelly, writing for RealClearPolitics, said": a participle and
                        // its outlet.
                        || open + 3 < v
                            && self.tok(open + 1).ends_with("ing")
                            && matches!(self.doc.lower(open + 2), "for" | "to" | "with" | "on" | "in");
                // "Nilaya Varma, co-founder of Primus Partners, a consulting firm, said": a
                // description of the first apposition's noun; the name is before both. So too
                // before a relative clause: "Ben Zhao, a professor at the University of
                // Chicago, who led the team, says".
                if relative.is_some() || matches!(apposition.as_str(), "a" | "an" | "the") {
                    let inner = (floor.max(open.saturating_sub(10))..open)
                        .rev()
                        .find(|&i| self.tok(i) == ",");
                    if let Some(c2) = inner.filter(|&c2| {
                        c2 > floor
                            && self.tok(c2 - 1).starts_with(char::is_uppercase)
                            && self.tok(c2 + 1).starts_with(char::is_lowercase)
                            && (relative.is_none()
                                || matches!(self.doc.lower(c2 + 1), "a" | "an" | "the"))
                            && (c2 + 1..open).any(|i| matches!(self.tok(i), "of" | "at" | "for"))
                            && !(c2 + 1..open).any(|i| {
                                AUXILIARIES.contains(&self.doc.lower(i))
                                    || cue(self.tok(i)).is_some()
                            })
                    }) {
                        open = c2;
                    }
                }
                // "Ramil Carr, 31, a photographer, said": an age before the apposition.
                if open >= floor + 3
                    && self.doc.tokens[open - 1].kind == TokenKind::Number
                    && self.tok(open - 2) == ","
                {
                    open -= 2;
                }
                // "Ted Cruz (R-Tex.), a candidate for president, said": the name ends before
                // its party label.
                if open > floor + 2 && self.tok(open - 1) == ")" {
                    if let Some(label) = (floor.max(open.saturating_sub(9))..open - 1)
                        .rev()
                        .find(|&i| self.tok(i) == "(")
                    {
                        open = label;
                    }
                }
                if looks_like && open > floor {
                    let start = self.np_start(open, floor);
                    // "The governor of Bryansk, Alexander Bogomaz, said": the description's
                    // head before its prepositional phrase.
                    let description_start = if start > floor + 1
                        && matches!(
                            self.tok(start - 1),
                            "of" | "for" | "at" | "in" | "from" | "that" | "which" | "who"
                        ) {
                        self.np_start(start - 1, floor)
                    } else {
                        start
                    };
                    if description_start < start {
                        if let Some(name) = self.appositive_name(description_start, open, v) {
                            return Some(name);
                        }
                    }
                    if start < open {
                        if let Some(name) = self.appositive_name(start, open, v) {
                            return Some(name);
                        }
                    }
                    if let Some((head_start, head_end)) = self.sourcing_head(start, floor) {
                        return self.resolve_np(head_start, head_end);
                    }
                    // "Officials at the agency, who spoke on condition of anonymity, said": a
                    // plural of people before the prepositional phrase is the head.
                    if description_start < start
                        && people_plural(self.doc.lower(start - 2))
                        && self.tok(start - 2).starts_with(char::is_uppercase)
                            == (start - 2 == floor || self.doc.opens_sentence(start - 2))
                    {
                        return Some(self.group(description_start, open));
                    }
                    // "Researchers at the University of Chicago, who …, say", "A professor at
                    // the University of Chicago, who …, says": the same head before a chain of
                    // prepositional phrases, or a described person.
                    if description_start < start {
                        let (mut top, mut head) = (description_start, start - 2);
                        for _ in 0..3 {
                            if top > floor + 1
                                && matches!(self.tok(top - 1), "of" | "for" | "at" | "in" | "from")
                            {
                                head = top - 2;
                                top = self.np_start(top - 1, floor);
                            } else {
                                break;
                            }
                        }
                        let described = head > top
                            && matches!(self.doc.lower(top), "a" | "an" | "the")
                            && self.tok(head).starts_with(char::is_lowercase);
                        let plural = people_plural(self.doc.lower(head))
                            && self.tok(head).starts_with(char::is_uppercase)
                                == (head == floor || self.doc.opens_sentence(head));
                        if top < description_start && (described || plural) {
                            return Some(self.group(top, open));
                        }
                    }
                    if start < open {
                        return self.resolve_np(start, open);
                    }
                }
            }
            return None;
        }
        // "Wells Fargo just this month announced", "Obama on Friday said": a time phrase
        // between the subject and its verb.
        let v = self.before_time_phrase(v, floor);
        if let Some(speaker) = self.age_description(v, floor) {
            return Some(speaker);
        }
        if let Some(speaker) = self.participle_group(v, floor) {
            return Some(speaker);
        }
        if let Some(speaker) = self.relative_subject(v, floor) {
            return Some(speaker);
        }
        let mut start = self.np_start(v, floor);
        // "Experts on North Korea and nuclear nonproliferation said", "Political observers in
        // Virginia and around the country say": a coordinated complement of a prepositional
        // phrase; the phrase then starts after the first preposition.
        const PREPOSITIONS: &[&str] = &[
            "of", "by", "from", "at", "with", "in", "for", "to", "across", "around", "on",
        ];
        // (Only after a noun phrase: "the car and repeatedly says" coordinates verbs.)
        let noun_phrase = start < v && {
            let w = self.doc.lower(start);
            !ADVERBS.contains(&w) && !ly_adverb(w)
        };
        if start > floor + 2 && noun_phrase {
            let conjunction = if matches!(self.doc.lower(start - 1), "and" | "or") {
                Some(start - 1)
            } else if PREPOSITIONS.contains(&self.doc.lower(start - 1))
                && matches!(self.doc.lower(start - 2), "and" | "or")
            {
                Some(start - 2)
            } else {
                None
            };
            if let Some(c) = conjunction {
                let left = self.np_start(c, floor);
                if left < c
                    && left > floor + 1
                    && PREPOSITIONS.contains(&self.doc.lower(left - 1))
                    && self.np_start(left - 1, floor) < left - 1
                {
                    start = left;
                }
            }
        }
        // "The Russian and Syrian defense ministries said": coordinated nationalities modify
        // one head.
        if start >= floor + 2
            && start + 1 < v
            && matches!(self.doc.lower(start - 1), "and" | "or")
            && self.lex.demonyms.contains_key(self.tok(start))
            && self.lex.demonyms.contains_key(self.tok(start - 2))
        {
            start -= 2;
            if start > floor && matches!(self.doc.lower(start - 1), "the" | "both") {
                start -= 1;
            }
        }
        let start = start;
        // "“…,” it said", "it further wrote": an organisation's pronoun ("it" stops noun
        // phrases, so `np_start` leaves it out).
        // Only adverbs and active auxiliaries may stand between ("it was added" is passive).
        let mut before_adverbs = v;
        while before_adverbs > floor
            && (ADVERBS.contains(&self.doc.lower(before_adverbs - 1))
                && !matches!(self.doc.lower(before_adverbs - 1), "was" | "is")
                || matches!(
                    self.doc.lower(before_adverbs - 1),
                    "does" | "did" | "has" | "had" | "will" | "would" | "can" | "could"
                ))
        {
            before_adverbs -= 1;
        }
        if before_adverbs > floor && self.doc.lower(before_adverbs - 1) == "it" {
            return self.resolve_np(before_adverbs - 1, before_adverbs);
        }
        // "Another source speaking to Fox News said", "Jack Kelly, writing for RealClearPolitics,":
        // the name after a participle and its preposition is not the speaker.
        if start >= floor + 3
            && matches!(self.doc.lower(start - 1), "to" | "for" | "with" | "on")
            && matches!(
                self.doc.lower(start - 2),
                "speaking" | "talking" | "writing" | "reporting" | "appearing" | "testifying"
            )
        {
            let participle = start - 2;
            let head_start = self.np_start(participle, floor);
            if head_start < participle {
                return self.resolve_np(head_start, participle);
            }
        }
        if let Some((head_start, head_end)) = self.sourcing_head(start, floor) {
            return self.resolve_np(head_start, head_end);
        }
        // ("with Trump reportedly yelling: “…”", "The Bank of America also said": adverbs
        // between the name and the verb.)
        let mut name_end = v;
        while name_end > start && ADVERBS.contains(&self.doc.lower(name_end - 1))
            || name_end > start
                && ly_adverb(self.doc.lower(name_end - 1))
                && self.tok(name_end - 1).starts_with(char::is_lowercase)
        {
            name_end -= 1;
        }
        // "Bank of America says": a name that holds the preposition speaks whole.
        if start > floor && start < name_end {
            let np_end = self.doc.tokens[name_end - 1].end();
            let np_start = self.doc.tokens[start].start();
            let named = self
                .index
                .before(np_end, self.doc.tokens[floor].start())
                .take(6)
                .find(|(r, _, _)| r.end == np_end && r.start < np_start);
            if let Some((range, entity, _)) = named {
                return Some(SpeakerDraft {
                    range,
                    entity: Some(entity),
                });
            }
        }
        // "Mr. Morgan of the Sierra Club said", "A new poll by the university shows": the head
        // before the prepositional phrase speaks.
        // A participle's subject is the name right before it ("footage of Hillary Clinton
        // asking, “…”").
        let participle_of_name = self.tok(v).ends_with("ing")
            && (start..name_end).all(|t| self.tok(t).starts_with(char::is_uppercase))
            && start < name_end;
        // "University of California law professor Veena Dubal told": a role noun and a name
        // end the phrase; the person speaks, not the head before "of".
        let named_after_role = (start..name_end.saturating_sub(1)).find(|&i| {
            self.tok(i).starts_with(char::is_lowercase)
                && self.lex.titles.contains(self.doc.lower(i))
                && (i + 1..name_end).all(|j| self.tok(j).starts_with(char::is_uppercase))
        });
        if let Some(i) = named_after_role {
            if let Some(s) = self.resolve_np(i + 1, name_end).filter(|s| {
                s.entity
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            }) {
                return Some(s);
            }
        }
        // "In an interview with the network Jane Smith said": a fronted adjunct without its
        // comma; the person named right before the verb speaks, not the adjunct's noun.
        if start > floor + 2
            && matches!(
                self.doc.lower(start - 1),
                "with" | "to" | "on" | "at" | "in"
            )
            && self.doc.tokens[start - 2].kind == TokenKind::Word
            && self.tok(start - 2).starts_with(char::is_lowercase)
            && !speaking_head(self.tok(start - 2))
            && !self.lex.titles.contains(self.doc.lower(start - 2))
            && {
                let head = self.np_start(start - 1, floor);
                head > floor
                    && matches!(
                        self.doc.lower(head - 1),
                        "in" | "during" | "at" | "on" | "after" | "before"
                    )
            }
        {
            let np_end = self.doc.tokens[name_end - 1].end();
            let np_start = self.doc.tokens[start].start();
            let person = self
                .index
                .within(&(np_start..np_end))
                .find(|(r, e, _)| r.end == np_end && self.entities[*e].kind == EntityKind::Person);
            if let Some((range, entity, _)) = person {
                return Some(SpeakerDraft {
                    range,
                    entity: Some(entity),
                });
            }
        }
        if start > floor + 1
            && !participle_of_name
            && matches!(
                self.tok(start - 1),
                "of" | "by"
                    | "from"
                    | "at"
                    | "with"
                    | "in"
                    | "for"
                    | "to"
                    | "across"
                    | "around"
                    | "on"
            )
        {
            let prep = start - 1;
            let head_start = self.np_start(prep, floor);
            // "The Ministry of Health in Gaza announced": the head is the whole name the
            // entity stage found, not its last words after "of".
            // (Names are short: only mentions starting within `NAME_REACH` bytes are looked
            // at, so a long sentence does not make this quadratic.)
            let head_start = {
                let at = self.doc.tokens[head_start].start();
                let floor_at = self.doc.tokens[floor].start();
                let end = self.doc.tokens[prep - 1].end();
                self.index
                    .before(at, floor_at.max(at.saturating_sub(NAME_REACH)))
                    .filter(|(r, _, _)| at < r.end && r.end <= end)
                    .map(|(r, _, _)| self.doc.token_at(r.start))
                    .min()
                    .unwrap_or(head_start)
            };
            // "Minister of Education Stefania Giannini said": a capitalised title's complement
            // ends in the person who speaks ("a spokesman for Senator Smith" keeps its head).
            let head_names_nobody = || {
                let head = self.doc.tokens[head_start].start()..self.doc.tokens[prep - 1].end();
                self.index.within(&head).all(|(_, e, _)| {
                    !matches!(
                        self.entities[e].kind,
                        EntityKind::Person | EntityKind::Organization
                    )
                })
            };
            if head_start < prep
                && (head_start..prep).all(|k| self.tok(k).starts_with(char::is_uppercase))
                && (self.lex.titles.contains(self.doc.lower(prep - 1)) || head_names_nobody())
            {
                // "The High Commissioner for Human Rights said", "the Secretary of State for
                // Health": an office named by its remit speaks whole.
                let title_start = (1..=3).rev().find(|&n| {
                    prep >= floor + n && {
                        let words: Vec<&str> =
                            (prep - n..prep).map(|k| self.doc.lower(k)).collect();
                        self.lex.titles.contains(words.join(" ").as_str())
                    }
                });
                if let Some(n) = title_start.filter(|_| {
                    name_end > start
                        && crate::entity::REMITS.contains(&self.doc.lower(name_end - 1))
                }) {
                    // (With the capitalised words and article before the title: "The United
                    // Nations High Commissioner".)
                    let mut from = head_start.min(prep - n);
                    while from > floor
                        && from + 6 > prep
                        && self.tok(from - 1).starts_with(char::is_uppercase)
                        && self.doc.tokens[from - 1].kind == TokenKind::Word
                        && self.doc.lower(from) != "the"
                    {
                        from -= 1;
                    }
                    return Some(self.group(from, name_end));
                }
                if let Some(s) = self.resolve_np(start, name_end).filter(|s| {
                    s.entity
                        .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                }) {
                    return Some(s);
                }
            }
            // ("A document published by the agency showed": the participle is no part of the
            // head.)
            let head_end = if self.tok(prep) == "by"
                && prep > head_start + 1
                && self.tok(prep - 1).ends_with("ed")
                && self.tok(prep - 1).starts_with(char::is_lowercase)
            {
                prep - 1
            } else {
                prep
            };
            if head_start < head_end && prep - head_start <= 5 {
                if let Some(s) = self.resolve_np(head_start, head_end) {
                    return Some(s);
                }
            }
        }
        let mut end = v;
        while end > start
            && (ADVERBS.contains(&self.tok(end - 1).to_lowercase().as_str())
                || ly_adverb(self.tok(end - 1))
                    && self.tok(end - 1).chars().all(char::is_lowercase))
        {
            end -= 1;
        }
        if start >= end {
            return None;
        }
        self.resolve_np(start, end)
    }

    /// The subject before a restrictive relative clause that ends right before the verb at `v`:
    /// "A man who witnessed the crash said", "The people we spoke to said", "The experts I
    /// interviewed said". The clause has a verb of its own and no comma; the look back is
    /// bounded (14 tokens).
    fn relative_subject(&mut self, v: usize, floor: usize) -> Option<SpeakerDraft> {
        let doc = self.doc;
        let low = floor.max(v.saturating_sub(14));
        let mut head_end = None;
        for k in (low..v).rev() {
            let w = self.tok(k);
            if doc.tokens[k].kind == TokenKind::Punct && !matches!(w, "-" | "'" | "’") {
                break;
            }
            let lower = doc.lower(k);
            // (When only auxiliaries stand between "who" and the verb, the verb is the clause's
            // own: "a candidate who has called for …" is another rule's.)
            let own_words = (k + 1..v).any(|i| {
                let l = doc.lower(i);
                !AUXILIARIES.contains(&l) && !ADVERBS.contains(&l) && !ly_adverb(l)
            });
            // ("those who left but said …": the relative clause's own coordinated verb.)
            if lower == "who" && matches!(doc.lower(v - 1), "and" | "but") {
                break;
            }
            // ("The state officials whose laws have been invalidated say": "whose" too.)
            if matches!(lower, "who" | "whose") && k > floor && k + 1 < v && own_words {
                // The clause's own verb: a word after "who" that is no noun phrase.
                let verb = (k + 1..v).any(|i| {
                    let l = doc.lower(i);
                    AUXILIARIES.contains(&l)
                        || l.ends_with("ed")
                        // ("three men who authorities say had …": a plural of people after
                        // "who" is the clause's subject, not its verb.)
                        || l.ends_with('s')
                            && i == k + 1
                            && !people_plural(l)
                            && !GROUP_NOUNS.contains(&l)
                        || matches!(l, "lives" | "works")
                        || IRREGULAR_PASTS.contains(&l)
                });
                if verb {
                    head_end = Some(k);
                }
                break;
            }
            // "we spoke to", "I interviewed": a personal pronoun and a past verb, maybe a
            // stranded preposition.
            if matches!(lower, "i" | "we" | "they" | "you" | "he" | "she") && k > floor && k + 1 < v
            {
                let mut j = v;
                if matches!(doc.lower(j - 1), "to" | "with" | "about" | "for") {
                    j -= 1;
                }
                let past_verb = |l: &str| {
                    l.ends_with("ed") || matches!(l, "spoke" | "met" | "saw" | "asked" | "heard")
                };
                // ("A digital brochure he received about his new car said": the verb's
                // prepositional phrase may follow it.)
                let phrase = j > k + 3
                    && j - k <= 8
                    && matches!(
                        doc.lower(k + 2),
                        "about" | "from" | "for" | "in" | "on" | "at" | "with"
                    )
                    && (k + 3..j).all(|i| {
                        doc.tokens[i].kind == TokenKind::Word
                            && !AUXILIARIES.contains(&doc.lower(i))
                            && self.cue_at(i).is_none()
                    });
                let past = (j == k + 2 || phrase) && past_verb(doc.lower(k + 1));
                if past {
                    head_end = Some(k);
                }
                break;
            }
        }
        let head_end = head_end?;
        // "Those who were there said", "Many who voted for him say": a pronoun heads the group.
        if matches!(
            doc.lower(head_end - 1),
            "those" | "many" | "some" | "others" | "several" | "few"
        ) {
            return Some(self.group(head_end - 1, head_end));
        }
        let head_start = self.np_start(head_end, floor);
        if head_start >= head_end {
            return None;
        }
        let head = self.tok(head_end - 1);
        // (A document a pronoun's verb acted on speaks too: "A digital brochure he received
        // about his new car said …".)
        let document = matches!(
            head,
            "brochure" | "leaflet" | "flyer" | "pamphlet" | "notice" | "email" | "text" | "note"
        );
        if head.starts_with(char::is_lowercase) && !speaking_head(head) && !document {
            return None;
        }
        self.resolve_np(head_start, head_end)
    }

    /// "The 45-year-old said": a person by their age, the one named last within a few
    /// paragraphs.
    /// "Officials working on digital services in New York, San Francisco and Boston all told
    /// me", "Lawyers representing the family said": a plural of people that opens the clause,
    /// then a participle's phrase up to the verb. The people speak, not the phrase's last name.
    fn participle_group(&mut self, v: usize, floor: usize) -> Option<SpeakerDraft> {
        let head = (floor..v.min(floor + 3)).find(|&h| people_plural(self.doc.lower(h)))?;
        let participle = self.doc.lower(head + 1);
        if head + 2 >= v
            || v - head > 30
            || !participle.ends_with("ing")
            || participle.len() < 6
            || self.cue_at(head + 1).is_some()
            // Only determiners and adjectives before the head ("Some local officials"; "Like
            // others defending election laws, Schuette said" is a preposition's object).
            || (floor..head).any(|i| {
                self.doc.tokens[i].kind != TokenKind::Word
                    || self.tok(i).starts_with(char::is_uppercase) && !self.doc.opens_sentence(i)
                    || matches!(
                        self.doc.lower(i),
                        "like" | "unlike" | "as" | "with" | "without" | "for" | "among"
                            | "including" | "besides" | "than" | "to" | "of" | "by" | "from"
                            | "on" | "in" | "at" | "and" | "or" | "but"
                    )
            })
            // No clause of its own in the phrase ("… who said", "…, and they").
            || (head + 2..v).any(|i| {
                matches!(
                    self.doc.lower(i),
                    "who" | "which" | "that" | "he" | "she" | "they" | "we" | "i" | "said"
                        | "says" | "is" | "are" | "was" | "were" | "has" | "have" | "had"
                ) || matches!(self.tok(i), ";" | ":" | "—" | "(" | "“" | "\"")
            })
        {
            return None;
        }
        Some(self.group(floor, head + 1))
    }

    fn age_description(&mut self, v: usize, floor: usize) -> Option<SpeakerDraft> {
        let doc = self.doc;
        if v == 0 || !self.tok(v - 1).ends_with("old") {
            return None;
        }
        let k = (v.saturating_sub(6).max(floor)..v).find(|&k| {
            let s = &doc.text[doc.tokens[k].start()..doc.tokens[v - 1].end()];
            let s = s
                .strip_prefix("the ")
                .or_else(|| s.strip_prefix("The "))
                .unwrap_or(s);
            s.strip_suffix("-year-old").is_some_and(|n| {
                !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
            })
        })?;
        if !matches!(doc.lower(k), "the") {
            return None;
        }
        let range = doc.tokens[k].start()..doc.tokens[v - 1].end();
        let person = self
            .index
            .before(range.start, range.start.saturating_sub(1500))
            .find(|(_, e, _)| self.entities[*e].kind == EntityKind::Person)
            .map(|(_, e, _)| e)?;
        self.entities[person].mentions.push(MentionDraft {
            range: range.clone(),
            form: MentionForm::Description,
        });
        self.index
            .add(range.clone(), person, MentionForm::Description);
        Some(SpeakerDraft {
            range,
            entity: Some(person),
        })
    }

    /// Token `v`, or the start of a time phrase ending before it ("this month", "on Friday",
    /// "yesterday") that does not reach back to `floor`.
    fn before_time_phrase(&self, v: usize, floor: usize) -> usize {
        const TIME_NOUNS: &[&str] = &[
            "week",
            "month",
            "year",
            "morning",
            "afternoon",
            "evening",
            "night",
            "weekend",
        ];
        let lower = |t: usize| self.tok(t).to_lowercase();
        let mut j = v;
        while j > floor + 1 && ADVERBS.contains(&lower(j - 1).as_str()) {
            j -= 1;
        }
        if j > floor + 1 && matches!(lower(j - 1).as_str(), "yesterday" | "today" | "tonight") {
            return j - 1;
        }
        if j > floor + 2
            && (TIME_NOUNS.contains(&lower(j - 1).as_str())
                || crate::dates::weekday(self.tok(j - 1)).is_some())
            && matches!(
                lower(j - 2).as_str(),
                "this" | "last" | "next" | "on" | "earlier" | "late" | "early"
            )
        {
            return j - 2;
        }
        v
    }

    /// The speaker whose noun phrase starts at token `k` (`said Rutte`); and the token after it.
    fn subject_after(&mut self, k: usize, limit: usize) -> Option<(SpeakerDraft, usize)> {
        let mut end = k;
        while end < limit && end < k + 10 {
            let w = self.tok(end);
            let t = &self.doc.tokens[end];
            // "according to Downtown Madison, Inc.’s report": a company's legal form after a
            // comma is part of its name.
            if w == ","
                && end > k
                && end + 1 < limit
                && crate::entity::CORPORATE_SUFFIXES.contains(
                    &self
                        .tok(end + 1)
                        .trim_end_matches("’s")
                        .trim_end_matches("'s"),
                )
            {
                end += 2;
                continue;
            }
            let possessive = matches!(w, "'" | "’") && end > k && self.tok(end - 1).ends_with('s');
            // "says a former G/O writer": a slash inside a word.
            let tokens = &self.doc.tokens;
            let slash = w == "/"
                && end > k
                && end + 1 < limit
                && tokens[end - 1].end() == t.start()
                && tokens[end + 1].start() == t.end();
            if slash {
                end += 2;
                continue;
            }
            // "said JPL scientist and study co-author Michael Malaska": coordinated roles of
            // the person named after them.
            if w == "and" && end > k && self.lex.titles.contains(self.doc.lower(end - 1)) {
                if let Some(after) = self.coordinated_role_person(end + 1, limit) {
                    end = after;
                    break;
                }
            }
            // "said 9/11 widow Terry Strada", "said 35-year-old John Doe".
            let number = t.kind == TokenKind::Number
                && end + 1 < limit
                && self.doc.tokens[end + 1].kind == TokenKind::Word;
            if !possessive
                && !number
                && (t.kind != TokenKind::Word
                    || (end > k
                        && (SUBJECT_STOPS.contains(&w.to_lowercase().as_str())
                            || w == "on"
                            // "said the family was grateful": a verb ends the subject (as
                            // written: "Will" may be a name).
                            || AUXILIARIES.contains(&w)))
                    || DAY_WORDS.contains(&w.to_lowercase().as_str()) && end > k)
            {
                break;
            }
            end += 1;
        }
        // "says the letter signed by seven physicians": a participle before its agent starts
        // a reduced relative; the noun before it speaks.
        if end > k + 1
            && end < limit
            && self.doc.lower(end) == "by"
            && self.doc.lower(end - 1).ends_with("ed")
            && self.tok(end - 1).starts_with(char::is_lowercase)
        {
            end -= 1;
        }
        if end == k {
            return None;
        }
        let speaker = self.resolve_np(k, end)?;
        // A group's sourcing phrase ("a person familiar with the talks") is part of it.
        let end = if speaker.range.end > self.doc.tokens[end - 1].end() {
            self.doc.token_at(speaker.range.end - 1) + 1
        } else {
            end
        };
        Some((speaker, end))
    }

    /// The token after a person's name that ends a second role from token `from` on ("study
    /// co-author Michael Malaska"): a few words, none a verb or a clause word, then the name.
    fn coordinated_role_person(&self, from: usize, limit: usize) -> Option<usize> {
        let to = limit.min(from + 8);
        let mut i = from;
        while i < to {
            let at = self.doc.tokens[i].start();
            if let Some((r, _, _)) = self
                .index
                .within(&(at..self.doc.tokens[to - 1].end()))
                .find(|(r, e, _)| r.start == at && self.entities[*e].kind == EntityKind::Person)
            {
                return Some(self.doc.token_at(r.end - 1) + 1);
            }
            let w = self.doc.lower(i);
            if self.doc.tokens[i].kind != TokenKind::Word
                || SUBJECT_STOPS.contains(&w)
                || AUXILIARIES.contains(&w)
                || self.cue_at(i).is_some()
            {
                return None;
            }
            i += 1;
        }
        None
    }

    /// Resolves the noun phrase of tokens `start..end` to a speaker.
    fn resolve_np(&mut self, start: usize, end: usize) -> Option<SpeakerDraft> {
        let doc = self.doc;
        let range = doc.tokens[start].start()..doc.tokens[end - 1].end();
        // The last person mention wins ("NATO Secretary General Mark Rutte" → Mark Rutte). A
        // possessive pronoun before the head is its possessor, not the speaker ("his twin
        // brother, Damon Minor").
        let mentions: Vec<(Range<usize>, usize, MentionForm)> = self
            .index
            .within(&range)
            .filter(|(r, _, form)| {
                !(*form == MentionForm::Pronoun
                    && r.end < range.end
                    && matches!(
                        doc.text[r.clone()].to_lowercase().as_str(),
                        "his" | "her" | "their" | "its" | "our" | "my" | "your"
                    ))
            })
            .collect();
        // "The Republican said": the person last described as one ("Rep. John Roe, a
        // Republican from Ohio,"), else the person named last.
        // (The noun phrase may come with or without its article.)
        let the_label = if end == start + 2 && doc.lower(start) == "the" {
            Some(start + 1)
        } else if end == start + 1 && start > 0 && doc.lower(start - 1) == "the" {
            Some(start)
        } else {
            None
        };
        if let Some(word) = the_label {
            let label = self.lex.demonyms.get(self.tok(word)).copied();
            if label == Some(crate::lexicon::GroupKind::Nationality) {
                // "The French said": a people or its government, not a person.
                return Some(self.group(start, end));
            }
            if label == Some(crate::lexicon::GroupKind::Political) {
                {
                    let word = self.doc.lower(word);
                    let described = self
                        .index
                        .before(range.start, range.start.saturating_sub(3000))
                        .find(|(_, p, _)| {
                            self.entities[*p].kind == EntityKind::Person
                                && self.entities[*p].roles.iter().any(|r| {
                                    r.to_lowercase()
                                        .split(|c: char| !c.is_alphanumeric())
                                        .any(|w| w == word)
                                })
                        })
                        .map(|(_, p, _)| p)
                        .or_else(|| {
                            self.index
                                .before(range.start, range.start.saturating_sub(1500))
                                .find(|(_, p, _)| self.entities[*p].kind == EntityKind::Person)
                                .map(|(_, p, _)| p)
                        });
                    if let Some(person) = described {
                        self.entities[person].mentions.push(MentionDraft {
                            range: range.clone(),
                            form: MentionForm::Description,
                        });
                        self.index
                            .add(range.clone(), person, MentionForm::Description);
                        return Some(SpeakerDraft {
                            range,
                            entity: Some(person),
                        });
                    }
                }
            }
        }
        let pick = mentions
            .iter()
            .rev()
            .find(|(_, e, _)| self.entities[*e].kind == EntityKind::Person)
            .or_else(|| {
                mentions.iter().rev().find(|(_, e, _)| {
                    matches!(
                        self.entities[*e].kind,
                        EntityKind::Organization | EntityKind::Group
                    )
                })
            })
            .or_else(|| {
                mentions
                    .iter()
                    .rev()
                    .find(|(_, e, _)| self.entities[*e].kind != EntityKind::Nationality)
            });
        let last_word = self.tok(end - 1).to_lowercase();
        let lowercase_head = self
            .tok(end - 1)
            .chars()
            .all(|c| c.is_lowercase() || c == '-');
        // "Obama's former campaign strategist", "the party's bylaws": the possessor is not the
        // speaker; the description is.
        let possessed = |r: &Range<usize>| {
            let after = &doc.text[r.end..range.end];
            (after.starts_with("'s") || after.starts_with("’s")) && lowercase_head
        };
        if let Some((r, e, _)) = pick {
            if possessed(r) && end - start >= 2 {
                return Some(self.group(start, end));
            }
            // A group led by a nationality or organisation ("Western officials", "Kremlin aides").
            if (GROUP_NOUNS.contains(&last_word.as_str()) || people_plural(&last_word))
                && r.end < range.end
                && self.entities[*e].kind != EntityKind::Person
            {
                return Some(self.group(start, end));
            }
            // "A Louisiana grandmother": a place that modifies a head noun does not speak.
            let head_words: Vec<&str> = doc.text[r.end..range.end].split_whitespace().collect();
            if self.entities[*e].kind == EntityKind::Location
                && r.end < range.end
                && lowercase_head
                && head_words.len() <= 3
                && !head_words
                    .iter()
                    .any(|w| AUXILIARIES.contains(w) || matches!(*w, "not" | "never"))
            {
                return Some(self.group(start, end));
            }
            // "The Good Wife actor", "the Wikileaks founder": a person described by a work or a
            // body; the description speaks, not the name that modifies it.
            if self.entities[*e].kind != EntityKind::Person && r.end < range.end && lowercase_head {
                let head = doc.text[r.end..range.end].trim().to_lowercase();
                if self.lex.titles.contains(head.as_str()) {
                    return Some(self.group(start, end));
                }
            }
            // "The Trump campaign", "a Clinton spokesman": the people around a person speak,
            // not the person.
            if self.entities[*e].kind == EntityKind::Person
                && PERSON_ENTOURAGE.contains(&last_word.as_str())
                && doc.text[r.end..range.end].split_whitespace().count() == 1
            {
                return Some(self.group(start, end));
            }
            return Some(SpeakerDraft {
                range: r.clone(),
                entity: Some(*e),
            });
        }
        if end - start == 1 && last_word == "it" {
            // "it added": the organisation named last, within a few paragraphs; first one that
            // spoke ("UKMTO said it received a report of an attack by Uncrewed Aerial System …
            // It said …").
            // ("“…,” the service said. … “…,” it added.": a body named by a singular noun that
            // spoke counts too.)
            let singular_group = |e: usize| {
                self.entities[e].kind == EntityKind::Group
                    && !self.entities[e].name.ends_with('s')
                    && self.entities[e].name.starts_with(char::is_lowercase)
            };
            let orgs: Vec<(Range<usize>, usize)> = self
                .index
                .before(range.start, range.start.saturating_sub(1500))
                .filter(|(_, e, _)| {
                    self.entities[*e].kind == EntityKind::Organization || singular_group(*e)
                })
                .map(|(r, e, _)| (r, e))
                .take(8)
                .collect();
            let spoke = |r: &Range<usize>| {
                let after = doc.token_at(r.end);
                after < doc.tokens.len() && self.cue_at(after).is_some()
            };
            // "The Afghan Taliban, however, claimed responsibility for …, which it said …": the
            // organisation that opens the pronoun's own sentence.
            let sentence = doc.sentence_at(range.start);
            // (After a leading adverbial phrase: "In a reflection of the confusion, the
            // Electoral Commission, which …, issued …".)
            // (The subject's first token, once per sentence, not per organisation.)
            let subject_at = |s: Option<usize>| {
                s.map(|s| doc.sentences[s].tokens())
                    .and_then(|ts| self.skip_openers(ts.start, ts.end))
            };
            let opens = |s0: Option<usize>, r: &Range<usize>| {
                s0.is_some_and(|s0| {
                    let t = doc.token_at(r.start);
                    t >= s0 && t <= s0 + 1 && (t == s0 || doc.lower(s0) == "the")
                })
            };
            // ("The CBC is stepping up. Last week, it wrote …": or the one that opens the
            // sentence before, over one that spoke further back.)
            let (here, previous) = (
                subject_at(sentence),
                subject_at(sentence.and_then(|s| s.checked_sub(1))),
            );
            let entity = orgs
                .iter()
                .find(|(r, e)| self.entities[*e].kind == EntityKind::Organization && opens(here, r))
                .or_else(|| {
                    orgs.iter().find(|(r, e)| {
                        self.entities[*e].kind == EntityKind::Organization && opens(previous, r)
                    })
                })
                .or_else(|| orgs.iter().find(|(r, _)| spoke(r)))
                .or_else(|| orgs.iter().find(|(_, e)| !singular_group(*e)))
                .map(|&(_, e)| e)?;
            self.point_pronoun(range.clone(), entity);
            return Some(SpeakerDraft {
                range,
                entity: Some(entity),
            });
        }
        if end - start == 1 && last_word == "they" {
            if let Some(entity) = self.plural_group_before(range.start) {
                self.point_pronoun(range.clone(), entity);
                return Some(SpeakerDraft {
                    range,
                    entity: Some(entity),
                });
            }
        }
        if end - start == 1 && PERSONAL_PRONOUNS.contains(&last_word.as_str()) {
            return Some(SpeakerDraft {
                range,
                entity: None,
            });
        }
        let determiner = matches!(
            self.tok(start).to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "some"
                | "many"
                | "several"
                | "one"
                | "another"
                | "two"
                | "three"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
        );
        let possessive_lead = {
            let w = self.tok(start);
            (w.ends_with("'s") || w.ends_with("’s")) && w.starts_with(char::is_uppercase)
        };
        // "someone shouted": an unnamed speaker.
        // "“…,” one said", "said another": one of the people just described, no entity of its
        // own (each "one" is someone else).
        if end - start == 1
            && matches!(self.tok(start), "one" | "another")
            && start > 0
            && matches!(self.tok(start - 1), "”" | "\"" | "," | "said" | "says")
        {
            return Some(SpeakerDraft {
                range,
                entity: None,
            });
        }
        let indefinite = end - start == 1 && INDEFINITE_PRONOUNS.contains(&last_word.as_str());
        if indefinite
            || GROUP_NOUNS.contains(&last_word.as_str())
            || (determiner || possessive_lead) && end - start >= 2 && lowercase_head
            || lowercase_head && people_plural(&last_word)
            // "according to federal statistics", "court documents show": records speak.
            || lowercase_head && last_word.ends_with('s') && SOURCE_NOUNS.contains(&last_word.as_str())
            // ("Estimates suggest …", "Analysts say …": capitalised only as a sentence's first
            // word.)
            || end - start == 1
                && last_word.ends_with('s')
                && (SOURCE_NOUNS.contains(&last_word.as_str()) || people_plural(&last_word))
                && self.doc.opens_sentence(start)
                && !self.index.within(&range).any(|_| true)
        {
            return Some(self.group(start, end));
        }
        // A capitalised name no lexicon knows, in a speaker's position: a person.
        // The run of capitalised words that ends the phrase ("undecided Republican voter
        // Stephanie Hooton" → "Stephanie Hooton"; "Republican" is cut off by "voter").
        let is_cap = |i: usize| {
            let w = self.tok(i);
            w.chars().next().is_some_and(char::is_uppercase)
                && doc.tokens[i].kind == TokenKind::Word
                && !NOT_NAMES.contains(&w.to_lowercase().as_str())
                // Auxiliaries, capitalised in a title-case headline ("If I Would Have Told
                // Hillary"); "Will" and "May" are given names too ("Will Smith said").
                && (matches!(w, "Will" | "May")
                    || !AUXILIARIES.contains(&w.to_lowercase().as_str()))
        };
        let mut run_start = end;
        while run_start > start && is_cap(run_start - 1) {
            run_start -= 1;
        }
        let caps: Vec<usize> = (run_start..end).collect();
        if !caps.is_empty()
            && caps.len() <= 4
            && caps
                .iter()
                .zip(caps.iter().skip(1))
                .all(|(a, b)| b - a == 1)
            && *caps.last()? == end - 1
        {
            let first = caps[0];
            let r = doc.tokens[first].start()..doc.tokens[end - 1].end();
            let name = &doc.text[r.clone()];
            let upper = |w: &str| !w.chars().any(char::is_lowercase);
            // Days and months ("Thursday"), and headline shouting ("YORK ENDS TAMPON TAX") are
            // not people.
            let calendar = caps.iter().any(|&i| dates::weekday(self.tok(i)).is_some())
                || caps.len() == 1
                    && dates::month_number(name).is_some()
                    && !matches!(name, "May" | "June" | "April" | "August");
            if calendar || caps.len() > 1 && caps.iter().all(|&i| upper(self.tok(i))) {
                return None;
            }
            // The end of a longer name ("Chicago" of "the University of Chicago") is no one.
            let inside_a_name = self
                .index
                .before(r.start, r.start.saturating_sub(120))
                .any(|(m, _, _)| m.end >= r.end);
            if inside_a_name {
                return None;
            }
            // "Say Mexico demanded …": a place speaks for its government.
            if caps.len() == 1 && self.lex.places.contains_key(name) {
                return Some(self.new_entity(r, EntityKind::Location));
            }
            // A common noun capitalised only because it opens the sentence ("Analysis shows
            // that …", "Research suggests …"): a description, not a person.
            // So is a plural of people ("Filmmakers might want to …").
            if caps.len() == 1
                && first == start
                && (abstract_noun(&name.to_lowercase()) || people_plural(&name.to_lowercase()))
                && !self.lex.first_names.contains_key(name)
                && !self.lex.surnames.contains(name)
            {
                return Some(self.group(start, end));
            }
            if name.chars().filter(|c| c.is_uppercase()).count()
                == name.chars().filter(|c| c.is_alphabetic()).count()
                && name.len() > 1
                && caps.len() == 1
                && name.len() <= 6
            {
                // An acronym speaker ("DEA said") is an organisation.
                return Some(self.new_entity(r, EntityKind::Organization));
            }
            return Some(self.new_entity(r, EntityKind::Person));
        }
        None
    }

    fn new_entity(&mut self, range: Range<usize>, kind: EntityKind) -> SpeakerDraft {
        let name = self.doc.text[range.clone()]
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string();
        // Reuse an entity of the same name (or the person whose surname this is).
        let existing = self
            .entities
            .iter()
            .position(|e| e.kind == kind && (e.name == name || e.aliases.contains(&name)))
            .or_else(|| {
                // "Lewis Ward, research director …" then "says Ward": a surname the entity
                // stage left alone (it is also a place word) is the one person who bears it.
                if kind != EntityKind::Person || name.contains(' ') {
                    return None;
                }
                let mut bearers = self.entities.iter().enumerate().filter(|(_, e)| {
                    e.kind == EntityKind::Person
                        && e.name.contains(' ')
                        && e.name.rsplit(' ').next() == Some(name.as_str())
                });
                let first = bearers.next()?.0;
                bearers.next().is_none().then_some(first)
            });
        let id = existing.unwrap_or_else(|| {
            let gender = self.lex.gender_of(&name);
            self.entities.push(EntityDraft {
                kind,
                name: name.clone(),
                aliases: Vec::new(),
                roles: Vec::new(),
                media: false,
                mentions: Vec::new(),
                gender,
            });
            self.entities.len() - 1
        });
        let form = if self.entities[id].name == name {
            MentionForm::Name
        } else {
            MentionForm::PartialName
        };
        self.entities[id].mentions.push(MentionDraft {
            range: range.clone(),
            form,
        });
        self.index.add(range.clone(), id, form);
        SpeakerDraft {
            range,
            entity: Some(id),
        }
    }

    /// Where a group's description ends when it goes on with how the group knows ("two people
    /// familiar with the matter", "a source close to the talks", "officials with knowledge of
    /// the plan", "people briefed on the talks"): the sourcing phrase is part of who speaks.
    /// `end` is the token after the head word; the phrase runs to a punctuation mark, a cue or a
    /// clause word, up to eight tokens.
    fn sourcing_end(&self, end: usize) -> usize {
        let n = self.doc.tokens.len();
        if end == 0 || end + 2 >= n {
            return end;
        }
        let opens = if sourcing_adjective(self.doc.lower(end), self.doc.lower(end + 1)) {
            Some(end + 2)
        } else if sourcing_adjective(self.doc.lower(end - 1), self.doc.lower(end))
            || self.doc.lower(end) == "with"
                && (self.doc.lower(end + 1) == "knowledge"
                    || matches!(self.doc.lower(end + 1), "direct" | "detailed" | "firsthand")
                        && self.doc.lower(end + 2) == "knowledge")
        {
            Some(end + 1)
        } else {
            None
        };
        let Some(phrase) = opens else {
            return end;
        };
        let mut k = phrase;
        while k < n && k < phrase + 8 {
            let t = &self.doc.tokens[k];
            let lower = self.doc.lower(k);
            let stop = t.kind != TokenKind::Word && !matches!(self.tok(k), "'s" | "’s" | "-")
                || self.cue_at(k).is_some()
                || AUXILIARIES.contains(&lower)
                || matches!(lower, "who" | "which" | "that" | "and" | "but");
            if stop {
                break;
            }
            k += 1;
        }
        // The phrase needs an object ("familiar with the matter", not "familiar with.").
        let object = (phrase..k).any(|i| {
            !matches!(
                self.doc.lower(i),
                "the" | "a" | "an" | "knowledge" | "direct" | "detailed" | "firsthand" | "of"
            )
        });
        if object {
            k
        } else {
            end
        }
    }

    /// When the noun phrase at `start` is the object of a sourcing phrase ("people familiar
    /// with [the matter]", "officials with knowledge of [the talks]"), the head's range: the
    /// head speaks, not the matter.
    fn sourcing_head(&self, start: usize, floor: usize) -> Option<(usize, usize)> {
        if start < floor + 3 {
            return None;
        }
        let head_end = if sourcing_adjective(self.doc.lower(start - 2), self.doc.lower(start - 1)) {
            start - 2
        } else if start >= floor + 4
            && self.doc.lower(start - 1) == "of"
            && self.doc.lower(start - 2) == "knowledge"
        {
            let with = if matches!(
                self.doc.lower(start - 3),
                "direct" | "detailed" | "firsthand"
            ) {
                start - 4
            } else {
                start - 3
            };
            (self.doc.lower(with) == "with" && with > floor).then_some(with)?
        } else {
            return None;
        };
        let head_start = self.np_start(head_end, floor);
        (head_start < head_end).then_some((head_start, head_end))
    }

    /// The organisation a definite head noun refers back to: the latest one named within a few
    /// paragraphs before byte `at` whose name holds the noun ("the bank" → "Bank of America"),
    /// else, for a noun that only says what kind of body it is ("the company", "the carmaker"),
    /// the latest one. News outlets are left out ("told Reuters … The company said").
    fn organization_antecedent(&self, head: &str, at: usize) -> Option<usize> {
        let generic = ORGANIZATION_NOUNS.contains(&head);
        // "The company" is no government body, court or university ("… from the Environmental
        // Protection Agency. Running Tide … The company takes …").
        let commercial = matches!(
            head,
            "company" | "firm" | "startup" | "start-up" | "business"
        );
        let public_body = |e: usize| {
            self.entities[e].name.split_whitespace().any(|w| {
                matches!(
                    w,
                    "Agency"
                        | "Department"
                        | "Ministry"
                        | "Commission"
                        | "Administration"
                        | "Bureau"
                        | "Council"
                        | "Committee"
                        | "Court"
                        | "Police"
                        | "University"
                        | "Parliament"
                        | "Senate"
                        | "Congress"
                        | "Army"
                        | "Navy"
                        | "Government"
                )
            })
        };
        let named: Vec<usize> = self
            .index
            .before(at, at.saturating_sub(2000))
            .take(40)
            .filter(|(r, e, _)| {
                // ("Sharing a photo on Twitter, the company added": a platform, not the company.)
                let platform = {
                    let t = self.doc.token_at(r.start);
                    t > 0 && matches!(self.doc.lower(t - 1), "on" | "via")
                };
                self.entities[*e].kind == EntityKind::Organization
                    && !self.entities[*e].media
                    && !platform
                    && (!commercial || !public_body(*e))
            })
            .map(|(_, e, _)| e)
            .collect();
        let holds = |e: usize| {
            self.entities[e]
                .name
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == head)
        };
        // "NASA announced … The agency said": a kind of public body refers back to the public
        // body named last, whatever its name's own head ("… Space Administration").
        let public_kind = matches!(
            head,
            "agency" | "bureau" | "authority" | "administration" | "ministry" | "commission"
        );
        named
            .iter()
            .copied()
            .find(|&e| holds(e))
            .or_else(|| {
                public_kind
                    .then(|| named.iter().copied().find(|&e| public_body(e)))
                    .flatten()
            })
            .or_else(|| generic.then(|| named.first().copied()).flatten())
    }

    fn group(&mut self, start: usize, end: usize) -> SpeakerDraft {
        let doc = self.doc;
        let end = self.sourcing_end(end);
        let mut s = start;
        while s + 1 < end
            && matches!(
                self.tok(s).to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "some"
                    | "many"
                    | "two"
                    | "three"
                    | "several"
                    | "other"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            )
        {
            s += 1;
        }
        let range = doc.tokens[start].start()..doc.tokens[end - 1].end();
        let name = doc.text[doc.tokens[s].start()..doc.tokens[end - 1].end()].to_string();
        let key = name.to_lowercase();
        // "Acme Corp. reported a loss. The company said …": a definite head noun for a kind of
        // organisation refers back to the organisation named last.
        if self.doc.lower(start) == "the" && s == start + 1 && end == s + 1 {
            if let Some(id) = self.organization_antecedent(&key, range.start) {
                self.entities[id].mentions.push(MentionDraft {
                    range: range.clone(),
                    form: MentionForm::Description,
                });
                self.index.add(range.clone(), id, MentionForm::Description);
                return SpeakerDraft {
                    range,
                    entity: Some(id),
                };
            }
        }
        // "a senior Ukrainian security official … The official said": a definite head noun
        // alone refers back to the latest group it heads.
        let antecedent = (self.doc.lower(start) == "the" && s == start + 1 && !key.contains(' '))
            .then(|| self.group_heads.get(&key).copied())
            .flatten();
        let id = match self.groups.get(&key).copied().or(antecedent) {
            Some(id) => id,
            None => {
                self.entities.push(EntityDraft {
                    kind: EntityKind::Group,
                    name: name.clone(),
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    media: false,
                    mentions: Vec::new(),
                    gender: Gender::Unknown,
                });
                let id = self.entities.len() - 1;
                if let Some((_, head)) = key.rsplit_once(' ') {
                    self.group_heads.insert(head.to_string(), id);
                }
                self.groups.insert(key, id);
                id
            }
        };
        self.entities[id].mentions.push(MentionDraft {
            range: range.clone(),
            form: MentionForm::Description,
        });
        self.index.add(range.clone(), id, MentionForm::Description);
        SpeakerDraft {
            range,
            entity: Some(id),
        }
    }

    /// The addressee after `told`/`tell` (moves `k` past it).
    fn addressee_at(
        &mut self,
        lemma: &str,
        k: &mut usize,
        limit: usize,
    ) -> Option<(Range<usize>, Option<usize>)> {
        if *k >= limit {
            return None;
        }
        // ("asked whether …": the question, no one asked.)
        if question_word(self.doc.lower(*k)) {
            return None;
        }
        if !matches!(lemma, "tell" | "ask" | "urge" | "warn") {
            // "confirmed to ABC News", "said to reporters", "explained to “Good Morning
            // America”": other verbs take their addressee after "to", a name or the press.
            // ("added to Trump’s woes", "responded to the criticism": no addressee.)
            let to_verb = matches!(
                lemma,
                "say"
                    | "confirm"
                    | "explain"
                    | "admit"
                    | "reveal"
                    | "complain"
                    | "announce"
                    | "write"
                    | "confide"
                    | "mention"
                    | "boast"
                    | "concede"
                    | "acknowledge"
                    | "declare"
                    | "state"
                    | "insist"
                    | "remark"
                    | "joke"
                    | "whisper"
                    | "describe"
                    | "recount"
                    | "lament"
                    | "promise"
                    | "vow"
                    | "pledge"
                    | "stress"
                    | "emphasize"
                    | "spill"
                    | "dish"
                    | "gush"
            );
            // "said in a statement to Variety", "said in an interview with CNN": the medium
            // before the addressee.
            let medium = *k + 4 < limit
                && self.doc.lower(*k) == "in"
                && matches!(self.doc.lower(*k + 1), "a" | "an")
                && matches!(
                    self.doc.lower(*k + 2),
                    "statement" | "interview" | "email" | "e-mail" | "letter" | "message"
                )
                && matches!(self.doc.lower(*k + 3), "to" | "with");
            if medium {
                let mut at = *k + 3;
                let interview = self.doc.lower(*k + 2) == "interview";
                let with = self.doc.lower(at) == "with";
                // ("in a statement with" is no addressee; "in an interview with CNN" is.)
                if !with || interview {
                    let saved = *k;
                    *k = at;
                    if with {
                        // Read "with" like "to".
                        at += 1;
                        let found = self.addressee_at("tell", &mut at, limit);
                        if found.is_some() {
                            *k = at;
                            return found;
                        }
                        *k = saved;
                        return None;
                    }
                    let found = self.addressee_at(lemma, k, limit);
                    if found.is_none() {
                        *k = saved;
                    }
                    return found;
                }
            }
            let addressee_next = *k + 1 < limit && {
                let next = self.tok(*k + 1);
                next.starts_with(char::is_uppercase)
                    && !matches!(next, "I" | "He" | "She" | "They" | "We" | "It")
                    || matches!(next, "“" | "\"")
                    || matches!(self.doc.lower(*k + 1), "reporters" | "journalists")
            };
            if !to_verb || self.doc.lower(*k) != "to" || !addressee_next {
                return None;
            }
            let mut after_to = *k + 1;
            let found = self.addressee_at("tell", &mut after_to, limit);
            if found.is_some() {
                *k = after_to;
            }
            return found;
        }
        // "told “Good Morning America”": a show's title in quotation marks.
        if matches!(self.tok(*k), "“" | "\"") {
            let close = (*k + 1..limit.min(*k + 10)).find(|&i| matches!(self.tok(i), "”" | "\""));
            let close = close.filter(|&c| {
                c > *k + 1 && {
                    let inner = self.doc.tokens[*k + 1].start()..self.doc.tokens[c - 1].end();
                    is_title(&self.doc.text[inner])
                }
            })?;
            let last_word = (*k + 1..close)
                .rev()
                .find(|&i| self.doc.tokens[i].kind == TokenKind::Word)?;
            let range = self.doc.tokens[*k + 1].start()..self.doc.tokens[last_word].end();
            let entity = self.index.within(&range).map(|(_, e, _)| e).next();
            *k = close + 1;
            return Some((range, entity));
        }
        // Prepositions open adjuncts, not addressees ("warned economist John Roe of Capital
        // Economics", "told reporters aboard Air Force One").
        let preposition = |t: usize| {
            matches!(
                self.doc.lower(t),
                "of" | "at"
                    | "in"
                    | "on"
                    | "aboard"
                    | "during"
                    | "after"
                    | "before"
                    | "from"
                    | "with"
                    | "outside"
                    | "inside"
                    | "near"
                    | "via"
                    | "over"
                    | "by"
                    | "for"
            )
        };
        // "As Torvalds tells it, …": the story told, no addressee.
        if preposition(*k) || self.doc.lower(*k) == "it" {
            return None;
        }
        let start = *k;
        let mut end = start;
        while end < limit && end < start + 8 {
            let w = self.tok(end);
            let lower = w.to_lowercase();
            // ("told Entertainment Tonight", "told USA Today": a capitalised "Tonight" or
            // "Today" after a name is part of it; "told Reuters Tuesday" is a day.)
            let title_word = matches!(lower.as_str(), "tonight" | "today" | "tomorrow")
                && w.starts_with(char::is_uppercase)
                && end > start
                && self.tok(end - 1).starts_with(char::is_uppercase);
            // "told some of his friends that …", "told one of the jurors": a share of a group,
            // its "of" and the group's determiner.
            let quantifier = matches!(
                self.doc.lower(start),
                "some"
                    | "many"
                    | "most"
                    | "several"
                    | "one"
                    | "two"
                    | "three"
                    | "all"
                    | "each"
                    | "both"
                    | "few"
            );
            let share = quantifier
                && (end == start + 1 && lower == "of"
                    || end == start + 2
                        && self.doc.lower(start + 1) == "of"
                        && matches!(
                            lower.as_str(),
                            "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
                        ));
            if share {
                end += 1;
                continue;
            }
            // "told me photo circulating of … violates …": an object pronoun is the whole
            // addressee.
            // ("tell her fans not to …": "her" before a noun is a possessive.)
            if end == start + 1
                && (matches!(self.tok(start), "me" | "him" | "us" | "them" | "you")
                    || self.doc.lower(start) == "her"
                        && (self.doc.tokens[end].kind != TokenKind::Word
                            || matches!(lower.as_str(), "that" | "to" | "about" | "of")))
            {
                break;
            }
            // "told 404 Media", "told 60 Minutes", "told 3 reporters": a number that opens a
            // capitalised name, or counts people.
            let number_name = end == start
                && self.doc.tokens[end].kind == TokenKind::Number
                && end + 1 < limit
                && self.doc.tokens[end + 1].kind == TokenKind::Word
                && (self.tok(end + 1).starts_with(char::is_uppercase)
                    && !DAY_WORDS.contains(&self.doc.lower(end + 1))
                    || PEOPLE_PLURALS.contains(&self.doc.lower(end + 1))
                    || matches!(self.doc.lower(end + 1), "reporters" | "journalists"));
            if self.doc.tokens[end].kind != TokenKind::Word && !number_name
                || (end > start
                    && (SUBJECT_STOPS.contains(&lower.as_str())
                        || DAY_WORDS.contains(&lower.as_str()) && !title_word))
                || lower == "that"
                || end > start && matches!(lower.as_str(), "not" | "never")
                || end > start && preposition(end)
                // "told reporters the bridge would reopen": a determiner opens the clause.
                || end > start
                    && matches!(
                        lower.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "this"
                            | "some"
                            // "told the court he was innocent": the clause's pronoun subject.
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "it"
                            | "there"
                    )
            {
                break;
            }
            // A lowercase word after a capitalised name ends the addressee ("told Reuters he"),
            // unless it is the people the name modifies ("told WeWork executives he …").
            let people = PEOPLE_PLURALS.contains(&lower.as_str())
                || matches!(
                    lower.as_str(),
                    "officials"
                        | "employees"
                        | "staff"
                        | "staffers"
                        | "investors"
                        | "lawmakers"
                        | "members"
                        | "leaders"
                        | "students"
                        | "supporters"
                        | "workers"
                        | "reporters"
                        | "journalists"
                        | "voters"
                        | "donors"
                        | "viewers"
                        | "listeners"
                        | "readers"
                        | "shareholders"
                        | "analysts"
                        | "delegates"
                        | "media"
                        | "press"
                        | "outlets"
                        | "broadcasters"
                );
            // ("told Entertainment Tonight people will ask …": a plural before an auxiliary is
            // the clause's subject.)
            let people =
                people && !(end + 1 < limit && AUXILIARIES.contains(&self.doc.lower(end + 1)));
            // "told the PA news agency that …", "told the BBC's Today programme": the kind of
            // outlet the name modifies.
            let outlet_head = |l: &str| {
                matches!(
                    l,
                    "agency"
                        | "newspaper"
                        | "network"
                        | "broadcaster"
                        | "channel"
                        | "magazine"
                        | "outlet"
                        | "website"
                        | "podcast"
                        | "programme"
                        | "program"
                        | "tabloid"
                        | "station"
                        | "daily"
                        | "newsletter"
                )
            };
            let people = people
                || outlet_head(&lower)
                || matches!(lower.as_str(), "news" | "radio" | "television" | "tv")
                    && end + 1 < limit
                    && outlet_head(self.doc.lower(end + 1));
            if end > start
                && !people
                && !w.chars().next().is_some_and(char::is_uppercase)
                && self
                    .tok(end - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                break;
            }
            end += 1;
        }
        if end == start {
            return None;
        }
        // "told Bank of America that …", "told the University of Michigan board": a name with
        // "of" inside is one addressee.
        let window = self.doc.tokens[start].start()
            ..self.doc.tokens[limit.min(start + 8).max(end) - 1].end();
        if let Some((r, _, _)) = self.index.within(&window).find(|(r, _, _)| {
            r.start < self.doc.tokens[end - 1].end() && r.end > self.doc.tokens[end - 1].end()
        }) {
            if r.end > self.doc.tokens[end - 1].end() {
                end = self.doc.token_at(r.end - 1) + 1;
                // (… and the body or people it modifies: "the University of Michigan board".)
                if end < limit
                    && (people_plural(self.doc.lower(end))
                        || matches!(
                            self.doc.lower(end),
                            "board" | "committee" | "panel" | "council" | "staff" | "faculty"
                        ))
                {
                    end += 1;
                }
            }
        }
        // "told MSNBC’s “Morning Joe”": a network's show, its title in quotation marks.
        let possessive = self.tok(end - 1).ends_with("’s") || self.tok(end - 1).ends_with("'s");
        if possessive && end < limit && matches!(self.tok(end), "“" | "\"") {
            let close = (end + 1..limit.min(end + 8)).find(|&i| matches!(self.tok(i), "”" | "\""));
            if let Some(close) = close.filter(|&c| {
                c > end + 1 && (end + 1..c).all(|i| self.tok(i).starts_with(char::is_uppercase))
            }) {
                end = close + 1;
            }
        }
        let range = self.doc.tokens[start].start()..self.doc.tokens[end - 1].end();
        let entity = self.index.within(&range).map(|(_, e, _)| e).next();
        *k = end;
        Some((range, entity))
    }

    /// A day phrase after the cue ("on Friday", "Tuesday", "yesterday"); moves `k` past it.
    fn day_after(&self, k: &mut usize, limit: usize) -> Option<Date> {
        let mut i = *k;
        if i < limit && self.tok(i).eq_ignore_ascii_case("on") {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        let w = self.tok(i);
        // "said the other day": a time with no day to resolve.
        if i == *k
            && i + 2 < limit
            && self.doc.lower(i) == "the"
            && self.doc.lower(i + 1) == "other"
            && matches!(
                self.doc.lower(i + 2),
                "day" | "night" | "week" | "morning" | "afternoon" | "evening"
            )
        {
            *k = i + 3;
            return None;
        }
        // "said last summer", "said this week": a time with no day to resolve.
        if i == *k
            && i + 1 < limit
            && matches!(
                self.doc.lower(i),
                "last" | "this" | "next" | "late" | "early"
            )
            && matches!(
                self.doc.lower(i + 1),
                "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "fall"
                    | "autumn"
                    | "season"
                    | "night"
            )
        {
            *k = i + 2;
            return None;
        }
        let anchor = self.doc.anchor;
        let date = if let Some(day) =
            dates::weekday(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))
        {
            anchor.map(|(a, exact)| dates::resolve_weekday(a, day, exact))
        } else {
            match w.to_lowercase().as_str() {
                "yesterday" => anchor.map(|(a, _)| dates::add_days(a, -1)),
                "today" => anchor.map(|(a, _)| a),
                _ => return None,
            }
        };
        *k = i + 1;
        // "Friday afternoon", "yesterday morning".
        if *k < limit
            && matches!(
                self.doc.lower(*k),
                "morning" | "afternoon" | "evening" | "night"
            )
        {
            *k += 1;
        }
        date
    }

    /// Reported speech in sentences without quotation marks around the content.
    fn indirect(
        &mut self,
        fragments: &[Fragment],
        quotes: &mut Vec<QuoteDraft>,
        _used: Vec<usize>,
    ) {
        let doc = self.doc;
        // The quoted stretches of text, merged into sorted disjoint ranges for `overlaps_any`.
        let mut quoted: Vec<Range<usize>> = Vec::new();
        let mut spans: Vec<Range<usize>> = fragments
            .iter()
            .filter(|f| f.parent.is_none())
            .map(|f| f.open..f.close_end)
            .collect();
        spans.sort_by_key(|r| r.start);
        for r in spans {
            match quoted.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => quoted.push(r),
            }
        }
        let inside_quote = |at: usize| overlaps_any(&(at..at + 1), &quoted);
        let used: HashSet<usize> = quotes
            .iter()
            .filter_map(|q| q.cue.as_ref().map(|c| c.0.start))
            .collect();
        for s in 0..doc.sentences.len() {
            let sentence = doc.sentences[s].clone();
            // Headlines report speech too ("Putin Says West Must Accept Russia's Terms").
            if !matches!(
                doc.layout.blocks[sentence.block()].kind,
                BlockKind::Paragraph | BlockKind::Headline | BlockKind::Standfirst
            ) {
                continue;
            }
            let first = sentence.tokens().start;
            let last = sentence.tokens().end;
            let mut t = first;
            // A question that opens the sentence ("Asked if …, she said …") is the clause
            // before its comma: no trailing attribution claims it.
            let mut question_opened = false;
            while t < last {
                let at = doc.tokens[t].start();
                let lower = doc.lower(t);
                // "according to X, …" / "…, according to X."
                if lower == "according"
                    && t + 1 < last
                    && self.tok(t + 1) == "to"
                    && !inside_quote(at)
                {
                    if let Some(q) = self.according_to(t, first, last) {
                        if !overlaps_any(&q.parts[0], &quoted) {
                            quotes.push(q);
                        } else {
                            adopt(quotes, q);
                        }
                    }
                    t += 2;
                    continue;
                }
                // (A passive "was asked by …" is no cue of its own: it may only put a question.)
                let passive_ask = || lower == "asked" && t > first;
                let Some((lemma, clausal)) = self
                    .cue_at(t)
                    .or_else(|| passive_ask().then_some(("ask", false)))
                    .or_else(|| self.evaluation_at(t).map(|lemma| (lemma, false)))
                else {
                    t += 1;
                    continue;
                };
                // "Asked if he was ever bullied, the candidate said …", "was asked by host John
                // Dickerson whether …": a question put to someone.
                if lemma == "ask" && !inside_quote(at) {
                    if let Some((q, next, opening)) = self.question_put(t, first, last) {
                        question_opened |= opening;
                        if !overlaps_any(&q.parts[0], &quoted) {
                            quotes.push(q);
                        } else {
                            // ("Asked if Sanders is “realistic enough …,” 72 percent said
                            // yes": the quoted words are the question's.)
                            adopt(quotes, q);
                        }
                        t = next;
                        continue;
                    }
                    if self.cue_at(t).is_none() {
                        t += 1;
                        continue;
                    }
                }
                // A participle reports speech only after a comma (", saying that …").
                // ("The White House is saying that …": a progressive is a finite verb.)
                let participle = lower.ends_with("ing")
                    && !(t > first + 1
                        && (self.copula_start(t, first) < t || doc.lower(t - 1) == "been"));
                let after_comma = t > first && self.tok(t - 1) == ",";
                if inside_quote(at) || used.contains(&at) || participle && !after_comma {
                    t += 1;
                    continue;
                }
                // `…, X said.` / `…, said X.`: the clause before the comma.
                let trailing = if participle || question_opened {
                    None
                } else {
                    self.trailing_attribution(t, lemma, first, last)
                };
                if let Some(q) = trailing {
                    if !overlaps_any(q.content.as_ref().unwrap_or(&q.parts[0]), &quoted) {
                        quotes.push(q);
                        break;
                    }
                    adopt(quotes, q);
                }
                // `X said (that) …`.
                // A verb that usually takes words, not a clause, reports one when "that" says so
                // ("posted on Facebook that she would …").
                let that_follows = || {
                    (t + 1..last.min(t + 7))
                        .find(|&i| matches!(self.tok(i), "that" | "," | "." | "“" | "\""))
                        .is_some_and(|i| self.tok(i) == "that")
                };
                // "declared it a union victory": an object and its complement, no clause.
                let object_complement = !matches!(lemma, "tell" | "ask" | "inform" | "assure")
                    && t + 2 < last
                    && self.doc.lower(t + 1) == "it"
                    && matches!(self.doc.lower(t + 2), "a" | "an" | "the");
                // "urged Republicans to join …": a directive to someone named after the verb.
                // ("called for the repeal of …": a demand, whatever follows.)
                let demand_follows = lemma == "call" && t + 2 < last && self.tok(t + 1) == "for";
                let directive_follows = || {
                    (matches!(lemma, "urge" | "ask" | "implore")
                        || lemma == "call" && t + 1 < last && self.tok(t + 1) == "on")
                        // ("asked not to be named", "asked to speak": no one asked.)
                        && t + 1 < last
                        && !matches!(
                            self.doc.lower(t + 1),
                            "not" | "to" | "for" | "about" | "if" | "whether" | "that" | "what"
                                | "how" | "why" | "when" | "again" | "me" | "us"
                        )
                        && (t + 2..last.min(t + 9))
                            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                            .find(|&i| self.tok(i) == "to")
                            .is_some_and(|i| {
                                i + 1 < last
                                    && self.tok(i + 1).starts_with(char::is_lowercase)
                                    && doc.tokens[i + 1].kind == TokenKind::Word
                            })
                };
                // "Conroy asked whether questions about his health were fair game": a question.
                let question_follows = lemma == "ask"
                    && !self.tok(t).ends_with("ing")
                    && (t + 1..last.min(t + 5))
                        .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                        .any(|i| question_word(doc.lower(i)));
                // "praised Smegielski for …", "cited derogatory comments …": what is judged.
                let evaluation_follows = EVALUATION_LEMMAS.contains(&lemma)
                    && (self.evaluated_object_after(t, last)
                        || t + 1 < last && DAY_WORDS.contains(&doc.lower(t + 1)))
                    || matches!(lemma, "describe" | "detail")
                        && t + 1 < last
                        && question_word(doc.lower(t + 1));
                if (clausal
                    || that_follows()
                    || demand_follows
                    || question_follows
                    || directive_follows()
                    || evaluation_follows)
                    && !object_complement
                {
                    if let Some(mut q) = self.leading_attribution(t, lemma, first, last) {
                        // "… charges he threatened to kill Rep. Omar, the U.S. Attorney’s
                        // Office announced Monday.": the sentence's own attribution closes it;
                        // this clause ends at its comma, and the loop goes on to that cue.
                        if let Some(end) = self.trailing_clause_end(t, last) {
                            let part = &mut q.parts[0];
                            if part.start < end && end < part.end {
                                part.end = end;
                                if let Some(c) = q.content.as_mut() {
                                    c.end = c.end.min(end);
                                }
                            }
                        }
                        let content = q.parts[0].clone();
                        if !overlaps_any(&content, &quoted) {
                            quotes.push(q);
                            t = doc.token_at(content.end);
                            continue;
                        }
                        // "The researchers reported that Apple holds …; the report says the
                        // company “…”": a later clause quotes someone with a verb of its own;
                        // the claim ends before that clause.
                        if let Some(end) = self.clause_before_cued_quote(&content, &quoted, quotes)
                        {
                            q.parts[0].end = end;
                            q.content = Some(content.start..end);
                            quotes.push(q);
                            t = doc.token_at(end);
                            continue;
                        }
                        adopt(quotes, q);
                    }
                }
                t += 1;
            }
        }
    }

    /// The "and"/"but" that coordinates the verb at `t` with an earlier one ("thanked … and
    /// said", "agreed, but also contended"), past adverbs and auxiliaries between.
    fn coordinating_conjunction_before(&self, t: usize, first: usize) -> Option<usize> {
        let mut c = t;
        while c > first + 1 && {
            let w = self.doc.lower(c - 1);
            // ("… taking the new Pro for a spin and can say that …": a modal too.)
            matches!(
                w,
                "also"
                    | "then"
                    | "later"
                    | "has"
                    | "have"
                    | "had"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
            ) || ly_adverb(w) && self.tok(c - 1).starts_with(char::is_lowercase)
        } {
            c -= 1;
        }
        if c > first && matches!(self.doc.lower(c - 1), "and" | "but") {
            Some(c - 1)
        } else {
            None
        }
    }

    /// End of a reported clause `content` that runs into a quotation attributed by a verb of its
    /// own: the clause stops at the last "; " or ", and/but/while …" before that quotation.
    /// `None` when the content starts inside a quotation, the quotation has no verb of its own
    /// (the clause then quotes it: a partial quote), or no such boundary leaves three words.
    fn clause_before_cued_quote(
        &self,
        content: &Range<usize>,
        quoted: &[Range<usize>],
        quotes: &[QuoteDraft],
    ) -> Option<usize> {
        let doc = self.doc;
        let i = quoted.partition_point(|q| q.end <= content.start);
        let r = quoted.get(i)?;
        if r.start <= content.start || r.start >= content.end {
            return None;
        }
        let cued = quotes.iter().any(|q| {
            q.parent.is_none()
                && q.cue.is_some()
                && q.parts
                    .first()
                    .is_some_and(|p| r.start <= p.start && p.start < r.end)
        });
        if !cued {
            return None;
        }
        let from = doc.token_at(content.start);
        let to = doc.token_at(r.start);
        // "When Clinton noted that …, Trump boasted, “…”": a clause opened by a subordinator
        // ends at its comma.
        let subordinate = doc.sentence_at(content.start).is_some_and(|s| {
            let first = doc.sentences[s].tokens().start;
            matches!(
                doc.lower(first),
                "when"
                    | "while"
                    | "although"
                    | "though"
                    | "as"
                    | "if"
                    | "because"
                    | "after"
                    | "before"
                    | "since"
                    | "unless"
                    | "whereas"
                    | "once"
            )
        });
        let boundary = (from + 3..to).find(|&b| {
            matches!(self.tok(b), "—" | "―" | "–" | "--") || subordinate && self.tok(b) == ","
        });
        let boundary = match boundary {
            Some(b) => b,
            None => (from + 3..to).rev().find(|&b| {
                self.tok(b) == ";"
                    || self.tok(b) == ","
                        && b + 1 < to
                        && matches!(
                            doc.lower(b + 1),
                            "and" | "but" | "while" | "whereas" | "although" | "though"
                        )
            })?,
        };
        Some(doc.tokens[boundary - 1].end())
    }

    /// End of the clause before a sentence-final attribution after a cue at `t`: ", the U.S.
    /// Attorney’s Office announced Monday." (a comma, a short noun phrase with no verb, a
    /// speech verb not in -ing, at most a time phrase, the sentence's end). Bounded: the
    /// sentence's last 14 tokens.
    fn trailing_clause_end(&self, t: usize, last: usize) -> Option<usize> {
        let doc = self.doc;
        let mut e = last;
        while e > t && doc.tokens[e - 1].kind == TokenKind::Punct {
            e -= 1;
        }
        let low = (t + 2).max(last.saturating_sub(14));
        // The cue, after at most three time words ("announced Monday", "said on Friday").
        let v = (low..e)
            .rev()
            .take(4)
            .find(|&v| self.cue_at(v).is_some() && !doc.lower(v).ends_with("ing"))?;
        if !(v + 1..e).all(|i| {
            let l = doc.lower(i);
            DAY_WORDS.contains(&l) || matches!(l, "week" | "night" | "morning" | "afternoon")
        }) {
            return None;
        }
        // The comma that opens the noun phrase, with no verb between.
        let comma = (low..v).rev().find(|&i| self.tok(i) == ",")?;
        if comma + 1 >= v
            || v - comma > 9
            || (comma + 1..v).any(|i| {
                doc.tokens[i].kind != TokenKind::Word
                    && !matches!(self.tok(i), "’" | "'" | "." | "-")
                    || self.cue_at(i).is_some()
                    || AUXILIARIES.contains(&doc.lower(i))
            })
        {
            return None;
        }
        Some(doc.tokens[comma - 1].end())
    }

    fn according_to(&mut self, t: usize, first: usize, last: usize) -> Option<QuoteDraft> {
        let doc = self.doc;
        let cue_range = doc.tokens[t].start()..doc.tokens[t + 1].end();
        let (mut speaker, mut after) = match self.subject_after(t + 2, last) {
            Some(found) => found,
            None => self.described_source(t + 2, last)?,
        };
        // "But, according to the poll, …": a discourse word before opens the sentence too.
        let opening = t == first
            || t == first + 2
                && self.tok(first + 1) == ","
                && matches!(
                    doc.lower(first),
                    "but" | "and" | "however" | "yet" | "still" | "so" | "also" | "meanwhile"
                );
        // "According to a statement from the ministry, …": the document's source speaks.
        if opening
            && after + 1 < last
            && matches!(self.tok(after), "from" | "by" | "of" | "at" | "in")
        {
            if let Some(comma) = (after + 1..last.min(after + 9))
                .take_while(|&i| self.doc.tokens[i].kind == TokenKind::Word || self.tok(i) == ",")
                .find(|&i| self.tok(i) == ",")
            {
                let source = if matches!(self.tok(after), "from" | "by") {
                    self.resolve_np(after + 1, comma)
                        .filter(|s| s.entity.is_some())
                } else {
                    None
                };
                if let Some(source) = source {
                    speaker = source;
                }
                after = comma;
            }
        }
        // "According to the book and the movie, …", "According to the officer in charge of
        // the base that night, …": the rest of a longer description up to the comma.
        if opening && after < last && self.tok(after) != "," {
            if let Some((described, end)) = self.described_source(after, last) {
                if end < last && self.tok(end) == "," {
                    if speaker.entity.is_none() {
                        speaker.range.end = described.range.end;
                    }
                    after = end;
                }
            }
        }
        let clause = if opening && after < last && self.tok(after) == "," {
            let end = self.clause_end(doc.sentence_at(doc.tokens[t].start())?);
            let start = doc.tokens.get(after + 1)?.start();
            (start < end).then_some(start..end)?
        } else if t > first + 2 && self.tok(t - 1) == "," {
            doc.tokens[first].start()..doc.tokens[t - 2].end()
        } else {
            return None;
        };
        // "Over the long term, according to the budget office, the rise …" / "The economy,
        // according to the report, is weak": a parenthetical source; the claim goes on after it.
        // (", who created the show", ", a senior economist at Wells Fargo": the source's
        // relative clause or apposition, not more of the claim.)
        let parenthetical = !opening
            && t > first
            && after + 1 < last
            && self.tok(after) == ","
            && !matches!(
                doc.lower(after + 1),
                "who" | "whom" | "whose" | "which" | "where" | "a" | "an"
            );
        if parenthetical {
            let s = doc.sentence_at(doc.tokens[t].start())?;
            let rest = doc.tokens[after + 1].start()..self.clause_end(s);
            if rest.is_empty() {
                return None;
            }
            let adverbial = matches!(
                doc.lower(first),
                "in" | "on"
                    | "over"
                    | "at"
                    | "for"
                    | "by"
                    | "after"
                    | "before"
                    | "during"
                    | "since"
                    | "under"
                    | "with"
                    | "among"
                    | "last"
                    | "this"
                    | "next"
            );
            let mut q = QuoteDraft::reported(
                rest.clone(),
                speaker,
                (cue_range, "according to"),
                None,
                None,
            );
            if !adverbial {
                q.parts = vec![clause, rest];
                q.content = None;
            }
            return Some(q);
        }
        Some(QuoteDraft::reported(
            clause,
            speaker,
            (cue_range, "according to"),
            None,
            None,
        ))
    }

    /// A question put to someone at the cue "asked" (token `t`): "Asked by Matt Lauer whether
    /// she had practiced, Clinton said …", "Sanders was asked by host John Dickerson whether
    /// …", "he said when asked how …", "Asked to describe the device, …". The asker named after
    /// "by" speaks (else no one named does); the question is the content, up to the comma of
    /// an opening question, else to the clause's end; the one asked is the addressee where the
    /// sentence names them. Returns the quote, the token to go on from, and whether the
    /// question opens the sentence.
    fn question_put(
        &mut self,
        t: usize,
        first: usize,
        last: usize,
    ) -> Option<(QuoteDraft, usize, bool)> {
        let doc = self.doc;
        let opening = t == first && self.tok(t).starts_with(char::is_uppercase)
            || t == first + 1 && doc.lower(first) == "when";
        let passive = t > first
            && matches!(
                doc.lower(t - 1),
                "was" | "were" | "is" | "are" | "been" | "being" | "when" | "if" | "after"
            );
        if !opening && !passive {
            return None;
        }
        // What a question opens with: a question word, or "to" and a verb ("Asked to
        // describe …").
        let opens_question = |i: usize| {
            i < last
                && (question_word(doc.lower(i))
                    || doc.lower(i) == "to"
                        && i + 1 < last
                        && doc.tokens[i + 1].kind == TokenKind::Word
                        && doc.text[doc.tokens[i + 1].range()].starts_with(char::is_lowercase)
                        && !DETERMINERS.contains(&doc.lower(i + 1))
                        && !matches!(doc.lower(i + 1), "be" | "do" | "remain" | "speak"))
        };
        let mut i = t + 1;
        let mut asker = None;
        if i < last && doc.lower(i) == "by" {
            let j = (i + 2..last.min(i + 12))
                .take_while(|&j| {
                    doc.tokens[j].kind != TokenKind::Punct
                        || matches!(&doc.text[doc.tokens[j].range()], "’" | "'")
                })
                .find(|&j| opens_question(j))?;
            asker = self
                .resolve_np(i + 1, j)
                .or_else(|| self.described_source(i + 1, j + 1).map(|(s, _)| s));
            asker.as_ref()?;
            i = j;
        }
        if !opens_question(i) {
            return None;
        }
        let stop = |j: &usize| matches!(self.tok(*j), "," | "." | ";" | "—" | "–" | "?" | ":");
        let end = (i + 1..last.min(i + 40)).find(stop);
        let (end, next) = match end {
            Some(e) if opening && self.tok(e) == "," => (e, e + 1),
            None if opening => return None,
            Some(e) => (e, e),
            None if last <= i + 40 => (last, last),
            None => return None,
        };
        if end <= i + 1 {
            return None;
        }
        // (A comma inside the closing mark ends a quoted question: “…,” stays whole.)
        let closed = end + 1 < last
            && self.tok(end) == ","
            && matches!(self.tok(end + 1), "”" | "\"" | "''")
            && doc.tokens[end + 1].start() == doc.tokens[end].end();
        let clause = if closed {
            doc.tokens[i].start()..doc.tokens[end + 1].end()
        } else {
            doc.tokens[i].start()..doc.tokens[end - 1].end()
        };
        let next = if closed && opening { end + 2 } else { next };
        let addressee = if opening {
            self.clause_subject(next, last, true)
        } else if doc.lower(t - 1) != "when" && doc.lower(t - 1) != "if" {
            self.subject_before(t - 1, first)
        } else {
            None
        }
        .map(|s| (s.range, s.entity));
        let q = QuoteDraft {
            kind: QuoteKind::Indirect,
            parts: vec![clause.clone()],
            content: Some(clause),
            speaker: asker,
            cue: Some((doc.tokens[t].range(), "ask")),
            addressee,
            date: None,
            parent: None,
        };
        Some((q, next.max(t + 1), opening))
    }

    /// A source that names no entity, after "according to": the words from `k` up to the
    /// comma or the sentence's end ("the officer in charge of the base that night", "early
    /// returns", "the poll"). A bare singular noun is a manner, not a source ("according to
    /// plan").
    fn described_source(&self, k: usize, last: usize) -> Option<(SpeakerDraft, usize)> {
        let end = (k..last.min(k + 16))
            .find(|&i| {
                !(self.doc.tokens[i].kind != TokenKind::Punct
                    || matches!(self.tok(i), "’" | "'" | "-" | "/" | "&"))
            })
            .unwrap_or(last.min(k + 16));
        if end == k || end - k >= 16 || end < last && !matches!(self.tok(end), "," | "." | ";") {
            return None;
        }
        let bare_singular = end == k + 1
            && self.tok(k).starts_with(char::is_lowercase)
            && !self.doc.lower(k).ends_with('s');
        if bare_singular {
            return None;
        }
        let range = self.doc.tokens[k].start()..self.doc.tokens[end - 1].end();
        Some((
            SpeakerDraft {
                range,
                entity: None,
            },
            end,
        ))
    }

    /// `CLAUSE, SUBJ CUE [ADDRESSEE] [DAY].` or `CLAUSE, CUE SUBJ.`
    fn trailing_attribution(
        &mut self,
        t: usize,
        lemma: &'static str,
        first: usize,
        last: usize,
    ) -> Option<QuoteDraft> {
        let doc = self.doc;
        // "…, the members have not commented": nothing was said.
        if t > first && negation(doc.lower(t - 1)) {
            return None;
        }
        // What follows the cue must end the sentence.
        let mut k = t + 1;
        let inverted = t > first && self.tok(t - 1) == ",";
        if lemma == "point out" && !inverted {
            k += 1;
        }
        let speaker;
        let comma;
        // ("…, a spokeswoman, Anna White, said on Saturday.": no subject after the verb, so
        // the one set off by commas before it, as for "told".)
        let no_subject_after = k < last
            && (matches!(self.tok(k), "." | "!" | "?")
                || DAY_WORDS.contains(&self.doc.lower(k))
                || matches!(
                    self.doc.lower(k),
                    "in" | "at" | "during" | "after" | "before"
                ));
        if inverted && (lemma == "tell" || no_subject_after) {
            // "…, Sabrina Schlesinger, MSc, one of the study authors …, told Health.": "told"
            // does not invert; its subject is the person set off by commas before the
            // apposition, and the words after it are the addressee.
            let doc_tokens = &doc.tokens;
            let from = doc_tokens[t.saturating_sub(40).max(first + 1)].start();
            let (range, entity) = self
                .index
                .within(&(from..doc_tokens[t - 1].start()))
                .find(|(r, e, _)| {
                    let (a, b) = (doc.token_at(r.start), doc.token_at(r.end));
                    self.entities[*e].kind == EntityKind::Person
                        && a > first
                        && self.tok(a - 1) == ","
                        && b < t
                        && self.tok(b) == ","
                })
                .map(|(r, e, _)| (r, e))?;
            let mut c = doc.token_at(range.start) - 1;
            // "…on Friday, her cousin, Mike Lynch, told TMZ.": a description set off before the
            // name is part of the subject, not of the clause.
            if let Some(p) = (c.saturating_sub(6).max(first + 1)..c)
                .rev()
                .find(|&i| self.tok(i) == ",")
            {
                let described = p + 1 < c
                    && matches!(
                        self.doc.lower(p + 1),
                        "his" | "her" | "their" | "its" | "the" | "a" | "an"
                    )
                    && (p + 1..c).all(|i| {
                        self.doc.tokens[i].kind == TokenKind::Word
                            && !AUXILIARIES.contains(&self.doc.lower(i))
                            && self.cue_at(i).is_none()
                    });
                if described {
                    c = p;
                }
            }
            comma = c;
            speaker = SpeakerDraft {
                range,
                entity: Some(entity),
            };
        } else if inverted {
            // "…, complained that he …", "…, accused by the government of …", "…, called him
            // a …": no subject after the verb, so no inverted attribution.
            if t + 1 >= last
                || SUBJECT_STOPS.contains(&self.doc.lower(t + 1))
                || matches!(self.doc.lower(t + 1), "him" | "them" | "us" | "me")
            {
                return None;
            }
            let (s, after) = self.subject_after(t + 1, last)?;
            // "…, described a day at home": an object, not a speaker.
            let head = self.doc.token_at(s.range.end - 1);
            if s.entity
                .is_some_and(|e| self.entities[e].kind == EntityKind::Group)
                && !speaking_head(self.tok(head))
            {
                return None;
            }
            speaker = s;
            k = after;
            comma = t - 1;
            // "…, said a spokesman for the company.", "…, said John Smith of the Sierra Club.":
            // a prepositional phrase after the speaker belongs to it.
            if k < last
                && matches!(lemma, "say" | "add")
                && matches!(
                    self.doc.lower(k),
                    "of" | "for" | "at" | "with" | "from" | "in"
                )
            {
                let mut j = k + 1;
                while j < last
                    && j < k + 8
                    && self.doc.tokens[j].kind == TokenKind::Word
                    && self.cue_at(j).is_none()
                    && !AUXILIARIES.contains(&self.doc.lower(j))
                {
                    j += 1;
                }
                if j > k + 1 && (j == last || matches!(self.tok(j), "." | "!" | "?")) {
                    k = j;
                }
            }
        } else {
            let mut start = self.np_start(t, first);
            // "…, advisers to Mr. Obama say, …": the head before a prepositional phrase speaks.
            let mut head_end = None;
            while start > first + 1
                && start < t
                && matches!(
                    self.doc.lower(start - 1),
                    "to" | "of" | "for" | "at" | "with"
                )
            {
                let head = self.np_start(start - 1, first);
                if head >= start - 1 {
                    break;
                }
                head_end = Some(start - 1);
                start = head;
            }
            if start == first || start >= t || self.tok(start - 1) != "," {
                return None;
            }
            comma = start - 1;
            speaker = match head_end {
                Some(end) => self.resolve_np(start, end)?,
                None => self.subject_before(t, start)?,
            };
            // "…fast speeds, the right privacy promises, a good amount …": a list's noun, no
            // speaker; a described group must be able to speak.
            // (Any of its words: "two people familiar with the matter" ends in its sourcing
            // phrase.)
            let words =
                self.doc.token_at(speaker.range.start)..self.doc.token_at(speaker.range.end);
            if speaker
                .entity
                .is_some_and(|e| self.entities[e].kind == EntityKind::Group)
                && !words.clone().any(|i| {
                    !DETERMINERS.contains(&self.doc.lower(i)) && speaking_head(self.tok(i))
                })
            {
                return None;
            }
        }
        let addressee = self.addressee_at(lemma, &mut k, last);
        let date = self.day_after(&mut k, last);
        // Allow a trailing "in a statement" / "in an interview" / "last week".
        // Lazy, not collected: collecting the rest of a long sentence per cue was quadratic
        // (issue #10).
        let mut rest = (k..last).map(|i| self.tok(i));
        let participle = k + 1 < last
            && self.tok(k) == ","
            && self.tok(k + 1).ends_with("ing")
            && self.tok(k + 1).starts_with(char::is_lowercase);
        // "…, Graham said, since most of them accept it": a subordinate clause after the cue;
        // "…, lawmakers said Friday, a day after the vote": a time adjunct.
        // ("…, Cook said while visiting the conference", "…, she said during a visit": an
        // adjunct clause or phrase without a comma.)
        // ("…, Ruiz said Friday as she entered the talks.": the moment of the words.)
        let adjunct = k + 1 < last
            && (matches!(self.doc.lower(k), "while" | "when" | "after" | "before")
                && self.doc.lower(k + 1).ends_with("ing")
                || self.doc.lower(k) == "during"
                || matches!(
                    self.doc.lower(k),
                    "as" | "when" | "while" | "before" | "after"
                ) && matches!(self.doc.lower(k + 1), "he" | "she" | "they" | "we" | "i")
                    && last - k <= 12);
        let subordinate = adjunct
            || k + 1 < last
                && self.tok(k) == ","
                && (matches!(
                    self.tok(k + 1),
                    "since" | "because" | "as" | "although" | "though" | "while" | "but" | "and"
                ) || k + 3 < last
                    && matches!(
                        self.doc.lower(k + 1),
                        "a" | "one" | "two" | "three" | "hours" | "days"
                    )
                    && matches!(
                        self.doc.lower(k + 2),
                        "day"
                            | "days"
                            | "week"
                            | "weeks"
                            | "month"
                            | "months"
                            | "after"
                            | "before"
                            | "later"
                            | "earlier"
                    ));
        // "But to prevent problems, he said, local officials should be vigilant.": the reported
        // clause runs on after a parenthetical attribution.
        // "…, said Mark Bryant, the executive director of …": an apposition of the speaker
        // (or a relative clause, an age) is no second part.
        // After "he said," the clause may go on ("…, he said, the officials should …").
        let apposition = k + 1 < last
            && self.tok(k) == ","
            && (inverted
                && (matches!(
                    self.doc.lower(k + 1),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "one"
                ) || self.tok(k + 1).starts_with(char::is_uppercase))
                || matches!(self.doc.lower(k + 1), "who" | "which" | "whose")
                || self.doc.tokens[k + 1].kind == TokenKind::Number);
        let parenthetical = !participle
            && !subordinate
            && !apposition
            && k + 3 < last
            && self.tok(k) == ","
            && self.doc.tokens[k + 1].kind == TokenKind::Word
            && (k + 1..last).all(|i| !matches!(self.tok(i), "“" | "”" | "\"" | ";"));
        let tail_ok = participle
            || subordinate
            || parenthetical
            || apposition
            || rest
                .clone()
                .all(|w| matches!(w, "." | "!" | "?" | "”" | "\""))
            || last.saturating_sub(k) <= 6
                && rest.next().is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "on"
                            | "at"
                            | "during"
                            | "last"
                            | "this"
                            | "earlier"
                            | "late"
                            | "after"
                            | "before"
                            | "following"
                            | "yesterday"
                            | "today"
                    )
                })
                && rest.next_back().is_some_and(|w| w == ".")
            // A longer place or medium with no clause in it ("…, Jennifer Lopez says in
            // ELLE’s annual celebration of Women in Hollywood.").
            // ("believe in …" is a verb and its object.)
            || last.saturating_sub(k) <= 14
                && matches!(lemma, "say" | "add" | "tell" | "write" | "report")
                && matches!(self.doc.lower(k), "in" | "at" | "on" | "during")
                && self.tok(last - 1) == "."
                && (k + 1..last - 1).all(|i| {
                    let w = self.doc.lower(i);
                    !AUXILIARIES.contains(&w)
                        && !matches!(w, "that" | "he" | "she" | "they" | "we" | "i" | "it")
                        && self.cue_at(i).is_none()
                        && !matches!(self.tok(i), "“" | "”" | "\"" | ";" | ":")
                });
        // A short subject before a parenthetical attribution is half the clause ("The plan,
        // officials said, will fail").
        if !tail_ok || comma <= first + 2 && !(parenthetical && comma > first) {
            return None;
        }
        // "In his movie rap, Nashawn sings … “…”": a short fronted prepositional phrase is no
        // claim.
        let fronted_phrase = matches!(
            doc.lower(first),
            "in" | "on" | "at" | "during" | "after" | "before" | "for" | "with" | "from" | "since"
        ) && comma - first <= 6
            && (first..comma).all(|i| {
                let w = doc.lower(i);
                !AUXILIARIES.contains(&w) && self.cue_at(i).is_none() && !w.ends_with("ed")
            });
        // "When Robby Lee was asked …, he laughed": a fronted subordinate clause that ends at
        // the attribution's comma frames it; it is no claim.
        let fronted_clause = fronted_subordinator(doc.lower(first))
            && !(first + 1..comma).any(|i| self.tok(i) == ",");
        if (fronted_phrase || fronted_clause) && !parenthetical {
            return None;
        }
        // "Michael McFaul, a senior fellow at Stanford, said the talks failed": what precedes the
        // comma is the subject and its apposition, and the clause follows the verb.
        if inverted && self.subject_and_apposition(first, comma) {
            return None;
        }
        // "Dr. Jane Roe with the Committee for Accuracy (CAMERA), says the bias …": a name and
        // its prepositional phrases are the subject, not a claim.
        if inverted && self.verbless(first, comma) {
            return None;
        }
        let clause = doc.tokens[first].start()..doc.tokens[comma - 1].end();
        let mut q = QuoteDraft::reported(
            clause,
            speaker,
            (doc.tokens[t].range(), lemma),
            addressee,
            date,
        );
        if parenthetical {
            let s = doc.sentence_at(doc.tokens[t].start())?;
            let rest = doc.tokens[k + 1].start()..self.clause_end(s);
            if rest.is_empty() {
                return None;
            }
            // "… investments that, they say, juiced the recovery": inside a relative clause,
            // the claim is what follows the attribution.
            if doc.lower(comma - 1) == "that" && comma > first + 1 {
                q.parts = vec![rest.clone()];
                q.content = Some(rest);
                return Some(q);
            }
            // Two parts around the attribution; the content is the parts.
            q.parts.push(rest);
            q.content = None;
        }
        Some(q)
    }

    /// The first token where the cue of a [`Stage::trailing_attribution`] ending at token `last`
    /// can stand (issue #10). After its cue come at most a subject (10 tokens), an addressee (8)
    /// and a day (2), then either closing punctuation only or at most 6 tokens (or a participle
    /// clause, which callers look for near the quote instead); so a cue more than 21 tokens
    /// before the closing punctuation or the last 6 tokens never succeeds.
    fn trailing_cue_floor(&mut self, last: usize) -> usize {
        if let Some(&floor) = self.trailing_floors.get(&last) {
            return floor;
        }
        // Not past the start of the sentence: a run of one-token sentences ("? ? ?") stays linear.
        let start = last
            .checked_sub(1)
            .and_then(|t| self.doc.sentence_at(self.doc.tokens[t].start()))
            .map_or(0, |s| self.doc.sentences[s].tokens().start);
        let mut tail = last;
        while tail > start && matches!(self.tok(tail - 1), "." | "!" | "?" | "”" | "\"") {
            tail -= 1;
        }
        let floor = tail.min(last.saturating_sub(6)).saturating_sub(21);
        self.trailing_floors.insert(last, floor);
        floor
    }

    /// `SUBJ CUE [ADDRESSEE] [that] CLAUSE`.
    fn leading_attribution(
        &mut self,
        t: usize,
        lemma: &'static str,
        first: usize,
        last: usize,
    ) -> Option<QuoteDraft> {
        let doc = self.doc;
        let mut k = t + 1;
        // ("pointed out that …": the particle; "made (it) clear that …".)
        if lemma == "point out" {
            k += 1;
        }
        if lemma == "make clear" {
            k += if self.doc.lower(k) == "it" { 2 } else { 1 };
        }
        // (A straight mark may open a show's title: "told "Good Morning America" that …".)
        let opens_title = k < last
            && self.tok(k) == "\""
            && doc.tokens[k].start() > 0
            && doc.text[..doc.tokens[k].start()].ends_with(char::is_whitespace);
        if k >= last || matches!(self.tok(k), "," | "." | ";" | ":" | "”" | "\"") && !opens_title
        {
            return None;
        }
        // "did not say whether …", "declined to say when …": nothing was claimed.
        // ("declined to publicly confirm": an adverb may split the infinitive.)
        let t_cue = t;
        let t = if t > first + 1 && ly_adverb(self.tok(t - 1)) && doc.lower(t - 2) == "to" {
            t - 1
        } else {
            t
        };
        if t > first && {
            let prev = doc.lower(t - 1);
            negation(prev)
                || prev == "to"
                    && t > first + 1
                    && matches!(
                        doc.lower(t - 2),
                        "declined" | "refused" | "declining" | "refusing" | "declines" | "refuses"
                    )
        } {
            return None;
        }
        let t = t_cue;
        // "Having said that, …": a discourse phrase, no claim.
        if t > first
            && doc.lower(t - 1) == "having"
            && self.tok(k) == "that"
            && k + 1 < last
            && self.tok(k + 1) == ","
        {
            return None;
        }
        // Coordinated verbs ("Zelensky thanked … and said …") take the sentence's subject: a
        // person or organisation named at its start.
        let participle =
            t > first + 1 && self.tok(t - 1) == "," && self.tok(t).to_lowercase().ends_with("ing");
        let speaker = if participle {
            // "Trump unleashed a series of tweets, saying that …": the main clause's subject.
            self.main_subject(first, t - 1)?
        } else if let Some(conjunction) = self.coordinating_conjunction_before(t, first) {
            // The subject stands before the first verb: a name after it ("Demonstrators said
            // they want “justice for Terrence,” but pledged …") or a possessive ("His ex-wife
            // agreed, but also contended") is none.
            let first_verb = (first..conjunction)
                .find(|&i| self.cue_at(i).is_some() || matches!(self.tok(i), "“" | "\""))
                .unwrap_or(conjunction);
            let head = doc.tokens[first].start()..doc.tokens[first_verb].start();
            let mentions: Vec<(Range<usize>, usize, MentionForm)> = self
                .index
                .within(&head)
                .filter(|(r, _, form)| {
                    !(*form == MentionForm::Pronoun
                        && matches!(
                            doc.text[r.clone()].to_lowercase().as_str(),
                            "his" | "her" | "their" | "its" | "our" | "my" | "your"
                        ))
                })
                .collect();
            let named = [EntityKind::Person, EntityKind::Organization]
                .iter()
                .find_map(|kind| {
                    mentions
                        .iter()
                        .filter(|(_, e, _)| self.entities[*e].kind == *kind)
                        .min_by_key(|(r, _, _)| r.start)
                })
                .cloned();
            match named {
                Some((range, entity, _)) => SpeakerDraft {
                    range,
                    entity: Some(entity),
                },
                // "Authorities announced … and said …": the first verb's subject, whatever it
                // names.
                None => {
                    let end = if self.tok(conjunction - 1) == "," {
                        conjunction - 1
                    } else {
                        conjunction
                    };
                    self.main_subject(first, end)?
                }
            }
        } else {
            // (A share speaks only by saying: "39 percent blame his supporters" quotes nobody.)
            match self.subject_before(t, first) {
                Some(s) => s,
                None if matches!(lemma, "say" | "tell") => self.share_subject(t, first)?,
                None => return None,
            }
        };
        let mut addressee = self.addressee_at(lemma, &mut k, last);
        // "called for the repeal of the law": a demand; what is called for is reported.
        let demand = lemma == "call"
            && k + 2 < last
            && self.tok(k) == "for"
            && doc.tokens[k + 1].kind == TokenKind::Word;
        if demand {
            k += 1;
        }
        // "called on Trump to stop …": the ones called on are addressed.
        if lemma == "call" && k + 2 < last && self.tok(k) == "on" {
            if let Some(to) = (k + 1..last.min(k + 9))
                .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                .find(|&i| self.tok(i) == "to")
            {
                if to > k + 1 {
                    addressee = self.resolve_np(k + 1, to).map(|s| {
                        (
                            doc.tokens[k + 1].start()..doc.tokens[to - 1].end(),
                            s.entity,
                        )
                    });
                    k = to;
                }
            }
        }
        // "told Beauty Banter (via Hello! Magazine) that …": a bracketed source after the
        // addressee is no part of the clause.
        if k < last && self.tok(k) == "(" {
            if let Some(close) = (k + 1..last.min(k + 14)).find(|&i| self.tok(i) == ")") {
                k = close + 1;
            }
        }
        let date = self.day_after(&mut k, last);
        // "told them of Ford’s passing", "told reporters about the plan": what they were told
        // of is a topic, not a claim.
        // ("told a meeting of Pacific Island leaders that …" still reports a clause.)
        if addressee.is_some()
            && k < last
            && matches!(doc.lower(k), "of" | "about")
            && !(k + 1..last.min(k + 12))
                .take_while(|&i| !matches!(self.tok(i), "," | "." | ";" | "“" | "\""))
                .any(|i| doc.lower(i) == "that")
        {
            return None;
        }
        // Skip a short prepositional phrase before "that" ("said in a statement that", "told
        // Biden in a group meeting attended by a dozen officials that …"): no clause of its
        // own in between.
        if let Some(that) = (k..last.min(k + 14)).find(|&i| self.tok(i) == "that") {
            let adjunct = (k..that).all(|i| {
                let w = self.doc.lower(i);
                !AUXILIARIES.contains(&w)
                    && !PERSONAL_PRONOUNS.contains(&w)
                    && !matches!(w, "," | ";" | "“" | "\"")
            });
            // ("warned North Korea to refrain from actions that would …": "to" before a verb
            // is an infinitive, and its "that" a relative pronoun.)
            let infinitive = self.tok(k) == "to"
                && k + 1 < last
                && self.tok(k + 1).starts_with(char::is_lowercase)
                && !DETERMINERS.contains(&self.doc.lower(k + 1))
                && !matches!(
                    self.doc.lower(k + 1),
                    "his" | "her" | "their" | "its" | "my" | "our" | "your" | "this" | "these"
                )
                && !people_plural(self.doc.lower(k + 1))
                // ("responded to accusations that …": a plural noun.)
                && (!self.doc.lower(k + 1).ends_with('s') || self.doc.lower(k + 1).ends_with("ss"));
            if matches!(
                self.tok(k),
                "in" | "on" | "at" | "during" | "to" | "after" | "earlier" | "last" | "this"
            ) && !infinitive
                && (that <= k + 8 || adjunct)
            {
                k = that;
            }
        } else if k + 3 < last
            && self.tok(k) == "in"
            && matches!(
                self.doc.lower(k + 1),
                "a" | "an" | "the" | "its" | "his" | "her"
            )
            && matches!(
                self.doc.lower(k + 2),
                "statement" | "interview" | "email" | "e-mail" | "letter" | "post" | "tweet"
            )
        {
            // "said in a statement it would appeal": the clause after the medium.
            let after = k + 3;
            if after < last
                && matches!(
                    self.doc.lower(after),
                    "he" | "she" | "it" | "they" | "we" | "i" | "there"
                )
            {
                k = after;
            }
        } else if k + 3 < last && matches!(self.tok(k), "in" | "at") {
            // "told reporters in Washington she will …", "said in 2010 they …": a short place
            // or time phrase, then the clause's pronoun subject.
            if let Some(subject) = (k + 2..last.min(k + 6))
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .find(|&i| matches!(self.tok(i), "he" | "she" | "they" | "we" | "I"))
            {
                k = subject;
            }
        }
        if k < last && self.tok(k) == "," {
            return None;
        }
        // "said little about how …", "has said nothing": no claim.
        if k + 1 < last
            && matches!(self.doc.lower(k), "little" | "nothing" | "much")
            && matches!(
                self.doc.lower(k + 1),
                "about" | "of" | "on" | "to" | "since" | "else" | "," | "." | ";"
            )
        {
            return None;
        }
        // "the man said to the President": an addressee and no clause.
        if k < last && lemma == "say" && self.doc.lower(k) == "to" {
            return None;
        }
        // "We'll say it until the cows come home": a pronoun object, no clause.
        if k + 1 < last
            && matches!(self.doc.lower(k), "it" | "this" | "so")
            && matches!(
                self.doc.lower(k + 1),
                "until"
                    | "again"
                    | "when"
                    | "because"
                    | "if"
                    | "to"
                    | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "with"
                    | "before"
                    | "after"
                    | "out"
                    | "aloud"
                    | "loud"
                    | "now"
                    | ","
                    | "."
                    | ":"
                    | ";"
                    | "—"
                    | "–"
            )
        {
            return None;
        }
        // "Ben Carson said after the attacks.": an adjunct, no reported clause.
        if k < last
            && last - k <= 6
            && matches!(
                self.doc.lower(k),
                "after"
                    | "before"
                    | "following"
                    | "during"
                    | "since"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "while"
                    | "when"
            )
            // ("Cook said while visiting Salesforce's conference in San Francisco.": an adjunct
            // clause of any length.)
            || k + 1 < last
                && matches!(
                    self.doc.lower(k),
                    "while" | "when" | "after" | "before" | "since" | "during"
                )
                && (self.doc.lower(k) == "during" || self.doc.lower(k + 1).ends_with("ing"))
            // ("… said Friday as he entered the talks.": the moment of the words.)
            || k + 2 < last
                && last - k <= 12
                && matches!(self.doc.lower(k), "as" | "when" | "while" | "before" | "after")
                && matches!(self.doc.lower(k + 1), "he" | "she" | "they" | "we" | "i")
            // ("… has ever said about his wife.": a topic; "said about 200 died" is a clause.)
            || k + 1 < last
                && last - k <= 6
                && self.doc.lower(k) == "about"
                && self.doc.tokens[k + 1].kind != TokenKind::Number
        {
            return None;
        }
        // Verbs other than say/tell report speech only with a clause ("announced that …", not
        // "announced another package").
        // … or a clause that opens with a pronoun subject ("announced it would", "claimed he
        // was").
        let pronoun_clause = k + 1 < last
            && matches!(
                self.tok(k),
                "he" | "she" | "it" | "they" | "we" | "I" | "you" | "there"
            );
        // Commitments report what was promised: "vowed to form a task force".
        let infinitive = matches!(lemma, "vow" | "promise" | "pledge" | "threaten")
            && k + 1 < last
            && self.tok(k) == "to"
            && self.doc.tokens[k + 1].kind == TokenKind::Word
            && self.tok(k + 1).starts_with(char::is_lowercase);
        // … or a clause whose subject is a short noun phrase and whose verb is an auxiliary
        // ("argue the law will hurt …", "claimed its forces had captured …"), not an object
        // ("argued the case in court").
        let np_clause = k + 2 < last
            && matches!(
                self.doc.lower(k),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "these" | "those"
            )
            // ("believes his efforts to slow global warming will be …": a noun phrase of up to
            // seven words; five after "add", which takes things as often as words: "added a new
            // drink to its menu was five years ago".)
            && (k + 1..last.min(k + if lemma == "add" { 6 } else { 8 }))
                .take_while(|&i| self.doc.tokens[i].kind == TokenKind::Word)
                .any(|i| AUXILIARIES.contains(&self.doc.lower(i)))
            // A name right before the auxiliary: "insisted NATO was united", "argued Congress
            // should act".
            // ("claimed Russian forces had captured …": a name may lead a short noun phrase.)
            // ("Battleground state Florida is …": "state" before a name is a noun.)
            || k + 2 < last
                && self.doc.lower(t) != "state"
                && self.tok(k).starts_with(char::is_uppercase)
                && (k..last.min(k + 4))
                    .take_while(|&i| {
                        self.doc.tokens[i].kind == TokenKind::Word
                            && !AUXILIARIES.contains(&self.doc.lower(i))
                            && !SUBJECT_STOPS.contains(&self.doc.lower(i))
                            && self.cue_at(i).is_none()
                    })
                    .last()
                    .is_some_and(|i| {
                        i + 2 < last && AUXILIARIES.contains(&self.doc.lower(i + 1))
                    });
        // … or a bare noun phrase and an auxiliary: "noted clients are beginning to demand …",
        // "acknowledged funding was a major reason", "believe bigotry and xenophobia are …".
        let plural_clause = k + 2 < last && {
            let bare = |i: usize| {
                let w = self.doc.lower(i);
                self.doc.tokens[i].kind == TokenKind::Word
                    && self.tok(i).starts_with(char::is_lowercase)
                    && !AUXILIARIES.contains(&w)
                    && !SUBJECT_STOPS.contains(&w)
                    && !DETERMINERS.contains(&w)
                    && !PERSONAL_PRONOUNS.contains(&w)
                    && !ly_adverb(w)
                    && !matches!(
                        w,
                        "to" | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "not"
                            | "never"
                            | "also"
                            | "again"
                            | "still"
                            | "so"
                            | "too"
                            | "then"
                            | "now"
                            | "today"
                            | "yesterday"
                            | "tomorrow"
                            | "tonight"
                            | "what"
                            | "how"
                            | "why"
                            | "when"
                            | "where"
                            | "whether"
                            | "if"
                            | "who"
                    )
                    && self.cue_at(i).is_none()
            };
            let mut i = k;
            let mut words = 0;
            // ("suggest 8000 migrants may be at sea": a number may lead the phrase.)
            let number = |i: usize| i == k && self.doc.tokens[i].kind == TokenKind::Number;
            while i < last.min(k + 5)
                && (bare(i) || number(i) || words > 0 && self.doc.lower(i) == "and")
            {
                words += usize::from(self.doc.lower(i) != "and");
                i += 1;
            }
            (1..=3).contains(&words)
                && i + 1 < last
                && self.doc.lower(i - 1) != "and"
                && matches!(
                    self.doc.lower(i),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "had"
                        | "has"
                        | "have"
                )
        };
        let np_clause = np_clause || plural_clause;
        // "He repeated that claim in January": "that" before a claim noun is a determiner.
        if k + 1 < last
            && self.tok(k) == "that"
            && CLAIM_NOUNS.contains(&self.doc.lower(k + 1))
            && (k + 2 >= last
                || matches!(
                    self.doc.lower(k + 2),
                    "," | "." | ";" | "in" | "on" | "at" | "to" | "during" | "again" | "after"
                ))
        {
            return None;
        }
        // "accused the government of rigging the vote": whom, and of what.
        let accusation = lemma == "accuse"
            && (k + 1..last.min(k + 8)).any(|i| self.tok(i) == "of")
            && self.doc.tokens[k].kind == TokenKind::Word;
        // "urged Republicans to join …", "warned officials to boost …": a directive; its
        // addressee and what they are to do are what is reported.
        let directive = matches!(lemma, "urge" | "warn" | "tell" | "ask" | "implore" | "call")
            && addressee.as_ref().is_some_and(|(r, _)| {
                !matches!(doc.text[r.clone()].to_lowercase().as_str(), "not" | "to")
            })
            && k + 1 < last
            && self.tok(k) == "to"
            && self.doc.tokens[k + 1].kind == TokenKind::Word
            && self.tok(k + 1).starts_with(char::is_lowercase)
            && !DETERMINERS.contains(&self.doc.lower(k + 1));
        // ("Richmond added a second date": "add" takes things as often as words.)
        // "asked whether questions about his health were fair game": an indirect question.
        let question = lemma == "ask" && k < last && question_word(doc.lower(k));
        // "Polls show Clinton leading Trump", "A Fox News poll shows Sanders with 47 percent":
        // what a poll or a record shows is its finding, whatever its form.
        let finding = matches!(lemma, "show" | "find")
            && k < last
            && !matches!(self.tok(k), "," | "." | ";" | ":")
            && doc.text[speaker.range.clone()]
                .rsplit(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|head| FINDING_SOURCES.contains(&head.to_lowercase().as_str()));
        // "praised Smegielski for …", "cited derogatory comments …": what is judged or cited.
        let evaluation = EVALUATION_LEMMAS.contains(&lemma)
            && k < last
            && addressee.is_none()
            && self.evaluated_object_after(k - 1, last);
        // "explained how important it is …", "revealed what the campaign planned": an
        // indirect question.
        let wh_clause = matches!(
            lemma,
            "explain" | "describe" | "reveal" | "disclose" | "recount" | "detail" | "note"
        ) && k + 1 < last
            && question_word(doc.lower(k));
        if !(matches!(lemma, "say" | "tell")
            || finding
            || evaluation
            || wh_clause
            || infinitive
            || directive
            || demand
            || question
            || accusation
            || k < last && self.tok(k) == "that"
            || (pronoun_clause || np_clause)
                && !matches!(lemma, "call" | "describe" | "put" | "read"))
        {
            return None;
        }
        let s = doc.sentence_at(doc.tokens[t].start())?;
        // (A clause after the verb is reported as one: "announced it would end …".)
        let clause_follows =
            k < last && self.tok(k) == "that" || pronoun_clause || np_clause || wh_clause;
        let evaluated = evaluation && !clause_follows;
        let end = self
            .parenthetical_close(first, t, k, last)
            .or_else(|| self.participle_attribution(k, last))
            .unwrap_or_else(|| self.clause_end(s));
        let end = if evaluated {
            end.min(self.evaluated_object_end(k, last, s))
        } else {
            end
        };
        // "While he acknowledged funding was a reason, he stayed": a cue inside a fronted
        // subordinate clause reports up to that clause's comma.
        let subordinate = self.opens_fronted_clause(first)
            && t < first + 40
            && !(first..t).any(|i| self.tok(i) == ",");
        // (Only then, and 40 tokens ahead at most: one look per cue keeps long sentences linear.)
        let comma = subordinate
            .then(|| (k..last.min(k + 40)).find(|&i| matches!(self.tok(i), "," | "—" | "–" | "―")))
            .flatten();
        let end = match comma {
            Some(comma) if comma > k => end.min(doc.tokens[comma - 1].end()),
            _ => end,
        };
        let start = match &addressee {
            Some((r, _)) if directive => r.start,
            _ => doc.tokens.get(k)?.start(),
        };
        if start >= end || last - k < 3 {
            return None;
        }
        let clause = start..end;
        Some(QuoteDraft::reported(
            clause,
            speaker,
            (doc.tokens[t].range(), lemma),
            addressee,
            date,
        ))
    }
}

/// The length of the list marker that opens a list item ("• ", "- ", "1. ", "2) ", and "l "
/// before a capital, a bullet font's glyph as text copied from a PDF shows it), with its spaces.
fn list_marker(item: &str) -> Option<usize> {
    let mut chars = item.char_indices();
    let (_, c) = chars.next()?;
    let after = match c {
        '•' | '·' | '▪' | '◦' | '●' | '-' | '*' | '–' | '—' => c.len_utf8(),
        'l' if item[1..].starts_with(' ') => 1,
        '0'..='9' => {
            let digits = item.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 2 || !matches!(item.as_bytes().get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    let rest = &item[after..];
    let text = rest.trim_start();
    let spaced = text.len() < rest.len();
    (spaced && text.starts_with(char::is_uppercase)).then(|| item.len() - text.len())
}

/// Gives a reported-speech attribution whose clause holds quoted fragments to the partial quotes
/// of those fragments that found no speech verb of their own.
fn adopt(quotes: &mut [QuoteDraft], reported: QuoteDraft) {
    let Some(clause) = reported.content.clone() else {
        return;
    };
    for q in quotes
        .iter_mut()
        .filter(|q| q.cue.is_none() && q.parent.is_none())
    {
        if q.parts
            .iter()
            .all(|p| clause.start <= p.start && p.end <= clause.end)
        {
            q.kind = QuoteKind::Partial;
            q.content = Some(clause.clone());
            q.speaker = reported.speaker.clone();
            q.cue = reported.cue.clone();
            q.addressee = reported.addressee.clone();
            q.date = reported.date;
        }
    }
}

/// Whether `r` overlaps one of `ranges`, which are sorted and disjoint (a binary search: a
/// sentence with thousands of quoted fragments stays linear, issue #10).
fn overlaps_any(r: &Range<usize>, ranges: &[Range<usize>]) -> bool {
    let i = ranges.partition_point(|q| q.end <= r.start);
    ranges
        .get(i)
        .is_some_and(|q| q.start < r.end.max(r.start + 1))
}

fn apply(quote: &mut QuoteDraft, a: &Attribution) {
    quote.speaker = a.speaker.clone();
    quote.cue = Some((a.cue_range.clone(), a.lemma));
    quote.addressee = a.addressee.clone();
    quote.date = a.date;
    if quote.parts.len() <= 1 {
        quote.kind = a.kind;
        quote.content = a.content.clone();
    }
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The inside of a pair of marks without edge spaces and the comma before a closing mark.
fn trim_inner(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(r.clone())?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    if t.is_empty() || !t.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(r.start + lead..r.start + lead + t.len())
}

/// Quotation marks of `text[range]`: (byte, kind, byte length). Apostrophes are skipped.
fn scan_marks(text: &str, range: Range<usize>) -> Vec<(usize, Mark, usize)> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let at = range.start + i;
        let before_open = prev.is_none_or(|p| {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | ':'
                )
        });
        let mark = match c {
            // Marks typed the wrong way round: `”Fear. I am afraid…` opens a paragraph,
            // `…is 51 percent.“` closes one.
            // (A paragraph may open with the wrong mark before anything: `” … he delivered`.)
            '”' if before_open && next.is_some_and(char::is_alphanumeric) || prev.is_none() => {
                Some(Mark::DoubleOpen)
            }
            // (`“What’s in My Big Data?“, researchers …`: also before punctuation.)
            '“' if !before_open
                && next.is_none_or(|n| {
                    n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | ')' | '!' | '?')
                }) =>
            {
                Some(Mark::DoubleClose)
            }
            '“' | '„' | '«' => Some(Mark::DoubleOpen),
            // Inches: before the quote's own closing mark (`he’s like 6’2”,”`), or after feet
            // (`someone who is 5’2”.`).
            '”' if prev.is_some_and(|p| p.is_ascii_digit()) && {
                let rest = &s[i + '”'.len_utf8()..];
                let feet = s[..i]
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .strip_suffix(['’', '\''])
                    .is_some_and(|f| f.ends_with(|c: char| c.is_ascii_digit()));
                feet || rest.starts_with(",”") || rest.starts_with(".”") || rest.starts_with('”')
            } =>
            {
                None
            }
            '”' | '»' => Some(Mark::DoubleClose),
            '"' => {
                if prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_none_or(|n| !n.is_alphabetic())
                {
                    None // inches: 12" screen
                } else if before_open && next.is_some_and(|n| !n.is_whitespace()) {
                    Some(Mark::DoubleOpen)
                } else {
                    Some(Mark::DoubleClose)
                }
            }
            '‘' if next == Some('‘') => {
                iter.next();
                out.push((at, Mark::DoubleOpen, '‘'.len_utf8() * 2));
                prev = Some('"');
                continue;
            }
            '‘' => {
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    None // ‘90s
                } else {
                    Some(Mark::SingleOpen)
                }
            }
            '\'' if next == Some('\'') && s[i + 2..].starts_with('\'') && !before_open => {
                // `case,'''`: a single mark closes inside the double one.
                out.push((at, Mark::SingleClose, 1));
                iter.next();
                iter.next();
                out.push((at + 1, Mark::DoubleClose, 2));
                prev = Some('"');
                continue;
            }
            '\'' if next == Some('\'') && s[i + 2..].starts_with('\'') => {
                // `'''Kosovo`: a double mark opens, then a single one.
                iter.next();
                iter.next();
                out.push((at, Mark::DoubleOpen, 2));
                out.push((at + 2, Mark::SingleOpen, 1));
                prev = Some('\'');
                continue;
            }
            '\'' if next == Some('\'') => {
                // NYT-style '' quotation marks: one double mark.
                iter.next();
                let mark = if before_open {
                    Mark::DoubleOpen
                } else {
                    Mark::DoubleClose
                };
                out.push((at, mark, 2));
                prev = Some('"');
                continue;
            }
            // `voters,’’`, `‘‘It was`: two curly single marks typed for a double one.
            '’' if next == Some('’') && !before_open => {
                iter.next();
                out.push((at, Mark::DoubleClose, '’'.len_utf8() * 2));
                prev = Some('"');
                continue;
            }
            '’' | '\'' => {
                let p_word = prev.is_some_and(char::is_alphanumeric);
                let n_word = next.is_some_and(char::is_alphanumeric);
                if p_word && n_word || next.is_some_and(|n| n.is_ascii_digit()) && !p_word {
                    None // it's, '90s
                } else if before_open && n_word {
                    if c == '\'' && is_elision(&s[i + 1..]) {
                        None
                    } else {
                        Some(Mark::SingleOpen)
                    }
                } else if !before_open && !n_word {
                    Some(Mark::SingleClose)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(m) = mark {
            out.push((at, m, c.len_utf8()));
        }
        prev = Some(c);
    }
    out
}

/// Whether quoted words look like the title of a work: at most six words, each capitalised
/// but for short function words ("State of the Union", "Morning Joe", "13th").
fn is_title(words: &str) -> bool {
    is_title_of(words, 6)
}

/// [`is_title`] for titles of up to `most` words.
fn is_title_of(words: &str, most: usize) -> bool {
    // (One word past the limit is enough to say no: a long fragment is not read whole.)
    let words: Vec<&str> = words
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(most + 1)
        .collect();
    if words.is_empty() || words.len() > most {
        return false;
    }
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "in"
                | "on"
                | "for"
                | "to"
                | "with"
                | "at"
                | "by"
                | "or"
                | "from"
        )
    };
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    capital(words[0]) && words.iter().all(|w| capital(w) || small(w))
}

fn is_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "n" | "em" | "til" | "cause" | "tis" | "twas" | "bout" | "round"
    )
}

#[cfg(test)]
mod tests {
    use crate::{parse, Options, QuoteKind};

    fn quotes(text: &str) -> Vec<(QuoteKind, Vec<String>, Option<String>)> {
        let a = parse(text, &Options::default()).unwrap();
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.parts.iter().map(|p| a.slice(*p).to_string()).collect(),
                    // An unresolved pronoun has no name: "[she]" shows its mention.
                    q.speaker.as_ref().map(|s| {
                        s.name.clone().unwrap_or_else(|| {
                            format!("[{}]", a.slice(crate::Span::new(s.start, s.end)))
                        })
                    }),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (QuoteKind, Vec<String>, Option<String>) {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_sentence_final_attribution_closes_an_earlier_reported_clause() {
        let text = "A man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, the \
                    U.S. Attorney’s Office announced Monday.";
        let a = parse(text, &Options::default()).unwrap();
        let outer = a
            .quotes
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.lemma == "announce"))
            .expect("the office's attribution");
        assert_eq!(
            outer.speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("U.S. Attorney’s Office")
        );
        assert_eq!(
            a.slice(outer.parts[0]),
            "A man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar"
        );
        // The inner clause ends at the comma.
        for q in &a.quotes {
            assert!(!a.slice(q.parts[0]).contains("announced"), "{q:?}");
        }
    }

    #[test]
    fn a_think_tank_is_no_cue() {
        let text = "“This is due to the wind,” Kurinji Selvaraj, a research analyst at the \
                    Council on Energy, Environment and Water think tank told CBS News.";
        let a = parse(text, &Options::default()).unwrap();
        let cue = a.quotes[0].cue.as_ref().map(|c| c.lemma.as_str());
        assert_eq!(cue, Some("tell"));
    }

    #[test]
    fn a_base_form_after_a_and_one_word_is_a_noun() {
        for text in [
            "The eclipse, a celestial wonder that drew millions of eyes skyward, was a highlight.",
            "It was a bold claim that few believed.",
            "Clinton talks about the rampant blame that Wall Street faced after the crisis.",
            "He faces a criminal charge that carries a long sentence.",
            "The last time the chain added a new drink to its menu was five years ago.",
        ] {
            let a = parse(text, &Options::default()).unwrap();
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
    }

    #[test]
    fn a_list_after_an_introduction_is_a_list_of_claims() {
        let q = quotes(
            "Refugees in America\n\nRefugee groups disagreed. Jane Roe argued that:\n\nl Only 2,200 Syrians have been \
             admitted in four years.\n\nl The situation here is “entirely different” than in \
             Europe.\n\nThe debate continues.",
        );
        let found: Vec<(QuoteKind, &str, Option<&str>)> = q
            .iter()
            .map(|(kind, parts, speaker)| (*kind, parts[0].as_str(), speaker.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    QuoteKind::Indirect,
                    "Only 2,200 Syrians have been admitted in four years.",
                    Some("Jane Roe")
                ),
                (QuoteKind::Partial, "entirely different", Some("Jane Roe")),
            ]
        );
        // A list after a heading without a speech verb claims nothing.
        let q = quotes("Wages\n\nKey facts:\n\n- Wages rose by 4 percent.\n\n- Prices fell.");
        assert!(q.is_empty(), "{q:?}");
        // Markers: bullets, numbers, and a bullet glyph copied as "l".
        for (item, marker) in [
            ("• Wages rose.", Some(4)),
            ("- Wages rose.", Some(2)),
            ("12. Wages rose.", Some(4)),
            ("3) Wages rose.", Some(3)),
            ("l Wages rose.", Some(2)),
            ("-Wages rose.", None),
            ("2024. Wages rose.", None),
            ("l wages rose.", None),
            ("Wages rose.", None),
        ] {
            assert_eq!(super::list_marker(item), marker, "{item}");
        }
    }

    #[test]
    fn a_claim_noun_after_its_owners_verb_points_at_the_verbs_subject() {
        let text = "Rally in Ohio\n\nDonald Trump spoke in Ohio. He repeated his assertion that \
                    the “media is rigging the polls.”\n";
        let a = parse(text, &Options::default()).unwrap();
        let speaker = a.quotes[0].speaker.as_ref().unwrap();
        assert_eq!(speaker.name.as_deref(), Some("Donald Trump"));
        assert_eq!(a.slice(crate::Span::new(speaker.start, speaker.end)), "He");
    }

    #[test]
    fn an_object_and_its_complement_are_no_reported_clause() {
        for text in [
            "The union declared it a victory, publicly announcing the news on Friday.",
            "Critics called it the worst deal in years.",
        ] {
            let a = parse(text, &Options::default()).unwrap();
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
        // Groups named by what their members do speak.
        let (_, _, speaker) = one(
            "“This would not have been won without the campaign,” department stewards wrote in \
             an email.",
        );
        assert_eq!(speaker.as_deref(), Some("department stewards"));
    }

    #[test]
    fn let_us_say_is_no_cue() {
        for text in [
            "Let’s say the degree will cost $160,000 in 18 years.",
            "Let us say the plan fails next year.",
        ] {
            let a = parse(text, &Options::default()).unwrap();
            assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
        }
        let a = parse(
            "Lets say nothing. He said the plan failed.",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(a.quotes.len(), 1);
    }

    #[test]
    fn direct_quote_patterns() {
        let cases: &[(&str, &[&str], &str)] = &[
            // Two curly single marks typed for a double one.
            (
                "“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, \
                 told the BBC. “And it is misleading.”",
                &[
                    "It was an attempt to mislead voters",
                    "And it is misleading.",
                ],
                "Will Moy",
            ),
            ("‘‘We won,’’ said Jane Smith.", &["We won"], "Jane Smith"),
            // A time with no day to resolve after the verb.
            (
                "“We have gotten a lot of counsel,” board chairman Peter Collins said last summer.",
                &["We have gotten a lot of counsel"],
                "Peter Collins",
            ),
            // A full stop where the comma belongs, then a sentence that is only the attribution.
            (
                "“I was shooting self-portraits.” Jane Black said. “They were mediocre.”",
                &["I was shooting self-portraits.", "They were mediocre."],
                "Jane Black",
            ),
            (
                "“We will win,” said Jane Smith.",
                &["We will win"],
                "Jane Smith",
            ),
            (
                "“We will win,” Jane Smith said.",
                &["We will win"],
                "Jane Smith",
            ),
            (
                "Jane Smith said: “We will win.”",
                &["We will win."],
                "Jane Smith",
            ),
            (
                "\"We will win,\" John Carter told reporters.",
                &["We will win"],
                "John Carter",
            ),
            (
                "“It is bad,” Mayor John Carter said. “But it will end.”",
                &["It is bad", "But it will end."],
                "John Carter",
            ),
            (
                "“It is bad,” said Mayor John Carter, “but it will end.”",
                &["It is bad", "but it will end."],
                "John Carter",
            ),
        ];
        for (text, parts, speaker) in cases {
            let (kind, got_parts, got_speaker) = one(text);
            assert_eq!(kind, QuoteKind::Direct, "{text}");
            assert_eq!(
                got_parts,
                parts.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
                "{text}"
            );
            assert_eq!(got_speaker.as_deref(), Some(*speaker), "{text}");
        }
    }

    /// Speakers of every quote (top-level, in order) for attribution patterns seen in news.
    #[test]
    fn speaker_patterns() {
        let cases: &[(&str, &[Option<&str>])] = &[
            // A cue in a "while" clause is the second claim's, not the first's.
            (
                "David Jones told the PA news agency it was a \"regrettable sign of weakness\" \
                 while Jonathan Gullis, a Conservative former minister wrote on X that it was \
                 \"deeply disappointing\".",
                &[Some("David Jones"), Some("Jonathan Gullis")],
            ),
            (
                "The mayor called the plan “reckless” whereas council members said it was \
                 “overdue.”",
                &[Some("mayor"), Some("council members")],
            ),
            // An apposition that lost its closing comma still describes the name, also with a
            // prepositional phrase; "written" is a cue.
            (
                "“The duty is paid by an importer,” Howard Gleckman, a senior fellow at the Tax \
                 Policy Center has written.",
                &[Some("Howard Gleckman")],
            ),
            (
                "Maria Lopez, a longtime union organizer told reporters it was “a betrayal.”",
                &[Some("Maria Lopez")],
            ),
            // "with" + people + participle: an absolute construction with its own subject.
            (
                "Rishi Sunak is under fire, with some critics accusing him of “weakness”.",
                &[Some("critics")],
            ),
            (
                "The firm filed a suit with a statement accusing him of “fraud”.",
                &[Some("firm")],
            ),
            // A plural of people after "who" is the relative clause's subject.
            (
                "Prosecutors charged three men who authorities allege had “involvement in a \
                 violent kidnapping.”",
                &[Some("authorities")],
            ),
            (
                "The office charged two women who officials say were “key organizers.”",
                &[Some("officials")],
            ),
            // The subject of a passive does not use the quoted words.
            (
                "He was also found with towels “all wrapped around [the] neck”.",
                &[None],
            ),
            // An infinitive of purpose takes the main clause's subject, not the noun before
            // "to"; the people before "to" after a verb of requiring are its own subject.
            (
                "Taylor Swift stopped a show in Buenos Aires last month to tell her fans not to \
                 throw things.",
                &[Some("Taylor Swift")],
            ),
            (
                "Chief Minister Arvind Kejriwal turned to Twitter last month to describe his \
                 city as a “gas chamber.”",
                &[Some("Arvind Kejriwal")],
            ),
            (
                "He sponsored the act, requiring local police to tell the government that \
                 someone died in custody.",
                &[Some("local police")],
            ),
            // A cue refused ("declined to comment") is not the attribution.
            (
                "Her lawyer, John Roe, declined to comment, but said in an email that the \
                 charges were “baseless.”",
                &[Some("John Roe")],
            ),
            // A plural of people before a prepositional phrase and a relative clause is the
            // head.
            (
                "Officials at the agency, who spoke on condition of anonymity, said the plan \
                 was “dead on arrival.”",
                &[Some("Officials at the agency")],
            ),
            // A relative clause without "that": a pronoun, its verb and the verb's phrase.
            (
                "A digital brochure he received about his new car said it came with “full \
                 self-driving capability.”",
                &[Some("digital brochure")],
            ),
            // A first-person quoted sentence without a cue, in a paragraph about one person.
            (
                "Sophia Lee just needs a day for the swelling to go down. But in that tricky \
                 period? “I get into bed and pretend I have a cold.”",
                &[Some("Sophia Lee")],
            ),
            (
                "Sophia Lee met Jane Roe for lunch. But in that tricky period? “I get into bed and \
                 pretend I have a cold.”",
                &[None],
            ),
            // Feature writing's verbs of saying; "shared" before a noun is an adjective.
            (
                "“But I got vets around,” Rashee Rice shared. A customer raved, “I love it.”",
                &[Some("Rashee Rice"), Some("customer")],
            ),
            (
                "Instead of what partner Matthew Somerton calls “a sea of desks,” the office \
                 features shared tables.",
                &[Some("Matthew Somerton")],
            ),
            // A fronted adjunct without its comma is not the subject.
            (
                "In a meeting with the network Jane Smith said the media was “dishonest.”",
                &[Some("Jane Smith")],
            ),
            (
                "An official with the agency said the plan was “fine.”",
                &[Some("official")],
            ),
            // A verb of judging attributes the quoted words it judges by, also in a relative
            // clause.
            (
                "Fortress will leave with a payout that investor Leon Cooperman blasted on a \
                 call as “morally wrong.”",
                &[Some("Leon Cooperman")],
            ),
            // A name inside someone else's quoted words is not the sentence's subject.
            (
                "Among the most commented threads were: “How to dox”; “How to hack WhatsApp \
                 of your friend”; “How to crack TikTok accounts” and “WiFi hacking course”.",
                &[None, None, None, None],
            ),
            // A place named with a leading place word ("Lake Barkley") is no speaker.
            (
                "The body found in Lake Barkley had been wrapped in “heavy tire chains”.",
                &[None],
            ),
            (
                "In cases where people have gotten HP from feather bedding, it’s instead been \
                 dubbed “feather duvet lung.”",
                &[None],
            ),
            // A participle after the statement a subject issued takes that subject.
            (
                "In a reflection of the confusion, the Electoral Commission, which regulates \
                 campaign finances, issued a statement warning that “voters are entitled to \
                 transparency.”",
                &[Some("Electoral Commission")],
            ),
            // An imperative opening the sentence names no one.
            ("Look at the “home” page first.", &[None]),
            // After a fronted adjunct without its comma, a bare plural of people before the
            // verb is the subject.
            (
                "Due to the extent of his brain injury doctors said he would need “months of \
                 rehab.”",
                &[Some("doctors")],
            ),
            // A name the entity stage found is the head, not its words after "of".
            (
                "The Ministry of Health in Gaza announced on Tuesday that the death toll had \
                 “reached 19,667.”",
                &[Some("Ministry of Health")],
            ),
            // A passive speech verb's agent speaks, not its subject.
            (
                "More than 90 percent of residents have been displaced, and conditions have \
                 been described by UN officials as “hell on earth”.",
                &[Some("UN officials")],
            ),
            (
                "She was told by officials that the plan was “dead on arrival.”",
                &[Some("officials")],
            ),
            // A name before a verb in -s and the quoted words; a pronoun is the whole subject.
            (
                "Merriam-Webster defines “snow” as precipitation in the form of ice crystals.",
                &[Some("Merriam-Webster")],
            ),
            (
                "I can’t look at this warmth right now and say, “This is El Niño.”",
                &[Some("[I]")],
            ),
            // "told" does not invert: the person set off before a long apposition tells.
            (
                "This evidence highlights the benefits of a plant-based diet, Sabrina \
                 Schlesinger, MSc, one of the study authors and a researcher at the German \
                 Center for Diabetes Research, told Health.",
                &[Some("Sabrina Schlesinger")],
            ),
            // "The company" is no government agency named last.
            (
                "Carboniferous Inc. is applying for a permit from the Environmental Protection \
                 Agency. The company says it has sunk “tens of thousands of tons” so far.",
                &[Some("Carboniferous Inc.")],
            ),
            // A parenthetical attribution with its subject after the verb.
            (
                "The Manhattan Project, wrote Richard Rhodes, author of a history of the bomb, \
                 was “compelled from the beginning not by malice but by hope.”",
                &[Some("Richard Rhodes")],
            ),
            // "it" is the body that spoke last, a singular group too; a time zone is none.
            (
                "“Traffic has been restored,” the service said on Sunday. The protest ended at \
                 9:30 a.m. (0730 GMT). “Crossing is carried out as usual,” it added.",
                &[Some("service"), Some("service")],
            ),
            // Quoted words that end a subject have no attribution after them.
            (
                "The rhetoric, whom Trump referred to as the “enemy of the people,” has also \
                 been echoed by his allies, indicating the promises are real.",
                &[Some("Trump")],
            ),
            // A participle right after the determiner is an adjective of the subject.
            (
                "Ben Carson fell in the polls. The retired neurosurgeon has provided no \
                 details, saying only that he was “refining some operational practices.”",
                &[Some("retired neurosurgeon")],
            ),
            // In an interview, the answers' "I" is the person the headline names; the
            // interviewer's questions are not theirs.
            (
                "Interview with LibriVox founder Hugh McGuire\n\nWhy did you start it? I read \
                 that you “love old books”?\n\nI think that a “vibrant public domain” matters.",
                &[Some("[I]"), Some("Hugh McGuire")],
            ),
            // "they" is the group in the plural named last; with none, it has no name.
            (
                "The researchers say iodine levels are low. They call for “urgent action.”",
                &[Some("researchers"), Some("researchers")],
            ),
            (
                "“We will not stop,” they said on Monday.",
                &[Some("[they]")],
            ),
            // The writer's "I’m old enough to remember X …, declaring" is no speaker: the
            // person the sentence names is.
            (
                "I’m old enough to remember President Jimmy Carter going on TV in 1977, \
                 declaring a “moral equivalent of war” against dependence on foreign oil.",
                &[Some("Jimmy Carter")],
            ),
            // The subject of a passive label is not the one who labels it; the subject of a
            // passive about its own claim still claims it.
            (
                "Crows and ravens are considered the “homicide detectives of the avian world.”",
                &[None],
            ),
            (
                "Bornstein’s letter on Trump was widely ridiculed for its prediction that Trump \
                 would be “the healthiest individual ever elected.”",
                &[Some("Bornstein’s letter")],
            ),
            // A newsletter's kicker in capitals is not the next sentence's subject.
            (
                "TURNS OUT POE WAS ONTO SOMETHING Crows and ravens are considered the “homicide \
                 detectives of the avian world.” [Quartz]",
                &[None],
            ),
            // A nested quote closing with the outer one still leaves the attribution after
            // them.
            (
                "“I then heard him ask, ‘So what?’” Holmes testified.",
                &[Some("Holmes"), Some("Holmes")],
            ),
            // A restrictive relative clause: its head speaks, not the sentence's subject.
            (
                "The panel heard four officials, including a career Army officer who described \
                 the call as “improper.”",
                &[Some("career Army officer")],
            ),
            // A description with a compound adjective refers to the person with that role;
            // "the James Bond star" is no person named James Bond.
            (
                "Keely Shaye Smith is married to actor Pierce Brosnan. The award-winning actor \
                 has referred to Smith as his “best friend.”",
                &[Some("Pierce Brosnan")],
            ),
            (
                "Keely Shaye Smith is married to actor Pierce Brosnan. The James Bond star has \
                 spoken about her. “I found a great woman,” he declared.",
                &[Some("Pierce Brosnan")],
            ),
            // A pronoun after the words that go on from a partial quote is the speaker.
            (
                "Bob Iger spoke on Friday. Still, the company is “constantly evaluating” its \
                 options, he said.",
                &[Some("Bob Iger")],
            ),
            // A surname alone is the person named in full, not an outlet that shares it.
            (
                "Bart Spiegel is a partner at PwC. “Now you have transparency,” Spiegel said.",
                &[Some("Bart Spiegel")],
            ),
            // "add to the narrative" is no cue; the verb before it is.
            (
                "She explained the declines add to the narrative that “consolidation is a \
                 matter of time.”",
                &[Some("[She]")],
            ),
            // A participle that modifies a noun is not the main verb a later participle
            // shares a subject with.
            (
                "Ilhan Omar spoke. Omar asked for compassion in a letter posted on Twitter, \
                 saying “a severe sentence” would not help.",
                &[Some("Ilhan Omar")],
            ),
            // "issued a statement" with a phrase of its own introduces the next quote.
            (
                "Senator John Cornyn issued a statement regarding the choice of the site. \
                 \"Like many Texans, I am disappointed with the decision.\"",
                &[Some("John Cornyn")],
            ),
            // A participle after a passive verb of perception: the passive's subject speaks.
            (
                "Mary Jones came on stage. In a video, Jones can be heard telling the crowd, “I \
                 came because I love you.”",
                &[Some("Mary Jones")],
            ),
            // "once" opens a clause; it is no part of the subject.
            (
                "Dempsey called the man. And once the man mentioned that he had bought a \
                 “feather duvet,” Dempsey knew.",
                &[Some("man")],
            ),
            // "comments" after quoted words.
            (
                "“We worked on the spacecraft,” comments Robin Biesbroek of the agency.",
                &[Some("Robin Biesbroek")],
            ),
            // "as X called it" after the quoted words names who called it so.
            (
                "Perhaps there are grounds for hope, since the “new Gannett,” as Reed dubbed \
                 the combination, will have heft.",
                &[Some("Reed")],
            ),
            ("“We are winning,” as Jane Smith put it.", &[Some("Jane Smith")]),
            (
                "North Korea is “racing to the finish line,” as Van Jackson, associate professor \
                 at the Pacific Center for Security Studies, puts it.",
                &[Some("Van Jackson")],
            ),
            // Expletive subjects, imperatives and things named like agents do not speak.
            (
                "It shouldn’t escape notice that it is not easy to reconcile “growth.”",
                &[None],
            ),
            (
                "Consider this 2014 entry — “Don’t jerk and drive,” meant to warn drivers.",
                &[None],
            ),
            ("The merger will make the company “stronger.”", &[None]),
            // An auxiliary ends the subject.
            (
                "Users can type prompts into a box or choose prompts like “Get focused at \
                 work.”",
                &[Some("Users")],
            ),
            // The reader, and an imperative after a coordinator, say nothing.
            (
                "To use it, you blend ingredients together so the “creamify technology” can \
                 work.",
                &[None],
            ),
            (
                "Freeze your base, and select your program (“ice cream”) on the panel.",
                &[None],
            ),
            // A document's head speaks, before its prepositional phrase.
            (
                "“We will close the plant,” a post on the company's website said.",
                &[Some("post")],
            ),
            (
                "“The start-up was launched with an aim,” the description on the website reads.",
                &[Some("description")],
            ),
            // A possessor before an abstract noun does not speak.
            (
                "Artist Eric Rieger took part. His goal was “a sense of positive energy” for all.",
                &[None],
            ),
            // A quoted sentence right after reported speech continues its speaker, in the
            // paragraph or opening the next one.
            (
                "Andrew Smith, a lawyer from London, said he doubted the plan would work. “The \
                 fact is it hasn’t really developed at all.”",
                &[Some("Andrew Smith"), Some("Andrew Smith")],
            ),
            (
                "Mayor Jane Doe said the mine would close in May.\n\n“We have no other choice. \
                 None.”",
                &[Some("Jane Doe"), Some("Jane Doe")],
            ),
            // A verb conjoined to an earlier verb shares its subject, across the object.
            (
                "Gov. Chris Christie described Hillary Clinton as a “disgrace” after she \
                 attacked police officers nationwide and blamed police shootings on “implicit \
                 bias” against minorities.",
                &[Some("Chris Christie"), Some("Hillary Clinton")],
            ),
            (
                "The threat grew when House Speaker Paul D. Ryan of Wisconsin lamented the \
                 “disheartened” state of the campaign and criticized the “identity politics” on \
                 display.",
                &[Some("Paul D. Ryan"), Some("Paul D. Ryan")],
            ),
            // A passive finding is no one's words; a participle shares the main subject.
            (
                "The two lawmakers, however, argue that “there is precedent for prosecution,” \
                 citing an instance in which a Marine was found guilty of “gross negligence.”",
                &[Some("lawmakers"), Some("lawmakers")],
            ),
            // A verb conjoined after a quote has the sentence's subject, not the words between.
            (
                "Trump has used the phrase “Islamic terrorism” often in his campaign, and \
                 criticized Obama for not doing so.",
                &[Some("Trump"), Some("Trump")],
            ),
            // An irregular past after a determiner and a noun is the verb.
            (
                "The actor spoke about the toll of the role at a screening, saying: “I do \
                 remember the first series.”",
                &[Some("actor")],
            ),
            // A platform after "on" is not the company that speaks.
            (
                "Unilever made the candle. Sharing a photo on Twitter, the company added: “She \
                 donated the hat to us.”",
                &[Some("Unilever")],
            ),
            // "in the words of" names the source, through a description's apposition.
            (
                "Her skin broke every time, and in the words of the Crown prosecutor, Mark \
                 Tedeschi, QC, “Gloria spent a lot of her life crying.”",
                &[Some("Mark Tedeschi")],
            ),
            // A capitalised title with a complement, then the name: the person speaks; a
            // lowercase head keeps the phrase ("a spokesman for Senator Smith").
            (
                "Minister of Education Stefania Giannini said a review was needed.",
                &[Some("Stefania Giannini")],
            ),
            (
                "Brussels Secretary of State for Urbanism Ans Persoons said it would help.",
                &[Some("Ans Persoons")],
            ),
            (
                "A spokesman for Senator John Smith said the bill was dead.",
                &[Some("spokesman")],
            ),
            // An indefinite pronoun is the whole subject.
            (
                "At the Actors’ Equity rally someone shouted, “Los Angeles is a union town!”",
                &[Some("someone")],
            ),
            // A role noun and a name end the phrase: the person speaks.
            (
                "“Unions are old,” University of California law professor Veena Dubal told the \
                 Observer.",
                &[Some("Veena Dubal")],
            ),
            // A time phrase between an apposition and the verb; the participle shares the
            // subject.
            (
                "The National Highway Traffic Safety Administration (NHTSA), the nation’s road \
                 safety regulator, on Friday announced the recall of 2021 Model S vehicles, \
                 saying those units fail to comply with federal standards.",
                &[
                    Some("National Highway Traffic Safety Administration"),
                    Some("National Highway Traffic Safety Administration"),
                ],
            ),
            // A participle before "by" is no part of the head.
            (
                "A document published by the agency on Wednesday showed that the trucks had \
                 been recalled.",
                &[Some("document")],
            ),
            // A quoted sentence after a sentence whose speech verb takes no clause.
            (
                "His former partner, Lawrence Cummings, called him a master at deals. “He \
                 showed again and again an ability to put together deals.”",
                &[Some("Lawrence Cummings")],
            ),
            // A relative clause with an irregular past; a place that modifies the head noun.
            (
                "A Louisiana grandmother who went to the hospital with a headache claimed she \
                 could not remember the past 30 years.",
                &[Some("Louisiana grandmother")],
            ),
            // A description with a relative clause before the name it describes.
            (
                "The company that runs the AMAs, Dick Clark Productions, denies that anything \
                 has been sorted.",
                &[Some("Dick Clark Productions")],
            ),
            (
                "The firm that owns the paper, Acme Corp, said it would close.",
                &[Some("Acme Corp")],
            ),
            // A reduced relative after an inverted speaker.
            (
                "“This is an emergency,” says the letter signed by seven physicians.",
                &[Some("letter")],
            ),
            // A plural's possessive mark inside the subject.
            (
                "“We had to get it right,” the Smiths’ daughter Sarah Smith said.",
                &[Some("Sarah Smith")],
            ),
            // "what she calls": the pronoun's own subject, not the main clause's plural.
            (
                "Filmmakers might want to avoid the gaze, but they have replaced it with what \
                 she calls “the male glance.”",
                &[Some("[she]")],
            ),
            // The people around a person speak for them, not the person.
            (
                "Donald Trump filed his return. The Trump campaign has pointed out that the \
                 losses were legal.",
                &[Some("Trump campaign")],
            ),
            (
                "Hillary Clinton spoke in Ohio. Clinton aides said the plan would be unveiled.",
                &[Some("Clinton aides")],
            ),
            // A description of the first apposition's noun: the name is before both.
            (
                "Mark Holden, chairman of the board of Freedom Partners, the network's funding \
                 arm, said it would stay out of the race.",
                &[Some("Mark Holden")],
            ),
            (
                "Nilaya Varma, co-founder of Primus Partners, a consulting firm, points out that \
                 partnerships are necessary. The plan is flawed, Varma points out.",
                &[Some("Nilaya Varma"), Some("Nilaya Varma")],
            ),
            // A double dash closes a parenthetical: the subject follows it.
            (
                "If we lived in normal times -- with some grounding in history -- a reader \
                 would now ask: “Why is he on that network?”",
                &[Some("reader")],
            ),
            // A verb whose object names words said: the next quote is its subject's.
            (
                "Sen. Ted Cruz (R-Tex.), a candidate for president, tweeted a warning. \
                 “Remember in November the Democrats who filibustered.”",
                &[Some("Ted Cruz")],
            ),
            (
                "Mayor Jane Doe released a brief statement. “We grieve with the families.”",
                &[Some("Jane Doe")],
            ),
            // A party label inside the name before an apposition.
            (
                "Ted Cruz (R-Tex.), a candidate for president, said the bill was dead.",
                &[Some("Ted Cruz")],
            ),
            // Words after the closing mark continue the quoted clause ("than …").
            (
                "“The account is far more credible” than that of the agency chief, Zuckoff said.",
                &[Some("Zuckoff")],
            ),
            // "a press call" is a noun; "confided" reports speech.
            (
                "When Ann Lee moved to Queens, the enclave where the Trumps lived, Freddy \
                 confided to her that his parents had panicked.",
                &[Some("Freddy")],
            ),
            (
                "The leaders, who, on a press call Friday, blamed the rival camp, said they \
                 would “fight back.”",
                &[Some("leaders"), Some("leaders")],
            ),
            // A name between a determiner and a noun cue modifies the noun ("a … tweet").
            (
                "Ann Lee is describing as “unhinged” a Tom Ward tweet about the race.",
                &[Some("Ann Lee")],
            ),
            // Quoted words followed by "suggests that …" are that verb's subject.
            (
                "Brad Holm said in the letter that the ad “unmistakably and wrongfully” \
                 suggests that Phoenix supports the campaign.",
                &[Some("Brad Holm")],
            ),
            // "went on" after a quote.
            (
                "“You know, it happens, right?” Trump went on, as if he did not hear her. \
                 “But you gotta get over it.”",
                &[Some("Trump")],
            ),
            // Scare quotes belong to a subject that can speak or carry words, not to an
            // abstract one.
            (
                "The worry here is that the “last in, first out” approach may hurt new hires.",
                &[None],
            ),
            (
                "The book accuses Bob of treating the contractors like “security guards.”",
                &[Some("book")],
            ),
            // "post" after a noun or determiner is the noun.
            (
                "Writing in a blog post, Matthew Ingram dubbed the conflict “a war.”",
                &[Some("Matthew Ingram")],
            ),
            // A pronoun with a clitic is a subject ("he’d respond").
            (
                "Jane Smith smiled. When asked, she’d respond, “I have a horror of being obvious.”",
                &[Some("Jane Smith")],
            ),
            // A word in -s before "to" is the subject's verb, not part of it.
            (
                "Jane Smith continues to see the numbers work for “made-in-China” cars.",
                &[Some("Jane Smith")],
            ),
            // A question ending its paragraph is not attributed by the next paragraph.
            (
                "She adds, “What kind of genius loses a billion dollars?”\n\nClinton says \
                 there needs to be a law.",
                &[Some("[She]"), Some("Clinton")],
            ),
            // Quoted words right after a speaker's quote, naming no one else, are theirs.
            (
                "''It's an enormous moment,'' said Steve Schmidt, a strategist. Unless rivals \
                 quit the race, ''it's very difficult to see how he is stopped.''",
                &[Some("Steve Schmidt"), Some("Steve Schmidt")],
            ),
            // "continues to …" is not a speech verb.
            (
                "Even as Mr. Obama has repeatedly said that he opposes ''boots on the ground'' \
                 abroad, his administration continues to carve out exceptions.",
                &[Some("Obama")],
            ),
            // A party label after a comma, with its period.
            (
                "“Our assumption is that the veto will be overridden,” Senate Majority Leader \
                 Mitch McConnell, R-Ky., said Tuesday.",
                &[Some("Mitch McConnell")],
            ),
            // Words continuing the quoted clause come before the subject.
            (
                "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said.",
                &[Some("Holtz-Eakin")],
            ),
            // A participle's subject is the name right before it.
            (
                "The ad uses footage of Hillary Clinton asking, “Why aren't I ahead?”",
                &[Some("Hillary Clinton")],
            ),
            // "what he called" inside a clause whose subject is named.
            (
                "Secretary General Ban Ki-moon condemned what he called a “brazen breach” of \
                 the resolutions.",
                &[Some("Ban Ki-moon")],
            ),
            // "tweets" after an adjective is a noun, not the cue.
            (
                "Mary Jones says Trump's early-morning tweets are “lies and conspiracy theories.”",
                &[Some("Mary Jones")],
            ),
            // A leading participial phrase is not the subject.
            (
                "Increasingly worried about turnout, President Obama is rolling out a new \
                 message: “It's about me.”",
                &[Some("Obama")],
            ),
            // A party label with periods inside the attribution.
            (
                "“We were ready,” Sen. Claire McCaskill (D-Mo.) said. “They were not.”",
                &[Some("Claire McCaskill")],
            ),
            // NYT-style '' marks: a split quote around the attribution.
            (
                "''You would think they care,'' said Mr. Holtz-Eakin. ''They do not.''",
                &[Some("Holtz-Eakin")],
            ),
            // A long apposition between the name and the verb.
            (
                "\"It is clear,\" Michael McFaul, a senior fellow at the Hoover Institution and a \
                 former ambassador to Russia, said of the network.",
                &[Some("Michael McFaul")],
            ),
            // The possessor is not the speaker.
            (
                "“That was outrageous,” Obama's former campaign strategist said.",
                &[Some("Obama's former campaign strategist")],
            ),
            // A cue followed by a colon introduces the next quote, not the one before it.
            (
                "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: \
                 “We are running from them.”",
                &[Some("Alawee"), Some("Zahed")],
            ),
            // No speech verb: quoted words belong to the sentence's subject, whatever it is.
            (
                "The fact-checkers then ruled that the claim was “true.”",
                &[Some("fact-checkers")],
            ),
            (
                "On Friday, Japan branded the country an “outlaw nation in the neighborhood.”",
                &[Some("Japan")],
            ),
            // Not the dateline, not a time phrase.
            (
                "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the law \
                 as a “crazy system” during a stop.",
                &[Some("Bill Clinton")],
            ),
            (
                "A few days ago in an interview with the network Jane Smith blasted the media \
                 for being “unbelievably dishonest.”",
                &[Some("Jane Smith")],
            ),
            // A pronoun in an embedded cue: the subject of the embedding cue speaks.
            (
                "Senator Jane Warren says she admired what she calls a “war of unpleasant words.”",
                &[Some("Jane Warren")],
            ),
            // "the United States" and "mental state" hold no speech verb.
            (
                "John Kerry said the United States would take “robust steps” in response.",
                &[Some("John Kerry")],
            ),
            // Three apostrophes: a single mark closes inside a double one.
            (
                "''We are told, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''",
                &[Some("Putin"), Some("Putin")],
            ),
            // A noun-like cue after a quoted clause is a verb.
            (
                "“We are proud of her,” read the statement from the campaign.",
                &[Some("statement")],
            ),
            // A name after a description in an inverted attribution.
            (
                "“I don't know where he stands,” said undecided voter Stephanie Hooton of Derry.",
                &[Some("Stephanie Hooton")],
            ),
            // A quote after a writer's sentence about the same speaker continues the speaker.
            (
                "“We have done it before,” Jane Smith said. She did not give details. “Our goal \
                 is stability.”",
                &[Some("Jane Smith")],
            ),
            // A participle clause after the cue.
            (
                "Senators pressed the banker. “You squeezed employees” to raise the stock price, \
                 Jane Warren said, referencing the sales targets.",
                &[Some("Jane Warren")],
            ),
            // The outer cue reports the inner one: "added that she thinks …", "said that X
            // described …".
            (
                "Maria Lopez added that she thinks the council is “out of touch” with renters.",
                &[Some("Maria Lopez")],
            ),
            (
                "Mark Hill said that Jane Doe once described the plan as “the gold standard” of \
                 deals.",
                &[Some("Mark Hill")],
            ),
            // A possessor's claim noun followed by "that".
            (
                "The mayor’s office disputed Tom Baker’s claim that the budget had “collapsed” \
                 last year.",
                &[Some("Tom Baker")],
            ),
            // Cues after the quote that open a clause of their own are another claim.
            (
                "Ann Ruiz said the agency would take “firm action” soon, and she urged \
                 lawmakers to act.",
                // (The directive is reported speech of its own.)
                &[Some("Ann Ruiz"), Some("Ann Ruiz")],
            ),
            (
                "Senator Paul Grant has wondered whether the panel will be “fair” to him, \
                 engaging in what critics described as stalling.",
                &[Some("Paul Grant")],
            ),
            (
                "Lena Ortiz admitted that the two had “been friends for years,” she claimed they \
                 had rarely met.",
                &[Some("Lena Ortiz"), Some("Lena Ortiz")],
            ),
            // A relative pronoun speaks for the name before it.
            (
                "Compare that with Tom Ward, who has called the pact “insanity,” and Ann Lee, \
                 who says it is “disastrous.”",
                &[Some("Tom Ward"), Some("Ann Lee")],
            ),
            // The main clause after a fronted clause whose comma sits inside the closing mark.
            (
                "While Jake Sullivan proclaims the article a “terrific piece,” Hillary Clinton \
                 fixates on the “pivot” line.",
                &[Some("Jake Sullivan"), Some("Hillary Clinton")],
            ),
            (
                "The Federal Trade Commission, which has proposed a rule that would ban \
                 noncompetes, wrote to Hochul.",
                &[],
            ),
            // "proposed" reports speech; "the proposed law" is no cue.
            (
                "Bobby Jindal signed an order, while Mike Huckabee, a former governor, proposed \
                 we “wake up.” The proposed law would “change everything,” critics said.",
                &[Some("Mike Huckabee"), Some("critics")],
            ),
            // A participle after "by" takes the main clause's subject.
            (
                "Jane Ruiz ended the hearing by announcing that the statement was “true.”",
                &[Some("Jane Ruiz")],
            ),
            // "which" for an organisation, with or without a comma.
            (
                "They turned to the Chicago Police Department which reported “2,521 shooting \
                 incidents” in the city.",
                &[Some("Chicago Police Department")],
            ),
            // An age before the apposition.
            (
                "Ramil Carr, 31, a freelance photographer, said the event was the “perfect \
                 opportunity” to be heard.",
                &[Some("Ramil Carr")],
            ),
            // The name after "speaking to" is the addressee, not the speaker.
            (
                "A senior official speaking to Fox News said, “The agents are looking into it.”",
                &[Some("senior official")],
            ),
            // "secretary of state" is no speech verb.
            (
                "Gail Stone, a pollster, said voters see the former secretary of state as \
                 “strong and resilient” now.",
                &[Some("Gail Stone")],
            ),
            // "it said" names the organisation named before.
            (
                "Apple Inc. issued a statement. “We are proud of the results,” it said. \
                 “Sales grew,” it further wrote.",
                &[Some("Apple"), Some("Apple")],
            ),
            // A second cue after "but" starts a quote of its own (not a part of the first).
            (
                "Chief Kerr Putney said the video gave no “definitive evidence,” but he said \
                 that the footage “supports what we have heard” about it.",
                &[Some("Kerr Putney"), Some("Kerr Putney")],
            ),
            // "according to" names the source, before or after the quote.
            (
                "Over the long term, according to the budget office, the rise in debt “is \
                 mainly due to an aging population.”",
                &[Some("budget office")],
            ),
            (
                "The visit became “the high-water mark in their relationship,” according to \
                 Ben Rhodes.",
                &[Some("Ben Rhodes")],
            ),
            // The subject of the verb before "and said", after a fronted clause.
            (
                "When my mother mentioned it, I laughed and said, “I do not believe it.”",
                &[Some("[I]")],
            ),
            (
                "The mayor laughed and said, “I do not believe it.”",
                &[Some("mayor")],
            ),
            // "it" is the organisation that spoke last, not one named inside its quote.
            (
                "UKMTO said it received a report of “an attack by Acme Aerial Corp. on a \
                 vessel.” It said “the fire” was out.",
                &[Some("UKMTO"), Some("UKMTO")],
            ),
            // An adverb after an apposition.
            (
                "Gov. Chris Christie (R), a staunch ally, effectively acknowledged the error as he \
                 defended the campaign, saying, “Most of the speech is different.”",
                &[Some("Chris Christie"), Some("Chris Christie")],
            ),
            // An addressee after a trailing cue is no new clause.
            (
                "At the synod, there should not be “a battle between factions,” Jean Hollerich \
                 told the members.",
                &[Some("Jean Hollerich")],
            ),
            // A pronoun right before the verb is its subject.
            (
                "Paul Ryan is at the center of a campaign - one he calls “Confident America” - \
                 but not for president.",
                &[Some("Paul Ryan")],
            ),
            // An apposition opens at "whose", across its inner commas.
            (
                "Tom Slinker, whose start-up, Paradata, helps brands, said the candidate was \
                 “a start-up kind of guy.”",
                &[Some("Tom Slinker")],
            ),
            // A noun cue heading the subject: "the report said".
            (
                "The fund warned about the exit. “The impact remains unclear,” the report said.",
                &[Some("report")],
            ),
            // "state" before a noun is no verb.
            (
                "Mark Dow wrote a column for the Ledger, mocking GOP state leaders as \
                 “obsessed” with the bill.",
                &[Some("Mark Dow")],
            ),
            // A participle after the closing mark does not invert its subject.
            (
                "Mitchell Zuckoff said the account is a “distortion,” describing the team as \
                 highly accomplished.",
                &[Some("Mitchell Zuckoff")],
            ),
            // "it does say": an auxiliary between the pronoun and the cue.
            (
                "Apple Inc. filed its report. It does say that sales were “flat.”",
                &[Some("Apple")],
            ),
            // Adverbs between the name and its participle.
            (
                "Supporters kicked a protester in Birmingham, Alabama, with Tom Ward reportedly \
                 yelling: “Get him out of here!”",
                &[Some("Tom Ward")],
            ),
            // A time adjunct after a trailing cue.
            (
                "“Boots on the ground” would be right, candidate Ben Rolf said after the attacks.",
                &[Some("Ben Rolf")],
            ),
            // A plural of people and a participle's phrase: the people speak, not the phrase's
            // last name; not after a preposition.
            (
                "Officials working on digital services in New York, San Francisco, and Boston \
                 all told me that there is “no silver bullet.”",
                &[Some("Officials")],
            ),
            (
                "Like others defending election laws across the country, Mary Schuette said \
                 the judges are “disallowing” a common practice.",
                &[Some("Mary Schuette")],
            ),
            // Words after a partial quote that end in no punctuation go on with its clause;
            // the name after the comma speaks.
            (
                "The war hurts “the weakest” families, Ann Smith said.",
                &[Some("Ann Smith")],
            ),
            // A person described by a work: the description, not the title.
            (
                "The Good Wife actor has said that “monogamy is not for us.”",
                &[Some("Good Wife actor")],
            ),
            // "spilled to" an outlet, "As X puts it", "helped found" is no cue.
            (
                "“We both can do whatever we want,” Jada Smith spilled to Radar.",
                &[Some("Jada Smith")],
            ),
            (
                "As Fantasia Barrino puts it, we must tell ourselves: “I am the award.”",
                &[Some("Fantasia Barrino")],
            ),
            // A pronoun right after a quote is nobody the quote names; a straight mark that
            // opens a quote closes none.
            (
                "Jane Starner spoke of her nephew. She gave me an email address for his sister, \
                 Martha Fry. “I cannot believe Martha would not want his books back in print,” \
                 she said.",
                &[Some("Jane Starner")],
            ),
            (
                "Kevin Von Erich spoke of his brother Chris Von Erich.\n\n\"He had pressure \
                 from himself and from the fans,\" Kevin Von Erich said.",
                &[Some("Kevin Von Erich")],
            ),
            // An office named by its remit speaks whole, not the remit.
            (
                "The United Nations High Commissioner for Human Rights said the decision did \
                 “not modify international law.”",
                &[Some("United Nations High Commissioner for Human Rights")],
            ),
            (
                "The Secretary of State for Health said the plan was “sound.”",
                &[Some("Secretary of State for Health")],
            ),
            // "state" before a noun is the noun ("state broadcaster CCTV"), and a dash before
            // an article closes a parenthetical.
            (
                "Police “cracked down on illegal activities,” state broadcaster CCTV said.",
                &[Some("CCTV")],
            ),
            (
                "In May 2013 - four months after Hillary Clinton left office - the State \
                 Department told CREW that “no records were located.”",
                &[Some("State Department")],
            ),
            // Coordinated nationalities modify one head.
            (
                "The Russian and Syrian defense ministries said the base was “illegal.”",
                &[Some("Russian and Syrian defense ministries")],
            ),
            // A given name that is also an auxiliary stays a name.
            (
                "Will Zorbatov said the film was “great.”",
                &[Some("Will Zorbatov")],
            ),
            // A capitalised relative word is no name.
            (
                "Which is all to suggest that the U.S. does not know whom to root for: “cops \
                 and robbers.”",
                &[None],
            ),
            // An apposition before a relative clause, and a head before a chain of
            // prepositional phrases; a place inside a longer name speaks for no one.
            (
                "Ben Zhao, a professor at the University of Chicago, who led the team that built \
                 the tool, says the hope is that it will help.",
                &[Some("Ben Zhao")],
            ),
            (
                "Researchers at the University of Chicago, who led the team, say the tool will \
                 help.",
                &[Some("Researchers at the University of Chicago")],
            ),
            (
                "A professor at the University of Chicago, who led the team, says the tool will \
                 help.",
                &[Some("professor at the University of Chicago")],
            ),
            // A name that holds a preposition speaks whole, also before an adverb; a place
            // after a comma continues the name before it; a slash inside a word.
            (
                "The Oklahoma Sports Hall of Fame recently announced that Minor would join.",
                &[Some("Oklahoma Sports Hall of Fame")],
            ),
            (
                "Cynthia Thompson, curator of exhibits at the University of Arkansas, \
                 Fayetteville, said, \"These images serve as documentation.\"",
                &[Some("Cynthia Thompson")],
            ),
            (
                "(A G/O spokesperson emphasizes that the store “is a separate site.”)",
                &[Some("G/O spokesperson")],
            ),
            // A product that mentions words says nothing (one clause: one quote of two parts).
            (
                "The tool, called Nightshade, is new. Nightshade infects not only the word \
                 “dog” but also “wolf.”",
                &[None],
            ),
            // A participle in a fronted subordinate clause speaks for that clause's subject;
            // "her straightforward answers" is a noun.
            (
                "Nikki Haley met Donald Trump. While she has stepped up her criticisms of Trump \
                 in recent months, saying that his style is too chaotic, she did not bring him \
                 up.",
                &[Some("Nikki Haley")],
            ),
            (
                "Les Hardy said he liked Haley thanks to her straightforward answers to \
                 questions and what he described as her \"down home\" manner.",
                &[Some("Les Hardy")],
            ),
            // "it" is the organisation that opens the sentence before, over one that spoke
            // further back.
            (
                "The Department of Labor told us it had the letter. The Congressional Black \
                 Caucus is stepping up. Last week, it wrote to the board, asking the company to \
                 “move expeditiously.”",
                &[Some("Department of Labor"), Some("Congressional Black Caucus")],
            ),
            (
                "Meta stayed silent. In a reflection of the confusion, the Electoral \
                 Commission, which regulates finances, issued a statement. Critically, however, \
                 it pointed out that it lacks “a role in regulating content.”",
                &[Some("Electoral Commission")],
            ),
            // Coordinated roles before a name are that person's, before and after the cue; of two
            // named people before the cue the last speaks, as before a reported clause.
            (
                "\"It is fun to think about,\" JPL scientist and study co-author Michael \
                 Malaska said.",
                &[Some("Michael Malaska")],
            ),
            (
                "\"It is fun,\" said JPL scientist and study co-author Michael Malaska.",
                &[Some("Michael Malaska")],
            ),
            ("\"It is fun,\" Jane Roe and Michael Malaska said.", &[Some("Michael Malaska")]),
            // A participle cue after a direct quote's attribution reports more words.
            (
                "Aung San Suu Kyi met Obama. \"Unity also means prosperity,\" Suu Kyi said in \
                 the Oval Office, emphasizing it was time to end the sanctions.",
                &[Some("Aung San Suu Kyi"), Some("Aung San Suu Kyi")],
            ),
            // Quoted words inside a clause that ends at an inverted cue: the name after it
            // speaks; "state" before a title is no cue.
            (
                "North Korean hackers “directly fund” the missile programs, said State \
                 Department spokesperson Vedant Patel.",
                &[Some("Vedant Patel")],
            ),
            // A present-tense cue in a quote split across paragraphs.
            (
                "Francis writes that “the temperature has risen.\n\n“At this rate,” he \
                 concludes, “we will reach the ceiling.”",
                &[Some("Francis")],
            ),
            // Manner-of-speaking verbs after the quote, and unnamed speakers ("one", "another").
            (
                "Clinton spoke first. “Because you’d be in jail,” Trump interjected.",
                &[Some("Trump")],
            ),
            (
                "Trump spoke in Florida. “Go register,” Trump implored.",
                &[Some("Trump")],
            ),
            (
                "It is OK to vent. “Talk to people who support you,” advises psychologist \
                 Lynn Alvord.",
                &[Some("Lynn Alvord")],
            ),
            (
                "“I abstain,” McClendon said.\n\n“I am voting for him,” one said.\n\n“I feel \
                 good about Pence,” said another.",
                &[Some("McClendon"), Some("one"), Some("another")],
            ),
            // The paragraph after a quote that stands alone names who said it.
            (
                "“You had a lot of people saying you should have combined a donkey with a \
                 rabbit.”\n\nThat was how Jeffrey Bewkes, the chief executive of Time Warner, \
                 once described the merger.",
                &[Some("Jeffrey Bewkes")],
            ),
            // "said the other day": a time, and the quote before the cue is the speaker's.
            (
                "So “you can imagine how depressed I was,” Senator Jane Roe said the other day, \
                 recalling the news.",
                &[Some("Jane Roe")],
            ),
            // "took note of": a light verb's noun, no speech verb of its own.
            (
                "The Acme Gazette took note of her shortcomings, writing: “We recognize that \
                 many Americans distrust her.”",
                &[Some("Acme Gazette")],
            ),
            // A quoted sentence that ends its paragraph after a sentence about a person, with no
            // speech verb: that person's words.
            (
                "On “Face the Nation,” Sen. Jane Roe (Vt.), who lost the primary, identified \
                 voters’ fatigue as a reason. “The younger people are sick of it.”",
                &[Some("Jane Roe")],
            ),
            (
                "The storm closed the port on Monday. “Nobody could have seen this coming.”",
                &[None],
            ),
            // The one labelled "as “…”" is not the one who labels.
            (
                "The choice was between going after Tom Berg as “uniquely unfit” or poking \
                 holes in his image.",
                &[None],
            ),
            (
                "A Times article hailed Tom Berg as “The Comeback Kid” for his success.",
                &[Some("Times article")],
            ),
            // A long fronted phrase naming someone else is not the subject.
            (
                "With party leaders increasingly worried about a lack of passion for Ann Lee \
                 among young voters in the state, Tom Berg is rolling out a new and more \
                 personal message: “It's about me.”",
                &[Some("Tom Berg")],
            ),
        ];
        for (text, speakers) in cases {
            let text = format!("Senate hearing on banks\n\n{text}\n");
            let got: Vec<Option<String>> = quotes(&text).into_iter().map(|q| q.2).collect();
            let want: Vec<Option<String>> =
                speakers.iter().map(|s| s.map(str::to_string)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_possessor_between_two_quotes_names_no_new_speaker() {
        let q = quotes(
            "NASA hearing\n\n“The mission did it with one launch,” Stafford responded. He then \
             referred to Cooke’s earlier testimony. “I cannot disagree with it.”\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Stafford"));
        // A multi-byte mark right after a mention between the quotes.
        let q = quotes(
            "NASA hearing\n\n“It worked,” Stafford responded. He met Cooke, “a friend.” “I \
             agree.”\n",
        );
        assert!(!q.is_empty());
    }

    #[test]
    fn names_of_works_are_not_quotes() {
        let cases = [
            (
                "Pence said on “Fox News Sunday” that the debate would be fair.",
                0,
            ),
            (
                "The anchor of NBC's “Nightly News” moderated the debate.",
                0,
            ),
            ("Her new documentary “13th” opens on Friday.", 0),
            (
                "On this weekend's broadcast of “Fox News Sunday,” Pence said the debate was fair.",
                0,
            ),
            ("In a preview clip of ‘The 411,’ she sings.", 0),
            // A work "called" something.
            (
                "He fell in love with a Nicole Taylor script called “Wild Rose,” a story about a \
                 singer.",
                0,
            ),
            // A long title set off by a comma after its work's noun.
            (
                "In a paper, “Statin Use and the Risk of Venous Thromboembolism in Women Taking \
                 Hormone Therapy,” published in a journal, the researchers used a claims database.",
                0,
            ),
            // A name that opens the sentence as a modifier of the show's people.
            ("“Daily Show” host Trevor Noah mocked the plan.", 0),
            ("“Succession” star Brian Cox said the series was over.", 0),
            (
                "The other shows the “Used to Be Young” songstress looking shocked.",
                0,
            ),
            // A title that is the subject of the writer's sentence.
            ("“The Iron Claw” revolves around a family of wrestlers.", 0),
            ("“The Iron Claw” is currently in theaters.", 0),
            // The speaker's title after a quote that ends its clause.
            ("“No Way,” singer Jane Doe said.", 1),
            // A title in marks on a line of its own heads a listing's entry.
            (
                "‘Shrek: The Musical’\n\nThis musical is a north suburban production.",
                0,
            ),
            // A quoted sentence on its own line is still a quote.
            ("“We will win.”\n\nThe crowd cheered.", 1),
            // Title-case names with no speech or naming verb before them.
            (
                "The actor, who starred in “Parks and Recreation,” posted the clip on Thursday.",
                0,
            ),
            (
                "Cruz named “Criminal Minds” and “Veep” as his top shows.",
                0,
            ),
            // A label or nickname given by someone is kept.
            (
                "When the group examined the claim, it was labeled “Mostly True.”",
                1,
            ),
            (
                "A Times article hailed Trump as “The Comeback Kid” in 1994.",
                1,
            ),
            // A nickname someone used is still their words.
            (
                "Trump called the pageant winner “Miss Piggy” at the time.",
                1,
            ),
        ];
        for (text, n) in cases {
            let text = format!("The debate\n\n{text}\n");
            let q: Vec<_> = quotes(&text)
                .into_iter()
                .filter(|q| q.0 != QuoteKind::Indirect)
                .collect();
            assert_eq!(q.len(), n, "{text}: {q:?}");
        }
    }

    #[test]
    fn a_quote_inside_an_outer_claim_is_partial_and_keeps_its_addressee() {
        let text = "Floyd Abrams told me that he believes “a second term would threaten \
                    freedom of the press.”";
        let a = parse(text, &Options::default()).unwrap();
        assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
        let q = &a.quotes[0];
        assert_eq!(q.kind, QuoteKind::Partial);
        let content = q
            .content
            .map(|c| a.slice(c).to_string())
            .unwrap_or_default();
        assert!(content.starts_with("that he believes"), "{content}");
        assert_eq!(q.addressee.as_ref().map(|r| r.name.as_str()), Some("me"));
        assert_eq!(
            q.speaker.as_ref().and_then(|s| s.name.clone()).as_deref(),
            Some("Floyd Abrams")
        );
        // An adverbial clause is no outer claim: the quote is the pronoun's own.
        let (_, _, speaker) = one(
            "Jane Roe visited the veterans on Monday, though she said “budget reforms” would \
             pay for it.",
        );
        assert_eq!(speaker.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_verb_inside_a_reported_clause_is_not_the_main_one() {
        // Both the partial quote and the participle's claim are the outer speaker's, also
        // when an adjunct stands between "that" and the inner subject.
        let q = quotes(
            "Pompeo said that after legal consultation Washington had concluded the \
             settlements were “not, per se, inconsistent with international law”, saying he \
             trusted the courts to decide.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.2.as_deref() == Some("Pompeo")), "{q:?}");
        let q = quotes(
            "Clinton told the audience that she believes we must push policies that help, \
             saying that “race still determines too much” in America.",
        );
        assert!(q.iter().all(|q| q.2.as_deref() == Some("Clinton")), "{q:?}");
    }

    #[test]
    fn headline_speakers() {
        let cases = [
            (
                "Obama Says Museum Will Tell of 'Suffering and Delight'",
                "Suffering and Delight",
                "Obama",
            ),
            (
                "Trump 'Could Address Clean Energy,' Lindsey Graham Says",
                "Could Address Clean Energy",
                "Lindsey Graham",
            ),
            (
                "Obama on Climate Change: The Trends Are 'Terrifying'",
                "Terrifying",
                "Obama",
            ),
        ];
        // A column's name before a colon is no speaker.
        let q = quotes("Whisky Of The Week: Glenfoo ‘The Long Road’\n\nThe distillery aged it.\n");
        assert!(q.iter().all(|q| q.2.as_deref() != Some("Week")), "{q:?}");
        for (headline, part, speaker) in cases {
            let text = format!("{headline}\n\nThe president spoke on Monday in Washington.\n");
            let q = quotes(&text);
            let q = q
                .iter()
                .find(|q| q.1 == [part])
                .unwrap_or_else(|| panic!("{text}: {q:?}"));
            assert_eq!(q.2.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_headline_claim_is_the_rest_of_the_headline() {
        // (headline, the quote's content; `None`: the quoted words are all of it)
        let cases = [
            (
                "Obama Says Museum Will Tell of 'Suffering and Delight'",
                Some("Museum Will Tell of 'Suffering and Delight'"),
            ),
            (
                "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear’",
                Some("Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear’"),
            ),
            (
                "A Lesson from Loretta Lynch: ‘Be the voice that people hear’",
                None,
            ),
        ];
        for (headline, content) in cases {
            let text = format!("{headline}\n\nThe speech was given on Monday in Washington.\n");
            let a = parse(&text, &Options::default()).unwrap();
            let q = a.quotes.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(q.kind, QuoteKind::Partial, "{text}");
            assert_eq!(q.content.map(|c| a.slice(c)), content, "{text}");
        }
    }

    #[test]
    fn it_is_the_organisation_that_opens_its_sentence() {
        let text = "Two soldiers were killed in a crash, the military said in a statement.\n\n\
                    “The cause is under investigation,” the statement said.\n\n\
                    The Taliban, however, claimed responsibility for shooting down the \
                    helicopter, which it said crashed in Logar province.";
        let q = quotes(text);
        let crash = q
            .iter()
            .find(|(_, parts, _)| parts[0].starts_with("crashed in Logar"))
            .unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(crash.2.as_deref(), Some("Taliban"), "{q:?}");
    }

    #[test]
    fn a_kind_of_star_refers_back_to_the_person_named_last() {
        let (_, _, speaker) = one(
            "Jenelle Evans doesn’t hold back. The reality star recently admitted that she gave \
             producers an option.",
        );
        assert_eq!(speaker.as_deref(), Some("Jenelle Evans"));
    }

    #[test]
    fn a_company_named_with_its_legal_form_is_one_source() {
        let (_, _, speaker) = one(
            "Traffic rebounded in 2022, according to Downtown Madison, Inc.’s recently released \
             report.",
        );
        assert_eq!(speaker.as_deref(), Some("Downtown Madison, Inc."));
    }

    #[test]
    fn pronoun_speakers_resolve() {
        let text = "Prime Minister Anna Berg arrived on Monday.\n\n“We are ready,” she said.";
        let (_, _, speaker) = one(text);
        assert_eq!(speaker.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn they_opening_a_sentence_after_an_organisation_is_that_organisation() {
        let q = quotes("Google lost the case on Monday. They said “the ruling is wrong.”");
        assert_eq!(
            q.last().and_then(|q| q.2.as_deref()),
            Some("Google"),
            "{q:?}"
        );
        // A group named before wins; across paragraphs nothing is guessed.
        let q = quotes("Google lost the case on Monday.\n\nThey said “the ruling is wrong.”");
        assert_eq!(
            q.last().and_then(|q| q.2.as_deref()),
            Some("[They]"),
            "{q:?}"
        );
    }

    #[test]
    fn naming_participles_and_unclosed_relative_clauses() {
        // "…, called the L8P." names a thing; nobody speaks.
        for text in [
            "Chevrolet built a new version of this engine, called the L8P.",
            "The program, called EB-5, allows investors to gain citizenship.",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
        }
        // A call of something something still speaks.
        let q = quotes("Chris Christie, the governor, called Obama a “petulant child.”");
        assert_eq!(q[0].2.as_deref(), Some("Chris Christie"), "{q:?}");
        // A relative clause without its closing comma: the name before it speaks.
        let q = quotes(
            "Councilmember Casey McKeon, who was one of the three council members proposing the \
             changes noted that the observances could take place.",
        );
        assert_eq!(
            q[0].2.as_deref(),
            Some("Councilmember Casey McKeon"),
            "{q:?}"
        );
        // Another clause's subject keeps its verb.
        let q = quotes("Obama, who has gotten less credit than aides say he deserves, smiled.");
        assert_eq!(q[0].2.as_deref(), Some("aides"), "{q:?}");
    }

    /// Asserts each text's last quote's speaker name.
    fn assert_last_speakers(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            let q = quotes(text);
            assert_eq!(q.last().and_then(|q| q.2.as_deref()), Some(*want), "{text}");
        }
    }

    #[test]
    fn a_role_alone_is_the_person_quoted_just_before() {
        // (text, the last quote's speaker)
        let cases = [
            (
                "“We lost the baby,” Van Der Beek said.\n\n“You never know why these things \
                 happen,” said the actor.",
                "Van Der Beek",
            ),
            // A gender the noun states must fit; a thing ("the government") is no role; a
            // paragraph between lets the role be someone new.
            (
                "“We lost,” James Smith said.\n\n“You never know,” said the actress.",
                "actress",
            ),
            (
                "“We lost,” James Smith said.\n\n“It was no secret,” the government said.",
                "government",
            ),
            (
                "“We lost,” James Smith said.\n\nThe storm hit.\n\n“It was bad,” said the \
                 fire chief.",
                "fire chief",
            ),
            // A letter glued to a slash is part of a code, not a name.
            (
                "“It is trash,” says a former G/O writer who lost their job.",
                "former G/O writer",
            ),
        ];
        assert_last_speakers(&cases);
    }

    #[test]
    fn he_after_a_described_person_is_that_person() {
        // (text, the last quote's speaker)
        let cases = [
            (
                "Mayor John Smith opened the bridge on Monday. A spokesman for the company said \
                 the bridge was safe. “We checked every bolt,” he said.",
                "spokesman",
            ),
            (
                "Mayor John Smith opened the bridge. One resident, who asked not to be named, \
                 said she was worried. “It shakes when trucks pass,” she said.",
                "One resident",
            ),
            (
                "The firm is under pressure, according to a source familiar with the company. \
                 “Nobody cares about quality,” he says.",
                "source familiar with the company",
            ),
            // A name between, a new paragraph (where a "he" may answer) or a definite
            // description ("the campaign manager" may be someone named before) keep the
            // person named.
            (
                "A spokesman said the bridge was safe. Mayor John Smith agreed. “We checked \
                 every bolt,” he said.",
                "John Smith",
            ),
            (
                "Donald Trump spoke at a forum. One questioner claimed the army was weak.\n\n\
                 “You’re right,” he said.",
                "Donald Trump",
            ),
        ];
        assert_last_speakers(&cases);
    }

    #[test]
    fn partial_quote_has_clause_content() {
        let text = "These casualties “do not come from the capital,” Mark Rutte said.";
        let a = parse(text, &Options::default()).unwrap();
        let q = &a.quotes[0];
        assert_eq!(q.kind, QuoteKind::Partial);
        assert_eq!(a.slice(q.parts[0]), "do not come from the capital");
        assert_eq!(
            a.slice(q.content.unwrap()),
            "These casualties “do not come from the capital,”"
        );
    }

    #[test]
    fn partial_quote_content_is_the_claimed_clause() {
        // (sentence, the first partial quote's content)
        let cases = [
            // A pronoun subject right after the verb opens the claim; a later "that" is the
            // claim's own.
            (
                "Sullivan says he’s satisfied that there has been “no illegal disclosure” at \
                 the agency.",
                "he’s satisfied that there has been “no illegal disclosure” at the agency",
            ),
            (
                "Officials said they were concerned that forgers “may try to circumvent” the \
                 program.",
                "they were concerned that forgers “may try to circumvent” the program",
            ),
            // Adjuncts between the verb and "that" are not claimed.
            (
                "The senator tweeted in the early morning hours that the banker was “a con.”",
                "that the banker was “a con.”",
            ),
            // The claim ends at a dash, ", but …", ", which …" or a coordinated verb.
            (
                "Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg” — a \
                 metaphor for the party's turn.",
                "Estonia as being in the “suburbs of St. Petersburg”",
            ),
            (
                "He says that the military is “depleted” and says he will expand it.",
                "that the military is “depleted”",
            ),
            // The writer's participle or adjunct after the claim is not claimed.
            (
                "He said she's experienced “on paper” but suggesting that might not be enough.",
                "she's experienced “on paper”",
            ),
            (
                "The mayor said last week that the chief was not “qualified” for the job, \
                 before reversing himself.",
                "that the chief was not “qualified” for the job",
            ),
            (
                "He said he would consider it a “personal insult” if they stayed home, \
                 implicitly putting his name on the line.",
                "he would consider it a “personal insult” if they stayed home",
            ),
            (
                "The governor called the senator a “disgrace” Wednesday on a radio show.",
                "the senator a “disgrace”",
            ),
            (
                "The senator urged voters to “vote your conscience” and said he would stand firm.",
                "to “vote your conscience”",
            ),
            // What goes on naming the claim stays: ", including …", ", when it comes to …",
            // "-ing" nouns in a list; "what they call …" is the claim.
            (
                "She said that “race still determines too much” in America, including how \
                 people are treated in schools, housing and courts.",
                "that “race still determines too much” in America, including how people are \
                 treated in schools, housing and courts",
            ),
            (
                "She said there remains a “significant difference in pay,” when it comes to \
                 how many lawyers work there.",
                "there remains a “significant difference in pay,” when it comes to how many \
                 lawyers work there",
            ),
            (
                "Clinton contrasted her plan with what they call the senator’s “self-centered \
                 message.”",
                "what they call the senator’s “self-centered message.”",
            ),
            // A label right after "what X called" is partial, its claim the free relative.
            (
                "Stumpf said only 1 percent had been involved with what lawmakers called “fraud.”",
                "what lawmakers called “fraud.”",
            ),
            // Those called on are claimed, not the "on".
            (
                "Schiff called on the administration to “really call out Russia on this” and \
                 consider more action.",
                "the administration to “really call out Russia on this” and consider more action",
            ),
            // Before a trailing attribution, a fronted adjunct is claimed; a topic is not.
            (
                "In past campaigns, “we felt we could reach people with ads,” said Jane Smith.",
                "In past campaigns, “we felt we could reach people with ads,”",
            ),
            (
                "As for his rival, “I kind of write him off,” Jane Smith said.",
                "“I kind of write him off,”",
            ),
            // A verb before "that" opens the claim already.
            (
                "Mr. Ross said Mr. Obama had told Jewish leaders that he would not allow “no \
                 daylight” between them.",
                "Mr. Obama had told Jewish leaders that he would not allow “no daylight” \
                 between them",
            ),
            (
                "Clark later said his comments were mischaracterized and that he was “for \
                 separating people.”",
                "his comments were mischaracterized and that he was “for separating people.”",
            ),
            // A claim inside a fronted subordinate clause ends at its comma.
            (
                "Even as the president says that he opposes “boots on the ground” abroad, his \
                 administration keeps sending troops.",
                "that he opposes “boots on the ground” abroad",
            ),
            // A short place phrase after the addressee is not claimed.
            (
                "The governor told reporters in Albany she will veto “any such bill.”",
                "she will veto “any such bill.”",
            ),
            (
                "The group ruled that the claim about “thousands of shootings” is “true,” but \
                 it added a caveat.",
                "that the claim about “thousands of shootings” is “true,”",
            ),
            // An adjunct after the addressee, before what they are told, is not claimed.
            (
                "Trump tells his supporters at a Michigan rally to “go to your place and vote.”",
                "to “go to your place and vote.”",
            ),
            (
                "The president told voters this weekend he would consider it a “personal \
                 insult” if they stayed home.",
                "he would consider it a “personal insult” if they stayed home",
            ),
            (
                "He called on Americans not to “give into fear.”",
                "Americans not to “give into fear.”",
            ),
            // Words after the closing mark continue the quoted clause up to the attribution.
            (
                "“You squeezed employees to the breaking point” to drive up the stock price, \
                 she said.",
                "“You squeezed employees to the breaking point” to drive up the stock price",
            ),
            (
                "“The account is far more credible” than that of the agency chief, Zuckoff said.",
                "“The account is far more credible” than that of the agency chief",
            ),
            // Without a speech verb, the words the subject's verb governs.
            (
                "Former President Bill Clinton criticized the health law as a “crazy system” \
                 during a campaign stop.",
                "the health law as a “crazy system” during a campaign stop",
            ),
            // A trailing attribution claims the clause without its openers.
            (
                "Details aside, the proposals send a message that a priority “is raising \
                 taxes,” Ms. Warren said.",
                "the proposals send a message that a priority “is raising taxes,”",
            ),
        ];
        for (text, content) in cases {
            let a = parse(&format!("Senate hearing\n\n{text}\n"), &Options::default()).unwrap();
            let q = a
                .quotes
                .iter()
                .find(|q| q.kind == QuoteKind::Partial)
                .unwrap_or_else(|| panic!("no partial quote in {text}: {:?}", a.quotes));
            assert_eq!(q.content.map(|c| a.slice(c)), Some(content), "{text}");
        }
    }

    #[test]
    fn short_adjunct_before_a_quoted_sentence_keeps_it_direct() {
        for text in [
            "Trump has said of Clinton, “If she gets the chance, she will sell the office.”",
            "Trump said later, “NATO is costing us a fortune.”",
        ] {
            let q = quotes(&format!("Campaign trail\n\n{text}\n"));
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].0, QuoteKind::Direct, "{text}");
            assert_eq!(q[0].2.as_deref(), Some("Trump"), "{text}");
        }
    }

    #[test]
    fn quoted_sentence_set_off_by_punctuation_is_direct() {
        // (text, the quoted words, speaker): a capitalised quoted sentence after a dash, a colon,
        // or a comma when it ends like a sentence, is the claim itself, not part of a clause.
        let cases: &[(&str, &str, &str)] = &[
            (
                "Mr. Obama posted two words on Twitter - “So terrible” - with a link to the video.",
                "So terrible",
                "Obama",
            ),
            // The chanters are the supporters, not their possessor.
            (
                "Jane Smith waved the flag as her supporters chanted, “Four more years!”",
                "Four more years!",
                "supporters",
            ),
            (
                "Ms. Harris recalled his fondness for strongmen - “He would have loved them,” Harris said.",
                "He would have loved them",
                "Harris",
            ),
        ];
        for (text, words, speaker) in cases {
            let q = quotes(&format!("Campaign trail\n\n{text}\n"));
            let direct: Vec<_> = q.iter().filter(|q| q.0 != QuoteKind::Indirect).collect();
            assert_eq!(direct.len(), 1, "{text}: {q:?}");
            assert_eq!(direct[0].0, QuoteKind::Direct, "{text}: {q:?}");
            assert_eq!(direct[0].1, vec![words.to_string()], "{text}");
            assert!(
                direct[0].2.as_deref().is_some_and(|s| s.contains(speaker)),
                "{text}: {q:?}"
            );
        }
        // Lowercase words after a comma are quoted words inside the writer's clause.
        let q = quotes(
            "Campaign trail\n\nShe called the plan, “a disaster for everyone,” in a speech.\n",
        );
        assert!(q.iter().all(|q| q.0 != QuoteKind::Direct), "{q:?}");
    }

    #[test]
    fn a_quoted_sentence_after_a_colon_belongs_to_the_clause_the_colon_ends() {
        // (text, the quote's words, the speaker's mention): with or without a cue before it,
        // a quoted sentence after a colon is direct, spoken by the subject of the last clause.
        let cases: &[(&str, &str, &str)] = &[
            (
                "Ms. Okafor gave the mayor a back-handed compliment: “You never have to guess \
                 where he stands.”",
                "You never have to guess where he stands.",
                "Okafor",
            ),
            (
                "Ms. Okafor said the plan was dead, but she gave the mayor some credit: “He \
                 never gave up.”",
                "He never gave up.",
                "she",
            ),
            (
                "Ms. Okafor said the plan was “dead,” but she gave the mayor some credit: “He \
                 never gave up.”",
                "He never gave up.",
                "she",
            ),
            (
                "Ms. Okafor spoke first. The mayor grew so angry that she had to change her \
                 answer: “Of course I back him.”",
                "Of course I back him.",
                "she",
            ),
        ];
        for (text, words, mention) in cases {
            let a = parse(&format!("City hall\n\n{text}\n"), &Options::default()).unwrap();
            let q = a
                .quotes
                .iter()
                .find(|q| q.parts.iter().any(|p| a.slice(*p) == *words))
                .unwrap_or_else(|| panic!("{text}: {:?}", a.quotes));
            assert_eq!(q.kind, QuoteKind::Direct, "{text}");
            let speaker = q.speaker.as_ref().expect("a speaker");
            assert_eq!(
                a.slice(crate::Span::new(speaker.start, speaker.end)),
                *mention,
                "{text}"
            );
            assert_eq!(speaker.name.as_deref(), Some("Okafor"), "{text}");
        }
        // Quoted words right after a name that run on past a sentence of their own are more of
        // the last speaker's speech; a short quoted predicate stays the subject's.
        let q = quotes(
            "Tokyo\n\n“We thought only Trump was insensitive,” said Aida Sato, an author. Biden \
             “kind of misspoke. This is not something he should say in public.”\n\nBiden \
             called the remark “a mistake” on Friday.\n",
        );
        let misspoke = q
            .iter()
            .find(|q| q.1.iter().any(|p| p.starts_with("kind of misspoke")))
            .expect("the run-on quote");
        assert_eq!(misspoke.2.as_deref(), Some("Aida Sato"), "{q:?}");
        let mistake = q
            .iter()
            .find(|q| q.1.iter().any(|p| p == "a mistake"))
            .expect("the scare quote");
        assert_eq!(mistake.2.as_deref(), Some("Biden"), "{q:?}");
        // The one who says a clause without "that" reports the name that opens it; a time
        // phrase without its comma is not the subject.
        for (text, speaker) in [
            (
                "Mr. Ross said Mr. Obama had told Jewish leaders that he would not allow “no \
                 daylight” between them.",
                "Ross",
            ),
            (
                "On September 27 the fact-checkers published their check, announcing that the \
                 claim was “true.”",
                "fact-checkers",
            ),
            (
                "Ann Lee wrote about the survey. On Friday she published her check by \
                 announcing that the claim was “true.”",
                "Ann Lee",
            ),
            (
                "Ann Lee wrote a book. After saying her foot was “so swollen I could barely \
                 walk,” she was taken to the hospital.",
                "Ann Lee",
            ),
        ] {
            let q = quotes(&format!("Checks\n\n{text}\n"));
            assert!(
                q[0].2.as_deref().is_some_and(|s| s.contains(speaker)),
                "{text}: {q:?}"
            );
        }
        // Two speakers in one sentence, each with a participle: "calling" is a speech verb, and
        // "and NAME calling …" ends the first one's claim.
        let q = quotes(
            "Talks\n\nBoth men issued a statement – Paul Ryan saying he was “very encouraged” \
             and Tom Berg calling it a “great meeting.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Paul Ryan"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("Tom Berg"), "{q:?}");
        // A question after a cue in its own sentence is not attributed by the next sentence.
        let q = quotes(
            "Emails\n\nAnn Lee wrote to Tom Berg. Lee responds to Berg with, “Why now? Was that \
             on my way to Libya?” Berg then writes back, “You look cute.”\n",
        );
        assert_eq!(q[0].2.as_deref(), Some("Ann Lee"), "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("Tom Berg"), "{q:?}");
        // "at one point calling …": the main clause's participle, not "one point" speaking.
        let q = quotes(
            "City hall\n\nAnn Lee has battled with the city over its finances, at one point \
             calling the mayor a “liar.”\n",
        );
        assert_eq!(q[0].2.as_deref(), Some("Ann Lee"), "{q:?}");
        // A cue-less quote belongs to the subject of the nearest clause before it.
        let q = quotes(
            "Rally\n\nAnn Lee was drifting off, and as Tom Berg went on about “how the system \
             is rigged,” the crowd cheered.\n",
        );
        assert_eq!(q[0].2.as_deref(), Some("Tom Berg"), "{q:?}");
        // ("one in which she took credit for “…”": the relative clause's subject.)
        let q = quotes(
            "Tweets\n\nAnn Lee posted a tweet. Then came another tweet, followed by one in which \
             she took credit for “being right on the economy.”\n",
        );
        assert_eq!(q[0].2.as_deref(), Some("Ann Lee"), "{q:?}");
        // A participle after a common noun describes the noun: no speaker out of "replacing
        // it with softer language calling for “…”".
        let q = quotes(
            "Platform\n\nHis aides stripped out a call for arms to Ukraine, replacing it with \
             softer language calling for “appropriate assistance.”\n",
        );
        assert!(
            q.iter()
                .all(|q| q.2.as_deref().is_none_or(|s| !s.contains("Ukraine"))),
            "{q:?}"
        );
        // "calling out" is a phrasal verb, not a speech verb.
        let q = quotes(
            "Debate\n\nThe campaign expects the moderator to step in by calling out Tom Berg \
             for his “lies.”\n",
        );
        assert!(
            q.iter().all(|q| q.2.as_deref() != Some("moderator")),
            "{q:?}"
        );
        // "who in 2010 said": a year between the relative pronoun and its verb; the name before
        // an apposition is the one "who" stands for.
        let a = parse(
            "Senate\n\nMitch McConnell met the president.\n\nThe president has had a frosty \
             relationship with McConnell, now the majority leader, who in 2010 said the goal was \
             to make him a “one-term president.”\n",
            &Options::default(),
        )
        .unwrap();
        let speaker = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(a.slice(crate::Span::new(speaker.start, speaker.end)), "who");
        assert_eq!(speaker.name.as_deref(), Some("Mitch McConnell"));
        // The subject of a long noun phrase after "that" is inside the reported clause.
        let a = parse(
            "Ruling\n\nIn his ruling, Judge Carlton Reeves wrote that the title, history and \
             text of the law showed it to be “an attempt to put citizens back in their place.”\n",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(
            a.quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Carlton Reeves"),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn quoted_words_inside_a_partial_quotes_claim_are_more_parts_of_it() {
        let q = quotes(
            "Debate\n\nThe two men traded insults. Ted Cruz called his rival a “pathological \
             liar” who is “utterly amoral,” a “bully” and a “narcissist.”\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Partial);
        assert_eq!(
            q[0].1,
            [
                "pathological liar",
                "utterly amoral",
                "bully",
                "narcissist."
            ]
        );
        assert_eq!(q[0].2.as_deref(), Some("Ted Cruz"));
        // Quoted words with a cue of their own stay a quote of their own.
        let q = quotes(
            "Debate\n\nTed Cruz called his rival a “pathological liar,” and the rival's aide \
             said Cruz was “sick.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn an_opening_question_is_put_to_the_main_clause_subject() {
        let a = parse(
            "Interview\n\nAsked if he was ever bullied, Tom Berg said he was not.\n\nWhen \
             asked what a firm commitment looks like, Tom Berg laughed.\n",
            &Options::default(),
        )
        .unwrap();
        let questions: Vec<_> = a
            .quotes
            .iter()
            .filter(|q| q.cue.as_ref().is_some_and(|c| c.lemma == "ask"))
            .collect();
        assert_eq!(questions.len(), 2, "{:?}", a.quotes);
        for q in &questions {
            assert!(q.speaker.is_none(), "{q:?}");
            assert!(q.addressee.is_some(), "{q:?}");
        }
        let texts: Vec<&str> = questions.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "if he was ever bullied",
                "what a firm commitment looks like"
            ]
        );
        // The main clause still reports what was said; nothing reports the question clause.
        assert!(
            a.quotes.iter().any(|q| q.text == "he was not"),
            "{:?}",
            a.quotes
        );
        assert!(
            a.quotes.iter().all(|q| !q.text.contains("When asked")),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn a_question_put_to_the_subject_is_asked_by_no_one_named() {
        for text in [
            "Ana Ruiz spoke on CNN. Ruiz was asked, “Would you have told her?” She answered, \
             “I have no idea.”",
            "The senators were asked: “Will you vote for the bill?” None of them answered.",
        ] {
            let a = parse(&format!("Interview\n\n{text}\n"), &Options::default()).unwrap();
            let question = &a.quotes[0];
            assert!(question.speaker.is_none(), "{text}: {:?}", a.quotes);
            assert_eq!(question.cue.as_ref().map(|c| c.lemma.as_str()), Some("ask"));
            assert!(question.addressee.is_some(), "{text}: {:?}", a.quotes);
        }
    }

    #[test]
    fn words_before_an_attribution_set_off_by_commas_open_the_claim() {
        // (text, claim)
        let cases = [
            (
                "These employees, Jo Stumpf explained at the hearing, were “well-paid,” making \
                 $30,000.",
                "These employees, Jo Stumpf explained at the hearing, were “well-paid,”",
            ),
            (
                "In other words, Ana Ruiz said, “the era of exceptionalism is over.”",
                "In other words, Ana Ruiz said, “the era of exceptionalism is over.”",
            ),
        ];
        for (text, claim) in cases {
            let a = parse(&format!("Claims\n\n{text}\n"), &Options::default()).unwrap();
            let q = &a.quotes[0];
            assert_eq!(q.kind, QuoteKind::Partial, "{text}: {:?}", a.quotes);
            assert_eq!(q.content.map(|c| a.slice(c)), Some(claim), "{text}");
        }
        // A time, a setting, the speaker's circumstances or the speaker's own name and
        // apposition are no part of the claim.
        for text in [
            "On Sunday, Ana Ruiz said, “The era of exceptionalism is over.”",
            "At a rally in Ohio, Ana Ruiz said, “The era of exceptionalism is over.”",
            "Speaking to reporters, Ana Ruiz said, “The era of exceptionalism is over.”",
            "Repeatedly, Ana Ruiz said, “The era of exceptionalism is over.”",
            "Ana Ruiz, the chief executive of Ora Media, said, “The era of exceptionalism is \
             over.”",
        ] {
            let a = parse(&format!("Claims\n\n{text}\n"), &Options::default()).unwrap();
            let q = &a.quotes[0];
            assert_eq!(q.kind, QuoteKind::Direct, "{text}: {:?}", a.quotes);
        }
    }

    #[test]
    fn a_question_put_by_someone_named_is_theirs() {
        // (text, question, asker, the one asked)
        let cases = [
            (
                "Asked by Tom Lauer whether she had practiced her speech, Ana Ruiz said no.",
                "whether she had practiced her speech",
                Some("Tom Lauer"),
                Some("Ana Ruiz"),
            ),
            (
                "On Sunday, Ben Okafor was asked by host Jim Dickerson whether his aim had \
                 changed.",
                "whether his aim had changed",
                Some("Jim Dickerson"),
                Some("Ben Okafor"),
            ),
            (
                "Asked to describe the device, the police chief declined.",
                "to describe the device",
                None,
                Some("police chief"),
            ),
        ];
        for (text, question, asker, asked) in cases {
            let a = parse(&format!("Interview\n\n{text}\n"), &Options::default()).unwrap();
            let q = a
                .quotes
                .iter()
                .find(|q| q.cue.as_ref().is_some_and(|c| c.lemma == "ask"))
                .unwrap_or_else(|| panic!("{text}: {:?}", a.quotes));
            assert_eq!(q.text, question, "{text}");
            assert_eq!(
                q.speaker.as_ref().and_then(|s| s.name.as_deref()),
                asker,
                "{text}"
            );
            let addressee = q.addressee.as_ref().map(|ad| &a.text[ad.start..ad.end]);
            assert!(
                addressee.is_some_and(|ad| ad.ends_with(asked.unwrap_or("-"))),
                "{text}: {addressee:?}"
            );
        }
        // Quoted words inside a question put by no one named are the question's.
        let a = parse(
            "Poll\n\nAsked if Okafor is “realistic enough to serve,” 72 percent of Democrats \
             said yes.\n",
            &Options::default(),
        )
        .unwrap();
        let q = &a.quotes[0];
        assert_eq!(q.kind, QuoteKind::Partial, "{:?}", a.quotes);
        assert!(q.speaker.is_none(), "{:?}", a.quotes);
        assert_eq!(q.cue.as_ref().map(|c| c.lemma.as_str()), Some("ask"));
        assert_eq!(
            q.content.map(|c| a.slice(c)),
            Some("if Okafor is “realistic enough to serve,”")
        );
        // A passive with no question puts none.
        let a = parse(
            "Interview\n\nWhen Robby Lee was asked during a lunch held by the Journal, he laughed.\n",
            &Options::default(),
        )
        .unwrap();
        assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    }

    #[test]
    fn transcript_turns_are_quotes_of_their_speakers() {
        let text = "Debate night\n\nMike Pence spoke to Chris Wallace on Sunday.\n\nWALLACE: Governor, will she be there tomorrow night?\n\nPENCE: Well, look, this is America, Chris. It is serious business.\n\nUPDATE: The interview was edited for length.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Direct);
        assert_eq!(q[0].1, vec!["Governor, will she be there tomorrow night?"]);
        assert_eq!(q[0].2.as_deref(), Some("Chris Wallace"), "{q:?}");
        assert_eq!(
            q[1].1,
            vec!["Well, look, this is America, Chris. It is serious business."]
        );
        assert_eq!(q[1].2.as_deref(), Some("Mike Pence"), "{q:?}");
        // One upper-case label naming nobody in the article is not a transcript.
        let q =
            quotes("Storm news\n\nFLOOD WARNING: Rivers will rise overnight across the region.");
        assert!(q.is_empty(), "{q:?}");
        // Datelines in capitals name places, not speakers, however many there are.
        let q = quotes("Briefs\n\nLONDON: Markets rose on Monday in early trade.\n\nPARIS: Markets fell on Monday after the vote.\n\nBERLIN: Markets held steady on Monday all day.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn stray_straight_mark_in_a_curly_text_is_not_a_quote() {
        // Paragraphs of a text typed with curly marks, some starting with a lone straight mark
        // (a conversion artefact): the artefact neither opens a quote nor continues one.
        let text = "Rally night\n\n“Here he comes,” she said, clapping. “Big night.”\n\n\"Kevin was snoring.\n\n“Here he is, babe,” she said.\n\n“That’s right,” Melanie Ross said to the nominee.";
        let q = quotes(text);
        assert!(
            q.iter().all(|q| q.1.iter().all(|p| !p.contains("Kevin"))),
            "{q:?}"
        );
        let here = q
            .iter()
            .find(|q| q.1.iter().any(|p| p == "Here he is, babe"))
            .expect("quote kept");
        assert_eq!(here.1.len(), 1, "{q:?}");
        // In a text typed with straight marks, an unclosed paragraph still opens a quote that
        // the next paragraph continues.
        let text = "Rally night\n\n\"We will rebuild the town from the ground up,\" said Mark Rutte. \"It starts here\n\n\"and ends in this paragraph,\" he said.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.len(), 3, "{q:?}");
    }

    #[test]
    fn multi_paragraph_quote_is_one_attribution() {
        let text = "“The first paragraph of the quote goes on,” said Mark Rutte. “It continues here\n\n“and ends in this paragraph,” he said.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.len(), 3);
        assert_eq!(q[0].2.as_deref(), Some("Mark Rutte"));
    }

    #[test]
    fn nested_quotes_are_kept() {
        // Single marks inside double marks, and curly double marks inside straight ones.
        let cases = [
            (
                "“I would say, ‘Stop this now,’ to them,” Mark Rutte said.",
                "Stop this now",
            ),
            (
                "\"I read you the question: “Do you think she is fit to serve?” Most said no,\" \
                 said Pat Caddell.",
                "Do you think she is fit to serve?",
            ),
            // Straight marks inside straight marks: the next two marks both close.
            (
                "Trump tweeted, \"Reporting that the killer shouted \"Allah hu Akbar!\" as he \
                 fired.\" The tweet was later deleted.",
                "Allah hu Akbar!",
            ),
            // Curly double marks inside curly double marks.
            (
                "“As a young woman, I’d rather live in what he calls “hell” than in his world,” \
                 said Ana Ruiz.",
                "hell",
            ),
        ];
        for (text, inner) in cases {
            let a = parse(text, &Options::default()).unwrap();
            assert_eq!(a.quotes.len(), 2, "{text}: {:?}", a.quotes);
            let nested = a.quotes.iter().find(|q| q.parent.is_some()).unwrap();
            assert_eq!(a.slice(nested.parts[0]), inner);
            let parent = &a.quotes[nested.parent.unwrap()];
            assert!(parent.parts[0].contains(nested.parts[0]));
            assert!(parent.speaker.is_some(), "{text}");
        }
    }

    #[test]
    fn a_stray_straight_mark_before_a_quote_does_not_nest_it() {
        let text = "\"The vote is close. He called it \"fake\" and said \"it is wrong\" today.";
        let a = parse(text, &Options::default()).unwrap();
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        assert!(
            texts.contains(&"fake") && texts.contains(&"it is wrong"),
            "{texts:?}"
        );
        assert!(
            a.quotes.iter().all(|q| q.parent.is_none()),
            "{:?}",
            a.quotes
        );
    }

    #[test]
    fn marks_typed_the_wrong_way_round() {
        let text = "Voters spoke\n\n”Fear. I am truly afraid of this election.“ ― Karen Diaz\n";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, ["Fear. I am truly afraid of this election."]);
        assert_eq!(q[0].2.as_deref(), Some("Karen Diaz"));
        // A closing mark cannot open a paragraph: it opens the quote (`” … he delivered`).
        let text = "Debate\n\n” … he delivered a mix of orthodoxy and rejoinders,” Mark Lee \
                    wrote.\n";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, ["… he delivered a mix of orthodoxy and rejoinders"]);
        assert_eq!(q[0].2.as_deref(), Some("Mark Lee"));
        // An opening mark after a word and before punctuation closes: the rest of the
        // paragraph is not quoted on into the next one.
        let text = "Data\n\nIn a paper called “Is Big Data Now?“, researchers studied \
                    LAION.\n\n“It is big,” Jane Roe said.\n";
        let q = quotes(text);
        assert!(
            q.iter()
                .flat_map(|q| q.1.iter())
                .all(|p| !p.contains("researchers")),
            "{q:?}"
        );
        // An inch mark right before the quote's own closing mark is no closing mark.
        let text = "Debate\n\n“I admit, he’s taller than me; he’s like 6’2”,” Ana Ruiz said.\n";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, ["I admit, he’s taller than me; he’s like 6’2”"]);
        assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"));
        // Feet and inches inside a quote close nothing either.
        let text = "Debate\n\n“His hands are the size of someone who is 5’2”. You know what the \
                    problem is,” Ana Ruiz said.\n";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_pull_quote_takes_the_speaker_of_the_quote_that_says_it() {
        let text = "Gun laws after the shooting\n\n\
                    Prague mourns the dead of the worst shooting in its history.\n\n\
                    ‘Countries have responded with sweeping changes’\n\n\
                    ‘Nobody knows what comes next’\n\n\
                    Jaclyn Schildkraut studies mass shootings. “Countries have responded with \
                    sweeping changes like banning firearms,” she said.\n";
        let q = quotes(text);
        let speakers: Vec<(&str, Option<&str>)> = q
            .iter()
            .map(|q| (q.1[0].as_str(), q.2.as_deref()))
            .collect();
        assert_eq!(
            speakers[0],
            (
                "Countries have responded with sweeping changes",
                Some("Jaclyn Schildkraut")
            ),
            "{speakers:?}"
        );
        // A quote that says something no one said keeps no speaker.
        assert!(speakers
            .iter()
            .any(|&(t, s)| t == "Nobody knows what comes next" && s.is_none()));
    }

    #[test]
    fn auxiliaries_in_a_title_case_headline_are_no_name() {
        let text = "Sidney Blumenthal Has ‘No Idea’ If I Would Have Told Hillary About It\n\n\
                    Sidney Blumenthal testified on Friday.\n";
        let q = quotes(text);
        assert_eq!(q[0].1, ["No Idea"], "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Sidney Blumenthal"), "{q:?}");
    }

    #[test]
    fn found_and_put_are_cues_only_as_speech() {
        for text in [
            "Christoph Schuhmann helped found the “open network” in 2021.",
            "North Korea puts its military in a “quasi-state of war.”",
        ] {
            let a = parse(text, &Options::default()).unwrap();
            assert!(a.quotes.iter().all(|q| q.cue.is_none()), "{:?}", a.quotes);
        }
    }

    #[test]
    fn apostrophes_and_stray_marks_do_not_derail() {
        let text = "The ministers' meeting was in the '90s style of rock 'n' roll, it's said.\n\nA stray ” mark here.\n\n“This one is fine,” said Jane Smith.";
        let q = quotes(text);
        let direct: Vec<_> = q.iter().filter(|q| q.0 != QuoteKind::Indirect).collect();
        assert_eq!(direct.len(), 1, "{q:?}");
        assert_eq!(direct[0].1, vec!["This one is fine".to_string()]);
    }

    #[test]
    fn addressees() {
        // (sentence, addressee)
        let cases = [
            (
                "Jane Smith told The Moscow Times on Friday that the talks had failed.",
                "The Moscow Times",
            ),
            (
                "Johnson tells MSNBC’s “Morning Joe” on Friday that the hackers were caught.",
                "MSNBC’s “Morning Joe”",
            ),
            (
                "The mayor told reporters the bridge would reopen.",
                "reporters",
            ),
            // The people a name modifies are the addressee; a clause's subject is not.
            (
                "Masayoshi Son told WeWork executives he wants the company to turn a profit.",
                "WeWork executives",
            ),
            ("Jane Smith told Reuters he would resign.", "Reuters"),
            // The kind of outlet a name modifies is part of the addressee; news is not.
            (
                "A witness told the PA news agency that the crowd watched in awe.",
                "the PA news agency",
            ),
            (
                "She told the BBC radio station she would run again.",
                "the BBC radio station",
            ),
            ("He told Reuters news of the deal was welcome.", "Reuters"),
            (
                "General Mark Milley told US media this month that troops would stay.",
                "US media",
            ),
            // "not" ends the addressee; "her" before a noun is a possessive.
            (
                "Taylor Swift stopped a show in Buenos Aires last month to tell her fans not to \
                 throw things.",
                "her fans",
            ),
            // The medium before the addressee.
            (
                "“We are thrilled,” a spokesperson said in a statement to Variety.",
                "Variety",
            ),
            (
                "Jane Smith said in an interview with CNN that the vote was close.",
                "CNN",
            ),
            // A share of a group, a name with "of" inside, an object pronoun.
            (
                "Ford told some of his friends that his mother disapproved.",
                "some of his friends",
            ),
            (
                "He told Bank of America executives that the deal was over.",
                "Bank of America executives",
            ),
            (
                "Jeff Weaver told me photo circulating online violates the rules.",
                "me",
            ),
            // A capitalised "Tonight"/"Today" after a name is part of it; a plural before an
            // auxiliary is the clause's subject.
            (
                "He told Entertainment Tonight people will ask him to say his line.",
                "Entertainment Tonight",
            ),
            (
                "The name came from her idea, she told USA Today in 1990.",
                "USA Today",
            ),
            (
                "“I have nothing to hide,” Mr. Trump told reporters aboard Air Force One.",
                "reporters",
            ),
            // Other verbs take the addressee after "to"; a show's title in marks is the
            // addressee, not anyone's words.
            (
                "A spokesman confirmed to ABC News that prices will rise.",
                "ABC News",
            ),
            (
                "Stamp prices will rise on Sunday, a spokesman explained to reporters.",
                "reporters",
            ),
            (
                "The mayor told \"Good Morning America\" that the city would rebuild.",
                "Good Morning America",
            ),
            (
                "Prices will rise on Sunday, a USPS representative confirmed to “Good Morning \
                 America.”",
                "Good Morning America",
            ),
        ];
        for (text, addressee) in cases {
            let a = parse(text, &Options::default()).unwrap();
            let q = a
                .quotes
                .first()
                .unwrap_or_else(|| panic!("no quote: {text}"));
            let got = q.addressee.as_ref().map(|x| x.name.as_str());
            assert_eq!(got, Some(addressee), "{text}");
            assert_eq!(a.quotes.len(), 1, "{text}: the title is no quote");
        }
        // A number that opens a name, or counts people; a gossip verb's outlet.
        for (text, addressee) in [
            (
                "LAION told 404 Media on Tuesday that it was taking down its datasets.",
                "404 Media",
            ),
            ("Pelosi told 60 Minutes that she would run.", "60 Minutes"),
            ("He told 3 reporters that he would run.", "3 reporters"),
            (
                "She spilled to Us Weekly that she was pregnant.",
                "Us Weekly",
            ),
        ] {
            let a = parse(text, &Options::default()).unwrap();
            let got = a.quotes.first().and_then(|q| q.addressee.as_ref());
            assert_eq!(got.map(|x| x.name.as_str()), Some(addressee), "{text}");
        }
        // "added to the confusion", "responded to Trump", "as he tells it": no addressee.
        for text in [
            "Prices will rise, a fact that added to Trump’s woes.",
            "The governor responded to Trump in a statement.",
            "As Torvalds tells it, “One of the things I liked was the young maintainers.”",
        ] {
            let a = parse(text, &Options::default()).unwrap();
            assert!(
                a.quotes.iter().all(|q| q.addressee.is_none()),
                "{text}: {:?}",
                a.quotes
            );
        }
    }

    #[test]
    fn reported_speech() {
        let cases: &[(&str, &str, &str)] = &[
            // Beliefs, expectations and feelings with "that" (PolNeAR counts them).
            (
                "But environmentalists worry that the cost of cleaning up could fall to taxpayers.",
                "that the cost of cleaning up could fall to taxpayers",
                "environmentalists",
            ),
            (
                "Budget analysts had already forecast that deficits would begin growing again.",
                "that deficits would begin growing again",
                "Budget analysts",
            ),
            (
                "In the interview, Jane Okafor made it clear that her supporters will not fall \
                 in line.",
                "that her supporters will not fall in line",
                "Jane Okafor",
            ),
            (
                "Many economists are increasingly afraid that the lead will shrink.",
                "that the lead will shrink",
                "economists",
            ),
            // Inside someone's reported clause a belief is part of what they said.
            (
                "The Russian people know that the war is ruining their country, Mark Rutte told \
                 reporters.",
                "The Russian people know that the war is ruining their country",
                "Mark Rutte",
            ),
            (
                "The Russian people should know that the war is ruining their country, Mark \
                 Rutte said.",
                "The Russian people should know that the war is ruining their country",
                "Mark Rutte",
            ),
            // The moment of the words after the cue is no claim.
            (
                "Europe must defend itself, Ana Ruiz said Friday as she entered the talks.",
                "Europe must defend itself",
                "Ana Ruiz",
            ),
            // "according to" any source, named or described.
            (
                "But, according to the poll, 46 percent of voters remain undecided.",
                "46 percent of voters remain undecided",
                "poll",
            ),
            (
                "Late Sunday, Okafor won the primary in Puerto Rico, according to early returns.",
                "Late Sunday, Okafor won the primary in Puerto Rico",
                "early returns",
            ),
            // What is judged or cited is reported, up to the occasion of the words or a
            // coordinated verb.
            (
                "Clinton praised Smegielski for turning her grief into action.",
                "Smegielski for turning her grief into action",
                "Clinton",
            ),
            (
                "Senator Reid blasted Rubio and walked out of the room.",
                "Rubio",
                "Reid",
            ),
            (
                "At Monday’s debate, Clinton cited derogatory comments Trump had made about \
                 Machado.",
                "derogatory comments Trump had made about Machado",
                "Clinton",
            ),
            (
                "A union representing flight attendants endorsed Ana Ruiz for governor.",
                "Ana Ruiz for governor",
                "union representing flight attendants",
            ),
            (
                "Trump questioned the integrity of the voting system.",
                "the integrity of the voting system",
                "Trump",
            ),
            (
                "Authorities announced on Friday the arrest of a man in the shooting.",
                "the arrest of a man in the shooting",
                "Authorities",
            ),
            // An indirect question after a verb of explaining.
            (
                "Ana Ruiz explained why she backs the governor over his rival.",
                "why she backs the governor over his rival",
                "Ana Ruiz",
            ),
            // A speaker set off by commas before the verb, with no subject after it.
            (
                "The company created the tool for times of crisis, a spokeswoman, Anna White, \
                 said on Saturday.",
                "The company created the tool for times of crisis",
                "Anna White",
            ),
            // A head noun before a relative clause of its own speaks.
            (
                "The state officials whose laws have been struck down say the courts changed.",
                "the courts changed",
                "state officials",
            ),
            // A share of people speaks as a group.
            (
                "Among likely primary voters, about two-thirds, 67 percent, say they will vote \
                 for Ruiz.",
                "they will vote for Ruiz",
                "about two-thirds, 67 percent",
            ),
            (
                "Of the superdelegates, all but two said the party should take up the matter.",
                "the party should take up the matter",
                "all but two",
            ),
            // What a poll or a record shows is its finding, whatever its form.
            (
                "A Marist poll shows Okafor with 47 percent against 44 percent for Lee.",
                "Okafor with 47 percent against 44 percent for Lee",
                "Marist poll",
            ),
            (
                "Several polls show the senator leading in three states.",
                "the senator leading in three states",
                "polls",
            ),
            (
                "Lee said in a telephone interview, pointing out that 98 senators voted for it.",
                "that 98 senators voted for it",
                "Lee",
            ),
            // A short place or time phrase before the clause's pronoun subject; a writer's
            // adjunct after the clause.
            (
                "The governor told reporters in Albany she will veto the bill.",
                "she will veto the bill",
                "governor",
            ),
            (
                "Ms. Okafor said in 2019 she would not run again, before reversing herself.",
                "she would not run again",
                "Okafor",
            ),
            (
                "Even as the minister said the plan would fail, his party voted for it.",
                "the plan would fail",
                "minister",
            ),
            // A directive reports its addressee and what they are to do.
            (
                "Last month, the FBI warned state officials to boost their election security.",
                "state officials to boost their election security",
                "Federal Bureau of Investigation",
            ),
            (
                "Senator Ann Lee urged Republicans to join the ranks of climate believers.",
                "Republicans to join the ranks of climate believers",
                "Ann Lee",
            ),
            (
                "Ann Lee called on the mayor to stop attacking her and apologize.",
                "the mayor to stop attacking her and apologize",
                "Ann Lee",
            ),
            // An indirect question.
            (
                "The columnist Scott Conroy asked whether questions about his health were fair \
                 game.",
                "whether questions about his health were fair game",
                "Scott Conroy",
            ),
            (
                "Reporters asked the governor what she would do.",
                "what she would do",
                "Reporters",
            ),
            // A demand: what is called for.
            (
                "The senator has called for the complete repeal of the law.",
                "the complete repeal of the law",
                "senator",
            ),
            // A progressive is a finite verb.
            (
                "The White House is saying that the revelations show the need for reform.",
                "that the revelations show the need for reform",
                "White House",
            ),
            // A clause without "that" whose subject is a longer or a bare noun phrase; a cue in a
            // fronted subordinate clause reports up to its comma.
            (
                "Mr. Obama believes his efforts to slow global warming will be his legacy.",
                "his efforts to slow global warming will be his legacy",
                "Obama",
            ),
            (
                "The governor noted bigotry and xenophobia are never acceptable.",
                "bigotry and xenophobia are never acceptable",
                "governor",
            ),
            // A plural source opening the sentence is no person.
            (
                "Officials gave no number. Estimates suggest 8000 migrants may be at sea.",
                "8000 migrants may be at sea",
                "Estimates",
            ),
            (
                "While Jane Roe acknowledged funding was a major reason, she stayed.",
                "funding was a major reason",
                "Jane Roe",
            ),
            // Bare plurals of people and outlets after the clause ("…, traders said.").
            (
                "Oil prices rose on Thursday, traders said.",
                "Oil prices rose on Thursday",
                "traders",
            ),
            (
                "The plant will close in March, workers said.",
                "The plant will close in March",
                "workers",
            ),
            (
                "Rescue teams found no survivors, local media reported.",
                "Rescue teams found no survivors",
                "local media",
            ),
            // An adjunct after the cue, without a comma.
            (
                "People began using them for business, Cook said while visiting the conference \
                 in San Francisco.",
                "People began using them for business",
                "Cook",
            ),
            (
                "The plan will fail, she said during a visit to Ohio.",
                "The plan will fail",
                "[she]",
            ),
            // A description set off before the speaker's name is no part of the clause.
            (
                "The musician died on Friday, her cousin, Mike Lynch, told TMZ.",
                "The musician died on Friday",
                "Mike Lynch",
            ),
            // A fronted time phrase is no subject.
            (
                "Hours before the game, coach Bruce Boudreau watched the winger, saying he always \
                 finds a way to score.",
                "he always finds a way to score",
                "Bruce Boudreau",
            ),
            // A parenthetical attribution inside a relative clause claims what follows it.
            (
                "Officials made investments in climate and infrastructure that, critics say, \
                 juiced the economic recovery.",
                "juiced the economic recovery",
                "critics",
            ),
            // An apposition between dashes after the name.
            (
                "Kall -- co-editor of Debating The Donald, a book on his debates -- said the \
                 candidate tended to make announcements.",
                "the candidate tended to make announcements",
                "Kall",
            ),
            // A participle and its outlet set off after the name.
            (
                "Jack Kelly, writing for RealClearPolitics, said the vote was close.",
                "the vote was close",
                "Jack Kelly",
            ),
            (
                "Mark Gurman repeated the claim in January, reporting that new iPads had gone \
                 into production.",
                "that new iPads had gone into production",
                "Mark Gurman",
            ),
            // Records speak.
            (
                "About 9.9 million single mothers live in the United States, according to \
                 federal statistics.",
                "About 9.9 million single mothers live in the United States",
                "federal statistics",
            ),
            // A document speaks; a list's noun does not (below).
            (
                "Six million American jobs depend on exports to Mexico, one slide says.",
                "Six million American jobs depend on exports to Mexico",
                "one slide",
            ),
            // A sourcing phrase is part of the group that speaks.
            (
                "The vote was delayed until Monday, two people familiar with the matter said.",
                "The vote was delayed until Monday",
                "people familiar with the matter",
            ),
            (
                "Officials briefed on the talks said progress was slow.",
                "progress was slow",
                "Officials briefed on the talks",
            ),
            (
                "Sources familiar with the plan, who asked not to be named, said it was dead.",
                "it was dead",
                "Sources familiar with the plan",
            ),
            (
                "The deal is off, said a person familiar with the negotiations.",
                "The deal is off",
                "person familiar with the negotiations",
            ),
            (
                "The vote was delayed, a source with knowledge of the talks told Reuters.",
                "The vote was delayed",
                "source with knowledge of the talks",
            ),
            // "that" makes a verb of posting report a clause.
            (
                "Senator Ann Lee posted on social media that she would vote no.",
                "that she would vote no",
                "Ann Lee",
            ),
            // A restrictive relative clause between the subject and its verb.
            (
                "A man who witnessed the crash said the car was speeding.",
                "the car was speeding",
                "man",
            ),
            (
                "The people we spoke to said the water was unsafe.",
                "the water was unsafe",
                "people",
            ),
            (
                "The experts I interviewed said the plan would fail.",
                "the plan would fail",
                "experts",
            ),
            (
                "Those who were there said it was chaos.",
                "it was chaos",
                "Those",
            ),
            // The verb of a relative clause keeps its own subject rule.
            (
                "Jane Doe, who witnessed the crash, said the car was speeding.",
                "the car was speeding",
                "Jane Doe",
            ),
            // A name and an auxiliary open a clause after verbs other than say.
            (
                "Rutte insisted NATO was united.",
                "NATO was united",
                "Rutte",
            ),
            (
                "The ministry claimed Russian forces had captured the town.",
                "Russian forces had captured the town",
                "ministry",
            ),
            // A possessor before the description: the name in apposition speaks.
            (
                "Ukraine's president, Volodymyr Zelensky, said the attack was cowardly.",
                "the attack was cowardly",
                "Volodymyr Zelensky",
            ),
            // A common noun opening the sentence is no person.
            (
                "Analysis shows that lawsuits are one of his tools.",
                "that lawsuits are one of his tools",
                "Analysis",
            ),
            // A bracketed source after the addressee is no part of the clause.
            (
                "Of her routine, Jane Doe told Beauty Banter (via Hello! Magazine) that she uses \
                 a balm.",
                "that she uses a balm",
                "Jane Doe",
            ),
            // A longer medium after a trailing attribution.
            (
                "Women are the story, Jane Doe says in the magazine’s annual celebration of \
                 Women in Hollywood.",
                "Women are the story",
                "Jane Doe",
            ),
            // A prepositional phrase after an inverted speaker belongs to it.
            (
                "The deal is off, said a spokesman for the company.",
                "The deal is off",
                "spokesman",
            ),
            (
                "The deal is off, said John Smith of the Sierra Club.",
                "The deal is off",
                "John Smith",
            ),
            // Commitments with a to-infinitive.
            (
                "Jane Smith also vowed to form a joint federal task force on hackers.",
                "to form a joint federal task force on hackers",
                "Jane Smith",
            ),
            // An accusation with "that".
            (
                "Jane Smith charges that the donors were paid by the foundation.",
                "that the donors were paid by the foundation",
                "Jane Smith",
            ),
            // A time phrase between the subject and the verb.
            (
                "Wells Fargo just this month announced it would end the incentives.",
                "it would end the incentives",
                "Wells Fargo",
            ),
            // A subordinate clause after a trailing attribution.
            (
                "The stance has hurt the party with young voters, Jane Smith said, since most \
                 of them accept the science.",
                "The stance has hurt the party with young voters",
                "Jane Smith",
            ),
            (
                "Jane Smith said that the plan would fail within a year.",
                "that the plan would fail within a year",
                "Jane Smith",
            ),
            (
                "The plan will fail within a year, Jane Smith told reporters.",
                "The plan will fail within a year",
                "Jane Smith",
            ),
            // A leading subject with a prepositional phrase: its head speaks.
            (
                "Political observers in Virginia say Scott deserves the seat.",
                "Scott deserves the seat",
                "Political observers",
            ),
            // A trailing subject with a prepositional phrase: its head speaks.
            (
                "The plan will fail, advisers to the mayor said.",
                "The plan will fail",
                "advisers",
            ),
            // A part of the day and a time adjunct after a trailing attribution.
            (
                "The obsession is an insult to voters, top lawmakers said Friday afternoon, a \
                 day after the event.",
                "The obsession is an insult to voters",
                "top lawmakers",
            ),
            // A subject with an apposition, then the verb and the clause.
            (
                "Michael McFaul, a senior fellow at Stanford, said the talks failed.",
                "the talks failed",
                "Michael McFaul",
            ),
            // A described subject with a name in apposition: the name speaks.
            (
                "The mayor, Jane Doe, said officials were ready.",
                "officials were ready",
                "Jane Doe",
            ),
            (
                "Ryan Minor died on Friday. His twin brother, Damon Minor, said the family was \
                 grateful.",
                "the family was grateful",
                "Damon Minor",
            ),
            // A fronted phrase is part of the clause before an inverted attribution.
            (
                "In the end, the plan failed, said Jane Smith.",
                "In the end, the plan failed",
                "Jane Smith",
            ),
            // An apposition of an inverted speaker is no second part.
            (
                "Mass shootings are rare in Europe, said Mark Bryant, the executive director of \
                 the Gun Violence Archive.",
                "Mass shootings are rare in Europe",
                "Mark Bryant",
            ),
            // A cue inside a dash parenthetical reports up to the closing dash.
            (
                "A student \u{2013} who police say was a legal gun owner \u{2013} opened fire on \
                 Thursday.",
                "was a legal gun owner",
                "police",
            ),
            (
                "The plan will fail within a year, said Jane Smith.",
                "The plan will fail within a year",
                "Jane Smith",
            ),
            (
                "According to Jane Smith, the plan will fail within a year.",
                "the plan will fail within a year",
                "Jane Smith",
            ),
            (
                "The plan will fail within a year, according to Jane Smith.",
                "The plan will fail within a year",
                "Jane Smith",
            ),
            // A stray comma after a subject and its prepositional phrases.
            (
                "Dr. Tricia Miller with the Committee for Accuracy in Middle East Reporting \
                 (CAMERA), says the bias meets the definition of antisemitism.",
                "the bias meets the definition of antisemitism",
                "Tricia Miller",
            ),
            // A quantifier after a noun heads the subject alone.
            (
                "The war goes on in newsrooms, and it's a media war many would say Hamas is \
                 winning.",
                "Hamas is winning",
                "many",
            ),
            // A longer adjunct before "that" is no part of the claim.
            (
                "Xi told Biden in a group meeting attended by a dozen American and Chinese \
                 officials that China’s preference is to take Taiwan peacefully.",
                "that China’s preference is to take Taiwan peacefully",
                "Xi",
            ),
            // The source's relative clause or apposition is no part of the claim.
            (
                "The star can no longer speak, according to Glenn Caron, who created the show.",
                "The star can no longer speak",
                "Glenn Caron",
            ),
            (
                "Debt will keep rising, according to Tim Quinlan, a senior economist at Wells \
                 Fargo.",
                "Debt will keep rising",
                "Tim Quinlan",
            ),
            (
                "Sen. David Perdue (R-Ga.) said he did not believe the ads made a difference.",
                "he did not believe the ads made a difference",
                "David Perdue",
            ),
            (
                "The bank announced it would end the sales targets in January.",
                "it would end the sales targets in January",
                "bank",
            ),
            // A participle after a comma shares the main clause's subject.
            (
                "Jane Smith unveiled the budget on Monday, arguing that the plan would pay for \
                 itself.",
                "that the plan would pay for itself",
                "Jane Smith",
            ),
            (
                "A new poll by the university shows that most voters back the plan.",
                "that most voters back the plan",
                "new poll",
            ),
            // A parenthetical source after an adverbial: the claim follows it.
            (
                "Over the long term, according to the budget office, the deficit will shrink.",
                "the deficit will shrink",
                "budget office",
            ),
            // The addressee ends where the clause's subject starts.
            (
                "Jane Smith told reporters the bridge would reopen.",
                "the bridge would reopen",
                "Jane Smith",
            ),
            (
                "Mr. Smith, 62, told the court he was innocent.",
                "he was innocent",
                "Smith",
            ),
            // Auxiliaries and adverbs between an apposition and the verb.
            (
                "Jane Smith, who faces questions from both parties, has repeatedly said the \
                 bank is independent.",
                "the bank is independent",
                "Jane Smith",
            ),
            // The medium before a clause without "that".
            (
                "Jane Smith said in a statement it would appeal the ruling.",
                "it would appeal the ruling",
                "Jane Smith",
            ),
            // An accusation: whom, and of what.
            (
                "The opposition accused the government of rigging the vote.",
                "the government of rigging the vote",
                "opposition",
            ),
            // The source of a document after "according to".
            (
                "According to a statement from the ministry, 12 soldiers were wounded.",
                "12 soldiers were wounded",
                "ministry",
            ),
            // A coordinated speech verb starts another claim.
            (
                "Jane Smith said she would order a review and warned against hackers.",
                "she would order a review",
                "Jane Smith",
            ),
            // A verb coordinated by "and"/"but" takes the first verb's subject, whatever it
            // names; a name after that verb or a possessive is no subject.
            (
                "Authorities detained a man on Friday and said a curfew would continue \
                 through the weekend.",
                "a curfew would continue through the weekend",
                "Authorities",
            ),
            (
                "His lawyer agreed, but also contended that she should keep her privacy.",
                "that she should keep her privacy",
                "lawyer",
            ),
            (
                "Business Insider commented on Weiner’s future, but acknowledged it had no \
                 formal relationship with him.",
                "it had no formal relationship with him",
                "Business Insider",
            ),
            // A coordinated complement of the subject's prepositional phrase.
            (
                "Experts on North Korea and nuclear nonproliferation said the test could change \
                 that.",
                "the test could change that",
                "Experts",
            ),
            (
                "Political observers in Virginia and around the country say Scott deserves the \
                 seat.",
                "Scott deserves the seat",
                "Political observers",
            ),
            // A share of a group: of those asked, of those named before.
            (
                "Another 19 percent said they would not pick either candidate.",
                "they would not pick either candidate",
                "Another 19 percent",
            ),
            (
                "In the poll, 63% said they would vote.",
                "they would vote",
                "63%",
            ),
            (
                "He won the support of local officials, most of whom said the plan was sound.",
                "the plan was sound",
                "local officials",
            ),
            (
                "About one in five say they would not vote.",
                "they would not vote",
                "About one in five",
            ),
            // Political camps are groups of people.
            (
                "Social conservatives say the bills are necessary.",
                "the bills are necessary",
                "Social conservatives",
            ),
            // "went on to say": the subject of "went".
            (
                "The senator went on to say that some Democrats are angry.",
                "that some Democrats are angry",
                "senator",
            ),
            // "who" after a noun with its article names a person.
            (
                "He refused to pay an architect who said he was stiffed.",
                "he was stiffed",
                "architect",
            ),
            // A bare plural and an auxiliary open a clause after any cue.
            (
                "Women face barriers, though the lawyer noted clients are beginning to demand \
                 diverse teams.",
                "clients are beginning to demand diverse teams",
                "lawyer",
            ),
            // A clause with a noun-phrase subject and an auxiliary after verbs other than say.
            (
                "Critics argue the law will hurt small businesses.",
                "the law will hurt small businesses",
                "Critics",
            ),
        ];
        for (text, content, speaker) in cases {
            let (kind, parts, got) = one(text);
            assert_eq!(kind, QuoteKind::Indirect, "{text}");
            assert_eq!(parts, [*content], "{text}");
            assert_eq!(got.as_deref(), Some(*speaker), "{text}");
        }
    }

    #[test]
    fn a_reported_clause_stops_before_a_clause_that_quotes_someone_else() {
        let q = quotes(
            "She said fathers would not be eligible, and when pressed, the 34-year-old mother \
             replied, “It is meant to benefit the mother.”",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Indirect);
        assert_eq!(q[0].1, ["fathers would not be eligible"]);
        assert_eq!(q[0].2.as_deref(), Some("[She]"));
        assert_eq!(q[1].1, ["It is meant to benefit the mother."]);
        // A clause opened by a subordinator ends at its comma or dash; a relative clause's verb
        // is not the one a later participle goes with.
        let q = quotes(
            "When Clinton noted that Trump paid no taxes ― as was true for years ― Trump \
             boasted, “That makes me smart.” Trump was defensive when asked about an architect \
             who said he was stiffed, saying, “Maybe he did a bad job.”",
        );
        let found: Vec<(&str, Option<&str>)> = q
            .iter()
            .map(|(_, parts, speaker)| (parts[0].as_str(), speaker.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("that Trump paid no taxes", Some("Clinton")),
                ("That makes me smart.", Some("Trump")),
                ("he was stiffed", Some("architect")),
                ("Maybe he did a bad job.", Some("Trump")),
            ]
        );
        // An uncued quotation inside the clause is the clause's own (a partial quote).
        let q = quotes("The researchers reported that the scheme was “entirely legal.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Partial);
    }

    #[test]
    fn discourse_phrases_and_empty_objects_claim_nothing() {
        for text in [
            "Having said that, there is a long way to go before the vote.",
            "Sanders said little about how he would pay for the plan.",
            "At the time of publication, the surviving members have not commented.",
            "It is a fine service with fast speeds, the right privacy promises, many features \
             and fair pricing.",
            // A short fronted prepositional phrase is no claim; "that" before a claim noun is a
            // determiner.
            "In his movie rap, Nashawn sings … and the crowd goes nuts.",
            "He repeated that claim in January.",
            // After "by" or "of", a cue word is the noun.
            "The court ruled only on emergency filings by states that want to implement their \
             laws.",
            // A plural after a possessive and adjectives is a noun.
            "You watch for the trooper’s very obvious tells to get rid of them quickly.",
            "The governor has said nothing since the vote.",
            // "say" after a quantifier is the noun; what someone is told "of" is a topic.
            "Her friends wanted some say in the disposition of his effects, but they failed.",
            "She found his family and told them of his passing.",
            // A belief names a clause only with "that", and as a noun it names none.
            "Voters hope to see a debate about wages.",
            "This is the greatest fear that the party has faced.",
            "There is no doubt that the vote was close.",
            "Everything went according to plan.",
            // Judging as a noun or in the passive reports nothing.
            "The clip has faced ridicule online since it was released.",
            "The plan was praised by the mayor.",
            "The senator drew praise for the bill.",
            "The big question is whether the senator runs again.",
            // A share of people speaks only by saying.
            "Of those asked, 39 percent blame his supporters.",
            // Anyone else who shows a thing shows no finding.
            "The senator showed reporters the new bill on Tuesday.",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
        }
        // "to" before a verb is an infinitive, and its "that" a relative pronoun.
        for (_, parts, _) in quotes(
            "Even China warned North Korea to refrain from further actions that would worsen \
             the situation.",
        ) {
            assert!(!parts[0].starts_with("that would"), "{parts:?}");
        }
        // "to" before a plural noun is a preposition: "responded to accusations that …".
        let q =
            quotes("Ben Carson responded on Sunday to accusations that he exaggerated details.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_participle_speech_verb_opens_a_second_attribution() {
        let q = quotes(
            "The agency said more than 1,000 people had been displaced, adding that aid was on \
             the way.",
        );
        let contents: Vec<&str> = q.iter().map(|(_, parts, _)| parts[0].as_str()).collect();
        assert_eq!(
            contents,
            [
                "more than 1,000 people had been displaced",
                "that aid was on the way"
            ]
        );
        // An object is no clause: "argued the case in court".
        assert!(quotes("Jane Smith argued the case in court for a week.").is_empty());
        // An object and its complement: "found it hard", not a finding.
        assert!(quotes("But she still found it hard to accept the news.").is_empty());
        assert_eq!(quotes("The study found it was safe for children.").len(), 1);
        // Passive, a noun or a reduced relative: nobody accuses.
        for text in [
            "He was accused of fraud by prosecutors.",
            "The accused man denied the charges.",
            // Any passive speech or finding verb: the subject does not speak.
            "A Marine was found guilty of gross negligence.",
            "She was told the plant would close.",
            "It was widely reported that the plant would close.",
        ] {
            assert!(quotes(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn each_attribution_in_a_sentence_keeps_its_own_quote() {
        let a = parse(
            "Barack Obama spoke on Tuesday. Where he used to boast that he had decimated ''core \
             Al Qaeda,'' on Tuesday night he said it still posed ''a direct threat'' to \
             Americans.",
            &Options::default(),
        )
        .unwrap();
        let cues: Vec<_> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    a.slice(q.parts[0]),
                    q.cue.as_ref().map(|c| c.lemma.as_str()),
                )
            })
            .collect();
        assert_eq!(
            cues,
            [
                ("core Al Qaeda", Some("boast")),
                ("a direct threat", Some("say"))
            ]
        );
        // "She said, if elected, she would …": the speaker is the subject of "said".
        let a = parse(
            "Jane Doe spoke. She said, if elected, she would ask the mayor to lead a “cancer \
             moonshot” at city hall.",
            &Options::default(),
        )
        .unwrap();
        let speaker = a.quotes[0].speaker.as_ref().unwrap();
        let chars: Vec<char> = a.text.chars().collect();
        let at: String = chars[speaker.start..speaker.end].iter().collect();
        assert_eq!(
            (at.as_str(), speaker.name.as_deref()),
            ("She", Some("Jane Doe"))
        );
    }

    #[test]
    fn a_noun_cue_after_a_name_that_is_an_object_reports_nothing() {
        for text in [
            "Tesla reported a 55% drop in profit, missing Wall Street estimates, as price cuts \
             weighed on margins.",
            "Profit beat Wall Street estimates for the third quarter.",
        ] {
            assert!(quotes(text).is_empty(), "{text}");
        }
        // The same noun after a subject is the verb.
        assert_eq!(
            one("“We lost,” John Smith claims.").2.as_deref(),
            Some("John Smith")
        );
    }

    #[test]
    fn a_cue_at_the_end_of_the_text_does_not_look_past_it() {
        for text in [
            " he told The Moscow Times ",
            "Rutte insisted NATO",
            "Rutte insisted NATO was",
            "two people familiar with",
            "The deal is off, said a person familiar with",
            "Sources close to",
        ] {
            assert!(parse(text, &Options::default()).is_ok(), "{text}");
        }
        // A noun before a name is no cue.
        assert!(quotes("Battleground state Florida is nearly 3% Polish American.").is_empty());
        // The next quote continues the long trailing attribution's speaker.
        let q = quotes(
            "Women are the story, Jane Doe says in the magazine’s annual celebration of Women in \
             Hollywood. “We have to stand in our own power.”",
        );
        assert_eq!(
            q.iter().map(|(_, _, s)| s.as_deref()).collect::<Vec<_>>(),
            [Some("Jane Doe"), Some("Jane Doe")]
        );
        // "believe in" takes an object, not an adjunct.
        assert!(quotes(
            "Like President Obama, I believe in the good sense of the American people."
        )
        .is_empty());
        // An infinitive after a noun phrase has no subject before it.
        let q = quotes(
            "Eva Longoria talks about why she has made it a personal mission to tell stories: \
             “Hollywood gets to decide what heroes look like.”",
        );
        assert!(
            q.iter()
                .all(|(_, _, s)| s.as_deref() != Some("personal mission")),
            "{q:?}"
        );
    }

    #[test]
    fn a_quote_paragraph_points_at_the_latest_mention_of_its_speaker() {
        let a = parse(
            "Banks face a reckoning\n\nJane Doe spoke on Monday.\n\nThough she called the deal \
             “a disgrace,” Doe restricted her comments to the budget.\n\n“If any bank fails, it \
             should be broken up.”\n",
            &Options::default(),
        )
        .unwrap();
        let q = a.quotes.last().unwrap();
        let speaker = q.speaker.as_ref().unwrap();
        assert_eq!(speaker.name.as_deref(), Some("Jane Doe"));
        let at = a.slice(crate::Span::new(speaker.start, speaker.end));
        assert_eq!(at, "Doe");
        assert!(speaker.start > a.quotes[0].parts[0].end);
    }

    #[test]
    fn the_subject_of_a_partial_quote_skips_fronted_clauses_and_expletives() {
        let (_, _, speaker) = one(
            "Fifteen minutes after Jane Doe was picked, campaign chairman John Roe called the \
             governor “the most extreme pick in a generation.”",
        );
        assert_eq!(speaker.as_deref(), Some("John Roe"));
        // A verb in -s after a name, before its particle, is no part of the subject.
        let (_, _, speaker) = one(
            "Pope takes on climate deniers in ‘Laudate Deum,’ a new document\n\nVATICAN CITY \
             (RNS) — The pope is not happy.",
        );
        assert_eq!(speaker.as_deref(), Some("Pope"));
        // A quote opening the sentence holds no subject for a later quote in it.
        let q = quotes(
            "Talent is not enough, Linus Torvalds says. “Maintainers are the ones who \
             translate,” by which he means “the context, the reason for the code.”",
        );
        let context = q
            .iter()
            .find(|(_, parts, _)| parts[0].starts_with("the context"))
            .unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(context.2.as_deref(), Some("Linus Torvalds"), "{q:?}");
        for text in [
            "It’s been common for reporters to portray the race as a “working-class” revolt.",
            "I’m old enough to remember a “moral equivalent of war” on oil.",
            "Frustrations at the slow count have grown into “open revolt.”",
            "Meanwhile, niche AI applications could graduate from “meh” to “hmm, interesting.”",
            "Such investments have become a “safe haven” for pension funds.",
        ] {
            let q = quotes(text);
            assert!(
                q.iter()
                    .all(|(_, _, s)| s.as_deref().is_none_or(|s| !s.contains("been")
                        && !s.contains("old enough")
                        && s != "Frustrations"
                        && !s.contains("applications")
                        && !s.contains("investments"))),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn headlines_report_speech_in_title_case() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Putin Says West Must Accept Russia's Terms",
                Some(("West Must Accept Russia's Terms", "Putin")),
            ),
            (
                "Zelensky says Ukraine needs more air defence",
                Some(("Ukraine needs more air defence", "Zelensky")),
            ),
            (
                "Police Say Suspect Fled Scene",
                Some(("Suspect Fled Scene", "Police")),
            ),
            // Verbs other than say still need a clause.
            ("Apple Reports Record Profit", None),
            // A phrasal verb reports nothing.
            ("How Losing Even a Little Rest Adds Up Over Time", None),
            // Any speech verb in the present tense before quoted words.
            (
                "Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama",
                Some(("Demoralizing", "Retired General")),
            ),
        ];
        for (headline, expected) in cases {
            let text = format!("{headline}\n\nBERLIN (Reuters) - The talks went on.\n");
            let got = quotes(&text);
            let got: Vec<(&str, Option<&str>)> = got
                .iter()
                .map(|(_, parts, s)| (parts[0].as_str(), s.as_deref()))
                .collect();
            match expected {
                Some((content, speaker)) => {
                    assert_eq!(got, [(*content, Some(*speaker))], "{headline}")
                }
                None => assert!(got.is_empty(), "{headline}: {got:?}"),
            }
        }
        // In a paragraph, a capitalised verb inside a sentence is no cue.
        assert!(quotes("The film Apple Says Hello was shown in Berlin.").is_empty());
    }

    #[test]
    fn a_common_noun_opening_a_sentence_is_no_person() {
        let a = parse(
            "Analysis shows that lawsuits are one of his tools.",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(a.entities[0].kind, crate::model::EntityKind::Group);
        // A given name with the same ending is still a person.
        let a = parse("Constance said she was tired.", &Options::default()).unwrap();
        assert_eq!(a.entities[0].kind, crate::model::EntityKind::Person);
    }

    #[test]
    fn an_inverted_cue_needs_a_subject_after_it() {
        // A clause, a passive agent or an object pronoun after the verb is no speaker, however
        // the sentence ends.
        for text in [
            "The rule is named after Warren Buffett, the investor, who once complained that he \
             paid taxes at a lower rate than his secretary.",
            "A professor, accused by the government of plotting the coup, was arrested.",
            "His former partner, Lawrence Cole, called him a master at bolting deals together.",
            "Grandpa Bern, as he is known, described a day at home with his grandchildren.",
        ] {
            let found = quotes(text);
            assert!(
                found.iter().all(|(_, _, s)| s.as_deref() != Some("[he]")
                    && !s.as_deref().unwrap_or("").starts_with("by ")
                    && s.as_deref() != Some("day")),
                "{text}: {found:?}"
            );
            assert!(
                found
                    .iter()
                    .all(|(_, parts, _)| !parts[0].starts_with("The rule")
                        && !parts[0].starts_with("His former partner")
                        && !parts[0].starts_with("A professor")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_cue_with_only_an_adjunct_reports_nothing() {
        for text in [
            "Candidate Ben Rolf said after the attacks.",
            "The mayor spoke on Friday and said during the meeting.",
            "Senator Ann Lee said in Ohio.",
            // "recall" the noun.
            "So the company initiated a voluntary recall to fix the doors.",
            // An addressee and no clause.
            "That is what rumor has it the man said to the President of the United States.",
            // A refusal, even with an adverb in the infinitive.
            "SpaceX is believed to have bid, but the company has declined to publicly confirm \
             that.",
            // A pronoun object and an adjunct; a phrasal verb that reports nothing.
            "We'll say it until the cows come home.",
            "The costs of losing a little sleep each night add up over time.",
            // What is told, not a report.
            "While most people in relationships tell the odd white lie here and there, is \
             hiding the truth a betrayal?",
            // A participle or a state, not a finding.
            "The body found in Lake Barkley had been wrapped in chains.",
            "The man was found guilty of fraud in May.",
            // Nouns that share a speech verb's form.
            "The crowd turns into a unique light show that can be seen from the hall.",
            "People discussed the marriage claim the account was trying to make.",
            // A topic, not a clause.
            "The tweet goes against everything Brosnan has ever said about his wife.",
            "The ads during a TV show you were enjoying were loud.",
            "The report listed derogatory comments Trump had made about her as examples.",
            "A drug would induce torpor, the term for the hibernating state.",
            // "add" with a thing for its object, or "add to".
            "The show proved so popular that Richmond added a second date.",
            "The group wants $2.6 million of the total added to what the state has promised.",
            // Passive: "it" is no speaker.
            "The Acme Corp. board met. It was added after the vote, and it was announced \
             that the plan failed.",
        ] {
            let text = format!("Senate hearing on banks\n\n{text}\n");
            assert!(quotes(&text).is_empty(), "{text}: {:?}", quotes(&text));
        }
    }

    #[test]
    fn reported_speech_around_a_parenthetical_attribution() {
        let (kind, parts, speaker) =
            one("But to prevent problems, Jane Smith said, local officials should be vigilant.");
        assert_eq!(kind, QuoteKind::Indirect);
        assert_eq!(
            parts,
            [
                "But to prevent problems",
                "local officials should be vigilant"
            ]
        );
        assert_eq!(speaker.as_deref(), Some("Jane Smith"));
        // A short subject before the attribution, and a day after the verb.
        for (text, first, rest, who) in [
            (
                "The plan, officials said, will fail.",
                "The plan",
                "will fail",
                "officials",
            ),
            (
                "The economy, Jane Smith said on Monday, is slowing down.",
                "The economy",
                "is slowing down",
                "Jane Smith",
            ),
        ] {
            let (kind, parts, speaker) = one(text);
            assert_eq!(kind, QuoteKind::Indirect, "{text}");
            assert_eq!(parts, [first, rest], "{text}");
            assert_eq!(speaker.as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn nouns_in_ly_are_no_adverbs() {
        let (_, _, speaker) = one("In a statement, the family said: “He was a loving father.”");
        assert_eq!(speaker.as_deref(), Some("family"));
        let (_, _, speaker) = one("A key ally said the deal was dead.");
        assert_eq!(speaker.as_deref(), Some("key ally"));
        // A prepositional phrase after the speaker is no addressee.
        let a = parse(
            "“Prices will rise,” warned economist John Roe of Capital Economics.",
            &Options::default(),
        )
        .unwrap();
        assert!(a.quotes[0].addressee.is_none());
    }

    #[test]
    fn a_party_label_is_the_person_named_last_and_a_people_is_a_group() {
        let (_, _, speaker) = one(
            "Rep. John Roe, a Republican from Ohio, voted no. The Republican said the bill was \
             flawed.",
        );
        assert_eq!(speaker.as_deref(), Some("John Roe"));
        let a = parse("The French said the bill was flawed.", &Options::default()).unwrap();
        let speaker = a.quotes[0].speaker.as_ref().unwrap();
        let kind = a.entities[speaker.entity.unwrap()].kind;
        assert_eq!(kind, crate::model::EntityKind::Group);
    }

    #[test]
    fn a_person_by_their_age_is_the_one_named_last() {
        for text in [
            "Jane Doe, 45, was arrested on Monday. The 45-year-old said she was innocent.",
            "Jane Doe was arrested on Monday. “I am innocent,” the 45-year-old said.",
        ] {
            let q = quotes(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some("Jane Doe"), "{text}");
        }
    }

    #[test]
    fn a_kind_of_organisation_refers_back_to_the_one_named_last() {
        let cases: &[(&str, &str)] = &[
            (
                "Acme Corp. reported a loss on Monday. The company said demand was weak.",
                "Acme Corp.",
            ),
            (
                "Bank of America reported a profit. The bank said costs fell.",
                "Bank of America",
            ),
            // A news outlet is no antecedent.
            (
                "Tesla cut prices again, Reuters reported. The carmaker said demand was strong.",
                "Tesla",
            ),
            // A kind of public body: the public body named last, not the company after it.
            (
                "NASA signed contracts with SpaceX on Monday. The agency said the deals were \
                 worth $2 billion.",
                "National Aeronautics and Space Administration",
            ),
        ];
        for (text, org) in cases {
            let q = quotes(text);
            assert_eq!(q.last().unwrap().2.as_deref(), Some(*org), "{text}");
        }
        // With nothing named before, the description is a group of its own.
        assert_eq!(
            one("The company said demand was weak.").2.as_deref(),
            Some("company")
        );
    }

    #[test]
    fn groups_speak() {
        let (_, _, speaker) =
            one("Western officials say the losses now exceed recruitment in the region.");
        assert_eq!(speaker.as_deref(), Some("Western officials"));
        // "The official" refers back to the group its head noun named.
        let q = quotes(
            "“It is a legitimate target,” a senior security official told reporters. The \
             official said the operation had been planned for weeks.",
        );
        let speakers: Vec<_> = q.iter().map(|(_, _, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("senior security official"),
                Some("senior security official")
            ]
        );
        // A noun phrase tried as a speaker and then rejected leaves no group behind.
        let a = parse(
            "Paul Dewar, an Ottawa lawmaker, said the combined security lapses raise serious \
             questions.",
            &Options::default(),
        )
        .unwrap();
        assert!(
            a.entities
                .iter()
                .all(|e| e.kind != crate::model::EntityKind::Group),
            "{:?}",
            a.entities
        );
        assert_eq!(
            a.quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()),
            Some("Paul Dewar")
        );
    }

    #[test]
    fn many_unmatched_marks_finish() {
        let text = "“".repeat(10_000) + " and " + &"”".repeat(3) + &"\"".repeat(5000);
        let a = parse(&text, &Options::default()).unwrap();
        assert!(a.quotes.len() <= 2);
    }
}
