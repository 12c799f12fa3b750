//! Shared helpers for dateline's cross-crate tests: fixture loading and the model invariants
//! every parse must satisfy.

use std::path::{Path, PathBuf};

use dateline::{Article, Span};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repo")
        .to_path_buf()
}

/// `../shared/` beside the repository, when present.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = repo_root().parent()?.join("shared");
    dir.is_dir().then_some(dir)
}

/// A file under `../shared/data` for the evaluation test `test`, or `None` after printing why the
/// test skips (no `../shared/data` beside the repository, or no such file in it).
pub fn shared_data_file(test: &str, relative: &str) -> Option<PathBuf> {
    let Some(data) = shared_dir().map(|d| d.join("data")).filter(|d| d.is_dir()) else {
        println!("SKIP {test}: ../shared/data not found next to the repository");
        return None;
    };
    let path = data.join(relative);
    if !path.is_file() {
        println!("SKIP {test}: {} not found", path.display());
        return None;
    }
    Some(path)
}

/// The article fixtures: (id, text), sorted by id.
pub fn fixtures() -> Vec<(String, String)> {
    let dir = repo_root().join("tests/fixtures/articles");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let id = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (id, std::fs::read_to_string(&p).expect("fixture is UTF-8"))
        })
        .collect();
    out.sort();
    out
}

/// Asserts the invariants of the model: every span lies inside `text` and slices it exactly,
/// ordered records are ordered and disjoint, and every id resolves.
pub fn check_invariants(a: &Article) {
    let n = a.text.chars().count();
    let index = a.offset_index();
    let within = |s: Span, what: &str| {
        assert!(
            s.start <= s.end && s.end <= n,
            "{what} {s:?} outside text of {n} chars"
        );
    };
    let slice = |s: Span| &a.text[index.byte_range(s)];

    let mut prev_end = 0;
    for p in &a.paragraphs {
        within(Span::new(p.start, p.end), "paragraph");
        assert!(
            p.start >= prev_end && p.start < p.end,
            "paragraphs ordered, disjoint and non-empty: {p:?}"
        );
        prev_end = p.end;
    }
    let mut prev_end = 0;
    for b in &a.blocks {
        within(Span::new(b.start, b.end), "block");
        assert!(b.start >= prev_end, "blocks ordered and disjoint: {b:?}");
        prev_end = b.end;
    }
    let mut prev_end = 0;
    for s in &a.sentences {
        within(*s, "sentence");
        assert!(s.start >= prev_end, "sentences ordered: {s:?}");
        prev_end = s.end;
    }
    for c in &a.captions {
        within(Span::new(c.start, c.end), "caption");
        assert_eq!(slice(Span::new(c.start, c.end)), c.text);
        if let (Some(credit), Some(span)) = (&c.credit, c.credit_span) {
            within(span, "credit");
            assert_eq!(slice(span), credit);
        }
    }
    for l in &a.links {
        within(Span::new(l.start, l.end), "link");
        assert_eq!(slice(Span::new(l.start, l.end)), l.url);
    }
    for r in &a.related {
        assert_eq!(slice(Span::new(r.start, r.end)), r.title);
    }
    if let Some(d) = &a.dateline {
        within(Span::new(d.start, d.end), "dateline");
    }
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i, "entity ids are indexes");
        assert!(!e.mentions.is_empty(), "entity {} has mentions", e.name);
        for m in &e.mentions {
            within(Span::new(m.start, m.end), "mention");
            assert_eq!(
                slice(Span::new(m.start, m.end)),
                m.text,
                "mention text slices the text"
            );
        }
    }
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(q.id, i, "quote ids are indexes");
        assert!(!q.parts.is_empty(), "quote {i} has parts");
        let mut prev = 0;
        for p in &q.parts {
            within(*p, "quote part");
            assert!(p.start >= prev, "parts of quote {i} ordered: {:?}", q.parts);
            prev = p.end;
        }
        if let Some(c) = q.content {
            within(c, "quote content");
        }
        if let Some(s) = &q.speaker {
            within(Span::new(s.start, s.end), "speaker");
            if let Some(e) = s.entity {
                assert!(e < a.entities.len(), "speaker entity {e} resolves");
                assert_eq!(
                    Some(&a.entities[e].name),
                    s.name.as_ref(),
                    "speaker name is the entity's canonical name"
                );
            } else if let Some(name) = &s.name {
                // An unresolved speaker is named by its mention, never by a bare pronoun.
                assert_eq!(slice(Span::new(s.start, s.end)), name);
                let pronoun = ["i", "we", "you", "he", "she", "they", "it", "who"]
                    .contains(&name.to_lowercase().as_str());
                assert!(
                    !pronoun,
                    "quote {i}: a pronoun '{name}' stands in for a name"
                );
            }
        }
        if let Some(c) = &q.cue {
            assert_eq!(slice(Span::new(c.start, c.end)), c.text);
        }
        if let Some(ad) = &q.addressee {
            assert_eq!(slice(Span::new(ad.start, ad.end)), ad.name);
        }
        if let Some(p) = q.parent {
            assert!(p < a.quotes.len() && p != i, "parent of quote {i} resolves");
            let parent = &a.quotes[p];
            let outer = Span::new(
                parent.parts[0].start,
                parent.parts.last().map_or(0, |s| s.end),
            );
            assert!(
                q.parts.iter().all(|s| outer.contains(*s)),
                "nested quote {i} lies inside its parent"
            );
        }
    }
    for (i, f) in a.figures.iter().enumerate() {
        assert_eq!(f.id, i);
        within(Span::new(f.start, f.end), "figure");
        assert_eq!(
            slice(Span::new(f.start, f.end)),
            f.text,
            "figure text slices the text"
        );
        if let Some(q) = f.quote {
            assert!(q < a.quotes.len());
        }
        if let Some(e) = f.speaker {
            assert!(e < a.entities.len());
        }
    }
    // The JSON contract round-trips.
    let json = serde_json::to_string(a).expect("serializes");
    let back: Article = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(&back, a, "JSON round-trip");
}
