//! HTML input: a page's main text and metadata as a [`Layout`], so that the stages after layout
//! (segment, entities, quotes, figures, assembly) run unchanged.
//!
//! The page is parsed with an HTML5 parser (`scraper`, on `html5ever`) and flattened, in document
//! order, into text blocks: one per block-level element (`<p>`, `<li>`, `<h2>`, `<blockquote>`,
//! `<figcaption>`, a `<div>` with its own text, …). Scripts, styles, navigation, forms, footers,
//! asides and elements whose class or id names page furniture (share tools, ads, comments,
//! newsletters, related rails) are pruned; related rails and bylines are kept aside for
//! [`Layout::related`] and [`Layout::authors`], figures and captions for [`Layout::captions`].
//!
//! The article body is the element that holds most of the page's prose: every prose block adds its
//! length to its ancestors, and from the root we descend into the child that holds most of the
//! text while it holds nearly all of it. With a JSON-LD `articleBody`, only blocks whose text it
//! contains count, so the choice is exact on pages that publish one.
//!
//! Metadata comes from JSON-LD (`NewsArticle` and kin), OpenGraph and `<meta>` tags, `<time>`, and
//! the markup (`<h1>`, `rel=author`, byline classes). The publication date is the date the page
//! shows after its headline (local time) when metadata confirms it within a day, else the
//! metadata's; the authors are the byline's names when they agree with the metadata's list (which
//! often adds contributors and editors), else that list. The rebuilt text holds the headline, the body
//! paragraphs with their captions in reading order, then the related lines; blocks are separated by
//! a blank line, like the plain-text layout.
//!
//! Every walk over the tree is iterative, so deeply nested pages cannot overflow the stack.

use foldhash::HashSet;
use std::ops::Range;

use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};
use serde_json::Value;

use crate::dates;
use crate::layout::{self, CaptionParts, DateHint, Layout, LayoutBlock};
use crate::model::{BlockKind, DateSource};

/// Builds the layout of an HTML page.
pub(crate) fn layout(html: &str) -> Layout {
    let doc = parse_document(html);
    let meta = Meta::collect(&doc);
    let flat = Flat::build(&doc, meta.base(), &meta.descriptions());
    build_layout(&meta, &flat)
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Elements nested deeper than this are flattened into their ancestor at this depth, as browsers
/// do (Blink caps the tree at 512): the HTML5 tree builder's scope checks walk the stack of open
/// elements, so unbounded nesting would make parsing quadratic.
const MAX_DEPTH: usize = 512;

/// Sits between the tokenizer and the tree builder and drops start and end tags of elements past
/// [`MAX_DEPTH`] (their text is kept).
struct DepthCap<S> {
    inner: S,
    depth: std::cell::Cell<usize>,
    dropped: std::cell::Cell<usize>,
}

/// Tags that close implicitly or hold no content: they do not deepen the estimate.
fn is_flat_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "li"
            | "dt"
            | "dd"
            | "option"
            | "tr"
            | "td"
            | "th"
            | "br"
            | "img"
            | "hr"
            | "input"
            | "meta"
            | "link"
            | "wbr"
            | "source"
            | "area"
            | "base"
            | "col"
            | "embed"
            | "param"
            | "track"
            | "html"
            | "head"
            | "body"
    )
}

impl<S: html5ever::tokenizer::TokenSink> html5ever::tokenizer::TokenSink for DepthCap<S> {
    type Handle = S::Handle;

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        line_number: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<S::Handle> {
        use html5ever::tokenizer::{TagKind, Token};
        if let Token::TagToken(tag) = &token {
            if !tag.self_closing && !is_flat_tag(&tag.name) {
                match tag.kind {
                    TagKind::StartTag => {
                        if self.depth.get() >= MAX_DEPTH {
                            self.dropped.set(self.dropped.get() + 1);
                            return html5ever::tokenizer::TokenSinkResult::Continue;
                        }
                        self.depth.set(self.depth.get() + 1);
                    }
                    TagKind::EndTag => {
                        if self.dropped.get() > 0 {
                            self.dropped.set(self.dropped.get() - 1);
                            return html5ever::tokenizer::TokenSinkResult::Continue;
                        }
                        self.depth.set(self.depth.get().saturating_sub(1));
                    }
                }
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parses a document like [`Html::parse_document`], with nesting capped at [`MAX_DEPTH`].
fn parse_document(html: &str) -> Html {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
    let builder = TreeBuilder::new(
        scraper::HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let tokenizer = Tokenizer::new(
        DepthCap {
            inner: builder,
            depth: std::cell::Cell::new(0),
            dropped: std::cell::Cell::new(0),
        },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // Scripts are never run and encoding hints are moot for a `&str`: a pause (`Script`,
    // `EncodingIndicator`) only means "feed again", like html5ever's own driver.
    while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Appends `s` to `buf` with runs of white space collapsed to one space (none at the start) and
/// invisible and control characters dropped, as [`crate::normalize`] would.
fn push_collapsed(buf: &mut String, pending_space: &mut bool, s: &str) {
    for c in s.chars() {
        match c {
            '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}'
            | '\u{200F}' => {}
            c if c.is_whitespace() => *pending_space = true,
            c if c.is_control() => {}
            c => {
                if *pending_space && !buf.is_empty() {
                    buf.push(' ');
                }
                *pending_space = false;
                buf.push(c);
            }
        }
    }
}

/// `s` with white space collapsed and trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    push_collapsed(&mut out, &mut pending, s);
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Lower-cased words of `s` (letters and digits), for loose comparisons.
fn loose(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Metadata

/// What the page says about itself: `<meta>`, `<link>`, `<title>`, `<h1>`, `<time>` and JSON-LD.
#[derive(Default, Debug)]
struct Meta {
    /// `<meta>` tags as (lower-cased `property`/`name`/`itemprop`, content).
    tags: Vec<(String, String)>,
    canonical: Option<String>,
    title: Option<String>,
    h1: Vec<String>,
    times: Vec<String>,
    /// Names from `rel=author` links and `itemprop=author` elements.
    author_marks: Vec<String>,
    /// The JSON-LD article object's fields.
    ld_headline: Option<String>,
    ld_authors: Vec<String>,
    ld_date: Option<String>,
    /// `dateModified` of the article object, or of a `WebPage`.
    ld_modified: Option<String>,
    /// `datePublished` of a `WebPage` object without a headline (not an article object).
    ld_page_date: Option<String>,
    ld_body: Option<String>,
    ld_section: Option<String>,
    ld_image: Option<String>,
    ld_url: Option<String>,
    /// Names of organisations: the publisher and `og:site_name`, never authors.
    sites: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "techarticle",
    "scholarlyarticle",
    "report",
    "webpage",
];

impl Meta {
    fn collect(doc: &Html) -> Meta {
        let mut meta = Meta::default();
        let mut ld: Vec<Value> = Vec::new();
        for node in doc.tree.root().descendants() {
            let Node::Element(el) = node.value() else {
                continue;
            };
            match el.name() {
                "meta" => {
                    let Some(content) = el.attr("content") else {
                        continue;
                    };
                    for key in ["property", "name", "itemprop"] {
                        if let Some(k) = el.attr(key) {
                            meta.tags
                                .push((k.trim().to_ascii_lowercase(), collapse(content)));
                        }
                    }
                }
                "link" => {
                    let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "canonical") && meta.canonical.is_none()
                    {
                        meta.canonical = el
                            .attr("href")
                            .map(str::trim)
                            .filter(|h| h.starts_with("http"))
                            .map(str::to_string);
                    }
                }
                "title" if meta.title.is_none() => {
                    let t = collapse(&text_of(node));
                    if !t.is_empty() {
                        meta.title = Some(t);
                    }
                }
                "h1" => {
                    let t = collapse(&inline_text_of(node));
                    if !t.is_empty() && meta.h1.len() < 8 {
                        meta.h1.push(t);
                    }
                }
                "time" => {
                    // A well-formed value only ("2023-12-17", "2023-12-17T09:00…").
                    if let Some(dt) = el.attr("datetime").map(str::trim).filter(|d| {
                        d.len() == 10 || matches!(d.as_bytes().get(10), Some(b'T' | b' '))
                    }) {
                        if meta.times.len() < 8 {
                            meta.times.push(dt.trim().to_string());
                        }
                    }
                }
                "script" => {
                    let ty = el.attr("type").unwrap_or("").trim().to_ascii_lowercase();
                    if ty == "application/ld+json" {
                        let raw = text_of(node);
                        let raw = raw.trim().trim_end_matches(';');
                        if let Ok(v) = serde_json::from_str::<Value>(raw) {
                            ld.push(v);
                        }
                    }
                }
                _ => {}
            }
            let rel = el.attr("rel").unwrap_or("");
            let itemprop = el.attr("itemprop").unwrap_or("");
            // Microdata dates on other elements (`<span itemprop=datePublished content=…>`).
            if el.name() != "meta" {
                for prop in itemprop.split_whitespace() {
                    let key = prop.to_ascii_lowercase();
                    if matches!(key.as_str(), "datepublished" | "datemodified")
                        && !meta.tags.iter().any(|(k, _)| *k == key)
                    {
                        if let Some(v) = el.attr("content").or(el.attr("datetime")) {
                            meta.tags.push((key, collapse(v)));
                        }
                    }
                }
            }
            if (el.name() == "a" && rel.split_whitespace().any(|r| r == "author"))
                || itemprop.split_whitespace().any(|p| p == "author")
            {
                // `itemprop=author` may wrap a `name` element and more (a bio, a photo credit).
                let named = node.descendants().find_map(|d| match d.value() {
                    Node::Element(e)
                        if e.attr("itemprop")
                            .is_some_and(|p| p.split_whitespace().any(|p| p == "name")) =>
                    {
                        Some(e.attr("content").map_or_else(|| text_of(d), str::to_string))
                    }
                    _ => None,
                });
                let name = named
                    .or_else(|| el.attr("content").map(str::to_string))
                    .unwrap_or_else(|| text_of(node));
                let name = collapse(&name);
                if !name.is_empty() && meta.author_marks.len() < 16 {
                    meta.author_marks.push(name);
                }
            }
        }
        if let Some(site) = meta.tag("og:site_name") {
            meta.sites.push(site.to_string());
        }
        // The article object: the first of an article type, found through arrays and `@graph`.
        let mut stack: Vec<&Value> = ld.iter().collect();
        let mut article: Option<&Value> = None;
        let mut fallback: Option<&Value> = None;
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                    let types = type_names(map.get("@type"));
                    if types.iter().any(|t| {
                        matches!(
                            t.as_str(),
                            "organization" | "newsmediaorganization" | "website"
                        )
                    }) {
                        if let Some(n) = map.get("name").and_then(Value::as_str) {
                            meta.sites.push(collapse(n));
                        }
                    }
                    if let Some(n) = map
                        .get("publisher")
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                    {
                        meta.sites.push(collapse(n));
                    }
                    let is_article = types
                        .iter()
                        .any(|t| ARTICLE_TYPES.contains(&t.as_str()) && t != "webpage");
                    if is_article && article.is_none() {
                        article = Some(v);
                    } else if types.iter().any(|t| t == "webpage") {
                        if fallback.is_none() && map.contains_key("headline") {
                            fallback = Some(v);
                        }
                        if meta.ld_page_date.is_none() {
                            meta.ld_page_date = map
                                .get("datePublished")
                                .and_then(Value::as_str)
                                .map(str::to_string);
                        }
                        if meta.ld_modified.is_none() {
                            meta.ld_modified = map
                                .get("dateModified")
                                .and_then(Value::as_str)
                                .map(str::to_string);
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(Value::Object(a)) = article.or(fallback) {
            let s = |k: &str| -> Option<String> {
                match a.get(k)? {
                    Value::String(s) => Some(collapse(&html_unescape(s))).filter(|s| !s.is_empty()),
                    Value::Array(items) => items
                        .iter()
                        .find_map(Value::as_str)
                        .map(|s| collapse(&html_unescape(s))),
                    _ => None,
                }
            };
            meta.ld_headline = s("headline").or_else(|| s("name"));
            meta.ld_date = s("datePublished").or_else(|| s("dateCreated"));
            if let Some(m) = s("dateModified") {
                meta.ld_modified = Some(m);
            }
            meta.ld_body = a
                .get("articleBody")
                .and_then(Value::as_str)
                .map(str::to_string);
            meta.ld_section = s("articleSection");
            meta.ld_image = a.get("image").and_then(url_of);
            meta.ld_url = s("url").filter(|u| u.starts_with("http")).or_else(|| {
                a.get("mainEntityOfPage")
                    .and_then(url_of)
                    .filter(|u| u.starts_with("http"))
            });
            let mut authors: Vec<&Value> = Vec::new();
            for key in ["author", "creator"] {
                match a.get(key) {
                    Some(Value::Array(items)) => authors.extend(items),
                    Some(v) => authors.push(v),
                    None => {}
                }
                if !authors.is_empty() {
                    break;
                }
            }
            for v in authors {
                match v {
                    Value::String(s) => meta.ld_authors.push(collapse(s)),
                    Value::Object(o) => {
                        let types = type_names(o.get("@type"));
                        if types.iter().any(|t| t.contains("organization")) {
                            continue;
                        }
                        match o.get("name") {
                            Some(Value::String(n)) => meta.ld_authors.push(collapse(n)),
                            Some(Value::Array(names)) => meta
                                .ld_authors
                                .extend(names.iter().filter_map(Value::as_str).map(collapse)),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
        }
        meta
    }

    /// The first `<meta>` content for `key`.
    fn tag(&self, key: &str) -> Option<&str> {
        self.tags
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// The page URL, to resolve relative links.
    fn base(&self) -> Option<&str> {
        self.canonical
            .as_deref()
            .or(self.tag("og:url"))
            .or(self.ld_url.as_deref())
    }

    /// The page's summaries (`og:description`, `description`, `twitter:description`), distinct
    /// and long enough to be a standfirst (6 to 80 words).
    fn descriptions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for key in ["og:description", "description", "twitter:description"] {
            if let Some(d) = self.tag(key) {
                if (6..=80).contains(&word_count(d)) && !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        out
    }

    fn is_site_name(&self, name: &str) -> bool {
        let n = loose(name);
        !n.is_empty() && self.sites.iter().any(|s| loose(s) == n)
    }

    fn headline(&self) -> Option<String> {
        let h1 = self.h1.first();
        let candidates = [
            self.ld_headline.as_deref(),
            self.tag("og:title"),
            self.tag("twitter:title"),
            self.title.as_deref(),
        ];
        // An <h1> that a metadata title starts with is the headline as shown.
        for h in &self.h1 {
            let lh = loose(h);
            if word_count(h) >= 2
                && candidates
                    .iter()
                    .flatten()
                    .any(|c| !lh.is_empty() && loose(c).starts_with(&lh))
            {
                return Some(h.clone());
            }
        }
        for c in candidates.into_iter().flatten() {
            let t = self.strip_site(c);
            if word_count(&t) >= 2 {
                return Some(t);
            }
        }
        h1.cloned()
    }

    /// `title` without a trailing " - Site" or " | Site".
    fn strip_site(&self, title: &str) -> String {
        let mut t = title.trim().to_string();
        for _ in 0..3 {
            let cut = [
                " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ",
            ]
            .iter()
            .filter_map(|sep| t.rfind(sep).map(|i| (i, sep.len())))
            .max_by_key(|(i, _)| *i);
            let Some((i, len)) = cut else { break };
            let (head, tail) = (&t[..i], t[i + len..].trim());
            let site_like = self.is_site_name(tail)
                || self.sites.iter().any(|s| {
                    let (a, b) = (loose(s), loose(tail));
                    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
                })
                || (word_count(tail) <= 4 && word_count(head) >= 3 && !tail.ends_with('?'));
            if !site_like || head.trim().is_empty() {
                break;
            }
            t = head.trim().to_string();
        }
        t
    }

    /// The publication date the metadata gives (JSON-LD, `<meta>` and microdata).
    fn date(&self) -> Option<(jiff::civil::Date, DateSource)> {
        self.published_dates()
            .next()
            .map(|d| (d, DateSource::Metadata))
    }

    /// Every publication date the metadata gives, best source first.
    fn published_dates(&self) -> impl Iterator<Item = jiff::civil::Date> + '_ {
        const KEYS: [&str; 15] = [
            "article:published_time",
            "og:article:published_time",
            "published_time",
            "datepublished",
            "publishdate",
            "publish-date",
            "pubdate",
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "cxenseparse:recs:publishtime",
        ];
        let metas = self
            .ld_date
            .iter()
            .map(String::as_str)
            .chain(KEYS.iter().filter_map(|k| self.tag(k)))
            .chain(self.ld_page_date.iter().map(String::as_str));
        metas.filter_map(parse_date)
    }

    /// The first `<time datetime>` of the page: the last resort, as it may date another story.
    fn time_date(&self) -> Option<jiff::civil::Date> {
        self.times.iter().find_map(|t| parse_date(t))
    }

    /// Dates of the last revision the metadata names.
    fn modified(&self) -> Vec<jiff::civil::Date> {
        let keys = [
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "modified_time",
            "dc.date.modified",
            "dcterms.modified",
        ];
        self.ld_modified
            .iter()
            .map(String::as_str)
            .chain(keys.iter().filter_map(|k| self.tag(k)))
            .filter_map(parse_date)
            .collect()
    }

    /// The authors. The page's byline ("By Jane Doe and John Roe, CNN") names them as shown,
    /// without the contributors, editors and reviewers that metadata often lists too; it is
    /// taken when metadata names none, or when it shares a name with the metadata's list (so a
    /// byline of another story is not). Otherwise the metadata's names (JSON-LD, `<meta>`,
    /// `rel=author`). News organisations are dropped when a person is named.
    fn authors(&self, bylines: &[Byline]) -> Vec<String> {
        let mut listed: Vec<String> = Vec::new();
        let add = |raw: &str, out: &mut Vec<String>| {
            for name in author_names(raw) {
                if !self.is_site_name(&name) {
                    layout::push_unique(out, name);
                }
            }
        };
        for a in &self.ld_authors {
            add(a, &mut listed);
        }
        if listed.is_empty() {
            for key in [
                "author",
                "article:author",
                "parsely-author",
                "sailthru.author",
                "dc.creator",
            ] {
                for (k, v) in &self.tags {
                    if k == key {
                        add(v, &mut listed);
                    }
                }
                if !listed.is_empty() {
                    break;
                }
            }
        }
        if listed.is_empty() {
            for a in &self.author_marks {
                add(a, &mut listed);
            }
        }
        // The first byline that names someone: its names up to the first that is not a
        // person's (a title, an institution) or a listed name.
        let mut shown: Vec<String> = Vec::new();
        let mut shown_text = String::new();
        for b in bylines.iter().take(12) {
            let mut names: Vec<String> = Vec::new();
            add(&b.text, &mut names);
            for m in &b.marked {
                add(m, &mut names);
            }
            // A name that runs on past a link or author element inside the byline ends there.
            for name in &mut names {
                if let Some(part) = b.parts.iter().find(|p| {
                    name.len() > p.len()
                        && name.starts_with(p.as_str())
                        && name.as_bytes().get(p.len()) == Some(&b' ')
                        && word_count(p) >= 2
                }) {
                    *name = part.clone();
                }
            }
            let keep = names
                .iter()
                .take_while(|n| looks_like_person(n) || listed.iter().any(|l| same_name(n, l)))
                .count();
            names.truncate(keep);
            if names.is_empty() {
                continue;
            }
            shown = names;
            shown_text = loose(&b.text);
            break;
        }
        let first_names = shown.clone();
        let confirmed = shown.iter().any(|s| listed.iter().any(|l| same_name(s, l)));
        let mut out = if listed.is_empty() {
            shown
        } else if confirmed {
            // The byline's names: those the metadata lists, and others of the first byline; then
            // the metadata's names that the bylines do not show in another role.
            // A shown name that runs on past the listed one ("Jane Doe Staff Writer") is cut to it.
            let mut out: Vec<String> = shown
                .into_iter()
                .filter_map(|s| match listed.iter().find(|l| same_name(&s, l)) {
                    Some(l)
                        if l.len() < s.len() && {
                            let (ls, ll) = (loose(&s), loose(l));
                            let rest = ls.get(ll.len()..).unwrap_or("");
                            is_role(rest) || is_organisation(rest)
                        } =>
                    {
                        Some(l.clone())
                    }
                    Some(_) => Some(s),
                    None => first_names.contains(&s).then_some(s),
                })
                .collect();
            for l in listed {
                let ll = loose(&l);
                if !out.iter().any(|s| same_name(s, &l)) && !shown_text.contains(&ll) {
                    out.push(l);
                }
            }
            out
        } else {
            listed
        };
        out.retain(|n| !is_role(n));
        if out.iter().any(|n| !is_organisation(n)) {
            out.retain(|n| !is_organisation(n));
        }
        out
    }
}

/// The same person: equal loose forms, or one the start of the other at a word boundary
/// ("Nelson C.J" and "Nelson C.J.", "Jane Doe" and "Jane Doe Staff Writer").
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (loose(a), loose(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && (short == long
            || (long.starts_with(&short)
                && long.as_bytes().get(short.len()) == Some(&b' ')
                && word_count(&short) >= 2
                && short.len() >= 6))
}

/// Name particles written in lower case ("Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "del", "della", "la", "le", "bin", "al", "el", "di",
    "du", "dos", "das", "y", "ter", "ten", "st.",
];

/// Words of a job title, not of a name.
fn is_role(name: &str) -> bool {
    loose(name).split(' ').any(|w| {
        matches!(
            w,
            "reporter"
                | "editor"
                | "editors"
                | "writer"
                | "writers"
                | "correspondent"
                | "journalist"
                | "columnist"
                | "producer"
                | "contributor"
                | "contributors"
                | "fellow"
                | "staff"
                | "photographer"
                | "director"
                | "analyst"
                | "author"
                | "page"
                | "archive"
                | "intern"
                | "critic"
                | "host"
                | "anchor"
                | "senior"
                | "manager"
                | "officer"
                | "chief"
                | "president"
                | "founder"
                | "contributing"
                | "deputy"
                | "vice"
                | "ceo"
                | "cto"
                | "cfo"
                | "commentary"
                | "by"
        )
    })
}

/// Two to four capitalised words (or particles), no digits, no job title, no organisation.
fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && !words.iter().any(|w| dates::month_number(w).is_some())
        && !name.chars().any(|c| c.is_ascii_digit())
        && !is_role(name)
        && !is_organisation(name)
}

/// A name with what follows it cut off: lower-case words ("archive page", "for The Times"),
/// a trailing month ("Dec" before a date) and stray punctuation.
fn tidy_name(n: &str) -> String {
    let words: Vec<&str> = n.split_whitespace().collect();
    let mut end = words
        .iter()
        .position(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !PARTICLES.contains(&w.to_lowercase().as_str())
        })
        .unwrap_or(words.len());
    while end > 0
        && (dates::month_number(words[end - 1]).is_some()
            || dates::weekday(words[end - 1]).is_some()
            || !words[end - 1].chars().any(char::is_alphanumeric))
    {
        end -= 1;
    }
    words[..end].join(" ")
}

/// A news organisation or desk rather than a person ("The Associated Press", "CNN Wire").
fn is_organisation(name: &str) -> bool {
    let l = loose(name);
    if matches!(
        l.as_str(),
        "ap" | "afp" | "ani" | "pti" | "ians" | "upi" | "reuters" | "bloomberg" | "cnn" | "bbc"
    ) {
        return true;
    }
    l.split(' ').any(|w| {
        matches!(
            w,
            "press"
                | "news"
                | "newsroom"
                | "times"
                | "network"
                | "gazette"
                | "telegram"
                | "journal"
                | "tribune"
                | "herald"
                | "post"
                | "daily"
                | "magazine"
                | "media"
                | "wire"
                | "agency"
                | "desk"
                | "today"
                | "reports"
                | "correspondent"
                | "institute"
                | "university"
                | "school"
                | "college"
                | "center"
                | "centre"
                | "department"
                | "association"
                | "society"
                | "council"
                | "foundation"
                | "company"
                | "inc"
                | "llc"
                | "ltd"
                | "group"
                | "technologies"
        )
    })
}

/// Lower-cased `@type` names.
fn type_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}

/// A URL from a JSON-LD value: a string, an `ImageObject`/`WebPage` (`url`, `@id`), or a list.
fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(url_of),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("@id"))
            .or_else(|| o.get("contentUrl"))
            .and_then(url_of),
        _ => None,
    }
}

/// JSON-LD strings sometimes carry HTML entities; decode the common ones.
fn html_unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&#8217;", "’")
        .replace("&#8216;", "‘")
        .replace("&#8220;", "“")
        .replace("&#8221;", "”")
        .replace("&#8212;", "—")
        .replace("&#8211;", "–")
}

/// A calendar date from a metadata value: ISO 8601 (`2023-12-17T09:00:00-05:00`, `20231217`) or
/// a written date ("December 17, 2023").
fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    parse_any_date(s).filter(|d| !placeholder_date(*d))
}

/// A template's empty date: Go's zero time ("0001-01-01T00:00:00Z"), the Unix epoch, or any
/// year before print news went online in numbers.
fn placeholder_date(d: jiff::civil::Date) -> bool {
    d.year() < 1900 || d == jiff::civil::date(1970, 1, 1)
}

fn parse_any_date(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    if let Some(d) = s.get(..10).and_then(dates::parse_iso) {
        return Some(d);
    }
    if s.len() >= 8 && s.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
        if let Some(d) = dates::parse_iso(&iso) {
            return Some(d);
        }
    }
    dates::find_full_date(&capitalize_months(s))
}

/// Author names in a metadata value or byline: "By Jane Doe and John Roe, CNN" → two names.
fn author_names(raw: &str) -> Vec<String> {
    let raw = collapse(raw);
    if raw.is_empty() || raw.contains("://") || raw.starts_with("www.") || raw.len() > 200 {
        return Vec::new();
    }
    let mut s = raw.as_str();
    for prefix in [
        "Written by",
        "Words by",
        "Story by",
        "Posted by",
        "Reporting by",
    ] {
        if let Some(rest) = s
            .get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
        {
            s = s[rest.len()..].trim_start_matches([':', ' ']);
        }
    }
    if let Some(rest) = s.get(..3).filter(|p| p.eq_ignore_ascii_case("by ")) {
        s = &s[rest.len()..];
    } else if let Some(rest) = s.strip_prefix("By:") {
        s = rest;
    } else {
        // Other roles ("Photography by", "Edited by") name no author; a label before "by" is
        // a column or a link ("View all posts by Jane Doe").
        let lower = s.to_ascii_lowercase();
        if [
            "photography by",
            "photographs by",
            "photos by",
            "photo by",
            "styled by",
            "styling by",
            "edited by",
            "reviewed by",
            "fact checked by",
            "fact-checked by",
            "illustrations by",
            "illustration by",
            "video by",
            "produced by",
            "contributions from",
            "additional reporting",
            "medically reviewed",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            return Vec::new();
        }
        if let Some(i) = lower.find(" by ") {
            if s.is_char_boundary(i + 4) {
                s = &s[i + 4..];
            }
        }
    }
    // Contributors, editors and dates that follow the names.
    let lower = s.to_ascii_lowercase();
    let cut = [
        " contributions from",
        " contribution from",
        " additional reporting",
        " with reporting",
        " reviewed by",
        " edited by",
        " fact checked by",
        " fact-checked by",
        " photography by",
        " photographs by",
        " photos by",
        " illustrations by",
        " video by",
        " published",
        " updated",
        " last updated",
        " posted",
        " on ",
        " for ",
    ]
    .iter()
    .filter_map(|p| lower.find(p))
    .chain(s.find(|c: char| c.is_ascii_digit()))
    .min();
    let s = match cut {
        Some(i) if s.is_char_boundary(i) => &s[..i],
        _ => s,
    };
    // Text after a separator is a role, an outlet or a date.
    let s = s
        .split(['|', '•', '·', '\n', '(', '@'])
        .next()
        .unwrap_or("")
        .trim();
    let s = s.split(" - ").next().unwrap_or("").trim();
    let s = s.split(" — ").next().unwrap_or("").trim();
    layout::split_names(s)
        .into_iter()
        .map(|n| without_credentials(&tidy_name(n.trim_start_matches("and ").trim())))
        .filter(|n| {
            let lower = n.to_lowercase();
            let words = word_count(n);
            (1..=5).contains(&words)
                && !n.chars().any(|c| c.is_ascii_digit())
                && !lower.contains("email")
                && !lower.contains("updated")
                && !lower.contains("published")
                && !lower.contains("staff")
                && !lower.contains("contributor")
                && !lower.contains("follow")
                && !lower.starts_with("more ")
                && !matches!(
                    lower.as_str(),
                    "and"
                        | "by"
                        | "from"
                        | "head"
                        | "admin"
                        | "editor"
                        | "editors"
                        | "the editors"
                        | "news desk"
                )
        })
        .collect()
}

/// Degrees and licences written after a name ("Lauren Manaker MS, RDN, LD"): not names.
const CREDENTIALS: &[&str] = &[
    "MS", "MSc", "MA", "BA", "BS", "MD", "PhD", "Ph.D.", "Ph.D", "RD", "RDN", "LD", "LDN", "RN",
    "NP", "MPH", "MBA", "JD", "DO", "DDS", "CPT", "CSCS", "CNS", "PsyD", "LCSW", "FACS",
];

/// A byline name without the credentials after it; a credential alone becomes empty.
fn without_credentials(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| CREDENTIALS.contains(&w.trim_end_matches(',')))
    {
        words.pop();
    }
    words.join(" ")
}

// ---------------------------------------------------------------------------------------------
// Flattening the DOM into text blocks

/// What a subtree is, for the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Ordinary content.
    Content,
    /// Dropped: scripts, navigation, share tools, ads, comments, forms, footers.
    Pruned,
    /// A related-articles rail: its links become related lines.
    Related,
    /// A byline: its text names the authors.
    Byline,
    /// A figure or caption.
    Caption,
}

/// One text block of the page.
#[derive(Debug)]
struct Block {
    /// Pre-order index of the innermost block-level element holding the text.
    node: usize,
    text: String,
    /// Characters inside links.
    link_chars: usize,
    /// Links: byte range in `text` and the resolved URL.
    anchors: Vec<(Range<usize>, String)>,
    /// Byte range of a credit element (`.credit`) inside a caption.
    credit: Option<Range<usize>>,
    role: Role,
    tag: String,
}

/// The flattened page: elements in pre-order (parent and subtree end) and the text blocks.
struct Flat {
    parent: Vec<usize>,
    end: Vec<usize>,
    /// Hash of each element's tag and `class`, to find siblings built alike.
    sig: Vec<u64>,
    /// Each element's tag when it is a block tag (else "").
    tags: Vec<&'static str>,
    /// Links whose visible text reads like a title (three words or more), even inside pruned
    /// elements (a card's `<header>`): pre-order index and resolved URL.
    title_links: Vec<(usize, String)>,
    blocks: Vec<Block>,
    /// Pre-order index of the `itemprop=articleBody` element, if any.
    body_mark: Option<usize>,
    /// `<h1>` elements: pre-order index and text.
    h1s: Vec<(usize, String)>,
    /// Dates shown on the page: short visible texts that hold a full date ("Dec. 21, 2023
    /// 11:00 pm EST", "Updated on December 13, 2023"), with the pre-order index of the element
    /// that holds them, outside scripts, captions and related rails.
    shown_dates: Vec<ShownDate>,
    /// Texts of byline elements (class `byline`/`author`…, `rel=author`, `itemprop=author`),
    /// outermost first, with their pre-order index: found even inside a pruned `<header>`, but
    /// not in navigation, footers, asides or related rails.
    byline_texts: Vec<Byline>,
    /// The first element that shows one of the page's descriptions (its summary): pre-order
    /// index and text, found even inside a pruned `<header>`, but not in navigation, footers,
    /// asides, related rails or captions.
    dek: Option<(usize, String)>,
}

/// A byline element's text.
#[derive(Clone, Debug, Default)]
struct Byline {
    /// Pre-order index of the element.
    node: usize,
    text: String,
    /// Texts of the links and author elements inside it ("Jim Walsh" in "Jim Walsh Cherry Hill
    /// Courier-Post").
    parts: Vec<String>,
    /// Texts of `rel=author` and `itemprop=author` elements inside it.
    marked: Vec<String>,
    /// End of the element's subtree (pre-order index).
    end: usize,
}

/// A date shown on the page.
#[derive(Clone, Copy, Debug)]
struct ShownDate {
    /// Pre-order index of the element holding the text.
    node: usize,
    date: jiff::civil::Date,
    /// Labelled as a revision ("Updated", "Last modified"), in its text or the text before it.
    updated: bool,
}

const PRUNED_TAGS: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe", "button", "select",
    "textarea", "input", "option", "nav", "footer", "aside", "canvas", "video", "audio", "object",
    "embed", "map", "dialog", "menu", "header", "math", "form",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "pre",
    "address",
    "hr",
    "form",
    "fieldset",
    "details",
    "summary",
    "center",
    "body",
    "html",
    "caption",
    "picture",
    "header",
    "footer",
    "nav",
    "aside",
    "amp-img",
    "amp-carousel",
    "amp-ad",
];

/// Class and id words of page furniture (whole words of `class`/`id`, split at `-`, `_`, spaces).
const PRUNE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "adslot",
    "adunit",
    "comment",
    "comments",
    "promo",
    "promos",
    "promotion",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "subscribe",
    "subscription",
    "signup",
    "popup",
    "modal",
    "tags",
    "tag",
    "toolbar",
    "trending",
    "popular",
    "newsletter",
    "newsletters",
    "share",
    "sharing",
    "shares",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "outbrain",
    "taboola",
    "cookie",
    "cookies",
    "banner",
    "sponsored",
    "disqus",
    "hidden",
    "print",
    "skip",
    "donate",
    "donation",
    "teaser",
    "widget",
    "masthead",
    "topics",
    "keywords",
    "pagination",
    "pager",
    "sr",
    "visually",
    "screenreader",
    "toc",
];
/// Substrings of class/id that always mean furniture.
const PRUNE_PARTS: &[&str] = &[
    "share",
    "social",
    "newsletter",
    "advert",
    "outbrain",
    "taboola",
    "breadcrumb",
    "sidebar",
    "cookie",
    "promo",
    "subscribe",
    "comment-",
    "comments",
];
const RELATED_WORDS: &[&str] = &[
    "related",
    "recirc",
    "recommended",
    "recommendations",
    "readmore",
    "morestories",
    "mostread",
];
const BYLINE_WORDS: &[&str] = &[
    "byline",
    "author",
    "authors",
    "byl",
    "contributor",
    "writer",
];
/// Captions, credits, and slideshows of captioned pictures.
const CAPTION_WORDS: &[&str] = &[
    "caption",
    "figcaption",
    "credit",
    "credits",
    "copyright",
    "carousel",
    "slideshow",
];
/// Classes of the embed codes social networks hand out (`<blockquote class="twitter-tweet">`).
const EMBED_CLASSES: &[&str] = &[
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "reddit-embed",
    "bluesky-embed",
    "threads-post",
];
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "story", "main", "entry", "post", "text", "prose",
];

fn class_words(el: &Element) -> (Vec<String>, String) {
    let mut raw = String::new();
    if let Some(c) = el.attr("class") {
        raw.push_str(c);
    }
    if let Some(i) = el.attr("id") {
        raw.push(' ');
        raw.push_str(i);
    }
    let raw = raw.to_ascii_lowercase();
    let words = raw
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    (words, raw)
}

/// Tags pruned even when they hold most of the page's text.
const ALWAYS_PRUNED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe", "button", "select",
    "textarea", "input", "option", "canvas", "video", "audio", "object", "embed", "map", "math",
];

/// The role an element gives its subtree (inside content). A `large` element holds much of the
/// page's text: class names and sectioning tags never prune it (a wrapper `#__next`, a
/// `<header>` around the whole page).
fn role_of(el: &Element, large: bool, linkless: bool, chars: usize) -> Role {
    let name = el.name();
    if ALWAYS_PRUNED.contains(&name) {
        return Role::Pruned;
    }
    if large {
        return if matches!(name, "figure" | "figcaption") {
            Role::Caption
        } else {
            Role::Content
        };
    }
    if PRUNED_TAGS.contains(&name) {
        return Role::Pruned;
    }
    // Hidden, except the subscribers' part of an article that a script reveals
    // (`class="subscriber-only" style="display:none"`).
    if el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            (s.contains("display:none") || s.contains("visibility:hidden"))
                && !el
                    .attr("class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("subscriber"))
        })
    {
        return Role::Pruned;
    }
    if el.attr("role").is_some_and(|r| {
        matches!(
            r,
            "navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "menu"
        )
    }) {
        return Role::Pruned;
    }
    if matches!(name, "figure" | "figcaption" | "picture") {
        return Role::Caption;
    }
    if matches!(name, "html" | "body" | "article" | "main") {
        return Role::Content;
    }
    if let Some(p) = el.attr("itemprop") {
        if p.contains("articleBody") || p.contains("articlebody") {
            return Role::Content;
        }
        if p.split_whitespace().any(|p| p == "author") {
            return Role::Byline;
        }
    }
    if el.attr("rel").is_some_and(|r| r.contains("author")) {
        return Role::Byline;
    }
    let (words, raw) = class_words(el);
    if words.is_empty() {
        return Role::Content;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    // Posts embedded from social networks (their official embed markup): others' words, which
    // the page shows like a picture.
    if EMBED_CLASSES.iter().any(|e| raw.contains(e)) {
        return Role::Pruned;
    }
    // A publisher's own wrapper of such an embed ("InstagramEmbedContainer", "tiktok-embed-wrap"),
    // holding the post or a "view it on the site it comes from" placeholder.
    if raw.contains("embed")
        && [
            "instagram",
            "twitter",
            "tiktok",
            "facebook",
            "youtube",
            "bluesky",
            "threads",
        ]
        .iter()
        .any(|n| raw.contains(n))
    {
        return Role::Pruned;
    }
    let content = has(CONTENT_WORDS);
    // Also inside compound class names ("imageCaption", "captionContainer").
    if has(CAPTION_WORDS) || raw.contains("caption") {
        return Role::Caption;
    }
    if has(RELATED_WORDS)
        || raw.contains("related")
        || raw.contains("editors-pick")
        || raw.contains("editor-pick")
    {
        // A rail of other stories is links; prose without them ("readmore" text) is content.
        return if linkless || (content && !raw.contains("related")) {
            Role::Content
        } else {
            Role::Related
        };
    }
    if has(BYLINE_WORDS) && !content {
        return Role::Byline;
    }
    // A video or audio player: its controls, timers and "your browser cannot play this" notes.
    // Its class, not its id (ids made from headings: "why-buy-a-blu-ray-player"). Also a short
    // element classed as video ("InlineVideo", "video-title"): an embed's title, duration and
    // blurb, another piece than the story (a long one may wrap the story of a video page).
    if is_media_player(el)
        || (chars < 400
            && el
                .attr("class")
                .is_some_and(|c| c.to_ascii_lowercase().contains("video")))
    {
        return Role::Pruned;
    }
    if has(PRUNE_WORDS) || PRUNE_PARTS.iter().any(|p| has_part(&raw, p)) {
        if content
            && !words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "ad" | "ads"
                        | "share"
                        | "comments"
                        | "newsletter"
                        | "tags"
                        | "topics"
                        | "keywords"
                        | "outbrain"
                        | "taboola"
                        | "breadcrumb"
                        | "breadcrumbs"
                        // WordPress's sharing and likes widgets ("sharedaddy sd-like
                        // jetpack-likes-widget-wrapper" with an id "like-post-wrapper-…").
                        | "sharedaddy"
                        | "jetpack"
                )
            })
        {
            return Role::Content;
        }
        return Role::Pruned;
    }
    Role::Content
}

/// Class words of a media player ("video-player", "av-player-container", "jwplayer").
fn is_media_player(el: &Element) -> bool {
    let class = el.attr("class").unwrap_or("").to_ascii_lowercase();
    if class.contains("videoplayer") || class.contains("audioplayer") || class.contains("jwplayer")
    {
        return true;
    }
    let words: Vec<&str> = class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&"player")
        && words.iter().any(|w| {
            matches!(
                *w,
                "video" | "audio" | "media" | "av" | "jw" | "vjs" | "podcast"
            )
        })
}

/// Class or id words of a sidebar or an overlay (cookie and consent dialogs, modals), pruned even
/// when they hold much of the page's text.
fn is_overlay_or_rail(el: &Element) -> bool {
    if matches!(el.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    let (words, _) = class_words(el);
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "sidebar" | "modal" | "popup" | "cookie" | "cookies" | "consent" | "gdpr"
        )
    })
}

/// `part` inside a class/id string, except "subscribe" in "subscriber" (subscriber-only text is
/// the article, shown to crawlers).
fn has_part(raw: &str, part: &str) -> bool {
    raw.match_indices(part)
        .any(|(i, m)| !(part == "subscribe" && raw.as_bytes().get(i + m.len()) == Some(&b'r')))
}

/// The site of a URL: its host's last two labels, three under a short second-level one
/// ("co.uk", "com.au"), so that "eu.site.com" and "www.site.com" are one site.
fn site_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let h = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    let labels: Vec<&str> = h.split('.').collect();
    let keep = match labels.as_slice() {
        [.., _, second, cc]
            if cc.len() == 2
                && matches!(*second, "co" | "com" | "org" | "net" | "gov" | "ac" | "edu") =>
        {
            3
        }
        _ => 2,
    };
    labels[labels.len().saturating_sub(keep)..]
        .join(".")
        .to_ascii_lowercase()
}

/// Resolves `href` against the page URL; `None` for scripts, anchors and mail links.
fn resolve(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty()
        || href.starts_with('#')
        || href.starts_with("javascript:")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
        || href.starts_with("data:")
    {
        return None;
    }
    if href.starts_with("http://") || href.starts_with("https://") {
        return Some(href.to_string());
    }
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("https://{rest}"));
    }
    let base = base?;
    let scheme_end = base.find("://")? + 3;
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    if href.starts_with('/') {
        Some(format!("{}{href}", &base[..host_end]))
    } else {
        let dir_end = base
            .rfind('/')
            .filter(|&i| i >= host_end)
            .unwrap_or(host_end);
        Some(format!("{}/{href}", &base[..dir_end]))
    }
}

struct Frame {
    index: usize,
    role: Role,
    block: bool,
    anchor: Option<(usize, Option<String>)>,
    credit_start: Option<usize>,
    /// The tag that starts a block.
    tag: &'static str,
    /// Inside a script, style, template or other never-shown element.
    hidden: bool,
    /// Inside a byline element.
    byline: bool,
    /// Inside navigation, a footer, an aside or a related rail: bylines there are other stories'.
    elsewhere: bool,
}

/// What an element inherits from its parent's frame.
#[derive(Clone, Copy)]
struct ParentInfo {
    index: usize,
    role: Role,
    hidden: bool,
    byline: bool,
    elsewhere: bool,
}

impl ParentInfo {
    fn of(f: &Frame) -> ParentInfo {
        ParentInfo {
            index: f.index,
            role: f.role,
            hidden: f.hidden,
            byline: f.byline,
            elsewhere: f.elsewhere,
        }
    }
}

/// The block being filled.
#[derive(Default)]
struct Current {
    text: String,
    pending_space: bool,
    link_chars: usize,
    anchors: Vec<(Range<usize>, String)>,
    credit: Option<Range<usize>>,
}

impl Flat {
    fn build(doc: &Html, base: Option<&str>, descriptions: &[&str]) -> Flat {
        let loose_descriptions: Vec<(usize, String)> = descriptions
            .iter()
            .map(|d| (d.trim().len(), loose(d)))
            .collect();
        let mut flat = Flat {
            dek: None,
            parent: Vec::new(),
            end: Vec::new(),
            sig: Vec::new(),
            tags: Vec::new(),
            title_links: Vec::new(),
            blocks: Vec::new(),
            body_mark: None,
            h1s: Vec::new(),
            shown_dates: Vec::new(),
            byline_texts: Vec::new(),
        };
        let sizes = text_sizes(doc);
        let total = sizes.text.first().copied().unwrap_or(0);
        let any_h1 = sizes.h1.first().copied().unwrap_or(false);
        let mut stack: Vec<Frame> = Vec::new();
        let mut cur = Current::default();
        // Consecutive <br> elements: two or more end a block.
        let mut brs = 0usize;
        // The end of the last visible text, for the label of a shown date.
        let mut last_text = String::new();
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        let index = flat.parent.len();
                        let parent_frame = stack.last().map(ParentInfo::of);
                        let parent_hidden = parent_frame.is_some_and(|f| f.hidden);
                        flat.parent
                            .push(parent_frame.map_or(usize::MAX, |f| f.index));
                        flat.end.push(index + 1);
                        flat.sig.push({
                            use std::hash::{Hash, Hasher};
                            let mut h = std::collections::hash_map::DefaultHasher::new();
                            // Elements without a class are alike in nothing (0).
                            let class = el.attr("class").unwrap_or("").trim();
                            if class.is_empty() {
                                0
                            } else {
                                el.name().hash(&mut h);
                                class.hash(&mut h);
                                h.finish() | 1
                            }
                        });
                        let inherited = parent_frame.map_or(Role::Content, |f| f.role);
                        let name = el.name();
                        if name == "br" {
                            brs += 1;
                            if brs >= 2 && inherited != Role::Pruned {
                                flat.flush(&mut cur, &mut stack);
                            } else {
                                cur.pending_space = true;
                            }
                        } else if name != "wbr" {
                            brs = 0;
                        }
                        // A large element holds much of the page's text; a sidebar or a
                        // cookie dialog longer than the story is not large when the <h1> is
                        // elsewhere.
                        let large = sizes.text.get(index).is_some_and(|&n| n * 3 > total)
                            && !(any_h1
                                && !sizes.h1.get(index).copied().unwrap_or(false)
                                && is_overlay_or_rail(el));
                        // Prose with (almost) no links: not a rail of links.
                        let linkless = sizes.text.get(index).is_some_and(|&n| {
                            n >= 80 && sizes.links.get(index).is_some_and(|&l| l * 20 < n)
                        });
                        let chars = sizes.text.get(index).copied().unwrap_or(0);
                        let role = match inherited {
                            Role::Pruned => Role::Pruned,
                            // A short text just before a <figcaption> (which then holds only the
                            // credit) is the picture's caption.
                            Role::Content
                                if !large
                                    && chars < 400
                                    && next_element_is(node, "figcaption")
                                    && role_of(el, large, linkless, chars) == Role::Content =>
                            {
                                Role::Caption
                            }
                            Role::Content => role_of(el, large, linkless, chars),
                            // Inside a caption, related rail or byline, only pruning changes it.
                            other => match role_of(el, large, linkless, chars) {
                                Role::Pruned => Role::Pruned,
                                _ => other,
                            },
                        };
                        if flat.body_mark.is_none()
                            && el
                                .attr("itemprop")
                                .is_some_and(|p| p.to_ascii_lowercase().contains("articlebody"))
                        {
                            flat.body_mark = Some(index);
                        }
                        let block = BLOCK_TAGS.contains(&name) || name == "li";
                        if block && role != Role::Pruned {
                            flat.flush(&mut cur, &mut stack);
                        }
                        if name == "a" && !parent_hidden {
                            if let Some(url) = el.attr("href").and_then(|h| resolve(h, base)) {
                                let text = visible_text_of(node, 200);
                                if word_count(&text) >= 3 {
                                    flat.title_links.push((index, url));
                                }
                            }
                        }
                        let anchor = (name == "a").then(|| {
                            (
                                cur.text.len(),
                                el.attr("href").and_then(|h| resolve(h, base)),
                            )
                        });
                        let credit_start = (role == Role::Caption
                            && class_words(el)
                                .0
                                .iter()
                                .any(|w| matches!(w.as_str(), "credit" | "credits" | "copyright")))
                        .then_some(cur.text.len());
                        let tag = BLOCK_TAGS
                            .iter()
                            .find(|t| **t == name)
                            .copied()
                            .unwrap_or("");
                        flat.tags.push(tag);
                        let hidden = parent_hidden || ALWAYS_PRUNED.contains(&name);
                        let elsewhere = parent_frame.is_some_and(|f| f.elsewhere)
                            || matches!(name, "nav" | "footer" | "aside")
                            || role == Role::Related;
                        let parent_byline = parent_frame.is_some_and(|f| f.byline);
                        let byline =
                            !hidden && !elsewhere && (parent_byline || is_byline_mark(el, chars));
                        if byline && !parent_byline && flat.byline_texts.len() < 16 {
                            let text = collapse(&visible_text_of(node, 400));
                            if !text.is_empty() && text.len() < 400 {
                                flat.byline_texts.push(Byline {
                                    node: index,
                                    text,
                                    ..Byline::default()
                                });
                            }
                        } else if parent_byline && (name == "a" || is_byline_mark(el, chars)) {
                            if let Some(b) = flat.byline_texts.last_mut() {
                                let text = collapse(&visible_text_of(node, 80));
                                if !text.is_empty() && text.len() < 80 && b.parts.len() < 8 {
                                    if is_strong_author_mark(el) && b.marked.len() < 8 {
                                        b.marked.push(text.clone());
                                    }
                                    b.parts.push(text);
                                }
                            }
                        }
                        // A <time> whose text shows no full date ("Thursday 1:23PM") is shown
                        // as its `datetime`.
                        if name == "time"
                            && !hidden
                            && !matches!(role, Role::Caption | Role::Related)
                            && flat.shown_dates.len() < 64
                        {
                            let shown = el
                                .attr("datetime")
                                .map(str::trim)
                                .filter(|d| d.len() >= 10)
                                .and_then(parse_date);
                            if let Some(date) = shown {
                                let text = collapse(&text_of(node));
                                if text.len() > 200 || dates::find_full_date(&text).is_none() {
                                    flat.shown_dates.push(ShownDate {
                                        node: index,
                                        date,
                                        updated: is_update_label(&text),
                                    });
                                }
                            }
                        }
                        // An element as long as a description (text sizes count trimmed text
                        // nodes) that shows it.
                        if flat.dek.is_none()
                            && !hidden
                            && !elsewhere
                            && role != Role::Caption
                            && !loose_descriptions.is_empty()
                        {
                            let n = sizes.text.get(index).copied().unwrap_or(0);
                            if let Some((len, _)) = loose_descriptions
                                .iter()
                                .find(|(len, _)| n * 5 >= len * 4 && n * 4 <= len * 5)
                            {
                                let text = collapse(&visible_text_of(node, len * 2));
                                let l = loose(&text);
                                if loose_descriptions.iter().any(|(_, d)| *d == l) {
                                    flat.dek = Some((index, text));
                                }
                            }
                        }
                        if name == "h1" && !hidden && flat.h1s.len() < 8 {
                            flat.h1s.push((index, collapse(&inline_text_of(node))));
                        }
                        stack.push(Frame {
                            index,
                            role,
                            block,
                            anchor,
                            credit_start,
                            tag,
                            hidden,
                            byline,
                            elsewhere,
                        });
                    }
                    Node::Text(t) => {
                        if let Some(f) = stack.last() {
                            if !f.hidden
                                && !matches!(f.role, Role::Caption | Role::Related)
                                && flat.shown_dates.len() < 64
                            {
                                if let Some(date) = shown_date(t) {
                                    // The label is in the text, or in a short label before it.
                                    let updated = is_update_label(t)
                                        || (!t.to_ascii_lowercase().contains("publish")
                                            && !last_text.bytes().any(|b| b.is_ascii_digit())
                                            && is_update_label(&last_text));
                                    flat.shown_dates.push(ShownDate {
                                        node: f.index,
                                        date,
                                        updated,
                                    });
                                }
                            }
                        }
                        if !t.trim().is_empty() && !stack.last().is_some_and(|f| f.hidden) {
                            last_text.clear();
                            let tail = t.trim();
                            let mut cut = tail.len().saturating_sub(40);
                            while !tail.is_char_boundary(cut) {
                                cut += 1;
                            }
                            last_text.push_str(&tail[cut..]);
                        }
                        // A "By" line anywhere but in navigation, footers, asides and related rails,
                        // captions and scripts: the text of its element when that is short.
                        if let Some(f) = stack.last() {
                            let tt = t.trim_start();
                            if !f.hidden
                                && !f.elsewhere
                                && !f.byline
                                && f.role != Role::Caption
                                && flat.byline_texts.len() < 16
                                && tt.get(..2).is_some_and(|b| b.eq_ignore_ascii_case("by"))
                                && tt[2..].starts_with(|c: char| c.is_whitespace() || c == ':')
                                    | (tt.len() == 2)
                            {
                                if let Some(parent) = node.parent() {
                                    let text = collapse(&visible_text_of(parent, 200));
                                    if word_count(&text) <= 15 && text.len() < 200 {
                                        let parts = parent
                                            .descendants()
                                            .filter(|d| {
                                                matches!(d.value(), Node::Element(e) if e.name() == "a")
                                            })
                                            .take(8)
                                            .map(|a| collapse(&visible_text_of(a, 80)))
                                            .filter(|t| !t.is_empty() && t.len() < 80)
                                            .collect();
                                        flat.byline_texts.push(Byline {
                                            node: f.index,
                                            text,
                                            parts,
                                            ..Byline::default()
                                        });
                                    }
                                }
                            }
                        }
                        let role = stack.last().map_or(Role::Content, |f| f.role);
                        if role != Role::Pruned && !t.trim().is_empty() {
                            brs = 0;
                            push_collapsed(&mut cur.text, &mut cur.pending_space, t);
                        } else if !t.is_empty() {
                            cur.pending_space = true;
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    if !matches!(node.value(), Node::Element(_)) {
                        continue;
                    }
                    let Some(mut frame) = stack.pop() else {
                        continue;
                    };
                    flat.end[frame.index] = flat.parent.len();
                    if let Some((start, href)) = frame.anchor.take() {
                        close_anchor(&mut cur, start, href.as_deref());
                    }
                    if let Some(start) = frame.credit_start {
                        let start = text_start(&cur.text, start);
                        if start < cur.text.len() && cur.credit.is_none() {
                            cur.credit = Some(start..cur.text.len());
                        }
                    }
                    if frame.block && frame.role != Role::Pruned {
                        stack.push(frame);
                        flat.flush(&mut cur, &mut stack);
                        stack.pop();
                    }
                }
            }
        }
        flat.flush(&mut cur, &mut stack);
        flat
    }

    /// Ends the current block, owned by the innermost block element on `stack`. A link still
    /// open (`<a>` around a card's heading and blurb) covers the block's text from where it
    /// opened, and the rest of the link starts with the next block.
    fn flush(&mut self, cur: &mut Current, stack: &mut [Frame]) {
        if let Some(frame) = stack.iter_mut().rev().find(|f| f.anchor.is_some()) {
            if let Some((start, href)) = frame.anchor.as_mut() {
                close_anchor(cur, *start, href.as_deref());
                *start = 0;
            }
        }
        let taken = std::mem::take(cur);
        if taken.text.is_empty() {
            return;
        }
        let owner = stack.iter().rev().find(|f| f.block);
        let (node, tag) = owner.map_or((0, ""), |f| (f.index, f.tag));
        let role = stack.last().map_or(Role::Content, |f| f.role);
        self.blocks.push(Block {
            node,
            text: taken.text,
            link_chars: taken.link_chars,
            anchors: taken.anchors,
            credit: taken.credit,
            role,
            tag: tag.to_string(),
        });
    }

    /// Whether element `inner` lies in the subtree of element `outer`.
    fn within(&self, inner: usize, outer: usize) -> bool {
        outer <= inner && inner < self.end[outer]
    }

    /// The `<ul>`/`<ol>` element that follows an element as its next sibling, if any.
    fn list_after(&self, node: usize) -> Option<usize> {
        let next = self.end[node];
        (next < self.parent.len()
            && self.parent[next] == self.parent[node]
            && matches!(self.tags[next], "ul" | "ol"))
        .then_some(next)
    }

    /// Per element: the weight of the blocks in its subtree, and of the `<p>` blocks that are
    /// its direct children (counted).
    fn totals(&self, weights: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let n = self.parent.len();
        let mut total = vec![0usize; n];
        // Weighted <p> blocks that are direct children of each element.
        let mut own_paragraphs = vec![0usize; n];
        for (b, w) in self.blocks.iter().zip(weights) {
            total[b.node] += w;
            if *w > 0 && b.tag == "p" {
                if let Some(p) = self.parent.get(b.node).filter(|p| **p != usize::MAX) {
                    own_paragraphs[*p] += 1;
                }
            }
        }
        // Children come after their parents in pre-order: accumulate backwards.
        for i in (1..n).rev() {
            let p = self.parent[i];
            if p != usize::MAX {
                total[p] += total[i];
            }
        }
        (total, own_paragraphs)
    }

    /// The lead of a body split into sibling elements built alike (`<div class="part">` around
    /// the first paragraph, then one around the others): the weighted siblings before `c` (or
    /// before a wrapper of it) with its tag and class, when its other siblings before it hold no
    /// more.
    fn lead_parts(&self, c: usize, weights: &[usize]) -> Vec<usize> {
        let (total, _) = self.totals(weights);
        let mut out = Vec::new();
        let mut at = c;
        for _ in 0..4 {
            let p = self.parent[at];
            if p == usize::MAX {
                break;
            }
            let (mut alike, mut other) = (Vec::new(), 0usize);
            let mut k = p + 1;
            while k < at {
                if total[k] > 0 {
                    if self.sig[k] == self.sig[at] && self.sig[at] != 0 {
                        alike.push(k);
                    } else {
                        other += total[k];
                    }
                }
                k = self.end[k].max(k + 1);
            }
            let alike_weight: usize = alike.iter().map(|&k| total[k]).sum();
            if alike.is_empty() && other == 0 {
                at = p;
            } else if !alike.is_empty() && other <= alike_weight {
                out.extend(alike);
                at = p;
            } else {
                break;
            }
        }
        out
    }

    /// Per block: whether it lies in a teaser card of a listing of other stories (a "more news"
    /// list under the article, a rail of cards): three or more sibling elements built alike
    /// (same tag and class, or list items), each short and opened by a linked title (the
    /// other story's headline) that something follows (a blurb, a byline, a date). A teaser's
    /// blurb reads like prose, so without this the cards weigh in the body search and follow
    /// the story in its text; an article's own list (items without a linked title first, or
    /// longer) is not a listing, nor are cards whose title links another site (products in a
    /// shopping list).
    fn teaser_blocks(&self, base: Option<&str>) -> Vec<bool> {
        let own = base.map(site_of);
        let n = self.parent.len();
        // Elements alike: their class signature, or their tag for bare list items and articles.
        let key = |i: usize| -> Option<u64> {
            if self.sig[i] != 0 {
                Some(self.sig[i])
            } else {
                match self.tags[i] {
                    "li" => Some(2),
                    "article" => Some(4),
                    _ => None,
                }
            }
        };
        let mut alike: foldhash::HashMap<(usize, u64), usize> = Default::default();
        for i in 0..n {
            if let (Some(k), p) = (key(i), self.parent[i]) {
                if p != usize::MAX {
                    *alike.entry((p, k)).or_default() += 1;
                }
            }
        }
        let repeated = |i: usize| {
            !matches!(
                self.tags[i],
                "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "figcaption"
            ) && key(i).is_some_and(|k| alike.get(&(self.parent[i], k)).copied() >= Some(3))
        };
        // The card of each block: its nearest repeated ancestor (or itself), a few levels up.
        let card_of: Vec<Option<usize>> = self
            .blocks
            .iter()
            .map(|b| {
                let mut at = b.node;
                for _ in 0..6 {
                    if at == usize::MAX || at >= n {
                        return None;
                    }
                    if repeated(at) {
                        return Some(at);
                    }
                    at = self.parent[at];
                }
                None
            })
            .collect();
        // Cards: blocks grouped by card, in page order.
        let mut is_card: foldhash::HashMap<usize, bool> = Default::default();
        let mut k = 0;
        while k < self.blocks.len() {
            let Some(c) = card_of[k] else {
                k += 1;
                continue;
            };
            let mut j = k;
            while j < self.blocks.len() && card_of[j] == Some(c) {
                j += 1;
            }
            // The first link titled like a story inside the card, on this site.
            let from = self.title_links.partition_point(|(i, _)| *i < c);
            let title = self.title_links[from..]
                .iter()
                .take_while(|(i, _)| *i < self.end[c])
                .next()
                .filter(|(_, url)| own.as_ref().is_none_or(|o| site_of(url) == *o));
            // What follows the title: blocks that are not (mostly) links.
            let mut rest = 0usize;
            let mut first_text: Option<usize> = None;
            for b in &self.blocks[k..j] {
                if b.link_chars * 10 < b.text.chars().count() * 8 {
                    rest += word_count(&b.text);
                    first_text.get_or_insert(b.node);
                }
            }
            let ok = match (title, first_text) {
                (Some((t, _)), Some(f)) => *t < f && rest <= 60,
                _ => false,
            };
            // A card seen twice (its blocks interrupted) is a card only if both parts are.
            let e = is_card.entry(c).or_insert(ok);
            *e &= ok;
            k = j;
        }
        // Listings: parents of three or more cards.
        let mut cards_per_parent: foldhash::HashMap<usize, usize> = Default::default();
        for (&c, &ok) in &is_card {
            if ok {
                *cards_per_parent.entry(self.parent[c]).or_default() += 1;
            }
        }
        card_of
            .iter()
            .map(|c| {
                c.is_some_and(|c| {
                    is_card.get(&c) == Some(&true)
                        && cards_per_parent.get(&self.parent[c]).copied() >= Some(3)
                })
            })
            .collect()
    }

    /// Per block: whether it is a cell of a data table (scores, prices, specifications): a
    /// `<table>` none of whose blocks is longer than a short phrase. Such a grid is not prose:
    /// its cells would read as a run of one-word paragraphs. A table used for layout (pull
    /// quotes, paragraphs in cells) is kept.
    fn data_table_blocks(&self) -> Vec<bool> {
        let table_of: Vec<Option<usize>> = self
            .blocks
            .iter()
            .map(|b| {
                let mut at = b.node;
                for _ in 0..8 {
                    if at == usize::MAX {
                        return None;
                    }
                    if self.tags[at] == "table" {
                        return Some(at);
                    }
                    at = self.parent[at];
                }
                None
            })
            .collect();
        let mut longest: foldhash::HashMap<usize, usize> = Default::default();
        for (b, t) in self.blocks.iter().zip(&table_of) {
            if let Some(t) = t {
                let w = longest.entry(*t).or_default();
                *w = (*w).max(word_count(&b.text));
            }
        }
        table_of
            .iter()
            .map(|t| t.is_some_and(|t| longest.get(&t).is_some_and(|&w| w <= 15)))
            .collect()
    }

    /// The element holding the article body.
    fn container(&self, weights: &[usize]) -> Option<usize> {
        let n = self.parent.len();
        if n == 0 {
            return None;
        }
        let (total, own_paragraphs) = self.totals(weights);
        let root = 0;
        if total[root] == 0 {
            return None;
        }
        let mut at = root;
        loop {
            // Children of `at`: from at+1, jumping over each child's subtree.
            let mut best: Option<usize> = None;
            let mut c = at + 1;
            while c < self.end[at] {
                if best.is_none_or(|b| total[c] > total[b]) {
                    best = Some(c);
                }
                c = self.end[c].max(c + 1);
            }
            match best {
                // Paragraphs of its own: the body, not a wrapper (nested, unclosed sections).
                Some(_) if own_paragraphs[at] >= 2 => return Some(at),
                Some(b) if total[b] * 10 >= total[at] * 7 && total[b] > 0 => at = b,
                _ => return Some(at),
            }
        }
    }
}

/// Where text recorded from byte `start` of `text` begins: clamped to the text and to a
/// character boundary (found by proptest), after a separating space.
fn text_start(text: &str, start: usize) -> usize {
    let mut start = start.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    if text[start..].starts_with(' ') {
        start + 1
    } else {
        start
    }
}

/// Counts the text of the current block from `start` as link text, and records the link.
fn close_anchor(cur: &mut Current, start: usize, href: Option<&str>) {
    let start = text_start(&cur.text, start);
    if start < cur.text.len() {
        cur.link_chars += cur.text[start..].chars().count();
        if let Some(href) = href {
            cur.anchors.push((start..cur.text.len(), href.to_string()));
        }
    }
}

/// The date of a short text that shows one ("Published 8:00 PM EST, Tue December 19, 2023",
/// "By Jane Doe | March 9, 2023"); `None` for sentences and longer texts.
fn shown_date(t: &str) -> Option<jiff::civil::Date> {
    let t = t.trim();
    // A full date has a year: four digits starting 19 or 20.
    let has_year = t
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"));
    if t.len() < 8 || t.len() > 160 || !has_year {
        return None;
    }
    let t = collapse(t);
    if word_count(&t) > 14 || (t.ends_with('.') && !t.ends_with("m.")) || t.ends_with(':') {
        return None;
    }
    dates::find_full_date(&capitalize_months(&t))
}

/// `t` with month names in capitals written capitalized ("NOV 6, 2023" → "Nov 6, 2023"): date
/// lines are often set in capitals in the markup, not only by the style sheet.
fn capitalize_months(t: &str) -> std::borrow::Cow<'_, str> {
    let is_caps_month = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && dates::month_number(w).is_some()
    };
    if !t.split_whitespace().any(is_caps_month) {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    for (i, w) in t.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if is_caps_month(w) {
            out.push_str(&w[..1]);
            out.push_str(&w[1..].to_ascii_lowercase());
        } else {
            out.push_str(w);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `itemprop=author` or `rel=author`.
fn is_strong_author_mark(el: &Element) -> bool {
    el.attr("itemprop")
        .is_some_and(|p| p.split_whitespace().any(|p| p == "author"))
        || el
            .attr("rel")
            .is_some_and(|r| r.split_whitespace().any(|r| r == "author"))
}

/// An element that marks a byline: `itemprop=author`, `rel=author`, or a class or id word such
/// as `byline` or `author` (`authorName`, `bylineWrapper` too); with a content word
/// (`article-byline`) only when it holds little text (`chars`), not on a content wrapper.
fn is_byline_mark(el: &Element, chars: usize) -> bool {
    if is_strong_author_mark(el) {
        return true;
    }
    let contains = |h: &str, n: &str| {
        h.as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n.as_bytes()))
    };
    let marked = |h: Option<&str>| {
        h.is_some_and(|h| {
            ["byl", "author", "contributor", "writer"]
                .iter()
                .any(|n| contains(h, n))
        })
    };
    if !marked(el.attr("class")) && !marked(el.attr("id")) {
        return false;
    }
    let (words, _) = class_words(el);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let byline = has(BYLINE_WORDS)
        || words
            .iter()
            .any(|w| w.starts_with("author") || w.starts_with("byline"));
    byline && (!has(CONTENT_WORDS) || chars < 300)
}

/// The visible text of a subtree (scripts and styles left out), cut near `max` bytes.
fn visible_text_of(node: ego_tree::NodeRef<'_, Node>, max: usize) -> String {
    let mut out = String::new();
    let mut skip = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) if ALWAYS_PRUNED.contains(&e.name()) => skip += 1,
                Node::Text(t) if skip == 0 => {
                    out.push_str(t);
                    out.push(' ');
                    if out.len() > max {
                        break;
                    }
                }
                _ => {}
            },
            Edge::Close(n) => {
                if let Node::Element(e) = n.value() {
                    if ALWAYS_PRUNED.contains(&e.name()) {
                        skip = skip.saturating_sub(1);
                    }
                }
            }
        }
    }
    out
}

/// A revision label: "Updated", "Last modified", "Edited".
fn is_update_label(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    l.contains("updated") || l.contains("modified") || l.contains("edited")
}

/// Per element, by pre-order index (the indexing of [`Flat::build`]): characters of visible
/// text under it, of those inside links, and whether it holds a visible `<h1>`.
struct Sizes {
    text: Vec<usize>,
    links: Vec<usize>,
    h1: Vec<bool>,
}

fn text_sizes(doc: &Html) -> Sizes {
    let mut sizes = Sizes {
        text: Vec::new(),
        links: Vec::new(),
        h1: Vec::new(),
    };
    // (index, hidden, inside a link)
    let mut stack: Vec<(usize, bool, bool)> = Vec::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let parent = stack.last().copied();
                    let hidden = parent.is_some_and(|f| f.1) || ALWAYS_PRUNED.contains(&el.name());
                    let link = parent.is_some_and(|f| f.2) || el.name() == "a";
                    stack.push((sizes.text.len(), hidden, link));
                    sizes.text.push(0);
                    sizes.links.push(0);
                    sizes.h1.push(el.name() == "h1" && !hidden);
                }
                Node::Text(t) => {
                    if let Some(&(i, false, link)) = stack.last() {
                        let n = t.trim().len();
                        sizes.text[i] += n;
                        if link {
                            sizes.links[i] += n;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if matches!(node.value(), Node::Element(_)) {
                    if let Some((i, _, _)) = stack.pop() {
                        if let Some(&(p, _, _)) = stack.last() {
                            sizes.text[p] += sizes.text[i];
                            sizes.links[p] += sizes.links[i];
                            sizes.h1[p] |= sizes.h1[i];
                        }
                    }
                }
            }
        }
    }
    sizes
}

/// The text of a heading as shown: inline elements joined without a space ("<em>Kotaku</em>'s"),
/// block elements and `<br>` with one.
fn inline_text_of(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        match d.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" || BLOCK_TAGS.contains(&e.name()) => {
                out.push(' ');
            }
            _ => {}
        }
    }
    out
}

fn text_of(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
            out.push(' ');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The layout

fn is_prose_block(b: &Block) -> bool {
    let chars = b.text.chars().count();
    let words = word_count(&b.text);
    b.role == Role::Content
        && b.link_chars * 2 < chars.max(1)
        && (words >= 10 || (words >= 5 && b.text.ends_with(['.', '!', '?', '"', '”', ':'])))
}

fn build_layout(meta: &Meta, flat: &Flat) -> Layout {
    let headline = meta.headline();
    let loose_headline = headline.as_deref().map(loose);

    // Weights for the body search: prose blocks, or those the JSON-LD articleBody contains.
    let ld_body = meta
        .ld_body
        .as_deref()
        .filter(|b| word_count(b) >= 40)
        .map(loose);
    // Teaser cards of other stories never weigh in the body search nor join the body.
    let teasers = flat.teaser_blocks(meta.base());
    let own_site = meta.base().map(site_of);
    let data_cells = flat.data_table_blocks();
    let mut container = None;
    // Parts of the body before the container (see `Flat::lead_parts`).
    let mut lead: Vec<usize> = Vec::new();
    if let Some(body) = &ld_body {
        let weights: Vec<usize> = flat
            .blocks
            .iter()
            .map(|b| {
                let l = loose(&b.text);
                if b.role == Role::Content && word_count(&l) >= 4 && body.contains(&l) {
                    l.len()
                } else {
                    0
                }
            })
            .collect();
        let matched: usize = weights.iter().sum();
        if matched * 2 >= body.len() {
            container = flat.container(&weights);
            lead = container.map_or_else(Vec::new, |c| flat.lead_parts(c, &weights));
            // A teaser `articleBody` (the first paragraph only) leads to that paragraph: the
            // body is the element around it, with the other paragraphs.
            if let Some(c) = container {
                let blocks_inside = flat
                    .blocks
                    .iter()
                    .filter(|b| flat.within(b.node, c) && is_prose_block(b))
                    .count();
                if blocks_inside < 2 && flat.parent[c] != usize::MAX {
                    container = Some(flat.parent[c]);
                }
            }
        }
    }
    if container.is_none() {
        if let Some(mark) = flat.body_mark {
            let weights: Vec<usize> = flat
                .blocks
                .iter()
                .zip(&teasers)
                .map(|(b, t)| usize::from(is_prose_block(b) && !t) * b.text.len())
                .collect();
            let inside: usize = flat
                .blocks
                .iter()
                .zip(&weights)
                .filter(|(b, _)| flat.within(b.node, mark))
                .map(|(_, w)| w)
                .sum();
            let all: usize = weights.iter().sum();
            if inside * 2 >= all && inside > 0 {
                container = Some(mark);
            }
        }
    }
    if container.is_none() {
        let mut weights: Vec<usize> = flat
            .blocks
            .iter()
            .zip(&teasers)
            .map(|(b, t)| usize::from(is_prose_block(b) && !t) * b.text.len())
            .collect();
        // With an <h1> that is the headline and prose after it, what comes before the <h1>
        // (feeds, cookie notices, menus) is not the body.
        {
            let lh = loose_headline.as_deref();
            if let Some(h) = flat
                .h1s
                .iter()
                .find(|(_, t)| lh == Some(loose(t).as_str()))
                .map(|(i, _)| *i)
            {
                let after: usize = flat
                    .blocks
                    .iter()
                    .zip(&weights)
                    .filter(|(b, _)| b.node > h)
                    .map(|(_, w)| w)
                    .sum();
                if after >= 500 {
                    for (b, w) in flat.blocks.iter().zip(weights.iter_mut()) {
                        if b.node < h {
                            *w = 0;
                        }
                    }
                }
            }
        }
        container = flat.container(&weights);
        lead = container.map_or_else(Vec::new, |c| flat.lead_parts(c, &weights));
    }
    // A body holding several stories, each under its own <h1> (the next stories of an endless
    // page): the part around the headline's <h1> that holds no other, when it has prose.
    if let (Some(c), Some(lh)) = (container, loose_headline.as_deref()) {
        let inside: Vec<usize> = flat
            .h1s
            .iter()
            .map(|(i, _)| *i)
            .filter(|&i| flat.within(i, c))
            .collect();
        let target = flat
            .h1s
            .iter()
            .find(|(i, t)| inside.contains(i) && loose(t) == lh)
            .map(|(i, _)| *i);
        if let (true, Some(target)) = (inside.len() >= 2, target) {
            let mut part = target;
            loop {
                let p = flat.parent[part];
                if p == c
                    || p == usize::MAX
                    || inside.iter().any(|&o| o != target && flat.within(o, p))
                {
                    break;
                }
                part = p;
            }
            let prose = flat
                .blocks
                .iter()
                .filter(|b| flat.within(b.node, part) && is_prose_block(b))
                .count();
            if part != target && prose >= 2 {
                container = Some(part);
                lead.clear();
            }
        }
    }
    // Captions and the lead figure may sit just outside the body: look in its enclosing
    // <article>/<main> (the scope), when there is one.
    let scope = container.map(|c| {
        let mut s = c;
        let mut p = flat.parent[c];
        let mut steps = 0;
        while p != usize::MAX && steps < 3 {
            s = p;
            p = flat.parent[p];
            steps += 1;
        }
        (c, s)
    });

    let mut out = Layout::default();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut by_lines: Vec<Byline> = Vec::new();
    let mut related: Vec<(String, String)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::default();
    let mut text_date = None;
    // Without metadata or <h1>, the last heading before the body is the headline.
    let mut heading: Option<&str> = None;
    // End (pre-order) of a rail of other stories inside the body.
    let mut rail_end: Option<usize> = None;
    // Inside a product's pros-and-cons box ("Pros" / "Cons" over short items).
    let mut in_pros_cons = false;
    // The element of the first body paragraph.
    let mut first_body_node: Option<usize> = None;
    for ((b, &teaser), &data_cell) in flat.blocks.iter().zip(&teasers).zip(&data_cells) {
        if pieces.is_empty()
            && scope.is_some_and(|(c, _)| !flat.within(b.node, c))
            && matches!(b.tag.as_str(), "h1" | "h2" | "h3")
            && b.role == Role::Content
            && layout::is_title_like(&b.text)
        {
            heading = Some(&b.text);
        }
        if text_date.is_none()
            && b.role != Role::Pruned
            && word_count(&b.text) <= 10
            && scope.is_none_or(|(_, s)| flat.within(b.node, s))
            && parse_date_line(&b.text)
        {
            text_date = dates::find_full_date(&b.text);
        }
        let in_body = scope.is_none_or(|(c, _)| flat.within(b.node, c))
            || (is_prose_block(b) && lead.iter().any(|&l| flat.within(b.node, l)));
        let in_scope = scope.is_none_or(|(_, s)| flat.within(b.node, s));
        match b.role {
            Role::Related => {
                for (r, url) in &b.anchors {
                    let title = &b.text[r.clone()];
                    if word_count(title) >= 4 && related.len() < 20 {
                        related.push((title.to_string(), url.clone()));
                    }
                }
            }
            Role::Caption
                if (in_body || (in_scope && pieces.is_empty()))
                    && word_count(&b.text) >= 2
                    && seen.insert(b.text.as_str()) =>
            {
                pieces.push(Piece::caption(b));
            }
            Role::Content if in_body && data_cell => {}
            Role::Content if in_body && teaser => {
                for (r, url) in &b.anchors {
                    let title = &b.text[r.clone()];
                    if word_count(title) >= 4 && related.len() < 20 {
                        related.push((title.to_string(), url.clone()));
                    }
                }
            }
            Role::Content if in_body => {
                let chars = b.text.chars().count();
                let words = word_count(&b.text);
                // Inside a rail of other stories opened by a label ("Recommended"): its
                // teasers, until a long paragraph.
                if rail_end.is_some_and(|end| b.node < end) && words < 60 {
                    continue;
                }
                rail_end = None;
                if is_pros_cons_label(&b.text) {
                    in_pros_cons = true;
                    continue;
                }
                if in_pros_cons
                    && words < 20
                    && !b.text.ends_with(['.', '!', '?'])
                    && !matches!(b.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                {
                    continue;
                }
                in_pros_cons = false;
                match related_label(&b.text) {
                    Some(Label::Heading) => {
                        // The rest of the label's element, unless that is the body itself.
                        let parent = flat.parent[b.node];
                        if parent != usize::MAX
                            && scope.is_some_and(|(c, _)| parent != c && flat.within(parent, c))
                        {
                            rail_end = Some(flat.end[parent]);
                        } else if let Some(list) = flat.list_after(b.node) {
                            // A label standing in the body itself, over a list: the list's
                            // items are the teasers ("Read next:" and bullets of promos).
                            rail_end = Some(flat.end[list]);
                        }
                        continue;
                    }
                    Some(Label::Line) if b.link_chars * 3 >= chars => {
                        for (r, url) in &b.anchors {
                            let title = &b.text[r.clone()];
                            if word_count(title) >= 4 && related.len() < 20 {
                                related.push((title.to_string(), url.clone()));
                            }
                        }
                        continue;
                    }
                    _ => {}
                }
                // A list item linking only other sites (deals in shops, sources, resources)
                // is the article's own list, not a rail of this site's stories.
                let elsewhere_links = b.tag == "li"
                    && words >= 4
                    && !b.anchors.is_empty()
                    && b.anchors
                        .iter()
                        .all(|(_, u)| own_site.as_ref().is_some_and(|o| site_of(u) != *o));
                if b.link_chars * 2 > chars && words <= 12 && !elsewhere_links {
                    // A list of links inside the body: related lines when they look like titles.
                    for (r, url) in &b.anchors {
                        let title = &b.text[r.clone()];
                        if word_count(title) >= 5 && related.len() < 20 {
                            related.push((title.to_string(), url.clone()));
                        }
                    }
                    continue;
                }
                if layout::is_boilerplate(&b.text)
                    || loose_headline.as_deref() == Some(loose(&b.text).as_str())
                {
                    continue;
                }
                if is_end_matter(&b.text, words) {
                    continue;
                }
                // An editors' note heading the story ("Editor's note: This story first appeared
                // in …"): a preface to the text, not the text.
                if pieces.iter().all(|p| p.kind != BlockKind::Paragraph)
                    && is_editors_note(&b.text, words)
                {
                    continue;
                }
                if words <= 8 && b.text.starts_with("By ") {
                    if by_lines.len() < 8 {
                        by_lines.push(Byline {
                            node: b.node,
                            text: b.text.clone(),
                            ..Byline::default()
                        });
                    }
                    continue;
                }
                if words <= 10 && parse_date_line(&b.text) {
                    if text_date.is_none() {
                        text_date = dates::find_full_date(&b.text);
                    }
                    continue;
                }
                // A caption in the body's markup: a credit closes it, after a sentence or (a
                // short one) after a label without a full stop ("iPhone 11 Credit: Apple").
                if (words <= 60 && layout::caption_credit(&b.text).is_some())
                    || (words <= 25
                        && !b.text.ends_with(['.', '!', '?', '"', '”'])
                        && PICTURE_CREDIT.is_match(&b.text))
                {
                    pieces.push(Piece::caption(b));
                    continue;
                }
                if !seen.insert(b.text.as_str()) && words < 8 {
                    continue;
                }
                first_body_node.get_or_insert(b.node);
                pieces.push(Piece::paragraph(b));
            }
            _ => {}
        }
    }

    // Text: headline, body with captions, related lines.
    let headline = headline.or_else(|| heading.map(str::to_string));
    // Bylines after the headline first, in page order.
    let h1 = headline_h1(flat, headline.as_deref());
    let mut bylines: Vec<Byline> = flat.byline_texts.clone();
    bylines.extend(by_lines);
    for b in &mut bylines {
        b.end = flat.end.get(b.node).copied().unwrap_or(b.node + 1);
    }
    bylines.sort_by_key(|b| (h1.is_some_and(|h| b.node < h), b.node));
    out.authors = meta.authors(&bylines);
    // The author's biography closing the story ("Jane Doe is a reporter for …").
    let paragraphs: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].kind == BlockKind::Paragraph)
        .collect();
    let bios: Vec<usize> = paragraphs
        .iter()
        .rev()
        .take(3)
        .copied()
        .filter(|&i| is_author_bio(&pieces[i].text, &out.authors))
        .collect();
    if paragraphs.len() > bios.len() + 2 {
        for i in bios {
            pieces.remove(i);
        }
    }
    if let Some(h) = &headline {
        let r = push_block(&mut out, h);
        out.blocks
            .push(LayoutBlock::new(BlockKind::Headline, r.clone()));
        out.headline = Some(r);
    }
    // The standfirst: the page's description shown before the body, when the body does not
    // repeat it (a description that is the first paragraph is the lede, not a standfirst).
    if let Some((node, text)) = &flat.dek {
        let l = loose(text);
        let before_body = first_body_node.is_none_or(|f| *node < f)
            && container.is_none_or(|c| *node < c || flat.within(*node, c));
        if before_body
            && !is_end_matter(text, word_count(text))
            && !is_editors_note(text, word_count(text))
            && loose_headline.as_deref() != Some(l.as_str())
            && !pieces.iter().any(|p| loose(&p.text).contains(&l))
        {
            let r = push_block(&mut out, text);
            out.blocks
                .push(LayoutBlock::new(BlockKind::Standfirst, r.clone()));
            out.standfirst = Some(r);
        }
    }
    let mut first_paragraph: Option<usize> = None;
    let mut body_links: Vec<&str> = Vec::new();
    for p in &pieces {
        let r = push_block(&mut out, &p.text);
        match p.kind {
            BlockKind::Caption => {
                let (text, credit) = match &p.credit {
                    Some(c) if c.start > 0 => {
                        let end = r.start + p.text[..c.start].trim_end().len();
                        (r.start..end, Some(r.start + c.start..r.start + c.end))
                    }
                    Some(c) => (r.start..r.start, Some(r.start + c.start..r.start + c.end)),
                    None => match layout::caption_credit(&p.text) {
                        Some(c) => {
                            let end = r.start
                                + p.text[..c.start]
                                    .trim_end_matches([' ', '|', '-', '—', '–', ':'])
                                    .len();
                            (r.start..end, Some(r.start + c.start..r.start + c.end))
                        }
                        None => (r.clone(), None),
                    },
                };
                if text.end > text.start {
                    out.blocks
                        .push(LayoutBlock::new(BlockKind::Caption, text.clone()));
                }
                if let Some(c) = &credit {
                    out.blocks
                        .push(LayoutBlock::new(BlockKind::Credit, c.clone()));
                }
                out.captions.push(CaptionParts { text, credit });
            }
            _ => {
                if first_paragraph.is_none() {
                    first_paragraph = Some(out.blocks.len());
                }
                for (_, url) in &p.anchors {
                    if body_links.len() < 100 && !body_links.contains(&url.as_str()) {
                        body_links.push(url);
                    }
                }
                out.blocks.push(LayoutBlock::new(BlockKind::Paragraph, r));
            }
        }
    }
    let mut related_seen: HashSet<&str> = HashSet::default();
    for (title, url) in &related {
        if !related_seen.insert(url.as_str()) || loose_headline.as_deref() == Some(&loose(title)) {
            continue;
        }
        let r = push_block(&mut out, title);
        out.blocks
            .push(LayoutBlock::new(BlockKind::Related, r.clone()));
        out.related.push((r, Some(url.clone())));
    }

    // Links of the body, as bare-URL blocks after the article (a link's span covers its URL,
    // as in plain text; the body text keeps only the anchor text).
    for url in body_links {
        let r = push_block(&mut out, url);
        out.blocks
            .push(LayoutBlock::new(BlockKind::Link, r.clone()));
        out.links.push((url.to_string(), layout::link_kind(url), r));
    }

    // The dateline opens the first paragraph.
    if let Some(i) = first_paragraph {
        let range = out.blocks[i].range();
        if let Some(d) = layout::find_dateline(&out.text, range.clone()) {
            let rest = d.range.end..range.end;
            out.blocks[i] = LayoutBlock::new(BlockKind::Dateline, d.range.clone());
            if rest.start < rest.end {
                out.blocks
                    .insert(i + 1, LayoutBlock::new(BlockKind::Paragraph, rest));
            }
            out.dateline = Some(d);
        }
    }

    let shown = shown_article_dates(flat, headline.as_deref(), scope.map(|(_, s)| s));
    let date = choose_date(meta, &shown, text_date);
    if let Some((date, source)) = date {
        out.date_hints.push(DateHint {
            date,
            source,
            exact: true,
        });
    }
    let url = meta.base().map(str::to_string);
    if let Some(d) = url.as_deref().and_then(dates::url_date) {
        out.date_hints.push(DateHint {
            date: d,
            source: DateSource::Url,
            exact: false,
        });
    }
    out.url = url;
    out.section = meta
        .ld_section
        .clone()
        .or_else(|| meta.tag("article:section").map(str::to_string))
        .filter(|s| !s.is_empty());
    out.image = meta
        .tag("og:image")
        .or(meta.tag("og:image:url"))
        .or(meta.tag("twitter:image"))
        .map(str::to_string)
        .or_else(|| meta.ld_image.clone());
    out
}

/// The dates shown together after the headline's `<h1>` (the first `<h1>` when none is the
/// headline; the start of the article's scope without one), within the article's scope: the
/// first such date and those shown close after it ("Published Dec. 22 … Updated Dec. 23").
fn shown_article_dates(
    flat: &Flat,
    headline: Option<&str>,
    scope: Option<usize>,
) -> Vec<ShownDate> {
    let h1 = headline_h1(flat, headline);
    let start = match (h1, scope) {
        (Some(h), _) => h + 1,
        (None, Some(s)) => s,
        (None, None) => return Vec::new(),
    };
    let end = scope.map_or(usize::MAX, |s| flat.end[s]);
    let mut found = flat
        .shown_dates
        .iter()
        .filter(|d| d.node >= start && d.node < end);
    let Some(first) = found.next().or_else(|| {
        // Only above the headline.
        h1.and_then(|h| {
            flat.shown_dates
                .iter()
                .rev()
                .find(|d| d.node < h && d.node + 25 >= h)
        })
    }) else {
        return Vec::new();
    };
    let mut out = vec![*first];
    out.extend(
        found
            .take_while(|d| d.node <= first.node + 30)
            .take(3)
            .copied(),
    );
    // A date shown just above the headline (after the section name, say).
    if let Some(h) = h1 {
        if let Some(before) = flat
            .shown_dates
            .iter()
            .rev()
            .find(|d| d.node < h && d.node + 25 >= h)
        {
            out.push(*before);
        }
    }
    out
}

/// The `<h1>` of the headline (the first `<h1>` when none is).
fn headline_h1(flat: &Flat, headline: Option<&str>) -> Option<usize> {
    let lh = headline.map(loose);
    flat.h1s
        .iter()
        .find(|(_, t)| lh.as_deref() == Some(loose(t).as_str()))
        .or(flat.h1s.first())
        .map(|(i, _)| *i)
}

/// The publication date from metadata and the dates the page shows. A shown date is the page's
/// local date (metadata often holds UTC), and may be the last revision's: it is taken when the
/// metadata confirms it, within a day (the time-zone shift) of the published or a modified date.
/// Among shown dates, one not labelled as a revision comes first.
fn choose_date(
    meta: &Meta,
    shown: &[ShownDate],
    text_date: Option<jiff::civil::Date>,
) -> Option<(jiff::civil::Date, DateSource)> {
    let near = |a: jiff::civil::Date, b: jiff::civil::Date| {
        dates::add_days(b, -1) <= a && a <= dates::add_days(b, 1)
    };
    let published = meta.date();
    let known: Vec<jiff::civil::Date> = if published.is_some() {
        meta.published_dates().chain(meta.modified()).collect()
    } else {
        Vec::new()
    };
    let confirmed = |v: &ShownDate| published.is_none() || known.iter().any(|m| near(v.date, *m));
    let pick = shown
        .iter()
        .filter(|v| !v.updated)
        .find(|v| confirmed(v))
        .or_else(|| shown.iter().find(|v| confirmed(v)));
    if let Some(v) = pick {
        // Metadata stays the source when it gives the same day.
        return Some(match published {
            Some((d, source)) if d == v.date => (d, source),
            _ => (v.date, DateSource::Text),
        });
    }
    published
        .or_else(|| meta.time_date().map(|d| (d, DateSource::Metadata)))
        .or_else(|| text_date.map(|d| (d, DateSource::Text)))
}

/// A short paragraph that opens with an author's name (or first name) and goes on as a
/// biography: "Jane Doe is a senior reporter …", "Jane writes about …", "• Jane Doe, a former …".
fn is_author_bio(text: &str, authors: &[String]) -> bool {
    if word_count(text) > 80 {
        return false;
    }
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    authors.iter().any(|a| {
        let first = a.split_whitespace().next().unwrap_or("");
        [a.as_str(), first].iter().any(|name| {
            name.chars().count() >= 3
                && t.starts_with(name)
                && [
                    " is ",
                    " has ",
                    " writes ",
                    " covers ",
                    " reports ",
                    ", a ",
                    ", an ",
                    " joined ",
                ]
                .iter()
                .any(|v| t[name.len()..].starts_with(v))
        })
    })
}

/// A picture credit closing a text: "(Image: GETTY)", "Credit: Apple", "Jane Doe/Getty Images",
/// "….Reuters" (a credit element run into the caption).
static PICTURE_CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?i)(?:\((?:image|photo|picture|pic|credit|source)s?\s*:[^()]{1,60}\)",
        r"|\b(?:credit|photo|image|photograph|picture)s?(?: by)?\s*:\s*[^.:]{2,60}",
        r"|/\s*(?:getty(?: images)?|shutterstock|reuters|afp|ap(?: photo)?|epa|alamy|pool|handout)",
        r"|\bvia getty images|\w\.(?:reuters|getty|getty images|ap|afp))\s*$"
    ))
    .expect("valid credit regex")
});

/// A note around the story rather than its text: a newsletter pitch or its confirmation
/// ("Want more? Sign up for our free newsletter", "Thanks for signing up!"), the reporter's
/// contact line ("Contact Jane Doe at jdoe@…", "Jane Doe can be reached at …"), an invitation to
/// follow someone on a social network, or an affiliate disclosure.
fn is_end_matter(text: &str, words: usize) -> bool {
    if words > 150 {
        return false;
    }
    let t = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let has = |p: &[&str]| p.iter().any(|p| t.contains(p));
    // The consent placeholder of a blocked embed ("This content is provided by …, which may be
    // using cookies … we need your permission"): the page's machinery, not the story.
    if has(&["cookies"])
        && has(&["your permission", "your consent"])
        && has(&["this content", "to show you", "to view"])
    {
        return true;
    }
    // A site's standing disclaimer on the rights to the images it shows ("Disclaimer: … no
    // credit claimed for any images … if you own rights to any of them").
    if (t.starts_with("disclaimer") || has(&["disclaimer:"]))
        && has(&["rights"])
        && has(&["image", "photo", "picture"])
    {
        return true;
    }
    if words > 80 {
        return false;
    }
    // The affiliate disclosure shops and deals pages carry ("If you buy something through our
    // links, we may earn a commission"): the publisher's terms, the same on every page.
    if has(&["commission", "compensat", "affiliate"])
        && has(&[
            "may earn",
            "may receive",
            "may get",
            "might earn",
            "may be compensated",
            "we earn",
            "we receive",
        ])
        && has(&["link", "purchase", " buy", "product"])
    {
        return true;
    }
    // The same disclosure without the word ("We may make money when you click on links to our
    // partners").
    if has(&["may make money", "might make money"]) && has(&["link", "click"]) {
        return true;
    }
    if words > 50 {
        return false;
    }
    // The credit of other reporters ("Jane Doe contributed to this report."): end matter.
    let bare = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    if words <= 40
        && [
            "contributed to this report",
            "contributed to this story",
            "contributed to this article",
            "contributed reporting",
        ]
        .iter()
        .any(|p| bare.ends_with(p))
    {
        return true;
    }
    // A note of syndication ("This story originally appeared in …"), and one that only dates
    // the first publication ("This story was originally published December 22, 2023"); not a
    // label over an older text ("Originally published on December 1, 2023:").
    if words <= 60 && has(&["originally appeared in", "originally appeared on"]) {
        return true;
    }
    if words <= 20
        && has(&["originally published"])
        && !t.ends_with(':')
        && dates::find_full_date(text).is_some()
    {
        return true;
    }
    // A column's standing disclaimer ("… is for informational purposes only, does not
    // constitute medical advice").
    if has(&["informational purposes only"])
        && has(&["not constitute", "not a substitute", "not intended"])
    {
        return true;
    }
    // The standing call for readers' letters under opinion pieces.
    if has(&["letter to the editor", "letters to the editor"])
        && has(&[
            "hear what you think",
            "like to hear from you",
            "submit a letter",
            "send us a letter",
            "here are some tips",
        ])
    {
        return true;
    }
    // A subscription offer ("Special offer for … readers: get a 1-year subscription …").
    if t.starts_with("special offer") && has(&["subscription", "subscribe"]) {
        return true;
    }
    // The marker of an ad slot ("Advertisement - Page continues below", "Article continues
    // below this ad"); not other markers ("Story continues below gallery").
    if words <= 8
        && has(&["continues below", "continues after"])
        && (has(&["advert"]) || bare.ends_with(" ad"))
    {
        return true;
    }
    // A plug for the outlet's podcast ("Listen and subscribe wherever you get your podcasts",
    // "Also available on Apple Podcasts"): the same line under every episode.
    if words <= 40
        && has(&[
            "wherever you get your podcasts",
            "available on apple podcasts",
            "listen on apple podcasts",
            "subscribe on apple podcasts",
        ])
    {
        return true;
    }
    // A number alone (a gallery's pager, a rank or a count in a fact box), and the marker of
    // an ad slot ("Advert").
    if words == 1
        && (t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            || ["advert", "advertising", "ad"].contains(&bare))
    {
        return true;
    }
    // The label of a science story's journal ("Journal information: Science").
    if words <= 12 && t.starts_with("journal information:") {
        return true;
    }
    // A gallery's counter ("Image 1 of 4", "Slide 3 of 12").
    if words <= 4 && is_gallery_counter(&t) {
        return true;
    }
    // A paywall's or a magazine's prompt ("Already a subscriber? Sign in", "You are logged in",
    // "Not a subscriber? … latest issues", "This story is from the May issue. Get the mag").
    if words <= 25
        && (((t.starts_with("already a subscriber") || t.starts_with("not a subscriber"))
            && t.contains('?'))
            || (words <= 5
                && ["you are logged in", "you're logged in", "you’re logged in"].contains(&bare))
            || (words <= 15
                && (t.starts_with("this story is from the")
                    || t.starts_with("this article is from the"))
                && has(&[" issue"])))
    {
        return true;
    }
    // A call to subscribe ("Subscribe to … and stay smart", "Our journalism needs your support.
    // Please subscribe today", "Click to subscribe"), to alerts ("Sign up for … to get
    // updates"), and the account links ("Log out").
    if (words <= 20 && t.starts_with("subscribe to "))
        || (words <= 30
            && has(&[
                "please subscribe",
                "subscribe today",
                "click to subscribe",
                "click here to subscribe",
            ]))
        || (words <= 25
            && t.starts_with("sign up for ")
            && has(&["updates", "alerts", "newsletter", "inbox"]))
        || (words <= 2 && ["log out", "log in", "sign in", "sign out"].contains(&bare))
    {
        return true;
    }
    // The standing call for tips ("Have a tip? Send it to us! Email … at tips@…").
    if words <= 30
        && [
            "have a tip",
            "got a tip",
            "have a news tip",
            "got a news tip",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        && has(&["email", "send", "contact", "@"])
    {
        return true;
    }
    // The label of an embedded video or audio player ("WATCH | …", "Watch: …", "WATCH MORE:
    // …"): the player is gone from the text, its label is not body.
    if words <= 20 && is_player_label(&t) {
        return true;
    }
    if has(&["newsletter", "to your inbox"])
        && has(&["sign up", "signing up", "subscribe", "inbox", "sign-up"])
    {
        return true;
    }
    if words <= 12
        && [
            "thanks for signing up",
            "thank you for signing up",
            "thanks for subscribing",
            "thank you for subscribing",
            "your subscription has been",
            "your subscription could not",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return true;
    }
    if words <= 30
        && (((t.starts_with("contact ") || t.starts_with("reach ") || t.starts_with("email "))
            && t.contains('@'))
            || has(&[
                "can be reached at",
                "can be reached via",
                "can be reached by",
            ]))
    {
        return true;
    }
    words <= 25
        && t.starts_with("follow ")
        && has(&[" on ", " at "])
        && has(&[
            "twitter",
            " x ",
            " x,",
            "instagram",
            "facebook",
            "tiktok",
            "threads",
            "linkedin",
            "bluesky",
            "@",
        ])
}

/// Whether the next element after `node` among its siblings is a `name` element.
fn next_element_is(node: ego_tree::NodeRef<'_, Node>, name: &str) -> bool {
    node.next_siblings()
        .find_map(|n| match n.value() {
            Node::Element(e) => Some(e.name() == name),
            _ => None,
        })
        .unwrap_or(false)
}

/// The label of a pros-and-cons box: "Pros", "Cons:", "The good", "The bad".
fn is_pros_cons_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim_end().to_lowercase();
    matches!(t.as_str(), "pros" | "cons" | "the good" | "the bad")
}

/// An editors' note on the story ("Editor's note: This story first appeared in …").
fn is_editors_note(text: &str, words: usize) -> bool {
    let t = text.trim_start().to_lowercase();
    words <= 60
        && [
            "editor's note",
            "editor’s note",
            "editors' note",
            "editors’ note",
        ]
        .iter()
        .any(|p| t.starts_with(p))
}

/// Whether a lowercased line is a gallery's counter: "image 1 of 4", "photo 2 of 9", "slide 3 of
/// 12".
fn is_gallery_counter(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    let number = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    matches!(
        w.as_slice(),
        [label, n, "of", m]
            if matches!(*label, "image" | "photo" | "picture" | "slide" | "item")
                && number(n)
                && number(m)
    )
}

/// Whether a lowercased line opens with a player label: "watch" or "listen" (then "more",
/// "now", "live" or "again"), then ':' or '|'.
fn is_player_label(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("watch").or_else(|| t.strip_prefix("listen")) else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = ["more", "now", "live", "again"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start();
    rest.starts_with([':', '|'])
}

/// A label of other stories inside the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    /// A heading over teasers: "Recommended", "Read next", "More from Time".
    Heading,
    /// A line that opens with a label and links another story: "READ MORE: …", "Related: …".
    Line,
}

const RAIL_HEADINGS: &[&str] = &[
    "recommended",
    "recommended for you",
    "recommended by our editors",
    "recommended stories",
    "recommended articles",
    "recommended reading",
    "read next",
    "read more",
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related links",
    "related posts",
    "you might like",
    "you may like",
    "you might also like",
    "you may also like",
    "you may also be interested in",
    "editors' picks",
    "editor's picks",
    "editors’ picks",
    "editor’s picks",
    "editors' recommendations",
    "editors’ recommendations",
    "more stories",
    "more to read",
    "most read",
    "most popular",
    "trending now",
    "don't miss",
    "don’t miss",
    "editors' pick",
    "editor's pick",
    "editors’ pick",
    "editor’s pick",
    "featured stories",
    "recent articles",
    "recent stories",
    "recent posts",
    "keep reading",
    "next read this",
    "people are also reading",
    "you might be interested in",
    "you may be interested in",
    "related photos",
    "related videos",
    "related news",
    "more stories like this",
    "more stories like this one",
];

const RAIL_PREFIXES: &[&str] = &[
    "also",
    "read more",
    "more",
    "related",
    "see also",
    "read next",
    "also read",
    "read also",
    "recommended",
    "don't miss",
    "don’t miss",
];

/// Whether a block is a label of other stories, as a heading or as the start of a line.
fn related_label(text: &str) -> Option<Label> {
    if text.len() > 300 {
        return None;
    }
    let lower = text.trim().to_lowercase();
    let bare = lower.trim_end_matches([':', '.', '…', ' ', '»', '›', '>']);
    if RAIL_HEADINGS.contains(&bare)
        || (bare.starts_with("more from ") && word_count(bare) <= 5)
        || (bare.starts_with("most read in ") && word_count(bare) <= 6)
        || (bare.starts_with("read more on ") && word_count(bare) <= 6)
    {
        return Some(Label::Heading);
    }
    let (head, rest) = lower.split_once(':')?;
    (RAIL_PREFIXES.contains(&head.trim()) && word_count(rest) >= 3).then_some(Label::Line)
}

/// A date-only line ("Published Dec. 17, 2023 at 9:00 a.m.").
fn parse_date_line(s: &str) -> bool {
    dates::find_full_date(s).is_some() && !s.ends_with('.')
}

/// A block of the rebuilt text before it is placed.
struct Piece {
    kind: BlockKind,
    text: String,
    anchors: Vec<(Range<usize>, String)>,
    credit: Option<Range<usize>>,
}

impl Piece {
    fn paragraph(b: &Block) -> Piece {
        Piece {
            kind: BlockKind::Paragraph,
            text: b.text.clone(),
            anchors: b.anchors.clone(),
            credit: None,
        }
    }

    fn caption(b: &Block) -> Piece {
        Piece {
            kind: BlockKind::Caption,
            text: b.text.clone(),
            anchors: Vec::new(),
            credit: b.credit.clone(),
        }
    }
}

/// Appends a block to the layout text (after a blank line) and returns its range.
fn push_block(out: &mut Layout, text: &str) -> Range<usize> {
    if !out.text.is_empty() {
        out.text.push_str("\n\n");
    }
    let start = out.text.len();
    out.text.push_str(text);
    start..out.text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body paragraphs of a page's layout.
    fn paragraphs(html: &str) -> Vec<String> {
        let l = layout(html);
        l.blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Dateline))
            .map(|b| l.text[b.range()].to_string())
            .collect()
    }

    /// A page: `<head>` with a canonical URL, then `body` inside `<body>`.
    fn page(body: &str) -> String {
        format!(
            "<html><head><title>Harbor ferry returns</title>\
             <link rel=canonical href=\"https://news.example/harbor-ferry\"></head>\
             <body>{body}</body></html>"
        )
    }

    const STORY: &str = "<h1>Harbor ferry returns</h1>\
        <p>The harbor ferry made its first crossing in three years on Monday morning, carrying \
        about forty passengers and two bicycles across the bay.</p>\
        <p>Officials said the service would run twice a day through the summer, with a third \
        crossing on weekends if the numbers hold up.</p>\
        <p>The old boat was retired after its engine failed, and the new one was built at a \
        yard up the coast over the winter.</p>";

    /// A teaser card of another story on the same site: linked title, blurb, byline.
    fn card(n: usize, host: &str) -> String {
        format!(
            "<li><div class=item-text><a class=title href=\"https://{host}/story-{n}\">\
             Another local story number {n} worth reading</a>\
             <p>A short blurb about the other story, long enough to read like a sentence of \
             prose in a paragraph.</p><a rel=author href=/writer/1>Sam Writer</a></div></li>"
        )
    }

    #[test]
    fn teaser_cards_under_the_story_are_not_body() {
        let cards: String = (1..=4).map(|n| card(n, "news.example")).collect();
        let html = page(&format!(
            "<div class=main><article>{STORY}</article><ul class=items>{cards}</ul></div>"
        ));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert!(p.iter().all(|p| !p.contains("short blurb")), "{p:#?}");
        // Also when the cards sit inside the story's own element.
        let html = page(&format!(
            "<article>{STORY}<ul class=items>{cards}</ul></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn teaser_title_in_a_pruned_header_still_marks_the_card() {
        let card = |n: usize| {
            format!(
                "<li><article class=\"post post-{n}\"><header><h5><a href=\"/story-{n}\">\
                 Another local story number {n}</a></h5></header>\
                 <div class=excerpt>A short blurb about the other story, long enough to \
                 read like a sentence of prose.</div></article></li>"
            )
        };
        let cards: String = (1..=3).map(card).collect();
        let html = page(&format!(
            "<main>{STORY}<div class=more><ul>{cards}</ul></div></main>"
        ));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 3, "{p:#?}");
    }

    #[test]
    fn a_list_of_products_elsewhere_or_of_two_cards_stays() {
        // Titles linking another site (a shop): the article's own list.
        let cards: String = (1..=4).map(|n| card(n, "shop.example")).collect();
        let html = page(&format!(
            "<article>{STORY}<ul class=items>{cards}</ul></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 7);
        // Two cards are no listing.
        let cards: String = (1..=2).map(|n| card(n, "news.example")).collect();
        let html = page(&format!(
            "<article>{STORY}<ul class=items>{cards}</ul></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 5);
    }

    #[test]
    fn list_items_with_long_text_are_not_cards() {
        let item = |n: usize| {
            format!(
                "<li><a href=\"/guide-{n}\">Step number {n} of the guide</a> {}</li>",
                "and then a long explanation of what to do at this step. ".repeat(8)
            )
        };
        let items: String = (1..=3).map(item).collect();
        let html = page(&format!("<article>{STORY}<ul>{items}</ul></article>"));
        assert_eq!(paragraphs(&html).len(), 6, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn data_tables_are_not_body_but_layout_tables_are() {
        let grid = "<table><tr><th>Team</th><th>W</th><th>L</th></tr>\
            <tr><td>Harbor City</td><td>12</td><td>3</td></tr>\
            <tr><td>Bay Town</td><td>9</td><td>6</td></tr></table>";
        let html = page(&format!("<article>{STORY}{grid}</article>"));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 3, "{p:#?}");
        // A cell holding a sentence of prose: a layout table, kept.
        let layout_table = "<table><tr><td><p>“We waited three years for this boat, and the whole \
            town came down to the pier to see it leave,” the harbor master said.</p></td></tr>\
            </table>";
        let html = page(&format!("<article>{STORY}{layout_table}</article>"));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 4, "{p:#?}");
    }

    #[test]
    fn video_players_and_embeds_are_not_body() {
        let player = "<div class=\"js-av-player-container av-player-container\">\
            <div>Click To Unmute</div><p>Please use a html5 video capable browser to watch \
            videos.</p><div>00:00:00</div></div>";
        let embed = "<div class=InlineVideo-container><p>Watch: the new ferry leaves the pier on \
            its first crossing of the bay.</p><span>2:49</span></div>";
        let html = page(&format!("<article>{STORY}{player}{embed}</article>"));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 3, "{p:#?}");
        // A heading whose id names a player is the story's.
        let html = page(&format!(
            "<article>{STORY}<h2 id=why-buy-a-record-player>Why buy a record player at all \
             these days?</h2></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn affiliate_disclosures_are_not_body() {
        for note in [
            "If you purchase a product or register for an account through a link on our site, \
             we may receive compensation. By using this site, you consent to our User Agreement \
             and agree that your clicks and interactions may be collected.",
            "Disclosure: we may earn a commission from some of the products featured here.",
        ] {
            let html = page(&format!("<article>{STORY}<p>{note}</p></article>"));
            assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        }
        // A story about commissions stays.
        let html = page(&format!(
            "<article>{STORY}<p>The ferry operator will earn a commission on every ticket \
             people buy through travel agents, the council said.</p></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn list_items_linking_other_sites_stay_in_the_body() {
        let deals = "<ul><li><a href=\"https://shop.example/mop\">Half off the steam mop at \
            the shop</a></li><li><a href=\"https://store.example/lego\">Up to 40 per cent off \
            building bricks</a></li></ul>";
        let html = page(&format!("<article>{STORY}{deals}</article>"));
        assert_eq!(paragraphs(&html).len(), 5, "{:#?}", paragraphs(&html));
        // Links to the site's own stories: related lines.
        let more = "<ul><li><a href=\"/ferry-fares\">Ferry fares will rise in the spring \
            season</a></li><li><a href=\"https://news.example/pier\">The old pier reopens \
            after a long repair</a></li></ul>";
        let html = page(&format!("<article>{STORY}{more}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        assert_eq!(layout(&html).related.len(), 2);
    }

    #[test]
    fn sites_of_urls() {
        assert_eq!(site_of("https://eu.news.example/a/b"), "news.example");
        assert_eq!(site_of("https://www.paper.co.uk/x"), "paper.co.uk");
        assert_eq!(site_of("http://blog.example:8080/x"), "blog.example");
    }

    #[test]
    fn wrappers_of_social_embeds_are_not_body() {
        let embed = "<div class=\"InstagramEmbedContainer-abc\"><div class=banner><p>Instagram \
            content</p><p>This content can also be viewed on the site it originates from.</p>\
            </div></div>";
        let html = page(&format!("<article>{STORY}{embed}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn a_list_under_a_label_in_the_body_is_a_rail() {
        let promos = "<ul><li><p>Lighthouse keepers are hiring again this year. <a \
            href=\"https://partner.example/keepers\">Here is how you can apply with little \
            experience</a> before the season starts.</p></li><li><p>Tide tables just got a \
            whole lot simpler. <a href=\"https://partner.example/tides\">A new app reads them \
            aloud</a> for sailors.</p></li></ul>";
        let end = "<p>The council will review the timetable again in the autumn, once the \
            summer numbers are in.</p>";
        let html = page(&format!(
            "<article>{STORY}<h2><strong>Don't miss:</strong></h2>{promos}{end}</article>"
        ));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
        // The same list under a heading of the story's own stays (with its heading).
        let html = page(&format!(
            "<article>{STORY}<h2>What riders said</h2>{promos}{end}</article>"
        ));
        assert_eq!(paragraphs(&html).len(), 7, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn player_labels_podcast_plugs_and_consent_placeholders_are_not_body() {
        let extras = "<p>WATCH | The ferry's first crossing in three years:</p>\
            <p>Listen: the captain on the new boat</p>\
            <p>The full interview is on our podcast, Harbor Talk. Listen and subscribe wherever \
            you get your podcasts.</p>\
            <p>Our recommendations are independent. We may make money when you click on links \
            to our partners.</p>\
            <p>Audioplayer This content is provided by Audioplayer, which may be using cookies \
            and other technologies. To show you this content, we need your permission to use \
            cookies.</p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // Prose that opens with the verb stays.
        let prose = "<p>Watch the ferry come in at dawn, locals say, and you will see why they \
            fought for it.</p><p>Watchers: a dozen of them stood on the pier.</p>";
        let html = page(&format!("<article>{STORY}{prose}</article>"));
        assert_eq!(paragraphs(&html).len(), 5, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn contributor_credits_and_syndication_notes_are_not_body() {
        let extras = "<p>Harbor reporter Sam Lee contributed to this report.</p>\
            <p>This story originally appeared in Coastal Monthly and is republished here with \
            permission.</p>\
            <p>This story was originally published March 3, 2024, 9:15 AM.</p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // A sentence about a first publication without its date, and one about
        // contributions, stay.
        let kept = "<p>The ferry timetable was originally published in the island paper, \
            which folded years ago.</p>\
            <p>Every family on the island contributed to the fund that built the new boat.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 5, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn standing_disclaimers_letter_calls_and_offers_are_not_body() {
        let extras = "<p>Ask the Skipper is for informational purposes only and does not \
            constitute legal advice.</p>\
            <p>We publish letters to the editor every week. We would like to hear what you \
            think about this article.</p>\
            <p>Special offer for our readers: get a one-year subscription for half price.</p>\
            <p>Your subscription could not be saved. Please try again.</p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // A story about a letter to the editor stays.
        let kept = "<p>In a letter to the editor last week, the captain wrote that the new boat \
            was the best thing to happen to the island.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn ad_slot_markers_and_image_rights_disclaimers_are_not_body() {
        let extras = "<p>Advertisement - Page continues below</p>\
            <p>Article continues below this ad</p>\
            <p>Disclaimer: All rights reserved for the writing. No credit is claimed for any \
            images shown here; if you own the rights to one, please write to us.</p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // Another marker, and prose about rights to photos, stay.
        let kept = "<p>Story continues below gallery</p><p>The photographer kept the rights to \
            the images of the first crossing, the council said.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 5, "{:#?}", paragraphs(&html));
    }

    /// The first date hint of a page, as `YYYY-MM-DD`.
    fn first_date(html: &str) -> Option<String> {
        layout(html).date_hints.first().map(|h| dates::iso(h.date))
    }

    #[test]
    fn byline_names_leave_out_credentials_and_stray_words() {
        let cases: &[(&str, &[&str])] = &[
            ("By Lauren Manaker MS, RDN, LD", &["Lauren Manaker"]),
            ("Jane Roe, PhD", &["Jane Roe"]),
            ("From", &[]),
            ("By Ann Smith and Bob Jones", &["Ann Smith", "Bob Jones"]),
        ];
        for (raw, want) in cases {
            assert_eq!(author_names(raw), *want, "{raw}");
        }
    }

    #[test]
    fn placeholder_dates_are_no_dates() {
        // A template's zero time in the metadata gives way to the date in the address.
        for zero in ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z"] {
            let html = page(&format!("<article>{STORY}</article>"))
                .replace(
                    "<head>",
                    &format!(
                        "<head><script type=application/ld+json>{{\"@type\": \"NewsArticle\", \
                         \"datePublished\": \"{zero}\"}}</script>"
                    ),
                )
                .replace(
                    "news.example/harbor-ferry",
                    "news.example/2019/11/20/harbor-ferry",
                );
            assert_eq!(first_date(&html).as_deref(), Some("2019-11-20"), "{zero}");
        }
    }

    #[test]
    fn dates_in_capitals_are_read() {
        // A date line in capitals under the headline dates the page; a revision the metadata
        // names confirms it.
        let html = page(&format!("<article>{STORY}</article>")).replace(
            "</h1>",
            "</h1><span class=posted-on>MARCH 4, 2024 9:15 am</span>",
        );
        assert_eq!(first_date(&html).as_deref(), Some("2024-03-04"));
        let html = html.replace(
            "<head>",
            "<head><meta property=article:published_time content=2022-05-01T08:00:00Z>\
             <meta property=article:modified_time content=2024-03-04T17:15:00Z>",
        );
        assert_eq!(first_date(&html).as_deref(), Some("2024-03-04"));
        // A metadata value in capitals.
        let html = page(&format!("<article>{STORY}</article>"))
            .replace("<head>", "<head><meta name=date content=\"JUNE 2, 2024\">");
        assert_eq!(first_date(&html).as_deref(), Some("2024-06-02"));
        // Month names in capitals, and other capitals.
        assert_eq!(
            capitalize_months("NOV 6, 2023 8:41 am PST"),
            "Nov 6, 2023 8:41 am PST"
        );
        assert_eq!(capitalize_months("6 SEPT. 2023"), "6 Sept. 2023");
        assert_eq!(capitalize_months("MAYOR SAYS 2023"), "MAYOR SAYS 2023");
    }

    #[test]
    fn short_lines_closed_by_a_picture_credit_are_captions() {
        let figures = "<div class=figure-meta><span>Ferry 11</span> \
            <span class=credit>Credit: Coastal Lines</span></div>\
            <div class=figure-meta><span>The new ferry at the pier Photo by: Sam Lens</span></div>\
            <div class=figure-meta>Harbor crowd, Monday via Getty Images</div>";
        let html = page(&format!("<article>{STORY}{figures}</article>"));
        let l = layout(&html);
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        assert_eq!(l.captions.len(), 3, "{:#?}", l.captions);
        // A sentence that gives credit stays.
        let kept = "<p>The council gave the yard full credit: without it there would be no boat \
            this summer.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn more_rail_labels_and_also_lines_are_not_body() {
        let end = "<p>The council will review the timetable again in the autumn, once the \
            summer numbers are in.</p>";
        for label in [
            "Recent articles",
            "People are also reading…",
            "You might be interested in",
            "Next read this:",
            "EDITORS' PICK",
            "Keep reading",
            "Read more on island life",
        ] {
            let html = page(&format!("<article>{STORY}<h3>{label}</h3>{end}</article>"));
            assert_eq!(
                paragraphs(&html).len(),
                4,
                "{label}: {:#?}",
                paragraphs(&html)
            );
        }
        // A line that opens with "Also:" and links another story.
        let also = "<p>Also: <a href=\"https://news.example/tides\">The tide tables nobody \
            reads, explained</a></p>";
        let html = page(&format!("<article>{STORY}{also}{end}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
        // "Also:" opening a sentence of the story stays.
        let kept = "<p>Also: the ferry will carry bicycles free of charge until the end of \
            June, the operator said.</p>";
        let html = page(&format!("<article>{STORY}{kept}{end}</article>"));
        assert_eq!(paragraphs(&html).len(), 5, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn gallery_counters_paywall_prompts_tip_lines_and_like_widgets_are_not_body() {
        let extras = "<p>Image 2 of 14</p>\
            <p>Already a subscriber? Sign in</p><p>You are logged in</p>\
            <p>Not a subscriber to Harbor Monthly? Head over here to get the latest issues \
            sent to your door.</p>\
            <p>This story is from the Spring issue. Get the magazine</p>\
            <p>Have a tip? Send it to us at desk@news.example.</p>\
            <div class=\"sharedaddy sd-block sd-like\" id=like-post-wrapper-7>\
            <h3 class=sd-title>Like this:</h3><p>Like Loading...</p></div>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // Sentences of the story with the same words stay.
        let kept = "<p>Photo 2 of the exhibition shows the old boat in the yard.</p>\
            <p>Already a subscriber to the ferry pass, she said the new boat was quicker.</p>\
            <p>Have a tip for the skipper? Most riders leave one in the jar by the door.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 6, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn bare_numbers_and_ad_markers_are_not_body() {
        let extras = "<p>1</p><p>2</p><p>$449.99</p><p>4.7</p><p>Advert</p>\
            <h3>More stories like this one</h3>\
            <p><a href=\"https://news.example/tides\">The tide tables nobody reads</a></p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // Numbers inside sentences stay.
        let kept = "<p>1,200 riders crossed in the first week, the operator said.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn editors_notes_heading_the_story_and_journal_labels_are_not_body() {
        let note = "<p>Editor's note: This story first appeared in the spring issue of Harbor \
            Monthly.</p>";
        let story = STORY.replace("</h1>", &format!("</h1>{note}"));
        let html = page(&format!(
            "<article>{story}<p>Journal information: Sea Notes</p></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // A note after the text has begun (an update) stays.
        let update = "<p>Editor's note: This story was updated at 5 p.m. with the operator's \
            timetable.</p>";
        let html = page(&format!("<article>{STORY}{update}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn pros_and_cons_boxes_are_not_body() {
        let bx = "<div class=verdict><h4>Pros</h4><ul><li>Quiet engine</li><li>Room for \
            bicycles</li></ul><h4>Cons:</h4><ul><li>Only two crossings a day</li></ul></div>";
        let next = "<h3>The second boat</h3><ul><li>Built on the island over two winters</li></ul>";
        let html = page(&format!("<article>{STORY}{bx}{next}</article>"));
        let p = paragraphs(&html);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert!(
            !p.iter().any(|t| t.contains("Quiet") || t.contains("Cons")),
            "{p:#?}"
        );
        // A sentence after the box ends it.
        let html = page(&format!(
            "<article>{STORY}<p>Pros</p><p>Quiet engine</p><p>The operator plans a third \
             crossing.</p></article>"
        ));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }

    #[test]
    fn a_text_just_before_a_credit_figcaption_is_a_caption() {
        let fig = "<div class=embed><img src=/ferry.jpg alt=ferry><div class=cap-wrap>\
            <div class=cap-text>The new ferry leaves the pier on its first crossing.</div>\
            <figcaption><span>Sam Lens</span></figcaption></div></div>";
        let html = page(&format!("<article>{STORY}{fig}</article>"));
        let l = layout(&html);
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        assert!(
            l.captions
                .iter()
                .any(|c| l.text[c.text.clone()].starts_with("The new ferry leaves")),
            "{:#?}",
            l.captions
        );
    }

    #[test]
    fn calls_to_subscribe_and_account_links_are_not_body() {
        let extras = "<p>Subscribe to Harbor Monthly and stay on top of the tides.</p>\
            <p>Our reporting needs your support. Please subscribe today.</p>\
            <p>Sign up for Harbor Deals to get updates on the best fares!</p><p>Log Out</p>";
        let html = page(&format!("<article>{STORY}{extras}</article>"));
        assert_eq!(paragraphs(&html).len(), 3, "{:#?}", paragraphs(&html));
        // A story's own sentence about subscriptions stays.
        let kept = "<p>Sign up for a season pass and the crossing costs half as much, the \
            operator said.</p>";
        let html = page(&format!("<article>{STORY}{kept}</article>"));
        assert_eq!(paragraphs(&html).len(), 4, "{:#?}", paragraphs(&html));
    }
}
