//! Quote extraction and speaker attribution (issue #3).
//!
//! [`score`] is a line-by-line port of the reference scorer `shared/data/quotes/score_quotes.py`:
//! its report (as [`PyJson`]) prints exactly like the Python one, so the two can be diffed.
//!
//! * every content span (the `parts` of a quote, or `[start, end]`) is trimmed of whitespace,
//!   quotation marks and edge punctuation and turned into a set of code-point positions;
//! * **exact**: a 1:1 match iff the trimmed sets are equal; **overlap**: a 1:1 greedy match by
//!   Jaccard iff they intersect (candidates sorted by `(jaccard, gold index, pred index)`, highest
//!   first, like Python's `sort(reverse=True)`); P/R/F1 over the counts;
//! * **chars**: per document, the union of gold and of predicted positions; Citron-style P/R/F1;
//! * **speaker**: on overlap-matched pairs, correct when both speakers are null or their trimmed
//!   spans intersect (`speaker_acc`) / are equal (`speaker_acc_strict`);
//! * **e2e**: P/R/F1 where a true positive is an overlap-matched quote with a correct speaker;
//! * **recall_by_kind**: overlap recall per gold `kind`.
//!
//! [`predict`] runs dateline on a gold document and turns its quotes into records in the gold
//! text's offsets (see [`crate::align`]); kinds are mapped `direct → "direct"`,
//! `partial → "mixed"`, `indirect → "indirect"` (PolNeAR's derived kinds). A partial quote's
//! units are its claim (`content`) and any quoted part outside it; a claim with its attribution
//! set off by commas inside it ("These employees, Stumpf explained, were “well-paid,”") is two
//! units, the words before the attribution and those after it, as PolNeAR marks them.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use dateline::{Article, Options, QuoteKind};
use serde::{Deserialize, Serialize};

use crate::align::Alignment;
use crate::io::{parse_guarded, read_jsonl, EvalError};
use crate::pyjson::{round1, PyJson};

/// One quote (attribution) of the scorer's JSONL schema. Unknown fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// Start of the whole quote (used when `parts` is missing or empty).
    #[serde(default)]
    pub start: Option<usize>,
    /// End of the whole quote.
    #[serde(default)]
    pub end: Option<usize>,
    /// Content fragments `[start, end]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<[usize; 2]>>,
    /// Start of the speaker span; `null` when there is no speaker.
    #[serde(default)]
    pub speaker_start: Option<usize>,
    /// End of the speaker span.
    #[serde(default)]
    pub speaker_end: Option<usize>,
    /// Speaker fragments (gold only; a discontinuous source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_parts: Option<Vec<[usize; 2]>>,
    /// `direct`, `mixed` or `indirect`.
    #[serde(default)]
    pub kind: Option<String>,
    /// The speaker's name, for reading (not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The quoted text, for reading (not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One document of the scorer's JSONL schema.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteDoc {
    /// Document id.
    pub id: String,
    /// The text all offsets index (gold files only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Publication date `YYYY-MM-DD` (gold files, when known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication_date: Option<String>,
    /// The quotes.
    #[serde(default)]
    pub quotes: Vec<QuoteRecord>,
}

/// Loads a scorer JSONL file like Python's `{d["id"]: d for d in ...}`: a repeated id keeps the
/// position of its first occurrence and the content of its last.
///
/// # Errors
///
/// I/O and JSON errors.
pub fn load(path: &Path) -> Result<Vec<QuoteDoc>, EvalError> {
    Ok(dedup(read_jsonl(path)?))
}

fn dedup(docs: Vec<QuoteDoc>) -> Vec<QuoteDoc> {
    let mut out: Vec<QuoteDoc> = Vec::with_capacity(docs.len());
    let mut index: HashMap<String, usize> = HashMap::new();
    for d in docs {
        match index.get(&d.id) {
            Some(&i) => out[i] = d,
            None => {
                index.insert(d.id.clone(), out.len());
                out.push(d);
            }
        }
    }
    out
}

/// Scoring options, the flags of `score_quotes.py`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Gold kinds kept (`--kinds`); `None` keeps all.
    pub kinds: Option<HashSet<String>>,
    /// Predicted kinds kept (`--kinds` with `--filter-pred`); `None` keeps all.
    pub pred_kinds: Option<HashSet<String>>,
    /// Score each content part as its own unit (`--fragments`).
    pub fragments: bool,
}

impl ScoreOptions {
    /// Options from the Python flags: `kinds` is the comma list of `--kinds`.
    pub fn from_flags(kinds: Option<&str>, filter_pred: bool, fragments: bool) -> ScoreOptions {
        let kinds: Option<HashSet<String>> =
            kinds.map(|k| k.split(',').map(str::to_string).collect());
        ScoreOptions {
            pred_kinds: if filter_pred { kinds.clone() } else { None },
            kinds,
            fragments,
        }
    }

    /// The equivalent command-line flags of `score_quotes.py`.
    pub fn flags(&self) -> String {
        let mut out = Vec::new();
        if let Some(k) = &self.kinds {
            let mut k: Vec<&str> = k.iter().map(String::as_str).collect();
            k.sort_unstable();
            out.push(format!("--kinds {}", k.join(",")));
            if self.pred_kinds.is_some() {
                out.push("--filter-pred".to_string());
            }
        }
        if self.fragments {
            out.push("--fragments".to_string());
        }
        out.join(" ")
    }
}

/// Characters trimmed at span edges before comparison (`TRIM` of the Python scorer).
const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}',
    '\u{bb}', '\u{201e}', '\u{201a}', '.', ',', ';', ':', '!', '?', '-', '\u{2013}', '\u{2014}',
];

/// A set of code-point positions as sorted, disjoint, non-adjacent half-open intervals (so two
/// sets are equal iff their representations are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CharSet(Vec<(usize, usize)>);

impl CharSet {
    fn from_ranges(mut ranges: Vec<(usize, usize)>) -> CharSet {
        ranges.retain(|(s, e)| s < e);
        ranges.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        CharSet(out)
    }

    /// The number of positions.
    pub fn len(&self) -> usize {
        self.0.iter().map(|(s, e)| e - s).sum()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The size of the intersection with `other`.
    pub fn intersection_len(&self, other: &CharSet) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            let lo = a.0.max(b.0);
            let hi = a.1.min(b.1);
            if lo < hi {
                n += hi - lo;
            }
            if a.1 < b.1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        n
    }

    fn union(sets: &[&CharSet]) -> CharSet {
        CharSet::from_ranges(sets.iter().flat_map(|s| s.0.iter().copied()).collect())
    }
}

/// `trimmed_set`: the positions of `parts`, each trimmed of [`TRIM`] characters at both ends.
pub fn trimmed_set(text: &[char], parts: &[[usize; 2]]) -> CharSet {
    let trim = |i: usize| text.get(i).is_some_and(|c| TRIM.contains(c));
    let ranges = parts
        .iter()
        .map(|&[s, e]| {
            let (mut s, mut e) = (s, e.min(text.len()));
            while s < e && trim(s) {
                s += 1;
            }
            while e > s && trim(e - 1) {
                e -= 1;
            }
            (s, e)
        })
        .collect();
    CharSet::from_ranges(ranges)
}

fn content_parts(q: &QuoteRecord) -> Vec<[usize; 2]> {
    match &q.parts {
        Some(p) if !p.is_empty() => p.clone(),
        _ => match (q.start, q.end) {
            (Some(s), Some(e)) => vec![[s, e]],
            _ => Vec::new(),
        },
    }
}

fn speaker_set(q: &QuoteRecord, text: &[char]) -> Option<CharSet> {
    let s = q.speaker_start?;
    let parts = match &q.speaker_parts {
        Some(p) if !p.is_empty() => p.clone(),
        _ => vec![[s, q.speaker_end.unwrap_or(s)]],
    };
    Some(trimmed_set(text, &parts))
}

fn split_fragments(quotes: Vec<&QuoteRecord>) -> Vec<QuoteRecord> {
    quotes
        .into_iter()
        .flat_map(|q| {
            content_parts(q).into_iter().map(move |[s, e]| QuoteRecord {
                start: Some(s),
                end: Some(e),
                parts: Some(vec![[s, e]]),
                ..q.clone()
            })
        })
        .collect()
}

/// Greedy 1:1 matching by Jaccard; returns `(gold index, pred index)` pairs.
fn match_sets(gold: &[CharSet], pred: &[CharSet], exact: bool) -> Vec<(usize, usize)> {
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let inter = g.intersection_len(p);
            if inter == 0 || (exact && g != p) {
                continue;
            }
            let union = g.len() + p.len() - inter;
            cands.push((inter as f64 / union as f64, gi, pi));
        }
    }
    cands.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut pairs = Vec::new();
    for (_, gi, pi) in cands {
        if !used_g[gi] && !used_p[pi] {
            used_g[gi] = true;
            used_p[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

fn prf(tp: usize, n_pred: usize, n_gold: usize) -> PyJson {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    pr_f1(p, r)
}

fn pr_f1(p: f64, r: f64) -> PyJson {
    let f1 = if p + r != 0.0 {
        round1(200.0 * p * r / (p + r))
    } else {
        0.0
    };
    PyJson::Object(vec![
        ("p".into(), PyJson::Float1(round1(100.0 * p))),
        ("r".into(), PyJson::Float1(round1(100.0 * r))),
        ("f1".into(), PyJson::Float1(f1)),
    ])
}

fn pct(num: usize, den: usize) -> f64 {
    if den > 0 {
        round1((100 * num) as f64 / den as f64)
    } else {
        0.0
    }
}

/// Scores predictions against gold exactly like `score_quotes.py` and returns its report.
/// Predicted documents are looked up by id; a gold document without predictions has none.
pub fn score(gold_docs: &[QuoteDoc], pred_docs: &[QuoteDoc], opts: &ScoreOptions) -> PyJson {
    let preds: HashMap<&str, &QuoteDoc> = pred_docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let keep = |kinds: &Option<HashSet<String>>, q: &QuoteRecord| match kinds {
        None => true,
        Some(k) => q.kind.as_ref().is_some_and(|x| k.contains(x)),
    };
    #[derive(Default)]
    struct Counts {
        gold: usize,
        pred: usize,
        exact_tp: usize,
        overlap_tp: usize,
        spk_ok: usize,
        spk_strict: usize,
        chars_inter: usize,
        chars_gold: usize,
        chars_pred: usize,
    }
    let mut c = Counts::default();
    // (kind, gold, tp) in first-seen order, like the Python defaultdict.
    let mut by_kind: Vec<(Option<String>, usize, usize)> = Vec::new();
    let kind_slot = |by_kind: &mut Vec<(Option<String>, usize, usize)>, k: &Option<String>| {
        by_kind
            .iter()
            .position(|(x, _, _)| x == k)
            .unwrap_or_else(|| {
                by_kind.push((k.clone(), 0, 0));
                by_kind.len() - 1
            })
    };
    for gdoc in gold_docs {
        let text: Vec<char> = gdoc.text.chars().collect();
        let pq_all: &[QuoteRecord] = preds.get(gdoc.id.as_str()).map_or(&[], |d| &d.quotes);
        let gq: Vec<&QuoteRecord> = gdoc
            .quotes
            .iter()
            .filter(|q| keep(&opts.kinds, q))
            .collect();
        let pq: Vec<&QuoteRecord> = pq_all
            .iter()
            .filter(|q| keep(&opts.pred_kinds, q))
            .collect();
        let (gq, pq): (Vec<QuoteRecord>, Vec<QuoteRecord>) = if opts.fragments {
            (split_fragments(gq), split_fragments(pq))
        } else {
            (
                gq.into_iter().cloned().collect(),
                pq.into_iter().cloned().collect(),
            )
        };
        let units = |qs: Vec<QuoteRecord>| -> Vec<(CharSet, QuoteRecord)> {
            qs.into_iter()
                .map(|q| (trimmed_set(&text, &content_parts(&q)), q))
                .filter(|(s, _)| !s.is_empty())
                .collect()
        };
        let gold = units(gq);
        let pred = units(pq);
        c.gold += gold.len();
        c.pred += pred.len();
        for (_, q) in &gold {
            let slot = kind_slot(&mut by_kind, &q.kind);
            by_kind[slot].1 += 1;
        }
        let gsets: Vec<CharSet> = gold.iter().map(|(s, _)| s.clone()).collect();
        let psets: Vec<CharSet> = pred.iter().map(|(s, _)| s.clone()).collect();
        c.exact_tp += match_sets(&gsets, &psets, true).len();
        let pairs = match_sets(&gsets, &psets, false);
        c.overlap_tp += pairs.len();
        for (gi, pi) in pairs {
            let (gqq, pqq) = (&gold[gi].1, &pred[pi].1);
            let slot = kind_slot(&mut by_kind, &gqq.kind);
            by_kind[slot].2 += 1;
            let (gs, ps) = (speaker_set(gqq, &text), speaker_set(pqq, &text));
            let ok = match (&gs, &ps) {
                (None, None) => true,
                (Some(g), Some(p)) => g.intersection_len(p) > 0,
                _ => false,
            };
            let strict = match (&gs, &ps) {
                (None, None) => true,
                (Some(g), p) => Some(g) == p.as_ref(),
                _ => false,
            };
            c.spk_ok += usize::from(ok);
            c.spk_strict += usize::from(strict);
        }
        let g_all = CharSet::union(&gsets.iter().collect::<Vec<_>>());
        let p_all = CharSet::union(&psets.iter().collect::<Vec<_>>());
        c.chars_inter += g_all.intersection_len(&p_all);
        c.chars_gold += g_all.len();
        c.chars_pred += p_all.len();
    }
    let n = c.overlap_tp;
    let cp = if c.chars_pred > 0 {
        c.chars_inter as f64 / c.chars_pred as f64
    } else {
        0.0
    };
    let cr = if c.chars_gold > 0 {
        c.chars_inter as f64 / c.chars_gold as f64
    } else {
        0.0
    };
    let recall_by_kind = by_kind
        .iter()
        .filter(|(_, g, _)| *g > 0)
        .map(|(k, g, tp)| {
            (
                k.clone().unwrap_or_else(|| "null".into()),
                PyJson::Float1(pct(*tp, *g)),
            )
        })
        .collect();
    PyJson::Object(vec![
        ("n_gold".into(), PyJson::Int(c.gold as i64)),
        ("n_pred".into(), PyJson::Int(c.pred as i64)),
        ("exact".into(), prf(c.exact_tp, c.pred, c.gold)),
        ("overlap".into(), prf(n, c.pred, c.gold)),
        ("chars".into(), pr_f1(cp, cr)),
        ("speaker_acc".into(), PyJson::Float1(pct(c.spk_ok, n))),
        (
            "speaker_acc_strict".into(),
            PyJson::Float1(pct(c.spk_strict, n)),
        ),
        ("e2e".into(), prf(c.spk_ok, c.pred, c.gold)),
        ("recall_by_kind".into(), PyJson::Object(recall_by_kind)),
    ])
}

/// The scorer's kind label for a dateline quote kind.
pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "mixed",
        QuoteKind::Indirect => "indirect",
    }
}

/// Turns an article's quotes into scorer records whose offsets index `gold_text`.
pub fn records(article: &Article, gold_text: &str) -> Vec<QuoteRecord> {
    let align = Alignment::new(&article.text, gold_text);
    article
        .quotes
        .iter()
        // Nested quotes are not annotated in PolNeAR (a token has one attribution).
        .filter(|q| q.parent.is_none())
        .map(|q| {
            // A partial quote claims its whole clause (PolNeAR's "mixed" content): the clause,
            // then any part that lies outside it.
            let units: Vec<dateline::Span> = match (q.kind, q.content) {
                (QuoteKind::Partial, Some(c)) => around_attribution(article, q, c)
                    .into_iter()
                    .chain(q.parts.iter().copied().filter(|p| !c.contains(*p)))
                    .collect(),
                _ => q.parts.clone(),
            };
            let parts: Vec<[usize; 2]> = units
                .iter()
                .map(|p| {
                    let s = align.map_span(*p);
                    [s.start, s.end]
                })
                .collect();
            let speaker = q.speaker.as_ref().map(|s| align.map(s.start, s.end));
            QuoteRecord {
                start: parts.iter().map(|p| p[0]).min(),
                end: parts.iter().map(|p| p[1]).max(),
                parts: Some(parts),
                speaker_start: speaker.map(|s| s.start),
                speaker_end: speaker.map(|s| s.end),
                speaker_parts: None,
                kind: Some(kind_label(q.kind).to_string()),
                speaker: q.speaker.as_ref().and_then(|s| s.name.clone()),
                text: Some(q.text.clone()),
            }
        })
        .collect()
}

/// A partial quote's claim as PolNeAR marks it: a claim with its attribution set off by commas
/// inside it ("These employees, Stumpf explained, were “well-paid,”") is the words before the
/// attribution's first comma and those after its last; any other claim is one unit.
fn around_attribution(
    article: &Article,
    q: &dateline::Quote,
    claim: dateline::Span,
) -> Vec<dateline::Span> {
    let (Some(speaker), Some(cue)) = (&q.speaker, &q.cue) else {
        return vec![claim];
    };
    let (from, to) = (speaker.start.min(cue.start), speaker.end.max(cue.end));
    if !(claim.start < from && to < claim.end) {
        return vec![claim];
    }
    // (Code-point offsets: work on the claim's characters.)
    let chars: Vec<char> = article.slice(claim).chars().collect();
    let (from, to) = (from - claim.start, to - claim.start);
    let mut lead = from;
    while lead > 0 && chars[lead - 1].is_whitespace() {
        lead -= 1;
    }
    let rest = chars[to..]
        .iter()
        .position(|&c| c == ',')
        .map(|i| to + i + 1);
    match rest {
        Some(rest) if lead > 0 && chars[lead - 1] == ',' && lead > 1 && rest < chars.len() => {
            vec![
                dateline::Span::new(claim.start, claim.start + lead - 1),
                dateline::Span::new(claim.start + rest, claim.end),
            ]
        }
        _ => vec![claim],
    }
}

/// How [`predict`] runs the library.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PredictOptions {
    /// Pass each gold document's `publication_date` as [`Options::published`].
    pub published_from_gold: bool,
}

/// The predictions for gold documents, and how many documents the library refused.
#[derive(Clone, Debug, Default)]
pub struct Predictions {
    /// One prediction document per gold document, same ids, gold offsets.
    pub docs: Vec<QuoteDoc>,
    /// `(document id, error)` for the documents the library refused (they predict nothing).
    pub errors: Vec<(String, String)>,
}

/// Runs dateline on every gold document's text and returns its quotes in gold offsets.
pub fn predict(gold: &[QuoteDoc], opts: PredictOptions) -> Predictions {
    let mut out = Predictions::default();
    let results = gold.iter().map(|d| {
        let options = match (&d.publication_date, opts.published_from_gold) {
            (Some(p), true) => Options::default().published(p).map_err(|e| e.to_string())?,
            _ => Options::default(),
        };
        parse_guarded(&d.text, &options)
    });
    for (doc, result) in gold.iter().zip(results) {
        let quotes = match result {
            Ok(article) => records(&article, &doc.text),
            Err(e) => {
                out.errors.push((doc.id.clone(), e));
                Vec::new()
            }
        };
        out.docs.push(QuoteDoc {
            id: doc.id.clone(),
            text: String::new(),
            publication_date: None,
            quotes,
        });
    }
    out
}

/// The default report's sections: the headline (gold direct+mixed against predicted
/// direct+partial, fragment level) and indirect speech (attribution level).
pub fn default_sections() -> Vec<(&'static str, ScoreOptions)> {
    vec![
        (
            "direct+mixed quotes, fragment level (headline)",
            ScoreOptions::from_flags(Some("direct,mixed"), true, true),
        ),
        (
            "indirect speech, attribution level",
            ScoreOptions::from_flags(Some("indirect"), true, false),
        ),
    ]
}

/// A number of a report: `report["a"]["b"]`.
pub fn metric(report: &PyJson, path: &[&str]) -> Option<f64> {
    path.iter()
        .try_fold(report, |v, k| v.get(k))
        .and_then(PyJson::as_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(parts: &[[usize; 2]], speaker: Option<[usize; 2]>, kind: &str) -> QuoteRecord {
        QuoteRecord {
            start: parts.first().map(|p| p[0]),
            end: parts.last().map(|p| p[1]),
            parts: Some(parts.to_vec()),
            speaker_start: speaker.map(|s| s[0]),
            speaker_end: speaker.map(|s| s[1]),
            kind: Some(kind.into()),
            ..QuoteRecord::default()
        }
    }

    fn doc(id: &str, text: &str, quotes: Vec<QuoteRecord>) -> QuoteDoc {
        QuoteDoc {
            id: id.into(),
            text: text.into(),
            publication_date: None,
            quotes,
        }
    }

    #[test]
    fn a_claim_around_its_attribution_is_two_units() {
        let text =
            "Claims\n\nThese workers, Jo Stumpf explained at the hearing, were “well-paid,” \
                    making $30,000.\n";
        let a = dateline::parse(text, &Options::default()).unwrap();
        let recs = records(&a, &a.text);
        let units: Vec<&str> = recs[0]
            .parts
            .as_ref()
            .unwrap()
            .iter()
            .map(|p| a.slice(dateline::Span::new(p[0], p[1])))
            .collect();
        assert_eq!(units, ["These workers", " were “well-paid,”"], "{recs:?}");
    }

    #[test]
    fn trims_quote_marks_and_punctuation() {
        let text: Vec<char> = "“It's bad,” he said.".chars().collect();
        let set = trimmed_set(&text, &[[0, 11]]);
        assert_eq!(set, CharSet(vec![(1, 9)]));
        assert_eq!(trimmed_set(&text, &[[1, 9]]), set);
    }

    #[test]
    fn tiny_gold_and_prediction() {
        //          0         1         2         3         4         5         6
        //          0123456789012345678901234567890123456789012345678901234567890123
        let text = "\"We will win,\" Smith said. \"Or not.\" Jones said it was over.";
        let gold = vec![doc(
            "d",
            text,
            vec![
                // Split quote: two parts, speaker Smith.
                q(&[[0, 14], [27, 36]], Some([15, 20]), "direct"),
                // Indirect speech: "it was over", speaker Jones.
                q(&[[48, 59]], Some([37, 42]), "indirect"),
            ],
        )];
        let pred = vec![doc(
            "d",
            "",
            vec![
                // First fragment exact, right speaker.
                q(&[[1, 12]], Some([15, 20]), "direct"),
                // Second fragment partly, wrong speaker.
                q(&[[28, 31]], Some([37, 42]), "direct"),
                // A spurious quote.
                q(&[[37, 47]], None, "mixed"),
            ],
        )];
        let r = score(&gold, &pred, &ScoreOptions::from_flags(None, false, true));
        assert_eq!(metric(&r, &["n_gold"]), Some(3.0));
        assert_eq!(metric(&r, &["n_pred"]), Some(3.0));
        // Exact: only "We will win".
        assert_eq!(metric(&r, &["exact", "f1"]), Some(33.3));
        // Overlap: both Smith fragments.
        assert_eq!(metric(&r, &["overlap", "p"]), Some(66.7));
        assert_eq!(metric(&r, &["overlap", "r"]), Some(66.7));
        assert_eq!(metric(&r, &["speaker_acc"]), Some(50.0));
        assert_eq!(metric(&r, &["e2e", "f1"]), Some(33.3));
        // Chars: gold 11 + 6 + 11 = 28, pred 11 + 2 + 10 = 23, common 11 + 2 = 13.
        assert_eq!(metric(&r, &["chars", "p"]), Some(56.5));
        assert_eq!(metric(&r, &["chars", "r"]), Some(46.4));
        assert_eq!(metric(&r, &["recall_by_kind", "direct"]), Some(100.0));
        assert_eq!(metric(&r, &["recall_by_kind", "indirect"]), Some(0.0));

        // Attribution level, direct only, predictions filtered: the split quote is one unit.
        let r = score(
            &gold,
            &pred,
            &ScoreOptions::from_flags(Some("direct"), true, false),
        );
        assert_eq!(metric(&r, &["n_gold"]), Some(1.0));
        assert_eq!(metric(&r, &["n_pred"]), Some(2.0));
        assert_eq!(metric(&r, &["overlap", "r"]), Some(100.0));
        assert_eq!(metric(&r, &["exact", "f1"]), Some(0.0));
        assert_eq!(
            r.dumps().lines().last(),
            Some("}"),
            "report prints as an object"
        );
    }

    #[test]
    fn greedy_matching_prefers_higher_jaccard() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let gold = vec![doc(
            "d",
            text,
            vec![
                q(&[[0, 10]], None, "direct"),
                q(&[[10, 20]], None, "direct"),
            ],
        )];
        // One prediction straddles both; the better overlap wins, the other gold is missed.
        let pred = vec![doc("d", "", vec![q(&[[3, 12]], None, "direct")])];
        let r = score(&gold, &pred, &ScoreOptions::default());
        assert_eq!(metric(&r, &["overlap", "r"]), Some(50.0));
        assert_eq!(metric(&r, &["speaker_acc"]), Some(100.0));
    }
}
