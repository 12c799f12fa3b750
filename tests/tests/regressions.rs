//! Regressions and pathological inputs (issue #10).
//!
//! - `r10_*`: inputs found by fuzzing (`fuzz/`), minimized, inline (never a file of page text).
//! - `pathological_*`: hostile shapes of input; each asserts the result or the error, never a
//!   timing. All of them together stay well under 20 s in a debug build.
//!
//! `tests/tests/props.rs` already covers 10,000 identical quote marks, 1 MB of one letter,
//! "1," × 300,000, 200,000 two-byte lines and "Mr. " × 50,000; these do not repeat them.

use dateline::{Article, Error, Options};
use dateline_tests::check_invariants;

/// `n` in an optimized build, `n / 10` in a debug build: the largest inputs (a million lines, a
/// 100,000-token sentence, 1 MB without spaces) take 5–15 s each unoptimized, 1 s optimized. Their full sizes run in
/// `cargo test --release -p dateline-tests --test regressions`.
fn scaled(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n / 10
    } else {
        n
    }
}

/// The parts of the article's quotes in quotation marks (reported speech left out).
fn quoted_parts(a: &Article) -> usize {
    a.quotes
        .iter()
        .filter(|q| q.kind != dateline::QuoteKind::Indirect)
        .map(|q| q.parts.len())
        .sum()
}

/// Whether every quote of the article is given to the speaker named `name`.
fn all_spoken_by(a: &Article, name: &str) -> bool {
    a.quotes
        .iter()
        .all(|q| q.speaker.as_ref().and_then(|s| s.name.as_deref()) == Some(name))
}

/// Parses with default options, checks the invariants and returns the article.
fn parse_ok(text: &str) -> Article {
    let a = dateline::parse(text, &Options::default())
        .unwrap_or_else(|e| panic!("parse failed: {e} (input of {} bytes)", text.len()));
    check_invariants(&a);
    a
}

/// Parses with default options, checks the invariants when it succeeds, and returns the result.
fn parse_any(text: &str) -> Result<Article, Error> {
    let r = dateline::parse(text, &Options::default());
    if let Ok(a) = &r {
        check_invariants(a);
    }
    r
}

// ---------------------------------------------------------------------------------------------
// Found by fuzzing
// ---------------------------------------------------------------------------------------------

/// `parse` target, seed of page text: "$1.08 trillion" was 1080000000000.0001 (float noise of
/// 1.08 × 10¹²), which serde_json read back one ulp off, so the JSON round trip failed.
#[test]
fn r10_scaled_money_round_trips_through_json() {
    let a = parse_ok("Balances rose 4.7% to $48 billion, pushing the total to $1.08 trillion.");
    let total = a
        .figures
        .iter()
        .find(|f| f.text.contains("1.08"))
        .expect("total");
    assert_eq!(total.value, Some(1.08e12));
    let json = serde_json::to_string(&total.value).unwrap();
    assert_eq!(json, "1080000000000.0");
}

/// A number too long for f64 was infinity, serialized as `null`: now it has no value.
#[test]
fn r10_number_too_long_for_f64_has_no_value() {
    let a = parse_ok(&format!("Officials said {} people came.", "9".repeat(400)));
    assert!(a.figures.iter().all(|f| f.value.is_none_or(f64::is_finite)));
}

/// Timeout (issue #10): every quoted fragment scanned the rest of its sentence for a trailing
/// speech verb, quadratic in a long sentence ("“ quote ” " × 34,000 took minutes).
#[test]
fn r10_many_fragments_in_one_sentence() {
    let text = "“ quote ” ".repeat(scaled(30_000)) + ".";
    let a = parse_ok(&text);
    assert_eq!(a.quotes.len(), scaled(30_000));
    let attributed = "“Yes,” she said, and “no,” said Jane Doe. ".repeat(2_000);
    let a = parse_ok(&attributed);
    assert!(a.quotes.iter().all(|q| q.speaker.is_some()));
}

// ---------------------------------------------------------------------------------------------
// Pathological inputs
// ---------------------------------------------------------------------------------------------

#[test]
fn pathological_ten_thousand_mixed_quote_marks() {
    // Every kind of mark, unbalanced and interleaved, with and without words between them.
    let marks = [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "``",
    ];
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(marks[(i * 7) % marks.len()]);
        if i % 3 == 0 {
            text.push_str(" said Jane Doe ");
        }
        if i % 500 == 499 {
            text.push_str("\n\n");
        }
    }
    let a = parse_ok(&text);
    assert!(!a.paragraphs.is_empty());
    // Marks alone (no words) are no quotes with empty content.
    let bare: String = (0..10_000).map(|i| marks[(i * 5) % marks.len()]).collect();
    if let Ok(a) = parse_any(&bare) {
        assert!(a.entities.is_empty(), "{:?}", a.entities);
    }
}

#[test]
fn pathological_thousands_of_distinct_people() {
    // A page listing thousands of people: looking a name up among the people named so far
    // goes by its last word, not through every person (that was quadratic in the names).
    let syllables = [
        "ka", "lo", "mi", "ra", "tu", "ve", "zo", "ne", "pi", "sa", "do", "fe",
    ];
    let name = |i: usize| -> String {
        let w: String = (0..3)
            .map(|k| syllables[(i / 12usize.pow(k)) % 12])
            .collect();
        let mut c = w.chars();
        c.next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    };
    let mut text = String::from("A list of delegates\n\n");
    for i in 0..3_000 {
        let (given, surname) = (name(i), name(i * 7 + 1));
        text.push_str(&format!(
            "{given} {surname} met the {given} Council. {surname} said it was fine.\n\n"
        ));
    }
    let a = parse_ok(&text);
    let people = a
        .entities
        .iter()
        .filter(|e| e.kind == dateline::EntityKind::Person)
        .count();
    assert!(people > 100, "{people}");
}

#[test]
fn pathological_one_megabyte_without_spaces_or_newlines() {
    // Words, punctuation, marks, digits and currency glued together: one 1 MB token run.
    let piece = "Word.Next,“Quote”$5%—(x)Mr.Smith'said'12,000;";
    let text = piece.repeat(scaled(1_000_000) / piece.len() + 1);
    assert!(text.len() > scaled(1_000_000) && !text.contains([' ', '\n']));
    let a = parse_ok(&text);
    assert_eq!(a.text, text, "nothing to normalize");
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn pathological_one_megabyte_of_digits_and_commas() {
    // Digit groups of every length, thousands separators in and out of place, decimal points.
    let piece = "12,345,678,9,1234567,000,00.5,";
    let text = piece.repeat(1_000_000 / piece.len() + 1);
    let a = parse_ok(&text);
    assert!(a.figures.iter().all(|f| f.value.is_none_or(f64::is_finite)));
    // One number of a million digits: a value that overflows f64 is no figure value.
    let huge = "9".repeat(1_000_000);
    let a = parse_ok(&format!("Officials said {huge} people came."));
    assert!(a.figures.iter().all(|f| f.value.is_none_or(f64::is_finite)));
}

#[test]
fn pathological_a_million_short_lines() {
    // A short word per line, as in a PDF copy of a narrow column; some lines hyphenated.
    let words = [
        "the", "mayor", "said", "that", "wa-", "ter", "rates", "rose.",
    ];
    let mut text = String::with_capacity(6_000_000);
    for i in 0..scaled(1_000_000) {
        text.push_str(words[i % words.len()]);
        text.push('\n');
    }
    let a = parse_ok(&text);
    assert!(!a.blocks.is_empty());
    assert!(!a.text.contains("\n\n\n"));
}

#[test]
fn pathological_right_to_left_text() {
    let text = "القاهرة — قال الرئيس إن الاقتصاد نما بنسبة 5٪ في عام 2025.\n\n\
                «هذا يوم تاريخي»، قال الوزير.\n\n\
                ירושלים — \"זה יום היסטורי\", אמר השר.\u{200F}\n\n\
                Mixed: He said “שלום” and left, 3 officials said.";
    let a = parse_ok(text);
    assert!(a.text.contains("القاهرة") && a.text.contains("ירושלים"));
    assert!(!a.text.contains('\u{200F}'), "bidi marks are removed");
    assert!(a.paragraphs.len() >= 3, "{:?}", a.paragraphs);
}

#[test]
fn pathological_combining_marks() {
    // Decomposed accents, stacked marks ("Zalgo"), a mark at the very start and after a quote.
    let zalgo: String = std::iter::repeat_n('\u{301}', 5_000).collect();
    let text = format!(
        "\u{301}Jose\u{301} Martí\u{300}nez said “Cafe\u{301} prices rose 5%.”\n\n\
         Officials said Z{zalgo}algo rose 12 percent.\n\n“{zalgo}” said Ana."
    );
    let a = parse_ok(&text);
    assert!(
        a.text.contains("José"),
        "decomposed accents are composed (NFC)"
    );
    assert!(a.text.contains("\u{301}\u{301}"), "stacked marks are kept");
    let pct = a
        .figures
        .iter()
        .find(|f| f.text.contains('5'))
        .expect("5% read");
    assert_eq!(pct.value, Some(5.0));
}

#[test]
fn pathological_nul_bytes_and_control_characters() {
    let text = "\0\0Officials\0 said\u{1} 3,000\0 homes\u{7f} lost power.\0\n\n\u{0}\u{0}";
    let a = parse_ok(text);
    assert!(!a.text.contains(|c: char| c.is_control() && c != '\n'));
    assert_eq!(a.figures[0].value, Some(3000.0));
    // Only NULs is no text.
    assert_eq!(
        parse_any(&"\0".repeat(10_000)).unwrap_err(),
        Error::EmptyInput
    );
}

#[test]
fn pathological_crlf_and_cr_line_endings() {
    let lf = "Storm hits coast\n\nBy Jane Doe\n\nMIAMI — A storm hit the coast on Friday, \
              officials said.\n\n“It was loud,” said Bob Smith.\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let mixed = lf.replacen('\n', "\r\n", 2).replacen('\n', "\r", 1);
    let want = parse_ok(lf);
    for text in [crlf, cr, mixed] {
        let a = parse_ok(&text);
        assert!(!a.text.contains('\r'));
        assert_eq!(a, want, "same article whatever the line endings: {text:?}");
    }
    // A CR flood: every CR is a line end.
    let a = parse_ok(&"word\r".repeat(100_000));
    assert!(!a.text.contains('\r'));
}

#[test]
fn pathological_byte_order_marks() {
    let plain = "Storm hits coast\n\nOfficials said 3,000 homes lost power.";
    let want = parse_ok(plain);
    assert_eq!(parse_ok(&format!("\u{FEFF}{plain}")), want, "leading BOM");
    // BOMs inside the text (concatenated files) vanish too.
    let inner = plain.replace(' ', "\u{FEFF} ");
    assert_eq!(parse_ok(&inner), want, "inner BOMs");
    assert_eq!(
        parse_any(&"\u{FEFF}".repeat(1_000)).unwrap_err(),
        Error::EmptyInput
    );
}

#[test]
fn pathological_mixed_scripts() {
    let text = "東京 — 岸田文雄首相は金曜日に「経済は回復している」と述べた。\n\n\
                MOSCOW — «Это исторический день», — сказал Владимир Путин, 12 февраля.\n\n\
                Αθήνα: ο πρωθυπουργός είπε ότι 1.000 άτομα.\n\n\
                हिन्दी में 5 करोड़ लोग। ภาษาไทย 3 คน\n\n\
                “We will rebuild,” said Mayor Ана Ивановa, adding that 40% of 東京 homes lost power.";
    let a = parse_ok(text);
    assert!(a.paragraphs.len() >= 4);
    assert!(
        a.figures.iter().any(|f| f.value == Some(40.0)),
        "{:?}",
        a.figures
    );
}

#[test]
fn pathological_emoji() {
    let text = "🔥🔥 BREAKING 🔥🔥\n\n👩‍💻 Jane Doe said “🚀 prices rose 🙂 5% 🇺🇦” on Friday.\n\n\
                🏳️‍🌈👨‍👩‍👧‍👦 3,000 👍🏽 people came, officials said. 💯";
    let a = parse_ok(text);
    assert!(a.text.contains("👨‍👩‍👧‍👦"), "ZWJ sequences are kept whole");
    assert!(a.quotes.iter().any(|q| q
        .speaker
        .as_ref()
        .is_some_and(|s| s.name.as_deref() == Some("Jane Doe"))));
    // Emoji only: a text, no crash.
    parse_ok(&"😀🇺🇦👍🏽\u{200D}".repeat(20_000));
}

#[test]
fn pathological_ten_thousand_nested_parentheses() {
    let text = format!(
        "Officials said {}3,000 people{} came.\n\n{}",
        "(".repeat(10_000),
        ")".repeat(10_000),
        "([{“‘".repeat(10_000)
    );
    let a = parse_ok(&text);
    assert!(a.figures.iter().any(|f| f.value == Some(3000.0)));
}

#[test]
fn pathological_sentence_of_a_hundred_thousand_tokens() {
    // One sentence, no period until the end: names, speech verbs, numbers, quotes and commas.
    let piece = "Jane Doe said 12 people , “ quote ” and Mr Smith told 5 % of them that ";
    let mut text = piece.repeat(scaled(100_000) / 16 + 1);
    text.push('.');
    let a = parse_ok(&text);
    assert_eq!(a.sentences.len(), 1, "one sentence");
    assert!(!a.figures.is_empty() && !a.entities.is_empty());
}

#[test]
fn pathological_one_sentence_of_embedded_pronoun_cues() {
    // Every fragment's speaker is a pronoun in an embedded cue ("what she calls “…”"): the
    // look back for the embedding speaker and the reported-speech scan stay bounded.
    let n = scaled(20_000);
    let body = " and what she calls “a war”".repeat(n);
    let text = format!("Headline\n\nJane Smith said she admired what she calls{body}.\n");
    let a = parse_ok(&text);
    assert_eq!(quoted_parts(&a), n, "every fragment is quoted once");
    assert!(a.quotes.iter().all(|q| q.speaker.is_some()));
}

#[test]
fn r10_long_digit_run_round_trips_through_json() {
    // Found by fuzzing `parse`: a 59-digit count's value must survive the JSON round trip.
    let digits = "6".repeat(59);
    for text in [
        format!("Up to 50 per cent off. {digits} here."),
        format!("Sales: {digits} items, and {} more.", "9".repeat(40)),
        format!("They paid ${digits}.5 in total."),
    ] {
        parse_ok(&text);
    }
}

#[test]
fn pathological_one_sentence_of_thousands_of_partial_quotes() {
    // "The report said that “x0” that “x1” …": each partial quote looked for the end of its
    // claim through the rest of the sentence (quadratic: 20,000 quotes took 35 s optimized,
    // 0.3 s after the fix); with possessor claims ("Tom’s claim that “x”") 62 s.
    let n = scaled(20_000);
    for unit in ["that “x{i}”", "Tom’s claim that “x{i}”"] {
        let body: Vec<String> = (0..n)
            .map(|i| unit.replace("{i}", &i.to_string()))
            .collect();
        let text = format!(
            "Report on the claims\n\nThe report said {}.\n",
            body.join(" ")
        );
        let a = parse_ok(&text);
        // (Fragments inside the claim of the quote before them are more parts of it.)
        let parts: usize = a.quotes.iter().map(|q| q.parts.len()).sum();
        assert!(parts >= n / 2, "{parts} quoted parts for {n}");
    }
}

#[test]
fn pathological_one_paragraph_of_first_person_quotes() {
    // Each cue-less "I" quote gives its speaker a pronoun mention, and the mention index took it
    // by inserting into a sorted vector (quadratic: 40,000 quotes took 2.7 s optimized, 1.0 s
    // after the fix).
    let n = scaled(20_000);
    let unit = "John Smith was very quickly found with him. “I was there.” ";
    let text = format!("Headline\n\nJohn Smith met Jane Doe. {}\n", unit.repeat(n));
    let a = parse_ok(&text);
    assert_eq!(quoted_parts(&a), n, "every quote is found once");
    assert!(all_spoken_by(&a, "John Smith"));
}

#[test]
fn pathological_one_paragraph_of_nested_quotes() {
    // Each single-marked quote looked for its container among every quote of the paragraph,
    // and each nested record for its parent among every quote (quadratic: 20,000 took 1.8 s
    // optimized, 0.35 s after the fix).
    let n = scaled(20_000);
    let text = format!(
        "Headline\n\nJane Doe spoke. {}\n",
        "“He said ‘no’ and left,” she said. ".repeat(n)
    );
    let a = parse_ok(&text);
    let nested = a.quotes.iter().filter(|q| q.parent.is_some()).count();
    assert_eq!(nested, n, "every inner quote is nested");
    assert_eq!(a.quotes.len(), 2 * n);
}

#[test]
fn pathological_thousands_of_paragraphs_with_described_speakers() {
    // "…,” said Bob Lee, the mayor.": each description checked every mention of the person for
    // one later in its sentence (quadratic: 20,000 paragraphs took 0.89 s optimized, 0.40 s
    // after the fix).
    let n = scaled(20_000);
    let text = format!(
        "Headline\n\n{}",
        "“We will win,” said Bob Lee, the mayor.\n\n".repeat(n)
    );
    let a = parse_ok(&text);
    assert_eq!(a.quotes.len(), n);
    assert!(all_spoken_by(&a, "Bob Lee"));
}

#[test]
fn pathological_one_paragraph_of_thousands_of_urls() {
    // Every block looked at every link of the text, and every token at every link of its block
    // (quadratic: 20,000 URLs in one paragraph took 3.7 s optimized, 0.11 s after the fix).
    let n = scaled(20_000);
    let text = format!(
        "Headline\n\nMark Rutte met Anna Berg. {}\n",
        "See https://example.com/2026/02/11/story-123 now. ".repeat(n)
    );
    let a = parse_ok(&text);
    assert_eq!(a.links.len(), n);
    // A URL's digits are no figures.
    assert!(a.figures.is_empty(), "{:?}", &a.figures[..1]);
}

#[test]
fn pathological_thousands_of_captions() {
    // Each caption block looked for its caption among all of them (quadratic: 40,000 took
    // 1.26 s optimized, 0.61 s after the fix).
    let n = scaled(20_000);
    let text = format!(
        "Headline\n\nMark Rutte met Anna Berg.\n\n{}",
        "Bob Lee speaks in Paris on Friday. (AP Photo/Jane Doe)\n\n".repeat(n)
    );
    let a = parse_ok(&text);
    assert_eq!(a.captions.len(), n);
    assert!(a.captions.iter().all(|c| c.credit.is_some()));
}

#[test]
fn pathological_one_sentence_of_thousands_of_prepositional_speakers() {
    // "… with some Tories accusing him of “weakness” with some Tories …": each quote looked
    // for a name around its head through every mention since the sentence began (2.16 s for
    // 20,000 optimized, 0.74 s after the fix).
    let n = scaled(20_000);
    let text = format!(
        "Headline\n\nMark Rutte met Anna Berg. He said {}end.\n",
        "with some Tories accusing him of “weakness” ".repeat(n)
    );
    let a = parse_ok(&text);
    assert_eq!(quoted_parts(&a), n);
}

#[test]
fn pathological_one_sentence_of_tens_of_thousands_of_numbers() {
    // "On 18 and 18 and … 18 June.": each number looked ahead through every later figure for a
    // date (quadratic: 64,000 numbers took 7.7 s optimized, 0.65 s after the fix).
    let n = scaled(40_000);
    let text = format!("Headline\n\nOn {} June.\n", vec!["18"; n].join(" and "));
    let a = parse_ok(&text);
    assert!(
        a.figures.len() >= n - 1,
        "{} figures for {n} numbers",
        a.figures.len()
    );
}

/// Fuzz find (session 16): a role that speaks for two quotes ("pointed to …, saying …") moved
/// to the person quoted before for the first quote only, leaving an entity with no mention.
#[test]
fn fuzz_a_role_speaking_twice_moves_whole() {
    let a = parse_ok(
        "Hossein Salami spoke on Monday. “We support dear Palestine,” he continued.\n\nThe \
         military official pointed to the failure of the so-called Abraham Accords, saying \
         despite constant efforts, public opinion has turned against the regime.",
    );
    assert!(!a.quotes.is_empty(), "{:?}", a.quotes);
    assert!(all_spoken_by(&a, "Hossein Salami"), "{:?}", a.quotes);
}
