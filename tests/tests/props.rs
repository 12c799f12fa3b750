//! Property tests: any input parses without panicking, and every result keeps the invariants.

use dateline::{Error, Options};
use dateline_tests::check_invariants;
use proptest::prelude::*;

/// Text built from the pieces that stress the pipeline: quote marks, apostrophes, dashes,
/// digits and separators, currency signs, line breaks, non-ASCII and right-to-left letters.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(" — ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" said ".to_string()),
        Just("Mark Rutte".to_string()),
        Just(" he told The Moscow Times ".to_string()),
        Just("$".to_string()),
        Just("€".to_string()),
        Just("35,000".to_string()),
        Just("1.5".to_string()),
        Just(" million ".to_string()),
        Just("%".to_string()),
        Just("Feb. 12".to_string()),
        Just("MUNICH, Germany — ".to_string()),
        Just("By Jane Doe\n".to_string()),
        Just("https://example.com/2026-02-11/x".to_string()),
        Just("Related article: X\n".to_string()),
        Just("ملخص".to_string()),
        Just("🙂".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("(".to_string()),
        "[a-zA-Z ]{1,12}",
        "[0-9,.\\-]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn news_like_text_keeps_invariants(text in news_like()) {
        match dateline::parse(&text, &Options::default().published("2026-02-14").unwrap()) {
            Ok(a) => check_invariants(&a),
            Err(e) => prop_assert_eq!(e, Error::EmptyInput),
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*") {
        if let Ok(a) = dateline::parse(&text, &Options::default()) {
            check_invariants(&a);
        }
    }

    #[test]
    fn formatted_numbers_parse_back(n in 1u64..1_000_000_000_000) {
        let text = format!("The ministry said it spent {n} dollars.");
        let a = dateline::parse(&text, &Options::default()).unwrap();
        let f = a.figures.iter().find(|f| f.currency.is_some()).expect("money figure");
        prop_assert_eq!(f.value, Some(n as f64));
    }

    #[test]
    fn normalization_is_idempotent(text in news_like()) {
        if let Ok(a) = dateline::parse(&text, &Options::default()) {
            let again = dateline::parse(&a.text, &Options::default()).unwrap();
            prop_assert_eq!(again.text, a.text);
        }
    }
}

#[test]
fn pathological_inputs_finish() {
    let cases = [
        "“".repeat(10_000),
        "\"".repeat(10_000),
        "'".repeat(10_000) + &"’".repeat(10_000),
        "a".repeat(1_000_000),
        "1,".repeat(300_000),
        "x\n".repeat(200_000),
        "Mr. ".repeat(50_000),
    ];
    for text in cases {
        match dateline::parse(&text, &Options::default()) {
            Ok(a) => check_invariants(&a),
            Err(e) => assert_eq!(e.code(), "empty_input"),
        }
    }
}

/// Found by proptest: a single mark inside a double one produced overlapping quote parts.
#[test]
fn r10_nested_marks_keep_parts_ordered() {
    let text = " he told The Moscow Times  said MUNICH, Germany — \r\n' said ‘“ 35,000”'$";
    let a = dateline::parse(text, &Options::default()).unwrap();
    check_invariants(&a);
}

#[test]
fn limits_and_empty_input_are_errors() {
    assert_eq!(
        dateline::parse("", &Options::default()).unwrap_err(),
        Error::EmptyInput
    );
    assert_eq!(
        dateline::parse(" \n\t\u{FEFF}", &Options::default()).unwrap_err(),
        Error::EmptyInput
    );
    let e = dateline::parse("too long", &Options::default().max_input_bytes(3)).unwrap_err();
    assert_eq!(e, Error::InputTooLarge { size: 8, limit: 3 });
    assert_eq!(e.code(), "input_too_large");
}
