//! Quote evaluation on PolNeAR dev (issue #3): the headline is gold direct+mixed quotes against
//! predicted direct+partial quotes at fragment level, scored by the Rust port of
//! `score_quotes.py`; indirect speech is scored at attribution level.
//!
//! The data lives outside the repository (`../shared/data/quotes`, not redistributable); without
//! it the test prints a message and passes. The whole dev set (84 documents) runs in about a
//! second in debug builds, so no subset is taken.

use dateline_eval::quotes::{self, PredictOptions};

// ratchet: set just under the measured value
/// Headline (direct+mixed, fragments): overlap F1, in percent.
const FLOOR_OVERLAP_F1: f64 = 93.7;
// ratchet: set just under the measured value
// (Lowered from 77.3 to 77.0 in session 10 on purpose: names of shows and songs in marks,
// which PolNeAR's gold counts as quotes, are no longer reported as anyone's words. Measured
// 77.7 in session 11, 78.6 in session 12, 78.8 in session 14, 81.7 in session 19, 82.1 in
// session 20.)
/// Headline (direct+mixed, fragments): exact F1, in percent.
const FLOOR_EXACT_F1: f64 = 81.9;
// ratchet: set just under the measured value
/// Headline (direct+mixed, fragments): end-to-end F1 (quote and speaker right), in percent.
const FLOOR_E2E_F1: f64 = 89.9;
// ratchet: set just under the measured value
/// Indirect speech (attribution level): overlap F1, in percent.
const FLOOR_INDIRECT_OVERLAP_F1: f64 = 53.2;

#[test]
fn polnear_dev() {
    let Some(path) = dateline_tests::shared_data_file("eval_quotes", "quotes/polnear_dev.jsonl")
    else {
        return;
    };
    let gold = quotes::load(&path).expect("PolNeAR dev loads");
    let pred = quotes::predict(&gold, PredictOptions::default());
    assert!(
        pred.errors.is_empty(),
        "documents refused: {:?}",
        pred.errors
    );
    let sections = quotes::default_sections();
    let headline = quotes::score(&gold, &pred.docs, &sections[0].1);
    let indirect = quotes::score(&gold, &pred.docs, &sections[1].1);
    println!(
        "== {} ({})\n{}",
        sections[0].0,
        sections[0].1.flags(),
        headline.dumps()
    );
    println!(
        "== {} ({})\n{}",
        sections[1].0,
        sections[1].1.flags(),
        indirect.dumps()
    );

    let get = |r, path: &[&str]| quotes::metric(r, path).expect("metric present");
    for (name, value, floor) in [
        (
            "overlap F1",
            get(&headline, &["overlap", "f1"]),
            FLOOR_OVERLAP_F1,
        ),
        ("exact F1", get(&headline, &["exact", "f1"]), FLOOR_EXACT_F1),
        ("e2e F1", get(&headline, &["e2e", "f1"]), FLOOR_E2E_F1),
        (
            "indirect overlap F1",
            get(&indirect, &["overlap", "f1"]),
            FLOOR_INDIRECT_OVERLAP_F1,
        ),
    ] {
        println!("{name}: {value:.1} (floor {floor:.1})");
        assert!(
            value >= floor,
            "{name} {value:.1} fell below its floor {floor:.1}"
        );
    }
}
