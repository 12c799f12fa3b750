//! Entities and coreference (issue #5) against GUM news documents
//! (`shared/data/entities/gum_news.jsonl`, see its README).
//!
//! ## Types
//!
//! dateline `person → person`, `organization → organization`, `location → place`. Other
//! dateline kinds (event, nationality, group, work) and other GUM types (event, object, abstract,
//! time, …) are outside this evaluation. GUM differs from OntoNotes-style NER: a country acting
//! as a government is an *organization* and museums or universities are *places*; these
//! disagreements count as type errors (they show in the typed scores, not the untyped ones).
//!
//! ## Named-mention detection
//!
//! * Gold: GUM mentions with `named` (the syntactic head is a proper noun) of the three types.
//!   GUM mentions are full noun phrases and nest ("U.S. President Donald Trump" ⊃ "Donald
//!   Trump"), so mentions sharing a head token are one gold item (the shortest is kept).
//! * Predicted: dateline mentions with form `name`, `partial_name` or `acronym` of the three kinds,
//!   spans mapped to the gold text ([`crate::align`]).
//! * **head** match: the predicted span contains the gold head token (and, typed, the types agree);
//!   **exact** match: the predicted span equals the gold mention's span or its GUM minimal span.
//!   Matching is 1:1, greedy in text order.
//! * A predicted mention that matches nothing but contains the head of a named GUM mention of
//!   another type (an event, a work) is *neutral*: neither a true nor a false positive.
//! * Reported: P/R/F1 per type, typed micro-average and untyped.
//!
//! ## Coreference
//!
//! For each gold chain whose first named mention (the *anchor*) is a person, organization or
//! place: every other mention of the chain (before or after the anchor) that is a name (`named`)
//! or a pronoun (head tagged `PRP`/`PRP$`) and does not share the anchor's head token (nested
//! phrases around the anchor) is *resolved* when the predicted
//! mention covering its head token (the shortest predicted mention whose span contains it, any
//! form) belongs to the same predicted entity as the one covering the anchor's head. The score is
//! resolved / total (per form and overall); a chain whose anchor no predicted mention covers
//! resolves none. Descriptions ("the president") are reported separately, not in the total. This
//! is a recall-style measure: it does not penalise merging distinct chains.
//!
//! ## Person pronouns and surnames (the target)
//!
//! "Correct canonical entity for ≥ 90 % of person mentions that are surnames or pronouns in
//! quotes' speakers." Definitions:
//!
//! * A span is a **pronoun** when, ignoring a possessive `'s` token, it is one gold token among
//!   the third-person personal pronouns (`he him his himself she her hers herself they them their
//!   theirs themselves`), and a **surname** when, ignoring honorifics (`Mr. Mrs. Ms. Miss Dr.
//!   Prof.`) and a possessive token, it is one gold token tagged `NNP` ("Rutte", "Mr. Obama",
//!   "Trump's"; a lone given name counts too). Other spans (full names, descriptions) are out of
//!   scope.
//! * The gold **chain** of a span: the chain of the shortest gold mention whose head token lies
//!   inside the span; the span is scored only when that mention is a `person`. Chains that GUM
//!   links to the same Wikipedia `identity` count as one chain (GUM splits a few: a singleton
//!   "English captain Harry Kane" and the later "Harry Kane … He").
//! * A predicted span **lies in** a chain when the shortest gold mention containing it belongs to
//!   the chain ("Colette Heald" in "coauthor Colette Heald"), or, when no gold mention contains
//!   it, when the head token of one of the chain's mentions lies inside it.
//! * A predicted entity's **canonical mention**: its first mention of form `name` (where its
//!   canonical name is written), else its first mention.
//! * The chain's **first name**: the earliest predicted mention of form `name` of a person entity
//!   that lies in the chain.
//! * The span is **correct** for predicted entity `e` when `e`'s canonical mention lies in the
//!   span's chain and, if the chain has a first name, that mention belongs to `e`. So "Wilkins"
//!   must resolve to the entity that holds "Kristin Wilkins" where the text introduced her, not
//!   to an entity "Wilkins" of its own, nor to an entity that merged her with someone named
//!   earlier.
//! * **speaker**: every quote whose speaker span (model offsets mapped to the gold text) is a
//!   pronoun or surname and falls in a person chain; `e` is the quote's speaker entity (none:
//!   wrong). Speaker spans that fall in no gold person mention are counted apart (`no gold`).
//! * **mention**: every gold person mention (one per head token) that is a pronoun or surname,
//!   except chain anchors (a chain's first named mention, else its first mention); `e` is the
//!   predicted entity covering its head token (shortest predicted mention containing it; none:
//!   wrong).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use dateline::{Article, EntityKind, MentionForm, Options};
use serde::Deserialize;

use crate::align::Alignment;
use crate::io::{parse_guarded, read_jsonl, EvalError};

/// The GUM types evaluated, in report order.
pub const TYPES: &[&str] = &["person", "organization", "place"];

/// The GUM documents of the dev and test splits.
pub const DEV_TEST: &[&str] = &[
    "GUM_news_homeopathic",
    "GUM_news_iodine",
    "GUM_news_nasa",
    "GUM_news_sensitive",
];

/// One GUM document.
#[derive(Clone, Debug, Deserialize)]
pub struct GumDoc {
    /// Document id (`GUM_news_…`).
    pub id: String,
    /// GUM split: train, dev or test.
    pub split: String,
    /// The text.
    pub text: String,
    /// Tokens: `[start, end, form, xpos]`.
    pub tokens: Vec<(usize, usize, String, String)>,
    /// Mentions.
    pub entities: Vec<GumMention>,
}

/// One GUM mention (a full noun phrase).
#[derive(Clone, Debug, Deserialize)]
pub struct GumMention {
    /// Start (code points).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// GUM entity type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether the mention's head is a proper noun.
    pub named: bool,
    /// Coreference chain id within the document.
    pub chain: String,
    /// The syntactic head token.
    pub head_tok: usize,
    /// Start of the minimal span.
    pub head_start: usize,
    /// End of the minimal span.
    pub head_end: usize,
    /// GUM's minimal span (token indexes).
    #[serde(default)]
    pub minspan_tok: Vec<usize>,
    /// The Wikipedia title GUM links the mention to, if any.
    #[serde(default)]
    pub identity: Option<String>,
}

/// A predicted mention in gold offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PredMention {
    /// The predicted entity.
    pub entity: usize,
    /// The GUM type of the entity's kind, if evaluated.
    pub kind: Option<&'static str>,
    /// The mention's form.
    pub form: MentionForm,
    /// Start in the gold text.
    pub start: usize,
    /// End in the gold text.
    pub end: usize,
}

/// The GUM type for a dateline entity kind.
pub fn gum_type(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("person"),
        EntityKind::Organization => Some("organization"),
        EntityKind::Location => Some("place"),
        _ => None,
    }
}

/// The mentions of an article in the offsets of `gold_text`.
pub fn pred_mentions(article: &Article, gold_text: &str) -> Vec<PredMention> {
    let align = Alignment::new(&article.text, gold_text);
    let mut out: Vec<PredMention> = article
        .entities
        .iter()
        .flat_map(|e| {
            let align = &align;
            e.mentions.iter().map(move |m| {
                let s = align.map(m.start, m.end);
                PredMention {
                    entity: e.id,
                    kind: gum_type(e.kind),
                    form: m.form,
                    start: s.start,
                    end: s.end,
                }
            })
        })
        .collect();
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// Counts for P/R/F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// Matched predictions (= matched gold items).
    pub tp: usize,
    /// Predictions counted.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Precision in `0..=1`.
    pub fn p(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    /// Recall in `0..=1`.
    pub fn r(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// F1 in `0..=1`.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Resolved / total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fraction {
    /// Resolved.
    pub ok: usize,
    /// Total.
    pub total: usize,
}

impl Fraction {
    /// The fraction in `0..=1` (0 when empty).
    pub fn value(&self) -> f64 {
        ratio(self.ok, self.total)
    }
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.ok += usize::from(ok);
    }
}

/// Scores of a set of documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityReport {
    /// What the documents are ("dev+test", "all").
    pub label: String,
    /// Number of documents.
    pub docs: usize,
    /// `(scheme, type) → counts`; scheme `head` or `exact`; type one of [`TYPES`], `typed`
    /// (micro-average over the types) or `untyped`.
    pub ner: BTreeMap<(String, String), Prf>,
    /// Unmatched predictions left out of precision (named GUM mentions of other types).
    pub neutral: usize,
    /// Coreference by mention form: `name`, `pronoun`, `names+pronouns`, `description`.
    pub coref: BTreeMap<String, Fraction>,
    /// Chain anchors covered by a predicted mention.
    pub anchors: Fraction,
    /// Person pronouns and surnames resolved to the right canonical entity: keys
    /// `speaker pronoun`, `speaker surname`, `speaker all`, `mention pronoun`, `mention surname`,
    /// `mention all` (see the module documentation).
    pub person: BTreeMap<String, Fraction>,
    /// Pronoun or surname speaker spans outside any gold person mention.
    pub speakers_no_gold: usize,
    /// Documents the library refused.
    pub errors: Vec<String>,
}

impl EntityReport {
    /// The counts for `scheme` (`head`/`exact`) and `kind` (a type, `typed` or `untyped`).
    pub fn prf(&self, scheme: &str, kind: &str) -> Prf {
        self.ner
            .get(&(scheme.to_string(), kind.to_string()))
            .copied()
            .unwrap_or_default()
    }

    /// A printable table.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "== entities: {} ({} docs)", self.label, self.docs);
        let _ = writeln!(
            out,
            "{:<6} {:<13} {:>6} {:>6} {:>6}   {:>5} {:>5} {:>5}",
            "match", "type", "P", "R", "F1", "tp", "pred", "gold"
        );
        for scheme in ["head", "exact"] {
            for kind in TYPES.iter().copied().chain(["typed", "untyped"]) {
                let c = self.prf(scheme, kind);
                let _ = writeln!(
                    out,
                    "{:<6} {:<13} {:>6.1} {:>6.1} {:>6.1}   {:>5} {:>5} {:>5}",
                    scheme,
                    kind,
                    100.0 * c.p(),
                    100.0 * c.r(),
                    100.0 * c.f1(),
                    c.tp,
                    c.pred,
                    c.gold
                );
            }
        }
        let _ = writeln!(
            out,
            "neutral predictions (other GUM types): {}",
            self.neutral
        );
        let _ = writeln!(
            out,
            "coreference: anchors covered {}/{} ({:.1}%)",
            self.anchors.ok,
            self.anchors.total,
            100.0 * self.anchors.value()
        );
        for (form, f) in &self.coref {
            let _ = writeln!(
                out,
                "  {:<16} {:>5}/{:<5} {:>5.1}%",
                form,
                f.ok,
                f.total,
                100.0 * f.value()
            );
        }
        let _ = writeln!(
            out,
            "person pronouns/surnames -> canonical entity (speaker spans in no gold person mention: {})",
            self.speakers_no_gold
        );
        for (key, f) in &self.person {
            let _ = writeln!(
                out,
                "  {:<16} {:>5}/{:<5} {:>5.1}%",
                key,
                f.ok,
                f.total,
                100.0 * f.value()
            );
        }
        if !self.errors.is_empty() {
            let _ = writeln!(out, "documents refused: {}", self.errors.join(", "));
        }
        out
    }
}

/// Loads the GUM JSONL file.
///
/// # Errors
///
/// I/O and JSON errors.
pub fn load(path: &Path) -> Result<Vec<GumDoc>, EvalError> {
    read_jsonl(path)
}

/// Parses every document and scores the ones `select` keeps.
pub fn evaluate(docs: &[GumDoc], label: &str, select: impl Fn(&GumDoc) -> bool) -> EntityReport {
    let mut report = EntityReport {
        label: label.to_string(),
        ..EntityReport::default()
    };
    let chosen: Vec<&GumDoc> = docs.iter().filter(|d| select(d)).collect();
    for doc in chosen {
        report.docs += 1;
        let (preds, speakers) = match parse_guarded(&doc.text, &Options::default()) {
            Ok(article) => (
                pred_mentions(&article, &doc.text),
                pred_speakers(&article, &doc.text),
            ),
            Err(e) => {
                report.errors.push(format!("{}: {e}", doc.id));
                (Vec::new(), Vec::new())
            }
        };
        score_doc(doc, &preds, &mut report);
        person_coreference(doc, &preds, &speakers, &mut report);
    }
    report
}

/// A gold named item: the mention with the shortest span among those sharing a head token.
struct GoldItem<'a> {
    mention: &'a GumMention,
    head: (usize, usize),
}

fn score_doc(doc: &GumDoc, preds: &[PredMention], report: &mut EntityReport) {
    let head_span = |m: &GumMention| {
        doc.tokens
            .get(m.head_tok)
            .map_or((m.head_start, m.head_end), |t| (t.0, t.1))
    };
    let mut by_head: BTreeMap<usize, &GumMention> = BTreeMap::new();
    for m in doc.entities.iter().filter(|m| m.named) {
        let slot = by_head.entry(m.head_tok).or_insert(m);
        if m.end - m.start < slot.end - slot.start {
            *slot = m;
        }
    }
    let in_scope = |m: &GumMention| TYPES.contains(&m.kind.as_str());
    let gold: Vec<GoldItem> = by_head
        .values()
        .filter(|m| in_scope(m))
        .map(|m| GoldItem {
            mention: m,
            head: head_span(m),
        })
        .collect();
    let other_heads: Vec<(usize, usize)> = by_head
        .values()
        .filter(|m| !in_scope(m))
        .map(|m| head_span(m))
        .collect();
    let named_preds: Vec<&PredMention> = preds
        .iter()
        .filter(|p| {
            p.kind.is_some()
                && matches!(
                    p.form,
                    MentionForm::Name | MentionForm::PartialName | MentionForm::Acronym
                )
        })
        .collect();
    let contains = |p: &PredMention, h: (usize, usize)| p.start <= h.0 && h.1 <= p.end;
    let head_match = |p: &PredMention, g: &GoldItem| contains(p, g.head);
    let exact_match = |p: &PredMention, g: &GoldItem| {
        (p.start, p.end) == (g.mention.start, g.mention.end)
            || (p.start, p.end) == (g.mention.head_start, g.mention.head_end)
    };
    // Neutral predictions: they match no in-scope gold head but cover another named mention.
    let neutral: Vec<bool> = named_preds
        .iter()
        .map(|p| {
            !gold.iter().any(|g| head_match(p, g)) && other_heads.iter().any(|h| contains(p, *h))
        })
        .collect();
    report.neutral += neutral.iter().filter(|n| **n).count();
    for (scheme, matches) in [
        (
            "head",
            &head_match as &dyn Fn(&PredMention, &GoldItem) -> bool,
        ),
        ("exact", &exact_match),
    ] {
        let mut typed = Prf::default();
        for &t in TYPES {
            let g: Vec<&GoldItem> = gold.iter().filter(|g| g.mention.kind == t).collect();
            let p: Vec<&PredMention> = named_preds
                .iter()
                .zip(&neutral)
                .filter(|(p, n)| p.kind == Some(t) && !**n)
                .map(|(p, _)| *p)
                .collect();
            let c = greedy(&p, &g, matches);
            if scheme == "head" && std::env::var_os("DATELINE_ENTITIES_DEBUG").is_some() {
                // Unmatched predictions of this type (false positives), for error analysis.
                for q in &p {
                    if !g.iter().any(|g| matches(q, g)) {
                        let text: String = doc
                            .text
                            .chars()
                            .skip(q.start)
                            .take(q.end - q.start)
                            .collect();
                        eprintln!("{} ner false {t} [{text}] @{}", doc.id, q.start);
                    }
                }
                // Gold mentions no prediction of this type matched (misses).
                for g in &g {
                    if !p.iter().any(|q| matches(q, g)) {
                        let m = g.mention;
                        let text: String = doc
                            .text
                            .chars()
                            .skip(m.start)
                            .take(m.end - m.start)
                            .collect();
                        eprintln!("{} ner missed {t} [{text}] @{}", doc.id, m.start);
                    }
                }
            }
            typed.add(c);
            entry(report, scheme, t).add(c);
        }
        entry(report, scheme, "typed").add(typed);
        let g: Vec<&GoldItem> = gold.iter().collect();
        let p: Vec<&PredMention> = named_preds
            .iter()
            .zip(&neutral)
            .filter(|(_, n)| !**n)
            .map(|(p, _)| *p)
            .collect();
        entry(report, scheme, "untyped").add(greedy(&p, &g, matches));
    }
    coreference(doc, preds, &head_span, report);
}

fn entry<'a>(report: &'a mut EntityReport, scheme: &str, kind: &str) -> &'a mut Prf {
    report
        .ner
        .entry((scheme.to_string(), kind.to_string()))
        .or_default()
}

/// 1:1 greedy matching: each prediction in order takes the first unmatched gold item it matches.
fn greedy(
    preds: &[&PredMention],
    gold: &[&GoldItem],
    matches: &dyn Fn(&PredMention, &GoldItem) -> bool,
) -> Prf {
    let mut used = vec![false; gold.len()];
    let mut tp = 0;
    for p in preds {
        if let Some(i) = (0..gold.len()).find(|&i| !used[i] && matches(p, gold[i])) {
            used[i] = true;
            tp += 1;
        }
    }
    Prf {
        tp,
        pred: preds.len(),
        gold: gold.len(),
    }
}

fn coreference(
    doc: &GumDoc,
    preds: &[PredMention],
    head_span: &dyn Fn(&GumMention) -> (usize, usize),
    report: &mut EntityReport,
) {
    // The predicted entity covering a head token: the shortest predicted mention containing it.
    let entity_at = |h: (usize, usize)| {
        preds
            .iter()
            .filter(|p| p.start <= h.0 && h.1 <= p.end)
            .min_by_key(|p| p.end - p.start)
            .map(|p| p.entity)
    };
    let mut chains: BTreeMap<&str, Vec<&GumMention>> = BTreeMap::new();
    for m in &doc.entities {
        chains.entry(m.chain.as_str()).or_default().push(m);
    }
    for mentions in chains.values_mut() {
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let Some(anchor) = mentions.iter().find(|m| m.named) else {
            continue;
        };
        if !TYPES.contains(&anchor.kind.as_str()) {
            continue;
        }
        let anchor_entity = entity_at(head_span(anchor));
        report.anchors.add(anchor_entity.is_some());
        for m in mentions.iter().filter(|m| m.head_tok != anchor.head_tok) {
            let xpos = doc.tokens.get(m.head_tok).map_or("", |t| t.3.as_str());
            let form = if m.named {
                "name"
            } else if matches!(xpos, "PRP" | "PRP$") {
                "pronoun"
            } else {
                "description"
            };
            let ok = anchor_entity.is_some() && entity_at(head_span(m)) == anchor_entity;
            report.coref.entry(form.to_string()).or_default().add(ok);
            if form != "description" {
                report
                    .coref
                    .entry("names+pronouns".to_string())
                    .or_default()
                    .add(ok);
            }
        }
    }
}

/// A quote's speaker in gold offsets: `(start, end, entity)`.
pub type PredSpeaker = (usize, usize, Option<usize>);

/// The speakers of an article's quotes in the offsets of `gold_text`.
pub fn pred_speakers(article: &Article, gold_text: &str) -> Vec<PredSpeaker> {
    let align = Alignment::new(&article.text, gold_text);
    article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| {
            let r = align.map(s.start, s.end);
            (r.start, r.end, s.entity)
        })
        .collect()
}

/// Third-person personal pronouns.
const PERSON_PRONOUNS: &[&str] = &[
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
];

const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Mr", "Mrs", "Ms",
];

/// `pronoun` or `surname` for gold tokens `toks` (see the module documentation).
fn pronoun_or_surname(doc: &GumDoc, toks: &[usize]) -> Option<&'static str> {
    let core: Vec<&(usize, usize, String, String)> = toks
        .iter()
        .filter_map(|&t| doc.tokens.get(t))
        .filter(|t| t.3 != "POS" && !matches!(t.2.as_str(), "'s" | "’s" | "'" | "’"))
        .filter(|t| !HONORIFICS.contains(&t.2.as_str()))
        .collect();
    let [t] = core.as_slice() else {
        return None;
    };
    if matches!(t.3.as_str(), "PRP" | "PRP$")
        && PERSON_PRONOUNS.contains(&t.2.to_lowercase().as_str())
    {
        Some("pronoun")
    } else if t.3 == "NNP" {
        Some("surname")
    } else {
        None
    }
}

/// The person pronoun/surname scores (see the module documentation).
fn person_coreference(
    doc: &GumDoc,
    preds: &[PredMention],
    speakers: &[PredSpeaker],
    report: &mut EntityReport,
) {
    let head = |m: &GumMention| {
        doc.tokens
            .get(m.head_tok)
            .map_or((m.head_start, m.head_end), |t| (t.0, t.1))
    };
    let entity_at = |h: (usize, usize)| {
        preds
            .iter()
            .filter(|p| p.start <= h.0 && h.1 <= p.end)
            .min_by_key(|p| p.end - p.start)
            .map(|p| p.entity)
    };
    // Chain anchors (first named mention, else first mention) by head token.
    let mut anchors: BTreeMap<&str, usize> = BTreeMap::new();
    let mut ordered: Vec<&GumMention> = doc.entities.iter().collect();
    ordered.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    for m in &ordered {
        if m.named {
            anchors.entry(m.chain.as_str()).or_insert(m.head_tok);
        }
    }
    for m in &ordered {
        anchors.entry(m.chain.as_str()).or_insert(m.head_tok);
    }
    // The canonical mention of each predicted entity.
    let mut first_any: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for p in preds {
        first_any.entry(p.entity).or_insert((p.start, p.end));
    }
    let mut first_name: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for p in preds.iter().filter(|p| p.form == MentionForm::Name) {
        first_name.entry(p.entity).or_insert((p.start, p.end));
    }
    let canonical_of = |e: usize| first_name.get(&e).or(first_any.get(&e)).copied();
    // Chains GUM links to one Wikipedia identity are one entity (GUM splits a few, e.g. a
    // singleton first mention "English captain Harry Kane" and the later chain).
    let mut identity: BTreeMap<&str, &str> = BTreeMap::new();
    for m in &doc.entities {
        if let Some(id) = m.identity.as_deref() {
            identity.entry(m.chain.as_str()).or_insert(id);
        }
    }
    let key_of = |chain: &str| -> String {
        identity
            .get(chain)
            .map_or_else(|| format!("chain {chain}"), |id| format!("identity {id}"))
    };
    let chain_id_of = |span: (usize, usize)| -> Option<&str> {
        let container = doc
            .entities
            .iter()
            .filter(|m| m.start <= span.0 && span.1 <= m.end)
            .min_by_key(|m| m.end - m.start);
        if let Some(m) = container {
            return Some(m.chain.as_str());
        }
        doc.entities
            .iter()
            .filter(|m| {
                let h = head(m);
                span.0 <= h.0 && h.1 <= span.1
            })
            .min_by_key(|m| m.end - m.start)
            .map(|m| m.chain.as_str())
    };
    // The chain a predicted span lies in.
    let chain_of = |span: (usize, usize)| -> Option<String> { chain_id_of(span).map(key_of) };
    // The first predicted name lying in each chain: its entity and span.
    let mut chain_first: BTreeMap<String, (usize, (usize, usize))> = BTreeMap::new();
    for p in preds
        .iter()
        .filter(|p| p.form == MentionForm::Name && p.kind == Some("person"))
    {
        if let Some(c) = chain_of((p.start, p.end)) {
            chain_first.entry(c).or_insert((p.entity, (p.start, p.end)));
        }
    }
    let correct = |e: Option<usize>, chain: &str| {
        let Some(e) = e else { return false };
        let key = key_of(chain);
        canonical_of(e).and_then(chain_of).as_deref() == Some(key.as_str())
            && chain_first.get(&key).is_none_or(|&(f, _)| f == e)
    };
    // `DATELINE_ENTITIES_DEBUG=1` lists the errors on stderr.
    let debug = std::env::var_os("DATELINE_ENTITIES_DEBUG").is_some();
    let chars: Vec<char> = if debug {
        doc.text.chars().collect()
    } else {
        Vec::new()
    };
    let show = |s: usize, e: usize| -> String {
        chars
            .get(s..e.min(chars.len()))
            .map_or(String::new(), |c| c.iter().collect())
    };
    let explain = |what: &str, span: (usize, usize), e: Option<usize>, chain: &str| {
        if !debug {
            return;
        }
        let first = chain_first
            .get(&key_of(chain))
            .map_or("-".to_string(), |(_, c)| show(c.0, c.1));
        let pred = e
            .and_then(canonical_of)
            .map_or("-".to_string(), |c| show(c.0, c.1));
        let context = show(span.0.saturating_sub(60), span.1 + 20).replace('\n', " ");
        eprintln!(
            "{} {what} [{}] @{}: chain's first name [{first}], predicted [{pred}] | …{context}…",
            doc.id,
            show(span.0, span.1),
            span.0
        );
    };
    let mut add = |key: String, ok: bool| report.person.entry(key).or_default().add(ok);
    for &(start, end, entity) in speakers {
        let toks: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| start <= doc.tokens[i].0 && doc.tokens[i].1 <= end)
            .collect();
        let Some(class) = pronoun_or_surname(doc, &toks) else {
            continue;
        };
        let gold = doc
            .entities
            .iter()
            .filter(|m| {
                let h = head(m);
                start <= h.0 && h.1 <= end
            })
            .min_by_key(|m| m.end - m.start);
        match gold {
            Some(m) if m.kind == "person" => {
                let ok = correct(entity, &m.chain);
                if !ok {
                    explain(&format!("speaker {class}"), (start, end), entity, &m.chain);
                }
                add(format!("speaker {class}"), ok);
                add("speaker all".to_string(), ok);
            }
            Some(_) => {}
            None => {
                if debug {
                    eprintln!(
                        "{} speaker {class} [{}] @{start}: no gold mention",
                        doc.id,
                        show(start, end)
                    );
                }
                report.speakers_no_gold += 1;
            }
        }
    }
    let mut seen_heads = std::collections::BTreeSet::new();
    let mut mentions: Vec<&GumMention> = doc.entities.iter().collect();
    mentions.sort_by_key(|m| (m.end - m.start, m.start));
    for m in mentions {
        if m.kind != "person" || !seen_heads.insert(m.head_tok) {
            continue;
        }
        if anchors.get(m.chain.as_str()) == Some(&m.head_tok) {
            continue;
        }
        let toks: Vec<usize> = if m.minspan_tok.is_empty() {
            vec![m.head_tok]
        } else {
            m.minspan_tok.clone()
        };
        let Some(class) = pronoun_or_surname(doc, &toks) else {
            continue;
        };
        let e = entity_at(head(m));
        let ok = correct(e, &m.chain);
        if !ok {
            explain(&format!("mention {class}"), head(m), e, &m.chain);
        }
        add(format!("mention {class}"), ok);
        add("mention all".to_string(), ok);
    }
}

/// Evaluates the dev+test documents and all documents of a GUM file.
///
/// # Errors
///
/// I/O and JSON errors.
pub fn evaluate_file(path: &Path) -> Result<(EntityReport, EntityReport), EvalError> {
    let docs = load(path)?;
    let dev_test = evaluate(&docs, "dev+test", |d| DEV_TEST.contains(&d.id.as_str()));
    let all = evaluate(&docs, "all 24", |_| true);
    Ok((dev_test, all))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(
        start: usize,
        end: usize,
        kind: &str,
        named: bool,
        chain: &str,
        head: usize,
    ) -> GumMention {
        GumMention {
            start,
            end,
            kind: kind.into(),
            named,
            chain: chain.into(),
            head_tok: head,
            head_start: start,
            head_end: end,
            minspan_tok: vec![head],
            identity: None,
        }
    }

    /// A one-document GUM fixture from (start, end, word, POS) tokens and gold mentions.
    fn gum_doc(
        text: &str,
        tokens: &[(usize, usize, &str, &str)],
        entities: Vec<GumMention>,
    ) -> GumDoc {
        GumDoc {
            id: "d".into(),
            split: "dev".into(),
            text: text.into(),
            tokens: tokens
                .iter()
                .map(|t| (t.0, t.1, t.2.to_string(), t.3.to_string()))
                .collect(),
            entities,
        }
    }

    #[test]
    fn person_pronouns_and_surnames() {
        // "Mark Rutte spoke . Rutte said he left ."
        //  0    5     11    17 19    25   30 33   38
        let tokens = [
            (0, 4, "Mark", "NNP"),
            (5, 10, "Rutte", "NNP"),
            (11, 16, "spoke", "VBD"),
            (17, 18, ".", "."),
            (19, 24, "Rutte", "NNP"),
            (25, 29, "said", "VBD"),
            (30, 32, "he", "PRP"),
            (33, 37, "left", "VBD"),
            (38, 39, ".", "."),
        ];
        let doc = gum_doc(
            "Mark Rutte spoke . Rutte said he left .",
            &tokens,
            vec![
                m(0, 10, "person", true, "1", 1),
                m(19, 24, "person", true, "1", 4),
                m(30, 32, "person", false, "1", 6),
            ],
        );
        let p = |entity, form, start, end| PredMention {
            entity,
            kind: Some("person"),
            form,
            start,
            end,
        };
        let preds = vec![
            p(0, MentionForm::Name, 0, 10),
            p(0, MentionForm::PartialName, 19, 24),
            p(1, MentionForm::Pronoun, 30, 32),
        ];
        let mut r = EntityReport::default();
        person_coreference(&doc, &preds, &[(19, 24, Some(0)), (30, 32, None)], &mut r);
        assert_eq!(r.person["speaker surname"], Fraction { ok: 1, total: 1 });
        assert_eq!(r.person["speaker pronoun"], Fraction { ok: 0, total: 1 });
        assert_eq!(r.person["mention surname"], Fraction { ok: 1, total: 1 });
        assert_eq!(r.person["mention pronoun"], Fraction { ok: 0, total: 1 });
        assert_eq!(r.person["mention all"], Fraction { ok: 1, total: 2 });
    }

    #[test]
    fn head_matching_typed_and_coreference() {
        // "Mark Rutte met NATO . He said ..."
        //  0    5     11  15   20 22
        let tokens = [
            (0, 4, "Mark", "NNP"),
            (5, 10, "Rutte", "NNP"),
            (11, 14, "met", "VBD"),
            (15, 19, "NATO", "NNP"),
            (20, 21, ".", "."),
            (22, 24, "He", "PRP"),
        ];
        let doc = gum_doc(
            "Mark Rutte met NATO . He said",
            &tokens,
            vec![
                m(0, 10, "person", true, "1", 1),
                m(15, 19, "organization", true, "2", 3),
                m(22, 24, "person", false, "1", 5),
            ],
        );
        let p = |entity, kind, form, start, end| PredMention {
            entity,
            kind: Some(kind),
            form,
            start,
            end,
        };
        let preds = vec![
            p(0, "person", MentionForm::Name, 0, 10),
            p(1, "place", MentionForm::Acronym, 15, 19),
            p(0, "person", MentionForm::Pronoun, 22, 24),
        ];
        let mut r = EntityReport::default();
        score_doc(&doc, &preds, &mut r);
        assert_eq!(
            r.prf("head", "person"),
            Prf {
                tp: 1,
                pred: 1,
                gold: 1
            }
        );
        assert_eq!(
            r.prf("head", "organization"),
            Prf {
                tp: 0,
                pred: 0,
                gold: 1
            }
        );
        assert_eq!(
            r.prf("head", "place"),
            Prf {
                tp: 0,
                pred: 1,
                gold: 0
            }
        );
        assert_eq!(
            r.prf("head", "untyped"),
            Prf {
                tp: 2,
                pred: 2,
                gold: 2
            }
        );
        assert_eq!(
            r.prf("exact", "typed"),
            Prf {
                tp: 1,
                pred: 2,
                gold: 2
            }
        );
        assert_eq!(r.coref["pronoun"], Fraction { ok: 1, total: 1 });
        assert_eq!(r.anchors, Fraction { ok: 2, total: 2 });
    }
}
