//! HTML extraction against two article-extraction benchmarks:
//!
//! * `corpus/naeb` (Newspaper Article Extraction Benchmark): gold title, authors, date and body;
//! * `corpus/zyte_aeb` (Zyte article-extraction benchmark): gold body only.
//!
//! Both directories hold `articles.jsonl` (`{"id","title","authors","date","text","html"}`, with
//! `html` the gzipped page's path relative to the directory). The body score is a port of the
//! Zyte benchmark's `evaluate.py`: per page, token 4-gram ("shingle") multisets of gold and
//! predicted body give TP/FP/FN, normalized to sum to 1; precision and recall are averaged over
//! pages (precision over pages with TP+FP > 0, recall over pages with TP+FN > 0) and F1 is the
//! harmonic mean of the two averages. Accuracy is the share of pages whose token sequences are
//! equal. Tokens are runs of word characters (`\w+`: letters, digits, `_`); Rust's
//! `char::is_alphanumeric` stands in for Python's `\w`, which differs only on combining marks.
//!
//! The predicted body is the article's dateline and paragraph blocks joined by blank lines, after
//! the standfirst on naeb, whose gold text opens with it (see [`gold_has_standfirst`]).

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline::{Article, BlockKind, Options};
use serde::Deserialize;

use crate::io::EvalError;

/// One benchmark page with its gold fields.
#[derive(Clone, Debug, Deserialize)]
pub struct Page {
    /// Record id (a number in naeb, a hash in zyte_aeb).
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// The page's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Gold headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Gold author names (empty: no author on the page; absent: not annotated).
    #[serde(default)]
    pub authors: Option<Vec<String>>,
    /// Gold publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Gold body text.
    pub text: String,
    /// Path of the gzipped page, relative to the corpus directory (`null` when missing).
    #[serde(default)]
    pub html: Option<String>,
}

fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// Loads a corpus directory's `articles.jsonl`, keeping pages that have HTML.
///
/// # Errors
///
/// [`EvalError`] when the file cannot be read or a line is not a record.
pub fn load(dir: &Path) -> Result<Vec<Page>, EvalError> {
    let pages: Vec<Page> = crate::read_jsonl(&dir.join("articles.jsonl"))?;
    Ok(pages.into_iter().filter(|p| p.html.is_some()).collect())
}

/// Reads and un-gzips one page.
///
/// # Errors
///
/// [`EvalError::Io`] when the file cannot be read or decompressed.
pub fn read_page(dir: &Path, page: &Page) -> Result<String, EvalError> {
    let path: PathBuf = dir.join(page.html.as_deref().unwrap_or_default());
    let io = |source| EvalError::Io {
        path: path.clone(),
        source,
    };
    let bytes = fs::read(&path).map_err(io)?;
    let mut raw = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut raw)
            .map_err(io)?;
    } else {
        raw = bytes;
    }
    Ok(String::from_utf8_lossy(&raw).into_owned())
}

/// The predicted body: dateline and paragraph blocks joined by blank lines, after the
/// standfirst when `standfirst` (see [`gold_has_standfirst`]).
pub fn body(article: &Article, standfirst: bool) -> String {
    article
        .blocks
        .iter()
        .filter(|b| {
            matches!(b.kind, BlockKind::Paragraph | BlockKind::Dateline)
                || (standfirst && b.kind == BlockKind::Standfirst)
        })
        .map(|b| article.slice(dateline::Span::new(b.start, b.end)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Whether a corpus's gold body opens with the standfirst (the summary line under the
/// headline). naeb's annotators kept it as the text's first line (on about 100 of its 421 pages the
/// gold's first line is the page's description, shown under the headline and missing from the
/// body); the Zyte benchmark's `articleBody` leaves it out.
pub fn gold_has_standfirst(corpus: &str) -> bool {
    corpus == "naeb"
}

// ---------------------------------------------------------------------------------------------
// The Zyte scorer (evaluate.py)

/// `_tokenize`: `re.findall(r'\w+', text)`.
pub fn tokenize(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// `string_shingle_matching`: TP, FP, FN over 4-gram shingles, normalized to sum to 1.
pub fn shingle_matching(truth: &str, pred: &str) -> (f64, f64, f64) {
    let t = shingles(&tokenize(truth), 4);
    let p = shingles(&tokenize(pred), 4);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (key, &tc) in &t {
        let pc = p.get(key).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
        fp += pc.saturating_sub(tc) as f64;
    }
    for (key, &pc) in &p {
        if !t.contains_key(key) {
            fp += pc as f64;
        }
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (tp, fp, fn_)
    }
}

/// `_ngrams` as a multiset: `range(0, max(1, len - n + 1))`, so a short text is one shorter
/// shingle and an empty one has none.
fn shingles<'a>(tokens: &[&'a str], n: usize) -> HashMap<Vec<&'a str>, usize> {
    let mut out = HashMap::new();
    let count = (tokens.len() + 1).saturating_sub(n).max(1);
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        if i < end {
            *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
        }
    }
    out
}

fn precision_score(tp: f64, fp: f64, fn_: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall_score(tp: f64, fp: f64, fn_: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// `metrics_from_tp_fp_fns`: (precision, recall, F1).
pub fn body_metrics(tp_fp_fns: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let p = mean(
        tp_fp_fns
            .iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|&(tp, fp, fn_)| precision_score(tp, fp, fn_)),
    );
    let r = mean(
        tp_fp_fns
            .iter()
            .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
            .map(|&(tp, fp, fn_)| recall_score(tp, fp, fn_)),
    );
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

// ---------------------------------------------------------------------------------------------
// Metadata comparisons

/// White space collapsed, typographic quotes and dashes folded: the "exact" title comparison.
pub fn norm_title(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .replace(['–', '—'], "-")
}

/// A name compared loosely: lower-cased letters and digits.
fn norm_name(s: &str) -> String {
    tokenize(&s.to_lowercase()).join(" ")
}

fn same_authors(gold: &[String], pred: &[String]) -> bool {
    let mut g: Vec<String> = gold
        .iter()
        .map(|a| norm_name(a))
        .filter(|a| !a.is_empty())
        .collect();
    let mut p: Vec<String> = pred.iter().map(|a| norm_name(a)).collect();
    g.sort();
    g.dedup();
    p.sort();
    p.dedup();
    g == p
}

// ---------------------------------------------------------------------------------------------
// The run

/// Scores of one page.
#[derive(Clone, Debug)]
pub struct PageScore {
    /// Record id.
    pub id: String,
    /// Normalized TP/FP/FN of the body shingles.
    pub tp_fp_fn: (f64, f64, f64),
    /// Token sequences equal.
    pub exact_body: bool,
    /// Title match (None: no gold title).
    pub title: Option<bool>,
    /// Date match (None: no gold date).
    pub date: Option<bool>,
    /// Whether the page writes the gold date anywhere (None: no gold date); see
    /// [`page_shows_date`].
    pub date_shown: Option<bool>,
    /// Author set match (None: authors not annotated).
    pub authors: Option<bool>,
    /// Predicted and gold title, date and authors, for the verbose listing.
    pub detail: String,
    /// Milliseconds spent in `parse_html`.
    pub ms: f64,
    /// The library's error, if it failed.
    pub error: Option<String>,
}

/// Scores of a corpus.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Corpus name.
    pub name: String,
    /// Per-page scores, in corpus order.
    pub pages: Vec<PageScore>,
}

/// (matches, scored) over the pages that have the field.
pub(crate) fn ratio(xs: impl Iterator<Item = Option<bool>>) -> (usize, usize) {
    xs.flatten()
        .fold((0, 0), |(k, n), ok| (k + usize::from(ok), n + 1))
}

impl Report {
    /// Body (precision, recall, F1).
    pub fn body(&self) -> (f64, f64, f64) {
        let v: Vec<_> = self.pages.iter().map(|p| p.tp_fp_fn).collect();
        body_metrics(&v)
    }

    /// Share of pages with an exactly equal body token sequence.
    pub fn body_accuracy(&self) -> f64 {
        mean(self.pages.iter().map(|p| f64::from(u8::from(p.exact_body))))
    }

    /// (correct, annotated) titles.
    pub fn title(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.title))
    }

    /// (correct, annotated) dates.
    pub fn date(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.date))
    }

    /// (correct, annotated) dates over the pages that write their gold date somewhere: naeb's
    /// annotators sometimes give a year the page never shows (a 2024 story dated 2023), so the
    /// plain date score mixes our errors with theirs.
    pub fn date_where_shown(&self) -> (usize, usize) {
        ratio(
            self.pages
                .iter()
                .filter(|p| p.date_shown == Some(true))
                .map(|p| p.date),
        )
    }

    /// (correct, annotated) author sets (pages without authors count: none must be found).
    pub fn authors(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.authors))
    }

    /// Mean milliseconds per page in `parse_html`.
    pub fn ms_per_page(&self) -> f64 {
        mean(self.pages.iter().map(|p| p.ms))
    }

    /// A readable report; `verbose` lists every page's scores.
    pub fn render(&self, verbose: bool) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let (p, r, f1) = self.body();
        let pct = |(k, n): (usize, usize)| {
            if n == 0 {
                "n/a".to_string()
            } else {
                format!("{:.3} ({k}/{n})", k as f64 / n as f64)
            }
        };
        let errors = self.pages.iter().filter(|p| p.error.is_some()).count();
        let _ = writeln!(
            s,
            "== {} ({} pages, {errors} errors)",
            self.name,
            self.pages.len()
        );
        let _ = writeln!(
            s,
            "body     F1 {f1:.3}  precision {p:.3}  recall {r:.3}  accuracy {:.3}",
            self.body_accuracy()
        );
        let _ = writeln!(s, "title    {}", pct(self.title()));
        let _ = writeln!(
            s,
            "date     {}; {} on the pages that show the gold date",
            pct(self.date()),
            pct(self.date_where_shown())
        );
        let _ = writeln!(s, "authors  {}", pct(self.authors()));
        let _ = writeln!(s, "speed    {:.2} ms/page", self.ms_per_page());
        if verbose {
            for page in &self.pages {
                let (tp, fp, fn_) = page.tp_fp_fn;
                let _ = writeln!(
                    s,
                    "{:<40} P {:.2} R {:.2} {:>7.1}ms {}{}",
                    page.id,
                    precision_score(tp, fp, fn_),
                    recall_score(tp, fp, fn_),
                    page.ms,
                    page.detail,
                    page.error.as_deref().unwrap_or("")
                );
            }
        }
        s
    }
}

/// Parses one page, turning a panic into an error message.
fn parse_guarded(html: &str) -> Result<Article, String> {
    match std::panic::catch_unwind(|| dateline::parse_html(html, &Options::default())) {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err(format!("{}parse_html", crate::PANIC_PREFIX)),
    }
}

/// Runs `parse_html` on the pages of `dir` (the first `limit` when given) and scores them.
///
/// # Errors
///
/// [`EvalError`] when the corpus or a page cannot be read.
pub fn evaluate(dir: &Path, limit: Option<usize>) -> Result<Report, EvalError> {
    evaluate_dumping(dir, limit, None)
}

/// [`evaluate`], also writing each page's gold and predicted body to `dump` (when given) as
/// `<id>.gold.txt` and `<id>.pred.txt`, for reading the misses side by side.
///
/// # Errors
///
/// [`EvalError`] when the corpus or a page cannot be read or a dump file cannot be written.
pub fn evaluate_dumping(
    dir: &Path,
    limit: Option<usize>,
    dump: Option<&Path>,
) -> Result<Report, EvalError> {
    let mut pages = load(dir)?;
    if let Some(n) = limit {
        pages.truncate(n);
    }
    // zyte_aeb's original gold file, when present, is the reference.
    let gold_bodies: HashMap<String, String> = fs::read_to_string(dir.join("ground-truth.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<HashMap<String, serde_json::Value>>(&s).ok())
        .map(|m| {
            m.into_iter()
                .filter_map(|(k, v)| Some((k, v.get("articleBody")?.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default();
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut report = Report {
        name,
        pages: Vec::new(),
    };
    let with_standfirst = gold_has_standfirst(&report.name);
    // Warm up: the first parse loads the lexicons.
    let _ = parse_guarded("<p>Warm up.</p>");
    for page in &pages {
        let html = read_page(dir, page)?;
        let started = Instant::now();
        let result = parse_guarded(&html);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let gold_body = gold_bodies.get(&page.id).unwrap_or(&page.text);
        let (pred_body, article) = match &result {
            Ok(a) => (body(a, with_standfirst), Some(a)),
            Err(_) => (String::new(), None),
        };
        if let Some(out) = dump {
            for (suffix, text) in [("gold", gold_body.as_str()), ("pred", pred_body.as_str())] {
                let path = out.join(format!("{}.{suffix}.txt", page.id));
                fs::write(&path, text).map_err(|source| EvalError::Io { path, source })?;
            }
        }
        let headline = article.and_then(|a| a.headline.clone());
        let published = article.and_then(|a| a.published.clone());
        let authors = article.map(|a| a.authors.clone()).unwrap_or_default();
        let title = page
            .title
            .as_deref()
            .map(|t| headline.as_deref().map(norm_title) == Some(norm_title(t)));
        let date = page
            .date
            .as_deref()
            .filter(|d| !d.is_empty())
            .map(|d| published.as_deref() == Some(d));
        let date_shown = page
            .date
            .as_deref()
            .filter(|d| !d.is_empty())
            .map(|d| page_shows_date(&html, d));
        let author_ok = page.authors.as_deref().map(|g| same_authors(g, &authors));
        let mut detail = String::new();
        if title == Some(false) {
            detail.push_str(&format!(
                " title {:?} != {:?};",
                headline.as_deref().unwrap_or(""),
                page.title.as_deref().unwrap_or("")
            ));
        }
        if date == Some(false) {
            detail.push_str(&format!(
                " date {:?} != {:?};",
                published.as_deref().unwrap_or(""),
                page.date.as_deref().unwrap_or("")
            ));
        }
        if author_ok == Some(false) {
            detail.push_str(&format!(
                " authors {:?} != {:?};",
                authors,
                page.authors.as_deref().unwrap_or(&[])
            ));
        }
        report.pages.push(PageScore {
            id: page.id.clone(),
            tp_fp_fn: shingle_matching(gold_body, &pred_body),
            exact_body: tokenize(gold_body) == tokenize(&pred_body),
            title,
            date,
            date_shown,
            authors: author_ok,
            detail,
            ms,
            error: result.err(),
        });
    }
    Ok(report)
}

const MONTHS: [&str; 12] = [
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
];

/// Whether `html` writes the ISO date `iso` (`YYYY-MM-DD`) in one of the forms pages use: ISO
/// or slashed (`2023-01-19`, `2023/01/19`, `20230119`), US numeric (`01/19/2023`, `1/19/2023`),
/// or with the month's name, full or short, either order (`January 19, 2023`, `Jan. 19, 2023`,
/// `19 Jan 2023`). Case is ignored. A malformed `iso` is never shown.
pub fn page_shows_date(html: &str, iso: &str) -> bool {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Some(name) = month.checked_sub(1).and_then(|i| MONTHS.get(i as usize)) else {
        return false;
    };
    let short = &name[..3];
    let mut forms = vec![
        format!("{year:04}-{month:02}-{day:02}"),
        format!("{year:04}/{month:02}/{day:02}"),
        format!("{year:04}{month:02}{day:02}"),
        format!("{month:02}/{day:02}/{year:04}"),
        format!("{month}/{day}/{year:04}"),
    ];
    for m in [*name, short] {
        forms.push(format!("{m} {day}, {year}"));
        forms.push(format!("{m}. {day}, {year}"));
        forms.push(format!("{day} {m} {year}"));
    }
    // (Month names are ASCII: an ASCII fold is enough, and cheap on megabyte pages.)
    let html = html.to_ascii_lowercase();
    forms.iter().any(|f| html.contains(&f.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_found_in_the_forms_pages_write() {
        let cases = [
            (
                "<meta content=\"2023-01-19T17:10:00Z\">",
                "2023-01-19",
                true,
            ),
            ("<span>Jan. 19, 2023</span>", "2023-01-19", true),
            ("<span>JANUARY 19, 2023</span>", "2023-01-19", true),
            ("<span>19 Jan 2023</span>", "2023-01-19", true),
            ("/news/2023/01/19/story", "2023-01-19", true),
            ("<b>1/19/2023</b>", "2023-01-19", true),
            (
                "<meta content=\"2024-01-19T17:10:00Z\">",
                "2023-01-19",
                false,
            ),
            ("January 19", "2023-01-19", false),
            ("2023-01-19", "2023-13-19", false),
            ("2023-01-19", "garbage", false),
        ];
        for (html, iso, shown) in cases {
            assert_eq!(page_shows_date(html, iso), shown, "{html:?} {iso}");
        }
    }

    #[test]
    fn shingles_follow_evaluate_py() {
        // evaluate.py: string_shingle_matching("a b c d e", "a b c d x") → tp 1, fp 1, fn 1.
        let (tp, fp, fn_) = shingle_matching("a b c d e", "a b c d x");
        assert!((tp - 1.0 / 3.0).abs() < 1e-9 && (fp - tp).abs() < 1e-9 && (fn_ - tp).abs() < 1e-9);
        // Short texts are one shorter shingle; empty texts have none.
        assert_eq!(shingle_matching("a b", "a b"), (1.0, 0.0, 0.0));
        assert_eq!(shingle_matching("", ""), (0.0, 0.0, 0.0));
        assert_eq!(shingle_matching("a b c d", ""), (0.0, 0.0, 1.0));
        let (p, r, f1) = body_metrics(&[(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]);
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    }
}
