//! Golden layouts: each fixture under `tests/fixtures/articles/` has a reviewed
//! `<id>.layout.json` with the layout the parser must produce, plus reviewed quote attributions.
//!
//! To review a change: `DATELINE_BLESS=1 cargo test -p dateline-tests --test golden`, then read
//! the diff of the `.layout.json` files before committing them.

use dateline::{Article, Options};
use dateline_tests::{check_invariants, fixtures, repo_root};
use serde_json::{json, Value};

/// The reviewed part of an article: layout fields and who said what.
fn layout_of(a: &Article) -> Value {
    let paragraphs: Vec<String> = a
        .paragraphs
        .iter()
        .map(|p| {
            a.slice(dateline::Span::new(p.start, p.end))
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let quotes: Vec<Value> = a
        .quotes
        .iter()
        .filter(|q| q.kind != dateline::QuoteKind::Indirect && q.parent.is_none())
        .map(|q| {
            json!({
                "starts": a.slice(q.parts[0]).split_whitespace().take(5).collect::<Vec<_>>().join(" "),
                "parts": q.parts.len(),
                "speaker": q.speaker.as_ref().and_then(|s| s.name.clone()),
            })
        })
        .collect();
    json!({
        "headline": a.headline,
        "standfirst": a.standfirst,
        "dateline": a.dateline.as_ref().map(|d| json!({"place": d.place, "region": d.region, "agency": d.agency})),
        "authors": a.authors,
        "published": a.published,
        "captions": a.captions.iter().map(|c| json!({"text": c.text, "credit": c.credit})).collect::<Vec<_>>(),
        "links": a.links.iter().map(|l| l.url.clone()).collect::<Vec<_>>(),
        "related": a.related.iter().map(|r| json!({"title": r.title, "url": r.url})).collect::<Vec<_>>(),
        "paragraphs": paragraphs,
        "quotes": quotes,
    })
}

#[test]
fn fixtures_match_their_reviewed_layout() {
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    let dir = repo_root().join("tests/fixtures/articles");
    let cases = fixtures();
    assert!(
        cases.len() >= 6,
        "at least six fixtures in different layouts"
    );
    let mut failures = Vec::new();
    for (id, text) in cases {
        let article =
            dateline::parse(&text, &Options::default()).unwrap_or_else(|e| panic!("{id}: {e}"));
        check_invariants(&article);
        let got = layout_of(&article);
        let path = dir.join(format!("{id}.layout.json"));
        if bless {
            std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let want: Value = serde_json::from_str(
            &std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{id}: missing {path:?}")),
        )
        .unwrap_or_else(|e| panic!("{id}: bad golden: {e}"));
        if got != want {
            failures.push(format!("{id}:\n  want {want}\n  got  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "layouts differ from the reviewed goldens:\n{}",
        failures.join("\n")
    );
}

/// The seed article's quotes, reviewed by hand: every quote with its speaker, the split and
/// multi-paragraph quotes as single attributions, the nested quote kept.
#[test]
fn seed_quotes_and_figures() {
    let Some((_, text)) = fixtures()
        .into_iter()
        .find(|(id, _)| id == "en-moscowtimes-000")
    else {
        panic!("seed fixture missing");
    };
    let a = dateline::parse(&text, &Options::default()).unwrap();
    let speaker_of = |starts: &str| {
        a.quotes
            .iter()
            .find(|q| a.slice(q.parts[0]).starts_with(starts))
            .unwrap_or_else(|| panic!("no quote starting {starts:?}"))
            .speaker
            .as_ref()
            .and_then(|s| s.name.clone())
    };
    assert_eq!(
        speaker_of("In December, they lost").as_deref(),
        Some("Mark Rutte")
    );
    assert_eq!(
        speaker_of("do not come from Moscow").as_deref(),
        Some("Mark Rutte")
    );
    assert_eq!(
        speaker_of("I'm afraid under").as_deref(),
        Some("Radostaw Sikorski")
    );
    assert_eq!(
        speaker_of("Let’s have a peace deal").as_deref(),
        Some("Mark Rutte")
    );
    assert_eq!(
        speaker_of("The Russian people should know").as_deref(),
        Some("Mark Rutte")
    );
    // "These casualties …" + "But this will come soon …" + "I'would say …" are one attribution.
    let multi = a
        .quotes
        .iter()
        .find(|q| a.slice(q.parts[0]).starts_with("do not come"))
        .unwrap();
    assert_eq!(multi.parts.len(), 3);
    let nested = a
        .quotes
        .iter()
        .find(|q| q.parent.is_some())
        .expect("nested quote kept");
    assert!(a
        .slice(nested.parts[0])
        .starts_with("Do everything you can"));
    assert_eq!(a.quotes[nested.parent.unwrap()].id, multi.id);
    let told = a
        .quotes
        .iter()
        .find(|q| a.slice(q.parts[0]).starts_with("I'm afraid"))
        .unwrap();
    assert_eq!(
        told.addressee.as_ref().map(|x| x.name.as_str()),
        Some("The Moscow Times")
    );

    let men: Vec<_> = a
        .figures
        .iter()
        .filter(|f| f.counted.as_deref() == Some("men"))
        .collect();
    assert_eq!(
        men.iter().map(|f| f.value).collect::<Vec<_>>(),
        vec![Some(35000.0), Some(30000.0)]
    );
    assert!(men.iter().all(|f| f
        .speaker
        .and_then(|e| a.entity(e))
        .is_some_and(|e| e.name == "Mark Rutte")));
    let over = a
        .figures
        .iter()
        .find(|f| f.text == "over $200 million")
        .unwrap();
    assert_eq!(
        (over.value, over.currency.as_deref(), over.bound),
        (Some(2e8), Some("USD"), Some(dateline::Bound::Above))
    );
    let rutte = a.entities.iter().find(|e| e.name == "Mark Rutte").unwrap();
    assert!(rutte.roles.iter().any(|r| r == "NATO Secretary General"));
    assert!(rutte.mentions.iter().any(|m| m.text == "he"));
    let purl = a
        .entities
        .iter()
        .find(|e| e.aliases.iter().any(|x| x == "PURL"))
        .expect("acronym PURL");
    assert_eq!(purl.name, "Prioritized Ukrainian Requirements List");
}
