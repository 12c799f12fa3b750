//! Any bytes, decoded as lossy UTF-8 and read as an HTML page, parse without panicking, and
//! every article keeps the model's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = dateline::Options::default();
    match dateline::parse_html(&html, &options) {
        Ok(article) => dateline_tests::check_invariants(&article),
        Err(e) => assert_eq!(e, dateline::Error::EmptyInput, "only empty input fails"),
    }
});
