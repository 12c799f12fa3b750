//! Entity evaluation on GUM news dev+test (issue #5): named-mention detection (head match, typed
//! and untyped) and coreference, as defined in `dateline_eval::entities`. Only the four dev and
//! test documents are scored here; the 20 train documents may be used for development.
//!
//! The data lives outside the repository (`../shared/data/entities`); without it the test prints
//! a message and passes.

use dateline_eval::entities;

// ratchet: set just under the measured value
/// Head match, typed (micro over person/organization/place): F1 in 0..=1.
const FLOOR_HEAD_TYPED_F1: f64 = 0.835;
// ratchet: set just under the measured value
/// Head match, untyped: F1 in 0..=1.
const FLOOR_HEAD_UNTYPED_F1: f64 = 0.86;
// ratchet: set just under the measured value
/// Coreference: fraction of names and pronouns resolved to their chain anchor's entity.
const FLOOR_COREF: f64 = 0.70;
// ratchet: set just under the measured value
/// Quote speakers that are person pronouns or surnames resolved to the right canonical entity
/// (`speaker all` in `dateline_eval::entities`).
const FLOOR_SPEAKER_PERSON: f64 = 0.89;
// ratchet: set just under the measured value
/// Every person pronoun or surname mention resolved to the right canonical entity
/// (`mention all`).
const FLOOR_MENTION_PERSON: f64 = 0.76;

#[test]
fn gum_dev_test() {
    let Some(path) = dateline_tests::shared_data_file("eval_entities", "entities/gum_news.jsonl")
    else {
        return;
    };
    let docs = entities::load(&path).expect("GUM news loads");
    let report = entities::evaluate(&docs, "dev+test", |d| {
        entities::DEV_TEST.contains(&d.id.as_str())
    });
    print!("{}", report.render());
    assert_eq!(report.docs, entities::DEV_TEST.len());
    assert!(
        report.errors.is_empty(),
        "documents refused: {:?}",
        report.errors
    );
    let coref = report
        .coref
        .get("names+pronouns")
        .map_or(0.0, |f| f.value());
    let person = |key: &str| report.person.get(key).map_or(0.0, |f| f.value());
    for (name, value, floor) in [
        (
            "head typed F1",
            report.prf("head", "typed").f1(),
            FLOOR_HEAD_TYPED_F1,
        ),
        (
            "head untyped F1",
            report.prf("head", "untyped").f1(),
            FLOOR_HEAD_UNTYPED_F1,
        ),
        ("coreference names+pronouns", coref, FLOOR_COREF),
        (
            "speaker pronouns/surnames",
            person("speaker all"),
            FLOOR_SPEAKER_PERSON,
        ),
        (
            "person pronouns/surnames",
            person("mention all"),
            FLOOR_MENTION_PERSON,
        ),
    ] {
        println!("{name}: {value:.3} (floor {floor:.3})");
        assert!(
            value >= floor,
            "{name} {value:.3} fell below its floor {floor:.3}"
        );
    }
}
