//! Embedded word lists, loaded once per process.

use std::sync::LazyLock;

/// The compiled lexicons the stages read.
#[derive(Debug, Default)]
pub(crate) struct Lexicons {}

static BUNDLED: LazyLock<Lexicons> = LazyLock::new(Lexicons::default);

impl Lexicons {
    pub(crate) fn bundled() -> &'static Lexicons {
        &BUNDLED
    }
}
