//! HTML input (issue #8): fixture pages written for these tests (`tests/fixtures/html`), property
//! tests (any input parses without panicking and keeps the invariants), pathological nesting.

use dateline::{Article, BlockKind, DateSource, Error, LinkKind, Options};
use dateline_tests::{check_invariants, repo_root};
use proptest::prelude::*;

fn page(name: &str) -> Article {
    let path = repo_root().join("tests/fixtures/html").join(name);
    let html = std::fs::read_to_string(&path).expect("fixture page");
    let article = dateline::parse_html(&html, &Options::default()).expect("page parses");
    check_invariants(&article);
    article
}

fn paragraphs(a: &Article) -> Vec<&str> {
    a.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| a.slice(dateline::Span::new(b.start, b.end)))
        .collect()
}

#[test]
fn json_ld_page() {
    let a = page("jsonld.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("City council approves new budget")
    );
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(a.published.as_deref(), Some("2026-02-13"));
    assert_eq!(a.published_source, Some(DateSource::Metadata));
    assert_eq!(a.section.as_deref(), Some("Local"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://ledger.example/news/2026/02/13/city-council-approves-new-budget")
    );
    assert_eq!(
        a.image.as_deref(),
        Some("https://ledger.example/img/council.jpg")
    );
    let d = a.dateline.as_ref().expect("dateline");
    assert_eq!(
        (d.place.as_deref().unwrap_or(""), d.region.as_deref()),
        ("Riverside", Some("Calif."))
    );
    let p = paragraphs(&a);
    assert_eq!(p.len(), 5, "{p:#?}");
    assert!(p[0].starts_with("The city council approved"));
    assert_eq!(p[4], "The budget takes effect on July 1.");
    // Navigation, share tools, ads, comments and the footer are dropped.
    for furniture in [
        "Share on Facebook",
        "Advertisement",
        "never listens",
        "All rights",
        "Sports",
    ] {
        assert!(!a.text.contains(furniture), "{furniture} in {:?}", a.text);
    }
    // The related rail becomes related lines with their URLs.
    assert_eq!(a.related.len(), 2);
    assert_eq!(
        a.related[0].title,
        "School board delays vote on school closures"
    );
    assert!(a.related[0]
        .url
        .as_deref()
        .unwrap()
        .ends_with("school-board-delays-vote-on-closures"));
    // A link in the body keeps its URL (a bare-URL block after the article).
    let link = &a.links[0];
    assert_eq!(link.kind, LinkKind::Article);
    assert_eq!(
        link.url,
        "https://ledger.example/news/2026/01/20/tax-forecasts-questioned"
    );
    // The analysis runs on the extracted text.
    let quote = a
        .quotes
        .iter()
        .find(|q| q.text.contains("neighbourhoods"))
        .expect("quote");
    assert_eq!(
        quote.speaker.as_ref().and_then(|s| s.name.as_deref()),
        Some("Ann Lee")
    );
}

#[test]
fn opengraph_only_page() {
    let a = page("opengraph.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("Storm knocks out power to thousands")
    );
    assert_eq!(a.authors, ["Carlos Mendez"]);
    assert_eq!(a.published.as_deref(), Some("2026-01-09"));
    assert_eq!(a.section.as_deref(), Some("Weather"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://coastal.example/weather/storm-knocks-out-power")
    );
    assert_eq!(
        a.image.as_deref(),
        Some("https://coastal.example/images/storm.jpg")
    );
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(!a.text.contains("Ten things to do"));
}

#[test]
fn figure_captions_and_credits() {
    let a = page("figures.html");
    let caps: Vec<(&str, Option<&str>)> = a
        .captions
        .iter()
        .map(|c| (c.text.as_str(), c.credit.as_deref()))
        .collect();
    assert_eq!(
        caps,
        [
            (
                "Protesters march through the city centre on Sunday.",
                Some("Photo: Maria Silva / Reuters")
            ),
            (
                "A union leader speaks to the crowd outside parliament.",
                Some("(AP Photo/John Smith)")
            ),
        ]
    );
    assert_eq!(paragraphs(&a).len(), 3);
    assert!(a.figures.iter().any(|f| f.value == Some(50000.0)));
}

#[test]
fn multi_author_byline() {
    let a = page("multi_author.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("Central bank holds rates steady")
    );
    // No "By", no "Email the author", no site name.
    assert_eq!(a.authors, ["Ann Smith", "Bob Jones", "Chen Wei"]);
    assert_eq!(a.published.as_deref(), Some("2026-04-30"));
    assert_eq!(paragraphs(&a).len(), 3);
    assert!(!a.text.contains("By Ann"));
}

#[test]
fn amp_page() {
    let a = page("amp.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("Rocket launch delayed by weather")
    );
    assert_eq!(a.authors, ["Priya Natarajan"]);
    assert_eq!(a.published.as_deref(), Some("2026-05-05"));
    assert_eq!(a.image.as_deref(), Some("https://space.example/rocket.jpg"));
    let d = a.dateline.as_ref().expect("dateline");
    assert_eq!(
        (d.place.as_deref().unwrap_or(""), d.agency.as_deref()),
        ("Cape Canaveral", Some("AP"))
    );
    assert_eq!(paragraphs(&a).len(), 3);
    assert!(!a.text.contains("Advertisement") && !a.text.contains("Launches"));
}

#[test]
fn page_without_metadata() {
    let a = page("no_metadata.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("Library to extend opening hours")
    );
    assert!(a.authors.is_empty());
    assert_eq!(a.published, None);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[1].starts_with("The change follows"));
}

#[test]
fn empty_and_oversized_pages() {
    let options = Options::default();
    assert!(matches!(
        dateline::parse_html("<html><body><script>x()</script></body></html>", &options),
        Err(Error::EmptyInput)
    ));
    let small = Options::default().max_input_bytes(10);
    assert!(matches!(
        dateline::parse_html("<p>Long enough page.</p>", &small),
        Err(Error::InputTooLarge { .. })
    ));
}

/// Found by proptest in a fresh clone: an anchor that outlives its block pointed inside a
/// multi-byte character of the next one.
#[test]
fn r10_anchor_across_blocks_with_non_ascii() {
    for html in [
        "<<a href=\"https://x.example/2026/01/02/a-b-c-d\"><div class=\"article-body\"></div>ملخص",
        "ملخص<a href=\"https://x.example/2026/01/02/a-b-c-d\">ملخص<div class=\"share\"><p>",
    ] {
        if let Ok(a) = dateline::parse_html(html, &dateline::Options::default()) {
            dateline_tests::check_invariants(&a);
        }
    }
}

#[test]
fn deep_nesting_finishes() {
    let n = 100_000;
    let html = format!(
        "<html><body>{}<p>Deep text in the middle of the page, said the tester.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let a = dateline::parse_html(&html, &Options::default()).expect("parses");
    check_invariants(&a);
    assert!(a.text.contains("Deep text"));
    // Unclosed inline elements too.
    let html = format!("<body>{}text</body>", "<span><b>".repeat(n / 2));
    let a = dateline::parse_html(&html, &Options::default()).expect("parses");
    check_invariants(&a);
}

fn html_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()),
        Just("<article>".to_string()),
        Just("<figure><figcaption>".to_string()),
        Just("</figcaption></figure>".to_string()),
        Just("<a href=\"https://x.example/2026/01/02/a-b-c-d\">".to_string()),
        Just("<a href=\"/author/jane-doe\" rel=\"author\">".to_string()),
        Just("</a>".to_string()),
        Just("<h1>".to_string()),
        Just("</h1>".to_string()),
        Just("<br>".to_string()),
        Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":\"By A\"}],\"datePublished\":\"2026-02-30\"}</script>".to_string()),
        Just("<meta property=\"article:published_time\" content=\"2026-02-14T00:00Z\">".to_string()),
        Just("<title>T - S</title>".to_string()),
        Just("MUNICH, Germany — ".to_string()),
        Just("“Clear,” Mark Rutte said. ".to_string()),
        Just("35,000 men ".to_string()),
        Just("(AP Photo/Jane Doe)".to_string()),
        Just("&amp;&#x1F600;&nbsp;".to_string()),
        Just("\u{0}\u{FEFF}\r\n".to_string()),
        Just("ملخص".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        "[a-zA-Z .,]{0,12}".prop_map(|s| s),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn html_like_pages_keep_invariants(html in html_like()) {
        match dateline::parse_html(&html, &Options::default()) {
            Ok(a) => check_invariants(&a),
            Err(Error::EmptyInput) => {}
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        if let Ok(a) = dateline::parse_html(&text, &Options::default()) {
            check_invariants(&a);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(a) = dateline::parse_html(&text, &Options::default()) {
            check_invariants(&a);
        }
    }
}

#[test]
fn shown_date_is_the_local_date_confirmed_by_metadata() {
    // Metadata in UTC (March 5, 02:30); the page shows "Updated March 6" then "Published March 4,
    // 9:30 p.m. EST": the publication, not the revision, and not the site's "today" bar.
    let a = page("shown_date.html");
    assert_eq!(a.published.as_deref(), Some("2024-03-04"));
    assert_eq!(a.published_source, Some(DateSource::Text));
}

#[test]
fn shown_date_after_the_headline_beats_a_ticker_time() {
    // No metadata: the <time> elements of a ticker above the story date other stories.
    let a = page("shown_date_sidebar.html");
    assert_eq!(a.published.as_deref(), Some("2024-04-16"));
}

#[test]
fn unconfirmed_shown_date_leaves_the_metadata_date() {
    // A date after the headline that the metadata does not confirm is another date.
    let a = page("shown_date_unconfirmed.html");
    assert_eq!(a.published.as_deref(), Some("2024-05-02"));
    assert_eq!(a.published_source, Some(DateSource::Metadata));
}

#[test]
fn byline_leaves_out_contributors_and_editors_that_metadata_lists() {
    // JSON-LD lists the writer, a contributor and the editor; the byline shows their roles.
    let a = page("byline_roles.html");
    assert_eq!(a.authors, ["Jane Doe"]);
}

#[test]
fn plain_by_line_in_a_header_names_the_authors() {
    // No metadata, no byline class; the "By" line sits in a <header>, and an aside's card has a
    // byline of another story.
    let a = page("byline_plain.html");
    assert_eq!(a.authors, ["Maria Lopez", "Tom Reyes"]);
}

#[test]
fn byline_name_ends_with_its_link() {
    // "Jim Walsh Cherry Hill Courier-Post": the author link holds the name, the rest is the paper.
    let a = page("byline_affiliation.html");
    assert_eq!(a.authors, ["Jim Walsh"]);
}

#[test]
fn teaser_articlebody_keeps_the_whole_body() {
    // JSON-LD's articleBody holds the first paragraph only: the body is the element around it.
    let a = page("teaser_articlebody.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[3].starts_with("The team plans"));
}

#[test]
fn subscriber_and_paywall_containers_are_the_article() {
    // "subscriber-premium", "subscriber-preview" and "pmc-paywall" wrap the article's text;
    // the "subscribe-box" call to action is furniture.
    let a = page("subscriber_body.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("A family bakery"));
    assert!(!a.text.contains("Subscribe today"));
}

#[test]
fn body_follows_the_headline() {
    // A feed above the story holds more prose than the story: with an <h1> that is the
    // headline, text before it is not the body.
    let a = page("feed_before_headline.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 5, "{p:#?}");
    assert!(p[0].starts_with("The island ferry"));
}

#[test]
fn nested_sections_keep_every_paragraph() {
    // Each section holds two paragraphs and the next section: the body is the outermost
    // section with paragraphs of its own, not the innermost one.
    let a = page("nested_sections.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 12, "{p:#?}");
    assert!(p[0].starts_with("Pick 1:"));
    assert!(p[10].starts_with("Pick 6:"));
}

#[test]
fn headline_joins_inline_elements_without_a_space() {
    // "<em>Pixel Weekly</em>'s": no space before the apostrophe; "<br>" is a space.
    let a = page("inline_headline.html");
    assert_eq!(
        a.headline.as_deref(),
        Some("Pixel Weekly's 12 best games of the year, ranked")
    );
}

#[test]
fn sidebar_and_cookie_dialog_longer_than_the_story_are_not_the_body() {
    // A sidebar of teasers and a cookie dialog each hold more text than the story; neither holds
    // the <h1>, so their class names prune them.
    let a = page("sidebar_longer_than_story.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("The county library"));
    assert!(!a.text.contains("cookies"));
}

#[test]
fn readmore_prose_is_content_and_carousel_captions_are_not_body() {
    // "readmore" names a related rail, but without links it is the story's text; slides of a
    // carousel are captions.
    let a = page("readmore_and_carousel.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("Cold, bright days"));
    assert!(p[2].starts_with("The ridge path is steeper"));
    assert!(a
        .related
        .iter()
        .any(|r| r.title.starts_with("Where to skate")));
}

#[test]
fn hidden_subscriber_paragraphs_are_the_article() {
    // `class="subscriber-only" style="display:none"`: text a script shows to subscribers.
    let a = page("subscriber_only_hidden.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[2].starts_with("Neighbours have long complained"));
    assert!(!a.text.contains("unlimited access"));
}

#[test]
fn body_split_into_alike_wrappers_keeps_every_part() {
    // The first paragraph sits in its own grid row, built like the row of the other three.
    let a = page("body_in_alike_parts.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[0].starts_with("The league named"));
}

#[test]
fn labelled_rails_and_tags_inside_the_body_are_not_paragraphs() {
    // "READ MORE: <link>" lines, a "Recommended" rail of teasers and an `article-tags` list sit
    // between the paragraphs.
    let a = page("rails_in_body.html");
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[2].starts_with("The new timetable"));
    for furniture in ["READ MORE", "Recommended", "closed since the storm", "Tags"] {
        assert!(
            !p.iter().any(|t| t.contains(furniture)),
            "{furniture}: {p:#?}"
        );
    }
    assert!(a
        .related
        .iter()
        .any(|r| r.title.starts_with("Ferry fares rise")));
}

#[test]
fn author_biography_after_the_story_is_not_a_paragraph() {
    let a = page("author_bio.html");
    assert_eq!(a.authors, ["Sam Porter"]);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[2].starts_with("Volunteers raised"));
}

fn parse(html: &str) -> Article {
    let article = dateline::parse_html(html, &Options::default()).expect("page parses");
    check_invariants(&article);
    article
}

/// Four paragraphs of a story about a harbour, for pages built around them.
const STORY: &str =
    "<p>The harbour board voted on Tuesday to dredge the eastern channel before the \
    spring, ending a dispute that has lasted three years.</p>\
    <p>Fishing crews had complained that boats were grounding at low tide, and two trawlers were \
    damaged in the autumn storms.</p>\
    <p>The work will cost about four million pounds and is expected to take eleven weeks, the \
    board's chair told the meeting.</p>\
    <p>Residents will be able to comment on the plans at a public session in the town hall next \
    month, officials said.</p>";

#[test]
fn cards_whose_link_wraps_a_heading_are_related_not_paragraphs() {
    // A rail of other stories inside the article: each card is one <a> around a picture and an
    // <h2>, so the heading's text is all link even though the block ends inside the link.
    let html = format!(
        "<html><body><article><h1>Harbour channel to be dredged</h1>{STORY}\
         <section class=\"blogroll\"><article><a href=\"https://harbour.example/2023/12/24/winter-lights-festival\">\
         <div><img src=\"a.jpg\"></div><h2><span>Winter lights</span> <span>festival draws \
         record crowds to the old quay</span></h2></a></article>\
         <article><a href=\"https://harbour.example/2023/12/23/ferry-timetable\"><div><img src=\"b.jpg\"></div>\
         <h2>New ferry timetable brings later sailings on weekends</h2></a></article>\
         </section></article></body></html>"
    );
    let a = parse(&html);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(a
        .related
        .iter()
        .any(|r| r.title.starts_with("New ferry timetable")));
}

#[test]
fn description_shown_under_the_headline_is_the_standfirst() {
    // The summary in `og:description` is shown under the <h1>, inside a pruned <header>.
    let html = format!(
        "<html><head><meta property=\"og:description\" content=\"Years of complaints from \
         fishing crews end with a vote for an eleven-week dredging project.\"></head><body>\
         <article><header><h1>Harbour channel to be dredged</h1><p class=\"dek\">Years of \
         complaints from fishing crews end with a vote for an <em>eleven-week</em> dredging \
         project.</p></header>{STORY}</article></body></html>"
    );
    let a = parse(&html);
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Years of complaints from fishing crews end with a vote for an eleven-week dredging project.")
    );
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Standfirst));
    assert_eq!(paragraphs(&a).len(), 4);
    // A description that is the story's first sentence is the lede, not a standfirst.
    let html = "<html><head><meta name=\"description\" content=\"The harbour board voted on \
         Tuesday to dredge the eastern channel before the spring, ending a dispute that has lasted \
         three years.\"></head><body><article><h1>Harbour channel to be dredged</h1>"
        .to_string()
        + STORY
        + "</article></body></html>";
    let a = parse(&html);
    assert_eq!(a.standfirst, None);
    assert!(!a.blocks.iter().any(|b| b.kind == BlockKind::Standfirst));
}

#[test]
fn next_stories_of_an_endless_page_are_not_the_body() {
    // Each story is an <article> with its own <h1>; the first is the page's (its <title>).
    let html = format!(
        "<html><head><title>Harbour channel to be dredged</title></head><body><main>\
         <article><h1>Harbour channel to be dredged</h1>{STORY}</article>\
         <article><h1>Library reopens after flood repairs</h1>\
         <p>The central library reopened on Monday after eight months of repairs to its flooded \
         basement, with a new children's room.</p>\
         <p>Staff said the archive of local newspapers had been moved to the second floor, away \
         from the river.</p></article></main></body></html>"
    );
    let a = parse(&html);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(!a.text.contains("central library"));
}

#[test]
fn embedded_posts_and_notes_around_the_story_are_not_paragraphs() {
    let html = format!(
        "<html><body><article><h1>Harbour channel to be dredged</h1>{STORY}\
         <blockquote class=\"twitter-tweet\"><p>Finally! The channel has been a hazard for years \
         and everyone on the quay knows it.</p>&mdash; Quay Watch (@quaywatch)</blockquote>\
         <p>Want more local news? Sign up for our free morning newsletter, delivered to your \
         inbox.</p>\
         <p>Contact reporter Sam Porter at sporter@harbour.example.</p>\
         <p>Follow Sam Porter on Instagram at @samporter.</p></article></body></html>"
    );
    let a = parse(&html);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[3].starts_with("Residents will be able"));
}

#[test]
fn captions_in_compound_classes_and_credited_lines_are_not_paragraphs() {
    // `class="imageCaption"` names a caption inside one word; a short line closed by a picture
    // credit is a caption even without a full stop.
    let html = format!(
        "<html><body><article><h1>Harbour channel to be dredged</h1>{STORY}\
         <div class=\"artSplitter\"><img src=\"q.jpg\"><p class=\"imageCaption\">Trawlers moored \
         at the eastern quay during the autumn storms last year</p></div>\
         <p>A dredger at work in the western channel (Image: GETTY)</p>\
         <p>Sam Porter/Getty Images</p></article></body></html>"
    );
    let a = parse(&html);
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Caption
        && a.slice(dateline::Span::new(b.start, b.end))
            .starts_with("Trawlers moored")));
}
