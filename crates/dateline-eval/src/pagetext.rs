//! The plain-text layout stage on whole-page text copies: `corpus/pagetext_stress.jsonl.gz`.
//!
//! Each line is `{"set","id","url","pagetext"}`: the text of one of the 602 naeb and zyte_aeb
//! HTML pages as a select-all copy gives it (navigation, headline, standfirst, bylines, date
//! lines, captions, related links, footers). [`dateline::parse`] reads it as plain text with the
//! default [`Options`], and the result is scored against the gold of the page in
//! `<set>/articles.jsonl`, next to the file, joined on (set, id).
//!
//! The scores are those of the former `scripts/eval_pagetext.py`:
//!
//! * body: bag-of-words precision, recall and F1 of the predicted paragraphs against the gold
//!   body, per page, then averaged over pages (macro). Words are runs of `\w` (Python's: letters,
//!   digits and other numbers, `_`) in the lower-cased text; the paragraphs are joined by spaces;
//! * title: the headline equals the gold title after trimming white space (pages with a gold
//!   title);
//! * authors: the sorted, lower-cased author lists are equal (pages with gold authors);
//! * date: `published` equals the first ten characters of the gold date (pages with a gold date).
//!
//! One difference: the script left out the pages the parser failed on; here they count as
//! misses (empty body, no headline, authors or date), and the report shows how many there were.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

use dateline::{Article, Options, Span};
use serde::Deserialize;

use crate::html::{ratio, Page};
use crate::io::EvalError;

/// One line of the page-text file.
#[derive(Clone, Debug, Deserialize)]
pub struct PageText {
    /// The corpus the page comes from (`naeb`, `zyte_aeb`): the directory of its gold.
    pub set: String,
    /// Record id in that corpus's `articles.jsonl`.
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    /// The page's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The page's text.
    pub pagetext: String,
}

fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// Loads the page-text file (gzipped when its name ends in `.gz`), the first `limit` lines
/// when given.
///
/// # Errors
///
/// [`EvalError`] when the file cannot be read or a line is not a record.
pub fn load(file: &Path, limit: Option<usize>) -> Result<Vec<PageText>, EvalError> {
    let mut pages: Vec<PageText> = crate::read_jsonl(file)?;
    if let Some(n) = limit {
        pages.truncate(n);
    }
    Ok(pages)
}

// ---------------------------------------------------------------------------------------------
// Scoring

/// Python's `re.findall(r'\w+', s.lower())`. Python's `\w` is a letter or number of any kind
/// (general categories L* and N*) or `_`: `char::is_alphanumeric` would also take the
/// combining vowel signs of Arabic and Devanagari (Other_Alphabetic), which occur in the pages.
pub fn tokens(s: &str) -> Vec<String> {
    static WORD: OnceLock<regex::Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| regex::Regex::new(r"[\p{L}\p{N}_]+").expect("valid regex"));
    let lower = s.to_lowercase();
    word.find_iter(&lower)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Bag-of-words (precision, recall, F1) of `pred` against `gold`: the multiset intersection of
/// their [`tokens`] over the number of predicted (precision) and gold (recall) tokens, each at
/// least 1; F1 0 when both are 0.
pub fn bag_of_words(gold: &str, pred: &str) -> (f64, f64, f64) {
    let count = |s: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for t in tokens(s) {
            *m.entry(t).or_insert(0) += 1;
        }
        m
    };
    let (g, p) = (count(gold), count(pred));
    let inter: usize = g
        .iter()
        .map(|(t, &n)| n.min(p.get(t).copied().unwrap_or(0)))
        .sum();
    let total = |m: &HashMap<String, usize>| m.values().sum::<usize>().max(1) as f64;
    let precision = inter as f64 / total(&p);
    let recall = inter as f64 / total(&g);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

/// The predicted body: the paragraphs joined by spaces.
pub fn body(article: &Article) -> String {
    let index = article.offset_index();
    article
        .paragraphs
        .iter()
        .map(|p| {
            article
                .text
                .get(index.byte_range(Span::new(p.start, p.end)))
                .unwrap_or("")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Python's `str.strip()`: also the separators U+001C..U+001F, which Rust's `trim` keeps.
fn py_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

fn lower_sorted(names: &[String]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|a| a.to_lowercase()).collect();
    v.sort();
    v
}

// ---------------------------------------------------------------------------------------------
// The run

/// Scores of one page.
#[derive(Clone, Debug)]
pub struct PageScore {
    /// `set/id`.
    pub id: String,
    /// Body bag-of-words (precision, recall, F1).
    pub body: (f64, f64, f64),
    /// Headline match (None: no gold title).
    pub title: Option<bool>,
    /// Author list match (None: no gold authors).
    pub authors: Option<bool>,
    /// Date match (None: no gold date).
    pub date: Option<bool>,
    /// Predicted and gold values of the fields that do not match, for the verbose listing.
    pub detail: String,
    /// Milliseconds spent in `parse`.
    pub ms: f64,
    /// The library's error, if it failed.
    pub error: Option<String>,
}

/// Scores of the page-text file.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The file's name.
    pub name: String,
    /// Per-page scores, in file order (pages without gold left out).
    pub pages: Vec<PageScore>,
    /// `set/id` of the pages without a gold record.
    pub no_gold: Vec<String>,
}

impl Report {
    /// Body (precision, recall, F1), each averaged over the pages.
    pub fn body(&self) -> (f64, f64, f64) {
        let n = self.pages.len().max(1) as f64;
        let (p, r, f) = self.pages.iter().fold((0.0, 0.0, 0.0), |(p, r, f), s| {
            (p + s.body.0, r + s.body.1, f + s.body.2)
        });
        (p / n, r / n, f / n)
    }

    /// (exact, annotated) headlines.
    pub fn title(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.title))
    }

    /// (exact, annotated) author lists.
    pub fn authors(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.authors))
    }

    /// (exact, annotated) publication dates.
    pub fn date(&self) -> (usize, usize) {
        ratio(self.pages.iter().map(|p| p.date))
    }

    /// Pages the parser failed on.
    pub fn errors(&self) -> usize {
        self.pages.iter().filter(|p| p.error.is_some()).count()
    }

    /// Mean milliseconds per page in `parse`.
    pub fn ms_per_page(&self) -> f64 {
        self.pages.iter().map(|p| p.ms).sum::<f64>() / self.pages.len().max(1) as f64
    }

    /// A readable report; `verbose` lists every page with a mismatch (title, authors, date) or
    /// an error, then the ten pages with the lowest body F1.
    pub fn render(&self, verbose: bool) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let (p, r, f1) = self.body();
        let frac = |(k, n): (usize, usize)| {
            if n == 0 {
                "n/a".to_string()
            } else {
                format!("{k}/{n} ({:.3})", k as f64 / n as f64)
            }
        };
        let _ = writeln!(
            s,
            "== {} ({} pages, {} errors, {} without gold)",
            self.name,
            self.pages.len(),
            self.errors(),
            self.no_gold.len()
        );
        let _ = writeln!(s, "body     F1 {f1:.3}  precision {p:.3}  recall {r:.3}");
        let _ = writeln!(s, "title    {}", frac(self.title()));
        let _ = writeln!(s, "authors  {}", frac(self.authors()));
        let _ = writeln!(s, "date     {}", frac(self.date()));
        let _ = writeln!(s, "speed    {:.2} ms/page", self.ms_per_page());
        if verbose {
            let _ = writeln!(s, "-- mismatches");
            for page in &self.pages {
                if page.detail.is_empty() && page.error.is_none() {
                    continue;
                }
                let _ = writeln!(
                    s,
                    "{} (body F1 {:.2}):{}{}",
                    page.id,
                    page.body.2,
                    page.detail,
                    page.error
                        .as_deref()
                        .map(|e| format!(" error: {e}"))
                        .unwrap_or_default()
                );
            }
            let _ = writeln!(s, "-- lowest body F1");
            let mut worst: Vec<&PageScore> = self.pages.iter().collect();
            worst.sort_by(|a, b| a.body.2.total_cmp(&b.body.2).then(a.id.cmp(&b.id)));
            for page in worst.iter().take(10) {
                let (p, r, f1) = page.body;
                let _ = writeln!(s, "F1 {f1:.3}  P {p:.3}  R {r:.3}  {}", page.id);
            }
        }
        s
    }
}

/// Runs [`dateline::parse`] on the pages of `file` (the first `limit` when given) and scores
/// them against the gold in `<set>/articles.jsonl` next to it.
///
/// # Errors
///
/// [`EvalError`] when the file or a gold file cannot be read.
pub fn evaluate(file: &Path, limit: Option<usize>) -> Result<Report, EvalError> {
    let pages = load(file, limit)?;
    let corpus = file.parent().unwrap_or_else(|| Path::new("."));
    let mut gold: HashMap<(String, String), Page> = HashMap::new();
    let mut sets: Vec<&str> = pages.iter().map(|p| p.set.as_str()).collect();
    sets.sort_unstable();
    sets.dedup();
    for set in sets {
        let records: Vec<Page> = crate::read_jsonl(&corpus.join(set).join("articles.jsonl"))?;
        gold.extend(
            records
                .into_iter()
                .map(|g| ((set.to_string(), g.id.clone()), g)),
        );
    }
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut report = Report {
        name,
        ..Report::default()
    };
    let options = Options::default();
    // Warm up: the first parse loads the lexicons.
    let _ = crate::parse_guarded("Warm up.", &options);
    for page in &pages {
        let id = format!("{}/{}", page.set, page.id);
        let Some(g) = gold.get(&(page.set.clone(), page.id.clone())) else {
            report.no_gold.push(id);
            continue;
        };
        let started = Instant::now();
        let result = crate::parse_guarded(&page.pagetext, &options);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let article = result.as_ref().ok();
        let pred_body = article.map(body).unwrap_or_default();
        let headline = article.and_then(|a| a.headline.as_deref()).unwrap_or("");
        let published = article.and_then(|a| a.published.as_deref()).unwrap_or("");
        let authors: &[String] = article.map_or(&[], |a| &a.authors);

        let gold_title = g.title.as_deref().filter(|t| !t.is_empty());
        let title = gold_title.map(|t| py_strip(headline) == py_strip(t));
        let gold_date = g.date.as_deref().filter(|d| !d.is_empty());
        let gold_day: Option<String> = gold_date.map(|d| d.chars().take(10).collect());
        let date = gold_day.as_deref().map(|d| published == d);
        let gold_authors = g.authors.as_deref().filter(|a| !a.is_empty());
        let authors_ok = gold_authors.map(|a| lower_sorted(authors) == lower_sorted(a));

        let mut detail = String::new();
        if title == Some(false) {
            detail.push_str(&format!(
                " title {headline:?} != {:?};",
                gold_title.unwrap_or("")
            ));
        }
        if authors_ok == Some(false) {
            detail.push_str(&format!(
                " authors {authors:?} != {:?};",
                gold_authors.unwrap_or(&[])
            ));
        }
        if date == Some(false) {
            detail.push_str(&format!(
                " date {published:?} != {:?};",
                gold_day.as_deref().unwrap_or("")
            ));
        }
        report.pages.push(PageScore {
            id,
            body: bag_of_words(&g.text, &pred_body),
            title,
            authors: authors_ok,
            date,
            detail,
            ms,
            error: result.err(),
        });
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_python_word_class() {
        // re.findall(r'\w+', s.lower()): letters and numbers of any kind and `_`; Arabic
        // vowel marks (Mn) split words, superscript digits (No) do not.
        assert_eq!(tokens("Hello, World_2!"), ["hello", "world_2"]);
        assert_eq!(tokens("x² café"), ["x²", "café"]);
        assert_eq!(tokens("كَتَب"), ["ك", "ت", "ب"]);
        assert!(tokens(" -- ").is_empty());
    }

    #[test]
    fn bag_of_words_counts_multisets() {
        let (p, r, f1) = bag_of_words("a a b c", "a b b");
        // Intersection {a, b}: 2 of 3 predicted, 2 of 4 gold.
        assert!((p - 2.0 / 3.0).abs() < 1e-12 && (r - 0.5).abs() < 1e-12);
        assert!((f1 - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(bag_of_words("", ""), (0.0, 0.0, 0.0));
        assert_eq!(bag_of_words("a", ""), (0.0, 0.0, 0.0));
    }

    #[test]
    fn strip_like_python() {
        assert_eq!(py_strip("\u{1f} Title\u{a0}\n"), "Title");
    }
}
