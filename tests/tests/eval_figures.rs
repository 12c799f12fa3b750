//! Figure evaluation over the converted peer suites (issue #4): the pass rate of each suite under
//! the rules documented in `dateline_eval::figures`.
//!
//! The data lives outside the repository (`../shared/data/figures`); without it the test prints a
//! message and passes.

use std::path::Path;

use dateline_eval::figures;

// ratchet: set just under the measured value
/// Minimum pass rate (0..=1) per suite.
const FLOORS: &[(&str, f64)] = &[
    ("numbers", 0.93),
    ("number_ranges", 0.95),
    ("currency", 0.97),
    ("dimensions", 0.90),
    ("dates", 0.85),
    ("quantulum3", 0.90),
    ("duckling", 0.82),
    ("spellout", 0.81),
];

#[test]
fn figure_suites() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some(data) = dateline_eval::data_dir(&root) else {
        println!("SKIP eval_figures: ../shared/data not found next to the repository");
        return;
    };
    let dir = data.join("figures");
    if !dir.join("numbers.jsonl").is_file() {
        println!("SKIP eval_figures: {} has no suites", dir.display());
        return;
    }
    let reports = figures::evaluate_dir(&dir).expect("figure suites load");
    print!("{}", figures::render(&reports, false));
    for report in &reports {
        let floor = FLOORS
            .iter()
            .find(|(name, _)| *name == report.name)
            .map_or(0.0, |(_, f)| *f);
        assert!(
            report.pass_rate() >= floor,
            "{}: pass rate {:.3} fell below its floor {floor:.3}",
            report.name,
            report.pass_rate()
        );
    }
}
